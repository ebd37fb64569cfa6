//! `tolk log`: the operations that changed the database, a document or a segment, newest first.

use super::Ctx;
use crate::error::Result;
use crate::model::Address;
use crate::ops::history;
use crate::store::Mode;

/// List operations newest first: time, author, command, summary
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  tolk log\n  tolk log libie-moskou:10 -p\n  tolk log --by carla -n 20"
)]
pub struct Args {
    /// DOC or DOC:N [default: everything]
    address: Option<Address>,
    /// Show what each operation changed, as diffs
    #[arg(long, short)]
    patch: bool,
    /// At most this many operations
    #[arg(long, short = 'n', default_value_t = usize::MAX, hide_default_value = true)]
    limit: usize,
    /// Only the operations by this author
    #[arg(long)]
    by: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let store = ctx.open(Mode::Read)?;
    let log = history::log(
        &store,
        args.address.as_ref(),
        args.by.as_deref(),
        args.patch,
        args.limit,
    )?;
    ctx.report(&log)
}
