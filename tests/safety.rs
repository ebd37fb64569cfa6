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

/// Item 1: `-o` onto the database (or its -wal) is refused; devices and FIFOs are written in
/// place, never replaced; a full device is a clear error.
#[test]
fn export_never_replaces_the_database_or_a_device() {
    use std::os::unix::fs::FileTypeExt;
    let env = TestEnv::new();
    env.import_corpus();
    let before = env.db_bytes();
    for target in ["tolk.db", "tolk.db-wal", "tolk.db-shm"] {
        let e = env
            .tolk(&["export", "libie-moskou", "-F", "tsv", "-o", target])
            .err();
        assert!(e.contains("refusing to write over it"), "{target}: {e}");
    }
    assert!(env.db_bytes() == before, "database intact");
    env.tolk(&["docs"]).ok();

    env.tolk(&["export", "libie-moskou", "-F", "tsv", "-o", "/dev/null"])
        .ok();
    assert!(
        std::fs::metadata("/dev/null")
            .unwrap()
            .file_type()
            .is_char_device()
    );
    if std::path::Path::new("/dev/full").exists() {
        let e = env
            .tolk(&["export", "libie-moskou", "-F", "tsv", "-o", "/dev/full"])
            .err();
        assert!(e.contains("/dev/full"), "{e}");
    }

    let fifo = env.path("pipe");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: mkfifo on a path in our own temporary directory.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    env.tolk(&["export", "libie-moskou", "-F", "tsv", "-o", "pipe"])
        .ok();
    let got = reader.join().unwrap();
    assert_eq!(
        got.lines().count(),
        36,
        "header and 35 segments through the FIFO"
    );
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
}

/// Items 2 and 3: temporary files are exclusive and random, so a planted symlink is never
/// followed, and concurrent exports to one file each own theirs: the result is one whole export.
#[test]
fn export_temp_files_are_exclusive_and_concurrent_exports_stay_whole() {
    let env = TestEnv::new();
    env.import_corpus();
    let victim = env.write("victim.txt", "precious");
    std::os::unix::fs::symlink(&victim, env.path(".x.tsv.tolk-tmp")).unwrap();
    env.tolk(&["export", "libie-moskou", "-F", "tsv", "-o", "x.tsv"])
        .ok();
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
    let whole = std::fs::read_to_string(env.path("x.tsv")).unwrap();
    assert_eq!(whole.lines().count(), 36);

    // A symlink given as -o updates its target and stays a link.
    std::os::unix::fs::symlink("x.tsv", env.path("link.tsv")).unwrap();
    std::fs::write(env.path("x.tsv"), "old").unwrap();
    env.tolk(&["export", "libie-moskou", "-F", "tsv", "-o", "link.tsv"])
        .ok();
    assert_eq!(std::fs::read_to_string(env.path("x.tsv")).unwrap(), whole);
    assert!(
        std::fs::symlink_metadata(env.path("link.tsv"))
            .unwrap()
            .file_type()
            .is_symlink()
    );

    for _round in 0..3 {
        let results: Vec<i32> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..8)
                .map(|_| {
                    s.spawn(|| {
                        env.tolk(&["export", "libie-moskou", "-F", "tsv", "-o", "same.tsv"])
                            .run()
                            .code()
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        assert!(results.iter().all(|c| *c == 0), "{results:?}");
        assert_eq!(
            std::fs::read_to_string(env.path("same.tsv")).unwrap(),
            whole,
            "the file is one whole export"
        );
    }
    let left: Vec<String> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tolk-tmp") && n != ".x.tsv.tolk-tmp")
        .collect();
    assert!(left.is_empty(), "temporary files left: {left:?}");
}

/// Item 9: language codes from files are BCP 47 tags or refused, so no path is ever built
/// from them.
#[test]
fn language_codes_from_files_cannot_build_paths() {
    let env = TestEnv::new();
    let tmx = env.write(
        "evil.tmx",
        "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"/../../pwned\" datatype=\"plaintext\" segtype=\"sentence\" adminlang=\"en\" o-tmf=\"x\" creationtool=\"x\" creationtoolversion=\"1\"/><body>\n<tu><tuv xml:lang=\"/../../pwned\"><seg>Hallo.</seg></tuv><tuv xml:lang=\"en\"><seg>Hello.</seg></tuv></tu>\n</body></tmx>\n",
    );
    let e = env.tolk(&["import", tmx.to_str().unwrap()]).err();
    assert!(e.contains("bad language code '/../../pwned'"), "{e}");
    assert!(
        !env.db().exists(),
        "the failed import left no database behind"
    );
}

/// Items 4 and 12: ids are never reused, so redo puts back exactly its own rows and a new
/// document never inherits an undone document's history.
#[test]
fn redo_and_history_never_hit_someone_elses_row() {
    let env = TestEnv::new();
    env.import_corpus();
    env.tolk(&["translate", "libie-moskou:2", "A."]).ok();
    env.tolk(&["undo"]).ok();
    env.tolk(&["translate", "libie-moskou:3", "B."]).ok();
    env.tolk(&["redo"]).ok();
    let show = |n: u32| -> serde_json::Value {
        env.tolk(&["--json", "show", &format!("libie-moskou:{n}")])
            .ok()
            .parse()
            .unwrap()
    };
    assert_eq!(show(2)["segment"]["target"], "A.");
    assert_eq!(show(3)["segment"]["target"], "B.", "B survives the redo");
    assert_eq!(show(3)["revisions"].as_array().unwrap().len(), 2);

    let x = env.write("x.txt", "Eerste document.");
    env.tolk(&["import", x.to_str().unwrap(), "--doc", "xdoc"])
        .ok();
    env.tolk(&["translate", "xdoc:1", "First document."]).ok();
    env.tolk(&["undo"]).ok();
    env.tolk(&["undo"]).ok();
    let y = env.write("y.txt", "Tweede document.");
    env.tolk(&["import", y.to_str().unwrap(), "--doc", "ydoc"])
        .ok();
    let log = env.tolk(&["log", "ydoc"]).ok();
    assert_eq!(log.lines().count(), 1, "only ydoc's own import: {log}");
    assert!(log.contains("ydoc") && !log.contains("xdoc"), "{log}");
}

/// Item 5: undo of a glossary or word-list change is blocked by later changes of the same
/// entry, like everywhere else.
#[test]
fn undo_of_a_glossary_change_respects_later_changes() {
    let env = TestEnv::new();
    env.import_corpus();
    env.tolk(&["glossary", "add", "LNA", "Y"]).ok();
    env.tolk(&["glossary", "remove", "LNA"]).ok();
    env.tolk(&["glossary", "add", "LNA", "Libyan National Army"])
        .ok();
    let before = env.db_bytes();
    let e = env.tolk(&["undo", "3"]).err();
    assert!(
        e.contains("cannot undo #3") && e.contains("#4 glossary"),
        "{e}"
    );
    assert!(env.db_bytes() == before);
    let list = env.tolk(&["glossary", "list"]).ok();
    assert!(
        list.contains("Libyan National Army") && !list.contains("→ Y"),
        "{list}"
    );

    env.tolk(&["words", "add", "Harchaoui"]).ok();
    env.tolk(&["words", "remove", "Harchaoui"]).ok();
    env.tolk(&["words", "add", "Harchaoui"]).ok();
    let e = env.tolk(&["undo", "6"]).err();
    assert!(e.contains("cannot undo #6"), "{e}");
    // Undoing from the newest down works.
    env.tolk(&["undo"]).ok();
    env.tolk(&["undo"]).ok();
    env.tolk(&["undo"]).ok();
}

/// Item 8: demo replaces only what demo wrote; any later work makes it refuse, naming it,
/// unless --force.
#[test]
fn demo_never_wipes_work_done_since() {
    let env = TestEnv::new();
    env.tolk(&["--db", "mywork.db", "demo"]).ok();
    env.tolk(&["--db", "mywork.db", "demo"]).ok();
    env.tolk(&["--db", "mywork.db", "translate", "libie-moskou:2", "Mine."])
        .ok();
    let before = std::fs::read(env.path("mywork.db")).unwrap();
    let e = env.tolk(&["--db", "mywork.db", "demo"]).err();
    assert!(
        e.contains("has work the demo did not write: 1 operation")
            && e.contains("translate libie-moskou:2"),
        "{e}"
    );
    assert_eq!(std::fs::read(env.path("mywork.db")).unwrap(), before);
    env.tolk(&["--db", "mywork.db", "undo"]).ok();
    let e = env.tolk(&["--db", "mywork.db", "demo"]).err();
    assert!(e.contains("2 operations"), "an undo is work too: {e}");
    env.tolk(&["--db", "mywork.db", "demo", "--force"]).ok();
    let ops: i64 = env
        .tolk(&["--db", "mywork.db", "--json", "log"])
        .ok()
        .parse::<serde_json::Value>()
        .map(|v| v.as_array().map_or(0, |a| a.len() as i64))
        .unwrap();
    assert_eq!(ops, 2, "a fresh demo database");
}

/// Item 7: `state DOC reviewed` beside concurrent `translate`s never writes an old text back
/// over a new one: the segments it moves are read inside its write transaction.
#[test]
fn whole_document_state_never_writes_old_texts_back() {
    let env = TestEnv::new();
    env.import_corpus();
    for round in 0..10 {
        std::thread::scope(|s| {
            s.spawn(|| {
                env.tolk(&["state", "libie-moskou", "reviewed"]).run();
            });
            for w in 0..6 {
                let env = &env;
                s.spawn(move || {
                    let seg = format!("libie-moskou:{}", 1 + (w * 5 + round) % 35);
                    env.tolk(&["translate", &seg, &format!("round {round} writer {w}")])
                        .ok();
                });
            }
        });
    }
    let rewritten: i64 = env.sql(
        "SELECT COUNT(*) FROM translations t
         JOIN operations o ON o.id = t.operation_id
         JOIN translations p ON p.segment_id = t.segment_id AND p.revision = t.revision - 1
         WHERE o.command = 'state' AND p.text != t.text",
    );
    assert_eq!(rewritten, 0, "a state change rewrote a translation");
}

/// Item 15: a reader of a rollback-journal database that another process holds locked waits
/// for the lock (up to 30 s) instead of failing at once.
#[test]
fn a_locked_rollback_journal_database_is_waited_for() {
    let env = TestEnv::new();
    env.import_corpus();
    {
        let conn = rusqlite::Connection::open(env.db()).unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let (locked, wait) = std::sync::mpsc::channel();
    let db = env.db();
    let holder = std::thread::spawn(move || {
        let conn = rusqlite::Connection::open(db).unwrap();
        conn.execute_batch("BEGIN EXCLUSIVE").unwrap();
        locked.send(()).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(800));
        conn.execute_batch("COMMIT").unwrap();
    });
    wait.recv().unwrap();
    let out = env.tolk(&["docs"]).ok();
    assert!(out.contains("libie-moskou"), "{out}");
    holder.join().unwrap();
}

/// Minor item: text typed in NFD finds the NFC text as published; the stored span and quote
/// are those of the published text.
#[test]
fn canonically_equivalent_text_typed_on_the_command_line_matches() {
    let env = TestEnv::new();
    env.import_corpus();
    let nfd = "volgens Libie\u{308}-expert";
    let out = env
        .tolk(&[
            "--json",
            "correct",
            "libie-moskou:9",
            nfd,
            "volgens de Libië-expert",
        ])
        .ok();
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let exact = v["annotation"]["exact"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert_eq!(exact, "volgens Libië-expert", "{v}");
    assert!(
        !exact.contains('\u{308}'),
        "the stored quote is the published NFC text"
    );
}

/// A reader that goes away (`tolk export … | head -1`) is not an error, in any format.
#[test]
fn a_closed_pipe_is_not_an_error() {
    use std::io::Read;
    use std::process::Stdio;
    let env = TestEnv::new();
    let mut tsv = String::from("id\tsource\ttarget\tstate\n");
    for i in 1..=3000 {
        tsv.push_str(&format!(
            "big:{i}\tZin nummer {i} van een lang document.\tSentence number {i} of a long document.\ttranslated\n"
        ));
    }
    let f = env.write("big.tsv", tsv);
    env.tolk(&["import", f.to_str().unwrap()]).ok();
    for format in ["tsv", "jsonl", "tmx", "xliff", "xliff12", "po", "html"] {
        let mut child = env
            .command()
            .args(["export", "big", "-F", format])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = [0u8; 16];
        child.stdout.take().unwrap().read_exact(&mut first).unwrap();
        let out = child.wait_with_output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            out.stderr.is_empty(),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
