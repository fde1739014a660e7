// Service accounts, tokens, roles and permissions with the 2026.2 client
// against the service started with AUTHENTIK_API_SCHEMA=2026.2.
import { generation } from "../lib/generations.mjs";
import { access } from "../scenarios/access.mjs";

access(await generation("2026.2"));
