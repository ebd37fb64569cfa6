//! Getting documents out: a document's aligned text in an exchange format, streamed segment by
//! segment to a writer, or to files that are written whole or not at all. Which formats exist
//! and how each is written is the registry's business ([`crate::formats::FORMATS`]).

use super::Progress;
use crate::error::{Error, Result};
use crate::formats::interchange::ExportOptions;
use crate::formats::{Format, Record, SourceText, Writer};
use crate::model::{Annotation, Document, Link, LinkInfo, SegmentView, Side, State};
use crate::ops::links::{Unit, layout};
use crate::outfile::{Protected, write_files};
use crate::store::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::mpsc;

/// What to export, and how.
#[derive(Debug, Clone)]
pub struct ExportRequest {
    pub doc: String,
    pub format: Format,
    /// Which source text the records carry.
    pub source: SourceText,
    /// When and by whom the export is made, for headers that record it (PO).
    pub exported_at: Option<String>,
    pub exported_by: Option<String>,
}

/// Where an export goes.
pub enum Destination<'a> {
    /// A stream (stdout); only for formats that write one file.
    Stream(&'a mut (dyn Write + Send)),
    /// A file, or for a pair of files their base name (`BASE.<lang>`), never one of the
    /// protected files (the database). Regular files are written through exclusive temporary
    /// files and renamed at the end, so a failed export leaves none (see [`crate::outfile`]).
    Files(&'a Path, &'a Protected),
}

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Exported {
    pub doc: String,
    pub format: Format,
    /// Segments written (translated segments only, for TMX and Moses).
    pub segments: usize,
    /// The files written; empty when the export went to a stream.
    pub files: Vec<PathBuf>,
}

/// Refuses a request that cannot work whatever the database holds (a pair of files without a
/// base name), so the command can say so before it opens anything.
pub fn check(format: Format, to_files: bool) -> Result<()> {
    if format.spec().needs_output() && !to_files {
        return Err(Error::Usage(format!(
            "--format {format} writes two files, BASE.nl and BASE.en: give the base name with -o BASE"
        )));
    }
    Ok(())
}

/// Exports document `req.doc` to `dest`; `progress` counts segments.
pub fn export(
    store: &impl Read,
    req: &ExportRequest,
    dest: Destination<'_>,
    progress: &dyn Progress,
) -> Result<Exported> {
    crate::model::check_doc_name(&req.doc)?;
    check(req.format, matches!(dest, Destination::Files(..)))?;
    let mut doc = store.document(&req.doc)?;
    if req.format == Format::Html {
        // The page's header shows the progress per state.
        doc = store.with_progress(doc)?;
    }
    let annotations = store.annotations_by_segment(&doc)?;
    let links = store.links(&doc)?;
    let units = layout(doc.segments, &links);
    // Every format writes one record per link: the sources of an n-m link joined, sentences
    // the translator added as a record of their own, and (for the formats tolk reads back) the
    // link itself, stored 1-1 links included, so that a round trip keeps every link.
    let plain: HashMap<usize, &Link> = units
        .iter()
        .filter_map(|u| match u {
            Unit::Source {
                first,
                link: Some(l),
                ..
            } if !u.is_special() => Some((*first, *l)),
            _ => None,
        })
        .collect();
    progress.start(doc.segments as u64);
    let mut count = 0usize;
    let assemble = || Assemble {
        doc: &doc.name,
        source: req.source,
        annotations: &annotations,
        plain: &plain,
        at: Walk::new(&units),
        group: Vec::new(),
        group_anns: Vec::new(),
    };
    let files = match req.format.spec().writer {
        Writer::Pair(make) => {
            let Destination::Files(base, protected) = dest else {
                unreachable!("checked above: a pair of files needs a base name")
            };
            // File names never come from file content unchecked (a database made before
            // language codes were validated may hold anything there).
            for lang in [&doc.source_lang, &doc.target_lang] {
                crate::model::check_language(lang, &doc.name)?;
            }
            let paths = vec![
                with_extension(base, &doc.source_lang),
                with_extension(base, &doc.target_lang),
            ];
            if paths[0] == paths[1] {
                return Err(Error::invalid(
                    "format",
                    format!(
                        "source and target language are both '{}': {} needs two files",
                        doc.source_lang, req.format
                    ),
                ));
            }
            write_files(&paths, protected, &mut |ws| {
                let [src, tgt] = ws else {
                    unreachable!("two paths give two writers")
                };
                let mut out = make();
                assemble().run(store, &doc, progress, &mut |r| {
                    if out.record(&mut **src, &mut **tgt, r)? {
                        count += 1;
                    }
                    Ok(())
                })
            })?;
            paths
        }
        Writer::Single(make) => {
            let opts = ExportOptions {
                source: req.source,
                exported_at: req.exported_at.clone(),
                exported_by: req.exported_by.clone(),
                links: !links.is_empty(),
            };
            let mut write_all = |w: &mut (dyn Write + Send)| -> Result<()> {
                let mut out = make(&doc, opts.clone());
                out.begin(w)?;
                assemble().run(store, &doc, progress, &mut |r| {
                    if out.record(w, r)? {
                        count += 1;
                    }
                    Ok(())
                })?;
                out.finish(w)?;
                Ok(())
            };
            match dest {
                Destination::Stream(w) => {
                    write_all(w)?;
                    Vec::new()
                }
                Destination::Files(path, protected) => {
                    let paths = vec![path.to_path_buf()];
                    write_files(&paths, protected, &mut |ws| {
                        let [w] = ws else {
                            unreachable!("one path gives one writer")
                        };
                        write_all(&mut **w)
                    })?;
                    paths
                }
            }
        }
    };
    Ok(Exported {
        doc: doc.name,
        format: req.format,
        segments: count,
        files,
    })
}

/// Turns the document's segments, in order, into records: the sources of an n-m link joined,
/// the sentences a translator added as records of their own.
struct Assemble<'a, 'u, 'l> {
    doc: &'a str,
    source: SourceText,
    annotations: &'a HashMap<i64, Vec<Annotation>>,
    /// Stored 1-1 links, by position.
    plain: &'a HashMap<usize, &'l Link>,
    at: Walk<'u, 'l>,
    /// The segments of the link being joined, and their annotations.
    group: Vec<SegmentView>,
    group_anns: Vec<Annotation>,
}

type Put<'w> = dyn FnMut(&Record<'_>) -> Result<()> + 'w;

impl Assemble<'_, '_, '_> {
    /// Every record of `doc`, in order, handed to `put` on the writing thread (see [`feed`]).
    fn run(
        mut self,
        store: &impl Read,
        doc: &Document,
        progress: &dyn Progress,
        put: &mut (dyn FnMut(&Record<'_>) -> Result<()> + Send),
    ) -> Result<()> {
        feed(store, doc, progress, &mut |seg| {
            self.segment(seg, &mut *put)
        })?;
        self.rest(put)
    }

    fn segment(&mut self, seg: &SegmentView, w: &mut Put<'_>) -> Result<()> {
        let (doc, source) = (self.doc, self.source);
        let anns = self.annotations.get(&seg.id).map_or(&[][..], Vec::as_slice);
        for l in self.at.added_before(seg.position) {
            w(&added_record(doc, seg, l, source))?;
        }
        let Some((first, count, link)) = self.at.source(seg.position) else {
            let mut r = Record::new(seg, anns, source);
            // A stored 1-1 link keeps its score and origin too.
            if let Some(l) = self.plain.get(&seg.position) {
                r.link = Some(LinkInfo::new(l, seg.position, 1));
            }
            w(&r)?;
            for l in self.at.added_after(seg.position, 1) {
                w(&added_record(doc, seg, l, source))?;
            }
            return Ok(());
        };
        let info = LinkInfo::new(link, first, count);
        // The joined source: annotations of later segments are shifted to their place in
        // it (on the source side; the target is the first segment's alone).
        let group = &mut self.group;
        let offset = group
            .iter()
            .map(|s| s.source.chars().count() + 1)
            .sum::<usize>();
        self.group_anns.extend(
            anns.iter()
                .filter(|a| group.is_empty() || a.side == Side::Source)
                .map(|a| {
                    let mut a = a.clone();
                    if !group.is_empty() {
                        a.start += offset;
                        a.end += offset;
                    }
                    a
                }),
        );
        group.push(seg.clone());
        if group.len() < count {
            return Ok(());
        }
        let joined =
            |f: &dyn Fn(&SegmentView) -> String| group.iter().map(f).collect::<Vec<_>>().join(" ");
        let published = joined(&|s| s.source.clone());
        let corrected = joined(&|s| {
            let a = self.annotations.get(&s.id).map_or(&[][..], Vec::as_slice);
            crate::model::corrected_text(&s.source, a)
        });
        let mut r = Record::new(&group[0], &self.group_anns, source);
        r.source = match source {
            SourceText::Published => published.as_str().into(),
            SourceText::Corrected => corrected.as_str().into(),
        };
        r.source_published = &published;
        r.source_corrected = corrected.as_str().into();
        if link.targets == 0 {
            r.target = None;
        }
        r.link = Some(info);
        r.breaks = group
            .iter()
            .scan(0, |at, s| {
                let start = *at;
                *at += s.source.chars().count() + 1;
                Some(start)
            })
            .skip(1)
            .collect();
        w(&r)?;
        let last = group.pop().expect("a link joins at least one segment");
        group.clear();
        self.group_anns.clear();
        for l in self.at.added_after(first, count) {
            w(&added_record(doc, &last, l, source))?;
        }
        Ok(())
    }

    /// The records left after the last segment: sentences added at the end.
    fn rest(&mut self, w: &mut Put<'_>) -> Result<()> {
        for l in self.at.rest() {
            w(&added_record(
                self.doc,
                &SegmentView::empty(self.doc),
                l,
                self.source,
            ))?;
        }
        Ok(())
    }
}

/// Segments handed from the reading thread to the writing one at a time.
const BATCH: usize = 1024;

/// Hands every segment of `doc`, in order, to `consume`, which runs on a second thread while
/// this one reads the next segments from the database: an export spends about half its time in
/// SQLite and half turning records into text and writing them, and the two overlap. Batches of
/// segments go back and forth so that their buffers are reused. The first error stops both.
fn feed(
    store: &impl Read,
    doc: &Document,
    progress: &dyn Progress,
    consume: &mut (dyn FnMut(&SegmentView) -> Result<()> + Send),
) -> Result<()> {
    let (tx, rx) = mpsc::sync_channel::<(Vec<SegmentView>, usize)>(4);
    let (back_tx, back_rx) = mpsc::channel::<Vec<SegmentView>>();
    std::thread::scope(|s| {
        let worker = s.spawn(move || -> Result<()> {
            for (batch, n) in rx {
                for seg in &batch[..n] {
                    consume(seg)?;
                }
                // The reader may be done and gone; then the batch is simply dropped.
                let _ = back_tx.send(batch);
            }
            Ok(())
        });
        let mut batch: Vec<SegmentView> = Vec::new();
        let mut n = 0;
        let read = store.for_each_segment(doc, 1, usize::MAX, &mut |seg| {
            match batch.get_mut(n) {
                Some(slot) => std::mem::swap(slot, seg),
                None => batch.push(seg.clone()),
            }
            n += 1;
            if n == BATCH {
                progress.inc(BATCH as u64);
                let next = back_rx.try_recv().unwrap_or_default();
                if tx.send((std::mem::replace(&mut batch, next), n)).is_err() {
                    // The writer failed and is gone; its error is the one reported below.
                    return Err(Error::BrokenPipe);
                }
                n = 0;
            }
            Ok(())
        });
        if read.is_ok() && n > 0 {
            progress.inc(n as u64);
            let _ = tx.send((batch, n));
        }
        drop(tx);
        let written = worker
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        // The writer's error first: a reader stopped by a writer gone only says so.
        written.and(read)
    })
}

/// `base` with `.ext` appended (`out/corpus` → `out/corpus.nl`).
fn with_extension(base: &Path, ext: &str) -> PathBuf {
    let mut s = OsString::from(base.as_os_str());
    s.push(".");
    s.push(ext);
    PathBuf::from(s)
}

/// Where the export is in the document's links, segment by segment.
struct Walk<'u, 'l> {
    units: &'u [Unit<'l>],
    next: usize,
}

impl<'u, 'l> Walk<'u, 'l> {
    fn new(units: &'u [Unit<'l>]) -> Self {
        Walk { units, next: 0 }
    }

    /// Added links standing before segment `pos`.
    fn added_before(&mut self, pos: usize) -> Vec<&'l Link> {
        let mut out = Vec::new();
        while let Some(Unit::Added(l)) = self.units.get(self.next) {
            if l.after || l.first != pos {
                break;
            }
            out.push(*l);
            self.next += 1;
        }
        out
    }

    /// The special link segment `pos` starts or is in: (first, count, link).
    fn source(&mut self, pos: usize) -> Option<(usize, usize, &'l Link)> {
        match self.units.get(self.next) {
            Some(u @ Unit::Source { first, count, link })
                if (*first..first + count).contains(&pos) =>
            {
                if pos + 1 == first + count {
                    self.next += 1;
                }
                match link {
                    Some(l) if u.is_special() => Some((*first, *count, l)),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// Added links standing after the segments of a link.
    fn added_after(&mut self, first: usize, count: usize) -> Vec<&'l Link> {
        let mut out = Vec::new();
        while let Some(Unit::Added(l)) = self.units.get(self.next) {
            if !l.after || !(first..first + count).contains(&l.first) {
                break;
            }
            out.push(*l);
            self.next += 1;
        }
        out
    }

    fn rest(&mut self) -> Vec<&'l Link> {
        let rest = self.units[self.next.min(self.units.len())..]
            .iter()
            .filter_map(|u| match u {
                Unit::Added(l) => Some(*l),
                Unit::Source { .. } => None,
            })
            .collect();
        self.next = self.units.len();
        rest
    }
}

/// The record of sentences the translator added, beside segment `seg`.
fn added_record<'a>(
    doc: &'a str,
    seg: &SegmentView,
    l: &'a Link,
    _which: SourceText,
) -> Record<'a> {
    Record {
        id: match (l.first, l.after) {
            (0, _) => format!("{doc}:+"),
            (p, true) => format!("{doc}:{p}+"),
            (p, false) => format!("{doc}:+{p}"),
        },
        doc,
        n: seg.position,
        paragraph: seg.paragraph,
        source: "".into(),
        source_published: "",
        source_corrected: "".into(),
        target: l.text.as_deref(),
        state: State::Translated,
        revision: None,
        author: None,
        updated_at: None,
        created_by: None,
        created_at: None,
        comment: None,
        annotations: &[],
        link: Some(LinkInfo::new(l, 0, 0)),
        breaks: Vec::new(),
        extra: None,
        forms: None,
    }
}
