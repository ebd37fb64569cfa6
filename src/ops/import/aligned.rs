//! A text and its translation, aligned before they are stored: the shared structure is a hint
//! (same paragraphs, same sentence counts, and the aligner agrees: every link 1-1, origin
//! structure, nothing stored beyond the translations), otherwise the aligner's links are kept,
//! every one with its score (see `migrations/0007_links.sql` for how links are stored).

use crate::error::{Error, Result};
use crate::model::LinkOrigin;
use crate::ops::align::{AlignLink, AlignReport, align_sentences};
use crate::store::{NewLink, OpCtx, Tx};
use serde::{Deserialize, Serialize};

/// How a translation was aligned with its source, for the import report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AlignmentSummary {
    /// `structure` when the texts share their structure and every link is 1-1, else `aligner`.
    pub origin: LinkOrigin,
    pub links: usize,
    pub one_to_one: usize,
    pub low_confidence: usize,
    /// What looks wrong with the input (a wrong language, lengths that cannot match).
    pub warnings: Vec<String>,
    /// Dutch words of the store's own lexicon (glossary and aligned pairs) the aligner used.
    #[serde(default)]
    pub own_lexicon: usize,
    /// Every link that is not 1-1 and every low-confidence one, in document order; `nl` are
    /// segment numbers (DOC:N), `en` sentence numbers of the translation.
    pub notable: Vec<AlignLink>,
}

/// An alignment of a document's sentences with a translation's, ready to store.
pub struct Plan {
    pub origin: LinkOrigin,
    pub report: AlignReport,
}

impl Plan {
    /// Aligns source sentences (paragraphs of them) with the translation's; `label` names the
    /// translation in messages; `lexicon` is the store's own (the glossary and the user's
    /// aligned pairs). A translation without a sentence is refused.
    pub fn new(
        nl: &[Vec<String>],
        en: &[Vec<String>],
        nl_label: &str,
        label: &str,
        lexicon: &crate::align::lexicon::Lexicon,
    ) -> Result<Plan> {
        if en.iter().all(Vec::is_empty) {
            return Err(Error::invalid(
                "translation",
                format!("{label}: holds no sentences, nothing to align; nothing imported"),
            ));
        }
        let report = align_sentences(nl, en, nl_label, label, true, Some(lexicon))?;
        let same_structure =
            nl.len() == en.len() && nl.iter().zip(en).all(|(a, b)| a.len() == b.len());
        let origin = if same_structure && report.one_to_one == report.links.len() {
            LinkOrigin::Structure
        } else {
            LinkOrigin::Aligner
        };
        Ok(Plan { origin, report })
    }

    /// Per source sentence: the translation it owns (the first sentence of each link with a
    /// target on both sides owns the link's target sentences).
    pub fn translations(&self) -> Vec<Option<String>> {
        let mut out = vec![None; self.report.nl_sentences];
        for l in &self.report.links {
            if let (Some(&first), false) = (l.nl.first(), l.en.is_empty()) {
                out[first - 1] = Some(l.en_text.clone());
            }
        }
        out
    }

    /// Stores the links (none for an alignment by structure); `segments[i]` is the segment id
    /// of source sentence i + 1.
    pub fn store_links(&self, tx: &Tx<'_>, segments: &[i64], op: OpCtx<'_>) -> Result<usize> {
        if self.origin == LinkOrigin::Structure {
            return Ok(0);
        }
        // An added link stands before the next source sentence, or after the last one.
        let mut next = vec![None; self.report.links.len()];
        let mut following = None;
        for (i, l) in self.report.links.iter().enumerate().rev() {
            following = l.nl.first().copied().or(following);
            next[i] = following;
        }
        let mut stored = 0;
        for (l, next) in self.report.links.iter().zip(next) {
            let (segment, after) = match (l.nl.first(), next, segments.last()) {
                (Some(&first), _, _) => (segments[first - 1], false),
                (None, Some(n), _) => (segments[n - 1], false),
                (None, None, Some(&last)) => (last, true),
                (None, None, None) => continue,
            };
            tx.insert_link(
                &NewLink {
                    segment_id: segment,
                    sources: l.nl.len(),
                    targets: l.en.len(),
                    after,
                    text: l.nl.is_empty().then_some(l.en_text.as_str()),
                    score: Some(l.score),
                    origin: LinkOrigin::Aligner,
                },
                op,
            )?;
            stored += 1;
        }
        Ok(stored)
    }

    pub fn summary(&self) -> AlignmentSummary {
        let r = &self.report;
        AlignmentSummary {
            origin: self.origin,
            links: r.links.len(),
            one_to_one: r.one_to_one,
            low_confidence: r.low_confidence,
            warnings: r.warnings.clone(),
            own_lexicon: r.own_lexicon.unwrap_or(0),
            notable: r
                .links
                .iter()
                .filter(|l| !l.is_one_to_one() || l.low_confidence)
                .cloned()
                .collect(),
        }
    }
}
