//! `tolk glossary`: required translations of terms, checked by `tolk check` (`glossary`).

use super::Ctx;
use crate::error::Result;
use crate::ops::lexicon;
use crate::store::Mode;

/// Manage the glossary: a source term and the target term it must be translated with
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    action: Action,
}

#[derive(Debug, clap::Subcommand)]
enum Action {
    /// Add a term: `tolk glossary add "Libisch Nationaal Leger" "Libyan National Army"`
    #[command(
        after_help = "Examples:\n  tolk glossary add \"Libisch Nationaal Leger\" \"Libyan National Army\"\n  tolk glossary add waterschappen \"water boards\" --note \"not 'water authorities'\""
    )]
    Add {
        /// The source term as it appears in text (inflected forms and longer terms that contain
        /// it are told apart by `tolk check`)
        source: String,
        /// The translation the term must be given
        target: String,
        /// Why, or where the term applies (shown with the entry)
        #[arg(long)]
        note: Option<String>,
    },
    /// Remove every entry for a source term
    #[command(after_help = "Example:\n  tolk glossary remove waterschappen")]
    Remove {
        /// The source term, as added
        source: String,
    },
    /// List the glossary
    #[command(after_help = "Examples:\n  tolk glossary list\n  tolk glossary list --json")]
    List,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    match args.action {
        Action::List => {
            let store = ctx.open(Mode::Read)?;
            let report = lexicon::glossary(&store)?;
            ctx.report(&report)
        }
        Action::Add {
            source,
            target,
            note,
        } => {
            let mut store = ctx.open(Mode::Write)?;
            let report =
                lexicon::add_term(&mut store, &ctx.actor(), &source, &target, note.as_deref())?;
            ctx.report(&report)
        }
        Action::Remove { source } => {
            let mut store = ctx.open(Mode::Update)?;
            let report = lexicon::remove_term(&mut store, &ctx.actor(), &source)?;
            ctx.report(&report)
        }
    }
}
