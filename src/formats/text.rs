//! Text input, whole or streamed: strict UTF-8 with the byte offset and line of the first bad
//! byte, BOM and CRLF accepted, NUL and empty input refused, all with the file name in the
//! message.
//!
//! Three ways in: [`read_text`] for files small enough to hold (a translation, a stand-off
//! file), [`Paragraphs`] for the plain-text importer, and [`Checked`] (with [`Lines`] on top)
//! for the bilingual readers, which validate bytes as they stream past so that memory stays
//! bounded by one record, whatever the size of the file.

use crate::error::{Error, Result};
use std::io::{self, BufRead, Read};
use std::path::Path;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The name of `path` in messages: the path as given, or `<stdin>` for `-`.
pub fn label(path: &Path) -> String {
    if path.as_os_str() == "-" {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    }
}

/// Opens `path` (`-` for stdin) for buffered reading, with one-line errors for a missing file,
/// a directory or an unreadable file. Returns the reader and the input's [`label`].
pub fn open(path: &Path) -> Result<(Box<dyn BufRead>, String)> {
    let name = label(path);
    if path.as_os_str() == "-" {
        let stdin = io::BufReader::with_capacity(1 << 16, io::stdin());
        return Ok((Box::new(stdin), name));
    }
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => {
            return Err(Error::invalid(
                "file",
                format!("{name}: is a directory, not a file"),
            ));
        }
        Ok(_) => {}
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Err(Error::not_found(
                "file",
                name.clone(),
                format!("{name}: no such file"),
            ));
        }
        Err(e) => return Err(cannot_read(&name, &e)),
    }
    let f = std::fs::File::open(path).map_err(|e| cannot_read(&name, &e))?;
    Ok((Box::new(io::BufReader::with_capacity(1 << 16, f)), name))
}

/// A file that exists but cannot be read (permissions, I/O error).
fn cannot_read(name: &str, e: &io::Error) -> Error {
    Error::invalid("file", format!("{name}: cannot read: {e}"))
}

/// Largest text read whole into memory ([`read_text`]: `segment`, `translate --file`, the
/// texts of `import --update`, stand-off files); streamed imports are bounded per record instead.
pub const MAX_TEXT: usize = 256 << 20;

/// Reads a whole text file (`-` for stdin) and normalises it: no BOM, LF line endings. Checked
/// as it is read, so an endless or binary input (`/dev/zero`, a database) is refused early:
/// what [`Checked`] refuses, lines over [`MAX_LINE`], and more than [`MAX_TEXT`] in all.
pub fn read_text(path: &Path) -> Result<String> {
    let (input, label) = open(path)?;
    let mut input = Checked::new(input, &label).with_max_size(MAX_TEXT as u64);
    let mut bytes = Vec::new();
    let mut line = 1;
    loop {
        let start = bytes.len();
        let n = match (&mut input)
            .take(MAX_LINE as u64 + 1)
            .read_until(b'\n', &mut bytes)
        {
            Ok(n) => n,
            Err(e) => return Err(checked_error(&input, &e, line)),
        };
        if n == 0 {
            break;
        }
        if bytes.len() - start > MAX_LINE && !bytes.ends_with(b"\n") {
            return Err(line_too_long(&label, line));
        }
        line += 1;
    }
    let text = String::from_utf8(bytes).map_err(|_| {
        // Checked hands out only whole, valid characters; this cannot happen.
        Error::invalid("file", format!("{label}: not valid UTF-8"))
    })?;
    Ok(normalize_newlines(&text))
}

/// The error for a read from a [`Checked`] input that failed at `line`.
fn checked_error<R: Read>(input: &Checked<R>, e: &io::Error, line: usize) -> Error {
    let label = input.label();
    match input.failure() {
        Some(Failure::Input(msg)) => Error::invalid("file", msg.clone()),
        Some(Failure::TooLarge { line }) => Error::invalid(
            "file",
            format!(
                "{label}: larger than {} MiB (at line {line}); is this the right file?",
                MAX_TEXT >> 20
            ),
        ),
        _ => Error::invalid("file", format!("{label}: cannot read at line {line}: {e}")),
    }
}

fn line_too_long(label: &str, line: usize) -> Error {
    Error::invalid(
        "file",
        format!(
            "{label}: line {line} is longer than {} MiB; is this a text file?",
            MAX_LINE >> 20
        ),
    )
}

/// The first `n` bytes of a regular file, for telling its format by content; None for
/// stdin, pipes and devices (whose bytes reading would consume) and for a file that cannot
/// be read (opening it properly reports why).
pub fn read_head(path: &Path, n: usize) -> Option<Vec<u8>> {
    use std::io::Read;
    if path.as_os_str() == "-" || !std::fs::metadata(path).ok()?.is_file() {
        return None;
    }
    let mut head = Vec::with_capacity(n);
    std::fs::File::open(path)
        .ok()?
        .take(n as u64)
        .read_to_end(&mut head)
        .ok()?;
    Some(head)
}

/// What a file that is not UTF-8 text is, told by its first bytes (at most [`SNIFF`] of
/// them), with what to do about it; None when it may well be text.
pub fn sniff(head: &[u8]) -> Option<&'static str> {
    const KINDS: &[(&[u8], &str)] = &[
        (
            b"SQLite format 3\0",
            "is an SQLite database (a tolk database goes after --db), not a text file",
        ),
        (
            b"\xFF\xFE\0\0",
            "is UTF-32 text; convert it with `iconv -f utf-32 -t utf-8`",
        ),
        (
            b"\0\0\xFE\xFF",
            "is UTF-32 text; convert it with `iconv -f utf-32 -t utf-8`",
        ),
        (
            b"\xFF\xFE",
            "is UTF-16 text; convert it with `iconv -f utf-16 -t utf-8`",
        ),
        (
            b"\xFE\xFF",
            "is UTF-16 text; convert it with `iconv -f utf-16 -t utf-8`",
        ),
        (
            b"%PDF-",
            "is a PDF document, not a text file; extract its text first (e.g. `pdftotext`)",
        ),
        (
            b"PK\x03\x04",
            "is a zip archive (as .docx, .odt and .xlsx files are), not a text file; save it as plain text first",
        ),
        (
            b"\x1F\x8B",
            "is gzip-compressed; decompress it first (`gunzip`)",
        ),
        (
            b"\xFD7zXZ\0",
            "is xz-compressed; decompress it first (`unxz`)",
        ),
        (
            b"BZh",
            "is bzip2-compressed; decompress it first (`bunzip2`)",
        ),
        (
            b"\x28\xB5\x2F\xFD",
            "is zstd-compressed; decompress it first (`unzstd`)",
        ),
    ];
    let head = &head[..head.len().min(SNIFF)];
    if let Some((_, what)) = KINDS.iter().find(|(magic, _)| head.starts_with(magic)) {
        // "BZh" starts ordinary words too: only with its block size digit and magic.
        if head.starts_with(b"BZh")
            && !(head.len() >= 10 && head[3].is_ascii_digit() && head[4..10] == *b"1AY&SY")
        {
            return None;
        }
        return Some(what);
    }
    // UTF-16 without a BOM: ASCII text with a NUL in every other byte.
    let pairs: Vec<&[u8]> = head.chunks_exact(2).collect();
    if pairs.len() >= 4 {
        if pairs.iter().all(|p| p[0] != 0 && p[1] == 0) {
            return Some(
                "looks like UTF-16 text (little-endian, no BOM); convert it with `iconv -f utf-16le -t utf-8`",
            );
        }
        if pairs.iter().all(|p| p[0] == 0 && p[1] != 0) {
            return Some(
                "looks like UTF-16 text (big-endian, no BOM); convert it with `iconv -f utf-16be -t utf-8`",
            );
        }
    }
    None
}

/// How many bytes at the start [`sniff`] looks at.
pub const SNIFF: usize = 16;

/// Validates and normalises raw bytes; `label` names the input in errors.
pub fn decode(bytes: &[u8], label: &str) -> Result<String> {
    if let Some(what) = sniff(bytes) {
        return Err(Error::invalid("file", format!("{label}: {what}")));
    }
    let body = bytes.strip_prefix(BOM).unwrap_or(bytes);
    let offset = bytes.len() - body.len();
    let text = std::str::from_utf8(body).map_err(|e| {
        let at = e.valid_up_to();
        Error::invalid("file", format!(
            "{label}: not valid UTF-8 at byte offset {} (line {}); convert it with e.g. `iconv -f latin1 -t utf-8`",
            at + offset,
            line_of(body, at)
        ))
    })?;
    if let Some(at) = text.find('\0') {
        return Err(Error::invalid(
            "file",
            format!(
                "{label}: contains a NUL byte at byte offset {} (line {}); is it a binary file?",
                at + offset,
                line_of(body, at)
            ),
        ));
    }
    if text.trim().is_empty() {
        return Err(Error::invalid(
            "file",
            format!("{label}: file is empty (no text to import)"),
        ));
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

/// Longest paragraph a streamed text import holds (as long as the longest XML element or PO
/// entry a bilingual import holds).
pub const MAX_PARAGRAPH_TEXT: usize = super::xml::MAX_ELEMENT;

/// Reads a text file paragraph by paragraph (paragraphs end at blank lines), validating as it
/// goes: UTF-8 (naming the byte offset and line of a bad byte), no NUL, no absurd lines. BOM
/// and CRLF are accepted. Memory stays bounded by the longest paragraph, whatever the file size.
pub struct Paragraphs {
    input: Checked<Box<dyn std::io::BufRead>>,
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
        let (input, label) = open(path)?;
        Ok(Paragraphs::new(input, label))
    }

    pub fn new(input: Box<dyn std::io::BufRead>, label: String) -> Paragraphs {
        Paragraphs {
            input: Checked::new(input, &label),
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

    /// Bytes read so far (for progress).
    pub fn offset(&self) -> u64 {
        self.offset as u64
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
            .map_err(|e| checked_error(&self.input, &e, self.line_no + 1))?;
        if n == 0 {
            self.done = true;
            return Ok(None);
        }
        self.line_no += 1;
        if self.buf.len() > MAX_LINE && !self.buf.ends_with(b"\n") {
            return Err(line_too_long(&self.label, self.line_no));
        }
        self.offset += n;
        // Checked hands out only whole, valid characters without NUL; this cannot fail.
        let text = std::str::from_utf8(&self.buf).map_err(|_| {
            Error::invalid(
                "file",
                format!("{}: line {}: not valid UTF-8", self.label, self.line_no),
            )
        })?;
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
                    if para.len() > MAX_PARAGRAPH_TEXT {
                        return Err(Error::invalid(
                            "file",
                            format!(
                                "{}: the paragraph ending at line {} is longer than {} MiB; is this a text file?",
                                self.label,
                                self.line_no,
                                MAX_PARAGRAPH_TEXT >> 20
                            ),
                        ));
                    }
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
        // The input is checked a chunk at a time: the bad byte is found before "goed" is
        // handed out, with the same message.
        let mut r = reader(b"goed\n\nslecht \xE9 hier\n");
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

/// Why a [`Checked`] input stopped handing out bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// The input is not acceptable text, or cannot be read; the message is complete and names
    /// the input (invalid UTF-8, a NUL byte, an empty file, a read error).
    Input(String),
    /// The input is longer than [`Checked::with_max_size`] allows; `line` is where it got there.
    TooLarge { line: usize },
    /// More bytes than the budget given to [`Checked::mark`] were asked for.
    OverBudget,
}

/// Bytes read per refill; a chunk is validated as a whole.
const CHUNK: usize = 1 << 16;
/// How many line breaks after a [`Checked::mark`] are remembered for [`Checked::line_at`].
const MAX_BREAKS: usize = 4096;

/// A byte stream that is checked as it is read: strict UTF-8, no NUL byte, not empty (only
/// whitespace counts as empty). A BOM at the start is skipped. It hands out only whole,
/// validated characters, so whatever parses the bytes can never see a bad one.
///
/// When a check fails, reading returns an I/O error of kind `InvalidData` and [`failure`]
/// says why, with the byte offset (counted in the file, BOM included) and line of the first
/// bad byte — the wording of [`decode`]. The error is sticky: every later read fails too.
///
/// It also counts lines as bytes are consumed, so a parser on top can name the line of what it
/// is reading ([`line`], [`mark`], [`line_at`]), and it can cap how much is read in all
/// ([`with_max_size`]) and between two marks (the budget of [`mark`]), so that a parser that
/// buffers one token at a time can be kept from buffering an unbounded one.
///
/// [`failure`]: Checked::failure
/// [`line`]: Checked::line
/// [`mark`]: Checked::mark
/// [`line_at`]: Checked::line_at
/// [`with_max_size`]: Checked::with_max_size
pub struct Checked<R> {
    inner: R,
    label: String,
    /// Bytes read from `inner` (`..filled`; the rest is room): `pos..valid` checked and not
    /// yet consumed, `valid..filled` the start of a character whose remaining bytes have not
    /// been read yet (at most 3 bytes).
    buf: Box<[u8]>,
    filled: usize,
    pos: usize,
    valid: usize,
    /// File offset of `buf[0]`.
    base: u64,
    /// Bytes consumed, the BOM not counted (the offsets a parser on top sees).
    consumed: u64,
    /// Line of the next byte to consume.
    line: usize,
    /// Whether the start has been looked at for a BOM.
    started: bool,
    seen_text: bool,
    eof: bool,
    max_size: u64,
    /// Position and line of the last mark, the end of its budget, and the positions of the
    /// line breaks consumed since (the first [`MAX_BREAKS`] of them).
    mark: (u64, usize),
    budget_end: u64,
    breaks: Vec<u64>,
    failure: Option<Failure>,
}

impl<R: Read> Checked<R> {
    pub fn new(inner: R, label: &str) -> Checked<R> {
        Checked {
            inner,
            label: label.to_string(),
            buf: vec![0; CHUNK].into_boxed_slice(),
            filled: 0,
            pos: 0,
            valid: 0,
            base: 0,
            consumed: 0,
            line: 1,
            started: false,
            seen_text: false,
            eof: false,
            max_size: u64::MAX,
            mark: (0, 1),
            budget_end: u64::MAX,
            breaks: Vec::new(),
            failure: None,
        }
    }

    /// Refuses to hand out more than `max` bytes in all ([`Failure::TooLarge`]).
    pub fn with_max_size(mut self, max: u64) -> Checked<R> {
        self.max_size = max;
        self
    }

    pub fn label(&self) -> &str {
        &self.label
    }

    /// Bytes consumed so far, not counting a BOM.
    pub fn position(&self) -> u64 {
        self.consumed
    }

    /// The 1-based line of the next byte to consume.
    pub fn line(&self) -> usize {
        self.line
    }

    /// Starts a new stretch at the current position: [`line_at`](Checked::line_at) can
    /// place positions from here on, and at most `budget` more bytes are handed out until the
    /// next mark ([`Failure::OverBudget`]).
    pub fn mark(&mut self, budget: u64) {
        self.mark = (self.consumed, self.line);
        self.budget_end = self.consumed.saturating_add(budget);
        self.breaks.clear();
    }

    /// The line of position `pos` (as [`position`](Checked::position) counts). Exact from the
    /// last mark up to the current position, unless the stretch holds thousands of lines; a
    /// position before the mark gets the mark's line.
    pub fn line_at(&self, pos: u64) -> usize {
        let (from, line) = self.mark;
        if pos <= from {
            return line;
        }
        let before = self.breaks.partition_point(|&b| b < pos);
        if before == self.breaks.len() && self.breaks.len() == MAX_BREAKS {
            // Beyond what was remembered: the line being read is the best answer left.
            return self.line;
        }
        line + before
    }

    /// Why reading stopped, if a check failed.
    pub fn failure(&self) -> Option<&Failure> {
        self.failure.as_ref()
    }

    fn fail(&mut self, f: Failure) -> io::Error {
        self.failure.get_or_insert(f);
        rejected()
    }

    /// Reads and checks the next chunk, once everything checked so far is consumed. Leaves
    /// `pos == valid` only at the end of the input.
    fn refill(&mut self) -> io::Result<()> {
        // Keep the incomplete character at the end, if any, in front of what comes next.
        self.buf.copy_within(self.valid..self.filled, 0);
        self.base += self.valid as u64;
        self.filled -= self.valid;
        (self.pos, self.valid) = (0, 0);
        loop {
            // There is always room: at most 3 bytes of an incomplete character are kept.
            let n = loop {
                match self.inner.read(&mut self.buf[self.filled..]) {
                    Ok(n) => break n,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                    Err(e) => {
                        let msg = format!("{}: cannot read at line {}: {e}", self.label, self.line);
                        return Err(self.fail(Failure::Input(msg)));
                    }
                }
            };
            self.filled += n;
            self.eof = n == 0;
            if !self.started {
                // A BOM, or what kind of file this is, can only be recognised once the first
                // bytes are in (or the input ended).
                if self.filled < SNIFF && !self.eof {
                    continue;
                }
                self.started = true;
                if let Some(what) = sniff(&self.buf[..self.filled]) {
                    let msg = format!("{}: {what}", self.label);
                    return Err(self.fail(Failure::Input(msg)));
                }
                if self.buf[..self.filled].starts_with(BOM) {
                    (self.pos, self.valid) = (BOM.len(), BOM.len());
                }
            }
            let fresh = &self.buf[self.valid..self.filled];
            let (good, bad) = match std::str::from_utf8(fresh) {
                Ok(_) => (fresh.len(), None),
                // An incomplete character at the end of a chunk is completed by the next read;
                // at the end of the input it is an error like any other.
                Err(e) if e.error_len().is_none() && !self.eof => (e.valid_up_to(), None),
                Err(e) => (e.valid_up_to(), Some(e.valid_up_to())),
            };
            let checked = &fresh[..good];
            if let Some(at) = checked.iter().position(|&b| b == 0) {
                let (offset, line) = self.locate(self.valid + at);
                let msg = format!(
                    "{}: contains a NUL byte at byte offset {offset} (line {line}); is it a \
                     binary file?",
                    self.label
                );
                return Err(self.fail(Failure::Input(msg)));
            }
            if let Some(at) = bad {
                let (offset, line) = self.locate(self.valid + at);
                let msg = format!(
                    "{}: not valid UTF-8 at byte offset {offset} (line {line}); convert it with \
                     e.g. `iconv -f latin1 -t utf-8`",
                    self.label
                );
                return Err(self.fail(Failure::Input(msg)));
            }
            if !self.seen_text {
                self.seen_text = std::str::from_utf8(checked).is_ok_and(|s| !s.trim().is_empty());
            }
            if self.eof && !self.seen_text {
                // Checked wherever the end is found: it can come with the last bytes, in the
                // same read (e.g. while waiting to see whether the start is a BOM).
                let msg = format!("{}: file is empty (no text to import)", self.label);
                return Err(self.fail(Failure::Input(msg)));
            }
            self.valid += good;
            if self.valid > self.pos || self.eof {
                return Ok(());
            }
        }
    }

    /// File offset and line of `buf[i]`, for `i` at or after `pos`.
    fn locate(&self, i: usize) -> (u64, usize) {
        let line = self.line + count_newlines(&self.buf[self.pos..i]);
        (self.base + i as u64, line)
    }
}

fn rejected() -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        "input refused (see the failure)",
    )
}

fn count_newlines(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b == b'\n').count()
}

impl<R: Read> Read for Checked<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(out.len());
        out[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl<R: Read> BufRead for Checked<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.failure.is_some() {
            return Err(rejected());
        }
        if self.pos == self.valid && !self.eof {
            self.refill()?;
        }
        let available = (self.valid - self.pos) as u64;
        let total = self.max_size.saturating_sub(self.consumed);
        let budget = self.budget_end.saturating_sub(self.consumed);
        let allowed = total.min(budget);
        if available > allowed && allowed == 0 {
            let f = if total <= budget {
                Failure::TooLarge { line: self.line }
            } else {
                Failure::OverBudget
            };
            return Err(self.fail(f));
        }
        // `allowed` < `available` fits in usize.
        let n = usize::try_from(available.min(allowed)).unwrap_or(0);
        Ok(&self.buf[self.pos..self.pos + n])
    }

    fn consume(&mut self, amount: usize) {
        let amount = amount.min(self.valid - self.pos);
        let bytes = &self.buf[self.pos..self.pos + amount];
        if self.breaks.len() < MAX_BREAKS {
            for (i, _) in bytes.iter().enumerate().filter(|&(_, &b)| b == b'\n') {
                if self.breaks.len() == MAX_BREAKS {
                    break;
                }
                self.breaks.push(self.consumed + i as u64);
            }
        }
        self.line += count_newlines(bytes);
        self.pos += amount;
        self.consumed += amount as u64;
    }
}

/// The lines of a [`Checked`] input, without their line endings (LF, CRLF, or a lone CR as old
/// Mac files have), numbered from 1, one at a time — so a line-based reader holds one line,
/// not the file.
pub struct Lines<R> {
    input: Checked<R>,
    raw: Vec<u8>,
    /// Lines after a lone CR inside the last physical line, still to be handed out.
    pending: std::collections::VecDeque<String>,
    number: usize,
}

impl<R: Read> Lines<R> {
    pub fn new(input: R, label: &str) -> Lines<R> {
        Lines {
            input: Checked::new(input, label),
            raw: Vec::new(),
            pending: std::collections::VecDeque::new(),
            number: 0,
        }
    }

    pub fn label(&self) -> &str {
        self.input.label()
    }

    /// The next line and its number, or None at the end of the input.
    pub fn next_line(&mut self) -> Result<Option<(usize, String)>> {
        if let Some(line) = self.pending.pop_front() {
            self.number += 1;
            return Ok(Some((self.number, line)));
        }
        self.raw.clear();
        let read = (&mut self.input)
            .take(MAX_LINE as u64 + 1)
            .read_until(b'\n', &mut self.raw);
        let n = match read {
            Ok(n) => n,
            Err(e) => {
                // Bad bytes, an empty file or a read error: the check's message says it all.
                return Err(match self.input.failure() {
                    Some(Failure::Input(msg)) => Error::invalid("file", msg.clone()),
                    _ => Error::invalid(
                        "file",
                        format!(
                            "{}: cannot read at line {}: {e}",
                            self.input.label(),
                            self.number + 1
                        ),
                    ),
                });
            }
        };
        if n == 0 {
            return Ok(None);
        }
        if self.raw.len() > MAX_LINE && !self.raw.ends_with(b"\n") {
            return Err(Error::invalid(
                "file",
                format!(
                    "{} line {}: longer than {} MiB; is this the right file?",
                    self.input.label(),
                    self.number + 1,
                    MAX_LINE >> 20
                ),
            ));
        }
        let text = std::str::from_utf8(&self.raw).map_err(|_| {
            // Checked hands out only whole, valid characters; this cannot happen.
            Error::invalid(
                "file",
                format!(
                    "{} line {}: not valid UTF-8",
                    self.input.label(),
                    self.number + 1
                ),
            )
        })?;
        let text = text.strip_suffix('\n').unwrap_or(text);
        let text = text.strip_suffix('\r').unwrap_or(text);
        let mut parts = text.split('\r');
        let first = parts.next().unwrap_or_default().to_string();
        self.pending.extend(parts.map(str::to_string));
        self.number += 1;
        Ok(Some((self.number, first)))
    }
}

#[cfg(test)]
mod checked_tests {
    use super::*;

    /// A reader that hands out at most `step` bytes per read, to split characters and lines.
    struct Trickle<'a> {
        bytes: &'a [u8],
        step: usize,
    }

    impl Read for Trickle<'_> {
        fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
            let n = self.step.min(out.len()).min(self.bytes.len());
            out[..n].copy_from_slice(&self.bytes[..n]);
            self.bytes = &self.bytes[n..];
            Ok(n)
        }
    }

    fn read_all(bytes: &[u8], step: usize) -> std::result::Result<String, String> {
        let mut c = Checked::new(Trickle { bytes, step }, "t.txt");
        let mut out = String::new();
        match c.read_to_string(&mut out) {
            Ok(_) => Ok(out),
            Err(_) => Err(match c.failure().cloned() {
                Some(Failure::Input(m)) => m,
                other => format!("{other:?}"),
            }),
        }
    }

    #[test]
    fn passes_text_through_whatever_the_chunking() {
        let text = "\u{FEFF}één\r\ntwee 😀\n".as_bytes();
        for step in [1, 2, 3, 5, 1 << 20] {
            assert_eq!(read_all(text, step).unwrap(), "één\r\ntwee 😀\n", "{step}");
        }
    }

    #[test]
    fn bad_bytes_are_located_like_decode() {
        for step in [1, 2, 7, 1 << 20] {
            let e = read_all(b"goed\nslecht \xE9 hier", step).unwrap_err();
            assert_eq!(
                e,
                "t.txt: not valid UTF-8 at byte offset 12 (line 2); convert it with e.g. `iconv -f latin1 -t utf-8`"
            );
            let e = read_all(b"\xEF\xBB\xBFab\xFF", step).unwrap_err();
            assert!(e.contains("byte offset 5 (line 1)"), "{e}");
            // Cut off in the middle of a character.
            let e = read_all(b"ab\ncaf\xC3", step).unwrap_err();
            assert!(e.contains("byte offset 6 (line 2)"), "{e}");
            let e = read_all(b"ab\ncd\0", step).unwrap_err();
            assert!(e.contains("NUL byte at byte offset 5 (line 2)"), "{e}");
            let e = read_all(b"\xEF\xBB\xBF \n\t\n", step).unwrap_err();
            assert_eq!(e, "t.txt: file is empty (no text to import)");
            assert!(read_all(b"", step).unwrap_err().contains("file is empty"));
        }
    }

    #[test]
    fn counts_lines_and_caps_reading() {
        let mut c = Checked::new(&b"a\nbb\nccc\n"[..], "t");
        c.mark(100);
        let mut s = String::new();
        c.read_line(&mut s).unwrap();
        c.read_line(&mut s).unwrap();
        assert_eq!((c.position(), c.line()), (5, 3));
        assert_eq!(
            (c.line_at(0), c.line_at(2), c.line_at(4), c.line_at(5)),
            (1, 2, 2, 3)
        );
        c.mark(2);
        let mut rest = Vec::new();
        assert!(c.read_to_end(&mut rest).is_err());
        assert_eq!(c.failure(), Some(&Failure::OverBudget));
        let mut c = Checked::new(&b"a\nb\nc\nd"[..], "t").with_max_size(5);
        assert!(c.read_to_end(&mut rest).is_err());
        assert_eq!(c.failure(), Some(&Failure::TooLarge { line: 3 }));
    }

    proptest::proptest! {
        /// Whatever the bytes and however they are chunked, the streaming check accepts what
        /// `decode` accepts, hands out the same bytes (BOM removed), and refuses what it
        /// refuses — with the same message when there is only one problem to report.
        #[test]
        fn agrees_with_decode(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    &b"a"[..], b" ", b"\n", b"\r\n", b"\xEF\xBB\xBF", b"\xC3\xA9", b"\xE9",
                    b"\xF0\x9F\x98\x80", b"\xF0\x9F", b"\0",
                ]),
                0..40,
            ),
            step in 1usize..9,
        ) {
            let bytes = parts.concat();
            let streamed = read_all(&bytes, step);
            match decode(&bytes, "t.txt") {
                Ok(_) => {
                    let body = bytes.strip_prefix(BOM).unwrap_or(&bytes);
                    let streamed = streamed.unwrap();
                    proptest::prop_assert_eq!(streamed.as_bytes(), body);
                }
                Err(e) => {
                    let e = e.to_string();
                    let problems = usize::from(e.contains("UTF-8"))
                        + usize::from(bytes.contains(&0));
                    match streamed {
                        Ok(_) => proptest::prop_assert!(false, "accepted what decode refuses: {e}"),
                        Err(got) if problems <= 1 => proptest::prop_assert_eq!(got, e),
                        Err(_) => {}
                    }
                }
            }
        }
    }

    #[test]
    fn lines_end_at_lf_crlf_and_lone_cr() {
        let mut l = Lines::new(&b"\xEF\xBB\xBFeen\r\ntwee\rdrie\n\nvier"[..], "t");
        let mut got = Vec::new();
        while let Some(x) = l.next_line().unwrap() {
            got.push(x);
        }
        let want = [(1, "een"), (2, "twee"), (3, "drie"), (4, ""), (5, "vier")];
        assert_eq!(got, want.map(|(n, s)| (n, s.to_string())));
        let mut l = Lines::new(&b"ok\nnot \xE9\n"[..], "b.po");
        assert!(
            l.next_line().is_err(),
            "the chunk with the bad byte is refused whole"
        );
    }
}
