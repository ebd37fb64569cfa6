//! `tolk export`: write a document's aligned text in an exchange format, streaming.

use super::Ctx;
use crate::error::Result;
use crate::formats::{FORMATS, Format, SourceText};
use crate::ops::export::{Destination, ExportRequest, check, export};
use crate::print::progress::Progress;
use crate::store::Mode;
use std::path::PathBuf;

/// Export a document's aligned source and translation
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  tolk export libie-moskou -F tmx -o libie-moskou.tmx\n  tolk export libie-moskou -F po -o libie-moskou.po\n  tolk export libie-moskou -F xliff12 --source corrected -o job.xlf\n  tolk export libie-moskou -F moses -o train/libie\n  tolk export libie-moskou -F html -o libie-moskou.html"
)]
pub struct Args {
    /// Document name
    doc: String,
    /// Output format
    #[arg(long, short = 'F', value_parser = formats())]
    format: Format,
    /// Write to FILE instead of stdout (written whole or not at all); for moses, the base name
    /// of the two files BASE.<source lang> and BASE.<target lang>
    #[arg(long, short)]
    output: Option<PathBuf>,
    /// Source text to export: as published, or with accepted corrections applied
    #[arg(long, value_parser = sources(), default_value = "published")]
    source: SourceText,
}

/// `--format`: the registry's formats, each with its line of help.
fn formats() -> impl clap::builder::TypedValueParser<Value = Format> {
    use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser as _};
    let values = FORMATS.iter().map(|s| {
        let v = PossibleValue::new(s.name);
        if s.help.is_empty() { v } else { v.help(s.help) }
    });
    PossibleValuesParser::new(values).map(|name| {
        Format::ALL
            .into_iter()
            .find(|f| f.name() == name)
            .expect("clap accepts only the listed names")
    })
}

/// `--source`: published or corrected, each with its line of help.
fn sources() -> impl clap::builder::TypedValueParser<Value = SourceText> {
    use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser as _};
    let values = SourceText::ALL
        .iter()
        .map(|s| PossibleValue::new(s.as_str()).help(s.help()));
    PossibleValuesParser::new(values).map(|name| {
        SourceText::ALL
            .into_iter()
            .find(|s| s.as_str() == name)
            .expect("clap accepts only the listed names")
    })
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    crate::model::check_doc_name(&args.doc)?;
    check(args.format, args.output.is_some())?;
    let store = ctx.open(Mode::Read)?;
    let request = ExportRequest {
        doc: args.doc,
        format: args.format,
        source: args.source,
        exported_at: Some(crate::clock::now()),
        exported_by: Some(ctx.author.clone()),
    };
    let progress = Progress::on_start("exporting", false, ctx.quiet, 10_000);
    match &args.output {
        Some(path) => {
            let protected = crate::outfile::Protected::database(&ctx.db);
            let report = export(
                &store,
                &request,
                Destination::Files(path, &protected),
                &progress,
            )?;
            ctx.report(&report)
        }
        None if ctx.print.out.tty => {
            // On a terminal the export is for reading: strip control characters from the data.
            let mut buf = Vec::new();
            export(&store, &request, Destination::Stream(&mut buf), &progress)?;
            let text = String::from_utf8_lossy(&buf);
            ctx.print
                .out
                .line(crate::text::clean(&text).trim_end_matches('\n'))
        }
        None => {
            export(
                &store,
                &request,
                Destination::Stream(ctx.print.out.raw()),
                &progress,
            )?;
            Ok(())
        }
    }
}
