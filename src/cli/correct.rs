//! `tolk correct`: mark an error in the published source with its fix, without rewriting the
//! text. A translation is fixed by a new revision (`tolk translate`), so `--target` is refused
//! with that advice.

use super::Ctx;
use crate::error::Result;
use crate::model::{Address, AnnStatus, Body, Category, Side};
use crate::ops::annotate::{self, Mark};
use crate::store::Mode;

/// Mark a correction of the published text: FROM (as published) should read TO
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  tolk correct libie-moskou:10 Hafta Haftar\n  tolk correct libie-moskou:16 premier bondskanselier --category fact --note \"Merkel was chancellor\"\n  tolk correct libie-moskou:16 Duiste Duitse --proposed"
)]
pub struct Args {
    /// DOC:N
    address: Address,
    /// The text as published (must occur in the segment)
    from: String,
    /// What it should be
    to: String,
    /// Which occurrence of FROM, when it occurs more than once (1-based)
    #[arg(long)]
    nth: Option<usize>,
    /// Why the correction is needed
    #[arg(long, default_value = "typo", value_parser = super::choice::<Category>())]
    category: Category,
    /// Why (shown to reviewers and in exports)
    #[arg(long)]
    note: Option<String>,
    /// Record it as proposed instead of accepted
    #[arg(long)]
    proposed: bool,
    /// Refused: a translation is fixed with `tolk translate DOC:N TEXT` (a new revision)
    #[arg(long, hide = true)]
    target: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let request = Mark {
        address: args.address,
        side: if args.target {
            Side::Target
        } else {
            Side::Source
        },
        text: args.from,
        nth: args.nth,
        body: Body::Correction {
            replacement: args.to,
            category: args.category,
            note: args.note,
            fixed_upstream: None,
        },
        status: if args.proposed {
            AnnStatus::Proposed
        } else {
            AnnStatus::Accepted
        },
    };
    let mut store = ctx.open(Mode::Write)?;
    let report = annotate::mark(&mut store, &ctx.actor(), &request)?;
    ctx.report(&report)
}
