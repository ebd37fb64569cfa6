//! `attributions --suggest` and `--propose`: the attribution suggester run over a document's
//! published source, listed, or stored as proposed attributions in one undoable operation —
//! never on a span that already has an attribution, whatever became of it (a rejected
//! suggestion is not proposed again).

use crate::anchor::{self, Span};
use crate::attribution::{self, Sentence, Suggestion};
use crate::error::{Conflict, Error, Result};
use crate::model::{AnnStatus, Body, Kind, SegmentView, Side};
use crate::ops::annotate;
use crate::store::prelude::*;
use crate::store::{Actor, AnnFilter, Outcome, Store};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The suggestions for a document, in document order (JSON: an array of suggestions).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Suggested(pub Vec<Suggestion>);

/// What became of one suggestion under `--propose`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Fate {
    /// Stored as a new proposed attribution.
    Proposed,
    /// An attribution (proposed, accepted or orphaned) already marks this span.
    Present,
    /// An attribution on this span was rejected: it is not proposed again.
    Rejected,
}

/// One suggestion and what `--propose` did with it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Proposal {
    #[serde(flatten)]
    pub suggestion: Suggestion,
    pub fate: Fate,
    /// The attribution on the span: the new one, or the one that was there.
    pub annotation: i64,
}

/// What `attributions --propose` did.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Proposed {
    pub doc: String,
    /// New proposed attributions.
    pub proposed: usize,
    /// Suggestions whose span already has an attribution.
    pub present: usize,
    /// Suggestions whose span has a rejected attribution.
    pub rejected: usize,
    pub suggestions: Vec<Proposal>,
    /// The operation that stored them; None when nothing was new.
    pub operation: Option<i64>,
}

/// The suggester over `segments` (a document in order): (index into `segments`, suggestion).
fn run(segments: &[SegmentView]) -> Vec<(usize, Suggestion)> {
    let ids: Vec<String> = segments.iter().map(SegmentView::address).collect();
    let input: Vec<Sentence<'_>> = segments
        .iter()
        .zip(&ids)
        .map(|(s, id)| Sentence {
            id,
            text: &s.source,
            paragraph: s.paragraph,
        })
        .collect();
    attribution::suggest(&input)
        .into_iter()
        .filter(|(_, s)| !s.speaker.trim().is_empty())
        .collect()
}

/// Suggested attributions for `doc`, without storing anything.
pub fn suggest(store: &impl Read, doc: &str) -> Result<Suggested> {
    crate::model::check_doc_name(doc)?;
    let doc = store.document(doc)?;
    let segments = store.segments(&doc)?;
    Ok(Suggested(
        run(&segments).into_iter().map(|(_, s)| s).collect(),
    ))
}

/// Stores the suggestions for `doc` as proposed attributions, in one operation.
pub fn propose(store: &mut Store, actor: &Actor, doc: &str) -> Result<Proposed> {
    crate::model::check_doc_name(doc)?;
    let (report, operation) = store.operation(actor, "attributions", |tx, op| {
        let doc = tx.document(doc)?;
        let segments = tx.segments(&doc)?;
        let existing = tx.annotations(&AnnFilter {
            document_id: Some(doc.id),
            kind: Some(Kind::Attribution),
            ..Default::default()
        })?;
        // Existing attributions by (segment, span): rejected ones count only when no other
        // attribution marks the span.
        let mut on_span: HashMap<(i64, usize, usize), (i64, AnnStatus)> = HashMap::new();
        for a in existing.iter().filter(|a| a.side == Side::Source) {
            let key = (a.segment_id, a.start, a.end);
            let keep = on_span
                .get(&key)
                .is_none_or(|(_, s)| *s == AnnStatus::Rejected);
            if keep {
                on_span.insert(key, (a.id, a.status));
            }
        }
        let mut report = Proposed {
            doc: doc.name.clone(),
            proposed: 0,
            present: 0,
            rejected: 0,
            suggestions: Vec::new(),
            operation: None,
        };
        for (i, s) in run(&segments) {
            let seg = &segments[i];
            let key = (seg.id, s.claim.start, s.claim.end);
            let (fate, id) = match on_span.get(&key) {
                Some(&(id, AnnStatus::Rejected)) => (Fate::Rejected, id),
                Some(&(id, _)) => (Fate::Present, id),
                None => {
                    let t = annotate::target_at(tx, doc.clone(), seg.position, Side::Source)?;
                    let span = Span::new(s.claim.start, s.claim.end);
                    if anchor::slice(&t.text, span) != Some(s.claim.exact.as_str()) {
                        return Err(Error::conflict(
                            Conflict::Stale,
                            format!(
                                "{}: the claim ‘{}’ is not at {}–{}; nothing was proposed",
                                seg.address(),
                                crate::text::excerpt(&s.claim.exact, 80),
                                s.claim.start,
                                s.claim.end
                            ),
                        ));
                    }
                    let body = Body::Attribution {
                        speaker: s.speaker.trim().to_string(),
                        role: s.role.clone().filter(|r| !r.trim().is_empty()),
                        organisation: s.organisation.clone().filter(|o| !o.trim().is_empty()),
                        cue: Some(s.cue.clone()).filter(|c| !c.trim().is_empty()),
                        note: Some(format!(
                            "suggested by tolk (score {:.2}; named ‘{}’ here)",
                            s.score, s.mention
                        )),
                    };
                    let (id, _) = annotate::add(tx, op, &t, span, &body, AnnStatus::Proposed)?;
                    on_span.insert(key, (id, AnnStatus::Proposed));
                    (Fate::Proposed, id)
                }
            };
            match fate {
                Fate::Proposed => report.proposed += 1,
                Fate::Present => report.present += 1,
                Fate::Rejected => report.rejected += 1,
            }
            report.suggestions.push(Proposal {
                suggestion: s,
                fate,
                annotation: id,
            });
        }
        if report.proposed == 0 {
            return Ok(Outcome::Unchanged(report));
        }
        let summary = format!(
            "{}: {} attribution(s) proposed by attributions --propose",
            doc.name, report.proposed
        );
        Ok(Outcome::changed(report, summary, Some(doc.id)))
    })?;
    Ok(Proposed {
        operation,
        ..report
    })
}
