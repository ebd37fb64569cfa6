//! Hostile-input benchmark, run on demand: `cargo bench --bench hostile`. An ambiguous
//! `correct` in one very long segment (issue 11 item 16: it used to take over a minute and print
//! a 400 kB error line). Each figure is a ratio against process start-up (`tolk --version`)
//! measured in the same run; `TOLK_BEFORE=/path/to/an/older/tolk` adds that binary's figures
//! beside this build's, on the same input.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const TOLK: &str = env!("CARGO_BIN_EXE_tolk");

struct Outcome {
    wall: Duration,
    stderr_bytes: usize,
    code: i32,
}

fn run(bin: &Path, db: &Path, args: &[&str], limit: Duration) -> Outcome {
    let start = Instant::now();
    let mut child = Command::new(bin)
        .arg("--db")
        .arg(db)
        .args(args)
        .env("TOLK_NOW", "2026-01-19T10:00:00Z")
        .env("NO_COLOR", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn tolk");
    let mut stderr = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut stderr, &mut buf).ok();
        buf.len()
    });
    let code = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status.code().unwrap_or(-1);
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            break -9;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    Outcome {
        wall: start.elapsed(),
        stderr_bytes: reader.join().unwrap_or(0),
        code,
    }
}

fn startup(bin: &Path) -> Duration {
    (0..5)
        .map(|_| {
            let t = Instant::now();
            Command::new(bin)
                .arg("--version")
                .stdout(Stdio::null())
                .status()
                .expect("tolk --version");
            t.elapsed()
        })
        .min()
        .unwrap()
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let limit = Duration::from_secs(
        std::env::var("TOLK_BENCH_LIMIT")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(120),
    );
    let mut bins: Vec<(String, PathBuf)> = vec![("this build".into(), PathBuf::from(TOLK))];
    if let Some(before) = std::env::var_os("TOLK_BEFORE") {
        bins.push(("TOLK_BEFORE".into(), PathBuf::from(before)));
    }
    println!("| segment | binary | `correct` (ambiguous) | start-up | ratio | error line | exit |");
    println!("|---|---|---|---|---|---|---|");
    for kib in [400usize, 5_000] {
        // One sentence of repeated Dutch words (`de` occurs thousands of times), in lines of
        // about 1 kB, since a line may not exceed 4 MiB.
        let words = "de Russen steunen de troepen van Haftar met de wapens van de staat";
        let mut text = String::new();
        let mut line = 0;
        while text.len() < kib * 1024 {
            text.push_str(words);
            line += words.len();
            if line > 1000 {
                text.push('\n');
                line = 0;
            } else {
                text.push(' ');
            }
        }
        text.push_str("einde.\n");
        let src = dir.path().join(format!("long{kib}.txt"));
        std::fs::write(&src, &text).unwrap();
        for (label, bin) in &bins {
            let db = dir
                .path()
                .join(format!("{kib}-{}.db", label.replace(' ', "-")));
            let imported = run(
                bin,
                &db,
                &["import", src.to_str().unwrap(), "--doc", "lang"],
                limit,
            );
            assert_eq!(imported.code, 0, "{label}: import failed");
            let base = startup(bin);
            let r = run(bin, &db, &["correct", "lang:1", "de", "het"], limit);
            let wall = if r.code == -9 {
                format!("> {} s (killed)", limit.as_secs())
            } else {
                format!("{:.2} s", r.wall.as_secs_f64())
            };
            println!(
                "| {kib} kB | {label} | {wall} | {:.1} ms | {:.0}× | {} bytes | {} |",
                base.as_secs_f64() * 1000.0,
                r.wall.as_secs_f64() / base.as_secs_f64(),
                r.stderr_bytes,
                r.code
            );
        }
    }
}
