//! The only module that speaks SQL: opening and migrating the database, every query and every
//! write. Callers get model types back; a writing command runs inside one [`Tx`] that records
//! its operation, so it lands completely or not at all.

mod history;
mod migrations;
mod rows;

use crate::anchor::{Quote, Span};
use crate::error::{Error, Result};
use crate::model::{
    AnnStatus, Annotation, Body, Document, Kind, NewSegment, Operation, Progress, SegmentView,
    Side, State, Translation,
};
use rusqlite::{Connection, OpenFlags, OptionalExtension, params};
use std::path::{Path, PathBuf};
use std::time::Duration;

pub use migrations::LATEST_VERSION;

/// How a command uses the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Must exist; never created.
    Read,
    /// Created (and migrated) when missing.
    Write,
    /// Must exist, is written to (adding to documents that are already there).
    Update,
}

pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    pub fn open(path: &Path, mode: Mode) -> Result<Store> {
        let fail = |message: String| Error::DbFile {
            path: path.to_path_buf(),
            message,
        };
        let sql = |e: rusqlite::Error| Error::db(path, e);
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => {
                return Err(fail("is a directory, not a database file".into()));
            }
            Ok(meta) if mode != Mode::Read && meta.permissions().readonly() => {
                return Err(fail("is read-only; nothing was changed".into()));
            }
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                if mode != Mode::Write {
                    return Err(fail(
                        "does not exist; create it with `tolk import FILE` (or `tolk init`), or point --db/TOLK_DB at an existing one".into(),
                    ));
                }
            }
            Err(e) => return Err(fail(e.to_string())),
        }
        let flags = match mode {
            Mode::Read | Mode::Update => OpenFlags::SQLITE_OPEN_READ_WRITE,
            Mode::Write => OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE,
        } | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn = Connection::open_with_flags(path, flags).map_err(sql)?;
        conn.busy_timeout(Duration::from_secs(30)).map_err(sql)?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(sql)?;
        let journal: String = conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .map_err(sql)?;
        if !journal.eq_ignore_ascii_case("wal") {
            conn.pragma_update(None, "journal_mode", "WAL")
                .map_err(sql)?;
        }
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(sql)?;
        migrations::migrate(&mut conn).map_err(fail)?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Starts the single transaction of a writing command. It takes the write lock at once
    /// (IMMEDIATE) so concurrent writers queue on the busy timeout instead of failing midway.
    pub fn transaction(&mut self) -> Result<Tx<'_>> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(|e| Error::db(&self.path, e))?;
        Ok(Tx {
            tx,
            path: &self.path,
        })
    }
}

/// Who writes, and when: recorded with the operation and with every row it writes.
#[derive(Debug, Clone)]
pub struct Actor {
    pub author: String,
    /// RFC 3339, UTC.
    pub at: String,
}

/// What the body of an [`Store::operation`] did.
pub enum Outcome<T> {
    /// It wrote something: the operation is recorded with this summary (for `log`) and the
    /// document it concerns, and committed.
    Changed {
        value: T,
        summary: String,
        document: Option<i64>,
    },
    /// There was nothing to do: everything is rolled back and no operation is recorded.
    Unchanged(T),
}

impl<T> Outcome<T> {
    pub fn changed(value: T, summary: impl Into<String>, document: Option<i64>) -> Self {
        Outcome::Changed {
            value,
            summary: summary.into(),
            document,
        }
    }
}

impl Store {
    /// Runs `body` as one operation in one IMMEDIATE transaction: every read it makes sees the
    /// database as it will be written, and either everything it writes lands, with its
    /// operation row, or nothing does. Returns the body's value and the operation id (None
    /// when the body found nothing to change).
    pub fn operation<T>(
        &mut self,
        actor: &Actor,
        command: &str,
        body: impl FnOnce(&Tx<'_>, OpCtx<'_>) -> Result<Outcome<T>>,
    ) -> Result<(T, Option<i64>)> {
        let tx = self.transaction()?;
        let id = tx.begin_operation(&actor.at, &actor.author, command)?;
        let op = OpCtx {
            id,
            at: &actor.at,
            author: &actor.author,
        };
        match body(&tx, op)? {
            Outcome::Changed {
                value,
                summary,
                document,
            } => {
                tx.finish_operation(id, &summary, document)?;
                tx.commit()?;
                Ok((value, Some(id)))
            }
            Outcome::Unchanged(value) => Ok((value, None)),
        }
    }
}

/// Import this to call the store's queries on a [`Store`] or a [`Tx`].
pub mod prelude {
    pub use super::Read;
}

/// How many operations a database file holds (0 when it cannot be read as one).
pub fn committed_operations(path: &Path) -> i64 {
    Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .and_then(|c| c.query_row("SELECT COUNT(*) FROM operations", [], |r| r.get(0)))
        .unwrap_or(0)
}

/// Deletes a database file with its WAL and shared-memory files.
pub fn remove_database(path: &Path) -> Result<()> {
    for suffix in ["", "-wal", "-shm"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        match std::fs::remove_file(&p) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::io(PathBuf::from(p), e)),
        }
    }
    Ok(())
}

/// One writing command's transaction. Dropped without [`Tx::commit`], it rolls back.
pub struct Tx<'a> {
    tx: rusqlite::Transaction<'a>,
    path: &'a Path,
}

impl Tx<'_> {
    pub fn commit(self) -> Result<()> {
        let path = self.path.to_path_buf();
        self.tx.commit().map_err(|e| Error::db(path, e))
    }

    /// Records the operation this transaction performs; rows written afterwards point to it.
    /// The summary is filled in by [`Tx::finish_operation`] once the command knows what it did.
    pub fn begin_operation(&self, at: &str, author: &str, command: &str) -> Result<i64> {
        self.tx
            .execute(
                "INSERT INTO operations (at, author, command, summary) VALUES (?1, ?2, ?3, '')",
                params![at, author, command],
            )
            .map_err(|e| self.err(e))?;
        Ok(self.tx.last_insert_rowid())
    }

    pub fn finish_operation(&self, op: i64, summary: &str, document_id: Option<i64>) -> Result<()> {
        self.tx
            .execute(
                "UPDATE operations SET summary = ?2, document_id = ?3 WHERE id = ?1",
                params![op, summary, document_id],
            )
            .map_err(|e| self.err(e))?;
        Ok(())
    }

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
                op,
            )?;
        }
        Ok(doc_id)
    }

    /// The document row alone; its segments follow with [`Tx::append_segment`].
    pub fn insert_document_header(&self, doc: &NewDocument<'_>, op: OpCtx<'_>) -> Result<i64> {
        self.tx
            .execute(
                "INSERT INTO documents (name, source_lang, target_lang, title, origin, created_at, operation_id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![doc.name, doc.source_lang, doc.target_lang, doc.title, doc.origin, op.at, op.id],
            )
            .map_err(|e| self.err(e))?;
        Ok(self.tx.last_insert_rowid())
    }

    /// Adds segment `position` to a new document, with its first translation revision when
    /// there is one (by `author`, else the operation's author). Returns the segment id.
    #[allow(clippy::too_many_arguments)]
    pub fn append_segment(
        &self,
        doc_id: i64,
        position: usize,
        paragraph: usize,
        text: &str,
        translation: Option<&NewRevision<'_>>,
        author: Option<&str>,
        revision: Option<i64>,
        op: OpCtx<'_>,
    ) -> Result<i64> {
        self.tx
            .prepare_cached("INSERT INTO segments (document_id, position, paragraph, text) VALUES (?1, ?2, ?3, ?4)")
            .and_then(|mut st| st.execute(params![doc_id, position as i64, paragraph as i64, text]))
            .map_err(|e| self.err(e))?;
        let seg_id = self.tx.last_insert_rowid();
        if let Some(t) = translation {
            self.tx
                .prepare_cached(
                    "INSERT INTO translations (segment_id, revision, text, state, comment, author, created_at, operation_id)
                     VALUES (?1, ?8, ?2, ?3, ?4, ?5, ?6, ?7)",
                )
                .and_then(|mut st| {
                    st.execute(params![
                        seg_id,
                        t.text,
                        t.state.as_str(),
                        t.comment,
                        author.unwrap_or(op.author),
                        op.at,
                        op.id,
                        revision.unwrap_or(1).max(1)
                    ])
                })
                .map_err(|e| self.err(e))?;
        }
        Ok(seg_id)
    }

    /// Appends a revision to a segment's translation history and returns its number.
    pub fn add_revision(
        &self,
        segment_id: i64,
        rev: &NewRevision<'_>,
        op: OpCtx<'_>,
    ) -> Result<i64> {
        let next: i64 = self
            .tx
            .query_row(
                "SELECT COALESCE(MAX(revision), 0) + 1 FROM translations WHERE segment_id = ?1",
                [segment_id],
                |r| r.get(0),
            )
            .map_err(|e| self.err(e))?;
        self.tx
            .prepare_cached(
                "INSERT INTO translations (segment_id, revision, text, state, comment, author, created_at, operation_id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )
            .and_then(|mut s| {
                s.execute(params![
                    segment_id,
                    next,
                    rev.text,
                    rev.state.as_str(),
                    rev.comment,
                    op.author,
                    op.at,
                    op.id
                ])
            })
            .map_err(|e| self.err(e))?;
        Ok(next)
    }
}

impl Tx<'_> {
    pub fn insert_annotation(&self, a: &NewAnnotation<'_>, op: OpCtx<'_>) -> Result<i64> {
        let body = serde_json::to_string(a.body).map_err(|e| Error::input(e.to_string()))?;
        self.tx
            .prepare_cached(
                "INSERT INTO annotations (segment_id, side, kind, start, \"end\", exact, prefix, suffix, body, status, author, created_at, operation_id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
            )
            .and_then(|mut st| {
                st.execute(params![
                    a.segment_id,
                    a.side.as_str(),
                    a.body.kind().as_str(),
                    a.span.start as i64,
                    a.span.end as i64,
                    a.quote.exact,
                    a.quote.prefix,
                    a.quote.suffix,
                    body,
                    a.status.as_str(),
                    op.author,
                    op.at,
                    op.id
                ])
            })
            .map_err(|e| self.err(e))?;
        Ok(self.tx.last_insert_rowid())
    }

    /// Rewrites an annotation's place, body or status, recording the row before and after in
    /// `changes` so that the operation can be inspected and undone.
    pub fn update_annotation(
        &self,
        before: &Annotation,
        after: &Annotation,
        op: OpCtx<'_>,
    ) -> Result<()> {
        let body = serde_json::to_string(&after.body).map_err(|e| Error::input(e.to_string()))?;
        let old = rows::get(&self.tx, "annotations", before.id).map_err(|e| self.err(e))?;
        self.tx
            .execute(
                "UPDATE annotations SET segment_id = ?2, start = ?3, \"end\" = ?4, exact = ?5, prefix = ?6, suffix = ?7,
                        body = ?8, status = ?9 WHERE id = ?1",
                params![
                    after.id,
                    after.segment_id,
                    after.start as i64,
                    after.end as i64,
                    after.exact,
                    after.prefix,
                    after.suffix,
                    body,
                    after.status.as_str()
                ],
            )
            .map_err(|e| self.err(e))?;
        let new = rows::get(&self.tx, "annotations", after.id).map_err(|e| self.err(e))?;
        self.record_change(op, "annotations", after.id, old, new)
    }
}

impl Tx<'_> {
    /// Takes every segment of a document out of its position, so that an update can lay them
    /// out again without colliding on (document, position).
    pub fn unplace_segments(&self, document_id: i64) -> Result<()> {
        self.tx
            .execute(
                "UPDATE segments SET position = NULL WHERE document_id = ?1",
                [document_id],
            )
            .map_err(|e| self.err(e))?;
        Ok(())
    }

    /// Sets a segment's place and published text (NULL position: no longer in the document),
    /// recording before and after in `changes`.
    pub fn place_segment(
        &self,
        before: &SegmentRow,
        after: &SegmentRow,
        op: OpCtx<'_>,
    ) -> Result<()> {
        self.tx
            .execute(
                "UPDATE segments SET position = ?2, paragraph = ?3, text = ?4 WHERE id = ?1",
                params![
                    after.id,
                    after.position.map(|p| p as i64),
                    after.paragraph as i64,
                    after.text
                ],
            )
            .map_err(|e| self.err(e))?;
        let mut old = rows::get(&self.tx, "segments", after.id).map_err(|e| self.err(e))?;
        // The row may have been taken out of its position by `unplace_segments` already: the
        // place before the operation is the caller's `before`.
        if let Some(old) = old.as_mut() {
            old["position"] = before
                .position
                .map_or(serde_json::Value::Null, |p| p.into());
            old["paragraph"] = before.paragraph.into();
            old["text"] = before.text.clone().into();
        }
        let new = rows::get(&self.tx, "segments", after.id).map_err(|e| self.err(e))?;
        self.record_change(op, "segments", after.id, old, new)
    }

    pub fn insert_segment(
        &self,
        document_id: i64,
        position: usize,
        paragraph: usize,
        text: &str,
        op: OpCtx<'_>,
    ) -> Result<i64> {
        self.tx
            .execute(
                "INSERT INTO segments (document_id, position, paragraph, text) VALUES (?1, ?2, ?3, ?4)",
                params![document_id, position as i64, paragraph as i64, text],
            )
            .map_err(|e| self.err(e))?;
        let id = self.tx.last_insert_rowid();
        let row = rows::get(&self.tx, "segments", id).map_err(|e| self.err(e))?;
        self.record_change(op, "segments", id, None, row)?;
        Ok(id)
    }

    fn record_change(
        &self,
        op: OpCtx<'_>,
        tbl: &str,
        row_id: i64,
        before: Option<serde_json::Value>,
        after: Option<serde_json::Value>,
    ) -> Result<()> {
        history::record(
            &self.tx,
            op.id,
            tbl,
            row_id,
            before.as_ref(),
            after.as_ref(),
        )
        .map_err(|e| self.err(e))
    }
}

impl Tx<'_> {
    /// Adds words to the project word list; returns those that were not there yet.
    pub fn add_words(&self, words: &[String], op: OpCtx<'_>) -> Result<Vec<String>> {
        let mut added = Vec::new();
        for w in words {
            let n = self
                .tx
                .execute(
                    "INSERT OR IGNORE INTO words (word, author, created_at, operation_id) VALUES (?1, ?2, ?3, ?4)",
                    params![w, op.author, op.at, op.id],
                )
                .map_err(|e| self.err(e))?;
            if n > 0 {
                added.push(w.clone());
            }
        }
        Ok(added)
    }

    /// Removes words (recorded, so undo puts them back); returns those that were there.
    pub fn remove_words(&self, words: &[String], op: OpCtx<'_>) -> Result<Vec<String>> {
        let mut removed = Vec::new();
        for w in words {
            let id: Option<i64> = self
                .tx
                .query_row("SELECT id FROM words WHERE word = ?1", [w], |r| r.get(0))
                .optional()
                .map_err(|e| self.err(e))?;
            if let Some(id) = id {
                self.delete_row_recorded("words", id, op)?;
                removed.push(w.clone());
            }
        }
        Ok(removed)
    }

    /// Adds a glossary entry; false if the same pair is already there.
    pub fn add_glossary(
        &self,
        source: &str,
        target: &str,
        note: Option<&str>,
        op: OpCtx<'_>,
    ) -> Result<bool> {
        let n = self
            .tx
            .execute(
                "INSERT OR IGNORE INTO glossary (source, target, note, author, created_at, operation_id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![source, target, note, op.author, op.at, op.id],
            )
            .map_err(|e| self.err(e))?;
        Ok(n > 0)
    }

    /// Removes every glossary entry for a source term (recorded); returns how many.
    pub fn remove_glossary(&self, source: &str, op: OpCtx<'_>) -> Result<usize> {
        let ids: Vec<i64> = self
            .tx
            .prepare("SELECT id FROM glossary WHERE source = ?1")
            .and_then(|mut st| st.query_map([source], |r| r.get(0))?.collect())
            .map_err(|e| self.err(e))?;
        for id in &ids {
            self.delete_row_recorded("glossary", *id, op)?;
        }
        Ok(ids.len())
    }

    fn delete_row_recorded(&self, tbl: &str, id: i64, op: OpCtx<'_>) -> Result<()> {
        let row = rows::get(&self.tx, tbl, id).map_err(|e| self.err(e))?;
        self.record_change(op, tbl, id, row, None)?;
        rows::delete(&self.tx, tbl, id).map_err(|e| self.err(e))
    }
}

/// A glossary entry.
#[derive(Debug, Clone, serde::Serialize)]
pub struct GlossaryEntry {
    pub source: String,
    pub target: String,
    pub note: Option<String>,
}

/// A segment row as stored: its place in the document (None once removed) and published text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SegmentRow {
    pub id: i64,
    pub position: Option<usize>,
    pub paragraph: usize,
    pub text: String,
}

pub struct NewAnnotation<'a> {
    pub segment_id: i64,
    pub side: Side,
    pub span: Span,
    pub quote: &'a Quote,
    pub body: &'a Body,
    pub status: AnnStatus,
}

/// Which annotations to list.
#[derive(Debug, Default, Clone)]
pub struct AnnFilter {
    pub document_id: Option<i64>,
    pub segment_id: Option<i64>,
    pub kind: Option<Kind>,
    pub status: Option<AnnStatus>,
    pub id: Option<i64>,
    /// Created by this operation.
    pub operation_id: Option<i64>,
}

/// Who and when, for every row a command writes.
#[derive(Debug, Clone, Copy)]
pub struct OpCtx<'a> {
    pub id: i64,
    pub at: &'a str,
    pub author: &'a str,
}

pub struct NewDocument<'a> {
    pub name: &'a str,
    pub source_lang: &'a str,
    pub target_lang: &'a str,
    pub title: Option<&'a str>,
    pub origin: Option<&'a str>,
}

pub struct NewRevision<'a> {
    pub text: &'a str,
    pub state: State,
    pub comment: Option<&'a str>,
}

/// Queries shared by a read-only [`Store`] and a writing [`Tx`].
pub trait Read {
    fn conn(&self) -> &Connection;
    fn db_path(&self) -> &Path;

    fn err(&self, e: rusqlite::Error) -> Error {
        Error::db(self.db_path(), e)
    }

    /// The document by name, without its progress counts (see [`Read::with_progress`]).
    /// Positions run 1..N without gaps and paragraphs never decrease along them, so the last
    /// segment gives both sizes with one index lookup, however long the document.
    fn find_document(&self, name: &str) -> Result<Option<Document>> {
        self.conn()
            .query_row(
                "SELECT id, name, source_lang, target_lang, title, origin, created_at,
                        (SELECT COALESCE(MAX(position), 0) FROM segments WHERE document_id = d.id),
                        (SELECT paragraph FROM segments WHERE document_id = d.id AND position IS NOT NULL ORDER BY position DESC LIMIT 1)
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
        Err(Error::input(format!(
            "unknown document '{}' ({known})",
            crate::text::clean(name)
        )))
    }

    fn documents(&self) -> Result<Vec<Document>> {
        let mut stmt = self
            .conn()
            .prepare(
                "SELECT id, name, source_lang, target_lang, title, origin, created_at,
                        (SELECT COALESCE(MAX(position), 0) FROM segments WHERE document_id = d.id),
                        (SELECT paragraph FROM segments WHERE document_id = d.id AND position IS NOT NULL ORDER BY position DESC LIMIT 1)
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
        let mut rows = stmt.query([doc.id]).map_err(|e| self.err(e))?;
        let mut progress = Progress::default();
        while let Some(row) = rows.next().map_err(|e| self.err(e))? {
            let state: String = row.get(0).map_err(|e| self.err(e))?;
            let count: i64 = row.get(1).map_err(|e| self.err(e))?;
            let state = state.parse::<State>()?;
            for _ in 0..count {
                progress.add(state);
            }
        }
        doc.progress = progress;
        Ok(doc)
    }

    /// Calls `f` for each segment of `doc` with position in `first..=last`, in order, streaming.
    fn for_each_segment(
        &self,
        doc: &Document,
        first: usize,
        last: usize,
        f: &mut dyn FnMut(SegmentView) -> Result<()>,
    ) -> Result<()> {
        let mut stmt = self
            .conn()
            .prepare_cached(
                "SELECT s.id, s.position, s.paragraph, s.text,
                        t.revision, t.text, t.state, t.comment, t.author, t.created_at, f.author, f.created_at
                 FROM segments s
                 LEFT JOIN translations t ON t.segment_id = s.id
                      AND t.revision = (SELECT MAX(revision) FROM translations WHERE segment_id = s.id)
                 LEFT JOIN translations f ON f.segment_id = s.id
                      AND f.revision = (SELECT MIN(revision) FROM translations WHERE segment_id = s.id)
                 WHERE s.document_id = ?1 AND s.position BETWEEN ?2 AND ?3
                 ORDER BY s.position",
            )
            .map_err(|e| self.err(e))?;
        let last = i64::try_from(last).unwrap_or(i64::MAX);
        let mut rows = stmt
            .query(params![doc.id, first as i64, last])
            .map_err(|e| self.err(e))?;
        while let Some(row) = rows.next().map_err(|e| self.err(e))? {
            let view = segment_row(row, &doc.name).map_err(|e| self.err(e))?;
            f(view?)?;
        }
        Ok(())
    }

    fn segments(&self, doc: &Document) -> Result<Vec<SegmentView>> {
        let mut out = Vec::with_capacity(doc.segments);
        self.for_each_segment(doc, 1, usize::MAX, &mut |s| {
            out.push(s);
            Ok(())
        })?;
        Ok(out)
    }

    /// Segment `n` (1-based) of `doc`, or an error naming the valid range.
    fn segment(&self, doc: &Document, n: usize) -> Result<SegmentView> {
        let mut found = None;
        if n >= 1 && n <= doc.segments {
            self.for_each_segment(doc, n, n, &mut |s| {
                found = Some(s);
                Ok(())
            })?;
        }
        found.ok_or_else(|| {
            Error::input(format!(
                "segment {}:{} does not exist ({} has segments 1 to {})",
                doc.name,
                if n == usize::MAX {
                    "<huge>".to_string()
                } else {
                    n.to_string()
                },
                doc.name,
                doc.segments
            ))
        })
    }

    fn revisions(&self, segment_id: i64) -> Result<Vec<Translation>> {
        let mut stmt = self
            .conn()
            .prepare_cached(
                "SELECT revision, text, state, comment, author, created_at
                 FROM translations WHERE segment_id = ?1 ORDER BY revision",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([segment_id], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, String>(5)?,
                ))
            })
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(|e| self.err(e))?;
        rows.into_iter()
            .map(|(revision, text, state, comment, author, created_at)| {
                Ok(Translation {
                    revision,
                    text,
                    state: state.parse()?,
                    comment,
                    author,
                    created_at,
                })
            })
            .collect()
    }

    /// Annotations matching `filter`, in document order (segment position, side, start).
    fn annotations(&self, filter: &AnnFilter) -> Result<Vec<Annotation>> {
        let mut stmt = self
            .conn()
            .prepare_cached(
                "SELECT a.id, a.segment_id, d.name, s.position, a.side, a.start, a.\"end\", a.exact, a.prefix, a.suffix,
                        a.body, a.status, a.author, a.created_at
                 FROM annotations a JOIN segments s ON s.id = a.segment_id JOIN documents d ON d.id = s.document_id
                 WHERE (?1 IS NULL OR d.id = ?1) AND (?2 IS NULL OR a.segment_id = ?2)
                   AND (?3 IS NULL OR a.kind = ?3) AND (?4 IS NULL OR a.status = ?4) AND (?5 IS NULL OR a.id = ?5)
                   AND (?6 IS NULL OR a.operation_id = ?6)
                 ORDER BY d.name, s.position IS NULL, s.position, a.side, a.start, a.id",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map(
                params![
                    filter.document_id,
                    filter.segment_id,
                    filter.kind.map(Kind::as_str),
                    filter.status.map(AnnStatus::as_str),
                    filter.id,
                    filter.operation_id
                ],
                |r| {
                    Ok((
                        (
                            r.get::<_, i64>(0)?,
                            r.get::<_, i64>(1)?,
                            r.get::<_, String>(2)?,
                            r.get::<_, Option<i64>>(3)?,
                        ),
                        (
                            r.get::<_, String>(4)?,
                            r.get::<_, i64>(5)?,
                            r.get::<_, i64>(6)?,
                        ),
                        (
                            r.get::<_, String>(7)?,
                            r.get::<_, String>(8)?,
                            r.get::<_, String>(9)?,
                        ),
                        (
                            r.get::<_, String>(10)?,
                            r.get::<_, String>(11)?,
                            r.get::<_, String>(12)?,
                            r.get::<_, String>(13)?,
                        ),
                    ))
                },
            )
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(|e| self.err(e))?;
        rows.into_iter()
            .map(
                |(
                    (id, segment_id, doc, pos),
                    (side, start, end),
                    (exact, prefix, suffix),
                    (body, status, author, created_at),
                )| {
                    let body: Body = serde_json::from_str(&body).map_err(|e| {
                        Error::input(format!(
                            "annotation {id}: unreadable body in the database: {e}"
                        ))
                    })?;
                    let n = pos.map(|p| p as usize);
                    Ok(Annotation {
                        id,
                        segment_id,
                        segment: n.map(|n| format!("{doc}:{n}")),
                        doc,
                        n,
                        side: side.parse()?,
                        body,
                        start: start as usize,
                        end: end as usize,
                        exact,
                        prefix,
                        suffix,
                        status: status.parse()?,
                        author,
                        created_at,
                    })
                },
            )
            .collect()
    }

    /// All annotations of a document's current segments, by segment id.
    fn annotations_by_segment(
        &self,
        doc: &Document,
    ) -> Result<std::collections::HashMap<i64, Vec<Annotation>>> {
        let mut map: std::collections::HashMap<i64, Vec<Annotation>> =
            std::collections::HashMap::new();
        for a in self.annotations(&AnnFilter {
            document_id: Some(doc.id),
            ..Default::default()
        })? {
            if a.n.is_some() {
                map.entry(a.segment_id).or_default().push(a);
            }
        }
        Ok(map)
    }

    fn annotation(&self, id: i64) -> Result<Annotation> {
        self.annotations(&AnnFilter {
            id: Some(id),
            ..Default::default()
        })?
        .pop()
        .ok_or_else(|| {
            Error::input(format!(
                "unknown annotation id {id} (list them with `tolk annotations`)"
            ))
        })
    }

    /// Operations newest first, limited to a document or a segment when asked.
    fn operations(&self, scope: OpScope, limit: usize) -> Result<Vec<Operation>> {
        let (filter, arg) = match scope {
            OpScope::All => ("1 = 1 OR ?1 IS NULL", None),
            OpScope::Document(d) => ("document_id = ?1", Some(d)),
            OpScope::Segment(s) => (
                "id IN (SELECT operation_id FROM translations WHERE segment_id = ?1
                        UNION SELECT operation_id FROM annotations WHERE segment_id = ?1
                        UNION SELECT operation_id FROM changes WHERE tbl = 'segments' AND row_id = ?1
                        UNION SELECT operation_id FROM changes WHERE tbl IN ('translations', 'annotations')
                              AND (json_extract(before, '$.segment_id') = ?1 OR json_extract(after, '$.segment_id') = ?1)
                        UNION SELECT d.operation_id FROM documents d JOIN segments s ON s.document_id = d.id WHERE s.id = ?1)",
                Some(s),
            ),
        };
        let sql = format!(
            "SELECT id, at, author, command, summary, undone_by, reverts, document_id FROM operations WHERE {filter} ORDER BY id DESC LIMIT ?2"
        );
        let mut stmt = self.conn().prepare(&sql).map_err(|e| self.err(e))?;
        stmt.query_map(
            params![arg, i64::try_from(limit).unwrap_or(i64::MAX)],
            operation_row,
        )
        .and_then(|rows| rows.collect())
        .map_err(|e| self.err(e))
    }

    fn operation_record(&self, id: i64) -> Result<Operation> {
        self.conn()
            .query_row(
                "SELECT id, at, author, command, summary, undone_by, reverts, document_id FROM operations WHERE id = ?1",
                [id],
                operation_row,
            )
            .optional()
            .map_err(|e| self.err(e))?
            .ok_or_else(|| {
                Error::not_found(
                    "operation",
                    format!("#{id}"),
                    format!("unknown operation #{id} (see `tolk log`)"),
                )
            })
    }

    /// The newest operation still in effect that is not itself an undo or redo: what a bare
    /// `tolk undo` reverts. With `undos`, the newest undo still in effect (for `tolk redo`).
    fn latest_operation(&self, undos: bool) -> Result<Option<Operation>> {
        let filter = if undos {
            "command = 'undo'"
        } else {
            "command NOT IN ('undo', 'redo')"
        };
        self.conn()
            .query_row(
                &format!(
                    "SELECT id, at, author, command, summary, undone_by, reverts, document_id FROM operations
                     WHERE undone_by IS NULL AND {filter} ORDER BY id DESC LIMIT 1"
                ),
                [],
                operation_row,
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    /// Revisions and row changes made by an operation, for `log --patch`.
    fn operation_changes(&self, op: i64) -> Result<OpChanges> {
        let conn = self.conn();
        let mut stmt = conn
            .prepare_cached(
                "SELECT t.segment_id, d.name, s.position, t.revision, t.text, t.state, t.comment,
                        (SELECT p.text FROM translations p WHERE p.segment_id = t.segment_id AND p.revision < t.revision
                         ORDER BY p.revision DESC LIMIT 1),
                        (SELECT p.state FROM translations p WHERE p.segment_id = t.segment_id AND p.revision < t.revision
                         ORDER BY p.revision DESC LIMIT 1)
                 FROM translations t JOIN segments s ON s.id = t.segment_id JOIN documents d ON d.id = s.document_id
                 WHERE t.operation_id = ?1 AND d.operation_id != ?1 ORDER BY s.position",
            )
            .map_err(|e| self.err(e))?;
        let revisions = stmt
            .query_map([op], |r| {
                Ok(RevisionChange {
                    segment: match r.get::<_, Option<i64>>(2)? {
                        Some(n) => format!("{}:{n}", r.get::<_, String>(1)?),
                        None => format!("{} (segment removed)", r.get::<_, String>(1)?),
                    },
                    revision: r.get(3)?,
                    text: r.get(4)?,
                    state: r.get(5)?,
                    comment: r.get(6)?,
                    previous_text: r.get(7)?,
                    previous_state: r.get(8)?,
                })
            })
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(|e| self.err(e))?;
        let mut stmt = conn
            .prepare_cached("SELECT tbl, row_id, before, after FROM changes WHERE operation_id = ?1 ORDER BY id")
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([op], |r| {
                let parse = |s: Option<String>| {
                    s.and_then(|s| serde_json::from_str::<serde_json::Value>(&s).ok())
                };
                Ok(RowChange {
                    table: r.get(0)?,
                    row_id: r.get(1)?,
                    before: parse(r.get(2)?),
                    after: parse(r.get(3)?),
                })
            })
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(|e| self.err(e))?;
        let annotations = self.annotations(&AnnFilter {
            operation_id: Some(op),
            ..Default::default()
        })?;
        Ok(OpChanges {
            revisions,
            annotations,
            rows,
        })
    }

    fn words(&self) -> Result<Vec<String>> {
        self.conn()
            .prepare("SELECT word FROM words ORDER BY word")
            .and_then(|mut st| st.query_map([], |r| r.get(0))?.collect())
            .map_err(|e| self.err(e))
    }

    fn glossary(&self) -> Result<Vec<GlossaryEntry>> {
        self.conn()
            .prepare("SELECT source, target, note FROM glossary ORDER BY source, target")
            .and_then(|mut st| {
                st.query_map([], |r| {
                    Ok(GlossaryEntry {
                        source: r.get(0)?,
                        target: r.get(1)?,
                        note: r.get(2)?,
                    })
                })?
                .collect()
            })
            .map_err(|e| self.err(e))
    }

    /// Calls `f` with the published text of every current segment of every document, for
    /// statistics over the whole store (name frequencies for `check`).
    fn for_each_source_text(&self, f: &mut dyn FnMut(&str)) -> Result<()> {
        let mut stmt = self
            .conn()
            .prepare("SELECT text FROM segments WHERE position IS NOT NULL")
            .map_err(|e| self.err(e))?;
        let mut rows = stmt.query([]).map_err(|e| self.err(e))?;
        while let Some(row) = rows.next().map_err(|e| self.err(e))? {
            let text: String = row.get(0).map_err(|e| self.err(e))?;
            f(&text);
        }
        Ok(())
    }

    /// The operation that created a document.
    fn document_operation(&self, doc: &Document) -> Result<i64> {
        self.conn()
            .query_row(
                "SELECT operation_id FROM documents WHERE id = ?1",
                [doc.id],
                |r| r.get(0),
            )
            .map_err(|e| self.err(e))
    }

    /// The last operation at or before `time` (RFC 3339, or a prefix of one), 0 if none.
    fn last_operation_before(&self, time: &str) -> Result<i64> {
        // Timestamps are fixed-width UTC strings, so they compare as text; a prefix such as a
        // date means the whole of that day.
        let bound = format!("{time}\u{10FFFF}");
        self.conn()
            .query_row(
                "SELECT COALESCE(MAX(id), 0) FROM operations WHERE at <= ?1",
                [bound],
                |r| r.get(0),
            )
            .map_err(|e| self.err(e))
    }

    /// The current translation revision of a segment right after operation `op`, if any.
    fn revision_after(&self, segment_id: i64, op: i64) -> Result<Option<i64>> {
        self.conn()
            .query_row(
                "SELECT MAX(revision) FROM translations WHERE segment_id = ?1 AND operation_id <= ?2",
                params![segment_id, op],
                |r| r.get(0),
            )
            .map_err(|e| self.err(e))
    }

    /// The published text of a segment right after operation `op`, when a later operation
    /// changed it (None: unchanged since).
    fn segment_text_after(&self, segment_id: i64, op: i64) -> Result<Option<String>> {
        let before: Option<String> = self
            .conn()
            .query_row(
                "SELECT before FROM changes WHERE tbl = 'segments' AND row_id = ?1 AND operation_id > ?2 ORDER BY id LIMIT 1",
                params![segment_id, op],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.err(e))?
            .flatten();
        Ok(before
            .and_then(|b| serde_json::from_str::<serde_json::Value>(&b).ok())
            .and_then(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string)))
    }

    /// Per segment of `doc`: the revision that last changed the text of its translation.
    fn blame(&self, doc: &Document) -> Result<Vec<(usize, Option<Translation>)>> {
        let mut out = Vec::with_capacity(doc.segments);
        for seg in self.segments(doc)? {
            let revs = self.revisions(seg.id)?;
            let last_text_change = revs
                .iter()
                .enumerate()
                .rev()
                .find(|(i, t)| *i == 0 || revs[i - 1].text != t.text)
                .map(|(_, t)| t.clone());
            out.push((seg.position, last_text_change));
        }
        Ok(out)
    }
}

/// Which operations `log` lists.
#[derive(Debug, Clone, Copy)]
pub enum OpScope {
    All,
    Document(i64),
    Segment(i64),
}

/// What one operation changed, for `log --patch`.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct OpChanges {
    pub revisions: Vec<RevisionChange>,
    pub annotations: Vec<Annotation>,
    pub rows: Vec<RowChange>,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct RevisionChange {
    pub segment: String,
    pub revision: i64,
    pub text: String,
    pub state: String,
    pub comment: Option<String>,
    pub previous_text: Option<String>,
    pub previous_state: Option<String>,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct RowChange {
    pub table: String,
    pub row_id: i64,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
}

fn operation_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Operation> {
    Ok(Operation {
        id: r.get(0)?,
        at: r.get(1)?,
        author: r.get(2)?,
        command: r.get(3)?,
        summary: r.get(4)?,
        undone_by: r.get(5)?,
        reverts: r.get(6)?,
        document_id: r.get(7)?,
    })
}

impl Tx<'_> {
    /// Reverts operation `target` as part of this transaction's operation `op`, refusing when an
    /// operation still in effect depends on it (the error names them).
    pub fn revert(&self, target: &Operation, op: OpCtx<'_>) -> Result<()> {
        // Reverting an undo is a redo, and is refused as one.
        let verb = if target.reverts.is_some() {
            "redo"
        } else {
            "undo"
        };
        let blocked = |message: String| Error::conflict(crate::error::Conflict::History, message);
        if let Some(by) = target.undone_by {
            return Err(blocked(format!(
                "#{} ({}) is already undone (by #{by})",
                target.id, target.command
            )));
        }
        let mut stmt = self
            .tx
            .prepare("SELECT id, at, author, command, summary, undone_by, reverts, document_id FROM operations
                      WHERE id > ?1 AND id != ?2 AND undone_by IS NULL ORDER BY id")
            .map_err(|e| self.err(e))?;
        let later = stmt
            .query_map(params![target.id, op.id], operation_row)
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(|e| self.err(e))?;
        let mine = history::footprint(&self.tx, target.id).map_err(|e| self.err(e))?;
        let mut blockers = Vec::new();
        for l in later {
            // Undos and redos after the target are steps back and forth through history, not
            // work built on it: undoing twice goes back two steps.
            if l.reverts.is_some() {
                continue;
            }
            let theirs = history::footprint(&self.tx, l.id).map_err(|e| self.err(e))?;
            if history::depends(&self.tx, &mine, &theirs).map_err(|e| self.err(e))? {
                blockers.push(format!(
                    "#{} {} {}",
                    l.id,
                    l.command,
                    crate::text::one_line(&l.summary)
                ));
            }
        }
        // Redo brings an operation back; what it was built on must be in effect first.
        if let Some(x) = target.reverts.filter(|_| target.command == "undo") {
            let redone = history::footprint(&self.tx, x).map_err(|e| self.err(e))?;
            let mut stmt = self
                .tx
                .prepare(
                    "SELECT id, at, author, command, summary, undone_by, reverts, document_id FROM operations
                     WHERE id < ?1 AND undone_by IS NOT NULL AND reverts IS NULL ORDER BY id",
                )
                .map_err(|e| self.err(e))?;
            let earlier = stmt
                .query_map([x], operation_row)
                .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
                .map_err(|e| self.err(e))?;
            for e in earlier {
                let base = history::footprint(&self.tx, e.id).map_err(|e| self.err(e))?;
                if history::depends(&self.tx, &base, &redone).map_err(|e| self.err(e))? {
                    return Err(blocked(format!(
                        "cannot redo #{x}: it builds on #{} ({} {}), which is undone; redo that first",
                        e.id,
                        e.command,
                        crate::text::one_line(&e.summary)
                    )));
                }
            }
        }
        if !blockers.is_empty() {
            return Err(blocked(format!(
                "cannot {verb} #{} ({} {}): later operation{} depend{} on it: {}; undo {} first",
                target.id,
                target.command,
                crate::text::one_line(&target.summary),
                if blockers.len() == 1 { "" } else { "s" },
                if blockers.len() == 1 { "s" } else { "" },
                blockers.join(", "),
                if blockers.len() == 1 { "that" } else { "those" }
            )));
        }
        history::revert(&self.tx, target.id, op.id).map_err(|e| self.err(e))?;
        let exec = |sql: &str, a: i64, b: Option<i64>| {
            self.tx
                .execute(sql, params![a, b])
                .map(|_| ())
                .map_err(|e| self.err(e))
        };
        exec(
            "UPDATE operations SET undone_by = ?2 WHERE id = ?1",
            target.id,
            Some(op.id),
        )?;
        exec(
            "UPDATE operations SET reverts = ?2 WHERE id = ?1",
            op.id,
            Some(target.id),
        )?;
        // Undoing an undo puts its target back in effect (and a redo's undo back, in turn).
        if let Some(y) = target.reverts {
            exec(
                "UPDATE operations SET undone_by = ?2 WHERE id = ?1",
                y,
                None,
            )?;
            let z: Option<i64> = self
                .tx
                .query_row("SELECT reverts FROM operations WHERE id = ?1", [y], |r| {
                    r.get(0)
                })
                .map_err(|e| self.err(e))?;
            if let Some(z) = z {
                exec(
                    "UPDATE operations SET undone_by = ?2 WHERE id = ?1",
                    z,
                    Some(y),
                )?;
            }
        }
        Ok(())
    }
}

impl Read for Store {
    fn conn(&self) -> &Connection {
        &self.conn
    }
    fn db_path(&self) -> &Path {
        &self.path
    }
}

impl Read for Tx<'_> {
    fn conn(&self) -> &Connection {
        &self.tx
    }
    fn db_path(&self) -> &Path {
        self.path
    }
}

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
    })
}

fn segment_row(r: &rusqlite::Row<'_>, doc: &str) -> rusqlite::Result<Result<SegmentView>> {
    let revision: Option<i64> = r.get(4)?;
    let current = match revision {
        None => None,
        Some(revision) => {
            let state: String = r.get(6)?;
            let state = match state.parse::<State>() {
                Ok(s) => s,
                Err(e) => return Ok(Err(e)),
            };
            Some(Translation {
                revision,
                text: r.get(5)?,
                state,
                comment: r.get(7)?,
                author: r.get(8)?,
                created_at: r.get(9)?,
            })
        }
    };
    Ok(Ok(SegmentView {
        id: r.get(0)?,
        doc: doc.to_string(),
        position: r.get::<_, i64>(1)? as usize,
        paragraph: r.get::<_, i64>(2)? as usize,
        source: r.get(3)?,
        current,
        first: match (
            r.get::<_, Option<String>>(10)?,
            r.get::<_, Option<String>>(11)?,
        ) {
            (Some(author), Some(at)) => Some((author, at)),
            _ => None,
        },
    }))
}
