//! `tolk attribute`: attribute a claim in a segment to a speaker (one speaker per name across
//! the document, so "Harchaoui" and "zegt hij" can both point to Jalel Harchaoui).

use super::{Ctx, spans};
use crate::error::{Error, Result};
use crate::model::{AnnStatus, Body, Side};
use crate::store::Mode;

/// Attribute a claim in a segment to the person or body who made it
#[derive(Debug, clap::Args)]
pub struct Args {
    /// DOC:N
    address: String,
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
    let speaker = args.speaker.trim().to_string();
    if speaker.is_empty() {
        return Err(Error::input(
            "--speaker is empty; name who makes the claim".to_string(),
        ));
    }
    let mut store = ctx.open(Mode::Write)?;
    let t = spans::target(&store, &args.address, Side::Source)?;
    let span = spans::select(&t, &args.claim, args.nth, "claim")?;
    if let Some(cue) = &args.cue
        && !t.text.contains(cue.as_str())
    {
        return Err(Error::input(format!(
            "cue ‘{}’ does not occur in {}",
            crate::text::one_line(cue),
            t.seg.address()
        )));
    }
    let nonempty = |s: &Option<String>| s.clone().filter(|v| !v.trim().is_empty());
    let body = Body::Attribution {
        speaker: speaker.clone(),
        role: nonempty(&args.role),
        organisation: nonempty(&args.org),
        cue: nonempty(&args.cue),
        note: nonempty(&args.note),
    };
    let status = if args.proposed {
        AnnStatus::Proposed
    } else {
        AnnStatus::Accepted
    };
    let summary = |id: i64| format!("{} claim #{id} → {speaker}", t.seg.address());
    spans::mark(
        ctx,
        &mut store,
        "attribute",
        &t,
        span,
        &body,
        status,
        summary,
    )
}
