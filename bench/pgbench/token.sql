select identifier, key_hash, intent, expiring, expires, superuser, permissions from passwordstage.authentik_core_token where key_hash = :hash;
