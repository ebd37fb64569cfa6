//! `tolk attributions`: who said what in a document, with the translated claims; with
//! `--suggest`, the attributions the suggester finds in the Dutch source (nothing stored);
//! with `--propose`, those stored as proposed attributions for `accept`/`reject`/`review`.

use super::Ctx;
use crate::error::Result;
use crate::ops::{annotate, attribution};
use crate::store::Mode;

/// Report the attributed claims of a document, grouped by speaker
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Document name
    doc: String,
    /// List the attributions found in the Dutch source (speaker, claim, cue, score) without
    /// storing them
    #[arg(long, conflicts_with = "propose")]
    suggest: bool,
    /// Store the attributions found as proposed, in one undoable operation (never on a span
    /// that already has an attribution, also when that one was rejected)
    #[arg(long)]
    propose: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    if args.propose {
        let mut store = ctx.open(Mode::Update)?;
        let report = attribution::propose(&mut store, &ctx.actor(), &args.doc)?;
        return ctx.report(&report);
    }
    let store = ctx.open(Mode::Read)?;
    if args.suggest {
        let report = attribution::suggest(&store, &args.doc)?;
        return ctx.report(&report);
    }
    let report = annotate::attributions(&store, &args.doc)?;
    ctx.report(&report)
}
