//! `tolk docs`: the documents in the database with their progress per state.

use super::Ctx;
use crate::error::Result;
use crate::store::Mode;

/// List documents with segment counts and progress per state
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  tolk docs\n  tolk docs --json")]
pub struct Args {}

pub fn run(ctx: &mut Ctx, _args: Args) -> Result<()> {
    let store = ctx.open(Mode::Read)?;
    let report = crate::ops::view::documents(&store)?;
    ctx.report(&report)
}
