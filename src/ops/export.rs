//! Getting documents out: a document's aligned text in an exchange format, streamed segment by
//! segment to a writer, or to files that are written whole or not at all. Which formats exist
//! and how each is written is the registry's business ([`crate::formats::FORMATS`]).

use super::Progress;
use crate::error::{Error, Result};
use crate::formats::interchange::ExportOptions;
use crate::formats::{Format, Record, SourceText, Writer};
use crate::outfile::{Protected, write_files};
use crate::store::prelude::*;
use serde::{Deserialize, Serialize};
use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};

/// What to export, and how.
#[derive(Debug, Clone)]
pub struct ExportRequest {
    pub doc: String,
    pub format: Format,
    /// Which source text the records carry.
    pub source: SourceText,
    /// When and by whom the export is made, for headers that record it (PO).
    pub exported_at: Option<String>,
    pub exported_by: Option<String>,
}

/// Where an export goes.
pub enum Destination<'a> {
    /// A stream (stdout); only for formats that write one file.
    Stream(&'a mut dyn Write),
    /// A file, or for a pair of files their base name (`BASE.<lang>`), never one of the
    /// protected files (the database). Regular files are written through exclusive temporary
    /// files and renamed at the end, so a failed export leaves none (see [`crate::outfile`]).
    Files(&'a Path, &'a Protected),
}

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Exported {
    pub doc: String,
    pub format: Format,
    /// Segments written (translated segments only, for TMX and Moses).
    pub segments: usize,
    /// The files written; empty when the export went to a stream.
    pub files: Vec<PathBuf>,
}

/// Refuses a request that cannot work whatever the database holds (a pair of files without a
/// base name), so the command can say so before it opens anything.
pub fn check(format: Format, to_files: bool) -> Result<()> {
    if format.spec().needs_output() && !to_files {
        return Err(Error::Usage(format!(
            "--format {format} writes two files, BASE.nl and BASE.en: give the base name with -o BASE"
        )));
    }
    Ok(())
}

/// Exports document `req.doc` to `dest`; `progress` counts segments.
pub fn export(
    store: &impl Read,
    req: &ExportRequest,
    dest: Destination<'_>,
    progress: &dyn Progress,
) -> Result<Exported> {
    crate::model::check_doc_name(&req.doc)?;
    check(req.format, matches!(dest, Destination::Files(..)))?;
    let mut doc = store.document(&req.doc)?;
    if req.format == Format::Html {
        // The page's header shows the progress per state.
        doc = store.with_progress(doc)?;
    }
    let annotations = store.annotations_by_segment(&doc)?;
    progress.start(doc.segments as u64);
    let mut count = 0usize;
    let each = |w: &mut dyn FnMut(&Record<'_>) -> Result<()>| {
        store.for_each_segment(&doc, 1, usize::MAX, &mut |seg| {
            progress.inc(1);
            let anns = annotations.get(&seg.id).map_or(&[][..], Vec::as_slice);
            w(&Record::new(&seg, anns, req.source))
        })
    };
    let files = match req.format.spec().writer {
        Writer::Pair(make) => {
            let Destination::Files(base, protected) = dest else {
                unreachable!("checked above: a pair of files needs a base name")
            };
            // File names never come from file content unchecked (a database made before
            // language codes were validated may hold anything there).
            for lang in [&doc.source_lang, &doc.target_lang] {
                crate::model::check_language(lang, &doc.name)?;
            }
            let paths = vec![
                with_extension(base, &doc.source_lang),
                with_extension(base, &doc.target_lang),
            ];
            if paths[0] == paths[1] {
                return Err(Error::invalid(
                    "format",
                    format!(
                        "source and target language are both '{}': {} needs two files",
                        doc.source_lang, req.format
                    ),
                ));
            }
            write_files(&paths, protected, &mut |ws| {
                let [src, tgt] = ws else {
                    unreachable!("two paths give two writers")
                };
                let mut out = make();
                each(&mut |r| {
                    if out.record(&mut **src, &mut **tgt, r)? {
                        count += 1;
                    }
                    Ok(())
                })
            })?;
            paths
        }
        Writer::Single(make) => {
            let opts = ExportOptions {
                source: req.source,
                exported_at: req.exported_at.clone(),
                exported_by: req.exported_by.clone(),
            };
            let mut write_all = |w: &mut dyn Write| -> Result<()> {
                let mut out = make(&doc, opts.clone());
                out.begin(w)?;
                each(&mut |r| {
                    if out.record(w, r)? {
                        count += 1;
                    }
                    Ok(())
                })?;
                out.finish(w)?;
                Ok(())
            };
            match dest {
                Destination::Stream(w) => {
                    write_all(w)?;
                    Vec::new()
                }
                Destination::Files(path, protected) => {
                    let paths = vec![path.to_path_buf()];
                    write_files(&paths, protected, &mut |ws| {
                        let [w] = ws else {
                            unreachable!("one path gives one writer")
                        };
                        write_all(&mut **w)
                    })?;
                    paths
                }
            }
        }
    };
    Ok(Exported {
        doc: doc.name,
        format: req.format,
        segments: count,
        files,
    })
}

/// `base` with `.ext` appended (`out/corpus` → `out/corpus.nl`).
fn with_extension(base: &Path, ext: &str) -> PathBuf {
    let mut s = OsString::from(base.as_os_str());
    s.push(".");
    s.push(ext);
    PathBuf::from(s)
}
