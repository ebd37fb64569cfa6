//! Pairs a segmented source with a segmented translation that must share its structure:
//! the same paragraphs with the same number of sentences. A mismatch names the first paragraph
//! that differs, so the user can fix the file instead of importing a misaligned corpus.

pub mod engine;
pub mod features;
pub mod lexicon;

use crate::error::{Conflict, Error, Result};
use crate::model::NewSegment;
use crate::segment::Paragraph;

/// Stored form of a sentence: line wraps inside a paragraph are layout, not text.
pub fn sentence_text(s: &str) -> String {
    s.replace('\n', " ")
}

/// Source paragraphs without translation.
pub fn source_only(paragraphs: &[Paragraph]) -> Vec<NewSegment> {
    paragraphs
        .iter()
        .enumerate()
        .flat_map(|(i, p)| {
            p.sentences.iter().map(move |s| NewSegment {
                paragraph: i + 1,
                text: sentence_text(&s.text),
                translation: None,
            })
        })
        .collect()
}

/// Source paragraphs aligned sentence by sentence with the translation's; `label` names the
/// translation file in errors.
pub fn by_structure(
    source: &[Paragraph],
    target: &[Paragraph],
    label: &str,
) -> Result<Vec<NewSegment>> {
    let mut out = Vec::new();
    for (i, (s, t)) in source.iter().zip(target).enumerate() {
        for (src, tgt) in pair_paragraph(i + 1, s, t, label)? {
            out.push(NewSegment {
                paragraph: i + 1,
                text: src,
                translation: Some(tgt),
            });
        }
    }
    if source.len() != target.len() {
        return Err(paragraph_count_mismatch(label, source.len(), target.len()));
    }
    Ok(out)
}

/// The sentence pairs of paragraph `n`, or an error naming it when the sentence counts differ.
pub fn pair_paragraph(
    n: usize,
    s: &Paragraph,
    t: &Paragraph,
    label: &str,
) -> Result<Vec<(String, String)>> {
    if s.sentences.len() != t.sentences.len() {
        return Err(Error::conflict(
            Conflict::Mismatch,
            format!(
                "{label}: paragraph {n} has {} sentence{}, the source paragraph has {} (source starts “{}”, translation starts “{}”); nothing imported",
                t.sentences.len(),
                if t.sentences.len() == 1 { "" } else { "s" },
                s.sentences.len(),
                preview(s.sentences.first().map_or("", |x| x.text.as_str())),
                preview(t.sentences.first().map_or("", |x| x.text.as_str())),
            ),
        ));
    }
    Ok(s.sentences
        .iter()
        .zip(&t.sentences)
        .map(|(a, b)| (sentence_text(&a.text), sentence_text(&b.text)))
        .collect())
}

/// The error for a translation with more or fewer paragraphs than its source.
pub fn paragraph_count_mismatch(label: &str, source: usize, target: usize) -> Error {
    Error::conflict(
        Conflict::Mismatch,
        format!(
            "{label}: has {target} paragraph{}, the source has {source}; they differ from paragraph {} on; nothing imported",
            if target == 1 { "" } else { "s" },
            source.min(target) + 1
        ),
    )
}

/// Below this similarity (0–1, characters) an edited sentence counts as a different sentence.
pub const SAME_SENTENCE: f32 = 0.6;

/// Inside a changed stretch, a new sentence is compared with this many old sentences from where
/// the last match left off...
const WINDOW: usize = 8;
/// ...and with at most this many more, further on, that share its rarest words.
const BY_WORDS: usize = 8;
/// A word found in more old sentences than this points at none of them.
const COMMON_WORD: usize = 32;
/// Unique common sentences are looked for again inside the stretches between anchors up to
/// this depth; deeper stretches go straight to the similarity pass.
const MAX_DEPTH: usize = 24;

/// Matches the sentences of a new version of a document to the old ones by content. See
/// [`match_versions`]; here every old sentence is in the current version.
pub fn match_segments(old: &[&str], new: &[&str]) -> Vec<Option<usize>> {
    match_versions(old, old.len(), new, &mut |_| {})
}

/// Matches the sentences of a new version of a document to the sentences it has had. The
/// first `placed` of `old` are the current version, in order; the rest are sentences that
/// earlier versions had and the current one no longer has, the preferred first. Returns, for
/// every new sentence, the index in `old` of the sentence it continues, or None for a new
/// sentence; no old sentence is used twice.
///
/// Near-linear, in four passes, each only over what the earlier ones left:
/// 1. identical sentences in order: sentences found exactly once on both sides anchor the
///    versions to each other (the longest run of them in the same order, as in patience
///    diff), and the stretches between anchors are matched the same way, recursively;
/// 2. identical sentences anywhere (moved ones, and those of earlier versions), by hash;
/// 3. inside each stretch left between matches, sentences similar enough to be the same
///    sentence edited, in order, each new sentence compared with a bounded number of old
///    ones: the next few after the last match, and a few further on that share its rare words;
/// 4. the same similarity against every sentence still unused, current or earlier, found only
///    through shared rare words.
///
/// `progress` is told how many new sentences have been dealt with, now and then.
pub fn match_versions(
    old: &[&str],
    placed: usize,
    new: &[&str],
    progress: &mut dyn FnMut(usize),
) -> Vec<Option<usize>> {
    let placed = placed.min(old.len());
    let mut m = Matcher::new(old, new);
    let mut gaps = Vec::new();
    m.in_order(0..placed, 0..new.len(), 0, &mut gaps);
    m.exact_anywhere();
    for (o, n) in gaps {
        m.similar_in_order(o, n.clone());
        progress(n.end);
    }
    m.similar_anywhere();
    progress(new.len());
    m.out
}

/// Character-level similarity of two sentences, 0 (nothing shared) to 1 (equal): twice the
/// length of their longest common subsequence over the sum of their lengths.
pub fn similarity(a: &str, b: &str) -> f32 {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    similar_enough(&a, &b, 0.0).unwrap_or(0.0)
}

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::ops::Range;

fn hash_of(s: &str) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    s.hash(&mut h);
    h.finish()
}

/// The distinct words of a sentence (lower-cased letters and digits), hashed.
fn words(s: &str) -> Vec<u64> {
    let mut out: Vec<u64> = s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().nth(1).is_some())
        .map(|w| hash_of(&w.to_lowercase()))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

struct Matcher<'a> {
    old: &'a [&'a str],
    new: &'a [&'a str],
    old_hash: Vec<u64>,
    new_hash: Vec<u64>,
    old_chars: Vec<Option<Vec<char>>>,
    new_chars: Vec<Option<Vec<char>>>,
    out: Vec<Option<usize>>,
    used: Vec<bool>,
}

impl<'a> Matcher<'a> {
    fn new(old: &'a [&'a str], new: &'a [&'a str]) -> Matcher<'a> {
        Matcher {
            old,
            new,
            old_hash: old.iter().map(|s| hash_of(s)).collect(),
            new_hash: new.iter().map(|s| hash_of(s)).collect(),
            old_chars: vec![None; old.len()],
            new_chars: vec![None; new.len()],
            out: vec![None; new.len()],
            used: vec![false; old.len()],
        }
    }

    fn pair(&mut self, o: usize, n: usize) {
        debug_assert!(!self.used[o] && self.out[n].is_none());
        self.used[o] = true;
        self.out[n] = Some(o);
    }

    fn same(&self, o: usize, n: usize) -> bool {
        self.old_hash[o] == self.new_hash[n] && self.old[o] == self.new[n]
    }

    /// Pass 1 over old sentences `o` and new sentences `n`; what stays unmatched goes to `gaps`.
    fn in_order(
        &mut self,
        mut o: Range<usize>,
        mut n: Range<usize>,
        depth: usize,
        gaps: &mut Vec<(Range<usize>, Range<usize>)>,
    ) {
        while !o.is_empty() && !n.is_empty() && self.same(o.start, n.start) {
            self.pair(o.start, n.start);
            o.start += 1;
            n.start += 1;
        }
        while !o.is_empty() && !n.is_empty() && self.same(o.end - 1, n.end - 1) {
            self.pair(o.end - 1, n.end - 1);
            o.end -= 1;
            n.end -= 1;
        }
        if o.is_empty() || n.is_empty() || depth >= MAX_DEPTH {
            gaps.push((o, n));
            return;
        }
        // (times seen in old, where; times seen in new, where)
        let mut seen: HashMap<u64, (u32, usize, u32, usize)> = HashMap::with_capacity(o.len());
        for i in o.clone() {
            let e = seen.entry(self.old_hash[i]).or_insert((0, i, 0, 0));
            e.0 += 1;
            e.1 = i;
        }
        for j in n.clone() {
            if let Some(e) = seen.get_mut(&self.new_hash[j]) {
                e.2 += 1;
                e.3 = j;
            }
        }
        let mut unique: Vec<(usize, usize)> = seen
            .values()
            .filter(|e| e.0 == 1 && e.2 == 1 && self.old[e.1] == self.new[e.3])
            .map(|e| (e.3, e.1))
            .collect();
        if unique.is_empty() {
            gaps.push((o, n));
            return;
        }
        unique.sort_unstable();
        let (mut po, mut pn) = (o.start, n.start);
        for (j, i) in longest_increasing(&unique) {
            self.in_order(po..i, pn..j, depth + 1, gaps);
            self.pair(i, j);
            po = i + 1;
            pn = j + 1;
        }
        self.in_order(po..o.end, pn..n.end, depth + 1, gaps);
    }

    /// Pass 2: identical sentences anywhere, the first unused in `old`'s order.
    fn exact_anywhere(&mut self) {
        let mut by_hash: HashMap<u64, Vec<usize>> = HashMap::new();
        for i in (0..self.old.len()).rev().filter(|&i| !self.used[i]) {
            by_hash.entry(self.old_hash[i]).or_default().push(i);
        }
        if by_hash.is_empty() {
            return;
        }
        for j in 0..self.new.len() {
            if self.out[j].is_some() {
                continue;
            }
            let Some(list) = by_hash.get_mut(&self.new_hash[j]) else {
                continue;
            };
            // The list is in reverse order of preference: the preferred is last.
            if let Some(k) = list.iter().rposition(|&i| self.old[i] == self.new[j]) {
                let i = list.remove(k);
                self.pair(i, j);
            }
        }
    }

    /// Pass 3 over one stretch: each new sentence finds its most similar candidate (the few
    /// old sentences after the previous one's, and those sharing its rare words), if similar
    /// enough; of these pairs, the heaviest chain in the same order on both sides is kept. A
    /// sentence whose pair falls out of order is left for pass 4.
    fn similar_in_order(&mut self, o: Range<usize>, n: Range<usize>) {
        if o.is_empty() || n.is_empty() {
            return;
        }
        let index = (o.len() > WINDOW).then(|| WordIndex::new(self.old, o.clone(), &self.used));
        let mut pairs: Vec<(usize, usize, f32)> = Vec::new();
        let mut next = o.start;
        for j in n {
            if self.out[j].is_some() {
                continue;
            }
            let mut cands: Vec<usize> = (next..o.end.min(next + 4 * WINDOW))
                .filter(|&i| !self.used[i])
                .take(WINDOW)
                .collect();
            // The likeliest first (the next ones in order, then by shared words), so that
            // the bound is tight early and the rest are given up on quickly.
            if let Some(index) = &index {
                let window = cands.clone();
                cands.extend(
                    index
                        .candidates(self.new[j], |i| !self.used[i])
                        .into_iter()
                        .filter(|i| !window.contains(i)),
                );
            }
            if let Some((i, r)) = self.most_similar(j, &cands) {
                pairs.push((j, i, r));
                next = i + 1;
            }
        }
        for (j, i) in heaviest_increasing(&pairs, o) {
            self.pair(i, j);
        }
    }

    /// Pass 4: what is left, against every unused old sentence that shares a rare word.
    fn similar_anywhere(&mut self) {
        if self.out.iter().all(Option::is_some) || self.used.iter().all(|u| *u) {
            return;
        }
        let index = WordIndex::new(self.old, 0..self.old.len(), &self.used);
        for j in 0..self.new.len() {
            if self.out[j].is_some() {
                continue;
            }
            let mut cands = index.candidates(self.new[j], |i| !self.used[i]);
            cands.sort_unstable();
            if let Some((i, _)) = self.most_similar(j, &cands) {
                self.pair(i, j);
            }
        }
    }

    /// The candidate most similar to new sentence `j` (the first of equals), if any is
    /// similar enough. Each comparison is bounded by the best similarity found so far.
    fn most_similar(&mut self, j: usize, cands: &[usize]) -> Option<(usize, f32)> {
        if cands.is_empty() {
            return None;
        }
        if self.new_chars[j].is_none() {
            self.new_chars[j] = Some(self.new[j].chars().collect());
        }
        let mut best: Option<(usize, f32)> = None;
        for &i in cands {
            if self.old_chars[i].is_none() {
                self.old_chars[i] = Some(self.old[i].chars().collect());
            }
            let (a, b) = (
                self.old_chars[i].as_deref().unwrap_or_default(),
                self.new_chars[j].as_deref().unwrap_or_default(),
            );
            let floor = best.map_or(SAME_SENTENCE, |(_, r)| r);
            if let Some(r) = similar_enough(a, b, floor)
                && (r > floor || best.is_none())
            {
                best = Some((i, r));
                if r >= 1.0 {
                    break;
                }
            }
        }
        best
    }
}

/// Rare words of a set of old sentences, pointing at the sentences that have them.
struct WordIndex {
    postings: HashMap<u64, Vec<usize>>,
}

impl WordIndex {
    fn new(old: &[&str], range: Range<usize>, used: &[bool]) -> WordIndex {
        let mut postings: HashMap<u64, Vec<usize>> = HashMap::new();
        for i in range.filter(|&i| !used[i]) {
            for w in words(old[i]) {
                postings.entry(w).or_default().push(i);
            }
        }
        WordIndex { postings }
    }

    /// Up to [`BY_WORDS`] sentences that pass `keep`, sharing the most rare words with `s`.
    fn candidates(&self, s: &str, keep: impl Fn(usize) -> bool) -> Vec<usize> {
        let mut hits: HashMap<usize, u32> = HashMap::new();
        for w in words(s) {
            if let Some(list) = self.postings.get(&w).filter(|l| l.len() <= COMMON_WORD) {
                for &i in list.iter().filter(|&&i| keep(i)) {
                    *hits.entry(i).or_default() += 1;
                }
            }
        }
        let mut ranked: Vec<(u32, usize)> = hits.into_iter().map(|(i, c)| (c, i)).collect();
        ranked.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        ranked.into_iter().take(BY_WORDS).map(|(_, i)| i).collect()
    }
}

/// Of `(new, old, weight)` pairs with increasing new indices and old indices in `range`, the
/// (new, old) pairs of the heaviest chain whose old indices increase too.
fn heaviest_increasing(pairs: &[(usize, usize, f32)], range: Range<usize>) -> Vec<(usize, usize)> {
    // A Fenwick tree over old indices: the heaviest chain ending below each, and its last pair.
    let size = range.len();
    let mut tree: Vec<(f32, Option<usize>)> = vec![(0.0, None); size + 1];
    let mut back: Vec<Option<usize>> = vec![None; pairs.len()];
    let mut total: Vec<f32> = vec![0.0; pairs.len()];
    for (p, &(_, o, w)) in pairs.iter().enumerate() {
        let at = o - range.start;
        let (mut best, mut k) = ((0.0f32, None), at);
        while k > 0 {
            if tree[k].0 > best.0 {
                best = tree[k];
            }
            k &= k - 1;
        }
        total[p] = best.0 + w;
        back[p] = best.1;
        let mut k = at + 1;
        while k <= size {
            if total[p] > tree[k].0 {
                tree[k] = (total[p], Some(p));
            }
            k += k & k.wrapping_neg();
        }
    }
    let mut at = (0..pairs.len()).max_by(|a, b| total[*a].total_cmp(&total[*b]));
    let mut out = Vec::new();
    while let Some(p) = at {
        out.push((pairs[p].0, pairs[p].1));
        at = back[p];
    }
    out.reverse();
    out
}

/// The (new, old) pairs, sorted by new, whose old indices form the longest increasing run.
fn longest_increasing(pairs: &[(usize, usize)]) -> Vec<(usize, usize)> {
    // tails[k]: index in `pairs` of the smallest old index ending a run of length k + 1.
    let mut tails: Vec<usize> = Vec::new();
    let mut back: Vec<Option<usize>> = vec![None; pairs.len()];
    for (p, &(_, o)) in pairs.iter().enumerate() {
        let k = tails.partition_point(|&t| pairs[t].1 < o);
        back[p] = k.checked_sub(1).map(|k| tails[k]);
        if k == tails.len() {
            tails.push(p);
        } else {
            tails[k] = p;
        }
    }
    let mut out = Vec::with_capacity(tails.len());
    let mut at = tails.last().copied();
    while let Some(p) = at {
        out.push(pairs[p]);
        at = back[p];
    }
    out.reverse();
    out
}

/// The similarity of `a` and `b` (see [`similarity`]) when it is at least `floor`, else None.
/// The work is bounded by the floor: an O(ND) diff that gives up past the number of edits the
/// floor allows, after a cheap bound from the characters both have.
fn similar_enough(a: &[char], b: &[char], floor: f32) -> Option<f32> {
    let total = a.len() + b.len();
    if total == 0 {
        return Some(1.0);
    }
    let ratio = |d: usize| 2.0 * ((total - d) / 2) as f32 / total as f32;
    // Edits (insertions plus deletions) allowed by the floor, with a margin for rounding.
    let allowed = (((1.0 - floor.clamp(0.0, 1.0)) as f64) * total as f64 + 1.0) as usize;
    let allowed = allowed.min(total);
    let pre = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[pre..], &b[pre..]);
    let post = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - post], &b[..b.len() - post]);
    if a.len().abs_diff(b.len()) > allowed {
        return None;
    }
    if a.is_empty() || b.is_empty() {
        let r = ratio(a.len() + b.len());
        return (r >= floor).then_some(r);
    }
    // Characters in common bound the common subsequence from above.
    let mut counts = [0i32; 256];
    for c in a {
        counts[*c as usize & 255] += 1;
    }
    let mut common = 0usize;
    for c in b {
        let k = &mut counts[*c as usize & 255];
        if *k > 0 {
            *k -= 1;
            common += 1;
        }
    }
    if a.len() + b.len() - 2 * common > allowed {
        return None;
    }
    let d = edit_distance_within(a, b, allowed)?;
    let r = ratio(d);
    (r >= floor).then_some(r)
}

/// Insertions plus deletions turning `a` into `b` (Myers' greedy O(ND) algorithm), or None
/// when more than `max` are needed.
fn edit_distance_within(a: &[char], b: &[char], max: usize) -> Option<usize> {
    let (n, m) = (a.len() as isize, b.len() as isize);
    let max = max as isize;
    let off = max + 1;
    // v[k + off]: furthest x reached on diagonal k = x - y, or -1.
    let mut v = vec![-1isize; (2 * max + 3) as usize];
    for d in 0..=max {
        let mut k = -d;
        while k <= d {
            let down = if k < d { v[(k + 1 + off) as usize] } else { -1 };
            let down = if down >= 0 && down - k <= m { down } else { -1 };
            let right = if k > -d {
                v[(k - 1 + off) as usize]
            } else {
                -1
            };
            let right = if right >= 0 && right < n {
                right + 1
            } else {
                -1
            };
            let mut x = if d == 0 { 0 } else { down.max(right) };
            if x >= 0 {
                let mut y = x - k;
                while x < n && y < m && a[x as usize] == b[y as usize] {
                    x += 1;
                    y += 1;
                }
                if x >= n && y >= m {
                    return Some(d as usize);
                }
            }
            v[(k + off) as usize] = x;
            k += 2;
        }
    }
    None
}

fn preview(s: &str) -> String {
    let one = crate::text::one_line(s);
    if one.chars().count() <= 40 {
        one
    } else {
        format!("{}…", one.chars().take(40).collect::<String>())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::{Lang, segment};

    #[test]
    fn aligned_structure_pairs_sentences() {
        let s = segment("Een. Twee.\n\nDrie?", Lang::Nl);
        let t = segment("One. Two.\n\nThree?", Lang::En);
        let segs = by_structure(&s, &t, "t.txt").unwrap();
        assert_eq!(segs.len(), 3);
        assert_eq!(segs[1].text, "Twee.");
        assert_eq!(segs[1].translation.as_deref(), Some("Two."));
        assert_eq!(segs[2].paragraph, 2);
    }

    #[test]
    fn sentence_count_mismatch_names_the_paragraph() {
        let s = segment("Een.\n\nTwee. Drie.", Lang::Nl);
        let t = segment("One.\n\nTwo and three.", Lang::En);
        let err = by_structure(&s, &t, "t.txt").unwrap_err().to_string();
        assert!(
            err.starts_with("t.txt: paragraph 2 has 1 sentence, the source paragraph has 2"),
            "{err}"
        );
    }

    #[test]
    fn paragraph_count_mismatch_is_reported() {
        let s = segment("Een.\n\nTwee.", Lang::Nl);
        let t = segment("One.", Lang::En);
        let err = by_structure(&s, &t, "t.txt").unwrap_err().to_string();
        assert!(err.contains("has 1 paragraph, the source has 2"), "{err}");
    }

    #[test]
    fn matching_follows_edits_insertions_and_deletions() {
        let old = [
            "Een zin.",
            "Moskou steunt Hafta al lang.",
            "Weg ermee.",
            "Slot.",
        ];
        let new = [
            "Nieuw begin.",
            "Een zin.",
            "Moskou steunt Haftar al lang.",
            "Slot.",
        ];
        assert_eq!(
            match_segments(&old, &new),
            vec![None, Some(0), Some(1), Some(3)]
        );
        // A rewritten sentence is a new sentence, not an edit of the old one.
        let new = ["Een zin.", "Iets heel anders.", "Weg ermee.", "Slot."];
        assert_eq!(
            match_segments(&old, &new),
            vec![Some(0), None, Some(2), Some(3)]
        );
        assert_eq!(
            match_segments(&old, &old),
            vec![Some(0), Some(1), Some(2), Some(3)]
        );
    }

    #[test]
    fn earlier_versions_are_matched_too() {
        // The current version is a wrong file; the earlier sentences come back, identical
        // or edited, and exact matches win over similar ones.
        let old = [
            "Wrong one.",
            "Wrong two.",
            "Een zin.",
            "Moskou steunt Hafta al lang.",
        ];
        let new = ["Een zin.", "Moskou steunt Haftar al lang.", "Nieuw."];
        let m = match_versions(&old, 2, &new, &mut |_| {});
        assert_eq!(m, vec![Some(2), Some(3), None]);
        // Current sentences come first among identical ones.
        let old = ["Een zin.", "Een zin."];
        assert_eq!(
            match_versions(&old, 1, &["Een zin."], &mut |_| {}),
            vec![Some(0)]
        );
        // A sentence moved out of order (and edited) is still found.
        let old = [
            "Aap noot mies.",
            "Eerste zin hier.",
            "Tweede zin daar.",
            "Derde zin ergens.",
        ];
        let new = [
            "Eerste zin hier.",
            "Tweede zin daar.",
            "Derde zin ergens.",
            "Aap noot mies!",
        ];
        assert_eq!(
            match_segments(&old, &new),
            vec![Some(1), Some(2), Some(3), Some(0)]
        );
    }

    #[test]
    fn heaviest_chain_keeps_order() {
        let pairs = [
            (0, 5, 0.9),
            (1, 1, 0.8),
            (2, 2, 0.8),
            (3, 3, 0.7),
            (4, 6, 0.9),
        ];
        assert_eq!(
            heaviest_increasing(&pairs, 0..7),
            vec![(1, 1), (2, 2), (3, 3), (4, 6)]
        );
        assert_eq!(
            longest_increasing(&[(0, 3), (1, 1), (2, 2), (3, 0)]),
            vec![(1, 1), (2, 2)]
        );
    }

    #[test]
    fn wrapped_lines_become_spaces() {
        let segs = source_only(&segment("Een zin over\ntwee regels.", Lang::Nl));
        assert_eq!(segs[0].text, "Een zin over twee regels.");
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The bounded similarity is the character diff ratio of the `similar` crate, and
        /// gives up exactly when the ratio is below the floor.
        #[test]
        fn similarity_is_the_diff_ratio(
            a in "[abcë .]{0,40}",
            b in "[abcë .]{0,40}",
            floor in 0.0f32..1.0,
        ) {
            let expected = similar::TextDiff::from_chars(a.as_str(), b.as_str()).ratio();
            prop_assert!((similarity(&a, &b) - expected).abs() < 1e-6);
            let (ac, bc): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            match similar_enough(&ac, &bc, floor) {
                Some(r) => prop_assert!((r - expected).abs() < 1e-6 && r >= floor),
                None => prop_assert!(expected < floor),
            }
        }
    }
}
