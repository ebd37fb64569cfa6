//! `tolk review`: walk the segments that need attention, one at a time, and answer each with a
//! key: accept, edit, needs-work, skip or quit. Works on a terminal and with keys piped on stdin
//! (one per line; after `e` the next line is the new translation, after `n` the comment).
//! Every answer is saved as its own operation at once, so quitting or a crash loses nothing;
//! an answer applies only to the revision shown, and if that changed meanwhile, the new one is
//! shown instead.

use super::Ctx;
use crate::error::{Conflict, Error, Result};
use crate::model::{Address, State};
use crate::ops::review::{self, Action, Answer, Screen, Span, Tally};
use crate::print::progress::Progress;
use crate::print::review::{COMMENT_PROMPT, PROMPT, edited_translation, editor_text};
use crate::print::terminal::{self, Keys};
use crate::store::Mode;

/// Review a document segment by segment: [a]ccept, [e]dit, [n]eeds-work, [s]kip, [p]revious,
/// [g]o to N, [q]uit
#[derive(Debug, clap::Args)]
#[command(after_help = "\
Keys (upper or lower case; piped: one per line):
  a  accept           the translation is right: reviewed
  e  edit             write a new translation (in $VISUAL/$EDITOR; piped: the next line)
  n  needs-work       send it back with a comment (next line)
  s  skip             leave it for later
  p  previous         go back one segment
  g N                 go to segment N (also one that needs no review)
  q  quit             every answer is already saved
Piped answers may name the segment they answer, `a DOC:N` (or `a N`): an answer
that names another segment than the one shown is refused, so it cannot land on
the wrong one.

Examples:
  tolk review libie-moskou
  tolk review libie-moskou:3-9 --state needs-work
  tolk review libie-moskou:12
  printf 'a libie-moskou:3\nn libie-moskou:4\nsay who\n' | tolk review libie-moskou:3-4")]
pub struct Args {
    /// DOC, one segment DOC:N (shown whatever its state) or a range DOC:A-B
    #[arg(value_name = "DOC[:N|:A-B]")]
    address: String,
    /// Only segments in this state [default: translated and needs-work]
    #[arg(long, value_parser = super::choice::<State>())]
    state: Option<State>,
    /// Walk the low-confidence links first (lowest score first), then the segments as usual
    #[arg(long, visible_alias = "low-links")]
    links: bool,
}

/// What one key asks for.
#[derive(Debug, PartialEq)]
enum Key {
    Answer(Action),
    Skip,
    Previous,
    /// `g N`; None when N is still to be asked for (a key press on a terminal).
    Go(Option<usize>),
    Help,
    Quit,
}

const KEYS_HELP: &str = "a accept · e edit · n needs-work (then a comment) · s skip · p previous · g N go to segment N · q quit";

/// Reads one answer line: a key (either case), and for a, e, n and s optionally the segment it
/// answers (`DOC:N` or `N`), which must be the one `shown`.
fn parse_key(line: &str, shown: &Address) -> Result<Key> {
    let line = line.trim();
    let (word, rest) = line
        .split_once(char::is_whitespace)
        .map_or((line, ""), |(w, r)| (w, r.trim()));
    let key = match word.to_lowercase().as_str() {
        "a" | "accept" => Key::Answer(Action::Accept),
        "e" | "edit" => Key::Answer(Action::Edit),
        "n" | "needs-work" => Key::Answer(Action::NeedsWork),
        "s" | "skip" => Key::Skip,
        "p" | "previous" | "back" => Key::Previous,
        "q" | "quit" => Key::Quit,
        "?" | "h" | "help" => Key::Help,
        "g" | "go" => {
            if rest.is_empty() {
                return Ok(Key::Go(None));
            }
            return Ok(Key::Go(Some(segment_number(rest, shown)?)));
        }
        other => {
            return Err(Error::invalid(
                "review key",
                format!(
                    "unknown review key '{}' at {shown}: {KEYS_HELP}",
                    crate::text::clean(other)
                ),
            ));
        }
    };
    if !rest.is_empty() && matches!(key, Key::Answer(_) | Key::Skip) {
        let named = segment_number(rest, shown)?;
        if Some(named) != shown.position {
            return Err(Error::invalid(
                "answer",
                format!(
                    "the answer '{}' names {}:{named}, but {shown} is shown; nothing saved",
                    crate::text::excerpt(&crate::text::one_line(line), 60),
                    shown.doc
                ),
            ));
        }
    } else if !rest.is_empty() {
        return Err(Error::invalid(
            "review key",
            format!(
                "'{}' at {shown}: only a, e, n, s and g take a segment",
                crate::text::excerpt(&crate::text::one_line(line), 60)
            ),
        ));
    }
    Ok(key)
}

/// `N` or `DOC:N` of the document under review.
fn segment_number(text: &str, shown: &Address) -> Result<usize> {
    let bad = || {
        Error::invalid(
            "segment",
            format!(
                "'{}' at {shown}: name a segment of {} as N or {}:N",
                crate::text::excerpt(&crate::text::one_line(text), 60),
                shown.doc,
                shown.doc
            ),
        )
    };
    let n = match text.rsplit_once(':') {
        Some((doc, n)) if doc == shown.doc => n,
        Some(_) => return Err(bad()),
        None => text,
    };
    n.parse::<usize>().ok().filter(|&n| n > 0).ok_or_else(bad)
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let (address, range) = crate::model::parse_span(&args.address)?;
    let mut store = ctx.open(Mode::Update)?;
    let address = crate::ops::located(&store, &address)?;
    let span = match (address.position, range) {
        (Some(n), _) => Span::One(n),
        (None, Some((a, b))) => Span::Range(a, b),
        (None, None) => Span::All,
    };
    if args.links && span != Span::All {
        return Err(Error::Usage(format!(
            "--links walks a whole document; give {} without a segment",
            address.doc
        )));
    }
    let mut queue = if args.links {
        review::link_queue(&store, &address.doc, args.state)?
    } else {
        review::queue(&store, &address.doc, args.state, span)?
    };
    ctx.print.review_queue(&queue)?;
    let quiet = ctx.quiet;
    let busy = |n: usize| Progress::spinner(&format!("checking {n} segments"), quiet || n < 1000);
    let mut findings = if queue.positions.is_empty() {
        review::Findings::new()
    } else {
        review::findings(&mut store, &ctx.actor(), &queue.doc, busy)?
    };
    // Positions edited in this review: their findings are read again when shown again.
    let mut edited: Vec<usize> = Vec::new();
    let mut keys = Keys::stdin();
    let mut tally = Tally {
        doc: queue.doc.clone(),
        ..Tally::default()
    };
    let mut index = 0;
    'segments: while index < queue.positions.len() {
        if edited.contains(&queue.positions[index]) {
            // An edit changed what the checks see (checks read the whole document: names
            // are counted across it).
            findings = review::findings(&mut store, &ctx.actor(), &queue.doc, busy)?;
            edited.clear();
        }
        // Read as it is now, not as it was when the review started.
        let screen = review::screen(&store, &queue, index, &findings)?;
        ctx.print.review_screen(&screen)?;
        let address = screen.address();
        loop {
            keys.prompt(PROMPT);
            let Some(key) = keys.key()? else {
                break 'segments;
            };
            let saved = match parse_key(&key, &address) {
                Ok(Key::Skip) => {
                    tally.skipped += 1;
                    index += 1;
                    continue 'segments;
                }
                Ok(Key::Quit) => break 'segments,
                Ok(Key::Help) => {
                    keys.say(KEYS_HELP);
                    continue;
                }
                Ok(Key::Previous) => {
                    if index == 0 {
                        keys.say(&format!("{address} is the first segment of this review"));
                        continue;
                    }
                    index -= 1;
                    continue 'segments;
                }
                Ok(Key::Go(n)) => {
                    let n = match n {
                        Some(n) => Ok(n),
                        None => {
                            keys.prompt("go to segment: ");
                            match keys.line()? {
                                Some(text) => segment_number(text.trim(), &address),
                                None => break 'segments,
                            }
                        }
                    };
                    match n.and_then(|n| queue.jump(n)) {
                        Ok(i) => {
                            index = i;
                            continue 'segments;
                        }
                        Err(e) if keys.interactive() => {
                            keys.say(&e.to_string());
                            continue;
                        }
                        Err(e) => return Err(e),
                    }
                }
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
                    if answered.action == Action::Edit {
                        edited.push(queue.positions[index]);
                    }
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
    tally.remaining = if args.links {
        review::link_queue(&store, &queue.doc, args.state)?
    } else {
        review::queue(&store, &queue.doc, args.state, span)?
    }
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
                let template =
                    editor_text(&screen.detail.segment, screen.tm.as_ref(), &screen.findings);
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
