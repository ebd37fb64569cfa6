//! Pairs a segmented source with a segmented translation that must share its structure:
//! the same paragraphs with the same number of sentences. A mismatch names the first paragraph
//! that differs, so the user can fix the file instead of importing a misaligned corpus.

use crate::error::{Error, Result};
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
    for (i, (s, t)) in source.iter().zip(target).enumerate() {
        if s.sentences.len() != t.sentences.len() {
            return Err(Error::input(format!(
                "{label}: paragraph {} has {} sentence{}, the source paragraph has {} (source starts “{}”, translation starts “{}”); nothing imported",
                i + 1,
                t.sentences.len(),
                if t.sentences.len() == 1 { "" } else { "s" },
                s.sentences.len(),
                preview(&s.sentences[0].text),
                preview(&t.sentences[0].text),
            )));
        }
    }
    if source.len() != target.len() {
        let n = source.len().min(target.len());
        return Err(Error::input(format!(
            "{label}: has {} paragraphs, the source has {}; they differ from paragraph {} on; nothing imported",
            target.len(),
            source.len(),
            n + 1
        )));
    }
    let mut out = source_only(source);
    let targets = target.iter().flat_map(|p| p.sentences.iter());
    for (seg, t) in out.iter_mut().zip(targets) {
        seg.translation = Some(sentence_text(&t.text));
    }
    Ok(out)
}

fn preview(s: &str) -> String {
    let one = crate::render::one_line(s);
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
        assert!(err.contains("has 1 paragraphs, the source has 2"), "{err}");
    }

    #[test]
    fn wrapped_lines_become_spaces() {
        let segs = source_only(&segment("Een zin over\ntwee regels.", Lang::Nl));
        assert_eq!(segs[0].text, "Een zin over twee regels.");
    }
}
