//! `tolk annotations`: list annotations of the database, a document or a segment.

use super::Ctx;
use crate::error::Result;
use crate::model::{Address, AnnStatus, Kind};
use crate::store::{AnnFilter, Mode, prelude::*};

/// List annotations (corrections, attributions, entities, notes) with their status
#[derive(Debug, clap::Args)]
pub struct Args {
    /// DOC or DOC:N [default: all documents]
    address: Option<String>,
    /// Only this kind: correction, attribution, entity or note
    #[arg(long)]
    kind: Option<String>,
    /// Only this status: proposed, accepted, rejected or orphaned
    #[arg(long)]
    status: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let mut filter = AnnFilter {
        kind: args.kind.as_deref().map(str::parse::<Kind>).transpose()?,
        status: args
            .status
            .as_deref()
            .map(str::parse::<AnnStatus>)
            .transpose()?,
        ..Default::default()
    };
    let store = ctx.open(Mode::Read)?;
    if let Some(a) = &args.address {
        let address: Address = a.parse()?;
        let doc = store.document(&address.doc)?;
        filter.document_id = Some(doc.id);
        if let Some(n) = address.position {
            filter.segment_id = Some(store.segment(&doc, n)?.id);
        }
    }
    let list = store.annotations(&filter)?;
    if ctx.json {
        ctx.print.out.json(&list)
    } else {
        ctx.print.out.annotations(&list)
    }
}
