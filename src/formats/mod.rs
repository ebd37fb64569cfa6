//! Reading source files, and writing and reading bilingual exchange formats. Pure: takes
//! and returns model types, knows nothing of SQLite or the command line. [`FORMATS`] is the
//! one registry: each format's name, extensions, reader and writer.

pub mod codes;
pub mod csv;
pub mod html;
pub mod interchange;
pub mod jsonl;
pub mod moses;
pub mod po;
pub mod sniff;
pub mod standoff;
pub mod text;
pub mod tmx;
pub mod tsv;
pub mod xliff;
pub mod xliff12;
pub mod xml;

use serde::Serialize;
use std::borrow::Cow;

use crate::model::{Annotation, Choice, Document, LinkInfo, SegmentView, State, corrected_text};
use interchange::{ExportOptions, Exporter, PairExporter};

/// Which source text an export carries in its `source` field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceText {
    #[default]
    Published,
    Corrected,
}

impl SourceText {
    pub const ALL: [SourceText; 2] = [SourceText::Published, SourceText::Corrected];

    pub fn as_str(self) -> &'static str {
        match self {
            SourceText::Published => "published",
            SourceText::Corrected => "corrected",
        }
    }

    /// One line for `--help`.
    pub fn help(self) -> &'static str {
        match self {
            SourceText::Published => "As published (typos included)",
            SourceText::Corrected => "With accepted corrections applied",
        }
    }
}

impl Choice for SourceText {
    fn all() -> &'static [Self] {
        &SourceText::ALL
    }
    fn name(self) -> &'static str {
        self.as_str()
    }
}

/// The flat per-segment record shared by the JSONL export, `show --json` and TSV.
#[derive(Debug, Clone, Serialize)]
pub struct Record<'a> {
    pub id: String,
    pub doc: &'a str,
    pub n: usize,
    pub paragraph: usize,
    /// The source text the export was asked for (published or corrected).
    pub source: Cow<'a, str>,
    pub source_published: &'a str,
    pub source_corrected: Cow<'a, str>,
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
    /// The link the record stands for, when it is not a plain 1-1 one (JSONL and TSV write
    /// one record per link: the sources of an n-m link joined by a space).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<LinkInfo>,
    /// For a link with several source segments: the code-point offsets in the published
    /// source where the second, third … segment starts (the formats tolk reads back carry
    /// them to split the source again on import).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub breaks: Vec<usize>,
    /// What the file the segment came from carries beyond source and target (PO msgctxt,
    /// flags, comments, msgid_plural …), for writers that give it back.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extra: Option<&'a crate::model::SegExtra>,
    /// The current revision's plural forms beyond the first.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub forms: Option<&'a crate::model::TransExtra>,
}

impl<'a> Record<'a> {
    pub fn new(seg: &'a SegmentView, annotations: &'a [Annotation], which: SourceText) -> Self {
        let cur = seg.current.as_ref();
        // Without annotations there is nothing to correct: no copy of the text is made.
        let corrected = if annotations.is_empty() {
            Cow::Borrowed(seg.source.as_str())
        } else {
            Cow::Owned(corrected_text(&seg.source, annotations))
        };
        Record {
            id: seg.address(),
            doc: &seg.doc,
            n: seg.position,
            paragraph: seg.paragraph,
            source: match which {
                SourceText::Published => Cow::Borrowed(seg.source.as_str()),
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
            link: None,
            breaks: Vec::new(),
            extra: seg.extra.as_ref(),
            forms: cur.and_then(|t| t.extra.as_ref()),
        }
    }

    /// The target's forms: the first (the revision's text) and the plural forms after it.
    pub fn target_forms(&self) -> Vec<&str> {
        let mut out = vec![self.target.unwrap_or("")];
        if let Some(f) = self.forms {
            out.extend(f.forms.iter().map(String::as_str));
        }
        out
    }
}

/// The exchange formats of this build; [`Format::spec`] says what each can do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    Tsv,
    Csv,
    Jsonl,
    Tmx,
    Xliff,
    Xliff12,
    Po,
    Moses,
    Html,
}

/// How a format is written.
#[derive(Clone, Copy)]
pub enum Writer {
    /// One stream (a file, or stdout), written by an [`Exporter`].
    Single(fn(&Document, ExportOptions) -> Box<dyn Exporter>),
    /// One file per language, `BASE.<source lang>` and `BASE.<target lang>`, line N to line
    /// N, written by a [`PairExporter`]: needs an output base name.
    Pair(fn() -> Box<dyn PairExporter>),
}

/// One entry of the registry: everything tolk knows about a format.
pub struct FormatSpec {
    pub format: Format,
    /// The name on the command line (`--format NAME`) and in reports.
    pub name: &'static str,
    /// One line for `--help`; empty when the name says it all.
    pub help: &'static str,
    /// File extensions (lower case, no dot) that `import` reads with [`FormatSpec::reader`].
    pub extensions: &'static [&'static str],
    /// The streaming reader, for formats tolk imports.
    pub reader: Option<Reader>,
    pub writer: Writer,
}

impl FormatSpec {
    /// Whether an export needs `-o`: a pair of files cannot go to stdout.
    pub fn needs_output(&self) -> bool {
        matches!(self.writer, Writer::Pair(_))
    }
}

/// The registry, in the order `--help` lists the formats.
pub static FORMATS: [FormatSpec; 9] = [
    FormatSpec {
        format: Format::Tsv,
        name: "tsv",
        help: "",
        extensions: &["tsv"],
        reader: Some(tsv::read_stream),
        writer: Writer::Single(|_, o| Box::new(interchange::TsvExporter { links: o.links })),
    },
    FormatSpec {
        format: Format::Csv,
        name: "csv",
        help: "CSV (RFC 4180) for spreadsheets; formula-like cells guarded with '",
        extensions: &["csv"],
        reader: Some(csv::read_stream),
        writer: Writer::Single(|_, o| Box::new(interchange::CsvExporter { links: o.links })),
    },
    FormatSpec {
        format: Format::Jsonl,
        name: "jsonl",
        help: "",
        extensions: &["jsonl"],
        reader: Some(jsonl::read_stream),
        writer: Writer::Single(|_, _| Box::new(interchange::JsonlExporter)),
    },
    FormatSpec {
        format: Format::Tmx,
        name: "tmx",
        help: "TMX 1.4b translation memory (translated segments only)",
        extensions: &["tmx"],
        reader: Some(tmx::read_stream),
        writer: Writer::Single(|d, o| Box::new(tmx::TmxWriter::new(d, o))),
    },
    FormatSpec {
        format: Format::Xliff,
        name: "xliff",
        help: "XLIFF 2.0",
        // The reader takes XLIFF 1.2 as well as 2.0.
        extensions: &["xlf", "xliff"],
        reader: Some(xliff::read_stream),
        writer: Writer::Single(|d, o| Box::new(xliff::XliffWriter::new(d, o))),
    },
    FormatSpec {
        format: Format::Xliff12,
        name: "xliff12",
        help: "XLIFF 1.2",
        extensions: &[],
        reader: Some(xliff::read_stream),
        writer: Writer::Single(|d, o| Box::new(xliff12::Xliff12Writer::new(d, o))),
    },
    FormatSpec {
        format: Format::Po,
        name: "po",
        help: "gettext PO",
        extensions: &["po", "pot"],
        reader: Some(po::read_stream),
        writer: Writer::Single(|d, o| Box::new(po::PoWriter::new(d, o))),
    },
    FormatSpec {
        format: Format::Moses,
        name: "moses",
        help: "Moses parallel text: BASE.nl and BASE.en (needs -o BASE)",
        extensions: &[],
        reader: None,
        writer: Writer::Pair(|| Box::new(moses::MosesWriter::new())),
    },
    FormatSpec {
        format: Format::Html,
        name: "html",
        help: "Self-contained HTML page, side by side",
        extensions: &[],
        reader: None,
        writer: Writer::Single(|d, o| Box::new(html::HtmlWriter::new(d, o))),
    },
];

impl Format {
    pub const ALL: [Format; 9] = [
        Format::Tsv,
        Format::Csv,
        Format::Jsonl,
        Format::Tmx,
        Format::Xliff,
        Format::Xliff12,
        Format::Po,
        Format::Moses,
        Format::Html,
    ];

    pub fn spec(self) -> &'static FormatSpec {
        FORMATS
            .iter()
            .find(|s| s.format == self)
            .expect("every format is in the registry")
    }

    pub fn name(self) -> &'static str {
        self.spec().name
    }

    /// The format `import` reads a file of this extension (any case, without the dot) as.
    pub fn for_extension(ext: &str) -> Option<Format> {
        let ext = ext.to_ascii_lowercase();
        FORMATS
            .iter()
            .find(|s| s.reader.is_some() && s.extensions.contains(&ext.as_str()))
            .map(|s| s.format)
    }

    /// The writer of a single-file format; `None` for a pair of files (see [`Writer::Pair`]).
    pub fn exporter(self, doc: &Document, opts: ExportOptions) -> Option<Box<dyn Exporter>> {
        match self.spec().writer {
            Writer::Single(make) => Some(make(doc, opts)),
            Writer::Pair(_) => None,
        }
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl Choice for Format {
    fn all() -> &'static [Self] {
        &Format::ALL
    }
    fn name(self) -> &'static str {
        Format::name(self)
    }
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
    /// What the file says about the document beyond names and languages (header fields,
    /// comments, retired entries), to keep; complete once the reader has returned.
    pub extra: Option<crate::model::DocExtra>,
    /// Who the file says last edited it (PO `Last-Translator`, when someone other than
    /// tolk's export wrote it): the author of the edits an `import --update` brings back.
    pub author: Option<String>,
    /// What the file has that tolk does not keep, one line each, for the import's report.
    pub not_kept: Vec<String>,
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
    pub extra: Option<crate::model::DocExtra>,
}

impl ImportedDoc {
    /// Runs a streaming reader over text held in memory and collects the whole document —
    /// for tests and small files; importers stream instead.
    pub fn read(read: Reader, text: &str, label: &str) -> crate::error::Result<ImportedDoc> {
        let mut segments = Vec::new();
        let mut order = Sequence::default();
        let meta = read(&mut text.as_bytes(), label, &mut |_, seg| {
            order.check(&seg, label, "file")?;
            segments.push(seg);
            Ok(())
        })?;
        Ok(ImportedDoc {
            name: meta.name,
            source_lang: meta.source_lang,
            target_lang: meta.target_lang,
            segments,
            extra: meta.extra,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ImportedSegment {
    /// 1-based line of the file where the segment's record starts, for messages.
    pub line: usize,
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
    /// The alignment link this record stands for, when the file says (tolk's own TMX and PO):
    /// the source is then split into `sources` segments at `breaks`; with no source, the
    /// target holds sentences the translator added.
    pub link: Option<ImportedLink>,
    /// What the file carries beyond tolk's fields, and how far tolk's own metadata can be
    /// trusted.
    pub kept: Kept,
}

/// What a reader keeps of a segment beyond source, target and state.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Kept {
    /// tolk's own address of the segment (`DOC:N`), when the file carries it.
    pub id: Option<String>,
    pub segment: Option<crate::model::SegExtra>,
    /// The target's plural forms beyond the first.
    pub translation: Option<crate::model::TransExtra>,
    pub check: MetaCheck,
}

/// Whether tolk's own metadata in a file still describes what the file shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MetaCheck {
    /// The entry carries no metadata of tolk's (a file from another tool).
    #[default]
    None,
    /// The metadata's checksum matches the entry: nobody changed it since tolk wrote it.
    Intact,
    /// The entry was changed after tolk wrote it: its visible content wins over the
    /// metadata (state from its flags, author from the file or the importer).
    Edited,
}

/// An alignment link as a bilingual file carries it.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedLink {
    pub sources: usize,
    pub targets: usize,
    /// Code-point offsets in the source where the second, third … source segment starts.
    pub breaks: Vec<usize>,
    pub score: Option<f64>,
    pub origin: crate::model::LinkOrigin,
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

/// Highest revision number an imported file may give a translation. tolk counts revisions one
/// by one, so a million is already far beyond any real history; a bigger number is a broken or
/// hostile file (and near `i64::MAX` it would leave no room to add the next revision).
pub const MAX_REVISION: i64 = 1_000_000;
/// Highest paragraph number an imported file may give.
pub const MAX_PARAGRAPH: usize = 10_000_000;
/// Highest segment number (the N of DOC:N, an annotation's `n`), occurrence (`nth`) or
/// code-point offset (`start`, `end`) a file may give.
pub const MAX_INDEX: usize = text::MAX_TEXT;

/// A whole number in `1..=max` written as text (an XML attribute, a TMX prop); the message
/// says what `field` must be.
pub fn parse_number(field: &str, value: &str, max: u64) -> Result<u64, String> {
    value
        .trim()
        .parse::<u64>()
        .ok()
        .filter(|n| (1..=max).contains(n))
        .ok_or_else(|| range_message(field, &crate::text::excerpt(value, 40), max))
}

/// As [`parse_number`], for a JSON value (tolk's metadata inside PO and XLIFF 1.2 files);
/// `None` when the field is absent or null.
pub fn json_number(
    field: &str,
    value: Option<&serde_json::Value>,
    max: u64,
) -> Result<Option<u64>, String> {
    match value {
        None | Some(serde_json::Value::Null) => Ok(None),
        Some(v) => v
            .as_u64()
            .filter(|n| (1..=max).contains(n))
            .map(Some)
            .ok_or_else(|| range_message(field, &crate::text::excerpt(&v.to_string(), 40), max)),
    }
}

fn range_message(field: &str, shown: &str, max: u64) -> String {
    format!("{field} '{shown}' is not a whole number from 1 to {max}")
}

/// The rules every reader's segments follow, checked in document order as they are handed
/// over: a source that is not empty, a revision in `1..=`[`MAX_REVISION`], paragraph numbers
/// in `1..=`[`MAX_PARAGRAPH`] that never go down. Errors name the file and line.
#[derive(Debug, Default)]
pub struct Sequence {
    paragraph: usize,
}

impl Sequence {
    pub fn check(
        &mut self,
        seg: &ImportedSegment,
        label: &str,
        what: &'static str,
    ) -> crate::error::Result<()> {
        let at = |msg: String| {
            crate::error::Error::invalid(what, format!("{label} line {}: {msg}", seg.line))
        };
        let added = seg
            .link
            .as_ref()
            .is_some_and(|l| l.sources == 0 && seg.target.is_some());
        if seg.source.trim().is_empty() && !added {
            return Err(at(
                "empty source text; every segment needs its source".into()
            ));
        }
        if let Some(r) = seg.revision
            && !(1..=MAX_REVISION).contains(&r)
        {
            return Err(at(range_message(
                "revision",
                &r.to_string(),
                MAX_REVISION as u64,
            )));
        }
        if !(1..=MAX_PARAGRAPH).contains(&seg.paragraph) {
            return Err(at(range_message(
                "paragraph",
                &seg.paragraph.to_string(),
                MAX_PARAGRAPH as u64,
            )));
        }
        if seg.paragraph < self.paragraph {
            return Err(at(format!(
                "paragraph {} comes after paragraph {}; paragraph numbers must not go down",
                seg.paragraph, self.paragraph
            )));
        }
        for e in &seg.annotations {
            e.check_bounds().map_err(|m| {
                crate::error::Error::invalid(what, format!("{label} line {}: {m}", e.line))
            })?;
        }
        self.paragraph = seg.paragraph;
        Ok(())
    }
}
