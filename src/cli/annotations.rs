//! `tolk annotations`: list annotations of the database, a document or a segment.

use super::Ctx;
use crate::error::Result;
use crate::model::{Address, AnnStatus, Kind};
use crate::ops::annotate::{self, Listing};
use crate::store::Mode;

/// List annotations (corrections, attributions, entities, notes) with their status
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  tolk annotations libie-moskou\n  tolk annotations --kind correction --status proposed\n  tolk annotations libie-moskou:10 --json"
)]
pub struct Args {
    /// DOC or DOC:N [default: all documents]
    address: Option<Address>,
    /// Only this kind
    #[arg(long, value_parser = super::choice::<Kind>())]
    kind: Option<Kind>,
    /// Only this status
    #[arg(long, value_parser = super::choice::<AnnStatus>())]
    status: Option<AnnStatus>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let store = ctx.open(Mode::Read)?;
    let listing = Listing {
        address: args.address,
        kind: args.kind,
        status: args.status,
    };
    let report = annotate::annotations(&store, &listing)?;
    ctx.report(&report)
}
