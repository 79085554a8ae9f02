-- Pages of findings (GET /findings) are ordered by fingerprint within an evaluation. One index per filter, ending in
-- the fingerprint, lets each filtered page (and the cursor's `fingerprint > ...`) be a range scan that stops after
-- `limit` rows instead of sorting every match; the primary key (evaluation_id, fingerprint) serves the unfiltered page.
DROP INDEX findings_rule;
DROP INDEX findings_subject;
CREATE INDEX findings_by_rule ON findings (evaluation_id, rule, fingerprint);
CREATE INDEX findings_by_severity ON findings (evaluation_id, severity, fingerprint);
CREATE INDEX findings_by_status ON findings (evaluation_id, status, fingerprint);
CREATE INDEX findings_by_subject ON findings (evaluation_id, subject, fingerprint);
