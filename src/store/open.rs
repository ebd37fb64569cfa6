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
    /// Opens the database for `mode`. Nothing of the file is changed before it is known to be
    /// tolk's (schema version and tables are read first); a reading command changes nothing at
    /// all when the file or its directory is read-only, and still reads it.
    pub fn open(path: &Path, mode: Mode) -> Result<Store> {
        let fail = |message: String| Error::DbFile {
            path: path.to_path_buf(),
            message,
        };
        let sql = |e: rusqlite::Error| Error::db(path, e);
        let mut read_only = false;
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => {
                return Err(fail("is a directory, not a database file".into()));
            }
            Ok(meta) if meta.permissions().readonly() => {
                if mode != Mode::Read {
                    return Err(fail("is read-only; nothing was changed".into()));
                }
                read_only = true;
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
        let mut conn = connect(path, mode, read_only).map_err(sql)?;
        let version = match migrations::identify(&conn) {
            // A WAL database in a directory where its -shm cannot be created: read it as an
            // immutable snapshot, which needs no -shm (only ever for reading commands).
            Err(e) if mode == Mode::Read && is_cannot_open(&e) => {
                conn = immutable(path).map_err(sql)?;
                read_only = true;
                migrations::identify(&conn).map_err(sql)?
            }
            other => other.map_err(sql)?,
        };
        if let Some(why) = migrations::refusal(&conn, version).map_err(sql)? {
            return Err(fail(why));
        }
        if read_only {
            if version < migrations::LATEST_VERSION as i64 {
                return Err(fail(format!(
                    "has schema version {version} and needs upgrading to {}, but is read-only; nothing was changed",
                    migrations::LATEST_VERSION
                )));
            }
            return reading(conn, path);
        }
        let journal: String = conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .map_err(sql)?;
        // Reading leaves the journal mode alone: switching needs an exclusive lock and is a
        // change of the file.
        if mode != Mode::Read && !journal.eq_ignore_ascii_case("wal") {
            conn.pragma_update(None, "journal_mode", "WAL")
                .map_err(sql)?;
        }
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(sql)?;
        migrations::migrate(&mut conn).map_err(fail)?;
        if mode == Mode::Read {
            return reading(conn, path);
        }
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            reading: false,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Starts the single transaction of a writing command. It takes the write lock at once
    /// (IMMEDIATE) so concurrent writers queue on the busy timeout instead of failing midway.
    pub(super) fn transaction(&mut self) -> Result<Tx<'_>> {
        if self.reading {
            // A programming error, not a user's: a writing command must open with
            // Mode::Write or Mode::Update.
            return Err(Error::DbFile {
                path: self.path.clone(),
                message: "is open for reading only (Mode::Read); nothing was changed".into(),
            });
        }
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

/// A store for a reading command: one deferred transaction for its whole life, so that every
/// query sees the database as it was at the first read (WAL makes that a snapshot), whatever
/// other processes commit meanwhile: an export or `show DOC` never mixes two states.
fn reading(conn: Connection, path: &Path) -> Result<Store> {
    conn.execute_batch("BEGIN DEFERRED")
        .map_err(|e| Error::db(path, e))?;
    Ok(Store {
        conn,
        path: path.to_path_buf(),
        reading: true,
    })
}

fn connect(path: &Path, mode: Mode, read_only: bool) -> rusqlite::Result<Connection> {
    let flags = if read_only {
        OpenFlags::SQLITE_OPEN_READ_ONLY
    } else if mode == Mode::Write {
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE
    } else {
        OpenFlags::SQLITE_OPEN_READ_WRITE
    } | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)?;
    settings(&conn)?;
    Ok(conn)
}

/// The settings of every connection: wait for other writers, enforce foreign keys, the
/// functions the schema's triggers call.
fn settings(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(Duration::from_secs(30))?;
    migrations::register_functions(conn)?;
    conn.pragma_update(None, "foreign_keys", "ON")
}

fn is_cannot_open(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::CannotOpen | rusqlite::ErrorCode::ReadOnly)
    )
}

/// A read-only connection that assumes nobody changes the file meanwhile (`immutable=1`).
fn immutable(path: &Path) -> rusqlite::Result<Connection> {
    let mut uri = String::from("file:");
    for b in path.to_string_lossy().bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'/' | b'.' | b'-' | b'_' | b'~' => {
                uri.push(b as char)
            }
            _ => uri.push_str(&format!("%{b:02X}")),
        }
    }
    uri.push_str("?immutable=1");
    let conn = Connection::open_with_flags(
        uri,
        OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_URI
            | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    settings(&conn)?;
    Ok(conn)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{Actor, Outcome};

    #[test]
    fn a_reading_store_refuses_to_write() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("t.db");
        drop(Store::open(&db, Mode::Write).unwrap());
        let mut store = Store::open(&db, Mode::Read).unwrap();
        let actor = Actor {
            author: "a".into(),
            at: "2026-01-01T00:00:00Z".into(),
        };
        let e = store
            .operation(&actor, "x", |_, _| Ok(Outcome::changed((), "s", None)))
            .unwrap_err();
        assert!(e.to_string().contains("open for reading only"), "{e}");
    }
}
