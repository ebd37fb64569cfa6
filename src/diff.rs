//! Word diffs built on `similar`: Unicode word boundaries, runs of equal, deleted and inserted
//! text with code-point offsets on both sides. Renders as `[-old-]{+new+}` (like
//! `git diff --word-diff=plain`) or in colour, with changed letters inside a retyped word
//! picked out where that reads better.

use owo_colors::OwoColorize;
use serde::{Deserialize, Serialize};
use similar::{Algorithm, ChangeTag, TextDiffConfig};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Op {
    Equal,
    Delete,
    Insert,
}

/// One run of text. Offsets are code points, end exclusive: `old` for equal and deleted text,
/// `new` for equal and inserted text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
    let tokens = diff.iter_all_changes().map(|c| {
        let op = match c.tag() {
            ChangeTag::Equal => Op::Equal,
            ChangeTag::Delete => Op::Delete,
            ChangeTag::Insert => Op::Insert,
        };
        (op, c.value())
    });
    runs(tokens)
}

/// Tokens merged into runs with offsets. `[-a-]{+c+} [-b-]{+d+}` reads worse than
/// `[-a b-]{+c d+}`, so a run of spaces between two replacements joins them.
fn runs<'a>(tokens: impl Iterator<Item = (Op, &'a str)>) -> Vec<Run> {
    enum Group {
        Same(String),
        Changed(String, String),
    }
    let mut groups: Vec<Group> = Vec::new();
    for (op, text) in tokens {
        match (op, groups.last_mut()) {
            (Op::Equal, Some(Group::Same(same))) => same.push_str(text),
            (Op::Equal, _) => groups.push(Group::Same(text.to_string())),
            (Op::Delete, Some(Group::Changed(old, _))) => old.push_str(text),
            (Op::Insert, Some(Group::Changed(_, new))) => new.push_str(text),
            (Op::Delete, _) => groups.push(Group::Changed(text.to_string(), String::new())),
            (Op::Insert, _) => groups.push(Group::Changed(String::new(), text.to_string())),
        }
    }
    let replaced = |g: &Group| matches!(g, Group::Changed(o, n) if !o.is_empty() && !n.is_empty());
    let mut merged: Vec<Group> = Vec::with_capacity(groups.len());
    for g in groups {
        let k = merged.len();
        let joins = replaced(&g)
            && k >= 2
            && replaced(&merged[k - 2])
            && matches!(&merged[k - 1], Group::Same(s) if s.chars().all(char::is_whitespace));
        if joins {
            let (Some(Group::Same(space)), Group::Changed(o2, n2)) = (merged.pop(), g) else {
                unreachable!("checked just above");
            };
            if let Some(Group::Changed(o, n)) = merged.last_mut() {
                o.push_str(&space);
                o.push_str(&o2);
                n.push_str(&space);
                n.push_str(&n2);
            }
        } else {
            merged.push(g);
        }
    }
    let (mut o, mut n) = (0usize, 0usize);
    let mut out = Vec::with_capacity(merged.len() * 2);
    for g in merged {
        match g {
            Group::Same(text) => {
                let len = text.chars().count();
                out.push(Run {
                    op: Op::Equal,
                    text,
                    old: Some([o, o + len]),
                    new: Some([n, n + len]),
                });
                o += len;
                n += len;
            }
            Group::Changed(old, new) => {
                if !old.is_empty() {
                    let len = old.chars().count();
                    out.push(Run {
                        op: Op::Delete,
                        text: old,
                        old: Some([o, o + len]),
                        new: None,
                    });
                    o += len;
                }
                if !new.is_empty() {
                    let len = new.chars().count();
                    out.push(Run {
                        op: Op::Insert,
                        text: new,
                        old: None,
                        new: Some([n, n + len]),
                    });
                    n += len;
                }
            }
        }
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
