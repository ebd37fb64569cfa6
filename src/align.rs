//! Pairs a segmented source with a segmented translation that must share its structure:
//! the same paragraphs with the same number of sentences. A mismatch names the first paragraph
//! that differs, so the user can fix the file instead of importing a misaligned corpus.

pub mod engine;
pub mod features;
pub mod lexicon;

use crate::error::{Conflict, Error, Result};
use crate::model::NewSegment;
use crate::segment::Paragraph;

/// Stored form of a sentence: line wraps inside a paragraph are layout, not text.
pub fn sentence_text(s: &str) -> String {
    s.replace('\n', " ")
}

/// Source paragraphs without translation.
pub fn source_only(paragraphs: &[Paragraph]) -> Vec<NewSegment> {
    paragraphs
        .iter()
        .enumerate()
        .flat_map(|(i, p)| {
            p.sentences.iter().map(move |s| NewSegment {
                paragraph: i + 1,
                text: sentence_text(&s.text),
                translation: None,
            })
        })
        .collect()
}

/// Source paragraphs aligned sentence by sentence with the translation's; `label` names the
/// translation file in errors.
pub fn by_structure(
    source: &[Paragraph],
    target: &[Paragraph],
    label: &str,
) -> Result<Vec<NewSegment>> {
    let mut out = Vec::new();
    for (i, (s, t)) in source.iter().zip(target).enumerate() {
        for (src, tgt) in pair_paragraph(i + 1, s, t, label)? {
            out.push(NewSegment {
                paragraph: i + 1,
                text: src,
                translation: Some(tgt),
            });
        }
    }
    if source.len() != target.len() {
        return Err(paragraph_count_mismatch(label, source.len(), target.len()));
    }
    Ok(out)
}

/// The sentence pairs of paragraph `n`, or an error naming it when the sentence counts differ.
pub fn pair_paragraph(
    n: usize,
    s: &Paragraph,
    t: &Paragraph,
    label: &str,
) -> Result<Vec<(String, String)>> {
    if s.sentences.len() != t.sentences.len() {
        return Err(Error::conflict(
            Conflict::Mismatch,
            format!(
                "{label}: paragraph {n} has {} sentence{}, the source paragraph has {} (source starts “{}”, translation starts “{}”); nothing imported",
                t.sentences.len(),
                if t.sentences.len() == 1 { "" } else { "s" },
                s.sentences.len(),
                preview(s.sentences.first().map_or("", |x| x.text.as_str())),
                preview(t.sentences.first().map_or("", |x| x.text.as_str())),
            ),
        ));
    }
    Ok(s.sentences
        .iter()
        .zip(&t.sentences)
        .map(|(a, b)| (sentence_text(&a.text), sentence_text(&b.text)))
        .collect())
}

/// The error for a translation with more or fewer paragraphs than its source.
pub fn paragraph_count_mismatch(label: &str, source: usize, target: usize) -> Error {
    Error::conflict(
        Conflict::Mismatch,
        format!(
            "{label}: has {target} paragraph{}, the source has {source}; they differ from paragraph {} on; nothing imported",
            if target == 1 { "" } else { "s" },
            source.min(target) + 1
        ),
    )
}

/// Below this similarity (0–1, characters) an edited sentence counts as a different sentence.
pub const SAME_SENTENCE: f32 = 0.6;

/// Matches the sentences of a new version of a document to the old ones by content: identical
/// sentences in order first (a diff of the sequences), then, inside each changed stretch,
/// sentences similar enough to be the same sentence edited. Returns, for every new sentence,
/// the index of the old sentence it continues, or None for an inserted sentence.
pub fn match_segments(old: &[&str], new: &[&str]) -> Vec<Option<usize>> {
    use similar::{Algorithm, DiffOp, capture_diff_slices};
    let mut out = vec![None; new.len()];
    for op in capture_diff_slices(Algorithm::Patience, old, new) {
        match op {
            DiffOp::Equal {
                old_index,
                new_index,
                len,
            } => {
                for i in 0..len {
                    out[new_index + i] = Some(old_index + i);
                }
            }
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                // Greedy and order-preserving: each new sentence takes the most similar old
                // sentence after the last one taken, if it is similar enough.
                let mut next_old = old_index;
                for n in new_index..new_index + new_len {
                    let best = (next_old..old_index + old_len)
                        .map(|o| (o, similarity(old[o], new[n])))
                        .filter(|(_, r)| *r >= SAME_SENTENCE)
                        .max_by(|a, b| a.1.total_cmp(&b.1));
                    if let Some((o, _)) = best {
                        out[n] = Some(o);
                        next_old = o + 1;
                    }
                }
            }
            DiffOp::Delete { .. } | DiffOp::Insert { .. } => {}
        }
    }
    out
}

/// Character-level similarity of two sentences, 0 (nothing shared) to 1 (equal).
pub fn similarity(a: &str, b: &str) -> f32 {
    similar::TextDiff::from_chars(a, b).ratio()
}

fn preview(s: &str) -> String {
    let one = crate::text::one_line(s);
    if one.chars().count() <= 40 {
        one
    } else {
        format!("{}…", one.chars().take(40).collect::<String>())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::{Lang, segment};

    #[test]
    fn aligned_structure_pairs_sentences() {
        let s = segment("Een. Twee.\n\nDrie?", Lang::Nl);
        let t = segment("One. Two.\n\nThree?", Lang::En);
        let segs = by_structure(&s, &t, "t.txt").unwrap();
        assert_eq!(segs.len(), 3);
        assert_eq!(segs[1].text, "Twee.");
        assert_eq!(segs[1].translation.as_deref(), Some("Two."));
        assert_eq!(segs[2].paragraph, 2);
    }

    #[test]
    fn sentence_count_mismatch_names_the_paragraph() {
        let s = segment("Een.\n\nTwee. Drie.", Lang::Nl);
        let t = segment("One.\n\nTwo and three.", Lang::En);
        let err = by_structure(&s, &t, "t.txt").unwrap_err().to_string();
        assert!(
            err.starts_with("t.txt: paragraph 2 has 1 sentence, the source paragraph has 2"),
            "{err}"
        );
    }

    #[test]
    fn paragraph_count_mismatch_is_reported() {
        let s = segment("Een.\n\nTwee.", Lang::Nl);
        let t = segment("One.", Lang::En);
        let err = by_structure(&s, &t, "t.txt").unwrap_err().to_string();
        assert!(err.contains("has 1 paragraph, the source has 2"), "{err}");
    }

    #[test]
    fn matching_follows_edits_insertions_and_deletions() {
        let old = [
            "Een zin.",
            "Moskou steunt Hafta al lang.",
            "Weg ermee.",
            "Slot.",
        ];
        let new = [
            "Nieuw begin.",
            "Een zin.",
            "Moskou steunt Haftar al lang.",
            "Slot.",
        ];
        assert_eq!(
            match_segments(&old, &new),
            vec![None, Some(0), Some(1), Some(3)]
        );
        // A rewritten sentence is a new sentence, not an edit of the old one.
        let new = ["Een zin.", "Iets heel anders.", "Weg ermee.", "Slot."];
        assert_eq!(
            match_segments(&old, &new),
            vec![Some(0), None, Some(2), Some(3)]
        );
        assert_eq!(
            match_segments(&old, &old),
            vec![Some(0), Some(1), Some(2), Some(3)]
        );
    }

    #[test]
    fn wrapped_lines_become_spaces() {
        let segs = source_only(&segment("Een zin over\ntwee regels.", Lang::Nl));
        assert_eq!(segs[0].text, "Een zin over twee regels.");
    }
}
