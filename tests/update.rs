//! `import --update`: new versions of the corpus article, with real edits.

use crate::common::{TestEnv, corpus};

fn with_corpus_annotations() -> TestEnv {
    let env = TestEnv::new();
    env.import_corpus();
    env.run(&[
        "import",
        corpus("libie-moskou.annotations.jsonl").to_str().unwrap(),
    ])
    .ok();
    env
}

fn article() -> String {
    std::fs::read_to_string(corpus("libie-moskou.nl.txt")).unwrap()
}

fn update(env: &TestEnv, text: &str) -> serde_json::Value {
    let f = env.write("v2.txt", text);
    env.run(&[
        "--json",
        "import",
        f.to_str().unwrap(),
        "--doc",
        "libie-moskou",
        "--update",
    ])
    .json()
}

fn annotation(env: &TestEnv, exact: &str) -> serde_json::Value {
    let all = env.run(&["--json", "annotations", "libie-moskou"]).json();
    all.as_array()
        .unwrap()
        .iter()
        .find(|a| a["exact"] == exact || a["fixed_upstream"] == exact)
        .unwrap_or_else(|| panic!("no annotation on {exact}"))
        .clone()
}

#[test]
fn typo_fixed_upstream_is_reported_not_orphaned() {
    let env = with_corpus_annotations();
    let r = update(
        &env,
        &article().replace("steunt Hafta al", "steunt Haftar al"),
    );
    assert_eq!(r["edited"], 1);
    assert_eq!(r["annotations_upstream"], 1);
    assert_eq!(r["annotations_orphaned"], 0);
    let a = annotation(&env, "Hafta");
    assert_eq!(a["status"], "accepted");
    assert_eq!(a["exact"], "Haftar");
    assert_eq!(a["fixed_upstream"], "Hafta");
    let v = env.run(&["--json", "show", "libie-moskou:10"]).json();
    assert_eq!(
        v["segment"]["source"],
        "Moskou steunt Haftar al geruime tijd met heimelijke wapenleveranties."
    );
    assert_eq!(v["segment"]["source_corrected"], v["segment"]["source"]);
    assert_eq!(
        v["revisions"].as_array().unwrap().len(),
        1,
        "translation kept"
    );
}

#[test]
fn inserted_sentence_moves_translations_and_annotations_along() {
    let env = with_corpus_annotations();
    let before = env.run(&["--json", "show", "libie-moskou:16"]).json();
    let text = article().replace(
        "Op Facebook kondigde",
        "Het LNA reageerde snel. Op Facebook kondigde",
    );
    let r = update(&env, &text);
    assert_eq!(r["inserted"], 1);
    assert_eq!(r["segments"], 36);
    assert_eq!(r["annotations_orphaned"], 0);
    let after = env.run(&["--json", "show", "libie-moskou:17"]).json();
    assert_eq!(after["segment"]["source"], before["segment"]["source"]);
    assert_eq!(after["segment"]["target"], before["segment"]["target"]);
    assert_eq!(
        after["segment"]["source_corrected"],
        before["segment"]["source_corrected"]
    );
    let duiste = annotation(&env, "Duiste");
    assert_eq!(duiste["segment"], "libie-moskou:17");
    assert_eq!(
        duiste["start"],
        before["segment"]["annotations"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["exact"] == "Duiste")
            .unwrap()["start"]
    );
    let new = env.run(&["--json", "show", "libie-moskou:16"]).json();
    assert_eq!(new["segment"]["source"], "Het LNA reageerde snel.");
    assert_eq!(new["segment"]["state"], "untranslated");
}

#[test]
fn edit_inside_a_sentence_reanchors_spans_by_quote() {
    let env = with_corpus_annotations();
    let before = annotation(&env, "Duiste");
    let r = update(
        &env,
        &article()
            .replace(
                "maar de Duiste premier",
                "maar intussen heeft de Duiste premier",
            )
            .replace("Merkel heeft Haftar", "Merkel Haftar"),
    );
    assert_eq!(r["edited"], 1);
    assert_eq!(r["annotations_orphaned"], 0);
    let after = annotation(&env, "Duiste");
    assert_eq!(
        after["start"].as_u64().unwrap(),
        before["start"].as_u64().unwrap() + "intussen heeft ".chars().count() as u64
    );
    assert_eq!(after["status"], "accepted");
    let v = env.run(&["--json", "show", "libie-moskou:16"]).json();
    assert!(
        v["segment"]["source_corrected"]
            .as_str()
            .unwrap()
            .contains("intussen heeft de Duitse bondskanselier Merkel")
    );
}

#[test]
fn deleted_sentence_orphans_its_annotations_and_keeps_them() {
    let env = with_corpus_annotations();
    let sentence = "Moskou steunt Hafta al geruime tijd met heimelijke wapenleveranties. ";
    assert!(article().contains(sentence));
    let r = update(&env, &article().replace(sentence, ""));
    assert_eq!(r["removed"], 1);
    assert_eq!(r["segments"], 34);
    assert!(r["annotations_orphaned"].as_u64().unwrap() >= 1);
    let orphans = env
        .run(&[
            "--json",
            "annotations",
            "libie-moskou",
            "--status",
            "orphaned",
        ])
        .json();
    let hafta = orphans
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["exact"] == "Hafta")
        .expect("kept as orphaned");
    assert!(hafta["segment"].is_null());
    let listing = env.run(&["annotations", "--status", "orphaned"]).ok();
    assert!(
        listing.contains("libie-moskou (segment removed)"),
        "{listing}"
    );
    let e = env.fails_unchanged(&["accept", &hafta["id"].to_string()]);
    assert!(e.contains("is orphaned"), "{e}");
    // The rest of the document is intact and renumbered.
    let v = env.run(&["--json", "show", "libie-moskou:10"]).json();
    assert!(
        v["segment"]["source"]
            .as_str()
            .unwrap()
            .starts_with("Haftar heeft bovendien")
    );
    assert!(
        v["segment"]["target"]
            .as_str()
            .unwrap()
            .starts_with("Since last autumn")
    );
}

#[test]
fn reviewed_translation_of_a_changed_sentence_needs_work() {
    let env = with_corpus_annotations();
    env.run(&["state", "libie-moskou:10", "reviewed"]).ok();
    let r = update(
        &env,
        &article().replace("steunt Hafta al", "steunt Haftar al"),
    );
    assert_eq!(r["translations_to_recheck"], 1);
    let v = env.run(&["--json", "show", "libie-moskou:10"]).json();
    assert_eq!(v["segment"]["state"], "needs-work");
}

#[test]
fn update_errors() {
    let env = with_corpus_annotations();
    let f = env.write("v2.txt", article());
    let e = env.fails_unchanged(&["import", f.to_str().unwrap(), "--doc", "nieuw", "--update"]);
    assert!(e.contains("unknown document 'nieuw'"), "{e}");
    let r = env.run(&[
        "import",
        f.to_str().unwrap(),
        "--doc",
        "libie-moskou",
        "--update",
        "--replace",
    ]);
    assert_eq!(r.code(), 2);
    let v = update(&env, &article());
    assert_eq!(v["unchanged"], 35);
}

#[test]
fn update_report_reads_back_as_its_type() {
    let env = with_corpus_annotations();
    let v = update(&env, &article().replace("Hafta al", "Haftar al"));
    let r: tolk::ops::import::update::UpdateReport = serde_json::from_value(v).unwrap();
    assert_eq!((r.segments, r.edited, r.annotations_upstream), (35, 1, 1));
    assert_eq!(r.operation, 3);
    // An update of a document that does not exist is refused inside its transaction.
    let f = env.write("v3.txt", "Een zin.");
    let e = env.fails_unchanged(&["import", f.to_str().unwrap(), "--doc", "nope", "--update"]);
    assert!(e.contains("unknown document 'nope'"), "{e}");
}
