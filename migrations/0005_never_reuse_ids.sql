-- tolk schema v5: row ids that history points at are never reused. Undo deletes rows and
-- records them in `changes`; without AUTOINCREMENT SQLite hands a deleted row's id to the next
-- insert, so a later undo or redo of "row N" would hit someone else's row. Every table is
-- rebuilt with AUTOINCREMENT (column order unchanged), and the sequence of each starts above
-- every id it ever had, including ids only `changes` remembers. Runs with foreign keys off
-- (set by the migration runner), checked with `PRAGMA foreign_key_check` afterwards.

CREATE TABLE operations_v5 (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    at          TEXT    NOT NULL,            -- RFC 3339, UTC
    author      TEXT    NOT NULL,
    command     TEXT    NOT NULL,            -- e.g. "import", "translate"
    summary     TEXT    NOT NULL,
    document_id INTEGER,                     -- no FK: the log outlives deleted documents
    undone_by   INTEGER REFERENCES operations(id),
    reverts     INTEGER REFERENCES operations(id)
);
INSERT INTO operations_v5 SELECT id, at, author, command, summary, document_id, undone_by, reverts FROM operations;
DROP TABLE operations;
ALTER TABLE operations_v5 RENAME TO operations;

CREATE TABLE documents_v5 (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT    NOT NULL UNIQUE,
    source_lang TEXT    NOT NULL,
    target_lang TEXT    NOT NULL,
    title       TEXT,
    origin      TEXT,                        -- file the source was imported from
    created_at  TEXT    NOT NULL,
    operation_id INTEGER NOT NULL REFERENCES operations(id)
);
INSERT INTO documents_v5 SELECT id, name, source_lang, target_lang, title, origin, created_at, operation_id FROM documents;
DROP TABLE documents;
ALTER TABLE documents_v5 RENAME TO documents;

CREATE TABLE segments_v5 (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    -- DOC:N; NULL once a newer version of the document no longer has this sentence (the row
    -- stays so that its translations and annotations are kept, never silently dropped).
    position    INTEGER CHECK (position IS NULL OR position >= 1),
    paragraph   INTEGER NOT NULL CHECK (paragraph >= 1),
    text        TEXT    NOT NULL,                          -- as published, never rewritten
    UNIQUE (document_id, position)
);
INSERT INTO segments_v5 SELECT id, document_id, position, paragraph, text FROM segments;
DROP TABLE segments;
ALTER TABLE segments_v5 RENAME TO segments;

CREATE TABLE translations_v5 (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
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
INSERT INTO translations_v5 SELECT id, segment_id, revision, text, state, comment, author, created_at, operation_id FROM translations;
DROP TABLE translations;
ALTER TABLE translations_v5 RENAME TO translations;

CREATE TABLE annotations_v5 (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
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
INSERT INTO annotations_v5 SELECT id, segment_id, side, kind, start, "end", exact, prefix, suffix, body, status, author, created_at, operation_id FROM annotations;
DROP TABLE annotations;
ALTER TABLE annotations_v5 RENAME TO annotations;

CREATE TABLE changes_v5 (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    operation_id INTEGER NOT NULL REFERENCES operations(id),
    tbl          TEXT    NOT NULL,
    row_id       INTEGER NOT NULL,
    before       TEXT,
    after        TEXT
);
INSERT INTO changes_v5 SELECT id, operation_id, tbl, row_id, before, after FROM changes;
DROP TABLE changes;
ALTER TABLE changes_v5 RENAME TO changes;

CREATE TABLE words_v5 (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    word         TEXT    NOT NULL UNIQUE,
    author       TEXT    NOT NULL,
    created_at   TEXT    NOT NULL,
    operation_id INTEGER NOT NULL REFERENCES operations(id)
);
INSERT INTO words_v5 SELECT id, word, author, created_at, operation_id FROM words;
DROP TABLE words;
ALTER TABLE words_v5 RENAME TO words;

CREATE TABLE glossary_v5 (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    source       TEXT    NOT NULL,
    target       TEXT    NOT NULL,
    note         TEXT,
    author       TEXT    NOT NULL,
    created_at   TEXT    NOT NULL,
    operation_id INTEGER NOT NULL REFERENCES operations(id),
    UNIQUE (source, target)
);
INSERT INTO glossary_v5 SELECT id, source, target, note, author, created_at, operation_id FROM glossary;
DROP TABLE glossary;
ALTER TABLE glossary_v5 RENAME TO glossary;

CREATE INDEX operations_document ON operations (document_id);
CREATE INDEX documents_operation ON documents (operation_id);
CREATE INDEX translations_operation ON translations (operation_id);
CREATE INDEX annotations_segment ON annotations (segment_id);
CREATE INDEX annotations_operation ON annotations (operation_id);
CREATE INDEX changes_operation ON changes (operation_id);
CREATE INDEX changes_row ON changes (tbl, row_id);
CREATE INDEX words_operation ON words (operation_id);
CREATE INDEX glossary_operation ON glossary (operation_id);

-- Start every sequence above the highest id the table or its history has seen.
INSERT INTO sqlite_sequence (name, seq)
    SELECT t.name, 0 FROM (SELECT 'operations' AS name UNION ALL SELECT 'documents' UNION ALL SELECT 'segments'
                           UNION ALL SELECT 'translations' UNION ALL SELECT 'annotations' UNION ALL SELECT 'changes'
                           UNION ALL SELECT 'words' UNION ALL SELECT 'glossary') t
    WHERE t.name NOT IN (SELECT name FROM sqlite_sequence);
UPDATE sqlite_sequence SET seq = MAX(seq, COALESCE((SELECT MAX(row_id) FROM changes WHERE tbl = sqlite_sequence.name), 0));
