-- CC-4 presence: PeeringDB organisations, networks, exchanges and facilities, and where networks are present.
-- Each row keeps its object's place in the file (`object`, e.g. `netixlan[0] id 1310`) for evidence.

CREATE TABLE pdb_organizations (
    dataset_id  bigint NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
    id          bigint NOT NULL,
    name        text NOT NULL,
    country     text,
    object      text NOT NULL,
    PRIMARY KEY (dataset_id, id)
);

CREATE TABLE pdb_networks (
    dataset_id  bigint NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
    id          bigint NOT NULL,
    org_id      bigint,
    asn         bigint NOT NULL,
    name        text NOT NULL,
    object      text NOT NULL,
    PRIMARY KEY (dataset_id, id)
);
CREATE INDEX pdb_networks_asn ON pdb_networks (asn);

-- Exchanges (kind 'ix') and facilities (kind 'fac').
CREATE TABLE pdb_places (
    dataset_id  bigint NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
    kind        text NOT NULL CHECK (kind IN ('ix', 'fac')),
    id          bigint NOT NULL,
    org_id      bigint,
    name        text NOT NULL,
    city        text,
    country     text,
    object      text NOT NULL,
    PRIMARY KEY (dataset_id, kind, id)
);

-- A network at an exchange (netixlan) or a facility (netfac). The place's name, city and country are copied from the
-- record, or from the same file's ix/fac object; when still missing, snapshot loading takes them from any active
-- PeeringDB dataset's pdb_places.
CREATE TABLE presence (
    dataset_id        bigint NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
    record_type       text NOT NULL CHECK (record_type IN ('netixlan', 'netfac')),
    record_id         bigint NOT NULL,
    net_id            bigint NOT NULL,
    asn               bigint NOT NULL,
    place_kind        text NOT NULL CHECK (place_kind IN ('ix', 'fac')),
    place_id          bigint NOT NULL,
    place_name        text,
    city              text,
    country           text,
    route_server_peer boolean,
    object            text NOT NULL,
    PRIMARY KEY (dataset_id, record_type, record_id)
);
CREATE INDEX presence_asn ON presence (asn);
CREATE INDEX presence_place ON presence (place_kind, place_id);
