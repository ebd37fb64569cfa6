//! JSON Lines export: one object per segment (see [`super::Record`]), UTF-8, no pretty-printing.

use super::Record;
use std::io::{self, Write};

pub fn write_record(w: &mut dyn Write, r: &Record<'_>) -> io::Result<()> {
    serde_json::to_writer(&mut *w, r).map_err(io::Error::other)?;
    w.write_all(b"\n")
}
