//! `tolk accept` and `tolk reject`: settle a proposed annotation (or revisit a settled one).

use super::{Ctx, spans};
use crate::error::{Error, Result};
use crate::model::AnnStatus;
use crate::store::{AnnFilter, Mode, prelude::*};

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
        Error::input(format!(
            "bad annotation id '{}': expected a number",
            crate::text::clean(id)
        ))
    })?;
    let mut store = ctx.open(Mode::Write)?;
    let before = store.annotation(id)?;
    if before.status == status {
        ctx.notice(&format!("#{id} is already {status}; nothing changed"));
        return Ok(());
    }
    if before.status == AnnStatus::Orphaned && status == AnnStatus::Accepted {
        return Err(Error::input(format!(
            "#{id} is orphaned (its text ‘{}’ is no longer in the segment); mark it again where it belongs",
            crate::text::one_line(&before.exact)
        )));
    }
    let command = if status == AnnStatus::Accepted {
        "accept"
    } else {
        "reject"
    };
    let ((), _) = ctx.write(&mut store, command, |tx, op| {
        if status == AnnStatus::Accepted {
            let siblings = tx.annotations(&AnnFilter {
                segment_id: Some(before.segment_id),
                ..Default::default()
            })?;
            spans::check_overlap(
                &siblings,
                before.side,
                before.span(),
                &before.body,
                Some(before.id),
            )?;
        }
        let mut after = before.clone();
        after.status = status;
        tx.update_annotation(&before, &after, op)?;
        let doc = tx.find_document(&before.doc)?.map(|d| d.id);
        Ok(((), format!("#{id} {} → {status}", before.status), doc))
    })?;
    spans::report(ctx, &store, id, Some(status.as_str()))
}
