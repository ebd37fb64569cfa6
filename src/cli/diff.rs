//! `tolk diff`: word diffs of the published against the corrected source, of translation
//! revisions, of a whole document since a time or operation, and of two export files.

use super::Ctx;
use crate::diff::{self, Run};
use crate::error::{Error, Result};
use crate::model::{Address, SegmentView, Translation, corrected_text};
use crate::store::{AnnFilter, Mode, Store, prelude::*};
use serde::Serialize;
use std::path::PathBuf;

/// Show word diffs: published vs corrected source, revision vs revision, or what changed
#[derive(Debug, clap::Args)]
pub struct Args {
    /// DOC:N (one segment) or DOC (every segment that changed)
    #[arg(required_unless_present = "files")]
    address: Option<String>,
    /// Published source vs corrected source (DOC:N or DOC)
    #[arg(long, conflicts_with_all = ["rev", "since", "files"])]
    source: bool,
    /// Translation revisions to compare: A..B, A.. or A (against the current one)
    #[arg(long, value_name = "A..B", conflicts_with_all = ["since", "files"])]
    rev: Option<String>,
    /// For DOC: changes since this time (RFC 3339, or a prefix such as 2026-11-29) or operation (#N)
    #[arg(long, value_name = "TIME|OP", conflicts_with = "files")]
    since: Option<String>,
    /// Compare two JSONL or TSV exports of a document, matched by segment id
    #[arg(long, num_args = 2, value_names = ["A", "B"])]
    files: Option<Vec<PathBuf>>,
}

/// The diff of one side of one segment.
#[derive(Debug, Serialize)]
struct SideDiff {
    id: String,
    side: &'static str,
    from: String,
    to: String,
    ops: Vec<Run>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    if let Some(files) = &args.files {
        return files_diff(ctx, &files[0], &files[1]);
    }
    let address: Address = args.address.as_deref().unwrap_or_default().parse()?;
    let store = ctx.open(Mode::Read)?;
    let doc = store.document(&address.doc)?;
    let diffs = match address.position {
        Some(n) => {
            let seg = store.segment(&doc, n)?;
            if args.since.is_some() {
                return Err(Error::Usage(
                    "--since works on a whole document: tolk diff DOC --since …".into(),
                ));
            }
            if args.source {
                vec![source_diff(&store, &seg)?]
            } else {
                vec![revision_diff(&store, &seg, args.rev.as_deref())?]
            }
        }
        None => {
            if args.rev.is_some() {
                return Err(Error::Usage(
                    "--rev compares revisions of one segment: tolk diff DOC:N --rev A..B".into(),
                ));
            }
            let mut out = Vec::new();
            if args.source {
                for seg in store.segments(&doc)? {
                    let d = source_diff(&store, &seg)?;
                    if !diff::is_unchanged(&d.ops) {
                        out.push(d);
                    }
                }
            } else {
                let since = since_operation(&store, &doc, args.since.as_deref())?;
                for seg in store.segments(&doc)? {
                    out.extend(changed_since(&store, &seg, since)?);
                }
            }
            out
        }
    };
    render(ctx, &diffs, address.position.is_some())
}

fn render(ctx: &mut Ctx, diffs: &[SideDiff], single: bool) -> Result<()> {
    if ctx.json {
        return if single {
            ctx.print.out.json(&diffs[0])
        } else {
            ctx.print.out.json(diffs)
        };
    }
    if single {
        return ctx
            .print
            .out
            .line(&ctx.print.out.render_runs(&diffs[0].ops));
    }
    if diffs.is_empty() {
        ctx.notice("no changes");
        return Ok(());
    }
    let mut last_id = "";
    for d in diffs {
        if d.id != last_id {
            ctx.print.out.heading(&d.id)?;
            last_id = &d.id;
        }
        let line = format!("  {:<6} {}", d.side, ctx.print.out.render_runs(&d.ops));
        ctx.print.out.line(&line)?;
    }
    Ok(())
}

fn source_diff(store: &Store, seg: &SegmentView) -> Result<SideDiff> {
    let anns = store.annotations(&AnnFilter {
        segment_id: Some(seg.id),
        ..Default::default()
    })?;
    let corrected = corrected_text(&seg.source, &anns);
    Ok(SideDiff {
        id: seg.address(),
        side: "source",
        from: "published".into(),
        to: "corrected".into(),
        ops: diff::words(&seg.source, &corrected),
    })
}

/// Revisions A and B of a range `A..B`, `A..` or `A`; by default the last revision whose text
/// differs from the current one, against the current one.
fn revision_diff(store: &Store, seg: &SegmentView, range: Option<&str>) -> Result<SideDiff> {
    let revs = store.revisions(seg.id)?;
    let Some(current) = revs.last() else {
        return Err(Error::input(format!(
            "{} has no translation yet; nothing to compare",
            seg.address()
        )));
    };
    let find = |n: i64| -> Result<&Translation> {
        revs.iter().find(|t| t.revision == n).ok_or_else(|| {
            Error::input(format!(
                "{} has no revision {n} (it has revisions 1 to {})",
                seg.address(),
                current.revision
            ))
        })
    };
    let (a, b) = match range {
        None => {
            let prev = revs.iter().rev().find(|t| t.text != current.text);
            match prev {
                Some(p) => (p, current),
                None => (current, current),
            }
        }
        Some(r) => {
            let (a, b) = parse_range(r)?;
            (
                find(a)?,
                match b {
                    Some(b) => find(b)?,
                    None => current,
                },
            )
        }
    };
    Ok(SideDiff {
        id: seg.address(),
        side: "target",
        from: format!("r{}", a.revision),
        to: format!("r{}", b.revision),
        ops: diff::words(&a.text, &b.text),
    })
}

fn parse_range(r: &str) -> Result<(i64, Option<i64>)> {
    let bad = || {
        Error::input(format!(
            "bad revision range '{}': use A..B, A.. or A (revision numbers from 1)",
            crate::text::clean(r)
        ))
    };
    let num = |s: &str| -> Result<i64> {
        let s = s.trim().trim_start_matches(['r', 'R']);
        s.parse::<i64>().ok().filter(|n| *n >= 1).ok_or_else(bad)
    };
    match r.split_once("..") {
        Some((a, "")) => Ok((num(a)?, None)),
        Some((a, b)) => Ok((num(a)?, Some(num(b)?))),
        None => Ok((num(r)?, None)),
    }
}

/// The last operation before the point `--since` names; by default the one that created the
/// document, so that `diff DOC` shows everything done since the import.
fn since_operation(
    store: &Store,
    doc: &crate::model::Document,
    since: Option<&str>,
) -> Result<i64> {
    match since {
        None => store.document_operation(doc),
        Some(s) if s.starts_with('#') || s.bytes().all(|b| b.is_ascii_digit()) => {
            let id: i64 = s.trim_start_matches('#').parse().map_err(|_| {
                Error::input(format!(
                    "bad --since '{}': an operation number or a time",
                    crate::text::clean(s)
                ))
            })?;
            store.operation_record(id).map(|o| o.id)
        }
        Some(time) => {
            if !time.starts_with(|c: char| c.is_ascii_digit()) || time.len() < 4 {
                return Err(Error::input(format!(
                    "bad --since '{}': give a time like 2026-11-29 or 2026-11-29T10:00:00Z, or an operation like #12",
                    crate::text::clean(time)
                )));
            }
            store.last_operation_before(time)
        }
    }
}

/// Both sides of a segment as they were after operation `since`, against now.
fn changed_since(store: &Store, seg: &SegmentView, since: i64) -> Result<Vec<SideDiff>> {
    let mut out = Vec::new();
    let old_source = store
        .segment_text_after(seg.id, since)?
        .unwrap_or_else(|| seg.source.clone());
    if old_source != seg.source {
        out.push(SideDiff {
            id: seg.address(),
            side: "source",
            from: format!("#{since}"),
            to: "now".into(),
            ops: diff::words(&old_source, &seg.source),
        });
    }
    let revs = store.revisions(seg.id)?;
    let then = store.revision_after(seg.id, since)?;
    let old = then
        .and_then(|n| revs.iter().find(|t| t.revision == n))
        .map_or("", |t| t.text.as_str());
    let now = seg.current.as_ref().map_or("", |t| t.text.as_str());
    if old != now {
        out.push(SideDiff {
            id: seg.address(),
            side: "target",
            from: then.map_or("untranslated".into(), |n| format!("r{n}")),
            to: seg
                .current
                .as_ref()
                .map_or("untranslated".into(), |t| format!("r{}", t.revision)),
            ops: diff::words(old, now),
        });
    }
    Ok(out)
}

/// (id, source, target) of each segment of a tolk JSONL or TSV export, read by the same
/// readers `tolk import` uses; the ids are `DOC:N` by position, as the export wrote them.
fn read_export(path: &std::path::Path) -> Result<Vec<(String, String, String)>> {
    use crate::formats::{ImportedDoc, jsonl, tsv};
    let text = crate::formats::text::read_text(path)?;
    let label = path.display().to_string();
    let is_jsonl = path
        .extension()
        .is_some_and(|e| e == "jsonl" || e == "json")
        || text.trim_start().starts_with('{');
    let reader: crate::formats::Reader = if is_jsonl {
        jsonl::read_stream
    } else {
        tsv::read_stream
    };
    let doc = ImportedDoc::read(reader, &text, &label)?;
    let name = doc.name.unwrap_or_default();
    Ok(doc
        .segments
        .into_iter()
        .enumerate()
        .map(|(i, s)| {
            (
                format!("{name}:{}", i + 1),
                s.source,
                s.target.unwrap_or_default(),
            )
        })
        .collect())
}

fn files_diff(ctx: &mut Ctx, a: &std::path::Path, b: &std::path::Path) -> Result<()> {
    let old = read_export(a)?;
    let new = read_export(b)?;
    let old_map: std::collections::HashMap<&str, &(String, String, String)> =
        old.iter().map(|r| (r.0.as_str(), r)).collect();
    let new_ids: std::collections::HashSet<&str> = new.iter().map(|r| r.0.as_str()).collect();
    let mut diffs = Vec::new();
    let side = |id: &str, side: &'static str, x: &str, y: &str| SideDiff {
        id: id.to_string(),
        side,
        from: a.display().to_string(),
        to: b.display().to_string(),
        ops: diff::words(x, y),
    };
    for (id, src, tgt) in &new {
        match old_map.get(id.as_str()) {
            Some((_, osrc, otgt)) => {
                if osrc != src {
                    diffs.push(side(id, "source", osrc, src));
                }
                if otgt != tgt {
                    diffs.push(side(id, "target", otgt, tgt));
                }
            }
            None => {
                diffs.push(side(id, "source", "", src));
                if !tgt.is_empty() {
                    diffs.push(side(id, "target", "", tgt));
                }
            }
        }
    }
    for (id, src, tgt) in old.iter().filter(|r| !new_ids.contains(r.0.as_str())) {
        diffs.push(side(id, "source", src, ""));
        if !tgt.is_empty() {
            diffs.push(side(id, "target", tgt, ""));
        }
    }
    render(ctx, &diffs, false)
}

#[cfg(test)]
mod tests {
    use super::parse_range;

    #[test]
    fn revision_ranges() {
        assert_eq!(parse_range("1..3").unwrap(), (1, Some(3)));
        assert_eq!(parse_range("2..").unwrap(), (2, None));
        assert_eq!(parse_range("r2..r4").unwrap(), (2, Some(4)));
        assert_eq!(parse_range("2").unwrap(), (2, None));
        for bad in ["", "..", "0..2", "a..b", "1...2", "-1"] {
            assert!(parse_range(bad).is_err(), "{bad}");
        }
    }
}
