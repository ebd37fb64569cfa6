//! `import --update` benchmark, run on demand: `cargo bench --bench update`.
//!
//! Generates articles (deterministically, no data needed), imports each with its translation,
//! then times `tolk import NEW.txt --doc NAME --update` with a rewritten version: most sentences
//! edited a little, some dropped, some new, two paragraphs swapped. Every figure is a ratio
//! against a baseline measured in the same run on the same files: the `tolk` binary named by
//! $TOLK_OLD (an older build, e.g. of commit 8778db1), which is stopped after
//! $TOLK_BENCH_OLD_LIMIT seconds (default 240) and then reported as "more than" that.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const TOLK: &str = env!("CARGO_BIN_EXE_tolk");

/// A small deterministic generator (PCG-style LCG), so that every run uses the same inputs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const SYLLABLES: &[&str] = &[
    "ver", "ge", "de", "be", "ont", "lan", "mos", "kou", "haf", "tar", "ste", "unt", "wa", "pen",
    "le", "ring", "en", "tij", "dig", "oor", "log", "raad", "stad", "huis", "vrij", "heid", "zee",
    "berg", "dorp", "land", "wet", "recht",
];
const SHORT: &[&str] = &[
    "de", "het", "een", "en", "van", "in", "op", "dat", "niet", "met", "voor", "zijn", "aan",
];

fn word(r: &mut Rng) -> String {
    if r.below(3) == 0 {
        return SHORT[r.below(SHORT.len())].to_string();
    }
    (0..1 + r.below(3))
        .map(|_| SYLLABLES[r.below(SYLLABLES.len())])
        .collect()
}

/// A sentence of about `chars` characters.
fn sentence(r: &mut Rng, chars: usize) -> String {
    let mut s = String::new();
    while s.len() < chars {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(&word(r));
    }
    let mut c = s.chars();
    let first = c.next().map(|f| f.to_uppercase().collect::<String>());
    format!("{}{}.", first.unwrap_or_default(), c.as_str())
}

/// An article: `paragraphs` paragraphs of `sentences` sentences of about `chars` characters.
fn article(r: &mut Rng, paragraphs: usize, sentences: usize, chars: usize) -> Vec<Vec<String>> {
    (0..paragraphs)
        .map(|_| (0..sentences).map(|_| sentence(r, chars)).collect())
        .collect()
}

/// A rewrite: `edited`% of the sentences edited (a word changed, added or dropped; the rest
/// kept as they were), 5% dropped, 5% new ones added, and two paragraphs swapped.
fn rewrite(r: &mut Rng, text: &[Vec<String>], chars: usize, edited: usize) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = text
        .iter()
        .map(|p| {
            let mut q = Vec::new();
            for s in p {
                let roll = r.below(100);
                if roll < 5 {
                    continue;
                }
                if roll < 10 {
                    q.push(sentence(r, chars));
                }
                if roll < 10 + edited.min(90) {
                    let mut words: Vec<String> = s.split(' ').map(str::to_string).collect();
                    let i = 1 + r.below(words.len().saturating_sub(2).max(1));
                    match r.below(3) {
                        0 => words[i] = word(r),
                        1 => words.insert(i, word(r)),
                        _ if words.len() > 3 => {
                            words.remove(i);
                        }
                        _ => words[i] = word(r),
                    }
                    q.push(words.join(" "));
                } else {
                    q.push(s.clone());
                }
            }
            if q.is_empty() {
                q.push(sentence(r, chars));
            }
            q
        })
        .collect();
    let n = out.len();
    if n >= 4 {
        out.swap(n / 4, 3 * n / 4);
    }
    out
}

fn write(path: &Path, text: &[Vec<String>]) {
    let body: Vec<String> = text.iter().map(|p| p.join(" ")).collect();
    std::fs::write(path, body.join("\n\n")).expect("write input");
}

/// What an update did, as (unchanged + moved, edited, inserted, removed) segments: the
/// figures compared between the two builds, to show they match the same way.
type Counts = (u64, u64, u64, u64);

/// Runs `cmd` (a `--json` update); None when it was stopped at `limit`.
fn timed(cmd: &mut Command, limit: Duration) -> Option<(Duration, Counts)> {
    let out = tempfile::tempfile().expect("temp file");
    let start = Instant::now();
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(out.try_clone().expect("dup"))
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn tolk");
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            let wall = start.elapsed();
            assert!(status.success(), "{cmd:?} failed: {status}");
            let mut out = out;
            let mut json = String::new();
            use std::io::{Read, Seek};
            out.rewind().expect("rewind");
            out.read_to_string(&mut json).expect("read report");
            let v: serde_json::Value = serde_json::from_str(&json).expect("JSON report");
            let n = |k: &str| v[k].as_u64().unwrap_or(0);
            let counts = (
                n("unchanged") + n("moved"),
                n("edited"),
                n("inserted"),
                n("removed"),
            );
            return Some((wall, counts));
        }
        if start.elapsed() > limit {
            child.kill().ok();
            child.wait().ok();
            return None;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Imports v1 with its translation into a fresh database, then times the update to v2.
fn run_update(tolk: &str, dir: &Path, tag: &str, limit: Duration) -> Option<(Duration, Counts)> {
    let db = dir.join(format!("{tag}.db"));
    let _ = std::fs::remove_file(&db);
    let ok = Command::new(tolk)
        .args(["--db", db.to_str().unwrap(), "import"])
        .arg(dir.join("v1.nl.txt"))
        .arg("--translation")
        .arg(dir.join("v1.en.txt"))
        .args(["--doc", "bench", "-q"])
        .env("TOLK_AUTHOR", "bench")
        .status()
        .expect("spawn tolk")
        .success();
    assert!(ok, "import of v1 failed");
    timed(
        Command::new(tolk)
            .args(["--db", db.to_str().unwrap(), "--json", "import"])
            .arg(dir.join("v2.nl.txt"))
            .args(["--doc", "bench", "--update", "-q"])
            .env("TOLK_AUTHOR", "bench"),
        limit,
    )
}

fn secs(d: Option<Duration>, limit: Duration) -> String {
    match d {
        Some(d) => format!("{:.2} s", d.as_secs_f64()),
        None => format!("> {} s", limit.as_secs()),
    }
}

fn main() {
    let old = std::env::var("TOLK_OLD").ok().filter(|p| !p.is_empty());
    let limit = Duration::from_secs(
        std::env::var("TOLK_BENCH_OLD_LIMIT")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(240),
    );
    // (what, paragraphs, sentences per paragraph, characters per sentence, % edited)
    let cases: [(&str, usize, usize, usize, usize); 4] = [
        (
            "200 paragraphs of ~1,400 chars, every sentence edited",
            200,
            10,
            140,
            90,
        ),
        (
            "4,000 short sentences, every sentence edited",
            1000,
            4,
            40,
            90,
        ),
        (
            "1,000 paragraphs of ~1,400 chars, every sentence edited",
            1000,
            10,
            140,
            90,
        ),
        (
            "1,000 paragraphs of ~1,400 chars, 70% edited",
            1000,
            10,
            140,
            70,
        ),
    ];
    println!(
        "| `import --update`, rewritten article | sentences | before (TOLK_OLD) | after | ratio | kept / edited / inserted / removed, before → after |"
    );
    println!("|---|---|---|---|---|---|");
    for (i, (label, paragraphs, sentences, chars, edited)) in cases.into_iter().enumerate() {
        let dir: PathBuf = tempfile::tempdir().expect("temp dir").keep();
        let mut r = Rng(0x70_1c + i as u64);
        let v1 = article(&mut r, paragraphs, sentences, chars);
        let en: Vec<Vec<String>> = v1
            .iter()
            .map(|p| {
                p.iter()
                    .map(|_| "A translated sentence.".to_string())
                    .collect()
            })
            .collect();
        let v2 = rewrite(&mut r, &v1, chars, edited);
        write(&dir.join("v1.nl.txt"), &v1);
        write(&dir.join("v1.en.txt"), &en);
        write(&dir.join("v2.nl.txt"), &v2);
        let n: usize = v2.iter().map(Vec::len).sum();
        let (after, counts) =
            run_update(TOLK, &dir, "new", Duration::from_secs(3600)).expect("finished");
        let before = old.as_deref().map(|o| run_update(o, &dir, "old", limit));
        let ratio = match before {
            Some(Some((b, _))) => format!("{:.0}×", b.as_secs_f64() / after.as_secs_f64()),
            Some(None) => format!("> {:.0}×", limit.as_secs_f64() / after.as_secs_f64()),
            None => "(set TOLK_OLD)".to_string(),
        };
        let show = |c: Counts| format!("{} / {} / {} / {}", c.0, c.1, c.2, c.3);
        let compared = match before {
            Some(Some((_, c))) => format!("{} → {}", show(c), show(counts)),
            _ => format!("? → {}", show(counts)),
        };
        println!(
            "| {label} | {n} | {} | {} | {ratio} | {compared} |",
            before.map_or("-".to_string(), |b| secs(b.map(|b| b.0), limit)),
            secs(Some(after), limit),
        );
        std::fs::remove_dir_all(&dir).ok();
    }
}
