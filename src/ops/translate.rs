//! Adding a translation revision to one segment; earlier revisions are kept.

use crate::error::{Error, Result};
use crate::model::{Address, State};
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

/// Adds `text` as the new translation of segment `address`, in state `translated`.
pub fn translate(
    store: &mut Store,
    actor: &Actor,
    address: &Address,
    text: &str,
) -> Result<Translated> {
    let n = address.segment()?;
    let text = text.trim_end_matches(['\n', '\r']);
    if text.trim().is_empty() {
        return Err(Error::invalid(
            "translation",
            format!("empty translation for {address}; nothing changed"),
        ));
    }
    let (report, operation) = store.operation(actor, "translate", |tx, op| {
        let doc = tx.document(&address.doc)?;
        let seg = tx.segment(&doc, n)?;
        if let Some(current) = seg.current.as_ref().filter(|t| t.text == text) {
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
