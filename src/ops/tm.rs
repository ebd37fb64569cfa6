//! The translation memory: reference TMs (`tm import|list|remove`), fuzzy matches for a
//! segment (`suggest`), filling a document from the memory (`pretranslate`) and concordance
//! search (`search`).
//!
//! The memory is every translated segment of every document plus every unit of every
//! reference TM. A lookup reads the posting lists of the sentence's words from the memory's
//! index (`store::TmRead`, format in `crate::tm::postings`) level by level, for the stored
//! sentences missing at most 0, 1, 2, … of its words (rarest words first), bounds each by the
//! words it holds and its length, scores exactly with `crate::tm::score` the ones that can
//! reach the best so far, and stops when no sentence left can beat the best (see `lookup`).

use super::Progress;
use crate::diff::Run;
use crate::error::{Conflict, Error, Result};
use crate::formats::Format;
use crate::model::{Address, State, check_doc_name};
use crate::store::prelude::*;
use crate::store::{Actor, MemoryEntry, MemoryPlace, NewTm, NewUnit, Outcome, Store, TmInfo};
use crate::tm::postings;
use crate::tm::{Band, Placeable, Sentence};
use serde::{Deserialize, Serialize};
use std::cell::Cell;
use std::io::{self, BufRead};
use std::path::Path;

/// A lookup scores this many sentences at most: past it, the answer is the best of those
/// (ranks 2 to n always are). Only a query whose best match is poor and shared by many gets
/// there: thousands of sentences that could tie with it.
const MAX_SCORED: usize = 2_500;
/// Postings a TM import holds in memory before it writes them (5 bytes each, plus the
/// lists' overhead).
const FLUSH_ENTRIES: usize = 8_000_000;
/// New candidates of one level past which the lookup counts every list of the query into one
/// array instead of looking each candidate up in the lists (binary search).
const DENSE_FROM: usize = 20_000;
/// Matches fetched whole for the final ordering when many tie at the same similarity.
const MAX_TIED: usize = 200;

// ---------------------------------------------------------------------------------------------
// Lookup

/// One match found in the memory, scored.
#[derive(Debug, Clone)]
pub struct Found {
    pub percent: u8,
    pub entry: MemoryEntry,
    pub sentence: Sentence,
    pub context: bool,
}

/// The best matches for `query` in the memory, at least `min` percent, best first. `exclude` is
/// the segment asked about (its own translation is no suggestion); `neighbours` its previous
/// and next source sentence, for in-context matches.
pub fn lookup(
    store: &impl Read,
    query: &Sentence,
    min: u8,
    n: usize,
    exclude: Option<i64>,
    neighbours: Option<&(Option<String>, Option<String>)>,
) -> Result<Vec<Found>> {
    if !query.has_words() || n == 0 {
        return Ok(Vec::new());
    }
    if query.len() > crate::tm::MAX_TOKENS {
        return Err(Error::invalid(
            "query",
            format!(
                "the sentence has {} words and marks; the memory matches sentences of at most {}",
                query.len(),
                crate::tm::MAX_TOKENS
            ),
        ));
    }
    // The words of the query (punctuation is not indexed), with how many positions of the
    // query each fills and how many stored sentences hold it, rarest first. A word no stored
    // sentence has is missing from every candidate.
    let q = query.len();
    let mut words: Vec<Word> = Vec::new();
    for (t, &h) in query.tokens.iter().zip(query.hashes()) {
        if t.kind == crate::tm::Kind::Punctuation {
            continue;
        }
        match words.iter_mut().find(|w| w.term == h) {
            Some(w) => w.weight += 1,
            None => words.push(Word {
                term: h,
                weight: 1,
                count: store.term_count(h)?,
                list: None,
            }),
        }
    }
    let absent: usize = words
        .iter()
        .filter(|w| w.count == 0)
        .map(|w| w.weight)
        .sum();
    words.retain(|w| w.count > 0);
    words.sort_by_key(|w| (w.count, w.term));

    let mut seen: std::collections::HashSet<u32> = std::collections::HashSet::new();
    let mut scored: Vec<Scored> = Vec::new();
    // The n best percentages so far (best first): a candidate must reach the last to count.
    let mut top: Vec<u8> = Vec::new();
    let mut hashing = crate::tm::Hashing::default();
    let mut looked = 0;
    let mut ctx = Scoring {
        query,
        n,
        min,
        top: &mut top,
        scored: &mut scored,
        hashing: &mut hashing,
        looked: &mut looked,
    };
    let exclude_key = exclude.and_then(crate::store::compact_key);

    // Rows written in this transaction and not indexed yet (none between commands): their
    // postings are ignored and each is scored directly.
    let pending = store.unindexed_keys()?;
    let mut skip: std::collections::HashSet<u32> = std::collections::HashSet::new();
    for key in pending {
        if let Some(c) = crate::store::compact_key(key) {
            skip.insert(c);
        }
        if Some(key) == exclude {
            continue;
        }
        if let Some(text) = store.memory_text(key)? {
            ctx.consider(key, &text)?;
        }
    }

    // Levels: at level `b`, every stored sentence missing at most `b` of the query's word
    // positions is a candidate. A sentence missing `m` positions is at most ⌊100 (q − m) / q⌋%
    // similar (`crate::tm::max_missing`), so once `b` passes the most the best match so far
    // allows, no sentence left can beat it: the top match is the best of the whole memory.
    // A sentence missing at most `b` positions holds at least one of the rarest words whose
    // weights add up to more than `b`: the candidates of level `b` are in their lists. Each is
    // bounded by the words it holds and its length (`bound`), and scored when the bound
    // reaches the best so far, highest bounds first.
    let total: usize = words.iter().map(|w| w.weight).sum();
    let mut scanned = 0;
    let mut dense: Option<Vec<u16>> = None;
    let mut level = 0;
    while level + absent <= crate::tm::max_missing(q, ctx.best()) && *ctx.looked < MAX_SCORED {
        let mut r = 0;
        let mut weight = 0;
        while r < words.len() && weight <= level {
            weight += words[r].weight;
            r += 1;
        }
        // The new lists of this level: their sentences not looked at yet, of a length that
        // can still reach the best so far.
        let best = ctx.best();
        let len_ok: Vec<bool> = (0..=255)
            .map(|l| crate::tm::best_possible(q, stored_len(q, l)) >= best)
            .collect();
        let mut fresh: Vec<(u32, u8)> = Vec::new();
        for w in &mut words[scanned..r] {
            let list = w.load(store)?;
            for i in 0..postings::count(list) {
                let (c, l) = (postings::key_at(list, i), postings::len_at(list, i));
                if len_ok[usize::from(l)]
                    && Some(c) != exclude_key
                    && !skip.contains(&c)
                    && seen.insert(c)
                {
                    fresh.push((c, l));
                }
            }
        }
        scanned = r;
        if dense.is_none() && fresh.len() > DENSE_FROM {
            // Many candidates: count every list of the query at once (one pass each) rather
            // than look each candidate up in each list.
            let mut top_key = 0;
            for w in &mut words {
                let list = w.load(store)?;
                let n = postings::count(list);
                if n > 0 {
                    top_key = top_key.max(postings::key_at(list, n - 1));
                }
            }
            let mut held = vec![0u16; top_key as usize + 1];
            for w in &words {
                let list = w.list.as_deref().unwrap_or_default();
                let weight = u16::try_from(w.weight).unwrap_or(u16::MAX);
                for i in 0..postings::count(list) {
                    if len_ok[usize::from(postings::len_at(list, i))] {
                        let h = &mut held[postings::key_at(list, i) as usize];
                        *h = h.saturating_add(weight);
                    }
                }
            }
            dense = Some(held);
        }
        // Each new candidate's bound, from the words it holds (rarest first, given up as soon
        // as the bound falls below the best so far) and its length.
        let best = ctx.best();
        let mut queue: Vec<(u8, u32)> = Vec::new();
        for (c, l) in fresh {
            let l = stored_len(q, usize::from(l));
            let bound = if let Some(held) = &dense {
                bound(q, l, absent + total - usize::from(held[c as usize]))
            } else {
                let mut missing = absent;
                let mut b = bound(q, l, missing);
                for w in &mut words {
                    if !postings::holds(w.load(store)?, c) {
                        missing += w.weight;
                        b = bound(q, l, missing);
                        if b < best {
                            break;
                        }
                    }
                }
                b
            };
            if bound >= best {
                queue.push((bound, c));
            }
        }
        queue.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        for (bound, c) in queue {
            if bound < ctx.best() || *ctx.looked >= MAX_SCORED {
                break;
            }
            let key = crate::store::memory_key(c);
            if let Some(source) = store.memory_source(key)? {
                ctx.consider(key, &source)?;
            }
        }
        if r == words.len() && weight <= level {
            // Every sentence holding any word of the query has been looked at.
            break;
        }
        level += 1;
    }

    // Everything as good as the n-th best, fetched whole and ordered: similarity, in-context,
    // fewer edits, reviewed/final, most recent, lowest row.
    let floor = ctx.floor();
    scored.retain(|s| s.percent >= floor);
    scored.sort_by(|a, b| (b.percent, a.dist, a.key).cmp(&(a.percent, b.dist, b.key)));
    scored.truncate(MAX_TIED.max(n));
    let mut found = Vec::new();
    for s in scored {
        let Some(entry) = store.memory_entry(s.key)? else {
            continue;
        };
        let context = match (&entry.place, neighbours) {
            (MemoryPlace::Segment { segment_id, .. }, Some(around)) if s.percent == 100 => {
                store.neighbours(*segment_id)? == *around
            }
            _ => false,
        };
        found.push((
            s.dist,
            Found {
                percent: s.percent,
                entry,
                sentence: s.sentence,
                context,
            },
        ));
    }
    found.sort_by(|(da, a), (db, b)| {
        (
            b.percent,
            b.context,
            da,
            crate::tm::state_rank(b.entry.state),
        )
            .cmp(&(
                a.percent,
                a.context,
                db,
                crate::tm::state_rank(a.entry.state),
            ))
            .then_with(|| b.entry.created_at.cmp(&a.entry.created_at))
            .then_with(|| a.entry.key.cmp(&b.entry.key))
    });
    found.truncate(n);
    Ok(found.into_iter().map(|(_, f)| f).collect())
}

/// A word of a query.
struct Word {
    /// Its hash (see `crate::tm::postings`).
    term: u64,
    /// How many positions of the query it fills.
    weight: usize,
    /// How many stored sentences hold it.
    count: usize,
    /// Its posting list, once read.
    list: Option<Vec<u8>>,
}

impl Word {
    fn load(&mut self, store: &impl Read) -> Result<&[u8]> {
        if self.list.is_none() {
            self.list = Some(store.postings(self.term)?);
        }
        Ok(self.list.as_deref().unwrap_or_default())
    }
}

/// The length to bound a stored sentence with, from the length its postings give (`l`, where
/// 255 means 255 or more): for 255, the length that gives the highest bound.
fn stored_len(q: usize, l: usize) -> usize {
    if l == 255 { q.max(255) } else { l }
}

/// The best similarity a stored sentence of `len` tokens can have with a query of `q` tokens
/// when it holds no token for `missing` of the query's positions: at most `q − missing` tokens
/// line up (and no more than it has), out of the longer length.
fn bound(q: usize, len: usize, missing: usize) -> u8 {
    let n = q.max(len);
    if n == 0 {
        return 100;
    }
    let matched = q.saturating_sub(missing).min(len);
    u8::try_from(100 * matched / n).unwrap_or(0)
}

/// What a lookup has found so far.
struct Scoring<'a> {
    query: &'a Sentence,
    n: usize,
    min: u8,
    /// The n best percentages so far, best first.
    top: &'a mut Vec<u8>,
    scored: &'a mut Vec<Scored>,
    hashing: &'a mut crate::tm::Hashing,
    looked: &'a mut usize,
}

impl Scoring<'_> {
    /// What a candidate must reach to count: the n-th best so far, or `min`.
    fn floor(&self) -> u8 {
        if self.top.len() < self.n {
            self.min
        } else {
            self.top[self.n - 1].max(self.min)
        }
    }

    /// The best so far, or `min`: the search is exhaustive for the best match only (ranks 2
    /// to n are the best of the candidates it looked at), so the levels follow it.
    fn best(&self) -> u8 {
        self.top.first().copied().unwrap_or(self.min).max(self.min)
    }

    /// Scores the stored sentence `source` (memory key `key`) and keeps it if it counts.
    fn consider(&mut self, key: i64, source: &str) -> Result<()> {
        *self.looked += 1;
        let floor = self.floor();
        let q = self.query.len();
        let hashes = self.hashing.hashes(source);
        if crate::tm::best_possible(q, hashes.len()) < floor {
            return Ok(());
        }
        let dist = crate::tm::levenshtein(self.query.hashes(), hashes);
        let longer = q.max(hashes.len());
        if dist > 0 && 100 * (longer - dist) / longer < usize::from(floor) {
            return Ok(());
        }
        // Worth keeping: tokens built, scored as `crate::tm::score` does.
        let sentence = Sentence::new(source);
        let (percent, dist) = crate::tm::score(self.query, &sentence);
        if percent >= floor {
            let at = self.top.partition_point(|p| *p >= percent);
            self.top.insert(at, percent);
            self.top.truncate(self.n);
            self.scored.push(Scored {
                percent,
                dist,
                key,
                sentence,
            });
        }
        Ok(())
    }
}

/// A candidate scored exactly.
struct Scored {
    percent: u8,
    dist: usize,
    key: i64,
    sentence: Sentence,
}

/// `DOC:N`, or `tm NAME`.
pub fn place_label(place: &MemoryPlace) -> String {
    match place {
        MemoryPlace::Segment {
            doc,
            position: Some(n),
            ..
        } => format!("{doc}:{n}"),
        MemoryPlace::Segment { doc, .. } => format!("{doc} (sentence since removed)"),
        MemoryPlace::Unit { tm } => format!("tm {tm}"),
    }
}

// ---------------------------------------------------------------------------------------------
// suggest

/// One fuzzy match for `suggest`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suggestion {
    /// Word-level similarity of the stored source to the current one (see `crate::tm`).
    pub percent: u8,
    /// The stored source is identical (100%).
    pub exact: bool,
    /// 100% and the same previous and next sentence.
    pub context: bool,
    /// `DOC:N` or `tm NAME`.
    pub from: String,
    pub place: MemoryPlace,
    /// The stored source.
    pub source: String,
    /// Word diff from the stored source to the current one.
    pub diff: Vec<Run>,
    /// The stored translation.
    pub translation: String,
    /// The translation with differing numbers carried over (see `placeables`).
    pub suggestion: String,
    /// Numbers that differ between the stored source and the current one.
    pub placeables: Vec<Placeable>,
    /// None for a reference TM's unit.
    pub state: Option<State>,
    pub author: Option<String>,
    pub date: Option<String>,
}

/// What `suggest DOC:N` found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suggestions {
    pub id: String,
    pub source: String,
    pub min: u8,
    pub matches: Vec<Suggestion>,
    /// Why there can be no match, when there cannot (a sentence of punctuation only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

fn suggestion(current: &str, query: &Sentence, f: Found) -> Suggestion {
    let (text, placeables) = crate::tm::substitute_placeables(&f.sentence, query, &f.entry.target);
    Suggestion {
        percent: f.percent,
        exact: f.percent == 100,
        context: f.context,
        from: place_label(&f.entry.place),
        diff: crate::diff::words(&f.entry.source, current),
        source: f.entry.source,
        translation: f.entry.target,
        suggestion: text,
        placeables,
        state: f.entry.state,
        author: f.entry.author,
        date: f.entry.created_at,
        place: f.entry.place,
    }
}

pub(crate) fn check_min(min: u8) -> Result<()> {
    if (1..=100).contains(&min) {
        Ok(())
    } else {
        Err(Error::invalid(
            "threshold",
            format!("a match threshold is a percentage from 1 to 100 (got {min})"),
        ))
    }
}

const NO_WORDS: &str = "the sentence has no words or numbers, only punctuation: nothing to match";

/// The best `n` matches of at least `min` percent for segment `address`.
pub fn suggest(store: &Store, address: &Address, min: u8, n: usize) -> Result<Suggestions> {
    check_min(min)?;
    address.needs_segment()?;
    let doc = store.document(&address.doc)?;
    let seg = store.segment(&doc, store.locate(&doc, address)?)?;
    let query = Sentence::new(&seg.source);
    let around = store.neighbours(seg.id)?;
    let found = lookup(store, &query, min, n, Some(seg.id), Some(&around))?;
    Ok(Suggestions {
        id: seg.address(),
        note: (!query.has_words()).then(|| NO_WORDS.to_string()),
        matches: found
            .into_iter()
            .map(|f| suggestion(&seg.source, &query, f))
            .collect(),
        source: seg.source,
        min,
    })
}

/// The best `n` matches for a free text (the benchmarks' and `suggest --text`'s entry).
pub fn suggest_text(store: &Store, text: &str, min: u8, n: usize) -> Result<Suggestions> {
    check_min(min)?;
    let query = Sentence::new(text);
    let found = lookup(store, &query, min, n, None, None)?;
    Ok(Suggestions {
        id: String::new(),
        note: (!query.has_words()).then(|| NO_WORDS.to_string()),
        matches: found
            .into_iter()
            .map(|f| suggestion(text, &query, f))
            .collect(),
        source: text.to_string(),
        min,
    })
}

// ---------------------------------------------------------------------------------------------
// pretranslate

/// Untranslated segments per match band.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bands {
    pub context: usize,
    pub exact: usize,
    /// 95–99%.
    pub high: usize,
    /// 85–94%.
    pub medium: usize,
    /// 75–84%.
    pub low: usize,
    /// Below 75%, or no match.
    pub none: usize,
}

impl Bands {
    fn add(&mut self, band: Band) {
        *match band {
            Band::Context => &mut self.context,
            Band::Exact => &mut self.exact,
            Band::High => &mut self.high,
            Band::Medium => &mut self.medium,
            Band::Low => &mut self.low,
            Band::None => &mut self.none,
        } += 1;
    }
}

/// One segment `pretranslate` filled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Filled {
    pub id: String,
    pub percent: u8,
    pub context: bool,
    pub from: String,
    pub state: State,
    pub revision: i64,
    /// Numbers carried over from the match; any not substituted are named in the comment.
    pub placeables: Vec<Placeable>,
}

/// What `pretranslate DOC` did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pretranslated {
    pub doc: String,
    /// The lowest similarity filled in.
    pub min: u8,
    /// Untranslated segments looked up.
    pub untranslated: usize,
    pub bands: Bands,
    pub filled: Vec<Filled>,
    pub operation: Option<i64>,
}

/// Fills the untranslated segments of `doc` from the memory: matches of 100% as `translated`,
/// fuzzy ones of at least `min` as `needs-work` with a comment giving the match. One
/// operation; every lookup is made before anything is written, so nothing filled in this run
/// is a match for another segment of the same run.
pub fn pretranslate(
    store: &mut Store,
    actor: &Actor,
    doc: &str,
    min: u8,
    progress: &dyn Progress,
) -> Result<Pretranslated> {
    check_min(min)?;
    let lowest = min.min(75);
    let (report, operation) = store.operation(actor, "pretranslate", |tx, op| {
        let doc = tx.document(doc)?;
        let segments = tx.segments(&doc)?;
        let open: Vec<_> = segments.iter().filter(|s| s.current.is_none()).collect();
        progress.start(open.len() as u64);
        let mut bands = Bands::default();
        let mut plan = Vec::new();
        for seg in &open {
            let query = Sentence::new(&seg.source);
            let around = tx.neighbours(seg.id)?;
            let best = lookup(tx, &query, lowest, 1, Some(seg.id), Some(&around))?
                .into_iter()
                .next();
            progress.inc(1);
            let band = best
                .as_ref()
                .map_or(Band::None, |f| Band::of(f.percent, f.context));
            bands.add(band);
            if let Some(f) = best.filter(|f| f.percent >= min) {
                plan.push((*seg, query, f));
            }
        }
        let mut filled = Vec::new();
        for (seg, query, f) in plan {
            let fill = fill(tx, seg.id, &query, &f, op)?;
            filled.push(Filled {
                id: seg.address(),
                percent: f.percent,
                context: f.context,
                from: fill.from,
                state: fill.state,
                revision: fill.revision,
                placeables: fill.placeables,
            });
        }
        let report = Pretranslated {
            doc: doc.name.clone(),
            min,
            untranslated: open.len(),
            bands,
            filled,
            operation: None,
        };
        if report.filled.is_empty() {
            return Ok(Outcome::Unchanged(report));
        }
        let summary = format!(
            "{}: {} of {} untranslated segments filled from the memory (≥ {min}%)",
            doc.name,
            report.filled.len(),
            report.untranslated
        );
        Ok(Outcome::changed(report, summary, Some(doc.id)))
    })?;
    Ok(Pretranslated {
        operation,
        ..report
    })
}

/// A revision written from a match.
pub(crate) struct Fill {
    pub from: String,
    pub state: State,
    pub revision: i64,
    pub placeables: Vec<Placeable>,
}

/// Writes match `f` as the new translation of segment `segment_id` (origin `tm`): its numbers
/// carried over; `translated` when it is 100% and every number was carried over, else
/// `needs-work` with a comment naming the match and the numbers to check.
pub(crate) fn fill(
    tx: &crate::store::Tx<'_>,
    segment_id: i64,
    query: &Sentence,
    f: &Found,
    op: crate::store::OpCtx<'_>,
) -> Result<Fill> {
    let (text, placeables) = crate::tm::substitute_placeables(&f.sentence, query, &f.entry.target);
    let from = place_label(&f.entry.place);
    let unsubstituted: Vec<&str> = placeables
        .iter()
        .filter(|p| !p.substituted)
        .map(|p| p.new.as_str())
        .collect();
    let (state, mut comment) = if f.percent == 100 {
        (State::Translated, None)
    } else {
        (
            State::NeedsWork,
            Some(format!("TM fuzzy match {}% from {from}", f.percent)),
        )
    };
    if !unsubstituted.is_empty() {
        let note = format!("check numbers, dates, names: {}", unsubstituted.join(", "));
        comment = Some(match comment {
            Some(c) => format!("{c}; {note}"),
            None => format!("TM match from {from}; {note}"),
        });
    }
    let state = if unsubstituted.is_empty() {
        state
    } else {
        State::NeedsWork
    };
    let revision = tx.add_revision_from(
        segment_id,
        &crate::store::NewRevision {
            text: &text,
            state,
            comment: comment.as_deref(),
        },
        "tm",
        op,
    )?;
    Ok(Fill {
        from,
        state,
        revision,
        placeables,
    })
}

// ---------------------------------------------------------------------------------------------
// tm import / list / remove

/// A reference TM file to load.
#[derive(Debug, Clone)]
pub struct TmImport<'a> {
    pub path: &'a Path,
    /// The file as named in messages and the log.
    pub label: &'a str,
    pub format: Format,
    /// The TM's name; else the file's stem.
    pub name: Option<&'a str>,
    /// Load the file with its sides swapped (it is target→source).
    pub swap: bool,
    /// Load it even though it is the export of a document already in the store.
    pub force: bool,
    /// Index the units (always, but for the benchmark that measures what the index costs:
    /// unindexed units are no memory).
    pub index: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TmImported {
    pub name: String,
    pub format: Format,
    pub source_lang: String,
    pub target_lang: String,
    pub units: usize,
    /// Entries without a translation (not memory).
    pub skipped: usize,
    pub swapped: bool,
    pub operation: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TmList {
    pub tms: Vec<TmInfo>,
    /// Translated segments of documents, the rest of the memory.
    pub segments: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TmRemoved {
    pub name: String,
    pub units: usize,
    pub operation: i64,
}

/// The primary language subtag, lower case: `nl-NL` → `nl` (a memory's direction is a
/// language pair; the region does not change which side is which).
fn primary(tag: &str) -> String {
    crate::model::primary_language(tag)
}

/// Counts of very common Dutch and English words, to tell the direction of a file that does not
/// name its languages.
#[derive(Default)]
struct LangVotes {
    source: (usize, usize),
    target: (usize, usize),
    seen: usize,
}

impl LangVotes {
    const NL: &'static [&'static str] = &[
        "de", "het", "een", "en", "van", "niet", "dat", "ik", "je", "zijn", "op", "voor", "met",
    ];
    const EN: &'static [&'static str] = &[
        "the", "a", "and", "of", "not", "that", "i", "you", "are", "on", "for", "with", "to",
    ];

    fn count(text: &str) -> (usize, usize) {
        let mut nl = 0;
        let mut en = 0;
        for w in text.split(|c: char| !c.is_alphanumeric()) {
            let w = w.to_lowercase();
            nl += usize::from(Self::NL.contains(&w.as_str()));
            en += usize::from(Self::EN.contains(&w.as_str()));
        }
        (nl, en)
    }

    fn add(&mut self, source: &str, target: &str) {
        if self.seen >= 1000 {
            return;
        }
        self.seen += 1;
        let (a, b) = Self::count(source);
        let (c, d) = Self::count(target);
        self.source = (self.source.0 + a, self.source.1 + b);
        self.target = (self.target.0 + c, self.target.1 + d);
    }

    /// Whether the texts clearly read English on the source side and Dutch on the target side.
    fn reversed(&self) -> bool {
        let (s_nl, s_en) = self.source;
        let (t_nl, t_en) = self.target;
        s_en > 2 * s_nl + 5 && t_nl > 2 * t_en + 5
    }
}

/// Counts the bytes a reader has taken, for the progress bar.
struct Counted<'c> {
    inner: &'c mut dyn BufRead,
    taken: &'c Cell<u64>,
}

impl io::Read for Counted<'_> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(out)?;
        self.taken.set(self.taken.get() + n as u64);
        Ok(n)
    }
}

impl BufRead for Counted<'_> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.inner.fill_buf()
    }
    fn consume(&mut self, amount: usize) {
        self.inner.consume(amount);
        self.taken.set(self.taken.get() + amount as u64);
    }
}

/// Loads a bilingual file as a reference TM, streaming, in one operation: an error anywhere
/// (a bad byte on the last line, the wrong language direction) leaves nothing behind.
pub fn import_tm(
    store: &mut Store,
    actor: &Actor,
    req: &TmImport<'_>,
    input: &mut dyn BufRead,
    progress: &dyn Progress,
) -> Result<TmImported> {
    let Some(read) = req.format.spec().reader else {
        return Err(Error::Usage(format!(
            "tolk does not read {} files",
            req.format
        )));
    };
    let name = match req.name {
        Some(n) => n.to_string(),
        None => req
            .path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "tm".into()),
    };
    check_doc_name(&name)?;
    let label = req.label;
    let taken = Cell::new(0);
    let mut input = Counted {
        inner: input,
        taken: &taken,
    };
    let origin = std::fs::canonicalize(req.path)
        .unwrap_or_else(|_| req.path.to_path_buf())
        .to_string_lossy()
        .into_owned();
    let (report, operation) = store.operation(actor, "tm import", |tx, op| {
        if tx.find_tm(&name)?.is_some() {
            return Err(Error::conflict(
                Conflict::Exists,
                format!(
                    "a TM named {name} is already loaded; remove it first (tolk tm remove {name}) or give another --name"
                ),
            ));
        }
        let (want_src, want_tgt) = tx
            .usual_languages()?
            .map(|(s, t)| (primary(&s), primary(&t)))
            .unwrap_or_else(|| ("nl".into(), "en".into()));
        let mut tm: Option<(i64, String, String)> = None;
        let mut units = 0;
        let mut skipped = 0;
        let mut votes = LangVotes::default();
        let mut named_languages = false;
        // The units' postings, built as they stream in and written in batches (see
        // `crate::tm::postings`): memory stays flat however big the file.
        let mut index = req.index.then(Indexer::start);
        let mut batch: Vec<UnitRow> = Vec::with_capacity(BATCH);
        // The import indexes its units itself: the per-row trigger is out of its way until it
        // is done (in this transaction only).
        let trigger = tx.suspend_unit_trigger()?;
        read(&mut input, label, &mut |meta, seg| {
            let (tm_id, _, _) = match &tm {
                Some(t) => t,
                None => {
                    if !req.force
                        && let Some(doc) = tx.document_like(meta.name.as_deref(), &origin)?
                    {
                        return Err(Error::conflict(
                            Conflict::Exists,
                            format!(
                                "{label} is document {doc}, already in the store: its translations are memory already (use --force to load it as a reference TM anyway)"
                            ),
                        ));
                    }
                    let (mut src, mut tgt) = (
                        meta.source_lang.as_deref().map(primary),
                        meta.target_lang.as_deref().map(primary),
                    );
                    if req.swap {
                        std::mem::swap(&mut src, &mut tgt);
                    }
                    named_languages = src.is_some() && tgt.is_some();
                    if src.as_deref() == Some(want_tgt.as_str())
                        && tgt.as_deref().is_none_or(|t| t == want_src)
                    {
                        return Err(Error::conflict(
                            Conflict::Mismatch,
                            format!(
                                "{label} is {}→{}{} but the memory is {want_src}→{want_tgt}: load it with --swap to use its sides the other way round",
                                src.as_deref().unwrap_or("?"),
                                tgt.as_deref().unwrap_or("?"),
                                if req.swap { " (after --swap)" } else { "" },
                            ),
                        ));
                    }
                    let src = src.unwrap_or_else(|| want_src.clone());
                    let tgt = tgt.unwrap_or_else(|| want_tgt.clone());
                    let id = tx.insert_tm(
                        &NewTm {
                            name: &name,
                            source_lang: &src,
                            target_lang: &tgt,
                            origin: Some(label),
                        },
                        op,
                    )?;
                    tm.insert((id, src, tgt))
                }
            };
            progress.set(taken.get());
            let (source, target) = match (seg.source, seg.target) {
                (s, Some(t)) if req.swap => (t, s),
                (s, Some(t)) => (s, t),
                (_, None) => {
                    skipped += 1;
                    return Ok(());
                }
            };
            if source.trim().is_empty() || target.trim().is_empty() {
                skipped += 1;
                return Ok(());
            }
            votes.add(&source, &target);
            batch.push((source, target, seg.author));
            if batch.len() >= BATCH {
                load(tx, *tm_id, &mut batch, &mut index, op)?;
            }
            units += 1;
            Ok(())
        })?;
        if let Some((tm_id, _, _)) = &tm {
            load(tx, *tm_id, &mut batch, &mut index, op)?;
        }
        let Some((tm_id, src, tgt)) = tm.filter(|_| units > 0) else {
            return Err(Error::invalid(
                req.format.name(),
                format!("{label}: no translated entries to load as memory; nothing changed"),
            ));
        };
        if !named_languages && votes.reversed() {
            return Err(Error::conflict(
                Conflict::Mismatch,
                format!(
                    "{label} reads as English→Dutch{} but the memory is {want_src}→{want_tgt}: load it with --swap to use its sides the other way round",
                    if req.swap { " (after --swap)" } else { "" }
                ),
            ));
        }
        if let Some(index) = index.take() {
            for lists in index.finish() {
                tx.add_postings(lists)?;
            }
            tx.index_tm(tm_id)?;
        }
        tx.restore_trigger(trigger)?;
        let summary = format!(
            "loaded TM {name} from {label} ({}): {units} units{}",
            req.format,
            if req.swap { ", sides swapped" } else { "" }
        );
        Ok(Outcome::changed(
            TmImported {
                name: name.clone(),
                format: req.format,
                source_lang: src,
                target_lang: tgt,
                units,
                skipped,
                swapped: req.swap,
                operation: 0,
            },
            summary,
            None,
        ))
    })?;
    Ok(TmImported {
        operation: operation.unwrap_or_default(),
        ..report
    })
}

/// Units a TM import inserts with one statement.
const BATCH: usize = 128;

type UnitRow = (String, String, Option<String>);

/// Inserts a batch of a TM's units, and hands them to the indexer when the import indexes.
fn load(
    tx: &crate::store::Tx<'_>,
    tm: i64,
    batch: &mut Vec<UnitRow>,
    index: &mut Option<Indexer>,
    op: crate::store::OpCtx<'_>,
) -> Result<()> {
    if batch.is_empty() {
        return Ok(());
    }
    let units: Vec<NewUnit<'_>> = batch
        .iter()
        .map(|(source, target, author)| NewUnit {
            source,
            target,
            author: author.as_deref(),
            created_at: None,
        })
        .collect();
    let first = tx.insert_tm_units(tm, &units, op)?;
    drop(units);
    if let Some(index) = index {
        for (i, (source, _, _)) in batch.iter().enumerate() {
            let key = crate::store::compact_key(first + i as i64).ok_or_else(|| {
                Error::invalid("tm", "the memory's index holds 2^31 units at most")
            })?;
            index.add(key, source);
        }
        while let Some(lists) = index.ready() {
            tx.add_postings(lists)?;
        }
    }
    batch.clear();
    Ok(())
}

/// Sources handed to the indexer at a time.
const INDEX_BATCH: usize = 4096;

/// Sources to index: their keys, and their texts one after the other.
#[derive(Default)]
struct Sources {
    keys: Vec<u32>,
    ends: Vec<usize>,
    text: String,
}

/// Builds the postings of an import's units on a second thread while this one inserts the
/// next units: tokenizing a million sentences takes about as long as inserting them. The
/// sources are copied into one buffer per [`INDEX_BATCH`] units, which goes back and forth
/// (no string allocated on one thread is freed on the other, and the threads meet once per
/// batch). Keys arrive in increasing order, and the lists come back in that order, each when it
/// holds [`FLUSH_ENTRIES`] postings, to be written in the import's transaction (which only this
/// thread touches).
struct Indexer {
    pending: Sources,
    units: Option<std::sync::mpsc::SyncSender<Sources>>,
    spent: std::sync::mpsc::Receiver<Sources>,
    lists: std::sync::mpsc::Receiver<postings::Lists>,
    worker: Option<std::thread::JoinHandle<postings::Lists>>,
}

impl Indexer {
    fn start() -> Indexer {
        let (units, rx) = std::sync::mpsc::sync_channel::<Sources>(2);
        let (spent_tx, spent) = std::sync::mpsc::channel();
        // Unbounded, yet never more than a list or two: the worker only indexes units this
        // thread has inserted, and this thread takes every list after its next batch.
        let (out, lists) = std::sync::mpsc::channel();
        let worker = std::thread::spawn(move || {
            let mut builder = postings::Builder::default();
            for mut sources in rx {
                let mut start = 0;
                for (&key, &end) in sources.keys.iter().zip(&sources.ends) {
                    builder.add(key, &sources.text[start..end]);
                    start = end;
                }
                if builder.entries() >= FLUSH_ENTRIES && out.send(builder.take()).is_err() {
                    break;
                }
                sources.keys.clear();
                sources.ends.clear();
                sources.text.clear();
                // The inserting thread may be done; then the buffers are simply dropped.
                let _ = spent_tx.send(sources);
            }
            builder.take()
        });
        Indexer {
            pending: Sources::default(),
            units: Some(units),
            spent,
            lists,
            worker: Some(worker),
        }
    }

    /// Adds an inserted unit's source, to be indexed under `key`.
    fn add(&mut self, key: u32, source: &str) {
        self.pending.keys.push(key);
        self.pending.text.push_str(source);
        self.pending.ends.push(self.pending.text.len());
        if self.pending.keys.len() >= INDEX_BATCH {
            self.send();
        }
    }

    fn send(&mut self) {
        let next = self.spent.try_recv().unwrap_or_default();
        let full = std::mem::replace(&mut self.pending, next);
        if let Some(units) = &self.units {
            // A worker gone can only have panicked: `finish` reports it.
            let _ = units.send(full);
        }
    }

    /// A full set of lists, when one is ready.
    fn ready(&self) -> Option<postings::Lists> {
        self.lists.try_recv().ok()
    }

    /// Every list not taken yet, in order, once all the units are indexed.
    fn finish(mut self) -> Vec<postings::Lists> {
        if !self.pending.keys.is_empty() {
            self.send();
        }
        self.units = None;
        let last = match self.worker.take().map(std::thread::JoinHandle::join) {
            Some(Ok(last)) => last,
            Some(Err(panic)) => std::panic::resume_unwind(panic),
            None => postings::Lists::default(),
        };
        let mut out: Vec<postings::Lists> = self.lists.try_iter().collect();
        out.push(last);
        out
    }
}

impl Drop for Indexer {
    fn drop(&mut self) {
        // An import that failed midway: let the worker run out and end before going on.
        self.units = None;
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
    }
}

pub fn list_tms(store: &Store) -> Result<TmList> {
    Ok(TmList {
        tms: store.tms()?,
        segments: store.translated_segments()?,
    })
}

/// Removes a reference TM (undoable: every unit is recorded).
pub fn remove_tm(store: &mut Store, actor: &Actor, name: &str) -> Result<TmRemoved> {
    let (report, operation) = store.operation(actor, "tm remove", |tx, op| {
        let tm = tx.find_tm(name)?.ok_or_else(|| {
            Error::not_found(
                "tm",
                name,
                format!(
                    "no TM named {} (see `tolk tm list`)",
                    crate::text::excerpt(name, 100)
                ),
            )
        })?;
        tx.delete_tm(tm.id, op)?;
        let summary = format!("removed TM {} ({} units)", tm.name, tm.units);
        Ok(Outcome::changed(
            TmRemoved {
                name: tm.name,
                units: tm.units,
                operation: 0,
            },
            summary,
            None,
        ))
    })?;
    Ok(TmRemoved {
        operation: operation.unwrap_or_default(),
        ..report
    })
}

// ---------------------------------------------------------------------------------------------
// search

/// A concordance query.
#[derive(Debug, Clone)]
pub struct SearchQuery<'a> {
    pub text: &'a str,
    /// Search the translations instead of the sources.
    pub target: bool,
    pub doc: Option<&'a str>,
    pub state: Option<State>,
    /// `text` is a regular expression (Rust `regex` syntax).
    pub regex: bool,
    pub limit: usize,
}

/// One segment or TM unit found by `search`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hit {
    /// `DOC:N` or `tm NAME`.
    pub from: String,
    pub source: String,
    pub target: Option<String>,
    /// None for a reference TM's unit.
    pub state: Option<State>,
    /// Where the text was found, in code points (end exclusive), on the side searched.
    pub spans: Vec<[usize; 2]>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchReport {
    pub query: String,
    /// `source` or `target`.
    pub side: String,
    pub hits: Vec<Hit>,
    /// More matched than were listed.
    pub truncated: bool,
}

/// Case-insensitive plain text, or a regular expression.
enum Matcher {
    Plain(Vec<char>),
    Regex(regex_automata::meta::Regex),
}

impl Matcher {
    fn spans(&self, hay: &str) -> Vec<[usize; 2]> {
        match self {
            Matcher::Plain(needle) => {
                let chars: Vec<char> = hay.chars().map(fold).collect();
                let mut out = Vec::new();
                let mut i = 0;
                while i + needle.len() <= chars.len() {
                    if chars[i..i + needle.len()] == needle[..] {
                        out.push([i, i + needle.len()]);
                        i += needle.len();
                    } else {
                        i += 1;
                    }
                }
                out
            }
            Matcher::Regex(re) => {
                let cp = |b: usize| hay[..b].chars().count();
                re.find_iter(hay)
                    .filter(|m| !m.is_empty())
                    .map(|m| [cp(m.start()), cp(m.end())])
                    .collect()
            }
        }
    }
}

/// One character in lower case (its first lower-case character: offsets stay per character).
fn fold(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

pub fn search(store: &Store, q: &SearchQuery<'_>) -> Result<SearchReport> {
    if q.text.trim().is_empty() {
        return Err(Error::invalid("query", "empty search text"));
    }
    let matcher = if q.regex {
        let re = regex_automata::meta::Regex::new(q.text).map_err(|e| {
            Error::invalid(
                "regex",
                format!(
                    "bad regular expression '{}': {}",
                    crate::text::excerpt(q.text, 80),
                    crate::text::one_line(&e.to_string())
                ),
            )
        })?;
        Matcher::Regex(re)
    } else {
        Matcher::Plain(q.text.chars().map(fold).collect())
    };
    let doc = match q.doc {
        Some(d) => Some(store.document(d)?.id),
        None => None,
    };
    let mut hits = Vec::new();
    let mut truncated = false;
    store.for_each_searchable(doc, &mut |row| {
        if q.state.is_some() && row.state != q.state {
            return Ok(());
        }
        let side = if q.target {
            row.target.as_deref()
        } else {
            Some(row.source.as_str())
        };
        let Some(side) = side else { return Ok(()) };
        let spans = matcher.spans(side);
        if spans.is_empty() {
            return Ok(());
        }
        if hits.len() >= q.limit {
            truncated = true;
            return Ok(());
        }
        hits.push(Hit {
            from: place_label(&row.place),
            source: row.source,
            target: row.target,
            state: row.state,
            spans,
        });
        Ok(())
    })?;
    Ok(SearchReport {
        query: q.text.to_string(),
        side: if q.target { "target" } else { "source" }.into(),
        hits,
        truncated,
    })
}

/// The format a TM file is read as, by its extension (`.tmx`, `.xlf`, `.po`, `.tsv`, `.jsonl`).
pub fn format_of(path: &Path) -> Option<Format> {
    Format::for_extension(path.extension()?.to_str()?)
}
