//! Issue 15 item 8: review that helps — context, findings, going back and jumping, reviewing
//! one segment or a range, upper-case keys, a confirming line per answer, and piped answers
//! that name the segment they answer.

use crate::common::TestEnv;

fn env() -> TestEnv {
    let env = TestEnv::new();
    env.import_corpus();
    env
}

fn state_of(env: &TestEnv, id: &str) -> String {
    let v = env.run(&["--json", "show", id]).json();
    v["segment"]["state"].as_str().unwrap().to_string()
}

fn revisions(env: &TestEnv, n: usize) -> i64 {
    env.sql(&format!(
        "SELECT COUNT(*) FROM translations t JOIN segments s ON s.id = t.segment_id WHERE s.position = {n}"
    ))
}

#[test]
fn a_screen_shows_the_neighbours_and_the_findings_and_each_answer_is_confirmed() {
    let env = env();
    let run = env.tolk(&["review", "libie-moskou:10"]).stdin("a\n").run();
    assert_eq!(run.code(), 0, "{}", run.stderr());
    let out = run.stdout();
    // The sentence before and after, with their translations.
    assert!(
        out.contains("  ↑ 9   nl  Voor Rusland is het mislukken van de besprekingen"),
        "{out}"
    );
    assert!(out.contains("  ↓ 11  nl  "), "{out}");
    // What `check` says about this segment.
    assert!(
        out.contains("check name-variant [")
            && out.contains("] 'Hafta': ‘Hafta’ looks like a variant of ‘Haftar’"),
        "{out}"
    );
    assert!(
        out.contains("libie-moskou:10: accepted, now reviewed r2\n"),
        "{out}"
    );
    assert!(run.stderr().contains("1 accepted"), "{}", run.stderr());
}

#[test]
fn one_segment_is_reviewed_whatever_its_state_and_a_range_walks_what_needs_review() {
    let env = env();
    env.run(&["state", "libie-moskou:4", "reviewed"]).ok();
    // DOC:N: the segment, even though it needs no review; accepting it again records nothing.
    let before = revisions(&env, 4);
    let out = env.tolk(&["review", "libie-moskou:4"]).stdin("a\n").ok();
    assert!(out.contains("[1/1]\n"), "{out}");
    assert!(
        out.contains("libie-moskou:4: already reviewed; nothing changed"),
        "{out}"
    );
    assert_eq!(revisions(&env, 4), before);
    // DOC:A-B: only the segments of the range that need review (4 is reviewed).
    let out = env
        .tolk(&["review", "libie-moskou:3-6"])
        .stdin("s\ns\ns\n")
        .ok();
    assert!(out.contains("[1/3]\n"), "{out}");
    for n in [3, 5, 6] {
        assert!(out.contains(&format!("\nlibie-moskou:{n}  ")), "{n}: {out}");
    }
    assert!(!out.contains("\nlibie-moskou:4  "), "{out}");
    // A range past the end, and --links with a segment, are refused.
    let e = env.fails_unchanged(&["review", "libie-moskou:30-40"]);
    assert!(
        e.contains("segment libie-moskou:40 does not exist (libie-moskou has segments 1 to 35)"),
        "{e}"
    );
    let e = env.fails_unchanged(&["review", "libie-moskou:3", "--links"]);
    assert!(e.contains("--links walks a whole document"), "{e}");
}

#[test]
fn p_goes_back_and_g_jumps_also_to_a_segment_that_needs_no_review() {
    let env = env();
    env.run(&["state", "libie-moskou:20", "reviewed"]).ok();
    // `p` at the first segment says so; accept 1, go back to it (now reviewed), skip it and 2,
    // jump to 20 (reviewed, not in the queue), send it back, and the review goes on with 21.
    let run = env
        .tolk(&["review", "libie-moskou"])
        .stdin("p\nA\nP\ns\nG 20\nn\nwho is 'hij'?\nq\n")
        .run();
    assert!(
        run.stderr()
            .contains("libie-moskou:1 is the first segment of this review"),
        "{}",
        run.stderr()
    );
    assert_eq!(run.code(), 0, "{}", run.stderr());
    let out = run.stdout();
    let screens: Vec<&str> = out.split("\n[").skip(1).collect();
    let heads: Vec<String> = screens
        .iter()
        .map(|s| {
            s.lines()
                .find(|l| l.starts_with("libie-moskou:"))
                .unwrap()
                .split("  ")
                .take(3)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    assert_eq!(
        heads,
        [
            "libie-moskou:1 ¶1 translated",
            "libie-moskou:2 ¶1 translated",
            "libie-moskou:1 ¶1 reviewed",
            "libie-moskou:2 ¶1 translated",
            "libie-moskou:20 ¶7 reviewed",
            "libie-moskou:21 ¶7 translated",
        ],
        "{out}"
    );
    assert_eq!(state_of(&env, "libie-moskou:20"), "needs-work");
    // A jump out of the document, or to another document, is an error for a script.
    let e = env.tolk(&["review", "libie-moskou"]).stdin("g 99\n").err();
    assert!(
        e.contains("segment libie-moskou:99 does not exist (libie-moskou has segments 1 to 35)"),
        "{e}"
    );
    let e = env
        .tolk(&["review", "libie-moskou"])
        .stdin("g other:3\n")
        .err();
    assert!(
        e.contains("name a segment of libie-moskou as N or libie-moskou:N"),
        "{e}"
    );
}

#[test]
fn a_piped_answer_that_names_another_segment_is_refused() {
    let env = env();
    // Answers naming their segment, as DOC:N or N, in either case.
    env.tolk(&["review", "libie-moskou"])
        .stdin("a libie-moskou:1\nA 2\nn libie-moskou:3\nfix the credit\n")
        .ok();
    assert_eq!(state_of(&env, "libie-moskou:1"), "reviewed");
    assert_eq!(state_of(&env, "libie-moskou:2"), "reviewed");
    assert_eq!(state_of(&env, "libie-moskou:3"), "needs-work");
    // The script thinks 5 is next, but 4 is shown: nothing lands on 4.
    let before = revisions(&env, 4);
    let run = env
        .tolk(&["review", "libie-moskou:4-9"])
        .stdin("a libie-moskou:5\n")
        .run();
    assert_ne!(run.code(), 0);
    assert!(
        run.stderr().contains(
            "the answer 'a libie-moskou:5' names libie-moskou:5, but libie-moskou:4 is shown; nothing saved"
        ),
        "{}",
        run.stderr()
    );
    assert_eq!(revisions(&env, 4), before);
    assert_eq!(state_of(&env, "libie-moskou:4"), "translated");
    // `q` and `p` take no segment.
    let e = env.tolk(&["review", "libie-moskou:4"]).stdin("q 4\n").err();
    assert!(e.contains("only a, e, n, s and g take a segment"), "{e}");
}

#[test]
fn final_work_is_not_reopened_from_a_review() {
    let env = env();
    env.run(&["state", "libie-moskou:6", "reviewed"]).ok();
    env.run(&["state", "libie-moskou:6", "final"]).ok();
    let before = revisions(&env, 6);
    let e = env
        .tolk(&["review", "libie-moskou:6"])
        .stdin("n\nreopen\n")
        .err();
    assert!(
        e.contains("libie-moskou:6 is final; a review does not reopen final work"),
        "{e}"
    );
    let out = env.tolk(&["review", "libie-moskou:6"]).stdin("a\n").ok();
    assert!(
        out.contains("libie-moskou:6: already final; nothing changed"),
        "{out}"
    );
    assert_eq!(revisions(&env, 6), before);
    assert_eq!(state_of(&env, "libie-moskou:6"), "final");
}
