//! Sentence-alignment evaluation on the shared parallel data, by the perturbation protocol of
//! issue 12: per position, in order, with probability 0.03 drop the English sentence (gold
//! 1-0), 0.03 drop the Dutch one (0-1), 0.02 join the next two English sentences into one
//! (2-1), else keep the pair (1-1). Links are scored exactly: P = correct / predicted,
//! R = correct / gold, per data set and configuration, averaged over the seeds.
//!
//! ```text
//! cargo run --release --example aligneval -- [--data DIR] [--seeds 42,43,44,45,46] [--only flores|tatoeba]
//! ```
//! `DIR` defaults to `../shared/data` (the checkout's sibling). The FreeDict rows need
//! Debian's `dict-freedict-nld-eng` (or `TOLK_FREEDICT` naming its directory).
//!
//! A second table measures the store's own lexicon (what `import --translation` adds to
//! FreeDict: [`Lexicon::from_pairs`] over the user's aligned pairs) on a held-out split: the
//! even-numbered pairs of a data set play the store (translated 1-1 pairs, weight 1), the
//! odd-numbered ones are perturbed and aligned, with and without the lexicon learned from the
//! store. `--held-out-only` skips the first table.

use std::path::PathBuf;
use std::time::Instant;
use tolk::align::engine::{Params, align};
use tolk::align::lexicon::Lexicon;

mod protocol;
use protocol::{Gold, perturb, read_lines};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let data = PathBuf::from(arg("--data").unwrap_or_else(|| "../shared/data".into()));
    let seeds: Vec<u64> = arg("--seeds")
        .unwrap_or_else(|| "42,43,44,45,46".into())
        .split(',')
        .map(|s| s.trim().parse().expect("--seeds: comma-separated integers"))
        .collect();
    let only = arg("--only");

    let held_out_only = args.iter().any(|a| a == "--held-out-only");
    let t = Instant::now();
    let freedict = Lexicon::system_freedict()
        .map(|(i, d)| Lexicon::read_dictd(&i, &d).expect("FreeDict files readable"));
    let load = t.elapsed().as_secs_f64();
    match &freedict {
        Some(l) => println!("FreeDict: {} headwords, loaded in {load:.3} s", l.len()),
        None => println!("FreeDict: not installed (dict-freedict-nld-eng); those rows are skipped"),
    }
    let empty = Lexicon::new();
    let sets = [
        ("FLORES devtest", "flores", "flores200_devtest"),
        ("Tatoeba test", "tatoeba", "tatoeba_test_v2021-08-07"),
    ];
    if !held_out_only {
        println!("| data | configuration | P | R | align time (mean per run) |");
        println!("|---|---|---|---|---|");
    }
    for (label, key, stem) in sets {
        if only.as_deref().is_some_and(|o| o != key) || held_out_only {
            continue;
        }
        let nl = read_lines(&data.join(format!("{stem}.nl")));
        let en = read_lines(&data.join(format!("{stem}.en")));
        let mut configs: Vec<(&str, &Lexicon, bool)> = vec![
            ("length + anchors + cognates", &empty, false),
            ("… + realign", &empty, true),
        ];
        if let Some(fd) = &freedict {
            configs.push(("… + FreeDict", fd, false));
            configs.push(("… + FreeDict + realign", fd, true));
        }
        for (name, lex, realign) in configs {
            let params = Params {
                realign,
                ..Params::default()
            };
            let (mut p_sum, mut r_sum, mut secs) = (0.0, 0.0, 0.0);
            for &seed in &seeds {
                let (a, b, gold) = perturb(&nl, &en, seed);
                let t = Instant::now();
                let result = align(&[a], &[b], lex, &params);
                secs += t.elapsed().as_secs_f64();
                let predicted: Gold = result
                    .links
                    .iter()
                    .map(|l| (l.nl.clone(), l.en.clone()))
                    .collect();
                let correct = predicted.intersection(&gold).count() as f64;
                p_sum += correct / predicted.len() as f64;
                r_sum += correct / gold.len() as f64;
            }
            let k = seeds.len() as f64;
            println!(
                "| {label} | {name} | {:.3} | {:.3} | {:.3} s |",
                p_sum / k,
                r_sum / k,
                secs / k
            );
        }
    }
    println!("seeds: {seeds:?}");
    held_out(&data, &seeds, only.as_deref(), freedict.as_ref());
}

/// The held-out table: the store's lexicon learned from the even-numbered pairs, evaluated on
/// the odd-numbered ones (see the module comment).
fn held_out(data: &std::path::Path, seeds: &[u64], only: Option<&str>, freedict: Option<&Lexicon>) {
    println!();
    println!(
        "Held-out split: store = even-numbered pairs, aligned = odd-numbered pairs, perturbed"
    );
    println!("| data | configuration | store lexicon | P | R | align time (mean per run) |");
    println!("|---|---|---|---|---|---|");
    let sets = [
        ("FLORES devtest", "flores", "flores200_devtest"),
        ("Tatoeba test", "tatoeba", "tatoeba_test_v2021-08-07"),
    ];
    let empty = Lexicon::new();
    for (label, key, stem) in sets {
        if only.is_some_and(|o| o != key) {
            continue;
        }
        let nl = read_lines(&data.join(format!("{stem}.nl")));
        let en = read_lines(&data.join(format!("{stem}.en")));
        let half = |parity: usize, v: &[String]| -> Vec<String> {
            v.iter()
                .enumerate()
                .filter(|(i, _)| i % 2 == parity)
                .map(|(_, s)| s.clone())
                .collect()
        };
        let (store_nl, store_en) = (half(0, &nl), half(0, &en));
        let (test_nl, test_en) = (half(1, &nl), half(1, &en));
        let t = Instant::now();
        let own = Lexicon::from_pairs(
            store_nl
                .iter()
                .zip(&store_en)
                .map(|(a, b)| (a.as_str(), b.as_str(), 1)),
        );
        let learn = t.elapsed().as_secs_f64();
        let mut configs: Vec<(&str, Option<&Lexicon>)> = vec![("no dictionary", None)];
        if let Some(fd) = freedict {
            configs.push(("FreeDict", Some(fd)));
        }
        for (name, base) in configs {
            let mut with_own = base.cloned().unwrap_or_default();
            with_own.extend(&own);
            for (lex, own_label) in [
                (base.unwrap_or(&empty), "—".to_string()),
                (
                    &with_own,
                    format!(
                        "{} words from {} pairs ({learn:.2} s)",
                        own.len(),
                        store_nl.len()
                    ),
                ),
            ] {
                let params = Params::default();
                let (mut p_sum, mut r_sum, mut secs) = (0.0, 0.0, 0.0);
                for &seed in seeds {
                    let (a, b, gold) = perturb(&test_nl, &test_en, seed);
                    let t = Instant::now();
                    let result = align(&[a], &[b], lex, &params);
                    secs += t.elapsed().as_secs_f64();
                    let predicted: Gold = result
                        .links
                        .iter()
                        .map(|l| (l.nl.clone(), l.en.clone()))
                        .collect();
                    let correct = predicted.intersection(&gold).count() as f64;
                    p_sum += correct / predicted.len() as f64;
                    r_sum += correct / gold.len() as f64;
                }
                let k = seeds.len() as f64;
                println!(
                    "| {label} (odd half) | {name} + realign | {own_label} | {:.3} | {:.3} | {:.3} s |",
                    p_sum / k,
                    r_sum / k,
                    secs / k
                );
            }
        }
    }
}
