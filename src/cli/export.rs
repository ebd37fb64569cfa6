//! `tolk export`: write a document's aligned text in an exchange format, streaming.

use super::Ctx;
use crate::error::{Error, Result};
use crate::formats::interchange::{ExportOptions, exporter};
use crate::formats::moses::MosesWriter;
use crate::formats::{Format, Record, SourceText};
use crate::store::{Mode, prelude::*};
use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Export a document's aligned source and translation
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Document name
    doc: String,
    /// Output format
    #[arg(long, short = 'F', value_enum)]
    format: Format,
    /// Write to FILE instead of stdout (written whole or not at all); for moses, the base name
    /// of the two files BASE.<source lang> and BASE.<target lang>
    #[arg(long, short)]
    output: Option<PathBuf>,
    /// Source text to export: as published, or with accepted corrections applied
    #[arg(long, value_enum, default_value = "published")]
    source: SourceText,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    crate::model::check_doc_name(&args.doc)?;
    if args.format == Format::Moses && args.output.is_none() {
        return Err(Error::Usage(
            "--format moses writes two files, BASE.nl and BASE.en: give the base name with -o BASE"
                .to_string(),
        ));
    }
    let store = ctx.open(Mode::Read)?;
    let mut doc = store.document(&args.doc)?;
    if args.format == Format::Html {
        // The page's header shows the progress per state.
        doc = store.with_progress(doc)?;
    }
    let annotations = store.annotations_by_segment(&doc)?;
    let mut count = 0usize;
    let progress = crate::print::progress::Progress::new(
        doc.segments as u64,
        "exporting",
        false,
        ctx.quiet || doc.segments < 10_000,
    );

    if args.format == Format::Moses {
        let base = args.output.as_deref().unwrap_or(Path::new("moses"));
        let paths = [
            with_extension(base, &doc.source_lang),
            with_extension(base, &doc.target_lang),
        ];
        if paths[0] == paths[1] {
            return Err(Error::input(format!(
                "source and target language are both '{}': moses needs two files",
                doc.source_lang
            )));
        }
        write_files(&paths, &mut |ws| {
            let [src, tgt] = ws else {
                return Err(Error::input("moses writes exactly two files"));
            };
            let mut moses = MosesWriter::new();
            store.for_each_segment(&doc, 1, usize::MAX, &mut |seg| {
                progress.inc(1);
                let anns = annotations.get(&seg.id).map_or(&[][..], Vec::as_slice);
                let r = Record::new(&seg, anns, args.source);
                moses.record(&mut **src, &mut **tgt, &r)?;
                Ok(())
            })?;
            count = moses.lines();
            Ok(())
        })?;
        ctx.notice(&format!(
            "exported {} translated segments of {} to {} and {}",
            count,
            doc.name,
            paths[0].display(),
            paths[1].display()
        ));
        return Ok(());
    }

    let opts = ExportOptions {
        source: args.source,
        exported_at: Some(crate::clock::now()),
        exported_by: Some(ctx.author.clone()),
    };
    let mut write_all = |w: &mut dyn Write| -> Result<()> {
        let mut out = exporter(args.format, &doc, opts.clone())
            .ok_or_else(|| Error::input("this format does not write a single file"))?;
        out.begin(w)?;
        store.for_each_segment(&doc, 1, usize::MAX, &mut |seg| {
            progress.inc(1);
            let anns = annotations.get(&seg.id).map_or(&[][..], Vec::as_slice);
            let r = Record::new(&seg, anns, args.source);
            if out.record(w, &r)? {
                count += 1;
            }
            Ok(())
        })?;
        out.finish(w)?;
        Ok(())
    };
    match &args.output {
        Some(path) => {
            write_files(std::slice::from_ref(path), &mut |ws| match ws {
                [w] => write_all(&mut **w),
                _ => Err(Error::input("expected one output file")),
            })?;
            ctx.notice(&format!(
                "exported {} segments of {} to {}",
                count,
                doc.name,
                path.display()
            ));
            Ok(())
        }
        None if ctx.print.out.tty => {
            // On a terminal the export is for reading: strip control characters from the data.
            let mut buf = Vec::new();
            write_all(&mut buf)?;
            ctx.print
                .out
                .line(crate::text::clean(&String::from_utf8_lossy(&buf)).trim_end_matches('\n'))
        }
        None => write_all(ctx.print.out.raw()),
    }
}

/// `base` with `.ext` appended (`out/corpus` → `out/corpus.nl`).
fn with_extension(base: &Path, ext: &str) -> PathBuf {
    let mut s = OsString::from(base.as_os_str());
    s.push(".");
    s.push(ext);
    PathBuf::from(s)
}

/// Writes each file through a temporary file beside it and renames them all at the end, so a
/// failed export never leaves a truncated file (or half of a pair) behind.
fn write_files(
    paths: &[PathBuf],
    f: &mut dyn FnMut(&mut [&mut dyn Write]) -> Result<()>,
) -> Result<()> {
    for path in paths {
        if path.is_dir() {
            return Err(Error::input(format!("{}: is a directory", path.display())));
        }
    }
    let tmps: Vec<PathBuf> = paths.iter().map(|p| temp_path(p)).collect();
    let result = (|| -> Result<()> {
        let mut writers = Vec::with_capacity(tmps.len());
        for tmp in &tmps {
            let file = std::fs::File::create(tmp).map_err(|e| Error::io(tmp, e))?;
            writers.push(std::io::BufWriter::new(file));
        }
        {
            let mut dyns: Vec<&mut dyn Write> =
                writers.iter_mut().map(|w| w as &mut dyn Write).collect();
            f(&mut dyns).map_err(|e| match e {
                Error::BrokenPipe => Error::input(format!("{}: write failed", tmps[0].display())),
                e => e,
            })?;
        }
        for (w, tmp) in writers.into_iter().zip(&tmps) {
            let file = w.into_inner().map_err(|e| Error::io(tmp, e.into_error()))?;
            file.sync_all().map_err(|e| Error::io(tmp, e))?;
        }
        for (tmp, path) in tmps.iter().zip(paths) {
            std::fs::rename(tmp, path).map_err(|e| Error::io(path, e))?;
        }
        Ok(())
    })();
    if result.is_err() {
        for tmp in &tmps {
            let _ = std::fs::remove_file(tmp);
        }
    }
    result
}

fn temp_path(path: &Path) -> PathBuf {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    dir.join(format!(".{file_name}.tolk-tmp"))
}
