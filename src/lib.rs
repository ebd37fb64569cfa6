//! tolk: a translation and annotation workbench for Dutch–English parallel text in SQLite.
//!
//! Data flows from `formats` (reading files) through `segment` and `align` into `store` (the
//! only SQL); out again through `store` into `render` (human or JSON) or `formats` (exports).
//! The pure engines `anchor` (spans), `diff`, `check` and `attribution` work on model types;
//! `cli` holds one file per subcommand and ties these together.

pub mod align;
pub mod anchor;
pub mod attribution;
pub mod check;
pub mod cli;
pub mod clock;
pub mod corpus;
pub mod diff;
pub mod error;
pub mod formats;
pub mod model;
pub mod ops;
pub mod outfile;
pub mod print;
pub mod segment;
pub mod store;
pub mod text;
