//! Sentence segmentation for Dutch and English: splits text into paragraphs (blank lines) and
//! sentences (punctuation rules plus per-language abbreviation lists kept as data files).
//! Owns the [`Sentence`]/[`Paragraph`] types and their code-point offsets into the input.

mod abbrev;
mod sentences;
#[cfg(test)]
mod tests;

use std::fmt;
use std::ops::Range;
use std::str::FromStr;

use sentences::is_space;
pub use sentences::split_sentences;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    Nl,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }
}

impl FromStr for Lang {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        // A region or script does not change how sentences are split: `en-GB` is English.
        match crate::model::primary_language(s).as_str() {
            "nl" => Ok(Lang::Nl),
            "en" => Ok(Lang::En),
            _ => Err(format!("unknown language {s:?}: expected \"nl\" or \"en\"")),
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Offsets are Unicode code points (chars) into the input text, end exclusive.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Paragraph {
    pub start: usize,
    pub end: usize,
    pub sentences: Vec<Sentence>,
}

/// Paragraphs are separated by one or more blank lines (lines containing only whitespace).
/// Single newlines inside a paragraph are whitespace. Sentence text is trimmed (no leading/trailing
/// whitespace) and is exactly the input slice text[start..end] in chars (so offsets round-trip).
///
/// `\r` is whitespace; a leading BOM belongs to no sentence but is counted in the offsets.
pub fn segment(text: &str, lang: Lang) -> Vec<Paragraph> {
    let mut cursor = CharCursor::default();
    let mut out = Vec::new();
    for para in paragraph_ranges(text) {
        let sentences: Vec<Sentence> = split_sentences(&text[para.clone()], lang)
            .into_iter()
            .map(|r| {
                let (start, end) = (para.start + r.start, para.start + r.end);
                Sentence {
                    start: cursor.advance_to(text, start),
                    end: cursor.advance_to(text, end),
                    text: text[start..end].to_owned(),
                }
            })
            .collect();
        if let (Some(first), Some(last)) = (sentences.first(), sentences.last()) {
            out.push(Paragraph {
                start: first.start,
                end: last.end,
                sentences,
            });
        }
    }
    out
}

/// Byte ranges of the runs of non-blank lines.
fn paragraph_ranges(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut current: Option<Range<usize>> = None;
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let line_end = line_start + line.len();
        if line.chars().all(is_space) {
            out.extend(current.take());
        } else {
            let content_end = line_start + line.trim_end_matches(['\n', '\r']).len();
            match &mut current {
                Some(range) => range.end = content_end,
                None => current = Some(line_start..content_end),
            }
        }
        line_start = line_end;
    }
    out.extend(current);
    out
}

/// Converts increasing byte offsets to char offsets in one pass over the text.
#[derive(Default)]
struct CharCursor {
    byte: usize,
    char: usize,
}

impl CharCursor {
    fn advance_to(&mut self, text: &str, byte: usize) -> usize {
        debug_assert!(byte >= self.byte, "offsets must not go backwards");
        self.char += text.as_bytes()[self.byte..byte]
            .iter()
            .filter(|&&b| (b as i8) >= -0x40)
            .count();
        self.byte = byte;
        self.char
    }
}
