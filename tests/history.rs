//! review, log, blame, undo/redo and state changes of a whole document.

use crate::common::{TestEnv, corpus};

fn env() -> TestEnv {
    let env = TestEnv::new();
    env.import_corpus();
    env
}

fn state_of(env: &TestEnv, id: &str) -> String {
    env.run(&["--json", "show", id]).json()["segment"]["state"]
        .as_str()
        .unwrap()
        .to_string()
}

fn snapshot(env: &TestEnv) -> String {
    env.run(&["export", "libie-moskou", "-F", "jsonl"]).ok()
}

#[test]
fn piped_review_accepts_edits_sends_back_and_quits() {
    let env = env();
    let r = env.run_stdin(
        &["review", "libie-moskou"],
        "a\ne\nHaftar left without signing the agreement.\nn\nSay ‘Photo: EPA’\ns\nq\n",
    );
    let out = r.ok();
    assert!(
        out.contains("[1/35]\nlibie-moskou:1  ¶1  translated"),
        "{out}"
    );
    assert!(out.contains("[5/35]"), "{out}");
    assert!(!out.contains("[6/35]"), "quit at the fifth segment: {out}");
    assert!(
        r.stderr()
            .contains("1 accepted, 1 edited, 1 needs work, 1 skipped; 33 still need attention"),
        "{}",
        r.stderr()
    );
    assert_eq!(state_of(&env, "libie-moskou:1"), "reviewed");
    let v = env.run(&["--json", "show", "libie-moskou:2"]).json();
    assert_eq!(
        v["segment"]["target"],
        "Haftar left without signing the agreement."
    );
    assert_eq!(v["segment"]["state"], "reviewed");
    assert_eq!(v["revisions"].as_array().unwrap().len(), 2);
    let v = env.run(&["--json", "show", "libie-moskou:3"]).json();
    assert_eq!(v["segment"]["state"], "needs-work");
    assert_eq!(v["segment"]["comment"], "Say ‘Photo: EPA’");
    assert_eq!(state_of(&env, "libie-moskou:4"), "translated");
    let reviews: i64 = env.sql("SELECT COUNT(*) FROM operations WHERE command = 'review'");
    assert_eq!(reviews, 3, "one operation per answer");
}

#[test]
fn review_resumes_where_it_stopped() {
    let env = env();
    env.run_stdin(&["review", "libie-moskou"], "a\na\nq\n").ok();
    // Next time the answered segments no longer need attention; needs-work ones come back.
    let out = env
        .run_stdin(&["review", "libie-moskou"], "n\nCheck the name\nq\n")
        .ok();
    assert!(out.contains("[1/33]\n"), "{out}");
    assert!(
        out.split("[2/33]")
            .next()
            .unwrap()
            .contains("\nlibie-moskou:3  "),
        "{out}"
    );
    let out = env
        .run_stdin(&["review", "libie-moskou", "--state", "needs-work"], "a\n")
        .ok();
    assert!(out.contains("[1/1]\n"), "{out}");
    assert!(out.contains("\nlibie-moskou:3  ¶1  needs-work"), "{out}");
    assert_eq!(state_of(&env, "libie-moskou:3"), "reviewed");
    // End of input is a quit, not an error.
    env.run_stdin(&["review", "libie-moskou"], "").ok();
}

#[test]
fn review_shows_the_corrected_source_and_the_previous_revision_as_diffs() {
    let env = env();
    env.run(&["correct", "libie-moskou:10", "Hafta", "Haftar"])
        .ok();
    env.run(&[
        "translate",
        "libie-moskou:10",
        "Moscow has long backed Haftar with covert arms deliveries.",
    ])
    .ok();
    let out = env
        .run_stdin(
            &["review", "libie-moskou", "--state", "translated"],
            "s\ns\ns\ns\ns\ns\ns\ns\ns\nq\n",
        )
        .ok();
    assert!(out.contains(
        "  nl  Moskou steunt Hafta al geruime tijd met heimelijke wapenleveranties.\n  ->  Moskou steunt [-Hafta-]{+Haftar+} al geruime tijd met heimelijke wapenleveranties.\n"
    ), "{out}");
    assert!(out.contains("  r1  Moscow has [-been supporting-]{+long backed+} Haftar [-for quite some time -]with covert arms deliveries.\n"), "{out}");
}

#[test]
fn bad_review_input_stops_with_an_error_and_keeps_earlier_answers() {
    let env = env();
    let r = env.run_stdin(&["review", "libie-moskou"], "a\nx\na\n");
    let e = r.err();
    assert!(
        e.contains("unknown review key 'x' at libie-moskou:2: a accept · e edit"),
        "{e}"
    );
    assert_eq!(state_of(&env, "libie-moskou:1"), "reviewed");
    assert_eq!(state_of(&env, "libie-moskou:2"), "translated");
    let before = env.db_bytes();
    let e = env.run_stdin(&["review", "libie-moskou"], "e\n\n").err();
    assert!(
        e.contains("empty translation for libie-moskou:2; nothing saved"),
        "{e}"
    );
    let e = env.run_stdin(&["review", "libie-moskou"], "n\n").err();
    assert!(e.contains("needs a comment"), "{e}");
    assert!(env.db_bytes() == before, "no half-written revision");
    let e = env.fails_unchanged(&["review", "libie-moskou", "--state", "done"]);
    assert!(
        e.contains("invalid value 'done' for '--state <STATE>'"),
        "{e}"
    );
    assert_eq!(
        env.run(&["review", "libie-moskou", "--state", "done"])
            .code(),
        2,
        "a bad choice is a usage error"
    );
}

#[test]
fn whole_document_moves_one_step_and_reports_counts() {
    let env = env();
    env.run(&["state", "libie-moskou:1", "needs-work", "-c", "check"])
        .ok();
    let r = env.run(&["state", "libie-moskou", "reviewed"]);
    r.ok();
    assert!(
        r.stderr()
            .contains("libie-moskou: 34 translated → reviewed; left as they were: 1 needs-work"),
        "{}",
        r.stderr()
    );
    let v = env
        .run(&["--json", "state", "libie-moskou", "final"])
        .json();
    assert_eq!(v["changed"], 34);
    let docs = env.run(&["--json", "docs"]).json();
    assert_eq!(docs[0]["progress"]["final"], 34);
    assert_eq!(docs[0]["progress"]["needs-work"], 1);
    let e = env.fails_unchanged(&["state", "libie-moskou", "needs-work"]);
    assert!(
        e.contains("a whole document moves one step at a time"),
        "{e}"
    );
    let ops: i64 = env.sql("SELECT COUNT(*) FROM operations WHERE command = 'state'");
    assert_eq!(ops, 3, "a whole-document change is one operation");
}

#[test]
fn log_lists_operations_newest_first_with_patches() {
    let env = env();
    env.run(&[
        "translate",
        "libie-moskou:10",
        "Moscow has long backed Haftar.",
    ])
    .ok();
    env.run(&["state", "libie-moskou:10", "reviewed"]).ok();
    env.run(&["correct", "libie-moskou:16", "Duiste", "Duitse"])
        .ok();
    let out = env.run(&["log"]).ok();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(
        lines[0],
        "#4  2026-01-19T10:00:00Z  tester  correct  libie-moskou:16 ‘Duiste’ → ‘Duitse’ #1 (accepted)"
    );
    assert_eq!(
        lines[1],
        "#3  2026-01-19T10:00:00Z  tester  state  libie-moskou:10 translated → reviewed"
    );
    assert!(
        lines[3]
            .starts_with("#1  2026-01-19T10:00:00Z  tester  import  imported libie-moskou from "),
        "{out}"
    );
    let seg = env.run(&["log", "libie-moskou:10", "--patch"]).ok();
    assert!(seg.contains("#2  2026-01-19T10:00:00Z  tester  translate  libie-moskou:10 r2\n    libie-moskou:10 r2 translated\n      Moscow has [-been supporting-]{+long backed+} Haftar[- for quite some time with covert arms deliveries-].\n"), "{seg}");
    assert!(
        seg.contains("    libie-moskou:10 r3 reviewed (was translated)"),
        "{seg}"
    );
    assert!(
        !seg.contains("#4"),
        "log DOC:N shows only that segment's operations: {seg}"
    );
    let v = env
        .run(&["--json", "log", "libie-moskou", "-n", "2"])
        .json();
    assert_eq!(v.as_array().unwrap().len(), 2);
    assert_eq!(v[0]["command"], "correct");
    assert_eq!(v[0]["author"], "tester");
}

#[test]
fn blame_names_who_last_changed_each_translation() {
    let env = env();
    env.command()
        .env("TOLK_AUTHOR", "bram")
        .args([
            "translate",
            "libie-moskou:2",
            "Haftar left without signing.",
        ])
        .output()
        .unwrap();
    env.command()
        .env("TOLK_AUTHOR", "carla")
        .args(["state", "libie-moskou:2", "reviewed"])
        .output()
        .unwrap();
    let v = env.run(&["--json", "blame", "libie-moskou"]).json();
    assert_eq!(v[1]["id"], "libie-moskou:2");
    assert_eq!(
        v[1]["author"], "bram",
        "a state change does not change the text"
    );
    assert_eq!(v[1]["revision"], 2);
    assert_eq!(v[0]["author"], "tester");
    let out = env.run(&["blame", "libie-moskou"]).ok();
    assert!(
        out.contains(
            "libie-moskou:2   r2   bram    2026-01-19T10:00:00Z  Haftar left without signing.\n"
        ),
        "{out}"
    );
}

#[test]
fn undo_twice_then_redo_restores_exact_content() {
    let env = env();
    let s0 = snapshot(&env);
    env.run(&[
        "translate",
        "libie-moskou:10",
        "Moscow has long backed Haftar.",
    ])
    .ok();
    let s1 = snapshot(&env);
    env.run(&["correct", "libie-moskou:10", "Hafta", "Haftar"])
        .ok();
    let s2 = snapshot(&env);
    env.run(&["undo"]).ok();
    assert_eq!(snapshot(&env), s1);
    env.run(&["undo"]).ok();
    assert_eq!(snapshot(&env), s0);
    env.run(&["redo"]).ok();
    assert_eq!(snapshot(&env), s1);
    env.run(&["redo"]).ok();
    assert_eq!(snapshot(&env), s2);
    let e = env.fails_unchanged(&["redo"]);
    assert!(e.contains("nothing to redo"), "{e}");
    let log = env.run(&["log", "-n", "4"]).ok();
    assert!(log.contains("redo  #4 undo #3 correct"), "{log}");
}

#[test]
fn undo_refuses_when_a_later_operation_depends_on_it() {
    let env = env();
    env.run(&[
        "translate",
        "libie-moskou:10",
        "Moscow has long backed Haftar.",
    ])
    .ok();
    env.run(&["state", "libie-moskou:10", "reviewed"]).ok();
    env.run(&["translate", "libie-moskou:11", "Unrelated."])
        .ok();
    let e = env.fails_unchanged(&["undo", "2"]);
    assert!(e.contains("cannot undo #2 (translate libie-moskou:10 r2): later operation depends on it: #3 state libie-moskou:10 translated → reviewed; undo that first"), "{e}");
    // An independent later operation is no obstacle.
    env.run(&["undo", "3"]).ok();
    env.run(&["undo", "2"]).ok();
    let v = env.run(&["--json", "show", "libie-moskou:11"]).json();
    assert_eq!(v["segment"]["target"], "Unrelated.");
    let e = env.fails_unchanged(&["undo", "2"]);
    assert!(
        e.contains("#2 (translate) is already undone (by #6)"),
        "{e}"
    );
    let e = env.fails_unchanged(&["undo", "99"]);
    assert!(e.contains("unknown operation #99"), "{e}");
    let e = env.fails_unchanged(&["undo", "abc"]);
    assert!(e.contains("bad operation 'abc'"), "{e}");
}

#[test]
fn undo_of_import_replace_and_update_brings_everything_back() {
    let env = env();
    env.run(&[
        "import",
        corpus("libie-moskou.annotations.jsonl").to_str().unwrap(),
    ])
    .ok();
    let before = snapshot(&env);
    let text = std::fs::read_to_string(corpus("libie-moskou.nl.txt")).unwrap();
    let v2 = env.write(
        "v2.txt",
        text.replace(
            "Moskou steunt Hafta al geruime tijd met heimelijke wapenleveranties. ",
            "Nieuw. ",
        ),
    );
    env.run(&[
        "import",
        v2.to_str().unwrap(),
        "--doc",
        "libie-moskou",
        "--update",
    ])
    .ok();
    assert_ne!(snapshot(&env), before);
    env.run(&["undo"]).ok();
    assert_eq!(snapshot(&env), before);
    let short = env.write("kort.txt", "Kort.");
    env.run(&[
        "import",
        short.to_str().unwrap(),
        "--doc",
        "libie-moskou",
        "--replace",
    ])
    .ok();
    env.run(&["undo"]).ok();
    assert_eq!(snapshot(&env), before);
    env.run(&["undo"]).ok(); // the annotations
    env.run(&["undo"]).ok(); // the import itself
    let e = env.run(&["show", "libie-moskou"]).err();
    assert!(e.contains("unknown document 'libie-moskou'"), "{e}");
    env.run(&["redo"]).ok();
    env.run(&["redo"]).ok();
    assert_eq!(snapshot(&env), before);
    let integrity: String = env.sql("PRAGMA integrity_check");
    assert_eq!(integrity, "ok");
}

#[test]
fn parallel_undos_never_revert_one_operation_twice() {
    let env = env();
    for n in 1..=8 {
        env.run(&["translate", &format!("libie-moskou:{n}"), &format!("T{n}.")])
            .ok();
    }
    // #1 is the import, #2..#9 the translations: six undos at once, each on its own.
    let children: Vec<_> = (0..6)
        .map(|_| {
            env.command()
                .args(["--json", "undo"])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut reverted = Vec::new();
    for child in children {
        let out = child.wait_with_output().unwrap();
        if out.status.success() {
            let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
            reverted.push(v["reverted"]["id"].as_i64().unwrap());
        } else {
            let e = String::from_utf8_lossy(&out.stderr);
            assert!(e.starts_with("error: "), "fails cleanly: {e}");
        }
    }
    reverted.sort_unstable();
    let mut distinct = reverted.clone();
    distinct.dedup();
    assert_eq!(reverted, distinct, "an operation was reverted twice");
    assert_eq!(reverted, vec![4, 5, 6, 7, 8, 9], "newest first, one each");
    let twice: i64 = env.sql(
        "SELECT COUNT(*) FROM (SELECT reverts FROM operations WHERE command = 'undo'
         GROUP BY reverts HAVING COUNT(*) > 1)",
    );
    assert_eq!(twice, 0);
    for n in 1..=8 {
        let revisions = env
            .run(&["--json", "show", &format!("libie-moskou:{n}")])
            .json()["revisions"]
            .as_array()
            .unwrap()
            .len();
        assert_eq!(revisions, if n <= 2 { 2 } else { 1 }, "libie-moskou:{n}");
    }
}

#[test]
fn blocked_redo_says_redo() {
    let env = env();
    env.run(&["translate", "libie-moskou:2", "A."]).ok();
    env.run(&["undo"]).ok();
    env.run(&["translate", "libie-moskou:2", "B."]).ok();
    let e = env.fails_unchanged(&["redo"]);
    assert!(
        e.starts_with(
            "error: cannot redo #2: later operation depends on its undo (#3): #4 translate"
        ),
        "{e}"
    );
    let v: serde_json::Value =
        serde_json::from_str(&env.run(&["--json", "redo"]).stderr()).unwrap();
    assert_eq!(v["error"]["code"], "conflict");
    assert_eq!(v["error"]["kind"], "history");
    let e = env.fails_unchanged(&["undo", "3"]);
    assert!(
        e.contains("cannot redo #2"),
        "undoing an undo is a redo: {e}"
    );
}

#[test]
fn undo_and_log_reports_read_back_as_their_types() {
    let env = env();
    env.run(&["translate", "libie-moskou:2", "A."]).ok();
    let r: tolk::ops::history::Reverted =
        serde_json::from_str(&env.run(&["--json", "undo"]).ok()).unwrap();
    assert_eq!(
        (r.operation, r.command.as_str(), r.reverted.id),
        (3, "undo", 2)
    );
    let log: tolk::ops::history::Log =
        serde_json::from_str(&env.run(&["--json", "log", "--patch"]).ok()).unwrap();
    assert_eq!(log.entries.len(), 3);
    assert_eq!(log.entries[1].operation.undone_by, Some(3));
    let changes = log.entries[1].changes.as_ref().unwrap();
    assert_eq!(changes.revisions.len(), 0, "the revision is gone again");
    let e = env.fails_unchanged(&["undo", "abc"]);
    assert!(e.contains("bad operation 'abc'"), "{e}");
    assert_eq!(
        env.run(&["undo", "abc"]).code(),
        2,
        "a bad value is a usage error"
    );
}

#[test]
fn json_review_is_a_stream_of_answers_and_a_tally() {
    let env = env();
    let out = env
        .run_stdin(&["--json", "review", "libie-moskou"], "a\ns\nn\nWhy?\nq\n")
        .ok();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    let a: tolk::ops::review::Answered = serde_json::from_str(lines[0]).unwrap();
    assert_eq!((a.id.as_str(), a.revision), ("libie-moskou:1", Some(2)));
    let v: serde_json::Value = serde_json::from_str(lines[1]).unwrap();
    assert_eq!(v["action"], "needs-work");
    assert_eq!(v["state"], "needs-work");
    let t: tolk::ops::review::Tally = serde_json::from_str(lines[2]).unwrap();
    assert_eq!(
        (t.accepted, t.needs_work, t.skipped, t.remaining),
        (1, 1, 1, 34)
    );
}

#[test]
fn review_refuses_to_accept_a_translation_changed_while_it_was_shown() {
    use std::io::{BufRead, BufReader, Write};
    let env = env();
    let mut child = env
        .command()
        .args(["review", "libie-moskou"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    // Wait for the first screen: review is now waiting for its answer.
    let mut screen = String::new();
    while !screen.contains("\n  en  ") {
        assert_ne!(stdout.read_line(&mut screen).unwrap(), 0, "{screen}");
    }
    env.run(&["translate", "libie-moskou:1", "Changed meanwhile."])
        .ok();
    writeln!(stdin, "a").unwrap();
    let mut again = String::new();
    while !again.contains("\n  en  ") {
        assert_ne!(stdout.read_line(&mut again).unwrap(), 0, "{again}");
    }
    assert!(
        again.contains("[1/35]\nlibie-moskou:1  ¶1  translated  r2 tester"),
        "the new revision is shown: {again}"
    );
    assert!(again.contains("  en  Changed meanwhile.\n"), "{again}");
    writeln!(stdin, "a\nq").unwrap();
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("libie-moskou:1: the translation changed meanwhile (r1 was shown, r2 by tester is current); nothing changed"),
        "{stderr}"
    );
    assert!(stderr.contains("1 accepted"), "{stderr}");
    let v = env.run(&["--json", "show", "libie-moskou:1"]).json();
    assert_eq!(v["segment"]["target"], "Changed meanwhile.");
    assert_eq!(v["segment"]["state"], "reviewed");
    assert_eq!(v["segment"]["revision"], 3);
}

#[test]
fn log_by_author_lists_only_that_authors_operations() {
    use tolk::ops::history::Log;
    let env = env();
    let by = |author: &str, args: &[&str]| {
        let s = env.command().env("TOLK_AUTHOR", author).args(args).output();
        assert!(s.unwrap().status.success(), "{args:?}");
    };
    by(
        "bram",
        &[
            "translate",
            "libie-moskou:10",
            "Moscow has long backed Haftar.",
        ],
    );
    by("carla", &["state", "libie-moskou:10", "reviewed"]);
    by("bram", &["state", "libie-moskou:11", "reviewed"]);
    let log = |args: &[&str]| -> Log {
        let mut all = vec!["--json", "log"];
        all.extend_from_slice(args);
        serde_json::from_str(&env.run(&all).ok()).unwrap()
    };
    let ids = |l: &Log| -> Vec<(i64, String)> {
        l.entries
            .iter()
            .map(|e| (e.operation.id, e.operation.author.clone()))
            .collect()
    };
    assert_eq!(
        ids(&log(&["--by", "bram"])),
        [(4, "bram".to_string()), (2, "bram".to_string())]
    );
    // The limit counts the author's operations, not the ones left out.
    assert_eq!(
        ids(&log(&["--by", "bram", "-n", "1"])),
        [(4, "bram".to_string())]
    );
    assert_eq!(
        ids(&log(&["--by", "carla", "libie-moskou:10"])),
        [(3, "carla".to_string())]
    );
    assert!(
        log(&["--by", "carla", "libie-moskou:11"])
            .entries
            .is_empty()
    );
    assert!(log(&["--by", "nobody"]).entries.is_empty());
    let human = env.run(&["log", "--by", "tester"]).ok();
    assert_eq!(human.lines().count(), 1, "{human}");
    assert!(human.starts_with("#1  "), "{human}");
}
