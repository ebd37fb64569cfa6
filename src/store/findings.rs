//! Accepted check findings (`check --accept`/`--revoke`): inserted by operations, deleted with
//! their rows recorded so that undo puts them back.

use super::base::Base;
use super::{OpCtx, Tx};
use crate::error::Result;
use crate::model::{AcceptedFinding, Document, FindingScope, Side};
use rusqlite::params;

/// A finding to accept: on segment `segment_id` (for a document-wide acceptance, the segment it
/// was accepted on), with the segment's texts as the check read them.
pub struct NewAcceptance<'a> {
    pub segment_id: i64,
    pub scope: FindingScope,
    pub check: &'a str,
    pub side: Side,
    pub exact: &'a str,
    pub source: &'a str,
    pub target: Option<&'a str>,
    pub reason: &'a str,
}

impl Tx<'_> {
    pub fn insert_acceptance(&self, a: &NewAcceptance<'_>, op: OpCtx<'_>) -> Result<i64> {
        self.tx
            .prepare_cached(
                "INSERT INTO accepted_findings (segment_id, scope, check_name, side, exact, source, target, reason, author, created_at, operation_id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            )
            .and_then(|mut st| {
                st.execute(params![
                    a.segment_id,
                    a.scope.as_str(),
                    a.check,
                    a.side.as_str(),
                    a.exact,
                    a.source,
                    a.target,
                    a.reason,
                    op.author,
                    op.at,
                    op.id
                ])
            })
            .map_err(|e| self.err(e))?;
        Ok(self.tx.last_insert_rowid())
    }

    /// Revokes an acceptance: its row is deleted and recorded, so undo brings it back.
    pub fn delete_acceptance(&self, id: i64, op: OpCtx<'_>) -> Result<()> {
        self.delete_row_recorded("accepted_findings", id, op)
    }
}

/// Queries about accepted findings.
pub trait FindingsRead: Base {
    /// Every finding accepted in `doc` (on its current segments or on segments an update took
    /// out), oldest first.
    fn accepted_findings(&self, doc: &Document) -> Result<Vec<AcceptedFinding>> {
        let mut stmt = self
            .conn()
            .prepare_cached(
                "SELECT a.id, a.segment_id, s.position, a.scope, a.check_name, a.side, a.exact, a.source,
                        a.target, a.reason, a.author, a.created_at
                 FROM accepted_findings a JOIN segments s ON s.id = a.segment_id
                 WHERE s.document_id = ?1 ORDER BY a.id",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([doc.id], |r| {
                Ok((
                    (
                        r.get::<_, i64>(0)?,
                        r.get::<_, i64>(1)?,
                        r.get::<_, Option<i64>>(2)?,
                        r.get::<_, String>(3)?,
                    ),
                    (
                        r.get::<_, String>(4)?,
                        r.get::<_, String>(5)?,
                        r.get::<_, String>(6)?,
                        r.get::<_, String>(7)?,
                    ),
                    (
                        r.get::<_, Option<String>>(8)?,
                        r.get::<_, String>(9)?,
                        r.get::<_, String>(10)?,
                        r.get::<_, String>(11)?,
                    ),
                ))
            })
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(|e| self.err(e))?;
        rows.into_iter()
            .map(
                |(
                    (id, segment_id, position, scope),
                    (check, side, exact, source),
                    (target, reason, author, created_at),
                )| {
                    Ok(AcceptedFinding {
                        id,
                        segment_id,
                        segment: position.map(|n| format!("{}:{n}", doc.name)),
                        scope: scope.parse()?,
                        check,
                        side: side.parse()?,
                        exact,
                        source,
                        target,
                        reason,
                        author,
                        created_at,
                    })
                },
            )
            .collect()
    }
}

impl<T: Base + ?Sized> FindingsRead for T {}
