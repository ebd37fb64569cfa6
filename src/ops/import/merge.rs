//! Merge-back: a bilingual file (PO, XLIFF, TMX, TSV, JSONL) that went out to a translator
//! comes back with `import FILE --update`. Each entry is matched to a segment of the existing
//! document — by tolk's own `DOC:N` id when the file carries it, else by its key in the file
//! (PO `msgctxt`) and its source — and what the translator changed becomes new revisions:
//! an edited target, a changed state (PO `fuzzy` added or removed), both by the author the
//! file names (PO `Last-Translator`, when someone other than tolk's export set it), else by
//! the importer. Entries the file did not change leave their segments alone: no revision,
//! and when nothing changed at all, no operation. A file whose sources differ from the
//! document's is refused, naming the first entries that differ: merge-back takes
//! translations back, not a new version of the source. One operation, undone as a whole.

use super::bilingual::{BilingualImport, doc_name};
use crate::error::{Conflict, Error, Result};
use crate::formats::{DocMeta, Format, ImportedSegment, MetaCheck, Sequence};
use crate::model::{DocExtra, SegmentView, State};
use crate::store::prelude::*;
use crate::store::{Actor, NewRevision, Outcome, Store, Tx};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::io::BufRead;

/// What happened to one entry of the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Merge {
    /// The file shows what tolk has: nothing to do.
    Unchanged,
    /// tolk's metadata says the entry is as tolk exported it, but tolk has a newer revision
    /// since: the newer one stays.
    KeptNewer,
    /// A new revision with the file's text (and state).
    Edited,
    /// A new revision with the same text and the file's state.
    State,
    /// The file's entry is empty where tolk has a translation: the translation stays.
    KeptTranslation,
    /// An entry that stands for an alignment link of several segments, or for sentences the
    /// translator added: not merged.
    Skipped,
}

impl Merge {
    pub fn as_str(self) -> &'static str {
        match self {
            Merge::Unchanged => "unchanged",
            Merge::KeptNewer => "kept-newer",
            Merge::Edited => "edited",
            Merge::State => "state",
            Merge::KeptTranslation => "kept-translation",
            Merge::Skipped => "skipped",
        }
    }
}

/// One entry of the file and what merging it did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MergedEntry {
    /// The segment (`DOC:N`); empty for a skipped entry.
    pub id: String,
    /// Line of the file where the entry starts.
    pub line: usize,
    pub result: Merge,
    /// The new revision, when one was added.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revision: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<State>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// The segment's notes, flags or other kept data changed in the file and were taken.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub details: bool,
}

/// What `import FILE --update` did with a bilingual file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MergeReport {
    pub doc: String,
    pub format: Option<Format>,
    /// Entries read from the file.
    pub entries: usize,
    pub unchanged: usize,
    pub edited: usize,
    pub state_changes: usize,
    /// Entries whose translation tolk kept (newer in tolk, or empty in the file).
    pub kept: usize,
    pub skipped: usize,
    /// Segments whose kept file data (notes, flags …) changed.
    pub details: usize,
    /// Whether the document's own data from the file (PO header, obsolete entries) changed.
    pub header: bool,
    /// Per entry, in file order.
    pub results: Vec<MergedEntry>,
    /// The operation, when anything changed.
    pub operation: Option<i64>,
}

impl MergeReport {
    fn summary(&self, label: &str) -> String {
        format!(
            "merged {} from {label}: {} entries, {} edited, {} state changes, {} unchanged, {} kept, {} skipped",
            self.doc,
            self.entries,
            self.edited,
            self.state_changes,
            self.unchanged,
            self.kept,
            self.skipped
        )
    }
}

/// Most entries an error about mismatched sources names.
const NAMED: usize = 3;

/// Merges a bilingual file back into the document it was exported from (see the module's
/// documentation), in one operation.
pub fn merge_back(
    store: &mut Store,
    actor: &Actor,
    req: &BilingualImport<'_>,
    input: &mut dyn BufRead,
) -> Result<MergeReport> {
    let Some(read) = req.format.spec().reader else {
        return Err(Error::Usage(format!(
            "tolk does not read {} files",
            req.format
        )));
    };
    let label = req.label;
    let (report, operation) = store.operation(actor, "import", |tx, op| {
        let mut state: Option<Merging> = None;
        let mut order = Sequence::default();
        let meta = read(input, label, &mut |meta, seg| {
            order.check(&seg, label, req.format.name())?;
            let m = match &mut state {
                Some(m) => m,
                None => state.insert(Merging::begin(tx, meta, req)?),
            };
            m.entry(tx, op, meta, seg)
        })?;
        let Some(mut m) = state else {
            return Err(Error::invalid(
                req.format.name(),
                format!("{label}: no segments to merge"),
            ));
        };
        if !m.mismatched.is_empty() {
            let n = m.mismatched.len();
            return Err(Error::conflict(
                Conflict::Mismatch,
                format!(
                    "{label}: {n} entr{} match no segment of {} by id or source ({}{}); --update takes translations back, not a new version of the source: import the file under another name with --doc, or replace the document with --replace",
                    if n == 1 { "y" } else { "ies" },
                    m.report.doc,
                    m.mismatched.iter().take(NAMED).cloned().collect::<Vec<_>>().join("; "),
                    if n > NAMED { "; …" } else { "" }
                ),
            ));
        }
        // The file's own data about the document (PO header, obsolete entries), when the
        // document came from that kind of file and the file changed it.
        let ours = m.doc.extra.as_ref().map(|e| e.format.as_str());
        if meta.extra.is_some()
            && ours == meta.extra.as_ref().map(|e| e.format.as_str())
            && !same_document_data(meta.extra.as_ref(), m.doc.extra.as_ref())
        {
            tx.set_document_extra(m.doc.id, meta.extra.as_ref(), true, op)?;
            m.report.header = true;
        }
        let r = m.report;
        let changed = r.edited + r.state_changes + r.details > 0 || r.header;
        if !changed {
            return Ok(Outcome::Unchanged(r));
        }
        let summary = r.summary(label);
        let id = m.doc.id;
        Ok(Outcome::changed(r, summary, Some(id)))
    })?;
    Ok(MergeReport {
        operation,
        ..report
    })
}

/// A merge under way: the document and its segments, looked up by id and by key and source.
struct Merging {
    doc: crate::model::Document,
    segments: Vec<SegmentView>,
    /// Segment index by (key in the file, source), first unused first.
    by_source: HashMap<(Option<String>, String), Vec<usize>>,
    /// Segment index by source alone, for files that carry no keys (TSV, TMX …).
    by_text: HashMap<String, Vec<usize>>,
    used: Vec<bool>,
    mismatched: Vec<String>,
    report: MergeReport,
}

impl Merging {
    fn begin(tx: &Tx<'_>, meta: &DocMeta, req: &BilingualImport<'_>) -> Result<Merging> {
        let name = doc_name(req, meta);
        let doc = tx.document(&name)?;
        let segments = tx.segments(&doc)?;
        let mut by_source: HashMap<(Option<String>, String), Vec<usize>> = HashMap::new();
        let mut by_text: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, s) in segments.iter().enumerate().rev() {
            by_text.entry(s.source.clone()).or_default().push(i);
            let key = s.extra.as_ref().and_then(|x| x.key.clone());
            by_source
                .entry((key, s.source.clone()))
                .or_default()
                .push(i);
        }
        Ok(Merging {
            used: vec![false; segments.len()],
            report: MergeReport {
                doc: doc.name.clone(),
                format: Some(req.format),
                ..Default::default()
            },
            doc,
            segments,
            by_source,
            by_text,
            mismatched: Vec::new(),
        })
    }

    /// The segment an entry stands for: tolk's id, else its key and source.
    fn find(&mut self, seg: &ImportedSegment) -> Option<usize> {
        let key = seg.kept.segment.as_ref().and_then(|x| x.key.clone());
        if let Some(id) = &seg.kept.id
            && let Some((doc, n)) = id.rsplit_once(':')
            && doc == self.doc.name
            && let Ok(n) = n.parse::<usize>()
            && let Some(i) = n.checked_sub(1).filter(|i| *i < self.segments.len())
            && self.segments[i].source == seg.source
            && !self.used[i]
        {
            self.used[i] = true;
            return Some(i);
        }
        let keyless = key.is_none();
        if let Some(list) = self.by_source.get_mut(&(key, seg.source.clone()))
            && let Some(i) = first_unused(list, &self.used)
        {
            self.used[i] = true;
            return Some(i);
        }
        // A file without keys (TSV, TMX …) for a document that has them: by source alone.
        if keyless
            && let Some(list) = self.by_text.get_mut(&seg.source)
            && let Some(i) = first_unused(list, &self.used)
        {
            self.used[i] = true;
            return Some(i);
        }
        None
    }

    fn entry(
        &mut self,
        tx: &Tx<'_>,
        op: crate::store::OpCtx<'_>,
        meta: &DocMeta,
        seg: ImportedSegment,
    ) -> Result<()> {
        self.report.entries += 1;
        let mut out = MergedEntry {
            id: String::new(),
            line: seg.line,
            result: Merge::Unchanged,
            revision: None,
            state: None,
            author: None,
            details: false,
        };
        if seg.link.as_ref().is_some_and(|l| l.sources != 1) {
            out.result = Merge::Skipped;
            self.report.skipped += 1;
            self.report.results.push(out);
            return Ok(());
        }
        let Some(i) = self.find(&seg) else {
            self.mismatched.push(format!(
                "line {} “{}”",
                seg.line,
                crate::text::excerpt(&crate::text::one_line(&seg.source), 40)
            ));
            return Ok(());
        };
        let s = &self.segments[i];
        out.id = s.address();
        // Kept file data (PO notes, flags, references …) as the file has it now.
        if self.doc.extra.as_ref().map(|e| e.format.as_str()) == Some(format_name(meta))
            && seg.kept.segment != s.extra
        {
            tx.set_segment_extra(s.id, seg.kept.segment.as_ref(), op)?;
            out.details = true;
            self.report.details += 1;
        }
        let cur = s.current.as_ref();
        let result = match (&seg.target, cur) {
            _ if seg.kept.check == MetaCheck::Intact => {
                // As tolk wrote it: whatever tolk has now stays.
                let newer = match (seg.revision, cur) {
                    (Some(r), Some(c)) => c.revision > r,
                    (None, Some(_)) => true,
                    _ => false,
                };
                if newer {
                    Merge::KeptNewer
                } else {
                    Merge::Unchanged
                }
            }
            (None, Some(_)) => Merge::KeptTranslation,
            (None, None) => Merge::Unchanged,
            (Some(text), cur) => {
                // Plural forms count only where the file can carry them (a PO plural entry);
                // elsewhere the segment keeps its own.
                let carries_forms = seg.kept.translation.is_some()
                    || seg
                        .kept
                        .segment
                        .as_ref()
                        .is_some_and(|x| x.plural.is_some());
                let forms = seg.kept.translation.clone().unwrap_or_default();
                let same_text = cur.is_some_and(|c| {
                    c.text == *text
                        && (!carries_forms
                            || c.extra.clone().unwrap_or_default().forms == forms.forms)
                });
                let now = cur.map_or(State::Untranslated, |c| c.state);
                let wanted = match seg.state {
                    // A target in a "not translated yet" state is still a translation.
                    State::Untranslated | State::Translated => {
                        if matches!(now, State::Reviewed | State::Final) && same_text {
                            now
                        } else {
                            State::Translated
                        }
                    }
                    s => s,
                };
                if same_text && wanted == now {
                    Merge::Unchanged
                } else {
                    let author = seg.author.clone().or_else(|| meta.author.clone());
                    let rev = NewRevision {
                        text,
                        state: wanted,
                        comment: seg.comment.as_deref(),
                    };
                    let n = tx.add_revision_from_file(
                        s.id,
                        &rev,
                        author.as_deref(),
                        carries_forms.then_some(seg.kept.translation.as_ref()),
                        op,
                    )?;
                    out.revision = Some(n);
                    out.state = Some(wanted);
                    out.author = Some(author.unwrap_or_else(|| op.author.to_string()));
                    if same_text {
                        Merge::State
                    } else {
                        Merge::Edited
                    }
                }
            }
        };
        match result {
            Merge::Unchanged => self.report.unchanged += 1,
            Merge::KeptNewer | Merge::KeptTranslation => self.report.kept += 1,
            Merge::Edited => self.report.edited += 1,
            Merge::State => self.report.state_changes += 1,
            Merge::Skipped => self.report.skipped += 1,
        }
        out.result = result;
        self.report.results.push(out);
        Ok(())
    }
}

/// The first index of `list` (kept in reverse order) not used yet, taken off the list.
fn first_unused(list: &mut Vec<usize>, used: &[bool]) -> Option<usize> {
    while let Some(i) = list.pop() {
        if !used[i] {
            return Some(i);
        }
    }
    None
}

/// The format name a file's kept data carries (the document's `extra.format` when it came
/// from such a file).
fn format_name(meta: &DocMeta) -> &str {
    meta.extra.as_ref().map_or("", |e| e.format.as_str())
}

/// Whether a file's data about the document says what tolk keeps: header fields in any order
/// (editors such as polib sort them), the rest exactly.
fn same_document_data(a: Option<&DocExtra>, b: Option<&DocExtra>) -> bool {
    let sorted = |e: &DocExtra| {
        let mut e = e.clone();
        e.fields.sort();
        e
    };
    a.map(sorted) == b.map(sorted)
}
