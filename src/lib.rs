//! tolk: a translation and annotation workbench for Dutch–English parallel text in SQLite.
//!
//! Layers, arrows pointing down only (checked by `tests/architecture.rs`):
//! - `cli` (clap, one file per subcommand) parses, calls `ops`, and hands the typed report to
//!   `print` (human or JSON, chosen once; the only code that writes to the terminal).
//! - `ops` is the service layer: every mutation and query as a plain function with a typed
//!   request and a `Serialize` report; each write is one `store::Store::operation`.
//! - `store` holds all SQL, split by aggregate; the pure engines (`segment`, `align`, `anchor`,
//!   `diff`, `check`, `attribution`, `formats`, `tm`) know nothing of SQLite, clap or the printer.
//! - `model`, `error`, `text`, `clock` and `outfile` are the leaves everything may use.

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
pub mod tm;
