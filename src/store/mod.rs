//! The only module that speaks SQL: opening and migrating the database, every query and every
//! write, split by aggregate (documents, segments, translations, links, annotations, lexicon,
//! operations). Callers get model types back; a writing command runs inside one [`Tx`] that
//! records its operation, so it lands completely or not at all.

mod annotations;
mod documents;
mod findings;
mod history;
mod lexicon;
mod links;
mod migrations;
mod open;
mod operations;
mod rows;
mod segments;
mod tables;
mod tm;
mod translations;

use rusqlite::Connection;
use std::path::{Path, PathBuf};

pub use crate::model::{OpChanges, RevisionChange, RowChange, Table};
pub use annotations::{AnnFilter, AnnotationsRead, NewAnnotation};
pub use documents::{DocumentsRead, NewDocument};
pub use findings::{FindingsRead, NewAcceptance};
pub use lexicon::{GlossaryEntry, LexiconRead};
pub use links::{LinksRead, NewLink};
pub use migrations::LATEST_VERSION;
pub use open::{Mode, committed_operations, remove_database};
pub use operations::{Actor, OpCtx, OpScope, OperationsRead, Outcome};
pub use segments::{Extras, SegmentRow, SegmentsRead};
pub use tables::{
    NOT_UNDOABLE, Relation, UNDOABLE, Undoable, is_derived, touches_segment, undoable,
};
pub use tm::{
    MemoryEntry, MemoryPlace, NewTm, NewUnit, SearchRow, TmInfo, TmRead, compact_key, memory_key,
};
pub use translations::{NewRevision, TranslationsRead};

/// An open database. Reads go through the read traits (see [`prelude`]); writes through
/// [`Store::operation`].
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// Opened for a reading command: it holds a snapshot and never writes.
    reading: bool,
}

/// One writing command's transaction. Dropped without [`Tx::commit`], it rolls back.
pub struct Tx<'a> {
    tx: rusqlite::Transaction<'a>,
    path: &'a Path,
}

/// The connection under a [`Store`] or a [`Tx`]. The trait is public (the read traits build on
/// it) but cannot be named outside the store, so SQL stays in here.
mod base {
    use crate::error::Error;
    use rusqlite::Connection;
    use std::path::Path;

    pub trait Base {
        fn conn(&self) -> &Connection;
        fn db_path(&self) -> &Path;

        fn err(&self, e: rusqlite::Error) -> Error {
            Error::db(self.db_path(), e)
        }
    }
}

impl base::Base for Store {
    fn conn(&self) -> &Connection {
        &self.conn
    }
    fn db_path(&self) -> &Path {
        &self.path
    }
}

impl base::Base for Tx<'_> {
    fn conn(&self) -> &Connection {
        &self.tx
    }
    fn db_path(&self) -> &Path {
        self.path
    }
}

/// Every query, shared by a read-only [`Store`] and a writing [`Tx`]: write `store: &impl Read`
/// for a function that reads. Its methods live in the per-aggregate traits it combines, so
/// call sites import them with `use crate::store::prelude::*;`.
pub trait Read:
    DocumentsRead
    + SegmentsRead
    + TranslationsRead
    + AnnotationsRead
    + OperationsRead
    + LexiconRead
    + TmRead
    + LinksRead
    + FindingsRead
{
}

impl<T: base::Base + ?Sized> Read for T {}

/// Import this to call the store's queries on a [`Store`] or a [`Tx`].
pub mod prelude {
    pub use super::{
        AnnotationsRead, DocumentsRead, FindingsRead, LexiconRead, LinksRead, OperationsRead, Read,
        SegmentsRead, TmRead, TranslationsRead,
    };
}
