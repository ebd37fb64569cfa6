//! `tolk diff`: word diffs of the published against the corrected source, of translation
//! revisions, of a whole document since a time or operation, and of two export files.

use super::Ctx;
use crate::error::Result;
use crate::model::Address;
use crate::ops::view::{self, DiffOf, RevRange, Since};
use crate::store::Mode;
use std::path::PathBuf;

/// Show word diffs: published vs corrected source, revision vs revision, or what changed
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  tolk diff libie-moskou --source\n  tolk diff libie-moskou:10 --rev 1..2\n  tolk diff libie-moskou --since 2026-12-01\n  tolk diff libie-moskou --since #12\n  tolk diff --files before.jsonl after.jsonl"
)]
pub struct Args {
    /// DOC:N (one segment) or DOC (every segment that changed)
    #[arg(required_unless_present = "files")]
    address: Option<Address>,
    /// Published source vs corrected source (DOC:N or DOC)
    #[arg(long, conflicts_with_all = ["rev", "since", "files"])]
    source: bool,
    /// Translation revisions to compare: A..B, A.. or A (against the current one)
    #[arg(long, value_name = "A..B", conflicts_with_all = ["since", "files"])]
    rev: Option<RevRange>,
    /// For DOC: changes from the start of this time (UTC: 2026, 2026-11, 2026-11-29,
    /// 2026-11-29T10:05, or RFC 3339) or after operation #N
    #[arg(long, value_name = "TIME|OP", conflicts_with = "files")]
    since: Option<Since>,
    /// Compare two JSONL or TSV exports of a document, matched by segment id
    #[arg(long, num_args = 2, value_names = ["A", "B"])]
    files: Option<Vec<PathBuf>>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    if let Some(files) = &args.files {
        let report = view::diff_files(&files[0], &files[1])?;
        return ctx.report(&report);
    }
    let address = args.address.expect("clap requires DOC without --files");
    let of = match (args.source, args.rev, args.since) {
        (true, ..) => DiffOf::Source,
        (_, Some(rev), _) => DiffOf::Revisions(Some(rev)),
        (_, _, Some(since)) => DiffOf::Since(Some(since)),
        _ if address.is_segment() => DiffOf::Revisions(None),
        _ => DiffOf::Since(None),
    };
    let store = ctx.open(Mode::Read)?;
    let address = crate::ops::located(&store, &address)?;
    let report = view::diff(&store, &address.doc, address.position, &of)?;
    ctx.report(&report)
}
