// The password stage API through either client generation (see lib/generations.mjs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { runId, DEFAULT_BACKGROUND } from "../lib/client.mjs";

export function passwordStage(generation) {
  const { ak, stages: api, failure, wire, send, basePath, stageRequestSendsFlowSet, flowSetEntry } = generation;
  const { Configuration, StagesApi, BackendsEnum, FlowDesignationEnum } = ak;

  const run = runId();
  const inbuilt = [BackendsEnum.AuthentikCoreAuthInbuiltBackend];

  /** A stage whose flow_set holds the one flow `slug` ("Client flow"), as this client reads it. */
  async function assertBoundToOneFlow(stage, slug) {
    assert.equal(stage.flowSet.length, 1);
    const flow = stage.flowSet[0];
    assert.equal(flow.slug, slug);
    assert.equal(flow.designation, "authentication");
    assert.equal(flow[flowSetEntry.backgroundProperty], DEFAULT_BACKGROUND);
    assert.equal(flow.exportUrl, `/api/v3/flows/instances/${slug}/export/`);
    assert.equal(flow.policyEngineMode, "any");
    assert.equal(flow.layout, "stacked");
    assert.notEqual(flow.pk, flow.policybindingmodelPtrId);

    const usedBy = await api.stagesPasswordUsedByList({ stageUuid: stage.pk });
    assert.deepEqual(usedBy.map((entry) => [entry.modelName, entry.action]), [
      ["flow", "cascade_many"],
      ["flowstagebinding", "cascade"],
    ]);
    assert.equal(usedBy[0].name, `Flow Client flow (${slug})`);

    const configured = await api.stagesPasswordCreate({
      passwordStageRequest: { name: `client-${run}-configured`, backends: inbuilt, configureFlow: flow.pk },
    });
    assert.equal(configured.configureFlow, flow.pk);
    const filtered = await api.stagesPasswordList({ configureFlow: flow.pk });
    assert.deepEqual(filtered.results.map((s) => s.name), [`client-${run}-configured`]);
  }

  test("create without flow_set returns authentik's defaults", async () => {
    const stage = await api.stagesPasswordCreate({
      passwordStageRequest: { name: `client-${run}-minimal`, backends: inbuilt },
    });
    assert.equal(stage.name, `client-${run}-minimal`);
    assert.equal(stage.component, "ak-stage-password-form");
    assert.equal(stage.verboseName, "Password Stage");
    assert.equal(stage.verboseNamePlural, "Password Stages");
    assert.equal(stage.metaModelName, "authentik_stages_password.passwordstage");
    assert.deepEqual(stage.flowSet, []);
    assert.deepEqual(stage.backends, inbuilt);
    assert.equal(stage.configureFlow ?? null, null, "the client maps null to undefined");
    assert.equal(stage.failedAttemptsBeforeCancel, 5);
    assert.equal(stage.allowShowPassword, false);
  });

  if (stageRequestSendsFlowSet) {
    test("create with flow_set creates and binds the flow", async () => {
      const slug = `client-${run}-flow`;
      const stage = await api.stagesPasswordCreate({
        passwordStageRequest: {
          name: `client-${run}-with-flow`,
          backends: inbuilt,
          flowSet: [{ name: "Client flow", slug, title: "Welcome", designation: FlowDesignationEnum.Authentication }],
          failedAttemptsBeforeCancel: 0,
          allowShowPassword: true,
        },
      });
      await assertBoundToOneFlow(stage, slug);
    });
  } else {
    test("the 2026 client drops flowSet from what it sends", async () => {
      const body = ak.PasswordStageRequestToJSON({
        name: "x",
        backends: inbuilt,
        flowSet: [{ name: "n", slug: "s", title: "t", designation: "authentication" }],
      });
      assert.deepEqual(Object.keys(body), ["name", "backends", "configure_flow", "failed_attempts_before_cancel", "allow_show_password"]);

      const stage = await api.stagesPasswordCreate({
        passwordStageRequest: {
          name: `client-${run}-ignored-flow-set`,
          backends: inbuilt,
          flowSet: [{ name: "Never sent", slug: `client-${run}-never`, title: "t", designation: "authentication" }],
        },
      });
      assert.deepEqual(stage.flowSet, []);
    });

    test("a flow_set stored by another client reads back in the 2026.2 shape", async () => {
      const slug = `client-${run}-flow`;
      const created = await send("POST", "/stages/password/", {
        name: `client-${run}-with-flow`,
        backends: ["authentik.core.auth.InbuiltBackend"],
        flow_set: [{ name: "Client flow", slug, title: "Welcome", designation: "authentication" }],
      });
      assert.equal(created.status, 201);

      const onWire = await wire(api.stagesPasswordRetrieveRaw({ stageUuid: created.body.pk }));
      assert.deepEqual(Object.keys(onWire.flow_set[0]), flowSetEntry.wireKeys);

      await assertBoundToOneFlow(await api.stagesPasswordRetrieve({ stageUuid: created.body.pk }), slug);
    });
  }

  test("list searches, filters, orders and pages", async () => {
    for (const [suffix, attempts, show] of [["a", 1, true], ["b", 2, false], ["c", 3, true]]) {
      await api.stagesPasswordCreate({
        passwordStageRequest: {
          name: `client-${run}-list-${suffix}`,
          backends: inbuilt,
          failedAttemptsBeforeCancel: attempts,
          allowShowPassword: show,
        },
      });
    }
    const first = await api.stagesPasswordList({ search: `client-${run}-list`, ordering: "-name", pageSize: 2 });
    assert.deepEqual(first.pagination, {
      next: 2, previous: 0, count: 3, current: 1, totalPages: 2, startIndex: 1, endIndex: 2,
    });
    assert.deepEqual(first.results.map((s) => s.name), [`client-${run}-list-c`, `client-${run}-list-b`]);
    assert.deepEqual(first.autocomplete, {});

    const second = await api.stagesPasswordList({ search: `client-${run}-list`, ordering: "-name", pageSize: 2, page: 2 });
    assert.deepEqual(second.results.map((s) => s.name), [`client-${run}-list-a`]);
    assert.equal(second.pagination.previous, 1);
    assert.equal(second.pagination.next, 0);

    const shown = await api.stagesPasswordList({ search: `client-${run}-list`, allowShowPassword: true });
    assert.deepEqual(shown.results.map((s) => s.name), [`client-${run}-list-a`, `client-${run}-list-c`]);
    const attempts = await api.stagesPasswordList({ search: `client-${run}-list`, failedAttemptsBeforeCancel: 2 });
    assert.deepEqual(attempts.results.map((s) => s.name), [`client-${run}-list-b`]);
    const exact = await api.stagesPasswordList({ name: `client-${run}-list-a` });
    assert.equal(exact.pagination.count, 1);

    const beyond = await failure(api.stagesPasswordList({ search: `client-${run}-list`, page: 9 }));
    assert.deepEqual(beyond, { status: 404, body: { detail: "Invalid page." } });
  });

  test("retrieve, update, partial update and destroy", async () => {
    const created = await api.stagesPasswordCreate({
      passwordStageRequest: { name: `client-${run}-lifecycle`, backends: inbuilt, failedAttemptsBeforeCancel: 4 },
    });
    const fetched = await api.stagesPasswordRetrieve({ stageUuid: created.pk });
    assert.deepEqual(fetched, created);

    const updated = await api.stagesPasswordUpdate({
      stageUuid: created.pk,
      passwordStageRequest: {
        name: `client-${run}-lifecycle-renamed`,
        backends: [BackendsEnum.AuthentikCoreAuthTokenBackend, BackendsEnum.AuthentikSourcesLdapAuthLdapBackend],
      },
    });
    assert.equal(updated.name, `client-${run}-lifecycle-renamed`);
    assert.equal(updated.backends.length, 2);
    assert.equal(updated.failedAttemptsBeforeCancel, 4, "omitted optional fields keep their values");

    const patched = await api.stagesPasswordPartialUpdate({
      stageUuid: created.pk,
      patchedPasswordStageRequest: { allowShowPassword: true },
    });
    assert.equal(patched.allowShowPassword, true);
    assert.equal(patched.name, `client-${run}-lifecycle-renamed`);

    const unchanged = await api.stagesPasswordPartialUpdate({ stageUuid: created.pk, patchedPasswordStageRequest: {} });
    assert.deepEqual(unchanged, patched);

    await api.stagesPasswordDestroy({ stageUuid: created.pk });
    const gone = await failure(api.stagesPasswordRetrieve({ stageUuid: created.pk }));
    assert.deepEqual(gone, { status: 404, body: { detail: "No PasswordStage matches the given query." } });
  });

  test("errors surface as ResponseError with authentik's bodies", async () => {
    const name = `client-${run}-duplicate`;
    await api.stagesPasswordCreate({ passwordStageRequest: { name, backends: inbuilt } });
    const duplicate = await failure(api.stagesPasswordCreate({ passwordStageRequest: { name, backends: inbuilt } }));
    assert.deepEqual(duplicate, { status: 400, body: { name: ["stage with this name already exists."] } });

    const empty = await failure(api.stagesPasswordCreate({ passwordStageRequest: { name: `client-${run}-empty`, backends: [] } }));
    assert.deepEqual(empty, { status: 400, body: { backends: ["This list may not be empty."] } });

    const required = await failure(api.stagesPasswordUpdate({
      stageUuid: "00000000-0000-0000-0000-000000000000",
      passwordStageRequest: { name: "x", backends: inbuilt },
    }));
    assert.equal(required.status, 404);

    const anonymous = new StagesApi(new Configuration({ basePath }));
    assert.deepEqual(await failure(anonymous.stagesPasswordList({})), {
      status: 403, body: { detail: "Authentication credentials were not provided." },
    });
    const wrongKey = new StagesApi(new Configuration({ basePath, accessToken: "not-a-key" }));
    assert.deepEqual(await failure(wrongKey.stagesPasswordList({})), {
      status: 403, body: { detail: "Token invalid/expired" },
    });
  });
}
