-- AS paths seen by route collectors (bgpdump -m text): stronger evidence than inferred relationships.
CREATE TABLE observed_paths (
    dataset_id   bigint NOT NULL REFERENCES datasets (id) ON DELETE CASCADE,
    line         integer NOT NULL,
    prefix       text NOT NULL,
    path         bigint[] NOT NULL,   -- collector peer first, origin last, prepending collapsed
    ends_in_set  boolean NOT NULL     -- an AS_SET followed and was dropped
);
CREATE INDEX observed_paths_dataset ON observed_paths (dataset_id);
