// The calls authentik's admin UI makes for password stages, through either client generation:
// PasswordStageForm (configure-flow picker, create, load, save) and StageListPage (list,
// bulk delete after used_by, the "New stage" wizard's types).
import { test } from "node:test";
import assert from "node:assert/strict";
import { runId, allPages } from "../lib/client.mjs";

export function adminUi(generation) {
  const { ak, flows, stages, failure, wire, typesCarryDeprecated } = generation;
  const { BackendsEnum, FlowDesignationEnum } = ak;

  const run = runId();
  const inbuilt = BackendsEnum.AuthentikCoreAuthInbuiltBackend;
  const token = BackendsEnum.AuthentikCoreAuthTokenBackend;

  async function flow(slug, designation) {
    return flows.flowsInstancesCreate({
      flowRequest: { name: `UI ${slug}`, slug, title: "Change password", designation },
    });
  }

  test("password stage form: the configure-flow picker offers stage configuration flows, by slug", async () => {
    const picked = await flow(`ui-${run}-pick`, FlowDesignationEnum.StageConfiguration);
    await flow(`ui-${run}-pick-2`, FlowDesignationEnum.StageConfiguration);
    await flow(`ui-${run}-pick-login`, FlowDesignationEnum.Authentication);

    const offered = await flows.flowsInstancesList({ ordering: "slug", designation: "stage_configuration" });
    assert.ok(offered.results.every((f) => f.designation === "stage_configuration"));
    const ours = offered.results.map((f) => f.slug).filter((slug) => slug.startsWith(`ui-${run}-pick`));
    assert.deepEqual(ours, [`ui-${run}-pick`, `ui-${run}-pick-2`]);

    const typed = await flows.flowsInstancesList({ ordering: "slug", designation: "stage_configuration", search: `ui-${run}-pick` });
    assert.deepEqual(typed.results.map((f) => f.slug), [`ui-${run}-pick`, `ui-${run}-pick-2`]);
    assert.equal(typed.results[0].pk, picked.pk);
    assert.equal(typed.results[0].name, `UI ui-${run}-pick`);
  });

  test("password stage form: create with the picked flow, load it, save it with PUT", async () => {
    const slug = `ui-${run}-form`;
    await flow(slug, FlowDesignationEnum.StageConfiguration);
    const [choice] = (await flows.flowsInstancesList({ ordering: "slug", designation: "stage_configuration", search: slug })).results;

    const name = `ui-${run}-form-stage`;
    const created = await stages.stagesPasswordCreate({
      passwordStageRequest: {
        name, backends: [inbuilt, token], configureFlow: choice.pk, failedAttemptsBeforeCancel: 5, allowShowPassword: false,
      },
    });
    assert.equal(created.configureFlow, choice.pk);
    assert.deepEqual(created.backends, [inbuilt, token]);
    assert.deepEqual(created.flowSet, [], "configure_flow does not bind the stage to the flow");

    const loaded = await stages.stagesPasswordRetrieve({ stageUuid: created.pk });
    assert.deepEqual(loaded, created);

    const saved = await stages.stagesPasswordUpdate({
      stageUuid: created.pk,
      passwordStageRequest: {
        name: `${name}-renamed`, backends: [token], configureFlow: choice.pk, failedAttemptsBeforeCancel: 3, allowShowPassword: true,
      },
    });
    assert.equal(saved.name, `${name}-renamed`);
    assert.deepEqual(saved.backends, [token]);
    assert.equal(saved.configureFlow, choice.pk);
    assert.equal(saved.failedAttemptsBeforeCancel, 3);
    assert.equal(saved.allowShowPassword, true);

    const cleared = await stages.stagesPasswordUpdate({
      stageUuid: created.pk,
      passwordStageRequest: { name: `${name}-renamed`, backends: [token], configureFlow: null },
    });
    assert.equal(cleared.configureFlow, undefined, "null on the wire, undefined in the client");
    assert.deepEqual(await stages.stagesPasswordRetrieve({ stageUuid: created.pk }), cleared);
  });

  test("stage list page: the first page by name, every stage reachable by paging", async () => {
    const names = [`ui-${run}-list-a`, `ui-${run}-list-b`];
    const created = [];
    for (const name of names) {
      created.push(await stages.stagesPasswordCreate({ passwordStageRequest: { name, backends: [inbuilt] } }));
    }

    const first = await stages.stagesAllList({ ordering: "name", page: 1, pageSize: 20, search: "" });
    assert.equal(first.pagination.current, 1);
    assert.equal(first.pagination.previous, 0);
    assert.equal(first.pagination.startIndex, 1);
    assert.ok(first.results.length <= 20);
    assert.deepEqual(first.autocomplete, {});

    const everything = await allPages((p) => stages.stagesAllList(p), { ordering: "name", pageSize: 20, search: "" });
    const ours = everything.filter((s) => s.name.startsWith(`ui-${run}-list-`));
    assert.deepEqual(ours, created.map((stage) => ({
      pk: stage.pk,
      name: stage.name,
      component: "ak-stage-password-form",
      verboseName: "Password Stage",
      verboseNamePlural: "Password Stages",
      metaModelName: "authentik_stages_password.passwordstage",
      flowSet: [],
    })));

    const searched = await stages.stagesAllList({ ordering: "-name", page: 1, pageSize: 20, search: `ui-${run}-list` });
    assert.deepEqual(searched.results.map((s) => s.name), [...names].reverse());
  });

  test("stage list page: bulk delete asks used_by, then deletes each stage", async () => {
    const selected = [];
    for (const suffix of ["x", "y"]) {
      selected.push(await stages.stagesPasswordCreate({
        passwordStageRequest: { name: `ui-${run}-delete-${suffix}`, backends: [inbuilt] },
      }));
    }
    for (const stage of selected) {
      assert.deepEqual(await stages.stagesAllUsedByList({ stageUuid: stage.pk }), []);
    }
    for (const stage of selected) {
      assert.equal(await stages.stagesAllDestroy({ stageUuid: stage.pk }), undefined);
    }

    const left = await stages.stagesAllList({ ordering: "name", page: 1, pageSize: 20, search: `ui-${run}-delete` });
    assert.deepEqual(left.results, []);
    assert.deepEqual(await failure(stages.stagesPasswordRetrieve({ stageUuid: selected[0].pk })), {
      status: 404, body: { detail: "No PasswordStage matches the given query." },
    });
    assert.deepEqual(await failure(stages.stagesAllRetrieve({ stageUuid: selected[0].pk })), {
      status: 404, body: { detail: "No Stage matches the given query." },
    });
    assert.deepEqual(await failure(stages.stagesAllDestroy({ stageUuid: selected[0].pk })), {
      status: 404, body: { detail: "No Stage matches the given query." },
    });
  });

  test("stage wizard: the types list holds exactly the password stage", async () => {
    assert.deepEqual(await wire(stages.stagesAllTypesListRaw()), [{
      name: "Password Stage",
      description: "Prompts the user for their password, and validates it against the configured backends.",
      component: "ak-stage-password-form",
      model_name: "passwordstage",
      icon_url: null,
      requires_enterprise: false,
      ...(typesCarryDeprecated ? { deprecated: false } : {}),
    }]);
    assert.deepEqual(await stages.stagesAllTypesList(), [{
      name: "Password Stage",
      description: "Prompts the user for their password, and validates it against the configured backends.",
      component: "ak-stage-password-form",
      modelName: "passwordstage",
      iconUrl: undefined,
      requiresEnterprise: false,
      ...(typesCarryDeprecated ? { deprecated: false } : {}),
    }]);
  });
}
