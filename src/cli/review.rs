//! `tolk review`: walk the segments that need attention, one at a time, and answer each with a
//! key: accept, edit, needs-work, skip or quit. Works on a terminal and with keys piped on stdin
//! (one per line; after `e` the next line is the new translation, after `n` the comment).
//! Every answer is saved as its own operation at once, so quitting or a crash loses nothing;
//! an answer applies only to the revision shown, and if that changed meanwhile, the new one is
//! shown instead.

use super::Ctx;
use crate::error::{Conflict, Error, Result};
use crate::model::{Address, State};
use crate::ops::review::{self, Action, Answer, Screen, Tally};
use crate::print::review::{COMMENT_PROMPT, PROMPT, edited_translation, editor_text};
use crate::print::terminal::{self, Keys};
use crate::store::Mode;

/// Review a document segment by segment: [a]ccept, [e]dit, [n]eeds-work, [s]kip, [q]uit
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Document name
    doc: String,
    /// Only segments in this state [default: translated and needs-work]
    #[arg(long, value_parser = super::choice::<State>())]
    state: Option<State>,
    /// Walk the low-confidence links first (lowest score first), then the segments as usual
    #[arg(long, visible_alias = "low-links")]
    links: bool,
}

/// What one key asks for.
enum Key {
    Answer(Action),
    Skip,
    Quit,
}

fn parse_key(key: &str, address: &Address) -> Result<Key> {
    Ok(match key {
        "a" | "accept" => Key::Answer(Action::Accept),
        "e" | "edit" => Key::Answer(Action::Edit),
        "n" | "needs-work" => Key::Answer(Action::NeedsWork),
        "s" | "skip" => Key::Skip,
        "q" | "quit" => Key::Quit,
        other => {
            return Err(Error::invalid(
                "review key",
                format!(
                    "unknown review key '{}' at {address}: use a, e, n, s or q",
                    crate::text::clean(other)
                ),
            ));
        }
    })
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let mut store = ctx.open(Mode::Update)?;
    let queue = if args.links {
        review::link_queue(&store, &args.doc, args.state)?
    } else {
        review::queue(&store, &args.doc, args.state)?
    };
    ctx.print.review_queue(&queue)?;
    let mut keys = Keys::stdin();
    let mut tally = Tally {
        doc: queue.doc.clone(),
        ..Tally::default()
    };
    let mut index = 0;
    'segments: while index < queue.positions.len() {
        // Read as it is now, not as it was when the review started.
        let screen = review::screen(&store, &queue, index)?;
        ctx.print.review_screen(&screen)?;
        let address = screen.address();
        loop {
            keys.prompt(PROMPT);
            let Some(key) = keys.key()? else {
                break 'segments;
            };
            let saved = match parse_key(key.trim(), &address) {
                Ok(Key::Skip) => {
                    tally.skipped += 1;
                    index += 1;
                    continue 'segments;
                }
                Ok(Key::Quit) => break 'segments,
                Ok(Key::Answer(action)) => match read_answer(&mut keys, &screen, action) {
                    Ok(Some(a)) => {
                        review::answer(&mut store, &ctx.actor(), &address, screen.shown(), &a)
                    }
                    // The editor was left without a change: an abort, as in `git commit`.
                    Ok(None) => {
                        keys.say(&format!(
                            "{address}: the editor was closed without a new translation; nothing saved"
                        ));
                        continue 'segments;
                    }
                    Err(e) => Err(e),
                },
                Err(e) => Err(e),
            };
            match saved {
                Ok(answered) => {
                    tally.count(answered.action);
                    ctx.print.item(&answered)?;
                    index += 1;
                    continue 'segments;
                }
                // Someone changed the translation since it was shown: show the new one.
                Err(
                    e @ Error::Conflict {
                        kind: Conflict::Stale,
                        ..
                    },
                ) => {
                    keys.say(&e.to_string());
                    continue 'segments;
                }
                // On a terminal a slip of the finger is asked again; a script gets an error.
                Err(e) if keys.interactive() => keys.say(&e.to_string()),
                Err(e) => return Err(e),
            }
        }
    }
    tally.remaining = review::queue(&store, &queue.doc, args.state)?
        .positions
        .len();
    ctx.print.item(&tally)
}

/// The answer for `action`, reading what it needs: a comment, or the new translation (in the
/// editor on a terminal, the next line when piped). None when the editor was left without a
/// change: the file as it was written (`:q!`), a translation emptied or the same as the current
/// one — an abort, never an approval.
fn read_answer(keys: &mut Keys, screen: &Screen, action: Action) -> Result<Option<Answer>> {
    // Refuse before asking for more input that would then be thrown away.
    review::check(&screen.address(), screen.shown(), action)?;
    Ok(Some(match action {
        Action::Accept => Answer::Accept,
        Action::NeedsWork => {
            keys.prompt(COMMENT_PROMPT);
            Answer::NeedsWork {
                comment: keys.line()?.unwrap_or_default(),
            }
        }
        Action::Edit => {
            let text = if keys.interactive() {
                let template = editor_text(&screen.detail.segment, screen.tm.as_ref());
                let edited = terminal::edit(&template)?;
                let text = edited_translation(&edited);
                let current = screen.detail.segment.target.as_deref().unwrap_or_default();
                if edited == template || text.trim().is_empty() || text.trim() == current.trim() {
                    return Ok(None);
                }
                text
            } else {
                keys.line()?.unwrap_or_default()
            };
            // Inline codes are the file's markup: say at once when the edit lost or moved one.
            let seg = &screen.detail.segment;
            let m = crate::formats::codes::compare(&seg.source_published, &text, &seg.codes);
            if !m.missing.is_empty() || !m.added.is_empty() || m.reordered {
                crate::print::render::notice(&format!(
                    "{}: inline codes differ from the source (missing: {}; added: {}{}); `tolk check --only tags` lists them",
                    seg.id,
                    m.missing.join(" "),
                    m.added.join(" "),
                    if m.reordered { "; reordered" } else { "" }
                ));
            }
            Answer::Edit { text }
        }
    }))
}
