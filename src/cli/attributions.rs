//! `tolk attributions`: who said what in a document, with the translated claims.

use super::Ctx;
use crate::attribution::Speaker;
use crate::error::Result;
use crate::model::{Document, Kind};
use crate::store::{AnnFilter, Mode, prelude::*};
use std::collections::HashMap;

/// Report the attributed claims of a document, grouped by speaker
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Document name
    doc: String,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    crate::model::check_doc_name(&args.doc)?;
    let store = ctx.open(Mode::Read)?;
    let doc = store.document(&args.doc)?;
    let speakers = speakers(&store, &doc)?;
    if ctx.json {
        ctx.print
            .out
            .json(&serde_json::json!({ "doc": doc.name, "speakers": speakers }))
    } else {
        ctx.print.out.attributions(&doc.name, &speakers)
    }
}

/// The attribution report of `doc`: speakers with their claims and translated segments.
pub(super) fn speakers(store: &impl Read, doc: &Document) -> Result<Vec<Speaker>> {
    let anns = store.annotations(&AnnFilter {
        document_id: Some(doc.id),
        kind: Some(Kind::Attribution),
        ..Default::default()
    })?;
    let translations: HashMap<i64, String> = store
        .segments(doc)?
        .into_iter()
        .filter_map(|s| s.current.map(|t| (s.id, t.text)))
        .collect();
    Ok(crate::attribution::by_speaker(&anns, &|id| {
        translations.get(&id).cloned()
    }))
}
