//! Runs `tolk::check` over a document and prints the findings per check, with timings.
//!
//! cargo run --release --example checkeval -- [--dict /usr/share/hunspell/nl] [--limit N]
//!     [--only C,...] [--json] CORPUS_NL [CORPUS_EN]
//!
//! A text file (`corpus/libie-moskou.nl.txt`) is segmented with `tolk::segment` (Dutch, and the
//! English translation with the English rules) and aligned sentence by sentence. Files ending in
//! `.nl`/`.en` (FLORES, Tatoeba) are read as aligned lines, one segment per line. The store's name
//! counts are simulated with this document alone. Without `--dict`, the system's Dutch
//! dictionary is used when installed. `--limit` caps the findings printed per check (default:
//! all); `--json` prints the findings as JSON Lines instead.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use tolk::check::{self, Context, Dictionary, Segment};
use tolk::segment::{Lang, segment};

struct Options {
    dict: Option<PathBuf>,
    limit: usize,
    only: Option<String>,
    json: bool,
    files: Vec<PathBuf>,
}

const USAGE: &str = "usage: checkeval [--dict PATH] [--limit N] [--only C,...] [--json] \
                     CORPUS_NL [CORPUS_EN]";

fn parse_args() -> Result<Options, String> {
    let mut opts = Options {
        dict: None,
        limit: usize::MAX,
        only: None,
        json: false,
        files: Vec::new(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--dict" => opts.dict = Some(args.next().ok_or("--dict needs a path")?.into()),
            "--limit" => {
                opts.limit = args
                    .next()
                    .and_then(|n| n.parse().ok())
                    .ok_or("--limit needs a number")?
            }
            "--only" => opts.only = Some(args.next().ok_or("--only needs check names")?),
            "--json" => opts.json = true,
            "-h" | "--help" => return Err(USAGE.into()),
            _ if arg.starts_with('-') => return Err(format!("unknown option {arg}\n{USAGE}")),
            _ => opts.files.push(arg.into()),
        }
    }
    if opts.files.is_empty() || opts.files.len() > 2 {
        return Err(USAGE.into());
    }
    Ok(opts)
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// Segments of a file: lines for `.nl`/`.en`, sentences otherwise.
fn segments_of(path: &Path, lang: Lang) -> Result<Vec<String>, String> {
    let text = read(path)?;
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    if ext == lang.code() {
        return Ok(text.lines().map(|l| l.trim().to_string()).collect());
    }
    Ok(segment(&text, lang)
        .into_iter()
        .flat_map(|p| p.sentences)
        .map(|s| s.text)
        .collect())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("checkeval: {e}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    let opts = parse_args()?;
    let only: Option<Vec<&str>> = opts
        .only
        .as_deref()
        .map(|o| o.split(',').map(str::trim).collect());
    if let Some(only) = &only {
        check::validate_only(only)?;
    }
    let sources = segments_of(&opts.files[0], Lang::Nl)?;
    let targets = match opts.files.get(1) {
        Some(p) => segments_of(p, Lang::En)?,
        None => Vec::new(),
    };
    if !targets.is_empty() && targets.len() != sources.len() {
        eprintln!(
            "note: {} source segments, {} target segments; pairing by position",
            sources.len(),
            targets.len()
        );
    }
    let name = opts.files[0]
        .file_name()
        .and_then(|n| n.to_str())
        .and_then(|n| n.split('.').next())
        .unwrap_or("doc")
        .to_string();
    let ids: Vec<String> = (1..=sources.len()).map(|n| format!("{name}:{n}")).collect();
    let segs: Vec<Segment> = sources
        .iter()
        .enumerate()
        .map(|(i, s)| Segment {
            id: &ids[i],
            source: s,
            target: targets.get(i).map(String::as_str),
            link: None,
            needs_work: false,
            coded: None,
        })
        .collect();

    let t = Instant::now();
    let dict_paths = match &opts.dict {
        Some(p) => Some(Dictionary::resolve(p)),
        None => Dictionary::system_dutch(),
    };
    let dictionary = match dict_paths {
        Some((aff, dic)) => Some(Dictionary::load(&aff, &dic)?),
        None => {
            eprintln!("note: no Dutch dictionary (install hunspell-nl); spelling skipped");
            None
        }
    };
    let load = t.elapsed();

    let mut store_names = HashMap::new();
    for s in &sources {
        check::count_names(s, &mut store_names);
    }
    let words = HashSet::new();
    let ctx = Context {
        segments: &segs,
        store_names: &store_names,
        words: &words,
        glossary: &[],
        source_lang: "nl",
        target_lang: "en",
        dictionary: dictionary.as_ref(),
        target_dictionary: None,
        allow_drafts: false,
        attributions: &[],
    };

    let t = Instant::now();
    let spelling = check::run(&ctx, Some(&["spelling"]));
    let spelling_time = t.elapsed();
    let t = Instant::now();
    let findings = check::run(&ctx, only.as_deref());
    let all_time = t.elapsed();

    if opts.json {
        for f in &findings {
            println!("{}", serde_json::to_string(f).map_err(|e| e.to_string())?);
        }
    } else {
        let mut by_check: BTreeMap<usize, Vec<&check::Finding>> = BTreeMap::new();
        for f in &findings {
            let rank = check::CHECKS
                .iter()
                .position(|c| *c == f.check)
                .unwrap_or(0);
            by_check.entry(rank).or_default().push(f);
        }
        for (rank, list) in &by_check {
            println!("== {} ({})", check::CHECKS[*rank], list.len());
            for f in list.iter().take(opts.limit) {
                let fix = f
                    .suggestion
                    .as_deref()
                    .map(|s| format!(" → ‘{s}’"))
                    .unwrap_or_default();
                let exact: String = f.exact.chars().take(60).collect();
                println!(
                    "{} {} {}..{} ‘{exact}’{fix}: {}",
                    f.id, f.side, f.start, f.end, f.message
                );
            }
        }
    }
    let words_checked: usize = sources.iter().map(|s| s.split_whitespace().count()).sum();
    eprintln!(
        "{} segments, {} words; dictionary load {:.0} ms; spelling pass {:.1} ms ({} findings); \
         all checks {:.1} ms ({} findings)",
        segs.len(),
        words_checked,
        load.as_secs_f64() * 1e3,
        spelling_time.as_secs_f64() * 1e3,
        spelling.len(),
        all_time.as_secs_f64() * 1e3,
        findings.len()
    );
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for f in &findings {
        *counts.entry(f.check).or_default() += 1;
    }
    eprintln!(
        "per check: {}",
        check::CHECKS
            .iter()
            .map(|c| format!("{c} {}", counts.get(c).copied().unwrap_or(0)))
            .collect::<Vec<_>>()
            .join(", ")
    );
    Ok(())
}
