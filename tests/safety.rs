//! Data safety (issue 11): one regression test per way tolk could lose data, corrupt history or
//! touch a file it must not.

use crate::common::TestEnv;

/// Item 14: a fixed clock is parsed as RFC 3339 or refused before anything is stored.
#[test]
fn tolk_now_is_validated() {
    let env = TestEnv::new();
    env.import_corpus();
    let before = env.db_bytes();
    for bad in ["2026", "garbage\u{1b}[2J", "2026-13-45T00:00:00Z"] {
        let e = env
            .tolk(&["translate", "libie-moskou:2", "X"])
            .env("TOLK_NOW", bad)
            .err();
        assert!(e.contains("is not an RFC 3339 time"), "{e}");
        assert!(
            !e.contains('\u{1b}'),
            "no escape reaches the terminal: {e:?}"
        );
    }
    assert!(env.db_bytes() == before, "nothing stored with a bad clock");
    env.tolk(&["translate", "libie-moskou:2", "X"])
        .env("TOLK_NOW", "2026-11-29T11:00:00+01:00")
        .ok();
    let at: String = env.sql("SELECT at FROM operations ORDER BY id DESC LIMIT 1");
    assert_eq!(at, "2026-11-29T10:00:00Z", "stored in UTC");
}

/// Item 15: a foreign SQLite file is refused without being changed (not even switched to WAL),
/// and a read-only tolk database in rollback-journal mode can be read, unchanged.
#[test]
fn foreign_and_read_only_databases_are_not_changed() {
    let env = TestEnv::new();
    {
        let conn = rusqlite::Connection::open(env.path("other.db")).unwrap();
        conn.execute_batch(
            "PRAGMA journal_mode = DELETE; CREATE TABLE t (x); INSERT INTO t VALUES (1);",
        )
        .unwrap();
    }
    let before = std::fs::read(env.path("other.db")).unwrap();
    for args in [
        &["--db", "other.db", "docs"][..],
        &["--db", "other.db", "init"][..],
    ] {
        let e = env.tolk(args).err();
        assert!(e.contains("not a tolk database"), "{e}");
    }
    assert_eq!(std::fs::read(env.path("other.db")).unwrap(), before);
    assert!(!env.path("other.db-wal").exists(), "no WAL file created");

    env.import_corpus();
    {
        let conn = rusqlite::Connection::open(env.db()).unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let mut perms = std::fs::metadata(env.db()).unwrap().permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(env.db(), perms).unwrap();
    let before = env.db_bytes();
    let out = env.tolk(&["docs"]).ok();
    assert!(out.contains("libie-moskou"), "{out}");
    env.tolk(&["show", "libie-moskou:3"]).ok();
    assert!(env.db_bytes() == before, "reading changed nothing");
    let mode: String = env.sql("PRAGMA journal_mode");
    assert_eq!(mode, "delete");
}
