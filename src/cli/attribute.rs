//! `tolk attribute`: attribute a claim in a segment to a speaker (one speaker per name across
//! the document, so "Harchaoui" and "zegt hij" can both point to Jalel Harchaoui).

use super::Ctx;
use crate::error::Result;
use crate::model::{Address, AnnStatus, Body, Side};
use crate::ops::annotate::{self, Mark};
use crate::store::Mode;

/// Attribute a claim in a segment to the person or body who made it
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Example:\n  tolk attribute libie-moskou:18 --claim \"hebben de VAE veel meer greep op Haftar dan de Russen\" \\\n      --speaker \"Jalel Harchaoui\" --role Libië-expert --org \"Instituut Clingendael\" --cue Volgens"
)]
pub struct Args {
    /// DOC:N
    address: Address,
    /// The claim, exactly as it appears in the segment
    #[arg(long)]
    claim: String,
    /// Who makes the claim (the same name links claims across the document)
    #[arg(long)]
    speaker: String,
    /// The speaker's role, e.g. "Libië-expert"
    #[arg(long)]
    role: Option<String>,
    /// The speaker's organisation, e.g. "Instituut Clingendael"
    #[arg(long)]
    org: Option<String>,
    /// The word that signals the attribution ("volgens", "zegt"), as it appears in the segment
    #[arg(long)]
    cue: Option<String>,
    /// Which occurrence of the claim, when it occurs more than once (1-based)
    #[arg(long)]
    nth: Option<usize>,
    /// A remark on the attribution
    #[arg(long)]
    note: Option<String>,
    /// Record it as proposed instead of accepted
    #[arg(long)]
    proposed: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let request = Mark {
        address: args.address,
        side: Side::Source,
        text: args.claim,
        nth: args.nth,
        body: Body::Attribution {
            speaker: args.speaker,
            role: args.role,
            organisation: args.org,
            cue: args.cue,
            note: args.note,
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
