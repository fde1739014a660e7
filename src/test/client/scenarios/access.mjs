// Access management through either client generation: service accounts, their tokens, roles and
// permissions granted globally or on one object, checked with the account's own key; and the
// requests of the Terraform resources authentik_token, authentik_user, authentik_rbac_role and
// authentik_rbac_permission_role (the provider's Go client sends the same HTTP requests).
import { test } from "node:test";
import assert from "node:assert/strict";
import { runId } from "../lib/client.mjs";

export function access(generation) {
  const { core, rbac, stages, failure, as, userPermissions } = generation;
  const run = runId();
  const view = "authentik_stages_password.view_passwordstage";
  const change = "authentik_stages_password.change_passwordstage";
  const stageModel = "authentik_stages_password.passwordstage";

  /** A service account with an API token whose key the test sets; its pk and key. */
  async function account(name) {
    const created = await core.coreUsersServiceAccountCreate({ userServiceAccountRequest: { name } });
    assert.equal(created.username, name);
    assert.ok(created.token.length > 0);
    const identifier = `${name}-api`;
    const token = await core.coreTokensCreate({
      tokenRequest: { identifier, user: created.userPk, intent: "api", expiring: false, description: "client test" },
    });
    assert.equal(token.user, created.userPk);
    assert.equal(token.userObj.username, name);
    const key = `key-${name}-${Math.random().toString(36).slice(2)}`;
    await core.coreTokensSetKeyCreate({ identifier, tokenSetKeyRequest: { key } });
    return { pk: created.userPk, key, identifier, appPassword: created.token };
  }

  /** Gives `user` (and, on the 2026 lines, through `role`) the permissions, globally or on one object. */
  async function grant(role, user, permissions, objectPk) {
    const request = { permissions, ...(objectPk ? { model: stageModel, objectPk } : {}) };
    if (userPermissions) {
      await rbac.rbacPermissionsAssignedByUsersAssign({ id: user, permissionAssignRequest: request });
    } else {
      await rbac.rbacPermissionsAssignedByRolesAssign({ uuid: role, permissionAssignRequest: request });
    }
  }

  async function revoke(role, user, permissions, objectPk) {
    const request = { permissions, ...(objectPk ? { model: stageModel, objectPk } : {}) };
    if (userPermissions) {
      await rbac.rbacPermissionsAssignedByUsersUnassignPartialUpdate({ id: user, patchedPermissionAssignRequest: request });
    } else {
      await rbac.rbacPermissionsAssignedByRolesUnassignPartialUpdate({ uuid: role, patchedPermissionAssignRequest: request });
    }
  }

  test("a service account, its tokens, users and me", async () => {
    const bot = await account(`bot-${run}`);
    const mine = as(bot.key);
    const me = await mine.core.coreUsersMeRetrieve();
    assert.equal(me.user.username, `bot-${run}`);
    assert.equal(me.user.isSuperuser, false);
    assert.equal((await failure(as(bot.appPassword).core.coreUsersMeRetrieve())).status, 403);

    const users = await core.coreUsersList({ type: ["service_account"], username: `bot-${run}` });
    assert.deepEqual(users.results.map((user) => user.pk), [bot.pk]);
    const user = await core.coreUsersRetrieve({ id: bot.pk });
    assert.equal(user.type, "service_account");
    assert.equal(user.path, "goauthentik.io/service-accounts");
    const tokens = await core.coreTokensList({ userUsername: `bot-${run}` });
    assert.deepEqual(tokens.results.map((token) => token.identifier).sort(),
      [`${bot.identifier}`, `service-account-bot-${run}-password`].sort());
    const token = await core.coreTokensRetrieve({ identifier: bot.identifier });
    assert.equal(token.intent, "api");
    assert.equal(token.expiring, false);

    // the account sees no stage until it is given a permission
    assert.equal((await failure(mine.stages.stagesPasswordList({}))).status, 403);
    // and manages its own tokens without one
    await mine.core.coreTokensCreate({ tokenRequest: { identifier: `${bot.identifier}-own` } });
    const own = await mine.core.coreTokensList({});
    assert.ok(own.results.every((entry) => entry.user === bot.pk));
  });

  test("roles: permissions globally and on one stage, checked with the account's key", async () => {
    const bot = await account(`rbac-${run}`);
    const mine = as(bot.key);
    const role = await rbac.rbacRolesCreate({ roleRequest: { name: `role-${run}` } });
    if (!userPermissions) {
      await rbac.rbacRolesAddUserCreate({ uuid: role.pk, userAccountSerializerForRoleRequest: { pk: bot.pk } });
    }
    const one = await stages.stagesPasswordCreate({
      passwordStageRequest: { name: `rbac-${run}-one`, backends: ["authentik.core.auth.InbuiltBackend"] },
    });
    const other = await stages.stagesPasswordCreate({
      passwordStageRequest: { name: `rbac-${run}-other`, backends: ["authentik.core.auth.InbuiltBackend"] },
    });

    await grant(role.pk, bot.pk, [view]);
    const all = await mine.stages.stagesPasswordList({ search: `rbac-${run}` });
    assert.equal(all.pagination.count, 2);
    await revoke(role.pk, bot.pk, [view]);
    assert.equal((await failure(mine.stages.stagesPasswordList({}))).status, 403);

    await grant(role.pk, bot.pk, [view, change], one.pk);
    const onlyOne = await mine.stages.stagesPasswordList({ search: `rbac-${run}` });
    assert.deepEqual(onlyOne.results.map((stage) => stage.pk), [one.pk]);
    const patched = await mine.stages.stagesPasswordPartialUpdate({
      stageUuid: one.pk, patchedPasswordStageRequest: { failedAttemptsBeforeCancel: 7 },
    });
    assert.equal(patched.failedAttemptsBeforeCancel, 7);
    assert.equal((await failure(mine.stages.stagesPasswordRetrieve({ stageUuid: other.pk }))).status, 404);
    assert.equal((await failure(mine.stages.stagesPasswordDestroy({ stageUuid: one.pk }))).status, 403);

    const assigned = await rbac.rbacPermissionsAssignedByRolesList({ model: stageModel, objectPk: one.pk });
    if (!userPermissions) {
      assert.ok(assigned.results.some((entry) => entry.rolePk === role.pk));
      await rbac.rbacRolesRemoveUserCreate({ uuid: role.pk, userAccountSerializerForRoleRequest: { pk: bot.pk } });
      assert.equal((await failure(mine.stages.stagesPasswordList({}))).status, 403);
    } else {
      await revoke(role.pk, bot.pk, [view, change], one.pk);
      assert.equal((await failure(mine.stages.stagesPasswordList({}))).status, 403);
    }
    const permissions = await rbac.rbacPermissionsList({ codename: "view_passwordstage" });
    assert.deepEqual(permissions.results.map((p) => [p.appLabel, p.model, p.name]),
      [["authentik_stages_password", "passwordstage", "Can view Password Stage"]]);
  });

  test("resource authentik_user and authentik_token: create, read, update, delete", async () => {
    const username = `tf-user-${run}`;
    const user = await core.coreUsersCreate({
      userRequest: { username, name: "TF user", isActive: true, path: "goauthentik.io/service-accounts",
        type: "service_account", attributes: { team: "ops" }, groups: [] },
    });
    assert.equal((await core.coreUsersRetrieve({ id: user.pk })).attributes.team, "ops");
    const renamed = await core.coreUsersUpdate({
      id: user.pk, userRequest: { username, name: "TF user renamed", isActive: true, path: "goauthentik.io/service-accounts",
        type: "service_account", attributes: {}, groups: [] },
    });
    assert.equal(renamed.name, "TF user renamed");

    const identifier = `tf-token-${run}`;
    const token = await core.coreTokensCreate({
      tokenRequest: { identifier, user: user.pk, intent: "api", description: "terraform", expiring: false },
    });
    assert.equal(token.userObj.pk, user.pk);
    // retrieve_key: the key is stored as a digest here, so it cannot be read back; set_key sets one
    const viewKey = await failure(core.coreTokensViewKeyRetrieve({ identifier }));
    assert.equal(viewKey.status, 400);
    assert.match(viewKey.body.detail, /set_key/);
    const updated = await core.coreTokensUpdate({
      identifier, tokenRequest: { identifier, user: user.pk, intent: "api", description: "terraform, updated", expiring: false },
    });
    assert.equal(updated.description, "terraform, updated");
    await core.coreTokensDestroy({ identifier });
    assert.equal((await failure(core.coreTokensRetrieve({ identifier }))).status, 404);
    await core.coreUsersDestroy({ id: user.pk });
    assert.equal((await failure(core.coreUsersRetrieve({ id: user.pk }))).status, 404);
  });

  test("resource authentik_rbac_role and authentik_rbac_permission_role", async () => {
    const role = await rbac.rbacRolesCreate({ roleRequest: { name: `tf-role-${run}` } });
    assert.equal((await rbac.rbacRolesRetrieve({ uuid: role.pk })).name, `tf-role-${run}`);
    const renamed = await rbac.rbacRolesUpdate({ uuid: role.pk, roleRequest: { name: `tf-role-${run}-x` } });
    assert.equal(renamed.name, `tf-role-${run}-x`);

    await rbac.rbacPermissionsAssignedByRolesAssign({ uuid: role.pk, permissionAssignRequest: { permissions: [view] } });
    const globals = await rbac.rbacPermissionsList({ role: role.pk });
    assert.deepEqual(globals.results.map((p) => `${p.appLabel}.${p.codename}`), [view]);
    await rbac.rbacPermissionsAssignedByRolesUnassignPartialUpdate({
      uuid: role.pk, patchedPermissionAssignRequest: { permissions: [view] },
    });
    assert.deepEqual((await rbac.rbacPermissionsList({ role: role.pk })).results, []);

    await rbac.rbacRolesDestroy({ uuid: role.pk });
    assert.equal((await failure(rbac.rbacRolesRetrieve({ uuid: role.pk }))).status, 404);
  });
}
