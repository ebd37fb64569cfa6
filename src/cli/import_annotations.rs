//! `tolk import NAME.annotations.jsonl`: add stand-off annotations to an existing document, all
//! or nothing. Lines already present are skipped, so importing the same file twice is harmless.

use super::{Ctx, spans};
use crate::anchor::{self, Span};
use crate::error::{Error, Result};
use crate::formats::standoff::{self, Entry};
use crate::model::{AnnStatus, check_doc_name};
use crate::store::{Mode, Tx, prelude::*};
use std::path::Path;

#[derive(Debug, serde::Serialize)]
pub struct Report {
    pub doc: String,
    pub annotations: usize,
    pub added: usize,
    pub already_present: usize,
    pub operation: Option<i64>,
}

/// The document a stand-off file belongs to: `--doc`, else its name before `.annotations.`.
pub fn doc_name(path: &Path, doc: Option<&str>) -> Result<String> {
    let name = match doc {
        Some(d) => d.to_string(),
        None => {
            let file = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            file.split(".annotations.")
                .next()
                .unwrap_or_default()
                .to_string()
        }
    };
    check_doc_name(&name)?;
    Ok(name)
}

pub fn import(ctx: &Ctx, text: &str, label: &str, doc_name: &str) -> Result<Report> {
    let entries = standoff::parse(text, label)?;
    let mut store = ctx.open(Mode::Update)?;
    let doc = store.document(doc_name)?;
    let ((added, present), op) = ctx.write(&mut store, "import", |tx, op| {
        let mut added = 0;
        for e in &entries {
            if add_entry(tx, op, &doc, e, label)? {
                added += 1;
            }
        }
        let summary = format!(
            "annotations from {label} on {}: {added} added, {} already present",
            doc.name,
            entries.len() - added
        );
        Ok(((added, entries.len() - added), summary, Some(doc.id)))
    })?;
    Ok(Report {
        doc: doc.name.clone(),
        annotations: entries.len(),
        added,
        already_present: present,
        operation: Some(op),
    })
}

pub(super) fn add_entry(
    tx: &Tx<'_>,
    op: crate::store::OpCtx<'_>,
    doc: &crate::model::Document,
    e: &Entry,
    label: &str,
) -> Result<bool> {
    let at = |msg: String| Error::input(format!("{label} line {}: {msg}", e.line));
    let t = spans::target_at(tx, doc.clone(), e.n, e.side).map_err(|err| at(err.to_string()))?;
    let span = match (e.start, e.end) {
        (Some(start), Some(end)) => {
            let span = Span::new(start, end);
            match anchor::slice(&t.text, span) {
                None => {
                    return Err(at(format!(
                        "offsets {start}–{end} are outside the {} of {} ({} characters)",
                        e.side,
                        t.seg.address(),
                        t.text.chars().count()
                    )));
                }
                Some(found) if found != e.exact => {
                    return Err(at(format!(
                        "offsets {start}–{end} of {} hold ‘{}’, not ‘{}’",
                        t.seg.address(),
                        crate::text::one_line(found),
                        crate::text::one_line(&e.exact)
                    )));
                }
                Some(_) => span,
            }
        }
        (None, None) => {
            spans::select(&t, &e.exact, e.nth, "exact").map_err(|err| at(err.to_string()))?
        }
        _ => return Err(at("give both start and end, or neither".to_string())),
    };
    let status = match e.status {
        None => AnnStatus::Accepted,
        Some(AnnStatus::Orphaned) => {
            return Err(at(
                "status orphaned cannot be imported; it is found by `import --update`".to_string(),
            ));
        }
        Some(s) => s,
    };
    // Annotations keep their author through an export and import.
    let op = crate::store::OpCtx {
        author: e
            .author
            .as_deref()
            .filter(|a| !a.is_empty())
            .unwrap_or(op.author),
        ..op
    };
    let (_, added) =
        spans::add(tx, op, &t, span, &e.body, status).map_err(|err| at(err.to_string()))?;
    Ok(added)
}
