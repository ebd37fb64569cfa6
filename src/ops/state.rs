//! Moving translations to another review state: a new revision with the same text, so the
//! history records who changed the state and when.

use crate::error::{Conflict, Error, Result};
use crate::model::{Address, Progress, Refusal, State};
use crate::store::prelude::*;
use crate::store::{Actor, NewRevision, Outcome, Store};
use serde::{Deserialize, Serialize};

/// What `state DOC:N` did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StateChanged {
    pub id: String,
    pub revision: i64,
    pub state: State,
    pub previous_state: State,
    /// None when nothing changed (already in that state, no comment).
    pub operation: Option<i64>,
    pub changed: bool,
}

/// The error for a move the workflow refuses (see [`State::check_move`]), with how to do it.
pub fn refused(address: &str, from: State, to: State, why: Refusal) -> Error {
    let message = match why {
        Refusal::ReopensFinal => format!(
            "{address} is final; reopening it ({from} → {to}) needs --force, which the history records"
        ),
        Refusal::SkipsReview => format!(
            "{address} is {from}; final comes after review: `tolk state {address} reviewed` first (or --force)"
        ),
        Refusal::NeedsComment => {
            format!("{address}: needs-work says what needs work: give -c COMMENT")
        }
    };
    Error::conflict(Conflict::Refused, message)
}

/// Sets the state of one segment's translation, along the workflow of [`State::check_move`]
/// unless `force` (recorded as `state --force`; a comment is still needed for needs-work).
/// With `expected`, the change applies only if the current revision is still that one (what
/// a reviewer saw), else it is refused as stale.
pub fn set_state(
    store: &mut Store,
    actor: &Actor,
    address: &Address,
    state: State,
    comment: Option<&str>,
    expected: Option<i64>,
    force: bool,
) -> Result<StateChanged> {
    settable(state)?;
    address.needs_segment()?;
    let comment = comment.filter(|c| !c.trim().is_empty());
    let command = if force { "state --force" } else { "state" };
    let (report, operation) = store.operation(actor, command, |tx, op| {
        let doc = tx.document(&address.doc)?;
        let n = tx.locate(&doc, address)?;
        let seg = tx.segment(&doc, n)?;
        let Some(current) = seg.current.clone() else {
            return Err(Error::invalid(
                "state",
                format!(
                    "{} has no translation yet; add one with `tolk translate {} TEXT`",
                    seg.address(),
                    seg.address()
                ),
            ));
        };
        if let Some(rev) = expected.filter(|r| *r != current.revision) {
            return Err(Error::conflict(
                Conflict::Stale,
                format!(
                    "{}: the translation changed meanwhile (r{rev} was shown, r{} by {} is current); nothing changed",
                    seg.address(),
                    current.revision,
                    crate::text::one_line(&current.author)
                ),
            ));
        }
        if let Err(why) = current.state.check_move(state, comment.is_some())
            && (!force || why == Refusal::NeedsComment)
        {
            return Err(refused(&seg.address(), current.state, state, why));
        }
        let mut report = StateChanged {
            id: seg.address(),
            revision: current.revision,
            state,
            previous_state: current.state,
            operation: None,
            changed: false,
        };
        if current.state == state && comment.is_none() {
            return Ok(Outcome::Unchanged(report));
        }
        report.revision = tx.add_revision(
            seg.id,
            &NewRevision {
                text: &current.text,
                state,
                comment,
            },
            op,
        )?;
        report.changed = true;
        let summary = format!(
            "{} {} → {state}{}",
            seg.address(),
            current.state,
            if force && current.state.check_move(state, true).is_err() {
                " (forced)"
            } else {
                ""
            }
        );
        Ok(Outcome::changed(report, summary, Some(doc.id)))
    })?;
    Ok(StateChanged {
        operation,
        ..report
    })
}

/// What `state DOC STATE` did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentStateChanged {
    pub doc: String,
    pub from: State,
    pub to: State,
    pub changed: usize,
    /// Segments in other states, left as they were.
    pub others: Progress,
    pub operation: Option<i64>,
}

/// The state a whole-document change moves segments from: one step along the workflow.
pub fn previous_step(state: State) -> Option<State> {
    match state {
        State::Reviewed => Some(State::Translated),
        State::Final => Some(State::Reviewed),
        _ => None,
    }
}

/// Moves every segment of a document that is one step before `state` to `state`.
pub fn set_document_state(
    store: &mut Store,
    actor: &Actor,
    name: &str,
    state: State,
    comment: Option<&str>,
) -> Result<DocumentStateChanged> {
    settable(state)?;
    let Some(from) = previous_step(state) else {
        return Err(Error::invalid(
            "state",
            format!(
                "a whole document moves one step at a time: `tolk state DOC reviewed` (translated → reviewed) or `tolk state DOC final` (reviewed → final); set {state} per segment with DOC:N"
            ),
        ));
    };
    let (report, operation) = store.operation(actor, "state", |tx, op| {
        let doc = tx.with_progress(tx.document(name)?)?;
        let mut others = doc.progress.clone();
        let moving: Vec<_> = tx
            .segments(&doc)?
            .into_iter()
            .filter(|s| s.state() == from)
            .collect();
        others.remove(from, moving.len());
        let mut report = DocumentStateChanged {
            doc: doc.name.clone(),
            from,
            to: state,
            changed: moving.len(),
            others,
            operation: None,
        };
        if moving.is_empty() {
            return Ok(Outcome::Unchanged(report));
        }
        for seg in &moving {
            if let Some(t) = &seg.current {
                tx.add_revision(
                    seg.id,
                    &NewRevision {
                        text: &t.text,
                        state,
                        comment,
                    },
                    op,
                )?;
            }
        }
        report.changed = moving.len();
        let summary = format!("{}: {} {from} → {state}", doc.name, moving.len());
        Ok(Outcome::changed(report, summary, Some(doc.id)))
    })?;
    Ok(DocumentStateChanged {
        operation,
        ..report
    })
}

fn settable(state: State) -> Result<()> {
    if state == State::Untranslated {
        return Err(Error::invalid(
            "state",
            "a segment is untranslated until it has a translation; 'untranslated' cannot be set",
        ));
    }
    Ok(())
}
