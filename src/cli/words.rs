//! `tolk words`: the project's word list, words the spelling check never reports.

use super::Ctx;
use crate::error::{Error, Result};
use crate::store::{Mode, prelude::*};

/// Manage the project word list (words the spelling check accepts)
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    action: Action,
}

#[derive(Debug, clap::Subcommand)]
enum Action {
    /// Add words
    Add {
        #[arg(required = true)]
        words: Vec<String>,
    },
    /// Remove words
    Remove {
        #[arg(required = true)]
        words: Vec<String>,
    },
    /// List the words
    List,
}

fn clean_words(words: &[String]) -> Result<Vec<String>> {
    words
        .iter()
        .map(|w| {
            let w = w.trim();
            if w.is_empty() || w.chars().any(char::is_whitespace) || w.chars().any(char::is_control)
            {
                Err(Error::input(format!(
                    "bad word '{}': one word, no spaces or control characters",
                    crate::text::clean(w)
                )))
            } else {
                Ok(w.to_string())
            }
        })
        .collect()
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    match args.action {
        Action::List => {
            let store = ctx.open(Mode::Read)?;
            let words = store.words()?;
            if ctx.json {
                return ctx.print.out.json(&words);
            }
            for w in words {
                ctx.print.out.line(&crate::text::clean(&w))?;
            }
            Ok(())
        }
        Action::Add { words } => {
            let asked = clean_words(&words)?;
            let mut store = ctx.open(Mode::Write)?;
            let known = store.words()?;
            let words: Vec<String> = asked
                .iter()
                .filter(|w| !known.contains(w))
                .cloned()
                .collect();
            if words.is_empty() {
                return report(ctx, "added", &[], &asked);
            }
            let (added, _) = ctx.write(&mut store, "words", |tx, op| {
                let added = tx.add_words(&words, op)?;
                let summary = format!("words added: {}", added.join(", "));
                Ok((added, summary, None))
            })?;
            report(ctx, "added", &added, &asked)
        }
        Action::Remove { words } => {
            let asked = clean_words(&words)?;
            let mut store = ctx.open(Mode::Update)?;
            let known = store.words()?;
            let words: Vec<String> = asked
                .iter()
                .filter(|w| known.contains(w))
                .cloned()
                .collect();
            if words.is_empty() {
                return report(ctx, "removed", &[], &asked);
            }
            let (removed, _) = ctx.write(&mut store, "words", |tx, op| {
                let removed = tx.remove_words(&words, op)?;
                let summary = format!("words removed: {}", removed.join(", "));
                Ok((removed, summary, None))
            })?;
            report(ctx, "removed", &removed, &asked)
        }
    }
}

fn report(ctx: &mut Ctx, verb: &str, done: &[String], asked: &[String]) -> Result<()> {
    if ctx.json {
        return ctx.print.out.json(&serde_json::json!({ verb: done }));
    }
    let skipped = asked.len() - done.len();
    ctx.notice(&format!(
        "{verb} {} word{}{}",
        done.len(),
        if done.len() == 1 { "" } else { "s" },
        if skipped > 0 {
            format!(" ({skipped} unchanged)")
        } else {
            String::new()
        }
    ));
    Ok(())
}
