//! `tolk suggest`: fuzzy matches from the translation memory for one segment.

use super::Ctx;
use crate::error::Result;
use crate::model::Address;
use crate::store::Mode;

/// Fuzzy matches from the memory (every translated segment and reference TM) for a segment
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  tolk suggest libie-moskou:2\n  tolk suggest libie-moskou:2 --min 60 -n 10 --json"
)]
pub struct Args {
    /// DOC:N
    address: Address,
    /// Lowest similarity to list, in percent (word-level edit distance; see README)
    #[arg(long, default_value_t = 70)]
    min: u8,
    /// How many matches to list
    #[arg(short = 'n', default_value_t = 5)]
    n: usize,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let store = ctx.open(Mode::Read)?;
    let report = crate::ops::tm::suggest(&store, &args.address, args.min, args.n)?;
    ctx.report(&report)
}
