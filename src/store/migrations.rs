//! Schema migrations: numbered SQL files in `migrations/`, embedded, applied in order in one
//! transaction; the schema version lives in `PRAGMA user_version`.

use rusqlite::Connection;
use rusqlite_migration::{M, Migrations};

const SQL: &[&str] = &[
    include_str!("../../migrations/0001_init.sql"),
    include_str!("../../migrations/0002_annotations.sql"),
    include_str!("../../migrations/0003_undo.sql"),
    include_str!("../../migrations/0004_words_glossary.sql"),
    include_str!("../../migrations/0005_never_reuse_ids.sql"),
    include_str!("../../migrations/0006_tm.sql"),
    include_str!("../../migrations/0007_links.sql"),
    include_str!("../../migrations/0008_tm_index_lean.sql"),
    include_str!("../../migrations/0009_foreign_data.sql"),
    include_str!("../../migrations/0010_accepted_findings.sql"),
    include_str!("../../migrations/0011_tm_postings.sql"),
];

pub const LATEST_VERSION: usize = SQL.len();

fn migrations() -> Migrations<'static> {
    // Migrations that rebuild tables run with foreign keys off (a DROP TABLE would otherwise
    // cascade); each is checked with `PRAGMA foreign_key_check` before it commits.
    Migrations::new(
        SQL.iter()
            .map(|sql| M::up(sql).foreign_key_check())
            .collect(),
    )
}

/// The schema version of an open database, and whether it is one tolk may use: read without
/// changing anything, so a file that is not tolk's is refused untouched.
pub(super) fn identify(conn: &Connection) -> Result<i64, rusqlite::Error> {
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    Ok(version)
}

/// Why a database at `version` cannot be used by this tolk, if it cannot.
pub(super) fn refusal(conn: &Connection, version: i64) -> Result<Option<String>, rusqlite::Error> {
    if version > LATEST_VERSION as i64 {
        return Ok(Some(format!(
            "has schema version {version}, newer than this tolk understands ({LATEST_VERSION}); upgrade tolk"
        )));
    }
    if version == 0 {
        let tables: i64 = conn.query_row(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'",
            [],
            |r| r.get(0),
        )?;
        if tables > 0 {
            return Ok(Some("is an SQLite database but not a tolk database (it has tables but no tolk schema version)".into()));
        }
    }
    Ok(None)
}

/// Brings the database to the latest schema; refuses databases written by a newer tolk or by
/// something that is not tolk at all.
pub(super) fn migrate(conn: &mut Connection) -> Result<(), String> {
    let describe = |e: rusqlite::Error| crate::error::describe(&e);
    let version = identify(conn).map_err(describe)?;
    if let Some(why) = refusal(conn, version).map_err(describe)? {
        return Err(why);
    }
    if version == LATEST_VERSION as i64 {
        return Ok(());
    }
    conn.pragma_update(None, "foreign_keys", "OFF")
        .map_err(describe)?;
    let migrated = migrations()
        .to_latest(conn)
        .map_err(|e| format!("migration failed: {e}"));
    conn.pragma_update(None, "foreign_keys", "ON")
        .map_err(describe)?;
    migrated?;
    // Migration 10 leaves every stored pair to be indexed by tolk (see its header).
    let tx = conn.transaction().map_err(describe)?;
    super::tm::catch_up(&tx).map_err(describe)?;
    tx.commit().map_err(describe)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrations().to_latest(&mut conn).unwrap();
    }

    #[test]
    fn fresh_database_reaches_latest_version() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn).unwrap();
        let v: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(v, LATEST_VERSION as i64);
        migrate(&mut conn).unwrap();
    }

    /// A database from schema 4 keeps its rows and history, and never hands out an id that
    /// a deleted row (remembered only in `changes`) had.
    #[test]
    fn ids_are_never_reused_after_the_autoincrement_migration() {
        let mut conn = Connection::open_in_memory().unwrap();
        Migrations::new(SQL[..4].iter().map(|sql| M::up(sql)).collect())
            .to_latest(&mut conn)
            .unwrap();
        conn.execute_batch(
            "PRAGMA foreign_keys = ON;
             INSERT INTO operations (at, author, command, summary) VALUES ('t', 'a', 'import', 's');
             INSERT INTO documents (name, source_lang, target_lang, created_at, operation_id) VALUES ('d', 'nl', 'en', 't', 1);
             INSERT INTO segments (document_id, position, paragraph, text) VALUES (1, 1, 1, 'Zin.');
             INSERT INTO translations (segment_id, revision, text, state, author, created_at, operation_id)
                 VALUES (1, 1, 'One.', 'translated', 'a', 't', 1), (1, 2, 'Two.', 'translated', 'a', 't', 1);
             INSERT INTO changes (operation_id, tbl, row_id, before, after) VALUES (1, 'translations', 7, '{}', NULL);",
        )
        .unwrap();
        migrate(&mut conn).unwrap();
        let n: i64 = conn
            .query_row("SELECT COUNT(*) FROM translations", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 2, "rows kept");
        conn.execute("DELETE FROM translations WHERE id = 2", [])
            .unwrap();
        conn.execute(
            "INSERT INTO translations (segment_id, revision, text, state, author, created_at, operation_id)
             VALUES (1, 2, 'Again.', 'translated', 'a', 't', 1)",
            [],
        )
        .unwrap();
        assert_eq!(
            conn.last_insert_rowid(),
            8,
            "above the id only history remembers"
        );
        let fk: bool = conn
            .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
            .unwrap();
        assert!(fk, "foreign keys back on");
        // Deleting a document still cascades after the rebuild.
        conn.execute("DELETE FROM documents", []).unwrap();
        let left: i64 = conn
            .query_row("SELECT COUNT(*) FROM translations", [], |r| r.get(0))
            .unwrap();
        assert_eq!(left, 0);
    }

    #[test]
    fn newer_schema_is_refused() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
        let err = migrate(&mut conn).unwrap_err();
        assert!(err.contains("schema version 99"), "{err}");
    }
}
