//! `tolk demo`: build a fresh database from the shipped corpus and show it.

use super::Ctx;
use crate::error::Result;
use crate::print::transfer::demo_steps;
use std::path::PathBuf;

/// Build a demo database from the shipped corpus (./tolk-demo.db unless --db) and show it
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  tolk demo\n  tolk --db /tmp/demo.db demo --force")]
pub struct Args {
    /// Replace the database even if it holds other documents or work done since the demo
    /// built it (that work is lost)
    #[arg(long)]
    force: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    if !ctx.db_flag {
        ctx.db = PathBuf::from("tolk-demo.db");
    }
    let report = crate::ops::demo::demo(&ctx.db, &ctx.actor(), args.force)?;
    for step in demo_steps(&report) {
        ctx.report(&step)?;
    }
    Ok(())
}
