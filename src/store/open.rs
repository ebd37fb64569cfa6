//! Opening a database file: the connection settings every open applies, creating and migrating
//! it when asked, and the file-level helpers (`committed_operations`, `remove_database`).

use super::{Store, Tx, migrations};
use crate::error::{Error, Result};
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How a command uses the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Must exist; never created.
    Read,
    /// Created (and migrated) when missing.
    Write,
    /// Must exist, is written to (adding to documents that are already there).
    Update,
}

impl Store {
    pub fn open(path: &Path, mode: Mode) -> Result<Store> {
        let fail = |message: String| Error::DbFile {
            path: path.to_path_buf(),
            message,
        };
        let sql = |e: rusqlite::Error| Error::db(path, e);
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => {
                return Err(fail("is a directory, not a database file".into()));
            }
            Ok(meta) if mode != Mode::Read && meta.permissions().readonly() => {
                return Err(fail("is read-only; nothing was changed".into()));
            }
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                if mode != Mode::Write {
                    return Err(fail(
                        "does not exist; create it with `tolk import FILE` (or `tolk init`), or point --db/TOLK_DB at an existing one".into(),
                    ));
                }
            }
            Err(e) => return Err(fail(e.to_string())),
        }
        let flags = match mode {
            Mode::Read | Mode::Update => OpenFlags::SQLITE_OPEN_READ_WRITE,
            Mode::Write => OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE,
        } | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn = Connection::open_with_flags(path, flags).map_err(sql)?;
        conn.busy_timeout(Duration::from_secs(30)).map_err(sql)?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(sql)?;
        let journal: String = conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .map_err(sql)?;
        if !journal.eq_ignore_ascii_case("wal") {
            conn.pragma_update(None, "journal_mode", "WAL")
                .map_err(sql)?;
        }
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(sql)?;
        migrations::migrate(&mut conn).map_err(fail)?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Starts the single transaction of a writing command. It takes the write lock at once
    /// (IMMEDIATE) so concurrent writers queue on the busy timeout instead of failing midway.
    pub fn transaction(&mut self) -> Result<Tx<'_>> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(|e| Error::db(&self.path, e))?;
        Ok(Tx {
            tx,
            path: &self.path,
        })
    }
}

/// How many operations a database file holds (0 when it cannot be read as one).
pub fn committed_operations(path: &Path) -> i64 {
    Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .and_then(|c| c.query_row("SELECT COUNT(*) FROM operations", [], |r| r.get(0)))
        .unwrap_or(0)
}

/// Deletes a database file with its WAL and shared-memory files.
pub fn remove_database(path: &Path) -> Result<()> {
    for suffix in ["", "-wal", "-shm"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        match std::fs::remove_file(&p) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::io(PathBuf::from(p), e)),
        }
    }
    Ok(())
}
