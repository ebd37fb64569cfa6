//! `tolk attributions`: who said what in a document, with the translated claims.

use super::Ctx;
use crate::attribution::Speaker;
use crate::error::Result;
use crate::model::Document;
use crate::ops::annotate;
use crate::store::{Mode, Read};

/// Report the attributed claims of a document, grouped by speaker
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Document name
    doc: String,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let store = ctx.open(Mode::Read)?;
    let report = annotate::attributions(&store, &args.doc)?;
    ctx.report(&report)
}

/// The attribution report of `doc` (for `demo`).
pub(super) fn speakers(store: &impl Read, doc: &Document) -> Result<Vec<Speaker>> {
    annotate::speakers(store, doc)
}
