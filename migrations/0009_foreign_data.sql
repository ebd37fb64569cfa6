-- tolk schema: what a bilingual file carries beyond source, target and state (issue 14).
--
-- Each is NULL (nothing beyond tolk's own fields) or a JSON object whose shape is a typed
-- struct in src/model.rs, generic across formats:
--   documents.extra    `DocExtra`   — the file's header (PO header entry: its comments, flags
--                                     and fields in order, Plural-Forms included), and entries
--                                     tolk holds no segment for, verbatim and in order (PO
--                                     obsolete `#~` entries).
--   segments.extra     `SegExtra`   — per entry: its key in the file (PO msgctxt), flags other
--                                     than fuzzy, comments by people, extracted comments,
--                                     references, previous strings (`#|`), msgid_plural.
--   translations.extra `TransExtra` — per revision: the plural forms beyond the first
--                                     (msgstr[1..]; msgstr[0] is the revision's text), so the
--                                     history keeps every form.
-- All three columns are in the undoable declaration (src/store/tables.rs).

ALTER TABLE documents ADD COLUMN extra TEXT CHECK (extra IS NULL OR json_valid(extra));
ALTER TABLE segments ADD COLUMN extra TEXT CHECK (extra IS NULL OR json_valid(extra));
ALTER TABLE translations ADD COLUMN extra TEXT CHECK (extra IS NULL OR json_valid(extra));
