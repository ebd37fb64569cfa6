//! Human forms of the views: the document table, a document or segment side by side, and
//! word diffs (one segment on one line; many under a heading per segment).

use super::{Human, Out};
use crate::error::Result;
use crate::ops::view::{AddedRecord, Diffs, Documents, Shown};

impl Human for Documents {
    fn human(&self, out: &mut Out) -> Result<()> {
        out.docs(&self.documents)
    }
}

impl Human for Shown {
    fn human(&self, out: &mut Out) -> Result<()> {
        match self {
            Shown::Document(v) => {
                let d = &v.document;
                out.doc_header(d)?;
                let added = |at: &dyn Fn(&AddedRecord) -> bool| {
                    v.added.iter().filter(move |a| at(a)).collect::<Vec<_>>()
                };
                for s in &v.segments {
                    for a in added(&|a| a.before == Some(s.n)) {
                        out.added_block(a, &d.target_lang)?;
                    }
                    out.segment_block(s, &d.source_lang, &d.target_lang, false)?;
                    for a in added(&|a| a.after == Some(s.n)) {
                        out.added_block(a, &d.target_lang)?;
                    }
                }
                for a in added(&|a| a.before.is_none() && a.after.is_none()) {
                    out.added_block(a, &d.target_lang)?;
                }
                Ok(())
            }
            Shown::Segment(v) => {
                out.segment_block(&v.segment, &v.source_lang, &v.target_lang, true)?;
                out.revisions(&v.revisions)
            }
        }
    }
}

impl Human for Diffs {
    fn human(&self, out: &mut Out) -> Result<()> {
        let diffs = match self {
            Diffs::One(d) => return out.line(&out.render_runs(&d.ops)),
            Diffs::Many(diffs) => diffs,
        };
        if diffs.is_empty() {
            out.notice("no changes");
            return Ok(());
        }
        let mut last_id = "";
        for d in diffs {
            if d.id != last_id {
                out.heading(&d.id)?;
                last_id = &d.id;
            }
            let line = format!("  {:<6} {}", d.side.as_str(), out.render_runs(&d.ops));
            out.line(&line)?;
        }
        Ok(())
    }
}
