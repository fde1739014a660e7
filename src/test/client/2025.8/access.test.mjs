// Service accounts, tokens, roles and permissions with the 2025 client (@goauthentik/api 2025.10.4)
// against the service started with AUTHENTIK_API_SCHEMA=2025.8.
import { generation } from "../lib/generations.mjs";
import { access } from "../scenarios/access.mjs";

access(await generation("2025.8"));
