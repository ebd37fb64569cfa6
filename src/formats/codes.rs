//! Inline codes: the markup of an original file that TMX and XLIFF carry inside a segment
//! (TMX `bpt`/`ept`/`ph`/`it`/`ut`/`hi`, XLIFF 1.2 `x`/`g`/`bx`/`ex`/`ph`/`bpt`/`ept`/`it`/`mrk`,
//! XLIFF 2.0 `ph`/`pc`/`sc`/`ec`).
//!
//! In the stored text each code stands as a short tag in OmegaT's style: `<x1/>` for a
//! standalone code, `<g1>` … `</g1>` for a pair (an element wrapping text, or a begin/end pair
//! such as `bpt`/`ept`). The segment's [`SegExtra::codes`](crate::model::SegExtra) lists every
//! tag with the markup it stands for, verbatim, so an export in the same format writes the
//! markup back exactly and other formats write their own equivalent.
//!
//! Why short tags and not private-use characters: translators see and type them in any editor,
//! PO and TSV exports carry them readably, and machine translation and OmegaT keep them. They
//! cannot be confused with text: a tag is a code only when the segment's list names it, and the
//! reader numbers codes above every `<gN>`/`<xN/>`-like string already in the segment's text,
//! so a literal `<g1>` in a file is never taken for a code.

use super::xml::{self, Element, Node};
use crate::model::InlineCode;
use std::borrow::Cow;
use std::collections::HashMap;

/// The markup formats codes come from.
pub const TMX: &str = "tmx";
pub const XLIFF12: &str = "xliff12";
pub const XLIFF20: &str = "xliff20";

/// What a code is, by its tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// `<xN/>`
    Standalone,
    /// `<gN>`
    Open,
    /// `</gN>`
    Close,
}

/// The shape and number of a short tag.
pub fn shape(tag: &str) -> Option<(Shape, usize)> {
    let (shape, digits) = if let Some(r) = tag.strip_prefix("</g") {
        (Shape::Close, r.strip_suffix('>')?)
    } else if let Some(r) = tag.strip_prefix("<g") {
        (Shape::Open, r.strip_suffix('>')?)
    } else {
        (
            Shape::Standalone,
            tag.strip_prefix("<x")?.strip_suffix("/>")?,
        )
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((shape, digits.parse().ok()?))
}

/// An element as XML text: its start tag, content and end tag (`<a/>` when empty).
pub fn element_xml(e: &Element) -> String {
    let mut out = start_tag(e, e.children.is_empty());
    if !e.children.is_empty() {
        for n in &e.children {
            match n {
                Node::Text(t) => out.push_str(&xml::text(t)),
                Node::Element(c) => out.push_str(&element_xml(c)),
            }
        }
        out.push_str(&end_tag(e));
    }
    out
}

/// An element's start tag, attributes as read (`<g id="1"/>` when `empty`).
pub fn start_tag(e: &Element, empty: bool) -> String {
    let mut out = format!("<{}", e.name);
    for (k, v) in &e.attrs {
        out.push_str(&format!(" {k}=\"{}\"", xml::attr(v)));
    }
    out.push_str(if empty { "/>" } else { ">" });
    out
}

pub fn end_tag(e: &Element) -> String {
    format!("</{}>", e.name)
}

/// Hands out short tags while a reader walks a segment's source, then its target: a code of
/// the target with the same markup as one of the source gets the source's tag.
#[derive(Debug)]
pub struct Coder {
    format: &'static str,
    codes: Vec<InlineCode>,
    next: usize,
    /// Codes already given to the side being read.
    used: Vec<bool>,
    /// Open pairs of the side being read: pairing key → number.
    open: HashMap<String, usize>,
    target: bool,
    anonymous: usize,
}

impl Coder {
    /// A coder for one segment whose elements (source and target) are `sides`: numbering
    /// starts above any short-tag-like text already in them.
    pub fn new(format: &'static str, sides: &[&Element]) -> Self {
        let mut text = String::new();
        for e in sides {
            text.push_str(&e.text());
        }
        let mut max = 0;
        for (i, _) in text.match_indices('<') {
            let rest = &text[i..];
            let rest = rest
                .strip_prefix("</g")
                .or_else(|| rest.strip_prefix("<g"))
                .or_else(|| rest.strip_prefix("<x"));
            if let Some(r) = rest {
                let digits: String = r.chars().take_while(char::is_ascii_digit).collect();
                if let Ok(n) = digits.parse::<usize>() {
                    max = max.max(n);
                }
            }
        }
        Coder {
            format,
            codes: Vec::new(),
            next: max + 1,
            used: Vec::new(),
            open: HashMap::new(),
            target: false,
            anonymous: 0,
        }
    }

    /// Starts the target side.
    pub fn target(&mut self) {
        self.target = true;
        self.used = vec![false; self.codes.len()];
        self.open.clear();
    }

    fn reuse(&mut self, xml: &str, want: Shape) -> Option<usize> {
        if !self.target {
            return None;
        }
        let i = self.codes.iter().enumerate().position(|(i, c)| {
            !self.used.get(i).copied().unwrap_or(true)
                && c.xml == xml
                && shape(&c.tag).is_some_and(|(s, _)| s == want)
        })?;
        self.used[i] = true;
        shape(&self.codes[i].tag).map(|(_, n)| n)
    }

    fn add(&mut self, tag: String, xml: String) -> String {
        self.codes.push(InlineCode {
            tag: tag.clone(),
            format: self.format.to_string(),
            xml,
        });
        tag
    }

    fn fresh(&mut self) -> usize {
        self.next += 1;
        self.next - 1
    }

    /// The tag of a standalone code.
    pub fn standalone(&mut self, xml: String) -> String {
        match self.reuse(&xml, Shape::Standalone) {
            Some(n) => format!("<x{n}/>"),
            None => {
                let n = self.fresh();
                self.add(format!("<x{n}/>"), xml)
            }
        }
    }

    /// The tag of an opening code; `key` pairs it with its closing code (None: an element
    /// wrapping text, closed by the next [`Coder::close_wrapper`]).
    pub fn open(&mut self, key: Option<&str>, xml: String) -> String {
        let key = key.map_or_else(
            || {
                self.anonymous += 1;
                format!("\u{0}{}", self.anonymous)
            },
            String::from,
        );
        match self.reuse(&xml, Shape::Open) {
            Some(n) => {
                self.open.insert(key, n);
                format!("<g{n}>")
            }
            None => {
                let n = self.fresh();
                self.open.insert(key, n);
                self.add(format!("<g{n}>"), xml)
            }
        }
    }

    /// The tag of a closing code paired by `key`.
    pub fn close(&mut self, key: Option<&str>, xml: String) -> String {
        let n = key.and_then(|k| self.open.remove(k));
        self.close_n(n, xml)
    }

    /// Closes the element wrapper opened last by [`Coder::open`] with no key.
    pub fn close_wrapper(&mut self, xml: String) -> String {
        let key = format!("\u{0}{}", self.anonymous);
        self.anonymous = self.anonymous.saturating_sub(1);
        let n = self.open.remove(&key);
        self.close_n(n, xml)
    }

    fn close_n(&mut self, n: Option<usize>, xml: String) -> String {
        if let Some(n) = n {
            let tag = format!("</g{n}>");
            match self.codes.iter().position(|c| c.tag == tag) {
                None => return self.add(tag, xml),
                Some(i) if self.codes[i].xml == xml => {
                    if let Some(u) = self.used.get_mut(i) {
                        *u = true;
                    }
                    return tag;
                }
                Some(_) => {}
            }
        }
        if let Some(n) = self.reuse(&xml, Shape::Close) {
            return format!("</g{n}>");
        }
        let n = self.fresh();
        self.add(format!("</g{n}>"), xml)
    }

    pub fn finish(self) -> Vec<InlineCode> {
        self.codes
    }
}

/// The source and target of a unit as text with short tags, and the codes those tags stand
/// for: one [`Coder`] over both sides (so a code in both gets one tag), each side written by
/// the format's `flatten`. An empty target is none.
pub fn read_sides(
    format: &'static str,
    source: Option<&Element>,
    target: Option<&Element>,
    flatten: fn(&Element, &mut Coder, &mut String),
) -> (String, Option<String>, Vec<InlineCode>) {
    let sides: Vec<&Element> = source.iter().chain(target.iter()).copied().collect();
    let mut coder = Coder::new(format, &sides);
    let mut src = String::new();
    if let Some(s) = source {
        flatten(s, &mut coder, &mut src);
    }
    coder.target();
    let tgt = target
        .map(|t| {
            let mut out = String::new();
            flatten(t, &mut coder, &mut out);
            out
        })
        .filter(|t| !t.is_empty());
    (src, tgt, coder.finish())
}

/// Where the listed codes stand in `text`: byte range and code, in order.
pub fn find<'c>(text: &str, codes: &'c [InlineCode]) -> Vec<(usize, usize, &'c InlineCode)> {
    let mut out = Vec::new();
    if codes.is_empty() {
        return out;
    }
    let mut i = 0;
    while let Some(off) = text[i..].find('<') {
        let at = i + off;
        match codes
            .iter()
            .find(|c| text[at..].starts_with(c.tag.as_str()))
        {
            Some(c) => {
                out.push((at, at + c.tag.len(), c));
                i = at + c.tag.len();
            }
            None => i = at + 1,
        }
    }
    out
}

/// `text` as XML content of `format`: literal text escaped with `escape`, each code written as
/// its markup — verbatim when it came from `format`, else `format`'s own equivalent. Paired
/// tags that do not nest properly in `text` (a translator moved one) are written as isolated
/// codes, so the output is always well-formed.
pub fn render<'t>(
    text: &'t str,
    codes: &[InlineCode],
    format: &str,
    escape: &dyn Fn(&str) -> Cow<'_, str>,
) -> Cow<'t, str> {
    let found = find(text, codes);
    if found.is_empty() {
        return match escape(text) {
            Cow::Borrowed(_) => Cow::Borrowed(text),
            Cow::Owned(s) => Cow::Owned(s),
        };
    }
    // Which tags pair up properly.
    let mut balanced = vec![false; found.len()];
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for (k, (_, _, c)) in found.iter().enumerate() {
        match shape(&c.tag) {
            Some((Shape::Open, n)) => stack.push((k, n)),
            Some((Shape::Close, n)) => {
                if let Some(pos) = stack.iter().rposition(|&(_, m)| m == n) {
                    // Anything opened after it and still open crosses this pair.
                    if pos + 1 == stack.len() {
                        balanced[stack[pos].0] = true;
                        balanced[k] = true;
                    }
                    stack.truncate(pos);
                }
            }
            _ => {}
        }
    }
    let mut out = String::with_capacity(text.len() + 32);
    let mut last = 0;
    for (k, &(s, e, c)) in found.iter().enumerate() {
        out.push_str(&escape(&text[last..s]));
        last = e;
        let (sh, n) = shape(&c.tag).unwrap_or((Shape::Standalone, 0));
        // A pair's markup only while the pair holds (an `ex` whose `bx` was dropped would point
        // at nothing): otherwise the format's isolated code.
        if c.format == format && (balanced[k] || sh == Shape::Standalone) {
            out.push_str(&c.xml);
            continue;
        }
        let b = balanced[k];
        if let Some(m) = native(c, n, format, b) {
            out.push_str(&m);
            continue;
        }
        let markup = match (format, sh, b) {
            (TMX, Shape::Standalone, _) => format!("<ph x=\"{n}\"/>"),
            (TMX, Shape::Open, true) => format!("<bpt i=\"{n}\"/>"),
            (TMX, Shape::Close, true) => format!("<ept i=\"{n}\"/>"),
            (TMX, Shape::Open, false) => format!("<it pos=\"begin\" x=\"{n}\"/>"),
            (TMX, Shape::Close, false) => format!("<it pos=\"end\" x=\"{n}\"/>"),
            (XLIFF12, Shape::Standalone, _) => format!("<x id=\"{n}\"/>"),
            (XLIFF12, Shape::Open, true) => format!("<g id=\"{n}\">"),
            (XLIFF12, Shape::Close, true) => "</g>".to_string(),
            (XLIFF12, Shape::Open, false) => format!("<bx id=\"{n}\"/>"),
            (XLIFF12, Shape::Close, false) => format!("<ex id=\"{n}\"/>"),
            (_, Shape::Standalone, _) => format!("<ph id=\"{n}\"/>"),
            (_, Shape::Open, true) => format!("<sc id=\"{n}\"/>"),
            (_, Shape::Close, true) => format!("<ec startRef=\"{n}\"/>"),
            (_, Shape::Open, false) => format!("<sc id=\"{n}\" isolated=\"yes\"/>"),
            (_, Shape::Close, false) => format!("<ec id=\"{n}\" isolated=\"yes\"/>"),
        };
        out.push_str(&markup);
    }
    out.push_str(&escape(&text[last..]));
    Cow::Owned(out)
}

/// A TMX code in XLIFF 1.2 or the other way round, where both have the element (`bpt`,
/// `ept`, `ph`, `it`: native code as content), keeping the content: only the attributes that
/// pair and number codes differ (TMX `i`/`x`, XLIFF 1.2 `id`/`rid`). None where there is no
/// such mapping.
fn native(c: &InlineCode, n: usize, format: &str, balanced: bool) -> Option<String> {
    if !matches!((c.format.as_str(), format), (TMX, XLIFF12) | (XLIFF12, TMX)) {
        return None;
    }
    let mut p = xml::Parser::new(&c.xml, "code").ok()?;
    let root = p.root().ok()?;
    let e = p.subtree(root).ok()?;
    let attrs: Vec<(String, String)> = match (e.local(), format) {
        ("bpt" | "ept", _) if !balanced => return None,
        ("bpt" | "ept", TMX) => vec![("i".into(), n.to_string())],
        ("bpt" | "ept", _) => vec![("id".into(), n.to_string()), ("rid".into(), n.to_string())],
        ("ph", TMX) => vec![("x".into(), n.to_string())],
        ("ph", _) => vec![("id".into(), n.to_string())],
        ("it", TMX) => {
            let pos = if e.attr("pos") == Some("close") {
                "end"
            } else {
                "begin"
            };
            vec![("pos".into(), pos.into()), ("x".into(), n.to_string())]
        }
        ("it", _) => {
            let pos = if e.attr("pos") == Some("end") {
                "close"
            } else {
                "open"
            };
            vec![("id".into(), n.to_string()), ("pos".into(), pos.into())]
        }
        _ => return None,
    };
    let mapped = Element {
        name: e.local().to_string(),
        attrs,
        children: e.children.clone(),
        line: e.line,
    };
    Some(element_xml(&mapped))
}

/// What differs between the codes of a source and of its translation: tags missing from the
/// translation, tags it adds, and whether the common ones come in another order.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Mismatch {
    pub missing: Vec<String>,
    pub added: Vec<String>,
    pub reordered: bool,
}

pub fn compare(source: &str, target: &str, codes: &[InlineCode]) -> Mismatch {
    let s: Vec<&str> = find(source, codes)
        .into_iter()
        .map(|(_, _, c)| c.tag.as_str())
        .collect();
    let t: Vec<&str> = find(target, codes)
        .into_iter()
        .map(|(_, _, c)| c.tag.as_str())
        .collect();
    let mut rest = t.clone();
    let mut missing = Vec::new();
    for tag in &s {
        match rest.iter().position(|x| x == tag) {
            Some(i) => {
                rest.remove(i);
            }
            None => missing.push(tag.to_string()),
        }
    }
    let added: Vec<String> = rest.iter().map(|x| x.to_string()).collect();
    let common_s: Vec<&&str> = s.iter().filter(|x| t.contains(x)).collect();
    let common_t: Vec<&&str> = t.iter().filter(|x| s.contains(x)).collect();
    Mismatch {
        reordered: missing.is_empty() && added.is_empty() && common_s != common_t,
        missing,
        added,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn el(src: &str) -> Element {
        let mut p = xml::Parser::new(src, "t").unwrap();
        let root = p.root().unwrap();
        p.subtree(root).unwrap()
    }

    #[test]
    fn shapes_and_find() {
        assert_eq!(shape("<x12/>"), Some((Shape::Standalone, 12)));
        assert_eq!(shape("<g3>"), Some((Shape::Open, 3)));
        assert_eq!(shape("</g3>"), Some((Shape::Close, 3)));
        assert_eq!(shape("<g>"), None);
        let codes = vec![InlineCode {
            tag: "<x2/>".into(),
            format: TMX.into(),
            xml: "<ph/>".into(),
        }];
        // A tag the list does not name is text.
        let f = find("a <x1/> b<x2/>c", &codes);
        assert_eq!(f.len(), 1);
        assert_eq!((f[0].0, f[0].1), (9, 14));
    }

    #[test]
    fn numbering_avoids_literal_tags_and_target_reuses_source_tags() {
        let s = el("<seg>a &lt;x1/&gt; <ph x=\"1\">&lt;br&gt;</ph>b</seg>");
        let t = el("<seg>c <ph x=\"1\">&lt;br&gt;</ph><ph x=\"9\"/></seg>");
        let mut c = Coder::new(TMX, &[&s, &t]);
        let a = c.standalone(element_xml(&s.elements().next().unwrap().clone()));
        assert_eq!(a, "<x2/>");
        c.target();
        let mut it = t.elements();
        let b = c.standalone(element_xml(it.next().unwrap()));
        let d = c.standalone(element_xml(it.next().unwrap()));
        assert_eq!((b.as_str(), d.as_str()), ("<x2/>", "<x3/>"));
        let codes = c.finish();
        assert_eq!(codes.len(), 2);
        assert_eq!(codes[0].xml, "<ph x=\"1\">&lt;br&gt;</ph>");
    }

    #[test]
    fn render_restores_or_translates_and_stays_well_formed() {
        let codes = vec![
            InlineCode {
                tag: "<g1>".into(),
                format: XLIFF12.into(),
                xml: "<g id=\"a\" ctype=\"bold\">".into(),
            },
            InlineCode {
                tag: "</g1>".into(),
                format: XLIFF12.into(),
                xml: "</g>".into(),
            },
        ];
        assert_eq!(
            render("x<g1>y & z</g1>", &codes, XLIFF12, &xml::text),
            "x<g id=\"a\" ctype=\"bold\">y &amp; z</g>"
        );
        assert_eq!(
            render("x<g1>y</g1>", &codes, TMX, &xml::text),
            "x<bpt i=\"1\"/>y<ept i=\"1\"/>"
        );
        // Moved out of order: isolated codes, still well-formed.
        assert_eq!(
            render("</g1>x<g1>", &codes, XLIFF12, &xml::text),
            "<ex id=\"1\"/>x<bx id=\"1\"/>"
        );
    }

    #[test]
    fn compare_names_what_differs() {
        let codes: Vec<InlineCode> = ["<x1/>", "<x2/>"]
            .iter()
            .map(|t| InlineCode {
                tag: t.to_string(),
                format: TMX.into(),
                xml: "<ph/>".into(),
            })
            .collect();
        assert_eq!(
            compare("a<x1/>b<x2/>", "a<x1/>b<x2/>", &codes),
            Mismatch::default()
        );
        let m = compare("a<x1/>b<x2/>", "a<x2/>b<x1/>", &codes);
        assert!(m.reordered);
        let m = compare("a<x1/>b<x2/>", "ab<x2/><x2/>", &codes);
        assert_eq!(m.missing, vec!["<x1/>"]);
        assert_eq!(m.added, vec!["<x2/>"]);
    }
}
