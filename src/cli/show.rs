//! `tolk show`: the aligned bilingual view of a document, or one segment with its history.

use super::Ctx;
use crate::error::Result;
use crate::model::State;
use crate::store::Mode;

/// Show a document side by side (source, translation, state), or one segment with its history
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  tolk show libie-moskou\n  tolk show libie-moskou:10\n  tolk show libie-moskou:3-9\n  tolk show libie-moskou --state needs-work"
)]
pub struct Args {
    /// DOC, DOC:N, or a range DOC:A-B
    address: String,
    /// Only the segments in this state
    #[arg(long, value_parser = super::choice::<State>())]
    state: Option<State>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let (address, range) = crate::model::parse_span(&args.address)?;
    let store = ctx.open(Mode::Read)?;
    let report = if range.is_some() || args.state.is_some() {
        crate::ops::view::show_some(&store, &address, range, args.state)?
    } else {
        crate::ops::view::show(&store, &address)?
    };
    ctx.report(&report)
}
