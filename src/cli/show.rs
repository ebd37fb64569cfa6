//! `tolk show`: the aligned bilingual view of a document, or one segment with its history.

use super::Ctx;
use crate::error::Result;
use crate::formats::{Record, SourceText};
use crate::model::Address;
use crate::store::{AnnFilter, Mode, prelude::*};

/// Show a document side by side (source, translation, state), or one segment with its history
#[derive(Debug, clap::Args)]
pub struct Args {
    /// DOC or DOC:N
    address: String,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let address: Address = args.address.parse()?;
    let store = ctx.open(Mode::Read)?;
    let doc = store.document(&address.doc)?;
    match address.position {
        Some(n) => {
            let seg = store.segment(&doc, n)?;
            let revisions = store.revisions(seg.id)?;
            let anns = store.annotations(&AnnFilter {
                segment_id: Some(seg.id),
                ..Default::default()
            })?;
            if ctx.json {
                ctx.print.out.json(&serde_json::json!({
                    "segment": Record::new(&seg, &anns, SourceText::Published),
                    "revisions": revisions,
                }))
            } else {
                ctx.print.out.segment(&seg, &doc, &anns, true)?;
                ctx.print.out.revisions(&revisions)
            }
        }
        None => {
            let doc = store.with_progress(doc)?;
            let segments = store.segments(&doc)?;
            let by_seg = store.annotations_by_segment(&doc)?;
            let anns = |id: i64| by_seg.get(&id).map_or(&[][..], Vec::as_slice);
            if ctx.json {
                let records: Vec<Record<'_>> = segments
                    .iter()
                    .map(|s| Record::new(s, anns(s.id), SourceText::Published))
                    .collect();
                ctx.print
                    .out
                    .json(&serde_json::json!({ "document": doc, "segments": records }))
            } else {
                ctx.print.out.doc_header(&doc)?;
                for s in &segments {
                    ctx.print.out.segment(s, &doc, anns(s.id), false)?;
                }
                Ok(())
            }
        }
    }
}
