-- Equipment: carriers' inventories of network elements (uploaded per tenant), and each evaluation's clean-telco statuses.

-- One row per element (or element class) of an equipment dataset: docs/FORMATS.md, "Equipment".
CREATE TABLE equipment (
    dataset_id        bigint NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
    network           text NOT NULL,          -- an entity id or AS...
    site              text NOT NULL,
    role              text NOT NULL CHECK (role IN ('transmission', 'control', 'computing', 'storage')),
    kind              text,                   -- ran, core, transport, ip-routing, switching, signalling, data-centre
    vendor            text NOT NULL,
    model             text NOT NULL,
    in_service        date NOT NULL,
    removed           date,
    replacement_plan  date,
    line              integer NOT NULL
);
CREATE INDEX equipment_dataset ON equipment (dataset_id);

-- The clean-telco status of each carrier (docs/FORMATS.md, "Clean Path"), as the evaluation wrote it (json: kept as written).
ALTER TABLE evaluations ADD COLUMN clean_telco json NOT NULL DEFAULT '[]';
