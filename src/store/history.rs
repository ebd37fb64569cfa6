//! The history behind `log` and `undo`: every operation's footprint, the row changes it made
//! (whole rows before and after, in `changes`), and reverting an operation when nothing still
//! in effect depends on it. An undo is itself an operation with recorded changes, so undoing
//! an undo (redo) is the same mechanism.

use super::base::Base;
use super::tables::{self, Relation, UNDOABLE, Undoable};
use super::{OpCtx, Tx, rows};
use crate::error::Result;
use rusqlite::{Connection, params};
use serde_json::Value;
use std::collections::{BTreeMap, HashSet};

pub(super) fn record(
    conn: &Connection,
    op: i64,
    tbl: &str,
    row_id: i64,
    before: Option<&Value>,
    after: Option<&Value>,
) -> rusqlite::Result<()> {
    let json = |v: Option<&Value>| v.map(Value::to_string);
    conn.prepare_cached("INSERT INTO changes (operation_id, tbl, row_id, before, after) VALUES (?1, ?2, ?3, ?4, ?5)")?
        .execute(params![op, tbl, row_id, json(before), json(after)])?;
    Ok(())
}

fn ids(conn: &Connection, sql: &str, arg: i64) -> rusqlite::Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map([arg], |r| r.get(0))?;
    rows.collect()
}

/// Deletes a row, recording it whole so that it can be put back.
fn delete_recorded(conn: &Connection, op: i64, tbl: &str, id: i64) -> rusqlite::Result<()> {
    if let Some(row) = rows::get(conn, tbl, id)? {
        record(conn, op, tbl, id, Some(&row), None)?;
        rows::delete(conn, tbl, id)?;
    }
    Ok(())
}

/// Deletes a document, children first (in reverse declaration order: annotations, translations,
/// segments, the document), each row recorded; restoring the changes in reverse order then
/// rebuilds parents before children.
pub(super) fn delete_document_recorded(
    conn: &Connection,
    doc: i64,
    op: i64,
) -> rusqlite::Result<()> {
    for u in UNDOABLE.iter().rev() {
        let t = u.name();
        let sql = match u.relation {
            r if r.on_segment() => format!(
                "SELECT x.id FROM {t} x JOIN segments s ON s.id = x.segment_id WHERE s.document_id = ?1 ORDER BY x.id"
            ),
            Relation::Segment => format!("SELECT id FROM {t} WHERE document_id = ?1 ORDER BY id"),
            Relation::Document => format!("SELECT id FROM {t} WHERE id = ?1"),
            _ => continue,
        };
        for id in ids(conn, &sql, doc)? {
            delete_recorded(conn, op, t, id)?;
        }
    }
    Ok(())
}

/// What an operation touched, at the grain that decides whether a later one depends on it.
#[derive(Debug, Default)]
pub(super) struct Footprint {
    /// Documents it created, deleted or changed as a whole.
    docs: HashSet<i64>,
    /// Segments whose row it changed (text, place) or created.
    segments: HashSet<i64>,
    /// Segments whose translation history it extended or changed.
    translated: HashSet<i64>,
    /// Rows with an identity of their own on a segment (annotations, accepted findings), by
    /// table and id.
    annotations: HashSet<(&'static str, i64)>,
    /// Segments it annotated.
    annotated: HashSet<i64>,
    /// Entries of project-wide lists it added or removed, as `table:key` (a word, a glossary
    /// source term): a later operation on the same entry depends on it.
    project: HashSet<String>,
}

/// The column that names an entry of a project-wide list.
fn project_key(table: crate::model::Table) -> Option<&'static str> {
    use crate::model::Table;
    match table {
        Table::Words => Some("word"),
        Table::Glossary => Some("source"),
        // A reference TM is one entry (its units go with it): by name, since a name removed
        // can be loaded again by a later operation.
        Table::Tms => Some("name"),
        _ => None,
    }
}

impl Footprint {
    fn all_segments(&self) -> impl Iterator<Item = &i64> {
        self.segments
            .iter()
            .chain(&self.translated)
            .chain(&self.annotated)
    }
}

impl Footprint {
    /// Adds a row of `u` (on `segment`, for rows that live on one).
    fn add(&mut self, u: &Undoable, id: i64, segment: Option<i64>) {
        match u.relation {
            Relation::Document => {
                self.docs.insert(id);
            }
            Relation::Segment => {
                self.segments.insert(id);
            }
            Relation::History => self.translated.extend(segment),
            Relation::Span => {
                self.annotations.insert((u.name(), id));
                self.annotated.extend(segment);
            }
            Relation::Project => {}
        }
    }
}

pub(super) fn footprint(conn: &Connection, op: i64) -> rusqlite::Result<Footprint> {
    let mut f = Footprint::default();
    let mut stmt = conn
        .prepare_cached("SELECT tbl, row_id, before, after FROM changes WHERE operation_id = ?1")?;
    let changes = stmt
        .query_map([op], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, Option<String>>(3)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    for (tbl, id, before, after) in changes {
        let Some(u) = tables::by_name(&tbl) else {
            continue;
        };
        for row in [before, after] {
            let row = row.and_then(|s| serde_json::from_str::<Value>(&s).ok());
            f.add(u, id, tables::segment_id(row.as_ref()));
            if let Some(key) = project_key(u.table)
                .and_then(|k| row.as_ref()?.get(k)?.as_str().map(str::to_string))
            {
                f.project.insert(format!("{}:{key}", u.name()));
            }
        }
    }
    // Rows created in bulk are found through their operation_id; those inside a document the
    // operation created are covered by `docs` and need not be listed one by one.
    for u in UNDOABLE.iter().filter(|u| u.bulk) {
        let t = u.name();
        let sql = match u.relation {
            Relation::Document => format!("SELECT id, NULL FROM {t} WHERE operation_id = ?1"),
            r if r.on_segment() => format!(
                "SELECT x.id, x.segment_id FROM {t} x JOIN segments s ON s.id = x.segment_id
                 WHERE x.operation_id = ?1 AND s.document_id NOT IN (SELECT id FROM documents WHERE operation_id = ?1)"
            ),
            Relation::Project => {
                let Some(key) = project_key(u.table) else {
                    continue;
                };
                let sql = format!("SELECT \"{key}\" FROM {t} WHERE operation_id = ?1");
                let mut stmt = conn.prepare_cached(&sql)?;
                for k in stmt.query_map([op], |r| r.get::<_, String>(0))? {
                    f.project.insert(format!("{t}:{}", k?));
                }
                // Rows it created that a later operation has deleted since (or changed): they
                // are gone from the table, but that later operation's recorded change still
                // says which operation made them.
                let sql = "SELECT before FROM changes WHERE tbl = ?1 AND operation_id > ?2
                           AND json_extract(before, '$.operation_id') = ?2";
                let mut stmt = conn.prepare_cached(sql)?;
                for row in stmt.query_map(rusqlite::params![t, op], |r| r.get::<_, String>(0))? {
                    if let Some(k) = serde_json::from_str::<Value>(&row?)
                        .ok()
                        .and_then(|v| v.get(key)?.as_str().map(str::to_string))
                    {
                        f.project.insert(format!("{t}:{k}"));
                    }
                }
                continue;
            }
            _ => continue,
        };
        let mut stmt = conn.prepare_cached(&sql)?;
        for row in stmt.query_map([op], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, Option<i64>>(1)?))
        })? {
            let (id, segment) = row?;
            f.add(u, id, segment);
        }
    }
    Ok(f)
}

fn document_of(conn: &Connection, segment: i64) -> rusqlite::Result<Option<i64>> {
    use rusqlite::OptionalExtension;
    conn.query_row(
        "SELECT document_id FROM segments WHERE id = ?1",
        [segment],
        |r| r.get(0),
    )
    .optional()
}

/// Whether `later` builds on `earlier`: they touch the same rows, or `later` works inside a
/// document or on a segment that `earlier` created or reshaped.
pub(super) fn depends(
    conn: &Connection,
    earlier: &Footprint,
    later: &Footprint,
) -> rusqlite::Result<bool> {
    if !earlier.docs.is_disjoint(&later.docs)
        || !earlier.annotations.is_disjoint(&later.annotations)
    {
        return Ok(true);
    }
    if !earlier.translated.is_disjoint(&later.translated)
        || !earlier.project.is_disjoint(&later.project)
    {
        return Ok(true);
    }
    if later.all_segments().any(|s| earlier.segments.contains(s))
        || earlier.all_segments().any(|s| later.segments.contains(s))
    {
        return Ok(true);
    }
    if !earlier.docs.is_empty() {
        for s in later.all_segments() {
            if document_of(conn, *s)?.is_some_and(|d| earlier.docs.contains(&d)) {
                return Ok(true);
            }
        }
    }
    Ok(false)
}

/// Which side of a recorded change to read.
enum Recorded {
    Before,
    After,
}

/// The row changes operation `op` recorded, in the order it made them: table, row id, and the
/// row before or after (JSON).
fn row_changes(
    conn: &Connection,
    op: i64,
    side: Recorded,
) -> rusqlite::Result<Vec<(String, i64, Option<String>)>> {
    let sql = match side {
        Recorded::Before => {
            "SELECT tbl, row_id, before FROM changes WHERE operation_id = ?1 ORDER BY id"
        }
        Recorded::After => {
            "SELECT tbl, row_id, after FROM changes WHERE operation_id = ?1 ORDER BY id"
        }
    };
    let mut stmt = conn.prepare_cached(sql)?;
    stmt.query_map([op], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect()
}

/// The first row that operation `target` changed and that no longer holds what `target` left
/// in it, with the operation that changed it since: putting the old row back would silently
/// overwrite that work, so undo and redo refuse instead.
pub(super) fn changed_since(
    conn: &Connection,
    target: i64,
) -> rusqlite::Result<Option<(String, i64, Option<i64>)>> {
    let changes = row_changes(conn, target, Recorded::After)?;
    let mut left: BTreeMap<(String, i64), Option<Value>> = BTreeMap::new();
    for (tbl, id, after) in changes {
        left.insert(
            (tbl, id),
            after.as_deref().and_then(|a| serde_json::from_str(a).ok()),
        );
    }
    for ((tbl, id), after) in left {
        if tables::by_name(&tbl).is_none() || rows::get(conn, &tbl, id)? == after {
            continue;
        }
        use rusqlite::OptionalExtension;
        let by: Option<i64> = conn
            .query_row(
                "SELECT operation_id FROM changes WHERE tbl = ?1 AND row_id = ?2 AND operation_id > ?3
                 ORDER BY id DESC LIMIT 1",
                rusqlite::params![tbl, id, target],
                |r| r.get(0),
            )
            .optional()?;
        return Ok(Some((tbl, id, by)));
    }
    Ok(None)
}

/// Reverts everything operation `target` did, as part of operation `op`: rows it created are
/// deleted, rows it changed or deleted are put back, each recorded as a change of `op`.
pub(super) fn revert(conn: &Connection, target: i64, op: i64) -> rusqlite::Result<()> {
    // Rows created in bulk go first: documents with their contents, then the other tables
    // children before parents, so that restoring rows below never meets a name or id in use.
    for u in UNDOABLE
        .iter()
        .filter(|u| u.bulk && u.relation == Relation::Document)
    {
        let sql = format!(
            "SELECT id FROM {} WHERE operation_id = ?1 ORDER BY id",
            u.name()
        );
        for doc in ids(conn, &sql, target)? {
            delete_document_recorded(conn, doc, op)?;
        }
    }
    for u in UNDOABLE
        .iter()
        .rev()
        .filter(|u| u.bulk && u.relation != Relation::Document)
    {
        let sql = format!(
            "SELECT id FROM {} WHERE operation_id = ?1 ORDER BY id DESC",
            u.name()
        );
        for id in ids(conn, &sql, target)? {
            delete_recorded(conn, op, u.name(), id)?;
        }
    }

    let mut changes = row_changes(conn, target, Recorded::Before)?;
    changes.reverse();
    // The earliest `before` of each row is the state to return to.
    let mut wanted: BTreeMap<(String, i64), Option<Value>> = BTreeMap::new();
    let mut order: Vec<(String, i64)> = Vec::new();
    for (tbl, id, before) in &changes {
        let key = (tbl.clone(), *id);
        if !wanted.contains_key(&key) {
            order.push(key.clone());
        }
        wanted.insert(
            key,
            before.as_deref().and_then(|b| serde_json::from_str(b).ok()),
        );
    }
    let snapshot: Vec<Option<Value>> = order
        .iter()
        .map(|(tbl, id)| rows::get(conn, tbl, *id))
        .collect::<rusqlite::Result<_>>()?;
    // Positions are unique per document: free them all before putting rows back in place.
    for (tbl, id) in &order {
        if tables::by_name(tbl).is_some_and(|u| u.relation == Relation::Segment) {
            conn.execute("UPDATE segments SET position = NULL WHERE id = ?1", [id])?;
        }
    }
    // Latest change first: rows deleted children-first (see `delete_document_recorded`) come
    // back parents-first, and rows created parents-first go children-first.
    for ((tbl, id), now) in order.iter().zip(&snapshot) {
        let want = &wanted[&(tbl.clone(), *id)];
        match (now, want) {
            (Some(_), Some(row)) => rows::update(conn, tbl, *id, row)?,
            (Some(_), None) => rows::delete(conn, tbl, *id)?,
            (None, Some(row)) => rows::insert(conn, tbl, row)?,
            (None, None) => {}
        }
    }
    for ((tbl, id), now) in order.iter().zip(&snapshot) {
        let after = rows::get(conn, tbl, *id)?;
        if *now != after {
            record(conn, op, tbl, *id, now.as_ref(), after.as_ref())?;
        }
    }
    Ok(())
}

impl Tx<'_> {
    /// Records in `changes` that operation `op` changed a row from `before` to `after`.
    pub(super) fn record_change(
        &self,
        op: OpCtx<'_>,
        tbl: &str,
        row_id: i64,
        before: Option<serde_json::Value>,
        after: Option<serde_json::Value>,
    ) -> Result<()> {
        record(
            &self.tx,
            op.id,
            tbl,
            row_id,
            before.as_ref(),
            after.as_ref(),
        )
        .map_err(|e| self.err(e))
    }

    /// Deletes a row, recording it whole so that undo can put it back.
    pub(super) fn delete_row_recorded(&self, tbl: &str, id: i64, op: OpCtx<'_>) -> Result<()> {
        let row = rows::get(&self.tx, tbl, id).map_err(|e| self.err(e))?;
        self.record_change(op, tbl, id, row, None)?;
        rows::delete(&self.tx, tbl, id).map_err(|e| self.err(e))
    }
}
