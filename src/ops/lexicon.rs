//! The project's lexicon: the word list (words the spelling check accepts) and the glossary
//! (source terms and the translation they require). Changes are operations, so undo takes
//! them back.

use crate::error::{Error, Result};
use crate::store::prelude::*;
use crate::store::{Actor, Outcome, Store};
use serde::{Deserialize, Serialize};

/// The word list, sorted.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Words(pub Vec<String>);

pub fn words(store: &impl Read) -> Result<Words> {
    Ok(Words(store.words()?))
}

/// What `words add` did.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct WordsAdded {
    /// The words that were not there yet.
    pub added: Vec<String>,
    /// Asked for but already there.
    #[serde(default)]
    pub unchanged: usize,
    #[serde(default)]
    pub operation: Option<i64>,
}

/// What `words remove` did.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct WordsRemoved {
    /// The words that were there.
    pub removed: Vec<String>,
    /// Asked for but not in the list.
    #[serde(default)]
    pub unchanged: usize,
    #[serde(default)]
    pub operation: Option<i64>,
}

/// One word each: no spaces or control characters.
fn clean_words(words: &[String]) -> Result<Vec<String>> {
    words
        .iter()
        .map(|w| {
            let w = w.trim();
            if w.is_empty() || w.chars().any(char::is_whitespace) || w.chars().any(char::is_control)
            {
                Err(Error::invalid(
                    "word",
                    format!(
                        "bad word '{}': one word, no spaces or control characters",
                        crate::text::excerpt(w, 200)
                    ),
                ))
            } else {
                Ok(w.to_string())
            }
        })
        .collect()
}

/// Adds words to the word list; those already there are left alone.
pub fn add_words(store: &mut Store, actor: &Actor, words: &[String]) -> Result<WordsAdded> {
    let asked = clean_words(words)?;
    let (report, operation) = store.operation(actor, "words", |tx, op| {
        let known = tx.words()?;
        let new: Vec<String> = asked
            .iter()
            .filter(|w| !known.contains(w))
            .cloned()
            .collect();
        let added = if new.is_empty() {
            Vec::new()
        } else {
            tx.add_words(&new, op)?
        };
        let report = WordsAdded {
            unchanged: asked.len() - added.len(),
            added,
            operation: None,
        };
        if report.added.is_empty() {
            return Ok(Outcome::Unchanged(report));
        }
        let summary = format!("words added: {}", report.added.join(", "));
        Ok(Outcome::changed(report, summary, None))
    })?;
    Ok(WordsAdded {
        operation,
        ..report
    })
}

/// Removes words from the word list; those not there are left alone.
pub fn remove_words(store: &mut Store, actor: &Actor, words: &[String]) -> Result<WordsRemoved> {
    let asked = clean_words(words)?;
    let (report, operation) = store.operation(actor, "words", |tx, op| {
        let known = tx.words()?;
        let there: Vec<String> = asked
            .iter()
            .filter(|w| known.contains(w))
            .cloned()
            .collect();
        let removed = if there.is_empty() {
            Vec::new()
        } else {
            tx.remove_words(&there, op)?
        };
        let report = WordsRemoved {
            unchanged: asked.len() - removed.len(),
            removed,
            operation: None,
        };
        if report.removed.is_empty() {
            return Ok(Outcome::Unchanged(report));
        }
        let summary = format!("words removed: {}", report.removed.join(", "));
        Ok(Outcome::changed(report, summary, None))
    })?;
    Ok(WordsRemoved {
        operation,
        ..report
    })
}

/// A glossary entry: a source term and the target term it must be translated with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Term {
    pub source: String,
    pub target: String,
    pub note: Option<String>,
}

/// The glossary, sorted by source and target term.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Glossary(pub Vec<Term>);

pub fn glossary(store: &impl Read) -> Result<Glossary> {
    Ok(Glossary(
        store
            .glossary()?
            .into_iter()
            .map(|g| Term {
                source: g.source,
                target: g.target,
                note: g.note,
            })
            .collect(),
    ))
}

/// What `glossary add` did.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TermAdded {
    /// False when the same pair was already there.
    pub added: bool,
    pub source: String,
    pub target: String,
    #[serde(default)]
    pub operation: Option<i64>,
}

/// Adds a source → target pair (terms trimmed) to the glossary, unless it is there already.
pub fn add_term(
    store: &mut Store,
    actor: &Actor,
    source: &str,
    target: &str,
    note: Option<&str>,
) -> Result<TermAdded> {
    let (source, target) = (source.trim(), target.trim());
    if source.is_empty() || target.is_empty() {
        return Err(Error::invalid(
            "glossary entry",
            "a glossary entry needs a source and a target term",
        ));
    }
    let (report, operation) = store.operation(actor, "glossary", |tx, op| {
        let added = tx.add_glossary(source, target, note, op)?;
        let report = TermAdded {
            added,
            source: source.to_string(),
            target: target.to_string(),
            operation: None,
        };
        if !added {
            return Ok(Outcome::Unchanged(report));
        }
        Ok(Outcome::changed(
            report,
            format!("glossary: {source} → {target}"),
            None,
        ))
    })?;
    Ok(TermAdded {
        operation,
        ..report
    })
}

/// What `glossary remove` did.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TermRemoved {
    pub source: String,
    /// How many entries (one per target term) were removed.
    pub removed: usize,
    #[serde(default)]
    pub operation: Option<i64>,
}

/// Removes every glossary entry for a source term; an unknown term is an error.
pub fn remove_term(store: &mut Store, actor: &Actor, source: &str) -> Result<TermRemoved> {
    let (report, operation) = store.operation(actor, "glossary", |tx, op| {
        let removed = tx.remove_glossary(source, op)?;
        if removed == 0 {
            return Err(Error::not_found(
                "glossary entry",
                source,
                format!(
                    "the glossary has no entry for '{}'",
                    crate::text::excerpt(source, 200)
                ),
            ));
        }
        let report = TermRemoved {
            source: source.to_string(),
            removed,
            operation: None,
        };
        Ok(Outcome::changed(
            report,
            format!("glossary: removed {source}"),
            None,
        ))
    })?;
    Ok(TermRemoved {
        operation,
        ..report
    })
}

/// The store's own lexicon for the aligner: the glossary (source term → required target
/// term) and a lexicon learned from the user's aligned 1-1 pairs (at most
/// [`STORE_PAIRS`](crate::align::lexicon::STORE_PAIRS), newest first, reviewed and final
/// ones counted [`REVIEWED_WEIGHT`](crate::align::lexicon::REVIEWED_WEIGHT) times), read in
/// two small queries. Empty for an empty store.
pub fn aligner_lexicon(store: &impl Read) -> Result<crate::align::lexicon::Lexicon> {
    use crate::align::lexicon::{Lexicon, REVIEWED_WEIGHT, STORE_PAIRS};
    let pairs = store.aligned_pairs(STORE_PAIRS, REVIEWED_WEIGHT)?;
    let mut lex = Lexicon::from_pairs(pairs.iter().map(|(a, b, w)| (a.as_str(), b.as_str(), *w)));
    for g in store.glossary()? {
        lex.add_term(&g.source, &g.target);
    }
    Ok(lex)
}
