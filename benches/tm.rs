//! Translation-memory benchmarks (issue 13), run on demand: `cargo bench --bench tm`.
//! Data from $TOLK_DATA (default ../shared/data); memory size from $TOLK_TM_SIZE (default
//! 1,000,000); TOLK_TM_IMPORT_ONLY=1 measures the index cost alone. Every figure is measured in
//! the same run as its baseline:
//! - memory: distinct sentence pairs made from FLORES-200 devtest, Tatoeba and UD LassySmall
//!   sentences by splicing the head of one sentence onto the tail of another (and replacing a
//!   word now and then), duplicates dropped: realistic words and lengths, no sentence repeated
//!   with a counter;
//! - index cost: `tm import` of that memory with the index vs the same import without it (in
//!   process, one after the other); database size with and without the index;
//! - lookup latency: p50/p99 of `ops::tm::suggest_text` in process over 1,000 queries, and of
//!   the `tolk suggest DOC:N` CLI call vs `tolk --version` (process start-up);
//! - exactness: 1,000 queries made by editing memory sentences (one or two words replaced,
//!   inserted or deleted); top-1 agreement with a brute-force scan of the whole memory (same
//!   similarity), and recall of the original sentence as the top match.

use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};
use tolk::store::{Mode, Store};
use tolk::tm::Sentence;

const TOLK: &str = env!("CARGO_BIN_EXE_tolk");

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn lines(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .map(|l| l.trim().replace('\t', " "))
        .collect()
}

/// Sentence pairs (nl, en) from the shared data; UD has Dutch only (its target is the source).
fn pairs(data: &Path) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for (nl, en) in [
        ("flores200_devtest.nl", "flores200_devtest.en"),
        ("tatoeba_test_v2021-08-07.nl", "tatoeba_test_v2021-08-07.en"),
    ] {
        out.extend(
            lines(&data.join(nl))
                .into_iter()
                .zip(lines(&data.join(en)))
                .filter(|(a, b)| !a.is_empty() && !b.is_empty()),
        );
    }
    for f in [
        "nl_ud_lassysmall_dev_paragraphs.jsonl",
        "nl_ud_lassysmall_test_paragraphs.jsonl",
    ] {
        for l in lines(&data.join(f)) {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(&l) else {
                continue;
            };
            let text = v["text"].as_str().unwrap_or_default();
            for s in text.split_inclusive(['.', '?', '!']) {
                let s = s.trim();
                if s.split_whitespace().count() >= 3 {
                    out.push((s.to_string(), s.to_string()));
                }
            }
        }
    }
    out
}

/// A word without the punctuation around it (`stad.` → `stad`), empty for a mark alone.
fn bare(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_alphanumeric())
}

/// The head of one sentence joined to the tail of another, each at least three words long
/// when the sentence has them (a clause-sized part, as a rewritten sentence reuses), the
/// head's closing mark dropped (no full stop in mid-sentence), and now and then one word
/// replaced by another word of the language. Parts of one or two words would make clusters of
/// sentences one word apart (every sentence ending in the same short tail), which no real
/// memory has at this density.
fn splice(a: &str, b: &str, rng: &mut Rng, vocab: &[&str]) -> String {
    let wa: Vec<&str> = a.split_whitespace().collect();
    let wb: Vec<&str> = b.split_whitespace().collect();
    let min_a = 3.min(wa.len());
    let min_b = 3.min(wb.len());
    // Head: min_a..=len-1 words of `a` (all of it when it is that short); tail: the last
    // min_b..=len-1 words of `b`.
    let ca = min_a + rng.below(wa.len().saturating_sub(min_a).max(1));
    let tail = min_b + rng.below(wb.len().saturating_sub(min_b).max(1));
    let cb = wb.len() - tail.min(wb.len());
    let mut w: Vec<String> = wa[..ca].iter().map(|s| s.to_string()).collect();
    if let Some(last) = w.last_mut() {
        let trimmed = last.trim_end_matches(['.', '?', '!', ';', ':']);
        if !trimmed.is_empty() {
            *last = trimmed.to_string();
        }
    }
    w.extend(wb[cb..].iter().map(|s| s.to_string()));
    if rng.below(3) == 0 && !w.is_empty() && !vocab.is_empty() {
        let i = rng.below(w.len());
        // Keep the punctuation around the word replaced.
        let old = w[i].clone();
        let core = bare(&old);
        if !core.is_empty() {
            w[i] = old.replacen(core, vocab[rng.below(vocab.len())], 1);
        }
    }
    w.join(" ")
}

/// One or two words replaced, inserted or deleted (the punctuation around a word stays: each
/// edit changes one token).
fn edit(s: &str, rng: &mut Rng, vocab: &[&str]) -> String {
    let mut w: Vec<String> = s.split_whitespace().map(str::to_string).collect();
    for _ in 0..1 + rng.below(2) {
        let i = rng.below(w.len());
        let core = bare(&w[i]).to_string();
        let new = vocab[rng.below(vocab.len())];
        match rng.below(3) {
            1 => w.insert(i, new.to_string()),
            2 if w.len() > 2 && !core.is_empty() => {
                let rest = w[i].replacen(&core, "", 1);
                if rest.is_empty() {
                    w.remove(i);
                } else {
                    w[i] = rest;
                }
            }
            _ if !core.is_empty() => w[i] = w[i].replacen(&core, new, 1),
            _ => w.insert(i, new.to_string()),
        }
    }
    w.join(" ")
}

fn time(cmd: &mut Command) -> Duration {
    let start = Instant::now();
    let out = cmd.output().expect("run tolk");
    assert!(
        out.status.success(),
        "{cmd:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    start.elapsed()
}

/// CPU time (user + system) this process has used, in seconds (Linux: /proc/self/stat, in
/// clock ticks of 1/100 s).
fn cpu_time() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map_or(Vec::new(), |(_, rest)| rest.split_whitespace().collect());
    // After the command name: state is field 3, utime 14 and stime 15 (1-based, in all).
    let ticks = |i: usize| {
        fields
            .get(i - 3)
            .and_then(|f| f.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    (ticks(14) + ticks(15)) / 100.0
}

fn tolk(db: &Path) -> Command {
    let mut c = Command::new(TOLK);
    c.env("TOLK_DB", db).env("TOLK_AUTHOR", "bench").arg("-q");
    c
}

fn pct(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1e3)
}

/// The bench's working directory (a temporary one unless TOLK_TM_KEEP is set).
struct Keep(PathBuf);

impl Keep {
    fn path(&self) -> &Path {
        &self.0
    }
}

type Answer = Option<(u8, String)>;

/// The threshold the queries are asked with (`suggest --min`).
const MIN: u8 = 50;

/// 1,000 memory sentences of at least four words, each edited, and where each came from.
fn make_queries(memory: &[String], rng: &mut Rng, vocab: &[&str]) -> (Vec<usize>, Vec<String>) {
    let mut originals = Vec::new();
    let mut queries = Vec::new();
    while queries.len() < 1000 {
        let i = rng.below(memory.len());
        if memory[i].split_whitespace().count() < 4 {
            continue;
        }
        originals.push(i);
        queries.push(edit(&memory[i], rng, vocab));
    }
    (originals, queries)
}

/// Each query's top match (at least 50%, five asked for), and the sorted lookup times.
fn answer(store: &Store, queries: &[String]) -> (Vec<Duration>, Vec<Answer>) {
    let mut lat = Vec::new();
    let mut answers = Vec::new();
    for q in queries {
        let start = Instant::now();
        let s = tolk::ops::tm::suggest_text(store, q, MIN, 5).unwrap();
        lat.push(start.elapsed());
        if std::env::var_os("TOLK_TM_VERBOSE").is_some()
            && start.elapsed() > Duration::from_millis(50)
        {
            println!("  slow: {} for {q}", ms(start.elapsed()));
        }
        answers.push(s.matches.first().map(|m| (m.percent, m.source.clone())));
    }
    lat.sort();
    (lat, answers)
}

/// Top-1 agreement with a brute-force scan of the memory, and recall of the original.
fn exactness(
    name: &str,
    memory: &[String],
    by_len: &[Vec<Vec<u64>>],
    queries: &[String],
    answers: &[Answer],
    originals: &[usize],
) {
    let mut agree = 0;
    let mut recall = 0;
    let (mut ties, mut closer, mut below, mut missed) = (0, 0, 0, 0);
    let start = Instant::now();
    for ((q, answer), orig) in queries.iter().zip(answers).zip(originals) {
        let qs = Sentence::new(q);
        let got = answer.as_ref().map_or(0, |(p, _)| *p);
        let mut best = got;
        for (len, group) in by_len.iter().enumerate() {
            if tolk::tm::best_possible(qs.len(), len) <= best {
                continue;
            }
            for h in group {
                let n = qs.len().max(len);
                let d = tolk::tm::levenshtein(qs.hashes(), h);
                let p = if d == 0 {
                    100
                } else {
                    (100 * (n - d) / n) as u8
                };
                best = best.max(p);
            }
        }
        // The lookup was asked for matches of at least MIN percent: a best below is no match.
        let best = if best < MIN { 0 } else { best };
        agree += usize::from(best == got);
        if std::env::var_os("TOLK_TM_VERBOSE").is_some() && best != got {
            println!("  disagree: got {got}% brute {best}%: {q}");
        }
        let original = Sentence::new(&memory[*orig]);
        let recalled = answer.as_ref().is_some_and(|(_, s)| {
            s == &memory[*orig] || tolk::tm::distance(&Sentence::new(s), &original) == 0
        });
        recall += usize::from(recalled);
        if !recalled {
            // Why not: another sentence is exactly as close to the query (a tie the similarity
            // cannot break), closer (the edits made the query nearer to it), or the lookup
            // missed the original (the ranking or the search is wrong).
            let to_original = tolk::tm::distance(&qs, &original);
            if tolk::tm::similarity(&qs, &original) < MIN {
                // The edits took the query below the threshold of its original.
                below += 1;
                continue;
            }
            let to_top = answer.as_ref().map_or(usize::MAX, |(_, s)| {
                tolk::tm::distance(&qs, &Sentence::new(s))
            });
            match to_top.cmp(&to_original) {
                std::cmp::Ordering::Equal => ties += 1,
                std::cmp::Ordering::Less => closer += 1,
                std::cmp::Ordering::Greater => {
                    missed += 1;
                    if std::env::var_os("TOLK_TM_VERBOSE").is_some() {
                        println!("  original missed: {q}  (original: {})", memory[*orig]);
                    }
                }
            }
        }
    }
    println!(
        "exactness{name}: top-1 agrees with brute force in {agree}/1000 queries ({:.1}%), original recalled as top match in {recall}/1000 ({:.1}%; of the rest, {ties} tie with another sentence at the same distance, {closer} have another sentence closer, {below} are less than {MIN}% like their original, {missed} were missed) (brute force {:.1} s)",
        agree as f64 / 10.0,
        recall as f64 / 10.0,
        start.elapsed().as_secs_f64()
    );
}

fn main() {
    let data = std::env::var_os("TOLK_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/data"));
    let size: usize = std::env::var("TOLK_TM_SIZE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_000_000);
    let dir = tempfile::tempdir().unwrap();
    // TOLK_TM_KEEP=1 keeps the databases and the memory file (the path is printed) for study;
    // TOLK_TM_REUSE=DIR runs the lookups again on a kept directory (no import figures).
    let reuse = std::env::var_os("TOLK_TM_REUSE").map(PathBuf::from);
    let dir_path = if let Some(r) = &reuse {
        r.clone()
    } else if std::env::var_os("TOLK_TM_KEEP").is_some() {
        let p = dir.keep();
        println!("keeping {}", p.display());
        p
    } else {
        dir.path().to_path_buf()
    };
    let dir = Keep(dir_path);
    let base = pairs(&data);
    let vocab_owned: Vec<String> = {
        let mut seen = HashSet::new();
        base.iter()
            .flat_map(|(nl, _)| nl.split_whitespace())
            .map(bare)
            .filter(|w| !w.is_empty() && seen.insert(w.to_string()))
            .map(str::to_string)
            .collect()
    };
    let vocab: Vec<&str> = vocab_owned.iter().map(String::as_str).collect();
    println!(
        "tm bench: {} base pairs, {} distinct words; building {size} distinct memory pairs",
        base.len(),
        vocab.len()
    );

    // The memory, as a two-column TSV file.
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut seen: HashSet<String> = HashSet::new();
    let mut memory: Vec<String> = Vec::with_capacity(size);
    let tsv = dir.path().join("memory.tsv");
    {
        let mut w = std::io::BufWriter::new(std::fs::File::create(&tsv).unwrap());
        for (nl, en) in &base {
            if memory.len() < size && seen.insert(nl.clone()) {
                writeln!(w, "{nl}\t{en}").unwrap();
                memory.push(nl.clone());
            }
        }
        while memory.len() < size {
            let (a, b) = (rng.below(base.len()), rng.below(base.len()));
            let nl = splice(&base[a].0, &base[b].0, &mut rng, &vocab);
            if nl.split_whitespace().count() < 2 || !seen.insert(nl.clone()) {
                continue;
            }
            let en = splice(&base[a].1, &base[b].1, &mut rng, &[]);
            writeln!(w, "{nl}\t{en}").unwrap();
            memory.push(nl);
        }
    }
    drop(seen);

    // Index cost: the same `tm import` with the index and without it (units not indexed, as
    // `TmImport::index = false` leaves them), in process, alternating, twice each (the best of
    // two: this machine is shared); wall clock and CPU time (user + system) of this process.
    let with = dir.path().join("with.db");
    let without = dir.path().join("without.db");
    if reuse.is_none() {
        let import = |db: &Path, index: bool| {
            for ext in ["", "-wal", "-shm"] {
                std::fs::remove_file(format!("{}{ext}", db.display())).ok();
            }
            let (start, cpu) = (Instant::now(), cpu_time());
            let mut store = Store::open(db, Mode::Write).unwrap();
            let actor = tolk::store::Actor {
                author: "bench".into(),
                at: "2026-12-01T00:00:00Z".into(),
            };
            let req = tolk::ops::tm::TmImport {
                path: &tsv,
                label: "memory.tsv",
                format: tolk::ops::tm::format_of(&tsv).unwrap(),
                name: None,
                swap: false,
                force: false,
                index,
            };
            let mut input = std::io::BufReader::new(std::fs::File::open(&tsv).unwrap());
            tolk::ops::tm::import_tm(&mut store, &actor, &req, &mut input, &tolk::ops::Silent)
                .unwrap();
            drop(store);
            (start.elapsed().as_secs_f64(), cpu_time() - cpu)
        };
        let best = |a: (f64, f64), b: (f64, f64)| (a.0.min(b.0), a.1.min(b.1));
        let w1 = import(&without, false);
        let i1 = import(&with, true);
        let w2 = import(&without, false);
        let i2 = import(&with, true);
        let (wo, wi) = (best(w1, w2), best(i1, i2));
        let size_of = |p: &Path| std::fs::metadata(p).unwrap().len() as f64 / 1e6;
        println!(
            "import of {size} pairs in process (best of 2): with index {:.1} s wall / {:.1} s CPU, without {:.1} s / {:.1} s: ratio {:.2}× wall, {:.2}× CPU; database {:.0} MB vs {:.0} MB (+{:.0}%)",
            wi.0,
            wi.1,
            wo.0,
            wo.1,
            wi.0 / wo.0,
            wi.1 / wo.1,
            size_of(&with),
            size_of(&without),
            100.0 * (size_of(&with) / size_of(&without) - 1.0),
        );
    }

    // TOLK_TM_IMPORT_ONLY=1 stops here: the index cost alone, for work on the import.
    if std::env::var_os("TOLK_TM_IMPORT_ONLY").is_some() {
        return;
    }

    // Queries: 1,000 memory sentences, each edited; and a second, held-out set of 1,000 made
    // with another seed (the lookup's constants were chosen looking at the first set only).
    let (originals, queries) = make_queries(&memory, &mut rng, &vocab);
    let (originals_b, queries_b) = make_queries(&memory, &mut Rng(0xD1B5_4A32_D192_ED03), &vocab);

    // In-process latency, and the answers.
    let store = Store::open(&with, Mode::Read).unwrap();
    for q in queries.iter().take(20) {
        tolk::ops::tm::suggest_text(&store, q, MIN, 5).unwrap();
    }
    let (lat, answers) = answer(&store, &queries);
    let (lat_b, answers_b) = answer(&store, &queries_b);
    for (name, lat) in [("", &lat), (" (held-out set)", &lat_b)] {
        println!(
            "suggest in process over {size} pairs (1,000 edited queries{name}): p50 {}, p99 {}, max {}",
            ms(pct(lat, 0.5)),
            ms(pct(lat, 0.99)),
            ms(*lat.last().unwrap())
        );
    }

    // Exactness against a brute-force scan, grouped by length so that lengths that cannot
    // beat the engine's answer are skipped.
    let mut by_len: Vec<Vec<Vec<u64>>> = Vec::new();
    for s in &memory {
        let h = Sentence::new(s).hashes().to_vec();
        if by_len.len() <= h.len() {
            by_len.resize(h.len() + 1, Vec::new());
        }
        by_len[h.len()].push(h);
    }
    for (name, queries, answers, originals) in [
        ("", &queries, &answers, &originals),
        (" (held-out set)", &queries_b, &answers_b, &originals_b),
    ] {
        exactness(name, &memory, &by_len, queries, answers, originals);
    }

    if reuse.is_some() {
        return;
    }
    // CLI: the queries as a document in the big database, `suggest q:N` vs `tolk --version`.
    let qfile = dir.path().join("q.txt");
    std::fs::write(&qfile, queries[..100].join("\n\n") + "\n").unwrap();
    time(tolk(&with).args(["import", "--doc", "q"]).arg(&qfile));
    let mut version = Vec::new();
    let mut cli = Vec::new();
    for n in 1..=100 {
        version.push(time(tolk(&with).arg("--version")));
        cli.push(time(tolk(&with).args(["suggest", &format!("q:{n}")])));
    }
    version.sort();
    cli.sort();
    let (v50, c50, c99) = (pct(&version, 0.5), pct(&cli, 0.5), pct(&cli, 0.99));
    println!(
        "CLI: `tolk suggest q:N` p50 {} p99 {}; `tolk --version` p50 {}; suggest p50 / (version p50 + in-process p50) = {:.2}×",
        ms(c50),
        ms(c99),
        ms(v50),
        c50.as_secs_f64() / (v50 + pct(&lat, 0.5)).as_secs_f64()
    );
}
