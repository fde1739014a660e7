-- Access as authentik manages it: tokens belong to users, users hold permissions directly
-- or through roles, globally (object_pk null) or on one object.
create table authentik_core_user (
    id serial primary key,
    uuid uuid not null unique,
    username varchar(150) not null,
    name text not null default '',
    type text not null default 'service_account',
    path text not null default 'users',
    is_active boolean not null default true,
    is_superuser boolean not null default false,
    email varchar(254) not null default '',
    attributes jsonb not null default '{}',
    date_joined timestamp with time zone not null default now(),
    last_updated timestamp with time zone not null default now(),
    last_login timestamp with time zone,
    password_change_date timestamp with time zone not null default now(),
    constraint authentik_core_user_username_key unique (username)
);

create table authentik_rbac_role (
    uuid uuid primary key,
    name varchar(150) not null,
    constraint authentik_rbac_role_name_key unique (name)
);

create table authentik_rbac_role_users (
    role_uuid uuid not null references authentik_rbac_role (uuid) on delete cascade,
    user_id integer not null references authentik_core_user (id) on delete cascade,
    primary key (role_uuid, user_id)
);
create index authentik_rbac_role_users_user on authentik_rbac_role_users (user_id);

-- permission: authentik's "app_label.codename"; object_pk: the object's primary key as text,
-- null for a global permission. Exactly one of role and user holds it.
create table authentik_rbac_assignment (
    id bigserial primary key,
    role_uuid uuid references authentik_rbac_role (uuid) on delete cascade,
    user_id integer references authentik_core_user (id) on delete cascade,
    permission text not null,
    object_pk text,
    constraint authentik_rbac_assignment_one_holder check (num_nonnulls(role_uuid, user_id) = 1)
);
create unique index authentik_rbac_assignment_unique on authentik_rbac_assignment
    (coalesce(role_uuid::text, ''), coalesce(user_id, 0), permission, coalesce(object_pk, ''));
create index authentik_rbac_assignment_user on authentik_rbac_assignment (user_id);
create index authentik_rbac_assignment_role on authentik_rbac_assignment (role_uuid);
create index authentik_rbac_assignment_object on authentik_rbac_assignment (permission, object_pk);

alter table authentik_core_token
    add column user_id integer references authentik_core_user (id) on delete cascade,
    add column managed text;

-- Every token becomes a user of its own with the token's name, holding exactly what the token
-- held: a superuser token's user is a superuser, the permissions of any other are granted to a
-- role of the same name that only its user is in.
insert into authentik_core_user (uuid, username, name, type, path, is_superuser, attributes)
select token_uuid,
       case when length(identifier) <= 150 then identifier else left(identifier, 113) || '-' || token_uuid end,
       identifier, 'service_account', 'goauthentik.io/service-accounts',
       superuser, '{}'
from authentik_core_token;

update authentik_core_token t set user_id = u.id
from authentik_core_user u where u.uuid = t.token_uuid;

insert into authentik_rbac_role (uuid, name)
select token_uuid,
       case when length(identifier) <= 150 then identifier else left(identifier, 113) || '-' || token_uuid end
from authentik_core_token
where not superuser and cardinality(permissions) > 0;

insert into authentik_rbac_role_users (role_uuid, user_id)
select r.uuid, t.user_id from authentik_rbac_role r join authentik_core_token t on t.token_uuid = r.uuid;

insert into authentik_rbac_assignment (role_uuid, permission)
select distinct t.token_uuid, p.permission
from authentik_core_token t cross join unnest(t.permissions) as p (permission)
where not t.superuser;

alter table authentik_core_token
    alter column user_id set not null,
    drop column superuser,
    drop column permissions;
create index authentik_core_token_user on authentik_core_token (user_id);

-- Any change to who holds what (users, roles, membership, assignments) is announced on the
-- token channel with the payload '*': replicas forget every token they checked.
create function passwordstage_access_changed() returns trigger
language plpgsql as $$
begin
    perform pg_notify('passwordstage_tokens', '*');
    return null;
end
$$;

create trigger user_changed after update or delete on authentik_core_user
    for each statement execute function passwordstage_access_changed();
create trigger role_users_changed after insert or update or delete on authentik_rbac_role_users
    for each statement execute function passwordstage_access_changed();
create trigger assignment_changed after insert or update or delete on authentik_rbac_assignment
    for each statement execute function passwordstage_access_changed();
create trigger role_changed after delete on authentik_rbac_role
    for each statement execute function passwordstage_access_changed();
