//! gettext PO: a streaming writer (`msgctxt` = segment id, untranslated and needs-work entries
//! `fuzzy`, tolk's state, comment, annotations and the published-vs-corrected difference as
//! `# tolk:` translator comments, strings escaped and wrapped as gettext does) and a streaming
//! reader that holds one entry at a time.

use crate::text::controls_to_spaces;

use super::interchange::{
    ExportOptions, Exporter, annotation_json, doc_of_id, entry_from_json, link_from_json,
    link_json, tmx_date,
};
use super::text::Lines;
use super::{DocMeta, Each, ImportedDoc, ImportedSegment, Record, SourceText};
use crate::error::{Error, Result};
use crate::model::{Document, State};
use serde_json::{Map, Value};
use std::io::{self, BufRead, Write};

/// gettext's default page width: string lines are wrapped to fit in it, quotes included.
const WIDTH: usize = 79;

/// Writes a PO file that `msgfmt --check` accepts.
pub struct PoWriter {
    name: String,
    source_lang: String,
    target_lang: String,
    title: Option<String>,
    created_at: String,
    opts: ExportOptions,
}

impl PoWriter {
    pub fn new(doc: &Document, opts: ExportOptions) -> Self {
        PoWriter {
            name: doc.name.clone(),
            source_lang: doc.source_lang.clone(),
            target_lang: doc.target_lang.clone(),
            title: doc.title.clone(),
            created_at: doc.created_at.clone(),
            opts,
        }
    }
}

/// An RFC 3339 time as a PO header date (`2026-01-19 10:00+0000`).
pub fn po_date(rfc3339: &str) -> Option<String> {
    let t = tmx_date(rfc3339)?;
    Some(format!(
        "{}-{}-{} {}:{}+0000",
        &t[0..4],
        &t[4..6],
        &t[6..8],
        &t[9..11],
        &t[11..13]
    ))
}

impl Exporter for PoWriter {
    fn begin(&mut self, w: &mut dyn Write) -> io::Result<()> {
        writeln!(
            w,
            "# {} → {} translation of {}, exported by tolk.",
            self.source_lang,
            self.target_lang,
            controls_to_spaces(&self.name)
        )?;
        if let Some(t) = &self.title {
            writeln!(w, "# Title: {}", controls_to_spaces(t))?;
        }
        writeln!(w, "#")?;
        writeln!(w, "msgid \"\"")?;
        let source = match self.opts.source {
            SourceText::Published => "published",
            SourceText::Corrected => "corrected",
        };
        let created = po_date(&self.created_at).unwrap_or_default();
        // Without an export time (library use), the document's creation stands in.
        let revised = self
            .opts
            .exported_at
            .as_deref()
            .and_then(po_date)
            .unwrap_or_else(|| created.clone());
        let translator = self.opts.exported_by.as_deref().unwrap_or("tolk");
        let fields = [
            ("Project-Id-Version", self.name.as_str()),
            ("POT-Creation-Date", created.as_str()),
            ("PO-Revision-Date", revised.as_str()),
            ("Last-Translator", translator),
            ("Language-Team", "none"),
            ("Language", self.target_lang.as_str()),
            ("MIME-Version", "1.0"),
            ("Content-Type", "text/plain; charset=UTF-8"),
            ("Content-Transfer-Encoding", "8bit"),
            ("X-Generator", concat!("tolk ", env!("CARGO_PKG_VERSION"))),
            ("X-Tolk-Document", self.name.as_str()),
            ("X-Tolk-Source-Language", self.source_lang.as_str()),
            ("X-Tolk-Source", source),
        ];
        let header: String = fields
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| format!("{k}: {}\n", controls_to_spaces(v)))
            .collect();
        write_string(w, "msgstr", &header)
    }

    fn record(&mut self, w: &mut dyn Write, r: &Record<'_>) -> io::Result<bool> {
        writeln!(w)?;
        let mut meta = Map::new();
        meta.insert("paragraph".into(), r.paragraph.into());
        meta.insert("state".into(), r.state.as_str().into());
        let opt = |v: Option<&str>| v.map_or(Value::Null, Value::from);
        meta.insert(
            "revision".into(),
            r.revision.map_or(Value::Null, Value::from),
        );
        meta.insert("author".into(), opt(r.author));
        meta.insert("updated_at".into(), opt(r.updated_at));
        meta.insert("created_by".into(), opt(r.created_by));
        meta.insert("created_at".into(), opt(r.created_at));
        // Readable lines first, for the translator in a PO editor; the `tolk:` lines after them
        // carry the same data exactly, for tolk to read back.
        if r.source_corrected != r.source_published {
            let runs = crate::diff::words(r.source_published, &r.source_corrected);
            writeln!(
                w,
                "# Corrected source: {}",
                controls_to_spaces(&crate::diff::plain(&runs))
            )?;
        }
        if let Some(c) = r.comment {
            writeln!(w, "# Reviewer: {}", controls_to_spaces(c))?;
        }
        for a in r.annotations {
            writeln!(
                w,
                "# {}",
                controls_to_spaces(&crate::formats::interchange::summary(a))
            )?;
        }
        writeln!(w, "# tolk:meta {}", Value::Object(meta))?;
        let json = |s: &str| Value::from(s).to_string();
        if let Some(c) = r.comment {
            writeln!(w, "# tolk:comment {}", json(c))?;
        }
        // The other version of the source, so a translator sees what the corrections change.
        if r.source_corrected != r.source_published {
            if r.source == r.source_published {
                writeln!(w, "# tolk:corrected {}", json(&r.source_corrected))?;
            } else {
                writeln!(w, "# tolk:published {}", json(r.source_published))?;
            }
        }
        for a in r.annotations {
            writeln!(w, "# tolk:annotation {}", annotation_json(a))?;
        }
        if let Some(l) = link_json(r) {
            writeln!(w, "# tolk:link {l}")?;
        }
        if matches!(r.state, State::Untranslated | State::NeedsWork) {
            writeln!(w, "#, fuzzy")?;
        }
        write_string(w, "msgctxt", &r.id)?;
        write_string(w, "msgid", &r.source)?;
        write_string(w, "msgstr", r.target.unwrap_or(""))?;
        Ok(true)
    }

    fn finish(&mut self, _w: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
}

/// C-style escaping as gettext writes it.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\u{7}' => out.push_str("\\a"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\u{b}' => out.push_str("\\v"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => out.push_str(&format!("\\{:03o}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// Writes `keyword "string"`, wrapped like gettext: on one line when it fits and has no inner
/// line break, otherwise `keyword ""` and then one quoted line per source line, each broken
/// after a space to fit the page width.
fn write_string(w: &mut dyn Write, keyword: &str, s: &str) -> io::Result<()> {
    let escaped = escape(s);
    let inner_break = s.trim_end_matches('\n').contains('\n');
    if !inner_break && keyword.chars().count() + escaped.chars().count() + 3 <= WIDTH {
        return writeln!(w, "{keyword} \"{escaped}\"");
    }
    writeln!(w, "{keyword} \"\"")?;
    for piece in s.split_inclusive('\n') {
        for line in wrap(&escape(piece), WIDTH - 2) {
            writeln!(w, "\"{line}\"")?;
        }
    }
    Ok(())
}

/// Splits escaped text into lines of at most `width` characters, breaking after spaces; a run
/// without spaces longer than `width` stays whole, as gettext leaves it.
fn wrap(escaped: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut cur = String::new();
    let mut cur_len = 0;
    // Byte index in `cur` just after its last space, and the char count up to there.
    let mut brk: Option<(usize, usize)> = None;
    for c in escaped.chars() {
        cur.push(c);
        cur_len += 1;
        if c == ' ' {
            brk = Some((cur.len(), cur_len));
        }
        if cur_len > width
            && let Some((b, n)) = brk
            && b < cur.len()
        {
            lines.push(cur[..b].to_string());
            cur = cur[b..].to_string();
            cur_len -= n;
            brk = None;
        }
    }
    if !cur.is_empty() || lines.is_empty() {
        lines.push(cur);
    }
    lines
}

/// Reads a PO file held in memory; see [`read_stream`].
pub fn read(text: &str, label: &str) -> Result<ImportedDoc> {
    ImportedDoc::read(read_stream, text, label)
}

/// Reads a PO file one entry at a time, handing each to `each`. tolk's `# tolk:` comments
/// restore state, paragraph, comment, published text and annotations; in files from other
/// tools each entry is a paragraph, `fuzzy` means needs-work (or untranslated when `msgstr` is
/// empty), and translator comments become the segment's comment. Obsolete (`#~`) entries are
/// skipped. The header entry (languages, tolk's document name) comes first in any PO file, so
/// the document is known before its first segment.
pub fn read_stream(input: &mut dyn BufRead, label: &str, each: &mut Each<'_>) -> Result<DocMeta> {
    let mut r = EntryReader {
        label,
        meta: DocMeta::default(),
        n: 0,
        each,
    };
    let mut lines = Lines::new(input, label);
    let mut entry = RawEntry::default();
    let mut field: Option<Field> = None;
    let err = |line: usize, msg: &str| Error::invalid("po", format!("{label} line {line}: {msg}"));
    while let Some((line_no, raw_line)) = lines.next_line()? {
        let line = raw_line.trim();
        if line.is_empty() {
            r.finish(&mut entry)?;
            field = None;
            continue;
        }
        if line.starts_with("#~") {
            // An obsolete entry: its lines are skipped, and it ends the entry before it.
            if !entry.obsolete {
                r.finish(&mut entry)?;
                field = None;
                entry.obsolete = true;
            }
            continue;
        }
        if entry.obsolete {
            std::mem::take(&mut entry);
            field = None;
        }
        // One entry holds one segment; a runaway one is not a PO file tolk can use.
        entry.size += line.len();
        if entry.size > MAX_ENTRY {
            let first = entry.line.unwrap_or(line_no);
            return Err(err(
                first,
                &format!(
                    "entry larger than {} MiB; is this really a PO file?",
                    MAX_ENTRY >> 20
                ),
            ));
        }
        if let Some(rest) = line.strip_prefix('#') {
            if entry.msgstr.is_some() || entry.msgid.is_some() {
                r.finish(&mut entry)?;
                field = None;
            }
            entry.line.get_or_insert(line_no);
            if let Some(flags) = rest.strip_prefix(',') {
                entry.fuzzy |= flags.split(',').any(|f| f.trim() == "fuzzy");
            } else if rest.starts_with(['.', ':', '|']) {
                // Extracted comments, references and previous strings: nothing tolk keeps.
            } else {
                let text = rest.strip_prefix(' ').unwrap_or(rest);
                entry.comments.push((line_no, text.to_string()));
            }
            continue;
        }
        if line.starts_with('"') {
            let s = unquote(line).map_err(|m| err(line_no, &m))?;
            match field {
                Some(f) => entry.slot(f).get_or_insert_with(String::new).push_str(&s),
                None => return Err(err(line_no, "a string continues no msgid or msgstr")),
            }
            continue;
        }
        let (keyword, rest) = line.split_once([' ', '\t']).ok_or_else(|| {
            err(
                line_no,
                &format!("cannot read '{}'", controls_to_spaces(line)),
            )
        })?;
        let f = match keyword {
            "msgctxt" => Field::Ctxt,
            "msgid" => Field::Id,
            "msgid_plural" => Field::Plural,
            "msgstr" | "msgstr[0]" => Field::Str,
            k if k.starts_with("msgstr[") => Field::OtherPlural,
            _ => {
                return Err(err(
                    line_no,
                    &format!(
                        "unknown keyword '{}' (expected msgctxt, msgid or msgstr)",
                        controls_to_spaces(keyword)
                    ),
                ));
            }
        };
        // A new msgctxt/msgid after a complete entry starts the next one, blank line or not.
        if matches!(f, Field::Ctxt | Field::Id) && entry.msgstr.is_some() {
            let size = line.len();
            r.finish(&mut entry)?;
            entry.size = size;
        }
        entry.line.get_or_insert(line_no);
        let s = unquote(rest.trim()).map_err(|m| err(line_no, &m))?;
        let slot = entry.slot(f);
        if slot.is_some() && f != Field::OtherPlural {
            return Err(err(line_no, &format!("{keyword} given twice in one entry")));
        }
        *slot = Some(s);
        field = Some(f);
    }
    r.finish(&mut entry)?;
    Ok(r.meta)
}

/// Largest PO entry (comments and strings) the reader collects.
const MAX_ENTRY: usize = super::xml::MAX_ELEMENT;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Ctxt,
    Id,
    Plural,
    Str,
    OtherPlural,
}

#[derive(Debug, Default)]
struct RawEntry {
    line: Option<usize>,
    /// Bytes of the entry's lines so far.
    size: usize,
    comments: Vec<(usize, String)>,
    fuzzy: bool,
    obsolete: bool,
    msgctxt: Option<String>,
    msgid: Option<String>,
    plural: Option<String>,
    msgstr: Option<String>,
    /// `msgstr[1]` and beyond: read and dropped (tolk segments have one translation).
    other: Option<String>,
}

impl RawEntry {
    fn slot(&mut self, f: Field) -> &mut Option<String> {
        match f {
            Field::Ctxt => &mut self.msgctxt,
            Field::Id => &mut self.msgid,
            Field::Plural => &mut self.plural,
            Field::Str => &mut self.msgstr,
            Field::OtherPlural => &mut self.other,
        }
    }
}

/// Turns finished entries into segments and hands them over.
struct EntryReader<'a, 'e> {
    label: &'a str,
    meta: DocMeta,
    /// Segments handed over so far.
    n: usize,
    each: &'a mut Each<'e>,
}

impl EntryReader<'_, '_> {
    /// Ends the entry being collected (leaving `entry` empty for the next one): the header
    /// sets the document's metadata, any other entry becomes a segment.
    fn finish(&mut self, entry: &mut RawEntry) -> Result<()> {
        let label = self.label;
        let e = std::mem::take(entry);
        if e.obsolete {
            return Ok(());
        }
        let line = e.line.unwrap_or(1);
        let err =
            |line: usize, msg: &str| Error::invalid("po", format!("{label} line {line}: {msg}"));
        let Some(msgid) = e.msgid else {
            if e.msgstr.is_some() || e.msgctxt.is_some() {
                return Err(err(line, "entry without msgid"));
            }
            // Comments alone (e.g. at the end of the file) make no entry.
            return Ok(());
        };
        let Some(msgstr) = e.msgstr else {
            return Err(err(line, "entry without msgstr"));
        };
        if msgid.is_empty() && e.msgctxt.is_none() {
            read_header(&msgstr, &mut self.meta);
            return Ok(());
        }
        let n = self.n + 1;
        let target = Some(msgstr).filter(|s| !s.is_empty());
        let mut seg = ImportedSegment {
            line,
            paragraph: n,
            source: msgid,
            state: match (e.fuzzy, target.is_some()) {
                (true, true) => State::NeedsWork,
                (false, true) => State::Translated,
                (_, false) => State::Untranslated,
            },
            target,
            comment: None,
            author: None,
            revision: None,
            annotations: Vec::new(),
            link: None,
        };
        let mut comments = Vec::new();
        let mut ours = false;
        for (cl, c) in e.comments {
            let Some(rest) = c.strip_prefix("tolk:") else {
                comments.push(c);
                continue;
            };
            let (key, value) = rest.split_once(' ').unwrap_or((rest, ""));
            let string = || -> Result<String> {
                serde_json::from_str::<String>(value)
                    .map_err(|e| err(cl, &format!("bad tolk:{key} comment: {e}")))
            };
            match key {
                "meta" => {
                    ours = true;
                    let meta: Map<String, Value> = serde_json::from_str(value)
                        .map_err(|e| err(cl, &format!("bad tolk:meta comment: {e}")))?;
                    let number = |field: &str, max: u64| {
                        super::json_number(field, meta.get(field), max).map_err(|m| err(cl, &m))
                    };
                    if let Some(p) = number("paragraph", super::MAX_PARAGRAPH as u64)? {
                        seg.paragraph = p as usize;
                    }
                    seg.revision =
                        number("revision", super::MAX_REVISION as u64)?.map(|r| r as i64);
                    if let Some(s) = meta.get("state").and_then(Value::as_str) {
                        seg.state = s.parse().map_err(|e: Error| err(cl, &e.to_string()))?;
                    }
                    seg.author = meta.get("author").and_then(Value::as_str).map(String::from);
                }
                "comment" => seg.comment = Some(string()?),
                "published" => seg.source = string()?,
                "corrected" => {}
                "link" => seg.link = Some(link_from_json(value).map_err(|m| err(cl, &m))?),
                "annotation" => {
                    let mut a = entry_from_json(value, n).map_err(|m| err(cl, &m))?;
                    a.line = cl;
                    seg.annotations.push(a);
                }
                _ => comments.push(c),
            }
        }
        // In tolk's own files the plain comments only restate the tolk: lines.
        if seg.comment.is_none() && !comments.is_empty() && !ours {
            seg.comment = Some(comments.join("\n"));
        }
        if self.meta.name.is_none() {
            self.meta.name = e.msgctxt.as_deref().and_then(doc_of_id).map(String::from);
        }
        self.n = n;
        (self.each)(&self.meta, seg)
    }
}

fn read_header(msgstr: &str, meta: &mut DocMeta) {
    for line in msgstr.lines() {
        let Some((k, v)) = line.split_once(':') else {
            continue;
        };
        let v = v.trim();
        if v.is_empty() {
            continue;
        }
        match k.trim() {
            "Language" => meta.target_lang = Some(v.to_string()),
            "X-Tolk-Source-Language" | "X-Source-Language" => {
                meta.source_lang = Some(v.to_string());
            }
            "X-Tolk-Document" => meta.name = Some(v.to_string()),
            _ => {}
        }
    }
}

/// The value of a quoted PO string, C escapes decoded.
fn unquote(s: &str) -> std::result::Result<String, String> {
    let inner = s.strip_prefix('"').ok_or_else(|| {
        format!(
            "expected a quoted string, found '{}'",
            controls_to_spaces(s)
        )
    })?;
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars().peekable();
    loop {
        let Some(c) = chars.next() else {
            return Err("unterminated string (missing closing \")".into());
        };
        match c {
            '"' => break,
            '\\' => {
                let Some(e) = chars.next() else {
                    return Err("unterminated string (missing closing \")".into());
                };
                match e {
                    'n' => out.push('\n'),
                    't' => out.push('\t'),
                    'r' => out.push('\r'),
                    'a' => out.push('\u{7}'),
                    'b' => out.push('\u{8}'),
                    'f' => out.push('\u{c}'),
                    'v' => out.push('\u{b}'),
                    '\\' | '"' | '\'' | '?' => out.push(e),
                    '0'..='7' => {
                        let mut v = e.to_digit(8).unwrap_or(0);
                        for _ in 0..2 {
                            match chars.peek().and_then(|d| d.to_digit(8)) {
                                Some(d) => {
                                    v = v * 8 + d;
                                    chars.next();
                                }
                                None => break,
                            }
                        }
                        out.push(
                            char::from_u32(v)
                                .filter(|&c| c != '\0')
                                .ok_or("bad octal escape")?,
                        );
                    }
                    'x' => {
                        let mut v = 0u32;
                        let mut digits = 0;
                        while let Some(d) = chars.peek().and_then(|d| d.to_digit(16)) {
                            v = v.saturating_mul(16).saturating_add(d);
                            digits += 1;
                            chars.next();
                        }
                        let c = char::from_u32(v).filter(|&c| digits > 0 && c != '\0');
                        out.push(c.ok_or("bad hex escape")?);
                    }
                    other => return Err(format!("unknown escape \\{other}")),
                }
            }
            c => out.push(c),
        }
    }
    let rest: String = chars.collect();
    if !rest.trim().is_empty() {
        return Err(format!(
            "unexpected '{}' after the closing quote",
            controls_to_spaces(rest.trim())
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::Format;
    use crate::formats::interchange::fixtures::{fixture, run_tool};

    fn msgfmt(out: &str) {
        if let Some(r) = run_tool("msgfmt", out, &["--check", "-o", "/dev/null"], "po") {
            r.unwrap();
        }
    }

    #[test]
    fn round_trip_keeps_everything() {
        let f = fixture();
        for which in [SourceText::Published, SourceText::Corrected] {
            let out = f.export(Format::Po, which);
            msgfmt(&out);
            let doc = read(&out, "x.po").unwrap();
            assert_eq!(doc.name.as_deref(), Some("libie"));
            assert_eq!(
                (doc.source_lang.as_deref(), doc.target_lang.as_deref()),
                (Some("nl"), Some("en"))
            );
            assert_eq!(doc.segments.len(), 5);
            for i in 0..5 {
                f.assert_segment(&doc, i, i);
            }
        }
        let out = f.export(Format::Po, SourceText::Published);
        assert_eq!(out.matches("#, fuzzy").count(), 2);
        assert!(out.contains(
            "msgctxt \"libie:4\"\nmsgid \"Onvertaald met emoji 😀 en Ω.\"\nmsgstr \"\"\n"
        ));
        assert!(out.contains("# tolk:corrected \"Haftar vertrok"));
    }

    #[test]
    fn wraps_like_gettext() {
        let long = "Het lijkt erop dat Haftar ervan overtuigd is dat zijn ‘Libische Nationale Leger’ (LNA) in een sterke positie staat om het conflict militair te beslissen.";
        let mut out = Vec::new();
        write_string(&mut out, "msgid", long).unwrap();
        let out = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[0], "msgid \"\"");
        assert!(lines.len() >= 3);
        assert!(lines[1..].iter().all(|l| l.chars().count() <= WIDTH
            && l.starts_with('"')
            && l.ends_with(" \"")
            || l == lines.last().unwrap()));
        let mut out = Vec::new();
        write_string(&mut out, "msgid", "one\ntwo\n").unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "msgid \"\"\n\"one\\n\"\n\"two\\n\"\n"
        );
        let mut out = Vec::new();
        write_string(&mut out, "msgstr", "only at end\n").unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "msgstr \"only at end\\n\"\n"
        );
        assert_eq!(wrap(&"x".repeat(100), 10), vec!["x".repeat(100)]);
    }

    #[test]
    fn escapes_round_trip() {
        for s in [
            "plain",
            "q\"b\\s",
            "nl\ntab\tcr\r",
            "bell\u{7}\u{1}\u{7f}",
            "ünï 😀",
            "\\n literally",
        ] {
            let e = escape(s);
            assert!(!e.contains(['\n', '\t', '\r']));
            assert_eq!(unquote(&format!("\"{e}\"")).unwrap(), s, "{e}");
        }
        assert_eq!(unquote(r#""\x41\101\?\'""#).unwrap(), "AA?'");
        assert!(unquote("\"open").is_err());
        assert!(unquote("\"x\" y").is_err());
        assert!(unquote("\"\\q\"").is_err());
        assert!(unquote("\"\\0\"").is_err());
    }

    #[test]
    fn reads_foreign_po() {
        let text = r#"# SOME DESCRIPTIVE TITLE.
msgid ""
msgstr ""
"Language: en_GB\n"
"X-Source-Language: nl\n"

# A translator note
#. extracted
#: src/main.c:12
#, c-format, fuzzy
msgid "Hallo %s"
msgstr "Hello %s"

msgid "Ja"
msgstr "Yes"
msgid "Nee"
msgid_plural "Neen"
msgstr[0] "No"
msgstr[1] "Nos"

#~ msgid "oud"
#~ msgstr "old"

msgid ""
"lang "
"verhaal"
msgstr ""
"#;
        let doc = read(text, "f.po").unwrap();
        assert_eq!(
            (doc.source_lang.as_deref(), doc.target_lang.as_deref()),
            (Some("nl"), Some("en_GB"))
        );
        let s = &doc.segments;
        assert_eq!(s.len(), 4);
        assert_eq!(
            (s[0].state, s[0].comment.as_deref()),
            (State::NeedsWork, Some("A translator note"))
        );
        assert_eq!(
            (s[1].state, s[1].target.as_deref()),
            (State::Translated, Some("Yes"))
        );
        assert_eq!(
            (s[2].source.as_str(), s[2].target.as_deref()),
            ("Nee", Some("No"))
        );
        assert_eq!(
            (s[3].source.as_str(), s[3].state),
            ("lang verhaal", State::Untranslated)
        );
        assert_eq!(
            s.iter().map(|s| s.paragraph).collect::<Vec<_>>(),
            [1, 2, 3, 4]
        );
    }

    #[test]
    fn errors_name_the_line() {
        let err = |t: &str| read(t, "bad.po").unwrap_err().to_string();
        assert_eq!(
            err("msgid \"a\"\nmsgstr \"b\nx"),
            "bad.po line 2: unterminated string (missing closing \")"
        );
        assert!(
            err("msgid \"a\"\nmsgstr \"b\"\n\nfoo \"x\"")
                .starts_with("bad.po line 4: unknown keyword 'foo'")
        );
        assert!(err("\"x\"").starts_with("bad.po line 1: a string continues"));
        assert!(err("msgid \"a\"\n\n").starts_with("bad.po line 1: entry without msgstr"));
        assert!(
            err("# tolk:meta {\"state\":\"done\"}\nmsgid \"a\"\nmsgstr \"\"")
                .starts_with("bad.po line 1: unknown state 'done'")
        );
        assert!(
            err("# tolk:annotation {\nmsgid \"a\"\nmsgstr \"\"")
                .starts_with("bad.po line 1: bad annotation")
        );
        assert!(
            err("msgid \"a\"\nmsgid \"b\"\nmsgstr \"\"")
                .starts_with("bad.po line 2: msgid given twice")
        );
    }
}
