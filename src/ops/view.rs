//! The read-only views: the document list, a document or one segment with its revisions, and
//! word diffs (published vs corrected source, revision vs revision, a document since a point in
//! its history, two export files).

use crate::diff::{self, Run};
use crate::error::{Error, Result};
use crate::model::{
    Address, Annotation, Document, Link, SegmentView, Side, State, Translation, corrected_text,
};
use crate::ops::links::{LinkInfo, Unit, layout, link_at};
use crate::store::AnnFilter;
use crate::store::prelude::*;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// One segment as `show --json` and the JSONL export carry it (the published source in
/// `source`), owned so that it can be kept, sent and read back.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SegmentRecord {
    pub id: String,
    /// `DOC@ID`: the segment's stable id, which stays the same when an update inserts or
    /// removes sentences before it (`DOC:N` then changes); accepted wherever `DOC:N` is.
    #[serde(default)]
    pub key: String,
    pub doc: String,
    pub n: usize,
    pub paragraph: usize,
    pub source: String,
    pub source_published: String,
    pub source_corrected: String,
    pub target: Option<String>,
    pub state: State,
    pub revision: Option<i64>,
    pub author: Option<String>,
    pub updated_at: Option<String>,
    /// Who made the first translation revision, and when.
    pub created_by: Option<String>,
    pub created_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    pub annotations: Vec<Annotation>,
    /// The link this segment is in, when it is not a plain 1-1 one; the link's target is
    /// carried by its first segment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<Box<LinkInfo>>,
    /// The inline codes standing as short tags (`<x1/>`, `<g2>` … `</g2>`) in source and
    /// target, with the markup of the file each stands for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub codes: Vec<crate::model::InlineCode>,
}

/// Target sentences the translator added (a 0-m link), in their place in the document.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AddedRecord {
    /// `DOC:+N`: added before segment N; `DOC:N+` after it (the end of the document); `DOC:+`
    /// when the segment it stood by is no longer in the document.
    pub id: String,
    pub before: Option<usize>,
    pub after: Option<usize>,
    pub target: String,
    pub link: LinkInfo,
}

impl AddedRecord {
    pub fn new(doc: &str, link: &Link) -> AddedRecord {
        let (before, after) = match (link.first, link.after) {
            (0, _) => (None, None),
            (p, true) => (None, Some(p)),
            (p, false) => (Some(p), None),
        };
        AddedRecord {
            id: match (before, after) {
                (Some(p), _) => format!("{doc}:+{p}"),
                (_, Some(p)) => format!("{doc}:{p}+"),
                _ => format!("{doc}:+"),
            },
            before,
            after,
            target: link.text.clone().unwrap_or_default(),
            link: LinkInfo::new(link, 0, 0),
        }
    }
}

impl SegmentRecord {
    pub fn new(seg: &SegmentView, annotations: &[Annotation]) -> SegmentRecord {
        let cur = seg.current.as_ref();
        SegmentRecord {
            id: seg.address(),
            key: format!("{}@{}", seg.doc, seg.id),
            doc: seg.doc.clone(),
            n: seg.position,
            paragraph: seg.paragraph,
            source: seg.source.clone(),
            source_published: seg.source.clone(),
            source_corrected: corrected_text(&seg.source, annotations),
            target: cur.map(|t| t.text.clone()),
            state: seg.state(),
            revision: cur.map(|t| t.revision),
            author: cur.map(|t| t.author.clone()),
            updated_at: cur.map(|t| t.created_at.clone()),
            created_by: seg.first.as_ref().map(|(a, _)| a.clone()),
            created_at: seg.first.as_ref().map(|(_, at)| at.clone()),
            comment: cur.and_then(|t| t.comment.clone()),
            annotations: annotations.to_vec(),
            link: None,
            codes: seg
                .extra
                .as_ref()
                .map(|x| x.codes.clone())
                .unwrap_or_default(),
        }
    }

    /// Marks the record as part of a link that is not 1-1: only the link's first segment
    /// carries the target (none when the link leaves the source out); a later segment shows
    /// the link's `state`, its own revisions being hidden by the link.
    pub fn mark_link(&mut self, info: &LinkInfo, first: bool, targets: usize, state: State) {
        if !first || targets == 0 {
            self.target = None;
        }
        if !first {
            self.state = state;
        }
        self.link = Some(Box::new(info.clone()));
    }
}

/// `docs`: every document with its progress per state.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Documents {
    pub documents: Vec<Document>,
}

pub fn documents(store: &impl Read) -> Result<Documents> {
    Ok(Documents {
        documents: store.documents()?,
    })
}

/// `show DOC`: the document with its progress, and every segment.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DocumentView {
    pub document: Document,
    pub segments: Vec<SegmentRecord>,
    /// Sentences the translator added (0-m links), each naming where it stands.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub added: Vec<AddedRecord>,
}

/// `show DOC:N`: one segment with all its revisions, oldest first.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SegmentDetail {
    pub segment: SegmentRecord,
    pub revisions: Vec<Translation>,
    pub source_lang: String,
    pub target_lang: String,
}

/// What `show` shows: a document or one segment.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Shown {
    Document(DocumentView),
    Segment(SegmentDetail),
}

pub fn show(store: &impl Read, address: &Address) -> Result<Shown> {
    let doc = store.document(&address.doc)?;
    match address.is_segment() {
        true => Ok(Shown::Segment(segment_detail(
            store,
            &doc,
            store.locate(&doc, address)?,
        )?)),
        false => {
            let doc = store.with_progress(doc)?;
            let by_seg = store.annotations_by_segment(&doc)?;
            let mut segments: Vec<SegmentRecord> = store
                .segments(&doc)?
                .iter()
                .map(|s| SegmentRecord::new(s, by_seg.get(&s.id).map_or(&[][..], Vec::as_slice)))
                .collect();
            let links = store.links(&doc)?;
            let mut added = Vec::new();
            for unit in layout(segments.len(), &links) {
                match unit {
                    Unit::Added(l) => added.push(AddedRecord::new(&doc.name, l)),
                    Unit::Source { first, count, link } if unit.is_special() => {
                        let Some(l) = link else { continue };
                        let info = LinkInfo::new(l, first, count);
                        let state = segments[first - 1].state;
                        for p in first..first + count {
                            segments[p - 1].mark_link(&info, p == first, l.targets, state);
                        }
                    }
                    Unit::Source { .. } => {}
                }
            }
            Ok(Shown::Document(DocumentView {
                document: doc,
                segments,
                added,
            }))
        }
    }
}

/// `show DOC --state S` and `show DOC:A-B`: the document view with only the segments in state
/// `state` and in `range` (first and last, both included). Sentences the translator added are
/// kept where they stand inside the range, and left out when filtering by state (they have
/// none).
pub fn show_some(
    store: &impl Read,
    address: &Address,
    range: Option<(usize, usize)>,
    state: Option<State>,
) -> Result<Shown> {
    if address.is_segment() {
        return Err(Error::Usage(format!(
            "--state picks segments of a document; {address} is one segment (use {} --state ..)",
            address.doc
        )));
    }
    let Shown::Document(mut view) = show(store, address)? else {
        unreachable!("a document address shows a document")
    };
    if let Some((a, b)) = range {
        let count = view.document.segments;
        if b > count {
            let name = &view.document.name;
            return Err(Error::not_found(
                "segment",
                format!("{name}:{b}"),
                format!("segment {name}:{b} does not exist ({name} has segments 1 to {count})"),
            ));
        }
        view.segments.retain(|s| (a..=b).contains(&s.n));
        view.added.retain(|r| {
            r.before.is_some_and(|p| a < p && p <= b) || r.after.is_some_and(|p| a <= p && p <= b)
        });
    }
    if let Some(state) = state {
        view.segments.retain(|s| s.state == state);
        view.added.clear();
    }
    Ok(Shown::Document(view))
}

/// Segment `n` of `doc` as it is now, with its annotations and revisions.
pub fn segment_detail(store: &impl Read, doc: &Document, n: usize) -> Result<SegmentDetail> {
    let seg = store.segment(doc, n)?;
    let anns = store.annotations(&AnnFilter {
        segment_id: Some(seg.id),
        ..Default::default()
    })?;
    let mut segment = SegmentRecord::new(&seg, &anns);
    if let Some((first, count, l)) = link_at(store, doc, n)? {
        let unit = Unit::Source {
            first,
            count,
            link: Some(&l),
        };
        if unit.is_special() {
            // A later segment of a link shows the link's state (its own revisions are hidden).
            let state = if n == first {
                segment.state
            } else {
                store.segment(doc, first)?.state()
            };
            segment.mark_link(
                &LinkInfo::new(&l, first, count),
                n == first,
                l.targets,
                state,
            );
        }
    }
    Ok(SegmentDetail {
        segment,
        revisions: store.revisions(seg.id)?,
        source_lang: doc.source_lang.clone(),
        target_lang: doc.target_lang.clone(),
    })
}

/// The word diff of one side of one segment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SideDiff {
    pub id: String,
    pub side: Side,
    pub from: String,
    pub to: String,
    pub ops: Vec<Run>,
}

/// A diff of one segment, or of every segment side that changed.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Diffs {
    One(SideDiff),
    Many(Vec<SideDiff>),
}

/// Translation revisions to compare: `A..B`, `A..` or `A` (to the current one).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RevRange {
    pub from: i64,
    pub to: Option<i64>,
}

impl std::str::FromStr for RevRange {
    type Err = Error;
    fn from_str(r: &str) -> Result<Self> {
        let bad = || {
            Error::invalid(
                "revision range",
                format!(
                    "bad revision range '{}': use A..B, A.. or A (revision numbers from 1)",
                    crate::text::clean(r)
                ),
            )
        };
        let num = |s: &str| -> Result<i64> {
            let s = s.trim().trim_start_matches(['r', 'R']);
            s.parse::<i64>().ok().filter(|n| *n >= 1).ok_or_else(bad)
        };
        let (from, to) = match r.split_once("..") {
            Some((a, "")) => (num(a)?, None),
            Some((a, b)) => (num(a)?, Some(num(b)?)),
            None => (num(r)?, None),
        };
        Ok(RevRange { from, to })
    }
}

/// A point in a document's history: after an operation (`#N`), or a time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Since {
    Operation(i64),
    /// The start of the period given, as a UTC RFC 3339 time (`2026-01-01T00:00:00Z` for
    /// `2026`): a year, month, day, hour or minute means all of it.
    Time(String),
}

impl std::str::FromStr for Since {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        let bad = |why: &str| {
            Error::invalid(
                "since",
                format!("bad --since '{}': {why}", crate::text::excerpt(s, 60)),
            )
        };
        if let Some(n) = s.strip_prefix('#') {
            return n
                .parse::<i64>()
                .ok()
                .filter(|&n| n >= 1)
                .map(Since::Operation)
                .ok_or_else(|| bad("an operation is # and its number, like #12"));
        }
        let start = period_start(s).ok_or_else(|| {
            if s.bytes().all(|b| b.is_ascii_digit()) && s.len() != 4 {
                bad("operations are written #N (like #12); a year has four digits")
            } else {
                bad("give a time like 2026, 2026-11, 2026-11-29, 2026-11-29T10:00 or 2026-11-29T10:00:00Z, or an operation like #12")
            }
        })?;
        Ok(Since::Time(crate::clock::format_unix(start)))
    }
}

/// Unix seconds of the start of the period `s` names: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`,
/// `YYYY-MM-DDTHH`, `YYYY-MM-DDTHH:MM` (UTC), or a full RFC 3339 time; None for anything else,
/// impossible dates (2026-13-45) included.
fn period_start(s: &str) -> Option<i64> {
    if let Some(t) = crate::clock::parse_rfc3339(s) {
        return Some(t);
    }
    // Complete the prefix with the start of its period and let the RFC 3339 parser check it.
    const START: &str = "0000-01-01T00:00:00Z";
    let s = s.strip_suffix(['Z', 'z']).unwrap_or(s);
    let shapes = [
        "dddd",
        "dddd-dd",
        "dddd-dd-dd",
        "dddd-dd-ddTdd",
        "dddd-dd-ddTdd:dd",
        "dddd-dd-ddTdd:dd:dd",
    ];
    let fits = |shape: &str| {
        shape.len() == s.len()
            && shape.bytes().zip(s.bytes()).all(|(p, c)| match p {
                b'd' => c.is_ascii_digit(),
                b'T' => matches!(c, b'T' | b't' | b' '),
                _ => p == c,
            })
    };
    if !shapes.iter().any(|shape| fits(shape)) {
        return None;
    }
    crate::clock::parse_rfc3339(&format!("{s}{}", &START[s.len()..]))
}

/// What `diff DOC|DOC:N` compares.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum DiffOf {
    /// Published source vs corrected source.
    Source,
    /// Two translation revisions of one segment (None: the last text change).
    Revisions(Option<RevRange>),
    /// Both sides of every segment of a document since a point (None: since its import).
    Since(Option<Since>),
}

/// Word diffs of segment `address`, or of every segment of a document that changed.
pub fn diff(store: &impl Read, doc: &str, position: Option<usize>, of: &DiffOf) -> Result<Diffs> {
    let doc = store.document(doc)?;
    let Some(n) = position else {
        let mut out = Vec::new();
        match of {
            DiffOf::Source => {
                for seg in store.segments(&doc)? {
                    let d = source_diff(store, &seg)?;
                    if !diff::is_unchanged(&d.ops) {
                        out.push(d);
                    }
                }
            }
            DiffOf::Revisions(_) => {
                return Err(Error::Usage(
                    "--rev compares revisions of one segment: tolk diff DOC:N --rev A..B".into(),
                ));
            }
            DiffOf::Since(since) => {
                let since = since_operation(store, &doc, since.as_ref())?;
                for seg in store.segments(&doc)? {
                    out.extend(changed_since(store, &seg, since)?);
                }
            }
        }
        return Ok(Diffs::Many(out));
    };
    let seg = store.segment(&doc, n)?;
    Ok(Diffs::One(match of {
        DiffOf::Source => source_diff(store, &seg)?,
        DiffOf::Revisions(range) => revision_diff(store, &seg, *range)?,
        DiffOf::Since(_) => {
            return Err(Error::Usage(
                "--since works on a whole document: tolk diff DOC --since …".into(),
            ));
        }
    }))
}

fn source_diff(store: &impl Read, seg: &SegmentView) -> Result<SideDiff> {
    let anns = store.annotations(&AnnFilter {
        segment_id: Some(seg.id),
        ..Default::default()
    })?;
    let corrected = corrected_text(&seg.source, &anns);
    Ok(SideDiff {
        id: seg.address(),
        side: Side::Source,
        from: "published".into(),
        to: "corrected".into(),
        ops: diff::words(&seg.source, &corrected),
    })
}

/// Revisions A and B of a range; by default the last revision whose text differs from the
/// current one, against the current one.
fn revision_diff(
    store: &impl Read,
    seg: &SegmentView,
    range: Option<RevRange>,
) -> Result<SideDiff> {
    let revs = store.revisions(seg.id)?;
    let Some(current) = revs.last() else {
        return Err(Error::not_found(
            "revision",
            seg.address(),
            format!(
                "{} has no translation yet; nothing to compare",
                seg.address()
            ),
        ));
    };
    let find = |n: i64| -> Result<&Translation> {
        revs.iter().find(|t| t.revision == n).ok_or_else(|| {
            Error::not_found(
                "revision",
                format!("{}@r{n}", seg.address()),
                format!(
                    "{} has no revision {n} (it has revisions 1 to {})",
                    seg.address(),
                    current.revision
                ),
            )
        })
    };
    let (a, b) = match range {
        None => {
            let prev = revs.iter().rev().find(|t| t.text != current.text);
            (prev.unwrap_or(current), current)
        }
        Some(r) => (
            find(r.from)?,
            match r.to {
                Some(b) => find(b)?,
                None => current,
            },
        ),
    };
    Ok(SideDiff {
        id: seg.address(),
        side: Side::Target,
        from: format!("r{}", a.revision),
        to: format!("r{}", b.revision),
        ops: diff::words(&a.text, &b.text),
    })
}

/// The last operation before the point `since` names; by default the one that created the
/// document, so that `diff DOC` shows everything done since the import.
fn since_operation(store: &impl Read, doc: &Document, since: Option<&Since>) -> Result<i64> {
    match since {
        None => store.document_operation(doc),
        Some(Since::Operation(id)) => store.operation_record(*id).map(|o| o.id),
        // The last operation before the period starts (times are stored to the second).
        Some(Since::Time(time)) => {
            let start = crate::clock::parse_rfc3339(time).unwrap_or(i64::MIN / 2);
            store.last_operation_before(&crate::clock::format_unix(start - 1))
        }
    }
}

/// Both sides of a segment as they were after operation `since`, against now.
fn changed_since(store: &impl Read, seg: &SegmentView, since: i64) -> Result<Vec<SideDiff>> {
    let mut out = Vec::new();
    let old_source = store
        .segment_text_after(seg.id, since)?
        .unwrap_or_else(|| seg.source.clone());
    if old_source != seg.source {
        out.push(SideDiff {
            id: seg.address(),
            side: Side::Source,
            from: format!("#{since}"),
            to: "now".into(),
            ops: diff::words(&old_source, &seg.source),
        });
    }
    let revs = store.revisions(seg.id)?;
    let then = store.revision_after(seg.id, since)?;
    let old = then
        .and_then(|n| revs.iter().find(|t| t.revision == n))
        .map_or("", |t| t.text.as_str());
    let now = seg.current.as_ref().map_or("", |t| t.text.as_str());
    if old != now {
        out.push(SideDiff {
            id: seg.address(),
            side: Side::Target,
            from: then.map_or("untranslated".into(), |n| format!("r{n}")),
            to: seg
                .current
                .as_ref()
                .map_or("untranslated".into(), |t| format!("r{}", t.revision)),
            ops: diff::words(old, now),
        });
    }
    Ok(out)
}

/// (id, source, target) of each segment of a tolk JSONL or TSV export, read by the same
/// readers `tolk import` uses; the ids are `DOC:N` by position, as the export wrote them.
fn read_export(path: &Path) -> Result<Vec<(String, String, String)>> {
    use crate::formats::{ImportedDoc, jsonl, tsv};
    let text = crate::formats::text::read_text(path)?;
    let label = path.display().to_string();
    let is_jsonl = path
        .extension()
        .is_some_and(|e| e == "jsonl" || e == "json")
        || text.trim_start().starts_with('{');
    let reader: crate::formats::Reader = if is_jsonl {
        jsonl::read_stream
    } else {
        tsv::read_stream
    };
    let doc = ImportedDoc::read(reader, &text, &label)?;
    let name = doc.name.unwrap_or_default();
    Ok(doc
        .segments
        .into_iter()
        .enumerate()
        .map(|(i, s)| {
            (
                format!("{name}:{}", i + 1),
                s.source,
                s.target.unwrap_or_default(),
            )
        })
        .collect())
}

/// Word diffs of two exports of a document, segments matched by id.
pub fn diff_files(a: &Path, b: &Path) -> Result<Diffs> {
    let old = read_export(a)?;
    let new = read_export(b)?;
    let old_map: std::collections::HashMap<&str, &(String, String, String)> =
        old.iter().map(|r| (r.0.as_str(), r)).collect();
    let new_ids: std::collections::HashSet<&str> = new.iter().map(|r| r.0.as_str()).collect();
    let mut diffs = Vec::new();
    let side = |id: &str, side: Side, x: &str, y: &str| SideDiff {
        id: id.to_string(),
        side,
        from: a.display().to_string(),
        to: b.display().to_string(),
        ops: diff::words(x, y),
    };
    for (id, src, tgt) in &new {
        match old_map.get(id.as_str()) {
            Some((_, osrc, otgt)) => {
                if osrc != src {
                    diffs.push(side(id, Side::Source, osrc, src));
                }
                if otgt != tgt {
                    diffs.push(side(id, Side::Target, otgt, tgt));
                }
            }
            None => {
                diffs.push(side(id, Side::Source, "", src));
                if !tgt.is_empty() {
                    diffs.push(side(id, Side::Target, "", tgt));
                }
            }
        }
    }
    for (id, src, tgt) in old.iter().filter(|r| !new_ids.contains(r.0.as_str())) {
        diffs.push(side(id, Side::Source, src, ""));
        if !tgt.is_empty() {
            diffs.push(side(id, Side::Target, tgt, ""));
        }
    }
    Ok(Diffs::Many(diffs))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn revision_ranges() {
        let r = |s: &str| s.parse::<RevRange>().map(|r| (r.from, r.to));
        assert_eq!(r("1..3").unwrap(), (1, Some(3)));
        assert_eq!(r("2..").unwrap(), (2, None));
        assert_eq!(r("r2..r4").unwrap(), (2, Some(4)));
        assert_eq!(r("2").unwrap(), (2, None));
        for bad in ["", "..", "0..2", "a..b", "1...2", "-1"] {
            assert!(r(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn since_points() {
        assert_eq!("#12".parse::<Since>().unwrap(), Since::Operation(12));
        let t = |s: &str| match s.parse::<Since>().unwrap() {
            Since::Time(t) => t,
            other => panic!("{other:?}"),
        };
        assert_eq!(t("2026"), "2026-01-01T00:00:00Z");
        assert_eq!(t("2026-02"), "2026-02-01T00:00:00Z");
        assert_eq!(t("2026-11-29"), "2026-11-29T00:00:00Z");
        assert_eq!(t("2026-11-29T10"), "2026-11-29T10:00:00Z");
        assert_eq!(t("2026-11-29T10:05"), "2026-11-29T10:05:00Z");
        assert_eq!(t("2026-11-29T10:05Z"), "2026-11-29T10:05:00Z");
        assert_eq!(t("2026-11-29T11:05:30+01:00"), "2026-11-29T10:05:30Z");
        for bad in [
            "#x",
            "#0",
            "yesterday",
            "20a",
            "12",
            "20260",
            "2026-13",
            "2026-13-45",
            "2026-02-30",
            "2026-11-29T24",
            "2026-11-29T10:60",
            "2026-1-5",
            "",
        ] {
            assert!(bad.parse::<Since>().is_err(), "{bad}");
        }
    }
}
