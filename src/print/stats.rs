//! Human form of `tolk stats`: one table per document (states as rows), then the total.

use super::{Human, Out, one_line};
use crate::error::Result;
use crate::ops::stats::{Counts, StateCounts, Stats};

fn header(out: &mut Out, title: &str) -> Result<()> {
    out.line(title)?;
    out.line(&format!(
        "  {:<14} {:>6} {:>9} {:>9} {:>9} {:>9}",
        "STATE", "SEGS", "SRC WORDS", "SRC CHARS", "TGT WORDS", "TGT CHARS"
    ))
}

fn row(out: &mut Out, label: &str, c: &Counts) -> Result<()> {
    out.line(&format!(
        "  {label:<14} {:>6} {:>9} {:>9} {:>9} {:>9}",
        c.segments, c.source_words, c.source_chars, c.target_words, c.target_chars
    ))
}

fn states(out: &mut Out, states: &[StateCounts], total: &Counts) -> Result<()> {
    for s in states {
        row(out, s.state.as_str(), &s.counts)?;
    }
    row(out, "total", total)
}

impl Human for Stats {
    fn human(&self, out: &mut Out) -> Result<()> {
        for (i, d) in self.documents.iter().enumerate() {
            if i > 0 {
                out.line("")?;
            }
            header(
                out,
                &format!(
                    "{} {}>{}",
                    one_line(&d.doc),
                    one_line(&d.source_lang),
                    one_line(&d.target_lang)
                ),
            )?;
            states(out, &d.states, &d.total)?;
            if let Some(bands) = &d.bands {
                out.line(&format!(
                    "  {:<14} {:>6} {:>9}",
                    "MEMORY MATCH", "SEGS", "SRC WORDS"
                ))?;
                for b in bands {
                    out.line(&format!(
                        "  {:<14} {:>6} {:>9}",
                        b.band, b.segments, b.source_words
                    ))?;
                }
            }
        }
        if self.documents.len() > 1 {
            out.line("")?;
            header(out, "all documents")?;
            states(out, &self.states, &self.total)?;
        }
        if self.documents.is_empty() {
            out.notice("no documents yet; import one with `tolk import FILE`");
        }
        Ok(())
    }
}
