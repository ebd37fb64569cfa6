//! History: the operation log (with what each operation changed), blame, and undo/redo. Undo
//! and redo decide which operation they revert inside their own write transaction, so two of
//! them running at once never revert the same operation twice.

use crate::error::{Conflict, Error, Result};
use crate::model::{Address, Operation};
use crate::store::prelude::*;
use crate::store::{Actor, OpChanges, OpScope, Outcome, Store};
use serde::{Deserialize, Serialize};

/// One operation of the log, with its changes when `--patch` asked for them.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LogEntry {
    #[serde(flatten)]
    pub operation: Operation,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changes: Option<OpChanges>,
}

/// The operations, newest first.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Log {
    pub entries: Vec<LogEntry>,
}

/// The operations that changed the database, a document or one segment (`address`), newest
/// first, at most `limit`; with `by`, only those by that author. With `patch`, each with what
/// it changed; for one segment, only what it did to that segment.
pub fn log(
    store: &impl Read,
    address: Option<&Address>,
    by: Option<&str>,
    patch: bool,
    limit: usize,
) -> Result<Log> {
    let scope = match address {
        None => OpScope::All,
        Some(address) => {
            let doc = store.document(&address.doc)?;
            match address.is_segment() {
                true => OpScope::Segment(store.segment(&doc, store.locate(&doc, address)?)?.id),
                false => OpScope::Document(doc.id),
            }
        }
    };
    let only = match (scope, address) {
        (OpScope::Segment(id), Some(address)) => Some((id, address.to_string())),
        _ => None,
    };
    let mut entries = Vec::new();
    let by = by.map(str::trim);
    let fetch = if by.is_some() { usize::MAX } else { limit };
    for operation in store
        .operations(scope, fetch)?
        .into_iter()
        .filter(|o| by.is_none_or(|a| o.author == a))
        .take(limit)
    {
        let changes = if patch {
            let mut c = store.operation_changes(operation.id)?;
            if let Some((seg_id, address)) = &only {
                keep_segment(&mut c, *seg_id, address);
            }
            Some(c)
        } else {
            None
        };
        entries.push(LogEntry { operation, changes });
    }
    Ok(Log { entries })
}

/// Drops from `c` everything that is not about segment `seg_id` (`DOC:N`).
fn keep_segment(c: &mut OpChanges, seg_id: i64, address: &str) {
    c.revisions.retain(|r| r.segment == address);
    c.annotations.retain(|a| a.segment_id == seg_id);
    let seg = |v: &Option<serde_json::Value>| {
        v.as_ref()
            .and_then(|v| v.get("segment_id"))
            .and_then(serde_json::Value::as_i64)
    };
    c.rows.retain(|r| match r.table.as_str() {
        "segments" => r.row_id == seg_id,
        _ => seg(&r.before) == Some(seg_id) || seg(&r.after) == Some(seg_id),
    });
}

/// One segment's line of `blame`: the revision that last changed its translation's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BlameLine {
    /// `DOC:N`
    pub id: String,
    pub revision: Option<i64>,
    pub author: Option<String>,
    pub at: Option<String>,
    pub text: Option<String>,
}

/// `blame`: one line per segment, in order.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Blame {
    pub lines: Vec<BlameLine>,
}

/// Per segment of document `name`, who last changed the text of its translation, and when.
pub fn blame(store: &impl Read, name: &str) -> Result<Blame> {
    crate::model::check_doc_name(name)?;
    let doc = store.document(name)?;
    let lines = store
        .blame(&doc)?
        .into_iter()
        .map(|(n, t)| BlameLine {
            id: format!("{}:{n}", doc.name),
            revision: t.as_ref().map(|t| t.revision),
            author: t.as_ref().map(|t| t.author.clone()),
            at: t.as_ref().map(|t| t.created_at.clone()),
            text: t.map(|t| t.text),
        })
        .collect();
    Ok(Blame { lines })
}

/// What `undo` or `redo` did.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Reverted {
    /// The new operation that records the revert.
    pub operation: i64,
    /// `undo`, or `redo` when the reverted operation was itself an undo.
    pub command: String,
    /// The operation reverted, as it was before.
    pub reverted: Operation,
}

/// An operation number as typed: `12` or `#12`.
pub fn parse_operation(s: &str) -> Result<i64> {
    s.trim_start_matches('#').parse().map_err(|_| {
        Error::invalid(
            "operation",
            format!(
                "bad operation '{}': expected a number from `tolk log`",
                crate::text::clean(s)
            ),
        )
    })
}

/// Reverts operation `id`, or by default the newest operation in effect that is not itself an
/// undo or redo, when nothing still in effect depends on it.
pub fn undo(store: &mut Store, actor: &Actor, id: Option<i64>) -> Result<Reverted> {
    // Reverting an undo is a redo. Whether an operation reverts another is fixed when it is
    // written, so reading it before the transaction cannot go stale; whether it is still in
    // effect can, and is decided inside.
    let command = match id {
        Some(id) if store.operation_record(id)?.reverts.is_some() => "redo",
        _ => "undo",
    };
    revert(store, actor, command, |tx| match id {
        Some(id) => tx.operation_record(id),
        None => tx
            .latest_operation(false)?
            .ok_or_else(|| Error::conflict(Conflict::History, "nothing to undo")),
    })
}

/// Reverts the newest undo still in effect.
pub fn redo(store: &mut Store, actor: &Actor) -> Result<Reverted> {
    revert(store, actor, "redo", |tx| {
        tx.latest_operation(true)?.ok_or_else(|| {
            Error::conflict(Conflict::History, "nothing to redo: no undo is in effect")
        })
    })
}

fn revert(
    store: &mut Store,
    actor: &Actor,
    command: &str,
    target: impl FnOnce(&crate::store::Tx<'_>) -> Result<Operation>,
) -> Result<Reverted> {
    let (reverted, operation) = store.operation(actor, command, |tx, op| {
        let target = target(tx)?;
        tx.revert(&target, op)?;
        let summary = format!("#{} {} {}", target.id, target.command, target.summary);
        let doc = target.document_id;
        Ok(Outcome::changed(target, summary, doc))
    })?;
    Ok(Reverted {
        operation: operation.expect("a revert always records its operation"),
        command: command.to_string(),
        reverted,
    })
}
