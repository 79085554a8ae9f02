-- Voice: carriers' E.164 route tables (uploaded per tenant) and number ranges (which entity terminates a number).

-- One row per (carrier, prefix, next hop) of a voice-routes dataset: docs/FORMATS.md, "Voice routes".
CREATE TABLE voice_routes (
    dataset_id  bigint NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
    carrier     text NOT NULL,
    prefix      text NOT NULL CHECK (prefix ~ '^[0-9]{1,15}$'),
    next_hop    text NOT NULL,
    priority    integer NOT NULL CHECK (priority >= 0),
    weight      integer NOT NULL CHECK (weight >= 0),
    valid_from  date,
    valid_to    date,
    line        integer NOT NULL
);
CREATE INDEX voice_routes_dataset ON voice_routes (dataset_id);

-- One row per prefix of a number-ranges dataset (libphonenumber's carrier table or an operator CSV):
-- docs/FORMATS.md, "Number ranges". entity is NULL where the carrier name matches no registry entity.
CREATE TABLE number_ranges (
    dataset_id    bigint NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
    prefix        text NOT NULL CHECK (prefix ~ '^[0-9]{1,15}$'),
    country_code  integer,
    entity        text,
    carrier       text NOT NULL,
    line          integer NOT NULL,
    PRIMARY KEY (dataset_id, prefix)
);
