//! The span helpers of the annotating commands now live in `ops::annotate`; re-exported here
//! for the import of annotation files until it moves into `ops` too.

pub use crate::ops::annotate::{add, select, target_at};
