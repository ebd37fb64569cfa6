//! `tolk completions SHELL` and `tolk man`: shell completions and manual pages generated from
//! the same clap definitions as the parser, so they never drift from the commands.

use super::{Cli, Ctx};
use crate::error::{Error, Result};
use clap::CommandFactory;
use std::path::PathBuf;

/// Print the shell completion script (install: see the README)
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  tolk completions bash > ~/.local/share/bash-completion/completions/tolk\n  tolk completions zsh > ~/.zfunc/_tolk\n  tolk completions fish > ~/.config/fish/completions/tolk.fish"
)]
pub struct Args {
    /// bash, zsh, fish, elvish or powershell
    shell: clap_complete::Shell,
}

/// Write the manual pages: tolk.1 and one tolk-COMMAND.1 per command
#[derive(Debug, clap::Args)]
#[command(after_help = "Example:\n  tolk man --dir ~/.local/share/man/man1 && man tolk")]
pub struct ManArgs {
    /// Directory to write the pages into (created if missing); without it, tolk.1 goes to stdout
    #[arg(long, value_name = "DIR")]
    dir: Option<PathBuf>,
}

/// What was generated.
#[derive(Debug, serde::Serialize)]
pub struct Generated {
    /// The text, when printed (completions, or the one man page without --dir).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The files written with --dir.
    pub files: Vec<String>,
}

impl crate::print::Human for Generated {
    fn human(&self, out: &mut crate::print::Out) -> Result<()> {
        if let Some(t) = &self.text {
            out.raw().write_all(t.as_bytes())?;
        }
        for f in &self.files {
            out.line(&format!("wrote {}", crate::text::one_line(f)))?;
        }
        Ok(())
    }
}

use std::io::Write as _;

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let mut cmd = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "tolk", &mut script);
    ctx.report(&Generated {
        text: Some(String::from_utf8_lossy(&script).into_owned()),
        files: Vec::new(),
    })
}

pub fn man(ctx: &mut Ctx, args: ManArgs) -> Result<()> {
    let cmd = Cli::command();
    let render = |c: clap::Command| -> Result<Vec<u8>> {
        let mut page = Vec::new();
        clap_mangen::Man::new(c)
            .render(&mut page)
            .map_err(|e| Error::io("man page", e))?;
        Ok(page)
    };
    let Some(dir) = args.dir else {
        let page = render(cmd)?;
        return ctx.report(&Generated {
            text: Some(String::from_utf8_lossy(&page).into_owned()),
            files: Vec::new(),
        });
    };
    std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    let mut pages = vec![("tolk".to_string(), cmd.clone())];
    for sub in cmd.get_subcommands() {
        let name = format!("tolk-{}", sub.get_name());
        // clap names are 'static; the process ends right after writing the pages.
        let title: &'static str = Box::leak(name.clone().into_boxed_str());
        pages.push((name, sub.clone().name(title)));
    }
    let mut paths = Vec::new();
    let mut texts = Vec::new();
    for (name, page) in pages {
        paths.push(dir.join(format!("{name}.1")));
        texts.push(render(page)?);
    }
    // All pages or none, each replaced atomically; never the database.
    let protected = crate::outfile::Protected::database(&ctx.db);
    crate::outfile::write_files(&paths, &protected, &mut |writers| {
        for (w, text) in writers.iter_mut().zip(&texts) {
            w.write_all(text).map_err(|e| Error::io("man page", e))?;
        }
        Ok(())
    })?;
    ctx.report(&Generated {
        text: None,
        files: paths.iter().map(|p| p.display().to_string()).collect(),
    })
}
