//! `tolk translate`: add a translation revision to one segment; earlier revisions are kept.

use super::Ctx;
use crate::error::{Error, Result};
use crate::model::{Address, State};
use crate::store::{Mode, NewRevision, Read};
use std::io::Read as _;
use std::path::PathBuf;

/// Add a new translation revision of a segment (earlier revisions are kept)
#[derive(Debug, clap::Args)]
pub struct Args {
    /// DOC:N
    address: String,
    /// The translation; `-` reads it from stdin
    #[arg(conflicts_with = "file", required_unless_present = "file")]
    text: Option<String>,
    /// Read the translation from a file
    #[arg(long, short)]
    file: Option<PathBuf>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let address: Address = args.address.parse()?;
    let n = segment_number(&address)?;
    let text = match (&args.text, &args.file) {
        (Some(t), _) if t == "-" => {
            let mut buf = Vec::new();
            std::io::stdin()
                .read_to_end(&mut buf)
                .map_err(|e| Error::input(format!("<stdin>: cannot read: {e}")))?;
            crate::formats::text::decode(&buf, "<stdin>")?
        }
        (Some(t), _) => t.clone(),
        (None, Some(path)) => crate::formats::text::read_text(path)?,
        (None, None) => unreachable!("clap requires TEXT or --file"),
    };
    let text = text.trim_end_matches(['\n', '\r']).to_string();
    if text.trim().is_empty() {
        return Err(Error::input(format!(
            "empty translation for {}; nothing changed",
            address
        )));
    }
    let mut store = ctx.open(Mode::Write)?;
    let doc = store.document(&address.doc)?;
    let seg = store.segment(&doc, n)?;
    if seg.current.as_ref().is_some_and(|t| t.text == text) {
        ctx.notice(&format!(
            "{}: translation unchanged; no new revision",
            seg.address()
        ));
        return Ok(());
    }
    let ((revision, state), op) = ctx.write(&mut store, "translate", |tx, op| {
        let state = State::Translated;
        let revision = tx.add_revision(
            seg.id,
            &NewRevision {
                text: &text,
                state,
                comment: None,
            },
            op,
        )?;
        Ok((
            (revision, state),
            format!("{} r{revision}", seg.address()),
            Some(doc.id),
        ))
    })?;
    if ctx.json {
        ctx.out.json(&serde_json::json!({
            "id": seg.address(), "revision": revision, "state": state, "operation": op,
        }))
    } else {
        ctx.notice(&format!("{}: revision {revision} ({state})", seg.address()));
        Ok(())
    }
}

/// The N of DOC:N, for commands that act on exactly one segment.
pub(super) fn segment_number(a: &Address) -> Result<usize> {
    a.position.ok_or_else(|| {
        Error::input(format!(
            "'{a}' names a document; this command needs one segment, DOC:N"
        ))
    })
}
