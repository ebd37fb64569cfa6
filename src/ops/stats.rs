//! `tolk stats`: what a translator invoices and an editor plans with — segments, words and
//! characters of the source and of the translation per state, per document and in all, and
//! with `--tm` the untranslated work per match band of the translation memory.

use crate::error::Result;
use crate::model::State;
use crate::store::Store;
use crate::store::prelude::*;
use serde::{Deserialize, Serialize};

/// Sizes of some segments: words (whitespace-separated pieces with a letter or digit in them,
/// as CAT tools count them) and characters (without whitespace).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub segments: usize,
    pub source_words: usize,
    pub source_chars: usize,
    pub target_words: usize,
    pub target_chars: usize,
}

impl Counts {
    fn add_source(&mut self, text: &str) {
        self.segments += 1;
        self.source_words += words(text);
        self.source_chars += chars(text);
    }

    fn add_target(&mut self, text: &str) {
        self.target_words += words(text);
        self.target_chars += chars(text);
    }

    fn absorb(&mut self, other: &Counts) {
        self.segments += other.segments;
        self.source_words += other.source_words;
        self.source_chars += other.source_chars;
        self.target_words += other.target_words;
        self.target_chars += other.target_chars;
    }
}

/// Words as CAT tools count them: whitespace-separated pieces holding a letter or digit.
pub fn words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Characters without whitespace.
pub fn chars(text: &str) -> usize {
    text.chars().filter(|c| !c.is_whitespace()).count()
}

/// One state's share of a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StateCounts {
    pub state: State,
    #[serde(flatten)]
    pub counts: Counts,
}

/// Untranslated segments and their source words per match band (see `tolk pretranslate`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BandCounts {
    /// `context`, `100`, `95-99`, `85-94`, `75-84`, `no-match`.
    pub band: String,
    pub segments: usize,
    pub source_words: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocStats {
    pub doc: String,
    pub source_lang: String,
    pub target_lang: String,
    /// Every state, in workflow order (segments a link covers count in the link's state;
    /// sources the translation leaves out count as `untranslated` only when nothing covers
    /// them).
    pub states: Vec<StateCounts>,
    pub total: Counts,
    /// With `--tm`: the untranslated segments per match band.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bands: Option<Vec<BandCounts>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stats {
    pub documents: Vec<DocStats>,
    /// All documents together, per state.
    pub states: Vec<StateCounts>,
    pub total: Counts,
}

/// Counts for one document (`doc`) or every document; with `tm`, each untranslated segment is
/// looked up in the translation memory for its band.
pub fn stats(
    store: &Store,
    doc: Option<&str>,
    tm: bool,
    progress: &dyn super::Progress,
) -> Result<Stats> {
    let docs = match doc {
        Some(name) => vec![store.document(name)?],
        None => store.documents()?,
    };
    let mut all: Vec<StateCounts> = State::ALL
        .iter()
        .map(|&state| StateCounts {
            state,
            counts: Counts::default(),
        })
        .collect();
    let mut documents = Vec::new();
    for d in docs {
        let links = store.links(&d)?;
        // Later segments of a link take the state of its first, whose translation covers them.
        let mut covered: std::collections::HashMap<usize, usize> = Default::default();
        for l in links.iter().filter(|l| l.sources > 1 && l.first > 0) {
            for k in 1..l.sources {
                covered.insert(l.first + k, l.first);
            }
        }
        let mut states: Vec<StateCounts> = all
            .iter()
            .map(|s| StateCounts {
                state: s.state,
                counts: Counts::default(),
            })
            .collect();
        let mut first_states: std::collections::HashMap<usize, State> = Default::default();
        let mut open = Vec::new();
        store.for_each_segment(&d, 1, usize::MAX, &mut |seg| {
            let state = match covered.get(&seg.position) {
                Some(first) => first_states
                    .get(first)
                    .copied()
                    .unwrap_or(State::Untranslated),
                None => seg.state(),
            };
            // A link's first segment: the next position is covered by it (a lookup, not a walk
            // over every link per segment).
            if covered.get(&(seg.position + 1)) == Some(&seg.position) {
                first_states.insert(seg.position, state);
            }
            let c = &mut states[State::ALL.iter().position(|s| *s == state).unwrap_or(0)].counts;
            c.add_source(&seg.source);
            if let Some(t) = &seg.current {
                c.add_target(&t.text);
            }
            if tm && state == State::Untranslated {
                open.push((seg.id, seg.source.clone()));
            }
            Ok(())
        })?;
        let bands = if tm {
            Some(bands(store, &open, progress)?)
        } else {
            None
        };
        let mut total = Counts::default();
        for (s, a) in states.iter().zip(all.iter_mut()) {
            total.absorb(&s.counts);
            a.counts.absorb(&s.counts);
        }
        documents.push(DocStats {
            doc: d.name.clone(),
            source_lang: d.source_lang.clone(),
            target_lang: d.target_lang.clone(),
            states,
            total,
            bands,
        });
    }
    let mut total = Counts::default();
    for s in &all {
        total.absorb(&s.counts);
    }
    Ok(Stats {
        documents,
        states: all,
        total,
    })
}

/// The best match of each untranslated segment, counted per band.
fn bands(
    store: &Store,
    open: &[(i64, String)],
    progress: &dyn super::Progress,
) -> Result<Vec<BandCounts>> {
    use crate::tm::{Band, Sentence};
    let order = [
        (Band::Context, "context"),
        (Band::Exact, "100"),
        (Band::High, "95-99"),
        (Band::Medium, "85-94"),
        (Band::Low, "75-84"),
        (Band::None, "no-match"),
    ];
    let mut out: Vec<BandCounts> = order
        .iter()
        .map(|(_, name)| BandCounts {
            band: name.to_string(),
            segments: 0,
            source_words: 0,
        })
        .collect();
    progress.start(open.len() as u64);
    for (id, source) in open {
        progress.inc(1);
        let query = Sentence::new(source);
        let around = store.neighbours(*id)?;
        let best = crate::ops::tm::lookup(store, &query, 75, 1, Some(*id), Some(&around))?
            .into_iter()
            .next();
        let band = best.map_or(Band::None, |f| Band::of(f.percent, f.context));
        let i = order.iter().position(|(b, _)| *b == band).unwrap_or(5);
        out[i].segments += 1;
        out[i].source_words += words(source);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_characters_count_as_cat_tools_do() {
        assert_eq!(words("Moskou steunt Haftar – al jaren."), 5);
        assert_eq!(
            words("  3,5 % van de 12.500 euro  "),
            5,
            "a lone % is no word"
        );
        assert_eq!(words("— … !"), 0);
        assert_eq!(chars("a b\tc\n"), 3);
        assert_eq!(chars("Libië"), 5);
    }
}
