-- CleanCarrier core schema: datasets with provenance, the registry, network records, evaluations and findings.

CREATE TABLE tenants (
    id          text PRIMARY KEY,
    name        text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE datasets (
    id          bigserial PRIMARY KEY,
    kind        text NOT NULL,           -- registry, rir-delegated, as-names, as-rel, interconnects, observed-paths, ...
    format      text NOT NULL,           -- registry-yaml, caida-serial-1, interconnects-csv, ...
    tenant_id   text REFERENCES tenants (id),
    scope       text NOT NULL DEFAULT '',  -- a part of a kind kept side by side, e.g. one RIR's file
    file_name   text NOT NULL,
    sha256      text NOT NULL,
    rows        integer NOT NULL DEFAULT 0,
    as_of       date,
    received_at timestamptz NOT NULL DEFAULT now(),
    status      text NOT NULL CHECK (status IN ('staged', 'active', 'superseded', 'rejected')),
    errors      jsonb NOT NULL DEFAULT '[]'
);
-- Re-uploading identical bytes of the same kind is a no-op: one accepted dataset per (kind, tenant, scope, content),
-- and one active dataset per (kind, tenant, scope).
CREATE UNIQUE INDEX datasets_identical ON datasets (kind, coalesce(tenant_id, ''), scope, sha256) WHERE status IN ('active', 'superseded');
CREATE UNIQUE INDEX datasets_one_active ON datasets (kind, coalesce(tenant_id, ''), scope) WHERE status = 'active';
CREATE INDEX datasets_kind_status ON datasets (kind, status);

-- The registry: one version per registry dataset, immutable once loaded.
CREATE TABLE entities (
    dataset_id  bigint NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
    id          text NOT NULL,
    name        text NOT NULL,
    country     text NOT NULL,
    kind        text NOT NULL,
    line        integer,
    PRIMARY KEY (dataset_id, id)
);

CREATE TABLE entity_links (
    dataset_id  bigint NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
    owner_id    text NOT NULL,
    owned_id    text NOT NULL,
    share       double precision,
    control     boolean NOT NULL,
    source      text NOT NULL,
    valid_from  date,
    valid_to    date,
    line        integer
);
CREATE INDEX entity_links_dataset ON entity_links (dataset_id);

CREATE TABLE identifiers (
    dataset_id  bigint NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
    kind        text NOT NULL,
    value       text NOT NULL,
    holder_id   text NOT NULL,
    valid_from  date,
    valid_to    date,
    source      text NOT NULL,
    confidence  text NOT NULL,
    line        integer
);
CREATE INDEX identifiers_lookup ON identifiers (kind, value);
CREATE INDEX identifiers_dataset ON identifiers (dataset_id);

CREATE TABLE designations (
    dataset_id            bigint NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
    id                    text NOT NULL,
    entity_id             text NOT NULL,
    instrument            text NOT NULL,
    effective             date NOT NULL,
    ended                 date,
    citation              text NOT NULL,
    extends_to_affiliates boolean NOT NULL,
    line                  integer,
    PRIMARY KEY (dataset_id, id)
);

-- Registrations of ASNs from the RIRs' delegated statistics.
CREATE TABLE asn_registrations (
    dataset_id  bigint NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
    asn         bigint NOT NULL,
    rir         text NOT NULL,
    country     text NOT NULL,
    status      text NOT NULL,
    registered  date,
    holder_id   text,
    line        integer NOT NULL,
    PRIMARY KEY (dataset_id, asn)
);
CREATE INDEX asn_registrations_asn ON asn_registrations (asn);

-- Inferred AS relationships (CAIDA): rel -1 = provider of, 0 = peers.
CREATE TABLE as_links (
    dataset_id  bigint NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
    a           bigint NOT NULL,
    b           bigint NOT NULL,
    rel         smallint NOT NULL CHECK (rel IN (-1, 0)),
    source      text,
    line        integer NOT NULL
);
CREATE INDEX as_links_dataset ON as_links (dataset_id);

-- Interconnects declared by telcos.
CREATE TABLE interconnects (
    dataset_id  bigint NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
    party_a     text NOT NULL,
    party_b     text NOT NULL,
    kind        text NOT NULL,
    facility    text,
    city        text,
    country     text,
    started     date,
    ended       date,
    line        integer NOT NULL
);
CREATE INDEX interconnects_dataset ON interconnects (dataset_id);

CREATE TABLE evaluations (
    id               bigserial PRIMARY KEY,
    scope            text NOT NULL DEFAULT 'all',
    as_of            date NOT NULL,
    registry_version bigint REFERENCES datasets (id),
    dataset_ids      bigint[] NOT NULL,
    trigger          text NOT NULL,
    started_at       timestamptz NOT NULL DEFAULT now(),
    finished_at      timestamptz,
    timings          jsonb NOT NULL DEFAULT '{}',
    status           text NOT NULL CHECK (status IN ('running', 'succeeded', 'failed')),
    finding_count    integer NOT NULL DEFAULT 0,
    job_key          text UNIQUE
);

CREATE TABLE findings (
    evaluation_id  bigint NOT NULL REFERENCES evaluations (id) ON DELETE CASCADE,
    fingerprint    text NOT NULL,
    rule           text NOT NULL,
    severity       text NOT NULL CHECK (severity IN ('violation', 'exposure', 'notice')),
    subject        text NOT NULL,
    counterpart    text NOT NULL,
    summary        text NOT NULL,
    finding        jsonb NOT NULL,    -- the whole finding: parties, summary, evidence (hops, records, trust chains)
    first_seen     bigint NOT NULL,   -- the evaluation in which this fingerprint first appeared
    status         text NOT NULL CHECK (status IN ('new', 'persisting')),
    PRIMARY KEY (evaluation_id, fingerprint)
);
CREATE INDEX findings_fingerprint ON findings (fingerprint);
CREATE INDEX findings_rule ON findings (evaluation_id, rule, severity);
