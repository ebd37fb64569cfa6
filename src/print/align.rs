//! Human forms of `tolk align`: the links with their shapes and scores (non 1-1 and
//! low-confidence links marked), hunalign's ladder, or tab-separated links.

use super::{Human, Out, one_line};
use crate::error::Result;
use crate::ops::align::{AlignLink, AlignReport};
use owo_colors::OwoColorize;
use serde::{Serialize, Serializer};

fn numbers(n: &[usize]) -> String {
    match (n.first(), n.last()) {
        (None, _) | (_, None) => "–".to_string(),
        (Some(a), Some(b)) if a == b => a.to_string(),
        (Some(a), Some(b)) => format!("{a}–{b}"),
    }
}

fn excerpt(s: &str) -> String {
    if s.is_empty() {
        "–".to_string()
    } else {
        crate::text::excerpt(s, 48)
    }
}

/// Notices: the summary and every warning, on stderr.
fn summary(r: &AlignReport, out: &Out) {
    for w in &r.warnings {
        out.notice(&format!("warning: {w}"));
    }
    let lexicon = match r.dictionary {
        Some(n) => format!("FreeDict lexicon, {n} headwords"),
        None => "no dictionary".to_string(),
    };
    out.notice(&format!(
        "aligned {} Dutch with {} English sentences: {} links, {} of them 1-1, {} other, {} \
         low-confidence (score < {}); {lexicon}, {} pairs learned",
        r.nl_sentences,
        r.en_sentences,
        r.links.len(),
        r.one_to_one,
        r.links.len() - r.one_to_one,
        r.low_confidence,
        crate::ops::align::LOW_CONFIDENCE,
        r.learned
    ));
}

pub(super) fn link_line(l: &AlignLink, out: &Out) -> String {
    let mark = match (l.is_one_to_one(), l.low_confidence) {
        (true, false) => ' ',
        (_, true) => '?',
        (false, false) => '*',
    };
    let head = format!(
        "{mark} {:<3} {:.2}  nl {:<7} en {:<7}",
        l.shape,
        l.score,
        numbers(&l.nl),
        numbers(&l.en)
    );
    let head = match (out.color, l.is_one_to_one(), l.low_confidence) {
        (false, ..) | (true, true, false) => head,
        (true, _, true) => head.red().to_string(),
        (true, false, false) => head.yellow().to_string(),
    };
    format!(
        "{head}  {}  ‖  {}",
        excerpt(&l.nl_text),
        excerpt(&l.en_text)
    )
}

impl Human for AlignReport {
    fn human(&self, out: &mut Out) -> Result<()> {
        summary(self, out);
        for l in &self.links {
            let line = link_line(l, out);
            out.line(&line)?;
        }
        Ok(())
    }
}

/// hunalign's ladder: one rung per link, `i<TAB>j<TAB>score` with the numbers of Dutch and
/// English sentences before the link, then the closing rung `N<TAB>M` with the last score.
pub struct Ladder<'a>(pub &'a AlignReport);

/// Tab-separated links: Dutch numbers, English numbers (comma-separated, empty for none),
/// score, Dutch text, English text.
pub struct Tsv<'a>(pub &'a AlignReport);

impl Serialize for Ladder<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

impl Serialize for Tsv<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

impl Human for Ladder<'_> {
    fn human(&self, out: &mut Out) -> Result<()> {
        let r = self.0;
        summary(r, out);
        let (mut i, mut j) = (0, 0);
        let mut last = 0.0;
        for l in &r.links {
            out.line(&format!("{i}\t{j}\t{:.3}", l.score))?;
            i += l.nl.len();
            j += l.en.len();
            last = l.score;
        }
        out.line(&format!("{i}\t{j}\t{last:.3}"))
    }
}

impl Human for Tsv<'_> {
    fn human(&self, out: &mut Out) -> Result<()> {
        let r = self.0;
        summary(r, out);
        let list = |n: &[usize]| n.iter().map(usize::to_string).collect::<Vec<_>>().join(",");
        let field = |s: &str| one_line(s).replace('\t', " ");
        for l in &r.links {
            out.line(&format!(
                "{}\t{}\t{:.3}\t{}\t{}",
                list(&l.nl),
                list(&l.en),
                l.score,
                field(&l.nl_text),
                field(&l.en_text)
            ))?;
        }
        Ok(())
    }
}
