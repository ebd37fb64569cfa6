//! XLIFF 1.2 (strict): a streaming writer — one `group` per paragraph, one `trans-unit` per
//! segment (or link: an n-m link's sources joined, the link in `extradata`) with the state on
//! `target`, annotations and the reviewer comment as `note`s and
//! tolk's bookkeeping in `extradata` — and the 1.2 half of the streaming XLIFF reader.

use super::MetaCheck;
use super::codes::{self, Coder};
use super::interchange::{
    ExportOptions, Exporter, annotation_json, doc_of_id, entry_from_json, entry_from_value,
    link_from_json, link_json, summary,
};
use super::xliff::NS_12;
use super::xml::{self, Element, Item, Node, Parser};
use super::{DocMeta, Each, ImportedDoc, ImportedSegment, Record, SourceText};
use crate::error::Result;
use crate::model::{DocExtra, Document, KeptXml, SegExtra, State};
use serde_json::Value;
use std::io::{self, Write};

/// Writes XLIFF 1.2, valid against `xliff-core-1.2-strict.xsd` (which admits no foreign
/// attributes, so tolk's data travels in standard places only).
pub struct Xliff12Writer {
    name: String,
    source_lang: String,
    target_lang: String,
    title: Option<String>,
    opts: ExportOptions,
    /// The paragraph whose `group` is open.
    paragraph: Option<usize>,
    /// Records written so far.
    units: usize,
    /// Header fields of the file the document came from (a gettext header), written back as
    /// the `x-gettext-domain-header` unit translate-toolkit reads.
    header: Vec<(String, String)>,
    /// The `extradata` of the unit being written (a buffer kept from unit to unit).
    meta: String,
}

impl Xliff12Writer {
    pub fn new(doc: &Document, opts: ExportOptions) -> Self {
        Xliff12Writer {
            name: doc.name.clone(),
            source_lang: doc.source_lang.clone(),
            target_lang: doc.target_lang.clone(),
            title: doc.title.clone(),
            opts,
            paragraph: None,
            units: 0,
            header: doc
                .extra
                .as_ref()
                .filter(|e| matches!(e.format.as_str(), "po" | "xliff"))
                .map(|e| e.fields.clone())
                .unwrap_or_default(),
            meta: String::new(),
        }
    }
}

/// The text of a kept `<note …>…</note>`, as the reader took it for the comment.
pub(super) fn note_text(xml_text: &str) -> String {
    let mut p = match Parser::new(xml_text, "note") {
        Ok(p) => p,
        Err(_) => return String::new(),
    };
    match p.root().and_then(|r| p.subtree(r)) {
        Ok(e) => e.text(),
        Err(_) => String::new(),
    }
}

/// The tolk state of a unit from another tool (or edited in one): its target's `state`, with
/// `approved` as translate-toolkit reads it (a translation not approved is fuzzy). Nothing is
/// promoted: `new`, `needs-translation` or `approved="no"` over a target make it needs-work.
fn foreign_state(state: Option<&str>, approved: Option<&str>, has_target: bool) -> State {
    if !has_target {
        return State::Untranslated;
    }
    match state {
        Some("signed-off") => State::Reviewed,
        Some("final") => State::Final,
        Some("translated") if approved != Some("no") => State::Translated,
        Some("translated") => State::NeedsWork,
        Some(
            "new"
            | "needs-translation"
            | "needs-review-translation"
            | "needs-review-l10n"
            | "needs-review-adaptation"
            | "needs-l10n"
            | "needs-adaptation",
        ) => State::NeedsWork,
        // No state, or a custom `x-` one: `approved` decides.
        _ => match approved {
            Some("yes") => State::Translated,
            Some("no") => State::NeedsWork,
            _ => State::Translated,
        },
    }
}

/// A checksum of what a unit shows (source, target, the target's `state`, `approved`), kept in
/// tolk's `extradata`: when it no longer matches, someone changed the unit and what it shows
/// wins over tolk's data.
fn unit_sum(
    source: &str,
    target: Option<&str>,
    state: Option<&str>,
    approved: Option<&str>,
) -> String {
    let shown = format!(
        "{source}\u{0}{}\u{0}{}",
        state.unwrap_or_default(),
        approved.unwrap_or_default()
    );
    super::po::entry_sum(&shown, None, &[target.unwrap_or_default()], false)
}

/// Whether translate-toolkit and other tools should take a unit in this state as approved
/// (`approved="yes"`; translate-toolkit counts a translation not approved as fuzzy).
pub fn approved_value(s: State) -> Option<&'static str> {
    match s {
        State::Untranslated => None,
        State::NeedsWork => Some("no"),
        State::Translated | State::Reviewed | State::Final => Some("yes"),
    }
}

/// The XLIFF 1.2 `state` of a tolk state.
pub fn state_value(s: State) -> &'static str {
    match s {
        State::Untranslated => "needs-translation",
        State::Translated => "translated",
        State::NeedsWork => "needs-review-translation",
        State::Reviewed => "signed-off",
        State::Final => "final",
    }
}

impl Exporter for Xliff12Writer {
    fn begin(&mut self, w: &mut dyn Write) -> io::Result<()> {
        writeln!(w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
        writeln!(w, "<xliff xmlns=\"{NS_12}\" version=\"1.2\">")?;
        writeln!(
            w,
            "  <file original=\"{}\" source-language=\"{}\" target-language=\"{}\" datatype=\"plaintext\" tool-id=\"tolk\">",
            xml::attr(&self.name),
            xml::attr(&self.source_lang),
            xml::attr(&self.target_lang)
        )?;
        writeln!(w, "    <header>")?;
        writeln!(
            w,
            "      <tool tool-id=\"tolk\" tool-name=\"tolk\" tool-version=\"{}\"/>",
            xml::attr(env!("CARGO_PKG_VERSION"))
        )?;
        if let Some(t) = &self.title {
            writeln!(w, "      <note from=\"tolk:title\">{}</note>", xml::text(t))?;
        }
        let source = match self.opts.source {
            SourceText::Published => "published",
            SourceText::Corrected => "corrected",
        };
        writeln!(w, "      <note from=\"tolk:source\">{source}</note>")?;
        writeln!(w, "    </header>")?;
        writeln!(w, "    <body>")?;
        if !self.header.is_empty() {
            let text: String = self
                .header
                .iter()
                .map(|(k, v)| format!("{k}: {v}\n"))
                .collect();
            writeln!(
                w,
                "      <trans-unit id=\"header\" restype=\"x-gettext-domain-header\" approved=\"no\" xml:space=\"preserve\">"
            )?;
            writeln!(w, "        <source>{}</source>", xml::text(&text))?;
            writeln!(
                w,
                "        <target state=\"translated\">{}</target>",
                xml::text(&text)
            )?;
            writeln!(w, "      </trans-unit>")?;
        }
        Ok(())
    }

    fn record(&mut self, w: &mut dyn Write, r: &Record<'_>) -> io::Result<bool> {
        if self.paragraph != Some(r.paragraph) {
            if self.paragraph.is_some() {
                writeln!(w, "      </group>")?;
            }
            writeln!(
                w,
                "      <group id=\"p{0}\" restype=\"x-paragraph\" resname=\"paragraph {0}\">",
                r.paragraph
            )?;
            self.paragraph = Some(r.paragraph);
        }
        // `extradata` is the attribute XLIFF 1.2 reserves for the extracting tool's own data:
        // a JSON object, written straight into a reused buffer (building a `serde_json` map
        // for every unit was most of this export's time), in the order readers have always
        // seen: paragraph, state, revision, author, updated_at, created_by, created_at, link,
        // annotations, sum.
        self.units += 1;
        let id = if r.link.as_ref().is_some_and(|l| l.sources.is_empty()) {
            format!("a{}", self.units)
        } else {
            r.n.to_string()
        };
        let approved = approved_value(r.state);
        let seg_codes = r.extra.map_or(&[][..], |x| &x.codes[..]);
        let meta = &mut self.meta;
        meta.clear();
        meta.push_str("{\"paragraph\":");
        meta.push_str(itoa::Buffer::new().format(r.paragraph));
        meta.push_str(",\"state\":");
        json_str(meta, Some(r.state.as_str()));
        meta.push_str(",\"revision\":");
        match r.revision {
            Some(n) => meta.push_str(itoa::Buffer::new().format(n)),
            None => meta.push_str("null"),
        }
        for (key, value) in [
            ("author", r.author),
            ("updated_at", r.updated_at),
            ("created_by", r.created_by),
            ("created_at", r.created_at),
        ] {
            meta.push_str(",\"");
            meta.push_str(key);
            meta.push_str("\":");
            json_str(meta, value);
        }
        // One trans-unit per link: an n-m link's sources joined (the link says where to split
        // them again), sentences the translator added with an empty source.
        if let Some(l) = link_json(r) {
            meta.push_str(",\"link\":");
            meta.push_str(&l);
        }
        if !r.annotations.is_empty() {
            meta.push_str(",\"annotations\":[");
            for (i, a) in r.annotations.iter().enumerate() {
                if i > 0 {
                    meta.push(',');
                }
                meta.push_str(&annotation_json(a));
            }
            meta.push(']');
        }
        meta.push_str(",\"sum\":");
        let sum = unit_sum(
            &r.source,
            r.target.filter(|t| !t.is_empty()),
            Some(state_value(r.state)),
            approved,
        );
        json_str(meta, Some(&sum));
        meta.push('}');
        write!(
            w,
            "        <trans-unit id=\"{id}\" resname=\"{}\" xml:space=\"preserve\" extradata=\"{}\"",
            xml::attr(&r.id),
            xml::attr(meta)
        )?;
        if let Some(a) = approved {
            write!(w, " approved=\"{a}\"")?;
        }
        writeln!(w, ">")?;
        let content = |t| codes::render(t, seg_codes, codes::XLIFF12, &xml::text);
        writeln!(w, "          <source>{}</source>", content(&r.source))?;
        writeln!(
            w,
            "          <target state=\"{}\">{}</target>",
            state_value(r.state),
            content(r.target.unwrap_or(""))
        )?;
        let kept: Vec<&str> = r
            .extra
            .map(|x| {
                x.elements
                    .iter()
                    .filter(|e| e.format == codes::XLIFF12)
                    .map(|e| e.xml.as_str())
                    .collect()
            })
            .unwrap_or_default();
        for k in &kept {
            writeln!(w, "          {k}")?;
        }
        // The comment, unless it is the kept notes' own text (read from them on import).
        if let Some(c) = r.comment {
            let from_kept = kept.iter().any(|k| k.starts_with("<note")) && {
                let notes: Vec<String> = kept
                    .iter()
                    .filter(|k| k.starts_with("<note"))
                    .map(|k| note_text(k))
                    .collect();
                notes.join("\n") == c
            };
            if !from_kept {
                writeln!(
                    w,
                    "          <note annotates=\"target\">{}</note>",
                    xml::text(c)
                )?;
            }
        }
        if r.source != r.source_published {
            writeln!(
                w,
                "          <note from=\"tolk:published\" annotates=\"source\">{}</note>",
                xml::text(r.source_published)
            )?;
        }
        // Annotations as readable notes; their data is in `extradata`.
        for a in r.annotations {
            writeln!(
                w,
                "          <note from=\"tolk:annotation\" annotates=\"{}\">{}</note>",
                a.side,
                xml::text(&summary(a))
            )?;
        }
        writeln!(w, "        </trans-unit>")?;
        Ok(true)
    }

    fn finish(&mut self, w: &mut dyn Write) -> io::Result<()> {
        if self.paragraph.is_some() {
            writeln!(w, "      </group>")?;
        }
        writeln!(w, "    </body>")?;
        writeln!(w, "  </file>")?;
        writeln!(w, "</xliff>")
    }
}

/// Reads XLIFF 1.2 or 2.0; see [`super::xliff::read`].
pub fn read(text: &str, label: &str) -> Result<ImportedDoc> {
    super::xliff::read(text, label)
}

/// Reads the `file`s of an XLIFF 1.2 document whose root the parser has just returned, one
/// `trans-unit` at a time, handing each to `each`.
pub(crate) fn read_body(p: &mut Parser<'_>, each: &mut Each<'_>) -> Result<DocMeta> {
    let mut meta = DocMeta::default();
    let mut cx = Context::default();
    let mut n = 0;
    // Open elements the reader descends into: `file`, `body` and `group`s.
    let mut path: Vec<Element> = Vec::new();
    loop {
        match p.next_item()? {
            Item::Start(e) if matches!(e.local(), "file" | "body" | "group") => {
                if e.local() == "file" {
                    if meta.source_lang.is_none() {
                        meta.source_lang = e.attr("source-language").map(String::from);
                    }
                    if meta.target_lang.is_none() {
                        meta.target_lang = e.attr("target-language").map(String::from);
                    }
                    cx.tolk = e.attr("tool-id") == Some("tolk");
                    if cx.tolk && meta.name.is_none() {
                        meta.name = e.attr("original").map(String::from);
                    }
                }
                if e.local() == "group" && e.attr("restype") == Some("x-paragraph") {
                    cx.paragraph += 1;
                    cx.in_paragraph_group = true;
                }
                path.push(e);
            }
            Item::Start(e) if e.local() == "trans-unit" => {
                let tu = p.subtree(e)?;
                if tu.attr("restype") == Some("x-gettext-domain-header") {
                    // A gettext header (po2xliff): document data, not a sentence.
                    let text = tu.child("target").or(tu.child("source")).map(Element::text);
                    let extra = meta.extra.get_or_insert_with(|| DocExtra {
                        format: "xliff".into(),
                        ..Default::default()
                    });
                    for line in text.unwrap_or_default().lines() {
                        if let Some((k, v)) = line.split_once(':') {
                            extra
                                .fields
                                .push((k.trim().to_string(), v.trim().to_string()));
                        }
                    }
                    continue;
                }
                if !cx.in_paragraph_group {
                    // Outside tolk's paragraph groups each unit is a paragraph of its own.
                    cx.paragraph += 1;
                }
                n += 1;
                let seg = read_unit(p, &tu, n, &cx, &mut meta)?;
                each(&meta, seg)?;
            }
            Item::Start(e) => {
                p.subtree(e)?;
            }
            Item::End => {
                if let Some(e) = path.pop()
                    && e.local() == "group"
                    && e.attr("restype") == Some("x-paragraph")
                {
                    cx.in_paragraph_group = false;
                }
            }
            Item::Text(_) => {}
            Item::Eof => break,
        }
    }
    Ok(meta)
}

#[derive(Default)]
struct Context {
    /// The current `file` was written by tolk.
    tolk: bool,
    paragraph: usize,
    in_paragraph_group: bool,
}

fn read_unit(
    p: &Parser<'_>,
    tu: &Element,
    n: usize,
    cx: &Context,
    meta: &mut DocMeta,
) -> Result<ImportedSegment> {
    let source_el = tu
        .child("source")
        .ok_or_else(|| p.error_line(tu.line, "<trans-unit> without a <source>"))?;
    let target_el = tu.child("target");
    let (source, target, kept_codes) =
        codes::read_sides(codes::XLIFF12, Some(source_el), target_el, flatten);
    let approved = tu.attr("approved");
    let state_attr = target_el.and_then(|t| t.attr("state"));
    let state = foreign_state(state_attr, approved, target.is_some());
    let mut seg = ImportedSegment {
        line: tu.line,
        paragraph: cx.paragraph.max(1),
        source,
        target,
        state,
        comment: None,
        author: None,
        revision: None,
        annotations: Vec::new(),
        link: None,
        kept: Default::default(),
    };
    // What tolk does not read is kept verbatim: other tools' notes, context groups,
    // alternative translations …
    let elements: Vec<KeptXml> = tu
        .elements()
        .filter(|e| match e.local() {
            "source" | "target" | "seg-source" => false,
            "note" => match e.attr("from") {
                // tolk's own notes, and in tolk's files the comment.
                Some(f) => !f.starts_with("tolk:"),
                None => !cx.tolk,
            },
            _ => true,
        })
        .map(|e| KeptXml {
            format: codes::XLIFF12.into(),
            xml: codes::element_xml(e),
        })
        .collect();
    seg.kept.segment = SegExtra {
        key: if cx.tolk {
            None
        } else {
            tu.attr("resname").or(tu.attr("id")).map(String::from)
        },
        codes: kept_codes,
        elements,
        ..Default::default()
    }
    .non_empty();
    // tolk's annotations ride in `extradata` (the notes only say them in words); files from
    // before that carry the JSON in the notes.
    let mut data_annotations: Option<Vec<Value>> = None;
    if cx.tolk
        && let Some(Value::Object(meta)) = tu
            .attr("extradata")
            .and_then(|x| serde_json::from_str(x).ok())
    {
        if let Some(Value::Array(a)) = meta.get("annotations") {
            data_annotations = Some(a.clone());
        }
        let number = |field: &str, max: u64| {
            super::json_number(field, meta.get(field), max).map_err(|m| p.error_line(tu.line, &m))
        };
        if let Some(para) = number("paragraph", super::MAX_PARAGRAPH as u64)? {
            seg.paragraph = para as usize;
        }
        let sum = unit_sum(&seg.source, seg.target.as_deref(), state_attr, approved);
        let intact = match meta.get("sum").and_then(Value::as_str) {
            Some(s) => s == sum,
            // Files written before the checksum: trusted as they are.
            None => true,
        };
        if intact {
            seg.kept.check = MetaCheck::Intact;
            seg.revision = number("revision", super::MAX_REVISION as u64)?.map(|r| r as i64);
            if let Some(s) = meta.get("state").and_then(Value::as_str) {
                seg.state = s
                    .parse()
                    .map_err(|e: crate::error::Error| p.error_line(tu.line, &e.to_string()))?;
            }
            seg.author = meta.get("author").and_then(Value::as_str).map(String::from);
        } else {
            // Changed in another tool: the unit's own target and state win; the author is
            // whoever the file says edited it, else the importer.
            seg.kept.check = MetaCheck::Edited;
        }
        if let Some(l) = meta.get("link").filter(|l| !l.is_null()) {
            seg.link = Some(link_from_json(&l.to_string()).map_err(|m| p.error_line(tu.line, &m))?);
        }
    }
    if meta.name.is_none() {
        meta.name = tu.attr("resname").and_then(doc_of_id).map(String::from);
    }
    let mut comments = Vec::new();
    for note in tu.children_named("note") {
        match note.attr("from") {
            Some("tolk:annotation") if data_annotations.is_some() => {}
            Some("tolk:annotation") => {
                let mut e =
                    entry_from_json(&note.text(), n).map_err(|m| p.error_line(note.line, &m))?;
                e.line = note.line;
                seg.annotations.push(e);
            }
            Some("tolk:published") => seg.source = note.text(),
            _ => comments.push(note.text()),
        }
    }
    for v in data_annotations.unwrap_or_default() {
        let mut e = entry_from_value(v, n).map_err(|m| p.error_line(tu.line, &m))?;
        e.line = tu.line;
        seg.annotations.push(e);
    }
    seg.comment = (!comments.is_empty()).then(|| comments.join("\n"));
    Ok(seg)
}

/// The text of a 1.2 `source`/`target`: its characters, and a short tag for each inline code
/// (`g` and `mrk` around their text, `bx`/`ex` and `bpt`/`ept` pairs by `rid` or `id`, `x`,
/// `ph`, `it` standalone); see [`codes`].
fn flatten(e: &Element, coder: &mut Coder, out: &mut String) {
    for n in &e.children {
        match n {
            Node::Text(t) => out.push_str(t),
            Node::Element(c) => {
                let key = || format!("r{}", c.attr("rid").or(c.attr("id")).unwrap_or_default());
                match c.local() {
                    "g" | "mrk" => {
                        out.push_str(&coder.open(None, codes::start_tag(c, false)));
                        flatten(c, coder, out);
                        out.push_str(&coder.close_wrapper(codes::end_tag(c)));
                    }
                    "bx" | "bpt" => out.push_str(&coder.open(Some(&key()), codes::element_xml(c))),
                    "ex" | "ept" => out.push_str(&coder.close(Some(&key()), codes::element_xml(c))),
                    _ => out.push_str(&coder.standalone(codes::element_xml(c))),
                }
            }
        }
    }
}

/// `value` as a JSON string (`null` for None), escaped as `serde_json` escapes it.
fn json_str(out: &mut String, value: Option<&str>) {
    let Some(s) = value else {
        out.push_str("null");
        return;
    };
    out.push('"');
    let mut run = 0;
    for (i, b) in s.bytes().enumerate() {
        let escaped = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&s[run..i]);
        if escaped.is_empty() {
            out.push_str(&format!("\\u{b:04x}"));
        } else {
            out.push_str(escaped);
        }
        run = i + 1;
    }
    out.push_str(&s[run..]);
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extradata_strings_are_escaped_as_serde_json_escapes_them() {
        for s in [
            "",
            "plain",
            "quote \" and backslash \\",
            "line\nfeed\r\ttab",
            "\u{0}\u{8}\u{c}\u{1b}\u{1f}\u{7f}",
            "ünïcödé ‘…’ 😀",
            "</trans-unit>&<\"'",
        ] {
            let mut out = String::new();
            json_str(&mut out, Some(s));
            assert_eq!(out, serde_json::to_string(s).unwrap(), "{s:?}");
        }
        let mut out = String::new();
        json_str(&mut out, None);
        assert_eq!(out, "null");
    }
    use crate::formats::Format;
    use crate::formats::interchange::fixtures::{fixture, shared, xmllint};

    fn validate(out: &str) {
        let Some(xsd) = shared("schemas/xliff-core-1.2-strict.xsd") else {
            return;
        };
        if let Some(r) = xmllint(out, &["--noout", "--schema", &xsd.to_string_lossy()]) {
            r.unwrap();
        }
    }

    #[test]
    fn round_trip_keeps_everything() {
        let f = fixture();
        for which in [SourceText::Published, SourceText::Corrected] {
            let out = f.export(Format::Xliff12, which);
            validate(&out);
            let doc = read(&out, "x.xlf").unwrap();
            assert_eq!(doc.name.as_deref(), Some("libie"));
            assert_eq!(
                (doc.source_lang.as_deref(), doc.target_lang.as_deref()),
                (Some("nl"), Some("en"))
            );
            assert_eq!(doc.segments.len(), 5);
            for i in 0..5 {
                f.assert_segment(&doc, i, i);
            }
            assert!(out.contains("<target state=\"needs-review-translation\">"));
            assert!(out.contains("<group id=\"p2\" restype=\"x-paragraph\""));
            assert!(!out.contains("<script>"));
            // Notes are words for people; the data is in `extradata`.
            let notes: Vec<&str> = out
                .lines()
                .filter(|l| l.contains("<note from=\"tolk:annotation\""))
                .collect();
            assert!(!notes.is_empty());
            assert!(notes.iter().all(|l| !l.contains("{&quot;")), "{notes:?}");
        }
    }

    #[test]
    fn empty_document_is_valid() {
        let f = fixture();
        let mut e = Xliff12Writer::new(&f.doc, ExportOptions::default());
        let mut out = Vec::new();
        e.begin(&mut out).unwrap();
        e.finish(&mut out).unwrap();
        let out = String::from_utf8(out).unwrap();
        validate(&out);
        assert!(read(&out, "e.xlf").unwrap().segments.is_empty());
    }

    #[test]
    fn reads_foreign_xliff_12() {
        let text = r#"<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="nl" target-language="en" datatype="plaintext" original="messages">
    <body>
      <trans-unit id="a" resname="greeting">
        <source>Hallo <g id="1">wereld</g><x id="2"/></source>
        <target state="new">Hello <g id="1">world</g><x id="2"/></target>
        <note from="dev">Shown at start</note>
      </trans-unit>
      <group id="g"><trans-unit id="b" approved="yes"><source>Ja</source><target>Yes</target></trans-unit></group>
      <trans-unit id="c"><source>Nee</source><target state="needs-l10n">No</target></trans-unit>
      <trans-unit id="d"><source>Leeg</source></trans-unit>
    </body>
  </file>
</xliff>"#;
        let doc = read(text, "f.xlf").unwrap();
        assert_eq!(doc.name, None);
        let s = &doc.segments;
        assert_eq!(s.len(), 4);
        assert_eq!(
            (s[0].source.as_str(), s[0].target.as_deref()),
            (
                "Hallo <g1>wereld</g1><x2/>",
                Some("Hello <g1>world</g1><x2/>")
            )
        );
        // `new` over a target is not promoted to translated; `approved="yes"` alone is
        // translated, as translate-toolkit reads it.
        assert_eq!(
            (s[0].state, s[0].comment.as_deref()),
            (State::NeedsWork, Some("Shown at start"))
        );
        assert_eq!(
            (s[1].state, s[2].state, s[3].state),
            (State::Translated, State::NeedsWork, State::Untranslated)
        );
        assert_eq!(
            s.iter().map(|s| s.paragraph).collect::<Vec<_>>(),
            [1, 2, 3, 4]
        );
    }

    #[test]
    fn states_as_po2xliff_writes_them_and_the_gettext_header_as_document_data() {
        let text = r#"<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.1" version="1.1">
  <file original="s.po" source-language="nl" datatype="plaintext" target-language="en">
    <body>
      <trans-unit xml:space="preserve" id="2" approved="no" restype="x-gettext-domain-header">
        <source>Content-Type: text/plain; charset=UTF-8
Language: en
</source>
        <target state="translated">Content-Type: text/plain; charset=UTF-8
Language: en
</target>
      </trans-unit>
      <trans-unit xml:space="preserve" id="3" approved="yes"><source>Een</source><target state="translated">One</target></trans-unit>
      <trans-unit xml:space="preserve" id="4" approved="no"><source>Twee</source><target state="needs-translation">Two</target></trans-unit>
      <trans-unit xml:space="preserve" id="5"><source>Drie</source><target></target></trans-unit>
      <trans-unit xml:space="preserve" id="6" approved="no"><source>Vier</source><target>Four</target></trans-unit>
    </body>
  </file>
</xliff>"#;
        let doc = read(text, "s.xlf").unwrap();
        let states: Vec<State> = doc.segments.iter().map(|s| s.state).collect();
        assert_eq!(
            states,
            [
                State::Translated,
                State::NeedsWork,
                State::Untranslated,
                State::NeedsWork
            ]
        );
        let extra = doc.extra.unwrap();
        assert_eq!(extra.field("Language"), Some("en"));
    }

    #[test]
    fn an_edited_target_state_wins_over_tolks_stale_data() {
        let f = fixture();
        let out = f.export(Format::Xliff12, SourceText::Published);
        let edited = out.replacen(
            "<target state=\"translated\">",
            "<target state=\"needs-review-translation\">",
            1,
        );
        assert_ne!(out, edited);
        let doc = read(&edited, "e.xlf").unwrap();
        let i = doc
            .segments
            .iter()
            .position(|s| s.kept.check == MetaCheck::Edited)
            .expect("one unit edited");
        assert_eq!(doc.segments[i].state, State::NeedsWork);
        assert!(
            doc.segments
                .iter()
                .enumerate()
                .all(|(j, s)| j == i || s.kept.check == MetaCheck::Intact)
        );
    }

    #[test]
    fn reads_xliff_1_1_as_translate_toolkit_writes_it() {
        let text = r#"<?xml version="1.0" encoding="utf-8"?>
<xliff version="1.1" xmlns="urn:oasis:names:tc:xliff:document:1.1">
  <file original="sed.po" source-language="en-US" datatype="po" target-language="nl">
    <body>
      <trans-unit xml:space="preserve" id="1"><source>No match</source><target>Geen overeenkomst</target></trans-unit>
    </body>
  </file>
</xliff>"#;
        let doc = read(text, "f.xlf").unwrap();
        assert_eq!(doc.segments.len(), 1);
        assert_eq!(doc.segments[0].target.as_deref(), Some("Geen overeenkomst"));
        assert_eq!(doc.source_lang.as_deref(), Some("en-US"));
        let wrong_ns = text.replace("document:1.1", "document:1.2");
        assert!(
            read(&wrong_ns, "f.xlf")
                .unwrap_err()
                .to_string()
                .contains("namespace")
        );
    }

    #[test]
    fn hostile_and_broken_inputs() {
        let err = |t: &str| read(t, "bad.xlf").unwrap_err().to_string();
        let xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<xliff version=\"1.2\"><file><body><trans-unit id=\"1\"><source>&xxe;</source></trans-unit></body></file></xliff>";
        assert!(err(xxe).starts_with("bad.xlf line 2: the DOCTYPE declares entities"));
        let e = err(
            "<xliff version=\"1.2\"><file><body>\n<trans-unit id=\"1\"><source>x</source><target>&#xDFFF;</target></trans-unit></body></file></xliff>",
        );
        assert!(
            e.starts_with("bad.xlf line 2: invalid character reference"),
            "{e}"
        );
        let e = err("<xliff version=\"1.2\">\n<file><body><trans-unit id=\"1\"><source>x");
        assert!(e.contains("unexpected end of file: <source>"), "{e}");
        assert!(
            err(
                "<xliff version=\"1.2\"><file><body>\n<trans-unit id=\"1\"/></body></file></xliff>"
            )
            .starts_with("bad.xlf line 2: <trans-unit> without a <source>")
        );
        let bad_meta = "<xliff version=\"1.2\"><file tool-id=\"tolk\" original=\"d\"><body>\n<trans-unit id=\"1\" extradata=\"{&quot;state&quot;:&quot;done&quot;}\"><source>x</source></trans-unit></body></file></xliff>";
        assert!(err(bad_meta).starts_with("bad.xlf line 2: unknown state 'done'"));
    }
}
