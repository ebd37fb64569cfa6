//! The service layer: every mutation and query as a plain function, a typed request in and a
//! typed `Serialize` report out. No clap, no printing; each write is one `Store::operation`,
//! and every read it depends on happens inside that transaction.

pub mod align;
pub mod annotate;
pub mod attribution;
pub mod check;
pub mod demo;
pub mod export;
pub mod history;
pub mod import;
pub mod lexicon;
pub mod links;
pub mod review;
pub mod state;
pub mod stats;
pub mod tm;
pub mod translate;
pub mod view;

pub use crate::store::Actor;

/// Where a long operation reports how far it got: a bar on a terminal, or nothing.
pub trait Progress {
    /// The total, once the operation knows it (before the first `set` or `inc`).
    fn start(&self, _total: u64) {}
    fn set(&self, _done: u64) {}
    fn inc(&self, _n: u64) {}
}

/// No progress reporting.
pub struct Silent;

impl Progress for Silent {}

/// `address` with the position of the segment it names: `DOC@ID` looked up where the segment
/// stands now; other addresses as they are. For reading; a write looks the id up inside its
/// own transaction (`SegmentsRead::locate`).
pub fn located(
    store: &impl crate::store::Read,
    address: &crate::model::Address,
) -> crate::error::Result<crate::model::Address> {
    if address.key.is_none() {
        return Ok(address.clone());
    }
    let doc = store.document(&address.doc)?;
    Ok(crate::model::Address::at(
        &doc.name,
        store.locate(&doc, address)?,
    ))
}
