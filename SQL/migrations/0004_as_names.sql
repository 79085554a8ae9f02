-- Published AS names (the potaroo list, `ASN<TAB>NAME, CC`), one row per ASN of an `as-names` dataset.
-- Reports name networks the curated registry does not know with them; `registry explain` shows them.

CREATE TABLE as_names (
    dataset_id  bigint NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
    asn         bigint NOT NULL,
    name        text NOT NULL,
    country     text,                    -- NULL where the list gives none (`na`)
    line        integer NOT NULL,
    PRIMARY KEY (dataset_id, asn)
);
CREATE INDEX as_names_asn ON as_names (asn);
