// Binding a stage to a flow as authentik's admin UI does ("Bind existing stage" on the flow's
// "Stage Bindings" tab), what the stage then shows, and the flow's export, through either client
// generation.
import { test } from "node:test";
import assert from "node:assert/strict";
import { runId, DEFAULT_BACKGROUND } from "../lib/client.mjs";

export function bindingsExport(generation) {
  const { ak, flows, stages, failure, wire, flowSetEntry } = generation;
  const { BackendsEnum } = ak;

  const run = runId();
  const backends = [BackendsEnum.AuthentikCoreAuthInbuiltBackend, BackendsEnum.AuthentikCoreAuthTokenBackend];

  /** A flow, a password stage and the admin UI's binding between them (`order` as given). */
  async function boundPair(area, order) {
    const slug = `${area}-${run}`;
    const flow = await flows.flowsInstancesCreate({
      flowRequest: { name: `Flow ${area} ${run}`, slug, title: "Welcome", designation: "authentication" },
    });
    const stage = await stages.stagesPasswordCreate({ passwordStageRequest: { name: `${area}-${run}-password`, backends } });
    // the form's stage picker, then its submit (the UI posts order as the string "0"; this client sends a number)
    const [picked] = (await stages.stagesAllList({ ordering: "name", search: `${area}-${run}-password` })).results;
    assert.equal(picked.pk, stage.pk);
    const binding = await flows.flowsBindingsCreate({
      flowStageBindingRequest: {
        target: flow.pk, stage: picked.pk, evaluateOnPlan: false, reEvaluatePolicies: true, order,
        policyEngineMode: "any", invalidResponseAction: "retry",
      },
    });
    return { slug, flow, stage, binding };
  }

  test("a binding made like the admin UI's puts the flow in the stage's flow_set", async () => {
    const { slug, flow, stage, binding } = await boundPair("bind", 0);
    assert.notEqual(binding.pk, binding.policybindingmodelPtrId);
    assert.deepEqual(
      [binding.target, binding.stage, binding.order, binding.evaluateOnPlan, binding.reEvaluatePolicies,
        binding.policyEngineMode, binding.invalidResponseAction],
      [flow.pk, stage.pk, 0, false, true, "any", "retry"]);
    assert.equal(binding.stageObj.pk, stage.pk);
    assert.equal(binding.stageObj.component, "ak-stage-password-form");
    assert.deepEqual(binding.stageObj.flowSet.map((f) => f.slug), [slug]);

    const tab = await flows.flowsBindingsList({ target: flow.pk, ordering: "order", page: 1, pageSize: 20 });
    assert.deepEqual(tab.results.map((b) => [b.pk, b.order, b.stageObj.name, b.stageObj.verboseName]),
      [[binding.pk, 0, stage.name, "Password Stage"]]);

    const read = await stages.stagesPasswordRetrieve({ stageUuid: stage.pk });
    assert.equal(read.flowSet.length, 1);
    const [entry] = read.flowSet;
    assert.equal(entry.pk, flow.pk);
    assert.equal(entry.slug, slug);
    assert.equal(entry[flowSetEntry.backgroundProperty], DEFAULT_BACKGROUND);
    assert.equal(entry.exportUrl, `/api/v3/flows/instances/${slug}/export/`);
    const onWire = await wire(stages.stagesPasswordRetrieveRaw({ stageUuid: stage.pk }));
    assert.deepEqual(Object.keys(onWire.flow_set[0]), flowSetEntry.wireKeys);

    assert.deepEqual((await flows.flowsInstancesRetrieve({ slug })).stages, [stage.pk]);
    const listed = await stages.stagesAllList({ name: stage.name });
    assert.deepEqual(listed.results[0].flowSet.map((f) => f.slug), [slug]);

    const usedBy = await stages.stagesAllUsedByList({ stageUuid: stage.pk });
    assert.deepEqual(usedBy, [
      { app: "authentik_flows", modelName: "flow", pk: flow.pk, name: `Flow Flow bind ${run} (${slug})`, action: "cascade_many" },
      { app: "authentik_flows", modelName: "flowstagebinding", pk: binding.pk, name: `Flow-stage binding #0 to ${flow.pk}`, action: "cascade" },
    ]);
    assert.deepEqual(await stages.stagesPasswordUsedByList({ stageUuid: stage.pk }), usedBy);
  });

  test("the export is the flow's YAML blueprint: the flow, its stage, the binding", async () => {
    const { slug, flow, stage, binding } = await boundPair("export", 10);

    const response = await flows.flowsInstancesExportRetrieveRaw({ slug });
    assert.equal(response.raw.status, 200);
    assert.equal(response.raw.headers.get("content-disposition"), `attachment; filename="${slug}.yaml"`);
    const blob = await response.value();
    assert.ok(blob instanceof Blob);
    const yaml = await blob.text();

    const entries = [
      "- attrs:",
      "    authentication: none",
      "    denied_action: message_continue",
      "    designation: authentication",
      "    layout: stacked",
      `    name: Flow export ${run}`,
      "    policy_engine_mode: any",
      "    title: Welcome",
      "  conditions: []",
      "  identifiers:",
      `    pk: ${flow.pk}`,
      `    slug: ${slug}`,
      "  model: authentik_flows.flow",
      "  permissions: []",
      "  state: present",
      "- attrs:",
      "    backends:",
      "    - authentik.core.auth.InbuiltBackend",
      "    - authentik.core.auth.TokenBackend",
      "    failed_attempts_before_cancel: 5",
      "  conditions: []",
      "  identifiers:",
      `    name: ${stage.name}`,
      `    pk: ${stage.pk}`,
      "  model: authentik_stages_password.passwordstage",
      "  permissions: []",
      "  state: present",
      "- attrs:",
      "    invalid_response_action: retry",
      "    policy_engine_mode: any",
      "    re_evaluate_policies: true",
      "  conditions: []",
      "  identifiers:",
      "    order: 10",
      `    pk: ${binding.pk}`,
      `    stage: ${stage.pk}`,
      `    target: ${flow.pk}`,
      "  model: authentik_flows.flowstagebinding",
      "  permissions: []",
      "  state: present",
    ];
    const head = ["context: {}", "entries:", ...entries, "metadata:", "  labels:",
      "    blueprints.goauthentik.io/generated: 'true'", ""].join("\n");
    assert.equal(yaml.slice(0, head.length), head);
    assert.match(yaml.slice(head.length),
      /^ {2}name: authentik Export - \d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{6})?\+00:00\nversion: 1\n$/);

    const plain = await flows.flowsInstancesExportRetrieve({ slug });
    assert.ok(plain instanceof Blob);
    assert.ok((await plain.text()).startsWith(head));

    assert.deepEqual(await failure(flows.flowsInstancesExportRetrieve({ slug: `export-${run}-none` })), {
      status: 404, body: { detail: "No Flow matches the given query." },
    });
  });

  // the 2026.8 client has no import call (authentik moved blueprint imports out of the flow API)
  test("the export re-imports through the client's upload after the flow is deleted",
    { skip: !flows.flowsInstancesImportCreate && "this client generation has no flow import" }, async () => {
      const { slug, stage, binding } = await boundPair("reimport", 10);
      const before = [await flows.flowsInstancesRetrieve({ slug }), await flows.flowsBindingsRetrieve({ fsbUuid: binding.pk }),
        await stages.stagesPasswordRetrieve({ stageUuid: stage.pk })];
      const yaml = await (await flows.flowsInstancesExportRetrieve({ slug })).text();
      await flows.flowsInstancesDestroy({ slug });

      const file = new Blob([yaml], { type: "application/x-yaml" });
      assert.deepEqual(await flows.flowsInstancesImportCreate({ file, clear: false }), { logs: [], success: true });
      assert.deepEqual([await flows.flowsInstancesRetrieve({ slug }), await flows.flowsBindingsRetrieve({ fsbUuid: binding.pk }),
        await stages.stagesPasswordRetrieve({ stageUuid: stage.pk })], before);
      assert.deepEqual(await flows.flowsInstancesImportCreate({ file }), { logs: [], success: true });

      const refused = await flows.flowsInstancesImportCreate({ file: new Blob(["version: 1\nentries: [flow]\n"]) });
      assert.equal(refused.success, false);
      assert.deepEqual(refused.logs.map((log) => [log.logLevel, log.logger, log.event]), [
        ["warning", "authentik.blueprints.v1.importer", "entries: each entry must be a mapping"],
        ["warning", "authentik.blueprints.v1.importer", "Blueprint validation failed"],
      ]);
      assert.ok(refused.logs[0].timestamp instanceof Date);
    });

  test("deleting the flow removes its binding; the stage stays, unbound", async () => {
    const { slug, stage, binding } = await boundPair("unbind", 0);
    await flows.flowsInstancesDestroy({ slug });

    const read = await stages.stagesPasswordRetrieve({ stageUuid: stage.pk });
    assert.deepEqual(read.flowSet, []);
    assert.deepEqual(await stages.stagesAllUsedByList({ stageUuid: stage.pk }), []);
    assert.deepEqual(await failure(flows.flowsBindingsRetrieve({ fsbUuid: binding.pk })), {
      status: 404, body: { detail: "No FlowStageBinding matches the given query." },
    });
  });
}
