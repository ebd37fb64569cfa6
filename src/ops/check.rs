//! Running the quality checks on a document, and `--propose`: turning findings that carry a
//! fix into proposed corrections, never twice for the same span (whatever became of the first).

use crate::check::{self, Coded, Context, Dictionary, Linked, Segment};
use crate::error::{Conflict, Error, Result};
use crate::model::{AnnStatus, Body, Category, Kind, Side};
use crate::model::{Link, SegmentView};
use crate::ops::annotate;
use crate::ops::links::{Unit, layout};
use crate::store::prelude::*;
use crate::store::{Actor, AnnFilter, Outcome, Store};
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
    /// Findings per check.
    pub counts: BTreeMap<String, usize>,
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
    let links = store.links(&doc)?;
    let linked = link_parts(&doc.name, &segments, &links);
    // Segments with inline codes are checked with their tags masked (the `tags` check sees
    // them as written).
    let masks: Vec<Option<(String, Option<String>)>> = segments
        .iter()
        .map(|s| {
            let codes = s
                .extra
                .as_ref()
                .map(|x| &x.codes[..])
                .filter(|c| !c.is_empty())?;
            Some((
                check::mask_codes(&s.source, codes),
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
        .map(|(((s, id), part), masked)| {
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
                        source: &s.source,
                        target,
                        codes: s.extra.as_ref().map_or(&[][..], |x| &x.codes[..]),
                    }),
                },
                None => Segment {
                    id,
                    source: &s.source,
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
    let words: HashSet<String> = store.words()?.into_iter().collect();
    let glossary: Vec<(String, String)> = store
        .glossary()?
        .into_iter()
        .map(|g| (g.source, g.target))
        .collect();
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
    };
    let guard = busy(input.len());
    let findings = check::run(&context, only.as_deref());
    drop(guard);
    // Findings name their segment by id; the store addresses it by position.
    let position: HashMap<&str, usize> = ids
        .iter()
        .zip(&segments)
        .map(|(id, s)| (id.as_str(), s.position))
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
        findings: findings
            .iter()
            .map(|f| Checked {
                id: f.id.clone(),
                side: f.side,
                start: f.start,
                end: f.end,
                exact: f.exact.clone(),
                check: f.check.to_string(),
                message: f.message.clone(),
                suggestion: f.suggestion.clone(),
                category: f.category,
                marked: None,
            })
            .collect(),
        proposed: 0,
        propose: request.propose,
        operation: None,
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
            return Err(stale(&doc.name));
        }
        let existing = tx.annotations(&corrections)?;
        for f in &mut report.findings {
            mark(&existing, f);
        }
        for f in &mut report.findings {
            let Some(replacement) = f.suggestion.clone() else {
                continue;
            };
            // A translation is fixed by a new revision, not a correction.
            if f.marked.is_some() || f.side == Side::Target {
                continue;
            }
            let t = annotate::target_at(tx, current.clone(), position[f.id.as_str()], f.side)?;
            let span = crate::anchor::Span::new(f.start, f.end);
            if crate::anchor::slice(&t.text, span) != Some(f.exact.as_str()) {
                return Err(stale(&doc.name));
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

fn stale(doc: &str) -> Error {
    Error::conflict(
        Conflict::Stale,
        format!("{doc} changed while it was being checked; nothing was proposed; run check again"),
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

fn link_parts(doc: &str, segments: &[SegmentView], links: &[Link]) -> Vec<Option<LinkPart>> {
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
                source: segments[first - 1..first - 1 + count]
                    .iter()
                    .map(|s| s.source.as_str())
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
