//! `tolk glossary`: required translations of terms, checked by `tolk check` (`glossary`).

use super::Ctx;
use crate::error::{Error, Result};
use crate::store::{Mode, prelude::*};

/// Manage the glossary: a source term and the target term it must be translated with
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    action: Action,
}

#[derive(Debug, clap::Subcommand)]
enum Action {
    /// Add a term: `tolk glossary add "Libisch Nationaal Leger" "Libyan National Army"`
    Add {
        source: String,
        target: String,
        #[arg(long)]
        note: Option<String>,
    },
    /// Remove every entry for a source term
    Remove { source: String },
    /// List the glossary
    List,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    match args.action {
        Action::List => {
            let store = ctx.open(Mode::Read)?;
            let entries = store.glossary()?;
            if ctx.json {
                return ctx.print.out.json(&entries);
            }
            for g in entries {
                let note = g
                    .note
                    .as_deref()
                    .map(|n| format!("  ({})", crate::text::one_line(n)))
                    .unwrap_or_default();
                ctx.print.out.line(&format!(
                    "{} → {}{note}",
                    crate::text::one_line(&g.source),
                    crate::text::one_line(&g.target)
                ))?;
            }
            Ok(())
        }
        Action::Add {
            source,
            target,
            note,
        } => {
            let (source, target) = (source.trim().to_string(), target.trim().to_string());
            if source.is_empty() || target.is_empty() {
                return Err(Error::input(
                    "a glossary entry needs a source and a target term".to_string(),
                ));
            }
            let mut store = ctx.open(Mode::Write)?;
            let (added, _) = ctx.write(&mut store, "glossary", |tx, op| {
                let added = tx.add_glossary(&source, &target, note.as_deref(), op)?;
                Ok((added, format!("glossary: {source} → {target}"), None))
            })?;
            if ctx.json {
                return ctx.print.out.json(
                    &serde_json::json!({ "added": added, "source": source, "target": target }),
                );
            }
            ctx.notice(&if added {
                format!("glossary: {source} → {target}")
            } else {
                format!("glossary already has {source} → {target}; nothing changed")
            });
            Ok(())
        }
        Action::Remove { source } => {
            let mut store = ctx.open(Mode::Update)?;
            if !store.glossary()?.iter().any(|g| g.source == source) {
                return Err(Error::input(format!(
                    "the glossary has no entry for '{}'",
                    crate::text::clean(&source)
                )));
            }
            let (n, _) = ctx.write(&mut store, "glossary", |tx, op| {
                let n = tx.remove_glossary(&source, op)?;
                Ok((n, format!("glossary: removed {source}"), None))
            })?;
            ctx.notice(&format!(
                "glossary: removed {n} entr{} for {source}",
                if n == 1 { "y" } else { "ies" }
            ));
            Ok(())
        }
    }
}
