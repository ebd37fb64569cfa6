//! Operations: `Store::operation` (one transaction, one operation row), the queries behind
//! `log`, and reverting an operation for `undo` and `redo` when nothing in effect depends on it.

use super::base::Base;
use super::tables::{self, Relation, UNDOABLE};
use super::{AnnFilter, AnnotationsRead, Store, Tx, history};
use crate::error::{Conflict, Error, Result};
use crate::model::{Document, OpChanges, Operation, RevisionChange, RowChange};
use rusqlite::{OptionalExtension, params};

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

/// Who and when, for every row a command writes.
#[derive(Debug, Clone, Copy)]
pub struct OpCtx<'a> {
    pub id: i64,
    pub at: &'a str,
    pub author: &'a str,
}

/// Which operations `log` lists.
#[derive(Debug, Clone, Copy)]
pub enum OpScope {
    All,
    Document(i64),
    Segment(i64),
}

impl Tx<'_> {
    pub(super) fn commit(self) -> Result<()> {
        let path = self.path.to_path_buf();
        self.tx.commit().map_err(|e| Error::db(path, e))
    }

    /// Records the operation this transaction performs; rows written afterwards point to it.
    /// The summary is filled in by [`Tx::finish_operation`] once the command knows what it did.
    pub(super) fn begin_operation(&self, at: &str, author: &str, command: &str) -> Result<i64> {
        self.tx
            .execute(
                "INSERT INTO operations (at, author, command, summary) VALUES (?1, ?2, ?3, '')",
                params![at, author, command],
            )
            .map_err(|e| self.err(e))?;
        Ok(self.tx.last_insert_rowid())
    }

    pub(super) fn finish_operation(
        &self,
        op: i64,
        summary: &str,
        document_id: Option<i64>,
    ) -> Result<()> {
        self.tx
            .execute(
                "UPDATE operations SET summary = ?2, document_id = ?3 WHERE id = ?1",
                params![op, summary, document_id],
            )
            .map_err(|e| self.err(e))?;
        // The memory's index catches up with what this operation wrote (see migration 11).
        super::tm::catch_up(&self.tx).map_err(|e| self.err(e))?;
        Ok(())
    }
}

/// Queries about operations and what they changed, for `log`, `undo` and `diff --since`.
pub trait OperationsRead: Base {
    /// Operations newest first, limited to a document or a segment when asked.
    fn operations(&self, scope: OpScope, limit: usize) -> Result<Vec<Operation>> {
        let (filter, arg) = match scope {
            OpScope::All => ("1 = 1 OR ?1 IS NULL".to_string(), None),
            OpScope::Document(d) => ("document_id = ?1".to_string(), Some(d)),
            OpScope::Segment(s) => (segment_filter(), Some(s)),
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
                    id.to_string(),
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
        self.operation_changes_in(op, OpScope::All)
    }

    /// What an operation changed within `scope`: for a segment, only what it did to that
    /// segment (`log DOC:N --patch`); for a document or everything, all of it.
    fn operation_changes_in(&self, op: i64, scope: OpScope) -> Result<OpChanges> {
        let only = match scope {
            OpScope::Segment(s) => Some(s),
            OpScope::All | OpScope::Document(_) => None,
        };
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
                let change = RevisionChange {
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
                };
                Ok((r.get::<_, i64>(0)?, change))
            })
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(|e| self.err(e))?
            .into_iter()
            .filter(|(segment, _)| only.is_none_or(|s| s == *segment))
            .map(|(_, change)| change)
            .collect();
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
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<RowChange>>>())
            .map_err(|e| self.err(e))?
            .into_iter()
            .filter(|c| only.is_none_or(|s| tables::touches_segment(c, s)))
            .collect();
        let annotations = self.annotations(&AnnFilter {
            operation_id: Some(op),
            segment_id: only,
            ..Default::default()
        })?;
        Ok(OpChanges {
            revisions,
            annotations,
            rows,
        })
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
}

impl<T: Base + ?Sized> OperationsRead for T {}

/// The operations that touched one segment (`?1`), for `log DOC:N`: those that wrote rows on
/// it, changed its row, or created its document.
fn segment_filter() -> String {
    let mut parts = Vec::new();
    for u in UNDOABLE {
        let t = u.name();
        match u.relation {
            r if r.on_segment() => {
                if u.bulk {
                    parts.push(format!("SELECT operation_id FROM {t} WHERE segment_id = ?1"));
                }
                parts.push(format!(
                    "SELECT operation_id FROM changes WHERE tbl = '{t}'
                     AND (json_extract(before, '$.segment_id') = ?1 OR json_extract(after, '$.segment_id') = ?1)"
                ));
            }
            Relation::Segment => parts.push(format!(
                "SELECT operation_id FROM changes WHERE tbl = '{t}' AND row_id = ?1"
            )),
            Relation::Document => parts.push(format!(
                "SELECT d.operation_id FROM {t} d JOIN segments s ON s.document_id = d.id WHERE s.id = ?1"
            )),
            _ => {}
        }
    }
    format!("id IN ({})", parts.join(" UNION "))
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
        if let Some(by) = target.undone_by {
            return Err(Error::conflict(
                Conflict::History,
                format!(
                    "#{} ({}) is already undone (by #{by})",
                    target.id, target.command
                ),
            ));
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
                    return Err(Error::conflict(
                        Conflict::History,
                        format!(
                            "cannot redo #{x}: it builds on #{} ({} {}), which is undone; redo that first",
                            e.id,
                            e.command,
                            crate::text::one_line(&e.summary)
                        ),
                    ));
                }
            }
        }
        if !blockers.is_empty() {
            let one = blockers.len() == 1;
            let (s, verb_s, that) = if one {
                ("", "s", "that")
            } else {
                ("s", "", "those")
            };
            let blockers = blockers.join(", ");
            // Reverting an undo is a redo: name the operation it would bring back.
            let message = match target.reverts.filter(|_| target.command == "undo") {
                Some(x) => format!(
                    "cannot redo #{x}: later operation{s} depend{verb_s} on its undo (#{}): {blockers}; undo {that} first",
                    target.id
                ),
                None => format!(
                    "cannot undo #{} ({} {}): later operation{s} depend{verb_s} on it: {blockers}; undo {that} first",
                    target.id,
                    target.command,
                    crate::text::one_line(&target.summary)
                ),
            };
            return Err(Error::conflict(Conflict::History, message));
        }
        if let Some((tbl, id, by)) =
            history::changed_since(&self.tx, target.id).map_err(|e| self.err(e))?
        {
            let verb = if target.reverts.is_some() {
                "redo"
            } else {
                "undo"
            };
            let by = by.map(|b| format!(" (by #{b})")).unwrap_or_default();
            return Err(Error::conflict(
                Conflict::History,
                format!(
                    "cannot {verb} #{} ({} {}): {tbl} row {id} has changed since{by}, and putting it back would overwrite that; nothing was changed",
                    target.id,
                    target.command,
                    crate::text::one_line(&target.summary)
                ),
            ));
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
