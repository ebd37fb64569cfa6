//! Reading source files, and writing and reading bilingual exchange formats. Pure: takes
//! and returns model types, knows nothing of SQLite or the command line.

pub mod html;
pub mod interchange;
pub mod jsonl;
pub mod moses;
pub mod po;
pub mod standoff;
pub mod text;
pub mod tmx;
pub mod tsv;
pub mod xliff;
pub mod xliff12;
pub mod xml;

use serde::Serialize;

use crate::model::{Annotation, SegmentView, State, corrected_text};

/// Which source text an export carries in its `source` field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum SourceText {
    /// As published (typos included)
    #[default]
    Published,
    /// With accepted corrections applied
    Corrected,
}

/// The flat per-segment record shared by the JSONL export, `show --json` and TSV.
#[derive(Debug, Clone, Serialize)]
pub struct Record<'a> {
    pub id: String,
    pub doc: &'a str,
    pub n: usize,
    pub paragraph: usize,
    /// The source text the export was asked for (published or corrected).
    pub source: String,
    pub source_published: &'a str,
    pub source_corrected: String,
    pub target: Option<&'a str>,
    pub state: State,
    pub revision: Option<i64>,
    pub author: Option<&'a str>,
    pub updated_at: Option<&'a str>,
    /// Who made the first translation revision, and when.
    pub created_by: Option<&'a str>,
    pub created_at: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<&'a str>,
    pub annotations: &'a [Annotation],
}

impl<'a> Record<'a> {
    pub fn new(seg: &'a SegmentView, annotations: &'a [Annotation], which: SourceText) -> Self {
        let cur = seg.current.as_ref();
        let corrected = corrected_text(&seg.source, annotations);
        Record {
            id: seg.address(),
            doc: &seg.doc,
            n: seg.position,
            paragraph: seg.paragraph,
            source: match which {
                SourceText::Published => seg.source.clone(),
                SourceText::Corrected => corrected.clone(),
            },
            source_published: &seg.source,
            source_corrected: corrected,
            target: cur.map(|t| t.text.as_str()),
            state: seg.state(),
            revision: cur.map(|t| t.revision),
            author: cur.map(|t| t.author.as_str()),
            updated_at: cur.map(|t| t.created_at.as_str()),
            created_by: seg.first.as_ref().map(|(a, _)| a.as_str()),
            created_at: seg.first.as_ref().map(|(_, at)| at.as_str()),
            comment: cur.and_then(|t| t.comment.as_deref()),
            annotations,
        }
    }
}

/// Export formats available in this build.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Tsv,
    Jsonl,
    /// TMX 1.4b translation memory (translated segments only)
    Tmx,
    /// XLIFF 2.0
    Xliff,
    /// XLIFF 1.2
    Xliff12,
    /// gettext PO
    Po,
    /// Moses parallel text: BASE.nl and BASE.en (needs -o BASE)
    Moses,
    /// Self-contained HTML page, side by side
    Html,
}

/// What a bilingual file says about its document as a whole (language codes as found in the
/// file, e.g. `nl`, `nl-NL`; the caller normalises them). Readers fill it in from the file's
/// header (TMX `header`, XLIFF `xliff`/`file`, the PO header entry) and, failing that, from the
/// first segment (a `DOC:N` id, the languages of its sides) — so it is as complete as it will
/// usefully get when the first segment is handed over, which is when an importer creates the
/// document. Later segments only fill in what is still missing.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DocMeta {
    /// Document name found in the file (e.g. the `DOC` of `DOC:N` ids), if any.
    pub name: Option<String>,
    pub source_lang: Option<String>,
    pub target_lang: Option<String>,
}

/// A bilingual document read from an exchange file (TMX, XLIFF, PO, TSV, JSONL) and held in
/// memory: what [`ImportedDoc::read`] collects from a streaming [`Reader`]. Readers fill in what
/// their format carries and leave the rest empty.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportedDoc {
    /// Document name found in the file (e.g. the `DOC` of `DOC:N` ids), if any.
    pub name: Option<String>,
    /// Language codes as found in the file (e.g. `nl`, `nl-NL`); the caller normalises them.
    pub source_lang: Option<String>,
    pub target_lang: Option<String>,
    pub segments: Vec<ImportedSegment>,
}

impl ImportedDoc {
    /// Runs a streaming reader over text held in memory and collects the whole document —
    /// for tests and small files; importers stream instead.
    pub fn read(read: Reader, text: &str, label: &str) -> crate::error::Result<ImportedDoc> {
        let mut segments = Vec::new();
        let meta = read(&mut text.as_bytes(), label, &mut |_, seg| {
            segments.push(seg);
            Ok(())
        })?;
        Ok(ImportedDoc {
            name: meta.name,
            source_lang: meta.source_lang,
            target_lang: meta.target_lang,
            segments,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ImportedSegment {
    /// 1-based paragraph number (1 for every segment when the format has no paragraphs).
    pub paragraph: usize,
    /// The source as published.
    pub source: String,
    /// The current translation, None when untranslated.
    pub target: Option<String>,
    pub state: State,
    /// Reviewer's comment on the current revision.
    pub comment: Option<String>,
    /// Author of the current translation revision, when the file says.
    pub author: Option<String>,
    /// Number of the current translation revision, when the file says (tolk's own exports).
    pub revision: Option<i64>,
    /// Annotations of this segment (tolk's own exports carry them), with `n` = this segment's
    /// 1-based position and start/end set.
    pub annotations: Vec<standoff::Entry>,
}

/// Receives each segment as it is read, in document order, with the document's metadata as
/// far as the file has told it (see [`DocMeta`]). An error it returns stops the reader.
pub type Each<'a> = dyn FnMut(&DocMeta, ImportedSegment) -> crate::error::Result<()> + 'a;

/// A streaming reader of one bilingual format: the input (raw bytes; the reader checks UTF-8 as
/// it goes), its label for messages, and where to hand each segment. It holds one segment (one
/// `tu`, `unit`, PO entry or line) at a time, so memory does not grow with the file. Returns
/// the document's metadata once the input is read to its end.
pub type Reader =
    fn(&mut dyn std::io::BufRead, &str, &mut Each<'_>) -> crate::error::Result<DocMeta>;

/// The reader for a file extension (lower case, without the dot), with the format's name.
pub fn reader_for_extension(ext: &str) -> Option<(&'static str, Reader)> {
    match ext {
        "tmx" => Some(("tmx", tmx::read_stream as Reader)),
        "xlf" | "xliff" => Some(("xliff", xliff::read_stream as Reader)),
        "po" => Some(("po", po::read_stream as Reader)),
        "tsv" => Some(("tsv", tsv::read_stream as Reader)),
        "jsonl" => Some(("jsonl", jsonl::read_stream as Reader)),
        _ => None,
    }
}
