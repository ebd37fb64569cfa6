//! `tolk link`: fixing alignment links by hand — join two links, split one, move a source
//! sentence to the neighbouring link. Each is one undoable operation.

use super::Ctx;
use crate::error::Result;
use crate::model::Address;
use crate::ops::links::{Direction, join, move_sentence, split};
use crate::store::Mode;

/// Fix alignment links by hand: join, split, move a sentence (each undoable)
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: Sub,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum To {
    Prev,
    Next,
}

#[derive(Debug, clap::Subcommand)]
enum Sub {
    /// Join the link holding DOC:N with the next link (their English joined in order)
    #[command(after_help = "Example:\n  tolk link join libie-moskou:7")]
    Join {
        /// DOC:N
        address: Address,
    },
    /// Split the link holding DOC:N so that N starts a new link; the English is split at the
    /// sentence boundary the lengths point to, or where --at TEXT starts
    #[command(
        after_help = "Examples:\n  tolk link split libie-moskou:7\n  tolk link split libie-moskou:7 --at \"But\""
    )]
    Split {
        /// DOC:N
        address: Address,
        /// The text the second link's English starts with (exactly as in the translation)
        #[arg(long, value_name = "TEXT")]
        at: Option<String>,
    },
    /// Move source sentence DOC:N (the first or last of its link) to the neighbouring link;
    /// the English stays where it is
    #[command(after_help = "Example:\n  tolk link move libie-moskou:8 --to prev")]
    Move {
        /// DOC:N
        address: Address,
        /// Which neighbour gets the sentence
        #[arg(long, value_enum)]
        to: To,
    },
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let actor = ctx.actor();
    let address = match &args.command {
        Sub::Join { address } | Sub::Split { address, .. } | Sub::Move { address, .. } => address,
    };
    address.needs_segment()?;
    let mut store = ctx.open(Mode::Write)?;
    let report = match &args.command {
        Sub::Join { address } => join(&mut store, &actor, address)?,
        Sub::Split { address, at } => split(&mut store, &actor, address, at.as_deref())?,
        Sub::Move { address, to } => {
            let to = match to {
                To::Prev => Direction::Prev,
                To::Next => Direction::Next,
            };
            move_sentence(&mut store, &actor, address, to)?
        }
    };
    ctx.report(&report)
}

/// List a document's alignment links that are not plain 1-1 (with --low: the low-confidence
/// ones, lowest score first), to walk and fix with `tolk link`
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  tolk links libie-moskou\n  tolk links libie-moskou --low")]
pub struct ListArgs {
    /// DOC
    doc: String,
    /// Only the links the aligner was unsure of (score < 0.5), lowest score first
    #[arg(long)]
    low: bool,
}

pub fn list(ctx: &mut Ctx, args: ListArgs) -> Result<()> {
    crate::model::check_doc_name(&args.doc)?;
    let store = ctx.open(Mode::Read)?;
    let report = crate::ops::links::list_links(&store, &args.doc, args.low)?;
    ctx.report(&report)
}
