//! `tolk log`: the operations that changed the database, a document or a segment, newest first.

use super::Ctx;
use crate::error::Result;
use crate::model::Address;
use crate::store::{Mode, OpScope, prelude::*};

/// List operations newest first: time, author, command, summary
#[derive(Debug, clap::Args)]
pub struct Args {
    /// DOC or DOC:N [default: everything]
    address: Option<String>,
    /// Show what each operation changed, as diffs
    #[arg(long, short)]
    patch: bool,
    /// At most this many operations
    #[arg(long, short = 'n', default_value_t = usize::MAX, hide_default_value = true)]
    limit: usize,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let store = ctx.open(Mode::Read)?;
    let scope = match &args.address {
        None => OpScope::All,
        Some(a) => {
            let address: Address = a.parse()?;
            let doc = store.document(&address.doc)?;
            match address.position {
                Some(n) => OpScope::Segment(store.segment(&doc, n)?.id),
                None => OpScope::Document(doc.id),
            }
        }
    };
    let ops = store.operations(scope, args.limit)?;
    // For one segment, an operation's patch shows only what it did to that segment.
    let only = match scope {
        OpScope::Segment(id) => Some((id, args.address.clone().unwrap_or_default())),
        _ => None,
    };
    let changes = |op: i64| -> Result<crate::store::OpChanges> {
        let mut c = store.operation_changes(op)?;
        if let Some((seg_id, address)) = &only {
            c.revisions.retain(|r| &r.segment == address);
            c.annotations.retain(|a| a.segment_id == *seg_id);
            c.rows.retain(|r| {
                let seg = |v: &Option<serde_json::Value>| {
                    v.as_ref()
                        .and_then(|v| v.get("segment_id"))
                        .and_then(|s| s.as_i64())
                };
                match r.table.as_str() {
                    "segments" => r.row_id == *seg_id,
                    _ => seg(&r.before) == Some(*seg_id) || seg(&r.after) == Some(*seg_id),
                }
            });
        }
        Ok(c)
    };
    if ctx.json {
        let mut list = Vec::with_capacity(ops.len());
        for op in &ops {
            let mut v = serde_json::to_value(op).map_err(std::io::Error::other)?;
            if args.patch {
                v["changes"] =
                    serde_json::to_value(changes(op.id)?).map_err(std::io::Error::other)?;
            }
            list.push(v);
        }
        return ctx.print.out.json(&list);
    }
    if ops.is_empty() {
        return ctx.print.out.line("no operations");
    }
    for op in &ops {
        ctx.print.out.operation(op)?;
        if args.patch {
            ctx.print.out.patch(&changes(op.id)?)?;
        }
    }
    Ok(())
}
