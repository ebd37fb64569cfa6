//! `tolk import`: segment a source text (and optionally its translation) into a new document.

use super::Ctx;
use super::segment::parse_lang;
use crate::error::{Error, Result};
use crate::model::{NewSegment, check_doc_name, doc_name_from_path};
use crate::segment::Lang;
use crate::store::{Mode, NewDocument, prelude::*};
use std::path::{Path, PathBuf};

/// Import a source text as a document, segmented into paragraphs and sentences
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Source text (UTF-8; paragraphs separated by blank lines), or `-` for stdin
    file: PathBuf,
    /// Document name [default: the file name without extension and language suffix]
    #[arg(long)]
    doc: Option<String>,
    /// Language of the source [default: nl, or what a bilingual file says]
    #[arg(long, value_parser = parse_lang)]
    lang: Option<Lang>,
    /// Language of the translation [default: en, or what a bilingual file says]
    #[arg(long, value_parser = parse_lang)]
    target_lang: Option<Lang>,
    /// Translation with the same paragraphs and sentences as the source
    #[arg(long, value_name = "FILE")]
    translation: Option<PathBuf>,
    /// Document title
    #[arg(long)]
    title: Option<String>,
    /// Replace an existing document of the same name (its translations are discarded)
    #[arg(long, conflicts_with = "update")]
    replace: bool,
    /// Load a new version of an existing document: translations and annotations follow their
    /// sentences; spans that cannot be found again are kept as orphaned
    #[arg(long, conflicts_with = "translation")]
    update: bool,
}

/// A document ready to be stored: everything is read and validated before the database opens.
pub(super) struct Prepared {
    pub name: String,
    pub lang: Lang,
    pub target_lang: Lang,
    pub title: Option<String>,
    pub origin: Option<String>,
    pub segments: Vec<NewSegment>,
    pub paragraphs: usize,
}

impl Prepared {
    pub fn from_texts(
        name: String,
        source: &str,
        lang: Lang,
        translation: Option<(&str, &str)>,
        target_lang: Lang,
    ) -> Result<Prepared> {
        let paras = crate::segment::segment(source, lang);
        let segments = match translation {
            None => crate::align::source_only(&paras),
            Some((text, label)) => {
                let target = crate::segment::segment(text, target_lang);
                crate::align::by_structure(&paras, &target, label)?
            }
        };
        Ok(Prepared {
            name,
            lang,
            target_lang,
            title: None,
            origin: None,
            segments,
            paragraphs: paras.len(),
        })
    }

    /// Stores the document in one operation; refuses an existing name unless `replace`.
    pub fn store(&self, ctx: &Ctx, replace: bool) -> Result<Imported> {
        let mut store = ctx.open(Mode::Write)?;
        let translated = self
            .segments
            .iter()
            .filter(|s| s.translation.is_some())
            .count();
        let (_, op) = ctx.write(&mut store, "import", |tx, op| {
            let replaced = claim_name(tx, op, &self.name, replace)?;
            let doc_id = tx.insert_document(
                &NewDocument {
                    name: &self.name,
                    source_lang: self.lang.code(),
                    target_lang: self.target_lang.code(),
                    title: self.title.as_deref(),
                    origin: self.origin.as_deref(),
                },
                &self.segments,
                op,
            )?;
            let summary = format!(
                "{} {}{}: {} segments in {} paragraphs, {} translated",
                if replaced { "replaced" } else { "imported" },
                self.name,
                self.origin
                    .as_deref()
                    .map(|o| format!(" from {o}"))
                    .unwrap_or_default(),
                self.segments.len(),
                self.paragraphs,
                translated
            );
            Ok(((), summary, Some(doc_id)))
        })?;
        Ok(Imported {
            doc: self.name.clone(),
            segments: self.segments.len(),
            paragraphs: self.paragraphs,
            translated,
            operation: op,
        })
    }
}

#[derive(Debug, serde::Serialize)]
pub(super) struct Imported {
    pub doc: String,
    pub segments: usize,
    pub paragraphs: usize,
    pub translated: usize,
    pub operation: i64,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    if crate::formats::standoff::is_standoff(&args.file) {
        let name = super::import_annotations::doc_name(&args.file, args.doc.as_deref())?;
        let text = crate::formats::text::read_text(&args.file)?;
        let report = super::import_annotations::import(ctx, &text, &label(&args.file), &name)?;
        if ctx.json {
            return ctx.print.out.json(&report);
        }
        ctx.notice(&format!(
            "{}: {} annotations added, {} already present",
            report.doc, report.added, report.already_present
        ));
        return Ok(());
    }
    if let Some((format, read)) = super::import_bilingual::reader_for(&args.file) {
        if args.update || args.translation.is_some() {
            return Err(Error::Usage(format!(
                "a {format} file carries its own translations; --update and --translation are for text files"
            )));
        }
        let report = super::import_bilingual::import(
            ctx,
            &args.file,
            read,
            format,
            &super::import_bilingual::Options {
                doc: args.doc.as_deref(),
                source_lang: args.lang.map(Lang::code),
                target_lang: args.target_lang.map(Lang::code),
                replace: args.replace,
            },
        )?;
        if ctx.json {
            return ctx.print.out.json(&report);
        }
        ctx.notice(&format!(
            "imported {} from {format}: {} segments, {} translated, {} annotations",
            report.doc, report.segments, report.translated, report.annotations
        ));
        return Ok(());
    }
    let lang = args.lang.unwrap_or(Lang::Nl);
    let target_lang = args.target_lang.unwrap_or(Lang::En);
    let name = match &args.doc {
        Some(n) => n.clone(),
        None if args.file.as_os_str() == "-" => {
            return Err(Error::Usage("importing from stdin needs --doc NAME".into()));
        }
        None => doc_name_from_path(&args.file, lang.code()),
    };
    check_doc_name(&name)?;
    if !args.update {
        let imported = stream(ctx, &args, name, lang, target_lang)?;
        return report(ctx, &imported);
    }
    let source = crate::formats::text::read_text(&args.file)?;
    let translation = match &args.translation {
        Some(path) => Some((crate::formats::text::read_text(path)?, label(path))),
        None => None,
    };
    let mut prepared = Prepared::from_texts(
        name,
        &source,
        lang,
        translation.as_ref().map(|(t, l)| (t.as_str(), l.as_str())),
        target_lang,
    )?;
    prepared.title = args.title;
    prepared.origin = Some(label(&args.file));
    {
        let report = super::import_update::update(ctx, &prepared)?;
        if ctx.json {
            return ctx.print.out.json(&report);
        }
        for e in &report.events {
            ctx.notice(e);
        }
        ctx.notice(&format!(
            "updated {}: {} segments ({} unchanged, {} moved, {} edited, {} inserted, {} removed); annotations: {} re-anchored, {} fixed upstream, {} orphaned; {} reviewed translation(s) to recheck",
            report.doc,
            report.segments,
            report.unchanged,
            report.moved,
            report.edited,
            report.inserted,
            report.removed,
            report.annotations_reanchored,
            report.annotations_upstream,
            report.annotations_orphaned,
            report.translations_to_recheck
        ));
    }
    Ok(())
}

/// Imports a text file (and its translation) paragraph by paragraph inside one transaction, so
/// memory stays flat however long the file; any error rolls everything back.
fn stream(ctx: &Ctx, args: &Args, name: String, lang: Lang, target_lang: Lang) -> Result<Imported> {
    use crate::formats::text::Paragraphs;
    use crate::store::NewRevision;
    let mut source = Paragraphs::open(&args.file)?;
    let mut target = args
        .translation
        .as_deref()
        .map(Paragraphs::open)
        .transpose()?;
    let origin = label(&args.file);
    let size = std::fs::metadata(&args.file).map_or(0, |m| m.len());
    let progress = crate::print::progress::Progress::new(
        size,
        "importing",
        true,
        ctx.quiet || size < (1 << 20),
    );
    let mut store = ctx.open(Mode::Write)?;
    let mut counts = (0usize, 0usize, 0usize); // segments, paragraphs, translated
    let (_, op) = ctx.write(&mut store, "import", |tx, op| {
        let replaced = claim_name(tx, op, &name, args.replace)?;
        let doc_id = tx.insert_document_header(
            &NewDocument {
                name: &name,
                source_lang: lang.code(),
                target_lang: target_lang.code(),
                title: args.title.as_deref(),
                origin: Some(&origin),
            },
            op,
        )?;
        let (segments, paragraphs, translated) = &mut counts;
        while let Some(text) = source.next_paragraph()? {
            progress.set(source.offset());
            *paragraphs += 1;
            let Some(src) = crate::segment::segment(&text, lang).into_iter().next() else {
                continue;
            };
            let pairs: Vec<(String, Option<String>)> = match target.as_mut() {
                None => src
                    .sentences
                    .iter()
                    .map(|s| (crate::align::sentence_text(&s.text), None))
                    .collect(),
                Some(t) => {
                    let label = t.label().to_string();
                    let Some(ttext) = t.next_paragraph()? else {
                        return Err(count_mismatch(&mut source, *paragraphs, &label));
                    };
                    let tp = crate::segment::segment(&ttext, target_lang).into_iter().next();
                    let tp = tp.unwrap_or(crate::segment::Paragraph {
                        start: 0,
                        end: 0,
                        sentences: Vec::new(),
                    });
                    crate::align::pair_paragraph(*paragraphs, &src, &tp, &label)?
                        .into_iter()
                        .map(|(a, b)| (a, Some(b)))
                        .collect()
                }
            };
            for (text, tr) in pairs {
                *segments += 1;
                let rev = tr.as_deref().map(|text| NewRevision {
                    text,
                    state: crate::model::State::Translated,
                    comment: None,
                });
                *translated += usize::from(rev.is_some());
                tx.append_segment(doc_id, *segments, *paragraphs, &text, rev.as_ref(), None, None, op)?;
            }
        }
        if *segments == 0 {
            return Err(Error::input(format!("{origin}: file is empty (no text to import)")));
        }
        if let Some(t) = target.as_mut()
            && t.next_paragraph()?.is_some()
        {
            let label = t.label().to_string();
            let extra = 1 + std::iter::from_fn(|| t.next_paragraph().transpose()).count();
            return Err(crate::align::paragraph_count_mismatch(&label, *paragraphs, *paragraphs + extra));
        }
        let summary = format!(
            "{} {name} from {origin}: {segments} segments in {paragraphs} paragraphs, {translated} translated",
            if replaced { "replaced" } else { "imported" },
        );
        Ok(((), summary, Some(doc_id)))
    })?;
    Ok(Imported {
        doc: name,
        segments: counts.0,
        paragraphs: counts.1,
        translated: counts.2,
        operation: op,
    })
}

/// The translation ran out of paragraphs before the source: count the rest for the message.
fn count_mismatch(source: &mut crate::formats::text::Paragraphs, at: usize, label: &str) -> Error {
    let mut total = at;
    loop {
        match source.next_paragraph() {
            Ok(Some(_)) => total += 1,
            Ok(None) => break,
            Err(e) => return e,
        }
    }
    crate::align::paragraph_count_mismatch(label, total, at - 1)
}

/// Makes way for a new document called `name`: refuses an existing one unless `replace`, in
/// which case the old one is deleted (recorded, so undo brings it back). True if replaced.
pub(super) fn claim_name(
    tx: &crate::store::Tx<'_>,
    op: crate::store::OpCtx<'_>,
    name: &str,
    replace: bool,
) -> Result<bool> {
    let Some(old) = tx.find_document(name)? else {
        return Ok(false);
    };
    if !replace {
        return Err(Error::input(format!(
            "document '{name}' already exists ({} segments); use --replace to overwrite it or --doc to choose another name",
            old.segments
        )));
    }
    tx.delete_document(old.id, op)?;
    Ok(true)
}

pub(super) fn report(ctx: &mut Ctx, imported: &Imported) -> Result<()> {
    if ctx.json {
        return ctx.print.out.json(imported);
    }
    ctx.notice(&format!(
        "imported {}: {} segments in {} paragraphs, {} translated",
        imported.doc, imported.segments, imported.paragraphs, imported.translated
    ));
    Ok(())
}

fn label(path: &Path) -> String {
    if path.as_os_str() == "-" {
        "<stdin>".into()
    } else {
        path.display().to_string()
    }
}
