//! `tolk attributions`: who said what in a document, with the translated claims, hints about
//! speakers that look like one person, and `--merge` to make them one.

use super::Ctx;
use crate::error::Result;
use crate::ops::annotate::{self, SpeakerMerge};
use crate::store::Mode;

/// Report the attributed claims of a document, grouped by speaker
///
/// Speakers that look like one person written two ways (same surname, `ij`/`y` spellings,
/// `van`/`Van`) are pointed out; `--merge NAME --into NAME` gives all claims of one speaker to
/// the other, in one operation that `tolk undo` takes back.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  tolk attributions libie-moskou
  tolk attributions libie-moskou --json
  tolk attributions libie-moskou --merge 'Van Dijk' --into 'Marjolein van Dijk'")]
pub struct Args {
    /// Document name
    doc: String,
    /// Give every claim of this speaker to the speaker named by --into
    #[arg(long, value_name = "SPEAKER", requires = "into")]
    merge: Option<String>,
    /// The speaker --merge gives the claims to (an existing speaker, or a new name)
    #[arg(long, value_name = "SPEAKER", requires = "merge")]
    into: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    if let (Some(speaker), Some(into)) = (args.merge, args.into) {
        let mut store = ctx.open(Mode::Update)?;
        let report = annotate::merge_speakers(
            &mut store,
            &ctx.actor(),
            &SpeakerMerge {
                doc: args.doc,
                speaker,
                into,
            },
        )?;
        return ctx.report(&report);
    }
    let store = ctx.open(Mode::Read)?;
    let report = annotate::attributions(&store, &args.doc)?;
    ctx.report(&report)
}
