//! Alignment links (beads): which source segments go with which target sentences, when that
//! is not simply one to one. Storage (see `migrations/0007_links.sql`): a segment no link row
//! covers is a 1-1 link of origin structure; a link with sources is anchored at its first
//! segment, whose translation revisions are the link's target; an added (0-m) link keeps its
//! target text in the row and stands before (or, at the end, after) its segment.

use super::base::Base;
use super::{OpCtx, Tx};
use crate::error::Result;
use crate::model::{Document, Link, LinkOrigin};
use rusqlite::params;

/// A link to store.
#[derive(Debug, Clone, PartialEq)]
pub struct NewLink<'a> {
    pub segment_id: i64,
    pub sources: usize,
    pub targets: usize,
    pub after: bool,
    pub text: Option<&'a str>,
    pub score: Option<f64>,
    pub origin: LinkOrigin,
}

impl Tx<'_> {
    /// Stores a link, written in bulk by the operation (undo finds it by `operation_id`).
    pub fn insert_link(&self, link: &NewLink<'_>, op: OpCtx<'_>) -> Result<i64> {
        self.tx
            .prepare_cached(
                "INSERT INTO links (segment_id, sources, targets, after, text, score, origin, operation_id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )
            .and_then(|mut st| {
                st.execute(params![
                    link.segment_id,
                    link.sources as i64,
                    link.targets as i64,
                    i64::from(link.after),
                    link.text,
                    link.score,
                    link.origin.as_str(),
                    op.id
                ])
            })
            .map_err(|e| self.err(e))?;
        Ok(self.tx.last_insert_rowid())
    }

    /// Deletes a link, recorded so that undo puts it back.
    pub fn delete_link(&self, id: i64, op: OpCtx<'_>) -> Result<()> {
        self.delete_row_recorded("links", id, op)
    }
}

/// A link row of the columns `id, segment_id, position, sources, targets, after, text, score,
/// origin`, with its origin still as stored (parsed by the caller, whose error it then is).
fn link_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<(Link, String)> {
    Ok((
        Link {
            id: r.get(0)?,
            segment_id: r.get(1)?,
            first: r.get::<_, i64>(2)? as usize,
            sources: r.get::<_, i64>(3)? as usize,
            targets: r.get::<_, i64>(4)? as usize,
            after: r.get::<_, i64>(5)? != 0,
            text: r.get(6)?,
            score: r.get(7)?,
            origin: LinkOrigin::Structure,
        },
        r.get::<_, String>(8)?,
    ))
}

/// Queries about links.
pub trait LinksRead: Base {
    /// Every stored link of `doc`, in document order: by the position of its segment, an added
    /// link before the segment it stands before, after the segment when `after`; links whose
    /// segment an update took out of the document (position 0) come last.
    fn links(&self, doc: &Document) -> Result<Vec<Link>> {
        // Finding a document's links looks up every one of its segments; a database without
        // any links (most of them) is told apart at once.
        let any: bool = self
            .conn()
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM links)")
            .and_then(|mut st| st.query_row([], |r| r.get(0)))
            .map_err(|e| self.err(e))?;
        if !any {
            return Ok(Vec::new());
        }
        let mut stmt = self
            .conn()
            .prepare_cached(
                "SELECT l.id, l.segment_id, COALESCE(s.position, 0), l.sources, l.targets, l.after,
                        l.text, l.score, l.origin
                 FROM links l JOIN segments s ON s.id = l.segment_id
                 WHERE s.document_id = ?1
                 ORDER BY s.position IS NULL, s.position,
                          CASE WHEN l.sources = 0 AND l.after = 0 THEN 0 WHEN l.sources > 0 THEN 1 ELSE 2 END,
                          l.id",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([doc.id], link_row)
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(|e| self.err(e))?;
        rows.into_iter()
            .map(|(link, origin)| {
                Ok(Link {
                    origin: origin.parse()?,
                    ..link
                })
            })
            .collect()
    }

    /// The stored link with source segments that starts nearest at or before segment `n` of
    /// `doc` (the first stored when several start there), and the first position after its
    /// start, before its `sources` run out, where another link starts or sentences the
    /// translator added stand — which cuts the link short there (see `ops::links::layout`).
    /// Two queries along the segments' (document, position) index: what `translate` and
    /// `show DOC:N` need, whatever the document's length.
    fn link_near(&self, doc: &Document, n: usize) -> Result<Option<(Link, Option<usize>)>> {
        let row = self
            .conn()
            .prepare_cached(
                "SELECT l.id, l.segment_id, s.position, l.sources, l.targets, l.after,
                        l.text, l.score, l.origin
                 FROM segments s JOIN links l ON l.segment_id = s.id
                 WHERE s.document_id = ?1 AND s.position <= ?2 AND s.position IS NOT NULL
                   AND l.sources > 0
                 ORDER BY s.position DESC, l.id
                 LIMIT 1",
            )
            .and_then(|mut st| {
                let mut rows = st.query_map(params![doc.id, n as i64], link_row)?;
                rows.next().transpose()
            })
            .map_err(|e| self.err(e))?;
        let Some((link, origin)) = row else {
            return Ok(None);
        };
        let link = Link {
            origin: origin.parse()?,
            ..link
        };
        let cut: Option<i64> = self
            .conn()
            .prepare_cached(
                "SELECT MIN(s.position) FROM segments s JOIN links l ON l.segment_id = s.id
                 WHERE s.document_id = ?1 AND s.position > ?2 AND s.position < ?3
                   AND (l.sources > 0 OR l.after = 0)",
            )
            .and_then(|mut st| {
                st.query_row(
                    params![
                        doc.id,
                        link.first as i64,
                        (link.first + link.sources) as i64
                    ],
                    |r| r.get(0),
                )
            })
            .map_err(|e| self.err(e))?;
        Ok(Some((link, cut.map(|c| c as usize))))
    }

    /// Whether `doc` has any stored link (a document without is all 1-1).
    fn has_links(&self, doc: &Document) -> Result<bool> {
        self.conn()
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM links l JOIN segments s ON s.id = l.segment_id WHERE s.document_id = ?1)",
                [doc.id],
                |r| r.get(0),
            )
            .map_err(|e| self.err(e))
    }
}

impl<T: Base + ?Sized> LinksRead for T {}
