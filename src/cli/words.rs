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
    #[command(after_help = "Example:\n  tolk words add Harchaoui Clingendael")]
    Add {
        /// Words the spelling check should accept from now on, each as written (a word added in
        /// lower case is accepted capitalised too)
        #[arg(required = true)]
        words: Vec<String>,
    },
    /// Remove words
    #[command(after_help = "Example:\n  tolk words remove Clingendael")]
    Remove {
        /// Words to take off the list
        #[arg(required = true)]
        words: Vec<String>,
    },
    /// List the words
    #[command(after_help = "Examples:\n  tolk words list\n  tolk words list --json")]
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
