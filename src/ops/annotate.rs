//! Annotations on spans of a segment: marking a correction, attribution, entity or note
//! (`correct`, `attribute`, `annotate`), settling one (`accept`, `reject`), and listing them
//! (`annotations`, `attributions`). Every check against existing annotations runs inside the
//! write transaction, so two users marking at once cannot both pass it.

use crate::anchor::{self, SelectError, Span};
use crate::attribution::Speaker;
use crate::error::{Conflict, Error, Result};
use crate::model::{Address, AnnStatus, Annotation, Body, Document, Kind, SegmentView, Side};
use crate::store::prelude::*;
use crate::store::{Actor, AnnFilter, NewAnnotation, OpCtx, Outcome, Store, Tx};
use crate::text::{excerpt, one_line};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Longest quote of stored or given text in an error message.
const QUOTE: usize = 200;
/// How many occurrences an "occurs N times" error lists.
const LISTED: usize = 10;

/// The segment an annotation goes on, and the text of the chosen side.
pub struct Target {
    pub doc: Document,
    pub seg: SegmentView,
    pub side: Side,
    pub text: String,
}

/// The segment `n` of `doc` and the text of `side`; the target side needs a translation.
pub fn target_at(store: &impl Read, doc: Document, n: usize, side: Side) -> Result<Target> {
    let seg = store.segment(&doc, n)?;
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
    Ok(Target {
        doc,
        seg,
        side,
        text,
    })
}

/// The span of `needle` in the target text, or an error that says what was found instead.
/// Quotes in the error are bounded, and at most [`LISTED`] occurrences are shown, so that a
/// long segment cannot turn into a long (or slow) error.
pub fn select(t: &Target, needle: &str, nth: Option<usize>, what: &'static str) -> Result<Span> {
    let id = t.seg.address();
    let side = t.side;
    let shown = excerpt(needle, QUOTE);
    // Text typed in another Unicode normal form than the published one (NFD `é` against NFC)
    // still finds its span; the span and quote stay those of the published text.
    if let Some(span) = anchor::canonical_match(&t.text, needle, nth) {
        return Ok(span);
    }
    anchor::select(&t.text, needle, nth).map_err(|e| match e {
        SelectError::EmptyNeedle => Error::invalid(
            "text",
            format!("{what} is empty; give the exact text to mark in {id}"),
        ),
        SelectError::NotFound => Error::not_found(
            "text",
            shown.clone(),
            format!(
                "{what} ‘{shown}’ not found in the {side} of {id}: “{}”",
                excerpt(&t.text, QUOTE)
            ),
        ),
        SelectError::Ambiguous(all) => Error::conflict(
            Conflict::Ambiguous,
            format!(
                "{what} ‘{shown}’ occurs {} times in the {side} of {id}; choose one with --nth: {}",
                all.len(),
                listed(&t.text, &all)
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

/// "1 …before [it] after…, 2 …" for the first [`LISTED`] occurrences, then how many more.
/// One pass over the text: listing occurrences of a common word in a 5 MB segment stays
/// linear.
fn listed(text: &str, all: &[Span]) -> String {
    const WIDTH: usize = 12;
    let shown = &all[..all.len().min(LISTED)];
    let mut wanted: Vec<usize> = shown
        .iter()
        .flat_map(|s| [s.start.saturating_sub(WIDTH), s.start, s.end, s.end + WIDTH])
        .collect();
    wanted.sort_unstable();
    wanted.dedup();
    let last = wanted.last().copied().unwrap_or(0);
    let mut byte: HashMap<usize, usize> = HashMap::new();
    let mut want = wanted.iter().peekable();
    for (cp, (b, _)) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
        .enumerate()
    {
        while want.next_if(|w| **w == cp).is_some() {
            byte.insert(cp, b);
        }
        if cp >= last {
            break;
        }
    }
    // Offsets past the end of the text fall on its end.
    let at = |cp: usize| byte.get(&cp).copied().unwrap_or(text.len());
    let mut parts: Vec<String> = shown
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let pre = &text[at(s.start.saturating_sub(WIDTH))..at(s.start)];
            let exact = &text[at(s.start)..at(s.end)];
            let post = &text[at(s.end)..at(s.end + WIDTH)];
            format!(
                "{} …{}[{}]{}…",
                i + 1,
                one_line(pre),
                excerpt(exact, 60),
                one_line(post)
            )
        })
        .collect();
    if all.len() > shown.len() {
        parts.push(format!("… and {} more", all.len() - shown.len()));
    }
    parts.join(", ")
}

/// Inserts an annotation unless an identical one is already there (same side, span and
/// fields, not rejected: returns its id and false). An accepted correction may not overlap
/// another accepted correction of the same text.
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
            return Err(Error::conflict(
                Conflict::Overlap,
                format!(
                    "this correction ({}–{} → ‘{}’) overlaps accepted correction #{} (‘{}’ → ‘{}’ at {}–{}) in {}; reject that one first",
                    span.start,
                    span.end,
                    excerpt(replacement, QUOTE),
                    other.id,
                    excerpt(&other.exact, QUOTE),
                    excerpt(r2, QUOTE),
                    other.start,
                    other.end,
                    other.segment.as_deref().unwrap_or(&other.doc),
                ),
            ));
        }
    }
    Ok(())
}

/// A span to mark: in segment `address`, on `side`, the `nth` occurrence of `text`, marked
/// with `body` (a correction, attribution, entity or note) in `status`.
#[derive(Debug, Clone)]
pub struct Mark {
    pub address: Address,
    pub side: Side,
    /// The text to mark, exactly as it appears in the segment.
    pub text: String,
    /// Which occurrence, 1-based, when `text` occurs more than once.
    pub nth: Option<usize>,
    pub body: Body,
    pub status: AnnStatus,
}

/// What marking did: the new annotation, or the identical one that was already there.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Marked {
    pub changed: bool,
    pub annotation: Annotation,
    /// None when nothing changed.
    #[serde(default)]
    pub operation: Option<i64>,
    /// What the user should know: a speaker given another role or organisation than elsewhere
    /// in the document.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

/// Marks a span with an annotation, in one operation named after its kind (`correct`,
/// `attribute`, `annotate`), unless the very same annotation is already there.
pub fn mark(store: &mut Store, actor: &Actor, request: &Mark) -> Result<Marked> {
    request.address.needs_segment()?;
    let body = tidy(&request.body);
    let kind = body.kind();
    let (command, what) = match kind {
        Kind::Correction => ("correct", "FROM"),
        Kind::Attribution => ("attribute", "claim"),
        Kind::Entity | Kind::Note => ("annotate", "text"),
    };
    validate(&body, &request.text)?;
    if kind == Kind::Correction && request.side == Side::Target {
        return Err(target_correction(&request.address.to_string()));
    }
    let (report, operation) = store.operation(actor, command, |tx, op| {
        let doc = tx.document(&request.address.doc)?;
        let n = tx.locate(&doc, &request.address)?;
        let t = target_at(tx, doc, n, request.side)?;
        let span = select(&t, &request.text, request.nth, what)?;
        if let Body::Attribution { cue: Some(cue), .. } = &body
            && !t.text.contains(cue.as_str())
        {
            return Err(Error::not_found(
                "text",
                excerpt(cue, QUOTE),
                format!(
                    "cue ‘{}’ does not occur in {}",
                    excerpt(cue, QUOTE),
                    t.seg.address()
                ),
            ));
        }
        let notes = match &body {
            Body::Attribution {
                speaker,
                role,
                organisation,
                ..
            } => speaker_conflicts(tx, &t, speaker, role.as_deref(), organisation.as_deref())?,
            _ => Vec::new(),
        };
        let (id, created) = add(tx, op, &t, span, &body, request.status)?;
        let report = Marked {
            changed: created,
            annotation: tx.annotation(id)?,
            operation: None,
            notes,
        };
        if !created {
            return Ok(Outcome::Unchanged(report));
        }
        let address = t.seg.address();
        let summary = match &body {
            Body::Correction { replacement, .. } => format!(
                "{address} ‘{}’ → ‘{}’ #{id} ({})",
                one_line(&request.text),
                one_line(replacement),
                request.status
            ),
            Body::Attribution { speaker, .. } => format!("{address} claim #{id} → {speaker}"),
            Body::Entity { .. } | Body::Note { .. } => format!("{address} {kind} #{id}"),
        };
        Ok(Outcome::changed(report, summary, Some(t.doc.id)))
    })?;
    Ok(Marked {
        operation,
        ..report
    })
}

/// Where the document already gives `speaker` another role or organisation: one line each, so
/// that a conflicting `--role` is said, not silently kept beside the other.
fn speaker_conflicts(
    tx: &crate::store::Tx<'_>,
    t: &Target,
    speaker: &str,
    role: Option<&str>,
    organisation: Option<&str>,
) -> Result<Vec<String>> {
    let existing = tx.annotations(&AnnFilter {
        document_id: Some(t.doc.id),
        kind: Some(Kind::Attribution),
        ..Default::default()
    })?;
    let mut notes = Vec::new();
    for a in &existing {
        let Body::Attribution {
            speaker: other,
            role: other_role,
            organisation: other_org,
            ..
        } = &a.body
        else {
            continue;
        };
        if !other.trim().eq_ignore_ascii_case(speaker.trim()) || a.status == AnnStatus::Rejected {
            continue;
        }
        let at = a.segment.as_deref().unwrap_or(&a.doc);
        for (what, given, before) in [
            ("role", role, other_role.as_deref()),
            ("organisation", organisation, other_org.as_deref()),
        ] {
            if let (Some(given), Some(before)) = (given, before)
                && !given.trim().eq_ignore_ascii_case(before.trim())
            {
                let note = format!(
                    "{} has {what} ‘{}’ in #{} ({at}), not ‘{}’: both are kept; `tolk annotations {} --kind attribution` lists them",
                    one_line(speaker),
                    one_line(before),
                    a.id,
                    one_line(given),
                    t.doc.name
                );
                if !notes.contains(&note) {
                    notes.push(note);
                }
            }
        }
    }
    Ok(notes)
}

/// The body as stored: names trimmed, empty optional fields dropped.
fn tidy(body: &Body) -> Body {
    let nonempty = |s: &Option<String>| s.clone().filter(|v| !v.trim().is_empty());
    match body {
        Body::Correction {
            replacement,
            category,
            note,
            fixed_upstream,
        } => Body::Correction {
            replacement: replacement.clone(),
            category: *category,
            note: nonempty(note),
            fixed_upstream: fixed_upstream.clone(),
        },
        Body::Attribution {
            speaker,
            role,
            organisation,
            cue,
            note,
        } => Body::Attribution {
            speaker: speaker.trim().to_string(),
            role: nonempty(role),
            organisation: nonempty(organisation),
            cue: nonempty(cue),
            note: nonempty(note),
        },
        Body::Entity { entity_type } => Body::Entity {
            entity_type: *entity_type,
        },
        Body::Note { text } => Body::Note {
            text: text.trim().to_string(),
        },
    }
}

/// Refuses a body that says nothing: a correction to the same or no text, an attribution
/// without a speaker, a note without text.
fn validate(body: &Body, from: &str) -> Result<()> {
    match body {
        Body::Correction { replacement, .. } if replacement == from => Err(Error::invalid(
            "replacement",
            format!(
                "replacement ‘{}’ equals the original; nothing to correct",
                excerpt(replacement, QUOTE)
            ),
        )),
        Body::Correction { replacement, .. } if replacement.is_empty() => Err(Error::invalid(
            "replacement",
            "empty replacement; to delete text, include a neighbour (e.g. FROM ‘de de’ TO ‘de’)",
        )),
        Body::Attribution { speaker, .. } if speaker.is_empty() => Err(Error::invalid(
            "speaker",
            "--speaker is empty; name who makes the claim",
        )),
        Body::Note { text } if text.is_empty() => {
            Err(Error::invalid("note", "a note needs --text"))
        }
        _ => Ok(()),
    }
}

/// What `accept` or `reject` did: the annotation in its (new) status.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Settled {
    pub changed: bool,
    pub annotation: Annotation,
    /// None when nothing changed.
    #[serde(default)]
    pub operation: Option<i64>,
}

/// Sets an annotation's status (`accepted` or `rejected`, or back to `proposed`). Accepting a
/// correction is refused when it would overlap another accepted correction, and an orphaned
/// annotation keeps its status (its span is gone).
pub fn set_status(store: &mut Store, actor: &Actor, id: i64, status: AnnStatus) -> Result<Settled> {
    let mut all = set_statuses(store, actor, &[id], status)?;
    Ok(all.settled.remove(0))
}

/// What `accept`/`reject` of several ids did: each annotation, in the order given, and the one
/// operation that changed them (None when none changed).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SettledAll {
    pub settled: Vec<Settled>,
    pub operation: Option<i64>,
}

/// [`set_status`] for several annotations in one operation: all of them or, when one is
/// refused, none.
pub fn set_statuses(
    store: &mut Store,
    actor: &Actor,
    ids: &[i64],
    status: AnnStatus,
) -> Result<SettledAll> {
    let command = match status {
        AnnStatus::Accepted => "accept",
        AnnStatus::Rejected => "reject",
        _ => "status",
    };
    let (mut report, operation) = store.operation(actor, command, |tx, op| {
        let mut settled = Vec::with_capacity(ids.len());
        let mut summaries = Vec::new();
        let mut doc = None;
        for &id in ids {
            let (one, summary, d) = settle(tx, op, id, status)?;
            if let Some(summary) = summary {
                summaries.push(summary);
                doc = doc.or(d);
            }
            settled.push(one);
        }
        let report = SettledAll {
            settled,
            operation: None,
        };
        if summaries.is_empty() {
            return Ok(Outcome::Unchanged(report));
        }
        Ok(Outcome::changed(report, summaries.join("; "), doc))
    })?;
    for s in &mut report.settled {
        if s.changed {
            s.operation = operation;
        }
    }
    report.operation = operation;
    Ok(report)
}

/// One annotation's status change inside an operation: the result, the summary when it
/// changed, and its document.
fn settle(
    tx: &crate::store::Tx<'_>,
    op: crate::store::OpCtx<'_>,
    id: i64,
    status: AnnStatus,
) -> Result<(Settled, Option<String>, Option<i64>)> {
    let before = tx.annotation(id)?;
    if before.status == status {
        return Ok((
            Settled {
                changed: false,
                annotation: before,
                operation: None,
            },
            None,
            None,
        ));
    }
    // An orphaned annotation's offsets point at text that is gone: it keeps its status
    // until `import --update` finds its quote again (rejected, it could be accepted later).
    if before.status == AnnStatus::Orphaned {
        return Err(Error::conflict(
            Conflict::Stale,
            format!(
                "#{id} is orphaned (its text ‘{}’ is no longer in the segment); mark it again where it belongs",
                excerpt(&before.exact, QUOTE)
            ),
        ));
    }
    if status == AnnStatus::Accepted
        && before.side == Side::Target
        && before.body.kind() == Kind::Correction
    {
        return Err(target_correction(
            before.segment.as_deref().unwrap_or(&before.doc),
        ));
    }
    if status == AnnStatus::Accepted {
        let siblings = tx.annotations(&AnnFilter {
            segment_id: Some(before.segment_id),
            ..Default::default()
        })?;
        check_overlap(
            &siblings,
            before.side,
            before.span(),
            &before.body,
            Some(before.id),
        )?;
    }
    let mut after = before.clone();
    after.status = status;
    tx.update_annotation(&before, &after, op)?;
    let doc = tx.find_document(&before.doc)?.map(|d| d.id);
    Ok((
        Settled {
            changed: true,
            annotation: tx.annotation(id)?,
            operation: None,
        },
        Some(format!("#{id} {} → {status}", before.status)),
        doc,
    ))
}

/// Corrections mark the published source, which is never rewritten; a translation is ours to
/// fix, by a new revision that keeps the history (a correction of it would be recorded and
/// then shown and exported nowhere).
fn target_correction(address: &str) -> Error {
    Error::invalid(
        "correction",
        format!(
            "corrections mark the published source; fix the translation of {address} with a new \
             revision instead: tolk translate {address} TEXT (the history keeps the old one)"
        ),
    )
}

/// Which annotations to list: all, a document's (`DOC`) or a segment's (`DOC:N`), of one kind
/// or status.
#[derive(Debug, Clone, Default)]
pub struct Listing {
    pub address: Option<Address>,
    pub kind: Option<Kind>,
    pub status: Option<AnnStatus>,
}

/// Annotations in document order.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Annotations(pub Vec<Annotation>);

pub fn annotations(store: &impl Read, listing: &Listing) -> Result<Annotations> {
    let mut filter = AnnFilter {
        kind: listing.kind,
        status: listing.status,
        ..Default::default()
    };
    if let Some(address) = &listing.address {
        let doc = store.document(&address.doc)?;
        filter.document_id = Some(doc.id);
        if address.is_segment() {
            filter.segment_id = Some(store.segment(&doc, store.locate(&doc, address)?)?.id);
        }
    }
    Ok(Annotations(store.annotations(&filter)?))
}

/// Who said what in a document.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Attributions {
    pub doc: String,
    pub speakers: Vec<Speaker>,
    /// Speakers that look like one person written two ways, with the merge to make.
    #[serde(default)]
    pub hints: Vec<crate::attribution::MergeHint>,
}

pub fn attributions(store: &impl Read, doc: &str) -> Result<Attributions> {
    crate::model::check_doc_name(doc)?;
    let doc = store.document(doc)?;
    let speakers = speakers(store, &doc)?;
    Ok(Attributions {
        hints: crate::attribution::merge_hints(&speakers),
        speakers,
        doc: doc.name,
    })
}

/// Merging one speaker into another: every attribution of `speaker` in `doc` is given to
/// `into` instead.
#[derive(Debug, Clone)]
pub struct SpeakerMerge {
    pub doc: String,
    pub speaker: String,
    pub into: String,
}

/// One attribution a merge gave to another speaker.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct MergedClaim {
    pub id: i64,
    pub segment: Option<String>,
    pub claim: String,
    pub status: AnnStatus,
}

/// What a merge did: the claims it moved, and the operation (undo takes it back as a whole).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SpeakersMerged {
    pub doc: String,
    pub speaker: String,
    pub into: String,
    /// Whether `into` already had claims (else the merge renamed the speaker).
    pub existing: bool,
    pub claims: Vec<MergedClaim>,
    pub operation: Option<i64>,
}

/// Gives every attribution of `speaker` in the document (whatever its status) to `into`, in
/// one operation; their roles, organisations and cues stay as they were.
pub fn merge_speakers(
    store: &mut Store,
    actor: &Actor,
    request: &SpeakerMerge,
) -> Result<SpeakersMerged> {
    crate::model::check_doc_name(&request.doc)?;
    let from = request.speaker.trim();
    let into = request.into.trim();
    if from.is_empty() || into.is_empty() {
        return Err(Error::invalid(
            "speaker",
            "--merge and --into need a speaker's name each",
        ));
    }
    if from == into {
        return Err(Error::invalid(
            "speaker",
            format!(
                "--merge and --into both name ‘{}’; nothing to merge",
                excerpt(from, QUOTE)
            ),
        ));
    }
    let (report, operation) = store.operation(actor, "merge-speakers", |tx, op| {
        let doc = tx.document(&request.doc)?;
        let anns = tx.annotations(&AnnFilter {
            document_id: Some(doc.id),
            kind: Some(Kind::Attribution),
            ..Default::default()
        })?;
        let speaker_of = |a: &Annotation| match &a.body {
            Body::Attribution { speaker, .. } => Some(speaker.trim().to_string()),
            _ => None,
        };
        let moving: Vec<&Annotation> = anns
            .iter()
            .filter(|a| speaker_of(a).as_deref() == Some(from))
            .collect();
        if moving.is_empty() {
            let mut known: Vec<String> = anns.iter().filter_map(speaker_of).collect();
            known.sort();
            known.dedup();
            return Err(Error::not_found(
                "speaker",
                from.to_string(),
                format!(
                    "no speaker ‘{}’ in {} (speakers: {})",
                    excerpt(from, QUOTE),
                    doc.name,
                    if known.is_empty() {
                        "none".to_string()
                    } else {
                        known
                            .iter()
                            .map(|k| format!("‘{}’", excerpt(k, 60)))
                            .collect::<Vec<_>>()
                            .join(", ")
                    }
                ),
            ));
        }
        let existing = anns.iter().any(|a| speaker_of(a).as_deref() == Some(into));
        let mut claims = Vec::new();
        for a in moving {
            let mut after = a.clone();
            if let Body::Attribution { speaker, .. } = &mut after.body {
                *speaker = into.to_string();
            }
            tx.update_annotation(a, &after, op)?;
            claims.push(MergedClaim {
                id: a.id,
                segment: a.segment.clone(),
                claim: a.exact.clone(),
                status: a.status,
            });
        }
        let summary = format!(
            "{}: speaker ‘{}’ merged into ‘{}’: {} claim{} ({})",
            doc.name,
            one_line(from),
            one_line(into),
            claims.len(),
            if claims.len() == 1 { "" } else { "s" },
            claims
                .iter()
                .map(|c| format!("#{}", c.id))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let report = SpeakersMerged {
            doc: doc.name.clone(),
            speaker: from.to_string(),
            into: into.to_string(),
            existing,
            claims,
            operation: None,
        };
        Ok(Outcome::changed(report, summary, Some(doc.id)))
    })?;
    Ok(SpeakersMerged {
        operation,
        ..report
    })
}

/// The attribution report of `doc`: speakers with their claims and translated segments.
pub fn speakers(store: &impl Read, doc: &Document) -> Result<Vec<Speaker>> {
    let anns = store.annotations(&AnnFilter {
        document_id: Some(doc.id),
        kind: Some(Kind::Attribution),
        ..Default::default()
    })?;
    let translations: HashMap<i64, String> = store
        .segments(doc)?
        .into_iter()
        .filter_map(|s| s.current.map(|t| (s.id, t.text)))
        .collect();
    Ok(crate::attribution::by_speaker(&anns, &|id| {
        translations.get(&id).cloned()
    }))
}
