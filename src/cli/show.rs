//! `tolk show`: the aligned bilingual view of a document, or one segment with its history.

use super::Ctx;
use crate::error::Result;
use crate::formats::Record;
use crate::model::Address;
use crate::store::{Mode, Read};

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
            if ctx.json {
                ctx.out.json(&serde_json::json!({
                    "segment": Record::new(&seg),
                    "revisions": revisions,
                }))
            } else {
                ctx.out.segment(&seg, &doc)?;
                ctx.out.revisions(&revisions)
            }
        }
        None => {
            let segments = store.segments(&doc)?;
            if ctx.json {
                let records: Vec<Record<'_>> = segments.iter().map(Record::new).collect();
                ctx.out
                    .json(&serde_json::json!({ "document": doc, "segments": records }))
            } else {
                ctx.out.doc_header(&doc)?;
                for s in &segments {
                    ctx.out.segment(s, &doc)?;
                }
                Ok(())
            }
        }
    }
}
