//! The sentence-boundary rules. One forward scan finds candidate terminators (`.`, `?`, `!`,
//! `…`) by byte; everything else (the token before, the word after) is looked at only there.

use std::ops::Range;

use super::Lang;
use super::abbrev::{self, Abbreviations, Kind};

const ELLIPSIS: &[u8] = "…".as_bytes();

/// Whitespace for segmentation; the BOM counts so that it never sticks to a sentence.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// Closing quotes and brackets that belong to the sentence they follow.
fn is_closer(c: char) -> bool {
    matches!(c, '’' | '”' | '"' | '\'' | ')' | ']' | '}' | '»' | '›')
}

/// Opening quotes and brackets that may precede the first word of a sentence. `’` is here
/// because Dutch writes `’s Avonds` / `’t Is` at the start of a sentence.
fn is_opener(c: char) -> bool {
    matches!(
        c,
        '‘' | '’' | '“' | '„' | '"' | '\'' | '‚' | '«' | '‹' | '(' | '[' | '{' | '¿' | '¡'
    )
}

/// The terminator run at a candidate position: `marks` are the `.?!…` characters, `end` also
/// covers the closing quotes and brackets glued to them.
struct Run {
    start: usize,
    marks_end: usize,
    end: usize,
}

fn terminator_run(text: &str, at: usize) -> Option<Run> {
    let bytes = text.as_bytes();
    let mut i = at;
    loop {
        match bytes.get(i) {
            Some(b'.' | b'?' | b'!') => i += 1,
            Some(0xE2) if bytes[i..].starts_with(ELLIPSIS) => i += ELLIPSIS.len(),
            _ => break,
        }
    }
    if i == at {
        return None;
    }
    let marks_end = i;
    let end = marks_end
        + text[marks_end..]
            .chars()
            .take_while(|&c| is_closer(c))
            .map(char::len_utf8)
            .sum::<usize>();
    Some(Run {
        start: at,
        marks_end,
        end,
    })
}

/// How the text after a terminator begins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Start {
    /// A capital letter (after optional opening quotes/brackets), or a script without case.
    Upper,
    Digit,
    /// `...en toen` — the golden rule lets a sentence begin with an ellipsis.
    Ellipsis,
    /// An opening bracket before a lower-case word: a parenthetical remark or a source
    /// line after a finished sentence, e.g. `… Laplasse." (debat UFSIA, 1992)`.
    Bracket,
    Lower,
    /// Punctuation that cannot begin a sentence (`".` after an ellipsis, a comma, …).
    Other,
}

fn classify(text: &str) -> Start {
    // Two commas are the low opening quote of typewritten Dutch (`,,Het is goed''`).
    // (A loop, not one call per pair: a run of commas in a hostile file is no deep stack.)
    let mut rest = text;
    while let Some(r) = rest.strip_prefix(",,") {
        rest = r;
    }
    if rest.len() < text.len() {
        return classify(rest);
    }
    let mut bracket = false;
    for (i, c) in text.char_indices() {
        if c == '…' || (c == '.' && text[i..].starts_with("...")) {
            return Start::Ellipsis;
        }
        if is_opener(c) {
            bracket |= matches!(c, '(' | '[' | '{');
            if matches!(c, '\'' | '’' | '‘')
                && let Some(after) = clitic_tail(&text[i + c.len_utf8()..])
            {
                return classify(after);
            }
            continue;
        }
        return if c.is_uppercase() {
            Start::Upper
        } else if c.is_lowercase() {
            if bracket {
                Start::Bracket
            } else {
                Start::Lower
            }
        } else if c.is_numeric() {
            Start::Digit
        } else if c.is_alphabetic() {
            Start::Upper
        } else {
            Start::Other
        };
    }
    Start::Other
}

/// After an apostrophe: if it begins a Dutch clitic (`’s`, `’t`, `’k`, `’n`, `’m`) followed
/// by a space, the rest of the text after that space. A sentence starting with a clitic
/// capitalises the next word (`’s Avonds`), so that word decides.
fn clitic_tail(text: &str) -> Option<&str> {
    let mut chars = text.chars();
    let letter = chars.next()?;
    let space = chars.next()?;
    if matches!(letter, 's' | 't' | 'k' | 'n' | 'm') && is_space(space) {
        Some(text[letter.len_utf8()..].trim_start_matches(is_space))
    } else {
        None
    }
}

/// The word before byte `end`, without opening quotes/brackets, and where it starts.
fn token_before(text: &str, end: usize) -> (usize, &str) {
    let head = &text[..end];
    let from = head
        .char_indices()
        .rev()
        .find(|&(_, c)| is_space(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let token = head[from..].trim_start_matches(is_opener);
    (end - token.len(), token)
}

/// `J`, `W.F`, `J.-P`: capitals standing for given names.
fn is_initials(token: &str) -> bool {
    token.split('.').all(|piece| {
        let mut chars = piece.trim_start_matches('-').chars();
        matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
    })
}

/// Whether the word before byte `at` is a number or a coordinate (`02'`, `52°`): a capital
/// after it is a compass point or a unit (`04° 02' E.`), not an initial.
fn follows_number(text: &str, at: usize) -> bool {
    let head = text[..at].trim_end_matches(is_space);
    head.trim_end_matches(['\'', '’', '′', '″', '"', '°'])
        .ends_with(|c: char| c.is_ascii_digit())
}

/// `after` is the text from the first non-space character after the terminator run.
fn ends_sentence(text: &str, run: &Run, after: &str, abbrevs: &Abbreviations) -> bool {
    let next = classify(after);
    if matches!(next, Start::Lower | Start::Other) {
        return false;
    }
    let marks = &text[run.start..run.marks_end];
    if marks.contains(['?', '!']) {
        return true;
    }
    if marks != "." {
        // An ellipsis, `(...)` included: the omission may swallow a sentence end, and only
        // the capital after it tells.
        return true;
    }
    let (token_start, token) = token_before(text, run.start);
    if token.is_empty() {
        return true;
    }
    if let Some(kind) = abbrevs.get(token) {
        return match kind {
            Kind::Never => false,
            Kind::MayEnd => next == Start::Upper,
            Kind::BeforeName => {
                next == Start::Upper
                    && abbrevs.starts_with_starter(after.trim_start_matches(is_opener))
            }
        };
    }
    if is_initials(token) {
        return follows_number(text, token_start)
            || (lone_letter_after_word(text, token_start, token)
                && abbrevs.starts_with_starter(after.trim_start_matches(is_opener)));
    }
    true
}

/// Whether `token` is one capital after a lower-case word that is no name particle:
/// `hepatitis B.`, `vitamine D.`, `afdeling C.` name a thing, and a sentence starter after
/// them (`Een`, `De`, `Volgens`) opens the next sentence. After a title (`burgemeester A.
/// Aboutaleb`) the word after the initial is a surname, not a starter.
fn lone_letter_after_word(text: &str, token_start: usize, token: &str) -> bool {
    if token.chars().count() != 1 {
        return false;
    }
    let head = text[..token_start].trim_end_matches(is_space);
    let word_start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &head[word_start..];
    // (The word must stand alone before the letter: "Jan-B." or "(B." are no such words.)
    let alone = word_start == 0 || head[..word_start].ends_with(is_space);
    alone
        && word.chars().count() >= 2
        && word.chars().all(char::is_lowercase)
        && !matches!(
            word,
            "van"
                | "de"
                | "der"
                | "den"
                | "ter"
                | "ten"
                | "te"
                | "von"
                | "le"
                | "la"
                | "du"
                | "di"
                | "da"
                | "del"
                | "dos"
                | "el"
                | "al"
                | "bin"
                | "ibn"
                | "mc"
                | "op"
        )
}

/// Sentences of one paragraph-like string, as byte ranges into `text`, trimmed of whitespace.
pub fn split_sentences(text: &str, lang: Lang) -> Vec<Range<usize>> {
    let abbrevs = abbrev::for_lang(lang);
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while let Some(off) = bytes[i..]
        .iter()
        .position(|&b| matches!(b, b'.' | b'?' | b'!' | 0xE2))
    {
        let at = i + off;
        let Some(run) = terminator_run(text, at) else {
            i = at + 1;
            continue;
        };
        i = run.end;
        let rest = &text[run.end..];
        if !rest.starts_with(is_space) {
            continue;
        }
        let next = rest.trim_start_matches(is_space);
        if next.is_empty() {
            break;
        }
        if ends_sentence(text, &run, next, abbrevs) && has_word(&text[start..run.start]) {
            push_trimmed(&mut out, text, start..run.end);
            start = run.end;
        }
    }
    push_trimmed(&mut out, text, start..text.len());
    out
}

/// A run of bare punctuation (a stray `.` opening a line) is not a sentence of its own.
fn has_word(text: &str) -> bool {
    text.chars().any(char::is_alphanumeric)
}

fn push_trimmed(out: &mut Vec<Range<usize>>, text: &str, range: Range<usize>) {
    let slice = &text[range.clone()];
    let trimmed = slice.trim_start_matches(is_space);
    let start = range.start + (slice.len() - trimmed.len());
    let end = start + trimmed.trim_end_matches(is_space).len();
    if start < end {
        out.push(start..end);
    }
}
