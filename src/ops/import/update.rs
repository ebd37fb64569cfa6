//! A new version of a document: sentences are matched to the old ones by content;
//! translations and annotations move with their sentences, spans re-anchor by quote and
//! context, and what cannot be found again is orphaned, never dropped.

use super::{Prepared, recorded};
use crate::anchor::{self, Relocation};
use crate::error::Result;
use crate::model::{AnnStatus, Annotation, Body, SegmentView, Side, State};
use crate::ops::{Progress, Silent};
use crate::store::prelude::*;
use crate::store::{Actor, AnnFilter, NewRevision, OpCtx, Outcome, SegmentRow, Store, Tx};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// What `import --update` did, with one line per notable event for people.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateReport {
    pub doc: String,
    pub segments: usize,
    pub unchanged: usize,
    pub edited: usize,
    pub moved: usize,
    pub inserted: usize,
    pub removed: usize,
    /// Sentences of an earlier version (taken out by an earlier update) that are back, with
    /// their translations and annotations.
    #[serde(default)]
    pub restored: usize,
    pub annotations_reanchored: usize,
    pub annotations_upstream: usize,
    pub annotations_orphaned: usize,
    /// Orphaned annotations whose quote is in the new text again, back with their status.
    #[serde(default)]
    pub annotations_found_again: usize,
    pub translations_to_recheck: usize,
    /// Reviewed or final translations of sentences whose only change is what our accepted
    /// corrections already said: the translation was made from the corrected text, so it
    /// stays as it is.
    #[serde(default)]
    pub translations_kept: usize,
    /// One line per notable event, for people.
    pub events: Vec<String>,
    /// The translation of the new version attached in the same operation (`import --update
    /// --translation EN`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub translation: Option<super::attach::Attached>,
    pub operation: i64,
}

/// Loads `new` as the next version of the document of its name, in one operation. The old
/// version is read inside that operation's transaction, so a change made meanwhile by someone
/// else is matched too, never overwritten.
pub fn update(store: &mut Store, actor: &Actor, new: &Prepared) -> Result<UpdateReport> {
    update_with_progress(store, actor, new, &Silent)
}

/// [`update`], telling `progress` how far it got: first matching the sentences (one step per
/// new sentence), then laying them out (one more).
pub fn update_with_progress(
    store: &mut Store,
    actor: &Actor,
    new: &Prepared,
    progress: &dyn Progress,
) -> Result<UpdateReport> {
    let (report, operation) = store.operation(actor, "import", |tx, op| {
        let (r, summary, doc) = update_in(tx, op, new, progress)?;
        Ok(Outcome::changed(r, summary, Some(doc)))
    })?;
    Ok(UpdateReport {
        operation: recorded(operation),
        ..report
    })
}

/// `import NL --update --translation EN`: loads `new` as the next version of its document
/// (as [`update`]), then attaches `translation` (paragraphs of the translation file `label`)
/// to the new version (as [`super::attach::attach_translation`] with `replace`): aligned
/// against the new source, each link's text a new revision where it differs from the current
/// one (earlier revisions stay in the history, a translation that did not change keeps its
/// revision and state), the old links replaced. One operation: `undo` takes both back.
pub fn update_with_translation(
    store: &mut Store,
    actor: &Actor,
    new: &Prepared,
    translation: &[String],
    label: &str,
    progress: &dyn Progress,
) -> Result<UpdateReport> {
    let (report, operation) = store.operation(actor, "import", |tx, op| {
        let (mut r, summary, doc) = update_in(tx, op, new, progress)?;
        let req = super::attach::AttachRequest {
            doc: &new.name,
            lang: Some(new.target_lang),
            replace: true,
        };
        let (attached, attach_summary) =
            super::attach::attach_in(tx, op, &req, translation, label)?;
        r.translation = Some(attached);
        Ok(Outcome::changed(
            r,
            format!("{summary}; {attach_summary}"),
            Some(doc),
        ))
    })?;
    let operation = recorded(operation);
    Ok(UpdateReport {
        operation,
        translation: report
            .translation
            .clone()
            .map(|a| super::attach::Attached { operation, ..a }),
        ..report
    })
}

/// The work of [`update`] inside an operation: the report, the operation's summary and the
/// document's id.
fn update_in(
    tx: &Tx<'_>,
    op: OpCtx<'_>,
    new: &Prepared,
    progress: &dyn Progress,
) -> Result<(UpdateReport, String, i64)> {
    {
        let doc = tx.document(&new.name)?;
        // Every version the document has had: the current sentences in order, then those an
        // earlier update took out (they keep their translations and annotations), preferring
        // translated ones, then the latest.
        let current = tx.segments(&doc)?;
        let mut earlier = tx.removed_segments(&doc)?;
        earlier.sort_by_key(|s| (s.current.is_none(), std::cmp::Reverse(s.id)));
        let placed = current.len();
        let old: Vec<SegmentView> = current.into_iter().chain(earlier).collect();
        let mut anns: HashMap<i64, Vec<Annotation>> = HashMap::new();
        for a in tx.annotations(&AnnFilter {
            document_id: Some(doc.id),
            ..Default::default()
        })? {
            anns.entry(a.segment_id).or_default().push(a);
        }
        let n = new.segments.len() as u64;
        progress.start(2 * n);
        let old_texts: Vec<&str> = old.iter().map(|s| s.source.as_str()).collect();
        let new_texts: Vec<&str> = new.segments.iter().map(|s| s.text.as_str()).collect();
        let matches = crate::align::match_versions(&old_texts, placed, &new_texts, &mut |done| {
            progress.set(done as u64)
        });
        let mut r = UpdateReport {
            doc: doc.name.clone(),
            segments: new.segments.len(),
            ..Default::default()
        };
        tx.unplace_segments(doc.id)?;
        let mut used = vec![false; old.len()];
        for (i, (seg, m)) in new.segments.iter().zip(&matches).enumerate() {
            progress.set(n + i as u64);
            let position = i + 1;
            let Some(o) = *m else {
                tx.insert_segment(doc.id, position, seg.paragraph, &seg.text, op)?;
                r.inserted += 1;
                r.events.push(format!("inserted {}:{position}", doc.name));
                continue;
            };
            used[o] = true;
            let prev = &old[o];
            let was_placed = o < placed;
            let before = SegmentRow {
                id: prev.id,
                position: was_placed.then_some(prev.position),
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
            let changed = prev.source != seg.text;
            if !was_placed {
                r.restored += 1;
                r.events.push(format!(
                    "restored {}:{position} from an earlier version{}, with its translation and {} annotation(s)",
                    doc.name,
                    if changed { " (edited)" } else { "" },
                    own.len()
                ));
            } else if changed {
                r.edited += 1;
                r.events.push(format!(
                    "edited {}:{} → {}:{position}",
                    doc.name, prev.position, doc.name
                ));
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
            // Upstream published exactly our accepted corrections: nothing to translate anew.
            let upstream_only =
                changed && crate::model::corrected_text(&prev.source, own) == seg.text;
            let texts = Texts {
                old_source: &prev.source,
                source: &seg.text,
                target: prev.current.as_ref().map(|t| t.text.as_str()),
                position,
            };
            reanchor_all(tx, op, own, &texts, &mut r)?;
            if upstream_only
                && prev
                    .current
                    .as_ref()
                    .is_some_and(|t| t.state >= State::Reviewed)
            {
                r.translations_kept += 1;
                r.events.push(format!(
                    "kept the translation of {}:{position}: the new version only publishes the accepted correction(s)",
                    doc.name
                ));
            } else if changed
                && let Some(t) = prev.current.as_ref().filter(|t| t.state >= State::Reviewed)
            {
                tx.add_revision(
                    prev.id,
                    &NewRevision {
                        text: &t.text,
                        state: State::NeedsWork,
                        comment: Some(
                            "source sentence changed in a new version; check the translation",
                        ),
                    },
                    op,
                )?;
                r.translations_to_recheck += 1;
            }
        }
        for (o, prev) in old.iter().enumerate().filter(|(o, _)| !used[*o]) {
            if o < placed {
                let before = SegmentRow {
                    id: prev.id,
                    position: Some(prev.position),
                    paragraph: prev.paragraph,
                    text: prev.source.clone(),
                };
                tx.place_segment(
                    &before,
                    &SegmentRow {
                        position: None,
                        ..before.clone()
                    },
                    op,
                )?;
                r.removed += 1;
                r.events.push(format!(
                    "removed {}:{} “{}”",
                    doc.name,
                    prev.position,
                    crate::text::one_line(&prev.source)
                ));
            }
            // Out of the document, whatever their status: nothing of theirs is in the text.
            for a in anns.get(&prev.id).map_or(&[][..], Vec::as_slice) {
                orphan(tx, op, a, &mut r)?;
            }
        }
        progress.set(2 * n);
        let summary = format!(
            "updated {} from {}: {} segments ({} unchanged, {} moved, {} edited, {} restored, {} inserted, {} removed); annotations: {} re-anchored, {} fixed upstream, {} orphaned, {} found again",
            doc.name,
            new.origin.as_deref().unwrap_or("?"),
            r.segments,
            r.unchanged,
            r.moved,
            r.edited,
            r.restored,
            r.inserted,
            r.removed,
            r.annotations_reanchored,
            r.annotations_upstream,
            r.annotations_orphaned,
            r.annotations_found_again
        );
        Ok((r, summary, doc.id))
    }
}

/// The texts a segment's annotations are anchored to, before and after the update.
struct Texts<'a> {
    old_source: &'a str,
    source: &'a str,
    /// The current translation (it does not change in an update).
    target: Option<&'a str>,
    position: usize,
}

/// Re-anchors every annotation of a segment that stays in the document, whatever its status:
/// each ends up on its quote in the new text, or orphaned. Annotations that were orphaned and
/// whose quote is found again get back the status they had. Corrections found again are
/// settled last, so that one coming back accepted never overlaps an accepted correction.
fn reanchor_all(
    tx: &Tx<'_>,
    op: OpCtx<'_>,
    own: &[Annotation],
    t: &Texts<'_>,
    r: &mut UpdateReport,
) -> Result<()> {
    let mut settled: Vec<Annotation> = Vec::with_capacity(own.len());
    let mut orphans = Vec::new();
    for a in own {
        if a.status == AnnStatus::Orphaned {
            orphans.push(a);
            continue;
        }
        let (old_text, text) = match a.side {
            Side::Source => (t.old_source, t.source),
            Side::Target => match t.target {
                Some(text) => (text, text),
                None => {
                    orphan(tx, op, a, r)?;
                    continue;
                }
            },
        };
        let after = relocate(tx, op, a, old_text, text, t.position, r)?;
        settled.push(after);
    }
    for a in orphans {
        let text = match a.side {
            Side::Source => t.source,
            Side::Target => match t.target {
                Some(text) => text,
                None => continue,
            },
        };
        let replacement = match &a.body {
            Body::Correction { replacement, .. } => Some(replacement.as_str()),
            _ => None,
        };
        let (span, q, upstream) =
            match anchor::relocate_quote(text, a.span(), &a.quote(), replacement) {
                Relocation::Orphaned => continue,
                Relocation::Unchanged => (a.span(), a.quote(), false),
                Relocation::Moved(span, q) => (span, q, false),
                Relocation::Upstream(span, q) => (span, q, true),
            };
        let mut after = a.clone();
        set_span(&mut after, span, q);
        if upstream && let Body::Correction { fixed_upstream, .. } = &mut after.body {
            *fixed_upstream = Some(a.exact.clone());
        }
        after.status = tx
            .status_before_orphaned(a.id)?
            .filter(|s| *s != AnnStatus::Orphaned)
            .unwrap_or(AnnStatus::Proposed);
        let clashes = |b: &Annotation| {
            b.side == after.side
                && b.status == AnnStatus::Accepted
                && matches!(b.body, Body::Correction { .. })
                && b.span().overlaps(&after.span())
        };
        if after.status == AnnStatus::Accepted
            && matches!(after.body, Body::Correction { .. })
            && settled.iter().any(clashes)
        {
            after.status = AnnStatus::Proposed;
        }
        tx.update_annotation(a, &after, op)?;
        r.annotations_found_again += 1;
        r.events.push(format!(
            "found again #{} {} ‘{}’ at {}:{} {}–{}, {}",
            a.id,
            a.body.kind(),
            crate::text::one_line(&after.exact),
            a.doc,
            t.position,
            span.start,
            span.end,
            after.status.as_str()
        ));
        settled.push(after);
    }
    Ok(())
}

fn relocate(
    tx: &Tx<'_>,
    op: OpCtx<'_>,
    a: &Annotation,
    old_text: &str,
    new_text: &str,
    position: usize,
    r: &mut UpdateReport,
) -> Result<Annotation> {
    let replacement = match &a.body {
        Body::Correction { replacement, .. } => Some(replacement.as_str()),
        _ => None,
    };
    let mut after = a.clone();
    match anchor::relocate(old_text, new_text, a.span(), &a.quote(), replacement) {
        Relocation::Unchanged => return Ok(after),
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
        Relocation::Orphaned => {
            orphan(tx, op, a, r)?;
            after.status = AnnStatus::Orphaned;
            return Ok(after);
        }
    }
    tx.update_annotation(a, &after, op)?;
    Ok(after)
}

fn set_span(a: &mut Annotation, span: anchor::Span, q: anchor::Quote) {
    a.start = span.start;
    a.end = span.end;
    a.exact = q.exact;
    a.prefix = q.prefix;
    a.suffix = q.suffix;
}

fn orphan(tx: &Tx<'_>, op: OpCtx<'_>, a: &Annotation, r: &mut UpdateReport) -> Result<()> {
    if a.status == AnnStatus::Orphaned {
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
