-- Safe under abuse (issue 14): capped upload errors, key expiry and last use, sealed webhook secrets, and an
-- append-only audit log.

-- A rejected upload keeps its first 100 errors in `errors`; `error_count` says how many it had in all.
ALTER TABLE datasets ADD COLUMN error_count integer NOT NULL DEFAULT 0;
UPDATE datasets SET error_count = jsonb_array_length(errors) WHERE status = 'rejected';

-- Keys may expire; each records when it last authenticated a request (updated at most once a minute).
ALTER TABLE api_keys ADD COLUMN expires_at timestamptz;
ALTER TABLE api_keys ADD COLUMN last_used_at timestamptz;
-- A key made by rotating another names it; the old one is revoked in the same transaction.
ALTER TABLE api_keys ADD COLUMN replaces_id bigint REFERENCES api_keys (id);

-- Webhook secrets are stored sealed (AES-GCM under the configured key, `sealed:v1:<base64>`); rows written before
-- this migration hold the secret itself until they are re-added.
COMMENT ON COLUMN webhooks.secret IS 'sealed:v1:<base64 AES-GCM box> under the webhook secret key, or a legacy plain secret';

-- The audit log is append-only, whatever role the application connects with: UPDATE, DELETE and TRUNCATE fail.
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
