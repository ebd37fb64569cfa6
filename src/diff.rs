//! Word diffs built on `similar`: Unicode word boundaries, runs of equal, deleted and inserted
//! text with code-point offsets on both sides. Renders as `[-old-]{+new+}` (like
//! `git diff --word-diff=plain`) or in colour, with changed letters inside a retyped word
//! picked out where that reads better.

use owo_colors::OwoColorize;
use serde::Serialize;
use similar::{Algorithm, ChangeTag, TextDiffConfig};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Op {
    Equal,
    Delete,
    Insert,
}

/// One run of text. Offsets are code points, end exclusive: `old` for equal and deleted text,
/// `new` for equal and inserted text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Run {
    pub op: Op,
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old: Option<[usize; 2]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new: Option<[usize; 2]>,
}

/// The word diff of two texts, as alternating runs (adjacent tokens of one kind merged).
pub fn words(old: &str, new: &str) -> Vec<Run> {
    let diff = TextDiffConfig::new()
        .algorithm(Algorithm::Patience)
        .diff_unicode_words(old, new);
    let mut runs: Vec<Run> = Vec::new();
    let (mut o, mut n) = (0usize, 0usize);
    for change in diff.iter_all_changes() {
        let text = change.value();
        let len = text.chars().count();
        let op = match change.tag() {
            ChangeTag::Equal => Op::Equal,
            ChangeTag::Delete => Op::Delete,
            ChangeTag::Insert => Op::Insert,
        };
        let (old_span, new_span) = match op {
            Op::Equal => (Some([o, o + len]), Some([n, n + len])),
            Op::Delete => (Some([o, o + len]), None),
            Op::Insert => (None, Some([n, n + len])),
        };
        if op != Op::Insert {
            o += len;
        }
        if op != Op::Delete {
            n += len;
        }
        match runs.last_mut() {
            Some(last) if last.op == op => {
                last.text.push_str(text);
                if let (Some(a), Some(b)) = (last.old.as_mut(), old_span) {
                    a[1] = b[1];
                }
                if let (Some(a), Some(b)) = (last.new.as_mut(), new_span) {
                    a[1] = b[1];
                }
            }
            _ => runs.push(Run {
                op,
                text: text.to_string(),
                old: old_span,
                new: new_span,
            }),
        }
    }
    absorb_spaces(runs)
}

/// `[-a-] [-b-]` reads worse than `[-a b-]`: a lone space between two changes joins them.
fn absorb_spaces(runs: Vec<Run>) -> Vec<Run> {
    let mut out: Vec<Run> = Vec::with_capacity(runs.len());
    let mut i = 0;
    while i < runs.len() {
        let r = &runs[i];
        let between_changes = r.op == Op::Equal
            && r.text.chars().all(char::is_whitespace)
            && i > 0
            && i + 1 < runs.len()
            && runs[i - 1].op != Op::Equal
            && runs[i + 1].op != Op::Equal
            && out.len() >= 2;
        if between_changes {
            // Append the space to both the pending delete and insert runs before it.
            let mut del = None;
            let mut ins = None;
            for (k, prev) in out.iter().enumerate().rev().take(2) {
                match prev.op {
                    Op::Delete => del = Some(k),
                    Op::Insert => ins = Some(k),
                    Op::Equal => {}
                }
            }
            if let (Some(d), Some(n)) = (del, ins) {
                out[d].text.push_str(&r.text);
                out[n].text.push_str(&r.text);
                let len = r.text.chars().count();
                if let Some(a) = out[d].old.as_mut() {
                    a[1] += len;
                }
                if let Some(a) = out[n].new.as_mut() {
                    a[1] += len;
                }
                i += 1;
                // Merge the following changes into the same runs.
                while i < runs.len() && runs[i].op != Op::Equal {
                    let idx = if runs[i].op == Op::Delete { d } else { n };
                    out[idx].text.push_str(&runs[i].text);
                    let len = runs[i].text.chars().count();
                    if runs[i].op == Op::Delete {
                        if let Some(a) = out[idx].old.as_mut() {
                            a[1] += len;
                        }
                    } else if let Some(a) = out[idx].new.as_mut() {
                        a[1] += len;
                    }
                    i += 1;
                }
                continue;
            }
        }
        out.push(r.clone());
        i += 1;
    }
    out
}

pub fn is_unchanged(runs: &[Run]) -> bool {
    runs.iter().all(|r| r.op == Op::Equal)
}

/// `git diff --word-diff=plain` style: `[-deleted-]{+inserted+}`.
pub fn plain(runs: &[Run]) -> String {
    let mut out = String::new();
    for r in runs {
        match r.op {
            Op::Equal => out.push_str(&r.text),
            Op::Delete => {
                out.push_str("[-");
                out.push_str(&r.text);
                out.push_str("-]");
            }
            Op::Insert => {
                out.push_str("{+");
                out.push_str(&r.text);
                out.push_str("+}");
            }
        }
    }
    out
}

/// Coloured inline diff: deletions red and struck through, insertions green. When one word is
/// retyped as a similar word, only the letters that differ are emphasised.
pub fn colored(runs: &[Run]) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < runs.len() {
        let r = &runs[i];
        let pair = (r.op == Op::Delete)
            .then(|| runs.get(i + 1))
            .flatten()
            .filter(|next| {
                next.op == Op::Insert && single_word(&r.text) && single_word(&next.text)
            });
        match (r.op, pair) {
            (Op::Delete, Some(next))
                if similar::TextDiff::from_chars(&r.text, &next.text).ratio() >= 0.5 =>
            {
                let chars = similar::TextDiff::from_chars(r.text.as_str(), next.text.as_str());
                // The old word with its removed letters emphasised, then the new word with its
                // added letters emphasised; runs of one kind are styled together.
                for side in [ChangeTag::Delete, ChangeTag::Insert] {
                    let mut runs: Vec<(bool, String)> = Vec::new();
                    for c in chars.iter_all_changes() {
                        let changed = c.tag() == side;
                        if c.tag() != ChangeTag::Equal && !changed {
                            continue;
                        }
                        match runs.last_mut() {
                            Some((k, text)) if *k == changed => text.push_str(c.value()),
                            _ => runs.push((changed, c.value().to_string())),
                        }
                    }
                    for (changed, text) in runs {
                        let styled = match (side, changed) {
                            (ChangeTag::Delete, true) => {
                                text.red().bold().strikethrough().to_string()
                            }
                            (ChangeTag::Delete, false) => text.red().strikethrough().to_string(),
                            (_, true) => text.green().bold().underline().to_string(),
                            (_, false) => text.green().to_string(),
                        };
                        out.push_str(&styled);
                    }
                }
                i += 2;
                continue;
            }
            (Op::Equal, _) => out.push_str(&r.text),
            (Op::Delete, _) => out.push_str(&r.text.red().strikethrough().to_string()),
            (Op::Insert, _) => out.push_str(&r.text.green().underline().to_string()),
        }
        i += 1;
    }
    out
}

fn single_word(s: &str) -> bool {
    !s.is_empty() && !s.chars().any(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corpus_typo_reads_like_git_word_diff() {
        let runs = words(
            "Moskou steunt Hafta al geruime tijd met heimelijke wapenleveranties.",
            "Moskou steunt Haftar al geruime tijd met heimelijke wapenleveranties.",
        );
        assert_eq!(
            plain(&runs),
            "Moskou steunt [-Hafta-]{+Haftar+} al geruime tijd met heimelijke wapenleveranties."
        );
        assert_eq!(
            runs[1],
            Run {
                op: Op::Delete,
                text: "Hafta".into(),
                old: Some([14, 19]),
                new: None
            }
        );
        assert_eq!(
            runs[2],
            Run {
                op: Op::Insert,
                text: "Haftar".into(),
                old: None,
                new: Some([14, 20])
            }
        );
        assert_eq!(runs[3].old, Some([19, 68]));
        assert_eq!(runs[3].new, Some([20, 69]));
    }

    #[test]
    fn adjacent_word_changes_join_across_a_space() {
        let runs = words(
            "maar de Duiste premier Merkel",
            "maar de Duitse bondskanselier Merkel",
        );
        assert_eq!(
            plain(&runs),
            "maar de [-Duiste premier-]{+Duitse bondskanselier+} Merkel"
        );
    }

    #[test]
    fn insertions_deletions_and_no_change() {
        assert_eq!(
            plain(&words("een twee drie", "een drie")),
            "een [-twee -]drie"
        );
        assert_eq!(
            plain(&words("een drie", "een twee drie")),
            "een {+twee +}drie"
        );
        let same = words(
            "Libië‘s ‘pijnlijke’ tegenvaller",
            "Libië‘s ‘pijnlijke’ tegenvaller",
        );
        assert!(is_unchanged(&same));
        assert_eq!(plain(&words("", "nieuw")), "{+nieuw+}");
    }

    #[test]
    fn offsets_are_code_points() {
        let runs = words("Libië is één land", "Libië is een land");
        let del = runs.iter().find(|r| r.op == Op::Delete).unwrap();
        assert_eq!(del.text, "één");
        assert_eq!(del.old, Some([9, 12]));
    }

    #[test]
    fn colour_marks_only_changed_letters_of_a_retyped_word() {
        let runs = words("steunt Hafta al", "steunt Haftar al");
        let c = colored(&runs);
        assert!(c.contains('\u{1b}'));
        assert!(c.starts_with("steunt "));
        assert!(c.ends_with(" al"));
        // The unchanged letters stay together; only the added `r` is emphasised.
        assert!(c.contains(&"Hafta".green().to_string()), "{c:?}");
        assert!(
            c.contains(&"r".green().bold().underline().to_string()),
            "{c:?}"
        );
    }
}
