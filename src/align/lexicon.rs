//! Dutch–English lexicons for the aligner: the FreeDict dictionary read at run time from the
//! system's dictd files (Debian's `dict-freedict-nld-eng`, GPL-2+, never copied into tolk), and
//! lexicons learned from aligned pairs. Keys are folded Dutch words, values English stems.

use super::features::{en_stem, en_stopword, fold, words};
use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    map: HashMap<String, Vec<String>>,
}

impl Lexicon {
    pub fn new() -> Lexicon {
        Lexicon::default()
    }

    /// Number of Dutch headwords.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// English stems a folded Dutch word translates to.
    pub fn get(&self, nl: &str) -> Option<&[String]> {
        self.map.get(nl).map(Vec::as_slice)
    }

    /// Adds `nl` → `en` (both as written; folded and stemmed here).
    pub fn add(&mut self, nl: &str, en: &str) {
        let key = fold(nl);
        let stem = en_stem(&fold(en));
        let list = self.map.entry(key).or_default();
        if !list.contains(&stem) {
            list.push(stem);
        }
    }

    /// Adds every entry of `other`.
    pub fn extend(&mut self, other: &Lexicon) {
        for (k, v) in &other.map {
            let list = self.map.entry(k.clone()).or_default();
            for e in v {
                if !list.contains(e) {
                    list.push(e.clone());
                }
            }
        }
    }

    /// Where the FreeDict Dutch–English files are: `$TOLK_FREEDICT` (a directory) or
    /// `/usr/share/dictd`; `None` when they are not installed.
    pub fn system_freedict() -> Option<(PathBuf, PathBuf)> {
        let dir = std::env::var_os("TOLK_FREEDICT")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from("/usr/share/dictd"));
        let index = dir.join("freedict-nld-eng.index");
        let dict = dir.join("freedict-nld-eng.dict.dz");
        (index.is_file() && dict.is_file()).then_some((index, dict))
    }

    /// Reads a dictd dictionary: the `.index` (headword, base64 offset, base64 length per line)
    /// and the gzip-compressed (dictzip) `.dict.dz` body.
    pub fn read_dictd(index: &Path, dict: &Path) -> Result<Lexicon, String> {
        let index_text = std::fs::read_to_string(index)
            .map_err(|e| format!("cannot read {}: {e}", index.display()))?;
        let compressed =
            std::fs::read(dict).map_err(|e| format!("cannot read {}: {e}", dict.display()))?;
        let mut body = Vec::new();
        flate2::read::GzDecoder::new(compressed.as_slice())
            .read_to_end(&mut body)
            .map_err(|e| format!("cannot decompress {}: {e}", dict.display()))?;
        Lexicon::parse_dictd(&index_text, &body).map_err(|e| format!("{}: {e}", index.display()))
    }

    /// Parses a dictd index and the decompressed body. Entries: a headword line (with an
    /// optional `/pronunciation/`), then translations, numbered (`1. a, b`) or not.
    pub fn parse_dictd(index: &str, body: &[u8]) -> Result<Lexicon, String> {
        let mut lex = Lexicon::new();
        for (n, line) in index.lines().enumerate() {
            let mut parts = line.split('\t');
            let (Some(head), Some(off), Some(len)) = (parts.next(), parts.next(), parts.next())
            else {
                return Err(format!(
                    "line {}: expected three tab-separated fields",
                    n + 1
                ));
            };
            if head.starts_with("00database") || head.contains(' ') {
                continue;
            }
            let (off, len) = match (base64_number(off), base64_number(len)) {
                (Some(o), Some(l)) => (o, l),
                _ => return Err(format!("line {}: bad offset or length", n + 1)),
            };
            let Some(entry) = body.get(off..off.saturating_add(len)) else {
                return Err(format!("line {}: entry lies outside the dictionary", n + 1));
            };
            let entry = String::from_utf8_lossy(entry);
            for l in entry.lines().skip(1) {
                let l = l.trim();
                let l = l
                    .split_once(". ")
                    .filter(|(num, _)| num.chars().all(|c| c.is_ascii_digit()))
                    .map_or(l, |(_, rest)| rest);
                for phrase in l.split([',', ';']) {
                    for w in words(phrase) {
                        if !w.number && !en_stopword(&w.folded) && w.folded.len() > 1 {
                            lex.add(head, &w.folded);
                        }
                    }
                }
            }
        }
        Ok(lex)
    }

    /// A lexicon learned from aligned pairs (Dutch sentence, English sentence): word pairs that
    /// occur together at least `min_count` times with a Dice coefficient of at least `min_dice`,
    /// at most three translations per Dutch word.
    pub fn learn<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
        min_count: u32,
        min_dice: f64,
    ) -> Lexicon {
        let mut nl_ids: HashMap<String, u32> = HashMap::new();
        let mut en_ids: HashMap<String, u32> = HashMap::new();
        let mut nl_count: Vec<u32> = Vec::new();
        let mut en_count: Vec<u32> = Vec::new();
        let mut joint: HashMap<(u32, u32), u32> = HashMap::new();
        let intern = |map: &mut HashMap<String, u32>, counts: &mut Vec<u32>, w: String| {
            let next = map.len() as u32;
            let id = *map.entry(w).or_insert(next);
            if id as usize == counts.len() {
                counts.push(0);
            }
            id
        };
        for (nl, en) in pairs {
            let mut a: Vec<u32> = words(nl)
                .into_iter()
                .filter(|w| !w.number)
                .map(|w| intern(&mut nl_ids, &mut nl_count, w.folded))
                .collect();
            let mut b: Vec<u32> = words(en)
                .into_iter()
                .filter(|w| !w.number && !en_stopword(&w.folded))
                .map(|w| intern(&mut en_ids, &mut en_count, en_stem(&w.folded)))
                .collect();
            a.sort_unstable();
            a.dedup();
            b.sort_unstable();
            b.dedup();
            for &x in &a {
                nl_count[x as usize] += 1;
            }
            for &y in &b {
                en_count[y as usize] += 1;
            }
            for &x in &a {
                for &y in &b {
                    *joint.entry((x, y)).or_default() += 1;
                }
            }
        }
        let nl_words: HashMap<u32, &String> = nl_ids.iter().map(|(w, &i)| (i, w)).collect();
        let en_words: HashMap<u32, &String> = en_ids.iter().map(|(w, &i)| (i, w)).collect();
        let mut best: HashMap<u32, Vec<(f64, u32)>> = HashMap::new();
        for ((x, y), c) in joint {
            if c < min_count {
                continue;
            }
            let dice = 2.0 * c as f64 / (nl_count[x as usize] + en_count[y as usize]) as f64;
            if dice >= min_dice {
                best.entry(x).or_default().push((dice, y));
            }
        }
        let mut lex = Lexicon::new();
        for (x, mut ys) in best {
            ys.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
            let list = lex.map.entry(nl_words[&x].clone()).or_default();
            for (_, y) in ys.into_iter().take(3) {
                list.push(en_words[&y].clone());
            }
        }
        lex
    }
}

/// Most aligned pairs the store's lexicon learns from (`import --translation` and
/// `--translation-of` read them in one query: final and reviewed first, then the newest).
pub const STORE_PAIRS: usize = 20_000;
/// How many times a reviewed or final pair counts, against once for a merely translated one.
pub const REVIEWED_WEIGHT: u32 = 2;
/// Most word pairs (Dutch words × English words of a sentence pair, times its weight) the
/// store's lexicon counts: learning stops at the pair that reaches it, so memory and time stay
/// bounded (some 20,000 short pairs, 3,000–4,000 news sentences).
pub const LEARN_BUDGET: usize = 2_000_000;

impl Lexicon {
    /// The lexicon learned from the user's own aligned pairs (Dutch, English, weight): a pair
    /// counts `weight` times (see [`REVIEWED_WEIGHT`]); a word pair must be seen together at
    /// least twice with a Dice coefficient of at least 0.3, and a Dutch word keeps its three
    /// best translations — so its size is bounded by the pairs' vocabulary, whatever the store.
    /// Learning stops once [`LEARN_BUDGET`] word pairs are counted.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str, u32)>) -> Lexicon {
        let mut spent = 0usize;
        let repeated = pairs
            .into_iter()
            .take_while(move |(nl, en, w)| {
                let cost = nl.split_whitespace().count()
                    * en.split_whitespace().count()
                    * (*w).clamp(1, 4) as usize;
                let go = spent < LEARN_BUDGET;
                spent += cost;
                go
            })
            .flat_map(|(nl, en, w)| std::iter::repeat_n((nl, en), w.clamp(1, 4) as usize));
        Lexicon::learn(repeated, 2, 0.3)
    }

    /// Adds a glossary entry (source term → required target term): a one-word term pairs with
    /// each content word of its translation; terms of several words pair word by word when
    /// both have as many content words, else every content word with every other (terms are
    /// short: at most four words a side are taken).
    pub fn add_term(&mut self, nl: &str, en: &str) {
        let nl: Vec<String> = words(nl)
            .into_iter()
            .filter(|w| !w.number && !super::features::nl_stopword(&w.folded))
            .map(|w| w.folded)
            .take(4)
            .collect();
        let en: Vec<String> = words(en)
            .into_iter()
            .filter(|w| !w.number && !en_stopword(&w.folded))
            .map(|w| w.folded)
            .take(4)
            .collect();
        if nl.len() == en.len() && nl.len() > 1 {
            for (a, b) in nl.iter().zip(&en) {
                self.add(a, b);
            }
            return;
        }
        for a in &nl {
            for b in &en {
                self.add(a, b);
            }
        }
    }
}

/// dictd's base64 numbers: digits `A–Z a–z 0–9 + /`, most significant first.
fn base64_number(s: &str) -> Option<usize> {
    let mut n: usize = 0;
    for b in s.bytes() {
        let d = match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        };
        n = n.checked_mul(64)?.checked_add(d as usize)?;
    }
    Some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_a_dictd_entry() {
        let body = "aal /al/\neel\nafrikaans /afrikans/\n1. African\n2. Afrikaans\n";
        let index = "00databaseutf8\tA\tB\naal\tA\tN\nafrikaans\tN\tt\n";
        assert_eq!(base64_number("P"), Some(15));
        let lex = Lexicon::parse_dictd(index, body.as_bytes()).unwrap();
        assert_eq!(lex.get("aal"), Some(&["eel".to_string()][..]));
        assert_eq!(lex.get("afrikaans").map(<[String]>::len), Some(2));
        assert!(Lexicon::parse_dictd("x\tA\n", b"").is_err());
        assert!(Lexicon::parse_dictd("x\tA\tzz\n", b"").is_err());
    }

    #[test]
    fn learns_from_weighted_pairs_and_terms() {
        // Seen once, a pair teaches nothing; counted twice (reviewed), it does.
        let once = Lexicon::from_pairs([("de hond slaapt", "the dog sleeps", 1)]);
        assert!(once.get("hond").is_none());
        let twice = Lexicon::from_pairs([("de hond slaapt", "the dog sleeps", REVIEWED_WEIGHT)]);
        assert!(twice.get("hond").unwrap().contains(&"dog".to_string()));
        // Past the budget nothing more is learned.
        let nl: String = (0..50).map(|i| format!("w{i} ")).collect();
        let en: String = (0..50).map(|i| format!("v{i} ")).collect();
        let mut pairs: Vec<(&str, &str, u32)> = vec![(&nl, &en, 1); LEARN_BUDGET / 2500];
        pairs.extend([("de hond slaapt", "the dog sleeps", REVIEWED_WEIGHT); 3]);
        assert!(
            Lexicon::from_pairs(pairs[pairs.len() - 3..].iter().copied())
                .get("hond")
                .is_some()
        );
        assert!(Lexicon::from_pairs(pairs).get("hond").is_none());
        let mut lex = Lexicon::new();
        lex.add_term("krijgsheer", "warlord");
        lex.add_term("Libische Nationale Leger", "Libyan National Army");
        assert_eq!(lex.get("krijgsheer"), Some(&["warlord".to_string()][..]));
        assert_eq!(lex.get("leger"), Some(&["army".to_string()][..]));
        assert_eq!(lex.get("libische"), Some(&["libyan".to_string()][..]));
    }

    #[test]
    fn learns_from_pairs() {
        let pairs = [
            ("de hond slaapt", "the dog sleeps"),
            ("de hond eet", "the dog eats"),
            ("de kat eet", "the cat eats"),
            ("de kat slaapt", "the cat sleeps"),
        ];
        let lex = Lexicon::learn(pairs, 2, 0.9);
        assert_eq!(lex.get("hond"), Some(&["dog".to_string()][..]));
        assert_eq!(lex.get("eet"), Some(&["eat".to_string()][..]));
    }
}
