//! `tolk annotate`: mark an entity or attach a note to a span of a segment.

use super::Ctx;
use crate::error::{Error, Result};
use crate::model::{Address, AnnStatus, Body, EntityType, Kind, Side};
use crate::ops::annotate::{self, Mark};
use crate::store::Mode;

/// Mark a named entity or attach a note to a span of a segment
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  tolk annotate libie-moskou:11 --kind entity --match Wagner --type organisation\n  tolk annotate libie-moskou:3 --kind note --match EPA --text \"European Pressphoto Agency\""
)]
pub struct Args {
    /// DOC:N
    address: Address,
    /// entity or note (corrections: `tolk correct`; attributions: `tolk attribute`)
    #[arg(long, value_parser = super::choice::<Kind>())]
    kind: Kind,
    /// The text to mark, exactly as it appears in the segment
    #[arg(long = "match", value_name = "TEXT")]
    matches: String,
    /// Which occurrence, when the text occurs more than once (1-based)
    #[arg(long)]
    nth: Option<usize>,
    /// Entity type [default: other]
    #[arg(long = "type", value_name = "TYPE", value_parser = super::choice::<EntityType>())]
    entity_type: Option<EntityType>,
    /// The note's text
    #[arg(long)]
    text: Option<String>,
    /// Annotate the current translation instead of the source
    #[arg(long)]
    target: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let body = match args.kind {
        Kind::Entity => Body::Entity {
            entity_type: args.entity_type.unwrap_or(EntityType::Other),
        },
        Kind::Note => Body::Note {
            text: args.text.unwrap_or_default(),
        },
        Kind::Correction => {
            return Err(Error::Usage(
                "use `tolk correct DOC:N FROM TO` for corrections".to_string(),
            ));
        }
        Kind::Attribution => {
            return Err(Error::Usage(
                "use `tolk attribute DOC:N --claim TEXT --speaker NAME` for attributions"
                    .to_string(),
            ));
        }
    };
    let request = Mark {
        address: args.address,
        side: if args.target {
            Side::Target
        } else {
            Side::Source
        },
        text: args.matches,
        nth: args.nth,
        body,
        status: AnnStatus::Accepted,
    };
    let mut store = ctx.open(Mode::Write)?;
    let report = annotate::mark(&mut store, &ctx.actor(), &request)?;
    ctx.report(&report)
}
