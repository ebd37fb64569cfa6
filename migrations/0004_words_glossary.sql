-- tolk schema v4: the project's word list (never spelling errors) and glossary (source term →
-- required target term), both used by `tolk check`.

CREATE TABLE words (
    id           INTEGER PRIMARY KEY,
    word         TEXT    NOT NULL UNIQUE,
    author       TEXT    NOT NULL,
    created_at   TEXT    NOT NULL,
    operation_id INTEGER NOT NULL REFERENCES operations(id)
);

CREATE TABLE glossary (
    id           INTEGER PRIMARY KEY,
    source       TEXT    NOT NULL,
    target       TEXT    NOT NULL,
    note         TEXT,
    author       TEXT    NOT NULL,
    created_at   TEXT    NOT NULL,
    operation_id INTEGER NOT NULL REFERENCES operations(id),
    UNIQUE (source, target)
);

CREATE INDEX words_operation ON words (operation_id);
CREATE INDEX glossary_operation ON glossary (operation_id);
