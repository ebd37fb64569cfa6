//! Running the quality checks on a document (its source as corrected), and what can be done
//! with the findings: `--propose` turns those that carry a fix into proposed corrections, never
//! twice for the same span (whatever became of the first); `--accept`/`--revoke` accept a
//! finding as it is, with a reason, for its segment or the document, and take that back. A
//! finding is known by a stable id (its check, segment, side and flagged text).

use crate::check::{self, Coded, Context, Dictionary, Linked, Segment};
use crate::error::{Conflict, Error, Result};
use crate::model::{
    AcceptedFinding, AnnStatus, Annotation, Body, Category, FindingScope, Kind, Side,
};
use crate::model::{Link, SegmentView};
use crate::ops::annotate;
use crate::ops::links::{Unit, layout};
use crate::store::prelude::*;
use crate::store::{Actor, AnnFilter, NewAcceptance, Outcome, Store};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

/// What to check.
#[derive(Debug, Clone, Default)]
pub struct CheckRequest {
    pub doc: String,
    /// Only these checks (names from [`check::CHECKS`]); None runs them all.
    pub only: Option<Vec<String>>,
    /// Store findings that have a fix as proposed corrections.
    pub propose: bool,
    /// Untranslated and needs-work segments are fine (a draft check, not a gate).
    pub allow_drafts: bool,
    /// List accepted findings too (they are hidden by default), and acceptances that no longer
    /// match a finding.
    pub show_accepted: bool,
    /// Findings to accept as they are (`check --accept`): ids as `check` prints them, or
    /// `CHECK:DOC:N` for every finding of a check on a segment.
    pub accept: Vec<String>,
    /// Accepted findings to bring back (`check --revoke`), named the same way.
    pub revoke: Vec<String>,
    /// Why the findings of `accept` are fine (required with `accept`).
    pub reason: Option<String>,
    /// How far an acceptance reaches: the finding's segment or the whole document.
    pub scope: FindingScope,
}

/// The dictionary one side is spell-checked with, or why there is none.
pub enum Spelling {
    /// The dictionary, and its `.dic` file for the report.
    Checked(Box<Dictionary>, String),
    /// `--only` leaves spelling out.
    NotAsked,
    /// No dictionary was given and the system has none for the language.
    Skipped,
}

impl Spelling {
    pub fn as_str(&self) -> &'static str {
        match self {
            Spelling::Checked(..) => "checked",
            Spelling::NotAsked => "not asked",
            Spelling::Skipped => "skipped",
        }
    }

    fn dictionary(&self) -> Option<&Dictionary> {
        match self {
            Spelling::Checked(d, _) => Some(d),
            _ => None,
        }
    }

    fn file(&self) -> Option<String> {
        match self {
            Spelling::Checked(_, f) => Some(f.clone()),
            _ => None,
        }
    }
}

/// Dictionaries given on the command line; a side without one uses the system's dictionary
/// for the document's language on that side.
#[derive(Debug, Clone, Default)]
pub struct Dictionaries {
    /// `--dict`: the source side's.
    pub source: Option<std::path::PathBuf>,
    /// `--target-dict`: the translation side's.
    pub target: Option<std::path::PathBuf>,
}

/// The check names of `--only`, trimmed; an unknown name, or a list that names none, is an
/// error.
pub fn only(names: &[String]) -> Result<Vec<String>> {
    let names: Vec<String> = names
        .iter()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    if names.is_empty() {
        return Err(Error::invalid(
            "check",
            format!(
                "--only names no check (valid: {})",
                check::CHECKS.join(", ")
            ),
        ));
    }
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    check::validate_only(&refs).map_err(|m| Error::invalid("check", m))?;
    Ok(names)
}

/// Checks that the dictionaries given can be read, before anything else is done (a bad
/// `--dict` is an error whatever the document).
pub fn check_dictionaries(given: &Dictionaries) -> Result<()> {
    for (path, flag) in [(&given.source, "--dict"), (&given.target, "--target-dict")] {
        if let Some(p) = path {
            let (aff, dic) = Dictionary::resolve(p);
            if !aff.is_file() || !dic.is_file() {
                return Err(Error::invalid(
                    "dictionary",
                    format!(
                        "{flag} {}: cannot read {} / {}",
                        p.display(),
                        aff.display(),
                        dic.display()
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// The dictionary to spell-check one side with: `path` (`--dict`/`--target-dict`), else the
/// system's for `lang`, else none (that side's spelling is skipped). A `path` that cannot be
/// read is an error.
fn dictionary(
    path: Option<&Path>,
    flag: &str,
    lang: &str,
    only: Option<&[&str]>,
) -> Result<Spelling> {
    if only.is_some_and(|o| !o.contains(&"spelling")) {
        return Ok(Spelling::NotAsked);
    }
    let found = match path {
        Some(p) => vec![Dictionary::resolve(p)],
        None => Dictionary::system_all(lang),
    };
    let mut loaded: Option<Dictionary> = None;
    let mut files = Vec::new();
    for (aff, dic) in found {
        let d = Dictionary::load(&aff, &dic).map_err(|e| match path {
            Some(p) => Error::invalid("dictionary", format!("{flag} {}: {e}", p.display())),
            None => Error::invalid("dictionary", format!("{}: {e}", dic.display())),
        })?;
        files.push(dic.display().to_string());
        loaded = Some(match loaded {
            Some(main) => main.also(d),
            None => d,
        });
    }
    Ok(match loaded {
        Some(d) => Spelling::Checked(Box::new(d), files.join(" + ")),
        None => Spelling::Skipped,
    })
}

/// One finding, with the correction that already marks its span, if any.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checked {
    /// `DOC:N`.
    pub id: String,
    pub side: Side,
    /// Code points, end exclusive.
    pub start: usize,
    pub end: usize,
    pub exact: String,
    /// Which check found it (one of [`check::CHECKS`]).
    pub check: String,
    pub message: String,
    pub suggestion: Option<String>,
    pub category: Option<Category>,
    /// The correction on this span (proposed by this run, or there before).
    pub marked: Option<i64>,
    /// The finding's stable id: a short hash of its check, segment, side and flagged text,
    /// which `check --accept` and `--revoke` take.
    #[serde(default)]
    pub finding: String,
    /// The span counts in the corrected source and covers text an accepted correction put
    /// there (other source spans count in the published source, as annotations do).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub in_correction: bool,
    /// How the finding was accepted, for accepted findings (listed with `--show-accepted`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accepted: Option<Accepted>,
}

/// Who accepted a finding, how far, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Accepted {
    /// The acceptance's own number.
    pub id: i64,
    pub scope: FindingScope,
    pub reason: String,
    pub author: String,
    pub at: String,
    /// `DOC:N` it was accepted on (for a document-wide acceptance, possibly another segment).
    pub on: Option<String>,
}

/// An acceptance that matches no finding now: its segment was edited (a segment-wide one), or
/// the check no longer finds what it was about. Kept until revoked; listed with
/// `--show-accepted`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lapsed {
    /// The id of the finding it was accepted for.
    pub finding: String,
    pub check: String,
    pub side: Side,
    pub exact: String,
    pub accepted: Accepted,
    /// Why it matches nothing: "the segment changed since" or "not found by this check run".
    pub why: String,
}

/// What `--accept` or `--revoke` did to one finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FindingChange {
    pub finding: String,
    /// `accepted`, `already accepted` or `revoked`.
    pub action: String,
    pub check: String,
    /// `DOC:N`.
    pub segment: Option<String>,
    pub side: Side,
    pub exact: String,
    pub scope: FindingScope,
    pub reason: String,
}

/// What `check` found and, with `--propose`, proposed.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CheckReport {
    pub doc: String,
    /// The source side's spelling: "checked", "not asked" or "skipped".
    pub spelling: String,
    /// The translation side's spelling, likewise.
    #[serde(default)]
    pub target_spelling: String,
    /// The document's languages, which chose the dictionaries and rules.
    #[serde(default)]
    pub source_lang: String,
    #[serde(default)]
    pub target_lang: String,
    /// The `.dic` files used, when a side was checked.
    #[serde(default)]
    pub source_dictionary: Option<String>,
    #[serde(default)]
    pub target_dictionary: Option<String>,
    pub findings: Vec<Checked>,
    /// Findings per check (accepted findings not counted).
    pub counts: BTreeMap<String, usize>,
    /// Accepted findings this run found and left out of `findings`.
    #[serde(default)]
    pub accepted_count: usize,
    /// With `--show-accepted`: those accepted findings, each with its acceptance.
    #[serde(default)]
    pub accepted: Vec<Checked>,
    /// With `--show-accepted`: acceptances that match no finding now.
    #[serde(default)]
    pub lapsed: Vec<Lapsed>,
    /// Whether accepted findings were asked for.
    #[serde(default)]
    pub show_accepted: bool,
    /// What `--accept`/`--revoke` did.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<FindingChange>,
    /// Corrections proposed by this run.
    pub proposed: usize,
    /// Whether proposing was asked for.
    #[serde(default)]
    pub propose: bool,
    /// The operation that stored the proposals; None when nothing was proposed.
    #[serde(default)]
    pub operation: Option<i64>,
}

/// Checks `request.doc`. The checks read the document outside any transaction (they can take
/// a while); proposals are then made inside one, each only where the segment still has the
/// text the finding is about and no correction marks that span yet. `busy` is called with
/// the number of segments while the checks run (for a spinner) and its value dropped after.
pub fn check<G>(
    store: &mut Store,
    actor: &Actor,
    request: &CheckRequest,
    dictionaries: &Dictionaries,
    busy: impl FnOnce(usize) -> G,
) -> Result<CheckReport> {
    crate::model::check_doc_name(&request.doc)?;
    let only: Option<Vec<&str>> = request
        .only
        .as_ref()
        .map(|o| o.iter().map(String::as_str).collect());
    let doc = store.document(&request.doc)?;
    let spelling = dictionary(
        dictionaries.source.as_deref(),
        "--dict",
        &doc.source_lang,
        only.as_deref(),
    )?;
    let target_spelling = dictionary(
        dictionaries.target.as_deref(),
        "--target-dict",
        &doc.target_lang,
        only.as_deref(),
    )?;
    let segments = store.segments(&doc)?;
    let ids: Vec<String> = segments.iter().map(|s| s.address()).collect();
    // The checks read the source as corrected: a finding an accepted correction fixed is gone.
    let annotations = store.annotations_by_segment(&doc)?;
    let no_annotations = Vec::new();
    let anns_of = |s: &SegmentView| annotations.get(&s.id).unwrap_or(&no_annotations);
    let corrected: Vec<String> = segments
        .iter()
        .map(|s| crate::model::corrected_text(&s.source, anns_of(s)))
        .collect();
    let links = store.links(&doc)?;
    let linked = link_parts(&doc.name, &segments, &corrected, &links);
    // Segments with inline codes are checked with their tags masked (the `tags` check sees
    // them as written).
    let masks: Vec<Option<(String, Option<String>)>> = segments
        .iter()
        .zip(&corrected)
        .map(|(s, source)| {
            let codes = s
                .extra
                .as_ref()
                .map(|x| &x.codes[..])
                .filter(|c| !c.is_empty())?;
            Some((
                check::mask_codes(source, codes),
                s.current
                    .as_ref()
                    .map(|t| check::mask_codes(&t.text, codes)),
            ))
        })
        .collect();
    let input: Vec<Segment<'_>> = segments
        .iter()
        .zip(&ids)
        .zip(&linked)
        .zip(&masks)
        .zip(&corrected)
        .map(|((((s, id), part), masked), source)| {
            let link = part.as_ref().map(|p| match p {
                LinkPart::First {
                    source,
                    span,
                    shape,
                    sources,
                } => Linked::First {
                    source,
                    span,
                    shape,
                    sources: *sources,
                },
                LinkPart::Covered => Linked::Covered,
            });
            let target = s
                .current
                .as_ref()
                .map(|t| t.text.as_str())
                .filter(|_| !matches!(link, Some(Linked::Covered)));
            let needs_work = s
                .current
                .as_ref()
                .is_some_and(|t| t.state == crate::model::State::NeedsWork);
            match masked {
                Some((ms, mt)) => Segment {
                    id,
                    source: ms,
                    target: mt.as_deref().filter(|_| target.is_some()),
                    link,
                    needs_work,
                    coded: Some(Coded {
                        source,
                        target,
                        codes: s.extra.as_ref().map_or(&[][..], |x| &x.codes[..]),
                    }),
                },
                None => Segment {
                    id,
                    source,
                    target,
                    link,
                    needs_work,
                    coded: None,
                },
            }
        })
        .collect();
    let mut store_names = HashMap::new();
    store.for_each_source_text(&mut |t| check::count_names(t, &mut store_names))?;
    // The store counts published text; this document counts as corrected.
    if corrected.iter().zip(&segments).any(|(c, s)| *c != s.source) {
        let mut published = HashMap::new();
        let mut fixed = HashMap::new();
        for (c, s) in corrected.iter().zip(&segments) {
            check::count_names(&s.source, &mut published);
            check::count_names(c, &mut fixed);
        }
        for (name, n) in published {
            if let Some(count) = store_names.get_mut(&name) {
                *count = count.saturating_sub(n);
            }
        }
        for (name, n) in fixed {
            *store_names.entry(name).or_insert(0) += n;
        }
    }
    let glossary: Vec<(String, String)> = store
        .glossary()?
        .into_iter()
        .map(|g| (g.source, g.target))
        .collect();
    // Glossary terms are known words: never spelling errors on either side.
    let mut words: HashSet<String> = store.words()?.into_iter().collect();
    for (source, target) in &glossary {
        for w in source.split_whitespace().chain(target.split_whitespace()) {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            if !w.is_empty() {
                words.insert(w.to_string());
            }
        }
    }
    // Attributed claims (accepted or proposed) for the `attribution` check.
    let attributed_anns: Vec<crate::model::Annotation> = store
        .annotations(&AnnFilter {
            document_id: Some(doc.id),
            kind: Some(Kind::Attribution),
            ..Default::default()
        })?
        .into_iter()
        .filter(|a| {
            a.side == Side::Source
                && matches!(a.status, AnnStatus::Accepted | AnnStatus::Proposed)
                && a.segment.is_some()
        })
        .collect();
    let attributed: Vec<check::Attributed<'_>> = attributed_anns
        .iter()
        .filter_map(|a| match &a.body {
            Body::Attribution { speaker, .. } => Some(check::Attributed {
                id: a.segment.as_deref()?,
                annotation: a.id,
                speaker,
            }),
            _ => None,
        })
        .collect();
    // FreeDict, when installed, tells the `attribution` check that a speaker the English names
    // in other words (`Engelsman`/`Englishman`) is kept; read only when there is a claim to check.
    let wants_attribution = only.as_deref().is_none_or(|o| o.contains(&"attribution"));
    let lexicon = (wants_attribution && !attributed.is_empty())
        .then(crate::align::lexicon::Lexicon::system_freedict)
        .flatten()
        .and_then(|(index, dict)| crate::align::lexicon::Lexicon::read_dictd(&index, &dict).ok());
    let context = Context {
        segments: &input,
        store_names: &store_names,
        words: &words,
        glossary: &glossary,
        source_lang: &doc.source_lang,
        target_lang: &doc.target_lang,
        dictionary: spelling.dictionary(),
        target_dictionary: target_spelling.dictionary(),
        allow_drafts: request.allow_drafts,
        attributions: &attributed,
        lexicon: lexicon.as_ref(),
    };
    let guard = busy(input.len());
    let findings = check::run(&context, only.as_deref());
    drop(guard);
    // Findings name their segment by id; the store addresses it by position.
    let index: HashMap<&str, usize> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| (id.as_str(), i))
        .collect();
    let position: HashMap<&str, usize> = ids
        .iter()
        .zip(&segments)
        .map(|(id, s)| (id.as_str(), s.position))
        .collect();
    let all: Vec<Checked> = findings
        .iter()
        .map(|f| {
            let i = index[f.id.as_str()];
            let (mut start, mut end, mut in_correction) = (f.start, f.end, false);
            if f.side == Side::Source && corrected[i] != segments[i].source {
                let edits = source_edits(anns_of(&segments[i]));
                match crate::anchor::to_original(&edits, crate::anchor::Span::new(start, end)) {
                    Some(span) => (start, end) = (span.start, span.end),
                    None => in_correction = true,
                }
            }
            Checked {
                id: f.id.clone(),
                side: f.side,
                start,
                end,
                exact: f.exact.clone(),
                check: f.check.to_string(),
                message: f.message.clone(),
                suggestion: f.suggestion.clone(),
                category: f.category,
                marked: None,
                finding: finding_id(f.check, segments[i].id, f.side, &f.exact),
                in_correction,
                accepted: None,
            }
        })
        .collect();
    let texts = |f: &Checked| -> Texts<'_> {
        let i = index[f.id.as_str()];
        Texts {
            segment_id: segments[i].id,
            source: &corrected[i],
            target: segments[i].current.as_ref().map(|t| t.text.as_str()),
        }
    };

    let (changes, operation) = if request.accept.is_empty() && request.revoke.is_empty() {
        (Vec::new(), None)
    } else {
        settle_findings(store, actor, request, &doc, &all, &texts, &position)?
    };

    // Accepted findings are left out (listed with --show-accepted); acceptances that match
    // nothing now are listed as lapsed.
    let acceptances = store.accepted_findings(&doc)?;
    let mut used = HashSet::new();
    let mut open = Vec::new();
    let mut accepted = Vec::new();
    for mut f in all {
        let t = texts(&f);
        let found = acceptances
            .iter()
            .filter(|a| covers(a, &f, &t))
            .min_by_key(|a| (a.scope == FindingScope::Document, a.id));
        match found {
            Some(a) => {
                used.insert(a.id);
                f.accepted = Some(accepted_of(a));
                accepted.push(f);
            }
            None => open.push(f),
        }
    }
    let lapsed: Vec<Lapsed> = acceptances
        .iter()
        .filter(|a| !used.contains(&a.id))
        // Checks `--only` left out found nothing to match.
        .filter(|a| only.as_ref().is_none_or(|o| o.contains(&a.check.as_str())))
        .map(|a| {
            let i = a.segment.as_deref().and_then(|id| index.get(id).copied());
            let edited = a.scope == FindingScope::Segment
                && i.is_none_or(|i| {
                    corrected[i] != a.source
                        || (binds_translation(&a.check, a.side)
                            && segments[i].current.as_ref().map(|t| t.text.as_str())
                                != a.target.as_deref())
                });
            Lapsed {
                finding: acceptance_finding(a),
                check: a.check.clone(),
                side: a.side,
                exact: a.exact.clone(),
                accepted: accepted_of(a),
                why: if edited {
                    "the segment changed since it was accepted".into()
                } else {
                    "this check run does not find it".into()
                },
            }
        })
        .collect();

    let mut report = CheckReport {
        doc: doc.name.clone(),
        spelling: spelling.as_str().to_string(),
        target_spelling: target_spelling.as_str().to_string(),
        source_lang: doc.source_lang.clone(),
        target_lang: doc.target_lang.clone(),
        source_dictionary: spelling.file(),
        target_dictionary: target_spelling.file(),
        counts: BTreeMap::new(),
        findings: open,
        accepted_count: accepted.len(),
        accepted: if request.show_accepted {
            accepted
        } else {
            Vec::new()
        },
        lapsed: if request.show_accepted {
            lapsed
        } else {
            Vec::new()
        },
        show_accepted: request.show_accepted,
        changes,
        proposed: 0,
        propose: request.propose,
        operation,
    };
    for f in &report.findings {
        *report.counts.entry(f.check.clone()).or_insert(0) += 1;
    }
    // Corrections already on the same span, so that the report can say so and --propose does
    // not add them again (whatever their status: a rejected proposal stays rejected).
    let corrections = AnnFilter {
        document_id: Some(doc.id),
        kind: Some(Kind::Correction),
        ..Default::default()
    };
    let mark = |existing: &[crate::model::Annotation], f: &mut Checked| {
        if f.in_correction {
            return;
        }
        f.marked = existing
            .iter()
            .find(|a| {
                a.segment.as_deref() == Some(f.id.as_str())
                    && a.side == f.side
                    && a.start == f.start
                    && a.end == f.end
            })
            .map(|a| a.id);
    };
    if !request.propose {
        let existing = store.annotations(&corrections)?;
        for f in &mut report.findings {
            mark(&existing, f);
        }
        return Ok(report);
    }

    let (report, operation) = store.operation(actor, "check", |tx, op| {
        let current = tx.document(&request.doc)?;
        if current.id != doc.id {
            return Err(stale(&doc.name, "proposed"));
        }
        let existing = tx.annotations(&corrections)?;
        for f in &mut report.findings {
            mark(&existing, f);
        }
        for f in &mut report.findings {
            let Some(replacement) = f.suggestion.clone() else {
                continue;
            };
            // A translation is fixed by a new revision, not a correction; text a correction
            // put there, by changing that correction.
            if f.marked.is_some() || f.side == Side::Target || f.in_correction {
                continue;
            }
            let t = annotate::target_at(tx, current.clone(), position[f.id.as_str()], f.side)?;
            let span = crate::anchor::Span::new(f.start, f.end);
            if crate::anchor::slice(&t.text, span) != Some(f.exact.as_str()) {
                return Err(stale(&doc.name, "proposed"));
            }
            let body = Body::Correction {
                replacement,
                category: f.category.unwrap_or(Category::Typo),
                note: Some(format!("{}: {}", f.check, f.message)),
                fixed_upstream: None,
            };
            let (id, created) = annotate::add(tx, op, &t, span, &body, AnnStatus::Proposed)?;
            f.marked = Some(id);
            if created {
                report.proposed += 1;
            }
        }
        if report.proposed == 0 {
            return Ok(Outcome::Unchanged(report));
        }
        let summary = format!(
            "{}: {} correction(s) proposed by check",
            doc.name, report.proposed
        );
        Ok(Outcome::changed(report, summary, Some(doc.id)))
    })?;
    Ok(CheckReport {
        operation,
        ..report
    })
}

fn stale(doc: &str, what: &str) -> Error {
    Error::conflict(
        Conflict::Stale,
        format!("{doc} changed while it was being checked; nothing was {what}; run check again"),
    )
}

/// How each segment stands in the document's links that are not 1-1 (None: a plain 1-1).
enum LinkPart {
    First {
        source: String,
        span: String,
        shape: String,
        sources: usize,
    },
    Covered,
}

fn link_parts(
    doc: &str,
    segments: &[SegmentView],
    sources: &[String],
    links: &[Link],
) -> Vec<Option<LinkPart>> {
    let mut out: Vec<Option<LinkPart>> = segments.iter().map(|_| None).collect();
    for unit in layout(segments.len(), links) {
        let Unit::Source {
            first,
            count,
            link: Some(l),
        } = unit
        else {
            continue;
        };
        if !unit.is_special() {
            continue;
        }
        for p in first + 1..first + count {
            out[p - 1] = Some(LinkPart::Covered);
        }
        out[first - 1] = Some(if l.targets == 0 {
            LinkPart::Covered
        } else {
            LinkPart::First {
                source: sources[first - 1..first - 1 + count]
                    .iter()
                    .map(String::as_str)
                    .collect::<Vec<_>>()
                    .join(" "),
                span: if count == 1 {
                    format!("{doc}:{first}")
                } else {
                    format!("{doc}:{first}–{}", first + count - 1)
                },
                shape: format!("{count}-{}", l.targets),
                sources: count,
            }
        });
    }
    out
}

/// `--accept` and `--revoke` on the findings of this run (`all`, with their segments' texts
/// from `texts`), in one operation: what each did, and the operation (None when nothing
/// changed).
fn settle_findings<'t>(
    store: &mut Store,
    actor: &Actor,
    request: &CheckRequest,
    doc: &crate::model::Document,
    all: &[Checked],
    texts: &dyn Fn(&Checked) -> Texts<'t>,
    position: &HashMap<&str, usize>,
) -> Result<(Vec<FindingChange>, Option<i64>)> {
    if request.propose {
        return Err(Error::Usage(
            "--propose cannot be combined with --accept or --revoke; run them one after the other"
                .into(),
        ));
    }
    let reason = request
        .reason
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty());
    let reason = match (request.accept.is_empty(), reason) {
        (false, None) => {
            return Err(Error::invalid(
                "reason",
                "--accept needs --reason: say why the finding is fine as it is",
            ));
        }
        (_, r) => r.unwrap_or_default().to_string(),
    };
    let mut to_accept: Vec<&Checked> = Vec::new();
    for given in &request.accept {
        for f in select_findings(&request.doc, given, all)? {
            if !to_accept.iter().any(|a| same_target(a, f, request.scope)) {
                to_accept.push(f);
            }
        }
    }
    // What --revoke names: accepted findings this run finds (their acceptances), and
    // acceptances named directly (lapsed ones too).
    let revoking: Vec<(&str, Selector, Vec<&Checked>)> = request
        .revoke
        .iter()
        .map(|given| {
            let sel = parse_selector(&request.doc, given)?;
            let found = all.iter().filter(|f| sel.selects(f)).collect();
            Ok((given.as_str(), sel, found))
        })
        .collect::<Result<_>>()?;
    let mut changes = Vec::new();
    let ((), op) = store.operation(actor, "check", |tx, op| {
        let current = tx.document(&request.doc)?;
        if current.id != doc.id {
            return Err(stale(&doc.name, "accepted"));
        }
        // Every segment an acceptance is about still reads as it was checked.
        for f in &to_accept {
            let t = texts(f);
            let seg = tx.segment(&current, position[f.id.as_str()])?;
            let anns = tx.annotations(&AnnFilter {
                segment_id: Some(seg.id),
                ..Default::default()
            })?;
            if seg.id != t.segment_id
                || crate::model::corrected_text(&seg.source, &anns) != t.source
                || seg.current.as_ref().map(|c| c.text.as_str()) != t.target
            {
                return Err(stale(&doc.name, "accepted"));
            }
        }
        let existing = tx.accepted_findings(&current)?;
        let mut summaries = Vec::new();
        let mut revoked = HashSet::new();
        for (given, sel, selected) in &revoking {
            let gone: Vec<&AcceptedFinding> = existing
                .iter()
                .filter(|a| {
                    selected.iter().any(|f| covers(a, f, &texts(f))) || sel.names(a)
                })
                .collect();
            if gone.is_empty() {
                return Err(Error::not_found(
                    "finding",
                    given.to_string(),
                    format!(
                        "no accepted finding ‘{}’ in {} (`tolk check {} --show-accepted` lists them)",
                        crate::text::excerpt(given, 60),
                        doc.name,
                        doc.name
                    ),
                ));
            }
            for a in gone {
                if !revoked.insert(a.id) {
                    continue;
                }
                tx.delete_acceptance(a.id, op)?;
                let change = change_of(a, "revoked");
                summaries.push(summary_of(&change));
                changes.push(change);
            }
        }
        let existing = tx.accepted_findings(&current)?;
        for f in &to_accept {
            let t = texts(f);
            let already = existing.iter().find(|a| {
                covers(a, f, &t)
                    && (a.scope == request.scope || a.scope == FindingScope::Document)
            });
            if let Some(a) = already {
                changes.push(FindingChange {
                    finding: f.finding.clone(),
                    ..change_of(a, "already accepted")
                });
                continue;
            }
            tx.insert_acceptance(
                &NewAcceptance {
                    segment_id: t.segment_id,
                    scope: request.scope,
                    check: &f.check,
                    side: f.side,
                    exact: &f.exact,
                    source: t.source,
                    target: t.target,
                    reason: &reason,
                },
                op,
            )?;
            let change = FindingChange {
                finding: f.finding.clone(),
                action: "accepted".into(),
                check: f.check.clone(),
                segment: Some(f.id.clone()),
                side: f.side,
                exact: f.exact.clone(),
                scope: request.scope,
                reason: reason.clone(),
            };
            summaries.push(summary_of(&change));
            changes.push(change);
        }
        if summaries.is_empty() {
            return Ok(Outcome::Unchanged(()));
        }
        let summary = format!("{}: {}", doc.name, summaries.join("; "));
        Ok(Outcome::changed((), summary, Some(doc.id)))
    })?;
    Ok((changes, op))
}

/// The texts of a finding's segment as the check read them.
struct Texts<'a> {
    segment_id: i64,
    /// The source as corrected.
    source: &'a str,
    target: Option<&'a str>,
}

/// The accepted corrections of a segment's source, as edits of the published text.
fn source_edits(anns: &[Annotation]) -> Vec<(crate::anchor::Span, &str)> {
    anns.iter()
        .filter(|a| a.is_source_edit())
        .filter_map(|a| match &a.body {
            Body::Correction { replacement, .. } => Some((a.span(), replacement.as_str())),
            _ => None,
        })
        .collect()
}

/// A finding's stable id: the first 7 hex digits of a 64-bit FNV-1a hash of its check, segment
/// (row id, which survives renumbering), side and flagged text.
pub fn finding_id(check: &str, segment_id: i64, side: Side, exact: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let segment = segment_id.to_string();
    for part in [check, &segment, side.as_str(), exact] {
        for b in part.bytes().chain(std::iter::once(0x1f)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{h:016x}")[..7].to_string()
}

/// The id of the finding an acceptance was made for.
fn acceptance_finding(a: &AcceptedFinding) -> String {
    finding_id(&a.check, a.segment_id, a.side, &a.exact)
}

/// Whether acceptance `a` covers finding `f`: the same check, side and text, and on the same
/// segment still reading as it did (segment scope) or anywhere in the document.
fn covers(a: &AcceptedFinding, f: &Checked, t: &Texts) -> bool {
    a.check == f.check
        && a.side == f.side
        && a.exact == f.exact
        && match a.scope {
            FindingScope::Document => true,
            FindingScope::Segment => {
                a.segment_id == t.segment_id
                    && a.source == t.source
                    && (!binds_translation(&a.check, a.side) || a.target.as_deref() == t.target)
            }
        }
}

/// Whether a segment-wide acceptance also holds only while the translation stays as it was:
/// for findings on the translation, and for checks that compare it with the source.
fn binds_translation(check: &str, side: Side) -> bool {
    side == Side::Target || check::reads_translation(check)
}

/// Whether accepting `a` and `b` in `scope` is one acceptance.
fn same_target(a: &Checked, b: &Checked, scope: FindingScope) -> bool {
    match scope {
        FindingScope::Segment => a.finding == b.finding,
        FindingScope::Document => a.check == b.check && a.side == b.side && a.exact == b.exact,
    }
}

/// How `--accept`/`--revoke` name findings.
enum Selector {
    /// A finding id, or the start of one (4 hex digits or more).
    Id(String),
    /// Every finding of a check on a segment.
    At { check: String, segment: String },
}

impl Selector {
    fn selects(&self, f: &Checked) -> bool {
        match self {
            Selector::Id(p) => f.finding.starts_with(p.as_str()),
            Selector::At { check, segment } => f.check == *check && f.id == *segment,
        }
    }

    /// Whether it names acceptance `a` itself (by the finding it was made for).
    fn names(&self, a: &AcceptedFinding) -> bool {
        match self {
            Selector::Id(p) => acceptance_finding(a).starts_with(p.as_str()),
            Selector::At { check, segment } => {
                a.check == *check && a.segment.as_deref() == Some(segment.as_str())
            }
        }
    }
}

fn parse_selector(doc: &str, given: &str) -> Result<Selector> {
    let g = given.trim();
    let shown = crate::text::excerpt(g, 60);
    if let Some((name, rest)) = g.split_once(':') {
        if !check::CHECKS.contains(&name) {
            return Err(Error::invalid(
                "finding",
                format!(
                    "unknown check ‘{}’ in ‘{shown}’ (CHECK:DOC:N; checks: {})",
                    crate::text::excerpt(name, 40),
                    check::CHECKS.join(", ")
                ),
            ));
        }
        let address: crate::model::Address = rest.parse()?;
        let n = address.segment()?;
        if address.doc != doc {
            return Err(Error::invalid(
                "finding",
                format!(
                    "‘{shown}’ is in document {}, but this checks {doc}",
                    address.doc
                ),
            ));
        }
        return Ok(Selector::At {
            check: name.to_string(),
            segment: format!("{doc}:{n}"),
        });
    }
    let id = g.to_ascii_lowercase();
    if id.len() < 4 || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(Error::invalid(
            "finding",
            format!(
                "bad finding ‘{shown}’: give the id `tolk check` prints first on each finding's line (7 hex digits, or its first 4 or more), or CHECK:DOC:N"
            ),
        ));
    }
    Ok(Selector::Id(id))
}

/// The findings `given` names; none, or an id prefix shared by several findings, is an error.
fn select_findings<'a>(doc: &str, given: &str, all: &'a [Checked]) -> Result<Vec<&'a Checked>> {
    let sel = parse_selector(doc, given)?;
    let found: Vec<&Checked> = all.iter().filter(|f| sel.selects(f)).collect();
    let shown = crate::text::excerpt(given.trim(), 60);
    if found.is_empty() {
        return Err(Error::not_found(
            "finding",
            given.to_string(),
            format!(
                "no finding ‘{shown}’ in {doc}: `tolk check {doc}` prints each finding's id first (accepted ones with --show-accepted)"
            ),
        ));
    }
    if let Selector::Id(_) = sel {
        let mut distinct: Vec<&str> = found.iter().map(|f| f.finding.as_str()).collect();
        distinct.sort_unstable();
        distinct.dedup();
        if distinct.len() > 1 {
            return Err(Error::conflict(
                Conflict::Ambiguous,
                format!(
                    "finding ‘{shown}’ is ambiguous in {doc}: it starts {}; give more of the id",
                    distinct.join(", ")
                ),
            ));
        }
    }
    Ok(found)
}

fn accepted_of(a: &AcceptedFinding) -> Accepted {
    Accepted {
        id: a.id,
        scope: a.scope,
        reason: a.reason.clone(),
        author: a.author.clone(),
        at: a.created_at.clone(),
        on: a.segment.clone(),
    }
}

fn change_of(a: &AcceptedFinding, action: &str) -> FindingChange {
    FindingChange {
        finding: acceptance_finding(a),
        action: action.into(),
        check: a.check.clone(),
        segment: a.segment.clone(),
        side: a.side,
        exact: a.exact.clone(),
        scope: a.scope,
        reason: a.reason.clone(),
    }
}

/// "accepted 3fa2c1d spelling ‘Clingendael’ on DOC:9 (segment): an institution's name".
fn summary_of(c: &FindingChange) -> String {
    let place = c.segment.as_deref().unwrap_or("(segment removed)");
    let reason = if c.action == "accepted" {
        format!(": {}", crate::text::one_line(&c.reason))
    } else {
        String::new()
    };
    format!(
        "{} {} {} ‘{}’ on {place} ({}){reason}",
        c.action,
        c.finding,
        c.check,
        crate::text::excerpt(&c.exact, 60),
        match c.scope {
            FindingScope::Segment => "this segment",
            FindingScope::Document => "the whole document",
        }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finding_ids_are_stable_and_tell_findings_apart() {
        let a = finding_id("spelling", 9, Side::Source, "Clingendael");
        assert_eq!(a.len(), 7);
        assert!(a.bytes().all(|b| b.is_ascii_hexdigit()));
        assert_eq!(a, finding_id("spelling", 9, Side::Source, "Clingendael"));
        assert_ne!(a, finding_id("names", 9, Side::Source, "Clingendael"));
        assert_ne!(a, finding_id("spelling", 10, Side::Source, "Clingendael"));
        assert_ne!(a, finding_id("spelling", 9, Side::Target, "Clingendael"));
        assert_ne!(a, finding_id("spelling", 9, Side::Source, "Clingendal"));
    }

    #[test]
    fn selectors() {
        assert!(matches!(parse_selector("d", "3FA2c1d"), Ok(Selector::Id(id)) if id == "3fa2c1d"));
        assert!(matches!(
            parse_selector("d", "names:d:12"),
            Ok(Selector::At { check, segment }) if check == "names" && segment == "d:12"
        ));
        for bad in [
            "abc",
            "xyz12345",
            "nope:d:1",
            "names:e:1",
            "names:d",
            "names:d:0",
        ] {
            assert!(parse_selector("d", bad).is_err(), "{bad}");
        }
    }
}
