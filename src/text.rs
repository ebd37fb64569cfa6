//! Leaf text utilities, one meaning each: what may reach a terminal (`clean`, `one_line`) and
//! what must stay on one line inside a file format (`controls_to_spaces`, `breaks_to_spaces`).
//! Depends on nothing else in the crate.

use std::borrow::Cow;

/// Removes terminal control characters (C0 but tab and newline, DEL, C1, and bidi overrides
/// that can disguise text), so that text from files cannot drive the terminal.
pub fn clean(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.chars().filter(|c| !is_unsafe(*c)).collect())
}

fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// [`clean`], with newlines and tabs folded into spaces: for one-line cells on a terminal.
pub fn one_line(s: &str) -> String {
    // Most text needs no change: copy it whole instead of rebuilding it character by character.
    if !s.chars().any(|c| c == '\n' || c == '\t' || is_unsafe(c)) {
        return s.to_owned();
    }
    clean(s)
        .chars()
        .map(|c| if c == '\n' || c == '\t' { ' ' } else { c })
        .collect()
}

/// Every control character as a space, for values a file format keeps on one line (XML
/// attributes, PO comments).
pub fn controls_to_spaces(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// `s` with every character some line reader treats as a line break (LF, CR, VT, FF, the
/// separators U+001C–U+001E, NEL, U+2028, U+2029 — Python's `splitlines` set) as a space,
/// for line-aligned formats (Moses).
pub fn breaks_to_spaces(s: &str) -> Cow<'_, str> {
    let breaks = |c: char| {
        matches!(
            c,
            '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{1c}'
                ..='\u{1e}' | '\u{85}' | '\u{2028}' | '\u{2029}'
        )
    };
    if s.contains(breaks) {
        Cow::Owned(s.replace(breaks, " "))
    } else {
        Cow::Borrowed(s)
    }
}

/// At most `max` characters of `s` on one line, with `…` when cut: error messages quote
/// untrusted text, and a 5 MB segment must not become a 5 MB error line.
pub fn excerpt(s: &str, max: usize) -> String {
    let line = one_line(s);
    if line.chars().count() <= max {
        return line;
    }
    let mut cut: String = line.chars().take(max.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_stripped() {
        assert_eq!(clean("plain ‘tekst’"), "plain ‘tekst’");
        assert_eq!(clean("a\u{1b}[31mred\u{1b}[0m\u{7}"), "a[31mred[0m");
        assert_eq!(clean("x\u{9b}2Jy\u{202e}z"), "x2Jyz");
        assert_eq!(clean("tab\tand\nnewline"), "tab\tand\nnewline");
        assert_eq!(one_line("a\nb\tc\r"), "a b c");
    }

    #[test]
    fn format_line_folding() {
        assert_eq!(controls_to_spaces("a\u{1}b\nc"), "a b c");
        assert_eq!(breaks_to_spaces("a\u{2028}b\u{85}c"), "a b c");
        assert!(matches!(breaks_to_spaces("abc"), Cow::Borrowed(_)));
    }

    #[test]
    fn excerpts_are_bounded() {
        assert_eq!(excerpt("kort", 10), "kort");
        assert_eq!(excerpt("abcdefghij", 5), "abcd…");
        assert_eq!(excerpt(&"x".repeat(1_000_000), 80).chars().count(), 80);
    }
}
