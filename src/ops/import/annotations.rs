//! Stand-off annotations (`NAME.annotations.jsonl`, or the annotations inside tolk's own
//! exports) added to an existing document, all or nothing. Entries already present are
//! skipped, so importing the same file twice is harmless.

use crate::anchor::{self, SelectError, Span};
use crate::error::{Conflict, Error, Result};
use crate::formats::standoff::{self, Entry};
use crate::model::{AnnStatus, Annotation, Body, Document, SegmentView, Side, check_doc_name};
use crate::store::prelude::*;
use crate::store::{Actor, AnnFilter, NewAnnotation, OpCtx, Outcome, Store, Tx};
use serde::{Deserialize, Serialize};
use std::path::Path;

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
        for e in &entries {
            if add_entry(tx, op, &doc, e, label)? {
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

/// Adds one entry to `doc` unless the very same annotation is there; true if added. Errors
/// name the file and line of the entry.
pub(super) fn add_entry(
    tx: &Tx<'_>,
    op: OpCtx<'_>,
    doc: &Document,
    e: &Entry,
    label: &str,
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
    add(tx, op, &t, span, &e.body, status).map_err(here)
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

// What follows mirrors the span helpers of the annotating commands (cli/spans.rs), with the
// same wording: an import places an entry as `correct` or `annotate` would place it.

/// The segment an entry goes on, and the text of its side.
struct Target {
    seg: SegmentView,
    side: Side,
    text: String,
}

fn target_at(tx: &Tx<'_>, doc: Document, n: usize, side: Side) -> Result<Target> {
    let seg = tx.segment(&doc, n)?;
    let text = match side {
        Side::Source => seg.source.clone(),
        Side::Target => match &seg.current {
            Some(t) => t.text.clone(),
            None => {
                return Err(Error::invalid(
                    "side",
                    format!(
                        "{} has no translation to annotate; annotate the source side or translate it first",
                        seg.address()
                    ),
                ));
            }
        },
    };
    Ok(Target { seg, side, text })
}

/// The span of `needle` in the target text, or an error that says what was found instead.
fn select(t: &Target, needle: &str, nth: Option<usize>, what: &'static str) -> Result<Span> {
    let id = t.seg.address();
    let side = t.side;
    let shown = crate::text::one_line(needle);
    anchor::select(&t.text, needle, nth).map_err(|e| match e {
        SelectError::EmptyNeedle => Error::invalid(
            what,
            format!("{what} is empty; give the exact text to mark in {id}"),
        ),
        SelectError::NotFound => Error::not_found(
            "text",
            shown.to_string(),
            format!(
                "{what} ‘{shown}’ not found in the {side} of {id}: “{}”",
                crate::text::one_line(&t.text)
            ),
        ),
        SelectError::Ambiguous(all) => Error::conflict(
            Conflict::Ambiguous,
            format!(
                "{what} ‘{shown}’ occurs {} times in the {side} of {id}; choose one with --nth: {}",
                all.len(),
                all.iter()
                    .enumerate()
                    .map(|(i, s)| format!(
                        "{} {}",
                        i + 1,
                        crate::text::one_line(&anchor::in_context(&t.text, *s, 12))
                    ))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ),
        SelectError::NthOutOfRange { nth, count } => Error::invalid(
            "nth",
            format!(
                "--nth {nth}, but {what} ‘{shown}’ occurs {count} time{} in the {side} of {id}",
                if count == 1 { "" } else { "s" }
            ),
        ),
    })
}

/// Inserts an annotation unless an identical one is already there (then false). An accepted
/// correction may not overlap another accepted correction of the same text.
fn add(
    tx: &Tx<'_>,
    op: OpCtx<'_>,
    t: &Target,
    span: Span,
    body: &Body,
    status: AnnStatus,
) -> Result<bool> {
    let existing = tx.annotations(&AnnFilter {
        segment_id: Some(t.seg.id),
        ..Default::default()
    })?;
    if existing.iter().any(|a| {
        a.side == t.side && a.span() == span && &a.body == body && a.status != AnnStatus::Rejected
    }) {
        return Ok(false);
    }
    if status == AnnStatus::Accepted {
        check_overlap(&existing, t.side, span, body)?;
    }
    let quote = anchor::quote(&t.text, span);
    tx.insert_annotation(
        &NewAnnotation {
            segment_id: t.seg.id,
            side: t.side,
            span,
            quote: &quote,
            body,
            status,
        },
        op,
    )?;
    Ok(true)
}

/// Refuses a correction that would overlap an accepted correction of the same side.
fn check_overlap(existing: &[Annotation], side: Side, span: Span, body: &Body) -> Result<()> {
    let Body::Correction { replacement, .. } = body else {
        return Ok(());
    };
    for other in existing {
        if other.side != side || other.status != AnnStatus::Accepted {
            continue;
        }
        if let Body::Correction {
            replacement: r2, ..
        } = &other.body
            && other.span().overlaps(&span)
        {
            return Err(Error::conflict(
                Conflict::Overlap,
                format!(
                    "this correction ({}–{} → ‘{}’) overlaps accepted correction #{} (‘{}’ → ‘{}’ at {}–{}) in {}; reject that one first",
                    span.start,
                    span.end,
                    crate::text::one_line(replacement),
                    other.id,
                    crate::text::one_line(&other.exact),
                    crate::text::one_line(r2),
                    other.start,
                    other.end,
                    other.segment.as_deref().unwrap_or(&other.doc),
                ),
            ));
        }
    }
    Ok(())
}
