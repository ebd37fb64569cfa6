//! `tolk attributions`: who said what in a document, with the translated claims and hints
//! about speakers that look like one person; `--merge` makes them one; with `--suggest`, the
//! attributions the suggester finds in the Dutch source (nothing stored); with `--propose`,
//! those stored as proposed attributions for `accept`/`reject`/`review`.

use super::Ctx;
use crate::error::Result;
use crate::ops::annotate::{self, SpeakerMerge};
use crate::ops::attribution;
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
  tolk attributions libie-moskou --merge 'Van Dijk' --into 'Marjolein van Dijk'
  tolk attributions libie-moskou --suggest --json
  tolk attributions libie-moskou --propose")]
pub struct Args {
    /// Document name
    doc: String,
    /// Give every claim of this speaker to the speaker named by --into
    #[arg(long, value_name = "SPEAKER", requires = "into", conflicts_with_all = ["suggest", "propose"])]
    merge: Option<String>,
    /// The speaker --merge gives the claims to (an existing speaker, or a new name)
    #[arg(long, value_name = "SPEAKER", requires = "merge")]
    into: Option<String>,
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
