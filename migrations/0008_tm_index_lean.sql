-- tolk schema: the translation-memory index made lean (issue 13, slice 2).
--
-- `tm_index` is rebuilt with `detail = none`: a lookup only asks which rows contain a word
-- (no phrases, no positions, no BM25 ranking), so positions are not stored; posting lists are
-- about half as long, faster to read and to build. `hashsize` lets one bulk statement (a
-- `tm import`, a document import) buffer 64 MB of postings before FTS5 writes a segment,
-- so a big load makes a few large segments instead of dozens that must then be merged.
--
-- `tm_index_df` is a snapshot of the document frequency of every word in the index
-- (`tm_vocab` counts them by walking posting lists, too slow to ask a dozen times per
-- lookup). Lookups use it only to decide which words to ask the index about first; a word
-- missing from it is counted in `tm_vocab`. Refreshed by `tm import`; derived data like
-- `tm_index` (its name puts it with the index's own tables: never recorded for undo).

DROP TABLE tm_vocab;
DROP TABLE tm_index;

CREATE VIRTUAL TABLE tm_index USING fts5 (
    source, content = '', contentless_delete = 1, detail = none,
    tokenize = 'unicode61 remove_diacritics 0'
);
INSERT INTO tm_index (tm_index, rank) VALUES ('hashsize', 67108864);
CREATE VIRTUAL TABLE tm_vocab USING fts5vocab (tm_index, row);

INSERT INTO tm_index (rowid, source)
    SELECT s.id, s.text FROM segments s
    WHERE EXISTS (SELECT 1 FROM translations t WHERE t.segment_id = s.id) ORDER BY s.id;
INSERT INTO tm_index (rowid, source)
    SELECT (1 << 40) + u.id, u.source FROM tm_units u JOIN tms m ON m.id = u.tm_id
    WHERE m.indexed = 1 ORDER BY u.id;

CREATE TABLE tm_index_df (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO tm_index_df (term, df) SELECT term, doc FROM tm_vocab;
