//! Everything tolk prints to stdout goes through here: human tables and aligned views (colour
//! only on a terminal without NO_COLOR), or JSON. Untrusted text is cleaned of control
//! characters before it reaches a terminal.

use crate::error::Result;
use crate::model::{
    AnnStatus, Annotation, Body, Document, Kind, SegmentView, Side, State, Translation,
};
use crate::ops::history::BlameLine;
use crate::ops::links::LinkInfo;
use crate::ops::view::{AddedRecord, SegmentDetail, SegmentRecord};
pub use crate::text::{clean, one_line};
use owo_colors::OwoColorize;
use serde::Serialize;
use std::io::{IsTerminal, Write};

pub struct Out {
    w: std::io::BufWriter<std::io::Stdout>,
    pub color: bool,
    pub tty: bool,
    /// `-q`: no notices on stderr.
    pub quiet: bool,
}

impl Out {
    pub fn new(quiet: bool) -> Out {
        let tty = std::io::stdout().is_terminal();
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let dumb = std::env::var("TERM").is_ok_and(|t| t == "dumb");
        Out {
            w: std::io::BufWriter::new(std::io::stdout()),
            color: tty && !no_color && !dumb,
            tty,
            quiet,
        }
    }

    /// Raw writer for exports: data goes out as is unless stdout is a terminal.
    pub fn raw(&mut self) -> &mut (dyn Write + Send) {
        &mut self.w
    }

    /// A notice for the user on stderr (never stdout, which carries data), unless `-q`.
    pub fn notice(&self, msg: &str) {
        if !self.quiet {
            notice(msg);
        }
    }

    pub fn line(&mut self, s: &str) -> Result<()> {
        self.w.write_all(s.as_bytes())?;
        self.w.write_all(b"\n")?;
        Ok(())
    }

    pub fn json<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<()> {
        serde_json::to_writer_pretty(&mut self.w, v).map_err(json_error)?;
        self.w.write_all(b"\n")?;
        Ok(())
    }

    /// One JSON value on one line (JSON Lines streams).
    pub fn json_line<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<()> {
        serde_json::to_writer(&mut self.w, v).map_err(json_error)?;
        self.w.write_all(b"\n")?;
        Ok(())
    }

    pub fn flush(&mut self) -> Result<()> {
        self.w.flush()?;
        Ok(())
    }

    pub(super) fn strong(&self, s: &str) -> String {
        if self.color {
            s.bold().to_string()
        } else {
            s.to_string()
        }
    }

    pub(super) fn faint(&self, s: &str) -> String {
        if self.color {
            s.dimmed().to_string()
        } else {
            s.to_string()
        }
    }

    fn state_label(&self, st: State) -> String {
        let s = st.as_str();
        if !self.color {
            return s.to_string();
        }
        match st {
            State::Untranslated => s.red().to_string(),
            State::Translated => s.cyan().to_string(),
            State::NeedsWork => s.yellow().to_string(),
            State::Reviewed => s.green().to_string(),
            State::Final => s.green().bold().to_string(),
        }
    }

    // ---- command views -------------------------------------------------------------------

    /// `tolk segment`: one sentence per line, a blank line between paragraphs.
    pub fn sentences(&mut self, paragraphs: &[crate::segment::Paragraph]) -> Result<()> {
        for (i, p) in paragraphs.iter().enumerate() {
            if i > 0 {
                self.line("")?;
            }
            for s in &p.sentences {
                self.line(&one_line(&s.text))?;
            }
        }
        Ok(())
    }

    /// `tolk docs`: one row per document with its progress.
    pub fn docs(&mut self, docs: &[Document]) -> Result<()> {
        if docs.is_empty() {
            return self.line("no documents; add one with `tolk import FILE`");
        }
        let name_w = docs
            .iter()
            .map(|d| d.name.chars().count())
            .max()
            .unwrap_or(0)
            .max(8);
        let langs = |d: &Document| format!("{}>{}", clean(&d.source_lang), clean(&d.target_lang));
        let lang_w = docs
            .iter()
            .map(|d| langs(d).chars().count())
            .max()
            .unwrap_or(0)
            .max(5);
        // Translated and reviewed progress apart: a document fully translated and never
        // reviewed is not done.
        let header = format!(
            "{:<name_w$}  {:<lang_w$}  {:>5}  {:>5}  {:>5}  {:>5}  {:>5}  {:>5}  {:>5}  {:>6}  {:>5}",
            "DOCUMENT",
            "LANG",
            "PARAS",
            "SEGS",
            "UNTR",
            "TRANS",
            "WORK",
            "REV",
            "FINAL",
            "TRANS%",
            "REV%"
        );
        self.line(&self.strong(&header))?;
        for d in docs {
            let p = &d.progress;
            let pct = percent(p.done(), p.total());
            let reviewed = percent(p.reviewed + p.final_, p.total());
            let row = format!(
                "{:<name_w$}  {:<lang_w$}  {:>5}  {:>5}  {:>5}  {:>5}  {:>5}  {:>5}  {:>5}  {:>6}  {:>5}",
                clean(&d.name),
                langs(d),
                d.paragraphs,
                d.segments,
                p.untranslated,
                p.translated,
                p.needs_work,
                p.reviewed,
                p.final_,
                pct,
                reviewed
            );
            self.line(&row)?;
        }
        Ok(())
    }

    /// Header of `tolk show DOC`: name, languages, size and progress per state.
    pub fn doc_header(&mut self, d: &Document) -> Result<()> {
        let title = d
            .title
            .as_deref()
            .map(|t| format!(" — {}", one_line(t)))
            .unwrap_or_default();
        self.line(&format!(
            "{}{}  {} → {}  {} segments in {} paragraphs",
            self.strong(&clean(&d.name)),
            title,
            clean(&d.source_lang),
            clean(&d.target_lang),
            d.segments,
            d.paragraphs
        ))?;
        self.line(&self.faint(&progress_line(d)))?;
        Ok(())
    }

    /// One aligned segment block: address, paragraph, state; source, corrected source when it
    /// differs, translation; then annotations (entities only with `detail`, they are many).
    pub fn segment(
        &mut self,
        s: &SegmentView,
        d: &Document,
        anns: &[Annotation],
        detail: bool,
    ) -> Result<()> {
        let record = SegmentRecord::new(s, anns);
        self.segment_block(&record, &d.source_lang, &d.target_lang, detail)
    }

    /// [`Out::segment`] of a segment record, with the document's languages as labels.
    pub fn segment_block(
        &mut self,
        s: &SegmentRecord,
        source_lang: &str,
        target_lang: &str,
        detail: bool,
    ) -> Result<()> {
        self.line("")?;
        self.segment_top(s, source_lang, false, detail)?;
        let target = match (&s.target, &s.link) {
            (Some(t), _) => self.with_codes(t, &s.codes),
            (None, Some(l)) if l.targets == 0 => self.faint("(left out of the translation)"),
            (None, Some(l)) if l.sources.first() != Some(&s.n) => self.faint(&format!(
                "(translated with {}:{})",
                clean(&s.doc),
                l.sources.first().copied().unwrap_or_default()
            )),
            (None, _) => self.faint("(untranslated)"),
        };
        self.line(&format!(
            "  {}  {}",
            self.faint(&clean(target_lang)),
            target
        ))?;
        if let Some(c) = s.comment.as_deref() {
            self.line(&format!("  {}  {}", self.faint("//"), one_line(c)))?;
        }
        self.codes_line(&s.codes)?;
        if let Some(l) = s.link.as_ref().filter(|l| l.sources.first() == Some(&s.n)) {
            self.line(&format!("  {}", self.faint(&link_summary(&s.doc, l))))?;
        }
        for a in s
            .annotations
            .iter()
            .filter(|a| detail || a.body.kind() != Kind::Entity)
        {
            self.line(&format!("  {}", self.faint(&annotation_summary(a))))?;
        }

        Ok(())
    }

    /// A sentence the translator added (a 0-m link): where it stands and its text.
    pub fn added_block(&mut self, a: &AddedRecord, target_lang: &str) -> Result<()> {
        self.line("")?;
        self.line(&format!(
            "{}  {}",
            self.strong(&clean(&a.id)),
            self.faint(&link_summary("", &a.link))
        ))?;
        self.line(&format!(
            "  {}  {}",
            self.faint(&clean(target_lang)),
            one_line(&a.target)
        ))
    }

    /// The first lines of a segment block: address, paragraph, state and current revision;
    /// the published source; the corrected source when it differs (as a word diff with `diff`).
    fn segment_top(
        &mut self,
        s: &SegmentRecord,
        source_lang: &str,
        diff: bool,
        key: bool,
    ) -> Result<()> {
        let mut head = format!(
            "{}  {}  {}",
            self.strong(&clean(&s.id)),
            self.faint(&format!("¶{}", s.paragraph)),
            self.state_label(s.state)
        );
        if key && !s.key.is_empty() {
            head.push_str(&self.faint(&format!("  {}", clean(&s.key))));
        }
        if let Some(revision) = s.revision {
            head.push_str(&self.faint(&format!(
                "  r{} {} {}",
                revision,
                one_line(s.author.as_deref().unwrap_or_default()),
                s.updated_at.as_deref().unwrap_or_default()
            )));
        }
        self.line(&head)?;
        self.line(&format!(
            "  {}  {}",
            self.faint(&clean(source_lang)),
            self.with_codes(&s.source_published, &s.codes)
        ))?;
        if s.source_corrected != s.source_published {
            let shown = if diff {
                self.word_diff(&s.source_published, &s.source_corrected)
            } else {
                one_line(&s.source_corrected)
            };
            self.line(&format!("  {}  {}", self.faint("->"), shown))?;
        }
        Ok(())
    }

    /// Earlier revisions under `tolk show DOC:N`, newest first.
    pub fn revisions(&mut self, revs: &[Translation]) -> Result<()> {
        if revs.len() < 2 {
            return Ok(());
        }
        self.line("")?;
        self.line(&self.strong("history"))?;
        for t in revs.iter().rev() {
            let comment = t
                .comment
                .as_deref()
                .map(|c| format!("  // {}", one_line(c)))
                .unwrap_or_default();
            self.line(&format!(
                "  r{}  {}  {}  {}{}",
                t.revision,
                t.created_at,
                one_line(&t.author),
                self.state_label(t.state),
                comment
            ))?;
            self.line(&format!("      {}", one_line(&t.text)))?;
        }
        Ok(())
    }
}

impl Out {
    pub fn heading(&mut self, text: &str) -> Result<()> {
        let h = self.strong(&one_line(text));
        self.line(&h)
    }

    /// `tolk annotations`: one line per annotation, then its note or fields.
    pub fn annotations(&mut self, list: &[Annotation]) -> Result<()> {
        if list.is_empty() {
            return self.line("no annotations");
        }
        for a in list {
            let line = annotation_summary(a);
            self.line(&line)?;
        }
        Ok(())
    }

    /// `tolk attributions`: speakers with role and organisation, each claim with its segment,
    /// the Dutch claim and the translation of the segment.
    pub fn attributions(
        &mut self,
        doc: &str,
        speakers: &[crate::attribution::Speaker],
    ) -> Result<()> {
        if speakers.is_empty() {
            return self.line(&format!(
                "no attributions in {}; add them with `tolk attribute DOC:N --claim TEXT --speaker NAME`",
                clean(doc)
            ));
        }
        for (i, s) in speakers.iter().enumerate() {
            if i > 0 {
                self.line("")?;
            }
            let who: Vec<String> = [&s.role, &s.organisation]
                .into_iter()
                .flatten()
                .map(|v| one_line(v))
                .collect();
            let n = s.claims.len();
            self.line(&format!(
                "{}{}  {}",
                self.strong(&one_line(&s.speaker)),
                if who.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", who.join(", "))
                },
                self.faint(&format!("{n} claim{}", if n == 1 { "" } else { "s" }))
            ))?;
            for c in &s.claims {
                let status = if c.status == AnnStatus::Accepted {
                    String::new()
                } else {
                    format!(" [{}]", c.status)
                };
                let cue = c
                    .cue
                    .as_deref()
                    .map(|q| format!(" ({})", one_line(q)))
                    .unwrap_or_default();
                self.line(&format!(
                    "  {}{}{}  {}",
                    self.faint(c.segment.as_deref().unwrap_or("(segment removed)")),
                    cue,
                    status,
                    one_line(&c.claim)
                ))?;
                if let Some(t) = &c.translation {
                    self.line(&format!("      {}", self.faint(&one_line(t))))?;
                }
            }
        }
        Ok(())
    }
}

impl Out {
    /// One line of `tolk log`.
    pub fn operation(&mut self, op: &crate::model::Operation) -> Result<()> {
        let undone = op
            .undone_by
            .map(|u| format!("  (undone by #{u})"))
            .unwrap_or_default();
        let line = format!(
            "{}  {}  {}  {}  {}{}",
            self.strong(&format!("#{}", op.id)),
            op.at,
            one_line(&op.author),
            self.accent(&op.command),
            one_line(&op.summary),
            self.faint(&undone)
        );
        self.line(&line)
    }

    /// A command or check name, in colour on a terminal.
    fn accent(&self, name: &str) -> String {
        if self.color {
            name.cyan().to_string()
        } else {
            name.to_string()
        }
    }

    /// The changes under an operation in `tolk log --patch`.
    pub fn patch(&mut self, c: &crate::store::OpChanges) -> Result<()> {
        for r in &c.revisions {
            let head = format!(
                "    {} r{} {}",
                clean(&r.segment),
                r.revision,
                clean(&r.state)
            );
            match &r.previous_text {
                Some(prev) if *prev != r.text => {
                    self.line(&head)?;
                    let d = self.word_diff(prev, &r.text);
                    self.line(&format!("      {d}"))?;
                }
                Some(_) => {
                    let from = r.previous_state.as_deref().unwrap_or("?");
                    let comment = r
                        .comment
                        .as_deref()
                        .map(|c| format!(" // {}", one_line(c)))
                        .unwrap_or_default();
                    self.line(&format!("{head} (was {}){comment}", clean(from)))?;
                }
                None => {
                    self.line(&head)?;
                    self.line(&format!("      {}", self.word_diff("", &r.text)))?;
                }
            }
        }
        for a in &c.annotations {
            self.line(&format!("    + {}", annotation_summary(a)))?;
        }
        for r in &c.rows {
            let text = |v: &Option<serde_json::Value>, key: &str| {
                v.as_ref()
                    .and_then(|v| v.get(key))
                    .and_then(|t| t.as_str())
                    .map(str::to_string)
            };
            let num = |v: &Option<serde_json::Value>, key: &str| {
                v.as_ref().and_then(|v| v.get(key)).and_then(|t| t.as_i64())
            };
            let line = match r.table.as_str() {
                "segments" => {
                    let (bp, ap) = (num(&r.before, "position"), num(&r.after, "position"));
                    let (bt, at) = (
                        text(&r.before, "text").unwrap_or_default(),
                        text(&r.after, "text").unwrap_or_default(),
                    );
                    let place = |p: Option<i64>| p.map_or("-".to_string(), |p| p.to_string());
                    if bt != at && r.before.is_some() && r.after.is_some() {
                        format!(
                            "    segment {} → {}: {}",
                            place(bp),
                            place(ap),
                            self.word_diff(&bt, &at)
                        )
                    } else if r.before.is_none() {
                        format!("    segment + {}: {}", place(ap), one_line(&at))
                    } else if r.after.is_none() {
                        format!("    segment - {}: {}", place(bp), one_line(&bt))
                    } else if bp != ap {
                        format!("    segment {} → {}", place(bp), place(ap))
                    } else {
                        continue;
                    }
                }
                "annotations" => {
                    let (bs, as_) = (text(&r.before, "status"), text(&r.after, "status"));
                    let exact = text(&r.after, "exact")
                        .or(text(&r.before, "exact"))
                        .unwrap_or_default();
                    match (bs, as_) {
                        (Some(b), Some(a)) if b != a => format!(
                            "    annotation #{} ‘{}’ {b} → {a}",
                            r.row_id,
                            one_line(&exact)
                        ),
                        (Some(_), Some(_))
                            if num(&r.before, "start") == num(&r.after, "start")
                                && num(&r.before, "end") == num(&r.after, "end") =>
                        {
                            let speaker = |v: &Option<serde_json::Value>| {
                                text(v, "body")
                                    .and_then(|b| {
                                        serde_json::from_str::<serde_json::Value>(&b).ok()
                                    })
                                    .and_then(|b| b.get("speaker")?.as_str().map(str::to_string))
                            };
                            match (speaker(&r.before), speaker(&r.after)) {
                                (Some(b), Some(a)) if b != a => format!(
                                    "    annotation #{} ‘{}’ speaker ‘{}’ → ‘{}’",
                                    r.row_id,
                                    one_line(&exact),
                                    one_line(&b),
                                    one_line(&a)
                                ),
                                _ => format!(
                                    "    annotation #{} ‘{}’ changed",
                                    r.row_id,
                                    one_line(&exact)
                                ),
                            }
                        }
                        (Some(_), Some(_)) => format!(
                            "    annotation #{} ‘{}’ re-anchored {}–{} → {}–{}",
                            r.row_id,
                            one_line(&exact),
                            num(&r.before, "start").unwrap_or(0),
                            num(&r.before, "end").unwrap_or(0),
                            num(&r.after, "start").unwrap_or(0),
                            num(&r.after, "end").unwrap_or(0)
                        ),
                        (None, Some(_)) => {
                            format!("    annotation + #{} ‘{}’", r.row_id, one_line(&exact))
                        }
                        (Some(_), None) => {
                            format!("    annotation - #{} ‘{}’", r.row_id, one_line(&exact))
                        }
                        (None, None) => continue,
                    }
                }
                "translations" => {
                    let t = text(&r.after, "text")
                        .or(text(&r.before, "text"))
                        .unwrap_or_default();
                    let rev = num(&r.after, "revision")
                        .or(num(&r.before, "revision"))
                        .unwrap_or(0);
                    let sign = if r.after.is_none() { "-" } else { "+" };
                    format!("    revision {sign} r{rev}: {}", one_line(&t))
                }
                "accepted_findings" => {
                    let row = if r.after.is_some() {
                        &r.after
                    } else {
                        &r.before
                    };
                    let sign = if r.after.is_none() { "-" } else { "+" };
                    format!(
                        "    accepted finding {sign} {} ‘{}’ ({}): {}",
                        clean(&text(row, "check_name").unwrap_or_default()),
                        one_line(&text(row, "exact").unwrap_or_default()),
                        clean(&text(row, "scope").unwrap_or_default()),
                        one_line(&text(row, "reason").unwrap_or_default())
                    )
                }
                "documents" => {
                    let name = text(&r.after, "name")
                        .or(text(&r.before, "name"))
                        .unwrap_or_default();
                    let sign = if r.after.is_none() { "-" } else { "+" };
                    format!("    document {sign} {}", clean(&name))
                }
                _ => continue,
            };
            self.line(&line)?;
        }
        Ok(())
    }

    /// A segment under review: published source, the corrected source as a word diff when it
    /// differs, annotations, the current translation and what changed since the previous one.
    pub fn review_segment(&mut self, d: &SegmentDetail) -> Result<()> {
        let s = &d.segment;
        self.segment_top(s, &d.source_lang, true, false)?;
        for a in s
            .annotations
            .iter()
            .filter(|a| a.body.kind() != Kind::Entity)
        {
            self.line(&format!("  {}", self.faint(&annotation_summary(a))))?;
        }
        let lang = self.faint(&clean(&d.target_lang));
        match &s.target {
            Some(text) => {
                self.line(&format!("  {lang}  {}", self.with_codes(text, &s.codes)))?;
                self.codes_line(&s.codes)?;
                if let Some(c) = &s.comment {
                    self.line(&format!("  {}  {}", self.faint("//"), one_line(c)))?;
                }
                if let Some(prev) = d.revisions.iter().rev().find(|p| p.text != *text) {
                    let diff = self.word_diff(&prev.text, text);
                    self.line(&format!(
                        "  {}  {}",
                        self.faint(&format!("r{}", prev.revision)),
                        diff
                    ))?;
                }
            }
            None => self.line(&format!("  {lang}  {}", self.faint("(untranslated)")))?,
        }
        Ok(())
    }

    /// `text` on one line with its inline codes (short tags the segment lists) marked: in
    /// colour on a terminal, else as they are (`<x1/>`, `<g2>` … `</g2>`).
    fn with_codes(&self, text: &str, codes: &[crate::model::InlineCode]) -> String {
        // A line break inside a text is shown as ⏎, never silently joined into a space.
        let flat = |t: &str| one_line(&t.replace("\r\n", "\n").replace('\n', "⏎ "));
        let found = crate::formats::codes::find(text, codes);
        if found.is_empty() || !self.color {
            return flat(text);
        }
        let mut out = String::new();
        let mut last = 0;
        for (start, end, _) in found {
            out.push_str(&flat(&text[last..start]));
            out.push_str(&flat(&text[start..end]).cyan().bold().to_string());
            last = end;
        }
        out.push_str(&flat(&text[last..]));
        out
    }

    /// One line naming what each inline code of a segment stands for in its file.
    fn codes_line(&mut self, codes: &[crate::model::InlineCode]) -> Result<()> {
        if codes.is_empty() {
            return Ok(());
        }
        let list: Vec<String> = codes
            .iter()
            .map(|c| {
                format!(
                    "{} {}",
                    one_line(&c.tag),
                    crate::text::excerpt(&one_line(&c.xml), 40)
                )
            })
            .collect();
        self.line(&format!(
            "  {}  {}",
            self.faint("codes"),
            self.faint(&format!(
                "{} (keep them in the translation)",
                list.join(", ")
            ))
        ))
    }

    /// Word-diff runs for the terminal: coloured, or `[-old-]{+new+}` without colour.
    pub fn render_runs(&self, runs: &[crate::diff::Run]) -> String {
        let cleaned: Vec<crate::diff::Run> = runs
            .iter()
            .map(|r| crate::diff::Run {
                text: one_line(&r.text),
                ..r.clone()
            })
            .collect();
        if self.color {
            crate::diff::colored(&cleaned)
        } else {
            crate::diff::plain(&cleaned)
        }
    }

    /// A word diff of two texts for the terminal: coloured, or `[-old-]{+new+}` without colour.
    pub fn word_diff(&self, old: &str, new: &str) -> String {
        let runs = crate::diff::words(&one_line(old), &one_line(new));
        if self.color {
            crate::diff::colored(&runs)
        } else {
            crate::diff::plain(&runs)
        }
    }

    /// `tolk blame`: per segment the revision that last changed the translation's text.
    pub fn blame(&mut self, rows: &[BlameLine]) -> Result<()> {
        let aw = rows
            .iter()
            .filter_map(|b| b.author.as_ref().map(|a| one_line(a).chars().count()))
            .max()
            .unwrap_or(1);
        let id_w = rows
            .iter()
            .map(|b| clean(&b.id).chars().count())
            .max()
            .unwrap_or(0);
        for b in rows {
            let id = clean(&b.id);
            let line = match (b.revision, &b.author, &b.at, &b.text) {
                (Some(revision), Some(author), Some(at), Some(text)) => format!(
                    "{id:<w$}  r{:<3} {:<aw$}  {}  {}",
                    revision,
                    one_line(author),
                    at,
                    one_line(text),
                    w = id_w
                ),
                _ => format!("{id:<w$}  {}", self.faint("(untranslated)"), w = id_w),
            };
            self.line(&line)?;
        }
        Ok(())
    }
}

impl Out {
    /// One finding of `tolk check`: where, which check, the span, the fix, why.
    pub fn finding(&mut self, f: &crate::ops::check::Checked) -> Result<()> {
        let side = if f.side == Side::Target {
            " target"
        } else {
            ""
        };
        let fix = f
            .suggestion
            .as_deref()
            .map(|s| format!(" → ‘{}’", one_line(s)))
            .unwrap_or_default();
        let mark = f
            .marked
            .map(|id| format!("  (marked as #{id})"))
            .unwrap_or_default();
        let exact: String = one_line(&f.exact).chars().take(60).collect();
        let corrected = if f.in_correction {
            " (in the corrected source)"
        } else {
            ""
        };
        let line = format!(
            "{}  {}{side}  {}  {}–{}{corrected}  ‘{}’{fix}  {}{}",
            self.faint(&clean(&f.finding)),
            self.strong(&clean(&f.id)),
            self.accent(&f.check),
            f.start,
            f.end,
            exact,
            one_line(&f.message),
            self.faint(&mark)
        );
        self.line(&line)?;
        if let Some(a) = &f.accepted {
            self.line(&format!("         {}", self.faint(&accepted_line(a))))?;
        }
        Ok(())
    }
}

/// "accepted by anna 2026-…, for this segment: an institution's name".
pub fn accepted_line(a: &crate::ops::check::Accepted) -> String {
    let reach = match a.scope {
        crate::model::FindingScope::Segment => "for this segment".to_string(),
        crate::model::FindingScope::Document => format!(
            "for the whole document (on {})",
            clean(a.on.as_deref().unwrap_or("a removed segment"))
        ),
    };
    format!(
        "accepted by {} {}, {reach}: {}",
        one_line(&a.author),
        clean(&a.at),
        one_line(&a.reason)
    )
}

/// One line describing an annotation: id, place, kind, span and its fields.
pub fn annotation_summary(a: &Annotation) -> String {
    let place = a
        .segment
        .clone()
        .unwrap_or_else(|| format!("{} (segment removed)", a.doc));
    let side = if a.side == Side::Target {
        " target"
    } else {
        ""
    };
    let what = match &a.body {
        Body::Correction {
            replacement,
            category,
            note,
            fixed_upstream,
        } => format!(
            "‘{}’ → ‘{}’ ({category}{}){}",
            one_line(fixed_upstream.as_deref().unwrap_or(&a.exact)),
            one_line(replacement),
            if fixed_upstream.is_some() {
                ", fixed upstream"
            } else {
                ""
            },
            note.as_deref()
                .map(|n| format!(" {}", one_line(n)))
                .unwrap_or_default()
        ),
        Body::Attribution {
            speaker,
            role,
            organisation,
            cue,
            ..
        } => {
            let who: Vec<String> = [role, organisation]
                .into_iter()
                .flatten()
                .map(|v| one_line(v))
                .collect();
            format!(
                "{}{}{}: “{}”",
                one_line(speaker),
                if who.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", who.join(", "))
                },
                cue.as_deref()
                    .map(|c| format!(" via ‘{}’", one_line(c)))
                    .unwrap_or_default(),
                one_line(&a.exact)
            )
        }
        Body::Entity { entity_type } => format!("‘{}’ {entity_type}", one_line(&a.exact)),
        Body::Note { text } => format!("‘{}’: {}", one_line(&a.exact), one_line(text)),
    };
    format!(
        "#{} {place}{side} {}–{} {} {} {what}",
        a.id,
        a.start,
        a.end,
        a.body.kind(),
        a.status
    )
}

pub fn percent(part: usize, total: usize) -> String {
    if total == 0 {
        return "-".into();
    }
    format!("{}%", part * 100 / total)
}

pub fn progress_line(d: &Document) -> String {
    let p = &d.progress;
    let parts: Vec<String> = State::ALL
        .iter()
        .filter(|s| p.get(**s) > 0)
        .map(|s| format!("{} {}", p.get(*s), s))
        .collect();
    format!(
        "{} translated ({}): {}",
        p.done(),
        percent(p.done(), p.total()),
        if parts.is_empty() {
            "empty".to_string()
        } else {
            parts.join(", ")
        }
    )
}

/// A serializer failure: a reader that went away is a broken pipe like any other write.
fn json_error(source: serde_json::Error) -> crate::error::Error {
    match source.io_error_kind() {
        Some(std::io::ErrorKind::BrokenPipe) => crate::error::Error::BrokenPipe,
        _ => crate::error::Error::Json {
            what: "<stdout>",
            source,
        },
    }
}

/// A notice for the user on stderr (never stdout, which carries data).
pub fn notice(msg: &str) {
    eprintln!("{}", clean(msg));
}

/// `link 2-1 DOC:6–7 (aligner, score 0.71)`; an added link says so.
fn link_summary(doc: &str, l: &LinkInfo) -> String {
    let score = l
        .score
        .map(|s| format!(", score {s:.2}"))
        .unwrap_or_default();
    match (l.sources.first(), l.sources.last()) {
        (Some(a), Some(b)) if a == b => {
            format!("link {} {}:{a} ({}{score})", l.shape, clean(doc), l.origin)
        }
        (Some(a), Some(b)) => format!(
            "link {} {}:{a}–{b} ({}{score})",
            l.shape,
            clean(doc),
            l.origin
        ),
        _ => format!(
            "link {}: added by the translator ({}{score})",
            l.shape, l.origin
        ),
    }
}
