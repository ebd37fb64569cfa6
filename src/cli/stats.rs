//! `tolk stats`: words and characters of source and translation per state, per document and
//! in all; with `--tm`, the untranslated work per match band of the translation memory.

use super::Ctx;
use crate::error::Result;
use crate::store::Mode;

/// Words and characters of source and translation per state (what a translator invoices and
/// an editor plans with); --tm adds the untranslated work per translation-memory match band
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  tolk stats\n  tolk stats libie-moskou --tm --json")]
pub struct Args {
    /// One document (default: every document, and the total)
    doc: Option<String>,
    /// Look each untranslated segment up in the translation memory and count it per match band
    #[arg(long)]
    tm: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    if let Some(name) = &args.doc {
        crate::model::check_doc_name(name)?;
    }
    let store = ctx.open(Mode::Read)?;
    // A memory lookup per untranslated segment: a bar from 200 of them.
    let progress = crate::print::progress::Progress::on_start("looking up", false, ctx.quiet, 200);
    let report = crate::ops::stats::stats(&store, args.doc.as_deref(), args.tm, &progress)?;
    ctx.report(&report)
}
