//! `tolk correct`: mark an error in the published source (or a translation) with its fix,
//! without rewriting the text.

use super::{Ctx, spans};
use crate::error::{Error, Result};
use crate::model::{AnnStatus, Body, Category};
use crate::store::Mode;

/// Mark a correction of the published text: FROM (as published) should read TO
#[derive(Debug, clap::Args)]
pub struct Args {
    /// DOC:N
    address: String,
    /// The text as published (must occur in the segment)
    from: String,
    /// What it should be
    to: String,
    /// Which occurrence of FROM, when it occurs more than once (1-based)
    #[arg(long)]
    nth: Option<usize>,
    /// typo, spelling, grammar, fact or style
    #[arg(long, default_value = "typo")]
    category: String,
    /// Why (shown to reviewers and in exports)
    #[arg(long)]
    note: Option<String>,
    /// Record it as proposed instead of accepted
    #[arg(long)]
    proposed: bool,
    /// Correct the current translation instead of the source
    #[arg(long)]
    target: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let category: Category = args.category.parse()?;
    if args.to == args.from {
        return Err(Error::input(format!(
            "replacement ‘{}’ equals the original; nothing to correct",
            crate::text::one_line(&args.to)
        )));
    }
    if args.to.is_empty() {
        return Err(Error::input(
            "empty replacement; to delete text, include a neighbour (e.g. FROM ‘de de’ TO ‘de’)"
                .to_string(),
        ));
    }
    let mut store = ctx.open(Mode::Write)?;
    let t = spans::target(&store, &args.address, spans::side(args.target))?;
    let span = spans::select(&t, &args.from, args.nth, "FROM")?;
    let body = Body::Correction {
        replacement: args.to.clone(),
        category,
        note: args.note.clone().filter(|n| !n.trim().is_empty()),
        fixed_upstream: None,
    };
    let status = if args.proposed {
        AnnStatus::Proposed
    } else {
        AnnStatus::Accepted
    };
    let summary = |id: i64| {
        format!(
            "{} ‘{}’ → ‘{}’ #{id} ({status})",
            t.seg.address(),
            crate::text::one_line(&args.from),
            crate::text::one_line(&args.to)
        )
    };
    spans::mark(ctx, &mut store, "correct", &t, span, &body, status, summary)
}
