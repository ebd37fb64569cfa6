//! Issue 12, slice 3: attaching a translation to an existing document (`import EN
//! --translation-of DOC`) and fixing links by hand (`link join|split|move`), each one undoable
//! operation.

use crate::common::{TestEnv, corpus};
use tolk::ops::import::attach::Attached;

fn import_nl(env: &TestEnv) {
    env.run(&["import", corpus("libie-moskou.nl.txt").to_str().unwrap()])
        .ok();
}

fn attach(env: &TestEnv, en: &str, extra: &[&str]) -> tolk::ops::import::attach::Attached {
    let en = corpus(en);
    let mut args = vec![
        "import",
        en.to_str().unwrap(),
        "--translation-of",
        "libie-moskou",
    ];
    args.extend_from_slice(extra);
    env.tolk(&args).report()
}

#[test]
fn a_translation_attaches_to_an_existing_document_as_new_revisions() {
    let env = TestEnv::new();
    import_nl(&env);
    // An annotation made before the translation existed stays untouched.
    env.run(&[
        "annotate",
        "libie-moskou:2",
        "--kind",
        "note",
        "--match",
        "Haftar",
        "--text",
        "check the name",
    ])
    .ok();
    let annotations = || env.sql::<String>("SELECT group_concat(id || status) FROM annotations");
    let before = annotations();
    let a: Attached = attach(&env, "libie-moskou.en-free.txt", &[]);
    assert_eq!(a.revisions, 33);
    assert_eq!((a.alignment.links, a.alignment.one_to_one), (34, 31));
    assert_eq!(env.sql::<i64>("SELECT COUNT(*) FROM links"), 34);
    assert_eq!(annotations(), before);
    let v = env.run(&["--json", "show", "libie-moskou"]).json();
    assert_eq!(v["segments"][5]["link"]["shape"], "2-1");

    // A document with a translation is refused, in one line, unchanged.
    let e = env.fails_unchanged(&[
        "import",
        corpus("libie-moskou.en.txt").to_str().unwrap(),
        "--translation-of",
        "libie-moskou",
    ]);
    assert!(e.contains("already has 33 translated segments"), "{e}");
    assert!(e.contains("--replace-translations"), "{e}");

    // Replacing adds revisions over the old ones (history kept) and replaces the links.
    let r = attach(&env, "libie-moskou.en.txt", &["--replace-translations"]);
    assert_eq!((r.replaced, r.old_links), (33, 34));
    assert_eq!(env.sql::<i64>("SELECT COUNT(*) FROM links"), 0);
    let six = env.run(&["--json", "show", "libie-moskou:6"]).json();
    assert_eq!(six["revisions"].as_array().unwrap().len(), 2);
    assert!(six["segment"].get("link").is_none());
    assert_eq!(annotations(), before);

    // One operation each: undo brings back the free translation's links, then nothing.
    env.run(&["undo"]).ok();
    assert_eq!(env.sql::<i64>("SELECT COUNT(*) FROM links"), 34);
    env.run(&["undo"]).ok();
    assert_eq!(env.sql::<i64>("SELECT COUNT(*) FROM links"), 0);
    assert_eq!(env.sql::<i64>("SELECT COUNT(*) FROM translations"), 0);
    assert_eq!(annotations(), before);
}

#[test]
fn attaching_to_a_missing_document_or_a_bilingual_file_is_refused() {
    let env = TestEnv::new();
    import_nl(&env);
    let e = env.fails_unchanged(&[
        "import",
        corpus("libie-moskou.en.txt").to_str().unwrap(),
        "--translation-of",
        "nope",
    ]);
    assert!(e.contains("nope"), "{e}");
    let tmx = env.write("x.tmx", "<tmx/>");
    let e = env.fails_unchanged(&[
        "import",
        tmx.to_str().unwrap(),
        "--translation-of",
        "libie-moskou",
    ]);
    assert!(e.contains("plain text"), "{e}");
}
