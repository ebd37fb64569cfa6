//! `attribution`: the translation keeps who said what. For each attributed claim (an accepted
//! or proposed attribution on the source) in a translated segment:
//! - when the Dutch sentence names the speaker (the full name or one of its words, e.g. the
//!   surname), the English must name them too — a claim whose source is dropped or changed in
//!   the translation is reported on the whole translation;
//! - an English attribution ("said X", "X said", "X says", "according to X", "X told …") that
//!   names someone else than the speakers attributed in the segment is reported on that name.
//!
//! Names match word by word, case-insensitively, allowing a possessive `’s` and a small spelling
//! difference in long words (transliterations: "Serraj"/"Sarraj").

use super::{Context, Finding};
use crate::model::Side;

/// English reporting verbs: "said X" and "X said".
const VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "added",
    "adds",
    "warned",
    "warns",
    "stated",
    "states",
    "announced",
    "announces",
    "wrote",
    "writes",
    "claimed",
    "claims",
    "argued",
    "argues",
    "noted",
    "notes",
    "explained",
    "explains",
    "insisted",
    "insists",
    "declared",
    "declares",
    "confirmed",
    "confirms",
    "stressed",
    "stresses",
    "reported",
    "reports",
    "observed",
    "observes",
    "fears",
    "feared",
    "doubts",
    "doubted",
    "hinted",
    "hints",
];

/// Capitalised words that are titles or roles, not names.
const TITLES: &[&str] = &[
    "President",
    "Prime",
    "Minister",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Professor",
    "Prof",
    "Chancellor",
    "General",
    "Secretary",
    "Sir",
    "Lord",
    "Lady",
    "King",
    "Queen",
    "Prince",
    "Pope",
    "The",
    "A",
    "An",
    "But",
    "And",
    "He",
    "She",
    "They",
    "It",
    "We",
    "I",
    "You",
    "In",
    "On",
    "At",
    "According",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Chief",
    "Senator",
    "Governor",
    "Mayor",
    "Judge",
    "Sheikh",
    "Colonel",
    "Captain",
    "Foreign",
    "Defence",
    "Defense",
];

/// An attributed claim on a segment's source.
#[derive(Debug, Clone, Copy)]
pub struct Attributed<'a> {
    /// `DOC:N` of the segment.
    pub id: &'a str,
    /// The annotation's id, for the message.
    pub annotation: i64,
    pub speaker: &'a str,
}

struct Word<'t> {
    text: &'t str,
    /// Code-point offsets.
    start: usize,
    end: usize,
}

fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start: Option<(usize, usize)> = None;
    for (cp, (b, c)) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
        .enumerate()
    {
        let inner = c.is_alphanumeric() || c == '-';
        match (inner, start) {
            (true, None) => start = Some((b, cp)),
            (false, Some((sb, scp))) => {
                out.push(Word {
                    text: &text[sb..b],
                    start: scp,
                    end: cp,
                });
                start = None;
            }
            _ => {}
        }
    }
    out
}

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Edit distance, for short words only.
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut prev = row[0];
        row[0] = i;
        for j in 1..=b.len() {
            let cur = row[j];
            row[j] = (prev + usize::from(a[i - 1] != b[j - 1]))
                .min(row[j] + 1)
                .min(row[j - 1] + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// Two words of a name are the same: equal ignoring case and a possessive, or both of six
/// letters or more and one edit apart.
fn same_word(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        let l = s.to_lowercase();
        l.strip_suffix("’s")
            .or_else(|| l.strip_suffix("'s"))
            .map(str::to_string)
            .unwrap_or(l)
    };
    let (a, b) = (norm(a), norm(b));
    if a == b {
        return true;
    }
    let (la, lb) = (a.chars().count(), b.chars().count());
    la >= 6 && lb >= 6 && la.abs_diff(lb) <= 1 && la <= 40 && lb <= 40 && distance(&a, &b) <= 1
}

/// The words of a speaker's name that identify them: capitalised words of three letters or
/// more that are not titles ("Jalel", "Harchaoui"; "EPA").
fn name_words(speaker: &str) -> Vec<&str> {
    words(speaker)
        .into_iter()
        .map(|w| w.text)
        .filter(|w| capitalised(w) && w.chars().count() >= 3 && !TITLES.contains(w))
        .collect()
}

fn names_in(text_words: &[Word<'_>], name: &[&str]) -> bool {
    text_words
        .iter()
        .any(|w| name.iter().any(|n| same_word(w.text, n)))
}

/// The phrases the English attributes to, around a reporting verb or after "according to":
/// word ranges that hold at least one capitalised word that is not a title.
fn attributed_names(ws: &[Word<'_>], text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let is_name = |w: &Word<'_>| capitalised(w.text) && !TITLES.contains(&w.text);
    let chars: Vec<char> = text.chars().collect();
    // Whether the words i and i+1 are separated only by spaces (no comma or quote).
    let adjacent = |i: usize| {
        i + 1 < ws.len()
            && chars[ws[i].end..ws[i + 1].start]
                .iter()
                .all(|c| c.is_whitespace())
    };
    for i in 0..ws.len() {
        let lower = ws[i].text.to_lowercase();
        let verb = VERBS.contains(&lower.as_str());
        if lower == "according" && ws.get(i + 1).is_some_and(|n| n.text == "to") {
            // "according to Libya expert Jalel Harchaoui of …": up to a comma or "of".
            let mut e = i + 2;
            while e < ws.len()
                && e - i < 10
                && adjacent(e - 1)
                && !matches!(
                    ws[e].text,
                    "of" | "at" | "from" | "in" | "on" | "that" | "and"
                )
            {
                e += 1;
            }
            let names: Vec<usize> = (i + 2..e).filter(|&k| is_name(&ws[k])).collect();
            if let (Some(&s), Some(&l)) = (names.first(), names.last()) {
                out.push((s, l + 1));
            }
        } else if verb && adjacent(i) {
            // "said Hu", "said President Xi Jinping".
            let mut j = i + 1;
            while j < ws.len() && TITLES.contains(&ws[j].text) && ws[j].text != "He" && adjacent(j)
            {
                j += 1;
            }
            if j < ws.len() && is_name(&ws[j]) {
                let mut e = j + 1;
                while e < ws.len() && is_name(&ws[e]) && adjacent(e - 1) {
                    e += 1;
                }
                out.push((j, e));
            }
        }
        // "Hu said": the name right before the verb.
        if verb && i > 0 && adjacent(i - 1) && is_name(&ws[i - 1]) {
            let mut s = i - 1;
            while s > 0 && is_name(&ws[s - 1]) && adjacent(s - 1) {
                s -= 1;
            }
            out.push((s, i));
        }
    }
    out
}

fn is_acronym(w: &str) -> bool {
    w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
}

pub(super) fn check(ctx: &Context, out: &mut Vec<Finding>) {
    for seg in ctx.segments {
        let Some(target) = seg.target.filter(|t| !t.trim().is_empty()) else {
            continue;
        };
        let claims: Vec<&Attributed<'_>> =
            ctx.attributions.iter().filter(|a| a.id == seg.id).collect();
        if claims.is_empty() {
            continue;
        }
        let src_words = words(seg.source);
        let tgt_words = words(target);
        let total = target.chars().count();
        let mut reported_missing = Vec::new();
        for a in &claims {
            let name = name_words(a.speaker);
            if name.is_empty() || reported_missing.contains(&a.speaker) {
                continue;
            }
            // Only a speaker the Dutch names here must be named in the English.
            if !names_in(&src_words, &name) || names_in(&tgt_words, &name) {
                continue;
            }
            reported_missing.push(a.speaker);
            out.push(Finding {
                id: seg.id.to_string(),
                side: Side::Target,
                start: 0,
                end: total,
                exact: target.to_string(),
                check: "attribution",
                message: format!(
                    "the source attributes a claim to {} (#{}), but the translation does not name {}",
                    crate::text::one_line(a.speaker),
                    a.annotation,
                    if name.len() == 1 {
                        format!("‘{}’", name[0])
                    } else {
                        format!("any of ‘{}’", name.join("’, ‘"))
                    }
                ),
                suggestion: None,
                category: None,
            });
        }
        for (s, e) in attributed_names(&tgt_words, target) {
            let phrase = &tgt_words[s..e];
            let matches = claims.iter().any(|a| {
                let name = name_words(a.speaker);
                phrase
                    .iter()
                    .any(|w| name.iter().any(|n| same_word(w.text, n)))
            });
            if matches {
                continue;
            }
            // An acronym the Dutch writes too ("het LNA") is how the source names the speaker.
            if phrase
                .iter()
                .all(|w| is_acronym(w.text) && src_words.iter().any(|s| s.text == w.text))
            {
                continue;
            }
            let (start, end) = (phrase[0].start, phrase[phrase.len() - 1].end);
            let exact: String = target.chars().skip(start).take(end - start).collect();
            let speakers: Vec<String> = claims
                .iter()
                .map(|a| format!("{} (#{})", crate::text::one_line(a.speaker), a.annotation))
                .collect();
            out.push(Finding {
                id: seg.id.to_string(),
                side: Side::Target,
                start,
                end,
                message: format!(
                    "the translation attributes to ‘{}’, the source to {}",
                    crate::text::one_line(&exact),
                    speakers.join(" and ")
                ),
                exact,
                check: "attribution",
                suggestion: None,
                category: None,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names `attributed_names` finds in `t`, as text.
    fn names_in(t: &str) -> Vec<String> {
        let ws = words(t);
        attributed_names(&ws, t)
            .into_iter()
            .map(|(s, e)| {
                ws[s..e]
                    .iter()
                    .map(|w| w.text)
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    #[test]
    fn english_attributions_are_found() {
        assert_eq!(
            names_in(
                "According to Libya expert Jalel Harchaoui of the Clingendael Institute, it failed."
            ),
            ["Libya expert Jalel Harchaoui"]
        );
        assert_eq!(
            names_in("‘No’, said Hu. Merkel says it works, he told reporters."),
            ["Hu", "Merkel"]
        );
    }

    #[test]
    fn names_match_with_possessives_and_transliterations() {
        assert!(same_word("Harchaoui’s", "Harchaoui"));
        assert!(same_word("Sarraj", "Serraj"));
        assert!(!same_word("Hu", "Xu"));
        assert_eq!(
            name_words("President Recep Tayyip Erdogan"),
            ["Recep", "Tayyip", "Erdogan"]
        );
    }
}
