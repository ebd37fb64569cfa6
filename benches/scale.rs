//! Scale benchmarks, run on demand: `cargo bench --bench scale` (needs the `sqlite3` shell;
//! data from $TOLK_DATA, default ../shared/data; corpus size from $TOLK_BENCH_SENTENCES,
//! default 1,000,000). Every figure is a ratio against a baseline measured in the same run:
//! - import of the corpus vs the sqlite3 shell's `.import` of the same pre-segmented rows;
//! - export (tmx, jsonl, tsv) vs the sqlite3 shell dumping the same rows as CSV;
//! - `show DOC:N`, `diff DOC`, `check DOC` on a 10,000-segment document vs `tolk --version`
//!   (process start-up, the floor for any command);
//! - peak memory (max RSS) of import and export at 1/10 and full size: flat means equal.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const TOLK: &str = env!("CARGO_BIN_EXE_tolk");

struct Run {
    wall: Duration,
    max_rss_kib: i64,
}

/// Runs a command to completion and reports its wall time and peak memory (from wait4).
fn measure(cmd: &mut Command) -> Run {
    measure_with_input(cmd, None)
}

fn measure_with_input(cmd: &mut Command, input: Option<&str>) -> Run {
    let start = Instant::now();
    let mut child = cmd
        .stdin(if input.is_some() {
            std::process::Stdio::piped()
        } else {
            std::process::Stdio::null()
        })
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::inherit())
        .spawn()
        .expect("spawn");
    if let Some(text) = input {
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(text.as_bytes()).unwrap();
    }
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value for wait4 to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: pid is our own child, not yet waited for; status and usage are valid pointers.
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let wall = start.elapsed();
    assert_eq!(r, pid, "wait4 failed");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "{cmd:?} failed with status {status}"
    );
    std::mem::forget(child); // already reaped
    Run {
        wall,
        max_rss_kib: usage.ru_maxrss,
    }
}

fn best_of(n: usize, mut f: impl FnMut() -> Run) -> Run {
    let mut best: Option<Run> = None;
    for _ in 0..n {
        let r = f();
        if best.as_ref().is_none_or(|b| r.wall < b.wall) {
            best = Some(r);
        }
    }
    best.unwrap()
}

fn lines(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_string)
        .collect()
}

/// The sentence pairs the corpus is built from: FLORES and Tatoeba (aligned), UD paragraphs'
/// sentences (Dutch only, paired with a marker English side).
fn pairs(data: &Path) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for (nl, en) in [
        ("flores200_devtest.nl", "flores200_devtest.en"),
        ("tatoeba_test_v2021-08-07.nl", "tatoeba_test_v2021-08-07.en"),
    ] {
        let a = lines(&data.join(nl));
        let b = lines(&data.join(en));
        out.extend(a.into_iter().zip(b));
    }
    for file in [
        "nl_ud_lassysmall_test_paragraphs.jsonl",
        "nl_ud_lassysmall_dev_paragraphs.jsonl",
    ] {
        for l in lines(&data.join(file)) {
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(&l) {
                for s in v["sentences"].as_array().into_iter().flatten() {
                    if let Some(s) = s.as_str() {
                        out.push((s.to_string(), format!("[UD] {s}")));
                    }
                }
            }
        }
    }
    // One segment per line: keep only pairs whose Dutch side is a single sentence for tolk too,
    // so the English side splits the same way.
    out.retain(|(nl, en)| {
        tolk::segment::split_sentences(nl, tolk::segment::Lang::Nl).len() == 1
            && tolk::segment::split_sentences(en, tolk::segment::Lang::En).len() == 1
    });
    out
}

struct Corpus {
    nl: PathBuf,
    en: PathBuf,
    /// The same content as the rows tolk stores, for the sqlite3 baseline.
    segments_csv: PathBuf,
    translations_csv: PathBuf,
    sentences: usize,
}

/// Writes `n` sentence pairs as paragraphs of 1–8 sentences (varied by numbering repeats), plus
/// the same rows pre-segmented as CSV for the sqlite3 baseline.
fn corpus(dir: &Path, base: &[(String, String)], n: usize, name: &str) -> Corpus {
    let nl = dir.join(format!("{name}.nl"));
    let en = dir.join(format!("{name}.en"));
    let segments_csv = dir.join(format!("{name}.segments.csv"));
    let translations_csv = dir.join(format!("{name}.translations.csv"));
    let mut fnl = std::io::BufWriter::new(std::fs::File::create(&nl).unwrap());
    let mut fen = std::io::BufWriter::new(std::fs::File::create(&en).unwrap());
    let mut fseg = std::io::BufWriter::new(std::fs::File::create(&segments_csv).unwrap());
    let mut ftr = std::io::BufWriter::new(std::fs::File::create(&translations_csv).unwrap());
    let (mut i, mut paragraph, mut row, mut seed) =
        (0usize, 0usize, 0usize, 0x9e37_79b9_7f4a_7c15u64);
    while i < n {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let k = (1 + seed % 8) as usize;
        let mut pn = Vec::new();
        let mut pe = Vec::new();
        for _ in 0..k.min(n - i) {
            let (s, t) = &base[i % base.len()];
            // Vary repeats so the corpus is not one block copied: the round number is text.
            let round = i / base.len();
            let (s, t) = if round == 0 {
                (s.clone(), t.clone())
            } else {
                (format!("Ronde {round}: {s}"), format!("Round {round}: {t}"))
            };
            i += 1;
            let single = |x: &str, lang| tolk::segment::split_sentences(x, lang).len() == 1;
            if !single(&s, tolk::segment::Lang::Nl) || !single(&t, tolk::segment::Lang::En) {
                continue;
            }
            pn.push(s);
            pe.push(t);
        }
        // Sentences that run together when joined (a lower-case start, an abbreviation at the
        // end) would change the alignment: such a group goes out one sentence per paragraph.
        let (jn, je) = (pn.join(" "), pe.join(" "));
        let together = tolk::segment::split_sentences(&jn, tolk::segment::Lang::Nl).len()
            == pn.len()
            && tolk::segment::split_sentences(&je, tolk::segment::Lang::En).len() == pe.len();
        let groups: Vec<(Vec<&String>, Vec<&String>)> = if together {
            vec![(pn.iter().collect(), pe.iter().collect())]
        } else {
            pn.iter()
                .zip(&pe)
                .map(|(a, b)| (vec![a], vec![b]))
                .collect()
        };
        let q = |x: &str| format!("\"{}\"", x.replace('"', "\"\""));
        for (gn, ge) in groups {
            paragraph += 1;
            for (s, t) in gn.iter().zip(&ge) {
                row += 1;
                writeln!(fseg, "{row},1,{row},{paragraph},{}", q(s)).unwrap();
                writeln!(
                    ftr,
                    "{row},{row},1,{},translated,bench,2026-01-01T00:00:00Z,1",
                    q(t)
                )
                .unwrap();
            }
            let gn: Vec<&str> = gn.iter().map(|s| s.as_str()).collect();
            let ge: Vec<&str> = ge.iter().map(|s| s.as_str()).collect();
            writeln!(fnl, "{}\n", gn.join(" ")).unwrap();
            writeln!(fen, "{}\n", ge.join(" ")).unwrap();
        }
    }
    Corpus {
        nl,
        en,
        segments_csv,
        translations_csv,
        sentences: n,
    }
}

fn tolk(db: &Path) -> Command {
    let mut c = Command::new(TOLK);
    c.arg("--db").arg(db).arg("-q").env("TOLK_AUTHOR", "bench");
    c
}

fn fresh(db: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let mut p = db.as_os_str().to_owned();
        p.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(p));
    }
}

/// Runs a script (SQL and dot-commands) in the sqlite3 shell.
fn sqlite3(db: &Path, script: &str) -> Run {
    measure_with_input(Command::new("sqlite3").arg(db), Some(script))
}

fn mb(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1e6)
}

fn secs(d: Duration) -> String {
    if d.as_secs_f64() < 1.0 {
        format!("{:.1} ms", d.as_secs_f64() * 1e3)
    } else {
        format!("{:.2} s", d.as_secs_f64())
    }
}

fn main() {
    // `cargo bench` passes --bench; nothing else to parse.
    let data = std::env::var_os("TOLK_DATA")
        .map_or_else(|| PathBuf::from("../shared/data"), PathBuf::from);
    if !data.join("flores200_devtest.nl").exists() {
        eprintln!(
            "scale bench: no data in {} (set TOLK_DATA); skipping",
            data.display()
        );
        return;
    }
    if Command::new("sqlite3").arg("--version").output().is_err() {
        eprintln!(
            "scale bench: the sqlite3 shell is needed for the baselines (apt-get install sqlite3); skipping"
        );
        return;
    }
    let n: usize = std::env::var("TOLK_BENCH_SENTENCES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_000_000);
    let dir = std::env::temp_dir().join(format!("tolk-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let base = pairs(&data);
    println!(
        "base: {} single-sentence pairs from FLORES, Tatoeba and UD",
        base.len()
    );
    let big = corpus(&dir, &base, n, "big");
    let tenth = corpus(&dir, &base, n / 10, "tenth");
    let small = corpus(&dir, &base, 10_000, "small");
    println!(
        "corpus: {} sentences, {} Dutch + {} English",
        big.sentences,
        mb(std::fs::metadata(&big.nl).unwrap().len()),
        mb(std::fs::metadata(&big.en).unwrap().len())
    );

    // --- import ---------------------------------------------------------------------------
    let db = dir.join("bench.db");
    let import = |c: &Corpus| {
        fresh(&db);
        measure(
            tolk(&db)
                .arg("import")
                .arg(&c.nl)
                .arg("--translation")
                .arg(&c.en)
                .arg("--doc")
                .arg("big"),
        )
    };
    let floor_db = dir.join("floor.db");
    // The floor: the same rows, already segmented, loaded by the sqlite3 shell into tables of
    // the same shape (columns, keys, indexes) as tolk's, in one transaction.
    let floor = || {
        fresh(&floor_db);
        sqlite3(
            &floor_db,
            &format!(
                "PRAGMA journal_mode=WAL;
CREATE TABLE segments (id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL, position INTEGER, paragraph INTEGER NOT NULL, text TEXT NOT NULL, UNIQUE (document_id, position));
CREATE TABLE translations (id INTEGER PRIMARY KEY, segment_id INTEGER NOT NULL, revision INTEGER NOT NULL, text TEXT NOT NULL, state TEXT NOT NULL, author TEXT NOT NULL, created_at TEXT NOT NULL, operation_id INTEGER NOT NULL, UNIQUE (segment_id, revision));
CREATE INDEX translations_operation ON translations (operation_id);
BEGIN;
.import --csv {} segments
.import --csv {} translations
COMMIT;
",
                big.segments_csv.display(),
                big.translations_csv.display()
            ),
        )
    };
    let t_floor = best_of(3, floor);
    let t_import_tenth = import(&tenth);
    let t_import = best_of(3, || import(&big));
    println!("\n| measurement | tolk | baseline | ratio |\n|---|---|---|---|");
    println!(
        "| import {} sentence pairs (segmenting text + translation) vs sqlite3 `.import` of the same rows, pre-segmented | {} | {} | {:.2}× |",
        n,
        secs(t_import.wall),
        secs(t_floor.wall),
        t_import.wall.as_secs_f64() / t_floor.wall.as_secs_f64()
    );

    // --- export ---------------------------------------------------------------------------
    let out = dir.join("out");
    let dump = || {
        sqlite3(
            &db,
            &format!(
                ".headers on\n.mode csv\n.output {}\nSELECT s.position, s.paragraph, s.text, t.text, t.state FROM segments s LEFT JOIN translations t ON t.segment_id = s.id ORDER BY s.position;\n",
                out.display()
            ),
        )
    };
    let t_dump = best_of(3, dump);
    let mut export_rss = Vec::new();
    for format in ["tsv", "jsonl", "tmx"] {
        let t = best_of(3, || {
            measure(
                tolk(&db)
                    .args(["export", "big", "-F", format, "-o"])
                    .arg(&out),
            )
        });
        println!(
            "| export {n} segments as {format} vs sqlite3 dumping the same rows as CSV | {} | {} | {:.2}× |",
            secs(t.wall),
            secs(t_dump.wall),
            t.wall.as_secs_f64() / t_dump.wall.as_secs_f64()
        );
        export_rss.push((format, t.max_rss_kib));
    }
    // Export of the tenth-size corpus, for the memory comparison.
    let db_tenth = dir.join("tenth.db");
    fresh(&db_tenth);
    measure(
        tolk(&db_tenth)
            .arg("import")
            .arg(&tenth.nl)
            .arg("--translation")
            .arg(&tenth.en)
            .arg("--doc")
            .arg("big"),
    );
    let tenth_export = measure(
        tolk(&db_tenth)
            .args(["export", "big", "-F", "tmx", "-o"])
            .arg(&out),
    );

    // --- interactive commands on 10,000 segments --------------------------------------------
    let db_small = dir.join("small.db");
    fresh(&db_small);
    measure(
        tolk(&db_small)
            .arg("import")
            .arg(&small.nl)
            .arg("--translation")
            .arg(&small.en)
            .arg("--doc")
            .arg("small"),
    );
    measure(tolk(&db_small).args(["translate", "small:5000", "A new translation."]));
    let start_up = best_of(10, || measure(Command::new(TOLK).arg("--version")));
    let mut interactive = vec![
        ("show small:5000", vec!["show", "small:5000"]),
        ("show small (all 10,000)", vec!["show", "small"]),
        ("diff small (whole document)", vec!["diff", "small"]),
    ];
    if Command::new(TOLK)
        .args(["check", "--help"])
        .output()
        .is_ok_and(|o| o.status.success())
    {
        interactive.push(("check small (all checks)", vec!["check", "small"]));
    }
    for (label, args) in interactive {
        let t = best_of(5, || {
            let mut c = tolk(&db_small);
            c.args(&args);
            // `check` exits 1 when it has findings; time it all the same.
            let start = Instant::now();
            let o = c.output().unwrap();
            assert!(
                o.status.code().is_some_and(|c| c <= 1),
                "{label}: {}",
                String::from_utf8_lossy(&o.stderr)
            );
            Run {
                wall: start.elapsed(),
                max_rss_kib: 0,
            }
        });
        println!(
            "| `{label}` on a 10,000-segment document vs process start-up (`tolk --version`) | {} | {} | {:.1}× |",
            secs(t.wall),
            secs(start_up.wall),
            t.wall.as_secs_f64() / start_up.wall.as_secs_f64()
        );
    }

    // --- memory ---------------------------------------------------------------------------
    println!(
        "| peak memory of import: {n} vs {} sentence pairs | {} MiB | {} MiB | {:.2}× |",
        n / 10,
        t_import.max_rss_kib / 1024,
        t_import_tenth.max_rss_kib / 1024,
        t_import.max_rss_kib as f64 / t_import_tenth.max_rss_kib as f64
    );
    let big_tmx = export_rss
        .iter()
        .find(|(f, _)| *f == "tmx")
        .map_or(0, |(_, r)| *r);
    println!(
        "| peak memory of export to tmx: {n} vs {} segments | {} MiB | {} MiB | {:.2}× |",
        n / 10,
        big_tmx / 1024,
        tenth_export.max_rss_kib / 1024,
        big_tmx as f64 / tenth_export.max_rss_kib as f64
    );
    let _ = std::fs::remove_dir_all(&dir);
}
