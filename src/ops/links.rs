//! A document as a sequence of links: the stored links (see `migrations/0007_links.sql`) laid
//! over the segments, every segment no link covers standing alone as a 1-1 link. What `show`,
//! the exports and `translate` read to know which segments go together.

use crate::error::{Conflict, Error, Result};
pub use crate::model::LinkInfo;
use crate::model::{Address, Document, Link, LinkOrigin, SegmentView, State};
use crate::segment::Lang;
use crate::store::prelude::*;
use crate::store::{Actor, NewLink, NewRevision, Outcome, Store};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One unit of a document laid out as links.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Unit<'a> {
    /// Segments `first..first + count` (positions) with their stored link; None: a 1-1 link
    /// by structure.
    Source {
        first: usize,
        count: usize,
        link: Option<&'a Link>,
    },
    /// Target sentences the translator added (a 0-m link).
    Added(&'a Link),
}

impl Unit<'_> {
    /// Whether this unit is anything but a plain 1-1 link.
    pub fn is_special(&self) -> bool {
        match self {
            Unit::Source { count, link, .. } => *count != 1 || link.is_some_and(|l| l.targets != 1),
            Unit::Added(_) => true,
        }
    }
}

/// The stored link segment `n` belongs to, with its first position and how many segments it
/// covers as [`layout`] lays it out; None when `n` stands alone as a 1-1 link by structure.
/// Two store queries around `n` (see `LinksRead::link_near`), so `translate` and
/// `show DOC:N` cost the same on a document of a million segments as on a short one.
pub fn link_at(
    store: &impl Read,
    doc: &Document,
    n: usize,
) -> Result<Option<(usize, usize, Link)>> {
    let Some((l, cut)) = store.link_near(doc, n)? else {
        return Ok(None);
    };
    let first = l.first;
    let mut count = l.sources.min(doc.segments.saturating_sub(first) + 1);
    if let Some(c) = cut {
        count = count.min(c - first);
    }
    Ok((n < first + count).then_some((first, count, l)))
}

/// Lays `links` (in the order the store gives them) over segments `1..=segments`. A link
/// never claims a segment another link starts at; added links whose segment is no longer in
/// the document come at the end, so that no text is ever lost.
pub fn layout(segments: usize, links: &[Link]) -> Vec<Unit<'_>> {
    let mut starts: BTreeMap<usize, &Link> = BTreeMap::new();
    let mut before: BTreeMap<usize, Vec<&Link>> = BTreeMap::new();
    let mut after: BTreeMap<usize, Vec<&Link>> = BTreeMap::new();
    let mut homeless = Vec::new();
    for l in links {
        match (l.sources, l.first) {
            (0, 0) => homeless.push(l),
            (0, p) if l.after => after.entry(p).or_default().push(l),
            (0, p) => before.entry(p).or_default().push(l),
            (_, 0) => {}
            (_, p) => {
                starts.entry(p).or_insert(l);
            }
        }
    }
    let mut out = Vec::with_capacity(segments + before.len() + after.len());
    let mut pos = 1;
    while pos <= segments {
        for l in before.get(&pos).into_iter().flatten() {
            out.push(Unit::Added(l));
        }
        let (count, link) = match starts.get(&pos) {
            Some(l) => {
                let mut count = 1;
                while count < l.sources
                    && pos + count <= segments
                    && !starts.contains_key(&(pos + count))
                    && !before.contains_key(&(pos + count))
                {
                    count += 1;
                }
                (count, Some(*l))
            }
            None => (1, None),
        };
        out.push(Unit::Source {
            first: pos,
            count,
            link,
        });
        for p in pos..pos + count {
            for l in after.get(&p).into_iter().flatten() {
                out.push(Unit::Added(l));
            }
        }
        pos += count;
    }
    // Anchors past the end (cannot happen with a consistent store) and removed segments.
    for (_, ls) in before
        .range(segments + 1..)
        .chain(after.range(segments + 1..))
    {
        out.extend(ls.iter().map(|l| Unit::Added(l)));
    }
    out.extend(homeless.into_iter().map(Unit::Added));
    out
}

// ---------------------------------------------------------------------------------------------
// Fixing links by hand: `link join`, `link split`, `link move`. Each reads the document's links
// inside its operation, rewrites the few links it touches (old rows deleted, recorded; new rows
// of origin `person`, no score; the English of each new link a new revision of its first
// segment when it differs from that segment's current text) and reports them before and after.

/// A link as the hand fixes report it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LinkView {
    /// `n-m`
    pub shape: String,
    /// Segment numbers (DOC:N); empty for sentences the translator added.
    pub sources: Vec<usize>,
    pub targets: usize,
    /// The link's English (empty when it has none).
    pub target: String,
    pub score: Option<f64>,
    pub origin: LinkOrigin,
}

/// What `link join|split|move` did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LinkEdited {
    pub doc: String,
    /// `join`, `split` or `move`.
    pub action: String,
    /// The links the edit replaced, in document order.
    pub before: Vec<LinkView>,
    /// The links that replace them.
    pub after: Vec<LinkView>,
    pub operation: i64,
}

/// Where `link move` sends a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Prev,
    Next,
}

/// A link while being edited.
#[derive(Debug, Clone)]
struct Work {
    sources: Vec<usize>,
    text: String,
    targets: usize,
    row: Option<i64>,
    score: Option<f64>,
    origin: LinkOrigin,
}

impl Work {
    fn view(&self) -> LinkView {
        LinkView {
            shape: format!("{}-{}", self.sources.len(), self.targets),
            sources: self.sources.clone(),
            targets: self.targets,
            target: self.text.clone(),
            score: self.score,
            origin: self.origin,
        }
    }

    fn by_person(sources: Vec<usize>, text: String, targets: usize) -> Work {
        Work {
            sources,
            text,
            targets,
            row: None,
            score: None,
            origin: LinkOrigin::Person,
        }
    }
}

fn span(doc: &str, sources: &[usize]) -> String {
    match (sources.first(), sources.last()) {
        (Some(a), Some(b)) if a == b => format!("{doc}:{a}"),
        (Some(a), Some(b)) => format!("{doc}:{a}–{b}"),
        _ => format!("{doc}:+"),
    }
}

/// The document as links, with each link's English (an added link whose segment an update
/// took out stays where it is and is not offered to the edits).
fn works(segs: &[SegmentView], links: &[Link]) -> Vec<Work> {
    layout(segs.len(), links)
        .into_iter()
        .filter_map(|u| match u {
            Unit::Source { first, count, link } => {
                let current = segs[first - 1].current.as_ref().map(|t| t.text.clone());
                // A segment without a link row is 1-1 by structure, translated or not yet.
                let targets = link.map_or(1, |l| l.targets);
                Some(Work {
                    sources: (first..first + count).collect(),
                    text: if targets == 0 {
                        String::new()
                    } else {
                        current.unwrap_or_default()
                    },
                    targets,
                    row: link.map(|l| l.id),
                    score: link.and_then(|l| l.score),
                    origin: link.map_or(LinkOrigin::Structure, |l| l.origin),
                })
            }
            Unit::Added(l) if l.first > 0 => Some(Work {
                sources: Vec::new(),
                text: l.text.clone().unwrap_or_default(),
                targets: l.targets,
                row: Some(l.id),
                score: l.score,
                origin: l.origin,
            }),
            Unit::Added(_) => None,
        })
        .collect()
}

fn join_text(a: &str, b: &str) -> String {
    match (a.is_empty(), b.is_empty()) {
        (true, _) => b.to_string(),
        (_, true) => a.to_string(),
        _ => format!("{a} {b}"),
    }
}

/// Byte offsets where each sentence of `text` starts, by the segmenter of `lang`.
fn sentence_starts(text: &str, lang: Lang) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut cursor = 0;
    for s in crate::ops::import::sentences_of(text, lang) {
        let probe: String = s.chars().take(12).collect();
        if let Some(i) = text[cursor..].find(probe.as_str()) {
            starts.push(cursor + i);
            cursor += i + probe.len();
        }
    }
    starts
}

/// Splits `text` for a split of a link whose sources are `left_nl` then `right_nl` characters
/// long: at `at` when given, else at the sentence boundary whose English proportion is
/// closest to the Dutch one.
fn split_text(
    text: &str,
    at: Option<&str>,
    lang: Lang,
    left_nl: usize,
    right_nl: usize,
    what: &str,
) -> Result<(String, String)> {
    let cut = match at {
        Some(at) => {
            let at = at.trim();
            let mut hits = text.match_indices(at).map(|(i, _)| i);
            match (at.is_empty(), hits.next(), hits.next()) {
                (true, _, _) | (_, None, _) => {
                    return Err(Error::not_found(
                        "text",
                        crate::text::excerpt(at, 60),
                        format!(
                            "'{}' is not in the translation of {what}: '{}'",
                            crate::text::excerpt(at, 60),
                            crate::text::excerpt(text, 80)
                        ),
                    ));
                }
                (_, Some(_), Some(_)) => {
                    return Err(Error::conflict(
                        Conflict::Ambiguous,
                        format!(
                            "'{}' occurs more than once in the translation of {what}; give more of the text",
                            crate::text::excerpt(at, 60)
                        ),
                    ));
                }
                (_, Some(i), None) => i,
            }
        }
        None => {
            let starts = sentence_starts(text, lang);
            if starts.len() < 2 {
                return Err(Error::invalid(
                    "split",
                    format!(
                        "the translation of {what} is one sentence ('{}'); say where its second part starts with --at TEXT",
                        crate::text::excerpt(text, 60)
                    ),
                ));
            }
            let want = left_nl as f64 / (left_nl + right_nl).max(1) as f64;
            let total = text.chars().count().max(1) as f64;
            starts[1..]
                .iter()
                .copied()
                .min_by(|&a, &b| {
                    let d = |i: usize| (text[..i].chars().count() as f64 / total - want).abs();
                    d(a).total_cmp(&d(b))
                })
                .expect("two sentences or more")
        }
    };
    Ok((
        text[..cut].trim_end().to_string(),
        text[cut..].trim_start().to_string(),
    ))
}

fn count_sentences(text: &str, lang: Lang) -> usize {
    if text.trim().is_empty() {
        0
    } else {
        crate::ops::import::sentences_of(text, lang).len().max(1)
    }
}

/// `link join DOC:N`: the link holding N and the next one become one link.
pub fn join(store: &mut Store, actor: &Actor, address: &Address) -> Result<LinkEdited> {
    edit(store, actor, address, "join", |doc, units, i, _, _, _| {
        if i + 1 >= units.len() {
            return Err(Error::invalid(
                "link",
                format!(
                    "{} is in the last link of {doc}; there is no next link to join it with",
                    span(doc, &units[i].sources)
                ),
            ));
        }
        let (a, b) = (&units[i], &units[i + 1]);
        let text = join_text(&a.text, &b.text);
        // Links not translated yet make one link to translate (n-1), not n-n.
        let targets = if text.is_empty() {
            (a.targets + b.targets).min(1)
        } else {
            a.targets + b.targets
        };
        let joined = Work::by_person(
            a.sources.iter().chain(&b.sources).copied().collect(),
            text,
            targets,
        );
        Ok((i..i + 2, vec![joined]))
    })
}

/// `link split DOC:N [--at TEXT]`: the link holding N is split so that N starts a new link;
/// the English is split at `at`, or at the sentence boundary the lengths point to.
pub fn split(
    store: &mut Store,
    actor: &Actor,
    address: &Address,
    at: Option<&str>,
) -> Result<LinkEdited> {
    edit(
        store,
        actor,
        address,
        "split",
        |doc, units, i, n, segs, lang| {
            let w = &units[i];
            let what = span(doc, &w.sources);
            if w.sources.first() == Some(&n) {
                return Err(Error::invalid(
                    "link",
                    format!(
                        "{doc}:{n} already starts its link {what}; name the sentence that should start the second link"
                    ),
                ));
            }
            let k = w.sources.iter().position(|&p| p == n).expect("holds n");
            let chars = |ps: &[usize]| -> usize {
                ps.iter().map(|&p| segs[p - 1].source.chars().count()).sum()
            };
            let (left, right) = if w.text.is_empty() {
                (String::new(), String::new())
            } else {
                split_text(
                    &w.text,
                    at,
                    lang,
                    chars(&w.sources[..k]),
                    chars(&w.sources[k..]),
                    &what,
                )?
            };
            // A link not translated yet splits into links still to translate.
            let (lt, rt) = if w.text.is_empty() {
                (w.targets.min(1), w.targets.min(1))
            } else {
                (count_sentences(&left, lang), count_sentences(&right, lang))
            };
            Ok((
                i..i + 1,
                vec![
                    Work::by_person(w.sources[..k].to_vec(), left, lt),
                    Work::by_person(w.sources[k..].to_vec(), right, rt),
                ],
            ))
        },
    )
}

/// `link move DOC:N --to prev|next`: source sentence N leaves its link for the neighbouring
/// one (the English stays where it is); a link left without a source keeps its English as
/// sentences the translator added.
pub fn move_sentence(
    store: &mut Store,
    actor: &Actor,
    address: &Address,
    to: Direction,
) -> Result<LinkEdited> {
    edit(
        store,
        actor,
        address,
        "move",
        move |doc, units, i, n, _, _| {
            let w = &units[i];
            let what = span(doc, &w.sources);
            let (edge, neighbour, word) = match to {
                Direction::Prev => (w.sources.first(), i.checked_sub(1), "first"),
                Direction::Next => (
                    w.sources.last(),
                    Some(i + 1).filter(|&j| j < units.len()),
                    "last",
                ),
            };
            if edge != Some(&n) {
                return Err(Error::invalid(
                    "link",
                    format!(
                        "{doc}:{n} is inside the link {what}; only its {word} sentence can move {} (split the link first)",
                        if to == Direction::Prev {
                            "to the previous link"
                        } else {
                            "to the next link"
                        }
                    ),
                ));
            }
            let Some(j) = neighbour else {
                return Err(Error::invalid(
                    "link",
                    format!(
                        "{what} is the {word} link of {doc}; there is no {} link to move {doc}:{n} to",
                        if to == Direction::Prev {
                            "previous"
                        } else {
                            "next"
                        }
                    ),
                ));
            };
            let o = &units[j];
            let rest: Vec<usize> = w.sources.iter().copied().filter(|&p| p != n).collect();
            let stays = Work::by_person(rest, w.text.clone(), w.targets);
            let mut gains = Work::by_person(Vec::new(), o.text.clone(), o.targets);
            let mut out = Vec::new();
            if to == Direction::Prev {
                gains.sources = o.sources.iter().copied().chain([n]).collect();
                out.push(gains);
                if !stays.sources.is_empty() || !stays.text.is_empty() {
                    out.push(stays);
                }
                Ok((j..i + 1, out))
            } else {
                gains.sources = [n].into_iter().chain(o.sources.iter().copied()).collect();
                if !stays.sources.is_empty() || !stays.text.is_empty() {
                    out.push(stays);
                }
                out.push(gains);
                Ok((i..j + 1, out))
            }
        },
    )
}

type Plan = (std::ops::Range<usize>, Vec<Work>);

/// Runs one hand edit as an operation: `plan` gets the document name, its links, the index of
/// the link holding N, N and the segments, and says which links to replace with which.
fn edit(
    store: &mut Store,
    actor: &Actor,
    address: &Address,
    action: &str,
    plan: impl FnOnce(&str, &[Work], usize, usize, &[SegmentView], Lang) -> Result<Plan>,
) -> Result<LinkEdited> {
    address.needs_segment()?;
    let (report, operation) = store.operation(actor, &format!("link {action}"), |tx, op| {
        let doc = tx.document(&address.doc)?;
        let n = tx.locate(&doc, address)?;
        let segs = tx.segments(&doc)?;
        if n == 0 || n > segs.len() {
            tx.segment(&doc, n)?;
        }
        let links = tx.links(&doc)?;
        let units = works(&segs, &links);
        let i = units
            .iter()
            .position(|w| w.sources.contains(&n))
            .expect("every segment is in a link");
        // The English is segmented as the document's target language (English when tolk has
        // no segmenter for it).
        let lang = doc.target_lang.parse().unwrap_or(Lang::En);
        let (range, new) = plan(&doc.name, &units, i, n, &segs, lang)?;
        for w in &units[range.clone()] {
            if let Some(id) = w.row {
                tx.delete_link(id, op)?;
            }
        }
        let mut all: Vec<&Work> = units[..range.start].iter().collect();
        let first_new = all.len();
        all.extend(&new);
        all.extend(&units[range.end..]);
        for (k, w) in new.iter().enumerate() {
            let (segment_id, after) = match w.sources.first() {
                Some(&p) => {
                    let seg = &segs[p - 1];
                    if !w.text.is_empty() && seg.current.as_ref().is_none_or(|c| c.text != w.text) {
                        tx.add_revision(
                            seg.id,
                            &NewRevision {
                                text: &w.text,
                                state: State::Translated,
                                comment: None,
                            },
                            op,
                        )?;
                    }
                    (seg.id, false)
                }
                None => match all[first_new + k..].iter().find_map(|w| w.sources.first()) {
                    Some(&p) => (segs[p - 1].id, false),
                    None => (segs[segs.len() - 1].id, true),
                },
            };
            tx.insert_link(
                &NewLink {
                    segment_id,
                    sources: w.sources.len(),
                    targets: w.targets,
                    after,
                    text: w.sources.is_empty().then_some(w.text.as_str()),
                    score: None,
                    origin: LinkOrigin::Person,
                },
                op,
            )?;
        }
        let report = LinkEdited {
            doc: doc.name.clone(),
            action: action.to_string(),
            before: units[range].iter().map(Work::view).collect(),
            after: new.iter().map(Work::view).collect(),
            operation: 0,
        };
        let summary = format!(
            "{}:{n}: {} → {}",
            doc.name,
            report
                .before
                .iter()
                .map(|l| l.shape.as_str())
                .collect::<Vec<_>>()
                .join(" + "),
            report
                .after
                .iter()
                .map(|l| l.shape.as_str())
                .collect::<Vec<_>>()
                .join(" + ")
        );
        Ok(Outcome::changed(report, summary, Some(doc.id)))
    })?;
    Ok(LinkEdited {
        operation: operation.expect("a link edit always writes"),
        ..report
    })
}

// ---------------------------------------------------------------------------------------------
// `tolk links DOC [--low]`: the links worth a look, to walk and fix.

/// One link as `tolk links` lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LinkRecord {
    /// `DOC:N` or `DOC:N–M` (the segments the link joins); `DOC:+N` for sentences added before
    /// segment N, `DOC:N+` after the last one.
    pub id: String,
    #[serde(flatten)]
    pub link: LinkView,
    pub low_confidence: bool,
    /// The link's source: its segments joined by a space (empty for added sentences).
    pub source: String,
}

/// `tolk links DOC`: the links worth a look (not 1-1, low-confidence or fixed by hand).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LinkList {
    pub doc: String,
    /// Every link of the document, plain 1-1 ones included.
    pub total: usize,
    pub one_to_one: usize,
    pub low_confidence: usize,
    /// Whether only low-confidence links are listed, lowest score first.
    pub low_only: bool,
    pub links: Vec<LinkRecord>,
}

/// Every link of `doc` worth a look: not 1-1, low-confidence, or made by a person, in
/// document order; with `low`, only those scored
/// below [`crate::ops::align::LOW_CONFIDENCE`], lowest first.
pub fn list_links(store: &impl Read, doc: &str, low: bool) -> Result<LinkList> {
    let doc = store.document(doc)?;
    let segs = store.segments(&doc)?;
    let links = store.links(&doc)?;
    let all = works(&segs, &links);
    let is_low = |w: &Work| {
        w.score
            .is_some_and(|s| s < crate::ops::align::LOW_CONFIDENCE)
    };
    let one_to_one = all
        .iter()
        .filter(|w| w.sources.len() == 1 && w.targets == 1)
        .count();
    let low_confidence = all.iter().filter(|w| is_low(w)).count();
    let mut records: Vec<(Option<f64>, LinkRecord)> = Vec::new();
    for (k, w) in all.iter().enumerate() {
        let plain = w.sources.len() == 1 && w.targets == 1 && w.origin != LinkOrigin::Person;
        if w.row.is_none() || (low && !is_low(w)) || (plain && !is_low(w)) {
            continue;
        }
        let id = match (w.sources.first(), w.sources.last()) {
            (Some(_), _) => span(&doc.name, &w.sources),
            (None, _) => match all[k..].iter().find_map(|w| w.sources.first()) {
                Some(p) => format!("{}:+{p}", doc.name),
                None => format!("{}:{}+", doc.name, segs.len()),
            },
        };
        records.push((
            w.score,
            LinkRecord {
                id,
                link: w.view(),
                low_confidence: is_low(w),
                source: w
                    .sources
                    .iter()
                    .map(|&p| segs[p - 1].source.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
            },
        ));
    }
    if low {
        records.sort_by(|a, b| a.0.unwrap_or(1.0).total_cmp(&b.0.unwrap_or(1.0)));
    }
    Ok(LinkList {
        doc: doc.name.clone(),
        total: all.len(),
        one_to_one,
        low_confidence,
        low_only: low,
        links: records.into_iter().map(|(_, r)| r).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(first: usize, sources: usize, targets: usize, after: bool) -> Link {
        Link {
            id: 0,
            segment_id: 0,
            first,
            sources,
            targets,
            after,
            text: (sources == 0).then(|| "Added.".to_string()),
            score: None,
            origin: LinkOrigin::Aligner,
        }
    }

    fn shapes(units: &[Unit<'_>]) -> Vec<String> {
        units
            .iter()
            .map(|u| match u {
                Unit::Source { first, count, link } => format!(
                    "{first}+{count}:{}",
                    link.map_or("=".to_string(), |l| l.targets.to_string())
                ),
                Unit::Added(l) => format!("add{}", if l.after { ">" } else { "<" }),
            })
            .collect()
    }

    #[test]
    fn links_lay_out_over_segments_and_added_sentences_keep_their_place() {
        let links = vec![
            link(1, 0, 1, false),
            link(1, 1, 2, false),
            link(3, 2, 1, false),
            link(6, 1, 0, false),
            link(6, 0, 1, true),
            link(0, 0, 1, false),
        ];
        let units = layout(6, &links);
        assert_eq!(
            shapes(&units),
            [
                "add<", "1+1:2", "2+1:=", "3+2:1", "5+1:=", "6+1:0", "add>", "add<"
            ]
        );
        assert!(units[1].is_special() && !units[2].is_special());
    }

    #[test]
    fn a_link_never_swallows_the_start_of_another() {
        let links = vec![link(1, 3, 1, false), link(2, 1, 1, false)];
        let units = layout(3, &links);
        assert_eq!(shapes(&units), ["1+1:1", "2+1:1", "3+1:="]);
    }
}
