//! TSV export: header `id source target state`, one line per segment; tab, newline, carriage
//! return and backslash in text are escaped (`\t`, `\n`, `\r`, `\\`) so rows never break.
//! The reader takes that back, and also plain two-column `source<TAB>target` files.

use super::interchange::{doc_of_id, one_line};
use super::{ImportedDoc, ImportedSegment, Record};
use crate::error::{Error, Result};
use crate::model::State;
use std::io::{self, Write};

pub const HEADER: &str = "id\tsource\ttarget\tstate";

pub fn write_header(w: &mut dyn Write) -> io::Result<()> {
    writeln!(w, "{HEADER}")
}

pub fn write_record(w: &mut dyn Write, r: &Record<'_>) -> io::Result<()> {
    writeln!(
        w,
        "{}\t{}\t{}\t{}",
        escape(&r.id),
        escape(&r.source),
        escape(r.target.unwrap_or("")),
        r.state
    )
}

pub fn escape(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains(['\t', '\n', '\r', '\\']) {
        return s.into();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    out.into()
}

/// Inverse of [`escape`]; an unknown escape is kept as written.
pub fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('\\') => out.push('\\'),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// Reads tolk's TSV export (recognised by its header line), or a plain bilingual file of
/// `source<TAB>target` lines taken literally (no escapes). In a plain file a line without a tab
/// is an untranslated source, a blank line separates paragraphs, and a first line
/// `source<TAB>target` is taken for a header.
pub fn read(text: &str, label: &str) -> Result<ImportedDoc> {
    let err = |line: usize, msg: String| Error::input(format!("{label} line {line}: {msg}"));
    let mut lines = text.lines().enumerate().map(|(i, l)| (i + 1, l)).peekable();
    let first = lines.peek().map(|(_, l)| *l);
    let mut doc = ImportedDoc::default();
    if first == Some(HEADER) {
        lines.next();
        for (no, line) in lines {
            if line.is_empty() {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let [id, source, target, state] = cols[..] else {
                return Err(err(
                    no,
                    format!(
                        "expected 4 tab-separated columns (id, source, target, state), found {}",
                        cols.len()
                    ),
                ));
            };
            let state: State = state.parse().map_err(|e: Error| err(no, e.to_string()))?;
            if doc.name.is_none() {
                doc.name = doc_of_id(id).map(String::from);
            }
            let target = unescape(target);
            doc.segments.push(ImportedSegment {
                paragraph: 1,
                source: unescape(source),
                target: (!target.is_empty()).then_some(target),
                state,
                comment: None,
                author: None,
                revision: None,
                annotations: Vec::new(),
            });
        }
        return Ok(doc);
    }
    if first.is_some_and(|l| l.eq_ignore_ascii_case("source\ttarget")) {
        lines.next();
    }
    let mut paragraph = 1;
    for (no, line) in lines {
        if line.trim().is_empty() {
            if doc
                .segments
                .last()
                .is_some_and(|s| s.paragraph == paragraph)
            {
                paragraph += 1;
            }
            continue;
        }
        let (source, target) = match line.split('\t').collect::<Vec<_>>()[..] {
            [source] => (source, ""),
            [source, target] => (source, target),
            ref cols => {
                return Err(err(
                    no,
                    format!(
                        "expected 2 tab-separated columns (source, target), found {}; tolk's own \
                         TSV starts with the header '{}'",
                        cols.len(),
                        one_line(HEADER)
                    ),
                ));
            }
        };
        if source.trim().is_empty() {
            return Err(err(no, "empty source text".to_string()));
        }
        let target = (!target.is_empty()).then(|| target.to_string());
        doc.segments.push(ImportedSegment {
            paragraph,
            source: source.to_string(),
            state: if target.is_some() {
                State::Translated
            } else {
                State::Untranslated
            },
            target,
            comment: None,
            author: None,
            revision: None,
            annotations: Vec::new(),
        });
    }
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_round_trips() {
        for s in [
            "plain",
            "a\tb",
            "line\nbreak",
            "back\\slash\\n",
            "cr\r\nlf",
            "\\",
            "",
        ] {
            let e = escape(s);
            assert!(!e.contains(['\t', '\n', '\r']), "{e:?}");
            assert_eq!(unescape(&e), s);
        }
    }

    #[test]
    fn reads_its_own_export() {
        use crate::formats::interchange::fixtures::fixture;
        use crate::formats::{Format, SourceText};
        let f = fixture();
        let out = f.export(Format::Tsv, SourceText::Published);
        let doc = read(&out, "x.tsv").unwrap();
        assert_eq!(doc.name.as_deref(), Some("libie"));
        assert_eq!(doc.segments.len(), 5);
        for (g, s) in doc.segments.iter().zip(&f.segs) {
            assert_eq!(g.source, s.source);
            assert_eq!(
                g.target.as_deref(),
                s.current.as_ref().map(|t| t.text.as_str())
            );
            assert_eq!(g.state, s.state());
        }
    }

    #[test]
    fn reads_plain_two_column_files() {
        let doc = read(
            "source\ttarget\nEen\tOne\nTwee\\n\tTwo\n\n\nDrie\n",
            "p.tsv",
        )
        .unwrap();
        let s = &doc.segments;
        assert_eq!(s.len(), 3);
        assert_eq!(
            (s[1].source.as_str(), s[1].target.as_deref()),
            ("Twee\\n", Some("Two"))
        );
        assert_eq!(
            (s[2].paragraph, s[2].state, s[2].target.as_deref()),
            (2, State::Untranslated, None)
        );
        assert_eq!(s[0].state, State::Translated);
    }

    #[test]
    fn errors_name_the_line() {
        let e = read(&format!("{HEADER}\na:1\tx\ty\tdone\n"), "t.tsv").unwrap_err();
        assert!(
            e.to_string()
                .starts_with("t.tsv line 2: unknown state 'done'"),
            "{e}"
        );
        let e = read(&format!("{HEADER}\na:1\tx\ty\n"), "t.tsv").unwrap_err();
        assert!(
            e.to_string()
                .starts_with("t.tsv line 2: expected 4 tab-separated columns"),
            "{e}"
        );
        let e = read("a\tb\nc\td\te\n", "t.tsv").unwrap_err();
        assert!(
            e.to_string()
                .starts_with("t.tsv line 2: expected 2 tab-separated columns"),
            "{e}"
        );
        let e = read("\tb\n", "t.tsv").unwrap_err();
        assert_eq!(e.to_string(), "t.tsv line 1: empty source text");
    }
}
