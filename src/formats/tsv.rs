//! TSV export: header `id source target state`, one line per segment; tab, newline, carriage
//! return and backslash in text are escaped (`\t`, `\n`, `\r`, `\\`) so rows never break.

use super::Record;
use std::io::{self, Write};

pub const HEADER: &str = "id\tsource\ttarget\tstate";

pub fn write_header(w: &mut dyn Write) -> io::Result<()> {
    writeln!(w, "{HEADER}")
}

pub fn write_record(w: &mut dyn Write, r: &Record<'_>) -> io::Result<()> {
    writeln!(
        w,
        "{}\t{}\t{}\t{}",
        escape(&r.id),
        escape(&r.source),
        escape(r.target.unwrap_or("")),
        r.state
    )
}

pub fn escape(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains(['\t', '\n', '\r', '\\']) {
        return s.into();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    out.into()
}

/// Inverse of [`escape`]; an unknown escape is kept as written.
pub fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('\\') => out.push('\\'),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_round_trips() {
        for s in [
            "plain",
            "a\tb",
            "line\nbreak",
            "back\\slash\\n",
            "cr\r\nlf",
            "\\",
            "",
        ] {
            let e = escape(s);
            assert!(!e.contains(['\t', '\n', '\r']), "{e:?}");
            assert_eq!(unescape(&e), s);
        }
    }
}
