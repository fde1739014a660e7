// Stage bindings and the flow export with the 2026 client (@goauthentik/api 2026.8.3)
// against the service started with AUTHENTIK_API_SCHEMA=2026.8.
import { generation } from "../lib/generations.mjs";
import { bindingsExport } from "../scenarios/bindings-export.mjs";

bindingsExport(await generation("2026.8"));
