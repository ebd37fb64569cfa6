//! Evaluation of the `attribution` check of `tolk check` (does the translation keep who said
//! what?) on real human translations, where every finding is a false alarm, and on the same
//! translations with the speaker's name replaced or removed, where every miss is one.
//!
//!     cargo run --release --example checkeval -- tatoeba [--suggested] [-v]
//!     cargo run --release --example checkeval -- flores [--split odd|even] [--suggested] [-v]
//!
//! The claims are the gold speakers of `examples/data/attribution_tatoeba.jsonl` (Tatoeba
//! lines, English from `../shared/data/tatoeba_test_v2021-08-07.en`) or of
//! `examples/data/flores_attribution_gold.jsonl` (FLORES devtest, English from
//! `../shared/data/flores200_devtest.en`); `--suggested` takes the suggester's speakers
//! instead. `-v` prints every finding and every missed perturbation. The check reads the
//! system dictionaries and the FreeDict lexicon as `tolk check` does (`--bare`: none of them).
//!
//! Perturbations, made for each claim whose speaker has a name word written both in the
//! Dutch line and in the English (a capitalised word, not a common noun opening the line): *swap* writes another name for each of those words in the
//! English (`Ehud Ur` → `Marek Novak`), *drop* deletes them. A perturbation is detected when
//! the check reports the line.

use std::collections::{HashMap, HashSet};
use std::io::Write;

use tolk::align::lexicon::Lexicon;
use tolk::attribution::{Sentence, suggest};
use tolk::check::{self, Attributed, Context, Dictionary, Segment};
use tolk::segment::{Lang, segment};

macro_rules! outln {
    ($($arg:tt)*) => {
        if writeln!(std::io::stdout(), $($arg)*).is_err() {
            std::process::exit(0);
        }
    };
}

/// Stand-in names for the swap perturbation: none is a word of either data set's gold.
const FAKE: &[&str] = &[
    "Marek",
    "Novak",
    "Oyelaran",
    "Kowalczyk",
    "Thorvald",
    "Quispe",
];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let verbose = args.contains(&"-v");
    let suggested = args.contains(&"--suggested");
    let bare = args.contains(&"--bare");
    let split = args
        .iter()
        .position(|a| *a == "--split")
        .and_then(|i| args.get(i + 1).copied());
    let data = match args.first().copied() {
        Some("tatoeba") => tatoeba(),
        Some("flores") => flores(split),
        _ => Err(
            "usage: checkeval tatoeba|flores [--split odd|even] [--suggested] [--bare] [-v]".into(),
        ),
    };
    let result = data.and_then(|lines| evaluate(&lines, suggested, bare, verbose));
    if let Err(e) = result {
        eprintln!("checkeval: {e}");
        std::process::exit(1);
    }
}

/// One evaluation line: Dutch, English, gold speakers, and whether it is scored (a FLORES
/// split still gives the suggester every line, for pronouns across lines).
struct Line {
    nl: String,
    en: String,
    gold: Vec<String>,
    scored: bool,
}

fn read(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))
}

fn tatoeba() -> Result<Vec<Line>, String> {
    let path = "examples/data/attribution_tatoeba.jsonl";
    let en: Vec<String> = read("../shared/data/tatoeba_test_v2021-08-07.en")?
        .lines()
        .map(str::to_string)
        .collect();
    let mut out = Vec::new();
    for (n, rec) in read(path)?.lines().enumerate() {
        let r: serde_json::Value =
            serde_json::from_str(rec).map_err(|e| format!("{path} line {}: {e}", n + 1))?;
        let no: usize = r["id"]
            .as_str()
            .and_then(|id| id.strip_prefix("tatoeba:"))
            .and_then(|k| k.parse().ok())
            .ok_or_else(|| format!("{path} line {}: bad id", n + 1))?;
        let english = en
            .get(no - 1)
            .ok_or_else(|| format!("{path} line {}: no English line {no}", n + 1))?;
        out.push(Line {
            nl: r["text"].as_str().unwrap_or_default().to_string(),
            en: english.clone(),
            gold: strings(&r["speakers"]),
            scored: true,
        });
    }
    Ok(out)
}

fn strings(v: &serde_json::Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

fn flores(split: Option<&str>) -> Result<Vec<Line>, String> {
    let nl: Vec<String> = read("../shared/data/flores200_devtest.nl")?
        .lines()
        .map(str::to_string)
        .collect();
    let en: Vec<String> = read("../shared/data/flores200_devtest.en")?
        .lines()
        .map(str::to_string)
        .collect();
    if nl.len() != en.len() {
        return Err("the FLORES .nl and .en files differ in length".into());
    }
    let keep = |k: usize| match split {
        None => Ok(true),
        Some("odd") => Ok(!k.is_multiple_of(2)),
        Some("even") => Ok(k.is_multiple_of(2)),
        Some(s) => Err(format!("unknown split `{s}` (odd or even)")),
    };
    let mut out: Vec<Line> = Vec::with_capacity(nl.len());
    for (k, (n, e)) in nl.into_iter().zip(en).enumerate() {
        out.push(Line {
            nl: n,
            en: e,
            gold: Vec::new(),
            scored: keep(k + 1)?,
        });
    }
    let gold_path = "examples/data/flores_attribution_gold.jsonl";
    for (n, rec) in read(gold_path)?.lines().enumerate() {
        let r: serde_json::Value =
            serde_json::from_str(rec).map_err(|e| format!("{gold_path} line {}: {e}", n + 1))?;
        let line = r["line"].as_u64().unwrap_or(0) as usize;
        let slot = out
            .get_mut(line.wrapping_sub(1))
            .ok_or_else(|| format!("{gold_path} line {}: bad `line`", n + 1))?;
        slot.gold = strings(&r["speakers"]);
    }
    Ok(out)
}

/// The suggester's speakers per line, each line a paragraph of one document.
fn suggested_speakers(lines: &[Line]) -> Vec<Vec<String>> {
    let mut texts = Vec::new();
    let mut owner = Vec::new();
    for (k, l) in lines.iter().enumerate() {
        for p in segment(&l.nl, Lang::Nl) {
            for s in p.sentences {
                texts.push(s.text);
                owner.push(k);
            }
        }
    }
    let ids: Vec<String> = (1..=texts.len()).map(|i| format!("s:{i}")).collect();
    let sentences: Vec<Sentence<'_>> = (0..texts.len())
        .map(|i| Sentence {
            id: &ids[i],
            text: &texts[i],
            paragraph: owner[i],
        })
        .collect();
    let mut out = vec![Vec::new(); lines.len()];
    for (i, s) in suggest(&sentences) {
        out[owner[i]].push(s.speaker);
    }
    out
}

/// Words of `text` (letters, digits, hyphens) with their byte ranges.
fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (b, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        let inner = c.is_alphanumeric() || c == '-';
        match (inner, start) {
            (true, None) => start = Some(b),
            (false, Some(s)) => {
                out.push((s, b));
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// The speaker's name words written as they are in both the Dutch and the English line:
/// capitalised words of three letters or more, but not the Dutch line's first word when the
/// Dutch dictionary knows it in lower case (`Experts zeggen`: a common noun, not a name).
fn shared_name_words(speaker: &str, nl: &str, en: &str, dutch: Option<&Dictionary>) -> Vec<String> {
    let has = |text: &str, w: &str| word_spans(text).iter().any(|&(s, e)| &text[s..e] == w);
    let first = word_spans(nl).first().map(|&(s, e)| &nl[s..e]);
    word_spans(speaker)
        .into_iter()
        .map(|(s, e)| &speaker[s..e])
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase) && w.chars().count() >= 3)
        .filter(|w| has(nl, w) && has(en, w))
        .filter(|w| Some(*w) != first || !dutch.is_some_and(|d| d.check(&w.to_lowercase())))
        .map(str::to_string)
        .collect()
}

/// `en` with every whole-word occurrence of the words replaced by `with(i)` (i: the word's
/// index in `words`), then runs of spaces closed up.
fn replace_words(en: &str, words: &[String], with: impl Fn(usize) -> String) -> String {
    let mut out = String::new();
    let mut last = 0;
    for (s, e) in word_spans(en) {
        let w = &en[s..e];
        // A possessive stays with its name ("Ur's" → "Novak's").
        if let Some(i) = words.iter().position(|x| x == w) {
            out.push_str(&en[last..s]);
            out.push_str(&with(i));
            last = e;
        }
    }
    out.push_str(&en[last..]);
    let mut closed = String::new();
    for part in out.split(' ').filter(|p| !p.is_empty()) {
        if !closed.is_empty() {
            closed.push(' ');
        }
        closed.push_str(part);
    }
    closed
}

struct Dicts {
    nl: Option<Dictionary>,
    en: Option<Dictionary>,
    lexicon: Option<Lexicon>,
}

fn dictionaries(bare: bool) -> Dicts {
    if bare {
        return Dicts {
            nl: None,
            en: None,
            lexicon: None,
        };
    }
    let load = |tag: &str| {
        Dictionary::system(tag).and_then(|(aff, dic)| Dictionary::load(&aff, &dic).ok())
    };
    Dicts {
        nl: load("nl"),
        en: load("en"),
        lexicon: Lexicon::system_freedict().and_then(|(i, d)| Lexicon::read_dictd(&i, &d).ok()),
    }
}

/// Runs the attribution check over the lines, with `targets[k]` as line k's English; returns
/// the findings' messages per line.
fn run_check(
    lines: &[Line],
    speakers: &[Vec<String>],
    targets: &[String],
    dicts: &Dicts,
) -> Vec<Vec<String>> {
    let ids: Vec<String> = (1..=lines.len()).map(|k| format!("line:{k}")).collect();
    let segments: Vec<Segment<'_>> = lines
        .iter()
        .enumerate()
        .map(|(k, l)| Segment {
            id: &ids[k],
            source: &l.nl,
            target: Some(&targets[k]),
            link: None,
            needs_work: false,
            coded: None,
        })
        .collect();
    let attributed: Vec<Attributed<'_>> = speakers
        .iter()
        .enumerate()
        .flat_map(|(k, sp)| {
            let id = &ids[k];
            sp.iter().enumerate().map(move |(j, s)| Attributed {
                id,
                annotation: (k * 10 + j) as i64,
                speaker: s,
            })
        })
        .collect();
    let (store_names, words, glossary) = (HashMap::new(), HashSet::new(), Vec::new());
    let ctx = Context {
        segments: &segments,
        store_names: &store_names,
        words: &words,
        glossary: &glossary,
        source_lang: "nl",
        target_lang: "en",
        dictionary: dicts.nl.as_ref(),
        target_dictionary: dicts.en.as_ref(),
        allow_drafts: false,
        attributions: &attributed,
        lexicon: dicts.lexicon.as_ref(),
    };
    let index: HashMap<&str, usize> = ids
        .iter()
        .enumerate()
        .map(|(k, s)| (s.as_str(), k))
        .collect();
    let mut out = vec![Vec::new(); lines.len()];
    for f in check::run(&ctx, Some(&["attribution"])) {
        out[index[f.id.as_str()]].push(f.message);
    }
    out
}

fn evaluate(lines: &[Line], suggested: bool, bare: bool, verbose: bool) -> Result<(), String> {
    let dicts = dictionaries(bare);
    let mut speakers: Vec<Vec<String>> = if suggested {
        suggested_speakers(lines)
    } else {
        lines.iter().map(|l| l.gold.clone()).collect()
    };
    for (k, l) in lines.iter().enumerate() {
        if !l.scored {
            speakers[k].clear();
        }
    }
    let claims: usize = speakers.iter().map(Vec::len).sum();
    let with_claims = speakers.iter().filter(|s| !s.is_empty()).count();

    let human: Vec<String> = lines.iter().map(|l| l.en.clone()).collect();
    let found = run_check(lines, &speakers, &human, &dicts);
    let flagged = found.iter().filter(|f| !f.is_empty()).count();
    let findings: usize = found.iter().map(Vec::len).sum();
    let missing: usize = found
        .iter()
        .flatten()
        .filter(|m| m.starts_with("the source attributes"))
        .count();
    outln!(
        "{} lines with {claims} attributed claims ({} speakers; dictionaries: {})",
        with_claims,
        if suggested { "suggested" } else { "gold" },
        match (
            dicts.nl.is_some() || dicts.en.is_some(),
            dicts.lexicon.is_some()
        ) {
            (true, true) => "hunspell and FreeDict",
            (true, false) => "hunspell",
            (false, true) => "FreeDict",
            (false, false) => "none",
        }
    );
    outln!(
        "human translations: {findings} findings (false alarms) on {flagged} of {with_claims} lines ({:.1}%): {missing} speaker missing, {} other name",
        pct(flagged, with_claims),
        findings - missing
    );
    if verbose {
        for (k, f) in found.iter().enumerate() {
            for m in f {
                outln!("  line {}: {}", k + 1, m);
                outln!("    nl: {}", lines[k].nl);
                outln!("    en: {}", lines[k].en);
            }
        }
    }

    // Perturbations: one variant of one line at a time, the other lines as translated.
    let mut cases: Vec<(usize, Vec<String>)> = Vec::new();
    for (k, l) in lines.iter().enumerate() {
        if !found[k].is_empty() {
            continue;
        }
        let mut words: Vec<String> = Vec::new();
        for s in &speakers[k] {
            for w in shared_name_words(s, &l.nl, &l.en, dicts.nl.as_ref()) {
                if !words.contains(&w) {
                    words.push(w);
                }
            }
        }
        if !words.is_empty() {
            cases.push((k, words));
        }
    }
    for (kind, make) in [
        (
            "swap",
            &(|i: usize| FAKE[i % FAKE.len()].to_string()) as &dyn Fn(usize) -> String,
        ),
        (
            "drop",
            &(|_: usize| String::new()) as &dyn Fn(usize) -> String,
        ),
    ] {
        let mut targets = human.clone();
        for (k, words) in &cases {
            targets[*k] = replace_words(&lines[*k].en, words, make);
        }
        // Each perturbed line is judged on its own findings; lines are independent in the
        // check, so one run covers all of them.
        let got = run_check(lines, &speakers, &targets, &dicts);
        let detected = cases.iter().filter(|(k, _)| !got[*k].is_empty()).count();
        outln!(
            "{kind}: detected {detected} of {} perturbed lines ({:.1}%)",
            cases.len(),
            pct(detected, cases.len())
        );
        if verbose {
            for (k, _) in cases.iter().filter(|(k, _)| got[*k].is_empty()) {
                outln!("  missed line {}: {}", k + 1, targets[*k]);
                outln!("    speakers: {}", speakers[*k].join(" | "));
            }
        }
    }
    Ok(())
}

fn pct(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        100.0 * a as f64 / b as f64
    }
}
