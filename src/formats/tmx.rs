//! TMX 1.4b: a streaming writer (one `tu` per translated segment, tolk's state, paragraph,
//! revision and annotations as `x-tolk-*` props, the reviewer comment as a `note`) and a
//! streaming reader for TMX from any tool (one `tu` in memory at a time), which restores
//! everything tolk wrote when the file is tolk's own.

use crate::text::controls_to_spaces;

use super::codes::{self, Coder};
use super::interchange::{
    DateCache, ExportOptions, Exporter, annotation_json, doc_of_id, entry_from_json,
    link_from_json, link_json, same_language, tmx_date,
};
use super::xml::{self, Element, Item, Node, Parser};
use super::{DocMeta, Each, ImportedDoc, ImportedSegment, Record, SourceText};
use crate::error::Result;
use crate::model::{Document, KeptXml, SegExtra, State};
use std::io::{self, BufRead, Write};

/// Writes TMX 1.4b, valid against the LISA DTD.
pub struct TmxWriter {
    name: String,
    source_lang: String,
    target_lang: String,
    title: Option<String>,
    created_at: String,
    opts: ExportOptions,
    /// The record being written, handed to the writer whole.
    buf: Vec<u8>,
    created: DateCache,
    changed: DateCache,
}

impl TmxWriter {
    pub fn new(doc: &Document, opts: ExportOptions) -> Self {
        TmxWriter {
            name: doc.name.clone(),
            source_lang: doc.source_lang.clone(),
            target_lang: doc.target_lang.clone(),
            title: doc.title.clone(),
            created_at: doc.created_at.clone(),
            opts,
            buf: Vec::with_capacity(4096),
            created: DateCache::default(),
            changed: DateCache::default(),
        }
    }
}

fn prop(w: &mut Vec<u8>, indent: &str, kind: &str, value: &str) {
    put(
        w,
        &[
            indent,
            "<prop type=\"",
            kind,
            "\">",
            &xml::text(value),
            "</prop>\n",
        ],
    )
}

/// Appends the pieces one after the other: a record is put together without the formatting
/// machinery and handed to the writer in one piece, which an export of a long document would
/// otherwise spend a fifth of its time on.
fn put(w: &mut Vec<u8>, pieces: &[&str]) {
    for p in pieces {
        w.extend_from_slice(p.as_bytes());
    }
}

impl Exporter for TmxWriter {
    fn begin(&mut self, w: &mut dyn Write) -> io::Result<()> {
        writeln!(w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
        writeln!(w, "<tmx version=\"1.4\">")?;
        write!(
            w,
            "  <header creationtool=\"tolk\" creationtoolversion=\"{}\" segtype=\"sentence\" \
             o-tmf=\"tolk\" adminlang=\"en\" srclang=\"{}\" datatype=\"plaintext\"",
            xml::attr(env!("CARGO_PKG_VERSION")),
            xml::attr(&self.source_lang)
        )?;
        if let Some(d) = tmx_date(&self.created_at) {
            write!(w, " creationdate=\"{d}\"")?;
        }
        writeln!(w, ">")?;
        let b = &mut self.buf;
        b.clear();
        prop(b, "    ", "x-tolk-document", &self.name);
        prop(b, "    ", "x-tolk-target-lang", &self.target_lang);
        if let Some(t) = &self.title {
            prop(b, "    ", "x-tolk-title", t);
        }
        let source = match self.opts.source {
            SourceText::Published => "published",
            SourceText::Corrected => "corrected",
        };
        prop(b, "    ", "x-tolk-source", source);
        w.write_all(b)?;
        writeln!(w, "  </header>")?;
        writeln!(w, "  <body>")
    }

    fn record(&mut self, w: &mut dyn Write, r: &Record<'_>) -> io::Result<bool> {
        // A translation memory holds pairs: segments without a translation have no place here,
        // unless they stand for a link (a source left out, sentences the translator added),
        // which is written with the one side it has, so that the document's links survive.
        let link = link_json(r);
        if r.target.is_none() && link.is_none() {
            return Ok(false);
        }
        let b = &mut self.buf;
        b.clear();
        put(b, &["    <tu tuid=\"", &xml::attr(&r.id), "\""]);
        if let Some(d) = r.created_at.and_then(|at| self.created.tmx(at)) {
            put(b, &[" creationdate=\"", d, "\""]);
        }
        if let Some(a) = r.created_by {
            put(b, &[" creationid=\"", &xml::attr(a), "\""]);
        }
        if let Some(d) = r.updated_at.and_then(|at| self.changed.tmx(at)) {
            put(b, &[" changedate=\"", d, "\""]);
        }
        if let Some(a) = r.author {
            put(b, &[" changeid=\"", &xml::attr(a), "\""]);
        }
        b.extend_from_slice(b">\n");
        // The 1.4b specification orders a tu's notes before its props; the DTD allows either.
        if let Some(c) = r.comment {
            put(b, &["      <note>", &xml::text(c), "</note>\n"]);
        }
        let mut number = itoa::Buffer::new();
        prop(b, "      ", "x-tolk-paragraph", number.format(r.paragraph));
        prop(b, "      ", "x-tolk-state", r.state.as_str());
        if let Some(rev) = r.revision {
            prop(b, "      ", "x-tolk-revision", number.format(rev));
        }
        if r.source != r.source_published {
            prop(b, "      ", "x-tolk-source-published", r.source_published);
        }
        for a in r.annotations {
            prop(b, "      ", "x-tolk-annotation", &annotation_json(a));
        }
        if let Some(l) = &link {
            prop(b, "      ", "x-tolk-link", l);
        }
        if let Some(x) = r.extra {
            for k in x.elements.iter().filter(|k| k.format == codes::TMX) {
                put(b, &["      ", &k.xml, "\n"]);
            }
        }
        let source = (!r.source.is_empty()).then_some(&r.source[..]);
        let seg_codes = r.extra.map_or(&[][..], |x| &x.codes[..]);
        for (lang, text) in [(&self.source_lang, source), (&self.target_lang, r.target)] {
            let Some(text) = text else { continue };
            put(
                b,
                &[
                    "      <tuv xml:lang=\"",
                    &xml::attr(lang),
                    "\"><seg>",
                    &codes::render(text, seg_codes, codes::TMX, &xml::text),
                    "</seg></tuv>\n",
                ],
            );
        }
        b.extend_from_slice(b"    </tu>\n");
        w.write_all(b)?;
        Ok(true)
    }

    fn finish(&mut self, w: &mut dyn Write) -> io::Result<()> {
        writeln!(w, "  </body>")?;
        writeln!(w, "</tmx>")
    }
}

/// Reads a TMX 1.4 file held in memory; see [`read_stream`].
pub fn read(text: &str, label: &str) -> Result<ImportedDoc> {
    ImportedDoc::read(read_stream, text, label)
}

/// Reads a TMX 1.4 file one `tu` at a time, handing each to `each`. The source side of each
/// `tu` is the `tuv` in the `tu`'s `srclang`, or else the header's; the target is the first
/// other `tuv`. Files from other tools give paragraph 1 throughout and state `translated` for
/// every pair. The document's languages are those of the first `tu`'s sides as spelled there,
/// falling back to the header's `srclang` for the source.
pub fn read_stream(input: &mut dyn BufRead, label: &str, each: &mut Each<'_>) -> Result<DocMeta> {
    let mut p = Parser::from_reader(input, label).reading("tmx");
    let root = p.root()?;
    if root.local() != "tmx" {
        return Err(p.error_line(
            root.line,
            &format!(
                "not a TMX file: the root element is <{}>, not <tmx>",
                controls_to_spaces(&root.name)
            ),
        ));
    }
    match root.attr("version") {
        // 1.1 is what OmegaT writes as -omegat.tmx and -level1.tmx; 1.1–1.3 differ from 1.4
        // in nothing a reader of tu/tuv/seg/prop/note needs.
        Some("1.1" | "1.2" | "1.3" | "1.4" | "1.4b" | "1.4a") => {}
        Some(v) => {
            return Err(p.error_line(
                root.line,
                &format!(
                    "unsupported TMX version '{}' (tolk reads TMX 1.1 to 1.4b)",
                    controls_to_spaces(v)
                ),
            ));
        }
        None => return Err(p.error_line(root.line, "<tmx> has no version attribute")),
    }
    let mut meta = DocMeta::default();
    let mut header = Header::default();
    let mut n = 0;
    loop {
        match p.next_item()? {
            Item::Start(e) if e.local() == "header" => {
                let h = p.subtree(e)?;
                header.srclang = h
                    .attr("srclang")
                    .filter(|l| *l != "*all*")
                    .map(String::from);
                for pr in h.children_named("prop") {
                    match pr.attr("type") {
                        Some("x-tolk-document") => meta.name = Some(pr.text()),
                        Some("x-tolk-target-lang") => header.target_lang = Some(pr.text()),
                        _ => {}
                    }
                }
            }
            Item::Start(e) if e.local() == "body" => {}
            Item::Start(e) if e.local() == "tu" => {
                let tu = p.subtree(e)?;
                n += 1;
                let seg = read_tu(&p, &tu, n, &header, &mut meta)?;
                // Without a language on the first source tuv, the header's srclang stands.
                if meta.source_lang.is_none() {
                    meta.source_lang.clone_from(&header.srclang);
                }
                each(&meta, seg)?;
            }
            Item::Start(e) => {
                p.subtree(e)?;
            }
            Item::End | Item::Text(_) => {}
            Item::Eof => break,
        }
    }
    if meta.source_lang.is_none() {
        meta.source_lang = header.srclang;
    }
    Ok(meta)
}

/// What the TMX header says that matters for reading the `tu`s.
#[derive(Default)]
struct Header {
    srclang: Option<String>,
    /// tolk's `x-tolk-target-lang` prop: which `tuv` is the target when there are several.
    target_lang: Option<String>,
}

fn read_tu(
    p: &Parser<'_>,
    tu: &Element,
    n: usize,
    header: &Header,
    meta: &mut DocMeta,
) -> Result<ImportedSegment> {
    let tuvs: Vec<(&str, &Element)> = tu
        .children_named("tuv")
        .map(|t| (t.attr("xml:lang").or(t.attr("lang")).unwrap_or(""), t))
        .collect();
    if tuvs.is_empty() {
        return Err(p.error_line(tu.line, "<tu> without any <tuv>"));
    }
    // With `srclang="*all*"` and no language on the tu, the document's source language (set
    // by the first tu) picks the source side, so the direction never flips from tu to tu.
    let srclang = tu
        .attr("srclang")
        .filter(|l| *l != "*all*")
        .or(header.srclang.as_deref())
        .or(meta.source_lang.as_deref());
    let src_idx = srclang
        .and_then(|sl| tuvs.iter().position(|(l, _)| same_language(l, sl)))
        .unwrap_or(0);
    // A link of sentences the translator added has its target tuv alone.
    let link = match tu
        .children_named("prop")
        .find(|pr| pr.attr("type") == Some("x-tolk-link"))
    {
        Some(pr) => Some(link_from_json(&pr.text()).map_err(|m| p.error_line(pr.line, &m))?),
        None => None,
    };
    let added = link.as_ref().is_some_and(|l| l.sources == 0);
    let (src_lang, src_tuv) = tuvs[src_idx];
    let wanted = header
        .target_lang
        .as_deref()
        .or(meta.target_lang.as_deref());
    let tgt_idx = wanted
        .and_then(|tl| {
            tuvs.iter()
                .enumerate()
                .position(|(i, (l, _))| i != src_idx && same_language(l, tl))
        })
        .or_else(|| (0..tuvs.len()).find(|&i| i != src_idx))
        .or(if added { Some(src_idx) } else { None });
    if meta.source_lang.is_none() && !src_lang.is_empty() && !added {
        meta.source_lang = Some(src_lang.to_string());
    }
    let src_seg = if added {
        None
    } else {
        Some(seg_of(p, src_tuv)?)
    };
    let tgt_seg = match tgt_idx {
        Some(i) => {
            if meta.target_lang.is_none() && !tuvs[i].0.is_empty() {
                meta.target_lang = Some(tuvs[i].0.to_string());
            }
            Some(seg_of(p, tuvs[i].1)?)
        }
        None => None,
    };
    let (mut source, target, kept_codes) = codes::read_sides(codes::TMX, src_seg, tgt_seg, flatten);

    let mut state = None;
    let mut paragraph = 1;
    let mut revision = None;
    let mut annotations = Vec::new();
    for pr in tu.children_named("prop") {
        let value = pr.text();
        match pr.attr("type") {
            Some("x-tolk-state") => {
                state = Some(
                    value
                        .parse::<State>()
                        .map_err(|e| p.error_line(pr.line, &e.to_string()))?,
                );
            }
            Some("x-tolk-paragraph") => {
                paragraph =
                    super::parse_number("x-tolk-paragraph", &value, super::MAX_PARAGRAPH as u64)
                        .map_err(|m| p.error_line(pr.line, &m))? as usize;
            }
            Some("x-tolk-revision") => {
                revision = Some(
                    super::parse_number("x-tolk-revision", &value, super::MAX_REVISION as u64)
                        .map_err(|m| p.error_line(pr.line, &m))? as i64,
                );
            }
            Some("x-tolk-source-published") => source = value,
            Some("x-tolk-annotation") => {
                let mut e = entry_from_json(&value, n).map_err(|m| p.error_line(pr.line, &m))?;
                e.line = pr.line;
                annotations.push(e);
            }
            _ => {}
        }
    }
    if meta.name.is_none() {
        meta.name = tu.attr("tuid").and_then(doc_of_id).map(String::from);
    }
    let notes: Vec<String> = tu.children_named("note").map(Element::text).collect();
    let state = state.unwrap_or(if target.is_some() {
        State::Translated
    } else {
        State::Untranslated
    });
    Ok(ImportedSegment {
        line: tu.line,
        paragraph,
        source,
        target,
        state,
        comment: (!notes.is_empty()).then(|| notes.join("\n")),
        // Who last changed the translation: OmegaT puts it on the target tuv, others on the tu.
        author: tgt_idx
            .map(|i| tuvs[i].1)
            .and_then(|t| t.attr("changeid").or(t.attr("creationid")))
            .or(tu.attr("changeid"))
            .or(tu.attr("creationid"))
            .map(String::from),
        revision,
        annotations,
        link,
        kept: super::Kept {
            segment: SegExtra {
                // Another tool's own id of the unit.
                key: tu
                    .attr("tuid")
                    .filter(|id| doc_of_id(id).is_none())
                    .map(String::from),
                codes: kept_codes,
                // Other tools' props, kept verbatim.
                elements: tu
                    .children_named("prop")
                    .filter(|pr| !pr.attr("type").is_some_and(|t| t.starts_with("x-tolk-")))
                    .map(|pr| KeptXml {
                        format: codes::TMX.into(),
                        xml: codes::element_xml(pr),
                    })
                    .collect(),
                ..Default::default()
            }
            .non_empty(),
            ..Default::default()
        },
    })
}

/// A `tuv`'s `seg`.
fn seg_of<'e>(p: &Parser<'_>, tuv: &'e Element) -> Result<&'e Element> {
    tuv.child("seg")
        .ok_or_else(|| p.error_line(tuv.line, "<tuv> without a <seg>"))
}

/// The text of a `seg`: its characters, and a short tag for each inline code (`bpt`/`ept`
/// pairs by `i`, `hi` around its text, `ph`, `it`, `ut` standalone); see [`codes`].
fn flatten(e: &Element, coder: &mut Coder, out: &mut String) {
    for n in &e.children {
        match n {
            Node::Text(t) => out.push_str(t),
            Node::Element(c) => match c.local() {
                "hi" => {
                    out.push_str(&coder.open(None, codes::start_tag(c, false)));
                    flatten(c, coder, out);
                    out.push_str(&coder.close_wrapper(codes::end_tag(c)));
                }
                "bpt" => {
                    let key = format!("i{}", c.attr("i").unwrap_or_default());
                    out.push_str(&coder.open(Some(&key), codes::element_xml(c)));
                }
                "ept" => {
                    let key = format!("i{}", c.attr("i").unwrap_or_default());
                    out.push_str(&coder.close(Some(&key), codes::element_xml(c)));
                }
                _ => out.push_str(&coder.standalone(codes::element_xml(c))),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::Format;
    use crate::formats::interchange::fixtures::{fixture, shared, xmllint};

    #[test]
    fn round_trip_keeps_translated_segments() {
        let f = fixture();
        let out = f.export(Format::Tmx, SourceText::Published);
        let doc = read(&out, "x.tmx").unwrap();
        assert_eq!(doc.name.as_deref(), Some("libie"));
        assert_eq!(doc.source_lang.as_deref(), Some("nl"));
        assert_eq!(doc.target_lang.as_deref(), Some("en"));
        // Segment 4 is untranslated and not in the memory.
        assert_eq!(doc.segments.len(), 4);
        for (got, i) in [0, 1, 2, 4].into_iter().enumerate() {
            f.assert_segment(&doc, i, got);
        }
        assert!(out.contains("<tu tuid=\"libie:1\" creationdate=\"20260118T083000Z\" creationid=\"bob\" changedate=\"20260119T100000Z\" changeid=\"anna\">"));
        assert!(out.contains("<prop type=\"x-tolk-state\">reviewed</prop>"));
        assert!(!out.contains("<script>"));
        // Exporting again what was read gives the same file.
        assert_eq!(read(&out, "x.tmx").unwrap(), doc);
    }

    #[test]
    fn corrected_source_keeps_the_published_text() {
        let f = fixture();
        let out = f.export(Format::Tmx, SourceText::Corrected);
        assert!(out.contains("<seg>Haftar vertrok &lt;script&gt;"));
        assert!(out.contains("<prop type=\"x-tolk-source-published\">Hafta vertrok"));
        let doc = read(&out, "x.tmx").unwrap();
        f.assert_segment(&doc, 1, 1);
    }

    #[test]
    fn validates_against_the_dtd() {
        let f = fixture();
        let Some(dtd) = shared("schemas/tmx14.dtd") else {
            return;
        };
        let dtd = dtd.to_string_lossy().into_owned();
        for which in [SourceText::Published, SourceText::Corrected] {
            let out = f.export(Format::Tmx, which);
            if let Some(r) = xmllint(&out, &["--noout", "--dtdvalid", &dtd]) {
                r.unwrap();
            }
        }
        if let Some(xsd) = shared("schemas/tmx14.xsd") {
            let out = f.export(Format::Tmx, SourceText::Published);
            if let Some(r) = xmllint(&out, &["--noout", "--schema", &xsd.to_string_lossy()]) {
                r.unwrap();
            }
        }
    }

    #[test]
    fn invalid_utf8_inside_a_segment_is_refused_with_offset_and_line() {
        let mut bytes = b"<tmx version=\"1.4\"><body>\n<tu><tuv xml:lang=\"nl\"><seg>caf".to_vec();
        bytes.extend_from_slice(b"\xE9</seg></tuv></tu></body></tmx>");
        let e = read_stream(&mut &bytes[..], "bad.tmx", &mut |_, _| Ok(()))
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("bad.tmx: not valid UTF-8 at byte offset 57 (line 2)"),
            "{e}"
        );
    }

    #[test]
    fn streams_tus_with_the_header_known_first() {
        let f = fixture();
        let out = f.export(Format::Tmx, SourceText::Published);
        let mut seen = Vec::new();
        let meta = read_stream(&mut out.as_bytes(), "x.tmx", &mut |meta, seg| {
            seen.push((meta.clone(), seg.source));
            Ok(())
        })
        .unwrap();
        assert_eq!(seen.len(), 4);
        // Name and languages are there with the first segment, when an importer needs them.
        assert_eq!(seen[0].0, meta);
        assert_eq!(meta.name.as_deref(), Some("libie"));
        // The callback's error stops the reader.
        let mut calls = 0;
        let e = read_stream(&mut out.as_bytes(), "x.tmx", &mut |_, _| {
            calls += 1;
            Err(crate::error::Error::invalid("test", "stop"))
        });
        assert_eq!((e.unwrap_err().to_string(), calls), ("stop".to_string(), 1));
    }

    #[test]
    fn reads_translate_toolkit_flores() {
        let Some(path) = shared("data/flores200_devtest.nl-en.tmx") else {
            return;
        };
        let text = crate::formats::text::decode(&std::fs::read(path).unwrap(), "flores").unwrap();
        let doc = read(&text, "flores.tmx").unwrap();
        assert_eq!(doc.segments.len(), 1012);
        assert_eq!(doc.source_lang.as_deref(), Some("nl"));
        assert_eq!(doc.target_lang.as_deref(), Some("en"));
        let s = &doc.segments[0];
        assert!(
            s.source.starts_with("'Inmiddels hebben we muizen"),
            "{}",
            s.source
        );
        assert!(
            s.target
                .as_deref()
                .unwrap()
                .starts_with("\"We now have 4-month-old mice")
        );
        assert_eq!((s.state, s.paragraph), (State::Translated, 1));
        assert_eq!(doc.name, None);
    }

    #[test]
    fn reads_foreign_tmx_shapes() {
        let text = r#"<?xml version="1.0"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4b">
<header srclang="*all*" creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext"/>
<body>
<tu srclang="NL-nl" creationid="jan"><note>n1</note><note>n2</note>
<tuv xml:lang="EN-GB"><seg>Hello <bpt i="1">&lt;b&gt;</bpt>world<ept i="1">&lt;/b&gt;</ept> <hi>now</hi></seg></tuv>
<tuv lang="nl-NL"><seg>Hallo <ph>{0}</ph>wereld</seg></tuv>
</tu>
<tu><tuv xml:lang="nl"><seg>Alleen bron</seg></tuv></tu>
</body></tmx>"#;
        let doc = read(text, "f.tmx").unwrap();
        // The languages as the tuvs spell them.
        assert_eq!(doc.source_lang.as_deref(), Some("nl-NL"));
        assert_eq!(doc.target_lang.as_deref(), Some("EN-GB"));
        let s = &doc.segments[0];
        // Inline codes stand as short tags, the markup kept with the segment.
        assert_eq!(s.source, "Hallo <x1/>wereld");
        assert_eq!(
            s.target.as_deref(),
            Some("Hello <g2>world</g2> <g3>now</g3>")
        );
        let codes = &s.kept.segment.as_ref().unwrap().codes;
        assert_eq!(codes[0].xml, "<ph>{0}</ph>");
        assert_eq!(codes[1].xml, "<bpt i=\"1\">&lt;b&gt;</bpt>");
        assert_eq!(codes[4].xml, "</hi>");
        assert_eq!(s.comment.as_deref(), Some("n1\nn2"));
        assert_eq!(s.author.as_deref(), Some("jan"));
        // No srclang anywhere: the first tuv is the source.
        assert_eq!(doc.segments[1].source, "Alleen bron");
        assert_eq!(doc.segments[1].state, State::Untranslated);
    }

    #[test]
    fn tmx_1_1_with_all_languages_keeps_one_direction() {
        // OmegaT's -level1.tmx: version 1.1, srclang="*all*", tuvs in either order.
        let text = r#"<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.1">
<header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext" segtype="sentence" srclang="*all*"/>
<body>
<tu><tuv lang="NL"><seg>Een</seg></tuv><tuv lang="EN-GB" changeid="piet" creationid="anna"><seg>One</seg></tuv></tu>
<tu><tuv lang="EN-GB"><seg>Two</seg></tuv><tuv lang="NL"><seg>Twee</seg></tuv></tu>
</body></tmx>"#;
        let doc = read(text, "f.tmx").unwrap();
        let pairs: Vec<_> = doc
            .segments
            .iter()
            .map(|s| (s.source.as_str(), s.target.as_deref().unwrap()))
            .collect();
        assert_eq!(pairs, [("Een", "One"), ("Twee", "Two")]);
        assert_eq!(doc.segments[0].author.as_deref(), Some("piet"));
        assert_eq!(doc.target_lang.as_deref(), Some("EN-GB"));
    }

    fn err(text: &str) -> String {
        read(text, "bad.tmx").unwrap_err().to_string()
    }

    #[test]
    fn hostile_and_broken_inputs() {
        let laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [\n<!ENTITY a \"aaaaaaaaaa\">\n<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n]>\n<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"nl\"><seg>&c;</seg></tuv></tu></body></tmx>";
        assert!(err(laughs).starts_with("bad.tmx line 2: the DOCTYPE declares entities"));
        let xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"nl\"><seg>&xxe;</seg></tuv></tu></body></tmx>";
        let e = err(xxe);
        assert!(
            e.contains("declares entities") && !e.contains("root:"),
            "{e}"
        );
        let e = err("<tmx version=\"1.4\">\n<body>\n<tu><tuv xml:lang=\"nl\"><seg>half");
        assert!(
            e.starts_with("bad.tmx line 3: unexpected end of file: <seg>"),
            "{e}"
        );
        assert_eq!(
            err("\n<tmx version=\"2.0\"><body/></tmx>"),
            "bad.tmx line 2: unsupported TMX version '2.0' (tolk reads TMX 1.1 to 1.4b)"
        );
        assert!(err("<tmx><body/></tmx>").contains("no version"));
        assert!(err("<xliff version=\"1.4\"/>").contains("not a TMX file"));
        let e = err(
            "<tmx version=\"1.4\"><body>\n<tu><tuv xml:lang=\"nl\"><seg>&#xD800;</seg></tuv></tu></body></tmx>",
        );
        assert!(
            e.starts_with("bad.tmx line 2: invalid character reference &#xD800;"),
            "{e}"
        );
        let e = err(
            "<tmx version=\"1.4\"><body>\n<tu><prop type=\"x-tolk-state\">done</prop><tuv xml:lang=\"nl\"><seg>x</seg></tuv></tu></body></tmx>",
        );
        assert!(e.starts_with("bad.tmx line 2: unknown state 'done'"), "{e}");
        let e = err(
            "<tmx version=\"1.4\"><body>\n<tu><prop type=\"x-tolk-annotation\">{</prop><tuv xml:lang=\"nl\"><seg>x</seg></tuv></tu></body></tmx>",
        );
        assert!(e.starts_with("bad.tmx line 2: bad annotation"), "{e}");
        assert!(err("<tmx version=\"1.4\"><body><tu/></body></tmx>").contains("without any <tuv>"));
        assert!(
            err("<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"nl\"/></tu></body></tmx>")
                .contains("without a <seg>")
        );
    }
}
