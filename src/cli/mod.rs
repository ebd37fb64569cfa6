//! The command line: global options, the subcommand enum and dispatch. Each subcommand lives in
//! its own file and only parses its arguments, calls `ops`, and hands the typed report to the
//! printer. The only module that knows clap.

mod accept;
mod align;
mod annotate;
mod annotations;
mod attribute;
mod attributions;
mod blame;
mod check;
mod completions;
mod correct;
mod demo;
mod diff;
mod docs;
mod export;
mod glossary;
mod import;
mod init;
mod link;
mod log;
mod pretranslate;
mod review;
mod search;
mod segment;
mod show;
mod state;
mod stats;
mod suggest;
mod tm;
mod translate;
mod undo;
mod words;

use crate::error::{Error, Result};
use crate::model::Choice;
use crate::print::Printer;
use crate::store::{Actor, Mode, Store};
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// tolk — Dutch–English translation and annotation workbench.
///
/// Keeps Dutch source sentences aligned with English translations in one SQLite file, with every
/// revision kept.
#[derive(Debug, Parser)]
#[command(name = "tolk", version, about, max_term_width = 100)]
pub struct Cli {
    /// SQLite database file [default: ./tolk.db; for `tolk demo`: ./tolk-demo.db]
    #[arg(
        long,
        global = true,
        env = "TOLK_DB",
        value_name = "PATH",
        help_heading = "Global options"
    )]
    db: Option<PathBuf>,

    /// Name recorded with every change [default: $USER, else $LOGNAME, else the account name]
    #[arg(
        long,
        global = true,
        env = "TOLK_AUTHOR",
        value_name = "NAME",
        help_heading = "Global options"
    )]
    author: Option<String>,

    /// Print machine-readable JSON on stdout
    #[arg(long, global = true, help_heading = "Global options")]
    json: bool,

    /// Print no notices on stderr (errors still appear)
    #[arg(short, long, global = true, help_heading = "Global options")]
    quiet: bool,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    Init(init::Args),
    Segment(segment::Args),
    Align(align::Args),
    Import(import::Args),
    Docs(docs::Args),
    Stats(stats::Args),
    Show(show::Args),
    Translate(translate::Args),
    State(state::Args),
    Correct(correct::Args),
    Attribute(attribute::Args),
    Annotate(annotate::Args),
    Annotations(annotations::Args),
    Accept(accept::Args),
    /// Reject an annotation (a rejected correction no longer changes the corrected text)
    Reject(accept::Args),
    Attributions(attributions::Args),
    Review(review::Args),
    Diff(diff::Args),
    Log(log::Args),
    Blame(blame::Args),
    Undo(undo::Args),
    Redo(undo::RedoArgs),
    Check(check::Args),
    Words(words::Args),
    Glossary(glossary::Args),
    Export(export::Args),
    Demo(demo::Args),
    Tm(tm::Args),
    Suggest(suggest::Args),
    Pretranslate(pretranslate::Args),
    Search(search::Args),
    Link(link::Args),
    Links(link::ListArgs),
    Completions(completions::Args),
    Man(completions::ManArgs),
}

/// What every command handler gets: resolved global options and the output.
pub struct Ctx {
    pub db: PathBuf,
    /// Whether `--db` was given on the command line (not from the environment or default).
    pub db_flag: bool,
    pub author: String,
    /// `-q`: also decides whether progress bars are drawn.
    pub quiet: bool,
    pub print: Printer,
    /// Said before the first change when the author is a fallback (see [`author`]).
    pub author_note: std::cell::Cell<Option<String>>,
}

/// Who changes are recorded as: `--author`/`TOLK_AUTHOR`, else `$USER`, else `$LOGNAME`, else
/// the account name (as git does), else `unknown`; with a note when it is a fallback after
/// `$USER`, so that nobody is surprised by the name in the history.
fn author(given: Option<String>) -> (String, Option<String>) {
    let set = |v: Option<String>| v.filter(|a| !a.trim().is_empty());
    if let Some(a) = set(given).or_else(|| set(std::env::var("USER").ok())) {
        return (a, None);
    }
    let (name, from) = match set(std::env::var("LOGNAME").ok()) {
        Some(n) => (n, "$LOGNAME"),
        None => match account_name() {
            Some(n) => (n, "the account name"),
            None => ("unknown".to_string(), "no name found"),
        },
    };
    let note = format!(
        "no author given (--author, TOLK_AUTHOR) and $USER is empty: changes are recorded as '{}' ({from})",
        crate::text::one_line(&name)
    );
    (name, Some(note))
}

/// The name of the account this process runs as, from the password database.
fn account_name() -> Option<String> {
    // SAFETY: getpwuid returns a pointer into static storage or null; it is read at once,
    // before any other call that could overwrite it, on the main thread.
    unsafe {
        let pw = libc::getpwuid(libc::getuid());
        if pw.is_null() || (*pw).pw_name.is_null() {
            return None;
        }
        std::ffi::CStr::from_ptr((*pw).pw_name)
            .to_str()
            .ok()
            .filter(|n| !n.is_empty())
            .map(String::from)
    }
}

impl Ctx {
    pub fn open(&self, mode: Mode) -> Result<Store> {
        Store::open(&self.db, mode)
    }

    /// Who writes, and when (`TOLK_NOW` fixes the clock). When the author came from neither
    /// `--author`/`TOLK_AUTHOR` nor `$USER`, says once what is recorded instead.
    pub fn actor(&self) -> Actor {
        if let Some(why) = self.author_note.take() {
            self.print.notice(&why);
        }
        Actor {
            author: self.author.clone(),
            at: crate::clock::now(),
        }
    }

    /// Prints a command's report, human or JSON as chosen by `--json`.
    pub fn report<R: serde::Serialize + crate::print::Human + ?Sized>(
        &mut self,
        report: &R,
    ) -> Result<()> {
        self.print.report(report)
    }
}

pub fn main() -> ExitCode {
    // A file size limit (`ulimit -f`) must surface as a write error that rolls the transaction
    // back and is reported, not as a signal that kills the process without a word.
    #[cfg(unix)]
    // SAFETY: setting a signal's disposition to "ignore" before any thread is started.
    unsafe {
        libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
    }
    // `--json` is known before parsing succeeds, so that usage errors follow it too.
    let json = std::env::args_os().skip(1).any(|a| a == "--json");
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) if !e.use_stderr() => {
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            crate::print::error(&Error::Usage(usage_line(&e)), json);
            return ExitCode::from(2);
        }
    };
    let json = cli.json;
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Error::BrokenPipe) => ExitCode::SUCCESS,
        Err(e @ Error::Findings(_)) => ExitCode::from(e.exit_code()),
        Err(e) => {
            crate::print::error(&e, json);
            ExitCode::from(e.exit_code())
        }
    }
}

/// clap's usage error on one line: what was wrong, the accepted values, the usage.
fn usage_line(e: &clap::Error) -> String {
    let text = e.render().to_string();
    let line = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("For more information"))
        .collect::<Vec<_>>()
        .join(" ");
    line.strip_prefix("error: ").unwrap_or(&line).to_string()
}

/// A clap value parser for a closed set of model values (states, kinds, categories …): `--help`
/// lists the choices, and anything else is a usage error (exit code 2).
pub fn choice<T: Choice>() -> impl clap::builder::TypedValueParser<Value = T> {
    use clap::builder::TypedValueParser as _;
    clap::builder::PossibleValuesParser::new(T::all().iter().map(|v| v.name())).map(|s| {
        T::all()
            .iter()
            .copied()
            .find(|v| v.name() == s)
            .expect("clap accepts only the listed names")
    })
}

pub fn run(cli: Cli) -> Result<()> {
    crate::clock::check()?;
    let (author, author_note) = author(cli.author);
    let db_flag =
        std::env::args_os().any(|a| a == "--db" || a.to_string_lossy().starts_with("--db="));
    let mut ctx = Ctx {
        db: cli.db.unwrap_or_else(|| PathBuf::from("tolk.db")),
        db_flag,
        author,
        quiet: cli.quiet,
        print: Printer::new(cli.json, cli.quiet),
        author_note: std::cell::Cell::new(author_note),
    };
    let existed = ctx.db.exists();
    let result = match cli.command {
        Command::Init(a) => init::run(&mut ctx, a),
        Command::Link(a) => link::run(&mut ctx, a),
        Command::Links(a) => link::list(&mut ctx, a),
        Command::Segment(a) => segment::run(&mut ctx, a),
        Command::Align(a) => align::run(&mut ctx, a),
        Command::Import(a) => import::run(&mut ctx, a),
        Command::Docs(a) => docs::run(&mut ctx, a),
        Command::Stats(a) => stats::run(&mut ctx, a),
        Command::Completions(a) => completions::run(&mut ctx, a),
        Command::Man(a) => completions::man(&mut ctx, a),
        Command::Show(a) => show::run(&mut ctx, a),
        Command::Translate(a) => translate::run(&mut ctx, a),
        Command::State(a) => state::run(&mut ctx, a),
        Command::Correct(a) => correct::run(&mut ctx, a),
        Command::Attribute(a) => attribute::run(&mut ctx, a),
        Command::Annotate(a) => annotate::run(&mut ctx, a),
        Command::Annotations(a) => annotations::run(&mut ctx, a),
        Command::Accept(a) => accept::run_accept(&mut ctx, a),
        Command::Reject(a) => accept::run_reject(&mut ctx, a),
        Command::Attributions(a) => attributions::run(&mut ctx, a),
        Command::Review(a) => review::run(&mut ctx, a),
        Command::Diff(a) => diff::run(&mut ctx, a),
        Command::Log(a) => log::run(&mut ctx, a),
        Command::Blame(a) => blame::run(&mut ctx, a),
        Command::Undo(a) => undo::run(&mut ctx, a),
        Command::Redo(a) => undo::run_redo(&mut ctx, a),
        Command::Check(a) => check::run(&mut ctx, a),
        Command::Words(a) => words::run(&mut ctx, a),
        Command::Glossary(a) => glossary::run(&mut ctx, a),
        Command::Export(a) => export::run(&mut ctx, a),
        Command::Demo(a) => demo::run(&mut ctx, a),
        Command::Tm(a) => tm::run(&mut ctx, a),
        Command::Suggest(a) => suggest::run(&mut ctx, a),
        Command::Pretranslate(a) => pretranslate::run(&mut ctx, a),
        Command::Search(a) => search::run(&mut ctx, a),
    };
    let flushed = ctx.print.flush();
    if result.is_err() && !existed {
        discard_new_database(&ctx.db);
    }
    result.and(flushed)
}

/// A command that created the database and then failed leaves no empty database behind.
fn discard_new_database(db: &std::path::Path) {
    if db.is_file() && crate::store::committed_operations(db) == 0 {
        let _ = crate::store::remove_database(db);
    }
}

#[cfg(test)]
mod tests {
    use super::Cli;
    use clap::CommandFactory;

    /// Every command and subcommand shows examples in its `--help`, and every argument and
    /// option says what it is.
    #[test]
    fn every_command_has_examples_and_every_argument_a_description() {
        fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
            for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
                let path = format!("{path} {}", sub.get_name());
                if sub.get_subcommands().next().is_none() {
                    let after = sub.get_after_help().map(|h| h.to_string());
                    if !after.is_some_and(|h| h.contains("Example")) {
                        missing.push(format!("{path}: no examples"));
                    }
                }
                for arg in sub.get_arguments() {
                    let id = arg.get_id().as_str();
                    if matches!(id, "help" | "version") {
                        continue;
                    }
                    if arg.get_help().is_none() && arg.get_long_help().is_none() {
                        missing.push(format!("{path}: argument {id} has no description"));
                    }
                }
                walk(sub, &path, missing);
            }
        }
        let mut missing = Vec::new();
        walk(&Cli::command(), "tolk", &mut missing);
        assert!(missing.is_empty(), "{}", missing.join("\n"));
    }

    #[test]
    fn global_options_have_their_own_section() {
        let cmd = Cli::command();
        for id in ["db", "author", "json", "quiet"] {
            let arg = cmd.get_arguments().find(|a| a.get_id() == id).unwrap();
            assert_eq!(
                arg.get_help_heading(),
                Some("Global options"),
                "{id} is listed with the command's own options"
            );
        }
    }
}
