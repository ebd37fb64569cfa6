//! Calibrates the aligner's link scores: fits `score = 1 / (1 + exp(-(a · margin + b)))` by
//! logistic regression of "the link is right" on the margin (weighted lexical evidence minus
//! the length cost) of every link with both sides that the aligner predicts on perturbed
//! FLORES devtest (the protocol of `aligneval`, seeds 42–46, FreeDict + realign as `import`
//! runs it), then checks the calibration on perturbed Tatoeba test, which the fit never saw:
//! per score bin, how many links and how many of them are right, the expected calibration
//! error and the Brier score, for links with both sides and for 1-0/0-1 links apart.
//!
//! ```text
//! cargo run --release --example alignfit -- [--data DIR] [--seeds 42,43,44,45,46]
//! ```
//! The fitted constants are `tolk::align::engine::{SCORE_SLOPE, SCORE_OFFSET, NULL_SLOPE,
//! NULL_OFFSET}`; the shipped scores still use the default slopes and offsets.

use std::path::PathBuf;
use tolk::align::engine::{Link, Params, align};
use tolk::align::lexicon::Lexicon;

mod protocol;
use protocol::{Gold, perturb, read_lines};

/// (margin or score, right) for every predicted link, split into links with both sides and
/// one-sided ones.
struct Runs {
    both: Vec<(f64, bool)>,
    nulls: Vec<(f64, bool)>,
}

fn run(
    nl: &[String],
    en: &[String],
    seeds: &[u64],
    lex: &Lexicon,
    p: &Params,
    margins: bool,
) -> Runs {
    let mut out = Runs {
        both: Vec::new(),
        nulls: Vec::new(),
    };
    for &seed in seeds {
        let (a, b, gold): (Vec<String>, Vec<String>, Gold) = perturb(nl, en, seed);
        let result = align(&[a], &[b], lex, p);
        for l in &result.links {
            let right = gold.contains(&(l.nl.clone(), l.en.clone()));
            // With slopes 1 and offsets 0 the score is the logistic of the margin.
            let v = if margins {
                let s = l.score.clamp(f64::MIN_POSITIVE, 1.0 - f64::EPSILON);
                (s / (1.0 - s)).ln()
            } else {
                l.score
            };
            if one_sided(l) {
                out.nulls.push((v, right));
            } else {
                out.both.push((v, right));
            }
        }
    }
    out
}

fn one_sided(l: &Link) -> bool {
    l.nl.is_empty() || l.en.is_empty()
}

/// Logistic regression of `right` on `x` by Newton's method, with a ridge of 1 on both
/// weights so that a nearly separable sample (few wrong links) still gives finite ones.
fn fit(data: &[(f64, bool)]) -> (f64, f64) {
    const RIDGE: f64 = 1.0;
    let (mut a, mut b) = (0.0, 0.0);
    for _ in 0..200 {
        let (mut ga, mut gb, mut haa, mut hab, mut hbb) = (0.0, 0.0, RIDGE, 0.0, RIDGE);
        for &(x, y) in data {
            let p = 1.0 / (1.0 + (-(a * x + b)).exp());
            let r = f64::from(u8::from(y)) - p;
            let w = p * (1.0 - p);
            ga += r * x;
            gb += r;
            haa += w * x * x;
            hab += w * x;
            hbb += w;
        }
        ga -= RIDGE * a;
        gb -= RIDGE * b;
        let det = haa * hbb - hab * hab;
        let da = (hbb * ga - hab * gb) / det;
        let db = (haa * gb - hab * ga) / det;
        a += da;
        b += db;
        if da.abs() + db.abs() < 1e-10 {
            break;
        }
    }
    (a, b)
}

/// The reliability table of scored links: per bin, count, mean score and share right; then
/// the expected calibration error and the Brier score.
fn reliability(label: &str, data: &[(f64, bool)]) {
    let bins = [0.0, 0.5, 0.8, 0.9, 0.95, 0.99, 1.000_001];
    println!("{label}: {} links", data.len());
    println!("| score | links | mean score | right |");
    println!("|---|---|---|---|");
    let mut ece = 0.0;
    for w in bins.windows(2) {
        let inside: Vec<&(f64, bool)> = data
            .iter()
            .filter(|(s, _)| *s >= w[0] && *s < w[1])
            .collect();
        if inside.is_empty() {
            continue;
        }
        let n = inside.len() as f64;
        let mean = inside.iter().map(|(s, _)| s).sum::<f64>() / n;
        let right = inside.iter().filter(|(_, r)| *r).count() as f64 / n;
        ece += n / data.len() as f64 * (mean - right).abs();
        println!(
            "| {:.2}–{:.2} | {} | {mean:.3} | {right:.3} |",
            w[0],
            w[1].min(1.0),
            inside.len()
        );
    }
    let brier = data
        .iter()
        .map(|(s, r)| (s - f64::from(u8::from(*r))).powi(2))
        .sum::<f64>()
        / data.len().max(1) as f64;
    println!("expected calibration error {ece:.4}, Brier score {brier:.4}\n");
}

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
    let lex = Lexicon::system_freedict()
        .map(|(i, d)| Lexicon::read_dictd(&i, &d).expect("FreeDict files readable"))
        .unwrap_or_else(|| {
            println!("FreeDict is not installed: fitting without it");
            Lexicon::new()
        });
    let load = |stem: &str| {
        (
            read_lines(&data.join(format!("{stem}.nl"))),
            read_lines(&data.join(format!("{stem}.en"))),
        )
    };
    let (fnl, fen) = load("flores200_devtest");
    let (tnl, ten) = load("tatoeba_test_v2021-08-07");

    let today = Params::default();
    println!(
        "scores as shipped (slope {}, offset {}):\n",
        today.score_slope, today.score_offset
    );
    let t = run(&tnl, &ten, &seeds, &lex, &today, false);
    reliability("Tatoeba, links with both sides", &t.both);
    reliability("Tatoeba, 1-0 and 0-1 links", &t.nulls);

    let raw = Params::default().calibrated(1.0, 0.0, (1.0, 0.0));
    let f = run(&fnl, &fen, &seeds, &lex, &raw, true);
    let wrong = f.both.iter().filter(|(_, r)| !r).count();
    let (a, b) = fit(&f.both);
    println!(
        "fitted on FLORES devtest: {} links with both sides, {wrong} of them wrong: slope {a:.4}, offset {b:.4}",
        f.both.len()
    );
    // A 1-0/0-1 link without a neighbour scores 1 whatever the fit: left out of it.
    let nulls: Vec<(f64, bool)> = f
        .nulls
        .iter()
        .copied()
        .filter(|(m, _)| m.is_finite() && *m < 36.0)
        .collect();
    let wrong = nulls.iter().filter(|(_, r)| !r).count();
    let (c, d) = fit(&nulls);
    println!(
        "fitted on FLORES devtest: {} 1-0/0-1 links, {wrong} of them wrong: null slope {c:.4}, null offset {d:.4}\n",
        nulls.len()
    );
    let fitted = Params::default().calibrated(a, b, (c, d));
    let f = run(&fnl, &fen, &seeds, &lex, &fitted, false);
    reliability("FLORES (fitted on), links with both sides", &f.both);
    reliability("FLORES, 1-0 and 0-1 links", &f.nulls);
    let t = run(&tnl, &ten, &seeds, &lex, &fitted, false);
    reliability("Tatoeba (held out), links with both sides", &t.both);
    reliability("Tatoeba (held out), 1-0 and 0-1 links", &t.nulls);
    println!("seeds: {seeds:?}");
}
