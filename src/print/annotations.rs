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
        out.attributions(&self.doc, &self.speakers)?;
        out.flush()?;
        for h in &self.hints {
            out.notice(&format!(
                "hint: ‘{}’ and ‘{}’ look like the same person ({}); merge them with: tolk attributions {} --merge {} --into {}",
                one_line(&h.speaker),
                one_line(&h.into),
                one_line(&h.why),
                clean(&self.doc),
                shell_word(&h.speaker),
                shell_word(&h.into)
            ));
        }
        Ok(())
    }
}

/// A name as one shell word: in single quotes when it needs them.
fn shell_word(s: &str) -> String {
    let s = one_line(s);
    if !s.is_empty()
        && s.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | ','))
    {
        return s;
    }
    format!("'{}'", s.replace('\'', "'\\''"))
}

impl Human for crate::ops::annotate::SpeakersMerged {
    fn human(&self, out: &mut Out) -> Result<()> {
        for c in &self.claims {
            out.notice(&format!(
                "#{} {}  ‘{}’: {} → {}",
                c.id,
                clean(c.segment.as_deref().unwrap_or("(segment removed)")),
                one_line(&c.claim).chars().take(80).collect::<String>(),
                one_line(&self.speaker),
                one_line(&self.into)
            ));
        }
        let n = self.claims.len();
        out.notice(&format!(
            "{}: merged ‘{}’ into {}‘{}’: {n} claim{}{}",
            clean(&self.doc),
            one_line(&self.speaker),
            if self.existing { "" } else { "new speaker " },
            one_line(&self.into),
            if n == 1 { "" } else { "s" },
            self.operation
                .map(|o| format!(" (operation #{o}; `tolk undo` takes it back)"))
                .unwrap_or_default()
        ));
        Ok(())
    }
}

impl Human for CheckReport {
    fn human(&self, out: &mut Out) -> Result<()> {
        for c in &self.changes {
            out.notice(&format!(
                "{} {} {} {} ‘{}’ {}{}",
                c.action,
                clean(&c.finding),
                clean(c.segment.as_deref().unwrap_or("(segment removed)")),
                clean(&c.check),
                one_line(&c.exact).chars().take(60).collect::<String>(),
                match c.scope {
                    crate::model::FindingScope::Segment => "for this segment",
                    crate::model::FindingScope::Document => "for the whole document",
                },
                if c.action == "revoked" {
                    String::new()
                } else {
                    format!(": {}", one_line(&c.reason))
                }
            ));
        }
        for f in &self.findings {
            out.finding(f)?;
        }
        if self.show_accepted {
            if !self.accepted.is_empty() {
                out.line("")?;
                out.line(&format!("accepted ({}):", self.accepted.len()))?;
                for f in &self.accepted {
                    out.finding(f)?;
                }
            }
            if !self.lapsed.is_empty() {
                out.line("")?;
                out.line(&format!(
                    "accepted, matching no finding now ({}; `--revoke ID` drops one):",
                    self.lapsed.len()
                ))?;
                for l in &self.lapsed {
                    out.line(&format!(
                        "{}  {}  {}  ‘{}’  {}",
                        clean(&l.finding),
                        clean(l.accepted.on.as_deref().unwrap_or("(segment removed)")),
                        clean(&l.check),
                        one_line(&l.exact).chars().take(60).collect::<String>(),
                        one_line(&l.why)
                    ))?;
                    out.line(&format!(
                        "         {}",
                        super::render::accepted_line(&l.accepted)
                    ))?;
                }
            }
        }
        out.flush()?;
        let total = self.findings.len();
        let per: Vec<String> = self
            .counts
            .iter()
            .map(|(k, v)| format!("{v} {k}"))
            .collect();
        out.notice(&format!(
            "{}: {total} finding{}{}{}{}",
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
            },
            match (self.accepted_count, self.show_accepted) {
                (0, _) => String::new(),
                (n, true) => format!("; {n} accepted"),
                (n, false) => format!("; {n} accepted, not shown (--show-accepted lists them)"),
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
