//! `tolk blame`: per segment, who last changed the text of its translation, and when.

use super::Ctx;
use crate::error::Result;
use crate::store::Mode;

/// Show per segment who last changed the translation and when
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  tolk blame libie-moskou\n  tolk blame libie-moskou --json")]
pub struct Args {
    /// Document name
    doc: String,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    crate::model::check_doc_name(&args.doc)?;
    let store = ctx.open(Mode::Read)?;
    let report = crate::ops::history::blame(&store, &args.doc)?;
    ctx.report(&report)
}
