-- authentik 2025.12+ stores a flow's slug as text with no length limit; the 2025.8 line's
-- 50-character rule is enforced by the API when that line is chosen.
alter table authentik_flows_flow alter column slug type text;
