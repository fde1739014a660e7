// The password stage API with the 2025 client (@goauthentik/api 2025.10.4)
// against the default schema line, 2025.8.
import { generation } from "../lib/generations.mjs";
import { passwordStage } from "../scenarios/password-stage.mjs";

passwordStage(await generation("2025.8"));
