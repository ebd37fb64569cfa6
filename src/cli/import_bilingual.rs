//! `tolk import FILE.{tmx,xlf,xliff,po,tsv,jsonl}`: a bilingual file becomes a document with its
//! translations, and, for tolk's own exports, their states, comments and annotations.
//!
//! The file is streamed: the format's reader hands over one segment at a time, and each is
//! stored as it arrives, so memory stays flat whatever the size of the file. The document row
//! is created on the first segment, when the reader knows the document's name and languages
//! (from the file's header, or from the first segment). Everything happens in one transaction:
//! an error anywhere — a bad byte on the last line included — leaves the database unchanged.
//! On a terminal, a progress bar follows the bytes read.

use super::Ctx;
use crate::error::{Error, Result};
use crate::formats::{DocMeta, ImportedSegment, Reader};
use crate::model::{Document, State, check_doc_name};
use crate::store::{Mode, NewDocument, NewRevision, OpCtx, Tx, prelude::*};
use std::cell::Cell;
use std::io::{self, BufRead};
use std::path::Path;

#[derive(Debug, serde::Serialize)]
pub struct Report {
    pub doc: String,
    pub format: &'static str,
    pub segments: usize,
    pub paragraphs: usize,
    pub translated: usize,
    pub annotations: usize,
    pub operation: i64,
}

/// The reader for a bilingual file, by extension, with the format's name.
pub fn reader_for(path: &Path) -> Option<(&'static str, Reader)> {
    if crate::formats::standoff::is_standoff(path) {
        return None;
    }
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    crate::formats::reader_for_extension(&ext)
}

/// A language tag as tolk stores it: the primary subtag, lower case (`nl-NL` → `nl`).
fn primary(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or(tag)
        .trim()
        .to_ascii_lowercase()
}

pub struct Options<'a> {
    pub doc: Option<&'a str>,
    pub source_lang: Option<&'a str>,
    pub target_lang: Option<&'a str>,
    pub replace: bool,
}

pub fn import(
    ctx: &Ctx,
    path: &Path,
    read: Reader,
    format: &'static str,
    opts: &Options<'_>,
) -> Result<Report> {
    let (input, label) = crate::formats::text::open(path)?;
    // A name given on the command line is checked before anything is read or opened.
    if let Some(name) = opts.doc {
        check_doc_name(name)?;
    }
    let size = std::fs::metadata(path).map_or(0, |m| m.len());
    let progress = crate::print::progress::Progress::new(
        size,
        "importing",
        true,
        ctx.quiet || size < (1 << 20),
    );
    let taken = Cell::new(0);
    let mut input = Counted {
        inner: input,
        taken: &taken,
    };
    let mut store = ctx.open(Mode::Write)?;
    let (done, op) = ctx.write(&mut store, "import", |tx, op| {
        let mut doc: Option<Importing> = None;
        read(&mut input, &label, &mut |meta, seg| {
            let importing = match &mut doc {
                Some(d) => d,
                None => doc.insert(Importing::begin(tx, op, meta, path, &label, opts)?),
            };
            progress.set(taken.get());
            importing.append(tx, op, seg)
        })?;
        let Some(doc) = doc else {
            return Err(Error::input(format!("{label}: no segments to import")));
        };
        let summary = format!(
            "{} {} from {label} ({format}): {} segments, {} translated, {} annotations",
            if doc.replaced { "replaced" } else { "imported" },
            doc.doc.name,
            doc.segments,
            doc.translated,
            doc.annotations
        );
        let id = doc.doc.id;
        Ok((doc, summary, Some(id)))
    })?;
    Ok(Report {
        doc: done.doc.name,
        format,
        segments: done.segments,
        paragraphs: done.paragraphs,
        translated: done.translated,
        annotations: done.annotations,
        operation: op,
    })
}

/// A document being imported: created on the first segment, then appended to.
struct Importing<'l> {
    /// The stored document; its segment count is kept up to date, as annotations are placed
    /// by position and positions beyond the count do not exist.
    doc: Document,
    label: &'l str,
    replaced: bool,
    segments: usize,
    paragraphs: usize,
    translated: usize,
    annotations: usize,
}

impl<'l> Importing<'l> {
    /// Names the document (`--doc`, else the name the file gives, else the file's stem),
    /// claims the name, and creates the document row with the languages from the command
    /// line, else the file's, else nl → en.
    fn begin(
        tx: &Tx<'_>,
        op: OpCtx<'_>,
        meta: &DocMeta,
        path: &Path,
        label: &'l str,
        opts: &Options<'_>,
    ) -> Result<Importing<'l>> {
        let name = match (opts.doc, &meta.name) {
            (Some(d), _) => d.to_string(),
            (None, Some(n)) => n.clone(),
            (None, None) => {
                let stem = path
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                crate::model::doc_name_from_path(Path::new(&stem), "")
            }
        };
        check_doc_name(&name)?;
        let source_lang = opts
            .source_lang
            .map(str::to_string)
            .or(meta.source_lang.as_deref().map(primary))
            .unwrap_or_else(|| "nl".into());
        let target_lang = opts
            .target_lang
            .map(str::to_string)
            .or(meta.target_lang.as_deref().map(primary))
            .unwrap_or_else(|| "en".into());
        let replaced = super::import::claim_name(tx, op, &name, opts.replace)?;
        tx.insert_document_header(
            &NewDocument {
                name: &name,
                source_lang: &source_lang,
                target_lang: &target_lang,
                title: None,
                origin: Some(label),
            },
            op,
        )?;
        Ok(Importing {
            doc: tx.document(&name)?,
            label,
            replaced,
            segments: 0,
            paragraphs: 0,
            translated: 0,
            annotations: 0,
        })
    }

    /// Stores the next segment with its translation, then its annotations (which find their
    /// segment by position, so it must be stored first).
    fn append(&mut self, tx: &Tx<'_>, op: OpCtx<'_>, seg: ImportedSegment) -> Result<()> {
        // A draft target in a state that says "not translated yet" is still a translation.
        let state = if seg.state == State::Untranslated {
            State::Translated
        } else {
            seg.state
        };
        let rev = seg.target.as_deref().map(|text| NewRevision {
            text,
            state,
            comment: seg.comment.as_deref(),
        });
        self.translated += usize::from(rev.is_some());
        let position = self.segments + 1;
        let paragraph = seg.paragraph.max(1);
        tx.append_segment(
            self.doc.id,
            position,
            paragraph,
            &seg.source,
            rev.as_ref(),
            seg.author.as_deref(),
            seg.revision,
            op,
        )?;
        self.segments = position;
        self.paragraphs = self.paragraphs.max(paragraph);
        self.doc.segments = self.segments;
        self.doc.paragraphs = self.paragraphs;
        for e in &seg.annotations {
            if super::import_annotations::add_entry(tx, op, &self.doc, e, self.label)? {
                self.annotations += 1;
            }
        }
        Ok(())
    }
}

/// The input, counting the bytes the reader takes from it, for the progress bar: the reader
/// holds the input while segments arrive, so the count is shared through a `Cell`.
struct Counted<'c, R> {
    inner: R,
    taken: &'c Cell<u64>,
}

impl<R: BufRead> io::Read for Counted<'_, R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(out)?;
        self.taken.set(self.taken.get() + n as u64);
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Counted<'_, R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.inner.fill_buf()
    }

    fn consume(&mut self, amount: usize) {
        self.inner.consume(amount);
        self.taken.set(self.taken.get() + amount as u64);
    }
}
