-- tolk schema: findings of `tolk check` accepted as they are (a false positive, a name the
-- checks do not know), each with who accepted it, when and why (issue 15).
--
-- A finding is identified by its check, segment, side and flagged text (`exact`). `scope` says
-- how far the acceptance reaches: `segment` (that segment only, while its source as corrected
-- — and for a finding on the translation or from a check comparing the two, its translation
-- too — reads as `source`/`target` did when it was accepted; an edit brings the finding back)
-- or `document` (the same check and text anywhere in the segment's document). Rows are undoable (src/store/tables.rs):
-- `check --accept` inserts them, `check --revoke` deletes them, `undo` takes either back.

CREATE TABLE accepted_findings (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    segment_id   INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    scope        TEXT    NOT NULL CHECK (scope IN ('segment', 'document')),
    check_name   TEXT    NOT NULL,
    side         TEXT    NOT NULL CHECK (side IN ('source', 'target')),
    exact        TEXT    NOT NULL,
    source       TEXT    NOT NULL,
    target       TEXT,
    reason       TEXT    NOT NULL,
    author       TEXT    NOT NULL,
    created_at   TEXT    NOT NULL,
    operation_id INTEGER NOT NULL REFERENCES operations(id)
);

CREATE INDEX accepted_findings_segment ON accepted_findings (segment_id);
CREATE INDEX accepted_findings_operation ON accepted_findings (operation_id);
