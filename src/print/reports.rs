//! Human forms of the reports of `ops` that are confirmations (a notice on stderr) rather
//! than data views.

use super::{Human, Out};
use crate::error::Result;
use crate::model::{Progress, State};
use crate::ops::state::{DocumentStateChanged, StateChanged};
use crate::ops::translate::Translated;

impl Human for Translated {
    fn human(&self, out: &mut Out) -> Result<()> {
        if self.changed {
            out.notice(&format!(
                "{}: revision {} ({})",
                self.id, self.revision, self.state
            ));
        } else {
            out.notice(&format!(
                "{}: translation unchanged; no new revision",
                self.id
            ));
        }
        Ok(())
    }
}

impl Human for StateChanged {
    fn human(&self, out: &mut Out) -> Result<()> {
        if self.changed {
            out.notice(&format!(
                "{}: {} → {}",
                self.id, self.previous_state, self.state
            ));
        } else {
            out.notice(&format!(
                "{} is already {}; nothing changed",
                self.id, self.state
            ));
        }
        Ok(())
    }
}

impl Human for DocumentStateChanged {
    fn human(&self, out: &mut Out) -> Result<()> {
        let left = counts(&self.others);
        if self.changed == 0 {
            out.notice(&format!(
                "{}: no {} segments; nothing changed (others: {left})",
                self.doc, self.from
            ));
        } else {
            out.notice(&format!(
                "{}: {} {} → {}; left as they were: {left}",
                self.doc, self.changed, self.from, self.to
            ));
        }
        Ok(())
    }
}

/// "3 translated, 1 final", or "none".
fn counts(p: &Progress) -> String {
    let parts: Vec<String> = State::ALL
        .iter()
        .filter(|s| p.get(**s) > 0)
        .map(|s| format!("{} {s}", p.get(*s)))
        .collect();
    if parts.is_empty() {
        "none".to_string()
    } else {
        parts.join(", ")
    }
}
