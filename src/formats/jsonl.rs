//! JSON Lines export: one object per segment (see [`super::Record`]), UTF-8, no pretty-printing.
//! The reader takes those records back, annotations and links all, streaming one line at a time.

use super::interchange::entry_from_value;
use super::text::Lines;
use super::{DocMeta, Each, ImportedDoc, ImportedSegment, Record};
use crate::error::{Error, Result};
use crate::model::State;
use serde::Deserialize;
use std::io::{self, BufRead, Write};

pub fn write_record(w: &mut dyn Write, r: &Record<'_>) -> io::Result<()> {
    // `From` keeps an I/O error as it was (a closed pipe stays a broken pipe).
    serde_json::to_writer(&mut *w, r).map_err(io::Error::from)?;
    w.write_all(b"\n")
}

/// The fields of an exported record the reader uses; others are ignored.
#[derive(Deserialize)]
struct Line {
    id: Option<String>,
    doc: Option<String>,
    paragraph: Option<usize>,
    source: Option<String>,
    source_published: Option<String>,
    target: Option<String>,
    state: Option<String>,
    author: Option<String>,
    revision: Option<i64>,
    comment: Option<String>,
    #[serde(default)]
    annotations: Vec<serde_json::Value>,
    /// What the file the segment first came from carried (PO msgctxt, flags, comments …).
    extra: Option<crate::model::SegExtra>,
    /// The target's plural forms after the first.
    forms: Option<crate::model::TransExtra>,
    /// The link the record stands for (see [`crate::model::LinkInfo`]), and where the later
    /// sources of an n-m link start in its joined source.
    link: Option<serde_json::Value>,
    #[serde(default)]
    breaks: Vec<serde_json::Value>,
}

/// Reads tolk's JSONL export held in memory; see [`read_stream`].
pub fn read(text: &str, label: &str) -> Result<ImportedDoc> {
    ImportedDoc::read(read_stream, text, label)
}

/// Reads tolk's JSONL export one record (line) at a time, blank lines skipped, handing each
/// segment to `each`. The published source is restored from `source_published` when present,
/// so a corrected export reads back too. Records need only `source`; the rest defaults
/// (paragraph 1 — or the previous record's —, state from whether there is a target). The
/// document is named by the first record's `doc`.
pub fn read_stream(input: &mut dyn BufRead, label: &str, each: &mut Each<'_>) -> Result<DocMeta> {
    let err =
        |line: usize, msg: String| Error::invalid("jsonl", format!("{label} line {line}: {msg}"));
    let mut lines = Lines::new(input, label);
    let mut meta = DocMeta::default();
    let mut n = 0;
    let mut last_paragraph = 1;
    while let Some((no, raw)) = lines.next_line()? {
        if raw.trim().is_empty() {
            continue;
        }
        let line: Line = serde_json::from_str(&raw).map_err(|e| err(no, e.to_string()))?;
        let link = match line.link {
            None | Some(serde_json::Value::Null) => None,
            Some(serde_json::Value::Object(mut l)) => {
                l.insert("breaks".into(), line.breaks.into());
                let json = serde_json::Value::Object(l).to_string();
                Some(super::interchange::link_from_json(&json).map_err(|m| err(no, m))?)
            }
            Some(_) => return Err(err(no, "bad link: expected a JSON object".to_string())),
        };
        let source = line
            .source_published
            .or(line.source)
            .ok_or_else(|| err(no, "record without a source".to_string()))?;
        let target = line.target.filter(|t| !t.is_empty());
        let has_target = target.is_some();
        let state = match line.state {
            Some(s) => s.parse::<State>().map_err(|e| err(no, e.to_string()))?,
            None if target.is_some() => State::Translated,
            None => State::Untranslated,
        };
        let paragraph = match line.paragraph {
            Some(0) => return Err(err(no, "paragraph must be 1 or more".to_string())),
            Some(p) => p,
            None => last_paragraph,
        };
        n += 1;
        let annotations = line
            .annotations
            .into_iter()
            .map(|v| {
                let mut e = entry_from_value(v, n).map_err(|m| err(no, m))?;
                e.line = no;
                Ok(e)
            })
            .collect::<Result<Vec<_>>>()?;
        if meta.name.is_none() {
            meta.name = line.doc;
        }
        last_paragraph = paragraph;
        let seg = ImportedSegment {
            line: no,
            paragraph,
            source,
            target,
            state,
            comment: line.comment,
            author: line.author,
            revision: line.revision,
            annotations,
            link,
            kept: crate::formats::Kept {
                id: line.id,
                segment: line.extra,
                translation: line.forms.filter(|_| has_target),
                ..Default::default()
            },
        };
        each(&meta, seg)?;
    }
    Ok(meta)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::interchange::fixtures::fixture;
    use crate::formats::{Format, SourceText};

    #[test]
    fn round_trip_keeps_everything() {
        let f = fixture();
        for which in [SourceText::Published, SourceText::Corrected] {
            let out = f.export(Format::Jsonl, which);
            let doc = read(&out, "x.jsonl").unwrap();
            assert_eq!(doc.name.as_deref(), Some("libie"));
            assert_eq!(doc.segments.len(), 5);
            for i in 0..5 {
                f.assert_segment(&doc, i, i);
            }
        }
    }

    #[test]
    fn minimal_records_and_errors() {
        let doc = read(
            "{\"source\":\"Een\",\"target\":\"One\"}\n\n{\"source\":\"Twee\"}\n",
            "m.jsonl",
        )
        .unwrap();
        assert_eq!(doc.segments[0].state, State::Translated);
        assert_eq!(
            (doc.segments[1].state, doc.segments[1].paragraph),
            (State::Untranslated, 1)
        );
        let e = |t: &str| read(t, "b.jsonl").unwrap_err().to_string();
        assert!(
            e("{\"source\":\"a\"}\n{\"target\":\"b\"}")
                .starts_with("b.jsonl line 2: record without a source")
        );
        assert!(
            e("{\"source\":\"a\",\"state\":\"done\"}")
                .starts_with("b.jsonl line 1: unknown state 'done'")
        );
        assert!(
            e("{\"source\":\"a\",\"annotations\":[{\"kind\":\"x\"}]}")
                .starts_with("b.jsonl line 1: bad annotation")
        );
        assert!(e("{\"source\":").starts_with("b.jsonl line 1: EOF"));
        assert!(e("[1]").starts_with("b.jsonl line 1: invalid type"));
    }
}
