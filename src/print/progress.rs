//! Progress for long-running commands (import, export, check over large input): a bar on
//! stderr when it is a terminal, nothing at all otherwise or with `--quiet`. [`Progress`] is
//! what `ops` report to (`crate::ops::Progress`), so they never see indicatif.

use indicatif::{ProgressBar, ProgressStyle};
use std::cell::RefCell;
use std::io::IsTerminal;

pub struct Progress {
    bar: RefCell<Option<ProgressBar>>,
    /// For a bar whose total the operation tells at its start: how to make it then.
    later: Option<Later>,
}

struct Later {
    what: String,
    bytes: bool,
    quiet: bool,
    /// Totals below this get no bar: short work needs none.
    min_total: u64,
}

impl Progress {
    /// A bar counting `total` units (`bytes` formats them as sizes), labelled `what`.
    pub fn new(total: u64, what: &str, bytes: bool, quiet: bool) -> Progress {
        Progress {
            bar: RefCell::new(bar(total, what, bytes, quiet)),
            later: None,
        }
    }

    /// A bar made when the operation announces its total (`crate::ops::Progress::start`),
    /// and only if that total is at least `min_total`.
    pub fn on_start(what: &str, bytes: bool, quiet: bool, min_total: u64) -> Progress {
        Progress {
            bar: RefCell::new(None),
            later: Some(Later {
                what: what.to_string(),
                bytes,
                quiet,
                min_total,
            }),
        }
    }

    /// A spinner with a message, for work that cannot count its steps (a whole-document check).
    pub fn spinner(what: &str, quiet: bool) -> Progress {
        let spinner = (!quiet && std::io::stderr().is_terminal()).then(|| {
            let bar = ProgressBar::new_spinner();
            bar.set_message(what.to_string());
            bar.enable_steady_tick(std::time::Duration::from_millis(120));
            bar
        });
        Progress {
            bar: RefCell::new(spinner),
            later: None,
        }
    }

    pub fn set(&self, position: u64) {
        if let Some(b) = &*self.bar.borrow() {
            b.set_position(position);
        }
    }

    pub fn inc(&self, n: u64) {
        if let Some(b) = &*self.bar.borrow() {
            b.inc(n);
        }
    }
}

fn bar(total: u64, what: &str, bytes: bool, quiet: bool) -> Option<ProgressBar> {
    if quiet || !std::io::stderr().is_terminal() {
        return None;
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
    Some(bar)
}

impl crate::ops::Progress for Progress {
    fn start(&self, total: u64) {
        if let Some(l) = &self.later {
            let quiet = l.quiet || total < l.min_total;
            *self.bar.borrow_mut() = bar(total, &l.what, l.bytes, quiet);
        }
    }

    fn set(&self, done: u64) {
        Progress::set(self, done);
    }

    fn inc(&self, n: u64) {
        Progress::inc(self, n);
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        if let Some(b) = &*self.bar.borrow() {
            b.finish_and_clear();
        }
    }
}
