//! Stand-off annotation files (`NAME.annotations.jsonl`): one annotation per line, placed by
//! segment number and exact text, with the kind's fields. Plain enough to review in a diff;
//! `tolk annotations DOC --json` output (an array of the same records) reads back too.

use crate::error::{Error, Result};
use crate::model::{AnnStatus, Body, Side};
use serde::Deserialize;

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Entry {
    /// Segment number (the N of DOC:N).
    pub n: usize,
    #[serde(default = "source_side")]
    pub side: Side,
    /// The span's text, exactly as in the segment.
    pub exact: String,
    /// Which occurrence of `exact`, when it occurs more than once (1-based).
    #[serde(default)]
    pub nth: Option<usize>,
    /// Code-point offsets; when given they must point at `exact`.
    #[serde(default)]
    pub start: Option<usize>,
    #[serde(default)]
    pub end: Option<usize>,
    #[serde(default)]
    pub status: Option<AnnStatus>,
    /// Who made the annotation, when the file says (tolk's own exports do); else the importer.
    #[serde(default)]
    pub author: Option<String>,
    #[serde(flatten)]
    pub body: Body,
    /// Line number in the file, for messages.
    #[serde(skip)]
    pub line: usize,
}

impl Entry {
    /// Refuses numbers beyond [`MAX_INDEX`](super::MAX_INDEX): no segment, occurrence or
    /// offset is that large, and such a number must not reach the database.
    pub fn check_bounds(&self) -> Result<(), String> {
        let max = super::MAX_INDEX;
        let fields = [
            ("n", Some(self.n)),
            ("nth", self.nth),
            ("start", self.start),
            ("end", self.end),
        ];
        for (name, v) in fields {
            if let Some(v) = v
                && (v > max || (v == 0 && matches!(name, "n" | "nth")))
            {
                let lowest = if matches!(name, "n" | "nth") { 1 } else { 0 };
                return Err(format!(
                    "annotation {name} {v} is out of range ({lowest} to {max})"
                ));
            }
        }
        Ok(())
    }
}

fn source_side() -> Side {
    Side::Source
}

/// Whether a path names a stand-off annotation file.
pub fn is_standoff(path: &std::path::Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.ends_with(".annotations.jsonl") || n.ends_with(".annotations.json"))
}

/// Parses a stand-off file: JSON Lines, or one JSON array. Blank lines are skipped.
pub fn parse(text: &str, label: &str) -> Result<Vec<Entry>> {
    let trimmed = text.trim_start();
    if trimmed.starts_with('[') {
        let values: Vec<serde_json::Value> = serde_json::from_str(text).map_err(|e| {
            Error::invalid("annotations", format!("{label} line {}: {e}", e.line()))
        })?;
        return values
            .into_iter()
            .enumerate()
            .map(|(i, v)| entry(v, label, i + 1, "record"))
            .collect();
    }
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(line)
            .map_err(|e| Error::invalid("annotations", format!("{label} line {}: {e}", i + 1)))?;
        out.push(entry(v, label, i + 1, "line")?);
    }
    Ok(out)
}

fn entry(v: serde_json::Value, label: &str, at: usize, unit: &str) -> Result<Entry> {
    let mut e: Entry = serde_json::from_value(v)
        .map_err(|e| Error::invalid("annotations", format!("{label} {unit} {at}: {e}")))?;
    e.line = at;
    e.check_bounds()
        .map_err(|m| Error::invalid("annotations", format!("{label} {unit} {at}: {m}")))?;
    Ok(e)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Category;

    #[test]
    fn parses_each_kind() {
        let text = r#"{"n": 10, "kind": "correction", "exact": "Hafta", "replacement": "Haftar", "category": "typo", "note": "name"}

{"n": 9, "kind": "attribution", "exact": "een ‘pijnlijke tegenvaller’", "speaker": "Jalel Harchaoui", "cue": "volgens"}
{"n": 3, "kind": "entity", "exact": "EPA", "type": "organisation", "status": "proposed"}
{"n": 3, "side": "target", "kind": "note", "exact": "Photo", "text": "caption credit", "nth": 1}"#;
        let es = parse(text, "a.annotations.jsonl").unwrap();
        assert_eq!(es.len(), 4);
        assert_eq!(es[0].line, 1);
        assert_eq!(es[1].line, 3);
        assert!(
            matches!(&es[0].body, Body::Correction { category: Category::Typo, replacement, .. } if replacement == "Haftar")
        );
        assert_eq!(es[2].status, Some(AnnStatus::Proposed));
        assert_eq!(es[3].side, Side::Target);
    }

    #[test]
    fn errors_name_the_line() {
        let err = parse("{\"n\": 1, \"kind\": \"correction\", \"exact\": \"x\", \"replacement\": \"y\", \"category\": \"typo\"}\n{\"n\": 2, \"kind\": \"gossip\", \"exact\": \"x\"}", "f").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("f line 2: unknown variant `gossip`"),
            "{err}"
        );
        let err = parse("{\"n\": 1, \"kind\": \"correction\", \"exact\": \"x\", \"replacement\": \"y\", \"category\": \"typ\"}", "f").unwrap_err();
        assert!(
            err.to_string().contains("f line 1: unknown variant `typ`"),
            "{err}"
        );
        let err = parse("{\"n\": 1,", "f").unwrap_err();
        assert!(err.to_string().starts_with("f line 1: EOF"), "{err}");
        assert!(is_standoff(std::path::Path::new(
            "corpus/libie-moskou.annotations.jsonl"
        )));
        assert!(!is_standoff(std::path::Path::new(
            "corpus/libie-moskou.jsonl"
        )));
    }
}
