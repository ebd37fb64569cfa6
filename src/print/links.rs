//! Human forms of the link commands: a hand fix of links (`link join|split|move`) as the links
//! before and after.

use super::{Human, Out};
use crate::error::Result;
use crate::ops::links::{LinkEdited, LinkList, LinkView};

/// `DOC:a–b` for a link's sources, `DOC:+` for sentences the translator added.
pub(super) fn sources(doc: &str, l: &LinkView) -> String {
    match (l.sources.first(), l.sources.last()) {
        (Some(a), Some(b)) if a == b => format!("{doc}:{a}"),
        (Some(a), Some(b)) => format!("{doc}:{a}–{b}"),
        _ => format!("{doc}:+ (added)"),
    }
}

pub(super) fn link_line(doc: &str, l: &LinkView) -> String {
    let target = if l.target.is_empty() {
        "–".to_string()
    } else {
        crate::text::excerpt(&l.target, 60)
    };
    format!("  {:<4} {:<18} {target}", l.shape, sources(doc, l))
}

impl Human for LinkEdited {
    fn human(&self, out: &mut Out) -> Result<()> {
        let shapes = |ls: &[LinkView]| {
            ls.iter()
                .map(|l| l.shape.as_str())
                .collect::<Vec<_>>()
                .join(" + ")
        };
        out.notice(&format!(
            "link {} in {}: {} → {} (operation #{}; undo takes it back)",
            self.action,
            self.doc,
            shapes(&self.before),
            shapes(&self.after),
            self.operation
        ));
        for l in &self.after {
            out.line(&link_line(&self.doc, l))?;
        }
        Ok(())
    }
}

impl Human for LinkList {
    fn human(&self, out: &mut Out) -> Result<()> {
        out.notice(&format!(
            "{}: {} links, {} of them 1-1, {} low-confidence (score < {}){}",
            self.doc,
            self.total,
            self.one_to_one,
            self.low_confidence,
            crate::ops::align::LOW_CONFIDENCE,
            if self.low_only {
                "; the low-confidence ones, lowest first:"
            } else {
                ""
            }
        ));
        for r in &self.links {
            let mark = match (r.low_confidence, r.link.shape.as_str()) {
                (true, _) => '?',
                (false, "1-1") => ' ',
                _ => '*',
            };
            let score = r
                .link
                .score
                .map_or("  – ".to_string(), |s| format!("{s:.2}"));
            let excerpt = |s: &str| {
                if s.is_empty() {
                    "–".to_string()
                } else {
                    crate::text::excerpt(s, 48)
                }
            };
            out.line(&format!(
                "{mark} {:<4} {score} {:<9} {:<20} {}  ‖  {}",
                r.link.shape,
                r.link.origin.as_str(),
                r.id,
                excerpt(&r.source),
                excerpt(&r.link.target)
            ))?;
        }
        Ok(())
    }
}
