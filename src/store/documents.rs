//! Documents: creating one with its segments, deleting one (recorded, so undo can bring it
//! back), and finding documents by name with their sizes and progress.

use super::base::Base;
use super::{NewRevision, OpCtx, Tx, history};
use crate::error::{Error, Result};
use crate::model::{DocExtra, Document, NewSegment, Progress, State, extra_json};
use rusqlite::{OptionalExtension, params};

pub struct NewDocument<'a> {
    pub name: &'a str,
    pub source_lang: &'a str,
    pub target_lang: &'a str,
    pub title: Option<&'a str>,
    pub origin: Option<&'a str>,
    /// What the file carries about the document beyond tolk's own fields.
    pub extra: Option<&'a DocExtra>,
}

impl Tx<'_> {
    /// Deletes a document with everything in it, keeping every row in `changes` so that the
    /// operation can be undone.
    pub fn delete_document(&self, id: i64, op: OpCtx<'_>) -> Result<()> {
        history::delete_document_recorded(&self.tx, id, op.id).map_err(|e| self.err(e))
    }

    /// Inserts a document with its segments and any initial translations (state `translated`).
    pub fn insert_document(
        &self,
        doc: &NewDocument<'_>,
        segments: &[NewSegment],
        op: OpCtx<'_>,
    ) -> Result<i64> {
        let doc_id = self.insert_document_header(doc, op)?;
        for (i, seg) in segments.iter().enumerate() {
            let translation = seg.translation.as_deref().map(|text| NewRevision {
                text,
                state: State::Translated,
                comment: None,
            });
            self.append_segment(
                doc_id,
                i + 1,
                seg.paragraph,
                &seg.text,
                translation.as_ref(),
                None,
                None,
                Default::default(),
                op,
            )?;
        }
        Ok(doc_id)
    }

    /// Sets what the file carries about a document beyond tolk's fields. `recorded`: in
    /// `changes`, for a document an earlier operation made (a document this operation made
    /// goes away with it on undo, extra and all).
    pub fn set_document_extra(
        &self,
        id: i64,
        extra: Option<&DocExtra>,
        recorded: bool,
        op: OpCtx<'_>,
    ) -> Result<()> {
        let before = if recorded {
            super::rows::get(&self.tx, "documents", id).map_err(|e| self.err(e))?
        } else {
            None
        };
        self.tx
            .execute(
                "UPDATE documents SET extra = ?2 WHERE id = ?1",
                params![id, extra_json(extra)],
            )
            .map_err(|e| self.err(e))?;
        if recorded {
            let after = super::rows::get(&self.tx, "documents", id).map_err(|e| self.err(e))?;
            self.record_change(op, "documents", id, before, after)?;
        }
        Ok(())
    }

    /// The document row alone; its segments follow with [`Tx::append_segment`].
    pub fn insert_document_header(&self, doc: &NewDocument<'_>, op: OpCtx<'_>) -> Result<i64> {
        self.tx
            .execute(
                "INSERT INTO documents (name, source_lang, target_lang, title, origin, created_at, operation_id, extra)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![doc.name, doc.source_lang, doc.target_lang, doc.title, doc.origin, op.at, op.id, extra_json(doc.extra)],
            )
            .map_err(|e| self.err(e))?;
        let id = self.tx.last_insert_rowid();
        Ok(id)
    }
}

/// Queries about documents.
pub trait DocumentsRead: Base {
    /// The document by name, without its progress counts (see [`Read::with_progress`]).
    /// Positions run 1..N without gaps and paragraphs never decrease along them, so the last
    /// segment gives both sizes with one index lookup, however long the document.
    fn find_document(&self, name: &str) -> Result<Option<Document>> {
        self.conn()
            .query_row(
                "SELECT id, name, source_lang, target_lang, title, origin, created_at,
                        (SELECT COALESCE(MAX(position), 0) FROM segments WHERE document_id = d.id),
                        (SELECT paragraph FROM segments WHERE document_id = d.id AND position IS NOT NULL ORDER BY position DESC LIMIT 1),
                        d.extra
                 FROM documents d WHERE name = ?1",
                [name],
                document_row,
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    /// The document, or an error that names it and lists what exists.
    fn document(&self, name: &str) -> Result<Document> {
        if let Some(doc) = self.find_document(name)? {
            return Ok(doc);
        }
        let names: Vec<String> = self.documents()?.into_iter().map(|d| d.name).collect();
        let known = if names.is_empty() {
            "the database has no documents yet; add one with `tolk import FILE`".to_string()
        } else {
            format!("known: {}", names.join(", "))
        };
        Err(Error::not_found(
            "document",
            name,
            format!("unknown document '{}' ({known})", crate::text::clean(name)),
        ))
    }

    fn documents(&self) -> Result<Vec<Document>> {
        let mut stmt = self
            .conn()
            .prepare(
                "SELECT id, name, source_lang, target_lang, title, origin, created_at,
                        (SELECT COALESCE(MAX(position), 0) FROM segments WHERE document_id = d.id),
                        (SELECT paragraph FROM segments WHERE document_id = d.id AND position IS NOT NULL ORDER BY position DESC LIMIT 1),
                        d.extra
                 FROM documents d ORDER BY name",
            )
            .map_err(|e| self.err(e))?;
        let docs = stmt
            .query_map([], document_row)
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(|e| self.err(e))?;
        docs.into_iter().map(|d| self.with_progress(d)).collect()
    }

    /// The document with its per-state counts filled in (a pass over all its segments, so
    /// only where the counts are shown).
    fn with_progress(&self, mut doc: Document) -> Result<Document> {
        // Segments inside an n-1 (or n-m) link carry no translation of their own: they count
        // with their link's. Only documents that have such links need the slower pass.
        let joined: bool = self
            .conn()
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM links l JOIN segments a ON a.id = l.segment_id
                                WHERE a.document_id = ?1 AND l.sources > 1)",
                [doc.id],
                |r| r.get(0),
            )
            .map_err(|e| self.err(e))?;
        doc.progress = if joined {
            self.progress_with_links(doc.id)?
        } else {
            self.progress_by_segment(doc.id)?
        };
        Ok(doc)
    }

    /// Per-state counts, one segment one count.
    fn progress_by_segment(&self, document_id: i64) -> Result<Progress> {
        let mut stmt = self
            .conn()
            .prepare_cached(
                "SELECT COALESCE(t.state, 'untranslated'), COUNT(*)
                 FROM segments s
                 LEFT JOIN translations t ON t.segment_id = s.id
                      AND t.revision = (SELECT MAX(revision) FROM translations WHERE segment_id = s.id)
                 WHERE s.document_id = ?1 AND s.position IS NOT NULL GROUP BY 1",
            )
            .map_err(|e| self.err(e))?;
        let mut rows = stmt.query([document_id]).map_err(|e| self.err(e))?;
        let mut progress = Progress::default();
        while let Some(row) = rows.next().map_err(|e| self.err(e))? {
            let state: String = row.get(0).map_err(|e| self.err(e))?;
            let count: i64 = row.get(1).map_err(|e| self.err(e))?;
            let state = state.parse::<State>()?;
            for _ in 0..count {
                progress.add(state);
            }
        }
        Ok(progress)
    }

    /// Per-state counts where the later segments of a link count in their link's state: one
    /// pass in document order (a link's first segment comes before the ones it covers).
    fn progress_with_links(&self, document_id: i64) -> Result<Progress> {
        let mut stmt = self
            .conn()
            .prepare_cached(
                "SELECT s.position, COALESCE(t.state, 'untranslated'),
                        (SELECT MAX(l.sources) FROM links l WHERE l.segment_id = s.id)
                 FROM segments s
                 LEFT JOIN translations t ON t.segment_id = s.id
                      AND t.revision = (SELECT MAX(revision) FROM translations WHERE segment_id = s.id)
                 WHERE s.document_id = ?1 AND s.position IS NOT NULL ORDER BY s.position",
            )
            .map_err(|e| self.err(e))?;
        let mut rows = stmt.query([document_id]).map_err(|e| self.err(e))?;
        let mut progress = Progress::default();
        // The link being walked through: its last position and its state.
        let mut link: Option<(i64, State)> = None;
        while let Some(row) = rows.next().map_err(|e| self.err(e))? {
            let position: i64 = row.get(0).map_err(|e| self.err(e))?;
            let state: String = row.get(1).map_err(|e| self.err(e))?;
            let sources: Option<i64> = row.get(2).map_err(|e| self.err(e))?;
            let own = state.parse::<State>()?;
            let state = match link {
                Some((last, state)) if position <= last => state,
                _ => {
                    link = sources.filter(|n| *n > 1).map(|n| (position + n - 1, own));
                    own
                }
            };
            progress.add(state);
        }
        Ok(progress)
    }
}

impl<T: Base + ?Sized> DocumentsRead for T {}

fn document_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Document> {
    Ok(Document {
        id: r.get(0)?,
        name: r.get(1)?,
        source_lang: r.get(2)?,
        target_lang: r.get(3)?,
        title: r.get(4)?,
        origin: r.get(5)?,
        created_at: r.get(6)?,
        segments: r.get::<_, i64>(7)? as usize,
        paragraphs: r.get::<_, Option<i64>>(8)?.unwrap_or(0) as usize,
        progress: Progress::default(),
        // A stored value tolk cannot read is left out rather than making the document
        // unreadable: it only serves to write the file back.
        extra: r
            .get::<_, Option<String>>(9)?
            .and_then(|j| serde_json::from_str(&j).ok()),
    })
}
