//! XML plumbing shared by the TMX and XLIFF modules: escaping for the writers, and a hardened
//! streaming pull parser on quick-xml for the readers. The parser never expands entities (only
//! the five predefined ones and character references are decoded), refuses DTDs that declare
//! entities, checks UTF-8 as the bytes stream in, bounds input size, event and element size and
//! depth, and names the line of every error.

use super::text::{Checked, Failure};
use crate::error::{Error, Result};
use quick_xml::events::{BytesStart, Event};
use quick_xml::reader::Reader;
use std::borrow::Cow;
use std::io::{BufRead, Read};

/// Largest input a reader accepts. The parser streams, so memory does not depend on it (the
/// element and event limits bound that); it stops an endless input (a pipe, a device) from
/// filling the disk. A million richly annotated XLIFF units take well over 1 GiB, so the bound
/// is set far above any real exchange file.
pub const MAX_INPUT: usize = 16 << 30;
/// Largest single element a reader collects (one `tu`, `unit`, `trans-unit` …), and largest
/// single event (text run, tag) the parser buffers.
pub const MAX_ELEMENT: usize = 64 << 20;
/// Deepest element nesting a reader accepts; real exchange files nest a dozen levels at most.
pub const MAX_DEPTH: usize = 256;

/// Whether XML 1.0 can carry `c` at all, even as a character reference.
pub fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Escapes element content. Besides `& < >`, a carriage return is written as `&#13;` (a parser
/// would otherwise turn it into a line feed) and characters XML 1.0 cannot represent become
/// U+FFFD, so the output is always well-formed.
pub fn text(s: &str) -> Cow<'_, str> {
    escape(s, false)
}

/// Escapes an attribute value: as [`text`], plus quotes, and tab and line feed as character
/// references so attribute-value normalisation cannot turn them into spaces.
pub fn attr(s: &str) -> Cow<'_, str> {
    escape(s, true)
}

fn escape(s: &str, attr: bool) -> Cow<'_, str> {
    if !needs_escape(s.as_bytes(), attr) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    // The runs of characters that stay as they are are copied whole; only the characters
    // that change are looked at one by one.
    let mut run = 0;
    for (i, c) in s.char_indices() {
        let with = match c {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '\r' => "&#13;",
            '"' if attr => "&quot;",
            '\'' if attr => "&apos;",
            '\t' if attr => "&#9;",
            '\n' if attr => "&#10;",
            c if !is_xml_char(c) => "\u{FFFD}",
            _ => continue,
        };
        out.push_str(&s[run..i]);
        out.push_str(with);
        run = i + c.len_utf8();
    }
    out.push_str(&s[run..]);
    Cow::Owned(out)
}

/// Whether [`escape`] changes anything, by a scan of the bytes (exports spend much of their
/// time here): markup characters, C0 controls, and U+FFFE/U+FFFF (`EF BF BE`/`EF BF BF`),
/// the only characters of a Rust string outside XML 1.0's `Char` besides the controls.
fn needs_escape(b: &[u8], attr: bool) -> bool {
    /// Bytes that may need escaping: 1 in text and attributes, 2 in attributes only, 3 the
    /// lead byte of U+FFFE/U+FFFF (which then needs its next two bytes checked).
    const CLASS: [u8; 256] = {
        let mut t = [0u8; 256];
        let mut c = 0;
        while c < 0x20 {
            t[c] = 1;
            c += 1;
        }
        t[b'&' as usize] = 1;
        t[b'<' as usize] = 1;
        t[b'>' as usize] = 1;
        t[b'"' as usize] = 2;
        t[b'\'' as usize] = 2;
        t[b'\t' as usize] = 2;
        t[b'\n' as usize] = 2;
        t[0xEF] = 3;
        t
    };
    // Sixteen, then eight bytes at a time first: plain text has none of the bytes that may
    // need escaping, and a block without any is passed over in a few instructions. The first
    // block that may hold one is looked at byte by byte from there on.
    let mut i = clean_blocks(b, attr);
    while i + 8 <= b.len() {
        let word = u64::from_le_bytes(b[i..i + 8].try_into().expect("eight bytes"));
        if may_need_escape(word, attr) {
            break;
        }
        i += 8;
    }
    while i < b.len() {
        match CLASS[b[i] as usize] {
            0 => {}
            1 => return true,
            2 if attr => return true,
            3 if b.get(i + 1) == Some(&0xBF) && matches!(b.get(i + 2), Some(0xBE | 0xBF)) => {
                return true;
            }
            _ => {}
        }
        i += 1;
    }
    false
}

/// How many bytes at the start of `b`, in whole blocks of sixteen, certainly need no escaping:
/// none of them is a control character, `& < >`, the lead byte 0xEF, or in attributes `"`
/// and `'` (SSE2, which every x86-64 processor has).
#[cfg(target_arch = "x86_64")]
fn clean_blocks(b: &[u8], attr: bool) -> usize {
    use std::arch::x86_64::*;
    let mut i = 0;
    // SAFETY: SSE2 is part of the x86-64 baseline, and every load reads sixteen bytes inside
    // `b` (unaligned loads, `i + 16 <= b.len()`).
    unsafe {
        let splat = |c: u8| _mm_set1_epi8(c as i8);
        let (amp, lt, gt, ef, quot, apos) = (
            splat(b'&'),
            splat(b'<'),
            splat(b'>'),
            splat(0xEF),
            splat(b'"'),
            splat(b'\''),
        );
        let below = splat(0x1F);
        while i + 16 <= b.len() {
            let x = _mm_loadu_si128(b.as_ptr().add(i).cast());
            // A byte no greater than 0x1F (unsigned) is its own minimum with 0x1F.
            let mut m = _mm_cmpeq_epi8(_mm_min_epu8(x, below), x);
            m = _mm_or_si128(m, _mm_cmpeq_epi8(x, amp));
            m = _mm_or_si128(m, _mm_cmpeq_epi8(x, lt));
            m = _mm_or_si128(m, _mm_cmpeq_epi8(x, gt));
            m = _mm_or_si128(m, _mm_cmpeq_epi8(x, ef));
            if attr {
                m = _mm_or_si128(m, _mm_cmpeq_epi8(x, quot));
                m = _mm_or_si128(m, _mm_cmpeq_epi8(x, apos));
            }
            if _mm_movemask_epi8(m) != 0 {
                break;
            }
            i += 16;
        }
    }
    i
}

#[cfg(not(target_arch = "x86_64"))]
fn clean_blocks(_b: &[u8], _attr: bool) -> usize {
    0
}

/// Whether any of the eight bytes of `word` may need escaping ([`needs_escape`]'s classes):
/// a control character, `& < >`, the lead byte 0xEF, and in attributes `"` and `'`. Exact
/// for "none"; a word it flags is looked at byte by byte.
fn may_need_escape(word: u64, attr: bool) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // A byte of `x` is zero ⇒ its high bit is set in the result (and the result is zero when
    // no byte is).
    let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    let is = |c: u8| zero(word ^ (ONES * c as u64));
    // Bytes below 0x20 (the controls): of the bytes below 0x80, exactly those.
    let control = word.wrapping_sub(ONES * 0x20) & !word & HIGH;
    let mut found = control | is(b'&') | is(b'<') | is(b'>') | is(0xEF);
    if attr {
        found |= is(b'"') | is(b'\'');
    }
    found != 0
}

/// An element read from the input with its attributes (values decoded) and, once collected
/// with [`Parser::subtree`], its content.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Element {
    /// The name as written, prefix included (`xml:lang` style names stay intact).
    pub name: String,
    pub attrs: Vec<(String, String)>,
    pub children: Vec<Node>,
    /// 1-based line of the start tag.
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Element(Element),
    Text(String),
}

impl Element {
    /// The name without its namespace prefix.
    pub fn local(&self) -> &str {
        local(&self.name)
    }

    /// The value of the attribute written exactly as `name` (e.g. `xml:lang`, `tolk:paragraph`).
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Child elements, in order.
    pub fn elements(&self) -> impl Iterator<Item = &Element> {
        self.children.iter().filter_map(|n| match n {
            Node::Element(e) => Some(e),
            Node::Text(_) => None,
        })
    }

    /// Child elements with local name `name`.
    pub fn children_named<'s>(&'s self, name: &'s str) -> impl Iterator<Item = &'s Element> {
        self.elements().filter(move |e| e.local() == name)
    }

    /// The first child element with local name `name`.
    pub fn child<'s>(&'s self, name: &'s str) -> Option<&'s Element> {
        self.children_named(name).next()
    }

    /// All text inside, at any depth.
    pub fn text(&self) -> String {
        let mut out = String::new();
        collect_text(self, &mut out);
        out
    }
}

fn collect_text(e: &Element, out: &mut String) {
    for n in &e.children {
        match n {
            Node::Text(t) => out.push_str(t),
            Node::Element(c) => collect_text(c, out),
        }
    }
}

/// The part of a qualified name after its prefix.
pub fn local(name: &str) -> &str {
    name.rsplit_once(':').map_or(name, |(_, l)| l)
}

/// What [`Parser::next_item`] yields. Empty elements come as a `Start` followed by an `End`.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// A start tag, with attributes but no children yet.
    Start(Element),
    End,
    Text(String),
    Eof,
}

/// Size limits of a [`Parser`]; the defaults are the module constants.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub input: usize,
    pub element: usize,
    pub depth: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            input: MAX_INPUT,
            element: MAX_ELEMENT,
            depth: MAX_DEPTH,
        }
    }
}

/// A pull parser reading a document from a stream ([`Parser::from_reader`]) or from text in
/// memory ([`Parser::new`]). Readers walk the outer structure item by item and collect one unit
/// at a time with [`Parser::subtree`], so memory stays proportional to the largest unit, not
/// to the file.
///
/// The bytes pass through a [`Checked`] input first: invalid UTF-8, a NUL byte or an empty
/// file are refused with the byte offset and line of the problem, the input as a whole is
/// capped at [`Limits::input`], and no single event (a text run, a tag, a comment, a DOCTYPE)
/// may exceed [`Limits::element`] — quick-xml buffers an event whole before returning it, so
/// that cap is what keeps a hostile file from making it buffer gigabytes.
pub struct Parser<'a> {
    reader: Reader<Checked<Box<dyn Read + 'a>>>,
    /// quick-xml's event buffer, reused from event to event.
    buf: Vec<u8>,
    label: &'a str,
    /// The kind of file, for errors (`Error::Invalid::what`): "tmx", "xliff", or "xml".
    what: &'static str,
    limits: Limits,
    /// Open elements: name and line of the start tag.
    open: Vec<(String, usize)>,
    seen_root: bool,
}

/// An event buffer grown past this by a large event is released afterwards, so one long text
/// does not pin its size for the rest of the file.
const KEEP_BUFFER: usize = 1 << 20;

impl<'a> Parser<'a> {
    /// A parser of a document held in memory.
    pub fn new(src: &'a str, label: &'a str) -> Result<Self> {
        Self::with_limits(src, label, Limits::default())
    }

    pub fn with_limits(src: &'a str, label: &'a str, limits: Limits) -> Result<Self> {
        Ok(Self::from_reader_with_limits(
            Box::new(src.as_bytes()),
            label,
            limits,
        ))
    }

    /// A parser reading from `input`, which it checks as it goes (see [`Parser`]).
    pub fn from_reader(input: &'a mut dyn BufRead, label: &'a str) -> Self {
        Self::from_reader_with_limits(Box::new(input), label, Limits::default())
    }

    fn from_reader_with_limits(input: Box<dyn Read + 'a>, label: &'a str, limits: Limits) -> Self {
        let checked = Checked::new(input, label).with_max_size(limits.input as u64);
        let mut reader = Reader::from_reader(checked);
        let config = reader.config_mut();
        config.expand_empty_elements = true;
        config.check_end_names = true;
        config.trim_text(false);
        Parser {
            reader,
            buf: Vec::new(),
            label,
            what: "xml",
            limits,
            open: Vec::new(),
            seen_root: false,
        }
    }

    /// Names the kind of file in errors (the format being read).
    pub fn reading(mut self, what: &'static str) -> Self {
        self.what = what;
        self
    }

    /// 1-based line of byte offset `pos` (as [`quick_xml::Reader::buffer_position`] counts),
    /// for offsets inside the event being read.
    pub fn line_of(&self, pos: usize) -> usize {
        self.reader.get_ref().line_at(pos as u64)
    }

    /// An input error naming the file and the line of byte offset `pos`.
    pub fn error_at(&self, pos: usize, msg: &str) -> Error {
        self.error_line(self.line_of(pos), msg)
    }

    /// An input error at a known line.
    pub fn error_line(&self, line: usize, msg: &str) -> Error {
        Error::invalid(self.what, format!("{} line {line}: {msg}", self.label))
    }

    /// An input error at the line being read (the end of the input, once it is reached).
    fn error_here(&self, msg: &str) -> Error {
        self.error_line(self.reader.get_ref().line(), msg)
    }

    fn pos(&self) -> usize {
        usize::try_from(self.reader.buffer_position()).unwrap_or(usize::MAX)
    }

    /// The root element's start tag; anything but a root element before it is an error.
    pub fn root(&mut self) -> Result<Element> {
        loop {
            match self.next_item()? {
                Item::Start(e) => return Ok(e),
                Item::Text(_) | Item::End => {}
                Item::Eof => return Err(self.error_here("no XML root element found")),
            }
        }
    }

    /// The next item of the document.
    pub fn next_item(&mut self) -> Result<Item> {
        // The event borrows the buffer, and handling it needs `self`: lend the buffer out.
        let mut buf = std::mem::take(&mut self.buf);
        let item = self.next_item_into(&mut buf);
        buf.clear();
        if buf.capacity() > KEEP_BUFFER {
            buf = Vec::new();
        }
        self.buf = buf;
        item
    }

    fn next_item_into(&mut self, buf: &mut Vec<u8>) -> Result<Item> {
        loop {
            buf.clear();
            let start = self.pos();
            self.reader.get_mut().mark(self.limits.element as u64);
            let event = match self.reader.read_event_into(buf) {
                Ok(ev) => ev,
                Err(e) => return Err(self.read_error(start, &e)),
            };
            match event {
                Event::Decl(_) | Event::PI(_) | Event::Comment(_) => {}
                Event::DocType(d) => {
                    let body = d.into_inner();
                    if contains_ignore_case(&body, "<!ENTITY") {
                        return Err(self.error_at(
                            start,
                            "the DOCTYPE declares entities (<!ENTITY …>); tolk refuses such files \
                             because entity expansion can exhaust memory or read local files",
                        ));
                    }
                }
                Event::Start(e) => {
                    let line = self.line_of(start);
                    let element = self.start_element(&e, line)?;
                    if self.open.is_empty() && self.seen_root {
                        return Err(self.error_line(line, "more than one root element"));
                    }
                    if self.open.len() >= self.limits.depth {
                        return Err(self.error_line(
                            line,
                            &format!("elements nest deeper than {} levels", self.limits.depth),
                        ));
                    }
                    self.seen_root = true;
                    self.open.push((element.name.clone(), line));
                    return Ok(Item::Start(element));
                }
                Event::End(_) => {
                    self.open.pop();
                    return Ok(Item::End);
                }
                Event::Text(t) => {
                    let t = t.xml10_content().into_owned();
                    return self.text_item(start, t);
                }
                Event::CData(t) => {
                    let t = t.xml10_content().into_owned();
                    return self.text_item(start, t);
                }
                Event::GeneralRef(r) => {
                    let c = self.reference(start, &r)?;
                    return self.text_item(start, c.to_string());
                }
                Event::Empty(_) => {
                    // Never produced: `expand_empty_elements` turns `<a/>` into Start and End.
                    return Err(self.error_at(start, "unexpected empty element"));
                }
                Event::Eof => {
                    if let Some((name, line)) = self.open.last() {
                        let msg = format!(
                            "unexpected end of file: <{name}> opened at line {line} is never \
                             closed (is the file truncated?)"
                        );
                        return Err(self.error_here(&msg));
                    }
                    if !self.seen_root {
                        return Err(self.error_here("no XML root element found"));
                    }
                    return Ok(Item::Eof);
                }
            }
        }
    }

    /// The error for a failed read: the input check's own message when the bytes were refused
    /// or a limit was reached, else quick-xml's, at the line where it found the problem.
    fn read_error(&self, start: usize, e: &quick_xml::Error) -> Error {
        match self.reader.get_ref().failure() {
            Some(Failure::Input(msg)) => Error::invalid("file", msg.clone()),
            Some(Failure::TooLarge { line }) => self.error_line(
                *line,
                &format!(
                    "input is larger than {}; tolk reads exchange files up to that size",
                    human_size(self.limits.input)
                ),
            ),
            Some(Failure::OverBudget) => self.error_at(
                start,
                &format!(
                    "text or markup larger than {} in one piece; is this really a translation \
                     file?",
                    human_size(self.limits.element)
                ),
            ),
            None => {
                let at = usize::try_from(self.reader.error_position()).unwrap_or(usize::MAX);
                self.error_at(at, &describe(e))
            }
        }
    }

    fn text_item(&self, start: usize, t: String) -> Result<Item> {
        if let Some(c) = t.chars().find(|c| !is_xml_char(*c)) {
            return Err(self.error_at(
                start,
                &format!("character U+{:04X} is not allowed in XML", c as u32),
            ));
        }
        if self.open.is_empty() && !t.trim().is_empty() {
            return Err(self.error_at(start, "text outside the root element"));
        }
        Ok(Item::Text(t))
    }

    /// Decodes `&name;`: a character reference or one of the five predefined entities, nothing
    /// else — tolk never expands entities declared in a DTD.
    fn reference(&self, start: usize, r: &quick_xml::events::BytesRef<'_>) -> Result<char> {
        let name: &str = r;
        if r.is_char_ref() {
            return match r.resolve_char_ref() {
                Ok(Some(c)) if is_xml_char(c) => Ok(c),
                _ => Err(self.error_at(
                    start,
                    &format!("invalid character reference &{name}; (not a character XML allows)"),
                )),
            };
        }
        match quick_xml::escape::resolve_predefined_entity(name).and_then(|s| s.chars().next()) {
            Some(c) => Ok(c),
            None => Err(self.error_at(
                start,
                &format!(
                    "undefined entity &{name}; (tolk decodes only &lt; &gt; &amp; &quot; &apos; \
                     and character references)"
                ),
            )),
        }
    }

    fn start_element(&self, e: &BytesStart<'_>, line: usize) -> Result<Element> {
        let name = e.name().as_ref().to_string();
        let mut attrs = Vec::new();
        for a in e.attributes() {
            let a = a.map_err(|err| {
                self.error_line(line, &format!("bad attribute in <{name}>: {err}"))
            })?;
            let key = a.key.as_ref().to_string();
            let value = a
                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map_err(|err| {
                    self.error_line(
                        line,
                        &format!(
                            "bad value of attribute {key} in <{name}>: {}",
                            describe(&err)
                        ),
                    )
                })?
                .into_owned();
            if let Some(c) = value.chars().find(|c| !is_xml_char(*c)) {
                return Err(self.error_line(
                    line,
                    &format!(
                        "attribute {key} in <{name}> contains U+{:04X}, which XML does not allow",
                        c as u32
                    ),
                ));
            }
            attrs.push((key, value));
        }
        Ok(Element {
            name,
            attrs,
            children: Vec::new(),
            line,
        })
    }

    /// Reads the content of `start` (just returned by [`Parser::next_item`]) up to its end tag.
    pub fn subtree(&mut self, start: Element) -> Result<Element> {
        let begin = self.pos();
        let mut stack = vec![start];
        loop {
            let item = self.next_item()?;
            if self.pos() - begin > self.limits.element {
                let (name, line) = (&stack[0].name, stack[0].line);
                return Err(self.error_line(
                    line,
                    &format!(
                        "element <{name}> is larger than {}; is this really a translation unit?",
                        human_size(self.limits.element)
                    ),
                ));
            }
            match item {
                Item::Start(e) => stack.push(e),
                Item::Text(t) => {
                    if let Some(top) = stack.last_mut() {
                        match top.children.last_mut() {
                            Some(Node::Text(prev)) => prev.push_str(&t),
                            _ => top.children.push(Node::Text(t)),
                        }
                    }
                }
                Item::End => {
                    let Some(done) = stack.pop() else {
                        return Err(self.error_here("end tag without a start tag"));
                    };
                    match stack.last_mut() {
                        Some(parent) => parent.children.push(Node::Element(done)),
                        None => return Ok(done),
                    }
                }
                // next_item() reports unclosed elements at the end of the file.
                Item::Eof => return Err(self.error_here("unexpected end of file")),
            }
        }
    }
}

fn contains_ignore_case(haystack: &str, needle: &str) -> bool {
    haystack
        .as_bytes()
        .windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

fn human_size(bytes: usize) -> String {
    if bytes >= 1 << 30 && bytes.is_multiple_of(1 << 30) {
        format!("{} GiB", bytes >> 30)
    } else if bytes >= 1 << 20 && bytes.is_multiple_of(1 << 20) {
        format!("{} MiB", bytes >> 20)
    } else {
        format!("{bytes} bytes")
    }
}

/// quick-xml's messages, made to read as one plain sentence.
fn describe(e: &quick_xml::Error) -> String {
    use quick_xml::errors::{IllFormedError, SyntaxError};
    match e {
        quick_xml::Error::IllFormed(IllFormedError::MismatchedEndTag { expected, found }) => {
            format!("end tag </{found}> does not match the open element <{expected}>")
        }
        quick_xml::Error::IllFormed(IllFormedError::UnmatchedEndTag(name)) => {
            format!("end tag </{name}> without a start tag")
        }
        quick_xml::Error::IllFormed(IllFormedError::UnclosedReference) => {
            "a bare '&' (write &amp; for an ampersand)".to_string()
        }
        quick_xml::Error::Syntax(
            SyntaxError::UnclosedTag
            | SyntaxError::UnclosedComment
            | SyntaxError::UnclosedCData
            | SyntaxError::UnclosedDoctype
            | SyntaxError::UnclosedPI
            | SyntaxError::UnclosedXmlDecl
            | SyntaxError::UnclosedSingleQuotedAttributeValue
            | SyntaxError::UnclosedDoubleQuotedAttributeValue,
        ) => format!("not well-formed XML: {e} (is the file truncated?)"),
        _ => format!("not well-formed XML: {e}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_all(src: &str) -> Result<Element> {
        let mut p = Parser::new(src, "t.xml")?;
        let root = p.root()?;
        let tree = p.subtree(root)?;
        assert_eq!(p.next_item()?, Item::Eof);
        Ok(tree)
    }

    fn err(src: &str) -> String {
        parse_all(src).unwrap_err().to_string()
    }

    #[test]
    fn the_word_scan_finds_what_the_byte_scan_finds() {
        // Whether a string needs escaping, decided character by character.
        let slow = |s: &str, attr: bool| {
            s.chars().any(|c| {
                matches!(c, '&' | '<' | '>' | '\r')
                    || (attr && matches!(c, '"' | '\'' | '\t' | '\n'))
                    || !is_xml_char(c)
            })
        };
        let chars = [
            'a',
            '&',
            '<',
            '>',
            '"',
            '\'',
            '\t',
            '\n',
            '\r',
            '\u{1}',
            '\u{1F}',
            ' ',
            '\u{7F}',
            'é',
            '\u{F000}',
            '\u{FFFD}',
            '\u{FFFE}',
            '\u{FFFF}',
            '\u{EFBF}',
            '\u{10000}',
        ];
        for len in [1, 7, 8, 9, 15, 16, 17, 24, 31, 32, 33, 40] {
            for at in 0..len {
                for &c in &chars {
                    let s: String = (0..len).map(|i| if i == at { c } else { 'x' }).collect();
                    for attr in [false, true] {
                        assert_eq!(
                            needs_escape(s.as_bytes(), attr),
                            slow(&s, attr),
                            "{s:?} attr={attr}"
                        );
                    }
                }
            }
        }
        // A byte that only looks suspicious early on must not hide a real one later.
        assert!(needs_escape("\n.......x<".as_bytes(), false));
        assert!(needs_escape(
            "\n..............................<".as_bytes(),
            false
        ));
        assert!(!needs_escape(
            "\u{F000}\u{F000}\u{F000}\u{F000}".as_bytes(),
            false
        ));
    }

    #[test]
    fn escaping_copies_runs_and_replaces_what_it_must() {
        // Character by character, as the escaping was first written.
        let slow = |s: &str, attr: bool| {
            let mut out = String::new();
            for c in s.chars() {
                match c {
                    '&' => out.push_str("&amp;"),
                    '<' => out.push_str("&lt;"),
                    '>' => out.push_str("&gt;"),
                    '\r' => out.push_str("&#13;"),
                    '"' if attr => out.push_str("&quot;"),
                    '\'' if attr => out.push_str("&apos;"),
                    '\t' if attr => out.push_str("&#9;"),
                    '\n' if attr => out.push_str("&#10;"),
                    c if !is_xml_char(c) => out.push('\u{FFFD}'),
                    c => out.push(c),
                }
            }
            out
        };
        for s in [
            "{\"a\":\"b & c\",\"d\":[1,2]}",
            "é<ü>\u{FFFE}x\u{1}y\u{FFFF}\r\n\t'\"",
            "&",
            "plain text, long enough to take the block scan first <",
            "\u{10000}\u{F000}\u{FFFD}&amp;",
        ] {
            for attr in [false, true] {
                let got = if attr { super::attr(s) } else { text(s) };
                assert_eq!(got, slow(s, attr), "{s:?} attr={attr}");
            }
        }
    }

    #[test]
    fn escaping_covers_markup_quotes_and_whitespace() {
        assert_eq!(text("a<b>&c\"'"), "a&lt;b&gt;&amp;c\"'");
        assert_eq!(text("cr\rlf\ntab\t"), "cr&#13;lf\ntab\t");
        assert_eq!(
            attr("\"x\" & 'y'\t\n"),
            "&quot;x&quot; &amp; &apos;y&apos;&#9;&#10;"
        );
        assert_eq!(text("bell\u{7}\u{FFFE}"), "bell\u{FFFD}\u{FFFD}");
        assert!(matches!(text("plain ünïcödé 😀"), Cow::Borrowed(_)));
    }

    #[test]
    fn escaped_text_parses_back_exactly() {
        let s = "x <script>alert(\"&\")</script> 'q'\t\r\n]]> --";
        let a = "v \"&\" 'x'\t\r\n<>";
        let doc = format!("<r a=\"{}\">{}</r>", attr(a), text(s));
        let tree = parse_all(&doc).unwrap();
        assert_eq!(tree.text(), s);
        assert_eq!(tree.attr("a"), Some(a));
    }

    #[test]
    fn tree_cdata_and_refs() {
        let tree =
            parse_all("<?xml version=\"1.0\"?>\n<!-- c -->\n<r xml:lang=\"nl\"><a>x &amp; &#x263A;<![CDATA[<y>]]></a><b/></r>")
                .unwrap();
        assert_eq!(tree.attr("xml:lang"), Some("nl"));
        let a = tree.child("a").unwrap();
        assert_eq!(a.children, vec![Node::Text("x & ☺<y>".into())]);
        assert_eq!(a.line, 3);
        assert!(tree.child("b").unwrap().children.is_empty());
    }

    #[test]
    fn refuses_entity_declarations() {
        let laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n <!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">\n]>\n<lolz>&lol2;</lolz>";
        let e = err(laughs);
        assert!(
            e.starts_with("t.xml line 2: the DOCTYPE declares entities"),
            "{e}"
        );
        let xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<r>&xxe;</r>";
        assert!(err(xxe).contains("declares entities"));
        // Without a declaration, an unknown entity is an error, never a lookup.
        let e = err("<r>\n&xxe;</r>");
        assert!(e.starts_with("t.xml line 2: undefined entity &xxe;"), "{e}");
        // An external DTD is never fetched; the document itself reads fine.
        let ok = parse_all("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\"><r>x</r>").unwrap();
        assert_eq!(ok.text(), "x");
    }

    #[test]
    fn broken_references_and_characters() {
        for bad in [
            "&#xD800;",
            "&#0;",
            "&#1;",
            "&#x110000;",
            "&#xFFFE;",
            "&#;",
            "&#xZZ;",
        ] {
            let e = err(&format!("<r>\n\n{bad}</r>"));
            assert!(
                e.starts_with("t.xml line 3: invalid character reference"),
                "{bad}: {e}"
            );
        }
        assert!(err("<r a=\"&#xD800;\"/>").contains("bad value of attribute a"));
        assert!(err("<r>\u{1}</r>").contains("U+0001 is not allowed"));
        assert!(err("<r>a & b</r>").contains("bare '&'"));
    }

    #[test]
    fn truncated_and_malformed() {
        let e = err("<r>\n  <tu>\n    <seg>text");
        assert!(
            e.starts_with("t.xml line 3: unexpected end of file: <seg> opened at line 3"),
            "{e}"
        );
        let e = err("<r>\n<tu tuid=\"x");
        assert!(
            e.starts_with("t.xml line 2:") && e.contains("truncated"),
            "{e}"
        );
        let e = err("<r>\n<a></b></r>");
        assert!(
            e.starts_with("t.xml line 2: end tag </b> does not match"),
            "{e}"
        );
        assert_eq!(err(""), "t.xml: file is empty (no text to import)");
        assert!(err("   \n ").contains("file is empty"));
        assert!(err("<!-- c -->\n").contains("line 2: no XML root element"));
        assert!(err("<r/><s/>").contains("more than one root"));
        assert!(err("<r/>junk").contains("text outside the root"));
    }

    /// A reader handing out a few bytes at a time, so events straddle every buffer boundary.
    struct Trickle<'a>(&'a [u8]);

    impl std::io::Read for Trickle<'_> {
        fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
            let n = 3.min(out.len()).min(self.0.len());
            out[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    fn stream_err(bytes: &[u8]) -> String {
        let mut input = std::io::BufReader::with_capacity(5, Trickle(bytes));
        let mut p = Parser::from_reader(&mut input, "s.xml");
        let r = p.root().and_then(|root| p.subtree(root));
        r.unwrap_err().to_string()
    }

    #[test]
    fn streams_with_lines_and_utf8_checked() {
        let src = "\u{FEFF}<?xml version=\"1.0\"?>\r\n<r>\r\n <a x=\"1\">één\r\ntwee</a>\n\n<b>&amp;</b></r>\n";
        let mut input = std::io::BufReader::with_capacity(5, Trickle(src.as_bytes()));
        let mut p = Parser::from_reader(&mut input, "s.xml");
        let root = p.root().unwrap();
        assert_eq!(root.line, 2);
        let tree = p.subtree(root).unwrap();
        assert_eq!(p.next_item().unwrap(), Item::Text("\n".into()));
        assert_eq!(p.next_item().unwrap(), Item::Eof);
        let a = tree.child("a").unwrap();
        assert_eq!((a.line, a.text().as_str()), (3, "één\ntwee"));
        assert_eq!(tree.child("b").unwrap().line, 6);
        let e = stream_err(b"<r>\n<a>caf\xE9</a></r>");
        assert_eq!(
            e,
            "s.xml: not valid UTF-8 at byte offset 10 (line 2); convert it with e.g. `iconv -f latin1 -t utf-8`"
        );
        let e = stream_err(b"<r>\n\n<a>x\0</a></r>");
        assert!(e.contains("NUL byte at byte offset 9 (line 3)"), "{e}");
        let e = stream_err(b"<r>\n<tu>\n<tuv\n  xml:lang=\"nl\"><seg>half");
        assert!(
            e.starts_with("s.xml line 4: unexpected end of file: <seg> opened at line 4"),
            "{e}"
        );
        let e = stream_err(b"<r>\n<tu\n a=\"1\"\n b=\"2");
        assert!(
            e.starts_with("s.xml line 2:") && e.contains("truncated"),
            "{e}"
        );
    }

    #[test]
    fn limits_name_the_line() {
        let small = Limits {
            input: 10,
            element: 1 << 20,
            depth: 8,
        };
        let mut p = Parser::with_limits("<r>\n\n\n</r>...", "t.xml", small).unwrap();
        let root = p.root().unwrap();
        let e = p
            .subtree(root)
            .and_then(|_| p.next_item())
            .unwrap_err()
            .to_string();
        assert_eq!(
            e,
            "t.xml line 4: input is larger than 10 bytes; tolk reads exchange files up to that size"
        );
        let limits = Limits {
            input: 1 << 20,
            element: 64,
            depth: 8,
        };
        let big = format!("<r>\n<tu>{}</tu></r>", "<x>y</x>".repeat(30));
        let mut p = Parser::with_limits(&big, "t.xml", limits).unwrap();
        p.root().unwrap();
        let Item::Text(_) = p.next_item().unwrap() else {
            panic!()
        };
        let Item::Start(tu) = p.next_item().unwrap() else {
            panic!()
        };
        let e = p.subtree(tu).unwrap_err().to_string();
        assert!(
            e.starts_with("t.xml line 2: element <tu> is larger than 64 bytes"),
            "{e}"
        );
        let long_text = format!("<r>\n\n{}</r>", "y".repeat(100));
        let mut p = Parser::with_limits(&long_text, "t.xml", limits).unwrap();
        p.root().unwrap();
        let e = p.next_item().unwrap_err().to_string();
        assert!(
            e.starts_with("t.xml line 1: text or markup larger than 64 bytes"),
            "{e}"
        );
        let deep = format!("{}{}", "<a>".repeat(20), "</a>".repeat(20));
        let mut p = Parser::with_limits(&deep, "t.xml", limits).unwrap();
        let root = p.root().unwrap();
        assert!(
            p.subtree(root)
                .unwrap_err()
                .to_string()
                .contains("nest deeper than 8")
        );
    }
}
