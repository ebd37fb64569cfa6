//! CSV (RFC 4180) for spreadsheets: header `id,source,target,state`, one row per segment,
//! CRLF line ends, fields quoted when they hold a comma, quote or line break. A field that a
//! spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) is written
//! with a leading `'`, the spreadsheets' own "this is text" marker, and so is one that starts
//! with `'`; the reader takes exactly that one `'` off again, so the round trip is exact.
//! The reader also takes plain `source,target` files, like the TSV reader.

use super::interchange::doc_of_id;
use super::text::{Checked, MAX_PARAGRAPH_TEXT as MAX_PARAGRAPH};
use super::{DocMeta, Each, ImportedDoc, ImportedSegment, Record};
use crate::error::{Error, Result};
use crate::model::State;
use std::io::{self, BufRead, Read, Write};

pub const HEADER: &str = "id,source,target,state";
/// The header of a document with stored alignment links: a fifth field holds each record's
/// link, as in the TSV export.
pub const HEADER_LINKS: &str = "id,source,target,state,link";

pub fn write_header(w: &mut dyn Write, links: bool) -> io::Result<()> {
    write!(w, "{}\r\n", if links { HEADER_LINKS } else { HEADER })
}

/// One row; with `links`, a fifth field holds the record's link as JSON (see
/// [`super::interchange::link_json`]), empty for a plain 1-1 record.
pub fn write_record(w: &mut dyn Write, r: &Record<'_>, links: bool) -> io::Result<()> {
    write!(
        w,
        "{},{},{},{}",
        field(&r.id),
        field(&r.source),
        field(r.target.unwrap_or("")),
        r.state
    )?;
    if links {
        write!(
            w,
            ",{}",
            field(&super::interchange::link_json(r).unwrap_or_default())
        )?;
    }
    w.write_all(b"\r\n")
}

/// Characters that make a spreadsheet read a cell as a formula (or, for `'`, as the text
/// marker itself).
fn guarded(first: Option<char>) -> bool {
    matches!(first, Some('=' | '+' | '-' | '@' | '\t' | '\r' | '\''))
}

/// One field as written: guarded against formulas, quoted when it needs to be.
pub fn field(s: &str) -> std::borrow::Cow<'_, str> {
    let guard = guarded(s.chars().next());
    if !guard && !s.contains([',', '"', '\r', '\n']) {
        return s.into();
    }
    let mut out = String::with_capacity(s.len() + 4);
    let quote = s.contains([',', '"', '\r', '\n']);
    if quote {
        out.push('"');
    }
    if guard {
        out.push('\'');
    }
    for c in s.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if quote {
        out.push('"');
    }
    out.into()
}

/// A field as read, with the formula guard [`field`] adds taken off.
fn unguard(s: String) -> String {
    let mut chars = s.chars();
    if chars.next() == Some('\'') && guarded(chars.next()) {
        s[1..].to_string()
    } else {
        s
    }
}

/// Splits one record (its line end included or not) into fields; `Err` names what is wrong.
fn split_record(record: &str) -> std::result::Result<Vec<String>, String> {
    let record = record
        .strip_suffix("\r\n")
        .or_else(|| record.strip_suffix('\n'))
        .unwrap_or(record);
    let mut fields = Vec::new();
    let mut chars = record.chars().peekable();
    loop {
        let mut f = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            loop {
                match chars.next() {
                    Some('"') if chars.peek() == Some(&'"') => {
                        chars.next();
                        f.push('"');
                    }
                    Some('"') => break,
                    Some(c) => f.push(c),
                    None => return Err("a quoted field is not closed".into()),
                }
            }
            match chars.next() {
                None => {
                    fields.push(unguard(f));
                    return Ok(fields);
                }
                Some(',') => fields.push(unguard(f)),
                Some(c) => {
                    return Err(format!(
                        "'{}' after a closing quote; a quote inside a field is written twice (\"\")",
                        c.escape_default()
                    ));
                }
            }
        } else {
            loop {
                match chars.next() {
                    None => {
                        fields.push(unguard(f));
                        return Ok(fields);
                    }
                    Some(',') => break,
                    Some(c) => f.push(c),
                }
            }
            fields.push(unguard(f));
        }
    }
}

/// Reads a CSV file held in memory; see [`read_stream`].
pub fn read(text: &str, label: &str) -> Result<ImportedDoc> {
    ImportedDoc::read(read_stream, text, label)
}

/// The records of a CSV input, one at a time: a record runs over lines while a quoted field
/// is open, and keeps its line breaks (CR included) exactly.
struct Records<'a> {
    input: Checked<&'a mut dyn BufRead>,
    label: String,
    line: usize,
    raw: Vec<u8>,
}

impl Records<'_> {
    /// The next record and the line it starts on; None at the end.
    fn next(&mut self) -> Result<Option<(usize, String)>> {
        self.raw.clear();
        let start = self.line + 1;
        loop {
            let n = (&mut self.input)
                .take(MAX_PARAGRAPH as u64)
                .read_until(b'\n', &mut self.raw)
                .map_err(|e| match self.input.failure() {
                    Some(super::text::Failure::Input(msg)) => Error::invalid("file", msg.clone()),
                    _ => err(&self.label, self.line + 1, format!("cannot read: {e}")),
                })?;
            if n == 0 {
                if self.raw.is_empty() {
                    return Ok(None);
                }
                return Err(err(
                    &self.label,
                    start,
                    "a quoted field opened here is not closed before the end of the file".into(),
                ));
            }
            self.line += 1;
            if self.raw.len() > MAX_PARAGRAPH {
                return Err(err(
                    &self.label,
                    start,
                    format!(
                        "a record longer than {} MiB; is a quote not closed?",
                        MAX_PARAGRAPH >> 20
                    ),
                ));
            }
            let quotes = self.raw.iter().filter(|&&b| b == b'"').count();
            if quotes % 2 == 0 {
                let text = String::from_utf8(std::mem::take(&mut self.raw))
                    .map_err(|_| err(&self.label, start, "not UTF-8".into()))?;
                return Ok(Some((start, text)));
            }
        }
    }
}

/// Reads tolk's CSV export (recognised by its header row) or a plain `source,target` file
/// (an optional header row `source,target`; a row with only a source is untranslated, an empty
/// row separates paragraphs), one record at a time.
pub fn read_stream(input: &mut dyn BufRead, label: &str, each: &mut Each<'_>) -> Result<DocMeta> {
    let mut records = Records {
        input: Checked::new(input, label),
        label: label.to_string(),
        line: 0,
        raw: Vec::new(),
    };
    let mut meta = DocMeta::default();
    let Some((no, first)) = records.next()? else {
        return Ok(meta);
    };
    let header = first.trim_end_matches(['\r', '\n']);
    let with_links = header == HEADER_LINKS;
    let own = header == HEADER || with_links;
    let mut paragraph = 1;
    let mut has_segment = false;
    let mut row = |no: usize, record: &str, meta: &mut DocMeta| -> Result<()> {
        let fields = split_record(record).map_err(|m| err(label, no, m))?;
        if fields.iter().all(String::is_empty) {
            if has_segment && !own {
                paragraph += 1;
                has_segment = false;
            }
            return Ok(());
        }
        let (source, target, state, link) = if own {
            let wanted = if with_links { 5 } else { 4 };
            if fields.len() != wanted {
                return Err(err(
                    label,
                    no,
                    format!(
                        "expected {wanted} fields ({}), found {}",
                        if with_links {
                            "id, source, target, state, link"
                        } else {
                            "id, source, target, state"
                        },
                        fields.len()
                    ),
                ));
            }
            let mut f = fields.into_iter();
            let mut next = || f.next().unwrap_or_default();
            let (id, source, target, state, link) = (next(), next(), next(), next(), next());
            let link = (!link.is_empty())
                .then(|| super::interchange::link_from_json(&link))
                .transpose()
                .map_err(|m| err(label, no, m))?;
            let state: State = state
                .parse()
                .map_err(|e: Error| err(label, no, e.to_string()))?;
            if meta.name.is_none() {
                meta.name = doc_of_id(&id).map(String::from);
            }
            (source, target, Some(state), link)
        } else {
            let mut f = fields.into_iter();
            let (source, target) = (f.next().unwrap_or_default(), f.next().unwrap_or_default());
            if let Some(extra) = f.find(|x| !x.is_empty()) {
                return Err(err(
                    label,
                    no,
                    format!(
                        "expected 2 fields (source, target), found more ('{}'); tolk's own CSV \
                         starts with the header '{HEADER}'",
                        crate::text::excerpt(&extra, 40)
                    ),
                ));
            }
            (source, target, None, None)
        };
        let added = link.as_ref().is_some_and(|l| l.sources == 0);
        if source.trim().is_empty() && !added {
            return Err(err(label, no, "empty source text".into()));
        }
        has_segment = true;
        let target = (!target.is_empty()).then_some(target);
        let state = state.unwrap_or(if target.is_some() {
            State::Translated
        } else {
            State::Untranslated
        });
        each(
            meta,
            ImportedSegment {
                line: no,
                paragraph,
                source,
                target,
                state,
                comment: None,
                author: None,
                revision: None,
                annotations: Vec::new(),
                link,
                kept: Default::default(),
            },
        )
    };
    if !own && !header.eq_ignore_ascii_case("source,target") {
        row(no, &first, &mut meta)?;
    }
    while let Some((no, record)) = records.next()? {
        row(no, &record, &mut meta)?;
    }
    Ok(meta)
}

fn err(label: &str, line: usize, msg: String) -> Error {
    Error::invalid("csv", format!("{label} line {line}: {msg}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_round_trip_and_never_run_as_formulas() {
        for s in [
            "plain",
            "a, b",
            "say \"hi\"",
            "line\nbreak",
            "cr\r\nlf\rlone",
            "=SUM(A1:A9)",
            "-5 graden",
            "+31 20",
            "@home",
            "'quoted'",
            "''=",
            "\ttab",
            "",
        ] {
            let f = field(s);
            assert!(
                !guarded(f.trim_start_matches('"').chars().next())
                    || f.trim_start_matches('"').starts_with('\''),
                "{f:?}"
            );
            let record = format!("{f},x\r\n");
            assert_eq!(split_record(&record).unwrap(), [s, "x"], "{s:?} as {f:?}");
        }
        assert_eq!(field("=1+1"), "'=1+1");
        assert_eq!(field("a,b"), "\"a,b\"");
    }

    #[test]
    fn reads_its_own_export() {
        use crate::formats::interchange::fixtures::fixture;
        use crate::formats::{Format, SourceText};
        let f = fixture();
        let out = f.export(Format::Csv, SourceText::Published);
        assert!(out.starts_with("id,source,target,state\r\n"));
        let doc = read(&out, "x.csv").unwrap();
        assert_eq!(doc.name.as_deref(), Some("libie"));
        assert_eq!(doc.segments.len(), f.segs.len());
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
    fn reads_plain_files_from_spreadsheets() {
        let doc = read(
            "source,target\r\nEen,One\r\n\"Twee, drie\",\"Two,\r\nthree\"\r\n,\r\nVier\r\n",
            "p.csv",
        )
        .unwrap();
        let s = &doc.segments;
        assert_eq!(s.len(), 3);
        assert_eq!(
            (s[1].source.as_str(), s[1].target.as_deref(), s[1].line),
            ("Twee, drie", Some("Two,\r\nthree"), 3)
        );
        assert_eq!(
            (s[2].paragraph, s[2].state, s[2].line),
            (2, State::Untranslated, 6)
        );
    }

    #[test]
    fn errors_name_the_line() {
        let e = |t: &str| read(t, "t.csv").unwrap_err().to_string();
        assert_eq!(
            e("a,b\n\"open,x\n"),
            "t.csv line 2: a quoted field opened here is not closed before the end of the file"
        );
        assert!(e("a,b\n\"x\"y,z\n").starts_with("t.csv line 2: 'y' after a closing quote"));
        assert!(e(&format!("{HEADER}\nd:1,x,y\n")).starts_with("t.csv line 2: expected 4 fields"));
        assert!(e(&format!("{HEADER}\nd:1,x,y,done\n")).contains("unknown state 'done'"));
        assert!(e("a,b,c\n").contains("expected 2 fields"));
        assert_eq!(e(",b\n"), "t.csv line 1: empty source text");
    }
}
