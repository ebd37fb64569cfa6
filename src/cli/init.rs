//! `tolk init`: create the database, or migrate it to the current schema.

use super::Ctx;
use crate::error::Result;
use crate::store::{LATEST_VERSION, Mode};

/// Create the database (or bring an older one up to date)
#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(ctx: &mut Ctx, _args: Args) -> Result<()> {
    let existed = ctx.db.exists();
    ctx.open(Mode::Write)?;
    if ctx.json {
        ctx.print.out.json(&serde_json::json!({
            "db": ctx.db.display().to_string(),
            "schema_version": LATEST_VERSION,
            "created": !existed,
        }))
    } else {
        let verb = if existed { "is up to date" } else { "created" };
        ctx.notice(&format!(
            "{} {verb} (schema version {LATEST_VERSION})",
            ctx.db.display()
        ));
        Ok(())
    }
}
