//! The one error type of the library: every failure a user can meet, as a structured variant
//! with a stable `code` (for `--json`), a fixed exit code, and one line of prose (`Display`).

use serde::Serialize;
use std::path::{Path, PathBuf};

/// What kind of conflict stopped a command: the request was understood, but the database (or a
/// file) is not in a state where it can be done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Conflict {
    /// A document, annotation or file of that name already exists.
    Exists,
    /// A span overlaps one that is already there.
    Overlap,
    /// The request matches more than one thing (a word that occurs twice).
    Ambiguous,
    /// Undo or redo is refused: later work depends on the operation, or it was already done.
    History,
    /// What the command was about to change changed meanwhile (another user, another process).
    Stale,
    /// The input does not line up with what is stored (paragraph or sentence counts differ).
    Mismatch,
    /// The target of a write is the database itself or something else tolk must not touch.
    Refused,
}

impl Conflict {
    pub fn as_str(self) -> &'static str {
        match self {
            Conflict::Exists => "exists",
            Conflict::Overlap => "overlap",
            Conflict::Ambiguous => "ambiguous",
            Conflict::History => "history",
            Conflict::Stale => "stale",
            Conflict::Mismatch => "mismatch",
            Conflict::Refused => "refused",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A named thing (document, segment, annotation, operation …) does not exist; the message
    /// says what does.
    #[error("{message}")]
    NotFound {
        kind: &'static str,
        name: String,
        message: String,
    },
    #[error("{message}")]
    Conflict { kind: Conflict, message: String },
    /// A value or a file's content is not acceptable (`what` names the field or the file kind).
    #[error("{message}")]
    Invalid { what: &'static str, message: String },
    /// Command-line usage error detected after parsing (exit code 2).
    #[error("{0}")]
    Usage(String),
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// SQLite failed; the message says what that means for a tolk user.
    #[error("database {}: {}", path.display(), describe(source))]
    Db {
        path: PathBuf,
        #[source]
        source: rusqlite::Error,
    },
    /// The database file cannot be used as it is (missing, a directory, not tolk's, too new).
    #[error("database {}: {message}", path.display())]
    DbFile { path: PathBuf, message: String },
    /// Serializing output failed.
    #[error("{what}: {source}")]
    Json {
        what: &'static str,
        #[source]
        source: serde_json::Error,
    },
    /// Writing to stdout failed because the reader went away; not an error for the user.
    #[error("broken pipe")]
    BrokenPipe,
    /// `check` found problems: exit code 1, nothing more to say (the findings were printed).
    #[error("{0} finding(s)")]
    Findings(usize),
    /// A failure of `check`, whose exit code 1 means "findings": exit code 2.
    #[error("{0}")]
    CheckFailed(Box<Error>),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn not_found(
        kind: &'static str,
        name: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Error::NotFound {
            kind,
            name: name.into(),
            message: message.into(),
        }
    }

    pub fn conflict(kind: Conflict, message: impl Into<String>) -> Self {
        Error::Conflict {
            kind,
            message: message.into(),
        }
    }

    pub fn invalid(what: &'static str, message: impl Into<String>) -> Self {
        Error::Invalid {
            what,
            message: message.into(),
        }
    }

    pub fn io(path: impl AsRef<Path>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.as_ref().to_path_buf(),
            source,
        }
    }

    pub fn db(path: impl AsRef<Path>, source: rusqlite::Error) -> Self {
        Error::Db {
            path: path.as_ref().to_path_buf(),
            source,
        }
    }

    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Usage(_) | Error::CheckFailed(_) => 2,
            Error::BrokenPipe => 0,
            _ => 1,
        }
    }

    /// A stable machine-readable name for the kind of failure (`--json` errors carry it).
    pub fn code(&self) -> &'static str {
        match self {
            Error::NotFound { .. } => "not-found",
            Error::Conflict { .. } => "conflict",
            Error::Invalid { .. } => "invalid",
            Error::Usage(_) => "usage",
            Error::Io { .. } => "io",
            Error::Db { source, .. } => match source.sqlite_error_code() {
                Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => {
                    "db-locked"
                }
                Some(rusqlite::ErrorCode::ReadOnly) => "db-read-only",
                Some(rusqlite::ErrorCode::DiskFull | rusqlite::ErrorCode::SystemIoFailure) => {
                    "db-write-failed"
                }
                Some(rusqlite::ErrorCode::NotADatabase | rusqlite::ErrorCode::DatabaseCorrupt) => {
                    "db-unreadable"
                }
                _ => "db",
            },
            Error::DbFile { .. } => "db-file",
            Error::Json { .. } => "json",
            Error::BrokenPipe => "broken-pipe",
            Error::Findings(_) => "findings",
            Error::CheckFailed(inner) => inner.code(),
        }
    }

    /// The error as a JSON object for `--json` (written to stderr): `code`, `message` and the
    /// variant's own fields.
    pub fn to_json(&self) -> serde_json::Value {
        let message = crate::text::clean(&self.to_string()).into_owned();
        let mut v = serde_json::json!({ "code": self.code(), "message": message });
        let inner = match self {
            Error::CheckFailed(inner) => inner,
            e => e,
        };
        match inner {
            Error::NotFound { kind, name, .. } => {
                v["kind"] = (*kind).into();
                v["name"] = crate::text::clean(name).into_owned().into();
            }
            Error::Conflict { kind, .. } => v["kind"] = kind.as_str().into(),
            Error::Invalid { what, .. } => v["what"] = (*what).into(),
            Error::Io { path, .. } | Error::Db { path, .. } | Error::DbFile { path, .. } => {
                v["path"] = crate::text::clean(&path.to_string_lossy())
                    .into_owned()
                    .into();
            }
            _ => {}
        }
        serde_json::json!({ "error": v })
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            Error::BrokenPipe
        } else {
            Error::Io {
                path: PathBuf::from("<stdout>"),
                source: e,
            }
        }
    }
}

/// SQLite's messages are terse; say what they mean for a tolk user.
pub fn describe(e: &rusqlite::Error) -> String {
    use rusqlite::ErrorCode;
    match e.sqlite_error_code() {
        Some(ErrorCode::ReadOnly) => "is read-only; nothing was changed".into(),
        Some(ErrorCode::NotADatabase) => {
            "is not a tolk database (not an SQLite file, or corrupted)".into()
        }
        Some(ErrorCode::DatabaseCorrupt) => {
            "is corrupted (SQLite reports a malformed database)".into()
        }
        Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => {
            "is locked by another writer (tolk waits up to 30 s); try again".into()
        }
        Some(ErrorCode::DiskFull) => "disk full; nothing was changed".into(),
        Some(ErrorCode::SystemIoFailure) => {
            "could not be written (disk full, file size limit or I/O error); nothing was changed"
                .into()
        }
        Some(ErrorCode::CannotOpen) => {
            "cannot be opened (missing directory or no permission)".into()
        }
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_json_are_stable() {
        let e = Error::not_found("document", "x\u{1b}", "unknown document 'x'");
        assert_eq!(e.code(), "not-found");
        assert_eq!(e.exit_code(), 1);
        let j = e.to_json();
        assert_eq!(j["error"]["kind"], "document");
        assert_eq!(j["error"]["name"], "x");
        let e = Error::conflict(Conflict::History, "cannot undo #3");
        assert_eq!(e.to_json()["error"]["kind"], "history");
        assert_eq!(Error::Usage("u".into()).exit_code(), 2);
        let busy = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
            None,
        );
        let e = Error::db("d.db", busy);
        assert_eq!(e.code(), "db-locked");
        assert!(e.to_string().contains("locked by another writer"), "{e}");
    }
}
