// Shared by the test files of every client generation: connects one generation of
// authentik's TypeScript client to the service under test.
// Needs BASE_URL (e.g. http://localhost:8080/api/v3) and TOKEN (a superuser key) in the environment.
import assert from "node:assert/strict";

/** The flow background authentik reports when none is set. */
export const DEFAULT_BACKGROUND = "/static/dist/assets/images/flow_background.jpg";

/**
 * Loads `packageName` (`@goauthentik/api-2025`, `-2026.2` or `-2026.8`) and returns its
 * exports (`ak`), API objects with the token, and helpers bound to that generation.
 */
export async function connect(packageName) {
  // dist/esm: 2025.10.4 ships no dist/index.js (its "main"); every generation's dist/esm is CommonJS.
  const ak = (await import(`${packageName}/dist/esm/index.js`)).default;
  const basePath = process.env.BASE_URL;
  const token = process.env.TOKEN;
  assert.ok(basePath && token, "BASE_URL and TOKEN must be set");
  const configuration = new ak.Configuration({ basePath, accessToken: token });

  /** The status and JSON body of the ResponseError a call fails with. */
  async function failure(promise) {
    try {
      await promise;
    } catch (error) {
      assert.ok(error instanceof ak.ResponseError, `expected a ResponseError, got ${error}`);
      return { status: error.response.status, body: await error.response.json() };
    }
    assert.fail("the call succeeded");
  }

  /** The JSON of a raw call as the server sent it (keys in wire order), before the client maps it. */
  async function wire(rawPromise) {
    return (await rawPromise).raw.json();
  }

  /** A request outside the client, e.g. a body this generation cannot produce. */
  async function send(method, path, body) {
    const response = await fetch(basePath + path, {
      method,
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: response.status === 204 ? null : await response.json() };
  }

  return {
    ak,
    basePath,
    flows: new ak.FlowsApi(configuration),
    core: new ak.CoreApi(configuration),
    rbac: new ak.RbacApi(configuration),
    /** The APIs with another key: what a service account's own calls see. */
    as: (key) => {
      const own = new ak.Configuration({ basePath, accessToken: key });
      return { core: new ak.CoreApi(own), stages: new ak.StagesApi(own), rbac: new ak.RbacApi(own) };
    },
    stages: new ak.StagesApi(configuration),
    // 2026.5+: the blueprint import
    managed: ak.ManagedApi ? new ak.ManagedApi(configuration) : null,
    failure,
    wire,
    send,
  };
}

/** An id unique to this run and file, for names and flow slugs (12 characters of [0-9a-z]). */
export function runId() {
  return Date.now().toString(36) + Math.random().toString(36).slice(2, 6).padEnd(4, "0");
}

/**
 * Every result of a paginated list call, following `pagination.next` with the same parameters
 * (as a user paging through the admin UI's table).
 */
export async function allPages(list, parameters) {
  const results = [];
  for (let page = parameters.page ?? 1; page; ) {
    const answer = await list({ ...parameters, page });
    results.push(...answer.results);
    page = answer.pagination.next;
  }
  return results;
}
