//! `tolk words`: the project's word list, words the spelling check never reports.

use super::Ctx;
use crate::error::Result;
use crate::ops::lexicon;
use crate::store::Mode;

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

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    match args.action {
        Action::List => {
            let store = ctx.open(Mode::Read)?;
            let report = lexicon::words(&store)?;
            ctx.report(&report)
        }
        Action::Add { words } => {
            let mut store = ctx.open(Mode::Write)?;
            let report = lexicon::add_words(&mut store, &ctx.actor(), &words)?;
            ctx.report(&report)
        }
        Action::Remove { words } => {
            let mut store = ctx.open(Mode::Update)?;
            let report = lexicon::remove_words(&mut store, &ctx.actor(), &words)?;
            ctx.report(&report)
        }
    }
}
