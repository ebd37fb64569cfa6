//! Human forms of the reports of getting data in and out: imports, exports, `init`, `segment`
//! and the `demo` tour.

use super::{Human, Out};
use crate::error::Result;
use crate::model::LinkOrigin;
use crate::ops::demo::{DemoDocument, DemoReport, Initialized};
use crate::ops::export::Exported;
use crate::ops::import::aligned::AlignmentSummary;
use crate::ops::import::annotations::AnnotationsImported;
use crate::ops::import::attach::Attached;
use crate::ops::import::bilingual::BilingualImported;
use crate::ops::import::merge::{Merge, MergeReport};
use crate::ops::import::update::UpdateReport;
use crate::ops::import::{Imported, Segmented};
use serde::{Serialize, Serializer};

impl Human for Imported {
    fn human(&self, out: &mut Out) -> Result<()> {
        out.notice(&format!(
            "imported {}: {} segments in {} paragraphs, {} translated",
            self.doc, self.segments, self.paragraphs, self.translated
        ));
        let Some(a) = &self.alignment else {
            return Ok(());
        };
        alignment(a, out)
    }
}

/// The notices and link lines of an alignment an import stored.
pub(super) fn alignment(a: &AlignmentSummary, out: &mut Out) -> Result<()> {
    for w in &a.warnings {
        out.notice(&format!("warning: {w}"));
    }
    if a.own_lexicon > 0 {
        out.notice(&format!(
            "lexicon: {} Dutch words learned from this database's glossary and aligned pairs",
            a.own_lexicon
        ));
    }
    if a.origin == LinkOrigin::Structure {
        out.notice(&format!("aligned by structure: {} links, all 1-1", a.links));
        return Ok(());
    }
    out.notice(&format!(
        "aligned: {} links, {} of them 1-1, {} other, {} low-confidence (score < {}){}",
        a.links,
        a.one_to_one,
        a.links - a.one_to_one,
        a.low_confidence,
        crate::ops::align::LOW_CONFIDENCE,
        if a.notable.is_empty() { "" } else { ":" }
    ));
    for l in &a.notable {
        let line = super::align::link_line(l, out);
        out.line(&line)?;
    }
    Ok(())
}

impl Human for Attached {
    fn human(&self, out: &mut Out) -> Result<()> {
        out.notice(&format!(
            "attached {} to {}: {} segments, {} new revisions{}{}",
            self.translation,
            self.doc,
            self.segments,
            self.revisions,
            if self.unchanged > 0 {
                format!(", {} unchanged", self.unchanged)
            } else {
                String::new()
            },
            if self.replaced > 0 || self.old_links > 0 {
                format!(
                    " ({} earlier translations kept in the history, {} old links replaced)",
                    self.replaced, self.old_links
                )
            } else {
                String::new()
            }
        ));
        alignment(&self.alignment, out)
    }
}

impl Human for BilingualImported {
    fn human(&self, out: &mut Out) -> Result<()> {
        for n in &self.notes {
            out.notice(&format!("note: {}", crate::text::one_line(n)));
        }
        out.notice(&format!(
            "imported {} from {}: {} segments, {} translated, {} annotations{}",
            self.doc,
            self.format,
            self.segments,
            self.translated,
            self.annotations,
            match self.links {
                0 => String::new(),
                n => format!(", {n} alignment links"),
            }
        ));
        Ok(())
    }
}

impl Human for MergeReport {
    fn human(&self, out: &mut Out) -> Result<()> {
        for e in &self.results {
            let what = match e.result {
                Merge::Unchanged => continue,
                Merge::Edited | Merge::State => format!(
                    "{} {}: revision {} {} by {}",
                    e.result.as_str(),
                    e.id,
                    e.revision.unwrap_or_default(),
                    e.state.map_or("", |s| s.as_str()),
                    crate::text::one_line(e.author.as_deref().unwrap_or("?"))
                ),
                Merge::KeptNewer => {
                    format!("kept {}: tolk has a newer revision than the file", e.id)
                }
                Merge::KeptTranslation => {
                    format!(
                        "kept {}: the file's entry is empty, tolk's translation stays",
                        e.id
                    )
                }
                Merge::Skipped => format!(
                    "skipped line {}: an alignment link of several segments",
                    e.line
                ),
            };
            out.notice(&what);
        }
        out.notice(&format!(
            "merged {}: {} entries, {} edited, {} state changes, {} unchanged, {} kept{}{}{}",
            self.doc,
            self.entries,
            self.edited,
            self.state_changes,
            self.unchanged,
            self.kept,
            match self.skipped {
                0 => String::new(),
                n => format!(", {n} skipped"),
            },
            match (self.details, self.header) {
                (0, false) => String::new(),
                (0, true) => ", the file's header updated".into(),
                (n, false) => format!(", notes or flags of {n} segments updated"),
                (n, true) =>
                    format!(", notes or flags of {n} segments and the file's header updated"),
            },
            match self.operation {
                Some(op) => format!(" (operation #{op})"),
                None => " (nothing changed)".into(),
            }
        ));
        Ok(())
    }
}

impl Human for UpdateReport {
    fn human(&self, out: &mut Out) -> Result<()> {
        for e in &self.events {
            out.notice(e);
        }
        // Sentences and annotations back from an earlier version are named only when there are.
        let restored = match self.restored {
            0 => String::new(),
            n => format!(", {n} restored"),
        };
        let found = match self.annotations_found_again {
            0 => String::new(),
            n => format!(", {n} found again"),
        };
        let kept = match self.translations_kept {
            0 => String::new(),
            n => format!(", {n} kept (upstream published our corrections)"),
        };
        out.notice(&format!(
            "updated {}: {} segments ({} unchanged, {} moved, {} edited{restored}, {} inserted, {} removed); annotations: {} re-anchored, {} fixed upstream, {} orphaned{found}; {} reviewed translation(s) to recheck{kept}",
            self.doc,
            self.segments,
            self.unchanged,
            self.moved,
            self.edited,
            self.inserted,
            self.removed,
            self.annotations_reanchored,
            self.annotations_upstream,
            self.annotations_orphaned,
            self.translations_to_recheck
        ));
        if let Some(a) = &self.translation {
            a.human(out)?;
        }
        Ok(())
    }
}

impl Human for AnnotationsImported {
    fn human(&self, out: &mut Out) -> Result<()> {
        out.notice(&format!(
            "{}: {} annotations added, {} already present",
            self.doc, self.added, self.already_present
        ));
        Ok(())
    }
}

/// An export's data went to its files or to stdout; the report only says where the files are.
impl Human for Exported {
    fn human(&self, out: &mut Out) -> Result<()> {
        match self.files.as_slice() {
            [] => {}
            [one] => out.notice(&format!(
                "exported {} segments of {} to {}",
                self.segments,
                self.doc,
                one.display()
            )),
            [a, b] => out.notice(&format!(
                "exported {} translated segments of {} to {} and {}",
                self.segments,
                self.doc,
                a.display(),
                b.display()
            )),
            more => out.notice(&format!(
                "exported {} segments of {} to {} files",
                self.segments,
                self.doc,
                more.len()
            )),
        }
        Ok(())
    }
}

impl Human for Initialized {
    fn human(&self, out: &mut Out) -> Result<()> {
        let verb = if self.created {
            "created"
        } else {
            "is up to date"
        };
        out.notice(&format!(
            "{} {verb} (schema version {})",
            self.db, self.schema_version
        ));
        Ok(())
    }
}

impl Human for Segmented {
    fn human(&self, out: &mut Out) -> Result<()> {
        out.sentences(&self.paragraphs)
    }
}

/// How `demo` prints, one step at a time: for machines, the reports of its imports, one JSON
/// document each; for people, the tour of each document, then where the database is.
pub enum DemoStep<'a> {
    Imported(&'a Imported),
    Annotated {
        document: &'a DemoDocument,
        /// The database, on the last step: the tour ends by naming it.
        last_of: Option<&'a DemoReport>,
    },
}

/// The steps of a demo report, in the order they print.
pub fn demo_steps(report: &DemoReport) -> Vec<DemoStep<'_>> {
    let n = report.documents.len();
    report
        .documents
        .iter()
        .enumerate()
        .flat_map(|(i, document)| {
            [
                DemoStep::Imported(&document.imported),
                DemoStep::Annotated {
                    document,
                    last_of: (i + 1 == n).then_some(report),
                },
            ]
        })
        .collect()
}

impl Serialize for DemoStep<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        match self {
            DemoStep::Imported(r) => r.serialize(s),
            DemoStep::Annotated { document, .. } => document.annotations.serialize(s),
        }
    }
}

impl Human for DemoStep<'_> {
    fn human(&self, out: &mut Out) -> Result<()> {
        let DemoStep::Annotated { document, last_of } = self else {
            return Ok(());
        };
        if let Some(t) = &document.tour {
            out.doc_header(&t.doc)?;
            for s in &t.segments {
                let anns = t.annotations.get(&s.id).map_or(&[][..], Vec::as_slice);
                out.segment(s, &t.doc, anns, false)?;
            }
            out.line("")?;
            out.heading(&format!("Who says what in {}", t.doc.name))?;
            out.attributions(&t.doc.name, &t.speakers)?;
        }
        if let Some(report) = last_of {
            let db = report.db.display();
            let first = report
                .documents
                .first()
                .map_or("", |d| d.imported.doc.as_str());
            out.notice(&format!(
                "\ndemo database: {db}  (try: tolk --db {db} show {first}:10)"
            ));
        }
        Ok(())
    }
}
