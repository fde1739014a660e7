// The requests of authentik's Terraform provider (data sources authentik_flow and authentik_stage,
// resources authentik_flow and authentik_stage_password), made with either TS client generation:
// the provider's Go client sends the same HTTP requests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { runId } from "../lib/client.mjs";

export function terraform(generation) {
  const { ak, flows, stages, failure, wire, flowBackground } = generation;
  const { BackendsEnum } = ak;

  const run = runId();
  const noFlow = { status: 404, body: { detail: "No Flow matches the given query." } };

  test("data authentik_flow: by slug, by designation, the first result's pk", async () => {
    const created = await flows.flowsInstancesCreate({
      flowRequest: {
        name: `TF data ${run}`, slug: `tf-${run}-data`, title: "Recover", designation: "recovery",
        authentication: "require_unauthenticated",
      },
    });

    const bySlug = await flows.flowsInstancesList({ slug: `tf-${run}-data` });
    assert.equal(bySlug.results.length, 1);
    const [found] = bySlug.results;
    assert.equal(found.pk, created.pk);
    assert.deepEqual([found.title, found.name, found.slug, found.designation, found.authentication],
      ["Recover", `TF data ${run}`, `tf-${run}-data`, "recovery", "require_unauthenticated"]);

    const byDesignation = await flows.flowsInstancesList({ designation: "recovery" });
    assert.ok(byDesignation.results.length >= 1, "No matching flows found");
    assert.equal(byDesignation.results[0].designation, "recovery");
    assert.ok(byDesignation.results.some((flow) => flow.pk === created.pk));

    const both = await flows.flowsInstancesList({ slug: `tf-${run}-data`, designation: "recovery" });
    assert.deepEqual(both.results.map((flow) => flow.pk), [created.pk]);
    const mismatch = await flows.flowsInstancesList({ slug: `tf-${run}-data`, designation: "authentication" });
    assert.deepEqual(mismatch.results, []);
    const unknown = await flows.flowsInstancesList({ slug: `tf-${run}-nothing` });
    assert.equal(unknown.pagination.count, 0);
  });

  test("resource authentik_flow: create, read, update with a slug rename, delete", async () => {
    const slug = `tf-${run}-flow`;
    const request = {
      name: `TF flow ${run}`, slug, title: "Sign in", designation: "authentication",
      authentication: "none", layout: "stacked", policyEngineMode: "any", deniedAction: "message_continue",
      compatibilityMode: true,
    };
    const created = await flows.flowsInstancesCreate({ flowRequest: request });
    const { pk, policybindingmodelPtrId, ...fields } = created;
    assert.match(pk, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    assert.notEqual(policybindingmodelPtrId, pk);
    assert.deepEqual(fields, {
      name: `TF flow ${run}`, slug, title: "Sign in", designation: "authentication", ...flowBackground.ofNewFlow,
      stages: [], policies: [], cacheCount: 0, policyEngineMode: "any", compatibilityMode: true,
      exportUrl: `/api/v3/flows/instances/${slug}/export/`, layout: "stacked", deniedAction: "message_continue",
      authentication: "none",
    });
    assert.deepEqual(Object.keys(await wire(flows.flowsInstancesRetrieveRaw({ slug }))), [
      "pk", "policybindingmodel_ptr_id", "name", "slug", "title", "designation", ...flowBackground.wireKeys,
      "stages", "policies", "cache_count", "policy_engine_mode", "compatibility_mode", "export_url", "layout",
      "denied_action", "authentication",
    ]);

    assert.deepEqual(await flows.flowsInstancesRetrieve({ slug }), created);

    const renamed = `tf-${run}-flow-renamed`;
    const background = "https://goauthentik.io/img/icon.png";
    const updated = await flows.flowsInstancesUpdate({
      slug,
      flowRequest: {
        ...request, slug: renamed, title: "Welcome back", authentication: "require_authenticated",
        layout: "content_left", policyEngineMode: "all", deniedAction: "continue", compatibilityMode: false,
        ...(flowBackground.writable ? { background } : {}),
      },
    });
    if (flowBackground.writable) {
      assert.equal(updated.background, background);
      assert.equal(updated.backgroundUrl, background);
    }
    assert.equal(updated.pk, created.pk);
    assert.equal(updated.slug, renamed);
    assert.equal(updated.title, "Welcome back");
    assert.equal(updated.authentication, "require_authenticated");
    assert.equal(updated.layout, "content_left");
    assert.equal(updated.policyEngineMode, "all");
    assert.equal(updated.deniedAction, "continue");
    assert.equal(updated.compatibilityMode, false);
    assert.equal(updated.exportUrl, `/api/v3/flows/instances/${renamed}/export/`);

    assert.deepEqual(await failure(flows.flowsInstancesRetrieve({ slug })), noFlow);
    assert.deepEqual(await flows.flowsInstancesRetrieve({ slug: renamed }), updated);

    assert.equal(await flows.flowsInstancesDestroy({ slug: renamed }), undefined);
    assert.deepEqual(await failure(flows.flowsInstancesRetrieve({ slug: renamed })), noFlow);
    assert.deepEqual(await failure(flows.flowsInstancesDestroy({ slug: renamed })), noFlow);
  });

  test("data authentik_stage and resource authentik_stage_password", async () => {
    const configure = await flows.flowsInstancesCreate({
      flowRequest: { name: `TF configure ${run}`, slug: `tf-${run}-configure`, title: "Change password", designation: "stage_configuration" },
    });
    const name = `tf-${run}-password`;
    const created = await stages.stagesPasswordCreate({
      passwordStageRequest: {
        name,
        backends: [BackendsEnum.AuthentikCoreAuthInbuiltBackend, BackendsEnum.AuthentikCoreAuthTokenBackend],
        configureFlow: configure.pk,
        failedAttemptsBeforeCancel: 5,
        allowShowPassword: false,
      },
    });

    const data = await stages.stagesAllList({ name });
    assert.equal(data.results.length, 1);
    assert.equal(data.results[0].pk, created.pk);
    assert.equal(data.results[0].component, "ak-stage-password-form");
    assert.deepEqual(await stages.stagesAllList({ name: name.toUpperCase() }).then((page) => page.results), [],
      "the name filter is exact");

    assert.deepEqual(await stages.stagesPasswordRetrieve({ stageUuid: created.pk }), created);
    const updated = await stages.stagesPasswordUpdate({
      stageUuid: created.pk,
      passwordStageRequest: {
        name,
        backends: [BackendsEnum.AuthentikSourcesLdapAuthLdapBackend],
        configureFlow: configure.pk,
        failedAttemptsBeforeCancel: 10,
        allowShowPassword: true,
      },
    });
    assert.deepEqual(updated.backends, [BackendsEnum.AuthentikSourcesLdapAuthLdapBackend]);
    assert.equal(updated.failedAttemptsBeforeCancel, 10);
    assert.equal(updated.allowShowPassword, true);

    // terraform destroy removes the flow first: the stage stays, without its configure flow
    await flows.flowsInstancesDestroy({ slug: `tf-${run}-configure` });
    const orphan = await stages.stagesPasswordRetrieve({ stageUuid: created.pk });
    assert.equal(orphan.configureFlow, undefined);

    await stages.stagesPasswordDestroy({ stageUuid: created.pk });
    assert.deepEqual(await failure(stages.stagesPasswordRetrieve({ stageUuid: created.pk })), {
      status: 404, body: { detail: "No PasswordStage matches the given query." },
    });
    assert.deepEqual((await stages.stagesAllList({ name })).results, []);
  });
}
