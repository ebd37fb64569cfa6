//! Schema migrations: numbered SQL files in `migrations/`, embedded, applied in order in one
//! transaction; the schema version lives in `PRAGMA user_version`.

use rusqlite::Connection;
use rusqlite_migration::{M, Migrations};

const SQL: &[&str] = &[
    include_str!("../../migrations/0001_init.sql"),
    include_str!("../../migrations/0002_annotations.sql"),
    include_str!("../../migrations/0003_undo.sql"),
    include_str!("../../migrations/0004_words_glossary.sql"),
];

pub const LATEST_VERSION: usize = SQL.len();

fn migrations() -> Migrations<'static> {
    Migrations::new(SQL.iter().map(|sql| M::up(sql)).collect())
}

/// Brings the database to the latest schema; refuses databases written by a newer tolk or by
/// something that is not tolk at all.
pub(super) fn migrate(conn: &mut Connection) -> Result<(), String> {
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|e| crate::error::describe(&e))?;
    if version > LATEST_VERSION as i64 {
        return Err(format!(
            "has schema version {version}, newer than this tolk understands ({LATEST_VERSION}); upgrade tolk"
        ));
    }
    if version == 0 {
        let tables: i64 = conn
            .query_row(
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'",
                [],
                |r| r.get(0),
            )
            .map_err(|e| crate::error::describe(&e))?;
        if tables > 0 {
            return Err("is an SQLite database but not a tolk database (it has tables but no tolk schema version)".into());
        }
    }
    if version == LATEST_VERSION as i64 {
        return Ok(());
    }
    migrations()
        .to_latest(conn)
        .map_err(|e| format!("migration failed: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        migrations().validate().unwrap();
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

    #[test]
    fn newer_schema_is_refused() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
        let err = migrate(&mut conn).unwrap_err();
        assert!(err.contains("schema version 99"), "{err}");
    }
}
