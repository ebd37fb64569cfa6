-- tolk schema v3: undo and redo. An operation is in effect while undone_by is NULL; an undo or
-- redo operation names the operation it reverts.

ALTER TABLE operations ADD COLUMN undone_by INTEGER REFERENCES operations(id);
ALTER TABLE operations ADD COLUMN reverts INTEGER REFERENCES operations(id);

CREATE INDEX annotations_operation ON annotations (operation_id);
CREATE INDEX documents_operation ON documents (operation_id);
CREATE INDEX changes_row ON changes (tbl, row_id);
