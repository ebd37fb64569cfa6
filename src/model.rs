//! Plain domain types shared by the store, the engines and the renderers: documents, segments,
//! translation revisions, operations, states and `DOC:N` addresses. No I/O here.

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Review state of a segment's translation, in workflow order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum State {
    Untranslated,
    Translated,
    NeedsWork,
    Reviewed,
    Final,
}

impl State {
    pub const ALL: [State; 5] = [
        State::Untranslated,
        State::Translated,
        State::NeedsWork,
        State::Reviewed,
        State::Final,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            State::Untranslated => "untranslated",
            State::Translated => "translated",
            State::NeedsWork => "needs-work",
            State::Reviewed => "reviewed",
            State::Final => "final",
        }
    }
}

/// Why a state change is refused without `--force` (see [`State::check_move`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Final work is reopened only deliberately.
    ReopensFinal,
    /// Final comes after review: translated or needs-work cannot skip it.
    SkipsReview,
    /// Needs-work says what needs work.
    NeedsComment,
}

impl State {
    /// The workflow tolk enforces: untranslated → translated → reviewed → final, with
    /// needs-work (always with a comment) from translated or reviewed and back to reviewed when
    /// the work is fine after all. Final is only reached from reviewed, and nothing leaves final
    /// (a new translation included) unless forced. Staying in the same state is always fine.
    pub fn check_move(self, to: State, has_comment: bool) -> Result<(), Refusal> {
        use State::*;
        if to == NeedsWork && !has_comment {
            return Err(Refusal::NeedsComment);
        }
        if self == to {
            return Ok(());
        }
        match (self, to) {
            (Final, _) => Err(Refusal::ReopensFinal),
            (Translated | NeedsWork | Untranslated, Final) => Err(Refusal::SkipsReview),
            _ => Ok(()),
        }
    }
}

impl fmt::Display for State {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for State {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        State::ALL
            .into_iter()
            .find(|st| st.as_str() == s)
            .ok_or_else(|| {
                Error::invalid(
                    "state",
                    format!(
                        "unknown state '{s}' (expected one of: {})",
                        State::ALL.map(State::as_str).join(", ")
                    ),
                )
            })
    }
}

/// A closed set of named values (states, annotation kinds, categories …), so that the command
/// line can list the choices and refuse anything else.
pub trait Choice: Copy + Send + Sync + 'static {
    fn all() -> &'static [Self];
    fn name(self) -> &'static str;
}

impl Choice for State {
    fn all() -> &'static [Self] {
        &State::ALL
    }
    fn name(self) -> &'static str {
        self.as_str()
    }
}

/// Per-state segment counts of a document.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub untranslated: usize,
    pub translated: usize,
    #[serde(rename = "needs-work")]
    pub needs_work: usize,
    pub reviewed: usize,
    #[serde(rename = "final")]
    pub final_: usize,
}

impl Progress {
    pub fn add(&mut self, state: State) {
        *self.slot(state) += 1;
    }

    pub fn get(&self, state: State) -> usize {
        match state {
            State::Untranslated => self.untranslated,
            State::Translated => self.translated,
            State::NeedsWork => self.needs_work,
            State::Reviewed => self.reviewed,
            State::Final => self.final_,
        }
    }

    /// Takes `n` segments out of `state`'s count.
    pub fn remove(&mut self, state: State, n: usize) {
        let slot = self.slot(state);
        *slot = slot.saturating_sub(n);
    }

    fn slot(&mut self, state: State) -> &mut usize {
        match state {
            State::Untranslated => &mut self.untranslated,
            State::Translated => &mut self.translated,
            State::NeedsWork => &mut self.needs_work,
            State::Reviewed => &mut self.reviewed,
            State::Final => &mut self.final_,
        }
    }

    pub fn total(&self) -> usize {
        State::ALL.iter().map(|s| self.get(*s)).sum()
    }

    /// Segments that have a translation, whatever its state.
    pub fn done(&self) -> usize {
        self.total() - self.untranslated
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Document {
    #[serde(skip)]
    pub id: i64,
    pub name: String,
    pub source_lang: String,
    pub target_lang: String,
    pub title: Option<String>,
    pub origin: Option<String>,
    pub created_at: String,
    pub segments: usize,
    pub paragraphs: usize,
    pub progress: Progress,
    /// What the file the document came from carries beyond tolk's own fields (kept to write
    /// it back); None for documents tolk made. Not part of reports.
    #[serde(skip)]
    pub extra: Option<DocExtra>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Translation {
    pub revision: i64,
    pub text: String,
    pub state: State,
    pub comment: Option<String>,
    pub author: String,
    pub created_at: String,
    /// The revision's plural forms beyond the first, when the file had them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra: Option<TransExtra>,
}

/// A segment with its current translation, as shown and exported.
#[derive(Debug, Clone)]
pub struct SegmentView {
    pub id: i64,
    pub doc: String,
    pub position: usize,
    pub paragraph: usize,
    pub source: String,
    pub current: Option<Translation>,
    /// Author and time of the first translation revision (TMX creationid/creationdate).
    pub first: Option<(String, String)>,
    /// What the file the segment came from carries about it beyond source and target.
    pub extra: Option<SegExtra>,
}

impl SegmentView {
    /// A segment of document `doc` with nothing in it yet (a buffer to fill, or a stand-in
    /// where a record needs a segment and there is none).
    pub fn empty(doc: &str) -> SegmentView {
        SegmentView {
            id: 0,
            doc: doc.to_string(),
            position: 0,
            paragraph: 0,
            source: String::new(),
            current: None,
            first: None,
            extra: None,
        }
    }

    pub fn address(&self) -> String {
        let mut n = itoa::Buffer::new();
        let n = n.format(self.position);
        let mut s = String::with_capacity(self.doc.len() + 1 + n.len());
        s.push_str(&self.doc);
        s.push(':');
        s.push_str(n);
        s
    }

    pub fn state(&self) -> State {
        self.current
            .as_ref()
            .map_or(State::Untranslated, |t| t.state)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Operation {
    pub id: i64,
    pub at: String,
    pub author: String,
    pub command: String,
    pub summary: String,
    /// The undo operation that reverted this one, while it is reverted.
    pub undone_by: Option<i64>,
    /// For undo and redo operations: the operation they revert.
    pub reverts: Option<i64>,
    #[serde(skip)]
    pub document_id: Option<i64>,
}

/// A segment as it comes out of segmentation, before it is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSegment {
    pub paragraph: usize,
    pub text: String,
    pub translation: Option<String>,
}

/// `DOC` or `DOC:N` as typed by the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Address {
    pub doc: String,
    pub position: Option<usize>,
    /// `DOC@ID`: the segment's stable id, which an update that inserts or removes sentences
    /// does not change (its position may). Turned into a position by the store
    /// (`SegmentsRead::locate`), inside the transaction that uses it.
    pub key: Option<i64>,
}

impl FromStr for Address {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        if let Some((doc, id)) = s.rsplit_once('@') {
            check_doc_name(doc)?;
            let key = parse_position(id)
                .and_then(|k| i64::try_from(k).ok())
                .ok_or_else(|| {
                    Error::invalid(
                        "address",
                        format!(
                            "bad segment id '{}': ID in DOC@ID must be a whole number from 1 (got '{}')",
                            crate::text::excerpt(s, 60),
                            crate::text::excerpt(id, 30)
                        ),
                    )
                })?;
            return Ok(Address {
                doc: doc.to_string(),
                position: None,
                key: Some(key),
            });
        }
        let Some((doc, n)) = s.rsplit_once(':') else {
            check_doc_name(s)?;
            return Ok(Address {
                doc: s.to_string(),
                position: None,
                key: None,
            });
        };
        check_doc_name(doc)?;
        let position = parse_position(n).ok_or_else(|| {
            Error::invalid(
                "address",
                format!(
                    "bad segment address '{s}': N in DOC:N must be a whole number from 1 (got '{n}')"
                ),
            )
        })?;
        Ok(Address {
            doc: doc.to_string(),
            position: Some(position),
            key: None,
        })
    }
}

impl Address {
    /// `DOC:N`.
    pub fn at(doc: &str, n: usize) -> Address {
        Address {
            doc: doc.to_string(),
            position: Some(n),
            key: None,
        }
    }

    /// Whether this names one segment (`DOC:N` or `DOC@ID`) rather than a document.
    pub fn is_segment(&self) -> bool {
        self.position.is_some() || self.key.is_some()
    }

    /// Refuses a document address for a command that acts on exactly one segment.
    pub fn needs_segment(&self) -> Result<()> {
        if self.is_segment() {
            Ok(())
        } else {
            Err(Error::invalid(
                "address",
                format!(
                    "'{self}' names a document; this command needs one segment, DOC:N (or DOC@ID)"
                ),
            ))
        }
    }

    /// The N of DOC:N, for commands that act on exactly one segment. A `DOC@ID` address must
    /// have been located first (`SegmentsRead::locate`).
    pub fn segment(&self) -> Result<usize> {
        self.needs_segment()?;
        self.position.ok_or_else(|| {
            Error::invalid(
                "address",
                format!("'{self}': the segment id was not looked up; this is a bug in tolk"),
            )
        })
    }
}

/// `DOC`, `DOC:N` or a range `DOC:A-B` (also `DOC:A–B`, as `links` writes it) as typed by the
/// user: the address, and for a range its first and last segment.
pub fn parse_span(s: &str) -> Result<(Address, Option<(usize, usize)>)> {
    let range = s.rsplit_once(':').and_then(|(doc, n)| {
        let (a, b) = n.split_once('-').or_else(|| n.split_once('–'))?;
        // `DOC:-1` is a bad N, not a range.
        (!a.is_empty()).then_some((doc, a, b))
    });
    let Some((doc, a, b)) = range else {
        return Ok((s.parse()?, None));
    };
    check_doc_name(doc)?;
    let bad = |why: &str| {
        Error::invalid(
            "address",
            format!("bad segment range '{}': {why}", crate::text::excerpt(s, 60)),
        )
    };
    let (Some(a), Some(b)) = (parse_position(a), parse_position(b)) else {
        return Err(bad("A and B in DOC:A-B must be whole numbers from 1"));
    };
    if a > b {
        return Err(bad("the first segment comes after the last"));
    }
    Ok((
        Address {
            doc: doc.to_string(),
            position: None,
            key: None,
        },
        Some((a, b)),
    ))
}

fn parse_position(n: &str) -> Option<usize> {
    if n.is_empty() || !n.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // Digits only: a value that overflows is simply out of range, like any other too-large N.
    let n = n.trim_start_matches('0');
    if n.is_empty() {
        return None;
    }
    Some(n.parse::<usize>().unwrap_or(usize::MAX))
}

impl fmt::Display for Address {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some(n) => write!(f, "{}:{}", self.doc, n),
            None => match self.key {
                Some(k) => write!(f, "{}@{}", self.doc, k),
                None => f.write_str(&self.doc),
            },
        }
    }
}

/// Document names appear in `DOC:N` addresses and file names, so they are kept to a safe alphabet.
pub fn check_doc_name(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name.chars().count() <= 100
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
        && !name.starts_with(['.', '-']);
    if ok {
        Ok(())
    } else {
        Err(Error::invalid(
            "document name",
            format!(
                "bad document name '{}': use letters, digits, '-', '_' and '.' (not first), at most 100",
                crate::text::excerpt(name, 120)
            ),
        ))
    }
}

/// Whether `tag` is a BCP 47 language tag in form (`nl`, `en-GB`, `zh-Hant-TW`): ASCII letters
/// and digits in hyphen-separated subtags, the first of 2–8 letters. Language codes come from
/// files and end up in file names (Moses writes `BASE.<lang>`), so nothing else gets through.
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let first = parts.next().unwrap_or("");
    (2..=8).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// A language code as tolk stores it: BCP 47 with the conventional case (`en-GB`,
/// `zh-Hant-TW`, `nl`), from the spellings files use (`EN-gb`, gettext's `pt_BR`,
/// `sr@latin`, `nl_NL.UTF-8`). Region and script subtags are kept: a British English target
/// is not just English (spelling follows it). Something that is no tag comes back as given,
/// so that [`check_language`] names it as the file spelled it.
pub fn canonical_language(given: &str) -> String {
    let tag = given.trim();
    let (tag, modifier) = match tag.split_once('@') {
        Some((t, m)) => (t, Some(m)),
        None => (tag, None),
    };
    // A POSIX locale's codeset (`.UTF-8`) says nothing about the language.
    let tag = tag.split('.').next().unwrap_or(tag);
    let mut out = String::with_capacity(tag.len() + 5);
    for (i, part) in tag.split(['-', '_']).enumerate() {
        if i > 0 {
            out.push('-');
        }
        let alpha = part.bytes().all(|b| b.is_ascii_alphabetic());
        if i == 0 {
            out.push_str(&part.to_ascii_lowercase());
        } else if alpha && part.len() == 4 {
            out.push_str(&part[..1].to_ascii_uppercase());
            out.push_str(&part[1..].to_ascii_lowercase());
        } else if (alpha && part.len() == 2)
            || (part.len() == 3 && part.bytes().all(|b| b.is_ascii_digit()))
        {
            out.push_str(&part.to_ascii_uppercase());
        } else {
            out.push_str(&part.to_ascii_lowercase());
        }
    }
    if modifier.is_some_and(|m| m.eq_ignore_ascii_case("latin")) {
        out.push_str("-Latn");
    } else if modifier.is_some_and(|m| m.eq_ignore_ascii_case("cyrillic")) {
        out.push_str("-Cyrl");
    }
    if is_language_tag(&out) {
        out
    } else {
        given.trim().to_string()
    }
}

/// The primary language subtag of a tag, lower case: `en-GB` → `en`. Two documents' languages
/// match when their primary subtags do.
pub fn primary_language(tag: &str) -> String {
    canonical_language(tag)
        .split('-')
        .next()
        .unwrap_or_default()
        .to_string()
}

/// Refuses a language code that is not a BCP 47 tag; `origin` says where it came from.
pub fn check_language(tag: &str, origin: &str) -> Result<()> {
    if is_language_tag(tag) {
        return Ok(());
    }
    Err(Error::invalid(
        "language",
        format!(
            "{origin}: bad language code '{}': expected a BCP 47 tag such as nl or en-GB",
            crate::text::excerpt(tag, 40)
        ),
    ))
}

/// A document name derived from a file name: `corpus/libie-moskou.nl.txt` → `libie-moskou`.
pub fn doc_name_from_path(path: &std::path::Path, lang: &str) -> String {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = stem
        .strip_suffix(&format!(".{lang}"))
        .unwrap_or(&stem)
        .to_string();
    let mut name: String = stem
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c.to_lowercase().next().unwrap_or(c)
            } else {
                '-'
            }
        })
        .collect();
    while name.starts_with(['.', '-']) {
        name.remove(0);
    }
    if name.is_empty() {
        name = "doc".to_string();
    }
    name.chars().take(100).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_tags_keep_region_and_script_in_conventional_case() {
        for (given, stored) in [
            ("en-GB", "en-GB"),
            ("EN-gb", "en-GB"),
            ("pt_BR", "pt-BR"),
            ("nl_NL.UTF-8", "nl-NL"),
            ("sr@latin", "sr-Latn"),
            ("zh-hant-tw", "zh-Hant-TW"),
            ("es-419", "es-419"),
            ("NL", "nl"),
        ] {
            assert_eq!(canonical_language(given), stored, "{given}");
            assert!(is_language_tag(stored));
        }
        assert_eq!(primary_language("EN_gb"), "en");
        assert_eq!(
            "en-GB".parse::<crate::segment::Lang>(),
            Ok(crate::segment::Lang::En)
        );
    }

    #[test]
    fn addresses() {
        let a: Address = "libie-moskou:10".parse().unwrap();
        assert_eq!(a.doc, "libie-moskou");
        assert_eq!(a.position, Some(10));
        assert_eq!("doc".parse::<Address>().unwrap().position, None);
        assert!("doc:0".parse::<Address>().is_err());
        assert!("doc:-1".parse::<Address>().is_err());
        assert!("doc:x".parse::<Address>().is_err());
        assert!("doc:".parse::<Address>().is_err());
        assert!(":3".parse::<Address>().is_err());
        let huge: Address = "doc:99999999999999999999999".parse().unwrap();
        assert_eq!(huge.position, Some(usize::MAX));
    }

    #[test]
    fn states_round_trip() {
        for s in State::ALL {
            assert_eq!(s.as_str().parse::<State>().unwrap(), s);
        }
        let err = "done".parse::<State>().unwrap_err().to_string();
        assert!(err.contains("unknown state 'done'") && err.contains("needs-work"));
    }

    #[test]
    fn language_tags() {
        for ok in [
            "nl",
            "en",
            "en-GB",
            "zh-Hant-TW",
            "nld",
            "x-klingon".replace('x', "xx").as_str(),
        ] {
            assert!(is_language_tag(ok), "{ok}");
        }
        for bad in [
            "",
            "n",
            "/../../pwned",
            "en_GB",
            "en-",
            "-en",
            "nl/x",
            "nl.en",
            "e\u{301}n",
            "en-toolongsubtag",
        ] {
            assert!(!is_language_tag(bad), "{bad}");
        }
    }

    #[test]
    fn names_from_paths() {
        use std::path::Path;
        assert_eq!(
            doc_name_from_path(Path::new("corpus/libie-moskou.nl.txt"), "nl"),
            "libie-moskou"
        );
        assert_eq!(
            doc_name_from_path(Path::new("My Article.txt"), "nl"),
            "my-article"
        );
        assert!(check_doc_name("a:b").is_err());
        assert!(check_doc_name("a b").is_err());
        assert!(check_doc_name("libië").is_ok());
    }
}

/// Defines a string-valued enum with `as_str`, `Display`, `FromStr` (the error lists the
/// accepted values) and serde as the same strings.
macro_rules! str_enum {
    ($(#[$m:meta])* $name:ident, $what:literal { $($variant:ident = $s:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize)]
        pub enum $name {
            $(#[serde(rename = $s)] $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $s),+
                }
            }
        }

        impl Choice for $name {
            fn all() -> &'static [Self] {
                $name::ALL
            }
            fn name(self) -> &'static str {
                self.as_str()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = Error;
            fn from_str(s: &str) -> Result<Self> {
                $name::ALL.iter().copied().find(|v| v.as_str() == s).ok_or_else(|| {
                    Error::invalid($what, format!(
                        "unknown {} '{}' (expected one of: {})",
                        $what,
                        crate::text::clean(s),
                        $name::ALL.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(", ")
                    ))
                })
            }
        }
    };
}

str_enum!(
    /// Which text of a segment an annotation is on.
    Side, "side" { Source = "source", Target = "target" }
);
str_enum!(
    /// What an annotation says about its span.
    Kind, "kind" { Correction = "correction", Attribution = "attribution", Entity = "entity", Note = "note" }
);
str_enum!(
    /// Review status of an annotation; `orphaned` when its span could not be found again.
    AnnStatus, "status" { Proposed = "proposed", Accepted = "accepted", Rejected = "rejected", Orphaned = "orphaned" }
);
str_enum!(
    /// Why a correction is needed.
    Category, "category" { Typo = "typo", Spelling = "spelling", Grammar = "grammar", Fact = "fact", Style = "style" }
);
str_enum!(
    EntityType, "entity type" { Person = "person", Organisation = "organisation", Place = "place", Other = "other" }
);

/// The fields of each annotation kind, stored as JSON beside the span.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Body {
    Correction {
        replacement: String,
        category: Category,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
        /// Set when a new version of the published text carries the replacement (found by
        /// `import --update`): the text as first published, which the span no longer shows.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        fixed_upstream: Option<String>,
    },
    Attribution {
        speaker: String,
        #[serde(default)]
        role: Option<String>,
        #[serde(default)]
        organisation: Option<String>,
        #[serde(default)]
        cue: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
    Entity {
        #[serde(rename = "type")]
        entity_type: EntityType,
    },
    Note {
        text: String,
    },
}

impl Body {
    pub fn kind(&self) -> Kind {
        match self {
            Body::Correction { .. } => Kind::Correction,
            Body::Attribution { .. } => Kind::Attribution,
            Body::Entity { .. } => Kind::Entity,
            Body::Note { .. } => Kind::Note,
        }
    }
}

/// An annotation with where it is: document, segment position (None once its segment was
/// dropped by an update), side, span and quote.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Annotation {
    pub id: i64,
    #[serde(skip)]
    pub segment_id: i64,
    pub segment: Option<String>,
    pub doc: String,
    pub n: Option<usize>,
    pub side: Side,
    #[serde(flatten)]
    pub body: Body,
    pub start: usize,
    pub end: usize,
    pub exact: String,
    pub prefix: String,
    pub suffix: String,
    pub status: AnnStatus,
    pub author: String,
    pub created_at: String,
}

impl Annotation {
    pub fn span(&self) -> crate::anchor::Span {
        crate::anchor::Span::new(self.start, self.end)
    }

    pub fn quote(&self) -> crate::anchor::Quote {
        crate::anchor::Quote {
            exact: self.exact.clone(),
            prefix: self.prefix.clone(),
            suffix: self.suffix.clone(),
        }
    }

    /// An accepted correction that changes the source text.
    pub fn is_source_edit(&self) -> bool {
        self.side == Side::Source
            && self.status == AnnStatus::Accepted
            && matches!(self.body, Body::Correction { .. })
    }
}

/// The published text with its accepted source-side corrections applied.
pub fn corrected_text(published: &str, annotations: &[Annotation]) -> String {
    let edits: Vec<(crate::anchor::Span, &str)> = annotations
        .iter()
        .filter(|a| a.is_source_edit())
        .filter_map(|a| match &a.body {
            Body::Correction { replacement, .. } => Some((a.span(), replacement.as_str())),
            _ => None,
        })
        .collect();
    if edits.is_empty() {
        return published.to_string();
    }
    crate::anchor::apply(published, &edits)
}

str_enum!(
    /// Where an alignment link comes from: the shared structure of two texts, the aligner, or
    /// a person.
    LinkOrigin, "link origin" { Structure = "structure", Aligner = "aligner", Person = "person" }
);

/// An alignment link as stored (see `migrations/0007_links.sql`): `sources` segments from the
/// segment at `first` (a position; for an added 0-m link, the segment it stands before, or
/// after when `after`), with `targets` target sentences. A segment no link covers is a 1-1
/// link of origin structure and has no stored row.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Link {
    pub id: i64,
    pub segment_id: i64,
    /// Position of `segment_id` (0 once an update took that segment out of the document).
    pub first: usize,
    pub sources: usize,
    pub targets: usize,
    pub after: bool,
    /// The target text of an added (0-m) link; None for links with a source.
    pub text: Option<String>,
    pub score: Option<f64>,
    pub origin: LinkOrigin,
}

impl Link {
    /// `n-m`.
    pub fn shape(&self) -> String {
        format!("{}-{}", self.sources, self.targets)
    }

    pub fn is_one_to_one(&self) -> bool {
        self.sources == 1 && self.targets == 1
    }
}

/// A link as records carry it: only for links that are not 1-1 (a plain segment has none).
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct LinkInfo {
    /// `n-m`: source segments, target sentences.
    pub shape: String,
    /// The segment numbers (DOC:N) the link joins; empty for a sentence the translator added.
    pub sources: Vec<usize>,
    pub targets: usize,
    pub score: Option<f64>,
    pub origin: LinkOrigin,
}

impl LinkInfo {
    pub fn new(link: &Link, first: usize, count: usize) -> LinkInfo {
        LinkInfo {
            shape: format!("{count}-{}", link.targets),
            sources: (first..first + count).collect(),
            targets: link.targets,
            score: link.score,
            origin: link.origin,
        }
    }
}

str_enum!(
    /// A table whose rows operations change and undo puts back (the store declares each one's
    /// columns and how its rows relate to documents and segments).
    Table, "table" {
        Documents = "documents",
        Segments = "segments",
        Translations = "translations",
        Annotations = "annotations",
        Words = "words",
        Glossary = "glossary",
        Tms = "tms",
        TmUnits = "tm_units",
        Links = "links",
        AcceptedFindings = "accepted_findings",
    }
);

/// What one operation changed, for `log --patch`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OpChanges {
    pub revisions: Vec<RevisionChange>,
    pub annotations: Vec<Annotation>,
    pub rows: Vec<RowChange>,
}

/// A translation revision an operation added, with the one it followed.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RevisionChange {
    pub segment: String,
    pub revision: i64,
    pub text: String,
    pub state: String,
    pub comment: Option<String>,
    pub previous_text: Option<String>,
    pub previous_state: Option<String>,
}

/// A row an operation changed, whole, before and after (None: it did not exist).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RowChange {
    pub table: String,
    pub row_id: i64,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
}

impl RowChange {
    /// The table the row is in, when it is one this tolk knows.
    pub fn kind(&self) -> Option<Table> {
        Table::ALL
            .iter()
            .copied()
            .find(|t| t.as_str() == self.table)
    }
}

/// What a bilingual file says about a document as a whole beyond tolk's own fields, kept so
/// that an export gives the file back whole (stored as JSON in `documents.extra`). Generic
/// across formats: each reader fills what its format carries.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocExtra {
    /// The format the document was read from (`po`, `xliff`, `tmx` …).
    pub format: String,
    /// Comment lines of the file's header, verbatim with their markers (PO: the lines
    /// before the header entry, `# …`, `#. …`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub comments: Vec<String>,
    /// Flags of the header (PO `#, fuzzy` on the header entry).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub flags: Vec<String>,
    /// Header fields in file order, name and value (PO header entry; XLIFF/TMX header
    /// attributes and props). Fields tolk writes itself are replaced on export.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<(String, String)>,
    /// Entries tolk keeps no segment for, verbatim, in file order (PO obsolete `#~`
    /// entries, written after the last segment).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub retired: Vec<String>,
    /// Elements of the file tolk does not read, verbatim (XLIFF 2.0 file-level notes and
    /// extension elements), written back in their format.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub elements: Vec<KeptXml>,
}

impl DocExtra {
    /// The value of header field `name` (case-insensitive), if the file gave one.
    pub fn field(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// What a bilingual file says about one segment beyond its source and target (stored as
/// JSON in `segments.extra`). Generic across formats.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SegExtra {
    /// The entry's own key in the file: PO `msgctxt`, an XLIFF unit id, a TMX `tuid`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Flags other than the state's (PO `c-format`, `no-wrap` … — `fuzzy` is the state).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub flags: Vec<String>,
    /// Comments written by people (PO translator comments, XLIFF notes), one per line.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// Comments from the program's source (PO `#.` lines).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extracted: Vec<String>,
    /// Where the source comes from (PO `#:` lines, verbatim).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<String>,
    /// The previous strings (PO `#|` lines, verbatim without the marker: `msgid "…"`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub previous: Vec<String>,
    /// The plural form of the source (PO `msgid_plural`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plural: Option<String>,
    /// The inline codes of source and target (XML markup of the original file inside the
    /// segment), each standing in the stored text as a short tag (`<x1/>`, `<g2>`, `</g2>`).
    /// Only tags listed here are codes; the same characters elsewhere are plain text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub codes: Vec<InlineCode>,
    /// Elements of the entry tolk does not read (XLIFF 1.2 notes, `context-group`s,
    /// `alt-trans`; TMX `prop`s of other tools), verbatim, written back in their format.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub elements: Vec<KeptXml>,
}

/// An element of a file kept verbatim, with the format it belongs to (`tmx`, `xliff12`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeptXml {
    pub format: String,
    pub xml: String,
}

/// One inline code of a segment: the short tag that stands for it in the stored text, and the
/// markup it stands for, verbatim as the file that brought it had it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InlineCode {
    /// `<x1/>` (a standalone code), `<g1>` (an opening one) or `</g1>` (a closing one).
    pub tag: String,
    /// The format whose markup `xml` is: `tmx`, `xliff12` or `xliff20`.
    pub format: String,
    /// The markup: a whole element (`<ph x="1">&lt;br/&gt;</ph>`, `<bpt i="1">…</bpt>`), or for
    /// an element that wraps text (`g`, `pc`, `hi`, `mrk`) its start or its end tag.
    pub xml: String,
}

impl SegExtra {
    /// None when there is nothing to keep.
    pub fn non_empty(self) -> Option<SegExtra> {
        (self != SegExtra::default()).then_some(self)
    }
}

/// What a bilingual file says about one translation beyond its text (stored as JSON in
/// `translations.extra`, per revision, so the history keeps it).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TransExtra {
    /// The plural forms after the first (PO `msgstr[1]`, `msgstr[2]` …); the first is the
    /// revision's text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub forms: Vec<String>,
}

impl TransExtra {
    pub fn non_empty(self) -> Option<TransExtra> {
        (self != TransExtra::default()).then_some(self)
    }
}

/// An extra as stored: JSON text, or NULL for none.
pub fn extra_json<T: Serialize>(extra: Option<&T>) -> Option<String> {
    extra.map(|e| serde_json::to_string(e).expect("extras serialize"))
}

/// An extra as read back; a value that is not the expected JSON is an error naming `what`.
pub fn extra_from_json<T: for<'de> Deserialize<'de>>(
    json: Option<&str>,
    what: &str,
) -> Result<Option<T>> {
    json.map(|j| {
        serde_json::from_str(j)
            .map_err(|e| Error::invalid("extra", format!("stored {what} data is unreadable: {e}")))
    })
    .transpose()
}

str_enum!(
    /// How far accepting a check finding reaches: its segment (while the segment reads as it
    /// did) or the whole document (the same check and text anywhere in it).
    FindingScope, "scope" { Segment = "segment", Document = "document" }
);

// `str_enum!` takes no variant attributes, so `#[default]` cannot mark the variant.
#[allow(clippy::derivable_impls)]
impl Default for FindingScope {
    fn default() -> Self {
        FindingScope::Segment
    }
}

/// A check finding accepted as it is (`check --accept`): which finding (check, segment, side,
/// flagged text), how far it reaches, the texts of the segment when it was accepted, and who
/// accepted it and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AcceptedFinding {
    pub id: i64,
    #[serde(skip)]
    pub segment_id: i64,
    /// `DOC:N` of the segment it was accepted on; None once an update removed that segment.
    pub segment: Option<String>,
    pub scope: FindingScope,
    pub check: String,
    pub side: Side,
    pub exact: String,
    /// The segment's source as corrected, and its translation, when it was accepted.
    pub source: String,
    pub target: Option<String>,
    pub reason: String,
    pub author: String,
    pub created_at: String,
}
