// The admin UI's calls for password stages with the 2025 client (@goauthentik/api 2025.10.4)
// against the default schema line, 2025.8.
import { generation } from "../lib/generations.mjs";
import { adminUi } from "../scenarios/admin-ui.mjs";

adminUi(await generation("2025.8"));
