-- Audit trail: one row per successful create, update and delete, written in the same transaction.
create table authentik_events_event (
    event_uuid uuid primary key,
    action text not null,
    app text not null,
    context jsonb not null default '{}',
    token_identifier varchar(255),
    client_ip varchar(64),
    request_id varchar(64),
    created timestamp with time zone not null default now(),
    expires timestamp with time zone not null
);

create index authentik_events_event_action_created_idx on authentik_events_event (action, created desc);
create index authentik_events_event_created_idx on authentik_events_event (created desc);
