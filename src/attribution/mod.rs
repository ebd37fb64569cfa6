//! Who said what: attributions grouped by speaker across a document, with role and
//! organisation merged from every claim, in order of first appearance ([`by_speaker`]); which
//! speakers look like one person written two ways (`Van Dijk`, `Marjolein van Dijk`), to
//! merge; and the suggester that finds attributed claims in Dutch news text ([`suggest()`]).

mod lexicon;
pub mod suggest;

pub use suggest::{ClaimSpan, Sentence, Suggestion, UNNAMED_SOURCE, suggest};

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

/// Two speakers of a document that look like one person: merge `speaker` into `into` (the
/// fuller name) with `tolk attributions DOC --merge SPEAKER --into INTO`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MergeHint {
    pub speaker: String,
    pub into: String,
    /// Why they look alike: "same surname ‘van Dijk’, particle written Van/van".
    pub why: String,
}

/// The merges worth suggesting among `speakers` (see [`crate::check::same_person`]): each
/// speaker at most once, into the fullest name of the people it matches.
pub fn merge_hints(speakers: &[Speaker]) -> Vec<MergeHint> {
    let mut out: Vec<MergeHint> = Vec::new();
    for (i, a) in speakers.iter().enumerate() {
        for b in &speakers[i + 1..] {
            let Some(why) = crate::check::same_person(&a.speaker, &b.speaker) else {
                continue;
            };
            let into = crate::check::fuller_name(&a.speaker, &b.speaker);
            let from = if into == a.speaker {
                &b.speaker
            } else {
                &a.speaker
            };
            if out.iter().any(|h| h.speaker == *from) {
                continue;
            }
            out.push(MergeHint {
                speaker: from.clone(),
                into: into.to_string(),
                why,
            });
        }
    }
    // A name hinted into another that is itself hinted onwards goes to the end of the chain.
    for k in 0..out.len() {
        let mut into = out[k].into.clone();
        for _ in 0..out.len() {
            match out.iter().find(|h| h.speaker == into) {
                Some(next) if next.into != out[k].speaker => into = next.into.clone(),
                _ => break,
            }
        }
        out[k].into = into;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn speaker(name: &str) -> Speaker {
        Speaker {
            speaker: name.into(),
            role: None,
            organisation: None,
            claims: Vec::new(),
        }
    }

    #[test]
    fn one_person_under_two_names_is_hinted_once_into_the_fuller_name() {
        let hints = merge_hints(&[
            speaker("Van Dijk"),
            speaker("Jalel Harchaoui"),
            speaker("Marjolein van Dijk"),
            speaker("Van Dyk"),
        ]);
        assert_eq!(hints.len(), 2, "{hints:?}");
        assert_eq!(hints[0].speaker, "Van Dijk");
        assert_eq!(hints[0].into, "Marjolein van Dijk");
        assert_eq!(hints[1].speaker, "Van Dyk");
        assert_eq!(hints[1].into, "Marjolein van Dijk");
        assert!(hints[1].why.contains("ij/y"), "{}", hints[1].why);
        assert!(merge_hints(&[speaker("Jan de Vries"), speaker("Piet de Vries")]).is_empty());
    }
}
