//! The undoable tables, declared once: their columns (the only names `rows` splices into SQL),
//! how their rows tie later work to the operation that changed them (footprints, `log DOC:N`),
//! and whether operations insert them in bulk. Undo, footprints and the segment filter of
//! `log` are derived from this list; a unit test holds it against the migrated schema.

use crate::model::{RowChange, Table};
use serde_json::Value;

/// How the rows of a table relate to documents and segments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// The row is a document: later work anywhere inside it depends on the operation.
    Document,
    /// The row is a segment of a document (`document_id`): its text and place.
    Segment,
    /// One step of a segment's history (`segment_id`): later steps of that segment depend on it.
    History,
    /// A span on a segment (`segment_id`) with an identity of its own: later changes to the
    /// same row, or to its segment, depend on it.
    Span,
    /// A project-wide list outside every document (no dependencies tracked yet).
    Project,
}

impl Relation {
    /// Whether rows of this kind belong to one segment through a `segment_id` column.
    pub fn on_segment(self) -> bool {
        matches!(self, Relation::History | Relation::Span)
    }
}

/// One undoable table.
#[derive(Debug)]
pub struct Undoable {
    pub table: Table,
    /// Every column, in schema order.
    pub columns: &'static [&'static str],
    pub relation: Relation,
    /// Rows are inserted without a `changes` entry, carrying the creating operation in
    /// `operation_id`; undo finds them (and deletes them) through it.
    pub bulk: bool,
}

impl Undoable {
    pub fn name(&self) -> &'static str {
        self.table.as_str()
    }

    /// The segments a changed row belongs to (before and after the change).
    fn segments_of(&self, change: &RowChange) -> Vec<i64> {
        match self.relation {
            Relation::Segment => vec![change.row_id],
            r if r.on_segment() => [&change.before, &change.after]
                .into_iter()
                .filter_map(|row| segment_id(row.as_ref()))
                .collect(),
            _ => Vec::new(),
        }
    }
}

/// The `segment_id` of a row as JSON.
pub(super) fn segment_id(row: Option<&Value>) -> Option<i64> {
    row.and_then(|v| v.get("segment_id"))
        .and_then(Value::as_i64)
}

/// Parents before children: restoring rows in this order never meets a missing parent, and
/// undo deletes what an operation created in the reverse order.
pub const UNDOABLE: &[Undoable] = &[
    Undoable {
        table: Table::Documents,
        columns: &[
            "id",
            "name",
            "source_lang",
            "target_lang",
            "title",
            "origin",
            "created_at",
            "operation_id",
            "extra",
        ],
        relation: Relation::Document,
        bulk: true,
    },
    Undoable {
        table: Table::Segments,
        columns: &[
            "id",
            "document_id",
            "position",
            "paragraph",
            "text",
            "extra",
        ],
        relation: Relation::Segment,
        bulk: false,
    },
    Undoable {
        table: Table::Translations,
        columns: &[
            "id",
            "segment_id",
            "revision",
            "text",
            "state",
            "comment",
            "author",
            "created_at",
            "operation_id",
            "origin",
            "extra",
        ],
        relation: Relation::History,
        bulk: true,
    },
    Undoable {
        table: Table::Annotations,
        columns: &[
            "id",
            "segment_id",
            "side",
            "kind",
            "start",
            "end",
            "exact",
            "prefix",
            "suffix",
            "body",
            "status",
            "author",
            "created_at",
            "operation_id",
        ],
        relation: Relation::Span,
        bulk: true,
    },
    Undoable {
        table: Table::Words,
        columns: &["id", "word", "author", "created_at", "operation_id"],
        relation: Relation::Project,
        bulk: true,
    },
    Undoable {
        table: Table::Glossary,
        columns: &[
            "id",
            "source",
            "target",
            "note",
            "author",
            "created_at",
            "operation_id",
        ],
        relation: Relation::Project,
        bulk: true,
    },
    Undoable {
        table: Table::Tms,
        columns: &[
            "id",
            "name",
            "source_lang",
            "target_lang",
            "origin",
            "created_at",
            "operation_id",
            "indexed",
        ],
        relation: Relation::Project,
        bulk: true,
    },
    Undoable {
        table: Table::TmUnits,
        columns: &[
            "id",
            "tm_id",
            "source",
            "target",
            "author",
            "created_at",
            "operation_id",
        ],
        relation: Relation::Project,
        bulk: true,
    },
    Undoable {
        table: Table::Links,
        columns: &[
            "id",
            "segment_id",
            "sources",
            "targets",
            "after",
            "text",
            "score",
            "origin",
            "operation_id",
        ],
        relation: Relation::History,
        bulk: true,
    },
    Undoable {
        table: Table::AcceptedFindings,
        columns: &[
            "id",
            "segment_id",
            "scope",
            "check_name",
            "side",
            "exact",
            "source",
            "target",
            "reason",
            "author",
            "created_at",
            "operation_id",
        ],
        relation: Relation::Span,
        bulk: true,
    },
];

/// Tables that are the history itself: never changed by undo (SQLite's own `sqlite_*` tables
/// aside, every other table must be in [`UNDOABLE`]).
pub const NOT_UNDOABLE: &[&str] = &["operations", "changes"];

/// Derived tables: the translation-memory index (`tm_postings`, and `tm_delta`, the rows
/// written since it was brought up to date). Never recorded for undo: SQL triggers on
/// `translations`, `segments` and `tm_units` and the end of every operation keep them current
/// in the same transaction as every write to those tables (see migration 11).
pub fn is_derived(table: &str) -> bool {
    table == "tm_postings" || table == "tm_delta"
}

/// The declaration of `table`.
pub fn undoable(table: Table) -> &'static Undoable {
    UNDOABLE
        .iter()
        .find(|u| u.table == table)
        .expect("every Table is declared in UNDOABLE (checked by a unit test)")
}

/// The declaration of the table named `name`, if it is undoable.
pub(super) fn by_name(name: &str) -> Option<&'static Undoable> {
    UNDOABLE.iter().find(|u| u.name() == name)
}

/// Whether a recorded row change concerns segment `segment_id` (the segment row itself, or a
/// row on it before or after the change): what `log DOC:N --patch` keeps.
pub fn touches_segment(change: &RowChange, segment_id: i64) -> bool {
    by_name(&change.table).is_some_and(|u| u.segments_of(change).contains(&segment_id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::Connection;

    fn schema() -> Vec<(String, Vec<String>)> {
        let mut conn = Connection::open_in_memory().unwrap();
        super::super::migrations::migrate(&mut conn).unwrap();
        let names: Vec<String> = conn
            .prepare(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
            )
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        names
            .into_iter()
            .map(|t| {
                let cols = conn
                    .prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid")
                    .unwrap()
                    .query_map([&t], |r| r.get(0))
                    .unwrap()
                    .collect::<rusqlite::Result<_>>()
                    .unwrap();
                (t, cols)
            })
            .collect()
    }

    /// A column added by a migration but not declared here would silently drop out of undo.
    #[test]
    fn declaration_matches_the_migrated_schema() {
        let schema = schema();
        for (table, columns) in &schema {
            if is_derived(table) {
                continue;
            }
            match by_name(table) {
                Some(u) => assert_eq!(
                    u.columns, columns,
                    "table {table}: UNDOABLE declares other columns than the schema has"
                ),
                None => assert!(
                    NOT_UNDOABLE.contains(&table.as_str()),
                    "table {table} is neither declared undoable nor listed in NOT_UNDOABLE"
                ),
            }
        }
        for name in UNDOABLE
            .iter()
            .map(Undoable::name)
            .chain(NOT_UNDOABLE.iter().copied())
        {
            assert!(
                schema.iter().any(|(t, _)| t == name),
                "{name} is declared but not in the schema"
            );
        }
    }

    #[test]
    fn declaration_is_consistent() {
        for t in Table::ALL {
            assert_eq!(
                UNDOABLE.iter().filter(|u| u.table == *t).count(),
                1,
                "{t} must be declared exactly once"
            );
        }
        for u in UNDOABLE {
            let has = |c: &str| u.columns.contains(&c);
            assert_eq!(u.columns.first(), Some(&"id"), "{}", u.name());
            // Bulk rows are found through operation_id, and any operation_id must be followed.
            assert_eq!(u.bulk, has("operation_id"), "{}", u.name());
            assert_eq!(u.relation.on_segment(), has("segment_id"), "{}", u.name());
            assert_eq!(
                u.relation == Relation::Segment,
                has("document_id"),
                "{}",
                u.name()
            );
        }
        let order: Vec<Relation> = UNDOABLE.iter().map(|u| u.relation).collect();
        let pos = |r: Relation| order.iter().position(|x| *x == r).unwrap();
        assert!(pos(Relation::Document) < pos(Relation::Segment));
        assert!(pos(Relation::Segment) < pos(Relation::History));
        assert!(pos(Relation::Segment) < pos(Relation::Span));
    }

    #[test]
    fn changes_are_tied_to_their_segments() {
        let change = |table: &str, row_id, before: Option<Value>, after: Option<Value>| RowChange {
            table: table.into(),
            row_id,
            before,
            after,
        };
        let on = |s: i64| Some(serde_json::json!({ "segment_id": s }));
        assert!(touches_segment(&change("segments", 7, None, None), 7));
        assert!(touches_segment(&change("annotations", 1, on(3), on(7)), 7));
        assert!(touches_segment(&change("translations", 1, None, on(7)), 7));
        assert!(!touches_segment(&change("translations", 7, on(3), None), 7));
        assert!(!touches_segment(&change("words", 7, None, None), 7));
        assert!(!touches_segment(&change("nope", 7, on(7), on(7)), 7));
    }
}
