//! `--json` outputs read back as the library's own report types, and `--json` errors as the
//! structured objects scripts rely on (`code`, `kind`, `message`).

use crate::common::TestEnv;
use tolk::model::State;
use tolk::ops::state::{DocumentStateChanged, StateChanged};
use tolk::ops::translate::Translated;

#[test]
fn write_reports_are_typed() {
    let env = TestEnv::new();
    env.import_corpus();
    let t: Translated = env
        .tolk(&[
            "translate",
            "libie-moskou:2",
            "Haftar left without signing.",
        ])
        .report();
    assert_eq!(t.id, "libie-moskou:2");
    assert_eq!(
        (t.revision, t.state, t.changed),
        (2, State::Translated, true)
    );
    assert!(t.operation.is_some());
    let again: Translated = env
        .tolk(&[
            "translate",
            "libie-moskou:2",
            "Haftar left without signing.",
        ])
        .report();
    assert!(!again.changed && again.operation.is_none(), "{again:?}");
    assert_eq!(again.revision, 2);

    let s: StateChanged = env.tolk(&["state", "libie-moskou:2", "reviewed"]).report();
    assert_eq!(
        (s.previous_state, s.state, s.revision),
        (State::Translated, State::Reviewed, 3)
    );
    let d: DocumentStateChanged = env.tolk(&["state", "libie-moskou", "reviewed"]).report();
    assert_eq!(
        (d.from, d.to, d.changed),
        (State::Translated, State::Reviewed, 34)
    );
    assert_eq!(
        d.others.reviewed, 1,
        "the segment reviewed before stays as it was"
    );
}

#[test]
fn errors_are_json_objects_with_stable_codes() {
    let env = TestEnv::new();
    env.import_corpus();
    let e = env.tolk(&["show", "onbekend:1"]).json_error();
    assert_eq!(e["code"], "not-found");
    assert_eq!(e["kind"], "document");
    assert_eq!(e["name"], "onbekend");
    let message = e["message"].as_str().unwrap();
    assert!(message.contains("known: libie-moskou"), "{e}");
    let e = env.tolk(&["state", "libie-moskou:1", "done"]).json_error();
    assert_eq!(e["code"], "usage");
    assert!(
        e["message"].as_str().unwrap().contains("possible values"),
        "{e}"
    );
    let e = env
        .tolk(&["state", "libie-moskou:1", "untranslated"])
        .json_error();
    assert_eq!(e["code"], "invalid");
}
