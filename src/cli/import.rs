//! `tolk import`: a source text (and optionally its translation), a bilingual file, a new
//! version of a document or stand-off annotations, told apart by the file's name.

use super::Ctx;
use super::segment::parse_lang;
use crate::error::{Error, Result};
use crate::formats::text::{Paragraphs, label, read_text};
use crate::model::{check_doc_name, doc_name_from_path};
use crate::ops::import::annotations::{doc_name, import_annotations};
use crate::ops::import::attach::{AttachRequest, attach_translation};
use crate::ops::import::bilingual::{BilingualImport, format_of, import_bilingual};
use crate::ops::import::merge::merge_back;
use crate::ops::import::update::{update_with_progress, update_with_translation};
use crate::ops::import::{Prepared, TextImport, import_text};
use crate::print::progress::Progress;
use crate::segment::Lang;
use crate::store::Mode;
use std::path::{Path, PathBuf};

/// Import a source text as a document, segmented into paragraphs and sentences
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  tolk import libie-moskou.nl.txt\n  tolk import libie-moskou.nl.txt --translation libie-moskou.en.txt\n  tolk import libie-moskou.nl.txt --update\n  tolk import libie-moskou.po --update --author els\n  tolk import agency.xlf --doc agency-job"
)]
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
    /// Translation of the source, aligned with it sentence by sentence (1-1, 2-1, 1-2, left
    /// out, added …); the links that are not 1-1 are listed
    #[arg(long, value_name = "FILE")]
    translation: Option<PathBuf>,
    /// Document title
    #[arg(long)]
    title: Option<String>,
    /// Replace an existing document of the same name (its translations are discarded)
    #[arg(long, conflicts_with = "update")]
    replace: bool,
    /// Load a new version of an existing document: translations and annotations follow their
    /// sentences; spans that cannot be found again are kept as orphaned. With --translation,
    /// the new translation is then aligned against the new version: each link's text a new
    /// revision where it differs (history kept), the links replaced, one undoable operation.
    /// With a bilingual file (PO, XLIFF, TMX, TSV, CSV, JSONL) exported earlier: merge it back,
    /// each changed target or state a new revision (by the file's Last-Translator when it
    /// changed, else --author), unchanged entries left alone, one operation
    #[arg(long)]
    update: bool,
    /// Attach FILE as the translation of the existing document DOC: aligned against its
    /// current source, each link's English added as a new revision (history and annotations
    /// kept), one undoable operation; refused when DOC already has a translation
    #[arg(
        long,
        value_name = "DOC",
        conflicts_with_all = ["translation", "update", "replace", "doc", "title", "lang"]
    )]
    translation_of: Option<String>,
    /// With --translation-of: attach even though DOC has translations; they stay in the
    /// history, the new text becomes each link's current revision and the old links are replaced
    #[arg(long, requires = "translation_of")]
    replace_translations: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let actor = ctx.actor();
    if let Some(doc) = &args.translation_of {
        if format_of(&args.file)?.is_some() || crate::formats::standoff::is_standoff(&args.file) {
            return Err(Error::Usage(format!(
                "--translation-of takes a plain text file; {} is not one",
                label(&args.file)
            )));
        }
        let mut translation = Paragraphs::open(&args.file)?;
        let mut store = ctx.open(Mode::Write)?;
        let request = AttachRequest {
            doc,
            lang: args.target_lang,
            replace: args.replace_translations,
        };
        let report = attach_translation(&mut store, &actor, &request, &mut translation)?;
        return ctx.report(&report);
    }
    if crate::formats::standoff::is_standoff(&args.file) {
        let name = doc_name(&args.file, args.doc.as_deref())?;
        let text = read_text(&args.file)?;
        let mut store = ctx.open(Mode::Update)?;
        let report = import_annotations(&mut store, &actor, &text, &label(&args.file), &name)?;
        return ctx.report(&report);
    }
    if let Some(format) = format_of(&args.file)? {
        if args.translation.is_some() {
            return Err(Error::Usage(format!(
                "a {format} file carries its own translations; --translation is for text files"
            )));
        }
        let (mut input, label) = crate::formats::text::open(&args.file)?;
        // A name given on the command line is checked before the database is opened.
        if let Some(name) = &args.doc {
            check_doc_name(name)?;
        }
        let progress = bytes_read(ctx, &args.file);
        let mut store = ctx.open(if args.update {
            Mode::Update
        } else {
            Mode::Write
        })?;
        let request = BilingualImport {
            path: &args.file,
            label: &label,
            format,
            doc: args.doc.as_deref(),
            source_lang: args.lang.map(Lang::code),
            target_lang: args.target_lang.map(Lang::code),
            replace: args.replace,
        };
        if args.update {
            let report = merge_back(&mut store, &actor, &request, &mut input)?;
            return ctx.report(&report);
        }
        let report = import_bilingual(&mut store, &actor, &request, &mut input, &progress)?;
        return ctx.report(&report);
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
    if args.update {
        let source = read_text(&args.file)?;
        // The translation is read whole before anything is written; it is aligned against
        // the new version inside the update's operation.
        let translation = match &args.translation {
            Some(path) => {
                let mut paragraphs = Paragraphs::open(path)?;
                let mut all = Vec::new();
                while let Some(p) = paragraphs.next_paragraph()? {
                    all.push(p);
                }
                Some((all, label(path)))
            }
            None => None,
        };
        let mut prepared = Prepared::from_texts(name, &source, lang, None, target_lang)?;
        prepared.title = args.title;
        prepared.origin = Some(label(&args.file));
        let mut store = ctx.open(Mode::Update)?;
        // One step per sentence matched, one per sentence laid out: a bar from 1,000 sentences.
        let progress = Progress::on_start("updating", false, ctx.quiet, 2_000);
        let report = match &translation {
            Some((paragraphs, tlabel)) => update_with_translation(
                &mut store, &actor, &prepared, paragraphs, tlabel, &progress,
            )?,
            None => update_with_progress(&mut store, &actor, &prepared, &progress)?,
        };
        return ctx.report(&report);
    }
    let mut source = Paragraphs::open(&args.file)?;
    let mut translation = args
        .translation
        .as_deref()
        .map(Paragraphs::open)
        .transpose()?;
    let progress = bytes_read(ctx, &args.file);
    let mut store = ctx.open(Mode::Write)?;
    let request = TextImport {
        name,
        lang,
        target_lang,
        title: args.title,
        origin: label(&args.file),
        replace: args.replace,
    };
    let report = import_text(
        &mut store,
        &actor,
        &request,
        &mut source,
        translation.as_mut(),
        &progress,
    )?;
    ctx.report(&report)
}

/// A bar following the bytes read from `file`, for files of a megabyte or more.
fn bytes_read(ctx: &Ctx, file: &Path) -> Progress {
    let size = std::fs::metadata(file).map_or(0, |m| m.len());
    Progress::new(size, "importing", true, ctx.quiet || size < (1 << 20))
}
