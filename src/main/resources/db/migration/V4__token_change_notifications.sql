-- Every change to a token (revoked, deleted, its permissions or expiry changed, by the service
-- or by hand) is announced on the channel passwordstage_tokens, with the token's key digest, in
-- the changing transaction: PostgreSQL delivers it when that transaction commits. Replicas that
-- remember checked tokens forget the announced one.
create function passwordstage_token_changed() returns trigger
language plpgsql as $$
begin
    perform pg_notify('passwordstage_tokens', old.key_hash);
    if tg_op = 'UPDATE' and new.key_hash is distinct from old.key_hash then
        perform pg_notify('passwordstage_tokens', new.key_hash);
    end if;
    return null;
end
$$;

create trigger token_changed
    after update or delete on authentik_core_token
    for each row execute function passwordstage_token_changed();
