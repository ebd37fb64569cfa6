//! `tolk translate`: add a translation revision to one segment; earlier revisions are kept.

use super::Ctx;
use crate::error::Result;
use crate::model::Address;
use crate::store::Mode;
use std::path::PathBuf;

/// Add a new translation revision of a segment (earlier revisions are kept)
#[derive(Debug, clap::Args)]
pub struct Args {
    /// DOC:N
    address: Address,
    /// The translation; `-` reads it from stdin
    #[arg(conflicts_with = "file", required_unless_present = "file")]
    text: Option<String>,
    /// Read the translation from a file
    #[arg(long, short)]
    file: Option<PathBuf>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    args.address.segment()?;
    let text = match (&args.text, &args.file) {
        // Read like every other text input: checked and capped (see `read_text`).
        (Some(t), _) if t == "-" => crate::formats::text::read_text(std::path::Path::new("-"))?,
        (Some(t), _) => t.clone(),
        (None, Some(path)) => crate::formats::text::read_text(path)?,
        (None, None) => unreachable!("clap requires TEXT or --file"),
    };
    let mut store = ctx.open(Mode::Write)?;
    let report = crate::ops::translate::translate(&mut store, &ctx.actor(), &args.address, &text)?;
    ctx.report(&report)
}
