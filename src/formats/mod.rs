//! Reading source files and writing (later also reading) bilingual exchange formats. Pure: takes
//! and returns model types, knows nothing of SQLite or the command line.

pub mod jsonl;
pub mod standoff;
pub mod text;
pub mod tsv;

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
}
