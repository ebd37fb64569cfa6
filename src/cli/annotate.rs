//! `tolk annotate`: mark an entity or attach a note to a span of a segment.

use super::{Ctx, spans};
use crate::error::{Error, Result};
use crate::model::{AnnStatus, Body, EntityType, Kind};
use crate::store::Mode;

/// Mark a named entity or attach a note to a span of a segment
#[derive(Debug, clap::Args)]
pub struct Args {
    /// DOC:N
    address: String,
    /// entity or note (corrections: `tolk correct`; attributions: `tolk attribute`)
    #[arg(long)]
    kind: String,
    /// The text to mark, exactly as it appears in the segment
    #[arg(long = "match", value_name = "TEXT")]
    matches: String,
    /// Which occurrence, when the text occurs more than once (1-based)
    #[arg(long)]
    nth: Option<usize>,
    /// Entity type: person, organisation, place or other
    #[arg(long = "type", value_name = "TYPE")]
    entity_type: Option<String>,
    /// The note's text
    #[arg(long)]
    text: Option<String>,
    /// Annotate the current translation instead of the source
    #[arg(long)]
    target: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let kind: Kind = args.kind.parse()?;
    let body = match kind {
        Kind::Entity => Body::Entity {
            entity_type: args
                .entity_type
                .as_deref()
                .unwrap_or("other")
                .parse::<EntityType>()?,
        },
        Kind::Note => match args.text.as_deref().map(str::trim) {
            Some(text) if !text.is_empty() => Body::Note {
                text: text.to_string(),
            },
            _ => return Err(Error::input("a note needs --text".to_string())),
        },
        Kind::Correction => {
            return Err(Error::input(
                "use `tolk correct DOC:N FROM TO` for corrections".to_string(),
            ));
        }
        Kind::Attribution => {
            return Err(Error::input(
                "use `tolk attribute DOC:N --claim TEXT --speaker NAME` for attributions"
                    .to_string(),
            ));
        }
    };
    let mut store = ctx.open(Mode::Write)?;
    let t = spans::target(&store, &args.address, spans::side(args.target))?;
    let span = spans::select(&t, &args.matches, args.nth, "text")?;
    let summary = |id: i64| format!("{} {kind} #{id}", t.seg.address());
    spans::mark(
        ctx,
        &mut store,
        "annotate",
        &t,
        span,
        &body,
        AnnStatus::Accepted,
        summary,
    )
}
