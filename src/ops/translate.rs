//! Adding a translation revision to one segment; earlier revisions are kept.

use crate::error::{Conflict, Error, Result};
use crate::model::{Address, State};
use crate::ops::links::link_at;
use crate::store::prelude::*;
use crate::store::{Actor, NewRevision, Outcome, Store};
use serde::{Deserialize, Serialize};

/// What `translate` did: the new revision, or the current one when the text was unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Translated {
    /// `DOC:N`
    pub id: String,
    pub revision: i64,
    pub state: State,
    /// None when nothing changed.
    pub operation: Option<i64>,
    pub changed: bool,
}

/// Final work is reopened by a new translation only when forced (recorded in the command).
fn reopens_final(seg: &crate::model::SegmentView, force: bool) -> Result<()> {
    match &seg.current {
        Some(t) if t.state == State::Final && !force => Err(crate::ops::state::refused(
            &seg.address(),
            State::Final,
            State::Translated,
            crate::model::Refusal::ReopensFinal,
        )),
        _ => Ok(()),
    }
}

/// Adds `text` as the new translation of segment `address`, in state `translated`. A final
/// translation is replaced only with `force`.
pub fn translate(
    store: &mut Store,
    actor: &Actor,
    address: &Address,
    text: &str,
    force: bool,
) -> Result<Translated> {
    address.needs_segment()?;
    let text = text.trim_end_matches(['\n', '\r']);
    if text.trim().is_empty() {
        return Err(Error::invalid(
            "translation",
            format!("empty translation for {address}; nothing changed"),
        ));
    }
    let command = if force {
        "translate --force"
    } else {
        "translate"
    };
    let (report, operation) = store.operation(actor, command, |tx, op| {
        let doc = tx.document(&address.doc)?;
        let n = tx.locate(&doc, address)?;
        let seg = tx.segment(&doc, n)?;
        // A revision belongs to a link's first segment; translating a segment the translation
        // left out makes it an ordinary 1-1 link again (the link row goes, recorded).
        let mut left_out = None;
        if let Some((first, count, l)) = link_at(tx, &doc, n)? {
            if n != first {
                return Err(Error::conflict(
                    Conflict::Mismatch,
                    format!(
                        "{address} is translated together with {}:{first} as one {count}-{} link; translate {}:{first} instead",
                        doc.name, l.targets, doc.name
                    ),
                ));
            }
            if count == 1 && l.targets == 0 {
                left_out = Some(l.id);
            }
        }
        if seg.current.as_ref().is_none_or(|t| t.text != text) {
            reopens_final(&seg, force)?;
        }
        if let Some(id) = left_out {
            tx.delete_link(id, op)?;
        }
        if let Some(current) = seg
            .current
            .as_ref()
            .filter(|t| left_out.is_none() && t.text == text)
        {
            return Ok(Outcome::Unchanged(Translated {
                id: seg.address(),
                revision: current.revision,
                state: current.state,
                operation: None,
                changed: false,
            }));
        }
        let state = State::Translated;
        let revision = tx.add_revision(
            seg.id,
            &NewRevision {
                text,
                state,
                comment: None,
            },
            op,
        )?;
        Ok(Outcome::changed(
            Translated {
                id: seg.address(),
                revision,
                state,
                operation: None,
                changed: true,
            },
            format!("{} r{revision}", seg.address()),
            Some(doc.id),
        ))
    })?;
    Ok(Translated {
        operation,
        ..report
    })
}

/// What `translate DOC:N --from-tm` did: the revision, and the match it was taken from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TranslatedFromTm {
    #[serde(flatten)]
    pub translated: Translated,
    /// Similarity of the match taken.
    pub percent: u8,
    /// `DOC:N` or `tm NAME`.
    pub from: String,
    /// Numbers carried over from the match (any not substituted make the state `needs-work`).
    pub placeables: Vec<crate::tm::Placeable>,
}

/// Takes the best match of at least `min` percent in the memory as the new translation of
/// segment `address`: `translated` for a 100% match, `needs-work` with a comment naming the
/// match for a fuzzy one (or one whose numbers could not all be carried over); origin `tm`.
pub fn translate_from_tm(
    store: &mut Store,
    actor: &Actor,
    address: &Address,
    min: u8,
    force: bool,
) -> Result<TranslatedFromTm> {
    address.needs_segment()?;
    crate::ops::tm::check_min(min)?;
    let command = if force {
        "translate --from-tm --force"
    } else {
        "translate --from-tm"
    };
    let (report, operation) = store.operation(actor, command, |tx, op| {
        let doc = tx.document(&address.doc)?;
        let n = tx.locate(&doc, address)?;
        let seg = tx.segment(&doc, n)?;
        reopens_final(&seg, force)?;
        let query = crate::tm::Sentence::new(&seg.source);
        let around = tx.neighbours(seg.id)?;
        let best = crate::ops::tm::lookup(tx, &query, 1, 1, Some(seg.id), Some(&around))?
            .into_iter()
            .next();
        let found = match best {
            Some(f) if f.percent >= min => f,
            Some(f) => {
                return Err(Error::not_found(
                    "match",
                    seg.address(),
                    format!(
                        "the best match in the memory for {} is {}% ({}), below {min}%; nothing changed (--min {} takes it)",
                        seg.address(),
                        f.percent,
                        crate::ops::tm::place_label(&f.entry.place),
                        f.percent
                    ),
                ));
            }
            None => {
                return Err(Error::not_found(
                    "match",
                    seg.address(),
                    format!(
                        "no match in the memory for {}; nothing changed",
                        seg.address()
                    ),
                ));
            }
        };
        let fill = crate::ops::tm::fill(tx, seg.id, &query, &found, op)?;
        Ok(Outcome::changed(
            TranslatedFromTm {
                translated: Translated {
                    id: seg.address(),
                    revision: fill.revision,
                    state: fill.state,
                    operation: None,
                    changed: true,
                },
                percent: found.percent,
                from: fill.from.clone(),
                placeables: fill.placeables,
            },
            format!(
                "{} r{} from {} ({}%)",
                seg.address(),
                fill.revision,
                fill.from,
                found.percent
            ),
            Some(doc.id),
        ))
    })?;
    Ok(TranslatedFromTm {
        translated: Translated {
            operation,
            ..report.translated
        },
        ..report
    })
}
