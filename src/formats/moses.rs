//! Moses-style parallel text for MT training: two plain files (`BASE.nl`, `BASE.en`) where line
//! N of one translates line N of the other, one line pair per link (an n-m link's sources
//! joined by a space). Only pairs are written — untranslated segments, needs-work drafts (no
//! training data), sources left out of the translation (1-0) and sentences the translator
//! added (0-m) have no partner line — and any line break inside a segment becomes a space so
//! the line numbers stay aligned.

use super::Record;
use super::interchange::PairExporter;
use std::io::{self, Write};

/// Writes aligned lines to a source and a target writer.
#[derive(Debug, Default)]
pub struct MosesWriter {
    lines: usize,
}

impl MosesWriter {
    pub fn new() -> Self {
        Self::default()
    }

    /// Writes the record's pair of lines; returns false (writing nothing) when it has no
    /// translation or no source.
    pub fn record(
        &mut self,
        source: &mut dyn Write,
        target: &mut dyn Write,
        r: &Record<'_>,
    ) -> io::Result<bool> {
        // Training data wants translations someone stands behind: a needs-work draft is not one.
        let Some(t) = r
            .target
            .filter(|_| !r.source.is_empty() && r.state != crate::model::State::NeedsWork)
        else {
            return Ok(false);
        };
        writeln!(source, "{}", crate::text::breaks_to_spaces(&r.source))?;
        writeln!(target, "{}", crate::text::breaks_to_spaces(t))?;
        self.lines += 1;
        Ok(true)
    }

    /// Lines written to each file so far.
    pub fn lines(&self) -> usize {
        self.lines
    }
}

impl PairExporter for MosesWriter {
    fn record(
        &mut self,
        source: &mut dyn Write,
        target: &mut dyn Write,
        r: &Record<'_>,
    ) -> io::Result<bool> {
        MosesWriter::record(self, source, target, r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::SourceText;
    use crate::formats::interchange::fixtures::fixture;

    #[test]
    fn writes_translated_pairs_line_by_line() {
        let f = fixture();
        let (mut src, mut tgt) = (Vec::new(), Vec::new());
        let mut m = MosesWriter::new();
        let written: Vec<bool> = f
            .records(SourceText::Corrected)
            .iter()
            .map(|r| m.record(&mut src, &mut tgt, r).unwrap())
            .collect();
        let states: Vec<_> = f.segs.iter().map(|s| s.state()).collect();
        assert_eq!(states[2], crate::model::State::NeedsWork);
        // The needs-work draft (3) and the untranslated segment (4) are left out.
        assert_eq!(written, [true, true, false, false, true]);
        assert_eq!(m.lines(), 3);
        let (src, tgt) = (
            String::from_utf8(src).unwrap(),
            String::from_utf8(tgt).unwrap(),
        );
        assert_eq!(src.lines().count(), 3);
        assert_eq!(tgt.lines().count(), 3);
        let src: Vec<&str> = src.lines().collect();
        assert!(
            src[1].starts_with("Haftar vertrok <script>"),
            "corrected source: {}",
            src[1]
        );
        assert_eq!(src[2], "Gewoon vertaald.");
        assert_eq!(tgt.lines().nth(2), Some("Just translated."));
    }

    #[test]
    fn folds_every_line_break() {
        assert_eq!(
            crate::text::breaks_to_spaces("a\nb\r\nc\u{2028}d\u{85}e"),
            "a b  c d e"
        );
        assert!(matches!(
            crate::text::breaks_to_spaces("plain\ttab"),
            std::borrow::Cow::Borrowed(_)
        ));
    }
}
