// The Terraform provider's requests with the 2025 client (@goauthentik/api 2025.10.4)
// against the default schema line, 2025.8.
import { generation } from "../lib/generations.mjs";
import { terraform } from "../scenarios/terraform.mjs";

terraform(await generation("2025.8"));
