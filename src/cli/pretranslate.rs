//! `tolk pretranslate`: fill a document's untranslated segments from the translation memory.

use super::Ctx;
use crate::error::Result;
use crate::print::progress::Progress;
use crate::store::Mode;

/// Fill untranslated segments from the memory: 100% matches as `translated`, fuzzy ones (with
/// --fuzzy) as `needs-work` with the match in the comment; one undoable operation
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  tolk pretranslate vervolg\n  tolk pretranslate vervolg --fuzzy 85"
)]
pub struct Args {
    /// The document
    doc: String,
    /// Fill only matches of this similarity or more (100: identical sentences only)
    #[arg(long, default_value_t = 100, conflicts_with = "fuzzy")]
    min: u8,
    /// Also fill fuzzy matches of at least this similarity, as needs-work
    #[arg(long, value_name = "PERCENT")]
    fuzzy: Option<u8>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    crate::model::check_doc_name(&args.doc)?;
    let min = args.fuzzy.unwrap_or(args.min);
    let progress = Progress::on_start("looking up", false, ctx.quiet, 200);
    let actor = ctx.actor();
    let mut store = ctx.open(Mode::Write)?;
    let report = crate::ops::tm::pretranslate(&mut store, &actor, &args.doc, min, &progress)?;
    ctx.report(&report)
}
