//! `tolk review`: walk the segments that need attention, one at a time, and answer each with a
//! key: accept, edit, needs-work, skip or quit. Works on a terminal and with keys piped on stdin
//! (one per line; after `e` the next line is the new translation, after `n` the comment).
//! Every answer is saved as its own operation at once, so quitting or a crash loses nothing.

use super::Ctx;
use crate::error::{Error, Result};
use crate::model::{SegmentView, State};
use crate::store::{AnnFilter, Mode, NewRevision, Store, prelude::*};
use serde::Serialize;
use std::io::{BufRead, IsTerminal, Write};

/// Review a document segment by segment: [a]ccept, [e]dit, [n]eeds-work, [s]kip, [q]uit
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Document name
    doc: String,
    /// Only segments in this state [default: translated and needs-work]
    #[arg(long)]
    state: Option<String>,
}

#[derive(Debug, Default, Serialize)]
struct Tally {
    accepted: usize,
    edited: usize,
    needs_work: usize,
    skipped: usize,
    remaining: usize,
}

#[derive(Debug, Serialize)]
struct Answer<'a> {
    id: String,
    action: &'a str,
    revision: Option<i64>,
    state: State,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    crate::model::check_doc_name(&args.doc)?;
    let only: Option<State> = args.state.as_deref().map(str::parse).transpose()?;
    let mut store = ctx.open(Mode::Update)?;
    let doc = store.document(&args.doc)?;
    let wanted = |s: State| match only {
        Some(o) => s == o,
        None => matches!(s, State::Translated | State::NeedsWork),
    };
    let queue: Vec<SegmentView> = store
        .segments(&doc)?
        .into_iter()
        .filter(|s| wanted(s.state()))
        .collect();
    let total = queue.len();
    let interactive = std::io::stdin().is_terminal();
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut tally = Tally::default();
    if total == 0 {
        ctx.notice(&format!("{}: nothing needs review", doc.name));
    }
    let mut index = 0;
    'segments: while index < total {
        let seg = &queue[index];
        show(ctx, &store, &doc, seg, index + 1, total)?;
        loop {
            prompt("[a]ccept [e]dit [n]eeds-work [s]kip [q]uit? ");
            // On a terminal one key press answers; piped, one key per line.
            let key = if interactive {
                read_key(&mut input)?
            } else {
                read_line(&mut input)?
            };
            let Some(key) = key else {
                break 'segments;
            };
            let key = key.trim();
            let outcome = match key {
                "a" | "accept" => accept(ctx, &mut store, seg),
                "e" | "edit" => edit(ctx, &mut store, seg, &mut input, interactive),
                "n" | "needs-work" => needs_work(ctx, &mut store, seg, &mut input, interactive),
                "s" | "skip" => {
                    tally.skipped += 1;
                    index += 1;
                    continue 'segments;
                }
                "q" | "quit" => break 'segments,
                other => Err(Error::input(format!(
                    "unknown review key '{}' at {}: use a, e, n, s or q",
                    crate::text::clean(other),
                    seg.address()
                ))),
            };
            match outcome {
                Ok(answer) => {
                    match answer.action {
                        "accept" => tally.accepted += 1,
                        "edit" => tally.edited += 1,
                        _ => tally.needs_work += 1,
                    }
                    if ctx.json {
                        ctx.print.out.json_line(&answer)?;
                    }
                    index += 1;
                    continue 'segments;
                }
                // On a terminal a slip of the finger is asked again; a script gets an error.
                Err(e) if interactive => eprintln!("{}", crate::text::clean(&e.to_string())),
                Err(e) => return Err(e),
            }
        }
    }
    tally.remaining = store
        .segments(&store.document(&doc.name)?)?
        .into_iter()
        .filter(|s| wanted(s.state()))
        .count();
    if ctx.json {
        return ctx.print.out.json_line(&tally);
    }
    ctx.print.out.flush()?;
    ctx.notice(&format!(
        "review of {}: {} accepted, {} edited, {} needs work, {} skipped; {} still need attention",
        doc.name, tally.accepted, tally.edited, tally.needs_work, tally.skipped, tally.remaining
    ));
    Ok(())
}

/// Asks on stderr, on a terminal only: piped keys need no prompts between them.
fn prompt(text: &str) {
    if std::io::stdin().is_terminal() {
        eprint!("{text}");
        let _ = std::io::stderr().flush();
    }
}

/// One key press from the terminal, without waiting for Enter: canonical mode and echo are
/// switched off for that one read only, and Ctrl-C or Ctrl-D quit like `q`. Falls back to a
/// whole line when the terminal cannot be switched.
fn read_key(input: &mut impl BufRead) -> Result<Option<String>> {
    #[cfg(unix)]
    {
        // SAFETY: tcgetattr/tcsetattr on stdin with a properly sized, zero-initialised termios;
        // the saved settings are restored before returning, whatever the read gives.
        unsafe {
            let mut saved: libc::termios = std::mem::zeroed();
            if libc::tcgetattr(libc::STDIN_FILENO, &mut saved) == 0 {
                let mut raw = saved;
                raw.c_lflag &= !(libc::ICANON | libc::ECHO | libc::ISIG);
                raw.c_cc[libc::VMIN] = 1;
                raw.c_cc[libc::VTIME] = 0;
                if libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &raw) == 0 {
                    let mut byte = [0u8; 1];
                    let read = input.read(&mut byte);
                    libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &saved);
                    let n = read.map_err(|e| Error::input(format!("<stdin>: cannot read: {e}")))?;
                    let key = match (n, byte[0]) {
                        (0, _) | (_, 3 | 4) => return Ok(None),
                        (_, b) => (b as char).to_string(),
                    };
                    eprintln!("{}", crate::text::clean(&key));
                    return Ok(Some(key));
                }
            }
        }
    }
    read_line(input)
}

fn read_line(input: &mut impl BufRead) -> Result<Option<String>> {
    let mut line = String::new();
    let n = input
        .read_line(&mut line)
        .map_err(|e| Error::input(format!("<stdin>: cannot read: {e}")))?;
    if n == 0 {
        return Ok(None);
    }
    Ok(Some(line.trim_end_matches(['\n', '\r']).to_string()))
}

fn show(
    ctx: &mut Ctx,
    store: &Store,
    doc: &crate::model::Document,
    seg: &SegmentView,
    i: usize,
    total: usize,
) -> Result<()> {
    if ctx.json {
        return Ok(());
    }
    let anns = store.annotations(&AnnFilter {
        segment_id: Some(seg.id),
        ..Default::default()
    })?;
    let revisions = store.revisions(seg.id)?;
    ctx.print.out.line("")?;
    ctx.print.out.heading(&format!("[{i}/{total}]"))?;
    ctx.print.out.review_segment(seg, doc, &anns, &revisions)?;
    ctx.print.out.flush()
}

fn save(
    ctx: &Ctx,
    store: &mut Store,
    seg: &SegmentView,
    text: &str,
    state: State,
    comment: Option<&str>,
    action: &'static str,
) -> Result<Answer<'static>> {
    let doc_id = store.document(&seg.doc)?.id;
    let (revision, _) = ctx.write(store, "review", |tx, op| {
        let revision = tx.add_revision(
            seg.id,
            &NewRevision {
                text,
                state,
                comment,
            },
            op,
        )?;
        let verb = match action {
            "accept" => "accepted",
            "edit" => "edited",
            _ => "sent back",
        };
        Ok((
            revision,
            format!("{} {verb} r{revision} ({state})", seg.address()),
            Some(doc_id),
        ))
    })?;
    Ok(Answer {
        id: seg.address(),
        action,
        revision: Some(revision),
        state,
    })
}

fn current_text(seg: &SegmentView, what: &str) -> Result<String> {
    seg.current.as_ref().map(|t| t.text.clone()).ok_or_else(|| {
        Error::input(format!(
            "{} has no translation to {what}; use e to write one",
            seg.address()
        ))
    })
}

fn accept(ctx: &Ctx, store: &mut Store, seg: &SegmentView) -> Result<Answer<'static>> {
    let text = current_text(seg, "accept")?;
    save(ctx, store, seg, &text, State::Reviewed, None, "accept")
}

fn needs_work(
    ctx: &Ctx,
    store: &mut Store,
    seg: &SegmentView,
    input: &mut impl BufRead,
    interactive: bool,
) -> Result<Answer<'static>> {
    let text = current_text(seg, "send back")?;
    if interactive {
        prompt("comment: ");
    }
    let comment = read_line(input)?.unwrap_or_default();
    let comment = comment.trim();
    if comment.is_empty() {
        return Err(Error::input(format!(
            "needs-work for {} needs a comment on the next line",
            seg.address()
        )));
    }
    save(
        ctx,
        store,
        seg,
        &text,
        State::NeedsWork,
        Some(comment),
        "needs-work",
    )
}

fn edit(
    ctx: &Ctx,
    store: &mut Store,
    seg: &SegmentView,
    input: &mut impl BufRead,
    interactive: bool,
) -> Result<Answer<'static>> {
    let old = seg
        .current
        .as_ref()
        .map(|t| t.text.clone())
        .unwrap_or_default();
    let new = if interactive {
        edit_in_editor(seg, &old)?
    } else {
        read_line(input)?.unwrap_or_default()
    };
    let new = new.trim().to_string();
    if new.is_empty() {
        return Err(Error::input(format!(
            "empty translation for {}; nothing saved",
            seg.address()
        )));
    }
    // A reviewer's own edit is reviewed work; a first translation still needs its review.
    let state = if seg.current.is_some() {
        State::Reviewed
    } else {
        State::Translated
    };
    save(ctx, store, seg, &new, state, None, "edit")
}

/// Opens `$VISUAL` or `$EDITOR` (default `vi`) on the translation, with the source as comments.
fn edit_in_editor(seg: &SegmentView, text: &str) -> Result<String> {
    let editor = std::env::var("VISUAL")
        .ok()
        .filter(|e| !e.is_empty())
        .or_else(|| std::env::var("EDITOR").ok().filter(|e| !e.is_empty()))
        .unwrap_or_else(|| "vi".to_string());
    let dir = std::env::temp_dir();
    let path = dir.join(format!("tolk-review-{}-{}.txt", std::process::id(), seg.id));
    let body = format!(
        "{text}\n# {}: {}\n# Edit the translation above; lines starting with # are ignored.\n",
        seg.address(),
        crate::text::one_line(&seg.source)
    );
    std::fs::write(&path, body).map_err(|e| Error::io(&path, e))?;
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$1\""))
        .arg("sh")
        .arg(&path)
        .status()
        .map_err(|e| Error::input(format!("cannot run editor '{editor}': {e}")))?;
    let edited = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e));
    let _ = std::fs::remove_file(&path);
    if !status.success() {
        return Err(Error::input(format!(
            "editor '{editor}' failed; nothing saved"
        )));
    }
    Ok(edited?
        .lines()
        .filter(|l| !l.starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n"))
}
