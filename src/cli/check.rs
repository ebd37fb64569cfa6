//! `tolk check`: spelling, name variants, source hygiene and translation QA on a document.
//! Exit 0 when clean, 1 with findings, 2 on error. `--propose` turns findings that carry a fix
//! into proposed corrections for review (never twice).

use super::Ctx;
use crate::error::{Error, Result};
use crate::ops::check::{self, CheckRequest, Spelling};
use crate::print::progress::Progress;
use crate::store::Mode;
use std::path::PathBuf;

/// Check a document: Dutch spelling, name variants, source hygiene, translation QA
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Document name
    doc: String,
    /// Hunspell dictionary: PATH.aff and PATH.dic (or either file) [default: the system's Dutch]
    #[arg(long, value_name = "PATH")]
    dict: Option<PathBuf>,
    /// Turn findings that have a fix into proposed corrections (see `tolk annotations`)
    #[arg(long)]
    propose: bool,
    /// Run only these checks (comma-separated): spelling, name-variant, doubled-word, …
    #[arg(long, value_delimiter = ',', value_name = "CHECKS")]
    only: Option<Vec<String>>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    match check_document(ctx, args) {
        Ok(0) => Ok(()),
        Ok(n) => Err(Error::Findings(n)),
        Err(e @ (Error::BrokenPipe | Error::Findings(_))) => Err(e),
        Err(e) => Err(Error::CheckFailed(Box::new(e))),
    }
}

fn check_document(ctx: &mut Ctx, args: Args) -> Result<usize> {
    crate::model::check_doc_name(&args.doc)?;
    let only = args.only.as_deref().map(check::only).transpose()?;
    let spelling = check::dictionary(args.dict.as_deref(), only.as_deref())?;
    if let Spelling::Skipped = spelling {
        // A warning about this machine, not part of the result: shown with --json too.
        ctx.print.notice(
            "spelling skipped: no Dutch Hunspell dictionary found (install hunspell-nl, or give --dict PATH)",
        );
    }
    let mut store = ctx.open(if args.propose {
        Mode::Update
    } else {
        Mode::Read
    })?;
    let request = CheckRequest {
        doc: args.doc,
        only,
        propose: args.propose,
    };
    let quiet = ctx.quiet;
    let report = check::check(&mut store, &ctx.actor(), &request, &spelling, |n| {
        Progress::spinner(&format!("checking {n} segments"), quiet || n < 10_000)
    })?;
    ctx.report(&report)?;
    Ok(report.findings.len())
}
