//! `tolk state`: move a segment's translation to another review state (a new revision with the
//! same text, so the history records who changed the state and when).

use super::Ctx;
use super::translate::segment_number;
use crate::error::{Error, Result};
use crate::model::{Address, State};
use crate::store::{Mode, NewRevision, Read};

/// Set the review state of a segment's translation
#[derive(Debug, clap::Args)]
pub struct Args {
    /// DOC:N
    address: String,
    /// translated, needs-work, reviewed or final
    state: String,
    /// Reviewer's comment (expected with needs-work)
    #[arg(long, short)]
    comment: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let address: Address = args.address.parse()?;
    let n = segment_number(&address)?;
    let state: State = args.state.parse()?;
    if state == State::Untranslated {
        return Err(Error::input(
            "a segment is untranslated until it has a translation; 'untranslated' cannot be set"
                .to_string(),
        ));
    }
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
