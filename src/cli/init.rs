//! `tolk init`: create the database, or migrate it to the current schema.

use super::Ctx;
use crate::error::Result;

/// Create the database (or bring an older one up to date)
#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(ctx: &mut Ctx, _args: Args) -> Result<()> {
    let report = crate::ops::demo::init(&ctx.db)?;
    ctx.report(&report)
}
