//! Attaching a translation to a document that already exists (`import EN --translation-of
//! DOC`): the English is aligned against the document's current source, each link's English
//! becomes a new translation revision of the link's first segment (earlier revisions, states
//! and annotations are kept), and the links are stored, all in one undoable operation.
//!
//! A document that already has a translation is refused unless `replace` is given (a
//! demanding translator does not want reviewed work buried under a machine alignment by a
//! mistyped name); with it, every link the alignment gives gets the new text as a new revision
//! (a segment whose current text is already that keeps its revision and state), the old links
//! are deleted (recorded, so undo puts them back), and segments the new alignment leaves out or
//! joins to an earlier one keep their old revisions in their history, hidden by the link.

use super::aligned::{AlignmentSummary, Plan};
use crate::error::{Conflict, Error, Result};
use crate::formats::text::Paragraphs;
use crate::model::State;
use crate::segment::Lang;
use crate::store::prelude::*;
use crate::store::{Actor, NewRevision, OpCtx, Outcome, Store, Tx};
use serde::{Deserialize, Serialize};

/// What attaching a translation did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attached {
    pub doc: String,
    /// The translation file as named in messages.
    pub translation: String,
    pub segments: usize,
    /// New translation revisions added.
    pub revisions: usize,
    /// Segments whose current translation already was the aligned text (no new revision).
    pub unchanged: usize,
    /// Segments that had a translation before (0 unless replacing).
    pub replaced: usize,
    /// Links stored before that the new alignment replaced.
    pub old_links: usize,
    pub operation: i64,
    pub alignment: AlignmentSummary,
}

/// A translation to attach to document `doc`.
pub struct AttachRequest<'a> {
    pub doc: &'a str,
    /// Language of the translation; None: the document's target language.
    pub lang: Option<Lang>,
    /// Add new revisions over existing translations instead of refusing.
    pub replace: bool,
}

/// Aligns `translation` with the current source of `req.doc` and stores it (see the module).
pub fn attach_translation(
    store: &mut Store,
    actor: &Actor,
    req: &AttachRequest<'_>,
    translation: &mut Paragraphs,
) -> Result<Attached> {
    let label = translation.label().to_string();
    let mut paragraphs = Vec::new();
    while let Some(text) = translation.next_paragraph()? {
        paragraphs.push(text);
    }
    let (report, operation) = store.operation(actor, "import", |tx, op| {
        let (report, summary) = attach_in(tx, op, req, &paragraphs, &label)?;
        let doc = tx.document(req.doc)?;
        Ok(Outcome::changed(report, summary, Some(doc.id)))
    })?;
    Ok(Attached {
        operation: super::recorded(operation),
        ..report
    })
}

/// The work of [`attach_translation`] inside an operation: `paragraphs` of the translation
/// file `label`; the report and the operation's summary.
pub(super) fn attach_in(
    tx: &Tx<'_>,
    op: OpCtx<'_>,
    req: &AttachRequest<'_>,
    paragraphs: &[String],
    label: &str,
) -> Result<(Attached, String)> {
    {
        let doc = tx.document(req.doc)?;
        let lang = match req.lang {
            Some(l) => l,
            None => doc.target_lang.parse().map_err(|_| {
                Error::invalid(
                    "language",
                    format!(
                        "document '{}' has target language '{}', which tolk cannot segment; give --target-lang",
                        doc.name, doc.target_lang
                    ),
                )
            })?,
        };
        let en: Vec<Vec<String>> = paragraphs
            .iter()
            .map(|p| super::sentences_of(p, lang))
            .filter(|p| !p.is_empty())
            .collect();
        let segments = tx.segments(&doc)?;
        let links = tx.links(&doc)?;
        let translated = segments.iter().filter(|s| s.current.is_some()).count();
        if (translated > 0 || !links.is_empty()) && !req.replace {
            return Err(Error::conflict(
                Conflict::Exists,
                format!(
                    "document '{}' already has {translated} translated segments and {} stored links; \
                     --replace-translations adds {label} as new revisions (the old ones stay in the history, undo takes it back)",
                    doc.name,
                    links.len()
                ),
            ));
        }
        // Paragraphs of the current source, by the paragraph numbers the segments carry.
        let mut nl: Vec<Vec<String>> = Vec::new();
        let mut last_para = None;
        for s in &segments {
            if last_para != Some(s.paragraph) {
                nl.push(Vec::new());
                last_para = Some(s.paragraph);
            }
            nl.last_mut().expect("pushed").push(s.source.clone());
        }
        if nl.is_empty() {
            return Err(Error::invalid(
                "document",
                format!(
                    "document '{}' has no segments to align {label} with",
                    doc.name
                ),
            ));
        }
        let lexicon = crate::ops::lexicon::aligner_lexicon(tx)?;
        let plan = Plan::new(&nl, &en, &doc.name, label, &lexicon)?;
        for l in &links {
            tx.delete_link(l.id, op)?;
        }
        let (mut revisions, mut unchanged) = (0, 0);
        for (s, tr) in segments.iter().zip(plan.translations()) {
            let Some(text) = tr else { continue };
            if s.current.as_ref().is_some_and(|c| c.text == text) {
                unchanged += 1;
                continue;
            }
            tx.add_revision(
                s.id,
                &NewRevision {
                    text: &text,
                    state: State::Translated,
                    comment: None,
                },
                op,
            )?;
            revisions += 1;
        }
        let ids: Vec<i64> = segments.iter().map(|s| s.id).collect();
        plan.store_links(tx, &ids, op)?;
        let report = Attached {
            doc: doc.name.clone(),
            translation: label.to_string(),
            segments: segments.len(),
            revisions,
            unchanged,
            replaced: translated,
            old_links: links.len(),
            operation: 0,
            alignment: plan.summary(),
        };
        let summary = format!(
            "attached {label} to {}: {revisions} new revisions, {} links",
            doc.name, report.alignment.links
        );
        Ok((report, summary))
    }
}
