//! Progress for long-running commands (import, export, check over large input): a bar on
//! stderr when it is a terminal, nothing at all otherwise or with `--quiet`.

use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;

pub struct Progress(Option<ProgressBar>);

impl Progress {
    /// A bar counting `total` units (`bytes` formats them as sizes), labelled `what`.
    pub fn new(total: u64, what: &str, bytes: bool, quiet: bool) -> Progress {
        if quiet || !std::io::stderr().is_terminal() {
            return Progress(None);
        }
        let template = if bytes {
            "{msg} {bar:40} {bytes}/{total_bytes} ({eta})"
        } else {
            "{msg} {bar:40} {pos}/{len} ({eta})"
        };
        let bar = ProgressBar::new(total);
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style);
        }
        bar.set_message(what.to_string());
        Progress(Some(bar))
    }

    /// A spinner with a message, for work that cannot count its steps (a whole-document check).
    pub fn spinner(what: &str, quiet: bool) -> Progress {
        if quiet || !std::io::stderr().is_terminal() {
            return Progress(None);
        }
        let bar = ProgressBar::new_spinner();
        bar.set_message(what.to_string());
        bar.enable_steady_tick(std::time::Duration::from_millis(120));
        Progress(Some(bar))
    }

    pub fn set(&self, position: u64) {
        if let Some(b) = &self.0 {
            b.set_position(position);
        }
    }

    pub fn inc(&self, n: u64) {
        if let Some(b) = &self.0 {
            b.inc(n);
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        if let Some(b) = &self.0 {
            b.finish_and_clear();
        }
    }
}
