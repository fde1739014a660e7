// The password stage API with the 2026 client (@goauthentik/api 2026.2.0)
// against the service started with AUTHENTIK_API_SCHEMA=2026.2.
import { generation } from "../lib/generations.mjs";
import { passwordStage } from "../scenarios/password-stage.mjs";

passwordStage(await generation("2026.2"));
