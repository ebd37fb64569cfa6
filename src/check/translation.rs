//! Translation QA, named as in pofilter/Weblate/Okapi: `untranslated`, `unchanged`, `numbers`,
//! `endpunc`, `brackets`, `quotes`, `doublespacing`, `length`, `glossary`, `inconsistent`.
//! (`names` lives in `names.rs` with the exonym data.)
//!
//! Decisions:
//! - `untranslated` only fires in a document that has at least one translation: a source-only
//!   document is not "missing" translations, it has not been started.
//! - `unchanged` ignores segments without letters and segments made only of names, acronyms and
//!   numbers (`Khalifa Haftar`, `LNA`): a capitalised word counts as a name unless the Dutch
//!   dictionary knows it in lower case, so `Beeld EPA` left as is *is* reported when a
//!   dictionary is loaded (and passes without one).
//! - `numbers` reads the source with Dutch conventions (`1.200` = 1200, `3,5` = 3.5, `14.30 uur`
//!   = 14:30) and the translation with English ones (`1,200`, `3.5`, `14:30`), compares values
//!   as multisets, accepts number words (`3` → `three`), decades (`jaren 60` → `1960s`), clock
//!   times on either clock (`22.00 uur` → `10:00 pm`, `1200 GMT`), and says "in Dutch notation"
//!   when the translation kept `3,5`. Only source numbers missing from the translation are
//!   reported (an extra number in the translation is usually a unit conversion). Dutch month and weekday names (`19 januari`,
//!   `dinsdag`) must appear in English (`January`, `Tuesday`).
//! - `length` flags strong outliers of the target/source character ratio; see [`LENGTH_MU`].

use std::collections::HashMap;

use crate::model::{Category, Side};

use super::names::{EXONYMS, is_function_word};
use super::source::double_spaces;
use super::{
    At, Context, Doc, Finding, Linked, SegInfo, char_len, contains_word, fold, is_all_caps,
    is_capitalised,
};

// Length model for nl→en, fitted on the 1012 FLORES-200 devtest pairs
// (`../shared/data/flores200_devtest.{nl,en}`): r = ln(len_en / len_nl) in characters has mean
// −0.107 (English is about 0.90× as long as Dutch) and a variance that shrinks with the source
// length L: a least-squares fit of (r − mean)² on 1/L gives var(r) ≈ 0.00179 + 2.35 / L
// (sd 0.18 at L = 75 characters, 0.124 at L = 240). Tatoeba's short pairs (L < 30) spread less
// than this predicts, so the model is conservative for short segments.
/// Mean of ln(target chars / source chars).
pub(crate) const LENGTH_MU: f64 = -0.107;
/// var(r) = LENGTH_VAR_A + LENGTH_VAR_B / L.
pub(crate) const LENGTH_VAR_A: f64 = 0.00179;
pub(crate) const LENGTH_VAR_B: f64 = 2.35;
/// Only |z| above this is reported (strong outliers).
pub(crate) const LENGTH_Z: f64 = 3.5;
/// Sources shorter than this (in characters) are not judged.
pub(crate) const LENGTH_MIN: usize = 20;

pub(super) fn check(
    ctx: &Context,
    doc: &Doc,
    enabled: &dyn Fn(&str) -> bool,
    out: &mut Vec<Finding>,
) {
    fn translated<'c>(si: &SegInfo<'c>) -> Option<&'c str> {
        si.seg.target.filter(|t| !t.trim().is_empty())
    }
    let glossary = Glossary::new(ctx.glossary);
    // Normalised source → (id, normalised target, target as written) of the first translation.
    let mut first: HashMap<String, (&str, String, &str)> = HashMap::new();
    for si in &doc.segs {
        // A link's translation is checked against the link's whole source; its later
        // segments, and segments the translation leaves out, have nothing of their own.
        let (source, link) = match si.seg.link {
            Some(Linked::Covered) => continue,
            Some(Linked::First {
                source,
                span,
                shape,
                sources,
            }) => (source, Some((span, shape, sources))),
            None => (si.seg.source, None),
        };
        // Checks that point into the source, or compare whole sources, need the link to have
        // one source segment.
        let one_source = link.is_none_or(|(_, _, n)| n == 1);
        let src_at = At {
            id: si.seg.id,
            side: Side::Source,
            text: si.seg.source,
        };
        let Some(target) = translated(si) else {
            // A gate before publishing: a document with nothing translated is not clean.
            if enabled("untranslated") && !ctx.allow_drafts && !si.seg.source.trim().is_empty() {
                out.push(src_at.whole("untranslated", "there is no translation".to_string()));
            }
            continue;
        };
        if enabled("needs-work") && !ctx.allow_drafts && si.seg.needs_work {
            out.push(
                At {
                    id: si.seg.id,
                    side: Side::Target,
                    text: target,
                }
                .whole(
                    "needs-work",
                    "the translation is marked needs-work".to_string(),
                ),
            );
        }
        let at = At {
            id: si.seg.id,
            side: Side::Target,
            text: target,
        };
        if enabled("unchanged") && one_source && unchanged(ctx, doc, si, target) {
            out.push(at.whole(
                "unchanged",
                "the translation is the same as the source".to_string(),
            ));
        }
        if enabled("tags")
            && link.is_none()
            && let Some(c) = si.seg.coded
        {
            let m = crate::formats::codes::compare(c.source, c.target.unwrap_or(""), c.codes);
            let mut parts = Vec::new();
            if !m.missing.is_empty() {
                parts.push(format!("missing {}", m.missing.join(" ")));
            }
            if !m.added.is_empty() {
                parts.push(format!("added {}", m.added.join(" ")));
            }
            if m.reordered {
                parts.push("in another order than in the source".to_string());
            }
            if !parts.is_empty() {
                let mut f = at.whole("tags", format!("inline codes {}", parts.join("; ")));
                f.exact = c.target.unwrap_or_default().to_string();
                out.push(f);
            }
        }
        if enabled("numbers") && one_source {
            numbers(&src_at, &at, si, out);
        }
        if enabled("endpunc") {
            endpunc(source, &at, out);
        }
        if enabled("brackets") {
            brackets(source, &at, out);
        }
        if enabled("quotes") {
            let (s, t) = (quote_count(source), quote_count(target));
            if s != t {
                out.push(at.whole(
                    "quotes",
                    format!("the source has {s} quotation(s), the translation {t}"),
                ));
            }
        }
        if enabled("doublespacing") {
            let mut in_source = Vec::new();
            double_spaces(&src_at, "doublespacing", &mut in_source);
            if in_source.is_empty() {
                double_spaces(&at, "doublespacing", out);
            }
        }
        if enabled("length") {
            length(source, &at, link.map(|(span, shape, _)| (span, shape)), out);
        }
        if enabled("glossary") {
            glossary.check(&src_at, si, target, out);
        }
        if enabled("inconsistent") && one_source {
            let (ns, nt) = (normalise(source), normalise(target));
            match first.get(&ns) {
                Some((id, t, shown)) if *t != nt => out.push(at.whole(
                    "inconsistent",
                    format!("the same source is translated differently in {id}: ‘{shown}’"),
                )),
                Some(_) => {}
                None => {
                    first.insert(ns, (si.seg.id, nt, target));
                }
            }
        }
    }
}

fn normalise(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

// ---------------------------------------------------------------------------------------------
// unchanged

fn unchanged(ctx: &Context, doc: &Doc, si: &SegInfo, target: &str) -> bool {
    if normalise(si.seg.source) != normalise(target)
        || !si.seg.source.chars().any(char::is_alphabetic)
    {
        return false;
    }
    let name_like = |t: &super::Token| {
        let lower = t.text.to_lowercase();
        t.has_digit()
            || t.url
            || is_all_caps(t.text)
            || (is_capitalised(t.text)
                && !is_function_word(t.text)
                && !doc.lower_seen.contains(&lower)
                && !ctx.dictionary.is_some_and(|d| d.check(&lower)))
    };
    !si.src.iter().all(name_like)
}

// ---------------------------------------------------------------------------------------------
// numbers

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Num {
    pub start: usize,
    pub end: usize,
    pub raw: String,
    /// Canonical values under the language's conventions (several when ambiguous).
    pub values: Vec<String>,
}

#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Notation {
    Dutch,
    English,
}

/// Digit runs with inner `.`/`,`/`:` between digits, with their values.
pub(crate) fn extract_numbers(text: &str, notation: Notation) -> Vec<Num> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len()
            && (chars[i].is_ascii_digit()
                || (matches!(chars[i], '.' | ',' | ':')
                    && chars.get(i + 1).is_some_and(char::is_ascii_digit)
                    && chars[i - 1].is_ascii_digit()))
        {
            i += 1;
        }
        let raw: String = chars[start..i].iter().collect();
        let after: String = chars[i..].iter().take(8).collect::<String>().to_lowercase();
        let after = after.trim_start();
        let clock = [
            "uur", "gmt", "utc", "cet", "hours", "h ", "am", "pm", "a.m", "p.m",
        ]
        .iter()
        .any(|w| after.starts_with(w));
        let values = values(&raw, notation, clock);
        out.push(Num {
            start,
            end: i,
            raw,
            values,
        });
    }
    out
}

fn canonical(number: &str) -> String {
    let (int, frac) = number.split_once('.').unwrap_or((number, ""));
    let int = int.trim_start_matches('0');
    let frac = frac.trim_end_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    if frac.is_empty() {
        int.to_string()
    } else {
        format!("{int}.{frac}")
    }
}

fn grouped(raw: &str, sep: char) -> bool {
    let mut groups = raw.split(sep);
    let first = groups.next().unwrap_or("");
    (1..=3).contains(&first.len())
        && raw.contains(sep)
        && groups.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()))
}

/// A clock time as `h:mm[:ss]` with the hour modulo 12 (`22:00` = `10:00 pm`).
fn time(parts: &[&str]) -> String {
    let hour: u32 = parts[0].parse().unwrap_or(0);
    let mut out = (hour % 12).to_string();
    for p in &parts[1..] {
        out.push(':');
        out.push_str(p);
    }
    out
}

fn values(raw: &str, notation: Notation, clock: bool) -> Vec<String> {
    if raw.contains(':') {
        // `14:30`, race times `4:41:30` / `4:41.30`.
        let parts: Vec<&str> = raw.split([':', '.']).collect();
        return vec![time(&parts)];
    }
    let (thousands, decimal) = match notation {
        Notation::Dutch => ('.', ','),
        Notation::English => (',', '.'),
    };
    if clock && raw.len() == 4 && raw.bytes().all(|b| b.is_ascii_digit()) {
        // `1200 GMT`.
        return vec![time(&[&raw[..2], &raw[2..]]), canonical(raw)];
    }
    let (int, frac) = raw.split_once(decimal).unwrap_or((raw, ""));
    if (frac.is_empty() || !frac.contains([thousands, decimal])) && grouped(int, thousands) {
        let int = int.replace(thousands, "");
        return vec![canonical(&format!("{int}.{frac}"))];
    }
    if let Some((h, m)) = raw.split_once('.')
        && h.len() <= 2
        && m.len() == 2
        && !raw.contains(',')
        && m < "60"
    {
        // `14.30 uur`, British `12.00 GMT`; without a clock word also a decimal.
        let t = time(&[h, m]);
        return if clock {
            vec![t]
        } else {
            vec![t, canonical(raw)]
        };
    }
    if raw.matches(decimal).count() == 1 && !raw.contains(thousands) {
        return vec![canonical(&raw.replace(decimal, "."))];
    }
    // Versions, lists and other shapes: compare as written.
    vec![raw.to_string()]
}

const EN_NUMBER_WORDS: &[(&str, u32)] = &[
    ("one", 1),
    ("a", 1),
    ("an", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("hundred", 100),
    ("thousand", 1000),
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("dozen", 12),
    ("half", 2),
    ("quarter", 4),
    ("once", 1),
    ("twice", 2),
    ("single", 1),
    ("double", 2),
    ("pair", 2),
    ("couple", 2),
];

fn has_number_word(tokens: &[super::Token], words: &[(&str, u32)], value: &str) -> bool {
    tokens.iter().any(|t| {
        let lower = t.text.to_lowercase();
        // `vierde`, `twintigste`, `three-quarters`: a word or a hyphen part.
        lower.split(super::is_hyphen).any(|part| {
            let singular = part.strip_suffix('s').unwrap_or(part);
            words
                .iter()
                .any(|(w, v)| (*w == part || *w == singular) && v.to_string() == value)
        })
    })
}

fn numbers(src_at: &At, at: &At, si: &SegInfo, out: &mut Vec<Finding>) {
    let src = extract_numbers(src_at.text, Notation::Dutch);
    let tgt = extract_numbers(at.text, Notation::English);
    let mut used = vec![false; tgt.len()];
    let mut unmatched_src = Vec::new();
    for n in &src {
        let hit = (0..tgt.len())
            .find(|&k| !used[k] && tgt[k].values.iter().any(|v| n.values.contains(v)));
        match hit {
            Some(k) => used[k] = true,
            None => unmatched_src.push(n),
        }
    }
    for n in unmatched_src {
        // The same digits, kept in Dutch notation (`3,5` in English).
        if let Some(k) = (0..tgt.len()).find(|&k| !used[k] && tgt[k].raw == n.raw) {
            used[k] = true;
            let english = english_notation(&n.values[0]);
            out.push(at.finding(
                tgt[k].start,
                tgt[k].end,
                "numbers",
                format!(
                    "‘{}’ is in Dutch notation; in English: ‘{english}’",
                    tgt[k].raw
                ),
                Some(english.clone()),
                Some(Category::Style),
            ));
            continue;
        }
        if n.values
            .iter()
            .any(|v| has_number_word(&si.tgt, EN_NUMBER_WORDS, v))
        {
            continue;
        }
        // `jaren 60` / `1960s`.
        if n.raw.len() == 2
            && n.raw.ends_with('0')
            && let Some(k) = (0..tgt.len()).find(|&k| {
                !used[k] && tgt[k].raw.len() == 4 && tgt[k].raw.ends_with(n.raw.as_str())
            })
        {
            used[k] = true;
            continue;
        }
        out.push(src_at.finding(
            n.start,
            n.end,
            "numbers",
            format!("‘{}’ is not in the translation", n.raw),
            None,
            None,
        ));
    }
    // Dates: Dutch month and weekday names.
    let mut seen = Vec::new();
    for tok in &si.src {
        let lower = tok.text.to_lowercase();
        let Some(english) = EXONYMS.dates.get(&lower) else {
            continue;
        };
        if seen.contains(&lower) {
            continue;
        }
        seen.push(lower);
        if !english.iter().any(|e| contains_word(at.text, e)) {
            out.push(src_at.token(
                tok,
                "numbers",
                format!("‘{}’ ({}) is not in the translation", tok.text, english[0]),
                None,
                None,
            ));
        }
    }
}

/// `1200.5` → `1,200.5`.
fn english_notation(value: &str) -> String {
    let (int, frac) = value.split_once('.').unwrap_or((value, ""));
    if !int.bytes().all(|b| b.is_ascii_digit()) {
        return value.to_string();
    }
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 && int.len() > 4 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    if frac.is_empty() {
        grouped
    } else {
        format!("{grouped}.{frac}")
    }
}

// ---------------------------------------------------------------------------------------------
// endpunc, brackets, quotes

/// The sentence-final punctuation class of a text and its code-point span.
fn end_punct(text: &str) -> (&'static str, Option<(usize, usize)>) {
    let chars: Vec<char> = text.trim_end().chars().collect();
    let mut end = chars.len();
    while end > 0
        && matches!(
            chars[end - 1],
            '’' | '”' | '"' | '\'' | ')' | ']' | '»' | '›'
        )
    {
        end -= 1;
    }
    let last = |k: usize| end.checked_sub(k).map(|i| chars[i]);
    let (class, len) = match last(1) {
        Some('.') if last(2) == Some('.') && last(3) == Some('.') => ("…", 3),
        Some('…') => ("…", 1),
        Some('.') => (".", 1),
        Some('?') => ("?", 1),
        Some('!') => ("!", 1),
        Some(':') => (":", 1),
        Some(';') => (";", 1),
        _ => ("", 0),
    };
    (class, (len > 0).then(|| (end - len, end)))
}

fn endpunc(source: &str, at: &At, out: &mut Vec<Finding>) {
    let (s, _) = end_punct(source);
    let (t, span) = end_punct(at.text);
    if s == t {
        return;
    }
    let describe = |c: &str| {
        if c.is_empty() {
            "no final punctuation".to_string()
        } else {
            format!("‘{c}’")
        }
    };
    let message = format!(
        "the source ends with {}, the translation with {}",
        describe(s),
        describe(t)
    );
    out.push(match span {
        Some((a, b)) => at.finding(a, b, "endpunc", message, None, None),
        None => at.whole("endpunc", message),
    });
}

fn brackets(source: &str, at: &At, out: &mut Vec<Finding>) {
    let count = |text: &str, c: char| text.chars().filter(|&x| x == c).count();
    let differing: Vec<String> = ['(', ')', '[', ']', '{', '}']
        .into_iter()
        .filter(|&c| count(source, c) != count(at.text, c))
        .map(|c| format!("‘{c}’ {}→{}", count(source, c), count(at.text, c)))
        .collect();
    if !differing.is_empty() {
        out.push(at.whole(
            "brackets",
            format!(
                "brackets differ between source and translation: {}",
                differing.join(", ")
            ),
        ));
    }
}

/// Quotations in a text: opening typographic quotes, straight double quotes in pairs, and
/// straight single quotes that open a word (not elisions like `'s`).
pub(crate) fn quote_count(text: &str) -> usize {
    let chars: Vec<char> = text.chars().collect();
    let mut openers = 0;
    let mut straight: usize = 0;
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(i + 1).copied();
        let opens_word = prev
            .is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–'))
            && next.is_some_and(|n| !n.is_whitespace());
        match c {
            '‘' | '‚' if opens_word && !elision_after(&chars[i + 1..]) => openers += 1,
            '“' | '„' | '«' => openers += 1,
            '"' => straight += 1,
            '\'' if opens_word && !elision_after(&chars[i + 1..]) => openers += 1,
            _ => {}
        }
    }
    openers + straight.div_ceil(2)
}

fn elision_after(rest: &[char]) -> bool {
    let word: String = rest.iter().take_while(|c| c.is_alphanumeric()).collect();
    let closed = rest
        .get(word.chars().count())
        .is_some_and(|&c| super::is_apostrophe(c));
    super::ELISIONS.contains(&word.as_str())
        || (word.len() == 2 && word.bytes().all(|b| b.is_ascii_digit()) && !closed)
}

// ---------------------------------------------------------------------------------------------
// length

/// `link`: the span and shape of the n-m link whose whole source `source` is.
fn length(source: &str, at: &At, link: Option<(&str, &str)>, out: &mut Vec<Finding>) {
    let l = char_len(source.trim());
    let t = char_len(at.text.trim());
    if l < LENGTH_MIN || t == 0 {
        return;
    }
    let ratio = t as f64 / l as f64;
    let sd = (LENGTH_VAR_A + LENGTH_VAR_B / l as f64).sqrt();
    let z = (ratio.ln() - LENGTH_MU) / sd;
    if z.abs() <= LENGTH_Z {
        return;
    }
    let lo = (LENGTH_MU - LENGTH_Z * sd).exp();
    let hi = (LENGTH_MU + LENGTH_Z * sd).exp();
    let what = match link {
        Some((span, shape)) => format!("the translation of the {shape} link {span}"),
        None => "the translation".to_string(),
    };
    out.push(at.whole(
        "length",
        format!(
            "{what} is {ratio:.2}× as long as {} ({} for this length: {lo:.2}–{hi:.2}×)",
            if link.is_some() {
                "its source"
            } else {
                "the source"
            },
            if z < 0.0 { "too short" } else { "too long" }
        ),
    ));
}

// ---------------------------------------------------------------------------------------------
// glossary

struct Term {
    /// Accepted Dutch forms per word of the source term (lower case).
    words: Vec<Vec<String>>,
    source: String,
    target: String,
    /// Accepted English forms of the target term (folded).
    targets: Vec<String>,
}

struct Glossary {
    terms: Vec<Term>,
}

impl Glossary {
    fn new(entries: &[(String, String)]) -> Glossary {
        let terms = entries
            .iter()
            .filter(|(s, t)| !s.trim().is_empty() && !t.trim().is_empty())
            .map(|(s, t)| Term {
                words: s
                    .split_whitespace()
                    .map(|w| dutch_forms(&w.to_lowercase()))
                    .collect(),
                source: s.trim().to_string(),
                target: t.trim().to_string(),
                targets: english_forms(&fold(t.trim())),
            })
            .collect();
        Glossary { terms }
    }

    fn check(&self, src_at: &At, si: &SegInfo, target: &str, out: &mut Vec<Finding>) {
        if self.terms.is_empty() {
            return;
        }
        let tfold = fold(target);
        let lower: Vec<String> = si.src.iter().map(|t| t.text.to_lowercase()).collect();
        // Where each term occurs first, as (term, first token, tokens).
        let found: Vec<(&Term, usize, usize)> = self
            .terms
            .iter()
            .filter_map(|term| {
                let n = term.words.len();
                if n > lower.len() {
                    return None;
                }
                (0..=lower.len() - n)
                    .find(|&i| (0..n).all(|k| term.words[k].contains(&lower[i + k])))
                    .map(|i| (term, i, n))
            })
            .collect();
        for &(term, i, n) in &found {
            // The longest match wins: `waterschappen` inside `Unie van Waterschappen` is the
            // longer term's business.
            let inside_longer = found
                .iter()
                .any(|&(_, j, m)| m > n && j <= i && i + n <= j + m);
            if inside_longer || term.targets.iter().any(|t| contains_word(&tfold, t)) {
                continue;
            }
            out.push(src_at.finding(
                si.src[i].start,
                si.src[i + n - 1].end,
                "glossary",
                format!(
                    "glossary: ‘{}’ should be translated as ‘{}’, which the translation lacks",
                    term.source, term.target
                ),
                None,
                None,
            ));
        }
    }
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'é' | 'ë' | 'ï')
}

/// Inflected forms of a Dutch word: `libisch` → `libische`; `nationaal` → `nationale`;
/// `wit` → `witte`; `leger` → `legers`; `brief` → `brieven`; and back again.
pub(crate) fn dutch_forms(w: &str) -> Vec<String> {
    let mut forms = vec![w.to_string()];
    let c: Vec<char> = w.chars().collect();
    let n = c.len();
    let add = |forms: &mut Vec<String>, s: String| {
        if !forms.contains(&s) {
            forms.push(s);
        }
    };
    for suffix in ["e", "en", "s", "'s", "’s", "n", "r", "er", "ers"] {
        add(&mut forms, format!("{w}{suffix}"));
    }
    if n >= 3 {
        let stem: String = c[..n - 1].iter().collect();
        let last = c[n - 1];
        // nationaal → nationale(n): a double vowel before the final consonant is undoubled;
        // portugees → portugezen, lief → lieve: and f/s are voiced.
        if !is_vowel(last) && c[n - 2] == c[n - 3] && is_vowel(c[n - 2]) {
            let short: String = c[..n - 2].iter().chain(std::iter::once(&last)).collect();
            add(&mut forms, format!("{short}e"));
            add(&mut forms, format!("{short}en"));
            let voiced = match last {
                'f' => Some('v'),
                's' => Some('z'),
                _ => None,
            };
            if let Some(v) = voiced {
                let short: String = c[..n - 2].iter().collect();
                add(&mut forms, format!("{short}{v}e"));
                add(&mut forms, format!("{short}{v}en"));
            }
        }
        // wit → witte(n): a short vowel before a single final consonant doubles it.
        if !is_vowel(last) && is_vowel(c[n - 2]) && !is_vowel(c[n - 3]) {
            add(&mut forms, format!("{w}{last}e"));
            add(&mut forms, format!("{w}{last}en"));
        }
        // brief → brieven, huis → huizen.
        let voiced = match last {
            'f' => Some('v'),
            's' => Some('z'),
            _ => None,
        };
        if let Some(v) = voiced {
            add(&mut forms, format!("{stem}{v}e"));
            add(&mut forms, format!("{stem}{v}en"));
        }
        // libische → libisch, nationale → nationaal, legers → leger.
        for suffix in ["en", "e", "s"] {
            if let Some(base) = w.strip_suffix(suffix)
                && base.chars().count() >= 3
            {
                add(&mut forms, base.to_string());
                let b: Vec<char> = base.chars().collect();
                let m = b.len();
                if m >= 2 && !is_vowel(b[m - 1]) && is_vowel(b[m - 2]) {
                    let long: String = b[..m - 1]
                        .iter()
                        .chain([b[m - 2], b[m - 1]].iter())
                        .collect();
                    add(&mut forms, long);
                }
            }
        }
    }
    forms
}

/// The English term and its plural/possessive forms (`army` → `armies`, `army's`).
fn english_forms(t: &str) -> Vec<String> {
    let mut forms = vec![
        t.to_string(),
        format!("{t}s"),
        format!("{t}es"),
        format!("{t}'s"),
    ];
    if let Some(stem) = t.strip_suffix('y') {
        forms.push(format!("{stem}ies"));
    }
    forms
}
