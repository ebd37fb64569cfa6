//! A bilingual file (TMX, XLIFF, PO, TSV, JSONL) becomes a document with its translations, and,
//! for tolk's own exports, their states, comments and annotations.
//!
//! The file is streamed: the format's reader hands over one segment at a time, and each is
//! stored as it arrives, so memory stays flat whatever the size of the file. The document row
//! is created on the first segment, when the reader knows the document's name and languages
//! (from the file's header, or from the first segment). Everything happens in one transaction:
//! an error anywhere — a bad byte on the last line included — leaves the database unchanged.

use super::{Progress, claim_name, recorded};
use crate::error::{Error, Result};
use crate::formats::{DocMeta, Format, ImportedLink, ImportedSegment, Sequence};
use crate::model::{Document, State, canonical_language, check_doc_name};
use crate::store::prelude::*;
use crate::store::{Actor, Extras, NewDocument, NewLink, NewRevision, OpCtx, Outcome, Store, Tx};
use serde::{Deserialize, Serialize};
use std::cell::Cell;
use std::io::{self, BufRead};
use std::path::Path;

/// What importing a bilingual file did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BilingualImported {
    pub doc: String,
    pub format: Format,
    pub segments: usize,
    pub paragraphs: usize,
    pub translated: usize,
    pub annotations: usize,
    /// Alignment links stored (tolk's own TMX and PO carry the links that are not plain 1-1).
    #[serde(default)]
    pub links: usize,
    pub operation: i64,
    /// What tolk assumed about the file and the user should know (e.g. the language of a
    /// PO file's msgids).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

/// A bilingual import: the file and how to name and label the document.
#[derive(Debug, Clone)]
pub struct BilingualImport<'a> {
    /// The file, for the document's default name (its stem).
    pub path: &'a Path,
    /// The file as named in messages and the log.
    pub label: &'a str,
    pub format: Format,
    /// The document's name; else the name the file gives, else the file's stem.
    pub doc: Option<&'a str>,
    /// Languages that override the file's.
    pub source_lang: Option<&'a str>,
    pub target_lang: Option<&'a str>,
    pub replace: bool,
}

/// The format a bilingual file is read as: by its extension when tolk knows it, else by its
/// content (a TMX saved as `.txt`, an XLIFF named `.xliff12`); `None` for text and stand-off
/// annotation files. Markup tolk does not read (SDLXLIFF, HTML, other XML) is refused,
/// naming the formats it reads, rather than imported as prose.
pub fn format_of(path: &Path) -> Result<Option<Format>> {
    use crate::formats::sniff::{HEAD, READABLE, Sniffed, sniff};
    if crate::formats::standoff::is_standoff(path) {
        return Ok(None);
    }
    if let Some(format) = path
        .extension()
        .and_then(|e| e.to_str())
        .and_then(Format::for_extension)
    {
        return Ok(Some(format));
    }
    let Some(head) = crate::formats::text::read_head(path, HEAD) else {
        return Ok(None);
    };
    match sniff(&head) {
        Sniffed::Format(format) => Ok(Some(format)),
        Sniffed::Text => Ok(None),
        Sniffed::Foreign(what) => Err(Error::invalid(
            "file",
            format!(
                "{}: {what}; tolk reads {READABLE}",
                crate::formats::text::label(path)
            ),
        )),
    }
}

/// Reads `input` with the format's reader and stores the document segment by segment in one
/// operation. `progress` follows the bytes read.
pub fn import_bilingual(
    store: &mut Store,
    actor: &Actor,
    req: &BilingualImport<'_>,
    input: &mut dyn BufRead,
    progress: &dyn Progress,
) -> Result<BilingualImported> {
    let Some(read) = req.format.spec().reader else {
        return Err(Error::Usage(format!(
            "tolk does not read {} files",
            req.format
        )));
    };
    if let Some(name) = req.doc {
        check_doc_name(name)?;
    }
    let taken = Cell::new(0);
    let mut input = Counted {
        inner: input,
        taken: &taken,
    };
    let label = req.label;
    let (done, operation) = store.operation(actor, "import", |tx, op| {
        let mut doc: Option<Importing> = None;
        let mut order = Sequence::default();
        let meta = read(&mut input, label, &mut |meta, seg| {
            order.check(&seg, label, req.format.name())?;
            let importing = match &mut doc {
                Some(d) => d,
                None => doc.insert(Importing::begin(tx, op, meta, req)?),
            };
            progress.set(taken.get());
            importing.append(tx, op, seg, label)
        })?;
        let Some(mut doc) = doc else {
            return Err(Error::invalid(
                req.format.name(),
                format!("{label}: no segments to import"),
            ));
        };
        doc.finish(tx, op, label)?;
        doc.notes.extend(meta.not_kept.iter().cloned());
        // What the file said after its last segment (PO obsolete entries) joins the rest.
        if meta.extra != doc.doc.extra {
            tx.set_document_extra(doc.doc.id, meta.extra.as_ref(), false, op)?;
        }
        let summary = format!(
            "{} {} from {label} ({}): {} segments, {} translated, {} annotations",
            if doc.replaced { "replaced" } else { "imported" },
            doc.doc.name,
            req.format,
            doc.segments,
            doc.translated,
            doc.annotations
        );
        let id = doc.doc.id;
        Ok(Outcome::changed(doc, summary, Some(id)))
    })?;
    Ok(BilingualImported {
        doc: done.doc.name,
        format: req.format,
        segments: done.segments,
        paragraphs: done.paragraphs,
        translated: done.translated,
        annotations: done.annotations,
        links: done.links,
        operation: recorded(operation),
        notes: done.notes,
    })
}

/// The document's name: the request's, else the one the file gives, else the file's stem.
pub(super) fn doc_name(req: &BilingualImport<'_>, meta: &DocMeta) -> String {
    match (req.doc, &meta.name) {
        (Some(d), _) => d.to_string(),
        (None, Some(n)) => n.clone(),
        (None, None) => {
            let stem = req
                .path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            crate::model::doc_name_from_path(Path::new(&stem), "")
        }
    }
}

/// The document's languages: the request's, else the file's, else tolk's pair — Dutch and
/// English, whichever the other side is not. A file that names only its target language
/// (a PO header's `Language`, a `.pot` template's nothing) is taken to have English sources
/// when the target is not English (gettext's msgids are English by convention), and the
/// report says so.
fn languages(req: &BilingualImport<'_>, meta: &DocMeta) -> (String, String, Vec<String>) {
    let mut notes = Vec::new();
    let target = req
        .target_lang
        .map(str::to_string)
        .or(meta.target_lang.as_deref().map(canonical_language));
    let source = req
        .source_lang
        .map(str::to_string)
        .or(meta.source_lang.as_deref().map(canonical_language))
        .unwrap_or_else(|| match target.as_deref() {
            Some(t) if crate::model::primary_language(t) != "en" => {
                notes.push(format!(
                    "{}: the file gives no source language and its target is '{t}': taking the sources as English (en); give --lang to say otherwise",
                    req.label
                ));
                "en".into()
            }
            Some(_) => "nl".into(),
            None if req.format == Format::Po => {
                notes.push(format!(
                    "{}: the file gives no languages: taking the sources as English (en), as gettext's are, and the target as Dutch (nl); give --lang/--target-lang to say otherwise",
                    req.label
                ));
                "en".into()
            }
            None => "nl".into(),
        });
    let target = target.unwrap_or_else(|| {
        if crate::model::primary_language(&source) == "en" {
            "nl"
        } else {
            "en"
        }
        .into()
    });
    (source, target, notes)
}

/// A document being imported: created on the first segment, then appended to.
struct Importing {
    notes: Vec<String>,
    /// The stored document; its segment count is kept up to date, as annotations are placed
    /// by position and positions beyond the count do not exist.
    doc: Document,
    replaced: bool,
    segments: usize,
    paragraphs: usize,
    translated: usize,
    annotations: usize,
    /// What this import added, for messages (see [`super::annotations::Lines`]).
    lines: super::annotations::Lines,
    /// Links stored (tolk's own TMX and PO carry them).
    links: usize,
    /// Sentences the translator added, waiting for the segment they stand before.
    pending: Vec<(String, ImportedLink)>,
    /// Who the file says made its translations (PO `Last-Translator`, when not tolk's own
    /// export): the author of revisions whose entry names none.
    file_author: Option<String>,
}

impl Importing {
    /// Names the document (`doc`, else the name the file gives, else the file's stem),
    /// claims the name, and creates the document row with the languages of the request,
    /// else the file's, else nl → en.
    fn begin(
        tx: &Tx<'_>,
        op: OpCtx<'_>,
        meta: &DocMeta,
        req: &BilingualImport<'_>,
    ) -> Result<Importing> {
        let name = doc_name(req, meta);
        check_doc_name(&name)?;
        let (source_lang, target_lang, notes) = languages(req, meta);
        crate::model::check_language(&source_lang, req.label)?;
        crate::model::check_language(&target_lang, req.label)?;
        let replaced = claim_name(tx, op, &name, req.replace)?;
        tx.insert_document_header(
            &NewDocument {
                name: &name,
                source_lang: &source_lang,
                target_lang: &target_lang,
                title: None,
                origin: Some(req.label),
                extra: meta.extra.as_ref(),
            },
            op,
        )?;
        Ok(Importing {
            doc: tx.document(&name)?,
            notes,
            replaced,
            segments: 0,
            paragraphs: 0,
            translated: 0,
            annotations: 0,
            lines: Default::default(),
            links: 0,
            pending: Vec::new(),
            file_author: meta.author.clone(),
        })
    }

    /// Stores the next record: a segment with its translation, then its annotations (which
    /// find their segment by position, so it must be stored first). A record that stands for
    /// a link (tolk's own TMX and PO) becomes the link's segments, split at the link's breaks,
    /// and its link row; sentences the translator added wait for the segment they stand before.
    fn append(
        &mut self,
        tx: &Tx<'_>,
        op: OpCtx<'_>,
        mut seg: ImportedSegment,
        label: &str,
    ) -> Result<()> {
        let link = seg.link.take();
        if let Some(l) = &link
            && l.sources == 0
        {
            let text = seg.target.take().unwrap_or_default();
            self.pending.push((text, l.clone()));
            return Ok(());
        }
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
        let first = self.segments + 1;
        let paragraph = seg.paragraph.max(1);
        let breaks = link.as_ref().map_or(&[][..], |l| l.breaks.as_slice());
        let pieces = split_at_breaks(&seg.source, breaks).ok_or_else(|| {
            Error::invalid(
                "link",
                format!(
                    "{label} line {}: the link's breaks {breaks:?} do not split its source into {} sentences",
                    seg.line,
                    breaks.len() + 1
                ),
            )
        })?;
        let mut first_id = 0;
        for (k, piece) in pieces.iter().enumerate() {
            let id = tx.append_segment(
                self.doc.id,
                first + k,
                paragraph,
                piece,
                if k == 0 { rev.as_ref() } else { None },
                seg.author
                    .as_deref()
                    .or(self.file_author.as_deref())
                    .filter(|_| k == 0),
                seg.revision.filter(|_| k == 0),
                if k == 0 {
                    Extras {
                        segment: seg.kept.segment.as_ref(),
                        translation: seg.kept.translation.as_ref(),
                    }
                } else {
                    Extras::default()
                },
                op,
            )?;
            if k == 0 {
                first_id = id;
            }
        }
        self.segments = first + pieces.len() - 1;
        self.paragraphs = self.paragraphs.max(paragraph);
        self.doc.segments = self.segments;
        self.doc.paragraphs = self.paragraphs;
        for (text, l) in std::mem::take(&mut self.pending) {
            self.store_link(tx, op, first_id, false, Some(&text), &l)?;
        }
        if let Some(l) = &link {
            self.store_link(tx, op, first_id, false, None, l)?;
        }
        for mut e in seg.annotations {
            // Annotations of a link's later segments are placed in the joined source.
            e.n = first;
            if e.side == crate::model::Side::Source
                && let (Some(start), Some(end)) = (e.start, e.end)
                && let Some(k) = breaks.iter().rposition(|&b| b <= start)
            {
                e.n = first + k + 1;
                e.start = Some(start - breaks[k]);
                e.end = Some(end.saturating_sub(breaks[k]));
            }
            if super::annotations::add_entry(tx, op, &self.doc, &e, label, &mut self.lines)? {
                self.annotations += 1;
            }
        }
        Ok(())
    }

    fn store_link(
        &mut self,
        tx: &Tx<'_>,
        op: OpCtx<'_>,
        segment_id: i64,
        after: bool,
        text: Option<&str>,
        l: &ImportedLink,
    ) -> Result<()> {
        tx.insert_link(
            &NewLink {
                segment_id,
                sources: l.sources,
                targets: l.targets,
                after,
                text,
                score: l.score,
                origin: l.origin,
            },
            op,
        )?;
        self.links += 1;
        Ok(())
    }

    /// Sentences the translator added after the last segment stand after it.
    fn finish(&mut self, tx: &Tx<'_>, op: OpCtx<'_>, label: &str) -> Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let Some(last) = tx.segments(&self.doc)?.last().map(|s| s.id) else {
            return Err(Error::invalid(
                "link",
                format!(
                    "{label}: sentences the translator added, but no source segment to place them by"
                ),
            ));
        };
        for (text, l) in std::mem::take(&mut self.pending) {
            self.store_link(tx, op, last, true, Some(&text), &l)?;
        }
        Ok(())
    }
}

/// `source` cut at code-point offsets `breaks` (each piece trimmed); None when a break is out
/// of range or leaves an empty piece.
fn split_at_breaks(source: &str, breaks: &[usize]) -> Option<Vec<String>> {
    if breaks.is_empty() {
        return Some(vec![source.to_string()]);
    }
    let chars: Vec<char> = source.chars().collect();
    let mut out = Vec::with_capacity(breaks.len() + 1);
    let mut at = 0;
    for &b in breaks.iter().chain([&chars.len()]) {
        if b < at || b > chars.len() {
            return None;
        }
        let piece: String = chars[at..b].iter().collect::<String>().trim().to_string();
        if piece.is_empty() {
            return None;
        }
        out.push(piece);
        at = b;
    }
    Some(out)
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
