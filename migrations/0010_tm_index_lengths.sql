-- tolk schema: the translation-memory index knows each sentence's length (issue 13, slice 4).
--
-- Every row of `tm_index` gets one more term: U+E000 followed by the sentence's token count
-- (`tm_length(text)`, a function tolk registers on every connection: `crate::tm::token_count`).
-- A lookup that needs `floor` percent asks only for sentences of the lengths that can reach it
-- (`crate::tm::possible_lengths`), inside the index, instead of fetching and scoring sentences
-- three times too long that share a few common words. No text has U+E000 (Unicode private
-- use): the term never meets a word. The triggers of migration 6 are made again with the
-- term; the index and the `tm_index_df` snapshot are rebuilt for the rows already stored.

DROP TRIGGER tm_translation_added;
DROP TRIGGER tm_segment_text;
DROP TRIGGER tm_unit_added;
DROP TRIGGER tm_loaded;
DROP TRIGGER tm_unit_source;

CREATE TRIGGER tm_translation_added AFTER INSERT ON translations
WHEN NOT EXISTS (SELECT 1 FROM translations WHERE segment_id = NEW.segment_id AND id != NEW.id)
 AND NOT EXISTS (SELECT 1 FROM tm_pending p JOIN segments s ON s.document_id = p.document_id
                 WHERE s.id = NEW.segment_id)
BEGIN
    INSERT INTO tm_index (rowid, source)
        SELECT id, text || ' ' || tm_length(text) FROM segments WHERE id = NEW.segment_id;
END;

CREATE TRIGGER tm_segment_text AFTER UPDATE OF text ON segments
WHEN OLD.text IS NOT NEW.text AND EXISTS (SELECT 1 FROM translations WHERE segment_id = NEW.id)
BEGIN
    DELETE FROM tm_index WHERE rowid = NEW.id;
    INSERT INTO tm_index (rowid, source) VALUES (NEW.id, NEW.text || ' ' || tm_length(NEW.text));
END;

CREATE TRIGGER tm_unit_added AFTER INSERT ON tm_units
WHEN (SELECT indexed FROM tms WHERE id = NEW.tm_id) = 1
BEGIN
    INSERT INTO tm_index (rowid, source)
        VALUES ((1 << 40) + NEW.id, NEW.source || ' ' || tm_length(NEW.source));
END;

CREATE TRIGGER tm_loaded AFTER UPDATE OF indexed ON tms
WHEN OLD.indexed = 0 AND NEW.indexed = 1
BEGIN
    INSERT INTO tm_index (rowid, source)
        SELECT (1 << 40) + id, source || ' ' || tm_length(source) FROM tm_units
        WHERE tm_id = NEW.id ORDER BY id;
END;

CREATE TRIGGER tm_unit_source AFTER UPDATE OF source ON tm_units
BEGIN
    DELETE FROM tm_index WHERE rowid = (1 << 40) + OLD.id;
    INSERT INTO tm_index (rowid, source)
        VALUES ((1 << 40) + NEW.id, NEW.source || ' ' || tm_length(NEW.source));
END;

INSERT INTO tm_index (tm_index) VALUES ('delete-all');
INSERT INTO tm_index (rowid, source)
    SELECT s.id, s.text || ' ' || tm_length(s.text) FROM segments s
    WHERE EXISTS (SELECT 1 FROM translations t WHERE t.segment_id = s.id) ORDER BY s.id;
INSERT INTO tm_index (rowid, source)
    SELECT (1 << 40) + u.id, u.source || ' ' || tm_length(u.source) FROM tm_units u
    JOIN tms m ON m.id = u.tm_id WHERE m.indexed = 1 ORDER BY u.id;

DELETE FROM tm_index_df;
INSERT INTO tm_index_df (term, df) SELECT term, doc FROM tm_vocab;
