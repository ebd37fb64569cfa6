//! Human forms of the translation-memory reports: `suggest`, `pretranslate`, `tm`, `search`.

use super::{Human, Out, one_line};
use crate::error::Result;
use crate::ops::tm::{Pretranslated, SearchReport, Suggestions, TmImported, TmList, TmRemoved};
use owo_colors::OwoColorize;

fn state_of(state: Option<crate::model::State>) -> String {
    state.map_or_else(|| "reference".to_string(), |s| s.to_string())
}

impl Human for Suggestions {
    fn human(&self, out: &mut Out) -> Result<()> {
        if let Some(note) = &self.note {
            out.notice(&format!("{}: {note}", self.id));
            return Ok(());
        }
        if self.matches.is_empty() {
            out.notice(&format!(
                "{}: no match of {}% or more in the memory",
                self.id, self.min
            ));
            return Ok(());
        }
        for (i, m) in self.matches.iter().enumerate() {
            if i > 0 {
                out.line("")?;
            }
            let mark = if m.context {
                " in-context"
            } else if m.exact {
                " exact"
            } else {
                ""
            };
            let head = format!("{:>3}%{mark}  {}", m.percent, m.from);
            let head = if out.color {
                head.bold().to_string()
            } else {
                head
            };
            let who = [m.author.as_deref(), m.date.as_deref()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", ");
            out.line(format!("{head}  {} {who}", state_of(m.state)).trim_end())?;
            if m.exact {
                out.line(&format!("  source  {}", one_line(&m.source)))?;
            } else {
                out.line(&format!("  source  {}", out.render_runs(&m.diff)))?;
            }
            out.line(&format!("  target  {}", one_line(&m.suggestion)))?;
            for p in &m.placeables {
                let how = if p.substituted {
                    "substituted"
                } else {
                    "NOT substituted: check the translation"
                };
                out.line(&format!(
                    "  {:<6}  {} → {} ({how})",
                    placeable_kind(p.kind),
                    one_line(&p.old),
                    one_line(&p.new)
                ))?;
            }
        }
        Ok(())
    }
}

impl Human for Pretranslated {
    fn human(&self, out: &mut Out) -> Result<()> {
        for f in &self.filled {
            out.line(&format!(
                "{}  {:>3}%{}  {}  from {}",
                f.id,
                f.percent,
                if f.context { " in-context" } else { "" },
                f.state,
                f.from
            ))?;
        }
        let b = &self.bands;
        out.notice(&format!(
            "{}: {} untranslated; context {}, 100% {}, 95–99% {}, 85–94% {}, 75–84% {}, no match {}; filled {} (≥ {}%){}",
            self.doc,
            self.untranslated,
            b.context,
            b.exact,
            b.high,
            b.medium,
            b.low,
            b.none,
            self.filled.len(),
            self.min,
            self.operation
                .map(|o| format!(" as operation #{o}"))
                .unwrap_or_else(|| "; nothing changed".into())
        ));
        Ok(())
    }
}

impl Human for TmImported {
    fn human(&self, out: &mut Out) -> Result<()> {
        out.notice(&format!(
            "loaded TM {} ({}→{}{}): {} units{} (operation #{})",
            self.name,
            self.source_lang,
            self.target_lang,
            if self.swapped { ", sides swapped" } else { "" },
            self.units,
            if self.skipped > 0 {
                format!(", {} entries without a translation skipped", self.skipped)
            } else {
                String::new()
            },
            self.operation
        ));
        Ok(())
    }
}

impl Human for TmRemoved {
    fn human(&self, out: &mut Out) -> Result<()> {
        out.notice(&format!(
            "removed TM {} ({} units; `tolk undo` brings it back)",
            self.name, self.units
        ));
        Ok(())
    }
}

impl Human for TmList {
    fn human(&self, out: &mut Out) -> Result<()> {
        for t in &self.tms {
            out.line(&format!(
                "{}\t{}→{}\t{} units\t{}\t{}",
                t.name,
                t.source_lang,
                t.target_lang,
                t.units,
                t.created_at,
                t.origin.as_deref().map(one_line).unwrap_or_default()
            ))?;
        }
        out.notice(&format!(
            "{} reference TM(s); documents add {} translated segments",
            self.tms.len(),
            self.segments
        ));
        Ok(())
    }
}

/// `text` with the code-point spans marked: bold on a terminal, `[[…]]` otherwise.
fn highlight(out: &Out, text: &str, spans: &[[usize; 2]]) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut s = String::new();
    let mut at = 0;
    for [a, b] in spans {
        let (a, b) = ((*a).min(chars.len()), (*b).min(chars.len()));
        if a < at {
            continue;
        }
        s.extend(&chars[at..a]);
        let hit: String = chars[a..b].iter().collect();
        if out.color {
            s.push_str(&hit.bold().yellow().to_string());
        } else {
            s.push_str(&format!("[[{hit}]]"));
        }
        at = b;
    }
    s.extend(&chars[at..]);
    one_line(&s)
}

impl Human for SearchReport {
    fn human(&self, out: &mut Out) -> Result<()> {
        for h in &self.hits {
            let (found, other) = if self.side == "target" {
                (h.target.as_deref().unwrap_or(""), Some(h.source.as_str()))
            } else {
                (h.source.as_str(), h.target.as_deref())
            };
            out.line(&format!(
                "{}  {}\n    {}",
                h.from,
                highlight(out, found, &h.spans),
                other
                    .map(one_line)
                    .unwrap_or_else(|| "(untranslated)".into())
            ))?;
        }
        let more = if self.truncated {
            " (more matched; raise -n)"
        } else {
            ""
        };
        out.notice(&format!("{} hit(s){more}", self.hits.len()));
        Ok(())
    }
}

impl Human for crate::ops::translate::TranslatedFromTm {
    fn human(&self, out: &mut Out) -> Result<()> {
        let t = &self.translated;
        out.notice(&format!(
            "{}: revision {} ({}) from {}, {}% match",
            t.id, t.revision, t.state, self.from, self.percent
        ));
        for p in self.placeables.iter().filter(|p| !p.substituted) {
            out.notice(&format!(
                "{}: {} {} NOT substituted; check it",
                t.id,
                placeable_kind(p.kind),
                one_line(&p.new)
            ));
        }
        Ok(())
    }
}

fn placeable_kind(kind: crate::tm::PlaceableKind) -> &'static str {
    match kind {
        crate::tm::PlaceableKind::Number => "number",
        crate::tm::PlaceableKind::Date => "date",
        crate::tm::PlaceableKind::Name => "name",
    }
}
