//! Plain-text input: strict UTF-8 with the byte offset of the first bad byte, BOM and CRLF
//! accepted, NUL and empty input refused, all with the file name in the message.

use crate::error::{Error, Result};
use std::io::{BufRead, Read};
use std::path::Path;

/// Reads a whole text file (`-` for stdin) and normalises it: no BOM, LF line endings.
pub fn read_text(path: &Path) -> Result<String> {
    let name = path.display().to_string();
    let bytes = if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| Error::input(format!("<stdin>: cannot read: {e}")))?;
        buf
    } else {
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => {
                return Err(Error::input(format!("{name}: is a directory, not a file")));
            }
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(Error::input(format!("{name}: no such file")));
            }
            Err(e) => return Err(Error::input(format!("{name}: cannot read: {e}"))),
        }
        std::fs::read(path).map_err(|e| Error::input(format!("{name}: cannot read: {e}")))?
    };
    let label = if path.as_os_str() == "-" {
        "<stdin>"
    } else {
        &name
    };
    decode(&bytes, label)
}

/// Validates and normalises raw bytes; `label` names the input in errors.
pub fn decode(bytes: &[u8], label: &str) -> Result<String> {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let offset = bytes.len() - body.len();
    let text = std::str::from_utf8(body).map_err(|e| {
        let at = e.valid_up_to();
        Error::input(format!(
            "{label}: not valid UTF-8 at byte offset {} (line {}); convert it with e.g. `iconv -f latin1 -t utf-8`",
            at + offset,
            line_of(body, at)
        ))
    })?;
    if let Some(at) = text.find('\0') {
        return Err(Error::input(format!(
            "{label}: contains a NUL byte at byte offset {} (line {}); is it a binary file?",
            at + offset,
            line_of(body, at)
        )));
    }
    if text.trim().is_empty() {
        return Err(Error::input(format!(
            "{label}: file is empty (no text to import)"
        )));
    }
    Ok(normalize_newlines(text))
}

fn line_of(bytes: &[u8], at: usize) -> usize {
    bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1
}

/// CRLF and lone CR become LF.
pub fn normalize_newlines(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_string();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_and_crlf_are_accepted() {
        let s = decode(b"\xEF\xBB\xBFEen.\r\nTwee.\r\n", "x").unwrap();
        assert_eq!(s, "Een.\nTwee.\n");
    }

    #[test]
    fn invalid_utf8_names_offset_and_line() {
        let err = decode(b"goed\nslecht \xE9 hier", "a.txt")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("a.txt: not valid UTF-8 at byte offset 12 (line 2)"),
            "{err}"
        );
        let err = decode(b"\xEF\xBB\xBFab\xFF", "b.txt")
            .unwrap_err()
            .to_string();
        assert!(err.contains("byte offset 5"), "{err}");
    }

    #[test]
    fn empty_and_nul_are_refused() {
        assert!(decode(b"", "e").unwrap_err().to_string().contains("empty"));
        assert!(
            decode(b" \n\n\t", "e")
                .unwrap_err()
                .to_string()
                .contains("empty")
        );
        let err = decode(b"ab\ncd\0", "n").unwrap_err().to_string();
        assert!(err.contains("NUL byte at byte offset 5 (line 2)"), "{err}");
    }
}

/// Longest line accepted in a text file: a paragraph on one line is normal, megabytes of text
/// without a newline is not prose.
pub const MAX_LINE: usize = 4 << 20;

/// Reads a text file paragraph by paragraph (paragraphs end at blank lines), validating as it
/// goes: UTF-8 (naming the byte offset and line of a bad byte), no NUL, no absurd lines. BOM
/// and CRLF are accepted. Memory stays bounded by the longest paragraph, whatever the file size.
pub struct Paragraphs {
    input: Box<dyn std::io::BufRead>,
    label: String,
    line_no: usize,
    offset: usize,
    buf: Vec<u8>,
    done: bool,
    pub paragraphs: usize,
}

impl Paragraphs {
    /// Opens `path` (`-` for stdin).
    pub fn open(path: &Path) -> Result<Paragraphs> {
        let name = path.display().to_string();
        let input: Box<dyn std::io::BufRead> = if path.as_os_str() == "-" {
            Box::new(std::io::BufReader::with_capacity(1 << 16, std::io::stdin()))
        } else {
            match std::fs::metadata(path) {
                Ok(m) if m.is_dir() => {
                    return Err(Error::input(format!("{name}: is a directory, not a file")));
                }
                Ok(_) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    return Err(Error::input(format!("{name}: no such file")));
                }
                Err(e) => return Err(Error::input(format!("{name}: cannot read: {e}"))),
            }
            let f = std::fs::File::open(path)
                .map_err(|e| Error::input(format!("{name}: cannot read: {e}")))?;
            Box::new(std::io::BufReader::with_capacity(1 << 16, f))
        };
        let label = if path.as_os_str() == "-" {
            "<stdin>".to_string()
        } else {
            name
        };
        Ok(Paragraphs::new(input, label))
    }

    pub fn new(input: Box<dyn std::io::BufRead>, label: String) -> Paragraphs {
        Paragraphs {
            input,
            label,
            line_no: 0,
            offset: 0,
            buf: Vec::new(),
            done: false,
            paragraphs: 0,
        }
    }

    pub fn label(&self) -> &str {
        &self.label
    }

    /// One line without its line ending, or None at the end of the input.
    fn line(&mut self) -> Result<Option<String>> {
        if self.done {
            return Ok(None);
        }
        self.buf.clear();
        let n = (&mut self.input)
            .take(MAX_LINE as u64 + 1)
            .read_until(b'\n', &mut self.buf)
            .map_err(|e| {
                Error::input(format!(
                    "{}: cannot read at line {}: {e}",
                    self.label,
                    self.line_no + 1
                ))
            })?;
        if n == 0 {
            self.done = true;
            return Ok(None);
        }
        self.line_no += 1;
        if self.buf.len() > MAX_LINE && !self.buf.ends_with(b"\n") {
            return Err(Error::input(format!(
                "{}: line {} is longer than {} MiB; is this a text file?",
                self.label,
                self.line_no,
                MAX_LINE >> 20
            )));
        }
        let start = self.offset;
        self.offset += n;
        let mut bytes = &self.buf[..];
        if start == 0 {
            bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        }
        let skipped = n - bytes.len().min(n);
        let text = std::str::from_utf8(bytes).map_err(|e| {
            Error::input(format!(
                "{}: not valid UTF-8 at byte offset {} (line {}); convert it with e.g. `iconv -f latin1 -t utf-8`",
                self.label,
                start + skipped + e.valid_up_to(),
                self.line_no
            ))
        })?;
        if let Some(at) = text.find('\0') {
            return Err(Error::input(format!(
                "{}: contains a NUL byte at byte offset {} (line {}); is it a binary file?",
                self.label,
                start + skipped + at,
                self.line_no
            )));
        }
        Ok(Some(
            text.trim_end_matches(['\n', '\r']).replace('\r', "\n"),
        ))
    }

    /// The next paragraph's text (its lines joined with `\n`), or None at the end.
    pub fn next_paragraph(&mut self) -> Result<Option<String>> {
        let mut para = String::new();
        while let Some(line) = self.line()? {
            // A lone CR inside a line counts as a line break (old Mac line endings).
            for part in line.split('\n') {
                if part.trim().is_empty() {
                    if !para.is_empty() {
                        self.paragraphs += 1;
                        return Ok(Some(para));
                    }
                } else {
                    if !para.is_empty() {
                        para.push('\n');
                    }
                    para.push_str(part);
                }
            }
        }
        if para.is_empty() {
            Ok(None)
        } else {
            self.paragraphs += 1;
            Ok(Some(para))
        }
    }
}

#[cfg(test)]
mod paragraph_tests {
    use super::*;

    fn reader(bytes: &'static [u8]) -> Paragraphs {
        Paragraphs::new(Box::new(std::io::Cursor::new(bytes)), "t.txt".into())
    }

    #[test]
    fn paragraphs_split_at_blank_lines() {
        let mut r = reader(b"\xEF\xBB\xBFEen.\r\nTwee.\r\n\r\n  \n\nDrie.\rVier.\n");
        assert_eq!(r.next_paragraph().unwrap().as_deref(), Some("Een.\nTwee."));
        assert_eq!(r.next_paragraph().unwrap().as_deref(), Some("Drie.\nVier."));
        assert_eq!(r.next_paragraph().unwrap(), None);
        assert_eq!(r.paragraphs, 2);
    }

    #[test]
    fn bad_bytes_are_located() {
        let mut r = reader(b"goed\n\nslecht \xE9 hier\n");
        assert_eq!(r.next_paragraph().unwrap().as_deref(), Some("goed"));
        let e = r.next_paragraph().unwrap_err().to_string();
        assert_eq!(
            e,
            "t.txt: not valid UTF-8 at byte offset 13 (line 3); convert it with e.g. `iconv -f latin1 -t utf-8`"
        );
        let mut r = reader(b"\xEF\xBB\xBFab\xFF");
        assert!(
            r.next_paragraph()
                .unwrap_err()
                .to_string()
                .contains("byte offset 5 (line 1)")
        );
        let mut r = reader(b"ab\ncd\0");
        assert!(
            r.next_paragraph()
                .unwrap_err()
                .to_string()
                .contains("NUL byte at byte offset 5 (line 2)")
        );
    }
}
