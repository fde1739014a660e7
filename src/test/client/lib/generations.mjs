// The schema lines, each with the client generation that drives it, and what differs between
// them as its client sees it. A scenario module exports a function that takes a generation
// (see `generation`) and registers its tests. A new line is one more entry here and a folder
// of test files named after it.
import { connect, DEFAULT_BACKGROUND } from "./client.mjs";

/** The wire keys of an entry of a stage's flow_set, in order, with the line's background key. */
function flowSetEntryKeys(backgroundKey) {
  return [
    "pk", "policybindingmodel_ptr_id", "name", "slug", "title", "designation", backgroundKey,
    "policy_engine_mode", "compatibility_mode", "export_url", "layout", "denied_action",
  ];
}

const FACTS = {
  "2025.8": {
    packageName: "@goauthentik/api-2025",
    line: "2025.8",
    // PasswordStageRequestToJSON sends flow_set: a stage can be created with its flows.
    stageRequestSendsFlowSet: true,
    // An entry of a stage's flow_set: the property with the background URL, and the wire keys.
    flowSetEntry: {
      backgroundProperty: "background",
      wireKeys: flowSetEntryKeys("background"),
    },
    // A Flow's background: a new flow's values as the client maps them, the wire keys (between
    // designation and stages), and whether FlowRequest can set it.
    flowBackground: {
      ofNewFlow: { background: DEFAULT_BACKGROUND },
      wireKeys: ["background"],
      writable: false,
    },
    // Whether the entries of /stages/all/types/ carry `deprecated`.
    typesCarryDeprecated: false,
    // Users get permissions directly (assigned_by_users); roles have no members of their own.
    userPermissions: true,
  },
  "2026.2": {
    packageName: "@goauthentik/api-2026.2",
    line: "2026.2",
    // PasswordStageRequestToJSON has no flow_set key: flows come from FlowsApi, or from a plain
    // request when the test is about the stored flow_set.
    stageRequestSendsFlowSet: false,
    flowSetEntry: {
      backgroundProperty: "backgroundUrl",
      wireKeys: flowSetEntryKeys("background_url"),
    },
    // From 2025.12 on the background is a writable stored value (the Terraform provider sends it
    // in the FlowRequest); its URL moves to background_url.
    flowBackground: {
      ofNewFlow: { background: "", backgroundUrl: DEFAULT_BACKGROUND, backgroundThemedUrls: null },
      wireKeys: ["background", "background_url", "background_themed_urls"],
      writable: true,
    },
    typesCarryDeprecated: true,
    // Users get permissions through roles, which have members (add_user/remove_user).
    userPermissions: false,
  },
};

// 2026.5 moved the blueprint import to /managed/blueprints/import/ and added require_token;
// everything else the scenarios see is 2026.2's.
FACTS["2026.8"] = {
  ...FACTS["2026.2"],
  packageName: "@goauthentik/api-2026.8",
  line: "2026.8",
};

/** The facts of the line `name` ("2025.8", "2026.2", "2026.8") with its client from `connect`. */
export async function generation(name) {
  const facts = FACTS[name];
  return { ...facts, ...(await connect(facts.packageName)) };
}
