-- tolk schema v7: alignment links (beads). A link joins n consecutive source segments with
-- the m target sentences that translate them: 1-1, 1-0 (left out, e.g. a photo credit), 0-1 (a
-- sentence the translator added), 2-1, 1-2, 2-2 …
--
-- Storage:
-- * A segment that no link row covers is a 1-1 link of origin `structure` whose target is the
--   segment's own translation. Every database from before v7 is therefore all 1-1 without a
--   single row here, and so is every document imported by structure (a bilingual file, a
--   translation with the same paragraphs and sentences that the aligner agrees with).
-- * A link with n >= 1 is anchored at its FIRST segment (`segment_id`) and covers the `sources`
--   segments at consecutive positions from there. Its target text is the current translation
--   revision of that first segment (m sentences joined by a space; none when m = 0): revisions,
--   states, history and undo work as for any segment. The other segments of the link carry no
--   translation of their own while the link stands.
-- * A link with n = 0 (0-m, added by the translator) keeps its target text in `text`; it stands
--   just before segment `segment_id`, or just after it when `after` = 1 (the end of a document).
--   It is never dropped: it is shown and exported in that place.
-- * `score` (0–1, NULL when not scored) and `origin` (structure, aligner, person) say where the
--   link comes from. Rows are written in bulk by the operation that aligned (operation_id), and
--   deleted recorded in `changes` when a document is aligned again, so undo puts them back.

CREATE TABLE links (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    segment_id   INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    sources      INTEGER NOT NULL CHECK (sources >= 0),
    targets      INTEGER NOT NULL CHECK (targets >= 0 AND sources + targets >= 1),
    after        INTEGER NOT NULL DEFAULT 0 CHECK (after IN (0, 1) AND (after = 0 OR sources = 0)),
    text         TEXT    CHECK ((sources = 0) = (text IS NOT NULL)),
    score        REAL,
    origin       TEXT    NOT NULL CHECK (origin IN ('structure', 'aligner', 'person')),
    operation_id INTEGER NOT NULL REFERENCES operations(id)
);

CREATE INDEX links_segment ON links (segment_id);
CREATE INDEX links_operation ON links (operation_id);
