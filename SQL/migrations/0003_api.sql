-- The HTTP API: API keys (only their SHA-256 is stored) and the audit log of uploads, designation and key changes.

CREATE TABLE api_keys (
    id          bigserial PRIMARY KEY,
    prefix      text NOT NULL UNIQUE,          -- the public part of the key, shown in listings and the audit log
    sha256      text NOT NULL,                 -- hex SHA-256 of the whole key; the key itself is never stored
    role        text NOT NULL CHECK (role IN ('regulator', 'telco', 'admin')),
    tenant_id   text REFERENCES tenants (id),
    entity_ids  text[] NOT NULL DEFAULT '{}',  -- the entities a telco key is bound to
    label       text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    revoked_at  timestamptz,
    CHECK (role <> 'telco' OR (tenant_id IS NOT NULL AND cardinality(entity_ids) > 0))
);

CREATE TABLE audit_log (
    id          bigserial PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT now(),
    actor       text NOT NULL,                 -- the key prefix, or 'cli'
    role        text,
    tenant_id   text,
    action      text NOT NULL,                 -- e.g. upload.interconnects, designation.create, key.revoke
    target      text NOT NULL,                 -- e.g. dataset:12, designation:fcc-2022-ct, key:3
    details     jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_at ON audit_log (at DESC, id DESC);

CREATE INDEX datasets_tenant ON datasets (tenant_id, id DESC);
CREATE INDEX findings_subject ON findings (evaluation_id, subject);
