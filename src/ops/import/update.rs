//! A new version of a document: sentences are matched to the old ones by content;
//! translations and annotations move with their sentences, spans re-anchor by quote and
//! context, and what cannot be found again is orphaned, never dropped.

use super::{Prepared, recorded};
use crate::anchor::{self, Relocation};
use crate::error::Result;
use crate::model::{AnnStatus, Annotation, Body, Side, State};
use crate::store::prelude::*;
use crate::store::{Actor, NewRevision, OpCtx, Outcome, SegmentRow, Store, Tx};
use serde::{Deserialize, Serialize};

/// What `import --update` did, with one line per notable event for people.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpdateReport {
    pub doc: String,
    pub segments: usize,
    pub unchanged: usize,
    pub edited: usize,
    pub moved: usize,
    pub inserted: usize,
    pub removed: usize,
    pub annotations_reanchored: usize,
    pub annotations_upstream: usize,
    pub annotations_orphaned: usize,
    pub translations_to_recheck: usize,
    /// One line per notable event, for people.
    pub events: Vec<String>,
    pub operation: i64,
}

/// Loads `new` as the next version of the document of its name, in one operation. The old
/// version is read inside that operation's transaction, so a change made meanwhile by someone
/// else is matched too, never overwritten.
pub fn update(store: &mut Store, actor: &Actor, new: &Prepared) -> Result<UpdateReport> {
    let (report, operation) = store.operation(actor, "import", |tx, op| {
        let doc = tx.document(&new.name)?;
        let old = tx.segments(&doc)?;
        let anns = tx.annotations_by_segment(&doc)?;
        let old_texts: Vec<&str> = old.iter().map(|s| s.source.as_str()).collect();
        let new_texts: Vec<&str> = new.segments.iter().map(|s| s.text.as_str()).collect();
        let matches = crate::align::match_segments(&old_texts, &new_texts);
        let mut r = UpdateReport {
            doc: doc.name.clone(),
            segments: new.segments.len(),
            ..Default::default()
        };
        tx.unplace_segments(doc.id)?;
        let mut used = vec![false; old.len()];
        for (i, (seg, m)) in new.segments.iter().zip(&matches).enumerate() {
            let position = i + 1;
            let Some(o) = *m else {
                tx.insert_segment(doc.id, position, seg.paragraph, &seg.text, op)?;
                r.inserted += 1;
                r.events.push(format!("inserted {}:{position}", doc.name));
                continue;
            };
            used[o] = true;
            let prev = &old[o];
            let before = SegmentRow {
                id: prev.id,
                position: Some(prev.position),
                paragraph: prev.paragraph,
                text: prev.source.clone(),
            };
            let after = SegmentRow {
                position: Some(position),
                paragraph: seg.paragraph,
                text: seg.text.clone(),
                ..before.clone()
            };
            tx.place_segment(&before, &after, op)?;
            let own = anns.get(&prev.id).map_or(&[][..], Vec::as_slice);
            if prev.source != seg.text {
                r.edited += 1;
                r.events.push(format!("edited {}:{} → {}:{position}", doc.name, prev.position, doc.name));
                for a in own.iter().filter(|a| a.side == Side::Source) {
                    relocate(tx, op, a, &prev.source, &seg.text, position, &mut r)?;
                }
                if let Some(t) = prev.current.as_ref().filter(|t| t.state >= State::Reviewed) {
                    tx.add_revision(
                        prev.id,
                        &NewRevision {
                            text: &t.text,
                            state: State::NeedsWork,
                            comment: Some("source sentence changed in a new version; check the translation"),
                        },
                        op,
                    )?;
                    r.translations_to_recheck += 1;
                }
            } else if prev.position != position {
                r.moved += 1;
                if !own.is_empty() || prev.current.is_some() {
                    r.events.push(format!(
                        "moved {}:{} → {}:{position} with its translation and {} annotation(s)",
                        doc.name,
                        prev.position,
                        doc.name,
                        own.len()
                    ));
                }
            } else {
                r.unchanged += 1;
            }
        }
        for (_, prev) in old.iter().enumerate().filter(|(o, _)| !used[*o]) {
            let before = SegmentRow {
                id: prev.id,
                position: Some(prev.position),
                paragraph: prev.paragraph,
                text: prev.source.clone(),
            };
            tx.place_segment(&before, &SegmentRow { position: None, ..before.clone() }, op)?;
            r.removed += 1;
            r.events.push(format!("removed {}:{} “{}”", doc.name, prev.position, crate::text::one_line(&prev.source)));
            for a in anns.get(&prev.id).map_or(&[][..], Vec::as_slice) {
                orphan(tx, op, a, &mut r)?;
            }
        }
        let summary = format!(
            "updated {} from {}: {} segments ({} unchanged, {} moved, {} edited, {} inserted, {} removed); annotations: {} re-anchored, {} fixed upstream, {} orphaned",
            doc.name,
            new.origin.as_deref().unwrap_or("?"),
            r.segments,
            r.unchanged,
            r.moved,
            r.edited,
            r.inserted,
            r.removed,
            r.annotations_reanchored,
            r.annotations_upstream,
            r.annotations_orphaned
        );
        Ok(Outcome::changed(r, summary, Some(doc.id)))
    })?;
    Ok(UpdateReport {
        operation: recorded(operation),
        ..report
    })
}

fn relocate(
    tx: &Tx<'_>,
    op: OpCtx<'_>,
    a: &Annotation,
    old_text: &str,
    new_text: &str,
    position: usize,
    r: &mut UpdateReport,
) -> Result<()> {
    let replacement = match &a.body {
        Body::Correction { replacement, .. } => Some(replacement.as_str()),
        _ => None,
    };
    let mut after = a.clone();
    match anchor::relocate(old_text, new_text, a.span(), &a.quote(), replacement) {
        Relocation::Unchanged => return Ok(()),
        Relocation::Moved(span, q) => {
            set_span(&mut after, span, q);
            r.annotations_reanchored += 1;
            r.events.push(format!(
                "re-anchored #{} ‘{}’ at {}:{position} {}–{} (was {}–{})",
                a.id,
                crate::text::one_line(&a.exact),
                a.doc,
                span.start,
                span.end,
                a.start,
                a.end
            ));
        }
        Relocation::Upstream(span, q) => {
            set_span(&mut after, span, q);
            if let Body::Correction { fixed_upstream, .. } = &mut after.body {
                *fixed_upstream = Some(a.exact.clone());
            }
            r.annotations_upstream += 1;
            r.events.push(format!(
                "applied upstream #{} ‘{}’ → ‘{}’ at {}:{position}: the published text now has the correction",
                a.id,
                crate::text::one_line(&a.exact),
                crate::text::one_line(replacement.unwrap_or_default()),
                a.doc
            ));
        }
        Relocation::Orphaned => return orphan(tx, op, a, r),
    }
    tx.update_annotation(a, &after, op)
}

fn set_span(a: &mut Annotation, span: anchor::Span, q: anchor::Quote) {
    a.start = span.start;
    a.end = span.end;
    a.exact = q.exact;
    a.prefix = q.prefix;
    a.suffix = q.suffix;
}

fn orphan(tx: &Tx<'_>, op: OpCtx<'_>, a: &Annotation, r: &mut UpdateReport) -> Result<()> {
    if matches!(a.status, AnnStatus::Orphaned | AnnStatus::Rejected) {
        return Ok(());
    }
    let mut after = a.clone();
    after.status = AnnStatus::Orphaned;
    tx.update_annotation(a, &after, op)?;
    r.annotations_orphaned += 1;
    r.events.push(format!(
        "orphaned #{} {} ‘{}’ (was at {})",
        a.id,
        a.body.kind(),
        crate::text::one_line(&a.exact),
        a.segment.as_deref().unwrap_or(&a.doc)
    ));
    Ok(())
}
