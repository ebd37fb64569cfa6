//! `tolk check`: spelling, name variants, source hygiene and translation QA on a document.
//! Exit 0 when clean, 1 with findings, 2 on error. `--propose` turns findings that carry a fix
//! into proposed corrections for review (never twice); `--accept`/`--revoke` accept findings as
//! they are (with a reason) and take that back.

use super::Ctx;
use crate::error::{Error, Result};
use crate::model::FindingScope;
use crate::ops::check::{self, CheckRequest, Dictionaries};
use crate::print::progress::Progress;
use crate::store::Mode;
use std::path::PathBuf;

/// Check a document: spelling of both sides, name variants, source hygiene, translation QA
///
/// The source is checked as corrected. Each finding's line starts with its id; a false positive
/// is accepted with --accept ID --reason TEXT (hidden from then on, listed with
/// --show-accepted, taken back with --revoke ID or `tolk undo`).
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  tolk check libie-moskou
  tolk check libie-moskou --only spelling,name-variant
  tolk check libie-moskou --propose
  tolk check libie-moskou --allow-drafts --json
  tolk check libie-moskou --accept 3fa2c1d --reason 'an institution'
  tolk check libie-moskou --accept numbers:libie-moskou:12 --scope document --reason '6 p.m.'
  tolk check libie-moskou --show-accepted
  tolk check libie-moskou --revoke 3fa2c1d")]
pub struct Args {
    /// Document name
    doc: String,
    /// Hunspell dictionary for the source: PATH.aff and PATH.dic (or either file) [default: the
    /// system's for the document's source language]
    #[arg(long, value_name = "PATH")]
    dict: Option<PathBuf>,
    /// Hunspell dictionary for the translation [default: the system's for the document's
    /// target language and region, e.g. en_GB for en-GB]
    #[arg(long, value_name = "PATH")]
    target_dict: Option<PathBuf>,
    /// Turn findings that have a fix into proposed corrections (see `tolk annotations`)
    #[arg(long)]
    propose: bool,
    /// Drafts are fine: do not report untranslated or needs-work segments (by default check is
    /// a gate before publishing, and they are findings)
    #[arg(long)]
    allow_drafts: bool,
    /// Run only these checks (comma-separated): spelling, name-variant, doubled-word, …
    #[arg(long, value_delimiter = ',', value_name = "CHECKS")]
    only: Option<Vec<String>>,
    /// Accept findings as they are (a false positive, a name the checks do not know), with
    /// --reason: ID as printed first on each finding's line (or its first 4+ characters), or
    /// CHECK:DOC:N for every finding of a check on a segment; comma-separated or repeated.
    /// Accepted findings are hidden and do not fail the check; `undo` or --revoke brings them
    /// back
    #[arg(
        long,
        value_delimiter = ',',
        value_name = "ID",
        conflicts_with = "propose"
    )]
    accept: Vec<String>,
    /// Why the accepted findings are fine (recorded with your name in `tolk log`)
    #[arg(long, value_name = "TEXT", requires = "accept")]
    reason: Option<String>,
    /// How far --accept reaches: the finding's segment (until the segment is edited) or the
    /// whole document (the same check and text anywhere in it)
    #[arg(long, default_value = "segment", value_parser = super::choice::<FindingScope>(), requires = "accept")]
    scope: FindingScope,
    /// Take back the acceptance of findings (ID or CHECK:DOC:N, as for --accept)
    #[arg(
        long,
        value_delimiter = ',',
        value_name = "ID",
        conflicts_with = "propose"
    )]
    revoke: Vec<String>,
    /// Also list accepted findings, with who accepted them and why, and acceptances that no
    /// longer match a finding
    #[arg(long)]
    show_accepted: bool,
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
    let dictionaries = Dictionaries {
        source: args.dict,
        target: args.target_dict,
    };
    check::check_dictionaries(&dictionaries)?;
    let writes = args.propose || !args.accept.is_empty() || !args.revoke.is_empty();
    let mut store = ctx.open(if writes { Mode::Update } else { Mode::Read })?;
    let request = CheckRequest {
        doc: args.doc,
        only,
        propose: args.propose,
        allow_drafts: args.allow_drafts,
        show_accepted: args.show_accepted,
        accept: args.accept,
        revoke: args.revoke,
        reason: args.reason,
        scope: args.scope,
    };
    let quiet = ctx.quiet;
    let report = check::check(&mut store, &ctx.actor(), &request, &dictionaries, |n| {
        Progress::spinner(&format!("checking {n} segments"), quiet || n < 10_000)
    })?;
    // A warning about this machine, not part of the result: shown with --json too.
    for (state, lang, flag) in [
        (&report.spelling, &report.source_lang, "--dict"),
        (
            &report.target_spelling,
            &report.target_lang,
            "--target-dict",
        ),
    ] {
        if state == "skipped" {
            ctx.print.notice(&format!(
                "spelling of the {lang} side skipped: no Hunspell dictionary for {lang} found \
                 (install {}, or give {flag} PATH)",
                debian_dictionary(lang)
            ));
        }
    }
    ctx.report(&report)?;
    Ok(report.findings.len())
}

/// The Debian package with the Hunspell dictionary for a language tag.
fn debian_dictionary(lang: &str) -> String {
    let lower = lang.to_ascii_lowercase();
    match lower.as_str() {
        "en" => "hunspell-en-us or hunspell-en-gb".into(),
        l if l.starts_with("en-") => format!("hunspell-{l}"),
        _ => format!("hunspell-{}", lower.split('-').next().unwrap_or_default()),
    }
}
