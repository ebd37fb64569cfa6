//! The one error type of the library: every failure a user can meet, rendered as one line.

use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The user asked for something that cannot be done as asked (bad input, unknown name …).
    #[error("{0}")]
    Input(String),
    /// Command-line usage error detected after parsing (exit code 2).
    #[error("{0}")]
    Usage(String),
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("database {path}: {message}")]
    Db { path: PathBuf, message: String },
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
    pub fn input(msg: impl Into<String>) -> Self {
        Error::Input(msg.into())
    }

    pub fn io(path: impl AsRef<Path>, source: std::io::Error) -> Self {
        Error::Io {
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
