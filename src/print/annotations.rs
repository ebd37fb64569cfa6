//! Human forms of the annotating commands' reports (`correct`, `attribute`, `annotate`,
//! `accept`/`reject`, `annotations`, `attributions`) and of `check`, `words` and `glossary`.

use super::render::{annotation_summary, clean, one_line};
use super::{Human, Out};
use crate::error::Result;
use crate::ops::annotate::{Annotations, Attributions, Marked, Settled};
use crate::ops::check::CheckReport;
use crate::ops::lexicon::{Glossary, TermAdded, TermRemoved, Words, WordsAdded, WordsRemoved};

impl Human for Marked {
    fn human(&self, out: &mut Out) -> Result<()> {
        let line = annotation_summary(&self.annotation);
        if self.changed {
            out.notice(&format!("added {line}"));
        } else {
            out.notice(&format!("already there, nothing changed: {line}"));
        }
        for note in &self.notes {
            out.notice(&format!("note: {note}"));
        }
        Ok(())
    }
}

impl Human for crate::ops::annotate::SettledAll {
    fn human(&self, out: &mut Out) -> Result<()> {
        for s in &self.settled {
            s.human(out)?;
        }
        Ok(())
    }
}

impl Human for Settled {
    fn human(&self, out: &mut Out) -> Result<()> {
        let a = &self.annotation;
        if self.changed {
            out.notice(&format!("{} {}", a.status, annotation_summary(a)));
        } else {
            out.notice(&format!(
                "#{} is already {}; nothing changed",
                a.id, a.status
            ));
        }
        Ok(())
    }
}

impl Human for Annotations {
    fn human(&self, out: &mut Out) -> Result<()> {
        out.annotations(&self.0)
    }
}

impl Human for Attributions {
    fn human(&self, out: &mut Out) -> Result<()> {
        out.attributions(&self.doc, &self.speakers)
    }
}

impl Human for CheckReport {
    fn human(&self, out: &mut Out) -> Result<()> {
        for f in &self.findings {
            out.finding(f)?;
        }
        out.flush()?;
        let total = self.findings.len();
        let per: Vec<String> = self
            .counts
            .iter()
            .map(|(k, v)| format!("{v} {k}"))
            .collect();
        out.notice(&format!(
            "{}: {total} finding{}{}{}",
            self.doc,
            if total == 1 { "" } else { "s" },
            if per.is_empty() {
                String::new()
            } else {
                format!(" ({})", per.join(", "))
            },
            if self.propose {
                format!("; {} proposed as corrections", self.proposed)
            } else {
                String::new()
            }
        ));
        Ok(())
    }
}

impl Human for Words {
    fn human(&self, out: &mut Out) -> Result<()> {
        for w in &self.0 {
            out.line(&clean(w))?;
        }
        Ok(())
    }
}

/// "added 2 words (1 unchanged)".
fn words_notice(out: &Out, verb: &str, done: usize, unchanged: usize) {
    out.notice(&format!(
        "{verb} {done} word{}{}",
        if done == 1 { "" } else { "s" },
        if unchanged > 0 {
            format!(" ({unchanged} unchanged)")
        } else {
            String::new()
        }
    ));
}

impl Human for WordsAdded {
    fn human(&self, out: &mut Out) -> Result<()> {
        words_notice(out, "added", self.added.len(), self.unchanged);
        Ok(())
    }
}

impl Human for WordsRemoved {
    fn human(&self, out: &mut Out) -> Result<()> {
        words_notice(out, "removed", self.removed.len(), self.unchanged);
        Ok(())
    }
}

impl Human for Glossary {
    fn human(&self, out: &mut Out) -> Result<()> {
        for g in &self.0 {
            let note = g
                .note
                .as_deref()
                .map(|n| format!("  ({})", one_line(n)))
                .unwrap_or_default();
            out.line(&format!(
                "{} → {}{note}",
                one_line(&g.source),
                one_line(&g.target)
            ))?;
        }
        Ok(())
    }
}

impl Human for TermAdded {
    fn human(&self, out: &mut Out) -> Result<()> {
        out.notice(&if self.added {
            format!("glossary: {} → {}", self.source, self.target)
        } else {
            format!(
                "glossary already has {} → {}; nothing changed",
                self.source, self.target
            )
        });
        Ok(())
    }
}

impl Human for TermRemoved {
    fn human(&self, out: &mut Out) -> Result<()> {
        out.notice(&format!(
            "glossary: removed {} entr{} for {}",
            self.removed,
            if self.removed == 1 { "y" } else { "ies" },
            self.source
        ));
        Ok(())
    }
}

/// One suggestion: `DOC:N  speaker (role, organisation) ← cue ‘mention’ 0.85  claim`.
fn suggestion_line(out: &Out, s: &crate::attribution::Suggestion) -> String {
    let who: Vec<String> = [&s.role, &s.organisation]
        .into_iter()
        .flatten()
        .map(|v| one_line(v))
        .collect();
    format!(
        "{}  {}{}  {}  {}",
        out.faint(&one_line(&s.segment)),
        out.strong(&one_line(&s.speaker)),
        if who.is_empty() {
            String::new()
        } else {
            format!(" ({})", who.join(", "))
        },
        out.faint(&format!(
            "← {} ‘{}’ {:.2}",
            one_line(&s.cue),
            one_line(&s.mention),
            s.score
        )),
        one_line(&s.claim.exact)
    )
}

impl Human for crate::ops::attribution::Suggested {
    fn human(&self, out: &mut Out) -> Result<()> {
        for s in &self.0 {
            let line = suggestion_line(out, s);
            out.line(&line)?;
        }
        out.flush()?;
        let n = self.0.len();
        out.notice(&format!(
            "{n} suggested attribution{}; store them with --propose",
            if n == 1 { "" } else { "s" }
        ));
        Ok(())
    }
}

impl Human for crate::ops::attribution::Proposed {
    fn human(&self, out: &mut Out) -> Result<()> {
        use crate::ops::attribution::Fate;
        for p in &self.suggestions {
            let fate = match p.fate {
                Fate::Proposed => format!("#{} proposed", p.annotation),
                Fate::Present => format!("#{} already there", p.annotation),
                Fate::Rejected => format!("#{} rejected before", p.annotation),
            };
            let line = format!(
                "{}  {}",
                suggestion_line(out, &p.suggestion),
                out.faint(&fate)
            );
            out.line(&line)?;
        }
        out.flush()?;
        out.notice(&format!(
            "{}: {} proposed, {} already present, {} rejected before (not proposed again){}",
            clean(&self.doc),
            self.proposed,
            self.present,
            self.rejected,
            if self.proposed > 0 {
                "; accept or reject them with `tolk accept`/`tolk reject` or `tolk review`"
            } else {
                ""
            }
        ));
        Ok(())
    }
}
