//! `tolk segment`: sentence segmentation of a file or stdin, without touching any database.

use super::Ctx;
use crate::error::Result;
use crate::segment::Lang;
use std::path::PathBuf;

/// Split text into sentences: one per line, a blank line between paragraphs
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  tolk segment artikel.txt\n  tolk segment --lang en - < article.txt"
)]
pub struct Args {
    /// Text file to segment, or `-` for stdin
    #[arg(default_value = "-")]
    file: PathBuf,
    /// Language of the text (selects the abbreviation list)
    #[arg(long, default_value = "nl", value_parser = parse_lang)]
    lang: Lang,
}

pub(super) fn parse_lang(s: &str) -> std::result::Result<Lang, String> {
    s.parse()
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let text = crate::formats::text::read_text(&args.file)?;
    let report = crate::ops::import::segment_text(&text, args.lang);
    ctx.report(&report)
}
