//! `tolk demo`: build a fresh database from the shipped corpus and show it.

use super::Ctx;
use super::import::Prepared;
use crate::corpus;
use crate::error::{Error, Result};
use crate::store::{Mode, prelude::*};
use std::path::PathBuf;

/// Build a demo database from the shipped corpus (./tolk-demo.db unless --db) and show it
#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(ctx: &mut Ctx, _args: Args) -> Result<()> {
    if !ctx.db_flag {
        ctx.db = PathBuf::from("tolk-demo.db");
    }
    if ctx.db.exists() {
        // The demo rebuilds from scratch; never wipe a database that holds someone's work.
        let store = ctx.open(Mode::Read)?;
        let foreign: Vec<String> = store
            .documents()?
            .into_iter()
            .map(|d| d.name)
            .filter(|n| !corpus::DOCUMENTS.iter().any(|c| c.name == n))
            .collect();
        if !foreign.is_empty() {
            return Err(Error::input(format!(
                "{} holds other documents ({}); the demo rebuilds its database from scratch, so give it a fresh --db",
                ctx.db.display(),
                foreign.join(", ")
            )));
        }
        drop(store);
        crate::store::remove_database(&ctx.db)?;
    }
    for c in corpus::DOCUMENTS {
        let mut p = Prepared::from_texts(
            c.name.to_string(),
            c.source,
            c.source_lang,
            Some((c.target, c.target_file)),
            c.target_lang,
        )?;
        p.origin = Some(c.source_file.to_string());
        let imported = p.store(ctx, false)?;
        let annotated =
            super::import_annotations::import(ctx, c.annotations, c.annotations_file, c.name)?;
        if ctx.json {
            super::import::report(ctx, &imported)?;
            ctx.print.out.json(&annotated)?;
        }
    }
    if ctx.json {
        return Ok(());
    }
    let store = ctx.open(Mode::Read)?;
    for c in corpus::DOCUMENTS {
        let doc = store.with_progress(store.document(c.name)?)?;
        ctx.print.out.doc_header(&doc)?;
        let by_seg = store.annotations_by_segment(&doc)?;
        for s in store.segments(&doc)? {
            ctx.print.out.segment(
                &s,
                &doc,
                by_seg.get(&s.id).map_or(&[][..], Vec::as_slice),
                false,
            )?;
        }
        ctx.print.out.line("")?;
        ctx.print
            .out
            .heading(&format!("Who says what in {}", doc.name))?;
        let speakers = super::attributions::speakers(&store, &doc)?;
        ctx.print.out.attributions(&doc.name, &speakers)?;
    }
    ctx.notice(&format!(
        "\ndemo database: {}  (try: tolk --db {} show {}:10)",
        ctx.db.display(),
        ctx.db.display(),
        corpus::DOCUMENTS[0].name
    ));
    Ok(())
}
