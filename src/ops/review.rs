//! What `review` reads and saves: the queue of segments that need attention, each segment as it
//! is when shown, and the answers (accept, edit, needs-work), each its own operation. An answer
//! applies only to the revision that was shown; if the translation changed meanwhile it is
//! refused as stale, so a review never writes over work it did not see.

use super::check::Checked;
use super::links::{LinkRecord, list_links};
use super::view::{SegmentDetail, segment_detail};
use crate::error::{Conflict, Error, Result};
use crate::model::{Address, State};
use crate::store::prelude::*;
use crate::store::{Actor, NewRevision, Outcome, Store};
use serde::{Deserialize, Serialize};

/// The segments a review walks through, by position.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Queue {
    pub doc: String,
    pub positions: Vec<usize>,
    /// How many segments the document has.
    #[serde(default)]
    pub count: usize,
    /// With `review --links`: the low-confidence links walked first, lowest score first; the
    /// first `links.len()` positions are theirs (a link's first segment, or for sentences the
    /// translator added, the segment they stand before, else the last one).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<LinkRecord>,
}

/// Whether a segment in `state` needs review: in state `only`, or by default translated or
/// needs-work.
fn wanted(state: State, only: Option<State>) -> bool {
    match only {
        Some(o) => state == o,
        None => matches!(state, State::Translated | State::NeedsWork),
    }
}

/// Which segments of a document a review walks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Span {
    /// `review DOC`: every segment that needs review.
    #[default]
    All,
    /// `review DOC:A-B`: the segments from A to B that need review.
    Range(usize, usize),
    /// `review DOC:N`: segment N, whatever its state (unless `--state` says otherwise).
    One(usize),
}

/// The segments of document `name` that need review, within `span`.
pub fn queue(store: &impl Read, name: &str, only: Option<State>, span: Span) -> Result<Queue> {
    crate::model::check_doc_name(name)?;
    let doc = store.document(name)?;
    let segments = store.segments(&doc)?;
    let last = match span {
        Span::All => None,
        Span::Range(_, b) => Some(b),
        Span::One(n) => Some(n),
    };
    if let Some(b) = last.filter(|&b| b > segments.len()) {
        return Err(missing_segment(&doc.name, b, segments.len()));
    }
    let count = segments.len();
    let positions = segments
        .into_iter()
        .filter(|s| match span {
            Span::All => wanted(s.state(), only),
            Span::Range(a, b) => (a..=b).contains(&s.position) && wanted(s.state(), only),
            Span::One(n) => s.position == n && only.is_none_or(|o| s.state() == o),
        })
        .map(|s| s.position)
        .collect();
    Ok(Queue {
        doc: doc.name,
        positions,
        count,
        links: Vec::new(),
    })
}

fn missing_segment(name: &str, n: usize, count: usize) -> Error {
    Error::not_found(
        "segment",
        format!("{name}:{n}"),
        format!("segment {name}:{n} does not exist ({name} has segments 1 to {count})"),
    )
}

impl Queue {
    /// Where `g N` goes: the entry of segment `n`, added to the queue in position order when
    /// it was not in it (a segment that needs no review can still be looked at and answered).
    pub fn jump(&mut self, n: usize) -> Result<usize> {
        if n == 0 || n > self.count {
            return Err(missing_segment(&self.doc, n, self.count));
        }
        if let Some(i) = self.positions.iter().position(|&p| p == n) {
            return Ok(i);
        }
        // The low-confidence links of `review --links` come first, in score order; the rest
        // is in position order.
        let head = self.links.len();
        let at = head + self.positions[head..].partition_point(|&p| p < n);
        self.positions.insert(at, n);
        Ok(at)
    }
}

/// `review DOC --links`: the low-confidence links of document `name` first (lowest score
/// first, whatever their segments' state), then the segments that need review as [`queue`]
/// gives them, each segment once.
pub fn link_queue(store: &impl Read, name: &str, only: Option<State>) -> Result<Queue> {
    let usual = queue(store, name, only, Span::All)?;
    let doc = store.document(&usual.doc)?;
    let count = store.segments(&doc)?.len();
    let mut positions = Vec::new();
    let mut links = Vec::new();
    for record in list_links(store, &usual.doc, true)?.links {
        let position = match record.link.sources.first() {
            Some(&p) => Some(p),
            // Added sentences: `DOC:+N` stand before N, `DOC:N+` after the last segment.
            None => record
                .id
                .rsplit(':')
                .next()
                .and_then(|n| n.trim_matches('+').parse().ok())
                .filter(|&n: &usize| (1..=count).contains(&n)),
        };
        if let Some(p) = position {
            positions.push(p);
            links.push(record);
        }
    }
    for p in usual.positions {
        if !positions[..links.len()].contains(&p) {
            positions.push(p);
        }
    }
    Ok(Queue {
        doc: usual.doc,
        positions,
        count: usual.count,
        links,
    })
}

/// One review screen: segment `index` of `total`, read as it is now.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Screen {
    pub index: usize,
    pub total: usize,
    #[serde(flatten)]
    pub detail: SegmentDetail,
    /// The best match in the translation memory, when one reaches [`TM_HINT_MIN`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tm: Option<TmHint>,
    /// With `review --links`: the low-confidence link this screen is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<LinkRecord>,
    /// The sentences before and after, for context.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<Neighbour>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<Neighbour>,
    /// What `check` finds in this segment.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub findings: Vec<Checked>,
}

/// A neighbouring segment shown for context: its corrected source and current translation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Neighbour {
    pub id: String,
    pub source: String,
    pub target: Option<String>,
}

fn neighbour(store: &impl Read, doc: &crate::model::Document, n: usize) -> Result<Neighbour> {
    let seg = store.segment(doc, n)?;
    let anns = store.annotations(&crate::store::AnnFilter {
        segment_id: Some(seg.id),
        ..Default::default()
    })?;
    let record = super::view::SegmentRecord::new(&seg, &anns);
    Ok(Neighbour {
        id: record.id,
        source: record.source_corrected,
        target: record.target,
    })
}

/// The check findings of document `name` by segment (`DOC:N`), for the review screens. Drafts
/// are allowed: a review is where drafts are looked at, and the state is on the screen.
pub fn findings<G>(
    store: &mut Store,
    actor: &Actor,
    name: &str,
    busy: impl FnOnce(usize) -> G,
) -> Result<Findings> {
    let request = super::check::CheckRequest {
        doc: name.to_string(),
        only: None,
        allow_drafts: true,
        ..Default::default()
    };
    let report = super::check::check(
        store,
        actor,
        &request,
        &super::check::Dictionaries::default(),
        busy,
    )?;
    let mut by_segment = Findings::new();
    for f in report.findings {
        by_segment.entry(f.id.clone()).or_default().push(f);
    }
    Ok(by_segment)
}

/// Check findings by segment id (`DOC:N`).
pub type Findings = std::collections::HashMap<String, Vec<Checked>>;

/// The lowest similarity a review shows a memory match for, in percent.
pub const TM_HINT_MIN: u8 = 75;

/// The best memory match beside a segment under review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TmHint {
    /// Word-level similarity of the stored source to this one (see `crate::tm`).
    pub percent: u8,
    /// `DOC:N` or `tm NAME`.
    pub from: String,
    /// The stored translation with differing numbers carried over.
    pub translation: String,
}

/// The best match of at least [`TM_HINT_MIN`] percent for segment `id` with source `source`:
/// one lookup.
pub fn tm_hint(store: &impl Read, id: i64, source: &str) -> Result<Option<TmHint>> {
    let query = crate::tm::Sentence::new(source);
    let around = store.neighbours(id)?;
    let best = super::tm::lookup(store, &query, TM_HINT_MIN, 1, Some(id), Some(&around))?;
    Ok(best.into_iter().next().map(|f| {
        let (translation, _) =
            crate::tm::substitute_placeables(&f.sentence, &query, &f.entry.target);
        TmHint {
            percent: f.percent,
            from: super::tm::place_label(&f.entry.place),
            translation,
        }
    }))
}

impl Screen {
    /// The revision shown, which an answer applies to (None: untranslated).
    pub fn shown(&self) -> Option<i64> {
        self.detail.segment.revision
    }

    pub fn address(&self) -> Address {
        Address::at(&self.detail.segment.doc, self.detail.segment.n)
    }
}

/// Reads the screen for entry `index` (0-based) of `queue`, with the findings `findings`
/// gives for it.
pub fn screen(
    store: &impl Read,
    queue: &Queue,
    index: usize,
    findings: &Findings,
) -> Result<Screen> {
    let doc = store.document(&queue.doc)?;
    let position = queue.positions[index];
    let seg = store.segment(&doc, position)?;
    let count = doc.segments;
    let detail = segment_detail(store, &doc, position)?;
    Ok(Screen {
        index: index + 1,
        total: queue.positions.len(),
        findings: findings
            .get(&detail.segment.id)
            .cloned()
            .unwrap_or_default(),
        detail,
        tm: tm_hint(store, seg.id, &seg.source)?,
        link: queue.links.get(index).cloned(),
        before: (position > 1)
            .then(|| neighbour(store, &doc, position - 1))
            .transpose()?,
        after: (position < count)
            .then(|| neighbour(store, &doc, position + 1))
            .transpose()?,
    })
}

/// A reviewer's answer to one segment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "kebab-case")]
pub enum Answer {
    /// The translation is right: reviewed.
    Accept,
    /// A new translation by the reviewer: reviewed (translated when there was none).
    Edit { text: String },
    /// Sent back to the translator with a comment.
    NeedsWork { comment: String },
}

impl Answer {
    pub fn action(&self) -> Action {
        match self {
            Answer::Accept => Action::Accept,
            Answer::Edit { .. } => Action::Edit,
            Answer::NeedsWork { .. } => Action::NeedsWork,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Action {
    Accept,
    Edit,
    NeedsWork,
}

/// What one answer saved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answered {
    pub id: String,
    pub action: Action,
    pub revision: Option<i64>,
    pub state: State,
    pub operation: Option<i64>,
    /// True when nothing was recorded (accepting a segment that is already reviewed).
    #[serde(default)]
    pub unchanged: bool,
}

/// Refuses an answer that cannot apply to what was shown, before any input is read for it:
/// there is nothing to accept or send back on an untranslated segment.
pub fn check(address: &Address, shown: Option<i64>, action: Action) -> Result<()> {
    let what = match action {
        Action::Accept => "accept",
        Action::NeedsWork => "send back",
        Action::Edit => return Ok(()),
    };
    if shown.is_none() {
        return Err(Error::invalid(
            "answer",
            format!("{address} has no translation to {what}; use e to write one"),
        ));
    }
    Ok(())
}

/// Saves `answer` to segment `address` as one `review` operation, provided its current
/// revision is still `shown` (what the reviewer saw); else it is refused as stale.
pub fn answer(
    store: &mut Store,
    actor: &Actor,
    address: &Address,
    shown: Option<i64>,
    answer: &Answer,
) -> Result<Answered> {
    let n = address.segment()?;
    let action = answer.action();
    check(address, shown, action)?;
    if let Answer::Edit { text } = answer
        && text.trim().is_empty()
    {
        return Err(Error::invalid(
            "translation",
            format!("empty translation for {address}; nothing saved"),
        ));
    }
    if let Answer::NeedsWork { comment } = answer
        && comment.trim().is_empty()
    {
        return Err(Error::invalid(
            "comment",
            format!("needs-work for {address} needs a comment on the next line"),
        ));
    }
    let (report, operation) = store.operation(actor, "review", |tx, op| {
        let doc = tx.document(&address.doc)?;
        let seg = tx.segment(&doc, n)?;
        let current = seg.current.as_ref();
        if current.map(|t| t.revision) != shown {
            let shown = shown.map_or("no translation".to_string(), |r| format!("r{r}"));
            let now = current.map_or("none".to_string(), |t| {
                format!(
                    "r{} by {}",
                    t.revision,
                    crate::text::one_line(&t.author)
                )
            });
            return Err(Error::conflict(
                Conflict::Stale,
                format!(
                    "{}: the translation changed meanwhile ({shown} was shown, {now} is current); nothing changed",
                    seg.address()
                ),
            ));
        }
        let current_text = current.map_or("", |t| t.text.as_str());
        let from = seg.state();
        let (text, state, comment) = match answer {
            Answer::Accept => (current_text, State::Reviewed, None),
            // A reviewer's own edit is reviewed work; a first translation still needs review.
            Answer::Edit { text } if current.is_some() => (text.trim(), State::Reviewed, None),
            Answer::Edit { text } => (text.trim(), State::Translated, None),
            Answer::NeedsWork { comment } => {
                (current_text, State::NeedsWork, Some(comment.trim()))
            }
        };
        // Accepting what is already reviewed (or final) records nothing new.
        if *answer == Answer::Accept && matches!(from, State::Reviewed | State::Final) {
            return Ok(Outcome::Unchanged(Answered {
                id: seg.address(),
                action,
                revision: shown,
                state: from,
                operation: None,
                unchanged: true,
            }));
        }
        // Review follows the workflow: final work is not reopened from a review screen.
        match from.check_move(state, comment.is_some()) {
            Ok(()) => {}
            Err(crate::model::Refusal::ReopensFinal) => {
                let a = seg.address();
                return Err(Error::conflict(
                    Conflict::Refused,
                    format!(
                        "{a} is final; a review does not reopen final work (`tolk state {a} reviewed --force` does, and the history records it); nothing changed"
                    ),
                ));
            }
            Err(why) => return Err(super::state::refused(&seg.address(), from, state, why)),
        }
        let revision = tx.add_revision(
            seg.id,
            &NewRevision {
                text,
                state,
                comment,
            },
            op,
        )?;
        let verb = match action {
            Action::Accept => "accepted",
            Action::Edit => "edited",
            Action::NeedsWork => "sent back",
        };
        Ok(Outcome::changed(
            Answered {
                id: seg.address(),
                action,
                revision: Some(revision),
                state,
                operation: None,
                unchanged: false,
            },
            format!("{} {verb} r{revision} ({state})", seg.address()),
            Some(doc.id),
        ))
    })?;
    Ok(Answered {
        operation,
        ..report
    })
}

/// The end of a review: what was answered, and how many segments still need attention.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    pub doc: String,
    pub accepted: usize,
    pub edited: usize,
    pub needs_work: usize,
    pub skipped: usize,
    pub remaining: usize,
}

impl Tally {
    pub fn count(&mut self, action: Action) {
        match action {
            Action::Accept => self.accepted += 1,
            Action::Edit => self.edited += 1,
            Action::NeedsWork => self.needs_work += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Mode;

    fn actor() -> Actor {
        Actor {
            author: "tester".into(),
            at: "2026-01-19T10:00:00Z".into(),
        }
    }

    /// A store with document `d` of two translated segments.
    fn store(dir: &tempfile::TempDir) -> Store {
        let mut store = Store::open(&dir.path().join("t.db"), Mode::Write).unwrap();
        store
            .operation(&actor(), "import", |tx, op| {
                let segments = ["Een.", "Twee."].map(|t| crate::model::NewSegment {
                    paragraph: 1,
                    text: t.into(),
                    translation: Some(format!("{t} EN")),
                });
                let doc = tx.insert_document(
                    &crate::store::NewDocument {
                        name: "d",
                        source_lang: "nl",
                        target_lang: "en",
                        title: None,
                        origin: None,
                        extra: None,
                    },
                    &segments,
                    op,
                )?;
                Ok(Outcome::changed((), "import", Some(doc)))
            })
            .unwrap();
        store
    }

    fn operations(store: &Store) -> usize {
        store
            .operations(crate::store::OpScope::All, usize::MAX)
            .unwrap()
            .len()
    }

    #[test]
    fn an_answer_to_a_revision_that_is_no_longer_current_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = store(&dir);
        let address: Address = "d:1".parse().unwrap();
        let queue = queue(&store, "d", None, Span::All).unwrap();
        let shown = screen(&store, &queue, 0, &Findings::new()).unwrap();
        assert_eq!(shown.shown(), Some(1));
        // Someone translates the segment between display and answer.
        crate::ops::translate::translate(&mut store, &actor(), &address, "One, again.", false)
            .unwrap();
        let before = operations(&store);
        for a in [
            Answer::Accept,
            Answer::Edit {
                text: "Mine.".into(),
            },
            Answer::NeedsWork {
                comment: "fix".into(),
            },
        ] {
            let e = answer(&mut store, &actor(), &address, shown.shown(), &a).unwrap_err();
            assert!(
                matches!(
                    e,
                    Error::Conflict {
                        kind: Conflict::Stale,
                        ..
                    }
                ),
                "{e}"
            );
            assert!(
                e.to_string()
                    .contains("r1 was shown, r2 by tester is current"),
                "{e}"
            );
        }
        assert_eq!(operations(&store), before, "nothing recorded");
        let now = screen(&store, &queue, 0, &Findings::new()).unwrap();
        assert_eq!(now.detail.segment.target.as_deref(), Some("One, again."));
        assert_eq!(now.detail.segment.state, State::Translated);
        // Answering what is now shown works.
        let done = answer(&mut store, &actor(), &address, now.shown(), &Answer::Accept).unwrap();
        assert_eq!((done.revision, done.state), (Some(3), State::Reviewed));
    }

    #[test]
    fn set_state_with_a_stale_expected_revision_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = store(&dir);
        let address: Address = "d:2".parse().unwrap();
        crate::ops::translate::translate(&mut store, &actor(), &address, "Two, again.", false)
            .unwrap();
        let before = operations(&store);
        let e = crate::ops::state::set_state(
            &mut store,
            &actor(),
            &address,
            State::Reviewed,
            None,
            Some(1),
            false,
        )
        .unwrap_err();
        assert!(
            matches!(
                e,
                Error::Conflict {
                    kind: Conflict::Stale,
                    ..
                }
            ),
            "{e}"
        );
        assert_eq!(operations(&store), before);
        let detail = screen(
            &store,
            &queue(&store, "d", None, Span::All).unwrap(),
            1,
            &Findings::new(),
        )
        .unwrap();
        assert_eq!(detail.detail.segment.state, State::Translated);
        assert_eq!(detail.detail.revisions.len(), 2);
    }
}
