//! Shared by the annotating commands: find the segment and the span the user means, and store
//! an annotation on it after the checks every kind needs (duplicates, overlapping corrections).

use super::Ctx;
use crate::anchor::{self, SelectError, Span};
use crate::error::{Error, Result};
use crate::model::{Address, AnnStatus, Annotation, Body, Document, SegmentView, Side};
use crate::store::{AnnFilter, NewAnnotation, OpCtx, Store, Tx, prelude::*};

/// The segment an annotation goes on, and the text of the chosen side.
pub struct Target {
    pub doc: Document,
    pub seg: SegmentView,
    pub side: Side,
    pub text: String,
}

/// The side a `--target` flag selects.
pub fn side(target: bool) -> Side {
    if target { Side::Target } else { Side::Source }
}

pub fn target(store: &impl Read, address: &str, side: Side) -> Result<Target> {
    let address: Address = address.parse()?;
    let n = address.segment()?;
    let doc = store.document(&address.doc)?;
    target_at(store, doc, n, side)
}

pub fn target_at(store: &impl Read, doc: Document, n: usize, side: Side) -> Result<Target> {
    let seg = store.segment(&doc, n)?;
    let text = match side {
        Side::Source => seg.source.clone(),
        Side::Target => match &seg.current {
            Some(t) => t.text.clone(),
            None => {
                return Err(Error::input(format!(
                    "{} has no translation to annotate; annotate the source side or translate it first",
                    seg.address()
                )));
            }
        },
    };
    Ok(Target {
        doc,
        seg,
        side,
        text,
    })
}

/// The span of `needle` in the target text, or an error that says what was found instead.
pub fn select(t: &Target, needle: &str, nth: Option<usize>, what: &str) -> Result<Span> {
    let id = t.seg.address();
    let side = t.side;
    let shown = crate::text::one_line(needle);
    anchor::select(&t.text, needle, nth).map_err(|e| {
        Error::input(match e {
            SelectError::EmptyNeedle => {
                format!("{what} is empty; give the exact text to mark in {id}")
            }
            SelectError::NotFound => format!(
                "{what} ‘{shown}’ not found in the {side} of {id}: “{}”",
                crate::text::one_line(&t.text)
            ),
            SelectError::Ambiguous(all) => format!(
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
            SelectError::NthOutOfRange { nth, count } => format!(
                "--nth {nth}, but {what} ‘{shown}’ occurs {count} time{} in the {side} of {id}",
                if count == 1 { "" } else { "s" }
            ),
        })
    })
}

/// The id of an identical annotation (same side, span and fields, not rejected), if any.
pub fn existing(store: &impl Read, t: &Target, span: Span, body: &Body) -> Result<Option<i64>> {
    Ok(store
        .annotations(&AnnFilter {
            segment_id: Some(t.seg.id),
            ..Default::default()
        })?
        .into_iter()
        .find(|a| {
            a.side == t.side
                && a.span() == span
                && &a.body == body
                && a.status != AnnStatus::Rejected
        })
        .map(|a| a.id))
}

/// Inserts an annotation unless an identical one is already there (returns its id and false).
/// An accepted correction may not overlap another accepted correction of the same text.
pub fn add(
    tx: &Tx<'_>,
    op: OpCtx<'_>,
    t: &Target,
    span: Span,
    body: &Body,
    status: AnnStatus,
) -> Result<(i64, bool)> {
    let existing = tx.annotations(&AnnFilter {
        segment_id: Some(t.seg.id),
        ..Default::default()
    })?;
    if let Some(same) = existing.iter().find(|a| {
        a.side == t.side && a.span() == span && &a.body == body && a.status != AnnStatus::Rejected
    }) {
        return Ok((same.id, false));
    }
    if status == AnnStatus::Accepted {
        check_overlap(&existing, t.side, span, body, None)?;
    }
    let quote = anchor::quote(&t.text, span);
    let id = tx.insert_annotation(
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
    Ok((id, true))
}

/// Refuses a correction that would overlap an accepted correction of the same side.
pub fn check_overlap(
    existing: &[Annotation],
    side: Side,
    span: Span,
    body: &Body,
    own_id: Option<i64>,
) -> Result<()> {
    let Body::Correction { replacement, .. } = body else {
        return Ok(());
    };
    for other in existing {
        if Some(other.id) == own_id || other.side != side || other.status != AnnStatus::Accepted {
            continue;
        }
        if let Body::Correction {
            replacement: r2, ..
        } = &other.body
            && other.span().overlaps(&span)
        {
            return Err(Error::input(format!(
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
            )));
        }
    }
    Ok(())
}

/// Marks `span` with `body` in one operation named `command`, unless the very same annotation
/// is already there, and reports the outcome. `summary` describes the operation for the log,
/// given the new annotation's id.
#[allow(clippy::too_many_arguments)]
pub fn mark(
    ctx: &mut Ctx,
    store: &mut Store,
    command: &str,
    t: &Target,
    span: Span,
    body: &Body,
    status: AnnStatus,
    summary: impl Fn(i64) -> String,
) -> Result<()> {
    if let Some(id) = existing(store, t, span, body)? {
        return report(ctx, store, id, None);
    }
    let ((id, created), _) = ctx.write(store, command, |tx, op| {
        let (id, created) = add(tx, op, t, span, body, status)?;
        Ok(((id, created), summary(id), Some(t.doc.id)))
    })?;
    report(ctx, store, id, created.then_some("added"))
}

/// Reports the outcome of an annotating command (`done`: what happened, None when nothing
/// changed) on stderr, or as JSON on stdout.
pub fn report(ctx: &mut Ctx, store: &Store, id: i64, done: Option<&str>) -> Result<()> {
    let a = store.annotation(id)?;
    if ctx.json {
        return ctx
            .print
            .out
            .json(&serde_json::json!({ "changed": done.is_some(), "annotation": a }));
    }
    let line = crate::print::annotation_summary(&a);
    match done {
        Some(verb) => ctx.notice(&format!("{verb} {line}")),
        None => ctx.notice(&format!("already there, nothing changed: {line}")),
    }
    Ok(())
}
