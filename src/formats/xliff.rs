//! XLIFF 2.0: a streaming writer (one `unit` per segment, or per link — an n-m link's sources
//! joined in one `segment`, the link in a `tolk:link` attribute —, tolk's states as `state`/`subState`,
//! annotations as inline `mrk` — or `sm`/`em` where spans cross — carrying their data, comments
//! as `notes`) and the streaming XLIFF reader (one `unit` in memory at a time), which detects
//! 1.2 or 2.0 and reads files from any tool.

use crate::text::controls_to_spaces;

use super::codes::{self, Coder};
use super::interchange::{
    ExportOptions, Exporter, annotation_json, doc_of_id, entry_from_json, link_from_json,
    link_json, span_fits, summary,
};
use super::standoff::Entry;
use super::xml::{self, Element, Item, Node, Parser};
use super::{DocMeta, Each, ImportedDoc, ImportedSegment, Record, SourceText, xliff12};
use crate::error::Result;
use crate::model::{Annotation, Body, Document, InlineCode, KeptXml, Side, State};
use std::collections::HashMap;
use std::io::{self, BufRead, Write};

pub const NS_20: &str = "urn:oasis:names:tc:xliff:document:2.0";
pub const NS_12: &str = "urn:oasis:names:tc:xliff:document:1.2";
/// XLIFF 1.1, as translate-toolkit's `po2xliff` writes it: read like 1.2, its successor.
pub const NS_11: &str = "urn:oasis:names:tc:xliff:document:1.1";
/// Namespace of tolk's extension attributes (`tolk:paragraph`, `tolk:annotation` …).
pub const NS_TOLK: &str = "urn:x-tolk:xliff";

/// Writes XLIFF 2.0, valid against `xliff-core-2.0.xsd`.
pub struct XliffWriter {
    name: String,
    source_lang: String,
    target_lang: String,
    title: Option<String>,
    opts: ExportOptions,
    units: usize,
    /// The file-level elements kept from another tool's XLIFF 2.0.
    file_elements: Vec<String>,
}

impl XliffWriter {
    pub fn new(doc: &Document, opts: ExportOptions) -> Self {
        XliffWriter {
            name: doc.name.clone(),
            source_lang: doc.source_lang.clone(),
            target_lang: doc.target_lang.clone(),
            title: doc.title.clone(),
            opts,
            units: 0,
            file_elements: doc
                .extra
                .iter()
                .flat_map(|x| &x.elements)
                .filter(|k| k.format == KEPT_FILE)
                .map(|k| k.xml.clone())
                .collect(),
        }
    }
}

/// XLIFF 2.0 `state` and `subState` of a tolk state.
pub fn state_attrs(s: State) -> (&'static str, Option<&'static str>) {
    match s {
        State::Untranslated => ("initial", None),
        State::Translated => ("translated", None),
        State::NeedsWork => ("translated", Some("tolk:needs-work")),
        State::Reviewed => ("reviewed", None),
        State::Final => ("final", None),
    }
}

impl Exporter for XliffWriter {
    fn begin(&mut self, w: &mut dyn Write) -> io::Result<()> {
        writeln!(w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
        writeln!(
            w,
            "<xliff xmlns=\"{NS_20}\" xmlns:tolk=\"{NS_TOLK}\" version=\"2.0\" srcLang=\"{}\" trgLang=\"{}\">",
            xml::attr(&self.source_lang),
            xml::attr(&self.target_lang)
        )?;
        write!(
            w,
            "  <file id=\"f1\" original=\"{0}\" tolk:document=\"{0}\"",
            xml::attr(&self.name)
        )?;
        if let Some(t) = &self.title {
            write!(w, " tolk:title=\"{}\"", xml::attr(t))?;
        }
        let source = match self.opts.source {
            SourceText::Published => "published",
            SourceText::Corrected => "corrected",
        };
        writeln!(w, " tolk:source=\"{source}\">")?;
        for x in &self.file_elements {
            writeln!(w, "    {x}")?;
        }
        Ok(())
    }

    fn record(&mut self, w: &mut dyn Write, r: &Record<'_>) -> io::Result<bool> {
        self.units += 1;
        // One unit per link: an n-m link is one segment whose source is its sources joined
        // (`tolk:link` says where to split them again); sentences the translator added are a
        // unit with an empty source, named after the segment they stand by.
        let link = link_json(r);
        let added = r.link.as_ref().is_some_and(|l| l.sources.is_empty());
        if added {
            write!(w, "    <unit id=\"a{}\"", self.units)?;
        } else {
            write!(w, "    <unit id=\"u{}\"", r.n)?;
        }
        write!(
            w,
            " name=\"{}\" tolk:paragraph=\"{}\"",
            xml::attr(&r.id),
            r.paragraph
        )?;
        if let Some(l) = &link {
            write!(w, " tolk:link=\"{}\"", xml::attr(l))?;
        }
        if let Some(rev) = r.revision {
            write!(w, " tolk:revision=\"{rev}\"")?;
        }
        for (key, value) in [
            ("author", r.author),
            ("changed", r.updated_at),
            ("creator", r.created_by),
            ("created", r.created_at),
        ] {
            if let Some(v) = value {
                write!(w, " tolk:{key}=\"{}\"", xml::attr(v))?;
            }
        }
        writeln!(w, ">")?;

        // Annotations go inline where their span can be marked in the text as written; the
        // rest (stale spans, or source spans when the corrected text is exported) become notes.
        let source_inline = r.source == r.source_published;
        let (mut src_marks, mut tgt_marks, mut as_notes) = (Vec::new(), Vec::new(), Vec::new());
        for a in r.annotations {
            match a.side {
                Side::Source if source_inline && span_fits(a, &r.source) => src_marks.push(a),
                Side::Target if r.target.is_some_and(|t| span_fits(a, t)) => tgt_marks.push(a),
                _ => as_notes.push(a),
            }
        }
        // A canonical order, so that the file does not depend on the order annotations were
        // stored in (and export → import → export is stable).
        let mut as_notes: Vec<(&Annotation, String)> = as_notes
            .into_iter()
            .map(|a| (a, annotation_json(a)))
            .collect();
        as_notes.sort_by(|(a, ja), (b, jb)| {
            (a.side, a.start, a.end, ja).cmp(&(b.side, b.start, b.end, jb))
        });
        let kept = |format: &'static str| {
            r.extra
                .into_iter()
                .flat_map(|x| &x.elements)
                .filter(move |k| k.format == format)
        };
        // Another tool's extension elements come first in a unit.
        for k in kept(KEPT_UNIT) {
            writeln!(w, "      {}", k.xml)?;
        }
        let kept_notes: Vec<&str> = kept(KEPT_NOTE).map(|k| k.xml.as_str()).collect();
        // The comment is written unless it is the kept notes' own text (read from them).
        let comment = r.comment.filter(|c| {
            kept_notes.is_empty()
                || kept_notes
                    .iter()
                    .map(|k| super::xliff12::note_text(k))
                    .collect::<Vec<_>>()
                    .join("\n")
                    != *c
        });
        let has_notes =
            comment.is_some() || !kept_notes.is_empty() || !as_notes.is_empty() || !source_inline;
        if has_notes {
            writeln!(w, "      <notes>")?;
            for k in &kept_notes {
                writeln!(w, "        {k}")?;
            }
            if let Some(c) = comment {
                writeln!(
                    w,
                    "        <note category=\"comment\" appliesTo=\"target\">{}</note>",
                    xml::text(c)
                )?;
            }
            if !source_inline {
                writeln!(
                    w,
                    "        <note category=\"tolk:published\" appliesTo=\"source\">{}</note>",
                    xml::text(r.source_published)
                )?;
            }
            for (a, json) in &as_notes {
                writeln!(
                    w,
                    "        <note category=\"tolk:annotation\" appliesTo=\"{}\" tolk:annotation=\"{}\">{}</note>",
                    a.side,
                    xml::attr(json),
                    xml::text(&summary(a))
                )?;
            }
            writeln!(w, "      </notes>")?;
        }
        for k in kept(codes::XLIFF20) {
            writeln!(w, "      {}", k.xml)?;
        }
        let seg_codes = r.extra.map_or(&[][..], |x| &x.codes[..]);
        let (state, sub) = state_attrs(r.state);
        write!(w, "      <segment state=\"{state}\"")?;
        if let Some(sub) = sub {
            write!(w, " subState=\"{sub}\"")?;
        }
        writeln!(w, ">")?;
        writeln!(
            w,
            "        <source xml:space=\"preserve\">{}</source>",
            marked(&r.source, &src_marks, "m", seg_codes)
        )?;
        if let Some(t) = r.target {
            writeln!(
                w,
                "        <target xml:space=\"preserve\">{}</target>",
                marked(t, &tgt_marks, "t", seg_codes)
            )?;
        }
        writeln!(w, "      </segment>")?;
        writeln!(w, "    </unit>")?;
        Ok(true)
    }

    fn finish(&mut self, w: &mut dyn Write) -> io::Result<()> {
        if self.units == 0 {
            // A file must hold a unit or a group; an empty group says "nothing here" validly.
            writeln!(w, "    <group id=\"empty\"/>")?;
        }
        writeln!(w, "  </file>")?;
        writeln!(w, "</xliff>")
    }
}

/// Escaped `source`/`target` content. Characters XML cannot carry at all (most C0 controls)
/// are written as XLIFF 2.0 `<cp hex="…"/>` elements, so they survive the round trip.
fn content(s: &str) -> std::borrow::Cow<'_, str> {
    if s.chars().all(xml::is_xml_char) {
        return xml::text(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for part in s.split_inclusive(|c: char| !xml::is_xml_char(c)) {
        match part.chars().last() {
            Some(c) if !xml::is_xml_char(c) => {
                out.push_str(&xml::text(&part[..part.len() - c.len_utf8()]));
                out.push_str(&format!("<cp hex=\"{:04X}\"/>", c as u32));
            }
            _ => out.push_str(&xml::text(part)),
        }
    }
    out.into()
}

/// The mrk `type` of an annotation: the core `comment` for corrections and notes (so any
/// CAT tool shows them), tolk's own for attributions and entities.
fn mark_type(a: &Annotation) -> &'static str {
    match a.body {
        Body::Correction { .. } | Body::Note { .. } => "comment",
        Body::Attribution { .. } => "tolk:attribution",
        Body::Entity { .. } => "tolk:entity",
    }
}

/// `text` escaped, with each annotation (whose span is known to fit) marked: `mrk` where spans
/// nest, `sm`/`em` for a span that crosses another. Ids are `{prefix}1`, `{prefix}2` … in
/// document order.
fn marked(text: &str, anns: &[&Annotation], prefix: &str, seg_codes: &[InlineCode]) -> String {
    let content = |t: &str| codes::render(t, seg_codes, codes::XLIFF20, &content).into_owned();
    if anns.is_empty() {
        return content(text);
    }
    let mut marks: Vec<(&Annotation, String)> =
        anns.iter().map(|a| (*a, annotation_json(a))).collect();
    marks.sort_by(|(a, ja), (b, jb)| {
        (a.start, std::cmp::Reverse(a.end), ja).cmp(&(b.start, std::cmp::Reverse(b.end), jb))
    });
    // Which marks can be `mrk` elements: those crossing no other `mrk`. Corrections and
    // attributions are placed first, so where spans cross it is a lesser mark that becomes an
    // `sm`/`em` pair.
    let mut by_priority: Vec<usize> = (0..marks.len()).collect();
    by_priority.sort_by_key(|&i| match marks[i].0.body {
        Body::Correction { .. } => 0,
        Body::Attribution { .. } => 1,
        Body::Entity { .. } => 2,
        Body::Note { .. } => 3,
    });
    let crosses = |a: &Annotation, b: &Annotation| {
        (a.start < b.start && b.start < a.end && a.end < b.end)
            || (b.start < a.start && a.start < b.end && b.end < a.end)
    };
    let mut nested = vec![false; marks.len()];
    for &i in &by_priority {
        nested[i] = (0..marks.len()).all(|j| !nested[j] || !crosses(marks[i].0, marks[j].0));
    }
    let offsets: Vec<usize> = text
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()))
        .collect();
    let len = offsets.len() - 1;
    let mut bounds: Vec<usize> = marks
        .iter()
        .flat_map(|(a, _)| [a.start, a.end])
        .chain([0, len])
        .collect();
    bounds.sort_unstable();
    bounds.dedup();

    let open_tag = |i: usize, tag: &str| -> String {
        let (a, json) = &marks[i];
        format!(
            "<{tag} id=\"{prefix}{}\" type=\"{}\" value=\"{}\" tolk:annotation=\"{}\"",
            i + 1,
            mark_type(a),
            xml::attr(&summary(a)),
            xml::attr(json)
        )
    };
    let mut out = String::with_capacity(text.len() * 2);
    let mut open: Vec<usize> = Vec::new();
    for (k, &p) in bounds.iter().enumerate() {
        while open
            .last()
            .is_some_and(|&t| marks[t].0.end == p && marks[t].0.start < p)
        {
            out.push_str("</mrk>");
            open.pop();
        }
        for (i, (a, _)) in marks.iter().enumerate() {
            if !nested[i] && a.end == p && a.start < p {
                out.push_str(&format!("<em startRef=\"{prefix}{}\"/>", i + 1));
            }
        }
        for (i, (a, _)) in marks.iter().enumerate() {
            if a.start != p {
                continue;
            }
            if nested[i] {
                out.push_str(&open_tag(i, "mrk"));
                if a.end == p {
                    out.push_str("/>");
                } else {
                    out.push('>');
                    open.push(i);
                }
            } else {
                out.push_str(&open_tag(i, "sm"));
                out.push_str("/>");
                if a.end == p {
                    out.push_str(&format!("<em startRef=\"{prefix}{}\"/>", i + 1));
                }
            }
        }
        if let Some(&next) = bounds.get(k + 1) {
            out.push_str(&content(&text[offsets[p]..offsets[next]]));
        }
    }
    out
}

/// Reads XLIFF 1.2 or 2.0 held in memory; see [`read_stream`].
pub fn read(text: &str, label: &str) -> Result<ImportedDoc> {
    ImportedDoc::read(read_stream, text, label)
}

/// Reads XLIFF 1.2 or 2.0, told apart by the root's `version` (and namespace), one `unit` (or
/// `trans-unit`) at a time, handing its segments to `each`.
pub fn read_stream(input: &mut dyn BufRead, label: &str, each: &mut Each<'_>) -> Result<DocMeta> {
    let mut p = Parser::from_reader(input, label).reading("xliff");
    let root = p.root()?;
    if root.local() != "xliff" {
        return Err(p.error_line(
            root.line,
            &format!(
                "not an XLIFF file: the root element is <{}>, not <xliff>",
                controls_to_spaces(&root.name)
            ),
        ));
    }
    let ns = root.attr("xmlns");
    let version = match (root.attr("version"), ns) {
        (Some(v), _) => v.to_string(),
        (None, Some(NS_12)) => "1.2".to_string(),
        (None, Some(NS_11)) => "1.1".to_string(),
        (None, Some(NS_20)) => "2.0".to_string(),
        (None, _) => return Err(p.error_line(root.line, "<xliff> has no version attribute")),
    };
    let expected_ns = match version.as_str() {
        "1.2" => NS_12,
        "1.1" => NS_11,
        "2.0" | "2.1" | "2.2" => NS_20,
        v => {
            return Err(p.error_line(
                root.line,
                &format!(
                    "unsupported XLIFF version '{}' (tolk reads XLIFF 1.1, 1.2 and 2.x)",
                    controls_to_spaces(v)
                ),
            ));
        }
    };
    if let Some(ns) = ns
        && ns != expected_ns
    {
        return Err(p.error_line(
            root.line,
            &format!(
                "XLIFF version {version} but namespace '{}' (expected {expected_ns})",
                controls_to_spaces(ns)
            ),
        ));
    }
    if version.starts_with("1.") {
        return xliff12::read_body(&mut p, each);
    }
    read_20(&mut p, &root, each)
}

/// What tolk keeps verbatim of an XLIFF 2.0 file from another tool ([`KeptXml::format`]): a
/// unit's notes, the unit's extension elements (modules such as `mtc:matches`, `mda:metadata`,
/// written before its notes), and the first file's own notes and extension elements.
pub const KEPT_NOTE: &str = "xliff20:note";
pub const KEPT_UNIT: &str = "xliff20:unit";
pub const KEPT_FILE: &str = "xliff20:file";

fn read_20(p: &mut Parser<'_>, root: &Element, each: &mut Each<'_>) -> Result<DocMeta> {
    let mut meta = DocMeta {
        source_lang: root.attr("srcLang").map(String::from),
        target_lang: root.attr("trgLang").map(String::from),
        ..DocMeta::default()
    };
    let mut units = 0usize;
    let mut segments = 0usize;
    // The namespace prefixes declared on the way down (root, file), for kept elements.
    let mut scope = declarations(root);
    // The `file` and `group` elements we are in.
    let mut open: Vec<bool> = Vec::new();
    let (mut files, mut groups, mut ignorable) = (0usize, 0usize, 0usize);
    loop {
        match p.next_item()? {
            Item::Start(e) if e.local() == "file" => {
                files += 1;
                if meta.name.is_none() {
                    meta.name = e.attr("tolk:document").map(String::from);
                }
                scope.extend(declarations(&e));
                open.push(true);
            }
            Item::Start(e) if e.local() == "group" => {
                groups += 1;
                open.push(false);
            }
            Item::Start(e) if e.local() == "unit" => {
                let unit = p.subtree(e)?;
                units += 1;
                ignorable += unit.children_named("ignorable").count();
                read_unit(p, &unit, units, &mut segments, &mut meta, &scope, each)?;
            }
            Item::Start(e) => {
                let kept = p.subtree(e)?;
                // The first file's notes and extension elements (before its first unit) are
                // kept with the document; tolk writes one file.
                if open.last() == Some(&true)
                    && files == 1
                    && units == 0
                    && kept.local() != "skeleton"
                {
                    let extra = meta.extra.get_or_insert_with(|| crate::model::DocExtra {
                        format: "xliff".into(),
                        ..Default::default()
                    });
                    extra.elements.push(KeptXml {
                        format: KEPT_FILE.into(),
                        xml: kept_xml(&kept, &scope),
                    });
                }
            }
            Item::End => {
                open.pop();
            }
            Item::Text(_) => {}
            Item::Eof => break,
        }
    }
    if groups > 0 {
        meta.not_kept.push(format!(
            "{groups} <group> element(s) not kept: an export writes the units without groups"
        ));
    }
    if ignorable > 0 {
        meta.not_kept.push(format!(
            "{ignorable} <ignorable> part(s) between segments not kept: an export writes each segment as a unit"
        ));
    }
    if files > 1 {
        meta.not_kept.push(format!(
            "{files} <file> elements: their units are read as one document, exported as one file (only the first file's notes are kept)"
        ));
    }
    Ok(meta)
}

/// The `xmlns:p` declarations of an element.
fn declarations(e: &Element) -> Vec<(String, String)> {
    e.attrs
        .iter()
        .filter(|(k, _)| k.starts_with("xmlns:"))
        .cloned()
        .collect()
}

/// `e` as XML text that stands on its own: the namespace prefixes it uses that are declared
/// outside it (`scope`, innermost last) are declared on it.
fn kept_xml(e: &Element, scope: &[(String, String)]) -> String {
    fn prefixes<'e>(e: &'e Element, used: &mut std::collections::BTreeSet<&'e str>) {
        let mut note = |name: &'e str| {
            if let Some((p, _)) = name.split_once(':')
                && p != "xmlns"
                && p != "xml"
            {
                used.insert(p);
            }
        };
        note(&e.name);
        for (k, _) in &e.attrs {
            note(k);
        }
        for c in e.elements() {
            prefixes(c, used);
        }
    }
    let mut used = std::collections::BTreeSet::new();
    prefixes(e, &mut used);
    let mut extra = Vec::new();
    for p in used {
        let key = format!("xmlns:{p}");
        if e.attr(&key).is_some() {
            continue;
        }
        if let Some((_, uri)) = scope.iter().rev().find(|(k, _)| *k == key) {
            extra.push((key, uri.clone()));
        }
    }
    if extra.is_empty() {
        return codes::element_xml(e);
    }
    let mut declared = e.clone();
    declared.attrs.extend(extra);
    codes::element_xml(&declared)
}

/// Reads one `unit` and hands over its segments; `segments` counts those handed over so far.
fn read_unit(
    p: &Parser<'_>,
    unit: &Element,
    ordinal: usize,
    segments: &mut usize,
    meta: &mut DocMeta,
    scope: &[(String, String)],
    each: &mut Each<'_>,
) -> Result<()> {
    let mut scope = scope.to_vec();
    scope.extend(declarations(unit));
    let paragraph = match unit.attr("tolk:paragraph") {
        Some(v) => super::parse_number("tolk:paragraph", v, super::MAX_PARAGRAPH as u64)
            .map_err(|m| p.error_line(unit.line, &m))? as usize,
        // Without tolk's markings each unit (a paragraph or a string) is a paragraph.
        None => ordinal,
    };
    if meta.name.is_none() {
        meta.name = unit.attr("name").and_then(doc_of_id).map(String::from);
    }
    let first_n = *segments + 1;
    // Extension elements first (their place in a unit), then the original data.
    let mut kept: Vec<KeptXml> = unit
        .elements()
        .filter(|e| {
            !matches!(
                e.local(),
                "notes" | "originalData" | "segment" | "ignorable"
            )
        })
        .map(|e| KeptXml {
            format: KEPT_UNIT.into(),
            xml: kept_xml(e, &scope),
        })
        .collect();
    kept.extend(unit.children_named("originalData").map(|e| KeptXml {
        format: codes::XLIFF20.into(),
        xml: codes::element_xml(e),
    }));
    let mut comments = Vec::new();
    let mut published = None;
    let mut note_annotations = Vec::new();
    for note in unit
        .child("notes")
        .into_iter()
        .flat_map(|n| n.children_named("note"))
    {
        match note.attr("category") {
            Some("tolk:published") => published = Some(note.text()),
            Some("tolk:annotation") => {
                let json = note.attr("tolk:annotation").ok_or_else(|| {
                    p.error_line(note.line, "tolk:annotation note without its data")
                })?;
                let mut e =
                    entry_from_json(json, first_n).map_err(|m| p.error_line(note.line, &m))?;
                e.line = note.line;
                note_annotations.push(e);
            }
            // The comment as tolk writes it.
            Some("comment")
                if note.attrs.len() == 2 && note.attr("appliesTo") == Some("target") =>
            {
                comments.push(note.text())
            }
            // Another tool's note: kept as it is, and its text is the comment tolk shows.
            _ => {
                comments.push(note.text());
                kept.push(KeptXml {
                    format: KEPT_NOTE.into(),
                    xml: kept_xml(note, &scope),
                });
            }
        }
    }
    let author = unit.attr("tolk:author").map(String::from);
    let mut link = unit
        .attr("tolk:link")
        .map(link_from_json)
        .transpose()
        .map_err(|m| p.error_line(unit.line, &m))?;
    let revision = unit
        .attr("tolk:revision")
        .map(|r| super::parse_number("tolk:revision", r, super::MAX_REVISION as u64))
        .transpose()
        .map_err(|m| p.error_line(unit.line, &m))?
        .map(|r| r as i64);
    for segment in unit.children_named("segment") {
        let n = *segments + 1;
        let mut annotations = Vec::new();
        let source_el = segment
            .child("source")
            .ok_or_else(|| p.error_line(segment.line, "<segment> without a <source>"))?;
        let target_el = segment.child("target");
        let sides: Vec<&Element> = std::iter::once(source_el).chain(target_el).collect();
        let mut coder = Coder::new(codes::XLIFF20, &sides);
        let source = inline(p, source_el, Side::Source, n, &mut annotations, &mut coder)?;
        coder.target();
        let target = match target_el {
            Some(t) => Some(inline(p, t, Side::Target, n, &mut annotations, &mut coder)?),
            None => None,
        }
        .filter(|t| !t.is_empty());
        let kept_codes = coder.finish();
        let state = match (segment.attr("state"), segment.attr("subState")) {
            (Some("translated"), Some("tolk:needs-work")) => State::NeedsWork,
            (Some("translated"), _) => State::Translated,
            (Some("reviewed"), _) => State::Reviewed,
            (Some("final"), _) => State::Final,
            // A target in an `initial` segment is a draft (a copy of the source, a machine
            // suggestion): kept, never promoted to translated.
            (Some("initial"), _) if target.is_some() => State::NeedsWork,
            (Some("initial"), _) => State::Untranslated,
            (None, _) if target.is_some() => State::Translated,
            (None, _) => State::Untranslated,
            (Some(other), _) => {
                return Err(p.error_line(
                    segment.line,
                    &format!(
                        "unknown segment state '{}' (XLIFF 2.0 has initial, translated, \
                         reviewed, final)",
                        controls_to_spaces(other)
                    ),
                ));
            }
        };
        let first = n == first_n;
        if first {
            annotations.splice(0..0, note_annotations.drain(..));
        }
        *segments = n;
        let seg = ImportedSegment {
            line: segment.line,
            paragraph,
            source: match (&published, first) {
                (Some(pubd), true) => pubd.clone(),
                _ => source,
            },
            target,
            state,
            // Unit notes belong to the unit; with one segment per unit (as tolk writes) that
            // is the segment, otherwise they go with the first.
            comment: (first && !comments.is_empty()).then(|| comments.join("\n")),
            author: author.clone(),
            revision,
            annotations,
            // tolk writes a link as a unit of one segment.
            link: link.take(),
            kept: super::Kept {
                segment: crate::model::SegExtra {
                    // Another tool's unit id, and the unit's original data (what codes'
                    // `dataRef`s point at), with every segment, as each becomes a unit of its
                    // own on export.
                    key: unit
                        .attr("id")
                        .filter(|_| unit.attr("tolk:paragraph").is_none())
                        .map(String::from),
                    // Notes and extension elements belong to the unit: they go with its
                    // first segment.
                    elements: kept
                        .iter()
                        .filter(|k| first || k.format == codes::XLIFF20)
                        .cloned()
                        .collect(),
                    codes: kept_codes,
                    ..Default::default()
                }
                .non_empty(),
                ..Default::default()
            },
        };
        each(meta, seg)?;
    }
    Ok(())
}

/// The text of a `source` or `target`, collecting annotations from `mrk` and `sm`/`em`. Codes
/// (`ph`, `sc`/`ec`, `pc` around its text) become short tags (see [`codes`]); `cp` stands for
/// a character XML cannot carry.
fn inline(
    p: &Parser<'_>,
    e: &Element,
    side: Side,
    n: usize,
    annotations: &mut Vec<Entry>,
    coder: &mut Coder,
) -> Result<String> {
    let mut w = InlineReader {
        p,
        coder,
        side,
        n,
        text: String::new(),
        cp: 0,
        open: HashMap::new(),
        out: Vec::new(),
    };
    w.walk(e)?;
    // A start marker without its end marker runs to the end of the text.
    let mut open: Vec<_> = w.open.drain().collect();
    open.sort_by_key(|(_, (start, _))| *start);
    for (_, (start, el)) in open {
        let end = w.cp;
        w.annotate(&el, start, end)?;
    }
    annotations.append(&mut w.out);
    Ok(w.text)
}

struct InlineReader<'p, 'a> {
    p: &'p Parser<'a>,
    coder: &'p mut Coder,
    side: Side,
    n: usize,
    text: String,
    /// Length of `text` in code points.
    cp: usize,
    /// Open `sm` markers by id: start offset and the marker.
    open: HashMap<String, (usize, Element)>,
    out: Vec<Entry>,
}

impl InlineReader<'_, '_> {
    fn push(&mut self, t: &str) {
        self.text.push_str(t);
        self.cp += t.chars().count();
    }

    fn walk(&mut self, e: &Element) -> Result<()> {
        for node in &e.children {
            match node {
                Node::Text(t) => {
                    self.text.push_str(t);
                    self.cp += t.chars().count();
                }
                Node::Element(c) => match c.local() {
                    "mrk" => {
                        let start = self.cp;
                        self.walk(c)?;
                        self.annotate(c, start, self.cp)?;
                    }
                    "sm" => {
                        let id = c.attr("id").unwrap_or_default().to_string();
                        self.open.insert(id, (self.cp, c.clone()));
                    }
                    "em" => {
                        let id = c.attr("startRef").unwrap_or_default();
                        if let Some((start, sm)) = self.open.remove(id) {
                            self.annotate(&sm, start, self.cp)?;
                        }
                    }
                    "pc" => {
                        let tag = self.coder.open(None, codes::start_tag(c, false));
                        self.push(&tag);
                        self.walk(c)?;
                        let tag = self.coder.close_wrapper(codes::end_tag(c));
                        self.push(&tag);
                    }
                    "sc" => {
                        let tag = self.coder.open(c.attr("id"), codes::element_xml(c));
                        self.push(&tag);
                    }
                    "ec" => {
                        let tag = self
                            .coder
                            .close(c.attr("startRef").or(c.attr("id")), codes::element_xml(c));
                        self.push(&tag);
                    }
                    "ph" => {
                        let tag = self.coder.standalone(codes::element_xml(c));
                        self.push(&tag);
                    }
                    "cp" => {
                        let ch = c
                            .attr("hex")
                            .and_then(|h| u32::from_str_radix(h, 16).ok())
                            .and_then(char::from_u32)
                            .ok_or_else(|| {
                                self.p
                                    .error_line(c.line, "<cp> without a valid hex code point")
                            })?;
                        self.text.push(ch);
                        self.cp += 1;
                    }
                    _ => {}
                },
            }
        }
        Ok(())
    }

    /// An annotation from a marker spanning `start..end`: tolk's own data when it carries it,
    /// else a note from a core `comment` marker; other markers are not annotations tolk keeps.
    fn annotate(&mut self, m: &Element, start: usize, end: usize) -> Result<()> {
        if let Some(json) = m.attr("tolk:annotation") {
            let mut e =
                entry_from_json(json, self.n).map_err(|msg| self.p.error_line(m.line, &msg))?;
            e.line = m.line;
            self.out.push(e);
        } else if m.attr("type") == Some("comment")
            && let Some(value) = m.attr("value")
        {
            let exact = crate::anchor::slice(&self.text, crate::anchor::Span::new(start, end))
                .unwrap_or_default()
                .to_string();
            self.out.push(Entry {
                n: self.n,
                side: self.side,
                exact,
                nth: None,
                start: Some(start),
                end: Some(end),
                status: None,
                author: None,
                body: Body::Note {
                    text: value.to_string(),
                },
                line: m.line,
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::Format;
    use crate::formats::interchange::fixtures::{ann, fixture, shared, xmllint};
    use crate::model::{AnnStatus, EntityType};

    fn validate(out: &str) {
        let Some(xsd) = shared("schemas/xliff-core-2.0.xsd") else {
            return;
        };
        if let Some(r) = xmllint(out, &["--noout", "--schema", &xsd.to_string_lossy()]) {
            r.unwrap();
        }
    }

    #[test]
    fn round_trip_keeps_everything() {
        let f = fixture();
        let out = f.export(Format::Xliff, SourceText::Published);
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
        assert!(out.contains("<segment state=\"translated\" subState=\"tolk:needs-work\">"));
        assert!(out.contains("<segment state=\"initial\">"));
        assert!(!out.contains("<script>"));
        // The crossing note is a start/end marker pair; everything else nests as mrk.
        assert!(out.contains("<sm id=\"m3\" type=\"comment\""), "{out}");
        assert!(out.contains("<em startRef=\"m3\"/>"));
        assert!(out.contains("<mrk id=\"m1\" type=\"tolk:entity\""));
        // The orphan cannot be marked inline: it is a note.
        assert!(out.contains("<note category=\"tolk:annotation\" appliesTo=\"source\""));
    }

    #[test]
    fn corrected_source_moves_source_marks_to_notes() {
        let f = fixture();
        let out = f.export(Format::Xliff, SourceText::Corrected);
        assert!(out.contains("<source xml:space=\"preserve\">Haftar vertrok &lt;script&gt;"));
        assert!(
            out.contains("<note category=\"tolk:published\" appliesTo=\"source\">Hafta vertrok")
        );
        let doc = read(&out, "x.xlf").unwrap();
        for i in 0..5 {
            f.assert_segment(&doc, i, i);
        }
        validate(&out);
    }

    #[test]
    fn validates_against_the_schema() {
        let f = fixture();
        validate(&f.export(Format::Xliff, SourceText::Published));
        // An empty document is still a valid file.
        let mut e = XliffWriter::new(&f.doc, ExportOptions::default());
        let mut out = Vec::new();
        e.begin(&mut out).unwrap();
        e.finish(&mut out).unwrap();
        let out = String::from_utf8(out).unwrap();
        validate(&out);
        assert!(read(&out, "e.xlf").unwrap().segments.is_empty());
    }

    #[test]
    fn marks_nest_cross_and_stay_empty() {
        let text = "abcdefghij";
        let mk = |id, exact: &str| {
            ann(
                id,
                text,
                Side::Source,
                exact,
                Body::Entity {
                    entity_type: EntityType::Other,
                },
                AnnStatus::Accepted,
            )
        };
        let a = mk(1, "abcdef");
        let b = mk(2, "cd");
        let c = mk(3, "efgh"); // crosses a
        let mut d = mk(4, "");
        (d.start, d.end) = (3, 3);
        let e = mk(5, "abcdef"); // same span as a
        let out = marked(text, &[&c, &b, &a, &d, &e], "m", &[]);
        let strip = |s: &str| {
            let mut o = String::new();
            let mut inside = false;
            for ch in s.chars() {
                match ch {
                    '<' => inside = true,
                    '>' => inside = false,
                    c if !inside => o.push(c),
                    _ => {}
                }
            }
            o
        };
        assert_eq!(strip(&out), text);
        let doc = format!("<source xmlns:tolk=\"{NS_TOLK}\">{out}</source>");
        let mut p = Parser::new(&doc, "t").unwrap();
        let root = p.root().unwrap();
        let el = p.subtree(root).unwrap();
        let mut got = Vec::new();
        let read_text = inline(
            &p,
            &el,
            Side::Source,
            1,
            &mut got,
            &mut Coder::new(codes::XLIFF20, &[]),
        )
        .unwrap();
        assert_eq!(read_text, text);
        let mut spans: Vec<_> = got
            .iter()
            .map(|e| (e.start.unwrap(), e.end.unwrap(), e.exact.clone()))
            .collect();
        spans.sort();
        assert_eq!(
            spans,
            vec![
                (0, 6, "abcdef".into()),
                (0, 6, "abcdef".into()),
                (2, 4, "cd".into()),
                (3, 3, String::new()),
                (4, 8, "efgh".into())
            ]
        );
        assert_eq!(out.matches("<sm ").count(), 1, "{out}");
    }

    #[test]
    fn control_characters_travel_as_code_points() {
        let mut f = fixture();
        f.segs[4].source = "Bel\u{7} en \u{1}x\u{FFFF}.".into();
        f.anns[4].push(ann(
            20,
            &f.segs[4].source,
            Side::Source,
            "\u{1}x",
            Body::Entity {
                entity_type: EntityType::Other,
            },
            AnnStatus::Accepted,
        ));
        let out = f.export(Format::Xliff, SourceText::Published);
        assert!(
            out.contains("Bel<cp hex=\"0007\"/> en <mrk id=\"m1\""),
            "{out}"
        );
        assert!(out.contains("<cp hex=\"0001\"/>x</mrk><cp hex=\"FFFF\"/>."));
        validate(&out);
        let doc = read(&out, "c.xlf").unwrap();
        f.assert_segment(&doc, 4, 4);
    }

    #[test]
    fn reads_foreign_xliff_20() {
        let text = r#"<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="nl-NL" trgLang="en-US">
 <file id="f1" original="app.po">
  <notes><note>file note</note></notes>
  <group id="g1">
   <unit id="greeting">
    <notes><note category="context">Shown on start</note></notes>
    <segment><source>Hallo <pc id="1">wereld</pc><ph id="2"/>!</source><target>Hello <pc id="1">world</pc><ph id="2"/>!</target></segment>
    <ignorable><source> </source></ignorable>
    <segment state="final"><source>Tot <mrk id="c1" type="comment" value="informal">ziens</mrk><cp hex="0001"/></source><target>Bye</target></segment>
   </unit>
  </group>
  <unit id="u2"><segment state="initial"><source>Leeg</source><target></target></segment></unit>
 </file>
</xliff>"#;
        let doc = read(text, "f.xlf").unwrap();
        assert_eq!(doc.source_lang.as_deref(), Some("nl-NL"));
        assert_eq!(doc.name, None);
        let s = &doc.segments;
        assert_eq!(s.len(), 3);
        assert_eq!(
            (s[0].source.as_str(), s[0].target.as_deref(), s[0].state),
            (
                "Hallo <g1>wereld</g1><x2/>!",
                Some("Hello <g1>world</g1><x2/>!"),
                State::Translated
            )
        );
        assert_eq!(s[0].comment.as_deref(), Some("Shown on start"));
        assert_eq!(
            (s[1].paragraph, s[1].state, s[1].source.as_str()),
            (1, State::Final, "Tot ziens\u{1}")
        );
        assert_eq!(s[1].annotations[0].exact, "ziens");
        assert_eq!(
            s[1].annotations[0].body,
            Body::Note {
                text: "informal".into()
            }
        );
        assert_eq!(
            (s[2].paragraph, s[2].state, s[2].target.as_deref()),
            (2, State::Untranslated, None)
        );
    }

    fn err(text: &str) -> String {
        read(text, "bad.xlf").unwrap_err().to_string()
    }

    #[test]
    fn hostile_and_broken_inputs() {
        let laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY a \"a\"><!ENTITY b \"&a;&a;&a;\">]>\n<xliff version=\"2.0\">&b;</xliff>";
        assert!(err(laughs).starts_with("bad.xlf line 2: the DOCTYPE declares entities"));
        let xxe = "<!DOCTYPE xliff [\n<!ENTITY xxe SYSTEM \"/etc/passwd\">\n]>\n<xliff version=\"2.0\"><file id=\"f\"><unit id=\"u\"><segment><source>&xxe;</source></segment></unit></file></xliff>";
        assert!(err(xxe).contains("declares entities"));
        assert_eq!(
            err("<?xml version=\"1.0\"?>\n\n<xliff version=\"1.3\"/>"),
            "bad.xlf line 3: unsupported XLIFF version '1.3' (tolk reads XLIFF 1.1, 1.2 and 2.x)"
        );
        assert!(
            err("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"2.0\"/>")
                .contains("namespace")
        );
        assert!(err("<xliff/>").contains("no version"));
        let e = err(&format!(
            "<xliff xmlns=\"{NS_20}\" version=\"2.0\">\n<file id=\"f\">\n<unit id=\"u\"><segment><source>trunc"
        ));
        assert!(
            e.starts_with("bad.xlf line 3: unexpected end of file: <source>"),
            "{e}"
        );
        let e = err(
            "<xliff version=\"2.0\"><file id=\"f\">\n<unit id=\"u\"><segment><source>&#xD800;</source></segment></unit></file></xliff>",
        );
        assert!(
            e.starts_with("bad.xlf line 2: invalid character reference"),
            "{e}"
        );
        let e = err(
            "<xliff version=\"2.0\"><file id=\"f\">\n<unit id=\"u\"><segment state=\"done\"><source>x</source></segment></unit></file></xliff>",
        );
        assert!(
            e.starts_with("bad.xlf line 2: unknown segment state 'done'"),
            "{e}"
        );
        // Without a namespace declaration the version decides; the version needs no namespace.
        assert_eq!(
            read("<xliff version=\"2.0\"/>", "ok.xlf")
                .unwrap()
                .segments
                .len(),
            0
        );
    }
}
