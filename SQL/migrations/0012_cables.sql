-- CC-5 cables: submarine cable systems, their landing points, owners and landing parties (one cable map dataset,
-- TeleGeography's API v3 folder), and telcos' declared circuits on them. Registry entities gain aliases (the names
-- third-party data gives them) and designations a per-instrument affiliate threshold.

CREATE TABLE entity_aliases (
    dataset_id  bigint NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
    entity_id   text NOT NULL,
    position    integer NOT NULL,
    alias       text NOT NULL,
    PRIMARY KEY (dataset_id, entity_id, position)
);

ALTER TABLE designations ADD COLUMN affiliate_threshold double precision CHECK (affiliate_threshold BETWEEN 0 AND 100);

-- A cable landing in the US and in PRC territory is a finding of its own severity.
ALTER TABLE findings DROP CONSTRAINT findings_severity_check;
ALTER TABLE findings ADD CONSTRAINT findings_severity_check CHECK (severity IN ('violation', 'exposure', 'notice', 'direct-link'));

CREATE TABLE cable_systems (
    dataset_id  bigint NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
    id          text NOT NULL,
    name        text NOT NULL,
    length      text,
    rfs_year    integer,
    planned     boolean NOT NULL,
    retired     date,              -- first day out of service (a regulator's note; the public map has none)
    suppliers   text,
    file        text NOT NULL,     -- the cable's file in the folder, e.g. cable/faster.json
    PRIMARY KEY (dataset_id, id)
);

CREATE TABLE landing_points (
    dataset_id   bigint NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
    id           text NOT NULL,
    name         text NOT NULL,
    city         text NOT NULL,
    country_name text NOT NULL,    -- as the map writes it
    country      text NOT NULL,    -- ISO 3166-1 alpha-2
    latitude     double precision,
    longitude    double precision,
    file         text NOT NULL,
    object       text NOT NULL,
    PRIMARY KEY (dataset_id, id)
);
CREATE INDEX landing_points_country ON landing_points (country);

CREATE TABLE cable_landings (
    dataset_id        bigint NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
    cable_id          text NOT NULL,
    position          integer NOT NULL,
    landing_point_id  text NOT NULL,
    PRIMARY KEY (dataset_id, cable_id, position)
);
CREATE INDEX cable_landings_point ON cable_landings (dataset_id, landing_point_id);

-- Owners as the map names them; entity_id is the registry entity the name mapped to when imported (evaluations map
-- again with their own registry), NULL for an owner to review.
CREATE TABLE cable_owners (
    dataset_id  bigint NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
    cable_id    text NOT NULL,
    position    integer NOT NULL,
    name        text NOT NULL,
    entity_id   text,
    share       double precision,
    PRIMARY KEY (dataset_id, cable_id, position)
);
CREATE INDEX cable_owners_entity ON cable_owners (entity_id);

CREATE TABLE landing_parties (
    dataset_id  bigint NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
    cable_id    text NOT NULL,
    entity_id   text NOT NULL,
    role        text NOT NULL CHECK (role IN ('landing-party', 'licensee')),
    licence     text,              -- e.g. an FCC cable landing licence file number
    granted     date,
    expires     date,
    line        integer NOT NULL,
    PRIMARY KEY (dataset_id, line)
);

-- A telco's declared circuits: its capacity between two ends (landing point ids or ISO country codes) rides a cable.
CREATE TABLE cable_circuits (
    dataset_id  bigint NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
    carrier     text NOT NULL,
    cable_id    text NOT NULL,
    end_a       text NOT NULL,
    end_b       text NOT NULL,
    started     date,
    ended       date,
    line        integer NOT NULL,
    PRIMARY KEY (dataset_id, line)
);
