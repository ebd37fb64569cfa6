//! Scores `tolk::segment` against gold sentence splits in JSON Lines files
//! (`{"text", "sentences", "all_end_punct"?}` per line, e.g. the UD Dutch LassySmall paragraphs).
//!
//! cargo run --release --example segeval -- FILE.jsonl... [--all] [--verbose] [--lang nl|en]
//!
//! By default only records with `all_end_punct == true` count (the others contain headings and
//! list items that no punctuation-based segmenter can split); `--all` scores every record.
//! Boundary precision/recall compare the character offsets where sentences end.
//!
//! A file not ending in `.jsonl` is read as plain text, one paragraph per line (FLORES,
//! Tatoeba): there is no gold, so it reports how many lines split and `--verbose` shows them.

use std::collections::BTreeSet;
use std::process::ExitCode;

use tolk::segment::{Lang, split_sentences};

struct Options {
    files: Vec<String>,
    all: bool,
    verbose: bool,
    lang: Lang,
}

fn parse_args() -> Result<Options, String> {
    let mut opts = Options {
        files: Vec::new(),
        all: false,
        verbose: false,
        lang: Lang::Nl,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--all" => opts.all = true,
            "--verbose" | "-v" => opts.verbose = true,
            "--lang" => {
                let value = args.next().ok_or("--lang needs a value")?;
                opts.lang = value.parse()?;
            }
            "-h" | "--help" => {
                return Err(
                    "usage: segeval FILE.jsonl... [--all] [--verbose] [--lang nl|en]".into(),
                );
            }
            _ if arg.starts_with('-') => return Err(format!("unknown option {arg}")),
            _ => opts.files.push(arg),
        }
    }
    if opts.files.is_empty() {
        return Err("usage: segeval FILE.jsonl... [--all] [--verbose] [--lang nl|en]".into());
    }
    Ok(opts)
}

#[derive(Default)]
struct Score {
    records: usize,
    exact: usize,
    true_pos: usize,
    ours: usize,
    gold: usize,
}

/// Byte offsets where each sentence but the last ends, located in `text` (gold sentences
/// are joined with single spaces, but we search rather than assume that).
fn gold_boundaries(text: &str, sentences: &[String]) -> Option<BTreeSet<usize>> {
    let mut out = BTreeSet::new();
    let mut from = 0;
    for s in sentences {
        let at = from + text[from..].find(s.as_str())?;
        from = at + s.len();
        out.insert(from);
    }
    out.remove(&from);
    Some(out)
}

fn evaluate(path: &str, opts: &Options) -> Result<Score, String> {
    let data = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let mut score = Score::default();
    for (n, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let record: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("{path}:{}: {e}", n + 1))?;
        if !opts.all && record["all_end_punct"] != serde_json::Value::Bool(true) {
            continue;
        }
        let text = record["text"]
            .as_str()
            .ok_or_else(|| format!("{path}:{}: no \"text\"", n + 1))?;
        let gold: Vec<String> = serde_json::from_value(record["sentences"].clone())
            .map_err(|e| format!("{path}:{}: \"sentences\": {e}", n + 1))?;
        let ranges = split_sentences(text, opts.lang);
        let ours: Vec<&str> = ranges.iter().map(|r| &text[r.clone()]).collect();

        score.records += 1;
        if ours == gold {
            score.exact += 1;
        } else if opts.verbose {
            let id = record["id"].as_str().unwrap_or("?");
            println!("--- {id} (line {})", n + 1);
            for s in &gold {
                println!("  gold: {s}");
            }
            for s in &ours {
                println!("  ours: {s}");
            }
        }
        let our_bounds: BTreeSet<usize> = ranges.iter().rev().skip(1).map(|r| r.end).collect();
        let gold_bounds = gold_boundaries(text, &gold)
            .ok_or_else(|| format!("{path}:{}: gold sentences are not in the text", n + 1))?;
        score.true_pos += our_bounds.intersection(&gold_bounds).count();
        score.ours += our_bounds.len();
        score.gold += gold_bounds.len();
    }
    Ok(score)
}

/// Plain text, one paragraph per line: count the lines we split.
fn survey(path: &str, opts: &Options) -> Result<(), String> {
    let data = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let (mut lines, mut split, mut sentences) = (0, 0, 0);
    for (n, line) in data.lines().enumerate() {
        let ranges = split_sentences(line, opts.lang);
        lines += 1;
        sentences += ranges.len();
        if ranges.len() > 1 {
            split += 1;
            if opts.verbose {
                println!("--- line {}", n + 1);
                for r in &ranges {
                    println!("  ours: {}", &line[r.clone()]);
                }
            }
        }
    }
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    println!("{name}: {lines} lines, {split} split into 2+ sentences, {sentences} sentences");
    Ok(())
}

fn ratio(num: usize, den: usize) -> f64 {
    if den == 0 {
        1.0
    } else {
        num as f64 / den as f64
    }
}

fn main() -> ExitCode {
    let opts = match parse_args() {
        Ok(opts) => opts,
        Err(msg) => {
            eprintln!("{msg}");
            return ExitCode::from(2);
        }
    };
    let mut failed = false;
    for path in &opts.files {
        if !path.ends_with(".jsonl") {
            if let Err(msg) = survey(path, &opts) {
                eprintln!("error: {msg}");
                failed = true;
            }
            continue;
        }
        match evaluate(path, &opts) {
            Ok(s) => {
                let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
                let subset = if opts.all {
                    "all records"
                } else {
                    "all_end_punct"
                };
                println!(
                    "{name}: {}/{} paragraphs exact ({subset}), sentence-boundary precision {:.4} recall {:.4}",
                    s.exact,
                    s.records,
                    ratio(s.true_pos, s.ours),
                    ratio(s.true_pos, s.gold),
                );
            }
            Err(msg) => {
                eprintln!("error: {msg}");
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
