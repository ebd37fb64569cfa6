use crate::common::TestEnv;

#[test]
fn init_creates_a_migrated_database_with_wal() {
    let env = TestEnv::new();
    let v = env.run(&["--json", "init"]).json();
    assert_eq!(v["created"], true);
    assert_eq!(
        env.sql::<i64>("PRAGMA user_version"),
        tolk::store::LATEST_VERSION as i64
    );
    assert_eq!(env.sql::<String>("PRAGMA journal_mode"), "wal");
    assert_eq!(env.run(&["--json", "init"]).json()["created"], false);
}

#[test]
fn reading_a_missing_database_suggests_import_and_creates_nothing() {
    let env = TestEnv::new();
    for args in [&["docs"][..], &["show", "x"], &["export", "x", "-F", "tsv"]] {
        let e = env.run(args).err();
        assert!(
            e.contains("tolk.db: does not exist; create it with `tolk import FILE`"),
            "{e}"
        );
        assert!(!env.db().exists());
    }
}

#[test]
fn db_path_from_flag_and_environment() {
    let env = TestEnv::new();
    env.run(&["--db", "other.db", "init"]).ok();
    assert!(env.path("other.db").exists());
    let r = env
        .command()
        .env("TOLK_DB", "env.db")
        .arg("init")
        .output()
        .unwrap();
    assert!(r.status.success());
    assert!(env.path("env.db").exists());
    assert!(!env.db().exists());
}

#[test]
fn newer_schema_is_refused_unchanged() {
    let env = TestEnv::new();
    env.import_corpus();
    {
        let conn = rusqlite::Connection::open(env.db()).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
    }
    let e = env.fails_unchanged(&["docs"]);
    assert!(
        e.contains(&format!(
            "schema version 99, newer than this tolk understands ({}); upgrade tolk",
            tolk::store::LATEST_VERSION
        )),
        "{e}"
    );
    env.fails_unchanged(&["translate", "libie-moskou:1", "x"]);
}

#[test]
fn directory_and_non_database_paths_are_refused() {
    let env = TestEnv::new();
    std::fs::create_dir(env.path("d.db")).unwrap();
    let e = env.run(&["--db", "d.db", "init"]).err();
    assert!(e.contains("d.db: is a directory"), "{e}");

    env.write(
        "text.db",
        "this is not a database at all, just some text\n".repeat(50),
    );
    let before = std::fs::read(env.path("text.db")).unwrap();
    let e = env.run(&["--db", "text.db", "docs"]).err();
    assert!(e.contains("is not a tolk database"), "{e}");
    assert_eq!(std::fs::read(env.path("text.db")).unwrap(), before);

    {
        let conn = rusqlite::Connection::open(env.path("foreign.db")).unwrap();
        conn.execute("CREATE TABLE t (x)", []).unwrap();
    }
    let e = env.run(&["--db", "foreign.db", "init"]).err();
    assert!(e.contains("not a tolk database"), "{e}");
}

#[test]
fn read_only_database_is_refused_for_writes_and_readable() {
    let env = TestEnv::new();
    env.import_corpus();
    let mut perms = std::fs::metadata(env.db()).unwrap().permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(env.db(), perms).unwrap();
    let e = env.fails_unchanged(&["translate", "libie-moskou:1", "New text."]);
    assert!(
        e.contains("tolk.db: is read-only; nothing was changed"),
        "{e}"
    );
    let e = env.fails_unchanged(&[
        "import",
        crate::common::corpus("libie-moskou.nl.txt")
            .to_str()
            .unwrap(),
        "--doc",
        "b",
    ]);
    assert!(e.contains("read-only"), "{e}");
    assert_eq!(env.run(&["--json", "docs"]).json()[0]["segments"], 35);
}

#[test]
fn every_writing_command_is_one_operation() {
    let env = TestEnv::new();
    env.import_corpus();
    env.run(&[
        "translate",
        "libie-moskou:2",
        "Haftar left without signing the agreement.",
    ])
    .ok();
    env.run(&["state", "libie-moskou:2", "reviewed"]).ok();
    let ops: String = env.sql("SELECT group_concat(command || ':' || summary, ' | ') FROM (SELECT * FROM operations ORDER BY id)");
    assert_eq!(
        ops,
        "import:imported libie-moskou from ".to_string()
            + crate::common::corpus("libie-moskou.nl.txt")
                .to_str()
                .unwrap()
            + ": 35 segments in 12 paragraphs, 35 translated | translate:libie-moskou:2 r2 | state:libie-moskou:2 translated → reviewed"
    );
    let at: String = env.sql("SELECT at FROM operations WHERE command = 'state'");
    assert_eq!(at, crate::common::NOW);
}

#[test]
fn store_lookups_fail_as_not_found_with_the_kind() {
    let env = TestEnv::new();
    env.import_corpus();
    for (args, kind, name, message) in [
        (
            &["show", "nope"][..],
            "document",
            "nope",
            "unknown document 'nope' (known: libie-moskou)",
        ),
        (
            &["show", "libie-moskou:999"],
            "segment",
            "libie-moskou:999",
            "segment libie-moskou:999 does not exist",
        ),
        (
            &["undo", "99"],
            "operation",
            "99",
            "unknown operation #99 (see `tolk log`)",
        ),
        (
            &["accept", "99"],
            "annotation",
            "99",
            "unknown annotation id 99",
        ),
    ] {
        let e = env.tolk(args).json_error();
        assert_eq!(e["code"], "not-found", "{args:?}: {e}");
        assert_eq!(e["kind"], kind, "{args:?}: {e}");
        assert_eq!(e["name"], name, "{args:?}: {e}");
        assert!(
            e["message"].as_str().unwrap().contains(message),
            "{args:?}: {e}"
        );
    }
}

#[test]
fn blocked_redo_says_redo_and_is_a_history_conflict() {
    let env = TestEnv::new();
    env.import_corpus();
    env.run(&["translate", "libie-moskou:2", "First."]).ok();
    env.run(&["undo"]).ok();
    env.run(&["translate", "libie-moskou:2", "Second."]).ok();
    let e = env.fails_unchanged(&["redo"]);
    assert!(
        e.contains(
            "cannot redo #2: later operation depends on its undo (#3): #4 translate libie-moskou:2"
        ),
        "{e}"
    );
    assert!(!e.contains("cannot undo"), "{e}");
    let e = env.tolk(&["redo"]).json_error();
    assert_eq!(e["code"], "conflict");
    assert_eq!(e["kind"], "history");
    let e = env.tolk(&["undo", "2"]).json_error();
    assert_eq!(e["kind"], "history");
    assert!(
        e["message"]
            .as_str()
            .unwrap()
            .contains("is already undone (by #3)"),
        "{e}"
    );
}

#[test]
fn log_of_one_segment_patches_only_that_segment() {
    let env = TestEnv::new();
    env.import_corpus();
    env.run(&["state", "libie-moskou", "reviewed"]).ok();
    let v = env
        .run(&["--json", "log", "libie-moskou:3", "--patch", "-n", "1"])
        .json();
    let revisions = v[0]["changes"]["revisions"].as_array().unwrap();
    assert_eq!(revisions.len(), 1, "{v}");
    assert_eq!(revisions[0]["segment"], "libie-moskou:3");
    let all = env
        .run(&["--json", "log", "libie-moskou", "--patch", "-n", "1"])
        .json();
    assert!(
        all[0]["changes"]["revisions"].as_array().unwrap().len() > 1,
        "{all}"
    );
}
