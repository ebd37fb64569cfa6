//! `tolk translate`: add a translation revision to one segment; earlier revisions are kept.

use super::Ctx;
use crate::error::Result;
use crate::model::Address;
use crate::store::Mode;
use std::path::PathBuf;

/// Add a new translation revision of a segment (earlier revisions are kept)
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  tolk translate libie-moskou:2 \"Haftar left without signing the agreement.\"\n  tolk translate libie-moskou:2 -f line.txt\n  tolk translate libie-moskou:2 --from-tm"
)]
pub struct Args {
    /// DOC:N
    address: Address,
    /// The translation; `-` reads it from stdin
    #[arg(conflicts_with_all = ["file", "from_tm"], required_unless_present_any = ["file", "from_tm"])]
    text: Option<String>,
    /// Read the translation from a file
    #[arg(long, short, conflicts_with = "from_tm")]
    file: Option<PathBuf>,
    /// Take the best match in the translation memory (100%: translated; fuzzy: needs-work)
    #[arg(long)]
    from_tm: bool,
    /// With --from-tm: the lowest similarity taken, in percent
    #[arg(long, requires = "from_tm", default_value_t = 75)]
    min: u8,
    /// Replace a final translation (reopening final work; the history records it)
    #[arg(long)]
    force: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    args.address.needs_segment()?;
    if args.from_tm {
        let mut store = ctx.open(Mode::Write)?;
        let report = crate::ops::translate::translate_from_tm(
            &mut store,
            &ctx.actor(),
            &args.address,
            args.min,
            args.force,
        )?;
        return ctx.report(&report);
    }
    let text = match (&args.text, &args.file) {
        // Read like every other text input: checked and capped (see `read_text`).
        (Some(t), _) if t == "-" => crate::formats::text::read_text(std::path::Path::new("-"))?,
        (Some(t), _) => t.clone(),
        (None, Some(path)) => crate::formats::text::read_text(path)?,
        (None, None) => unreachable!("clap requires TEXT or --file"),
    };
    let mut store = ctx.open(Mode::Write)?;
    let report = crate::ops::translate::translate(
        &mut store,
        &ctx.actor(),
        &args.address,
        &text,
        args.force,
    )?;
    ctx.report(&report)
}
