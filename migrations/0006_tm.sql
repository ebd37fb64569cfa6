-- tolk schema v6: translation memory. Reference TMs (`tolk tm import`) with their units, the
-- origin of a translation revision ('tm' when `pretranslate` filled it from the memory), and
-- one full-text index over the source side of every translated segment and every TM unit.
--
-- The index (`tm_index`, FTS5, contentless) is derived data: rowid N < 2^40 is segment N
-- (indexed once it has a translation), rowid 2^40 + N is TM unit N (rowids grow as rows are
-- added, which FTS5 needs to buffer its writes). Triggers keep it current inside the
-- transaction of every write, undo and redo included (they write rows directly), so it never
-- needs a separate refresh; this migration builds it for the rows already stored.

ALTER TABLE translations ADD COLUMN origin TEXT;   -- NULL: typed or imported; 'tm': from the memory

CREATE TABLE tms (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    name         TEXT    NOT NULL UNIQUE,
    source_lang  TEXT    NOT NULL,
    target_lang  TEXT    NOT NULL,
    origin       TEXT,                           -- the file it was imported from
    created_at   TEXT    NOT NULL,
    operation_id INTEGER NOT NULL REFERENCES operations(id),
    -- 0 while `tm import` streams its units in (they are indexed together once it is done,
    -- which is several times faster than one index write per row); 1 ever after.
    indexed      INTEGER NOT NULL DEFAULT 1 CHECK (indexed IN (0, 1))
);

CREATE TABLE tm_units (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    tm_id        INTEGER NOT NULL REFERENCES tms(id) ON DELETE CASCADE,
    source       TEXT    NOT NULL,
    target       TEXT    NOT NULL,
    author       TEXT,                           -- as the file says, if it does
    created_at   TEXT,
    operation_id INTEGER NOT NULL REFERENCES operations(id)
);

CREATE INDEX tms_operation ON tms (operation_id);
CREATE INDEX tm_units_tm ON tm_units (tm_id);
CREATE INDEX tm_units_operation ON tm_units (operation_id);

CREATE VIRTUAL TABLE tm_index USING fts5 (
    source, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0'
);
-- Document frequencies, to query with the rarest words of a sentence first.
CREATE VIRTUAL TABLE tm_vocab USING fts5vocab (tm_index, row);

-- Documents being created in the current transaction: their translated segments are indexed
-- in one statement when the operation finishes (`Tx::finish_operation`), not row by row, since
-- FTS5 flushes its buffer at every statement a trigger writes it in (3× slower imports).
-- Always empty outside a writing transaction.
CREATE TABLE tm_pending (document_id INTEGER PRIMARY KEY);

CREATE TRIGGER tm_translation_added AFTER INSERT ON translations
WHEN NOT EXISTS (SELECT 1 FROM translations WHERE segment_id = NEW.segment_id AND id != NEW.id)
 AND NOT EXISTS (SELECT 1 FROM tm_pending p JOIN segments s ON s.document_id = p.document_id
                 WHERE s.id = NEW.segment_id)
BEGIN
    INSERT INTO tm_index (rowid, source) SELECT id, text FROM segments WHERE id = NEW.segment_id;
END;

CREATE TRIGGER tm_translation_removed AFTER DELETE ON translations
WHEN NOT EXISTS (SELECT 1 FROM translations WHERE segment_id = OLD.segment_id)
BEGIN
    DELETE FROM tm_index WHERE rowid = OLD.segment_id;
END;

CREATE TRIGGER tm_segment_text AFTER UPDATE OF text ON segments
WHEN OLD.text IS NOT NEW.text AND EXISTS (SELECT 1 FROM translations WHERE segment_id = NEW.id)
BEGIN
    DELETE FROM tm_index WHERE rowid = NEW.id;
    INSERT INTO tm_index (rowid, source) VALUES (NEW.id, NEW.text);
END;

CREATE TRIGGER tm_segment_removed AFTER DELETE ON segments
BEGIN
    DELETE FROM tm_index WHERE rowid = OLD.id;
END;

CREATE TRIGGER tm_unit_added AFTER INSERT ON tm_units
WHEN (SELECT indexed FROM tms WHERE id = NEW.tm_id) = 1
BEGIN
    INSERT INTO tm_index (rowid, source) VALUES ((1 << 40) + NEW.id, NEW.source);
END;

-- A streamed import is indexed in one statement when it is done.
CREATE TRIGGER tm_loaded AFTER UPDATE OF indexed ON tms
WHEN OLD.indexed = 0 AND NEW.indexed = 1
BEGIN
    INSERT INTO tm_index (rowid, source)
        SELECT (1 << 40) + id, source FROM tm_units WHERE tm_id = NEW.id ORDER BY id;
END;

CREATE TRIGGER tm_unit_removed AFTER DELETE ON tm_units
BEGIN
    DELETE FROM tm_index WHERE rowid = (1 << 40) + OLD.id;
END;

CREATE TRIGGER tm_unit_source AFTER UPDATE OF source ON tm_units
BEGIN
    DELETE FROM tm_index WHERE rowid = (1 << 40) + OLD.id;
    INSERT INTO tm_index (rowid, source) VALUES ((1 << 40) + NEW.id, NEW.source);
END;

INSERT INTO tm_index (rowid, source)
    SELECT s.id, s.text FROM segments s WHERE EXISTS (SELECT 1 FROM translations t WHERE t.segment_id = s.id);
