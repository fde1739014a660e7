-- Tables mirror authentik's models (policy-binding model, flow, stage, password stage,
-- flow-stage binding) so that rows read the same way authentik's own would.

create table authentik_policies_policybindingmodel (
    pbm_uuid uuid primary key,
    policy_engine_mode text not null default 'any'
        check (policy_engine_mode in ('all', 'any'))
);

create table authentik_flows_flow (
    flow_uuid uuid primary key,
    policybindingmodel_ptr_id uuid not null unique
        references authentik_policies_policybindingmodel (pbm_uuid) on delete cascade,
    name text not null,
    slug varchar(50) not null,
    title text not null,
    designation varchar(100) not null,
    background varchar(500),
    layout text not null default 'stacked',
    compatibility_mode boolean not null default false,
    denied_action text not null default 'message_continue',
    authentication text not null default 'none',
    constraint authentik_flows_flow_slug_key unique (slug)
);

create table authentik_flows_stage (
    stage_uuid uuid primary key,
    name text not null,
    constraint authentik_flows_stage_name_key unique (name)
);

create table authentik_stages_password_passwordstage (
    stage_ptr_id uuid primary key
        references authentik_flows_stage (stage_uuid) on delete cascade,
    backends text[] not null,
    configure_flow_id uuid
        references authentik_flows_flow (flow_uuid) on delete set null,
    failed_attempts_before_cancel integer not null default 5,
    allow_show_password boolean not null default false
);

create index authentik_stages_password_configure_flow_idx
    on authentik_stages_password_passwordstage (configure_flow_id);

create table authentik_flows_flowstagebinding (
    fsb_uuid uuid primary key,
    policybindingmodel_ptr_id uuid not null unique
        references authentik_policies_policybindingmodel (pbm_uuid) on delete cascade,
    target_id uuid not null references authentik_flows_flow (flow_uuid) on delete cascade,
    stage_id uuid not null references authentik_flows_stage (stage_uuid) on delete cascade,
    evaluate_on_plan boolean not null default false,
    re_evaluate_policies boolean not null default true,
    invalid_response_action text not null default 'retry',
    "order" integer not null,
    constraint authentik_flows_flowstagebinding_target_stage_order_key unique (target_id, stage_id, "order")
);

create index authentik_flows_flowstagebinding_stage_idx on authentik_flows_flowstagebinding (stage_id);

-- API tokens: only a SHA-256 digest of the key is kept.
create table authentik_core_token (
    token_uuid uuid primary key,
    identifier varchar(255) not null,
    key_hash varchar(64) not null,
    intent text not null default 'api',
    description text not null default '',
    expires timestamp with time zone,
    expiring boolean not null default true,
    superuser boolean not null default false,
    permissions text[] not null default '{}',
    created timestamp with time zone not null default now(),
    constraint authentik_core_token_identifier_key unique (identifier),
    constraint authentik_core_token_key_hash_key unique (key_hash)
);
