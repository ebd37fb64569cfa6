//! The screens of `review`: one segment at a time for people (nothing with `--json`, where a
//! review is a stream of answers and a tally), the prompts, and the editor's text.

use super::{Human, Out, Printer};
use crate::error::Result;
use crate::ops::check::Checked;
use crate::ops::review::{Action, Answered, Neighbour, Queue, Screen, Tally, TmHint};
use crate::ops::view::SegmentRecord;

/// What a reviewer is asked for each segment.
pub const PROMPT: &str = "[a]ccept [e]dit [n]eeds-work [s]kip [p]revious [g]o [q]uit [?]: ";
/// What a reviewer is asked after `n`.
pub const COMMENT_PROMPT: &str = "comment: ";

/// The line that ends the translation in the editor: it and what follows are ignored, so a
/// translation may itself start with `#`.
const EDITOR_CUT: &str =
    "# ---- tolk: edit the translation above; this line and all below are ignored";

impl Printer {
    /// Says that there is nothing to review, for people.
    pub fn review_queue(&mut self, q: &Queue) -> Result<()> {
        if q.positions.is_empty() && !self.json {
            self.out.notice(&format!("{}: nothing needs review", q.doc));
        } else if !q.links.is_empty() && !self.json {
            self.out.notice(&format!(
                "{}: {} low-confidence links first, lowest score first",
                q.doc,
                q.links.len()
            ));
        }
        Ok(())
    }

    /// One segment under review, for people: its place in the queue and the segment with its
    /// corrected source and last text change as diffs.
    pub fn review_screen(&mut self, s: &Screen) -> Result<()> {
        if self.json {
            return Ok(());
        }
        self.out.line("")?;
        self.out.heading(&format!("[{}/{}]", s.index, s.total))?;
        if let Some(l) = &s.link {
            let score = l
                .link
                .score
                .map(|x| format!(", score {x:.2}"))
                .unwrap_or_default();
            let what = format!(
                "low-confidence link {} {} ({}{score})",
                l.link.shape,
                crate::text::clean(&l.id),
                l.link.origin.as_str()
            );
            let line = self.out.faint(&what);
            self.out.line(&line)?;
            if l.link.sources.len() != 1 {
                let line = self
                    .out
                    .faint(&format!("  link nl  {}", crate::text::one_line(&l.source)));
                self.out.line(&line)?;
                let line = self.out.faint(&format!(
                    "  link en  {}",
                    crate::text::one_line(&l.link.target)
                ));
                self.out.line(&line)?;
            }
        }
        if let Some(n) = &s.before {
            self.neighbour(n, '↑', &s.detail.source_lang, &s.detail.target_lang)?;
        }
        self.out.review_segment(&s.detail)?;
        for f in &s.findings {
            let line = self.out.faint(&finding_line(f));
            self.out.line(&format!("  {line}"))?;
        }
        if let Some(hint) = &s.tm {
            let line = self.out.faint(&tm_line(hint));
            self.out.line(&format!("  {line}"))?;
        }
        if let Some(n) = &s.after {
            self.neighbour(n, '↓', &s.detail.source_lang, &s.detail.target_lang)?;
        }
        self.out.flush()
    }

    /// A neighbouring segment, faint: ↑ before or ↓ after, its number, corrected source and
    /// translation.
    fn neighbour(
        &mut self,
        n: &Neighbour,
        arrow: char,
        source_lang: &str,
        target_lang: &str,
    ) -> Result<()> {
        let number = n.id.rsplit(':').next().unwrap_or_default();
        let line = self.out.faint(&format!(
            "  {arrow} {:<4}{}  {}",
            crate::text::clean(number),
            crate::text::clean(source_lang),
            crate::text::excerpt(&crate::text::one_line(&n.source), 100)
        ));
        self.out.line(&line)?;
        let target = n
            .target
            .as_deref()
            .map_or("(untranslated)".to_string(), |t| {
                crate::text::excerpt(&crate::text::one_line(t), 100)
            });
        let line = self.out.faint(&format!(
            "        {}  {target}",
            crate::text::clean(target_lang)
        ));
        self.out.line(&line)
    }
}

/// Each answer is a JSON line for scripts, and one confirming line for people.
impl Human for Answered {
    fn human(&self, out: &mut Out) -> Result<()> {
        let id = crate::text::clean(&self.id);
        let line = if self.unchanged {
            format!("{id}: already {}; nothing changed", self.state)
        } else {
            let verb = match self.action {
                Action::Accept => "accepted",
                Action::Edit => "edited",
                Action::NeedsWork => "sent back",
            };
            let revision = self.revision.map(|r| format!(" r{r}")).unwrap_or_default();
            format!("{id}: {verb}, now {}{revision}", self.state)
        };
        out.line(&line)
    }
}

impl Human for Tally {
    fn human(&self, out: &mut Out) -> Result<()> {
        out.flush()?;
        out.notice(&format!(
            "review of {}: {} accepted, {} edited, {} needs work, {} skipped; {} still need attention",
            self.doc, self.accepted, self.edited, self.needs_work, self.skipped, self.remaining
        ));
        Ok(())
    }
}

/// `tm 92%  DOC:N  translation`: the best memory match, on one line.
fn tm_line(hint: &TmHint) -> String {
    format!(
        "tm {}%  {}  {}",
        hint.percent,
        crate::text::one_line(&hint.from),
        crate::text::one_line(&hint.translation)
    )
}

/// `check spelling 'Hafta': message → suggestion`: one finding, on one line.
fn finding_line(f: &Checked) -> String {
    let side = match f.side {
        crate::model::Side::Target => " (translation)",
        _ => "",
    };
    let suggestion = f
        .suggestion
        .as_deref()
        .map(|x| format!(" → {}", crate::text::one_line(x)))
        .unwrap_or_default();
    let id = if f.finding.is_empty() {
        String::new()
    } else {
        format!(" [{}]", crate::text::clean(&f.finding))
    };
    format!(
        "check {}{side}{id} '{}': {}{suggestion}",
        crate::text::clean(&f.check),
        crate::text::excerpt(&crate::text::one_line(&f.exact), 40),
        crate::text::one_line(&f.message)
    )
}

/// The file a reviewer edits: the translation, then as reminders the corrected source (and
/// the published one where corrections differ), the comment on the revision, the check
/// findings and the best memory match.
pub fn editor_text(s: &SegmentRecord, tm: Option<&TmHint>, findings: &[Checked]) -> String {
    let mut notes = String::new();
    if s.source_corrected != s.source_published {
        notes.push_str(&format!(
            "#   as published: {}\n",
            crate::text::one_line(&s.source_published)
        ));
    }
    if let Some(c) = &s.comment {
        notes.push_str(&format!("# comment: {}\n", crate::text::one_line(c)));
    }
    for f in findings {
        notes.push_str(&format!("# {}\n", finding_line(f)));
    }
    let tm = tm
        .map(|h| format!("# {}\n", tm_line(h)))
        .unwrap_or_default();
    let mut codes = String::new();
    if !s.codes.is_empty() {
        codes.push_str(
            "# Tags like <x1/>, <g2>…</g2> are inline codes of the file this came from (markup,\n\
             # not text): keep each one, around the words it wraps; `tolk check --only tags`\n\
             # reports codes missing, added or moved.\n",
        );
        for c in &s.codes {
            codes.push_str(&format!(
                "#   {} = {}\n",
                crate::text::one_line(&c.tag),
                crate::text::excerpt(&crate::text::one_line(&c.xml), 60)
            ));
        }
    }
    format!(
        "{}\n{EDITOR_CUT}\n# {}: {}\n{notes}{tm}{codes}",
        s.target.as_deref().unwrap_or_default(),
        crate::text::clean(&s.id),
        crate::text::one_line(&s.source_corrected)
    )
}

/// The translation in an edited file: everything above the cut line, or, when the cut line
/// was removed, every line that does not start with `#`.
pub fn edited_translation(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    match lines.iter().position(|l| l.trim_end() == EDITOR_CUT) {
        Some(cut) => lines[..cut].join("\n"),
        None => lines
            .iter()
            .filter(|l| !l.starts_with('#'))
            .copied()
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edited_text_may_start_with_a_hash() {
        let edited = format!("#1 in the charts\n{EDITOR_CUT}\n# d:1: Een.\n");
        assert_eq!(edited_translation(&edited), "#1 in the charts");
        assert_eq!(
            edited_translation("Mine.\n# a: Een.\n"),
            "Mine.",
            "without the cut line, comment lines go"
        );
    }

    #[test]
    fn the_editor_shows_the_best_memory_match_as_a_comment() {
        let hint = TmHint {
            percent: 92,
            from: "a:3".into(),
            translation: "One\nagain.".into(),
        };
        let record: SegmentRecord = serde_json::from_value(serde_json::json!({
            "id": "d:1", "doc": "d", "n": 1, "paragraph": 1, "source": "Een.",
            "source_published": "Een.", "source_corrected": "Een.", "target": "One.",
            "state": "translated", "revision": 1, "author": null, "updated_at": null,
            "created_by": null, "created_at": null, "annotations": []
        }))
        .unwrap();
        let text = editor_text(&record, Some(&hint), &[]);
        assert!(
            text.ends_with("# d:1: Een.\n# tm 92%  a:3  One again.\n"),
            "{text}"
        );
        assert_eq!(edited_translation(&text), "One.");
        assert!(!editor_text(&record, None, &[]).contains("tm "));
        assert!(!text.contains("inline codes"));
    }

    #[test]
    fn the_editor_explains_inline_codes() {
        let record: SegmentRecord = serde_json::from_value(serde_json::json!({
            "id": "d:1", "doc": "d", "n": 1, "paragraph": 1, "source": "Een<x1/>.",
            "source_published": "Een<x1/>.", "source_corrected": "Een<x1/>.", "target": "One<x1/>.",
            "state": "translated", "revision": 1, "author": null, "updated_at": null,
            "created_by": null, "created_at": null, "annotations": [],
            "codes": [{"tag": "<x1/>", "format": "tmx", "xml": "<ph>&lt;br/&gt;</ph>"}]
        }))
        .unwrap();
        let text = editor_text(&record, None, &[]);
        assert!(text.contains("inline codes"), "{text}");
        assert!(text.contains("#   <x1/> = <ph>&lt;br/&gt;</ph>"), "{text}");
        assert_eq!(edited_translation(&text), "One<x1/>.");
    }
}
