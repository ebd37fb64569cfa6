//! Throughput of `tolk::segment` on real Dutch text, against a naive `". "` split measured in
//! the same run (so machine speed cancels out in the ratio).
//!
//! cargo bench --bench segment        (data from $TOLK_DATA, default ../shared/data)

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use tolk::segment::{Lang, segment, split_sentences};

const TARGET_BYTES: usize = 20 * 1024 * 1024;
const RUNS: usize = 5;

/// FLORES: one translation segment per line; each becomes a paragraph.
fn flores(dir: &Path) -> Result<String, String> {
    let path = dir.join("flores200_devtest.nl");
    let data = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(data.lines().collect::<Vec<_>>().join("\n\n"))
}

/// UD LassySmall: the `text` of every record, one paragraph each.
fn ud_paragraphs(dir: &Path) -> Result<String, String> {
    let mut paragraphs = Vec::new();
    for split in ["dev", "test"] {
        let path = dir.join(format!("nl_ud_lassysmall_{split}_paragraphs.jsonl"));
        let data =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        for line in data.lines().filter(|l| !l.trim().is_empty()) {
            let record: serde_json::Value =
                serde_json::from_str(line).map_err(|e| format!("{}: {e}", path.display()))?;
            if let Some(text) = record["text"].as_str() {
                paragraphs.push(text.to_owned());
            }
        }
    }
    Ok(paragraphs.join("\n\n"))
}

fn repeat_to_target(text: &str) -> String {
    let copies = TARGET_BYTES.div_ceil(text.len() + 2).max(1);
    vec![text; copies].join("\n\n")
}

fn best_of(mut f: impl FnMut() -> usize) -> (Duration, usize) {
    let mut best = Duration::MAX;
    let mut count = 0;
    for _ in 0..RUNS {
        let start = Instant::now();
        count = black_box(f());
        best = best.min(start.elapsed());
    }
    (best, count)
}

/// The baseline every segmenter must beat on quality and should not lose badly to on speed.
fn naive_split(text: &str) -> usize {
    text.split(". ")
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect::<Vec<&str>>()
        .len()
}

/// Millions of chars per second.
fn rate(chars: usize, time: Duration) -> f64 {
    chars as f64 / time.as_secs_f64() / 1e6
}

fn main() {
    let dir = std::env::var_os("TOLK_DATA")
        .map_or_else(|| PathBuf::from("../shared/data"), PathBuf::from);
    let inputs = match (flores(&dir), ud_paragraphs(&dir)) {
        (Ok(f), Ok(u)) => [("flores200_devtest.nl", f), ("ud_lassysmall_nl", u)],
        (Err(e), _) | (_, Err(e)) => {
            eprintln!(
                "segment bench skipped: cannot read the data ({e}); set TOLK_DATA to the data directory"
            );
            return;
        }
    };

    println!(
        "{:<22} {:>11} {:>10} {:>16} {:>23} {:>17} {:>6}",
        "input",
        "chars",
        "sentences",
        "segment() char/s",
        "split_sentences() char/s",
        "baseline char/s",
        "ratio"
    );
    for (name, text) in inputs {
        let text = repeat_to_target(&text);
        let text = black_box(text.as_str());
        let chars = text.chars().count();
        let (ours, sentences) = best_of(|| {
            segment(text, Lang::Nl)
                .iter()
                .map(|p| p.sentences.len())
                .sum()
        });
        let (fast, _) = best_of(|| split_sentences(text, Lang::Nl).len());
        let (naive, _) = best_of(|| naive_split(text));
        println!(
            "{name:<22} {chars:>11} {sentences:>10} {:>15.1}M {:>22.1}M {:>16.1}M {:>6.2}",
            rate(chars, ours),
            rate(chars, fast),
            rate(chars, naive),
            naive.as_secs_f64() / ours.as_secs_f64(),
        );
    }
    println!(
        "best of {RUNS} runs; ratio = segment() speed / baseline speed; split_sentences() on the whole input (no paragraphs, no allocation per sentence)"
    );
}
