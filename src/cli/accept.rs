//! `tolk accept` and `tolk reject`: settle a proposed annotation (or revisit a settled one).

use super::Ctx;
use crate::error::{Error, Result};
use crate::model::AnnStatus;
use crate::ops::annotate;
use crate::store::Mode;

/// Accept an annotation (a correction then changes the corrected text)
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  tolk accept 15\n  tolk accept 15 22 23\n  tolk reject 22")]
pub struct Args {
    /// Annotation ids (see `tolk annotations`); several are settled in one operation, all or
    /// none
    #[arg(required = true, value_name = "ID")]
    ids: Vec<String>,
}

pub fn run_accept(ctx: &mut Ctx, args: Args) -> Result<()> {
    set_status(ctx, &args.ids, AnnStatus::Accepted)
}

pub fn run_reject(ctx: &mut Ctx, args: Args) -> Result<()> {
    set_status(ctx, &args.ids, AnnStatus::Rejected)
}

fn set_status(ctx: &mut Ctx, ids: &[String], status: AnnStatus) -> Result<()> {
    let ids = ids
        .iter()
        .map(|id| {
            id.trim_start_matches('#').parse::<i64>().map_err(|_| {
                Error::invalid(
                    "annotation id",
                    format!(
                        "bad annotation id '{}': expected a number",
                        crate::text::excerpt(id, 200)
                    ),
                )
            })
        })
        .collect::<Result<Vec<i64>>>()?;
    let mut store = ctx.open(Mode::Write)?;
    if let [id] = ids[..] {
        let report = annotate::set_status(&mut store, &ctx.actor(), id, status)?;
        return ctx.report(&report);
    }
    let report = annotate::set_statuses(&mut store, &ctx.actor(), &ids, status)?;
    ctx.report(&report)
}
