//! Which exchange format a file holds, told by its first bytes rather than its name: a TMX
//! saved as `.txt` or an XLIFF 1.2 named `.xliff12` is still read as what it is, and markup
//! tolk does not read (SDLXLIFF, HTML, any other XML) is refused instead of being imported as
//! prose.

use super::Format;

/// How many bytes at the start of a file [`sniff`] looks at.
pub const HEAD: usize = 8192;

/// What the start of a file says it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sniffed {
    /// An exchange format tolk reads.
    Format(Format),
    /// Markup or data tolk does not read; the text says what it looks like ("an SDL Trados
    /// SDLXLIFF file").
    Foreign(String),
    /// Nothing but text, as far as the head shows.
    Text,
}

/// Looks at the first bytes of a file (at most [`HEAD`]; a cut-off character at the end is
/// fine).
pub fn sniff(head: &[u8]) -> Sniffed {
    let head = &head[..head.len().min(HEAD)];
    let text = match std::str::from_utf8(head) {
        Ok(t) => t,
        Err(e) => std::str::from_utf8(&head[..e.valid_up_to()]).unwrap_or_default(),
    };
    let text = text.trim_start_matches('\u{feff}').trim_start();
    if text.starts_with('<') {
        return xml(text);
    }
    if looks_like_po(text) {
        return Sniffed::Format(Format::Po);
    }
    let first = text.lines().next().unwrap_or_default();
    if first == super::tsv::HEADER {
        return Sniffed::Format(Format::Tsv);
    }
    if first.starts_with('{')
        && serde_json::from_str::<serde_json::Value>(first)
            .ok()
            .is_some_and(|v| v.get("source").is_some() && v.get("id").is_some())
    {
        return Sniffed::Format(Format::Jsonl);
    }
    Sniffed::Text
}

/// A PO or POT catalogue: its first line that is neither blank nor a comment starts an entry.
fn looks_like_po(text: &str) -> bool {
    text.lines()
        .map(str::trim_start)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .is_some_and(|l| {
            ["msgid ", "msgctxt ", "msgid\t", "msgctxt\t"]
                .iter()
                .any(|k| l.starts_with(k))
        })
        // A text that merely starts with "msgid" is prose about gettext; an entry quotes.
        && text.contains("msgstr")
}

/// An XML document, by its root element.
fn xml(text: &str) -> Sniffed {
    let Some(root) = root_element(text) else {
        return Sniffed::Foreign(
            "markup whose root element does not show in its first 8 KiB".into(),
        );
    };
    let name = root
        .split(|c: char| c.is_whitespace() || c == '>' || c == '/')
        .next()
        .unwrap_or_default();
    let local = name.rsplit(':').next().unwrap_or(name).to_ascii_lowercase();
    match local.as_str() {
        "tmx" => Sniffed::Format(Format::Tmx),
        "xliff" if root.contains("sdl.com/FileTypes/SdlXliff") => Sniffed::Foreign(
            "an SDL Trados SDLXLIFF file (XLIFF 1.2 with Trados's own segmentation and \
             confirmation data, which tolk would drop); save it as plain XLIFF 1.2"
                .into(),
        ),
        "xliff" => Sniffed::Format(Format::Xliff),
        "html" => Sniffed::Foreign("an HTML page".into()),
        "" => Sniffed::Foreign("markup".into()),
        _ => Sniffed::Foreign(format!(
            "an XML file with root element <{}>",
            crate::text::excerpt(name, 40)
        )),
    }
}

/// The text of the root element's start tag (from its name), skipping the XML declaration,
/// comments, processing instructions and the DOCTYPE.
fn root_element(mut text: &str) -> Option<&str> {
    loop {
        text = text.trim_start();
        let rest = text.strip_prefix('<')?;
        if let Some(r) = rest.strip_prefix("!--") {
            text = &r[r.find("-->")? + 3..];
        } else if rest.starts_with('?') {
            text = &rest[rest.find("?>")? + 2..];
        } else if rest.starts_with('!') {
            // A DOCTYPE, perhaps with an internal subset in brackets.
            let end = match (rest.find('['), rest.find('>')) {
                (Some(b), Some(g)) if b < g => b + rest[b..].find("]>")? + 1,
                (_, Some(g)) => g,
                _ => return None,
            };
            text = &rest[end + 1..];
        } else {
            let end = rest.find('>').unwrap_or(rest.len());
            return Some(&rest[..end]);
        }
    }
}

/// The formats `import` reads, for messages that refuse something else.
pub const READABLE: &str = "plain text (.txt, any name), TMX 1.1–1.4b, XLIFF 1.1/1.2/2.x, \
     PO/POT, tolk's TSV and JSONL, and stand-off annotations (.annotations.jsonl)";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_formats_by_content() {
        let s = |t: &str| sniff(t.as_bytes());
        assert_eq!(
            s(
                "\u{feff}<?xml version=\"1.0\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx version=\"1.4\">"
            ),
            Sniffed::Format(Format::Tmx)
        );
        assert_eq!(
            s(
                "<?xml version=\"1.0\"?><!-- by po2xliff --><xliff version=\"1.1\" xmlns=\"urn:oasis:names:tc:xliff:document:1.1\">"
            ),
            Sniffed::Format(Format::Xliff)
        );
        assert_eq!(
            s(
                "<!DOCTYPE x [ <!ELEMENT a (b)> ]><x:xliff xmlns:x=\"urn:oasis:names:tc:xliff:document:2.0\">"
            ),
            Sniffed::Format(Format::Xliff)
        );
        assert!(matches!(
            s("<?xml version=\"1.0\"?><xliff xmlns:sdl=\"http://sdl.com/FileTypes/SdlXliff/1.0\" version=\"1.2\">"),
            Sniffed::Foreign(w) if w.contains("SDLXLIFF")
        ));
        assert!(
            matches!(s("<!DOCTYPE html><html lang=\"nl\">"), Sniffed::Foreign(w) if w.contains("HTML"))
        );
        assert!(
            matches!(s("<svg xmlns=\"http://www.w3.org/2000/svg\">"), Sniffed::Foreign(w) if w.contains("<svg>"))
        );
        assert_eq!(
            s("# Dutch translation of sed.\n#\nmsgid \"\"\nmsgstr \"\"\n\"Language: nl\\n\"\n"),
            Sniffed::Format(Format::Po)
        );
        assert_eq!(
            s("{\"id\":\"d:1\",\"doc\":\"d\",\"source\":\"x\"}\n"),
            Sniffed::Format(Format::Jsonl)
        );
        assert_eq!(
            s(&format!(
                "{}\nd:1\tx\t\tuntranslated\n",
                crate::formats::tsv::HEADER
            )),
            Sniffed::Format(Format::Tsv)
        );
    }

    #[test]
    fn prose_stays_prose() {
        let s = |t: &str| sniff(t.as_bytes());
        assert_eq!(
            s("Libië, Moskou en de wapens.\n\nDe Russische steun."),
            Sniffed::Text
        );
        assert_eq!(
            s("msgid is the gettext keyword for a source string."),
            Sniffed::Text
        );
        assert_eq!(s("{ geen json }"), Sniffed::Text);
        assert_eq!(s(""), Sniffed::Text);
        // A head cut inside a character is still looked at.
        let mut cut = "<tmx version=\"1.4\">é".as_bytes().to_vec();
        cut.pop();
        assert_eq!(sniff(&cut), Sniffed::Format(Format::Tmx));
    }
}
