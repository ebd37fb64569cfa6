//! `tolk attributions`: who said what in a document, with the translated claims.

use super::Ctx;
use crate::error::Result;
use crate::ops::annotate;
use crate::store::Mode;

/// Report the attributed claims of a document, grouped by speaker
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  tolk attributions libie-moskou\n  tolk attributions libie-moskou --json"
)]
pub struct Args {
    /// Document name
    doc: String,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let store = ctx.open(Mode::Read)?;
    let report = annotate::attributions(&store, &args.doc)?;
    ctx.report(&report)
}
