-- tolk schema v2: annotations on exact spans, and the row changes behind each operation.

CREATE TABLE annotations (
    id           INTEGER PRIMARY KEY,
    segment_id   INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    side         TEXT    NOT NULL CHECK (side IN ('source', 'target')),
    kind         TEXT    NOT NULL CHECK (kind IN ('correction', 'attribution', 'entity', 'note')),
    -- TextPositionSelector: code points, end exclusive.
    start        INTEGER NOT NULL CHECK (start >= 0),
    "end"        INTEGER NOT NULL CHECK ("end" >= start),
    -- TextQuoteSelector: lets the span be found again when the text around it changes.
    exact        TEXT    NOT NULL,
    prefix       TEXT    NOT NULL,
    suffix       TEXT    NOT NULL,
    body         TEXT    NOT NULL CHECK (json_valid(body)),   -- the kind's own fields
    status       TEXT    NOT NULL CHECK (status IN ('proposed', 'accepted', 'rejected', 'orphaned')),
    author       TEXT    NOT NULL,
    created_at   TEXT    NOT NULL,
    operation_id INTEGER NOT NULL REFERENCES operations(id)
);

CREATE INDEX annotations_segment ON annotations (segment_id);

-- Updates made by an operation, with the row as it was before and after (JSON), so that history
-- can show them and undo can put them back. Inserts are found through operation_id columns.
CREATE TABLE changes (
    id           INTEGER PRIMARY KEY,
    operation_id INTEGER NOT NULL REFERENCES operations(id),
    tbl          TEXT    NOT NULL,
    row_id       INTEGER NOT NULL,
    before       TEXT,
    after        TEXT
);

CREATE INDEX changes_operation ON changes (operation_id);
