//! `tolk export`: write a document's aligned text in an exchange format, streaming.

use super::Ctx;
use crate::error::{Error, Result};
use crate::formats::{Format, Record, SourceText, jsonl, tsv};
use crate::store::{Mode, Read};
use std::io::Write;
use std::path::PathBuf;

/// Export a document's aligned source and translation
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Document name
    doc: String,
    /// Output format
    #[arg(long, short = 'F', value_enum)]
    format: Format,
    /// Write to FILE instead of stdout (written whole or not at all)
    #[arg(long, short)]
    output: Option<PathBuf>,
    /// Source text to export: as published, or with accepted corrections applied
    #[arg(long, value_enum, default_value = "published")]
    source: SourceText,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    crate::model::check_doc_name(&args.doc)?;
    let store = ctx.open(Mode::Read)?;
    let doc = store.document(&args.doc)?;
    let annotations = store.annotations_by_segment(&doc)?;
    let mut count = 0usize;
    let mut write_all = |w: &mut dyn Write| -> Result<()> {
        if args.format == Format::Tsv {
            tsv::write_header(w)?;
        }
        store.for_each_segment(&doc, 1, usize::MAX, &mut |seg| {
            let anns = annotations.get(&seg.id).map_or(&[][..], Vec::as_slice);
            let r = Record::new(&seg, anns, args.source);
            match args.format {
                Format::Tsv => tsv::write_record(w, &r)?,
                Format::Jsonl => jsonl::write_record(w, &r)?,
            }
            count += 1;
            Ok(())
        })
    };
    match &args.output {
        Some(path) => {
            write_file(path, &mut write_all)?;
            ctx.notice(&format!(
                "exported {} segments of {} to {}",
                count,
                doc.name,
                path.display()
            ));
            Ok(())
        }
        None if ctx.out.tty => {
            // On a terminal the export is for reading: strip control characters from the data.
            let mut buf = Vec::new();
            write_all(&mut buf)?;
            ctx.out
                .line(crate::render::clean(&String::from_utf8_lossy(&buf)).trim_end_matches('\n'))
        }
        None => write_all(ctx.out.raw()),
    }
}

/// Writes through a temporary file beside `path` and renames it, so a failed export never
/// leaves a truncated file behind.
fn write_file(
    path: &std::path::Path,
    f: &mut dyn FnMut(&mut dyn Write) -> Result<()>,
) -> Result<()> {
    if path.is_dir() {
        return Err(Error::input(format!("{}: is a directory", path.display())));
    }
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{file_name}.tolk-tmp"));
    let result = (|| -> Result<()> {
        let file = std::fs::File::create(&tmp).map_err(|e| Error::io(&tmp, e))?;
        let mut w = std::io::BufWriter::new(file);
        f(&mut w).map_err(|e| match e {
            Error::BrokenPipe => Error::input(format!("{}: write failed", tmp.display())),
            e => e,
        })?;
        let file = w
            .into_inner()
            .map_err(|e| Error::io(&tmp, e.into_error()))?;
        file.sync_all().map_err(|e| Error::io(&tmp, e))?;
        std::fs::rename(&tmp, path).map_err(|e| Error::io(path, e))
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}
