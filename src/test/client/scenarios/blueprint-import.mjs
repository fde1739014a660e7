// authentik 2026.5's blueprint import (POST /managed/blueprints/import/) and the require_token
// authentication, through a client generation that has them (@goauthentik/api 2026.5+). The
// service runs with AUTHENTIK_BLUEPRINTS_DIR; BLUEPRINTS_DIR names the same directory here.
import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { runId } from "../lib/client.mjs";

export function blueprintImport(generation) {
  const { ak, flows, stages, managed, failure } = generation;
  const { BackendsEnum, AuthenticationEnum } = ak;
  const run = runId();
  const blueprintsDir = process.env.BLUEPRINTS_DIR;

  /** A blueprint of one flow; `attrs` are YAML lines under the entry's attrs. */
  function flowBlueprint(slug, ...attrs) {
    return ["version: 1", "entries:", "  - model: authentik_flows.flow", `    identifiers: {slug: ${slug}}`,
      "    attrs:", ...attrs.map((line) => `      ${line}`), ""].join("\n");
  }

  test("a flow's export, imported back with the file upload after the flow is deleted, reads back equal", async () => {
    const slug = `bp-export-${run}`;
    await flows.flowsInstancesCreate({
      flowRequest: { name: `Export ${run}`, slug, title: "Welcome", designation: "authentication" },
    });
    const stage = await stages.stagesPasswordCreate({
      passwordStageRequest: { name: `bp-export-${run}-password`, backends: [BackendsEnum.AuthentikCoreAuthInbuiltBackend] },
    });
    const flow = await flows.flowsInstancesRetrieve({ slug });
    const binding = await flows.flowsBindingsCreate({ flowStageBindingRequest: { target: flow.pk, stage: stage.pk, order: 10 } });
    const before = [await flows.flowsInstancesRetrieve({ slug }), await flows.flowsBindingsRetrieve({ fsbUuid: binding.pk }),
      await stages.stagesPasswordRetrieve({ stageUuid: stage.pk })];
    const yaml = await (await flows.flowsInstancesExportRetrieve({ slug })).text();
    await flows.flowsInstancesDestroy({ slug });

    const file = new Blob([yaml], { type: "application/x-yaml" });
    assert.deepEqual(await managed.managedBlueprintsImportCreate({ file }), { logs: [], success: true });
    assert.deepEqual([await flows.flowsInstancesRetrieve({ slug }), await flows.flowsBindingsRetrieve({ fsbUuid: binding.pk }),
      await stages.stagesPasswordRetrieve({ stageUuid: stage.pk })], before);
    // a second import of the same file changes nothing and still succeeds
    assert.deepEqual(await managed.managedBlueprintsImportCreate({ file }), { logs: [], success: true });

    const refused = await managed.managedBlueprintsImportCreate({ file: new Blob(["version: 1\nentries: [flow]\n"]) });
    assert.equal(refused.success, false);
    assert.deepEqual(refused.logs.map((log) => [log.logLevel, log.logger, log.event]), [
      ["warning", "authentik.blueprints.v1.importer", "entries: each entry must be a mapping"],
      ["warning", "authentik.blueprints.v1.importer", "Blueprint validation failed"],
    ]);
  });

  test("a path names a blueprint file in the operator's blueprints directory", async () => {
    assert.ok(blueprintsDir, "BLUEPRINTS_DIR must be set");
    const slug = `bp-path-${run}`;
    mkdirSync(join(blueprintsDir, "example"), { recursive: true });
    writeFileSync(join(blueprintsDir, "example", `${slug}.yaml`),
      flowBlueprint(slug, "name: From a path", "title: Welcome", "designation: recovery"));

    assert.deepEqual(await managed.managedBlueprintsImportCreate({ path: `example/${slug}.yaml` }), { logs: [], success: true });
    const flow = await flows.flowsInstancesRetrieve({ slug });
    assert.deepEqual([flow.name, flow.designation], ["From a path", "recovery"]);

    for (const path of ["../outside.yaml", "/etc/passwd", `example/../../${slug}.yaml`]) {
      const { status, body } = await failure(managed.managedBlueprintsImportCreate({ path }));
      assert.equal(status, 400, path);
      assert.deepEqual(Object.keys(body), ["path"], path);
    }
    assert.deepEqual(await failure(managed.managedBlueprintsImportCreate({ path: "example/missing.yaml" })), {
      status: 400, body: { path: ["Blueprint file does not exist"] },
    });
    assert.deepEqual(await failure(managed.managedBlueprintsImportCreate({})), {
      status: 400, body: ["Either path or file must be set"],
    });
  });

  test("context values are read by !Context tags, with their defaults", async () => {
    const slug = `bp-context-${run}`;
    const file = new Blob([flowBlueprint("!Context slug", "name: !Context [name, Named by default]",
      "title: !Context title", "designation: authentication", "authentication: !Context [authentication, none]")]);
    const context = JSON.stringify({ slug, title: "From the context", authentication: AuthenticationEnum.RequireToken });

    assert.deepEqual(await managed.managedBlueprintsImportCreate({ file, context }), { logs: [], success: true });
    const flow = await flows.flowsInstancesRetrieve({ slug });
    assert.deepEqual([flow.name, flow.title, flow.authentication],
      ["Named by default", "From the context", AuthenticationEnum.RequireToken]);

    for (const bad of ["{not json", "[1, 2, 3]"]) {
      const { status, body } = await failure(managed.managedBlueprintsImportCreate({ file, context: bad }));
      assert.equal(status, 400);
      assert.deepEqual(Object.keys(body), ["context"]);
    }
  });

  test("a flow's authentication can be require_token, through the flows API", async () => {
    const slug = `bp-token-${run}`;
    const created = await flows.flowsInstancesCreate({
      flowRequest: { name: `Token ${run}`, slug, title: "Welcome", designation: "authentication",
        authentication: AuthenticationEnum.RequireToken },
    });
    assert.equal(created.authentication, AuthenticationEnum.RequireToken);
    assert.equal((await flows.flowsInstancesRetrieve({ slug })).authentication, AuthenticationEnum.RequireToken);
    const patched = await flows.flowsInstancesPartialUpdate({
      slug, patchedFlowRequest: { authentication: AuthenticationEnum.RequireSuperuser },
    });
    assert.equal(patched.authentication, AuthenticationEnum.RequireSuperuser);
  });
}
