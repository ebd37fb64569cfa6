//! Translations: a segment's revisions, append-only (a state change is a new revision with the
//! same text), and the queries over that history (`blame`, `diff --since`).

use super::base::Base;
use super::{OpCtx, SegmentsRead, Tx};
use crate::error::Result;
use crate::model::{Document, State, TransExtra, Translation, extra_from_json, extra_json};
use rusqlite::params;

pub struct NewRevision<'a> {
    pub text: &'a str,
    pub state: State,
    pub comment: Option<&'a str>,
}

impl Tx<'_> {
    /// Appends a revision to a segment's translation history and returns its number.
    pub fn add_revision(
        &self,
        segment_id: i64,
        rev: &NewRevision<'_>,
        op: OpCtx<'_>,
    ) -> Result<i64> {
        self.insert_revision(segment_id, rev, None, None, Carry::Forward, op)
    }

    /// A revision brought back from a file (`import --update`): by `author` when the file
    /// says who made it (else the operation's author), with the file's `extra` (plural
    /// forms) replacing what the previous revision had — `Some(None)`: the file has none —
    /// or, with `None` (a format that cannot carry them), the previous revision's kept.
    pub fn add_revision_from_file(
        &self,
        segment_id: i64,
        rev: &NewRevision<'_>,
        author: Option<&str>,
        extra: Option<Option<&TransExtra>>,
        op: OpCtx<'_>,
    ) -> Result<i64> {
        let carry = extra.map_or(Carry::Forward, Carry::Set);
        self.insert_revision(segment_id, rev, None, author, carry, op)
    }

    /// [`Tx::add_revision`] for a revision that came from somewhere other than a person typing
    /// or importing it (`origin`, e.g. `tm` for the translation memory).
    pub fn add_revision_from(
        &self,
        segment_id: i64,
        rev: &NewRevision<'_>,
        origin: &str,
        op: OpCtx<'_>,
    ) -> Result<i64> {
        self.insert_revision(segment_id, rev, Some(origin), None, Carry::Forward, op)
    }

    /// Appends a revision. Its extra (plural forms beyond the first) is the previous
    /// revision's unless given: a state change or an edit of the first form keeps the others.
    fn insert_revision(
        &self,
        segment_id: i64,
        rev: &NewRevision<'_>,
        origin: Option<&str>,
        author: Option<&str>,
        extra: Carry<'_>,
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
                "INSERT INTO translations (segment_id, revision, text, state, comment, author, created_at, operation_id, origin, extra)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,
                         CASE WHEN ?10 THEN ?11 ELSE
                           (SELECT extra FROM translations WHERE segment_id = ?1 AND revision = ?2 - 1) END)",
            )
            .and_then(|mut s| {
                s.execute(params![
                    segment_id,
                    next,
                    rev.text,
                    rev.state.as_str(),
                    rev.comment,
                    author.unwrap_or(op.author),
                    op.at,
                    op.id,
                    origin,
                    matches!(extra, Carry::Set(_)),
                    match extra {
                        Carry::Set(e) => extra_json(e),
                        Carry::Forward => None,
                    }
                ])
            })
            .map_err(|e| self.err(e))?;
        Ok(next)
    }
}

/// Where a new revision's extra comes from.
#[derive(Clone, Copy)]
enum Carry<'a> {
    /// The previous revision's.
    Forward,
    Set(Option<&'a TransExtra>),
}

/// Queries about translation revisions.
pub trait TranslationsRead: Base {
    fn revisions(&self, segment_id: i64) -> Result<Vec<Translation>> {
        let mut stmt = self
            .conn()
            .prepare_cached(
                "SELECT revision, text, state, comment, author, created_at, extra
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
                    r.get::<_, Option<String>>(6)?,
                ))
            })
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(|e| self.err(e))?;
        rows.into_iter()
            .map(
                |(revision, text, state, comment, author, created_at, extra)| {
                    Ok(Translation {
                        extra: extra_from_json(extra.as_deref(), "translation")?,
                        revision,
                        text,
                        state: state.parse()?,
                        comment,
                        author,
                        created_at,
                    })
                },
            )
            .collect()
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

impl<T: Base + ?Sized> TranslationsRead for T {}
