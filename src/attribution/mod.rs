//! Who said what: attributions grouped by speaker across a document, with role and
//! organisation merged from every claim, in order of first appearance ([`by_speaker`]), and
//! the suggester that finds attributed claims in Dutch news text ([`suggest()`]).

mod lexicon;
pub mod suggest;

pub use suggest::{ClaimSpan, Sentence, Suggestion, suggest};

use crate::model::{AnnStatus, Annotation, Body};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Speaker {
    pub speaker: String,
    pub role: Option<String>,
    pub organisation: Option<String>,
    pub claims: Vec<Claim>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Claim {
    pub id: i64,
    pub segment: Option<String>,
    pub claim: String,
    pub cue: Option<String>,
    pub status: AnnStatus,
    pub translation: Option<String>,
}

/// Groups the non-rejected attributions in `anns`; `translation` gives a segment's current
/// translation by segment id.
pub fn by_speaker(
    anns: &[Annotation],
    translation: &dyn Fn(i64) -> Option<String>,
) -> Vec<Speaker> {
    let mut out: Vec<Speaker> = Vec::new();
    for a in anns {
        let Body::Attribution {
            speaker,
            role,
            organisation,
            cue,
            ..
        } = &a.body
        else {
            continue;
        };
        if a.status == AnnStatus::Rejected {
            continue;
        }
        let idx = match out.iter().position(|s| s.speaker == *speaker) {
            Some(i) => i,
            None => {
                out.push(Speaker {
                    speaker: speaker.clone(),
                    role: None,
                    organisation: None,
                    claims: Vec::new(),
                });
                out.len() - 1
            }
        };
        let s = &mut out[idx];
        // The first claim that names a role or organisation speaks for the speaker.
        if s.role.is_none() {
            s.role.clone_from(role);
        }
        if s.organisation.is_none() {
            s.organisation.clone_from(organisation);
        }
        s.claims.push(Claim {
            id: a.id,
            segment: a.segment.clone(),
            claim: a.exact.clone(),
            cue: cue.clone(),
            status: a.status,
            translation: translation(a.segment_id),
        });
    }
    out
}
