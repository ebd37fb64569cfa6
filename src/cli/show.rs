//! `tolk show`: the aligned bilingual view of a document, or one segment with its history.

use super::Ctx;
use crate::error::Result;
use crate::model::Address;
use crate::store::Mode;

/// Show a document side by side (source, translation, state), or one segment with its history
#[derive(Debug, clap::Args)]
pub struct Args {
    /// DOC or DOC:N
    address: Address,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let store = ctx.open(Mode::Read)?;
    let report = crate::ops::view::show(&store, &args.address)?;
    ctx.report(&report)
}
