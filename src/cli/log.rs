//! `tolk log`: the operations that changed the database, a document or a segment, newest first.

use super::Ctx;
use crate::error::Result;
use crate::model::Address;
use crate::store::{Mode, OpScope, Read};

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
    if ctx.json {
        let mut list = Vec::with_capacity(ops.len());
        for op in &ops {
            let mut v = serde_json::to_value(op).map_err(std::io::Error::other)?;
            if args.patch {
                v["changes"] = serde_json::to_value(store.operation_changes(op.id)?)
                    .map_err(std::io::Error::other)?;
            }
            list.push(v);
        }
        return ctx.out.json(&list);
    }
    if ops.is_empty() {
        return ctx.out.line("no operations");
    }
    for op in &ops {
        ctx.out.operation(op)?;
        if args.patch {
            let changes = store.operation_changes(op.id)?;
            ctx.out.patch(&changes)?;
        }
    }
    Ok(())
}
