//! A self-contained HTML page of a document for people: source and translation side by side,
//! paragraph by paragraph; corrections struck through with the replacement beside them;
//! attributed claims highlighted with the speaker on hover and in a legend; states as badges.
//! Inline CSS only — no scripts, fonts or other outside resources — and columns stack on phones.

use super::interchange::{ExportOptions, Exporter, span_fits, speaker_line, summary};
use super::{Record, SourceText};
use crate::model::{AnnStatus, Annotation, Body, Document, Progress, Side, State};
use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::{self, Write};

/// Highlight colours for speakers, cycled in order of first appearance.
const SPEAKER_COLOURS: usize = 8;

const STYLE: &str = r#"
:root{color-scheme:light dark;--fg:#1f1f24;--muted:#6a6a73;--bg:#fdfdfb;--line:#e4e4e0;--ins:#0b7a35;--del:#b3261e}
@media (prefers-color-scheme:dark){:root{--fg:#e7e7ea;--muted:#a2a2ab;--bg:#17171b;--line:#303038;--ins:#6fd69a;--del:#ff8f86}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:17px/1.6 Georgia,"Times New Roman",serif}
header,main,footer,.legend{max-width:75rem;margin:0 auto;padding:0 1rem}
h1{font-size:1.7rem;line-height:1.25;margin:1.6rem 0 .3rem}
h2{font:600 1rem/1.4 system-ui,sans-serif;margin:2rem 0 .5rem}
.meta,.key,footer,.colhead,.legend li{font:14px/1.5 system-ui,sans-serif;color:var(--muted)}
.key span{margin-right:1.2em;white-space:nowrap}
.para,.colhead{display:grid;grid-template-columns:1fr 1fr;gap:0 2.2rem}
.para{padding:.8rem 0;border-top:1px solid var(--line)}
.colhead{padding:.6rem 0 .2rem;text-transform:uppercase;letter-spacing:.05em;font-size:12px}
.col{min-width:0;overflow-wrap:anywhere}
.pn{font:12px system-ui,sans-serif;color:var(--muted);text-decoration:none;margin-right:.35em}
.seg{white-space:pre-wrap}
del{color:var(--del);text-decoration:line-through}
ins{color:var(--ins);text-decoration:none;border-bottom:1px solid currentColor;margin-left:.15em}
.proposed{opacity:.75;border-bottom-style:dashed}
mark{color:inherit;padding:0}
.sp0{background:#f6d36580}.sp1{background:#8fd8b680}.sp2{background:#a7c7f780}.sp3{background:#f5a8c580}
.sp4{background:#c9b3f280}.sp5{background:#f7b98580}.sp6{background:#b5e3e380}.sp7{background:#d6d98a80}
.ent{border-bottom:1px dotted var(--muted)}
.note{text-decoration:underline wavy var(--muted) 1px;text-underline-offset:3px}
.badge{font:11px/1 system-ui,sans-serif;padding:.15em .45em;margin-left:.3em;border:1px solid var(--line);border-radius:1em;color:var(--muted);vertical-align:.15em;white-space:nowrap}
.badge.needs-work{color:#b45309;border-color:#f0a43a}
.badge.untranslated{color:var(--del);border-color:currentColor}
.badge.reviewed{color:#2456c9;border-color:#8fb0f0}
.badge.final{color:var(--ins);border-color:currentColor}
.missing{color:var(--muted)}
.comment{display:block;margin:.15em 0 .45em;font:13px/1.45 system-ui,sans-serif;color:var(--muted);white-space:pre-wrap}
.legend ul{list-style:none;padding:0}
.legend li{margin:.3em 0}
.legend mark{font:600 15px/1.5 Georgia,serif;color:var(--fg)}
footer{margin:2.5rem auto 2rem;border-top:1px solid var(--line);padding-top:.6rem}
@media (max-width:700px){
 body{font-size:16px}
 .para,.colhead{grid-template-columns:1fr}
 .colhead .col+.col{display:none}
 .col+.col{margin-top:.45rem;padding-left:.7rem;border-left:2px solid var(--line)}
}
"#;

/// Escapes text for HTML content and attribute values alike; control characters that HTML
/// cannot show become U+FFFD.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\r' => out.push_str("&#13;"),
            '\t' | '\n' => out.push(c),
            c if c.is_control() => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

struct Speaker {
    name: String,
    role: Option<String>,
    organisation: Option<String>,
    claims: usize,
}

/// Writes the page; buffers one paragraph at a time (its two columns), plus the speaker list.
pub struct HtmlWriter {
    name: String,
    title: Option<String>,
    source_lang: String,
    target_lang: String,
    segments: usize,
    paragraphs: usize,
    progress: Progress,
    opts: ExportOptions,
    paragraph: Option<usize>,
    src: String,
    tgt: String,
    speakers: Vec<Speaker>,
    speaker_ids: HashMap<String, usize>,
    /// Records written so far (ids for sentences the translator added).
    records: usize,
}

impl HtmlWriter {
    pub fn new(doc: &Document, opts: ExportOptions) -> Self {
        HtmlWriter {
            name: doc.name.clone(),
            title: doc.title.clone(),
            source_lang: doc.source_lang.clone(),
            target_lang: doc.target_lang.clone(),
            segments: doc.segments,
            paragraphs: doc.paragraphs,
            progress: doc.progress.clone(),
            opts,
            paragraph: None,
            src: String::new(),
            tgt: String::new(),
            speakers: Vec::new(),
            speaker_ids: HashMap::new(),
            records: 0,
        }
    }

    fn flush_paragraph(&mut self, w: &mut dyn Write) -> io::Result<()> {
        let Some(p) = self.paragraph.take() else {
            return Ok(());
        };
        writeln!(
            w,
            "<section class=\"para\" id=\"p{p}\"><div class=\"col\" lang=\"{}\"><a class=\"pn\" href=\"#p{p}\">¶{p}</a>{}</div><div class=\"col\" lang=\"{}\">{}</div></section>",
            escape(&self.source_lang),
            self.src.trim_end(),
            escape(&self.target_lang),
            self.tgt.trim_end()
        )?;
        self.src.clear();
        self.tgt.clear();
        Ok(())
    }

    /// The speaker's colour index, registering a first appearance.
    fn speaker(&mut self, body: &Body) -> Option<usize> {
        let Body::Attribution {
            speaker,
            role,
            organisation,
            ..
        } = body
        else {
            return None;
        };
        let id = *self.speaker_ids.entry(speaker.clone()).or_insert_with(|| {
            self.speakers.push(Speaker {
                name: speaker.clone(),
                role: None,
                organisation: None,
                claims: 0,
            });
            self.speakers.len() - 1
        });
        let s = &mut self.speakers[id];
        s.claims += 1;
        if s.role.is_none() {
            s.role.clone_from(role);
        }
        if s.organisation.is_none() {
            s.organisation.clone_from(organisation);
        }
        Some(id)
    }
}

fn state_label(s: State) -> &'static str {
    match s {
        State::Untranslated => "untranslated",
        State::Translated => "translated",
        State::NeedsWork => "needs work",
        State::Reviewed => "reviewed",
        State::Final => "final",
    }
}

impl Exporter for HtmlWriter {
    fn begin(&mut self, w: &mut dyn Write) -> io::Result<()> {
        let title = self.title.clone().unwrap_or_else(|| self.name.clone());
        let p = &self.progress;
        let done = p.total() - p.untranslated;
        let source = match self.opts.source {
            SourceText::Published => "source as published, corrections marked",
            SourceText::Corrected => "corrected source, corrections marked",
        };
        writeln!(w, "<!DOCTYPE html>")?;
        writeln!(w, "<html lang=\"en\">")?;
        writeln!(w, "<head>")?;
        writeln!(w, "<meta charset=\"utf-8\">")?;
        writeln!(
            w,
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        )?;
        writeln!(
            w,
            "<meta name=\"generator\" content=\"tolk {}\">",
            env!("CARGO_PKG_VERSION")
        )?;
        writeln!(w, "<title>{}</title>", escape(&title))?;
        writeln!(w, "<style>{STYLE}</style>")?;
        writeln!(w, "</head>")?;
        writeln!(w, "<body>")?;
        writeln!(w, "<header>")?;
        writeln!(w, "<h1>{}</h1>", escape(&title))?;
        writeln!(
            w,
            "<p class=\"meta\">{} · {} → {} · {} segments in {} paragraphs · {done} translated ({} needs work, {} reviewed, {} final) · {source}</p>",
            escape(&self.name),
            escape(&self.source_lang),
            escape(&self.target_lang),
            self.segments,
            self.paragraphs,
            p.needs_work,
            p.reviewed,
            p.final_
        )?;
        writeln!(
            w,
            "<p class=\"key\"><span><del>struck</del><ins>added</ins> correction</span> <span><mark class=\"sp0\">highlighted</mark> attributed claim (<a href=\"#speakers\">speakers</a>)</span> <span><span class=\"ent\">dotted</span> name</span> <span><span class=\"note\">wavy</span> note</span> <span>hover or tap for details</span></p>"
        )?;
        writeln!(w, "</header>")?;
        writeln!(w, "<main>")?;
        writeln!(
            w,
            "<div class=\"colhead\" aria-hidden=\"true\"><div class=\"col\">{}</div><div class=\"col\">{}</div></div>",
            escape(&self.source_lang),
            escape(&self.target_lang)
        )
    }

    fn record(&mut self, w: &mut dyn Write, r: &Record<'_>) -> io::Result<bool> {
        if self.paragraph != Some(r.paragraph) {
            self.flush_paragraph(w)?;
            self.paragraph = Some(r.paragraph);
        }
        let mut speakers = HashMap::new();
        for a in r.annotations.iter().filter(|a| visible(a)) {
            if let Some(k) = self.speaker(&a.body) {
                speakers.insert(a.id, k);
            }
        }
        // Annotations are placed on the published text; a corrected export shows it too, with
        // the corrections marked, which says more than the corrected text alone.
        // One link is one row: an n-m link's sources joined on the left, its translation on
        // the right, its shape beside the state; sentences the translator added stand with an
        // empty source (and ids of their own).
        let link = r.link.as_ref().filter(|l| l.shape != "1-1");
        let added = link.is_some_and(|l| l.sources.is_empty());
        self.records += 1;
        let (sid, tid) = if added {
            (format!("a{}", self.records), format!("b{}", self.records))
        } else {
            (format!("s{}", r.n), format!("t{}", r.n))
        };
        let mut tip = format!("{} · {}", r.id, state_label(r.state));
        if let Some(l) = link {
            tip.push_str(&format!(" · link {}", l.shape));
            if let Some(sc) = l.score {
                tip.push_str(&format!(" (score {sc:.2})"));
            }
        }
        if added {
            let _ = write!(
                self.src,
                "<span class=\"seg missing\" id=\"{sid}\" title=\"{}\">+</span> ",
                escape(&tip)
            );
        } else {
            let _ = write!(
                self.src,
                "<span class=\"seg\" id=\"{sid}\" title=\"{}\">{}</span> ",
                escape(&tip),
                render(r.source_published, r.annotations, Side::Source, &speakers)
            );
        }
        let state = r.state.as_str();
        match r.target {
            Some(t) => {
                let _ = write!(
                    self.tgt,
                    "<span class=\"seg\" id=\"{tid}\">{}</span>",
                    render(t, r.annotations, Side::Target, &speakers)
                );
            }
            None => {
                let missing = if link.is_some_and(|l| l.targets == 0) {
                    "—"
                } else {
                    "…"
                };
                let _ = write!(
                    self.tgt,
                    "<span class=\"seg missing\" id=\"{tid}\">{missing}</span>"
                );
            }
        }
        if let Some(l) = link {
            let _ = write!(
                self.tgt,
                "<span class=\"badge link\" title=\"{}\">{}</span>",
                escape(&tip),
                escape(&l.shape)
            );
        }
        let _ = write!(
            self.tgt,
            "<span class=\"badge {state}\" title=\"{}\">{}</span>",
            escape(&tip),
            state_label(r.state)
        );
        match r.comment {
            Some(c) => {
                let _ = write!(
                    self.tgt,
                    "<span class=\"comment\">Comment: {}</span>",
                    escape(c)
                );
            }
            None => self.tgt.push(' '),
        }
        Ok(true)
    }

    fn finish(&mut self, w: &mut dyn Write) -> io::Result<()> {
        self.flush_paragraph(w)?;
        writeln!(w, "</main>")?;
        writeln!(w, "<section class=\"legend\" id=\"speakers\">")?;
        writeln!(w, "<h2>Speakers</h2>")?;
        if self.speakers.is_empty() {
            writeln!(w, "<p class=\"meta\">No attributed claims.</p>")?;
        } else {
            writeln!(w, "<ul>")?;
            for (k, s) in self.speakers.iter().enumerate() {
                let who: Vec<&str> = [&s.role, &s.organisation]
                    .into_iter()
                    .flatten()
                    .map(String::as_str)
                    .collect();
                writeln!(
                    w,
                    "<li><mark class=\"sp{}\">{}</mark>{} — {} claim{}</li>",
                    k % SPEAKER_COLOURS,
                    escape(&s.name),
                    if who.is_empty() {
                        String::new()
                    } else {
                        format!(", {}", escape(&who.join(", ")))
                    },
                    s.claims,
                    if s.claims == 1 { "" } else { "s" }
                )?;
            }
            writeln!(w, "</ul>")?;
        }
        writeln!(w, "</section>")?;
        writeln!(
            w,
            "<footer>Exported by tolk {} from document {}.</footer>",
            env!("CARGO_PKG_VERSION"),
            escape(&self.name)
        )?;
        writeln!(w, "</body>")?;
        writeln!(w, "</html>")
    }
}

/// Rejected and orphaned annotations are history, not part of the page.
fn visible(a: &Annotation) -> bool {
    !matches!(a.status, AnnStatus::Rejected | AnnStatus::Orphaned)
}

/// `text` as HTML with the visible annotations of `side` marked. Spans may overlap, so the text
/// is cut at every span boundary and each piece wrapped in the marks that cover it (outermost
/// first); a correction's replacement follows its last piece.
fn render(text: &str, anns: &[Annotation], side: Side, speakers: &HashMap<i64, usize>) -> String {
    let mut active: Vec<&Annotation> = anns
        .iter()
        .filter(|a| a.side == side && visible(a) && span_fits(a, text))
        .collect();
    if active.is_empty() {
        return escape(text);
    }
    active.sort_by_key(|a| (a.start, std::cmp::Reverse(a.end), a.id));
    let offsets: Vec<usize> = text
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()))
        .collect();
    let mut bounds: Vec<usize> = active
        .iter()
        .flat_map(|a| [a.start, a.end])
        .chain([0, offsets.len() - 1])
        .collect();
    bounds.sort_unstable();
    bounds.dedup();

    let mut out = String::with_capacity(text.len() * 2);
    for pair in bounds.windows(2) {
        let (p, q) = (pair[0], pair[1]);
        // Insertions (empty spans) at p come before the text that follows.
        for a in active.iter().filter(|a| a.start == p && a.end == p) {
            out.push_str(&replacement(a));
        }
        let covering: Vec<&&Annotation> = active
            .iter()
            .filter(|a| a.start <= p && a.end >= q)
            .collect();
        for a in &covering {
            out.push_str(&open_tag(a, speakers));
        }
        out.push_str(&escape(&text[offsets[p]..offsets[q]]));
        for a in covering.iter().rev() {
            out.push_str(close_tag(a));
        }
        for a in active.iter().filter(|a| a.end == q && a.start < q) {
            out.push_str(&replacement(a));
        }
    }
    if let Some(&last) = bounds.last() {
        for a in active.iter().filter(|a| a.start == last && a.end == last) {
            out.push_str(&replacement(a));
        }
    }
    out
}

fn proposed(a: &Annotation) -> &'static str {
    if a.status == AnnStatus::Proposed {
        " proposed"
    } else {
        ""
    }
}

fn open_tag(a: &Annotation, speakers: &HashMap<i64, usize>) -> String {
    let title = escape(&summary(a));
    match &a.body {
        Body::Correction { .. } => format!("<del class=\"fix{}\" title=\"{title}\">", proposed(a)),
        Body::Attribution { .. } => format!(
            "<mark class=\"sp{}{}\" title=\"{}\">",
            speakers.get(&a.id).copied().unwrap_or(0) % SPEAKER_COLOURS,
            proposed(a),
            escape(&speaker_line(&a.body).unwrap_or_default())
        ),
        Body::Entity { entity_type } => {
            format!("<span class=\"ent {entity_type}\" title=\"{entity_type}\">")
        }
        Body::Note { text } => format!("<span class=\"note\" title=\"{}\">", escape(text)),
    }
}

fn close_tag(a: &Annotation) -> &'static str {
    match a.body {
        Body::Correction { .. } => "</del>",
        Body::Attribution { .. } => "</mark>",
        Body::Entity { .. } | Body::Note { .. } => "</span>",
    }
}

/// The `<ins>` of a correction (nothing for other kinds, or a pure deletion).
fn replacement(a: &Annotation) -> String {
    match &a.body {
        Body::Correction { replacement, .. } if !replacement.is_empty() => format!(
            "<ins class=\"fix{}\" title=\"{}\">{}</ins>",
            proposed(a),
            escape(&summary(a)),
            escape(replacement)
        ),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::Format;
    use crate::formats::interchange::fixtures::{fixture, xmllint};

    #[test]
    fn page_is_self_contained_and_escaped() {
        let f = fixture();
        let out = f.export(Format::Html, SourceText::Published);
        // Nothing from the data becomes markup.
        assert!(!out.contains("<script"), "a script tag got through");
        assert!(out.contains(
            "&lt;script&gt;alert(&quot;x&amp;y&quot;)&lt;/script&gt; &amp; &#39;weg&#39;"
        ));
        assert!(out.contains("<title>Libië &amp; &quot;Moskou&quot; &lt;test&gt;</title>"));
        // No outside resources, no scripts.
        for needle in ["http://", "https://", "src=", "<link", "@import", "url("] {
            assert!(!out.contains(needle), "found {needle}");
        }
        assert!(out.contains("lang=\"nl\"") && out.contains("lang=\"en\""));
        assert!(out.contains("@media (max-width:700px)"));
        assert!(out.contains("name=\"viewport\""));
    }

    #[test]
    fn marks_corrections_claims_states_and_comments() {
        let f = fixture();
        let out = f.export(Format::Html, SourceText::Published);
        // The accepted correction: struck published text with the replacement beside it.
        assert!(out.contains("<del class=\"fix\" title=\"correction (typo, accepted): ‘Hafta’ → ‘Haftar’ — name &quot;typo&quot; &lt;b&gt;\">Hafta</del><ins class=\"fix\""), "{out}");
        assert!(out.contains(">Haftar</ins>"));
        // The rejected correction is not shown; the proposed one is, marked as such.
        assert!(!out.contains("correction (style, rejected)"));
        assert!(out.contains("<ins class=\"fix proposed\""));
        // The claim carries its speaker on hover, and the legend lists the speaker.
        assert!(out.contains("<mark class=\"sp0\" title=\"Jalel Harchaoui, analist, Clingendael &lt;inst&gt; &amp; co (via ‘volgens’)\">"));
        assert!(out.contains("<li><mark class=\"sp0\">Jalel Harchaoui</mark>, analist, Clingendael &lt;inst&gt; &amp; co — 1 claim</li>"));
        for badge in [
            "final",
            "reviewed",
            "needs-work",
            "untranslated",
            "translated",
        ] {
            assert!(
                out.contains(&format!("<span class=\"badge {badge}\"")),
                "{badge}"
            );
        }
        assert!(out.contains("<span class=\"comment\">Comment: Check &quot;Hafta&quot; &lt;b&gt;&amp;amp;&lt;/b&gt;\nsecond line</span>"));
        assert_eq!(out.matches("<section class=\"para\"").count(), 3);
        // Overlapping spans: the text is still all there, in order.
        let para1 = out
            .split("<section class=\"para\" id=\"p1\">")
            .nth(1)
            .unwrap();
        let mut plain = String::new();
        let mut inside = false;
        for c in para1.split("</div>").next().unwrap().chars() {
            match c {
                '<' => inside = true,
                '>' => inside = false,
                c if !inside => plain.push(c),
                _ => {}
            }
        }
        assert!(plain.contains("Khalifa Haftar zei volgens Jalel Harchaoui dat het een ‘pijnlijke tegenvaller’ was."), "{plain}");
    }

    #[test]
    fn output_is_well_formed() {
        // HTML is not XML, but tolk's page is written so that an XML parser accepts its body,
        // which catches unbalanced tags from overlapping spans.
        let f = fixture();
        let out = f.export(Format::Html, SourceText::Corrected);
        let body = out
            .split_once("<body>")
            .unwrap()
            .1
            .rsplit_once("</body>")
            .unwrap()
            .0;
        let doc = format!("<body>{body}</body>");
        if let Some(r) = xmllint(&doc, &["--noout"]) {
            r.unwrap();
        }
        let mut p = crate::formats::xml::Parser::new(&doc, "page").unwrap();
        let root = p.root().unwrap();
        p.subtree(root).unwrap();
    }
}
