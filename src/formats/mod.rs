//! Reading source files and writing (later also reading) bilingual exchange formats. Pure: takes
//! and returns model types, knows nothing of SQLite or the command line.

pub mod jsonl;
pub mod text;
pub mod tsv;

use serde::Serialize;

use crate::model::{SegmentView, State};

/// The flat per-segment record shared by the JSONL export, `show --json` and TSV.
#[derive(Debug, Clone, Serialize)]
pub struct Record<'a> {
    pub id: String,
    pub doc: &'a str,
    pub n: usize,
    pub paragraph: usize,
    pub source: &'a str,
    pub target: Option<&'a str>,
    pub state: State,
    pub revision: Option<i64>,
    pub author: Option<&'a str>,
    pub updated_at: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<&'a str>,
}

impl<'a> Record<'a> {
    pub fn new(seg: &'a SegmentView) -> Self {
        let cur = seg.current.as_ref();
        Record {
            id: seg.address(),
            doc: &seg.doc,
            n: seg.position,
            paragraph: seg.paragraph,
            source: &seg.source,
            target: cur.map(|t| t.text.as_str()),
            state: seg.state(),
            revision: cur.map(|t| t.revision),
            author: cur.map(|t| t.author.as_str()),
            updated_at: cur.map(|t| t.created_at.as_str()),
            comment: cur.and_then(|t| t.comment.as_deref()),
        }
    }
}

/// Export formats available in this build.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Tsv,
    Jsonl,
}
