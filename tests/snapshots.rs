//! Snapshot tests (insta) of the human screens people read: `show`, `log --patch`,
//! `attributions` and the piped `review` loop. A change to any of them shows up as a diff of
//! the whole screen in review (`cargo insta review`), not as a broken substring match.

use crate::common::{TestEnv, corpus};

/// The shipped article with its translation and the editor's annotations, then a little work.
fn worked_env() -> TestEnv {
    let env = TestEnv::new();
    // Copies, imported by relative name, so that the origins in `log` do not depend on where
    // the repository is checked out.
    for f in [
        "libie-moskou.nl.txt",
        "libie-moskou.en.txt",
        "libie-moskou.annotations.jsonl",
    ] {
        env.write(f, std::fs::read(corpus(f)).unwrap());
    }
    env.tolk(&[
        "import",
        "libie-moskou.nl.txt",
        "--translation",
        "libie-moskou.en.txt",
    ])
    .ok();
    env.tolk(&["import", "libie-moskou.annotations.jsonl"]).ok();
    env.tolk(&[
        "translate",
        "libie-moskou:10",
        "Moscow has long backed Haftar with covert arms supplies.",
    ])
    .env("TOLK_AUTHOR", "bram")
    .ok();
    env.tolk(&[
        "state",
        "libie-moskou:10",
        "needs-work",
        "--comment",
        "‘al geruime tijd’: keep ‘for quite some time’",
    ])
    .env("TOLK_AUTHOR", "carla")
    .ok();
    env
}

#[test]
fn show_segment_with_history() {
    let env = worked_env();
    insta::assert_snapshot!(env.tolk(&["show", "libie-moskou:10"]).ok());
    let e = env.tolk(&["show", "libie-moskou:36"]).err();
    assert!(e.contains("has segments 1 to 35"), "{e}");
}

#[test]
fn show_document_head() {
    let env = worked_env();
    let out = env.tolk(&["show", "libie-moskou"]).ok();
    let head: Vec<&str> = out.lines().take(24).collect();
    insta::assert_snapshot!(head.join("\n"));
}

#[test]
fn log_with_patches() {
    let env = worked_env();
    env.tolk(&["correct", "libie-moskou:5", "Libische", "Libysche"])
        .ok();
    env.tolk(&["undo"]).ok();
    insta::assert_snapshot!(env.tolk(&["log", "--patch", "libie-moskou:10"]).ok());
    let all = env.tolk(&["log"]).ok();
    insta::assert_snapshot!("log_all", all);
}

#[test]
fn attributions_view() {
    let env = worked_env();
    insta::assert_snapshot!(env.tolk(&["attributions", "libie-moskou"]).ok());
}

#[test]
fn review_screens_piped() {
    let env = worked_env();
    // A reference TM with a near match for segment 2 (one word different): shown beside it.
    env.write(
        "ref.tsv",
        "Haftar vertrok zonder zijn handtekening te zetten onder het verdrag.\tHaftar left without signing the treaty.\n",
    );
    env.tolk(&["tm", "import", "ref.tsv"]).ok();
    // accept 1, skip 2, send 3 back with a comment, then quit.
    let run = env
        .tolk(&["review", "libie-moskou"])
        .stdin("a\ns\nn\nkeep the photo credit short\nq\n")
        .run();
    assert_eq!(run.code(), 0, "{}", run.stderr());
    insta::assert_snapshot!("review_stdout", run.stdout());
    insta::assert_snapshot!("review_stderr", run.stderr());
}
