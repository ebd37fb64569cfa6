//! `tolk search`: concordance over sources or translations of every document and reference TM.

use super::Ctx;
use crate::error::Result;
use crate::model::State;
use crate::ops::tm::SearchQuery;
use crate::store::Mode;

/// Concordance: find a word or phrase in the sources (or translations), hit highlighted, the
/// other side shown
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  tolk search Haftar\n  tolk search \"Jalel Harchaoui\" --doc libie-moskou\n  tolk search ceasefire --target\n  tolk search 'Haft(ar)?\\b' --regex --state translated"
)]
pub struct Args {
    /// Text to find (case-insensitive), or a regular expression with --regex
    text: String,
    /// Search the translations instead of the sources
    #[arg(long)]
    target: bool,
    /// Only this document (reference TMs are then left out)
    #[arg(long, value_name = "DOC")]
    doc: Option<String>,
    /// Only segments in this state
    #[arg(long, value_parser = super::choice::<State>())]
    state: Option<State>,
    /// TEXT is a regular expression (Rust regex syntax; `(?i)` for case-insensitive)
    #[arg(long)]
    regex: bool,
    /// Most hits to list
    #[arg(short = 'n', long, default_value_t = 50)]
    limit: usize,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let store = ctx.open(Mode::Read)?;
    let report = crate::ops::tm::search(
        &store,
        &SearchQuery {
            text: &args.text,
            target: args.target,
            doc: args.doc.as_deref(),
            state: args.state,
            regex: args.regex,
            limit: args.limit,
        },
    )?;
    ctx.report(&report)
}
