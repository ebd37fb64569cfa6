use crate::common::TestEnv;

#[test]
fn translate_adds_revisions_and_keeps_the_old_ones() {
    let env = TestEnv::new();
    env.import_corpus();
    let v = env
        .run(&[
            "--json",
            "translate",
            "libie-moskou:10",
            "Moscow has long backed Haftar with covert arms supplies.",
        ])
        .json();
    assert_eq!(v["revision"], 2);
    assert_eq!(v["state"], "translated");
    let v = env.run(&["--json", "show", "libie-moskou:10"]).json();
    let revs = v["revisions"].as_array().unwrap();
    assert_eq!(revs.len(), 2);
    assert_eq!(
        revs[0]["text"],
        "Moscow has been supporting Haftar for quite some time with covert arms deliveries."
    );
    assert_eq!(
        revs[1]["text"],
        "Moscow has long backed Haftar with covert arms supplies."
    );
    assert_eq!(revs[1]["author"], "tester");
    assert_eq!(
        v["segment"]["target"],
        "Moscow has long backed Haftar with covert arms supplies."
    );
    assert_eq!(v["segment"]["revision"], 2);
}

#[test]
fn translation_from_stdin_and_file() {
    let env = TestEnv::new();
    let f = env.write("a.txt", "Een zin. Twee zinnen.");
    env.run(&["import", f.to_str().unwrap(), "--doc", "a"]).ok();
    env.run_stdin(&["translate", "a:1", "-"], "One sentence.\n")
        .ok();
    let t = env.write("t.txt", "Two sentences.\r\n");
    env.run(&["translate", "a:2", "--file", t.to_str().unwrap()])
        .ok();
    let v = env.run(&["--json", "show", "a"]).json();
    assert_eq!(v["segments"][0]["target"], "One sentence.");
    assert_eq!(v["segments"][1]["target"], "Two sentences.");
    assert_eq!(v["document"]["progress"]["translated"], 2);
}

#[test]
fn unchanged_translation_adds_no_revision() {
    let env = TestEnv::new();
    env.import_corpus();
    let before = env.db_bytes();
    let r = env.run(&["translate", "libie-moskou:3", "Photo EPA"]);
    r.ok();
    assert!(r.stderr().contains("unchanged"));
    assert!(env.db_bytes() == before);
}

#[test]
fn bad_translations_change_nothing() {
    let env = TestEnv::new();
    env.import_corpus();
    let e = env.fails_unchanged(&["translate", "libie-moskou:1", "   "]);
    assert!(e.contains("empty translation for libie-moskou:1"), "{e}");
    let e = env.fails_unchanged(&["translate", "libie-moskou", "text"]);
    assert!(e.contains("needs one segment, DOC:N"), "{e}");
    let e = env.fails_unchanged(&["translate", "libie-moskou:40", "text"]);
    assert!(e.contains("libie-moskou:40 does not exist"), "{e}");
    let e = env.fails_unchanged(&["translate", "nope:1", "text"]);
    assert!(e.contains("unknown document 'nope'"), "{e}");
    let bad = env.write("bad.txt", b"caf\xe9");
    let e = env.fails_unchanged(&[
        "translate",
        "libie-moskou:1",
        "--file",
        bad.to_str().unwrap(),
    ]);
    assert!(
        e.contains("bad.txt: not valid UTF-8 at byte offset 3"),
        "{e}"
    );
}

#[test]
fn state_changes_are_revisions_with_comments() {
    let env = TestEnv::new();
    env.import_corpus();
    env.run(&[
        "state",
        "libie-moskou:5",
        "needs-work",
        "-c",
        "‘Libyan National Army’ is the LNA’s own name",
    ])
    .ok();
    let v = env.run(&["--json", "show", "libie-moskou:5"]).json();
    assert_eq!(v["segment"]["state"], "needs-work");
    assert_eq!(
        v["segment"]["comment"],
        "‘Libyan National Army’ is the LNA’s own name"
    );
    assert_eq!(v["revisions"][1]["text"], v["revisions"][0]["text"]);
    env.run(&["state", "libie-moskou:5", "reviewed"]).ok();
    assert_eq!(
        env.run(&["--json", "show", "libie-moskou:5"]).json()["segment"]["state"],
        "reviewed"
    );
}

#[test]
fn bad_states_change_nothing() {
    let env = TestEnv::new();
    env.import_corpus();
    let e = env.fails_unchanged(&["state", "libie-moskou:1", "done"]);
    assert!(e.contains("invalid value 'done' for '<STATE>' [possible values: untranslated, translated, needs-work, reviewed, final]"), "{e}");
    assert_eq!(
        env.run(&["state", "libie-moskou:1", "done"]).code(),
        2,
        "a bad choice is a usage error"
    );
    let help = env.run(&["state", "--help"]).ok();
    assert!(
        help.contains("needs-work"),
        "--help lists the states: {help}"
    );
    let e = env.fails_unchanged(&["state", "libie-moskou:1", "untranslated"]);
    assert!(e.contains("cannot be set"), "{e}");
    let f = env.write("u.txt", "Nog niet vertaald.");
    env.run(&["import", f.to_str().unwrap(), "--doc", "u"]).ok();
    let e = env.fails_unchanged(&["state", "u:1", "reviewed"]);
    assert!(e.contains("u:1 has no translation yet"), "{e}");
}

/// Issue 15 item 5: the workflow is enforced with clear errors; --force overrides and the
/// history records it.
#[test]
fn the_review_workflow_is_enforced_and_forcing_is_recorded() {
    let env = TestEnv::new();
    env.import_corpus();
    // needs-work says what needs work.
    let e = env.fails_unchanged(&["state", "libie-moskou:1", "needs-work"]);
    assert!(
        e.contains("needs-work says what needs work: give -c COMMENT"),
        "{e}"
    );
    env.run(&["state", "libie-moskou:1", "needs-work", "-c", "too literal"])
        .ok();
    // Final comes after review.
    let e = env.fails_unchanged(&["state", "libie-moskou:1", "final"]);
    assert!(
        e.contains("libie-moskou:1 is needs-work; final comes after review"),
        "{e}"
    );
    env.run(&["state", "libie-moskou:1", "reviewed"]).ok();
    env.run(&["state", "libie-moskou:1", "final"]).ok();
    // Final work is not reopened silently, by a state change or a new translation.
    let e = env.fails_unchanged(&["state", "libie-moskou:1", "translated"]);
    assert!(e.contains("libie-moskou:1 is final; reopening it"), "{e}");
    let e = env.fails_unchanged(&["translate", "libie-moskou:1", "Something else."]);
    assert!(
        e.contains("is final; reopening it (final → translated) needs --force"),
        "{e}"
    );
    let v = env
        .run(&[
            "--json",
            "translate",
            "libie-moskou:1",
            "Something else.",
            "--force",
        ])
        .json();
    assert_eq!(v["state"], "translated");
    let log = env.run(&["--json", "log", "libie-moskou"]).json();
    let commands: Vec<&str> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["command"].as_str().unwrap())
        .collect();
    assert!(commands.contains(&"translate --force"), "{commands:?}");
    // needs-work still needs its comment, forced or not.
    let e = env.fails_unchanged(&["state", "libie-moskou:1", "needs-work", "--force"]);
    assert!(e.contains("give -c COMMENT"), "{e}");
}

/// Issue 15 item 11: with `$USER` empty, the account name is recorded (as git does), and the
/// user is told so once.
#[test]
fn without_user_the_account_name_is_recorded_and_said() {
    let env = TestEnv::new();
    env.import_corpus();
    let out = env
        .command()
        .env_remove("TOLK_AUTHOR")
        .env("USER", "")
        .env("LOGNAME", "")
        .args(["translate", "libie-moskou:2", "Haftar left unsigned."])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("$USER is empty: changes are recorded as '")
            && stderr.contains("(the account name)"),
        "{stderr}"
    );
    let v = env.run(&["--json", "show", "libie-moskou:2"]).json();
    let author = v["segment"]["author"].as_str().unwrap();
    assert!(!author.is_empty() && author != "unknown", "{author}");
    assert!(stderr.contains(&format!("'{author}'")), "{stderr}");
}

/// Issue 15 item 11: a translation of several lines is kept as given and shown with its line
/// breaks, never silently joined.
#[test]
fn a_multi_line_translation_is_kept_and_shown_with_its_breaks() {
    let env = TestEnv::new();
    env.import_corpus();
    env.tolk(&["translate", "libie-moskou:5", "-"])
        .stdin("Line one.\nLine two.\n")
        .ok();
    let v = env.run(&["--json", "show", "libie-moskou:5"]).json();
    assert_eq!(v["segment"]["target"], "Line one.\nLine two.");
    let out = env.run(&["show", "libie-moskou:5"]).ok();
    assert!(out.contains("  en  Line one.⏎ Line two."), "{out}");
}
