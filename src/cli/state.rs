//! `tolk state`: move a segment's translation to another review state (a new revision with the
//! same text, so the history records who changed the state and when).

use super::Ctx;
use super::translate::segment_number;
use crate::error::{Error, Result};
use crate::model::{Address, State};
use crate::store::{Mode, NewRevision, Read};

/// Set the review state of a segment (DOC:N), or move a whole document one step (DOC)
#[derive(Debug, clap::Args)]
pub struct Args {
    /// DOC:N, or DOC for every segment in the state before STATE (translated → reviewed → final)
    address: String,
    /// translated, needs-work, reviewed or final
    state: String,
    /// Reviewer's comment (expected with needs-work)
    #[arg(long, short)]
    comment: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let address: Address = args.address.parse()?;
    let state: State = args.state.parse()?;
    if state == State::Untranslated {
        return Err(Error::input(
            "a segment is untranslated until it has a translation; 'untranslated' cannot be set"
                .to_string(),
        ));
    }
    if address.position.is_none() {
        return whole_document(ctx, &address.doc, state, args.comment.as_deref());
    }
    let n = segment_number(&address)?;
    let mut store = ctx.open(Mode::Write)?;
    let doc = store.document(&address.doc)?;
    let seg = store.segment(&doc, n)?;
    let Some(current) = seg.current.clone() else {
        return Err(Error::input(format!(
            "{} has no translation yet; add one with `tolk translate {} TEXT`",
            seg.address(),
            seg.address()
        )));
    };
    if current.state == state && args.comment.is_none() {
        ctx.notice(&format!(
            "{} is already {state}; nothing changed",
            seg.address()
        ));
        return Ok(());
    }
    let (revision, op) = ctx.write(&mut store, "state", |tx, op| {
        let revision = tx.add_revision(
            seg.id,
            &NewRevision {
                text: &current.text,
                state,
                comment: args.comment.as_deref(),
            },
            op,
        )?;
        Ok((
            revision,
            format!("{} {} → {state}", seg.address(), current.state),
            Some(doc.id),
        ))
    })?;
    if ctx.json {
        ctx.out.json(&serde_json::json!({
            "id": seg.address(), "revision": revision, "state": state,
            "previous_state": current.state, "operation": op,
        }))
    } else {
        ctx.notice(&format!("{}: {} → {state}", seg.address(), current.state));
        Ok(())
    }
}

/// The state a whole-document change moves segments from: one step along the workflow.
fn previous_step(state: State) -> Option<State> {
    match state {
        State::Reviewed => Some(State::Translated),
        State::Final => Some(State::Reviewed),
        _ => None,
    }
}

fn whole_document(ctx: &mut Ctx, name: &str, state: State, comment: Option<&str>) -> Result<()> {
    let Some(from) = previous_step(state) else {
        return Err(Error::input(format!(
            "a whole document moves one step at a time: `tolk state DOC reviewed` (translated → reviewed) or `tolk state DOC final` (reviewed → final); set {state} per segment with DOC:N"
        )));
    };
    let mut store = ctx.open(Mode::Write)?;
    let doc = store.with_progress(store.document(name)?)?;
    let moving: Vec<_> = store
        .segments(&doc)?
        .into_iter()
        .filter(|s| s.state() == from)
        .collect();
    let left: Vec<String> = crate::model::State::ALL
        .iter()
        .filter(|s| **s != from)
        .filter(|s| doc.progress.get(**s) > 0)
        .map(|s| format!("{} {s}", doc.progress.get(*s)))
        .collect();
    let left = if left.is_empty() {
        "none".to_string()
    } else {
        left.join(", ")
    };
    if moving.is_empty() {
        ctx.notice(&format!(
            "{}: no {from} segments; nothing changed (others: {left})",
            doc.name
        ));
        return Ok(());
    }
    let count = moving.len();
    let ((), op) = ctx.write(&mut store, "state", |tx, op| {
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
        Ok((
            (),
            format!("{}: {count} {from} → {state}", doc.name),
            Some(doc.id),
        ))
    })?;
    if ctx.json {
        return ctx.out.json(&serde_json::json!({
            "doc": doc.name, "from": from, "to": state, "changed": count, "operation": op,
        }));
    }
    ctx.notice(&format!(
        "{}: {count} {from} → {state}; left as they were: {left}",
        doc.name
    ));
    Ok(())
}
