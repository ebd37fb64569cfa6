-- tolk schema: the translation-memory index as tolk's own posting lists (issue 13, slice 5).
--
-- The FTS5 index of migrations 6 and 8 gives way to posting lists tolk writes itself: for
-- every word (the 64-bit FNV-1a hash of its lower-case form, as `crate::tm` cuts tokens),
-- the stored sentences holding it, with each one's length in tokens (format:
-- `src/tm/postings.rs`), in chunks of at most 4,096 entries, delta-encoded. A bulk load (a TM import, a
-- document import) builds its lists in memory and writes them once, instead of an FTS5 write
-- per row; lookups count and intersect the lists in Rust.
--
-- `tm_delta` keeps the index current inside the transaction of every write, undo and redo
-- included: triggers (plain SQL, so any SQLite client may write to the database) record each
-- memory key whose postings may be out of date, with the text it was indexed under (`old`,
-- NULL when it was not indexed). A lookup ignores the postings of those keys and scores
-- each of them that is memory directly; at the end of each operation tolk brings their
-- postings up to date and empties the table (`store::tm::catch_up`), and does so for every
-- translated segment and TM unit right after this migration. Keys: a segment's id, or
-- 2^40 + a TM unit's id. Both tables are derived data, never recorded for undo.
--
-- `tms.indexed = 0` now means: the units of this TM are being imported, and the importer
-- writes their postings itself before the transaction ends (no trigger records them).

DROP TRIGGER tm_translation_added;
DROP TRIGGER tm_translation_removed;
DROP TRIGGER tm_segment_text;
DROP TRIGGER tm_segment_removed;
DROP TRIGGER tm_unit_added;
DROP TRIGGER tm_loaded;
DROP TRIGGER tm_unit_removed;
DROP TRIGGER tm_unit_source;
DROP TABLE tm_vocab;
DROP TABLE tm_index;
DROP TABLE tm_index_df;
DROP TABLE tm_pending;

CREATE TABLE tm_postings (
    id    INTEGER PRIMARY KEY,
    term  INTEGER NOT NULL,   -- the word's hash
    first INTEGER NOT NULL,   -- the chunk's first compact key
    n     INTEGER NOT NULL,   -- its entries
    data  BLOB    NOT NULL    -- encoded (see `crate::tm::postings::encode`)
);
CREATE UNIQUE INDEX tm_postings_term ON tm_postings (term, first);

CREATE TABLE tm_delta (key INTEGER PRIMARY KEY, old TEXT);

-- A segment becomes memory with its first translation.
CREATE TRIGGER tm_translation_added AFTER INSERT ON translations
WHEN NOT EXISTS (SELECT 1 FROM translations WHERE segment_id = NEW.segment_id AND id != NEW.id)
BEGIN
    INSERT OR IGNORE INTO tm_delta (key, old) VALUES (NEW.segment_id, NULL);
END;

-- … and stops being memory with its last translation gone (the segment row may be gone
-- already: its own trigger then records the text).
CREATE TRIGGER tm_translation_removed AFTER DELETE ON translations
WHEN NOT EXISTS (SELECT 1 FROM translations WHERE segment_id = OLD.segment_id)
BEGIN
    INSERT OR IGNORE INTO tm_delta (key, old)
        VALUES (OLD.segment_id, (SELECT text FROM segments WHERE id = OLD.segment_id));
    UPDATE tm_delta SET old = (SELECT text FROM segments WHERE id = OLD.segment_id)
        WHERE key = OLD.segment_id AND old IS NULL;
END;

-- `old` only fills in: the first record of a key since the index was brought up to date
-- names the text it is indexed under. A text recorded for a key that was not indexed only
-- makes catching up look for postings that are not there.
CREATE TRIGGER tm_segment_text AFTER UPDATE OF text ON segments
WHEN OLD.text IS NOT NEW.text AND EXISTS (SELECT 1 FROM translations WHERE segment_id = NEW.id)
BEGIN
    INSERT OR IGNORE INTO tm_delta (key, old) VALUES (NEW.id, OLD.text);
    UPDATE tm_delta SET old = OLD.text WHERE key = NEW.id AND old IS NULL;
END;

CREATE TRIGGER tm_segment_removed AFTER DELETE ON segments
BEGIN
    INSERT OR IGNORE INTO tm_delta (key, old) VALUES (OLD.id, OLD.text);
    UPDATE tm_delta SET old = OLD.text WHERE key = OLD.id AND old IS NULL;
END;

CREATE TRIGGER tm_unit_added AFTER INSERT ON tm_units
WHEN (SELECT indexed FROM tms WHERE id = NEW.tm_id) = 1
BEGIN
    INSERT OR IGNORE INTO tm_delta (key, old) VALUES ((1 << 40) + NEW.id, NULL);
END;

CREATE TRIGGER tm_unit_removed AFTER DELETE ON tm_units
BEGIN
    INSERT OR IGNORE INTO tm_delta (key, old) VALUES ((1 << 40) + OLD.id, OLD.source);
    UPDATE tm_delta SET old = OLD.source WHERE key = (1 << 40) + OLD.id AND old IS NULL;
END;

CREATE TRIGGER tm_unit_source AFTER UPDATE OF source ON tm_units
BEGIN
    INSERT OR IGNORE INTO tm_delta (key, old) VALUES ((1 << 40) + OLD.id, OLD.source);
    UPDATE tm_delta SET old = OLD.source WHERE key = (1 << 40) + OLD.id AND old IS NULL;
END;

-- Everything that is memory now, indexed by tolk right after the migration.
INSERT INTO tm_delta (key, old)
    SELECT s.id, NULL FROM segments s
    WHERE EXISTS (SELECT 1 FROM translations t WHERE t.segment_id = s.id);
INSERT INTO tm_delta (key, old)
    SELECT (1 << 40) + u.id, NULL FROM tm_units u JOIN tms m ON m.id = u.tm_id
    WHERE m.indexed = 1;
