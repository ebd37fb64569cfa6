//! Translation-memory matching, pure (no SQLite, no clap): how a sentence is normalised and
//! cut into tokens, how similar two sentences are, and which numbers, dates and names of a
//! fuzzy match can be carried over into its translation.
//!
//! # How similarity is computed
//! 1. Both sentences are normalised: Unicode NFC, then cut into tokens. A token is a word (a
//!    run of letters and digits; a number keeps its inner `.` and `,` between digits, so
//!    `12.500` and `3,5` are one token each) or a single punctuation mark. Spaces are not
//!    tokens. Tokens are compared case-insensitively (Unicode lower case).
//! 2. `d` is the word-level Levenshtein distance between the two token sequences: the least
//!    number of tokens to insert, delete or replace, each costing 1.
//! 3. similarity = ⌊100 × (1 − d / max(n₁, n₂))⌋ percent, where n₁ and n₂ are the token counts.
//!    Rounding down means only identical token sequences reach 100; sentences whose tokens are
//!    identical but differ in upper/lower case score 99.
//!
//! So one replaced word in a ten-token sentence (nine words and a full stop) is 90%, and a
//! different final punctuation mark costs as much as a word.

use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

pub mod postings;

/// The longest query the memory is asked about, in tokens; longer sentences are refused with
/// a message rather than scored (the edit distance is quadratic in the length).
pub const MAX_TOKENS: usize = 2_000;

/// One token of a normalised sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// As written (NFC).
    pub raw: String,
    /// Lower case: what comparisons use.
    pub norm: String,
    pub kind: Kind,
    hash: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    /// A word with a digit in it.
    Number,
    Punctuation,
}

/// A sentence cut into tokens, ready to be compared many times.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub tokens: Vec<Token>,
    hashes: Vec<u64>,
}

impl Sentence {
    pub fn new(text: &str) -> Sentence {
        let tokens = tokens(text);
        let hashes = tokens.iter().map(|t| t.hash).collect();
        Sentence { tokens, hashes }
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// The tokens as the hashes of their lower-case forms: what [`distance`] compares.
    pub fn hashes(&self) -> &[u64] {
        &self.hashes
    }

    /// Whether the sentence has anything to look up: at least one word or number.
    pub fn has_words(&self) -> bool {
        self.tokens.iter().any(|t| t.kind != Kind::Punctuation)
    }

    /// The distinct words (lower case) the index is asked about, in order of first appearance.
    pub fn terms(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for t in &self.tokens {
            if t.kind != Kind::Punctuation && !out.contains(&t.norm.as_str()) {
                out.push(&t.norm);
            }
        }
        out
    }
}

/// The hash of a token's lower-case form: 64-bit FNV-1a over its UTF-8 bytes. Stable across
/// builds and Rust versions, since the memory's word index stores it (see [`postings`]).
pub fn hash(s: &str) -> u64 {
    s.bytes().fold(FNV_OFFSET, fnv)
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

fn fnv(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
}

fn token(raw: String, kind: Kind) -> Token {
    let norm = raw.to_lowercase();
    let hash = hash(&norm);
    Token {
        raw,
        norm,
        kind,
        hash,
    }
}

/// Where the tokens of `chars` (NFC) are: `f(start, end)` for each, in order (see the module
/// documentation).
fn scan(chars: &[char], mut f: impl FnMut(usize, usize)) {
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() || c.is_control() {
            i += 1;
            continue;
        }
        if c.is_alphanumeric() {
            let mut j = i + 1;
            while j < chars.len() {
                let d = chars[j];
                let joins_number = matches!(d, '.' | ',')
                    && chars[j - 1].is_ascii_digit()
                    && chars.get(j + 1).is_some_and(char::is_ascii_digit);
                if d.is_alphanumeric() || joins_number {
                    j += 1;
                } else {
                    break;
                }
            }
            f(i, j);
            i = j;
        } else {
            f(i, i + 1);
            i += 1;
        }
    }
}

/// Cuts a text into tokens (see the module documentation).
pub fn tokens(text: &str) -> Vec<Token> {
    let chars: Vec<char> = text.nfc().collect();
    let mut out = Vec::new();
    scan(&chars, |i, j| {
        let raw: String = chars[i..j].iter().collect();
        let kind = if !chars[i].is_alphanumeric() {
            Kind::Punctuation
        } else if raw.chars().any(|c| c.is_ascii_digit()) {
            Kind::Number
        } else {
            Kind::Word
        };
        out.push(token(raw, kind));
    });
    out
}

/// Buffers for [`Hashing::hashes`], kept between calls: a lookup hashes thousands of stored
/// sentences and compares only hashes, so it builds no tokens for them.
#[derive(Default)]
pub struct Hashing {
    chars: Vec<char>,
    word: String,
    out: Vec<u64>,
    /// Whether each token is a word or number (not punctuation).
    word_at: Vec<bool>,
    words: Vec<u64>,
}

impl Hashing {
    /// What the memory's word index holds for `text`: its length in tokens and the distinct
    /// hashes of its words and numbers (punctuation is not indexed), in order of appearance.
    pub fn index_terms(&mut self, text: &str) -> (usize, &[u64]) {
        self.hashes(text);
        self.words.clear();
        for (&h, &w) in self.out.iter().zip(&self.word_at) {
            if w && !self.words.contains(&h) {
                self.words.push(h);
            }
        }
        (self.out.len(), &self.words)
    }

    /// The token hashes of `text`, equal to `Sentence::new(text).hashes()`.
    pub fn hashes(&mut self, text: &str) -> &[u64] {
        self.chars.clear();
        if text.is_ascii()
            || unicode_normalization::is_nfc_quick(text.chars())
                == unicode_normalization::IsNormalized::Yes
        {
            // Already NFC (nearly every text): no need to run it through the composer.
            self.chars.extend(text.chars());
        } else {
            self.chars.extend(text.nfc());
        }
        self.out.clear();
        self.word_at.clear();
        let (chars, word, out, word_at) = (
            &self.chars,
            &mut self.word,
            &mut self.out,
            &mut self.word_at,
        );
        scan(chars, |i, j| {
            word_at.push(chars[i].is_alphanumeric());
            if chars[i..j].contains(&'Σ') {
                // A final sigma lowers differently at the end of a word: as `tokens` does.
                word.clear();
                let raw: String = chars[i..j].iter().collect();
                word.push_str(&raw.to_lowercase());
                out.push(hash(word));
                return;
            }
            // `hash` of the lower-case form, without building it.
            let mut h = FNV_OFFSET;
            for &c in &chars[i..j] {
                if c.is_ascii() {
                    h = fnv(h, (c as u8).to_ascii_lowercase());
                } else {
                    let mut buf = [0u8; 4];
                    for l in c.to_lowercase() {
                        for &b in l.encode_utf8(&mut buf).as_bytes() {
                            h = fnv(h, b);
                        }
                    }
                }
            }
            out.push(h);
        });
        &self.out
    }
}

/// Word-level Levenshtein distance between two token sequences (see the module docs).
pub fn distance(a: &Sentence, b: &Sentence) -> usize {
    levenshtein(&a.hashes, &b.hashes)
}

/// Levenshtein distance over token hashes (see [`Sentence::hashes`]).
pub fn levenshtein(a: &[u64], b: &[u64]) -> usize {
    if a.is_empty() || b.is_empty() {
        return a.len().max(b.len());
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, x) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, y) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(x != y);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// The similarity of two sentences in percent (see the module documentation).
pub fn similarity(a: &Sentence, b: &Sentence) -> u8 {
    let n = a.len().max(b.len());
    if n == 0 {
        return 100;
    }
    let d = distance(a, b);
    if d == 0 {
        let same = a.tokens.iter().zip(&b.tokens).all(|(x, y)| x.raw == y.raw);
        return if same { 100 } else { 99 };
    }
    u8::try_from(100 * (n - d) / n).unwrap_or(0)
}

/// The best similarity two sentences of these lengths can have: a bound that lets a scan skip
/// candidates without computing their distance.
pub fn best_possible(n1: usize, n2: usize) -> u8 {
    let n = n1.max(n2);
    if n == 0 {
        return 100;
    }
    u8::try_from(100 * (n - n1.abs_diff(n2)) / n).unwrap_or(0)
}

/// The similarity of two sentences in percent and their token distance (see the module
/// documentation): the distance orders matches of equal percent (fewer edits first).
pub fn score(a: &Sentence, b: &Sentence) -> (u8, usize) {
    let n = a.len().max(b.len());
    if n == 0 {
        return (100, 0);
    }
    let d = distance(a, b);
    if d == 0 {
        let same = a.tokens.iter().zip(&b.tokens).all(|(x, y)| x.raw == y.raw);
        return (if same { 100 } else { 99 }, 0);
    }
    (u8::try_from(100 * (n - d) / n).unwrap_or(0), d)
}

/// The most query word positions a stored sentence can miss (hold no token for) and still be
/// `floor` percent similar to a query of `len` tokens. A sentence of `L` tokens missing `m` of
/// the query's positions aligns at most `len − m` tokens, so its distance is at least
/// `max(len, L) − (len − m)` and its similarity at most ⌊100 × (len − m) / len⌋, whatever `L`.
pub fn max_missing(len: usize, floor: u8) -> usize {
    let floor = usize::from(floor.clamp(1, 100));
    // The least `len − m` with 100 × (len − m) ≥ floor × len.
    len - (floor * len).div_ceil(100).min(len)
}

/// How each token of `a` lines up with `b` in one cheapest edit script: pairs of positions,
/// `None` on the side where a token was inserted or deleted.
pub fn alignment(a: &Sentence, b: &Sentence) -> Vec<(Option<usize>, Option<usize>)> {
    let (n, m) = (a.len(), b.len());
    let mut t = vec![vec![0usize; m + 1]; n + 1];
    for (i, row) in t.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in t[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=n {
        for j in 1..=m {
            let sub = t[i - 1][j - 1] + usize::from(a.hashes[i - 1] != b.hashes[j - 1]);
            t[i][j] = sub.min(t[i - 1][j] + 1).min(t[i][j - 1] + 1);
        }
    }
    let (mut i, mut j) = (n, m);
    let mut out = Vec::with_capacity(n.max(m));
    while i > 0 || j > 0 {
        if i > 0
            && j > 0
            && t[i][j] == t[i - 1][j - 1] + usize::from(a.hashes[i - 1] != b.hashes[j - 1])
        {
            out.push((Some(i - 1), Some(j - 1)));
            i -= 1;
            j -= 1;
        } else if i > 0 && t[i][j] == t[i - 1][j] + 1 {
            out.push((Some(i - 1), None));
            i -= 1;
        } else {
            out.push((None, Some(j - 1)));
            j -= 1;
        }
    }
    out.reverse();
    out
}

/// What kind of token a placeable is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PlaceableKind {
    /// A word with a digit in it (`12`, `3,5`, the parts of a numeric date `3-5-2024`).
    #[default]
    Number,
    /// A month or weekday name (`maart`, `dinsdag`): translated, never carried over as written.
    Date,
    /// A capitalised word the stored translation has as written (`Jansen`, `Utrecht`).
    Name,
}

/// A number, date word or name that differs between the matched source and the current one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Placeable {
    #[serde(default)]
    pub kind: PlaceableKind,
    /// As in the matched source.
    pub old: String,
    /// As in the current source.
    pub new: String,
    /// Whether the translation had `old` exactly once (as written; a number also with `.`
    /// and `,` swapped) and it was replaced; if not, the translator must fix it by hand.
    pub substituted: bool,
}

/// Dutch month and weekday names (and their usual abbreviations): the words of a date written
/// out, which a translation renders in its own language.
const DATE_WORDS: &[&str] = &[
    "april",
    "aug",
    "augustus",
    "dec",
    "december",
    "dinsdag",
    "donderdag",
    "feb",
    "februari",
    "jan",
    "januari",
    "juli",
    "juni",
    "maandag",
    "maart",
    "mei",
    "nov",
    "november",
    "okt",
    "oktober",
    "sep",
    "sept",
    "september",
    "vrijdag",
    "woensdag",
    "zaterdag",
    "zondag",
];

fn is_date_word(norm: &str) -> bool {
    DATE_WORDS.binary_search(&norm).is_ok()
}

fn is_capitalised(t: &Token) -> bool {
    t.kind == Kind::Word && t.raw.chars().next().is_some_and(char::is_uppercase)
}

/// Carries the numbers and names that differ between `matched` (a stored source) and
/// `current` over into `translation`, where that is safe, and lists every one.
///
/// Only tokens that line up with each other in one cheapest edit script of the two sources
/// (replaced one for the other) are considered:
/// - numbers (and so the parts of numeric dates like `3-5-2024`): replaced when the old one
///   occurs exactly once in the translation, as written or with `.` and `,` swapped; listed
///   either way, flagged when not replaced;
/// - month and weekday names (`3 maart` → `3 april`): the translation has them in its own
///   language, so they are never replaced, only listed and flagged;
/// - names: a capitalised word whose replacement is capitalised too, replaced when the
///   translation has the old word as written exactly once (a name carried over verbatim),
///   flagged when it has it more than once; a capitalised word the translation does not have
///   (an ordinary word starting a sentence, a name the translator rendered) is left to the
///   translator like any other word.
pub fn substitute_placeables(
    matched: &Sentence,
    current: &Sentence,
    translation: &str,
) -> (String, Vec<Placeable>) {
    let mut text = translation.to_string();
    let mut out = Vec::new();
    for (i, j) in alignment(matched, current) {
        let (Some(i), Some(j)) = (i, j) else { continue };
        let (a, b) = (&matched.tokens[i], &current.tokens[j]);
        if a.norm == b.norm {
            continue;
        }
        let (kind, candidates) = if a.kind == Kind::Number && b.kind == Kind::Number {
            let swap = |s: &str| {
                s.chars()
                    .map(|c| match c {
                        '.' => ',',
                        ',' => '.',
                        c => c,
                    })
                    .collect::<String>()
            };
            (
                PlaceableKind::Number,
                vec![(a.raw.clone(), b.raw.clone()), (swap(&a.raw), swap(&b.raw))],
            )
        } else if is_date_word(&a.norm) && is_date_word(&b.norm) {
            (PlaceableKind::Date, Vec::new())
        } else if is_capitalised(a) && is_capitalised(b) && !occurrences(&text, &a.raw).is_empty() {
            (PlaceableKind::Name, vec![(a.raw.clone(), b.raw.clone())])
        } else {
            continue;
        };
        let mut substituted = false;
        for (old, new) in candidates {
            let at = occurrences(&text, &old);
            if at.len() == 1 {
                text.replace_range(at[0]..at[0] + old.len(), &new);
                substituted = true;
                break;
            }
            if !at.is_empty() {
                break;
            }
        }
        out.push(Placeable {
            kind,
            old: a.raw.clone(),
            new: b.raw.clone(),
            substituted,
        });
    }
    (text, out)
}

/// Byte offsets where `needle` occurs in `hay` as a whole token (not inside a longer word or
/// number).
fn occurrences(hay: &str, needle: &str) -> Vec<usize> {
    let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    let joiner = |c: Option<char>, d: Option<char>| {
        matches!(c, Some('.' | ',')) && d.is_some_and(|d| d.is_ascii_digit())
    };
    hay.match_indices(needle)
        .map(|(i, _)| i)
        .filter(|&i| {
            let before = hay[..i].chars().next_back();
            let mut after = hay[i + needle.len()..].chars();
            let (a1, a2) = (after.next(), after.next());
            let mut back = hay[..i].chars().rev();
            let (b1, b2) = (back.next(), back.next());
            boundary(before) && boundary(a1) && !joiner(a1, a2) && !joiner(b1, b2)
        })
        .collect()
}

/// Whether a stored match, by state, is worth more than another of the same similarity.
pub fn state_rank(state: Option<crate::model::State>) -> u8 {
    use crate::model::State;
    match state {
        Some(State::Final) => 4,
        Some(State::Reviewed) => 3,
        Some(State::Translated) => 2,
        // A reference TM's units carry no state: a translation someone delivered.
        None => 2,
        Some(State::NeedsWork) => 1,
        Some(State::Untranslated) => 0,
    }
}

/// The match band of a similarity, as `pretranslate` counts them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Band {
    /// 100% with the same previous and next sentence.
    Context,
    Exact,
    /// 95–99%.
    High,
    /// 85–94%.
    Medium,
    /// 75–84%.
    Low,
    /// Below 75%, or nothing found.
    None,
}

impl Band {
    pub fn of(percent: u8, context: bool) -> Band {
        match percent {
            100 if context => Band::Context,
            100 => Band::Exact,
            95..=99 => Band::High,
            85..=94 => Band::Medium,
            75..=84 => Band::Low,
            _ => Band::None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sim(a: &str, b: &str) -> u8 {
        similarity(&Sentence::new(a), &Sentence::new(b))
    }

    #[test]
    fn tokens_keep_numbers_whole() {
        let t: Vec<String> = tokens("Het kost €3,50 of 12.500 euro, toch?")
            .into_iter()
            .map(|t| t.raw)
            .collect();
        assert_eq!(
            t,
            [
                "Het", "kost", "€", "3,50", "of", "12.500", "euro", ",", "toch", "?"
            ]
        );
    }

    #[test]
    fn similarity_is_word_edit_distance() {
        assert_eq!(sim("De kat zit op de mat.", "De kat zit op de mat."), 100);
        assert_eq!(sim("De kat zit op de mat.", "de kat zit op de mat."), 99);
        // 7 tokens, one replaced: ⌊100 × 6/7⌋.
        assert_eq!(sim("De kat zit op de mat.", "De hond zit op de mat."), 85);
        // One inserted: 8 tokens, distance 1.
        assert_eq!(
            sim("De kat zit op de mat.", "De kat zit op de rode mat."),
            87
        );
        assert_eq!(sim("De kat zit op de mat.", "De kat zit op de mat?"), 85);
        assert_eq!(sim("", ""), 100);
        assert_eq!(sim("a", ""), 0);
        assert!(best_possible(7, 8) >= sim("De kat zit op de mat.", "De kat zit op de rode mat."));
    }

    #[test]
    fn numbers_are_substituted_when_safe() {
        let old = Sentence::new("Er waren 12 mensen op 3,5 km.");
        let new = Sentence::new("Er waren 15 mensen op 4,5 km.");
        let (t, p) = substitute_placeables(&old, &new, "There were 12 people at 3.5 km.");
        assert_eq!(t, "There were 15 people at 4.5 km.");
        assert!(p.iter().all(|p| p.substituted), "{p:?}");
        // The old number twice in the translation: not safe, flagged.
        let (t, p) = substitute_placeables(
            &Sentence::new("Zaal 12."),
            &Sentence::new("Zaal 14."),
            "Room 12, floor 12.",
        );
        assert_eq!(t, "Room 12, floor 12.");
        assert!(!p[0].substituted);
        // Not inside a longer number.
        assert_eq!(occurrences("112 and 12 and 12.5", "12"), vec![8]);
    }

    #[test]
    fn missing_words_bound_the_similarity() {
        // 10 tokens at 90%: one position may be missing; at 91%, none.
        assert_eq!(max_missing(10, 90), 1);
        assert_eq!(max_missing(10, 91), 0);
        assert_eq!(max_missing(5, 50), 2);
        assert_eq!(max_missing(7, 100), 0);
        // The bound holds against real scores: a sentence missing m positions scores at
        // most ⌊100 (len − m) / len⌋, longer or shorter.
        let q = Sentence::new("De kat zit op de mat.");
        for other in [
            "De hond zit op de mat.",
            "De hond zit op de rode mat en slaapt.",
            "Hond zit.",
        ] {
            let o = Sentence::new(other);
            let missing = q
                .tokens
                .iter()
                .filter(|t| !o.tokens.iter().any(|u| u.norm == t.norm))
                .count();
            assert!(
                max_missing(q.len(), similarity(&q, &o)) >= missing,
                "{other}"
            );
        }
    }

    #[test]
    fn names_and_dates_are_carried_over_only_verbatim() {
        let old = Sentence::new("Jansen kwam op 3 maart naar Utrecht.");
        let new = Sentence::new("Pietersen kwam op 4 april naar Utrecht.");
        let (t, p) = substitute_placeables(&old, &new, "Jansen came to Utrecht on 3 March.");
        assert_eq!(t, "Pietersen came to Utrecht on 4 March.");
        let kinds: Vec<(PlaceableKind, &str, bool)> = p
            .iter()
            .map(|p| (p.kind, p.new.as_str(), p.substituted))
            .collect();
        assert_eq!(
            kinds,
            [
                (PlaceableKind::Name, "Pietersen", true),
                (PlaceableKind::Number, "4", true),
                (PlaceableKind::Date, "april", false),
            ]
        );
        // A capitalised word the translation does not have is an ordinary word: not listed.
        let (t, p) = substitute_placeables(
            &Sentence::new("De kat slaapt."),
            &Sentence::new("Een kat slaapt."),
            "The cat sleeps.",
        );
        assert_eq!((t.as_str(), p.len()), ("The cat sleeps.", 0));
        // A name twice in the translation: flagged, not replaced.
        let (t, p) = substitute_placeables(
            &Sentence::new("Groeten aan Jan."),
            &Sentence::new("Groeten aan Piet."),
            "Greetings to Jan, dear Jan.",
        );
        assert_eq!(t, "Greetings to Jan, dear Jan.");
        assert_eq!((p[0].kind, p[0].substituted), (PlaceableKind::Name, false));
        // Numeric dates are numbers, part by part.
        let (t, _) = substitute_placeables(
            &Sentence::new("Vergadering op 3-5-2024."),
            &Sentence::new("Vergadering op 7-5-2024."),
            "Meeting on 3-5-2024.",
        );
        assert_eq!(t, "Meeting on 7-5-2024.");
    }

    #[test]
    fn date_words_are_sorted() {
        assert!(DATE_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn hashing_agrees_with_sentences() {
        let mut h = Hashing::default();
        for text in [
            "Het kost €3,50 of 12.500 euro, toch?",
            "ÉÉN Straße.",
            "ΟΔΟΣ.",
            "",
        ] {
            assert_eq!(h.hashes(text), Sentence::new(text).hashes(), "{text:?}");
        }
    }

    #[test]
    fn bands() {
        assert_eq!(Band::of(100, true), Band::Context);
        assert_eq!(Band::of(100, false), Band::Exact);
        assert_eq!(Band::of(95, false), Band::High);
        assert_eq!(Band::of(85, false), Band::Medium);
        assert_eq!(Band::of(75, false), Band::Low);
        assert_eq!(Band::of(74, false), Band::None);
    }
}
