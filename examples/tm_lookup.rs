//! Per-query lookup times of tolk's memory, in process: what `benches/tm_vs_translate_toolkit.py`
//! compares with translate-toolkit's matcher (issue 13).
//!
//!     cargo run --release --example tm_lookup -- DB QUERIES [MIN]
//!
//! DB is a tolk database; QUERIES a file with one query per line. Every query is looked up
//! once to warm the page cache, then again timed (`ops::tm::suggest_text`, the best match of
//! at least MIN percent, default 50, as `tolk suggest -n 1` asks). Prints one JSON line per
//! query: `{"ms": time, "percent": top match or null, "source": its stored source}`.

use std::io::{BufRead, Write};
use std::time::Instant;
use tolk::store::{Mode, Store};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 3 {
        eprintln!("usage: tm_lookup DB QUERIES [MIN]");
        std::process::exit(2);
    }
    let min: u8 = args.get(3).and_then(|m| m.parse().ok()).unwrap_or(50);
    let store = Store::open(std::path::Path::new(&args[1]), Mode::Read).expect("open the database");
    let queries: Vec<String> =
        std::io::BufReader::new(std::fs::File::open(&args[2]).expect("open the queries"))
            .lines()
            .map(|l| l.expect("read the queries"))
            .collect();
    for q in &queries {
        tolk::ops::tm::suggest_text(&store, q, min, 1).expect("lookup");
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for q in &queries {
        let start = Instant::now();
        let found = tolk::ops::tm::suggest_text(&store, q, min, 1).expect("lookup");
        let ms = start.elapsed().as_secs_f64() * 1e3;
        let top = found.matches.first();
        writeln!(
            out,
            "{}",
            serde_json::json!({
                "ms": ms,
                "percent": top.map(|m| m.percent),
                "source": top.map(|m| m.source.as_str()),
            })
        )
        .expect("write");
    }
}
