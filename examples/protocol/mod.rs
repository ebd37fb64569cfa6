//! The perturbation protocol of issue 12, shared by `aligneval` and `alignfit`: per position,
//! in order, with probability 0.03 drop the English sentence (gold 1-0), 0.03 drop the Dutch
//! one (0-1), 0.02 join the next two English sentences into one (2-1), else keep the pair.

use std::collections::HashSet;
use std::ops::Range;
use std::path::PathBuf;

struct Rng(u64);

impl Rng {
    /// splitmix64, so the protocol needs no crate and any seed is reproducible.
    fn next(&mut self) -> f64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        (z >> 11) as f64 / (1u64 << 53) as f64
    }
}

pub type Gold = HashSet<(Range<usize>, Range<usize>)>;

/// The perturbed Dutch and English sentences and the gold links.
pub fn perturb(nl: &[String], en: &[String], seed: u64) -> (Vec<String>, Vec<String>, Gold) {
    let mut rng = Rng(seed);
    let (mut a, mut b, mut gold) = (Vec::new(), Vec::new(), Gold::new());
    let mut i = 0;
    while i < nl.len() {
        let r = rng.next();
        let (ai, bi) = (a.len(), b.len());
        if r < 0.03 {
            a.push(nl[i].clone());
            gold.insert((ai..ai + 1, bi..bi));
        } else if r < 0.06 {
            b.push(en[i].clone());
            gold.insert((ai..ai, bi..bi + 1));
        } else if r < 0.08 && i + 1 < nl.len() {
            a.push(nl[i].clone());
            a.push(nl[i + 1].clone());
            b.push(format!("{} {}", en[i], en[i + 1]));
            gold.insert((ai..ai + 2, bi..bi + 1));
            i += 1;
        } else {
            a.push(nl[i].clone());
            b.push(en[i].clone());
            gold.insert((ai..ai + 1, bi..bi + 1));
        }
        i += 1;
    }
    (a, b, gold)
}

pub fn read_lines(path: &PathBuf) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
        .lines()
        .map(str::to_string)
        .collect()
}
