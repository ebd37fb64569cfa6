//! TSV export: header `id source target state`, one line per segment; tab, newline, carriage
//! return and backslash in text are escaped (`\t`, `\n`, `\r`, `\\`) so rows never break.
//! The reader takes that back, and also plain two-column `source<TAB>target` files, streaming
//! one line at a time.

use crate::text::controls_to_spaces;

use super::interchange::doc_of_id;
use super::text::Lines;
use super::{DocMeta, Each, ImportedDoc, ImportedSegment, Record};
use crate::error::{Error, Result};
use crate::model::State;
use std::io::{self, BufRead, Write};

pub const HEADER: &str = "id\tsource\ttarget\tstate";
/// The header of a document with stored links: a fifth column holds each record's link.
pub const HEADER_LINKS: &str = "id\tsource\ttarget\tstate\tlink";

pub fn write_header(w: &mut dyn Write, links: bool) -> io::Result<()> {
    writeln!(w, "{}", if links { HEADER_LINKS } else { HEADER })
}

/// One row; with `links`, a fifth column holds the record's link as JSON (see
/// [`super::interchange::link_json`]), empty for a plain 1-1 record.
pub fn write_record(w: &mut dyn Write, r: &Record<'_>, links: bool) -> io::Result<()> {
    write!(
        w,
        "{}\t{}\t{}\t{}",
        escape(&r.id),
        escape(&r.source),
        escape(r.target.unwrap_or("")),
        r.state
    )?;
    if links {
        write!(
            w,
            "\t{}",
            escape(&super::interchange::link_json(r).unwrap_or_default())
        )?;
    }
    writeln!(w)
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

/// Reads a TSV file held in memory; see [`read_stream`].
pub fn read(text: &str, label: &str) -> Result<ImportedDoc> {
    ImportedDoc::read(read_stream, text, label)
}

/// Reads tolk's TSV export (recognised by its header line), or a plain bilingual file of
/// `source<TAB>target` lines taken literally (no escapes), one line at a time. In a plain file
/// a line without a tab is an untranslated source, a blank line separates paragraphs, and a
/// first line `source<TAB>target` is taken for a header. tolk's export names the document by
/// the first id.
pub fn read_stream(input: &mut dyn BufRead, label: &str, each: &mut Each<'_>) -> Result<DocMeta> {
    let mut lines = Lines::new(input, label);
    let mut meta = DocMeta::default();
    let Some((no, first)) = lines.next_line()? else {
        return Ok(meta);
    };
    if first == HEADER || first == HEADER_LINKS {
        let links = first == HEADER_LINKS;
        while let Some((no, line)) = lines.next_line()? {
            if !line.is_empty() {
                read_export_line(label, no, &line, links, &mut meta, each)?;
            }
        }
        return Ok(meta);
    }
    let mut plain = Plain::default();
    if !first.eq_ignore_ascii_case("source\ttarget") {
        plain.line(label, no, &first, &meta, each)?;
    }
    while let Some((no, line)) = lines.next_line()? {
        plain.line(label, no, &line, &meta, each)?;
    }
    Ok(meta)
}

fn err(label: &str, line: usize, msg: String) -> Error {
    Error::invalid("tsv", format!("{label} line {line}: {msg}"))
}

/// One row of tolk's export: `id source target state` (and `link` when `links`), escaped.
fn read_export_line(
    label: &str,
    no: usize,
    line: &str,
    links: bool,
    meta: &mut DocMeta,
    each: &mut Each<'_>,
) -> Result<()> {
    let cols: Vec<&str> = line.split('\t').collect();
    let (id, source, target, state, link) = match (links, &cols[..]) {
        (false, &[id, source, target, state]) => (id, source, target, state, ""),
        (true, &[id, source, target, state, link]) => (id, source, target, state, link),
        _ => {
            return Err(err(
                label,
                no,
                format!(
                    "expected {} tab-separated columns ({}), found {}",
                    if links { 5 } else { 4 },
                    if links {
                        "id, source, target, state, link"
                    } else {
                        "id, source, target, state"
                    },
                    cols.len()
                ),
            ));
        }
    };
    let link = (!link.is_empty())
        .then(|| super::interchange::link_from_json(&unescape(link)))
        .transpose()
        .map_err(|m| err(label, no, m))?;
    let state: State = state
        .parse()
        .map_err(|e: Error| err(label, no, e.to_string()))?;
    if meta.name.is_none() {
        meta.name = doc_of_id(id).map(String::from);
    }
    let target = unescape(target);
    let seg = ImportedSegment {
        line: no,
        paragraph: 1,
        source: unescape(source),
        target: (!target.is_empty()).then_some(target),
        state,
        comment: None,
        author: None,
        revision: None,
        annotations: Vec::new(),
        link,
        kept: Default::default(),
    };
    each(meta, seg)
}

/// The state of a plain two-column file: the paragraph being read, and whether it has a
/// segment yet (blank lines before the first segment of a paragraph do not start another).
struct Plain {
    paragraph: usize,
    has_segment: bool,
}

impl Default for Plain {
    fn default() -> Self {
        Plain {
            paragraph: 1,
            has_segment: false,
        }
    }
}

impl Plain {
    fn line(
        &mut self,
        label: &str,
        no: usize,
        line: &str,
        meta: &DocMeta,
        each: &mut Each<'_>,
    ) -> Result<()> {
        if line.trim().is_empty() {
            if self.has_segment {
                self.paragraph += 1;
                self.has_segment = false;
            }
            return Ok(());
        }
        let (source, target) = match line.split('\t').collect::<Vec<_>>()[..] {
            [source] => (source, ""),
            [source, target] => (source, target),
            ref cols => {
                return Err(err(
                    label,
                    no,
                    format!(
                        "expected 2 tab-separated columns (source, target), found {}; tolk's own \
                         TSV starts with the header '{}'",
                        cols.len(),
                        controls_to_spaces(HEADER)
                    ),
                ));
            }
        };
        if source.trim().is_empty() {
            return Err(err(label, no, "empty source text".to_string()));
        }
        let target = (!target.is_empty()).then(|| target.to_string());
        self.has_segment = true;
        let seg = ImportedSegment {
            line: no,
            paragraph: self.paragraph,
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
            link: None,
            kept: Default::default(),
        };
        each(meta, seg)
    }
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
