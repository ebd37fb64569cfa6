//! Getting documents in: a plain text (with its translation) streamed paragraph by paragraph,
//! a bilingual exchange file ([`bilingual`]), a new version of a document ([`update`]) and
//! stand-off annotations ([`annotations`]). Each import is one operation, all or nothing.

pub mod aligned;
pub mod annotations;
pub mod attach;
pub mod bilingual;
pub mod merge;
pub mod update;

use super::Progress;
use crate::error::{Conflict, Error, Result};
use crate::formats::text::Paragraphs;
use crate::model::{NewSegment, State, check_doc_name};
use crate::segment::{Lang, Paragraph};
use crate::store::prelude::*;
use crate::store::{Actor, NewDocument, NewRevision, OpCtx, Outcome, Store, Tx};
use aligned::{AlignmentSummary, Plan};
use serde::{Deserialize, Serialize};

/// What importing a text (or storing a [`Prepared`] document) did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Imported {
    pub doc: String,
    pub segments: usize,
    pub paragraphs: usize,
    pub translated: usize,
    pub operation: i64,
    /// How the translation was aligned with the source, when one was given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alignment: Option<AlignmentSummary>,
}

/// A plain-text import: the document to create and where its text comes from.
#[derive(Debug, Clone)]
pub struct TextImport {
    pub name: String,
    pub lang: Lang,
    pub target_lang: Lang,
    pub title: Option<String>,
    /// The source file as named in messages and the log.
    pub origin: String,
    /// Replace an existing document of the same name (recorded, so undo brings it back).
    pub replace: bool,
}

/// Imports a text (and its translation, paragraph for paragraph) inside one transaction,
/// streaming, so memory stays flat however long the file; any error rolls everything back.
pub fn import_text(
    store: &mut Store,
    actor: &Actor,
    req: &TextImport,
    source: &mut Paragraphs,
    target: Option<&mut Paragraphs>,
    progress: &dyn Progress,
) -> Result<Imported> {
    check_doc_name(&req.name)?;
    if let Some(target) = target {
        return import_aligned(store, actor, req, source, target, progress);
    }
    let lang = req.lang;
    let (report, operation) = store.operation(actor, "import", |tx, op| {
        let replaced = claim_name(tx, op, &req.name, req.replace)?;
        let doc_id = insert_header(tx, req, op)?;
        let (mut segments, mut paragraphs) = (0usize, 0usize);
        while let Some(text) = source.next_paragraph()? {
            progress.set(source.offset());
            paragraphs += 1;
            let Some(src) = crate::segment::segment(&text, lang).into_iter().next() else {
                continue;
            };
            for s in &src.sentences {
                segments += 1;
                let text = crate::align::sentence_text(&s.text);
                tx.append_segment(
                    doc_id,
                    segments,
                    paragraphs,
                    &text,
                    None,
                    None,
                    None,
                    Default::default(),
                    op,
                )?;
            }
        }
        if segments == 0 {
            return Err(empty_file(req));
        }
        let report = Imported {
            doc: req.name.clone(),
            segments,
            paragraphs,
            translated: 0,
            operation: 0,
            alignment: None,
        };
        let summary = import_summary(req, replaced, &report);
        Ok(Outcome::changed(report, summary, Some(doc_id)))
    })?;
    Ok(Imported {
        operation: recorded(operation),
        ..report
    })
}

fn insert_header(tx: &Tx<'_>, req: &TextImport, op: OpCtx<'_>) -> Result<i64> {
    tx.insert_document_header(
        &NewDocument {
            name: &req.name,
            source_lang: req.lang.code(),
            target_lang: req.target_lang.code(),
            title: req.title.as_deref(),
            origin: Some(&req.origin),
            extra: None,
        },
        op,
    )
}

fn empty_file(req: &TextImport) -> Error {
    Error::invalid(
        "file",
        format!("{}: file is empty (no text to import)", req.origin),
    )
}

fn import_summary(req: &TextImport, replaced: bool, r: &Imported) -> String {
    let links = match &r.alignment {
        Some(a) if a.origin == crate::model::LinkOrigin::Aligner => format!(
            ", aligned: {} links, {} 1-1, {} other, {} low-confidence",
            a.links,
            a.one_to_one,
            a.links - a.one_to_one,
            a.low_confidence
        ),
        _ => String::new(),
    };
    format!(
        "{} {} from {}: {} segments in {} paragraphs, {} translated{links}",
        if replaced { "replaced" } else { "imported" },
        req.name,
        req.origin,
        r.segments,
        r.paragraphs,
        r.translated,
    )
}

/// Paragraphs of sentences of a text read whole (a paragraph without a sentence is kept,
/// empty, so that paragraph numbers stay those of the file).
pub(crate) fn read_sentences(
    input: &mut Paragraphs,
    lang: Lang,
    progress: Option<&dyn Progress>,
) -> Result<Vec<Vec<String>>> {
    let mut out = Vec::new();
    while let Some(text) = input.next_paragraph()? {
        if let Some(p) = progress {
            p.set(input.offset());
        }
        out.push(sentences_of(&text, lang));
    }
    Ok(out)
}

/// The sentences of one paragraph's text, as an import stores them.
pub(crate) fn sentences_of(text: &str, lang: Lang) -> Vec<String> {
    crate::segment::segment(text, lang)
        .into_iter()
        .next()
        .map(|p: Paragraph| {
            p.sentences
                .iter()
                .map(|s| crate::align::sentence_text(&s.text))
                .collect()
        })
        .unwrap_or_default()
}

/// Imports a text with its translation: both are read whole and aligned (see [`aligned`]),
/// then stored in one operation.
fn import_aligned(
    store: &mut Store,
    actor: &Actor,
    req: &TextImport,
    source: &mut Paragraphs,
    target: &mut Paragraphs,
    progress: &dyn Progress,
) -> Result<Imported> {
    let nl = read_sentences(source, req.lang, Some(progress))?;
    if nl.iter().all(Vec::is_empty) {
        return Err(empty_file(req));
    }
    let label = target.label().to_string();
    let en = read_sentences(target, req.target_lang, None)?;
    // The aligner sees paragraphs with sentences; segments keep the file's paragraph numbers.
    let nl_paras: Vec<Vec<String>> = nl.iter().filter(|p| !p.is_empty()).cloned().collect();
    let en_paras: Vec<Vec<String>> = en.into_iter().filter(|p| !p.is_empty()).collect();
    // The store's own lexicon is evidence for the aligner, not data the write depends on: it
    // is read before the operation, so the write lock is not held while aligning.
    let lexicon = crate::ops::lexicon::aligner_lexicon(store)?;
    let plan = Plan::new(&nl_paras, &en_paras, &req.origin, &label, &lexicon)?;
    let translations = plan.translations();
    let (report, operation) = store.operation(actor, "import", |tx, op| {
        let replaced = claim_name(tx, op, &req.name, req.replace)?;
        let doc_id = insert_header(tx, req, op)?;
        let mut ids = Vec::with_capacity(translations.len());
        let mut translated = 0;
        for (paragraph, sentence) in nl
            .iter()
            .enumerate()
            .flat_map(|(p, s)| s.iter().map(move |s| (p + 1, s)))
        {
            let tr = &translations[ids.len()];
            let rev = tr.as_deref().map(|text| NewRevision {
                text,
                state: State::Translated,
                comment: None,
            });
            translated += usize::from(rev.is_some());
            let position = ids.len() + 1;
            ids.push(tx.append_segment(
                doc_id,
                position,
                paragraph,
                sentence,
                rev.as_ref(),
                None,
                None,
                Default::default(),
                op,
            )?);
        }
        plan.store_links(tx, &ids, op)?;
        let report = Imported {
            doc: req.name.clone(),
            segments: ids.len(),
            paragraphs: nl.len(),
            translated,
            operation: 0,
            alignment: Some(plan.summary()),
        };
        let summary = import_summary(req, replaced, &report);
        Ok(Outcome::changed(report, summary, Some(doc_id)))
    })?;
    Ok(Imported {
        operation: recorded(operation),
        ..report
    })
}

/// A document segmented and aligned in memory, ready to be stored: for texts that are held
/// whole anyway (the shipped corpus, a new version to match against the old one).
#[derive(Debug, Clone)]
pub struct Prepared {
    pub name: String,
    pub lang: Lang,
    pub target_lang: Lang,
    pub title: Option<String>,
    pub origin: Option<String>,
    pub segments: Vec<NewSegment>,
    pub paragraphs: usize,
}

impl Prepared {
    /// Segments `source` (and aligns `translation`, a text with its label, by structure).
    pub fn from_texts(
        name: String,
        source: &str,
        lang: Lang,
        translation: Option<(&str, &str)>,
        target_lang: Lang,
    ) -> Result<Prepared> {
        let paras = crate::segment::segment(source, lang);
        let segments = match translation {
            None => crate::align::source_only(&paras),
            Some((text, label)) => {
                let target = crate::segment::segment(text, target_lang);
                crate::align::by_structure(&paras, &target, label)?
            }
        };
        Ok(Prepared {
            name,
            lang,
            target_lang,
            title: None,
            origin: None,
            segments,
            paragraphs: paras.len(),
        })
    }
}

/// Stores a prepared document in one operation; refuses an existing name unless `replace`.
pub fn store_prepared(
    store: &mut Store,
    actor: &Actor,
    doc: &Prepared,
    replace: bool,
) -> Result<Imported> {
    check_doc_name(&doc.name)?;
    let translated = doc
        .segments
        .iter()
        .filter(|s| s.translation.is_some())
        .count();
    let ((), operation) = store.operation(actor, "import", |tx, op| {
        let replaced = claim_name(tx, op, &doc.name, replace)?;
        let doc_id = tx.insert_document(
            &NewDocument {
                name: &doc.name,
                source_lang: doc.lang.code(),
                target_lang: doc.target_lang.code(),
                title: doc.title.as_deref(),
                origin: doc.origin.as_deref(),
                extra: None,
            },
            &doc.segments,
            op,
        )?;
        let summary = format!(
            "{} {}{}: {} segments in {} paragraphs, {} translated",
            if replaced { "replaced" } else { "imported" },
            doc.name,
            doc.origin
                .as_deref()
                .map(|o| format!(" from {o}"))
                .unwrap_or_default(),
            doc.segments.len(),
            doc.paragraphs,
            translated
        );
        Ok(Outcome::changed((), summary, Some(doc_id)))
    })?;
    Ok(Imported {
        doc: doc.name.clone(),
        segments: doc.segments.len(),
        paragraphs: doc.paragraphs,
        translated,
        operation: recorded(operation),
        alignment: None,
    })
}

/// Makes way for a new document called `name`: refuses an existing one unless `replace`, in
/// which case the old one is deleted (recorded, so undo brings it back). True if replaced.
pub(crate) fn claim_name(tx: &Tx<'_>, op: OpCtx<'_>, name: &str, replace: bool) -> Result<bool> {
    let Some(old) = tx.find_document(name)? else {
        return Ok(false);
    };
    if !replace {
        return Err(Error::conflict(
            Conflict::Exists,
            format!(
                "document '{name}' already exists ({} segments); use --replace to overwrite it or --doc to choose another name",
                old.segments
            ),
        ));
    }
    tx.delete_document(old.id, op)?;
    Ok(true)
}

/// The id of an operation that wrote something (every import does, or fails).
fn recorded(operation: Option<i64>) -> i64 {
    operation.expect("a changed outcome records its operation")
}

/// What `segment` gives: a text's paragraphs and sentences with their code-point offsets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segmented {
    pub lang: String,
    pub paragraphs: Vec<Paragraph>,
}

/// Splits a text into paragraphs and sentences, as an import would; touches no database.
pub fn segment_text(text: &str, lang: Lang) -> Segmented {
    Segmented {
        lang: lang.code().to_string(),
        paragraphs: crate::segment::segment(text, lang),
    }
}
