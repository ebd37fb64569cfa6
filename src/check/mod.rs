//! Quality checks over one document: Dutch spelling and name variants in the published source,
//! source hygiene (doubled words, double spaces, unbalanced quotes, lower-case starts) and
//! translation QA in the style of pofilter/Weblate/Okapi (`untranslated`, `numbers`, `names`, …).
//!
//! A pure engine: it takes the document's segments plus what the store knows (capitalised-name
//! counts over all documents, the project word list, the glossary, an optional Hunspell
//! dictionary) and returns [`Finding`]s with code-point spans. No SQL, no printing.
//!
//! One file per family: `spelling` (Hunspell via spellbook), `names` (name variants, the
//! translation `names` check and the exonym data in `exonyms.tsv`), `source` (hygiene) and
//! `translation` (the bilingual checks). This file holds the API and the tokeniser they share.
//! Everything is deterministic: the same input gives the same findings in the same order.

mod attribution;
mod names;
mod source;
mod spelling;
#[cfg(test)]
mod tests;
mod translation;

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use crate::model::{Category, Side};
use crate::segment::{Lang, split_sentences};

pub use attribution::Attributed;
pub use names::{count_names, fuller_name, same_person, spelling_key};
pub use spelling::Dictionary;

/// One segment of the document, as the checks see it.
#[derive(Debug, Clone, Copy)]
pub struct Segment<'a> {
    /// `DOC:N`, copied into every finding on this segment.
    pub id: &'a str,
    /// The source as published.
    pub source: &'a str,
    /// The current translation, if any.
    pub target: Option<&'a str>,
    /// The alignment link the segment stands in, when that is not a plain 1-1 one.
    pub link: Option<Linked<'a>>,
    /// The current translation is marked needs-work (a draft, not ready to publish).
    pub needs_work: bool,
    /// For a segment with inline codes (short tags such as `<x1/>` standing for markup of the
    /// file it came from): the texts with their tags, which the `tags` check compares. `source`
    /// and `target` then have each tag's characters replaced by U+FFFC (see [`mask_codes`]),
    /// so the other checks see no words or numbers in them.
    pub coded: Option<Coded<'a>>,
}

/// A segment's texts with their inline codes.
#[derive(Debug, Clone, Copy)]
pub struct Coded<'a> {
    pub source: &'a str,
    pub target: Option<&'a str>,
    pub codes: &'a [crate::model::InlineCode],
}

/// `text` with the characters of each listed code tag replaced by U+FFFC (OBJECT REPLACEMENT
/// CHARACTER), keeping every code-point offset.
pub fn mask_codes(text: &str, codes: &[crate::model::InlineCode]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (s, e, _) in crate::formats::codes::find(text, codes) {
        out.push_str(&text[last..s]);
        out.extend(std::iter::repeat_n('\u{FFFC}', text[s..e].chars().count()));
        last = e;
    }
    out.push_str(&text[last..]);
    out
}

/// How a segment stands in an alignment link that is not 1-1.
#[derive(Debug, Clone, Copy)]
pub enum Linked<'a> {
    /// The first segment of an n-m link (m ≥ 1): `target` is the whole link's translation;
    /// `source` is the source of all its segments, joined by a space; `span` names the link
    /// (`DOC:6–7`) and `shape` is `n-m`.
    First {
        source: &'a str,
        span: &'a str,
        shape: &'a str,
        sources: usize,
    },
    /// A later segment of a link, or a segment the translation leaves out (n-0): it has no
    /// translation of its own and the translation checks pass it by.
    Covered,
}

/// Everything the checks may consult.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// The document, in order.
    pub segments: &'a [Segment<'a>],
    /// Capitalised-name counts over the whole store (all documents, this one included), as
    /// counted by [`count_names`]; may be empty.
    pub store_names: &'a HashMap<String, usize>,
    /// The project word list: never spelling errors.
    pub words: &'a HashSet<String>,
    /// Glossary entries: (source term, target term).
    pub glossary: &'a [(String, String)],
    /// The document's languages (BCP 47 tags): they pick the tokeniser's rules and which
    /// spelling rules apply (the Dutch ones only to a Dutch source).
    pub source_lang: &'a str,
    pub target_lang: &'a str,
    /// The source side's dictionary; `None`: its spelling is skipped (the caller says so once).
    pub dictionary: Option<&'a Dictionary>,
    /// The translation side's dictionary; `None`: its spelling is skipped.
    pub target_dictionary: Option<&'a Dictionary>,
    /// Drafts are fine (`check --allow-drafts`): untranslated and needs-work segments are not
    /// findings.
    pub allow_drafts: bool,
    /// The accepted and proposed attributions on the source, for the `attribution` check.
    pub attributions: &'a [Attributed<'a>],
    /// The Dutch–English lexicon (FreeDict), when installed: the `attribution` check's evidence
    /// that a speaker the translation names in other words is kept (`Engelsman`/`Englishman`).
    pub lexicon: Option<&'a crate::align::lexicon::Lexicon>,
}

/// One problem found, on a code-point span of the source or the translation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// `DOC:N`.
    pub id: String,
    pub side: Side,
    /// Code points, end exclusive. Segment-level findings span the whole text.
    pub start: usize,
    pub end: usize,
    /// The text of the span.
    pub exact: String,
    /// One of [`CHECKS`].
    pub check: &'static str,
    pub message: String,
    /// Replacement for the span, when there is a fix.
    pub suggestion: Option<String>,
    /// The correction category for `--propose`; set when there is a suggestion.
    pub category: Option<Category>,
}

/// Every check, in report order: source checks first, then translation checks.
pub const CHECKS: &[&str] = &[
    "spelling",
    "name-variant",
    "doubled-word",
    "double-space",
    "unbalanced",
    "lowercase-start",
    "untranslated",
    "needs-work",
    "unchanged",
    "tags",
    "numbers",
    "names",
    "attribution",
    "endpunc",
    "brackets",
    "quotes",
    "doublespacing",
    "length",
    "glossary",
    "inconsistent",
];

/// Whether a check compares the translation with the source (every check from `untranslated`
/// on): what it finds depends on the translation, whichever side its span is on.
pub fn reads_translation(check: &str) -> bool {
    let first = CHECKS.iter().position(|c| *c == "untranslated");
    CHECKS.iter().position(|c| *c == check) >= first
}

/// Checks that every name is one of [`CHECKS`]; the error lists the valid names.
pub fn validate_only(only: &[&str]) -> Result<(), String> {
    let unknown: Vec<&str> = only
        .iter()
        .copied()
        .filter(|name| !CHECKS.contains(name))
        .collect();
    if unknown.is_empty() {
        return Ok(());
    }
    Err(format!(
        "unknown check{} {} (valid: {})",
        if unknown.len() == 1 { "" } else { "s" },
        unknown
            .iter()
            .map(|u| format!("'{u}'"))
            .collect::<Vec<_>>()
            .join(", "),
        CHECKS.join(", ")
    ))
}

/// Runs the checks (all, or those named in `only`) over the document. Findings are ordered by
/// segment, then source before target, then position; a spelling finding on the same span as a
/// name-variant finding is dropped (the variant says more).
pub fn run(ctx: &Context, only: Option<&[&str]>) -> Vec<Finding> {
    let enabled = |name: &str| only.is_none_or(|o| o.contains(&name));
    let doc = Doc::new(ctx);
    let mut out = Vec::new();
    if enabled("spelling") {
        if let Some(dict) = ctx.dictionary {
            if crate::model::primary_language(ctx.source_lang) == "nl" {
                spelling::check(ctx, &doc, dict, &mut out);
            } else {
                spelling::check_plain(ctx, &doc, Side::Source, dict, &mut out);
            }
        }
        if let Some(dict) = ctx.target_dictionary {
            spelling::check_plain(ctx, &doc, Side::Target, dict, &mut out);
        }
    }
    if enabled("name-variant") {
        names::variants(ctx, &doc, &mut out);
    }
    source::check(ctx, &doc, &enabled, &mut out);
    translation::check(ctx, &doc, &enabled, &mut out);
    if enabled("names") {
        names::missing(ctx, &doc, &mut out);
    }
    if enabled("attribution") {
        attribution::check(ctx, &doc, &mut out);
    }
    finish(ctx, out)
}

fn finish(ctx: &Context, mut out: Vec<Finding>) -> Vec<Finding> {
    let position: HashMap<&str, usize> = ctx
        .segments
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id, i))
        .collect();
    let variant_spans: HashSet<(String, usize, usize)> = out
        .iter()
        .filter(|f| f.check == "name-variant")
        .map(|f| (f.id.clone(), f.start, f.end))
        .collect();
    out.retain(|f| {
        f.check != "spelling" || !variant_spans.contains(&(f.id.clone(), f.start, f.end))
    });
    let rank = |check: &str| {
        CHECKS
            .iter()
            .position(|c| *c == check)
            .unwrap_or(usize::MAX)
    };
    out.sort_by_key(|f| {
        (
            position.get(f.id.as_str()).copied().unwrap_or(usize::MAX),
            f.side != Side::Source,
            f.start,
            f.end,
            rank(f.check),
        )
    });
    out.dedup();
    out
}

// ---------------------------------------------------------------------------------------------
// Shared analysis of the document

/// The document tokenised once, with the counts several checks consult.
pub(crate) struct Doc<'c> {
    pub segs: Vec<SegInfo<'c>>,
    /// Lower-cased word forms (whole tokens and hyphen parts) → occurrences in the source.
    pub lower_counts: HashMap<String, usize>,
    /// Capitalised forms not at a sentence start → occurrences ([`count_names`] over the source).
    pub names: HashMap<String, usize>,
    /// Capitalised forms anywhere (sentence starts included) → occurrences.
    pub caps: HashMap<String, usize>,
    /// Forms that occur written in lower case somewhere in the source.
    pub lower_seen: HashSet<String>,
}

pub(crate) struct SegInfo<'c> {
    pub seg: Segment<'c>,
    pub src: Vec<Token<'c>>,
    pub tgt: Vec<Token<'c>>,
}

impl<'c> Doc<'c> {
    pub fn new(ctx: &Context<'c>) -> Doc<'c> {
        let mut doc = Doc {
            segs: Vec::with_capacity(ctx.segments.len()),
            lower_counts: HashMap::new(),
            names: HashMap::new(),
            caps: HashMap::new(),
            lower_seen: HashSet::new(),
        };
        // Languages without rules of their own are split like English.
        let source_lang: Lang = ctx.source_lang.parse().unwrap_or(Lang::En);
        let target_lang: Lang = ctx.target_lang.parse().unwrap_or(Lang::En);
        for seg in ctx.segments {
            let src = tokenize(seg.source, source_lang);
            let tgt = seg
                .target
                .map(|t| tokenize(t, target_lang))
                .unwrap_or_default();
            for tok in &src {
                let mut forms = vec![*tok];
                if tok.text.contains(is_hyphen) {
                    forms.extend(tok.hyphen_parts());
                }
                for form in &forms {
                    *doc.lower_counts
                        .entry(form.text.to_lowercase())
                        .or_default() += 1;
                    if is_capitalised(form.text) {
                        *doc.caps.entry(form.text.to_string()).or_default() += 1;
                    } else if starts_lower(form.text) {
                        doc.lower_seen.insert(form.text.to_string());
                    }
                }
            }
            names::add_names(&src, &mut doc.names);
            doc.segs.push(SegInfo {
                seg: *seg,
                src,
                tgt,
            });
        }
        doc
    }

    /// Occurrences of a capitalised form in other documents of the store.
    pub fn store_elsewhere(&self, ctx: &Context, form: &str) -> usize {
        let here = self.names.get(form).copied().unwrap_or(0);
        ctx.store_names
            .get(form)
            .copied()
            .unwrap_or(0)
            .saturating_sub(here)
    }
}

// ---------------------------------------------------------------------------------------------
// Tokenisation

/// A word of a segment: letters and digits, joined by inner hyphens and apostrophes
/// (`olie-industrie`, `commando’s`), by `.`/`,`/`:` between digits (`1.200`, `3,5`, `14:30`) and by
/// `.` between letters (`o.a`); a leading apostrophe only in elisions (`’s`, `'t`, `’80`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token<'t> {
    pub text: &'t str,
    /// Byte offset in the segment.
    pub byte: usize,
    /// Code-point offsets in the segment, end exclusive.
    pub start: usize,
    pub end: usize,
    /// First word of a sentence (also right after an opening quote or a colon).
    pub initial: bool,
    /// Inside a URL or e-mail address.
    pub url: bool,
}

impl<'t> Token<'t> {
    /// The parts between hyphens, with their own offsets (`Libië-expert` → `Libië`, `expert`).
    pub fn hyphen_parts(&self) -> Vec<Token<'t>> {
        let mut out = Vec::new();
        let mut from = 0;
        let mut cuts: Vec<(usize, usize)> = self
            .text
            .char_indices()
            .filter(|&(_, c)| is_hyphen(c))
            .map(|(b, c)| (b, b + c.len_utf8()))
            .collect();
        cuts.push((self.text.len(), self.text.len()));
        for (cut, next) in cuts {
            let part = &self.text[from..cut];
            if !part.is_empty() {
                let start = self.start + char_len(&self.text[..from]);
                out.push(Token {
                    text: part,
                    byte: self.byte + from,
                    start,
                    end: start + char_len(part),
                    initial: self.initial && from == 0,
                    url: self.url,
                });
            }
            from = next;
        }
        out
    }

    pub fn has_digit(&self) -> bool {
        self.text.chars().any(|c| c.is_ascii_digit())
    }
}

pub(crate) fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c)
}

/// Lower-case words written after an apostrophe at the start of a word.
pub(crate) const ELISIONS: &[&str] = &["s", "t", "n", "k", "m", "r", "em", "ie"];

/// The tokens of `text`; sentence starts are found with the segmenter's rules for `lang`.
pub(crate) fn tokenize(text: &str, lang: Lang) -> Vec<Token<'_>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let urls = url_ranges(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let c = chars[i].1;
        let starts_word = is_word_char(c) || (is_apostrophe(c) && elision_at(&chars, i));
        if !starts_word {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        loop {
            match at(j) {
                Some(c) if is_word_char(c) => j += 1,
                Some(c) => {
                    let (Some(prev), Some(next)) = (at(j - 1), at(j + 1)) else {
                        break;
                    };
                    let joins = match c {
                        _ if is_hyphen(c) || is_apostrophe(c) => {
                            is_word_char(prev) && is_word_char(next)
                        }
                        '.' | ',' | ':' => prev.is_ascii_digit() && next.is_ascii_digit(),
                        _ => false,
                    } || (c == '.'
                        && prev.is_alphabetic()
                        && next.is_alphabetic()
                        && (j < 2 || at(j - 2).is_none_or(|p| !is_word_char(p)))
                        && at(j + 2).is_some_and(|p| p == '.'));
                    if joins {
                        j += 1;
                    } else {
                        break;
                    }
                }
                None => break,
            }
        }
        let byte = chars[i].0;
        let end_byte = chars.get(j).map_or(text.len(), |&(b, _)| b);
        out.push(Token {
            text: &text[byte..end_byte],
            byte,
            start: i,
            end: j,
            initial: false,
            url: urls.iter().any(|r| r.start <= byte && byte < r.end),
        });
        i = j;
    }
    mark_initial(text, lang, &mut out);
    out
}

/// `’s`, `'t`, `’80`: an apostrophe after a non-letter that starts a known elision.
fn elision_at(chars: &[(usize, char)], i: usize) -> bool {
    if i > 0 && is_word_char(chars[i - 1].1) {
        return false;
    }
    let word: String = chars[i + 1..]
        .iter()
        .map(|&(_, c)| c)
        .take_while(|&c| is_word_char(c))
        .collect();
    let n = word.chars().count();
    // `’80`, but not the quoted `'18'`.
    let closed = chars.get(i + 1 + n).is_some_and(|&(_, c)| is_apostrophe(c));
    (n == 2 && word.chars().all(|c| c.is_ascii_digit()) && !closed)
        || ELISIONS.contains(&word.as_str())
}

fn mark_initial(text: &str, lang: Lang, toks: &mut [Token]) {
    let starts: Vec<usize> = split_sentences(text, lang)
        .into_iter()
        .map(|r| r.start)
        .collect();
    let mut next_start = starts.iter().peekable();
    for k in 0..toks.len() {
        let mut initial = false;
        while let Some(&&s) = next_start.peek() {
            if s <= toks[k].byte {
                initial = true;
                next_start.next();
            } else {
                break;
            }
        }
        // After an opening quote or a colon, a capital may start quoted speech.
        let before = text[..toks[k].byte].trim_end_matches(' ');
        if before.ends_with(['‘', '“', '„', '«', ':']) && k > 0 {
            initial = true;
        }
        toks[k].initial = initial || k == 0;
    }
}

/// Byte ranges of URLs and e-mail addresses (whitespace-delimited chunks).
fn url_ranges(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (b, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        if !c.is_whitespace() {
            start.get_or_insert(b);
            continue;
        }
        let Some(s) = start.take() else { continue };
        let chunk = &text[s..b];
        let lower = chunk
            .trim_start_matches(['(', '[', '‘', '“', '"', '\''])
            .to_ascii_lowercase();
        let is_url = lower.contains("://")
            || lower.starts_with("www.")
            || chunk
                .split_once('@')
                .is_some_and(|(a, b)| !a.is_empty() && b.contains('.'));
        if is_url {
            out.push(s..b);
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Small helpers

/// First letter upper case (`Haftar`, `EU`, `Libië-expert`).
pub(crate) fn is_capitalised(word: &str) -> bool {
    word.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(char::is_uppercase)
        && word.chars().next().is_some_and(|c| !c.is_ascii_digit())
}

pub(crate) fn starts_lower(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase)
}

/// Two or more letters, all upper case (`LNA`, `VAE`, `EU`).
pub(crate) fn is_all_caps(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && word
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
}

/// An upper-case letter after the first character (`iPhone`, `McDonald`, `eBay`).
pub(crate) fn has_inner_capital(word: &str) -> bool {
    word.chars().skip(1).any(char::is_uppercase)
}

pub(crate) fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// Optimal-string-alignment Damerau–Levenshtein distance over chars, giving up (returning
/// `max + 1`) once the distance must exceed `max`.
pub(crate) fn damerau(a: &str, b: &str, max: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return max + 1;
    }
    let w = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * w];
    for (j, cell) in d.iter_mut().enumerate().take(w) {
        *cell = j;
    }
    for i in 1..=a.len() {
        d[i * w] = i;
        let mut row_min = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[(i - 1) * w + j] + 1)
                .min(d[i * w + j - 1] + 1)
                .min(d[(i - 1) * w + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[(i - 2) * w + j - 2] + 1);
            }
            d[i * w + j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return max + 1;
        }
    }
    d[a.len() * w + b.len()].min(max + 1)
}

/// Lower case without diacritics, `’` as `'`: for comparing names across languages.
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let mapped =
            match c {
                'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ą' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä'
                | 'Å' => 'a',
                'ç' | 'ć' | 'č' | 'Ç' | 'Č' => 'c',
                'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
                'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'İ' => 'i',
                'ñ' | 'ń' | 'Ñ' => 'n',
                'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö'
                | 'Ø' => 'o',
                'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ű' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
                'ý' | 'ÿ' | 'Ý' => 'y',
                'ğ' | 'Ğ' => 'g',
                'ş' | 'ś' | 'š' | 'Ş' | 'Š' => 's',
                'ž' | 'ź' | 'ż' | 'Ž' => 'z',
                'ł' | 'Ł' => 'l',
                'ř' | 'Ř' => 'r',
                'ß' => {
                    out.push_str("ss");
                    continue;
                }
                '’' | '‘' => '\'',
                '‐' | '‑' => '-',
                c => {
                    out.extend(c.to_lowercase());
                    continue;
                }
            };
        out.push(mapped);
    }
    out
}

/// Whether `phrase` occurs in `hay` at word boundaries; both already [`fold`]ed.
pub(crate) fn contains_word(hay: &str, phrase: &str) -> bool {
    if phrase.is_empty() {
        return false;
    }
    let mut from = 0;
    while let Some(pos) = hay[from..].find(phrase) {
        let s = from + pos;
        let e = s + phrase.len();
        let before_ok = hay[..s]
            .chars()
            .next_back()
            .is_none_or(|c| !is_word_char(c));
        let after_ok = hay[e..].chars().next().is_none_or(|c| !is_word_char(c));
        if before_ok && after_ok {
            return true;
        }
        from = s + hay[s..].chars().next().map_or(1, char::len_utf8);
    }
    false
}

/// A finding on `text` spanning code points `start..end`.
pub(crate) struct At<'a> {
    pub id: &'a str,
    pub side: Side,
    pub text: &'a str,
}

impl At<'_> {
    pub fn finding(
        &self,
        start: usize,
        end: usize,
        check: &'static str,
        message: String,
        suggestion: Option<String>,
        category: Option<Category>,
    ) -> Finding {
        let exact: String = self.text.chars().skip(start).take(end - start).collect();
        Finding {
            id: self.id.to_string(),
            side: self.side,
            start,
            end,
            exact,
            check,
            message,
            category: suggestion.as_ref().and(category),
            suggestion,
        }
    }

    /// A finding on the whole text.
    pub fn whole(&self, check: &'static str, message: String) -> Finding {
        self.finding(0, char_len(self.text), check, message, None, None)
    }

    pub fn token(
        &self,
        tok: &Token,
        check: &'static str,
        message: String,
        suggestion: Option<String>,
        category: Option<Category>,
    ) -> Finding {
        self.finding(tok.start, tok.end, check, message, suggestion, category)
    }
}
