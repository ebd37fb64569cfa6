//! `tolk tm`: reference translation memories (an agency's TMX, an old XLIFF) that are not
//! documents of their own: load, list, remove. Each load and removal is one undoable operation.

use super::Ctx;
use crate::error::{Error, Result};
use crate::ops::tm::{TmImport, format_of, import_tm, list_tms, remove_tm};
use crate::print::progress::Progress;
use crate::store::Mode;
use std::path::PathBuf;

/// Reference translation memories: load a TMX, XLIFF, PO or TSV file as memory, list, remove
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: Sub,
}

#[derive(Debug, clap::Subcommand)]
enum Sub {
    /// Load FILE (.tmx, .xlf, .po, .tsv, .jsonl) as a reference TM, streaming, in one operation
    #[command(
        after_help = "Examples:\n  tolk tm import agency.tmx\n  tolk tm import en-nl.tmx --swap --name agency\n  tolk tm import flores.po --json"
    )]
    Import {
        /// The memory file: TMX, XLIFF 1.2/2.0, PO, TSV or JSONL (read by content, streamed)
        file: PathBuf,
        /// The TM's name [default: the file's stem]
        #[arg(long)]
        name: Option<String>,
        /// The file is English→Dutch: load it with its sides swapped
        #[arg(long)]
        swap: bool,
        /// Load it even if it is the export of a document already in the store
        #[arg(long)]
        force: bool,
    },
    /// List the reference TMs and how much memory the documents add
    #[command(after_help = "Example:\n  tolk tm list")]
    List,
    /// Remove a reference TM (undoable)
    #[command(after_help = "Example:\n  tolk tm remove agency")]
    Remove {
        /// The TM's name, as `tolk tm list` shows it
        name: String,
    },
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    match args.command {
        Sub::Import {
            file,
            name,
            swap,
            force,
        } => {
            let Some(format) = format_of(&file) else {
                return Err(Error::Usage(format!(
                    "{}: tolk reads a TM from .tmx, .xlf, .xliff, .po, .tsv or .jsonl files",
                    file.display()
                )));
            };
            let (mut input, label) = crate::formats::text::open(&file)?;
            let size = std::fs::metadata(&file).map_or(0, |m| m.len());
            let progress = Progress::new(size, "loading", true, ctx.quiet || size < (1 << 20));
            let actor = ctx.actor();
            let mut store = ctx.open(Mode::Write)?;
            let req = TmImport {
                path: &file,
                label: &label,
                format,
                name: name.as_deref(),
                swap,
                force,
                index: true,
            };
            let report = import_tm(&mut store, &actor, &req, &mut input, &progress)?;
            ctx.report(&report)
        }
        Sub::List => {
            let store = ctx.open(Mode::Read)?;
            let report = list_tms(&store)?;
            ctx.report(&report)
        }
        Sub::Remove { name } => {
            let actor = ctx.actor();
            let mut store = ctx.open(Mode::Write)?;
            let report = remove_tm(&mut store, &actor, &name)?;
            ctx.report(&report)
        }
    }
}
