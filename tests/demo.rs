use crate::common::TestEnv;

#[test]
fn demo_builds_tolk_demo_db_and_prints_the_aligned_view() {
    let env = TestEnv::new();
    let out = env.run(&["demo"]).ok();
    assert!(env.path("tolk-demo.db").exists());
    assert!(!env.db().exists());
    assert!(out.contains("libie-moskou:35  ¶12  translated"), "{out}");
    assert!(
        out.contains(
            "  nl  Moskou steunt Hafta al geruime tijd met heimelijke wapenleveranties.\n"
        ),
        "{out}"
    );
    // Rebuilt from scratch, and not imported twice; edits made in between stop it unless
    // --force says they may go.
    env.run(&["demo"]).ok();
    env.run(&[
        "--db",
        "tolk-demo.db",
        "translate",
        "libie-moskou:1",
        "changed",
    ])
    .ok();
    env.run(&["demo"]).err();
    env.run(&["demo", "--force"]).ok();
    let v = env
        .run(&["--db", "tolk-demo.db", "--json", "show", "libie-moskou:1"])
        .json();
    assert_eq!(v["revisions"].as_array().unwrap().len(), 1);
}

#[test]
fn demo_honours_db_and_never_wipes_other_work() {
    let env = TestEnv::new();
    env.run(&["--db", "mine.db", "demo"]).ok();
    assert!(env.path("mine.db").exists());
    let f = env.write("a.txt", "Een zin.");
    env.run(&[
        "--db",
        "mine.db",
        "import",
        f.to_str().unwrap(),
        "--doc",
        "werk",
    ])
    .ok();
    let e = env.run(&["--db", "mine.db", "demo"]).err();
    assert!(e.contains("holds other documents (werk)"), "{e}");
    assert_eq!(
        env.run(&["--db", "mine.db", "--json", "docs"])
            .json()
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

/// `demo --json` prints the reports of its imports, one JSON document each.
#[test]
fn demo_json_is_the_import_reports() {
    use tolk::ops::import::Imported;
    use tolk::ops::import::annotations::AnnotationsImported;
    let env = TestEnv::new();
    let out = env.run(&["--json", "demo"]).ok();
    let docs: Vec<serde_json::Value> = serde_json::Deserializer::from_str(&out)
        .into_iter()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(docs.len(), 2);
    let imported: Imported = serde_json::from_value(docs[0].clone()).unwrap();
    let annotated: AnnotationsImported = serde_json::from_value(docs[1].clone()).unwrap();
    assert_eq!(imported.segments, 35);
    assert_eq!(annotated.added, 43);
}
