//! `tolk init`: create the database, or migrate it to the current schema.

use super::Ctx;
use crate::error::Result;

/// Create the database (or bring an older one up to date)
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  tolk init\n  tolk --db project.db init")]
pub struct Args {}

pub fn run(ctx: &mut Ctx, _args: Args) -> Result<()> {
    let report = crate::ops::demo::init(&ctx.db)?;
    ctx.report(&report)
}
