//! Plain-text input: strict UTF-8 with the byte offset of the first bad byte, BOM and CRLF
//! accepted, NUL and empty input refused, all with the file name in the message.

use crate::error::{Error, Result};
use std::io::Read;
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
