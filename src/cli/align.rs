//! `tolk align`: aligns a Dutch text with its English translation, without a database.

use super::Ctx;
use crate::error::Result;
use crate::ops::align::{Request, Text};
use crate::print::align::{Ladder, Tsv};
use std::path::PathBuf;

/// Align a Dutch text with an English translation, sentence by sentence, without a database
///
/// Paragraphs are paired first (they may be merged or split), then the sentences inside them:
/// 1-1, 1-0 (not translated), 0-1 (added), 2-1, 1-2 and 2-2 links, each with a score. Every
/// sentence of both texts appears in exactly one link. Uses the FreeDict Dutch–English
/// dictionary when Debian's dict-freedict-nld-eng is installed (or `TOLK_FREEDICT` names its
/// directory).
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  tolk align artikel.nl.txt article.en.txt\n  tolk align --format ladder artikel.nl.txt article.en.txt > ladder.txt\n  tolk align --lines --format tsv zinnen.nl sentences.en"
)]
pub struct Args {
    /// Dutch text file, or `-` for stdin
    nl: PathBuf,
    /// English text file, or `-` for stdin (not both)
    en: PathBuf,
    /// One sentence per line, a blank line between paragraphs (else the texts are segmented)
    #[arg(long)]
    lines: bool,
    /// Output: links with shapes and scores, hunalign's ladder (`i<TAB>j<TAB>score`), JSON,
    /// or tab-separated links
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Do not use the FreeDict dictionary even when it is installed
    #[arg(long)]
    no_dictionary: bool,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum Format {
    Human,
    Ladder,
    Json,
    Tsv,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    if args.nl.as_os_str() == "-" && args.en.as_os_str() == "-" {
        return Err(crate::error::Error::Usage(
            "only one of the two texts can come from stdin (`-`)".into(),
        ));
    }
    let nl = crate::formats::text::read_text(&args.nl)?;
    let en = crate::formats::text::read_text(&args.en)?;
    let (nl_label, en_label) = (args.nl.display().to_string(), args.en.display().to_string());
    let report = crate::ops::align::align(&Request {
        nl: Text {
            label: &nl_label,
            content: &nl,
        },
        en: Text {
            label: &en_label,
            content: &en,
        },
        lines: args.lines,
        dictionary: !args.no_dictionary,
    })?;
    match args.format {
        Format::Human => ctx.report(&report),
        Format::Ladder => ctx.report(&Ladder(&report)),
        Format::Tsv => ctx.report(&Tsv(&report)),
        Format::Json => ctx.print.out.json(&report),
    }
}
