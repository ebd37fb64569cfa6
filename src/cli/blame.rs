//! `tolk blame`: per segment, who last changed the text of its translation, and when.

use super::Ctx;
use crate::error::Result;
use crate::store::{Mode, prelude::*};

/// Show per segment who last changed the translation and when
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Document name
    doc: String,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    crate::model::check_doc_name(&args.doc)?;
    let store = ctx.open(Mode::Read)?;
    let doc = store.document(&args.doc)?;
    let blame = store.blame(&doc)?;
    if ctx.json {
        let list: Vec<serde_json::Value> = blame
            .iter()
            .map(|(n, t)| {
                serde_json::json!({
                    "id": format!("{}:{n}", doc.name),
                    "revision": t.as_ref().map(|t| t.revision),
                    "author": t.as_ref().map(|t| &t.author),
                    "at": t.as_ref().map(|t| &t.created_at),
                    "text": t.as_ref().map(|t| &t.text),
                })
            })
            .collect();
        return ctx.print.out.json(&list);
    }
    ctx.print.out.blame(&doc.name, &blame)
}
