//! `tolk diff`: plain and JSON output for the corpus corrections and revision diffs.

use crate::common::{TestEnv, corpus};

fn demo() -> TestEnv {
    let env = TestEnv::new();
    env.import_corpus();
    env.run(&[
        "import",
        corpus("libie-moskou.annotations.jsonl").to_str().unwrap(),
    ])
    .ok();
    env
}

#[test]
fn source_diff_of_the_corpus_typos() {
    let env = demo();
    assert_eq!(
        env.run(&["diff", "libie-moskou:10", "--source"]).ok(),
        "Moskou steunt [-Hafta-]{+Haftar+} al geruime tijd met heimelijke wapenleveranties.\n"
    );
    assert_eq!(
        env.run(&["diff", "libie-moskou:16", "--source"]).ok(),
        "Op Facebook kondigde het LNA dinsdag aan dat het ‘vastbesloten’ is de overwinning te behalen, maar de [-Duiste premier-]{+Duitse bondskanselier+} Merkel heeft Haftar en Serraj uitgenodigd voor een nieuwe bemiddelingspoging in Berlijn op 19 januari.\n"
    );
    let v = env
        .run(&["--json", "diff", "libie-moskou:10", "--source"])
        .json();
    assert_eq!(
        v,
        serde_json::json!({
            "id": "libie-moskou:10", "side": "source", "from": "published", "to": "corrected",
            "ops": [
                {"op": "equal", "text": "Moskou steunt ", "old": [0, 14], "new": [0, 14]},
                {"op": "delete", "text": "Hafta", "old": [14, 19]},
                {"op": "insert", "text": "Haftar", "new": [14, 20]},
                {"op": "equal", "text": " al geruime tijd met heimelijke wapenleveranties.", "old": [19, 68], "new": [20, 69]}
            ]
        })
    );
    let all = env.run(&["diff", "libie-moskou", "--source"]).ok();
    assert!(
        all.starts_with("libie-moskou:10\n  source Moskou steunt [-Hafta-]{+Haftar+} al"),
        "{all}"
    );
    assert!(
        !all.contains("libie-moskou:31"),
        "proposed corrections are not applied: {all}"
    );
}

#[test]
fn revision_diffs_default_to_the_last_text_change() {
    let env = demo();
    env.run(&[
        "translate",
        "libie-moskou:10",
        "Moscow has long backed Haftar with covert arms supplies.",
    ])
    .ok();
    env.run(&["state", "libie-moskou:10", "reviewed"]).ok();
    let expected = "Moscow has [-been supporting-]{+long backed+} Haftar [-for quite some time -]with covert arms [-deliveries-]{+supplies+}.\n";
    assert_eq!(env.run(&["diff", "libie-moskou:10"]).ok(), expected);
    assert_eq!(
        env.run(&["diff", "libie-moskou:10", "--rev", "1..2"]).ok(),
        expected
    );
    assert_eq!(
        env.run(&["diff", "libie-moskou:10", "--rev", "2..3"]).ok(),
        "Moscow has long backed Haftar with covert arms supplies.\n"
    );
    let v = env
        .run(&["--json", "diff", "libie-moskou:10", "--rev", "1.."])
        .json();
    assert_eq!(v["from"], "r1");
    assert_eq!(v["to"], "r3");
    assert_eq!(
        v["ops"][1],
        serde_json::json!({"op": "delete", "text": "been supporting", "old": [11, 26]})
    );
    let e = env.fails_unchanged(&["diff", "libie-moskou:10", "--rev", "1..9"]);
    assert!(
        e.contains("libie-moskou:10 has no revision 9 (it has revisions 1 to 3)"),
        "{e}"
    );
    let e = env.fails_unchanged(&["diff", "libie-moskou:10", "--rev", "2..x"]);
    assert!(e.contains("bad revision range '2..x'"), "{e}");
}

#[test]
fn document_diff_since_an_operation_or_time() {
    let env = demo();
    env.run(&[
        "translate",
        "libie-moskou:2",
        "Haftar left without signing.",
    ])
    .ok();
    let out = env.run(&["diff", "libie-moskou"]).ok();
    assert_eq!(
        out,
        "libie-moskou:2\n  target Haftar left without [-putting his signature to the agreement-]{+signing+}.\n"
    );
    assert_eq!(
        env.run(&["diff", "libie-moskou", "--since", "#3"])
            .out
            .stdout
            .len(),
        0
    );
    assert!(
        env.run(&["diff", "libie-moskou", "--since", "#2"])
            .ok()
            .contains("libie-moskou:2")
    );
    // A date, month, year or minute is the start of that period (the clock is fixed at
    // 2026-01-19T10:00:00Z), so everything done in it is shown.
    for empty in ["2026-01-20", "2026-01-19T10:01", "2026-02", "2027"] {
        let out = env.run(&["diff", "libie-moskou", "--since", empty]).ok();
        assert_eq!(out, "", "{empty}");
    }
    for all in [
        "2026-01-19",
        "2026-01-19T10:00",
        "2026-01",
        "2026",
        "2026-01-18",
    ] {
        let out = env.run(&["diff", "libie-moskou", "--since", all]).ok();
        assert!(out.contains("libie-moskou:2"), "{all}: {out}");
    }
    let e = env.fails_unchanged(&["diff", "libie-moskou", "--since", "yesterday"]);
    assert!(e.contains("bad --since 'yesterday'"), "{e}");
}

#[test]
fn files_diff_matches_segments_by_id() {
    let env = demo();
    env.run(&["export", "libie-moskou", "-F", "tsv", "-o", "a.tsv"])
        .ok();
    env.run(&["export", "libie-moskou", "-F", "jsonl", "-o", "a.jsonl"])
        .ok();
    env.run(&[
        "translate",
        "libie-moskou:2",
        "Haftar left without signing.",
    ])
    .ok();
    env.run(&["export", "libie-moskou", "-F", "tsv", "-o", "b.tsv"])
        .ok();
    env.run(&["export", "libie-moskou", "-F", "jsonl", "-o", "b.jsonl"])
        .ok();
    let expected = "libie-moskou:2\n  target Haftar left without [-putting his signature to the agreement-]{+signing+}.\n";
    assert_eq!(
        env.run(&["diff", "--files", "a.tsv", "b.tsv"]).ok(),
        expected
    );
    assert_eq!(
        env.run(&["diff", "--files", "a.jsonl", "b.jsonl"]).ok(),
        expected
    );
    let e = env.run(&["diff", "--files", "a.tsv", "missing.tsv"]).err();
    assert!(e.contains("missing.tsv: no such file"), "{e}");
}

#[test]
fn diff_json_reads_back_and_bad_values_are_usage_errors() {
    use tolk::ops::view::Diffs;
    let env = demo();
    let one: Diffs = serde_json::from_str(
        &env.run(&["--json", "diff", "libie-moskou:10", "--source"])
            .ok(),
    )
    .unwrap();
    assert!(matches!(one, Diffs::One(d) if d.id == "libie-moskou:10"));
    let many: Diffs = serde_json::from_str(
        &env.run(&["--json", "diff", "libie-moskou", "--source"])
            .ok(),
    )
    .unwrap();
    assert!(matches!(many, Diffs::Many(d) if !d.is_empty()));
    for args in [
        ["diff", "libie-moskou:10", "--rev", "x"],
        ["diff", "libie-moskou", "--since", "yesterday"],
    ] {
        assert_eq!(env.run(&args).code(), 2, "{args:?}");
    }
}
