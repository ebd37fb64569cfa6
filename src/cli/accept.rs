//! `tolk accept` and `tolk reject`: settle a proposed annotation (or revisit a settled one).

use super::Ctx;
use crate::error::{Error, Result};
use crate::model::AnnStatus;
use crate::ops::annotate;
use crate::store::Mode;

/// Accept an annotation (a correction then changes the corrected text)
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Annotation id (see `tolk annotations`)
    id: String,
}

pub fn run_accept(ctx: &mut Ctx, args: Args) -> Result<()> {
    set_status(ctx, &args.id, AnnStatus::Accepted)
}

pub fn run_reject(ctx: &mut Ctx, args: Args) -> Result<()> {
    set_status(ctx, &args.id, AnnStatus::Rejected)
}

fn set_status(ctx: &mut Ctx, id: &str, status: AnnStatus) -> Result<()> {
    let id: i64 = id.trim_start_matches('#').parse().map_err(|_| {
        Error::invalid(
            "annotation id",
            format!(
                "bad annotation id '{}': expected a number",
                crate::text::excerpt(id, 200)
            ),
        )
    })?;
    let mut store = ctx.open(Mode::Write)?;
    let report = annotate::set_status(&mut store, &ctx.actor(), id, status)?;
    ctx.report(&report)
}
