//! gettext PO, lossless: a streaming writer and a streaming reader that holds one entry at a
//! time.
//!
//! A catalogue from another tool comes back whole: the header entry (its comments, flags and
//! fields in order, `Plural-Forms` included) and obsolete `#~` entries are kept with the
//! document ([`DocExtra`]); each entry's `msgctxt`, flags other than `fuzzy`, translator
//! comments, `#.` extracted comments, `#:` references, `#|` previous strings and
//! `msgid_plural` with the segment ([`SegExtra`]); the plural forms `msgstr[1..]` with each
//! translation revision ([`TransExtra`]). Untranslated entries have an empty `msgstr` and no
//! `fuzzy` flag (gettext's convention); needs-work is `fuzzy`.
//!
//! tolk's own data rides in `# tolk:` translator comments: `tolk:meta` (the segment's
//! `DOC:N` id, paragraph, state, revision, authors, and a checksum of what the entry shows),
//! the reviewer's comment, annotations, links, the published-vs-corrected difference. Their
//! JSON has no spaces (a space inside a string is written `\u0020`), so a tool that rewraps
//! long comments (Python's polib wraps at 78 columns) can only cut it where the reader joins
//! it again. When the checksum no longer matches the entry (a translator changed the
//! `msgstr` or the `fuzzy` flag elsewhere), the entry's visible content wins over the
//! metadata: [`MetaCheck::Edited`].
//!
//! Documents tolk made (no [`DocExtra`]) keep `msgctxt` = `DOC:N`, so that two equal sentences
//! stay two entries; documents read from a PO file get their own `msgctxt` back.

use crate::text::controls_to_spaces;

use super::interchange::{
    ExportOptions, Exporter, annotation_json, doc_of_id, entry_from_json, link_from_json,
    link_json, tmx_date,
};
use super::text::Lines;
use super::{DocMeta, Each, ImportedDoc, ImportedSegment, Kept, MetaCheck, Record, SourceText};
use crate::error::{Error, Result};
use crate::model::{DocExtra, Document, SegExtra, State, TransExtra};
use serde_json::{Map, Value};
use std::io::{self, BufRead, Write};

/// gettext's default page width: string lines are wrapped to fit in it, quotes included.
const WIDTH: usize = 79;

/// The `format` of a document read from a PO file ([`DocExtra::format`]).
pub const FORMAT: &str = "po";

/// Header fields tolk writes itself: an export replaces the file's values. (`X-Generator`
/// too, in documents tolk made; a catalogue's own generator stays.)
const OWNED_FIELDS: &[&str] = &[
    "X-Tolk-Document",
    "X-Tolk-Source-Language",
    "X-Tolk-Source",
    "X-Tolk-Last-Translator",
];

/// Placeholder values of a fresh template's `Last-Translator`: nobody in particular.
const TEMPLATE_TRANSLATOR: &str = "FULL NAME <EMAIL@ADDRESS>";

/// Writes a PO file that `msgfmt --check` accepts.
pub struct PoWriter {
    name: String,
    source_lang: String,
    target_lang: String,
    title: Option<String>,
    created_at: String,
    opts: ExportOptions,
    /// The catalogue the document was read from, when it was (header, obsolete entries).
    extra: Option<DocExtra>,
    /// Plural forms a catalogue has (`nplurals` of its `Plural-Forms`), for untranslated
    /// plural entries.
    nplurals: usize,
}

impl PoWriter {
    pub fn new(doc: &Document, opts: ExportOptions) -> Self {
        let extra = doc.extra.clone().filter(|e| e.format == FORMAT);
        let nplurals = extra
            .as_ref()
            .and_then(|e| e.field("Plural-Forms"))
            .and_then(nplurals)
            .unwrap_or(2);
        PoWriter {
            name: doc.name.clone(),
            source_lang: doc.source_lang.clone(),
            target_lang: doc.target_lang.clone(),
            title: doc.title.clone(),
            created_at: doc.created_at.clone(),
            opts,
            extra,
            nplurals,
        }
    }
}

/// `nplurals=N` of a `Plural-Forms` header value.
fn nplurals(value: &str) -> Option<usize> {
    value.split(';').find_map(|part| {
        let (k, v) = part.split_once('=')?;
        (k.trim() == "nplurals")
            .then(|| v.trim().parse().ok())
            .flatten()
            .filter(|n| (1..=10).contains(n))
    })
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

/// A stable checksum (64-bit FNV-1a, hex) of what a PO entry shows: source, plural source,
/// target forms and whether it is `fuzzy`. tolk's metadata carries it; when the entry no
/// longer matches, someone changed it after tolk wrote it.
pub fn entry_sum(msgid: &str, plural: Option<&str>, forms: &[&str], fuzzy: bool) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    };
    // Lengths first, so no two different entries run together into the same bytes.
    let mut field = |s: &str| {
        eat(&(s.len() as u64).to_le_bytes());
        eat(s.as_bytes());
    };
    field(msgid);
    field(plural.unwrap_or("\u{0}"));
    for f in forms {
        field(f);
    }
    field(if fuzzy { "fuzzy" } else { "" });
    format!("{h:016x}")
}

/// JSON for a `# tolk:` line: compact, with every space written `\u0020` (spaces only occur
/// inside strings there), so a tool that rewraps comments cannot drop one.
fn no_spaces(json: String) -> String {
    json.replace(' ', "\\u0020")
}

impl Exporter for PoWriter {
    fn begin(&mut self, w: &mut dyn Write) -> io::Result<()> {
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
        let translator = match self.extra.as_ref().and_then(|e| e.field("Last-Translator")) {
            Some(t) => t,
            None => self.opts.exported_by.as_deref().unwrap_or("tolk"),
        };
        let generator = concat!("tolk ", env!("CARGO_PKG_VERSION"));
        let ours = [
            ("X-Tolk-Document", self.name.as_str()),
            ("X-Tolk-Source-Language", self.source_lang.as_str()),
            ("X-Tolk-Source", source),
            ("X-Tolk-Last-Translator", translator),
        ];
        let fields: Vec<(String, String)> = match &self.extra {
            Some(extra) => {
                // The catalogue's own header, verbatim but for what tolk owns.
                for c in &extra.comments {
                    writeln!(w, "{}", controls_to_spaces(c))?;
                }
                if !extra.flags.is_empty() {
                    writeln!(w, "#, {}", controls_to_spaces(&extra.flags.join(", ")))?;
                }
                let mut fields: Vec<(String, String)> = Vec::new();
                for (k, v) in &extra.fields {
                    if OWNED_FIELDS.iter().any(|o| o.eq_ignore_ascii_case(k)) {
                        continue;
                    }
                    // The catalogue's own dates and translator stay: they say when and by
                    // whom it was last translated, which an export does not change.
                    let v = match k.to_ascii_lowercase().as_str() {
                        "language"
                            if !v.is_empty()
                                && primary_tag(v) != primary_tag(&self.target_lang) =>
                        {
                            self.target_lang.clone()
                        }
                        _ => v.clone(),
                    };
                    fields.push((k.clone(), v));
                }
                fields.extend(ours.iter().map(|(k, v)| (k.to_string(), v.to_string())));
                fields
            }
            None => {
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
                let mut fields: Vec<(String, String)> = [
                    ("Project-Id-Version", self.name.as_str()),
                    ("POT-Creation-Date", created.as_str()),
                    ("PO-Revision-Date", revised.as_str()),
                    ("Last-Translator", translator),
                    ("Language-Team", "none"),
                    ("Language", self.target_lang.as_str()),
                    ("MIME-Version", "1.0"),
                    ("Content-Type", "text/plain; charset=UTF-8"),
                    ("Content-Transfer-Encoding", "8bit"),
                    ("X-Generator", generator),
                ]
                .iter()
                .chain(ours.iter())
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect();
                fields.retain(|(_, v)| !v.is_empty());
                fields
            }
        };
        writeln!(w, "msgid \"\"")?;
        let header: String = fields
            .iter()
            .map(|(k, v)| format!("{k}: {}\n", controls_to_spaces(v)))
            .collect();
        write_string(w, "msgstr", &header, true)
    }

    fn record(&mut self, w: &mut dyn Write, r: &Record<'_>) -> io::Result<bool> {
        writeln!(w)?;
        let none = SegExtra::default();
        let extra = r.extra.unwrap_or(&none);
        // Translator comments written by people come first, as the file had them.
        for n in &extra.notes {
            write_comment(w, "#", n)?;
        }
        let fuzzy = r.state == State::NeedsWork && r.target.is_some();
        let wrap = !extra.flags.iter().any(|f| f == "no-wrap");
        let plural = extra.plural.as_deref();
        let mut forms = r.target_forms();
        if plural.is_some() {
            forms.resize(forms.len().max(self.nplurals), "");
        } else {
            forms.truncate(1);
        }
        let mut meta = Map::new();
        meta.insert("id".into(), r.id.clone().into());
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
        if !extra.notes.is_empty() {
            meta.insert("notes".into(), extra.notes.len().into());
        }
        meta.insert(
            "sum".into(),
            entry_sum(&r.source, plural, &forms, fuzzy).into(),
        );
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
        writeln!(
            w,
            "# tolk:meta {}",
            no_spaces(Value::Object(meta).to_string())
        )?;
        let json = |s: &str| no_spaces(Value::from(s).to_string());
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
            writeln!(w, "# tolk:annotation {}", no_spaces(annotation_json(a)))?;
        }
        if let Some(l) = link_json(r) {
            writeln!(w, "# tolk:link {}", no_spaces(l))?;
        }
        for c in &extra.extracted {
            write_comment(w, "#.", c)?;
        }
        for c in &extra.references {
            write_comment(w, "#:", c)?;
        }
        let flags: Vec<&str> = fuzzy
            .then_some("fuzzy")
            .into_iter()
            .chain(extra.flags.iter().map(String::as_str))
            .collect();
        if !flags.is_empty() {
            writeln!(w, "#, {}", controls_to_spaces(&flags.join(", ")))?;
        }
        for c in &extra.previous {
            write_comment(w, "#|", c)?;
        }
        // An entry from a catalogue has its own msgctxt, or none; tolk's own entries have
        // their id, so that two equal sentences stay two entries.
        // (Sentences the translator added have no source: their id keeps them apart from
        // the header entry.)
        if (self.extra.is_some() || r.extra.is_some()) && !r.source.is_empty() {
            if let Some(k) = &extra.key {
                write_string(w, "msgctxt", k, wrap)?;
            }
        } else {
            write_string(w, "msgctxt", &r.id, wrap)?;
        }
        write_string(w, "msgid", &r.source, wrap)?;
        match plural {
            Some(p) => {
                write_string(w, "msgid_plural", p, wrap)?;
                for (i, f) in forms.iter().enumerate() {
                    write_string(w, &format!("msgstr[{i}]"), f, wrap)?;
                }
            }
            None => write_string(w, "msgstr", forms[0], wrap)?,
        }
        Ok(true)
    }

    fn finish(&mut self, w: &mut dyn Write) -> io::Result<()> {
        // Obsolete entries, verbatim, after the last segment as gettext keeps them.
        for block in self.extra.iter().flat_map(|e| &e.retired) {
            writeln!(w)?;
            for line in block.lines() {
                writeln!(w, "{}", controls_to_spaces(line))?;
            }
        }
        Ok(())
    }
}

/// A comment line: `marker` and the text (a space between them when there is text).
fn write_comment(w: &mut dyn Write, marker: &str, text: &str) -> io::Result<()> {
    let text = controls_to_spaces(text);
    if text.is_empty() {
        writeln!(w, "{marker}")
    } else {
        writeln!(w, "{marker} {text}")
    }
}

/// The primary subtag of a language tag, lower case (`nl_BE` → `nl`).
fn primary_tag(tag: &str) -> String {
    tag.split(['-', '_', '@', '.'])
        .next()
        .unwrap_or(tag)
        .trim()
        .to_ascii_lowercase()
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
/// after a space to fit the page width (not broken at all with `wrap` false: `no-wrap`).
fn write_string(w: &mut dyn Write, keyword: &str, s: &str, wrap_lines: bool) -> io::Result<()> {
    let escaped = escape(s);
    let inner_break = s.trim_end_matches('\n').contains('\n');
    let fits = keyword.chars().count() + escaped.chars().count() + 3 <= WIDTH;
    if !inner_break && (fits || !wrap_lines) {
        return writeln!(w, "{keyword} \"{escaped}\"");
    }
    writeln!(w, "{keyword} \"\"")?;
    for piece in s.split_inclusive('\n') {
        if wrap_lines {
            for line in wrap(&escape(piece), WIDTH - 2) {
                writeln!(w, "\"{line}\"")?;
            }
        } else {
            writeln!(w, "\"{}\"", escape(piece))?;
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

/// Reads a PO (or `.pot`) file one entry at a time, handing each to `each`. tolk's
/// `# tolk:` comments restore state, paragraph, comment, published text and annotations
/// while their checksum matches the entry; in files from other tools each entry is a
/// paragraph, `fuzzy` means needs-work (or untranslated when `msgstr` is empty). Everything
/// else the file says is kept (see the module's documentation). The header entry comes
/// first in any PO file, so the document is known before its first segment; obsolete
/// entries, at the end, are in the returned metadata.
pub fn read_stream(input: &mut dyn BufRead, label: &str, each: &mut Each<'_>) -> Result<DocMeta> {
    let mut r = EntryReader {
        label,
        meta: DocMeta::default(),
        n: 0,
        header_seen: false,
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
        if line.starts_with("#~") {
            // An obsolete entry: kept verbatim, with the comments just before it.
            if !entry.obsolete {
                if entry.msgid.is_some() || entry.msgstr.is_some() {
                    let size = line.len();
                    r.finish(&mut entry)?;
                    entry.size = size;
                }
                field = None;
                entry.obsolete = true;
            }
            entry.line.get_or_insert(line_no);
            entry.raw.push(line.to_string());
            continue;
        }
        if entry.obsolete {
            // The obsolete entry ends where a live line starts.
            let size = line.len();
            r.finish(&mut entry)?;
            entry.size = size;
            field = None;
        }
        if let Some(rest) = line.strip_prefix('#') {
            if entry.msgstr.is_some() || entry.msgid.is_some() {
                let size = line.len();
                r.finish(&mut entry)?;
                entry.size = size;
                field = None;
            }
            entry.line.get_or_insert(line_no);
            entry.raw.push(line.to_string());
            let text = |rest: &str| rest.strip_prefix(' ').unwrap_or(rest).to_string();
            if let Some(flags) = rest.strip_prefix(',') {
                for f in flags.split(',').map(str::trim).filter(|f| !f.is_empty()) {
                    if !entry.flags.iter().any(|g| g == f) {
                        entry.flags.push(f.to_string());
                    }
                }
            } else if let Some(c) = rest.strip_prefix('.') {
                entry.extracted.push(text(c));
            } else if let Some(c) = rest.strip_prefix(':') {
                entry.references.push(text(c));
            } else if let Some(c) = rest.strip_prefix('|') {
                entry.previous.push(text(c));
            } else {
                entry.comments.push((line_no, text(rest)));
            }
            continue;
        }
        if line.starts_with('"') {
            let s = unquote(line).map_err(|m| err(line_no, &m))?;
            match field {
                Some(f) => entry.slot(f).push_str(&s),
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
            "msgstr" => Field::Str(0),
            k if k.starts_with("msgstr[") && k.ends_with(']') => {
                let n = k["msgstr[".len()..k.len() - 1]
                    .parse::<usize>()
                    .ok()
                    .filter(|n| *n < MAX_FORMS)
                    .ok_or_else(|| {
                        err(
                            line_no,
                            &format!("bad plural form '{}'", controls_to_spaces(k)),
                        )
                    })?;
                Field::Str(n)
            }
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
        if let Field::Str(n) = f {
            let forms = entry.msgstr.get_or_insert_with(Vec::new);
            if n != forms.len() {
                return Err(err(
                    line_no,
                    &format!(
                        "{keyword} out of order (expected msgstr{})",
                        if forms.is_empty() {
                            String::new()
                        } else {
                            format!("[{}]", forms.len())
                        }
                    ),
                ));
            }
            forms.push(s);
        } else {
            let slot = match f {
                Field::Ctxt => &mut entry.msgctxt,
                Field::Id => &mut entry.msgid,
                _ => &mut entry.plural,
            };
            if slot.is_some() {
                return Err(err(line_no, &format!("{keyword} given twice in one entry")));
            }
            *slot = Some(s);
        }
        field = Some(f);
    }
    r.finish(&mut entry)?;
    Ok(r.meta)
}

/// Largest PO entry (comments and strings) the reader collects.
const MAX_ENTRY: usize = super::xml::MAX_ELEMENT;
/// Most plural forms an entry may have (gettext knows languages with up to 6).
const MAX_FORMS: usize = 32;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Ctxt,
    Id,
    Plural,
    /// `msgstr` (0) or `msgstr[N]`.
    Str(usize),
}

#[derive(Debug, Default)]
struct RawEntry {
    line: Option<usize>,
    /// Bytes of the entry's lines so far.
    size: usize,
    /// The comment lines as they stand in the file (the header's, and obsolete entries, are
    /// kept verbatim).
    raw: Vec<String>,
    comments: Vec<(usize, String)>,
    extracted: Vec<String>,
    references: Vec<String>,
    previous: Vec<String>,
    flags: Vec<String>,
    obsolete: bool,
    msgctxt: Option<String>,
    msgid: Option<String>,
    plural: Option<String>,
    /// `msgstr`, or `msgstr[0]`, `msgstr[1]` … in order.
    msgstr: Option<Vec<String>>,
}

impl RawEntry {
    /// Where a continuation string of field `f` goes.
    fn slot(&mut self, f: Field) -> &mut String {
        match f {
            Field::Ctxt => self.msgctxt.get_or_insert_with(String::new),
            Field::Id => self.msgid.get_or_insert_with(String::new),
            Field::Plural => self.plural.get_or_insert_with(String::new),
            Field::Str(_) => self
                .msgstr
                .get_or_insert_with(Vec::new)
                .last_mut()
                .expect("a msgstr line came first"),
        }
    }

    fn is_fuzzy(&self) -> bool {
        self.flags.iter().any(|f| f == "fuzzy")
    }
}

/// Turns finished entries into segments and hands them over.
struct EntryReader<'a, 'e> {
    label: &'a str,
    meta: DocMeta,
    /// Segments handed over so far.
    n: usize,
    header_seen: bool,
    each: &'a mut Each<'e>,
}

/// A `# tolk:KEY VALUE` comment, its continuation lines joined back (see [`no_spaces`]).
struct TolkLine {
    line: usize,
    key: String,
    value: String,
}

/// Splits translator comments into tolk's lines (each joined with the lines a rewrapping
/// tool cut from it) and the others.
fn tolk_lines(comments: Vec<(usize, String)>) -> (Vec<TolkLine>, Vec<String>) {
    let mut ours: Vec<TolkLine> = Vec::new();
    let mut plain = Vec::new();
    // Whether the last tolk line's JSON is still incomplete.
    let mut open = false;
    for (line, c) in comments {
        if let Some(rest) = c.strip_prefix("tolk:") {
            let cut = rest.find([' ', '{', '"', '[']).unwrap_or(rest.len());
            let (key, value) = rest.split_at(cut);
            let t = TolkLine {
                line,
                key: key.to_string(),
                value: value.trim().to_string(),
            };
            open = incomplete(&t.value);
            ours.push(t);
            continue;
        }
        if open && let Some(last) = ours.last_mut() {
            last.value.push_str(c.trim());
            open = incomplete(&last.value);
            continue;
        }
        plain.push(c);
    }
    (ours, plain)
}

/// Whether a JSON value ends before it is complete (more of it on the next line).
fn incomplete(value: &str) -> bool {
    value.is_empty()
        || serde_json::from_str::<Value>(value)
            .is_err_and(|e| e.classify() == serde_json::error::Category::Eof)
}

impl EntryReader<'_, '_> {
    fn extra(&mut self) -> &mut DocExtra {
        self.meta.extra.get_or_insert_with(|| DocExtra {
            format: FORMAT.into(),
            ..Default::default()
        })
    }

    /// Ends the entry being collected (leaving `entry` empty for the next one): the header
    /// sets the document's metadata, an obsolete entry is kept with it, any other entry
    /// becomes a segment.
    fn finish(&mut self, entry: &mut RawEntry) -> Result<()> {
        let label = self.label;
        let e = std::mem::take(entry);
        if e.obsolete {
            self.extra().retired.push(e.raw.join("\n"));
            return Ok(());
        }
        let line = e.line.unwrap_or(1);
        let err =
            |line: usize, msg: &str| Error::invalid("po", format!("{label} line {line}: {msg}"));
        let Some(msgid) = e.msgid.clone() else {
            if e.msgstr.is_some() || e.msgctxt.is_some() {
                return Err(err(line, "entry without msgid"));
            }
            if !self.header_seen && self.n == 0 && !e.raw.is_empty() {
                // Comments before the header entry, apart from it by a blank line.
                self.extra().comments.extend(e.raw);
            }
            // Comments alone (e.g. at the end of the file) make no entry.
            return Ok(());
        };
        let Some(msgstr) = e.msgstr.clone() else {
            return Err(err(line, "entry without msgstr"));
        };
        if msgid.is_empty() && e.msgctxt.is_none() && !self.header_seen && self.n == 0 {
            self.header_seen = true;
            self.read_header(&msgstr[0], e);
            return Ok(());
        }
        let n = self.n + 1;
        let fuzzy = e.is_fuzzy();
        let visible: Vec<&str> = msgstr.iter().map(String::as_str).collect();
        let sum = entry_sum(&msgid, e.plural.as_deref(), &visible, fuzzy);
        let translated = msgstr.iter().any(|s| !s.is_empty());
        let target = translated.then(|| msgstr[0].clone());
        let forms = TransExtra {
            forms: msgstr[1..].to_vec(),
        };
        let mut seg = ImportedSegment {
            line,
            paragraph: n,
            source: msgid,
            state: match (fuzzy, translated) {
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
            kept: Kept {
                translation: if translated { forms.non_empty() } else { None },
                ..Default::default()
            },
        };
        let (ours, plain) = tolk_lines(e.comments);
        let mut meta: Option<(usize, Map<String, Value>)> = None;
        for t in &ours {
            let cl = t.line;
            let string = || -> Result<String> {
                serde_json::from_str::<String>(&t.value)
                    .map_err(|e| err(cl, &format!("bad tolk:{} comment: {e}", t.key)))
            };
            match t.key.as_str() {
                "meta" => {
                    let m: Map<String, Value> = serde_json::from_str(&t.value)
                        .map_err(|e| err(cl, &format!("bad tolk:meta comment: {e}")))?;
                    meta = Some((cl, m));
                }
                "comment" => seg.comment = Some(string()?),
                "published" => seg.source = string()?,
                "corrected" => {}
                "link" => seg.link = Some(link_from_json(&t.value).map_err(|m| err(cl, &m))?),
                "annotation" => {
                    let mut a = entry_from_json(&t.value, n).map_err(|m| err(cl, &m))?;
                    a.line = cl;
                    seg.annotations.push(a);
                }
                _ => {}
            }
        }
        let mut key = e.msgctxt.clone();
        let mut notes = plain;
        if let Some((cl, meta)) = &meta {
            let cl = *cl;
            let number = |field: &str, max: u64| {
                super::json_number(field, meta.get(field), max).map_err(|m| err(cl, &m))
            };
            if let Some(p) = number("paragraph", super::MAX_PARAGRAPH as u64)? {
                seg.paragraph = p as usize;
            }
            let id = meta.get("id").and_then(Value::as_str).map(String::from);
            // tolk's own id in msgctxt (documents tolk made) is not the catalogue's.
            if id.is_none() || id == key {
                key = key.filter(|k| doc_of_id(k).is_none());
            }
            seg.kept.id = id.or_else(|| e.msgctxt.clone().filter(|k| doc_of_id(k).is_some()));
            // In tolk's files the plain comments after the people's notes only restate the
            // tolk: lines.
            let people = number("notes", super::MAX_INDEX as u64)?.unwrap_or(0) as usize;
            notes.truncate(people);
            let intact = match meta.get("sum").and_then(Value::as_str) {
                Some(s) => s == sum,
                // Files written before the checksum: trusted as they are.
                None => true,
            };
            if intact {
                seg.kept.check = MetaCheck::Intact;
                seg.revision = number("revision", super::MAX_REVISION as u64)?.map(|r| r as i64);
                if let Some(s) = meta.get("state").and_then(Value::as_str) {
                    seg.state = s.parse().map_err(|e: Error| err(cl, &e.to_string()))?;
                }
                seg.author = meta.get("author").and_then(Value::as_str).map(String::from);
            } else {
                // Changed elsewhere: what the entry shows wins; the author is whoever the
                // file says edited it, else the importer.
                seg.kept.check = MetaCheck::Edited;
                seg.author = self.meta.author.clone();
                // The reviewer's comment was on the revision the entry no longer shows.
                seg.comment = None;
            }
        }
        let flags: Vec<String> = e.flags.iter().filter(|f| *f != "fuzzy").cloned().collect();
        seg.kept.segment = SegExtra {
            key,
            flags,
            notes,
            extracted: e.extracted,
            references: e.references,
            previous: e.previous,
            plural: e.plural,
            ..Default::default()
        }
        .non_empty();
        if self.meta.name.is_none() {
            self.meta.name = seg.kept.id.as_deref().and_then(doc_of_id).map(String::from);
        }
        self.n = n;
        (self.each)(&self.meta, seg)
    }

    /// The header entry: languages and tolk's document name for the import, and the whole
    /// entry kept to write it back.
    fn read_header(&mut self, msgstr: &str, e: RawEntry) {
        let mut fields = Vec::new();
        let mut exported_by = None;
        let mut translator = None;
        for line in msgstr.lines() {
            let Some((k, v)) = line.split_once(':') else {
                if !line.trim().is_empty() {
                    fields.push((line.to_string(), String::new()));
                }
                continue;
            };
            let (k, v) = (k.trim(), v.trim());
            fields.push((k.to_string(), v.to_string()));
            if v.is_empty() {
                continue;
            }
            match k {
                "Language" => self.meta.target_lang = Some(v.to_string()),
                "X-Tolk-Source-Language" | "X-Source-Language" => {
                    self.meta.source_lang = Some(v.to_string());
                }
                "X-Tolk-Document" => self.meta.name = Some(v.to_string()),
                "X-Tolk-Last-Translator" => exported_by = Some(v.to_string()),
                "Last-Translator" => translator = Some(v.to_string()),
                _ => {}
            }
        }
        // Someone saved the file after tolk's export: they made its edits.
        self.meta.author =
            translator.filter(|t| t != TEMPLATE_TRANSLATOR && Some(t) != exported_by.as_ref());
        let comments: Vec<String> = e
            .raw
            .iter()
            .filter(|l| !l.starts_with("#,"))
            .cloned()
            .collect();
        // A file tolk wrote for a document it made (its own header comment, no flags) has
        // nothing more to keep: its export is rebuilt from the document.
        let ours = fields
            .iter()
            .any(|(k, _)| k.eq_ignore_ascii_case("X-Tolk-Document"));
        let own_comments = comments
            .first()
            .is_some_and(|c| c.ends_with(", exported by tolk."))
            && comments.iter().all(|c| c == "#" || c.starts_with("# "));
        if ours && own_comments && e.flags.is_empty() && self.meta.extra.is_none() {
            return;
        }
        let flags = e.flags;
        let extra = self.extra();
        extra.comments.extend(comments);
        extra.flags = flags;
        // Fields tolk writes itself are not the catalogue's.
        extra.fields = fields
            .into_iter()
            .filter(|(k, _)| !OWNED_FIELDS.iter().any(|o| o.eq_ignore_ascii_case(k)))
            .collect();
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
        // Needs-work is fuzzy; untranslated is an empty msgstr without the flag.
        assert_eq!(out.matches("#, fuzzy").count(), 1);
        assert!(out.contains(
            "}\nmsgctxt \"libie:4\"\nmsgid \"Onvertaald met emoji 😀 en Ω.\"\nmsgstr \"\"\n"
        ));
        assert!(out.contains("# tolk:corrected \"Haftar\\u0020vertrok"));
        // tolk's lines have no spaces in their JSON, so a rewrapping tool can only cut them
        // where the reader joins them again.
        for l in out.lines().filter(|l| l.starts_with("# tolk:")) {
            assert!(
                !l["# tolk:".len()..]
                    .split_once(' ')
                    .unwrap()
                    .1
                    .contains(' '),
                "{l}"
            );
        }
    }

    /// What Python's polib does to long comments: cut at 78 columns, at spaces (dropped)
    /// or, in a word longer than the line, anywhere.
    fn rewrap(po: &str) -> String {
        let mut out = String::new();
        for line in po.lines() {
            let Some(text) = line.strip_prefix("# ").filter(|_| line.len() > 78) else {
                out.push_str(line);
                out.push('\n');
                continue;
            };
            let mut rest = text.replacen(' ', "\n", 1);
            rest = rest
                .lines()
                .flat_map(|part| {
                    let chars: Vec<char> = part.chars().collect();
                    chars
                        .chunks(76)
                        .map(|c| c.iter().collect::<String>())
                        .collect::<Vec<_>>()
                })
                .collect::<Vec<_>>()
                .join("\n");
            for piece in rest.lines() {
                out.push_str("# ");
                out.push_str(piece);
                out.push('\n');
            }
        }
        out
    }

    #[test]
    fn metadata_survives_rewrapping() {
        let f = fixture();
        let out = f.export(Format::Po, SourceText::Published);
        let wrapped = rewrap(&out);
        assert_ne!(wrapped, out);
        assert!(
            wrapped
                .lines()
                .all(|l| !l.starts_with('#') || l.chars().count() <= 78)
        );
        let doc = read(&wrapped, "x.po").unwrap();
        for i in 0..5 {
            f.assert_segment(&doc, i, i);
            assert_eq!(doc.segments[i].kept.check, MetaCheck::Intact);
        }
    }

    #[test]
    fn edits_made_elsewhere_win_over_stale_metadata() {
        let f = fixture();
        let out = f.export(Format::Po, SourceText::Published);
        let before = read(&out, "x.po").unwrap();
        let t = before.segments[0].target.clone().unwrap();
        // An edited msgstr, and a fuzzy flag added to another entry.
        let mut written = Vec::new();
        write_string(&mut written, "msgstr", &t, true).unwrap();
        let written = String::from_utf8(written).unwrap();
        assert!(out.contains(&written));
        let edited = out
            .replacen(&written, "msgstr \"Edited.\"\n", 1)
            .replacen("msgctxt \"libie:2\"", "#, fuzzy\nmsgctxt \"libie:2\"", 1)
            .replacen(
                "\"Last-Translator: tolk\\n",
                "\"Last-Translator: Els <els@example.org>\\n",
                1,
            );
        assert_ne!(edited, out);
        let doc = read(&edited, "x.po").unwrap();
        let s = &doc.segments;
        assert_eq!(s[0].target.as_deref(), Some("Edited."));
        assert_eq!(s[0].kept.check, MetaCheck::Edited);
        assert_eq!(s[0].state, State::Translated);
        assert_eq!(s[0].revision, None);
        assert_eq!(s[0].author.as_deref(), Some("Els <els@example.org>"));
        assert_eq!(s[1].kept.check, MetaCheck::Edited);
        assert_eq!(s[1].state, State::NeedsWork);
        assert_eq!(s[2].kept.check, MetaCheck::Intact);
        assert_eq!(s[2].state, before.segments[2].state);
    }

    #[test]
    fn wraps_like_gettext() {
        let long = "Het lijkt erop dat Haftar ervan overtuigd is dat zijn ‘Libische Nationale Leger’ (LNA) in een sterke positie staat om het conflict militair te beslissen.";
        let mut out = Vec::new();
        write_string(&mut out, "msgid", long, true).unwrap();
        let out = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[0], "msgid \"\"");
        assert!(lines.len() >= 3);
        assert!(lines[1..].iter().all(|l| l.chars().count() <= WIDTH
            && l.starts_with('"')
            && l.ends_with(" \"")
            || l == lines.last().unwrap()));
        let mut out = Vec::new();
        write_string(&mut out, "msgid", "one\ntwo\n", true).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "msgid \"\"\n\"one\\n\"\n\"two\\n\"\n"
        );
        let mut out = Vec::new();
        write_string(&mut out, "msgstr", "only at end\n", true).unwrap();
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
        // Translator comments stay with the segment, not as a revision's comment.
        assert_eq!(
            (s[0].state, s[0].comment.as_deref()),
            (State::NeedsWork, None)
        );
        let x = s[0].kept.segment.as_ref().unwrap();
        assert_eq!(x.notes, ["A translator note"]);
        assert_eq!(x.extracted, ["extracted"]);
        assert_eq!(x.references, ["src/main.c:12"]);
        assert_eq!(x.flags, ["c-format"]);
        assert_eq!(
            (s[1].state, s[1].target.as_deref()),
            (State::Translated, Some("Yes"))
        );
        assert_eq!(
            (s[2].source.as_str(), s[2].target.as_deref()),
            ("Nee", Some("No"))
        );
        let plural = s[2].kept.segment.as_ref().and_then(|x| x.plural.as_deref());
        assert_eq!(plural, Some("Neen"));
        assert_eq!(s[2].kept.translation.as_ref().unwrap().forms, ["Nos"]);
        let extra = doc.extra.as_ref().unwrap();
        assert_eq!(extra.comments, ["# SOME DESCRIPTIVE TITLE."]);
        assert_eq!(extra.retired, ["#~ msgid \"oud\"\n#~ msgstr \"old\""]);
        assert_eq!(extra.field("language"), Some("en_GB"));
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
