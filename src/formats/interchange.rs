//! What the exchange formats share: the streaming [`Exporter`] trait every single-file export
//! implements (begin, one record at a time, finish), the JSON form in which tolk keeps an
//! annotation inside TMX, XLIFF and PO files, one-line annotation summaries, and TMX dates.

use super::standoff::Entry;
use super::{Record, SourceText, csv, jsonl, tsv};
use crate::model::{Annotation, Body};
use crate::text::controls_to_spaces;
use serde_json::{Map, Value};
use std::io::{self, Write};

/// Choices that shape an export beyond the records themselves.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportOptions {
    /// Which source text the records carry (published or corrected).
    pub source: SourceText,
    /// When the export is made (RFC 3339), for headers that want it (PO-Revision-Date).
    pub exported_at: Option<String>,
    /// Who makes the export, for headers that want it (PO Last-Translator).
    pub exported_by: Option<String>,
    /// The document has stored links: TSV then writes its `link` column.
    pub links: bool,
}

/// A streaming writer of one export file: [`begin`](Exporter::begin) once, then
/// [`record`](Exporter::record) per segment in document order, then
/// [`finish`](Exporter::finish). Writers keep no per-segment state beyond small summaries, so
/// memory stays flat however long the document.
pub trait Exporter: Send {
    fn begin(&mut self, w: &mut dyn Write) -> io::Result<()>;
    /// Writes one segment; returns whether it was written (TMX skips untranslated segments).
    fn record(&mut self, w: &mut dyn Write, r: &Record<'_>) -> io::Result<bool>;
    fn finish(&mut self, w: &mut dyn Write) -> io::Result<()>;
}

/// A streaming writer of a pair of files, source and target, line N to line N (Moses).
pub trait PairExporter: Send {
    /// Writes one segment's pair of lines; returns whether it was written (untranslated
    /// segments have no pair).
    fn record(
        &mut self,
        source: &mut dyn Write,
        target: &mut dyn Write,
        r: &Record<'_>,
    ) -> io::Result<bool>;
}

/// tolk's TSV export (see [`tsv`]), unchanged, behind the [`Exporter`] interface.
pub struct TsvExporter {
    /// Write the `link` column (the document has stored links).
    pub links: bool,
}

impl Exporter for TsvExporter {
    fn begin(&mut self, w: &mut dyn Write) -> io::Result<()> {
        tsv::write_header(w, self.links)
    }
    fn record(&mut self, w: &mut dyn Write, r: &Record<'_>) -> io::Result<bool> {
        tsv::write_record(w, r, self.links).map(|()| true)
    }
    fn finish(&mut self, _w: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
}

/// tolk's CSV export (see [`csv`]) behind the [`Exporter`] interface.
pub struct CsvExporter {
    /// Write the `link` column (the document has stored links).
    pub links: bool,
}

impl Exporter for CsvExporter {
    fn begin(&mut self, w: &mut dyn Write) -> io::Result<()> {
        csv::write_header(w, self.links)
    }
    fn record(&mut self, w: &mut dyn Write, r: &Record<'_>) -> io::Result<bool> {
        csv::write_record(w, r, self.links).map(|()| true)
    }
    fn finish(&mut self, _w: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
}

/// tolk's JSON Lines export (see [`jsonl`]), unchanged, behind the [`Exporter`] interface.
pub struct JsonlExporter;

impl Exporter for JsonlExporter {
    fn begin(&mut self, _w: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
    fn record(&mut self, w: &mut dyn Write, r: &Record<'_>) -> io::Result<bool> {
        jsonl::write_record(w, r).map(|()| true)
    }
    fn finish(&mut self, _w: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
}

/// An annotation as one line of JSON: side, the kind's fields, span, quote, status, author and
/// time. The segment is implied by where the JSON sits, and database ids are left out so a
/// re-import exports identically. Reads back with [`entry_from_json`].
pub fn annotation_json(a: &Annotation) -> String {
    let mut m = Map::new();
    m.insert("side".into(), a.side.as_str().into());
    if let Ok(Value::Object(body)) = serde_json::to_value(&a.body) {
        m.extend(body);
    }
    m.insert("start".into(), a.start.into());
    m.insert("end".into(), a.end.into());
    m.insert("exact".into(), a.exact.as_str().into());
    m.insert("status".into(), a.status.as_str().into());
    m.insert("author".into(), a.author.as_str().into());
    m.insert("created_at".into(), a.created_at.as_str().into());
    Value::Object(m).to_string()
}

/// The alignment link a record stands for, as tolk's TMX prop (`x-tolk-link`) and PO comment
/// (`tolk:link`) carry it: the shape, the segments it covers as `DOC:N` (none for sentences
/// the translator added), the target sentence count, where each later segment starts in the
/// joined source (code points), the score and the origin. None for a plain 1-1 record.
pub fn link_json(r: &Record<'_>) -> Option<String> {
    let l = r.link.as_ref()?;
    let mut m = Map::new();
    m.insert("shape".into(), l.shape.as_str().into());
    m.insert(
        "sources".into(),
        l.sources
            .iter()
            .map(|n| Value::from(format!("{}:{n}", r.doc)))
            .collect::<Vec<_>>()
            .into(),
    );
    m.insert("targets".into(), l.targets.into());
    m.insert("breaks".into(), r.breaks.clone().into());
    m.insert("score".into(), l.score.map_or(Value::Null, Value::from));
    m.insert("origin".into(), l.origin.as_str().into());
    Some(Value::Object(m).to_string())
}

/// Reads a link written by [`link_json`]; the message says what is wrong.
pub fn link_from_json(json: &str) -> Result<super::ImportedLink, String> {
    let v: Value = serde_json::from_str(json).map_err(|e| format!("bad link: {e}"))?;
    let sources = v
        .get("sources")
        .and_then(Value::as_array)
        .ok_or("bad link: no \"sources\" list")?
        .len();
    let count = |field: &str| {
        v.get(field)
            .and_then(Value::as_u64)
            .filter(|&n| n <= super::MAX_PARAGRAPH as u64)
            .ok_or(format!("bad link: \"{field}\" is not a small whole number"))
    };
    let targets = count("targets")? as usize;
    let breaks: Vec<usize> = match v.get("breaks") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(a)) => a
            .iter()
            .map(|b| b.as_u64().map(|b| b as usize))
            .collect::<Option<_>>()
            .ok_or("bad link: \"breaks\" holds something that is not a whole number")?,
        Some(_) => return Err("bad link: \"breaks\" is not a list".into()),
    };
    if sources + targets == 0 {
        return Err("bad link: it joins nothing (0-0)".into());
    }
    if sources > 0 && breaks.len() + 1 != sources {
        return Err(format!(
            "bad link: {sources} sources need {} breaks, not {}",
            sources - 1,
            breaks.len()
        ));
    }
    if breaks.windows(2).any(|w| w[0] >= w[1]) || breaks.first() == Some(&0) {
        return Err("bad link: \"breaks\" must go up, from above 0".into());
    }
    let score = match v.get("score") {
        None | Some(Value::Null) => None,
        Some(s) => Some(
            s.as_f64()
                .filter(|s| (0.0..=1.0).contains(s))
                .ok_or("bad link: \"score\" is not a number from 0 to 1")?,
        ),
    };
    let origin = match v.get("origin").and_then(Value::as_str) {
        Some(o) => o
            .parse()
            .map_err(|e: crate::error::Error| format!("bad link: {e}"))?,
        None => crate::model::LinkOrigin::Person,
    };
    Ok(super::ImportedLink {
        sources,
        targets,
        breaks,
        score,
        origin,
    })
}

/// Reads an annotation written by [`annotation_json`] (or a full annotation record of the JSONL
/// export) as a stand-off entry of segment `n`.
pub fn entry_from_json(json: &str, n: usize) -> Result<Entry, String> {
    let value: Value = serde_json::from_str(json).map_err(|e| format!("bad annotation: {e}"))?;
    entry_from_value(value, n)
}

/// As [`entry_from_json`], from parsed JSON.
pub fn entry_from_value(value: Value, n: usize) -> Result<Entry, String> {
    let Value::Object(mut m) = value else {
        return Err("bad annotation: expected a JSON object".into());
    };
    m.insert("n".into(), n.into());
    let e: Entry =
        serde_json::from_value(Value::Object(m)).map_err(|e| format!("bad annotation: {e}"))?;
    if let (Some(s), Some(t)) = (e.start, e.end)
        && s > t
    {
        return Err(format!("bad annotation: start {s} is after end {t}"));
    }
    Ok(e)
}

/// One line saying what an annotation is, for notes, comments and hover titles.
pub fn summary(a: &Annotation) -> String {
    let what = match &a.body {
        Body::Correction {
            replacement,
            category,
            note,
            ..
        } => format!(
            "correction ({category}, {}): ‘{}’ → ‘{}’{}",
            a.status,
            a.exact,
            replacement,
            note.as_deref()
                .map(|n| format!(" — {n}"))
                .unwrap_or_default()
        ),
        Body::Attribution { .. } => format!(
            "attribution ({}): ‘{}’ — {}",
            a.status,
            a.exact,
            speaker_line(&a.body).unwrap_or_default()
        ),
        Body::Entity { entity_type } => {
            format!("entity ({entity_type}, {}): ‘{}’", a.status, a.exact)
        }
        Body::Note { text } => format!("note ({}): ‘{}’ — {text}", a.status, a.exact),
    };
    controls_to_spaces(&what)
}

/// "Speaker, role, organisation (via ‘cue’)" of an attribution.
pub fn speaker_line(body: &Body) -> Option<String> {
    let Body::Attribution {
        speaker,
        role,
        organisation,
        cue,
        note,
        ..
    } = body
    else {
        return None;
    };
    let mut s = speaker.clone();
    for part in [role, organisation].into_iter().flatten() {
        s.push_str(", ");
        s.push_str(part);
    }
    if let Some(cue) = cue {
        s.push_str(&format!(" (via ‘{cue}’)"));
    }
    if let Some(note) = note {
        s.push_str(&format!(" — {note}"));
    }
    Some(s)
}

/// Whether an annotation's recorded span still points at its quote in `text`, so it can be
/// marked inline; stale (orphaned) spans fall back to notes.
pub fn span_fits(a: &Annotation, text: &str) -> bool {
    a.start <= a.end
        && crate::anchor::slice(text, crate::anchor::Span::new(a.start, a.end))
            .is_some_and(|s| s == a.exact)
}

/// [`tmx_date`] remembering its last answer: the records of a document mostly carry the same
/// few times (an import gives every revision the same one), and an export of a long document
/// would otherwise spend a twentieth of its time converting them again.
#[derive(Debug, Default)]
pub struct DateCache {
    last: Option<(String, Option<String>)>,
}

impl DateCache {
    pub fn tmx(&mut self, rfc3339: &str) -> Option<&str> {
        if self.last.as_ref().is_none_or(|(at, _)| at != rfc3339) {
            self.last = Some((rfc3339.to_string(), tmx_date(rfc3339)));
        }
        self.last.as_ref().and_then(|(_, d)| d.as_deref())
    }
}

/// An RFC 3339 time (`2026-01-19T10:00:00Z`, offsets and fractions allowed) as a TMX date
/// (`20260119T100000Z`, always UTC); `None` when it is not such a time.
pub fn tmx_date(rfc3339: &str) -> Option<String> {
    // What tolk stores (`YYYY-MM-DDThh:mm:ssZ`, UTC) is rearranged as it is; anything else is
    // parsed and converted.
    let b = rfc3339.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() == 20
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10)
        && b[10] == b'T'
        && digits(11..13)
        && b[13] == b':'
        && digits(14..16)
        && b[16] == b':'
        && digits(17..19)
        && b[19] == b'Z'
        && &b[17..19] != b"60"
        && crate::clock::parse_rfc3339(rfc3339).is_some()
    {
        let mut out = String::with_capacity(16);
        for r in [0..4, 5..7, 8..10, 10..13, 14..16, 17..20] {
            out.push_str(&rfc3339[r]);
        }
        return Some(out);
    }
    let secs = crate::clock::parse_rfc3339(rfc3339)?;
    let utc = crate::clock::format_unix(secs);
    let compact: String = utc.chars().filter(|c| !matches!(c, '-' | ':')).collect();
    // Four-digit years only (`YYYYMMDDThhmmssZ`).
    (compact.len() == 16 && !utc.starts_with('-')).then_some(compact)
}

/// Language tags match when their primary subtags do (`nl-NL` is `nl`), ignoring case.
pub fn same_language(a: &str, b: &str) -> bool {
    use crate::model::primary_language as primary;
    !a.is_empty() && primary(a) == primary(b)
}

/// The `DOC` of a `DOC:N` id, when the id has that shape.
pub fn doc_of_id(id: &str) -> Option<&str> {
    let (doc, n) = id.rsplit_once(':')?;
    (!doc.is_empty() && !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())).then_some(doc)
}

/// A small document exercising everything the writers must carry: every state, annotations
/// of each kind (overlapping, orphaned, on both sides), comments, and hostile characters.
#[cfg(test)]
pub(crate) mod fixtures {
    use super::*;
    use crate::formats::{Format, ImportedDoc};
    use crate::model::Document;
    use crate::model::{
        AnnStatus, Category, EntityType, Progress, SegmentView, Side, State, Translation,
    };

    pub struct Fixture {
        pub doc: Document,
        pub segs: Vec<SegmentView>,
        pub anns: Vec<Vec<Annotation>>,
    }

    pub const HOSTILE: &str = "Hafta vertrok <script>alert(\"x&y\")</script> & 'weg' ]]> --.";

    fn seg(n: usize, paragraph: usize, source: &str, tr: Option<(&str, State)>) -> SegmentView {
        SegmentView {
            id: n as i64,
            doc: "libie".into(),
            position: n,
            paragraph,
            source: source.into(),
            current: tr.map(|(text, state)| Translation {
                revision: 2,
                text: text.into(),
                state,
                comment: None,
                author: "anna".into(),
                created_at: "2026-01-19T10:00:00Z".into(),
                extra: None,
            }),
            first: tr.map(|_| ("bob".to_string(), "2026-01-18T09:30:00+01:00".to_string())),
            extra: None,
        }
    }

    /// An annotation on the first occurrence of `exact` in `text` (or, when absent, a stale
    /// span at the start, as an orphan keeps).
    pub fn ann(
        id: i64,
        text: &str,
        side: Side,
        exact: &str,
        body: Body,
        status: AnnStatus,
    ) -> Annotation {
        let span = crate::anchor::occurrences(text, exact)
            .first()
            .copied()
            .unwrap_or(crate::anchor::Span::new(0, exact.chars().count()));
        Annotation {
            id,
            segment_id: 0,
            segment: None,
            doc: "libie".into(),
            n: None,
            side,
            body,
            start: span.start,
            end: span.end,
            exact: exact.into(),
            prefix: String::new(),
            suffix: String::new(),
            status,
            author: "carla".into(),
            created_at: "2026-01-17T08:00:00Z".into(),
        }
    }

    pub fn fixture() -> Fixture {
        let s1 =
            "Khalifa Haftar zei volgens Jalel Harchaoui dat het een ‘pijnlijke tegenvaller’ was.";
        let t1 =
            "Khalifa Haftar said, according to Jalel Harchaoui, that it was a ‘painful setback’.";
        let s3 = "Tab\there, a\nnewline, a CR\r and  two spaces.";
        let t3 = "Tab\there, a\nnewline, a CR\r and  two spaces.";
        let s4 = "Onvertaald met emoji 😀 en Ω.";
        let t2 = "Haftar left <script>alert(\"x&y\")</script> & 'gone' ]]> --.";
        let mut segs = vec![
            seg(1, 1, s1, Some((t1, State::Final))),
            seg(2, 1, HOSTILE, Some((t2, State::Reviewed))),
            seg(3, 2, s3, Some((t3, State::NeedsWork))),
            seg(4, 2, s4, None),
            seg(
                5,
                3,
                "Gewoon vertaald.",
                Some(("Just translated.", State::Translated)),
            ),
        ];
        segs[1].current.as_mut().unwrap().comment =
            Some("Check \"Hafta\" <b>&amp;</b>\nsecond line".into());
        segs[2].current.as_mut().unwrap().comment = Some("Tabs\tstay".into());
        let attribution = Body::Attribution {
            speaker: "Jalel Harchaoui".into(),
            role: Some("analist".into()),
            organisation: Some("Clingendael <inst> & co".into()),
            cue: Some("volgens".into()),
            note: None,
        };
        let anns = vec![
            vec![
                ann(
                    1,
                    s1,
                    Side::Source,
                    "Khalifa Haftar",
                    Body::Entity {
                        entity_type: EntityType::Person,
                    },
                    AnnStatus::Accepted,
                ),
                ann(
                    2,
                    s1,
                    Side::Source,
                    "dat het een ‘pijnlijke tegenvaller’ was",
                    attribution,
                    AnnStatus::Accepted,
                ),
                // Crosses the claim's start: cannot nest, so XLIFF needs sm/em for it.
                ann(
                    3,
                    s1,
                    Side::Source,
                    "Harchaoui dat het",
                    Body::Note {
                        text: "crossing span".into(),
                    },
                    AnnStatus::Proposed,
                ),
                ann(
                    4,
                    s1,
                    Side::Source,
                    "Jalel",
                    Body::Entity {
                        entity_type: EntityType::Person,
                    },
                    AnnStatus::Accepted,
                ),
            ],
            vec![
                ann(
                    5,
                    HOSTILE,
                    Side::Source,
                    "Hafta",
                    Body::Correction {
                        replacement: "Haftar".into(),
                        category: Category::Typo,
                        note: Some("name \"typo\" <b>".into()),
                        fixed_upstream: None,
                    },
                    AnnStatus::Accepted,
                ),
                ann(
                    6,
                    HOSTILE,
                    Side::Source,
                    "<script>",
                    Body::Correction {
                        replacement: String::new(),
                        category: Category::Style,
                        note: None,
                        fixed_upstream: None,
                    },
                    AnnStatus::Rejected,
                ),
                ann(
                    7,
                    t2,
                    Side::Target,
                    "gone",
                    Body::Note {
                        text: "target-side & note".into(),
                    },
                    AnnStatus::Accepted,
                ),
            ],
            vec![ann(
                8,
                s3,
                Side::Source,
                "two spaces",
                Body::Correction {
                    replacement: "two\tspaces".into(),
                    category: Category::Grammar,
                    note: None,
                    fixed_upstream: None,
                },
                AnnStatus::Proposed,
            )],
            vec![ann(
                9,
                s4,
                Side::Source,
                "verdwenen",
                Body::Note {
                    text: "orphan".into(),
                },
                AnnStatus::Orphaned,
            )],
            vec![],
        ];
        let mut progress = Progress::default();
        for s in &segs {
            progress.add(s.state());
        }
        Fixture {
            doc: Document {
                id: 1,
                name: "libie".into(),
                source_lang: "nl".into(),
                target_lang: "en".into(),
                title: Some("Libië & \"Moskou\" <test>".into()),
                origin: None,
                created_at: "2026-01-15T12:00:00Z".into(),
                segments: 5,
                paragraphs: 3,
                progress,
                extra: None,
            },
            segs,
            anns,
        }
    }

    impl Fixture {
        /// The fixture with its untranslated segments left out (and the rest renumbered), as a
        /// translation memory sees it.
        pub fn translated_only(&self) -> Fixture {
            let mut segs = Vec::new();
            let mut anns = Vec::new();
            for (s, a) in self.segs.iter().zip(&self.anns) {
                if s.current.is_some() {
                    let mut s = s.clone();
                    s.position = segs.len() + 1;
                    segs.push(s);
                    anns.push(a.clone());
                }
            }
            Fixture {
                doc: self.doc.clone(),
                segs,
                anns,
            }
        }

        /// What the store would hold after importing `imported` (times and the annotation
        /// authors, which readers do not return, filled in as the fixture has them).
        pub fn rebuilt(&self, imported: &ImportedDoc) -> Fixture {
            let mut segs = Vec::new();
            let mut anns = Vec::new();
            let mut next_id = 1;
            for (i, g) in imported.segments.iter().enumerate() {
                let mut s = seg(
                    i + 1,
                    g.paragraph,
                    &g.source,
                    g.target.as_deref().map(|t| (t, g.state)),
                );
                if let Some(cur) = s.current.as_mut() {
                    cur.comment.clone_from(&g.comment);
                    cur.author = g.author.clone().unwrap_or_default();
                }
                let mut list = Vec::new();
                for e in &g.annotations {
                    assert_eq!(e.n, i + 1);
                    let mut a = ann(
                        next_id,
                        "",
                        e.side,
                        &e.exact,
                        e.body.clone(),
                        e.status.unwrap(),
                    );
                    next_id += 1;
                    (a.start, a.end) = (e.start.unwrap(), e.end.unwrap());
                    list.push(a);
                }
                segs.push(s);
                anns.push(list);
            }
            Fixture {
                doc: self.doc.clone(),
                segs,
                anns,
            }
        }

        pub fn records(&self, which: SourceText) -> Vec<Record<'_>> {
            self.segs
                .iter()
                .zip(&self.anns)
                .map(|(s, a)| Record::new(s, a, which))
                .collect()
        }

        /// The whole export of `format` as a string.
        pub fn export(&self, format: Format, which: SourceText) -> String {
            let opts = ExportOptions {
                source: which,
                ..ExportOptions::default()
            };
            let mut e = format.exporter(&self.doc, opts).unwrap();
            let mut out = Vec::new();
            e.begin(&mut out).unwrap();
            for r in self.records(which) {
                e.record(&mut out, &r).unwrap();
            }
            e.finish(&mut out).unwrap();
            String::from_utf8(out).unwrap()
        }

        /// Checks what every lossless reader must give back for segment `i` (0-based in the
        /// fixture) found at `got` (0-based in the import).
        pub fn assert_segment(&self, imported: &ImportedDoc, i: usize, got: usize) {
            let seg = &self.segs[i];
            let g = &imported.segments[got];
            assert_eq!(g.source, seg.source, "source of {}", seg.position);
            assert_eq!(
                g.target.as_deref(),
                seg.current.as_ref().map(|t| t.text.as_str())
            );
            assert_eq!(g.state, seg.state(), "state of {}", seg.position);
            assert_eq!(g.paragraph, seg.paragraph, "paragraph of {}", seg.position);
            assert_eq!(
                g.comment.as_deref(),
                seg.current.as_ref().and_then(|t| t.comment.as_deref())
            );
            assert_eq!(
                g.author.as_deref(),
                seg.current.as_ref().map(|t| t.author.as_str())
            );
            assert_eq!(
                g.annotations.len(),
                self.anns[i].len(),
                "annotations of {}",
                seg.position
            );
            // Formats that mark spans inline give them back in text order, not stored order.
            let mut got_anns: Vec<_> = g.annotations.iter().collect();
            got_anns.sort_by_key(|e| (e.side, e.start, e.end, e.exact.clone()));
            let mut want: Vec<_> = self.anns[i].iter().collect();
            want.sort_by_key(|a| (a.side, Some(a.start), Some(a.end), a.exact.clone()));
            for (e, a) in got_anns.into_iter().zip(want) {
                assert_eq!(e.n, got + 1);
                assert_eq!(e.side, a.side);
                assert_eq!(e.exact, a.exact);
                assert_eq!((e.start, e.end), (Some(a.start), Some(a.end)));
                assert_eq!(e.status, Some(a.status));
                assert_eq!(e.body, a.body);
            }
        }
    }

    /// Writes `content` to a temporary file and runs `xmllint` with `args` on it; `None` (and a
    /// note) when xmllint is not installed.
    pub fn xmllint(content: &str, args: &[&str]) -> Option<Result<(), String>> {
        run_tool("xmllint", content, args, "xml")
    }

    pub fn run_tool(
        tool: &str,
        content: &str,
        args: &[&str],
        ext: &str,
    ) -> Option<Result<(), String>> {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "tolk-formats-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join(format!("out.{ext}"));
        std::fs::write(&file, content).unwrap();
        let out = std::process::Command::new(tool)
            .args(args)
            .arg(&file)
            .output();
        let _ = std::fs::remove_dir_all(&dir);
        match out {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                eprintln!("note: {tool} is not installed; skipping validation");
                None
            }
            Err(e) => Some(Err(format!("cannot run {tool}: {e}"))),
            Ok(o) if o.status.success() => Some(Ok(())),
            Ok(o) => Some(Err(format!(
                "{tool} failed:\n{}{}",
                String::from_utf8_lossy(&o.stdout),
                String::from_utf8_lossy(&o.stderr)
            ))),
        }
    }

    /// A schema (kept in the repository under `tests/schemas`, so validation never depends on
    /// anything outside it) or a data file from `../shared/data`, when present.
    pub fn shared(rel: &str) -> Option<std::path::PathBuf> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let p = match rel.strip_prefix("schemas/") {
            Some(name) => root.join("tests/schemas").join(name),
            None => root.join("../shared").join(rel),
        };
        if p.exists() {
            Some(p)
        } else {
            eprintln!("note: {} is absent; skipping", p.display());
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::Format;
    use crate::model::{AnnStatus, Side};

    /// Every streaming reader with the format whose export it reads.
    fn readers() -> Vec<(Format, crate::formats::Reader)> {
        crate::formats::FORMATS
            .iter()
            .filter_map(|s| Some((s.format, s.reader?)))
            .collect()
    }

    #[test]
    fn tmx_dates() {
        assert_eq!(
            tmx_date("2026-01-19T10:00:00Z").unwrap(),
            "20260119T100000Z"
        );
        assert_eq!(
            tmx_date("2026-01-19T10:00:00.123Z").unwrap(),
            "20260119T100000Z"
        );
        assert_eq!(
            tmx_date("2026-01-01T00:30:00+01:00").unwrap(),
            "20251231T233000Z"
        );
        assert_eq!(
            tmx_date("2024-02-28T23:00:00-02:00").unwrap(),
            "20240229T010000Z"
        );
        for bad in [
            "",
            "2026-01-19",
            "2026-13-01T00:00:00Z",
            "2026-01-19T10:00:00",
            "x026-01-19T10:00:00Z",
            "2026-01-19T10:00:00+0100",
        ] {
            assert_eq!(tmx_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn annotation_json_round_trips() {
        let f = fixtures::fixture();
        for a in f.anns.iter().flatten() {
            let json = annotation_json(a);
            assert!(!json.contains('\n'));
            let e = entry_from_json(&json, 7).unwrap();
            assert_eq!(
                (e.n, e.side, &e.exact, &e.body),
                (7, a.side, &a.exact, &a.body)
            );
            assert_eq!(
                (e.start, e.end, e.status),
                (Some(a.start), Some(a.end), Some(a.status))
            );
        }
        assert!(
            entry_from_json("[]", 1)
                .unwrap_err()
                .contains("JSON object")
        );
        assert!(entry_from_json("{\"kind\":\"gossip\",\"exact\":\"x\"}", 1).is_err());
        let bad = r#"{"kind":"note","text":"t","exact":"x","start":5,"end":2}"#;
        assert!(
            entry_from_json(bad, 1)
                .unwrap_err()
                .contains("start 5 is after end 2")
        );
        let a = &f.anns[0][1];
        assert_eq!(a.side, Side::Source);
        assert_eq!(a.status, AnnStatus::Accepted);
        assert!(
            summary(a)
                .contains("Jalel Harchaoui, analist, Clingendael <inst> & co (via ‘volgens’)")
        );
    }

    /// export → read → export gives the same file, for every format tolk reads back.
    #[test]
    fn export_read_export_is_stable() {
        use crate::formats::{csv, jsonl, po, tmx, tsv, xliff};
        let full = fixtures::fixture();
        type Reader = fn(&str, &str) -> crate::error::Result<crate::formats::ImportedDoc>;
        let readers: [(Format, Reader); 7] = [
            (Format::Tsv, tsv::read),
            (Format::Csv, csv::read),
            (Format::Jsonl, jsonl::read),
            (Format::Tmx, tmx::read),
            (Format::Xliff, xliff::read),
            (Format::Xliff12, xliff::read),
            (Format::Po, po::read),
        ];
        for (format, read) in readers {
            // A translation memory has no place for untranslated segments.
            let f = if format == Format::Tmx {
                full.translated_only()
            } else {
                fixtures::fixture()
            };
            for which in [SourceText::Published, SourceText::Corrected] {
                let first = f.export(format, which);
                let imported = read(&first, "x").unwrap();
                let again = f.rebuilt(&imported).export(format, which);
                assert_eq!(first, again, "{format:?} {which:?}");
            }
        }
    }

    /// Readers give the same document whether the input comes whole or a byte at a time
    /// (characters, tags and lines split across reads).
    #[test]
    fn readers_do_not_depend_on_chunking() {
        use crate::formats::ImportedDoc;
        struct OneByte<'a>(&'a [u8]);
        impl std::io::Read for OneByte<'_> {
            fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
                let Some((&b, rest)) = self.0.split_first() else {
                    return Ok(0);
                };
                match out.first_mut() {
                    Some(o) => *o = b,
                    None => return Ok(0),
                }
                self.0 = rest;
                Ok(1)
            }
        }
        let f = fixtures::fixture();
        for (format, read) in readers() {
            let text = format!("\u{FEFF}{}", f.export(format, SourceText::Corrected));
            let whole = ImportedDoc::read(read, &text, "x").unwrap();
            let mut input = std::io::BufReader::with_capacity(1, OneByte(text.as_bytes()));
            let mut segments = Vec::new();
            let meta = read(&mut input, "x", &mut |_, s| {
                segments.push(s);
                Ok(())
            })
            .unwrap();
            assert_eq!(meta.name, whole.name, "{format:?}");
            assert_eq!(segments, whole.segments, "{format:?}");
            assert!(!segments.is_empty());
        }
    }

    /// Peak resident memory of this process in KiB (Linux), for the streaming check below.
    fn peak_kib() -> Option<u64> {
        let status = std::fs::read_to_string("/proc/self/status").ok()?;
        let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
        line.split_whitespace().nth(1)?.parse().ok()
    }

    /// Writes a million segments in every format to a sink and checks the peak memory does
    /// not grow with them. Slow in debug builds: `cargo test --release -- --ignored streaming`.
    #[test]
    #[ignore]
    fn streaming_memory_is_flat() {
        let f = fixtures::fixture();
        let mut segs = f.segs.clone();
        for format in [
            Format::Tsv,
            Format::Csv,
            Format::Jsonl,
            Format::Tmx,
            Format::Xliff,
            Format::Xliff12,
            Format::Po,
            Format::Html,
        ] {
            let opts = ExportOptions::default();
            let mut e = format.exporter(&f.doc, opts).unwrap();
            let mut sink = std::io::sink();
            e.begin(&mut sink).unwrap();
            let mut run = |from: usize, to: usize| {
                for n in from..to {
                    let i = n % segs.len();
                    segs[i].position = n + 1;
                    segs[i].paragraph = n / 4 + 1;
                    let r = Record::new(&segs[i], &f.anns[i], SourceText::Published);
                    e.record(&mut sink, &r).unwrap();
                }
            };
            run(0, 10_000);
            let warm = peak_kib().unwrap_or(0);
            run(10_000, 1_000_000);
            let end = peak_kib().unwrap_or(0);
            e.finish(&mut sink).unwrap();
            eprintln!("{format:?}: peak {warm} KiB after 10k segments, {end} KiB after 1M");
            assert!(
                end <= warm + 1024,
                "{format:?} grew from {warm} to {end} KiB"
            );
        }
    }

    /// An export produced on demand, record by record, as the reader asks for bytes: a file
    /// of any length that never exists in memory.
    struct Generated<'f> {
        f: &'f fixtures::Fixture,
        segs: Vec<crate::model::SegmentView>,
        exporter: Box<dyn Exporter>,
        n: usize,
        total: usize,
        buf: Vec<u8>,
        at: usize,
        finished: bool,
    }

    impl<'f> Generated<'f> {
        fn new(f: &'f fixtures::Fixture, format: Format, total: usize) -> Self {
            let mut exporter = format.exporter(&f.doc, ExportOptions::default()).unwrap();
            let mut buf = Vec::new();
            exporter.begin(&mut buf).unwrap();
            Generated {
                f,
                segs: f.segs.clone(),
                exporter,
                n: 0,
                total,
                buf,
                at: 0,
                finished: false,
            }
        }
    }

    impl std::io::Read for Generated<'_> {
        fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
            while self.at == self.buf.len() {
                self.buf.clear();
                self.at = 0;
                if self.n < self.total {
                    let i = self.n % self.segs.len();
                    self.segs[i].position = self.n + 1;
                    self.segs[i].paragraph = self.n / 4 + 1;
                    let r = Record::new(&self.segs[i], &self.f.anns[i], SourceText::Published);
                    self.exporter.record(&mut self.buf, &r)?;
                    self.n += 1;
                } else if !self.finished {
                    self.exporter.finish(&mut self.buf)?;
                    self.finished = true;
                } else {
                    return Ok(0);
                }
            }
            let n = out.len().min(self.buf.len() - self.at);
            out[..n].copy_from_slice(&self.buf[self.at..self.at + n]);
            self.at += n;
            Ok(n)
        }
    }

    /// Reads a million generated segments in every format tolk imports and checks the peak
    /// memory does not grow with them. Slow in debug builds:
    /// `cargo test --release -- --ignored streaming`.
    #[test]
    #[ignore]
    fn reading_streams_in_flat_memory() {
        let f = fixtures::fixture();
        for (format, read) in readers() {
            let input = Generated::new(&f, format, 1_000_000);
            let mut input = std::io::BufReader::with_capacity(1 << 16, input);
            let (mut count, mut warm) = (0usize, 0);
            read(&mut input, "generated", &mut |_, seg| {
                count += 1;
                if count == 10_000 {
                    warm = peak_kib().unwrap_or(0);
                }
                assert!(!seg.source.is_empty());
                Ok(())
            })
            .unwrap();
            let end = peak_kib().unwrap_or(0);
            eprintln!(
                "{format:?}: {count} segments, peak {warm} KiB after 10k, {end} KiB after all"
            );
            assert!(count >= 800_000, "{format:?}: {count}");
            assert!(
                end <= warm + 1024,
                "{format:?} grew from {warm} to {end} KiB"
            );
        }
    }

    #[test]
    fn helpers() {
        assert!(
            same_language("nl-NL", "NL") && !same_language("en", "nl") && !same_language("", "")
        );
        assert_eq!(doc_of_id("libie:12"), Some("libie"));
        assert_eq!(doc_of_id("a:b:3"), Some("a:b"));
        assert_eq!(doc_of_id("12"), None);
        assert_eq!(doc_of_id("x:"), None);
        let f = fixtures::fixture();
        assert!(span_fits(&f.anns[0][0], &f.segs[0].source));
        assert!(!span_fits(&f.anns[3][0], &f.segs[3].source));
    }
}
