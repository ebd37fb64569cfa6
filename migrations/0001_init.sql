-- tolk schema v1: documents, segments as published, translation revisions, operations.

CREATE TABLE operations (
    id          INTEGER PRIMARY KEY,
    at          TEXT    NOT NULL,            -- RFC 3339, UTC
    author      TEXT    NOT NULL,
    command     TEXT    NOT NULL,            -- e.g. "import", "translate"
    summary     TEXT    NOT NULL,
    document_id INTEGER                      -- no FK: the log outlives deleted documents
);

CREATE TABLE documents (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE,
    source_lang TEXT    NOT NULL,
    target_lang TEXT    NOT NULL,
    title       TEXT,
    origin      TEXT,                        -- file the source was imported from
    created_at  TEXT    NOT NULL,
    operation_id INTEGER NOT NULL REFERENCES operations(id)
);

CREATE TABLE segments (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    -- DOC:N; NULL once a newer version of the document no longer has this sentence (the row
    -- stays so that its translations and annotations are kept, never silently dropped).
    position    INTEGER CHECK (position IS NULL OR position >= 1),
    paragraph   INTEGER NOT NULL CHECK (paragraph >= 1),
    text        TEXT    NOT NULL,                          -- as published, never rewritten
    UNIQUE (document_id, position)
);

-- Append-only: a state change is a new revision with the same text, so the table alone is the
-- full history (who, when, what state) and undo never has to reconstruct an overwritten row.
CREATE TABLE translations (
    id           INTEGER PRIMARY KEY,
    segment_id   INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    revision     INTEGER NOT NULL CHECK (revision >= 1),
    text         TEXT    NOT NULL,
    state        TEXT    NOT NULL CHECK (state IN ('translated', 'needs-work', 'reviewed', 'final')),
    comment      TEXT,
    author       TEXT    NOT NULL,
    created_at   TEXT    NOT NULL,
    operation_id INTEGER NOT NULL REFERENCES operations(id),
    UNIQUE (segment_id, revision)
);

CREATE INDEX translations_operation ON translations (operation_id);
CREATE INDEX operations_document ON operations (document_id);
