//! Human forms of the history reports: the operation log with its patches, blame, and the
//! confirmation of an undo or redo.

use super::{Human, Out};
use crate::error::Result;
use crate::ops::history::{Blame, Log, Reverted};

impl Human for Log {
    fn human(&self, out: &mut Out) -> Result<()> {
        if self.entries.is_empty() {
            return out.line("no operations");
        }
        for e in &self.entries {
            out.operation(&e.operation)?;
            if let Some(changes) = &e.changes {
                out.patch(changes)?;
            }
        }
        Ok(())
    }
}

impl Human for Blame {
    fn human(&self, out: &mut Out) -> Result<()> {
        out.blame(&self.lines)
    }
}

impl Human for Reverted {
    fn human(&self, out: &mut Out) -> Result<()> {
        let r = &self.reverted;
        out.notice(&format!(
            "{} #{}: reverted #{} {} {}",
            self.command, self.operation, r.id, r.command, r.summary
        ));
        Ok(())
    }
}
