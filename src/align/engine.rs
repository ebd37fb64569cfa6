//! The aligner: paragraphs first (they may be merged or split), then the sentences inside each
//! pair of linked paragraphs. Both levels are one dynamic programme over beads (1-1, 1-0, 0-1,
//! 2-1, 1-2, 2-2; up to 3-1/1-3 for paragraphs) whose cost joins a Gale–Church length term
//! (characters) with lexical evidence: words that survive translation (numbers, names,
//! cognates) and dictionary translations, weighed by how rare they are in the other text.
//! A second pass learns a lexicon from the first pass's confident 1-1 links (hunalign's
//! `-realign`). The programme runs in a band around the diagonal, widened only where the best
//! path touches its edge: memory and time grow linearly with the text for a fixed band.
//!
//! Every sentence of both sides ends up in exactly one link, in order.

use super::features::{cognate_key, en_stem, en_stopword, nl_lemmas, nl_stopword, words};
use super::lexicon::Lexicon;
use std::collections::HashMap;
use std::ops::Range;

/// A bead: consecutive Dutch sentences `nl` with consecutive English sentences `en` (either may
/// be empty, not both), by index into each side's sentences over the whole text.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub nl: Range<usize>,
    pub en: Range<usize>,
    /// Confidence in [0, 1]: how much better this link is than leaving its sentences unaligned
    /// (for 1-0 and 0-1 links: than pairing the sentence with a neighbour).
    pub score: f64,
}

impl Link {
    pub fn shape(&self) -> (usize, usize) {
        (self.nl.len(), self.en.len())
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Alignment {
    /// Sentence links in text order, covering every sentence once.
    pub links: Vec<Link>,
    /// Paragraph links, by paragraph index (one link of both wholes when paragraphs were not
    /// aligned separately).
    pub paragraphs: Vec<Link>,
    /// Entries learned by the second pass.
    pub learned: usize,
    /// English characters per Dutch character over the whole text.
    pub length_ratio: f64,
}

/// Tuning knobs; [`Params::default`] is what tolk uses.
#[derive(Debug, Clone)]
pub struct Params {
    /// Weight of the lexical log-likelihood ratio against the length cost.
    pub lexical: f64,
    /// Gale–Church variance per character.
    pub variance: f64,
    /// Probability that a translated anchor (number, name) shows up in the true partner.
    pub anchor_hit: f64,
    /// The same for dictionary translations and cognates.
    pub word_hit: f64,
    /// Band half-width to start with (sentences or paragraphs).
    pub band: usize,
    /// Run the second pass with a lexicon learned from the first.
    pub realign: bool,
    /// Confidence a 1-1 link needs before the second pass learns from it.
    pub learn_from: f64,
    /// The score of a link with both sides is `1 / (1 + exp(-(slope · margin + offset)))`,
    /// where the margin is the weighted lexical evidence minus the length cost: a logistic
    /// fitted so that the score reads as the probability that the link is right (see
    /// `examples/alignfit.rs`).
    pub score_slope: f64,
    pub score_offset: f64,
    /// The score of a 1-0 or 0-1 link is `1 / (1 + exp(-(null_slope · m + null_offset)))`,
    /// where `m` is the best margin of pairing its sentence with a neighbouring link's first
    /// sentence instead (the slope is negative: the better that pairing, the less sure the
    /// link); 1 when there is no neighbour.
    pub null_slope: f64,
    pub null_offset: f64,
}

/// A calibration of scores (see [`Params::score_slope`], [`Params::null_slope`]) fitted by
/// `examples/alignfit.rs` on perturbed FLORES devtest, so that a score reads as the probability
/// that the link is right; `Params::default().calibrated(SCORE_SLOPE, SCORE_OFFSET,
/// (NULL_SLOPE, NULL_OFFSET))`. Not the default yet: it is well calibrated on Tatoeba but
/// barely separates right links from wrong ones (almost every link scores 0.95 or more), see
/// the README's "Scores" paragraph.
pub const SCORE_SLOPE: f64 = 0.2080;
pub const SCORE_OFFSET: f64 = 3.4904;
pub const NULL_SLOPE: f64 = -0.2110;
pub const NULL_OFFSET: f64 = 3.0995;

/// The margin a 1-1 link needs before the second pass learns from it (a score of 0.9 on the
/// scale the aligner was tuned with, `1 / (1 + exp(-(margin + 1) / 2))`).
pub const LEARN_MARGIN: f64 = 3.394_449_154_672_439;

/// The calibrated score of a margin.
pub fn logistic(slope: f64, offset: f64, margin: f64) -> f64 {
    1.0 / (1.0 + (-(slope * margin + offset)).exp())
}

impl Params {
    /// These parameters with the score of links with both sides calibrated by `slope` and
    /// `offset`, and that of 1-0 and 0-1 links by `null`; the second pass still learns from
    /// the same links.
    pub fn calibrated(self, slope: f64, offset: f64, null: (f64, f64)) -> Params {
        Params {
            score_slope: slope,
            score_offset: offset,
            null_slope: null.0,
            null_offset: null.1,
            learn_from: logistic(slope, offset, LEARN_MARGIN),
            ..self
        }
    }
}

impl Default for Params {
    fn default() -> Params {
        Params {
            lexical: 0.5,
            variance: 6.8,
            anchor_hit: 0.85,
            word_hit: 0.5,
            band: 30,
            realign: true,
            learn_from: 0.9,
            score_slope: 0.5,
            score_offset: 0.5,
            null_slope: -0.5,
            null_offset: -0.5,
        }
    }
}

/// Aligns Dutch with English, each given as paragraphs of sentences.
pub fn align(nl: &[Vec<String>], en: &[Vec<String>], lexicon: &Lexicon, p: &Params) -> Alignment {
    let nl_sents: Vec<&str> = nl.iter().flatten().map(String::as_str).collect();
    let en_sents: Vec<&str> = en.iter().flatten().map(String::as_str).collect();
    let nl_paras = ranges(nl);
    let en_paras = ranges(en);
    let chars = |s: &[&str]| s.iter().map(|s| s.chars().count()).sum::<usize>() as f64;
    let (nl_chars, en_chars) = (chars(&nl_sents), chars(&en_sents));
    let length_ratio = if nl_chars > 0.0 && en_chars > 0.0 {
        en_chars / nl_chars
    } else {
        1.0
    };
    let ratio = length_ratio.clamp(0.75, 1.33);

    let mut scorer = Scorer::new(&nl_sents, &en_sents, lexicon, p, ratio);
    let mut result = pass(&scorer, &nl_paras, &en_paras);
    let mut learned = 0;
    if p.realign && !result.0.is_empty() {
        let pairs = result
            .0
            .iter()
            .filter(|l| l.shape() == (1, 1) && l.score >= p.learn_from)
            .map(|l| (nl_sents[l.nl.start], en_sents[l.en.start]));
        let learnt = Lexicon::learn(pairs, 2, 0.5);
        learned = learnt.len();
        if learned > 0 {
            let mut combined = lexicon.clone();
            combined.extend(&learnt);
            scorer = Scorer::new(&nl_sents, &en_sents, &combined, p, ratio);
            result = pass(&scorer, &nl_paras, &en_paras);
        }
    }
    let (links, paragraphs) = result;
    Alignment {
        links,
        paragraphs,
        learned,
        length_ratio,
    }
}

/// Sentence ranges of the paragraphs (empty paragraphs are kept as empty ranges).
fn ranges(paras: &[Vec<String>]) -> Vec<Range<usize>> {
    let mut at = 0;
    paras
        .iter()
        .map(|p| {
            at += p.len();
            at - p.len()..at
        })
        .collect()
}

/// Paragraphs, then sentences inside each paragraph link.
fn pass(
    s: &Scorer,
    nl_paras: &[Range<usize>],
    en_paras: &[Range<usize>],
) -> (Vec<Link>, Vec<Link>) {
    let nl_all = 0..s.nl.len();
    let en_all = 0..s.en.len();
    let nl_paras: Vec<Range<usize>> = nl_paras.iter().filter(|r| !r.is_empty()).cloned().collect();
    let en_paras: Vec<Range<usize>> = en_paras.iter().filter(|r| !r.is_empty()).cloned().collect();
    // With one paragraph on a side there is nothing to pair paragraph by paragraph: a text
    // given without paragraph breaks is aligned sentence by sentence as a whole.
    let para_links: Vec<(Range<usize>, Range<usize>)> =
        if nl_paras.len() <= 1 || en_paras.len() <= 1 {
            vec![(nl_all.clone(), en_all.clone())]
        } else {
            let beads = band_dp(
                nl_paras.len(),
                en_paras.len(),
                4,
                &PARAGRAPH_SHAPES,
                &|a, b| s.cost(span(&nl_paras, a), span(&en_paras, b)),
            );
            beads
                .into_iter()
                .map(|(a, b)| (span(&nl_paras, a), span(&en_paras, b)))
                .collect()
        };
    let mut links = Vec::new();
    let mut paragraphs = Vec::new();
    for (nl, en) in para_links {
        let first = links.len();
        let beads = band_dp(nl.len(), en.len(), s.p.band, &SENTENCE_SHAPES, &|a, b| {
            s.cost(shift(a, nl.start), shift(b, en.start))
        });
        for (a, b) in beads {
            let (a, b) = (shift(a, nl.start), shift(b, en.start));
            let score = s.score(a.clone(), b.clone());
            links.push(Link {
                nl: a,
                en: b,
                score,
            });
        }
        s.score_nulls(&mut links[first..]);
        let mean = links[first..].iter().map(|l| l.score).sum::<f64>()
            / (links.len() - first).max(1) as f64;
        paragraphs.push(Link {
            nl,
            en,
            score: mean,
        });
    }
    (links, paragraphs)
}

fn shift(r: Range<usize>, by: usize) -> Range<usize> {
    r.start + by..r.end + by
}

/// The sentences of paragraphs `r` (an empty range of paragraphs stands where it is).
fn span(paras: &[Range<usize>], r: Range<usize>) -> Range<usize> {
    if r.is_empty() {
        let at = paras
            .get(r.start)
            .map_or_else(|| paras.last().map_or(0, |p| p.end), |p| p.start);
        return at..at;
    }
    paras[r.start].start..paras[r.end - 1].end
}

/// Units of each side joined by one bead.
type Bead = (Range<usize>, Range<usize>);

/// Bead shapes with the negative log of their prior probability.
struct Shape {
    nl: usize,
    en: usize,
    cost: f64,
}

const fn shape(nl: usize, en: usize, cost: f64) -> Shape {
    Shape { nl, en, cost }
}

/// −ln of priors: 1-1 0.9, 1-0/0-1 0.02 each, 2-1/1-2 0.015 each, 2-2 0.01.
const SENTENCE_SHAPES: [Shape; 6] = [
    shape(1, 1, 0.105),
    shape(1, 0, 3.91),
    shape(0, 1, 3.91),
    shape(2, 1, 4.2),
    shape(1, 2, 4.2),
    shape(2, 2, 4.61),
];

const PARAGRAPH_SHAPES: [Shape; 8] = [
    shape(1, 1, 0.105),
    shape(1, 0, 4.6),
    shape(0, 1, 4.6),
    shape(2, 1, 3.5),
    shape(1, 2, 3.5),
    shape(2, 2, 5.0),
    shape(3, 1, 5.0),
    shape(1, 3, 5.0),
];

/// The best sequence of beads over `n` × `m` units, as (nl units, en units) in order.
fn band_dp(
    n: usize,
    m: usize,
    band: usize,
    shapes: &[Shape],
    cost: &dyn Fn(Range<usize>, Range<usize>) -> f64,
) -> Vec<Bead> {
    if n == 0 || m == 0 {
        return (0..n)
            .map(|i| (i..i + 1, 0..0))
            .chain((0..m).map(|j| (n..n, j..j + 1)))
            .collect();
    }
    if n < m {
        // Rows run along the longer side, so the diagonal never skips a column.
        let shapes_t: Vec<Shape> = shapes.iter().map(|s| shape(s.en, s.nl, s.cost)).collect();
        return band_dp(m, n, band, &shapes_t, &|a, b| cost(b, a))
            .into_iter()
            .map(|(a, b)| (b, a))
            .collect();
    }
    let mut w = band.max(2);
    loop {
        let (path, touched) = band_dp_once(n, m, w, shapes, cost);
        if !touched || 2 * w + 1 > m {
            return path;
        }
        w *= 2;
    }
}

fn band_dp_once(
    n: usize,
    m: usize,
    w: usize,
    shapes: &[Shape],
    cost: &dyn Fn(Range<usize>, Range<usize>) -> f64,
) -> (Vec<Bead>, bool) {
    let width = (2 * w + 1).min(m + 1);
    let lo = |i: usize| -> usize {
        let c = (i as u128 * m as u128 / n as u128) as usize;
        c.saturating_sub(w).min(m + 1 - width)
    };
    let mut best = vec![f64::INFINITY; (n + 1) * width];
    let mut back = vec![u8::MAX; (n + 1) * width];
    best[0] = 0.0;
    for i in 0..=n {
        let l = lo(i);
        for j in l..l + width {
            if i == 0 && j == 0 {
                continue;
            }
            let mut b = f64::INFINITY;
            let mut arg = u8::MAX;
            for (k, s) in shapes.iter().enumerate() {
                if s.nl > i || s.en > j {
                    continue;
                }
                let (pi, pj) = (i - s.nl, j - s.en);
                let pl = lo(pi);
                if pj < pl || pj >= pl + width {
                    continue;
                }
                let prev = best[pi * width + pj - pl];
                if !prev.is_finite() {
                    continue;
                }
                let c = prev + s.cost + cost(pi..i, pj..j);
                if c < b {
                    b = c;
                    arg = k as u8;
                }
            }
            best[i * width + j - l] = b;
            back[i * width + j - l] = arg;
        }
    }
    let mut path = Vec::new();
    let mut touched = false;
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        let l = lo(i);
        if (j == l && l > 0) || (j == l + width - 1 && j < m) {
            touched = true;
        }
        // Every cell is reachable through 1-0 and 0-1 beads, so a back pointer always exists;
        // were one missing, the sentence would still get a link of its own.
        let (a, b) = match shapes.get(usize::from(back[i * width + j - l])) {
            Some(s) => (s.nl, s.en),
            None if i > 0 => (1, 0),
            None => (0, 1),
        };
        path.push((i - a..i, j - b..j));
        i -= a;
        j -= b;
    }
    path.reverse();
    (path, touched)
}

/// One word of a sentence as evidence: the keys it may show up as in the other language,
/// and the log-likelihood ratios of finding / not finding one in a partner of one or two
/// sentences.
#[derive(Debug, Clone)]
struct Tok {
    keys: Range<u32>,
    hit: [f32; 2],
    miss: [f32; 2],
    p_rand: f32,
    p_true: f32,
}

#[derive(Default)]
struct Side {
    chars: Vec<f64>,
    toks: Vec<Range<u32>>,
    tok_pool: Vec<Tok>,
    key_pool: Vec<u32>,
    /// Sorted keys of each sentence.
    sets: Vec<Range<u32>>,
    set_pool: Vec<u32>,
}

impl Side {
    fn len(&self) -> usize {
        self.chars.len()
    }

    fn set(&self, i: usize) -> &[u32] {
        let r = &self.sets[i];
        &self.set_pool[r.start as usize..r.end as usize]
    }

    fn push_sentence(&mut self, text: &str, toks: Vec<(Vec<u32>, f64)>) {
        self.chars.push(text.chars().count() as f64);
        let start = self.tok_pool.len() as u32;
        let set_start = self.set_pool.len() as u32;
        let mut set = Vec::new();
        for (keys, p_true) in toks {
            let k0 = self.key_pool.len() as u32;
            set.extend_from_slice(&keys);
            self.key_pool.extend(keys);
            self.tok_pool.push(Tok {
                keys: k0..self.key_pool.len() as u32,
                hit: [0.0; 2],
                miss: [0.0; 2],
                p_rand: 0.0,
                p_true: p_true as f32,
            });
        }
        set.sort_unstable();
        set.dedup();
        self.set_pool.extend(set);
        self.sets.push(set_start..self.set_pool.len() as u32);
        self.toks.push(start..self.tok_pool.len() as u32);
    }

    /// Chance that a sentence of the other side holds one of each token's keys by accident,
    /// from how many of its sentences do; tokens that common say nothing and are dropped.
    fn weigh(&mut self, other: &Side) {
        let mut df: HashMap<u32, u32> = HashMap::new();
        for i in 0..other.len() {
            for &k in other.set(i) {
                *df.entry(k).or_default() += 1;
            }
        }
        let n = other.len() as f64 + 1.0;
        for t in &mut self.tok_pool {
            let keys = &self.key_pool[t.keys.start as usize..t.keys.end as usize];
            let miss_all: f64 = keys
                .iter()
                .map(|k| 1.0 - (f64::from(df.get(k).copied().unwrap_or(0)) + 0.5) / n)
                .product();
            let pr = (1.0 - miss_all).clamp(1e-4, 0.99);
            let pt = f64::from(t.p_true);
            t.p_rand = pr as f32;
            for m in 0..2 {
                let prm = 1.0 - (1.0 - pr).powi(m as i32 + 1);
                t.hit[m] = (pt / prm).ln() as f32;
                t.miss[m] = ((1.0 - pt) / (1.0 - prm).max(1e-6)).ln() as f32;
            }
        }
    }

    /// Log-likelihood ratio that `other_sents` translate sentences `r` of this side, judged by
    /// this side's tokens.
    fn llr(&self, r: Range<usize>, other: &Side, other_sents: Range<usize>) -> f64 {
        let m = other_sents.len();
        let mut total = 0.0f64;
        for i in r {
            let tr = &self.toks[i];
            for t in &self.tok_pool[tr.start as usize..tr.end as usize] {
                if t.p_rand >= t.p_true {
                    continue;
                }
                let keys = &self.key_pool[t.keys.start as usize..t.keys.end as usize];
                let found = other_sents
                    .clone()
                    .any(|j| keys.iter().any(|k| other.set(j).binary_search(k).is_ok()));
                total += f64::from(match (found, m) {
                    (true, 1) => t.hit[0],
                    (false, 1) => t.miss[0],
                    (true, 2) => t.hit[1],
                    (false, 2) => t.miss[1],
                    _ => {
                        let (pr, pt) = (f64::from(t.p_rand), f64::from(t.p_true));
                        let prm = 1.0 - (1.0 - pr).powi(m as i32);
                        let v = if found {
                            (pt / prm).ln()
                        } else {
                            ((1.0 - pt) / (1.0 - prm).max(1e-6)).ln()
                        };
                        v as f32
                    }
                });
            }
        }
        total
    }
}

struct Scorer<'p> {
    nl: Side,
    en: Side,
    p: &'p Params,
    ratio: f64,
}

impl<'p> Scorer<'p> {
    fn new(nl: &[&str], en: &[&str], lexicon: &Lexicon, p: &'p Params, ratio: f64) -> Scorer<'p> {
        let mut ids: HashMap<String, u32> = HashMap::new();
        let mut en_side = Side::default();
        for s in en {
            let mut toks = Vec::new();
            for w in words(s) {
                if en_stopword(&w.folded) || (w.folded.chars().count() < 2 && !w.number) {
                    continue;
                }
                let mut keys = Vec::with_capacity(2);
                let next = ids.len() as u32;
                keys.push(*ids.entry(en_stem(&w.folded)).or_insert(next));
                if let Some(c) = cognate_key(&w.folded) {
                    let next = ids.len() as u32;
                    keys.push(*ids.entry(c).or_insert(next));
                }
                let pt = if w.number || w.capital {
                    p.anchor_hit
                } else {
                    p.word_hit
                };
                toks.push((keys, pt));
            }
            en_side.push_sentence(s, toks);
        }
        let mut nl_side = Side::default();
        for s in nl {
            let mut toks = Vec::new();
            for w in words(s) {
                if nl_stopword(&w.folded) || (w.folded.chars().count() < 2 && !w.number) {
                    continue;
                }
                let mut keys: Vec<u32> = Vec::new();
                let mut add = |k: &str| {
                    if let Some(&id) = ids.get(k)
                        && !keys.contains(&id)
                    {
                        keys.push(id);
                    }
                };
                add(&en_stem(&w.folded));
                if let Some(c) = cognate_key(&w.folded) {
                    add(&c);
                }
                let entry = lexicon.get(&w.folded).or_else(|| {
                    nl_lemmas(&w.folded)
                        .into_iter()
                        .find_map(|l| lexicon.get(&l))
                });
                for e in entry.unwrap_or(&[]) {
                    add(e);
                }
                if keys.is_empty() {
                    continue;
                }
                let pt = if w.number || w.capital {
                    p.anchor_hit
                } else {
                    p.word_hit
                };
                toks.push((keys, pt));
            }
            nl_side.push_sentence(s, toks);
        }
        nl_side.weigh(&en_side);
        en_side.weigh(&nl_side);
        Scorer {
            nl: nl_side,
            en: en_side,
            p,
            ratio,
        }
    }

    /// Gale–Church: −ln of the probability of a length difference at least this large.
    fn length_cost(&self, nl: Range<usize>, en: Range<usize>) -> f64 {
        let ls: f64 = self.nl.chars[nl].iter().sum::<f64>().max(1.0);
        let lt: f64 = self.en.chars[en].iter().sum::<f64>().max(1.0);
        let mean = (ls + lt / self.ratio) / 2.0;
        let delta = (lt - ls * self.ratio) / (self.p.variance * mean).sqrt();
        -ln_erfc(delta.abs() / std::f64::consts::SQRT_2)
    }

    fn lexical(&self, nl: Range<usize>, en: Range<usize>) -> f64 {
        0.5 * (self.nl.llr(nl.clone(), &self.en, en.clone()) + self.en.llr(en, &self.nl, nl))
    }

    /// The cost of a bead, without its shape's prior.
    fn cost(&self, nl: Range<usize>, en: Range<usize>) -> f64 {
        if nl.is_empty() || en.is_empty() {
            return 0.0;
        }
        self.length_cost(nl.clone(), en.clone()) - self.p.lexical * self.lexical(nl, en)
    }

    /// Lexical evidence against the length mismatch of a bead with both sides.
    fn margin(&self, nl: Range<usize>, en: Range<usize>) -> f64 {
        self.p.lexical * self.lexical(nl.clone(), en.clone()) - self.length_cost(nl, en)
    }

    /// Confidence of a bead with both sides (see [`Params::score_slope`]).
    fn score(&self, nl: Range<usize>, en: Range<usize>) -> f64 {
        if nl.is_empty() || en.is_empty() {
            return 0.5;
        }
        logistic(self.p.score_slope, self.p.score_offset, self.margin(nl, en))
    }

    /// A 1-0 or 0-1 link is as sure as its best pairing with a neighbouring sentence is unsure.
    fn score_nulls(&self, links: &mut [Link]) {
        for k in 0..links.len() {
            let l = &links[k];
            if !l.nl.is_empty() && !l.en.is_empty() {
                continue;
            }
            let mut best: Option<f64> = None;
            let neighbours = [k.checked_sub(1), Some(k + 1)];
            for n in neighbours
                .into_iter()
                .flatten()
                .filter_map(|n| links.get(n))
            {
                let (nl, en) = if l.en.is_empty() {
                    (
                        l.nl.start..l.nl.start + 1,
                        n.en.start..(n.en.start + 1).min(n.en.end),
                    )
                } else {
                    (
                        n.nl.start..(n.nl.start + 1).min(n.nl.end),
                        l.en.start..l.en.start + 1,
                    )
                };
                let m = self.margin(nl, en);
                best = Some(best.map_or(m, |b: f64| b.max(m)));
            }
            links[k].score =
                best.map_or(1.0, |m| logistic(self.p.null_slope, self.p.null_offset, m));
        }
    }
}

/// ln(erfc(x)) for x ≥ 0, accurate enough for costs (Abramowitz–Stegun 7.1.26 near zero,
/// the asymptotic series in the tail).
fn ln_erfc(x: f64) -> f64 {
    if x < 3.0 {
        let t = 1.0 / (1.0 + 0.327_591_1 * x);
        let poly = t
            * (0.254_829_592
                + t * (-0.284_496_736
                    + t * (1.421_413_741 + t * (-1.453_152_027 + t * 1.061_405_429))));
        (poly.ln()) - x * x
    } else {
        -x * x - (x * std::f64::consts::PI.sqrt()).ln() + (1.0 - 1.0 / (2.0 * x * x)).ln()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paras(text: &[&[&str]]) -> Vec<Vec<String>> {
        text.iter()
            .map(|p| p.iter().map(|s| s.to_string()).collect())
            .collect()
    }

    fn shapes(a: &Alignment) -> Vec<(usize, usize)> {
        a.links.iter().map(Link::shape).collect()
    }

    #[test]
    fn covers_every_sentence_once() {
        let nl = paras(&[&["Een.", "Twee twee.", "Drie drie drie."], &["Vier."]]);
        let en = paras(&[&["One.", "Two two three three three."]]);
        let a = align(&nl, &en, &Lexicon::new(), &Params::default());
        let (mut i, mut j) = (0, 0);
        for l in &a.links {
            assert_eq!((l.nl.start, l.en.start), (i, j));
            (i, j) = (l.nl.end, l.en.end);
            assert!((0.0..=1.0).contains(&l.score));
        }
        assert_eq!((i, j), (4, 2));
    }

    #[test]
    fn empty_sides() {
        let nl = paras(&[&["Een.", "Twee."]]);
        let a = align(&nl, &[], &Lexicon::new(), &Params::default());
        assert_eq!(shapes(&a), [(1, 0), (1, 0)]);
        let a = align(&[], &nl, &Lexicon::new(), &Params::default());
        assert_eq!(shapes(&a), [(0, 1), (0, 1)]);
        assert!(
            align(&[], &[], &Lexicon::new(), &Params::default())
                .links
                .is_empty()
        );
    }

    #[test]
    fn anchors_find_a_dropped_sentence() {
        let nl = paras(&[&[
            "In 1998 kwam Jansen naar Amsterdam.",
            "Hij bleef daar tot 2004.",
            "Toen vertrok hij naar Rotterdam om er te werken.",
            "In 2011 overleed hij in Utrecht.",
        ]]);
        let en = paras(&[&[
            "In 1998 Jansen came to Amsterdam.",
            "Then he left for Rotterdam to work there.",
            "He died in Utrecht in 2011.",
        ]]);
        let a = align(&nl, &en, &Lexicon::new(), &Params::default());
        assert_eq!(shapes(&a), [(1, 1), (1, 0), (1, 1), (1, 1)]);
        // A calibration changes the scores, never the links, and keeps learning from the same
        // links (the default learns from a score of 0.9).
        assert!((Params::default().learn_from - 0.9).abs() < 1e-9);
        let p = Params::default().calibrated(SCORE_SLOPE, SCORE_OFFSET, (NULL_SLOPE, NULL_OFFSET));
        let c = align(&nl, &en, &Lexicon::new(), &p);
        assert_eq!(shapes(&c), shapes(&a));
        for (x, y) in a.links.iter().zip(&c.links) {
            if x.nl.is_empty() || x.en.is_empty() {
                continue;
            }
            // Same margin under both: the logit moves by the calibration's affine map.
            let logit = |s: f64| (s / (1.0 - s)).ln();
            let margin = (logit(x.score) - 0.5) / 0.5;
            assert!((logit(y.score) - (SCORE_SLOPE * margin + SCORE_OFFSET)).abs() < 1e-6);
        }
    }

    #[test]
    fn erfc_is_monotone() {
        let mut last = 1.0;
        for k in 0..100 {
            let v = ln_erfc(k as f64 * 0.1);
            assert!(v < last + 1e-9, "{k}: {v} after {last}");
            last = v;
        }
        assert!(ln_erfc(0.0).abs() < 1e-6);
    }
}
