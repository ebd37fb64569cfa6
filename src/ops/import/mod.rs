//! Getting documents in: a plain text (with its translation) streamed paragraph by paragraph,
//! a bilingual exchange file ([`bilingual`]), a new version of a document ([`update`]) and
//! stand-off annotations ([`annotations`]). Each import is one operation, all or nothing.

pub mod annotations;
pub mod bilingual;
pub mod update;

use super::Progress;
use crate::error::{Conflict, Error, Result};
use crate::formats::text::Paragraphs;
use crate::model::{NewSegment, State, check_doc_name};
use crate::segment::{Lang, Paragraph};
use crate::store::prelude::*;
use crate::store::{Actor, NewDocument, NewRevision, OpCtx, Outcome, Store, Tx};
use serde::{Deserialize, Serialize};

/// What importing a text (or storing a [`Prepared`] document) did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Imported {
    pub doc: String,
    pub segments: usize,
    pub paragraphs: usize,
    pub translated: usize,
    pub operation: i64,
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
    mut target: Option<&mut Paragraphs>,
    progress: &dyn Progress,
) -> Result<Imported> {
    check_doc_name(&req.name)?;
    let (lang, target_lang) = (req.lang, req.target_lang);
    let (report, operation) = store.operation(actor, "import", |tx, op| {
        let replaced = claim_name(tx, op, &req.name, req.replace)?;
        let doc_id = tx.insert_document_header(
            &NewDocument {
                name: &req.name,
                source_lang: lang.code(),
                target_lang: target_lang.code(),
                title: req.title.as_deref(),
                origin: Some(&req.origin),
            },
            op,
        )?;
        let (mut segments, mut paragraphs, mut translated) = (0usize, 0usize, 0usize);
        while let Some(text) = source.next_paragraph()? {
            progress.set(source.offset());
            paragraphs += 1;
            let Some(src) = crate::segment::segment(&text, lang).into_iter().next() else {
                continue;
            };
            let pairs: Vec<(String, Option<String>)> = match target.as_deref_mut() {
                None => src
                    .sentences
                    .iter()
                    .map(|s| (crate::align::sentence_text(&s.text), None))
                    .collect(),
                Some(t) => {
                    let label = t.label().to_string();
                    let Some(ttext) = t.next_paragraph()? else {
                        return Err(count_mismatch(source, paragraphs, &label));
                    };
                    let tp = crate::segment::segment(&ttext, target_lang)
                        .into_iter()
                        .next()
                        .unwrap_or(Paragraph {
                            start: 0,
                            end: 0,
                            sentences: Vec::new(),
                        });
                    crate::align::pair_paragraph(paragraphs, &src, &tp, &label)?
                        .into_iter()
                        .map(|(a, b)| (a, Some(b)))
                        .collect()
                }
            };
            for (text, tr) in pairs {
                segments += 1;
                let rev = tr.as_deref().map(|text| NewRevision {
                    text,
                    state: State::Translated,
                    comment: None,
                });
                translated += usize::from(rev.is_some());
                tx.append_segment(
                    doc_id,
                    segments,
                    paragraphs,
                    &text,
                    rev.as_ref(),
                    None,
                    None,
                    op,
                )?;
            }
        }
        if segments == 0 {
            return Err(Error::invalid(
                "file",
                format!("{}: file is empty (no text to import)", req.origin),
            ));
        }
        if let Some(t) = target
            && t.next_paragraph()?.is_some()
        {
            let label = t.label().to_string();
            let extra = 1 + std::iter::from_fn(|| t.next_paragraph().transpose()).count();
            return Err(crate::align::paragraph_count_mismatch(
                &label,
                paragraphs,
                paragraphs + extra,
            ));
        }
        let summary = format!(
            "{} {} from {}: {segments} segments in {paragraphs} paragraphs, {translated} translated",
            if replaced { "replaced" } else { "imported" },
            req.name,
            req.origin,
        );
        let report = Imported {
            doc: req.name.clone(),
            segments,
            paragraphs,
            translated,
            operation: 0,
        };
        Ok(Outcome::changed(report, summary, Some(doc_id)))
    })?;
    Ok(Imported {
        operation: recorded(operation),
        ..report
    })
}

/// The translation ran out of paragraphs before the source: count the rest for the message.
fn count_mismatch(source: &mut Paragraphs, at: usize, label: &str) -> Error {
    let mut total = at;
    loop {
        match source.next_paragraph() {
            Ok(Some(_)) => total += 1,
            Ok(None) => break,
            Err(e) => return e,
        }
    }
    crate::align::paragraph_count_mismatch(label, total, at - 1)
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
