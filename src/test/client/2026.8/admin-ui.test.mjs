// The admin UI's calls for password stages with the 2026 client (@goauthentik/api 2026.8.3)
// against the service started with AUTHENTIK_API_SCHEMA=2026.8.
import { generation } from "../lib/generations.mjs";
import { adminUi } from "../scenarios/admin-ui.mjs";

adminUi(await generation("2026.8"));
