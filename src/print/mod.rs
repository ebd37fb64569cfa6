//! The printer: every command's output, human or JSON, chosen once from `--json`. Reports come
//! typed from `ops`; [`Human`] renders them for people, `Serialize` for machines. Notices and
//! errors go to stderr; progress bars and raw terminal keys have their own small modules.

pub mod align;
mod annotations;
mod history;
mod links;
pub mod progress;
pub mod render;
mod reports;
pub mod review;
mod stats;
pub mod terminal;
mod tm;
pub mod transfer;
mod view;

pub use render::{Out, annotation_summary, clean, one_line};

use crate::error::{Error, Result};
use serde::Serialize;

/// A command's result as people read it: data lines on stdout through [`Out::line`],
/// confirmations as notices on stderr through [`Out::notice`].
pub trait Human {
    fn human(&self, out: &mut Out) -> Result<()>;
}

/// Output chosen once per run: human (colour only on a terminal without NO_COLOR) or JSON.
pub struct Printer {
    pub out: Out,
    json: bool,
}

impl Printer {
    pub fn new(json: bool, quiet: bool) -> Printer {
        Printer {
            out: Out::new(quiet),
            json,
        }
    }

    /// Prints a whole report: one JSON document with `--json`, else its human form.
    pub fn report<R: Serialize + Human + ?Sized>(&mut self, report: &R) -> Result<()> {
        if self.json {
            self.out.json(report)
        } else {
            report.human(&mut self.out)
        }
    }

    /// Prints one item of a stream: one JSON line with `--json`, else its human form.
    pub fn item<R: Serialize + Human + ?Sized>(&mut self, item: &R) -> Result<()> {
        if self.json {
            self.out.json_line(item)
        } else {
            item.human(&mut self.out)
        }
    }

    /// Whether output is JSON: for streaming commands that pick their record format once.
    pub fn is_json(&self) -> bool {
        self.json
    }

    pub fn notice(&self, msg: &str) {
        self.out.notice(msg);
    }

    pub fn flush(&mut self) -> Result<()> {
        self.out.flush()
    }
}

/// Prints an error on stderr: `error: …` for people, or `{"error": {"code": …}}` with `--json`.
pub fn error(e: &Error, json: bool) {
    if json {
        eprintln!("{}", e.to_json());
    } else {
        eprintln!("error: {}", clean(&e.to_string()));
    }
}
