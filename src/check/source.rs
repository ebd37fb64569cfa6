//! Hygiene of the published source: `doubled-word` (`de de`), `double-space`, `unbalanced`
//! quotes and brackets, and `lowercase-start`.
//!
//! `unbalanced` runs over the whole document: a quotation may open in one sentence and close a
//! few sentences later (the segmenter splits it), so an opener left open at the end of a segment
//! is carried over up to [`CARRY`] segments before it is reported. `’` is a closing quote only
//! when a `‘` is open and it is not inside a word; otherwise it is an apostrophe (`’s`,
//! `commando’s`, `Haftars’`).

use crate::model::{Category, Side};

use super::{At, Context, Doc, ELISIONS, Finding, has_inner_capital};

/// How many following segments may close a quote or bracket a segment leaves open.
pub(crate) const CARRY: usize = 4;

/// Words legitimately doubled in Dutch (`dat dat`, `die die`) and emphatic doublings.
const DOUBLE_OK: &[&str] = &[
    "dat", "die", "het", "je", "u", "ze", "haar", "om", "had", "heel", "ja", "nee", "zo", "hè",
    "ha", "haha", "hoor", "nou", "toe", "bla", "la", "that", "very",
];

pub(super) fn check(
    _ctx: &Context,
    doc: &Doc,
    enabled: &dyn Fn(&str) -> bool,
    out: &mut Vec<Finding>,
) {
    for (i, si) in doc.segs.iter().enumerate() {
        let at = At {
            id: si.seg.id,
            side: Side::Source,
            text: si.seg.source,
        };
        if enabled("doubled-word") {
            doubled_words(&at, &si.src, out);
        }
        if enabled("double-space") {
            double_spaces(&at, "double-space", out);
        }
        if enabled("lowercase-start") {
            let previous = i.checked_sub(1).map(|p| doc.segs[p].seg.source);
            lowercase_start(&at, &si.src, previous, out);
        }
    }
    if enabled("unbalanced") {
        unbalanced(doc, out);
    }
}

fn doubled_words(at: &At, toks: &[super::Token], out: &mut Vec<Finding>) {
    for pair in toks.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let between = &at.text[a.byte + a.text.len()..b.byte];
        let lower = a.text.to_lowercase();
        if between.is_empty()
            || !between
                .chars()
                .all(|c| c == ' ' || c == '\u{a0}' || c == '\t')
            || lower != b.text.to_lowercase()
            || a.has_digit()
            || DOUBLE_OK.contains(&lower.as_str())
            || (super::is_capitalised(a.text) && super::is_capitalised(b.text))
        // Pago Pago
        {
            continue;
        }
        out.push(at.finding(
            a.start,
            b.end,
            "doubled-word",
            format!("‘{}’ is doubled", a.text),
            Some(a.text.to_string()),
            Some(Category::Typo),
        ));
    }
}

/// Runs of two or more spaces (or no-break spaces, tabs) between words.
pub(crate) fn double_spaces(at: &At, check: &'static str, out: &mut Vec<Finding>) {
    let chars: Vec<char> = at.text.chars().collect();
    let is_blank = |c: char| c == ' ' || c == '\u{a0}' || c == '\t';
    let mut i = 0;
    while i < chars.len() {
        if !is_blank(chars[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && is_blank(chars[i]) {
            i += 1;
        }
        let inside = start > 0 && i < chars.len() && !chars[i].is_whitespace();
        let after_break = start > 0 && matches!(chars[start - 1], '\n' | '\r');
        if i - start >= 2 && inside && !after_break {
            out.push(at.finding(
                start,
                i,
                check,
                format!("{} spaces in a row", i - start),
                Some(" ".to_string()),
                Some(Category::Typo),
            ));
        }
    }
}

/// Known words that begin in lower case.
const LOWER_OK: &[&str] = &["x", "y", "z", "n", "a", "e", "i", "pH"];

fn lowercase_start(at: &At, toks: &[super::Token], previous: Option<&str>, out: &mut Vec<Finding>) {
    let body = at.text.trim_start_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '‘' | '“' | '„' | '"' | '(' | '[' | '«' | '-' | '–' | '—' | '•' | '*' | '‚'
            )
    });
    if body.starts_with("...") || body.starts_with('…') {
        return;
    }
    let Some(first) = body.chars().next() else {
        return;
    };
    if !first.is_lowercase() {
        return;
    }
    let Some(tok) = toks.first() else { return };
    if tok.text.starts_with(super::is_apostrophe)
        || tok.url
        || tok.text.contains('.')
        || has_inner_capital(tok.text)
        || LOWER_OK.contains(&tok.text)
    {
        return;
    }
    // A segment that continues the previous one (`… als volgt:` / `en dan …`).
    if previous.is_some_and(|p| {
        p.trim_end()
            .trim_end_matches(['’', '”', '"', ')', ']', '»'])
            .ends_with([':', ';', ',', '-', '–', '—'])
    }) {
        return;
    }
    let mut fixed: String = tok
        .text
        .chars()
        .take(1)
        .flat_map(char::to_uppercase)
        .collect();
    fixed.extend(tok.text.chars().skip(1));
    out.push(at.token(
        tok,
        "lowercase-start",
        "the sentence starts with a lower-case letter".to_string(),
        Some(fixed),
        Some(Category::Typo),
    ));
}

struct Open {
    seg: usize,
    ch: char,
    at: usize,
}

fn closes(opener: char, closer: char) -> bool {
    matches!(
        (opener, closer),
        ('(', ')')
            | ('[', ']')
            | ('{', '}')
            | ('‘' | '‚', '’')
            | ('‚', '‘')
            | ('“' | '„', '”')
            | ('„', '“')
            | ('«', '»')
            | ('"', '"')
    )
}

fn unbalanced(doc: &Doc, out: &mut Vec<Finding>) {
    let mut stack: Vec<Open> = Vec::new();
    let report = |open: &Open, out: &mut Vec<Finding>| {
        let seg = &doc.segs[open.seg].seg;
        let at = At {
            id: seg.id,
            side: Side::Source,
            text: seg.source,
        };
        let kind = if matches!(open.ch, '(' | '[' | '{') {
            "bracket"
        } else {
            "quote"
        };
        out.push(at.finding(
            open.at,
            open.at + 1,
            "unbalanced",
            format!("opening {kind} {} is not closed", open.ch),
            None,
            None,
        ));
    };
    for (s, si) in doc.segs.iter().enumerate() {
        // Openers carried too long are reported.
        let expired = stack.iter().take_while(|o| o.seg + CARRY < s).count();
        for open in stack.drain(..expired) {
            report(&open, out);
        }
        let at = At {
            id: si.seg.id,
            side: Side::Source,
            text: si.seg.source,
        };
        let chars: Vec<char> = si.seg.source.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            let prev = i.checked_sub(1).map(|p| chars[p]);
            let next = chars.get(i + 1).copied();
            let letter = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
            let push = |stack: &mut Vec<Open>| {
                stack.push(Open {
                    seg: s,
                    ch: c,
                    at: i,
                })
            };
            match c {
                '(' | '[' | '{' | '„' | '«' | '‚' => push(&mut stack),
                '‘' if !is_elision(&chars[i + 1..]) || letter(prev) => push(&mut stack),
                '“' => {
                    // Closes a `„`, otherwise opens.
                    if stack.last().is_some_and(|o| o.ch == '„') {
                        stack.pop();
                    } else {
                        push(&mut stack);
                    }
                }
                '"' => {
                    if let Some(pos) = stack.iter().rposition(|o| o.ch == '"') {
                        close_at(&mut stack, pos, s, &report, out);
                    } else {
                        push(&mut stack);
                    }
                }
                '’' => {
                    if letter(prev) && letter(next) {
                        continue; // commando’s
                    }
                    if let Some(pos) = stack.iter().rposition(|o| closes(o.ch, c)) {
                        close_at(&mut stack, pos, s, &report, out);
                    }
                    // Otherwise an apostrophe: ’s, Haftars’.
                }
                ')' | ']' | '}' | '”' | '»' => {
                    if let Some(pos) = stack.iter().rposition(|o| closes(o.ch, c)) {
                        close_at(&mut stack, pos, s, &report, out);
                    } else if !(c == ')' && (is_item_marker(&chars[..i]) || prev == Some(':'))) {
                        let kind = if matches!(c, ')' | ']' | '}') {
                            "bracket"
                        } else {
                            "quote"
                        };
                        out.push(at.finding(
                            i,
                            i + 1,
                            "unbalanced",
                            format!("closing {kind} {c} has no opening one"),
                            None,
                            None,
                        ));
                    }
                }
                _ => {}
            }
        }
    }
    for open in &stack {
        report(open, out);
    }
}

/// Closes the opener at `pos`; openers above it opened in this segment are reported, carried
/// ones are dropped (they may belong to a longer quotation).
fn close_at(
    stack: &mut Vec<Open>,
    pos: usize,
    seg: usize,
    report: &dyn Fn(&Open, &mut Vec<Finding>),
    out: &mut Vec<Finding>,
) {
    for open in stack.drain(pos..).skip(1) {
        if open.seg == seg {
            report(&open, out);
        }
    }
}

/// `‘s` typed with the wrong quote: an elision, not a quotation.
fn is_elision(rest: &[char]) -> bool {
    let word: String = rest.iter().take_while(|c| c.is_alphanumeric()).collect();
    ELISIONS.contains(&word.as_str())
}

/// `a)`, `1)`, `iv)` at the start of a segment or after a space: a list item, not a bracket.
fn is_item_marker(before: &[char]) -> bool {
    let label = before
        .iter()
        .rev()
        .take_while(|c| c.is_alphanumeric())
        .count();
    (1..=3).contains(&label)
        && before
            .len()
            .checked_sub(label + 1)
            .is_none_or(|p| before[p].is_whitespace())
}
