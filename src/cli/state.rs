//! `tolk state`: move a segment's translation to another review state (a new revision with the
//! same text, so the history records who changed the state and when).

use super::Ctx;
use crate::error::Result;
use crate::model::{Address, State};
use crate::ops::state;
use crate::store::Mode;

/// Set the review state of a segment (DOC:N), or move a whole document one step (DOC).
/// The workflow: translated → reviewed → final; needs-work (with -c) from translated or
/// reviewed; final is reopened only with --force
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  tolk state libie-moskou:4 reviewed\n  tolk state libie-moskou:4 needs-work -c \"who is 'hij'?\"\n  tolk state libie-moskou reviewed\n  tolk state libie-moskou:4 translated --force"
)]
pub struct Args {
    /// DOC:N, or DOC for every segment in the state before STATE (translated → reviewed → final)
    address: Address,
    /// The new state
    #[arg(value_parser = super::choice::<State>())]
    state: State,
    /// Reviewer's comment (required with needs-work)
    #[arg(long, short)]
    comment: Option<String>,
    /// Allow a move the workflow refuses (reopening final work, final without review); the
    /// history records it as `state --force`
    #[arg(long)]
    force: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let mut store = ctx.open(Mode::Write)?;
    let actor = ctx.actor();
    let comment = args.comment.as_deref();
    if !args.address.is_segment() {
        let report =
            state::set_document_state(&mut store, &actor, &args.address.doc, args.state, comment)?;
        return ctx.report(&report);
    }
    let report = state::set_state(
        &mut store,
        &actor,
        &args.address,
        args.state,
        comment,
        None,
        args.force,
    )?;
    ctx.report(&report)
}
