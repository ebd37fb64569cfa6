//! `tolk undo` and `tolk redo`: revert an operation (itself recorded as an operation), when
//! nothing still in effect depends on it.

use super::Ctx;
use crate::error::{Error, Result};
use crate::model::Operation;
use crate::store::{Mode, Store, prelude::*};

/// Undo the last operation (or operation OP) if nothing later depends on it
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Operation number from `tolk log` (e.g. 12 or #12) [default: the last one]
    op: Option<String>,
}

/// Redo the last undone operation (undo the last undo)
#[derive(Debug, clap::Args)]
pub struct RedoArgs {}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let mut store = ctx.open(Mode::Update)?;
    let target = match &args.op {
        Some(op) => {
            let id: i64 = op.trim_start_matches('#').parse().map_err(|_| {
                Error::input(format!(
                    "bad operation '{}': expected a number from `tolk log`",
                    crate::text::clean(op)
                ))
            })?;
            store.operation_record(id)?
        }
        None => store
            .latest_operation(false)?
            .ok_or_else(|| Error::input("nothing to undo".to_string()))?,
    };
    revert(ctx, &mut store, target)
}

pub fn run_redo(ctx: &mut Ctx, _args: RedoArgs) -> Result<()> {
    let mut store = ctx.open(Mode::Update)?;
    let target = store
        .latest_operation(true)?
        .ok_or_else(|| Error::input("nothing to redo: no undo is in effect".to_string()))?;
    revert(ctx, &mut store, target)
}

fn revert(ctx: &mut Ctx, store: &mut Store, target: Operation) -> Result<()> {
    let command = if target.reverts.is_some() {
        "redo"
    } else {
        "undo"
    };
    let summary = format!("#{} {} {}", target.id, target.command, target.summary);
    let ((), op) = ctx.write(store, command, |tx, op| {
        tx.revert(&target, op)?;
        Ok(((), summary.clone(), target.document_id))
    })?;
    if ctx.json {
        return ctx
            .print
            .out
            .json(&serde_json::json!({ "operation": op, "command": command, "reverted": target }));
    }
    ctx.notice(&format!("{command} #{op}: reverted {summary}"));
    Ok(())
}
