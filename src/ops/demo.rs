//! Setting up a database: `init` creates or migrates one; `demo` builds one from the shipped
//! corpus (the article, its translation and its annotations) and reads it back for the tour.

use super::import::annotations::{AnnotationsImported, import_annotations};
use super::import::{Imported, Prepared, store_prepared};
use crate::attribution::Speaker;
use crate::corpus;
use crate::error::{Conflict, Error, Result};
use crate::model::{Annotation, Document, Operation, SegmentView};
use crate::store::prelude::*;
use crate::store::{Actor, LATEST_VERSION, Mode, OpScope, Store};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// What `init` did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Initialized {
    pub db: String,
    pub schema_version: usize,
    /// False when the database existed (and was migrated if it was older).
    pub created: bool,
}

/// Creates the database at `db`, or brings an older one up to date.
pub fn init(db: &Path) -> Result<Initialized> {
    let existed = db.exists();
    Store::open(db, Mode::Write)?;
    Ok(Initialized {
        db: db.display().to_string(),
        schema_version: LATEST_VERSION,
        created: !existed,
    })
}

/// What `demo` built: per corpus document, its import and its annotations.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DemoReport {
    pub db: PathBuf,
    pub documents: Vec<DemoDocument>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DemoDocument {
    pub imported: Imported,
    pub annotations: AnnotationsImported,
    /// The document as the tour shows it, read back after the imports (not part of the JSON).
    #[serde(skip)]
    pub tour: Option<Tour>,
}

/// One document of the tour: the aligned view and who says what.
#[derive(Debug, Clone)]
pub struct Tour {
    /// With its progress counts.
    pub doc: Document,
    pub segments: Vec<SegmentView>,
    pub annotations: HashMap<i64, Vec<Annotation>>,
    pub speakers: Vec<Speaker>,
}

/// Rebuilds the database at `db` from the shipped corpus. An existing database is replaced
/// only when it holds nothing but what a demo wrote (the corpus imports): other documents, or
/// any work done since (a translation, an undo …), are refused unless `force`.
pub fn demo(db: &Path, actor: &Actor, force: bool) -> Result<DemoReport> {
    if db.exists() && !force {
        let store = Store::open(db, Mode::Read)?;
        let foreign: Vec<String> = store
            .documents()?
            .into_iter()
            .map(|d| d.name)
            .filter(|n| !corpus::DOCUMENTS.iter().any(|c| c.name == n))
            .collect();
        if !foreign.is_empty() {
            return Err(Error::conflict(
                Conflict::Refused,
                format!(
                    "{} holds other documents ({}); the demo rebuilds its database from scratch, so give it a fresh --db",
                    db.display(),
                    foreign.join(", ")
                ),
            ));
        }
        let since: Vec<Operation> = store
            .operations(OpScope::All, usize::MAX)?
            .into_iter()
            .filter(|o| !written_by_demo(o))
            .collect();
        if let (Some(newest), Some(oldest)) = (since.first(), since.last()) {
            let name = |o: &Operation| {
                format!(
                    "#{} {}",
                    o.id,
                    crate::text::excerpt(&format!("{} {}", o.command, o.summary), 60)
                )
            };
            let which = if since.len() == 1 {
                name(newest)
            } else {
                format!("{} … {}", name(oldest), name(newest))
            };
            return Err(Error::conflict(
                Conflict::Refused,
                format!(
                    "{} has work the demo did not write: {} operation{} ({which}); the demo rebuilds its database from scratch, so give it a fresh --db, or pass --force to discard that work",
                    db.display(),
                    since.len(),
                    if since.len() == 1 { "" } else { "s" },
                ),
            ));
        }
        drop(store);
    }
    if db.exists() {
        crate::store::remove_database(db)?;
    }
    let mut store = Store::open(db, Mode::Write)?;
    let mut documents = Vec::new();
    for c in corpus::DOCUMENTS {
        let mut p = Prepared::from_texts(
            c.name.to_string(),
            c.source,
            c.source_lang,
            Some((c.target, c.target_file)),
            c.target_lang,
        )?;
        p.origin = Some(c.source_file.to_string());
        let imported = store_prepared(&mut store, actor, &p, false)?;
        let annotations =
            import_annotations(&mut store, actor, c.annotations, c.annotations_file, c.name)?;
        documents.push(DemoDocument {
            imported,
            annotations,
            tour: None,
        });
    }
    for (d, c) in documents.iter_mut().zip(corpus::DOCUMENTS) {
        d.tour = Some(tour(&store, c.name)?);
    }
    Ok(DemoReport {
        db: db.to_path_buf(),
        documents,
    })
}

/// Whether an operation is one of the demo's own imports of the shipped corpus.
fn written_by_demo(o: &Operation) -> bool {
    o.command == "import"
        && o.undone_by.is_none()
        && corpus::DOCUMENTS.iter().any(|c| {
            o.summary
                .starts_with(&format!("imported {} from {}:", c.name, c.source_file))
                || o.summary.starts_with(&format!(
                    "annotations from {} on {}:",
                    c.annotations_file, c.name
                ))
        })
}

fn tour(store: &Store, name: &str) -> Result<Tour> {
    let doc = store.with_progress(store.document(name)?)?;
    let segments = store.segments(&doc)?;
    let annotations = store.annotations_by_segment(&doc)?;
    let speakers = super::annotate::speakers(store, &doc)?;
    Ok(Tour {
        doc,
        segments,
        annotations,
        speakers,
    })
}
