//! `tolk check`: spelling, name variants, source hygiene and translation QA on a document.
//! Exit 0 when clean, 1 with findings, 2 on error. `--propose` turns findings that carry a fix
//! into proposed corrections for review (never twice).

use super::{Ctx, spans};
use crate::check::{self, Context, Dictionary, Finding, Segment};
use crate::error::{Error, Result};
use crate::model::{AnnStatus, Body, Category, Kind};
use crate::store::{AnnFilter, Mode, prelude::*};
use std::collections::{HashMap, HashSet};
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

#[derive(Debug, serde::Serialize)]
struct Report<'a> {
    doc: &'a str,
    spelling: &'a str,
    findings: Vec<Shown<'a>>,
    counts: std::collections::BTreeMap<&'static str, usize>,
    proposed: usize,
}

/// A finding with the annotation that already marks it, if any.
#[derive(Debug, serde::Serialize)]
struct Shown<'a> {
    #[serde(flatten)]
    finding: &'a Finding,
    marked: Option<i64>,
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
    let only: Option<Vec<&str>> = args.only.as_ref().map(|v| {
        v.iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .collect()
    });
    if let Some(only) = &only {
        check::validate_only(only).map_err(Error::input)?;
    }
    let dictionary = load_dictionary(ctx, args.dict.as_deref(), only.as_deref())?;
    let mut store = ctx.open(if args.propose {
        Mode::Update
    } else {
        Mode::Read
    })?;
    let doc = store.document(&args.doc)?;
    let segments = store.segments(&doc)?;
    let ids: Vec<String> = segments.iter().map(|s| s.address()).collect();
    let input: Vec<Segment<'_>> = segments
        .iter()
        .zip(&ids)
        .map(|(s, id)| Segment {
            id,
            source: &s.source,
            target: s.current.as_ref().map(|t| t.text.as_str()),
        })
        .collect();
    let mut store_names = HashMap::new();
    store.for_each_source_text(&mut |t| check::count_names(t, &mut store_names))?;
    let words: HashSet<String> = store.words()?.into_iter().collect();
    let glossary: Vec<(String, String)> = store
        .glossary()?
        .into_iter()
        .map(|g| (g.source, g.target))
        .collect();
    let context = Context {
        segments: &input,
        store_names: &store_names,
        words: &words,
        glossary: &glossary,
        dictionary: dictionary.as_ref(),
    };
    let spinner = crate::print::progress::Progress::spinner(
        &format!("checking {} segments", input.len()),
        ctx.quiet || input.len() < 10_000,
    );
    let findings = check::run(&context, only.as_deref());
    drop(spinner);

    // Corrections already on the same span, so that the report can say so and --propose does
    // not add them again (whatever their status: a rejected proposal stays rejected).
    let existing = store.annotations(&AnnFilter {
        document_id: Some(doc.id),
        kind: Some(Kind::Correction),
        ..Default::default()
    })?;
    let marked_by = |f: &Finding| {
        existing
            .iter()
            .find(|a| {
                a.segment.as_deref() == Some(f.id.as_str())
                    && a.side == f.side
                    && a.start == f.start
                    && a.end == f.end
            })
            .map(|a| (a.id, a.status))
    };
    let mut proposed = 0;
    let mut marks: Vec<Option<i64>> = findings.iter().map(|f| marked_by(f).map(|m| m.0)).collect();
    if args.propose {
        let candidates: Vec<usize> = (0..findings.len())
            .filter(|&i| findings[i].suggestion.is_some() && marks[i].is_none())
            .collect();
        if !candidates.is_empty() {
            let doc_id = doc.id;
            // Findings name their segment by id; the store addresses it by position.
            let position: HashMap<&str, usize> = ids
                .iter()
                .zip(&segments)
                .map(|(id, s)| (id.as_str(), s.position))
                .collect();
            let (new_ids, _) = ctx.write(&mut store, "check", |tx, op| {
                let mut new_ids = Vec::new();
                for &i in &candidates {
                    let f = &findings[i];
                    let t = spans::target_at(tx, doc.clone(), position[f.id.as_str()], f.side)?;
                    let body = Body::Correction {
                        replacement: f.suggestion.clone().unwrap_or_default(),
                        category: f.category.unwrap_or(Category::Typo),
                        note: Some(format!("{}: {}", f.check, f.message)),
                        fixed_upstream: None,
                    };
                    let span = crate::anchor::Span::new(f.start, f.end);
                    let (id, _) = spans::add(tx, op, &t, span, &body, AnnStatus::Proposed)?;
                    new_ids.push((i, id));
                }
                let summary = format!(
                    "{}: {} correction(s) proposed by check",
                    doc.name,
                    new_ids.len()
                );
                Ok((new_ids, summary, Some(doc_id)))
            })?;
            proposed = new_ids.len();
            for (i, id) in new_ids {
                marks[i] = Some(id);
            }
        }
    }

    let spelling = if dictionary.is_some() {
        "checked"
    } else if only.as_ref().is_some_and(|o| !o.contains(&"spelling")) {
        "not asked"
    } else {
        "skipped"
    };
    let mut counts = std::collections::BTreeMap::new();
    for f in &findings {
        *counts.entry(f.check).or_insert(0) += 1;
    }
    if ctx.json {
        let shown = findings
            .iter()
            .zip(&marks)
            .map(|(finding, marked)| Shown {
                finding,
                marked: *marked,
            })
            .collect();
        ctx.print.out.json(&Report {
            doc: &doc.name,
            spelling,
            findings: shown,
            counts,
            proposed,
        })?;
    } else {
        for (f, m) in findings.iter().zip(&marks) {
            ctx.print.out.finding(f, *m)?;
        }
        ctx.print.out.flush()?;
        let total = findings.len();
        let per: Vec<String> = counts.iter().map(|(k, v)| format!("{v} {k}")).collect();
        ctx.notice(&format!(
            "{}: {total} finding{}{}{}",
            doc.name,
            if total == 1 { "" } else { "s" },
            if per.is_empty() {
                String::new()
            } else {
                format!(" ({})", per.join(", "))
            },
            if args.propose {
                format!("; {proposed} proposed as corrections")
            } else {
                String::new()
            }
        ));
    }
    Ok(findings.len())
}

/// The dictionary to spell-check with: `--dict`, else the system's Dutch one. Without one,
/// spelling is skipped with a one-line notice; a `--dict` that cannot be read is an error.
fn load_dictionary(
    ctx: &Ctx,
    path: Option<&std::path::Path>,
    only: Option<&[&str]>,
) -> Result<Option<Dictionary>> {
    if only.is_some_and(|o| !o.contains(&"spelling")) {
        return Ok(None);
    }
    match path {
        Some(p) => Dictionary::open(p)
            .map(Some)
            .map_err(|e| Error::input(format!("--dict {}: {e}", p.display()))),
        None => match Dictionary::system_dutch() {
            Some((aff, dic)) => Dictionary::load(&aff, &dic)
                .map(Some)
                .map_err(|e| Error::input(format!("{}: {e}", dic.display()))),
            None => {
                ctx.notice(
                    "spelling skipped: no Dutch Hunspell dictionary found (install hunspell-nl, or give --dict PATH)",
                );
                Ok(None)
            }
        },
    }
}
