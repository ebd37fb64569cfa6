//! Stand-off annotations (`NAME.annotations.jsonl`, or the annotations inside tolk's own
//! exports) added to an existing document, all or nothing. Entries already present are
//! skipped, so importing the same file twice is harmless.

use crate::anchor::{self, Span};
use crate::error::{Conflict, Error, Result};
use crate::formats::standoff::{self, Entry};
use crate::model::{AnnStatus, Body, Document, check_doc_name};
use crate::ops::annotate::{Target, add, select, target_at};
use crate::store::prelude::*;
use crate::store::{Actor, AnnFilter, OpCtx, Outcome, Store, Tx};
use crate::text::excerpt;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::Path;
use unicode_normalization::UnicodeNormalization;

/// What importing a stand-off file did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnnotationsImported {
    pub doc: String,
    /// Entries in the file.
    pub annotations: usize,
    pub added: usize,
    pub already_present: usize,
    pub operation: Option<i64>,
}

/// The document a stand-off file belongs to: `doc`, else its name before `.annotations.`.
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

/// Adds the annotations of stand-off `text` (named `label` in messages) to document
/// `doc_name`, in one operation.
pub fn import_annotations(
    store: &mut Store,
    actor: &Actor,
    text: &str,
    label: &str,
    doc_name: &str,
) -> Result<AnnotationsImported> {
    let entries = standoff::parse(text, label)?;
    let (report, operation) = store.operation(actor, "import", |tx, op| {
        let doc = tx.document(doc_name)?;
        let mut added = 0;
        let mut lines = Lines::default();
        for e in &entries {
            if add_entry(tx, op, &doc, e, label, &mut lines)? {
                added += 1;
            }
        }
        let present = entries.len() - added;
        let summary = format!(
            "annotations from {label} on {}: {added} added, {present} already present",
            doc.name,
        );
        let report = AnnotationsImported {
            doc: doc.name.clone(),
            annotations: entries.len(),
            added,
            already_present: present,
            operation: None,
        };
        Ok(Outcome::changed(report, summary, Some(doc.id)))
    })?;
    Ok(AnnotationsImported {
        operation,
        ..report
    })
}

/// The annotations one import has added so far, by id, with the line of the file that added
/// each: they are not committed yet, so messages name them by line, not by id.
pub(super) type Lines = HashMap<i64, usize>;

/// Adds one entry to `doc` unless the very same annotation is there; true if added. Errors
/// name the file and line of the entry; `lines` records what this import added.
pub(super) fn add_entry(
    tx: &Tx<'_>,
    op: OpCtx<'_>,
    doc: &Document,
    e: &Entry,
    label: &str,
    lines: &mut Lines,
) -> Result<bool> {
    let at = |msg: String| Error::invalid("annotations", format!("{label} line {}: {msg}", e.line));
    let here = |err: Error| at_line(err, label, e.line);
    let t = target_at(tx, doc.clone(), e.n, e.side).map_err(here)?;
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
                Some(found) if found != e.exact && !same_nfc(found, &e.exact) => {
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
        (None, None) => select(&t, &e.exact, e.nth, "exact").map_err(here)?,
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
    let op = OpCtx {
        author: e
            .author
            .as_deref()
            .filter(|a| !a.is_empty())
            .unwrap_or(op.author),
        ..op
    };
    match add(tx, op, &t, span, &e.body, status) {
        Ok((id, added)) => {
            if added {
                lines.insert(id, e.line);
            }
            Ok(added)
        }
        Err(Error::Conflict {
            kind: Conflict::Overlap,
            message,
        }) => Err(overlap_in_file(tx, &t, span, e, label, lines)
            .unwrap_or_else(|| here(Error::conflict(Conflict::Overlap, message)))),
        Err(err) => Err(here(err)),
    }
}

/// The overlap error when the accepted correction in the way was added by this same import
/// (and so has an id that will never be committed): names it by its line in the file.
fn overlap_in_file(
    tx: &Tx<'_>,
    t: &Target,
    span: Span,
    e: &Entry,
    label: &str,
    lines: &Lines,
) -> Option<Error> {
    let existing = tx
        .annotations(&AnnFilter {
            segment_id: Some(t.seg.id),
            status: Some(AnnStatus::Accepted),
            ..Default::default()
        })
        .ok()?;
    let (other, line) = existing.iter().find_map(|a| {
        let line = lines.get(&a.id)?;
        (a.side == t.side && matches!(a.body, Body::Correction { .. }) && a.span().overlaps(&span))
            .then_some((a, *line))
    })?;
    let replacement = |b: &Body| match b {
        Body::Correction { replacement, .. } => excerpt(replacement, 60),
        _ => String::new(),
    };
    Some(Error::conflict(
        Conflict::Overlap,
        format!(
            "{label} line {}: this correction ({}–{} → ‘{}’) overlaps the accepted correction of line {line} (‘{}’ → ‘{}’ at {}–{}) in {}; a text can take only one of them",
            e.line,
            span.start,
            span.end,
            replacement(&e.body),
            excerpt(&other.exact, 60),
            replacement(&other.body),
            other.start,
            other.end,
            t.seg.address(),
        ),
    ))
}

/// `err` with the file and line of the entry in front, keeping what kind of error it is.
fn at_line(err: Error, label: &str, line: usize) -> Error {
    let at = |m: &str| format!("{label} line {line}: {m}");
    match err {
        Error::NotFound {
            kind,
            name,
            message,
        } => Error::NotFound {
            kind,
            name,
            message: at(&message),
        },
        Error::Conflict { kind, message } => Error::Conflict {
            kind,
            message: at(&message),
        },
        Error::Invalid { what, message } => Error::Invalid {
            what,
            message: at(&message),
        },
        e @ (Error::Db { .. } | Error::DbFile { .. } | Error::Io { .. }) => e,
        e => Error::invalid("annotations", at(&e.to_string())),
    }
}

/// Whether two texts are the same once both are in Unicode normal form C.
fn same_nfc(a: &str, b: &str) -> bool {
    a.nfc().eq(b.nfc())
}
