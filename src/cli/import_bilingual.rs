//! `tolk import FILE.{tmx,xlf,xliff,po,tsv,jsonl}`: a bilingual file becomes a document with its
//! translations, and, for tolk's own exports, their states, comments and annotations.

use super::Ctx;
use crate::error::{Error, Result};
use crate::formats::{ImportedDoc, Reader};
use crate::model::{State, check_doc_name};
use crate::store::{Mode, NewDocument, NewRevision, Read};
use std::path::Path;

#[derive(Debug, serde::Serialize)]
pub struct Report {
    pub doc: String,
    pub format: &'static str,
    pub segments: usize,
    pub paragraphs: usize,
    pub translated: usize,
    pub annotations: usize,
    pub operation: i64,
}

/// The reader for a bilingual file, by extension, with the format's name.
pub fn reader_for(path: &Path) -> Option<(&'static str, Reader)> {
    if crate::formats::standoff::is_standoff(path) {
        return None;
    }
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    crate::formats::reader_for_extension(&ext)
}

/// A language tag as tolk stores it: the primary subtag, lower case (`nl-NL` → `nl`).
fn primary(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or(tag)
        .trim()
        .to_ascii_lowercase()
}

pub struct Options<'a> {
    pub doc: Option<&'a str>,
    pub source_lang: Option<&'a str>,
    pub target_lang: Option<&'a str>,
    pub replace: bool,
}

pub fn import(
    ctx: &Ctx,
    path: &Path,
    read: Reader,
    format: &'static str,
    opts: &Options<'_>,
) -> Result<Report> {
    let label = path.display().to_string();
    let text = crate::formats::text::read_text(path)?;
    let parsed: ImportedDoc = read(&text, &label)?;
    if parsed.segments.is_empty() {
        return Err(Error::input(format!("{label}: no segments to import")));
    }
    let name = match (opts.doc, &parsed.name) {
        (Some(d), _) => d.to_string(),
        (None, Some(n)) => n.clone(),
        (None, None) => {
            let stem = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            crate::model::doc_name_from_path(Path::new(&stem), "")
        }
    };
    check_doc_name(&name)?;
    let source_lang = opts
        .source_lang
        .map(str::to_string)
        .or(parsed.source_lang.as_deref().map(primary))
        .unwrap_or_else(|| "nl".into());
    let target_lang = opts
        .target_lang
        .map(str::to_string)
        .or(parsed.target_lang.as_deref().map(primary))
        .unwrap_or_else(|| "en".into());
    let paragraphs = parsed
        .segments
        .iter()
        .map(|s| s.paragraph)
        .max()
        .unwrap_or(0);
    let mut store = ctx.open(Mode::Write)?;
    let mut translated = 0;
    let mut annotations = 0;
    let (doc_id, op) = ctx.write(&mut store, "import", |tx, op| {
        let replaced = super::import::claim_name(tx, op, &name, opts.replace)?;
        let doc_id = tx.insert_document_header(
            &NewDocument {
                name: &name,
                source_lang: &source_lang,
                target_lang: &target_lang,
                title: None,
                origin: Some(&label),
            },
            op,
        )?;
        for (i, seg) in parsed.segments.iter().enumerate() {
            // A draft target in a state that says "not translated yet" is still a translation.
            let state = if seg.state == State::Untranslated { State::Translated } else { seg.state };
            let rev = seg.target.as_deref().map(|text| NewRevision {
                text,
                state,
                comment: seg.comment.as_deref(),
            });
            translated += usize::from(rev.is_some());
            let position = i + 1;
            tx.append_segment(doc_id, position, seg.paragraph.max(1), &seg.source, rev.as_ref(), seg.author.as_deref(), seg.revision, op)?;
        }
        let doc = tx.document(&name)?;
        for seg in &parsed.segments {
            for e in &seg.annotations {
                if super::import_annotations::add_entry(tx, op, &doc, e, &label)? {
                    annotations += 1;
                }
            }
        }
        let summary = format!(
            "{} {name} from {label} ({format}): {} segments, {translated} translated, {annotations} annotations",
            if replaced { "replaced" } else { "imported" },
            parsed.segments.len()
        );
        Ok((doc_id, summary, Some(doc_id)))
    })?;
    debug_assert!(doc_id > 0);
    Ok(Report {
        doc: name,
        format,
        segments: parsed.segments.len(),
        paragraphs,
        translated,
        annotations,
        operation: op,
    })
}
