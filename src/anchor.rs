//! Span selectors for annotations: a position (code-point offsets, end exclusive) plus a quote
//! (exact text with some prefix and suffix context), as in the W3C Web Annotation model. Finds
//! the span a user means, and finds it again after the text around it has changed.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use unicode_normalization::UnicodeNormalization;

/// Code points of context kept on each side of a quote.
pub const CONTEXT: usize = 32;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    pub exact: String,
    pub prefix: String,
    pub suffix: String,
}

/// Why a span could not be selected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SelectError {
    EmptyNeedle,
    NotFound,
    /// More than one occurrence and no `--nth`: every occurrence, in order.
    Ambiguous(Vec<Span>),
    NthOutOfRange {
        nth: usize,
        count: usize,
    },
}

/// Byte offset of code point `cp` in `text` (the length when `cp` is past the end).
pub fn byte_offset(text: &str, cp: usize) -> usize {
    text.char_indices().nth(cp).map_or(text.len(), |(b, _)| b)
}

/// The text of `span`, or None when it lies outside `text`.
pub fn slice(text: &str, span: Span) -> Option<&str> {
    if span.start > span.end {
        return None;
    }
    let mut idx = text
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()));
    let start = idx.nth(span.start)?;
    let end = if span.is_empty() {
        start
    } else {
        idx.nth(span.len() - 1)?
    };
    Some(&text[start..end])
}

/// Every (non-overlapping) occurrence of `needle` in `text`, as code-point spans.
pub fn occurrences(text: &str, needle: &str) -> Vec<Span> {
    if needle.is_empty() {
        return Vec::new();
    }
    let n = needle.chars().count();
    let mut out = Vec::new();
    let mut cp = 0;
    let mut last_byte = 0;
    for (b, _) in text.match_indices(needle) {
        cp += text[last_byte..b].chars().count();
        last_byte = b;
        out.push(Span::new(cp, cp + n));
    }
    out
}

/// Occurrences of `needle` that stand as whole words where the needle itself begins or ends
/// with a letter or digit (so `de` is not found inside `Verenigde`); when there are none, every
/// occurrence, so that part of a word can still be marked.
pub fn word_occurrences(text: &str, needle: &str) -> Vec<Span> {
    let all = occurrences(text, needle);
    let chars: Vec<char> = text.chars().collect();
    let starts_word = needle.chars().next().is_some_and(is_word_char);
    let ends_word = needle.chars().last().is_some_and(is_word_char);
    let whole: Vec<Span> = all
        .iter()
        .copied()
        .filter(|s| {
            (!starts_word || s.start == 0 || !is_word_char(chars[s.start - 1]))
                && (!ends_word || s.end >= chars.len() || !is_word_char(chars[s.end]))
        })
        .collect();
    if whole.is_empty() { all } else { whole }
}

/// The occurrence of `needle` the user means: the only one, or the `nth` (1-based), counting
/// whole-word occurrences (see [`word_occurrences`]).
pub fn select(text: &str, needle: &str, nth: Option<usize>) -> Result<Span, SelectError> {
    if needle.is_empty() {
        return Err(SelectError::EmptyNeedle);
    }
    let all = word_occurrences(text, needle);
    match (all.len(), nth) {
        (0, _) => Err(SelectError::NotFound),
        (_, Some(k)) if k >= 1 && k <= all.len() => Ok(all[k - 1]),
        (count, Some(nth)) => Err(SelectError::NthOutOfRange { nth, count }),
        (1, None) => Ok(all[0]),
        (_, None) => Err(SelectError::Ambiguous(all)),
    }
}

/// The quote selector of `span` in `text`.
pub fn quote(text: &str, span: Span) -> Quote {
    let chars: Vec<char> = text.chars().collect();
    let end = span.end.min(chars.len());
    let start = span.start.min(end);
    let pre = start.saturating_sub(CONTEXT);
    let post = (end + CONTEXT).min(chars.len());
    Quote {
        exact: chars[start..end].iter().collect(),
        prefix: chars[pre..start].iter().collect(),
        suffix: chars[end..post].iter().collect(),
    }
}

/// A short `…before [span] after…` rendering, for messages that list occurrences.
pub fn in_context(text: &str, span: Span, width: usize) -> String {
    let q = quote(text, span);
    let pre: String = {
        let n = q.prefix.chars().count();
        q.prefix.chars().skip(n.saturating_sub(width)).collect()
    };
    let post: String = q.suffix.chars().take(width).collect();
    format!("…{pre}[{}]{post}…", q.exact)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whether the span starts and ends at word boundaries in `text`.
fn at_word_boundaries(chars: &[char], span: Span) -> (bool, bool) {
    let left = span.start == 0
        || !is_word_char(chars[span.start - 1])
        || chars.get(span.start).is_none_or(|c| !is_word_char(*c));
    let right = span.end >= chars.len()
        || !is_word_char(chars[span.end])
        || span.end == 0
        || !is_word_char(chars[span.end - 1]);
    (left, right)
}

fn common_suffix_len(a: &[char], b: &[char]) -> usize {
    a.iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count()
}

fn common_prefix_len(a: &[char], b: &[char]) -> usize {
    a.iter().zip(b).take_while(|(x, y)| x == y).count()
}

/// How well the text around `cand` agrees with the recorded context (higher is better).
fn context_score(chars: &[char], cand: Span, q: &Quote) -> usize {
    let prefix: Vec<char> = q.prefix.chars().collect();
    let suffix: Vec<char> = q.suffix.chars().collect();
    let before = &chars[cand.start.saturating_sub(prefix.len())..cand.start];
    let after = &chars[cand.end..(cand.end + suffix.len()).min(chars.len())];
    common_suffix_len(before, &prefix) + common_prefix_len(after, &suffix)
}

/// Finds `q.exact` again in `text`, which may differ from the text the quote was taken from.
/// Candidates must keep the word boundaries the original span had (so `Hafta` is not found
/// inside `Haftar`); among several, the best context agreement wins, then the nearest to
/// `old`. None means the span is gone: the annotation is orphaned.
pub fn reanchor(text: &str, old: Span, q: &Quote, old_boundaries: (bool, bool)) -> Option<Span> {
    let chars: Vec<char> = text.chars().collect();
    occurrences(text, &q.exact)
        .into_iter()
        .filter(|c| {
            let (l, r) = at_word_boundaries(&chars, *c);
            (l || !old_boundaries.0) && (r || !old_boundaries.1)
        })
        .max_by_key(|c| {
            let distance = c.start.abs_diff(old.start);
            (context_score(&chars, *c, q), std::cmp::Reverse(distance))
        })
}

/// The word-boundary shape of `span` in the text it was taken from, for [`reanchor`].
pub fn boundaries(text: &str, span: Span) -> (bool, bool) {
    let chars: Vec<char> = text.chars().collect();
    if span.end > chars.len() {
        return (false, false);
    }
    at_word_boundaries(&chars, span)
}

/// Where `replacement` stands in `text` in the context `q` recorded around the original span:
/// the sign that the published text itself now carries a correction.
pub fn find_applied(text: &str, q: &Quote, replacement: &str) -> Option<Span> {
    if replacement.is_empty() {
        return None;
    }
    let chars: Vec<char> = text.chars().collect();
    let need_pre = q.prefix.chars().count().min(8);
    let need_post = q.suffix.chars().count().min(8);
    occurrences(text, replacement).into_iter().find(|c| {
        let pre: Vec<char> = q.prefix.chars().collect();
        let post: Vec<char> = q.suffix.chars().collect();
        let before = &chars[c.start.saturating_sub(pre.len())..c.start];
        let after = &chars[c.end..(c.end + post.len()).min(chars.len())];
        common_suffix_len(before, &pre) >= need_pre && common_prefix_len(after, &post) >= need_post
    })
}

/// What became of a span when its text changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Relocation {
    /// Same place, same text.
    Unchanged,
    /// Found again (elsewhere, or with different context).
    Moved(Span, Quote),
    /// A correction whose replacement the text now carries: it was fixed at the source.
    Upstream(Span, Quote),
    /// Gone.
    Orphaned,
}

/// Finds a span of `old_text` in `new_text`. `replacement` is given for corrections, so that a
/// correction made upstream is recognised as such rather than orphaned.
pub fn relocate(
    old_text: &str,
    new_text: &str,
    span: Span,
    q: &Quote,
    replacement: Option<&str>,
) -> Relocation {
    if old_text == new_text && slice(old_text, span) == Some(q.exact.as_str()) {
        return Relocation::Unchanged;
    }
    relocate_quote(new_text, span, q, replacement)
}

/// The word-boundary shape of a quote's span in the text it was taken from, told by the
/// quote alone: its prefix and suffix hold the characters around the span (an empty prefix
/// or suffix means the span touched the start or end of the text).
pub fn quote_boundaries(q: &Quote) -> (bool, bool) {
    let chars: Vec<char> = q
        .prefix
        .chars()
        .chain(q.exact.chars())
        .chain(q.suffix.chars())
        .collect();
    let start = q.prefix.chars().count();
    at_word_boundaries(&chars, Span::new(start, start + q.exact.chars().count()))
}

/// Finds the span a quote selects in `text`, without the text the quote was taken from: for
/// annotations whose recorded offsets may no longer be trusted (orphaned ones found again, or
/// spans that do not hold their quote). `span` only breaks ties between equal candidates.
pub fn relocate_quote(
    new_text: &str,
    span: Span,
    q: &Quote,
    replacement: Option<&str>,
) -> Relocation {
    if q.exact.is_empty() {
        return Relocation::Orphaned;
    }
    let b = quote_boundaries(q);
    if let Some(found) = reanchor(new_text, span, q, b) {
        let nq = quote(new_text, found);
        return if found == span && nq == *q {
            Relocation::Unchanged
        } else {
            Relocation::Moved(found, nq)
        };
    }
    if let Some(found) = replacement.and_then(|r| find_applied(new_text, q, r)) {
        return Relocation::Upstream(found, quote(new_text, found));
    }
    Relocation::Orphaned
}

/// Applies non-overlapping replacements (in any order) to `text`.
pub fn apply(text: &str, edits: &[(Span, &str)]) -> String {
    let mut sorted: Vec<&(Span, &str)> = edits.iter().collect();
    sorted.sort_by_key(|(s, _)| (s.start, s.end));
    let mut out = String::with_capacity(text.len() + 16);
    let mut chars = text.chars();
    let mut at = 0;
    for (span, replacement) in sorted {
        if span.start < at {
            continue; // overlapping edits are refused before they get here
        }
        out.extend(chars.by_ref().take(span.start - at));
        chars.by_ref().take(span.len()).for_each(drop);
        out.push_str(replacement);
        at = span.end;
    }
    out.extend(chars);
    out
}

/// Where a span of the text [`apply`] made from `edits` lies in the original text: shifted back
/// over the edits before it, or None when it overlaps text an edit put there.
pub fn to_original(edits: &[(Span, &str)], span: Span) -> Option<Span> {
    let mut sorted: Vec<&(Span, &str)> = edits.iter().collect();
    sorted.sort_by_key(|(s, _)| (s.start, s.end));
    // Code points the edited text is ahead of the original at this point (may be negative).
    let mut delta: isize = 0;
    let mut at = 0;
    for (edit, replacement) in sorted {
        if edit.start < at {
            continue; // as apply: overlapping edits are skipped
        }
        let start = edit.start as isize + delta;
        let end = start + replacement.chars().count() as isize;
        if (span.end as isize) <= start {
            break; // before this edit, and so before every later one
        }
        if (span.start as isize) < end {
            return None;
        }
        delta = end - edit.end as isize;
        at = edit.end;
    }
    let back = |p: usize| usize::try_from(p as isize - delta).ok();
    Some(Span::new(back(span.start)?, back(span.end)?))
}

/// The span of `needle` in `text` when it is found only by comparing canonically equivalent
/// text (`é` as one code point or as `e` + combining accent): the `nth` occurrence, or the only
/// one. None when a literal search decides (it finds it, or the normal forms do not differ), or
/// when the choice is not clear — [`select`] then explains. The span is in the text as
/// published, whatever form the needle was typed in.
pub fn canonical_match(text: &str, needle: &str, nth: Option<usize>) -> Option<Span> {
    if needle.is_empty() || text.contains(needle) {
        return None;
    }
    let (hay, hay_at) = clusters(text);
    let (pin, _) = clusters(needle);
    if pin.is_empty() {
        return None;
    }
    // Occurrences must start and end on cluster boundaries (never inside an accented letter).
    let bounds: HashMap<usize, usize> = hay_at.iter().copied().collect();
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(i) = hay[from..].find(pin.as_str()).map(|i| i + from) {
        if let (Some(&s), Some(&e)) = (bounds.get(&i), bounds.get(&(i + pin.len()))) {
            found.push(Span::new(s, e));
        }
        from = i + hay[i..].chars().next().map_or(1, char::len_utf8);
    }
    match (nth, found.len()) {
        (None, 1) => found.pop(),
        (Some(k), n) if k >= 1 && k <= n => Some(found[k - 1]),
        _ => None,
    }
}

/// `s` in NFC, normalised one cluster (a starter and the combining marks after it) at a time,
/// with the NFC byte offset of each cluster boundary mapped to the code-point offset in `s`.
fn clusters(s: &str) -> (String, Vec<(usize, usize)>) {
    use unicode_normalization::char::canonical_combining_class;
    let mut out = String::with_capacity(s.len());
    let mut at = Vec::new();
    let mut cluster = String::new();
    for (cp, c) in s.chars().enumerate() {
        if canonical_combining_class(c) == 0 && !cluster.is_empty() {
            out.extend(cluster.nfc());
            cluster.clear();
        }
        if cluster.is_empty() {
            at.push((out.len(), cp));
        }
        cluster.push(c);
    }
    out.extend(cluster.nfc());
    at.push((out.len(), s.chars().count()));
    (out, at)
}

#[cfg(test)]
mod tests {
    use super::*;

    const S10: &str = "Moskou steunt Hafta al geruime tijd met heimelijke wapenleveranties.";

    #[test]
    fn spans_of_the_edited_text_map_back_to_the_original() {
        let text = "Moskou steunt Hafta al lang Hafta.";
        let edits = [(Span::new(14, 19), "Haftar"), (Span::new(28, 33), "X")];
        let edited = apply(text, &edits);
        assert_eq!(edited, "Moskou steunt Haftar al lang X.");
        // Before the first edit: unchanged; between: shifted back by one; inside: none.
        assert_eq!(to_original(&edits, Span::new(0, 6)), Some(Span::new(0, 6)));
        assert_eq!(
            to_original(&edits, Span::new(21, 23)),
            Some(Span::new(20, 22))
        );
        assert_eq!(slice(text, Span::new(20, 22)), Some("al"));
        assert_eq!(to_original(&edits, Span::new(14, 20)), None);
        assert_eq!(to_original(&edits, Span::new(18, 23)), None);
        assert_eq!(to_original(&edits, Span::new(29, 30)), None);
        // After the last edit, which made the text shorter.
        assert_eq!(
            to_original(&edits, Span::new(30, 31)),
            Some(Span::new(33, 34))
        );
        assert_eq!(to_original(&[], Span::new(3, 5)), Some(Span::new(3, 5)));
    }

    #[test]
    fn select_the_only_the_nth_or_explain() {
        assert_eq!(select(S10, "Hafta", None), Ok(Span::new(14, 19)));
        assert_eq!(slice(S10, Span::new(14, 19)), Some("Hafta"));
        assert_eq!(select(S10, "Haftar", None), Err(SelectError::NotFound));
        let t = "de VAE en de Russen";
        assert_eq!(
            select(t, "de", None),
            Err(SelectError::Ambiguous(vec![
                Span::new(0, 2),
                Span::new(10, 12)
            ]))
        );
        assert_eq!(select(t, "de", Some(2)), Ok(Span::new(10, 12)));
        assert_eq!(
            select(t, "de", Some(3)),
            Err(SelectError::NthOutOfRange { nth: 3, count: 2 })
        );
        assert_eq!(select(t, "", None), Err(SelectError::EmptyNeedle));
        // Whole words first: "de" inside "Verenigde" is not an occurrence of the word "de".
        let t = "dat de Verenigde Staten";
        assert_eq!(select(t, "de", None), Ok(Span::new(4, 6)));
        assert_eq!(select(t, "enigde", None), Ok(Span::new(10, 16)));
    }

    #[test]
    fn offsets_count_code_points() {
        let t = "Libië-expert ‘pijnlijke tegenvaller’.";
        let s = select(t, "‘pijnlijke tegenvaller’", None).unwrap();
        assert_eq!(s, Span::new(13, 36));
        assert_eq!(slice(t, s), Some("‘pijnlijke tegenvaller’"));
        assert_eq!(slice(t, Span::new(30, 99)), None);
        assert_eq!(byte_offset(t, 5), 6);
    }

    #[test]
    fn quote_keeps_context() {
        let q = quote(S10, Span::new(14, 19));
        assert_eq!(q.exact, "Hafta");
        assert_eq!(q.prefix, "Moskou steunt ");
        assert_eq!(q.suffix, " al geruime tijd met heimelijke ");
        assert_eq!(
            in_context(S10, Span::new(14, 19), 6),
            "…teunt [Hafta] al ge…"
        );
    }

    #[test]
    fn reanchor_follows_moved_text_and_respects_words() {
        let span = Span::new(14, 19);
        let q = quote(S10, span);
        let b = boundaries(S10, span);
        let moved = format!("Al jaren: {S10}");
        assert_eq!(reanchor(&moved, span, &q, b), Some(Span::new(24, 29)));
        // Fixed upstream: "Hafta" is only a part of "Haftar" now, which is not the same word.
        let fixed = S10.replace("Hafta", "Haftar");
        assert_eq!(reanchor(&fixed, span, &q, b), None);
        assert_eq!(find_applied(&fixed, &q, "Haftar"), Some(Span::new(14, 20)));
        assert_eq!(find_applied(S10, &q, "Haftar"), None);
    }

    #[test]
    fn reanchor_prefers_matching_context() {
        let t = "Harchaoui zegt dit. Later zegt Harchaoui dat.";
        let span = Span::new(31, 40);
        let q = quote(t, span);
        let edited = format!("Nieuw. {t}");
        assert_eq!(
            reanchor(&edited, span, &q, boundaries(t, span)),
            Some(Span::new(38, 47))
        );
    }

    #[test]
    fn apply_replacements() {
        let t = "de Duiste premier en Hafta";
        let out = apply(
            t,
            &[(Span::new(21, 26), "Haftar"), (Span::new(3, 9), "Duitse")],
        );
        assert_eq!(out, "de Duitse premier en Haftar");
        assert_eq!(apply(t, &[]), t);
        assert!(Span::new(0, 3).overlaps(&Span::new(2, 5)));
        assert!(!Span::new(0, 3).overlaps(&Span::new(3, 5)));
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn text() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop_oneof![
                "[a-zë ]{1,8}",
                Just(" ".to_string()),
                Just("‘".to_string()),
                Just(". ".to_string())
            ],
            0..12,
        )
        .prop_map(|v| v.concat())
    }

    proptest! {
        /// Any edit outside an annotated span (and not touching the word it stands in) leaves the
        /// span findable, at its shifted position, as long as the edit does not create another
        /// copy of the span's text.
        #[test]
        fn span_survives_edits_outside_it(
            before in text(),
            after in text(),
            insert_before in text(),
            insert_after in text(),
            cut_before in 0usize..6,
            cut_after in 0usize..6,
        ) {
            let exact = "Haftar";
            let old = format!("{before} {exact} {after}");
            let start = before.chars().count() + 1;
            let span = Span::new(start, start + 6);
            prop_assume!(occurrences(&old, exact).len() == 1);
            let q = quote(&old, span);
            let b = boundaries(&old, span);

            // Edit: drop up to `cut_before` chars at the very start and insert text there;
            // drop up to `cut_after` chars at the very end and append text there.
            let before_chars: Vec<char> = before.chars().collect();
            let after_chars: Vec<char> = after.chars().collect();
            let cut_b = cut_before.min(before_chars.len());
            let cut_a = cut_after.min(after_chars.len());
            let new_before: String = insert_before.chars().chain(before_chars[cut_b..].iter().copied()).collect();
            let new_after: String = after_chars[..after_chars.len() - cut_a].iter().copied().chain(insert_after.chars()).collect();
            let new = format!("{new_before} {exact} {new_after}");
            prop_assume!(occurrences(&new, exact).len() == 1);

            let expect_start = new_before.chars().count() + 1;
            let found = reanchor(&new, span, &q, b);
            prop_assert_eq!(found, Some(Span::new(expect_start, expect_start + 6)));
            prop_assert_eq!(slice(&new, found.unwrap()), Some(exact));
        }

        /// Applying corrections never touches text outside their spans.
        #[test]
        fn apply_only_changes_spans(t in text(), r in "[A-Z]{0,4}") {
            let n = t.chars().count();
            prop_assume!(n >= 2);
            let span = Span::new(n / 2, n);
            let out = apply(&t, &[(span, r.as_str())]);
            let kept: String = t.chars().take(n / 2).collect();
            prop_assert_eq!(out, format!("{kept}{r}"));
        }
    }
}
