//! `tolk undo` and `tolk redo`: revert an operation (itself recorded as an operation), when
//! nothing still in effect depends on it.

use super::Ctx;
use crate::error::Result;
use crate::ops::history;
use crate::store::Mode;

/// Undo the last operation (or operation OP) if nothing later depends on it
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  tolk undo\n  tolk undo #12")]
pub struct Args {
    /// Operation number from `tolk log` (e.g. 12 or #12) [default: the last one]
    #[arg(value_parser = history::parse_operation)]
    op: Option<i64>,
}

/// Redo the last undone operation (undo the last undo)
#[derive(Debug, clap::Args)]
#[command(after_help = "Example:\n  tolk redo")]
pub struct RedoArgs {}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let mut store = ctx.open(Mode::Update)?;
    let report = history::undo(&mut store, &ctx.actor(), args.op)?;
    ctx.report(&report)
}

pub fn run_redo(ctx: &mut Ctx, _args: RedoArgs) -> Result<()> {
    let mut store = ctx.open(Mode::Update)?;
    let report = history::redo(&mut store, &ctx.actor())?;
    ctx.report(&report)
}
