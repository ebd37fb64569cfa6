//! `attributions --suggest` and `--propose` on the corpus article: what the suggester finds,
//! and proposals that are stored once, never again after a rejection, and undone as one.

use crate::common::TestEnv;
use serde_json::Value;
use tolk::ops::attribution::{Fate, Proposed};

fn suggestions(env: &TestEnv) -> Vec<Value> {
    env.tolk(&["attributions", "libie-moskou", "--suggest"])
        .report::<Vec<Value>>()
}

#[test]
fn suggest_finds_the_corpus_claims_with_resolved_speakers() {
    let env = TestEnv::new();
    env.import_corpus();
    let all = suggestions(&env);
    let at = |n: &str| {
        all.iter()
            .find(|s| s["segment"] == format!("libie-moskou:{n}"))
            .unwrap_or_else(|| panic!("no suggestion on segment {n}: {all:#?}"))
    };
    let s24 = at("24");
    assert_eq!(s24["speaker"], "Jalel Harchaoui");
    assert_eq!(s24["mention"], "hij");
    assert_eq!(s24["cue"], "zegt");
    assert_eq!(s24["role"], "Libië-expert");
    assert_eq!(s24["organisation"], "Instituut Clingendael");
    assert_eq!(
        s24["claim"]["exact"],
        "‘Beide partijen hebben daar geen enkel belang bij’"
    );
    let s25 = at("25");
    assert_eq!(s25["speaker"], "Erdogan");
    assert_eq!(s25["cue"], "zinspeelde");
    assert_eq!(at("16")["speaker"], "Libische Nationale Leger");
    assert_eq!(at("16")["mention"], "LNA");
    // Offsets are code points of the published sentence.
    let pairs = env.pairs("libie-moskou");
    for s in &all {
        let n: usize = s["segment"]
            .as_str()
            .unwrap()
            .rsplit(':')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        let source: Vec<char> = pairs[n - 1].0.chars().collect();
        let (a, b) = (
            s["claim"]["start"].as_u64().unwrap() as usize,
            s["claim"]["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(source[a..b].iter().collect::<String>(), s["claim"]["exact"]);
        let score = s["score"].as_f64().unwrap();
        assert!(score > 0.0 && score <= 1.0, "{s}");
    }
    assert_eq!(all.len(), 11, "{all:#?}");
    // Suggesting stores nothing.
    assert_eq!(env.sql::<i64>("SELECT count(*) FROM annotations"), 0);
}

#[test]
fn propose_stores_once_and_never_again_after_a_rejection() {
    let env = TestEnv::new();
    env.import_corpus();
    let first = env
        .tolk(&["attributions", "libie-moskou", "--propose"])
        .report::<Proposed>();
    assert_eq!((first.proposed, first.present, first.rejected), (11, 0, 0));
    assert!(first.operation.is_some());
    assert!(first.suggestions.iter().all(|p| p.fate == Fate::Proposed));
    assert_eq!(
        env.sql::<i64>(
            "SELECT count(*) FROM annotations WHERE kind = 'attribution' AND status = 'proposed'"
        ),
        11
    );
    // Again: all there, nothing new, no operation.
    let again = env
        .tolk(&["attributions", "libie-moskou", "--propose"])
        .report::<Proposed>();
    assert_eq!((again.proposed, again.present, again.rejected), (0, 11, 0));
    assert!(again.operation.is_none());

    // Reject the one on segment 24, accept the one on 25.
    let id_of = |n: &str| {
        first
            .suggestions
            .iter()
            .find(|p| p.suggestion.segment == format!("libie-moskou:{n}"))
            .unwrap()
            .annotation
            .to_string()
    };
    env.run(&["reject", &id_of("24")]).ok();
    env.run(&["accept", &id_of("25")]).ok();
    let third = env
        .tolk(&["attributions", "libie-moskou", "--propose"])
        .report::<Proposed>();
    assert_eq!((third.proposed, third.present, third.rejected), (0, 10, 1));
    let human = env.run(&["attributions", "libie-moskou", "--propose"]);
    assert!(
        human
            .stderr()
            .contains("0 proposed, 10 already present, 1 rejected before"),
        "{}",
        human.stderr()
    );
    // The accepted one is in the report of who said what; the rejected one is not.
    let report = env.run(&["--json", "attributions", "libie-moskou"]).json();
    let speakers: Vec<&str> = report["speakers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["speaker"].as_str().unwrap())
        .collect();
    assert!(speakers.contains(&"Erdogan"), "{speakers:?}");
    let harchaoui = report["speakers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["speaker"] == "Jalel Harchaoui")
        .unwrap();
    assert!(
        harchaoui["claims"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["segment"] != "libie-moskou:24")
    );
}

#[test]
fn propose_is_one_undoable_operation() {
    let env = TestEnv::new();
    env.import_corpus();
    env.run(&["attributions", "libie-moskou", "--propose"]).ok();
    let log = env.run(&["log"]).ok();
    assert!(log.contains("11 attribution(s) proposed"), "{log}");
    env.run(&["undo"]).ok();
    assert_eq!(env.sql::<i64>("SELECT count(*) FROM annotations"), 0);
    // The proposals show on the segment, as any annotation does.
    env.run(&["attributions", "libie-moskou", "--propose"]).ok();
    let shown = env.run(&["show", "libie-moskou:24"]).ok();
    assert!(shown.contains("Jalel Harchaoui"), "{shown}");
    assert!(shown.contains("proposed"), "{shown}");
}

#[test]
fn unknown_document_and_conflicting_flags_change_nothing() {
    let env = TestEnv::new();
    env.import_corpus();
    let e = env.fails_unchanged(&["attributions", "nope", "--propose"]);
    assert!(e.contains("nope"), "{e}");
    let e = env.fails_unchanged(&["attributions", "nope", "--suggest"]);
    assert!(e.contains("nope"), "{e}");
    let run = env.run(&["attributions", "libie-moskou", "--suggest", "--propose"]);
    assert_eq!(run.code(), 2);
}

#[test]
fn human_suggestions_strip_control_characters() {
    let env = TestEnv::new();
    let file = env.write(
        "ctl.txt",
        "Premier Rutte zei dat het \u{1b}[31mgoed\u{7} gaat.\n\n‘Dat klopt’, zegt hij.\n",
    );
    env.run(&["import", file.to_str().unwrap(), "--doc", "ctl"])
        .ok();
    let out = env.run(&["attributions", "ctl", "--suggest"]);
    let stdout = out.ok();
    assert!(
        !stdout.contains('\u{1b}') && !stdout.contains('\u{7}'),
        "{stdout:?}"
    );
    assert!(stdout.contains("ctl:1  Rutte"), "{stdout}");
    assert!(stdout.contains("ctl:2  Rutte"), "{stdout}");
    assert!(
        out.stderr().contains("2 suggested attributions"),
        "{}",
        out.stderr()
    );
}

#[test]
fn check_reports_a_speaker_dropped_or_changed_in_the_translation() {
    let env = TestEnv::new();
    env.import_corpus();
    // Without attributions there is nothing to compare.
    env.run(&["check", "libie-moskou", "--only", "attribution"])
        .ok();
    env.run(&["attributions", "libie-moskou", "--propose"]).ok();
    // The shipped translation keeps every speaker.
    env.run(&["check", "libie-moskou", "--only", "attribution"])
        .ok();
    env.run(&[
        "translate",
        "libie-moskou:17",
        "According to Reuters, the UAE will opt for the military option.",
    ])
    .ok();
    env.run(&[
        "translate",
        "libie-moskou:34",
        "Haftar's supporters are beginning to doubt him, Merkel said.",
    ])
    .ok();
    let run = env.run(&["--json", "check", "libie-moskou", "--only", "attribution"]);
    assert_eq!(run.code(), 1, "{}", run.stderr());
    let report: Value = serde_json::from_str(&run.stdout()).unwrap();
    let findings: Vec<(String, String, String)> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["id"].as_str().unwrap().to_string(),
                f["exact"].as_str().unwrap().to_string(),
                f["message"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    // A speaker dropped and another name in its place is one finding, on that name.
    assert_eq!(findings.len(), 2, "{findings:#?}");
    assert_eq!(findings[0].0, "libie-moskou:17");
    assert_eq!(findings[0].1, "Reuters");
    assert!(
        findings[0].2.starts_with(
            "the translation attributes to ‘Reuters’, the source to Jalel Harchaoui (#"
        ),
        "{findings:#?}"
    );
    assert_eq!(findings[1].0, "libie-moskou:34");
    assert_eq!(findings[1].1, "Merkel");
    // Without another name, the dropped speaker is the finding.
    env.run(&[
        "translate",
        "libie-moskou:17",
        "It is said that the UAE will opt for the military option.",
    ])
    .ok();
    let run = env.run(&["check", "libie-moskou", "--only", "attribution"]);
    assert!(
        run.stdout().contains("libie-moskou:17")
            && run.stdout().contains("but the translation does not name"),
        "{}",
        run.stdout()
    );
    // A rejected attribution no longer asks for its speaker.
    let proposed = env
        .tolk(&["attributions", "libie-moskou", "--propose"])
        .report::<Proposed>();
    let on34 = proposed
        .suggestions
        .iter()
        .find(|p| p.suggestion.segment == "libie-moskou:34")
        .unwrap()
        .annotation
        .to_string();
    env.run(&["reject", &on34]).ok();
    let run = env.run(&["--json", "check", "libie-moskou", "--only", "attribution"]);
    let report: Value = serde_json::from_str(&run.stdout()).unwrap();
    let left: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    assert_eq!(left, ["libie-moskou:17"], "{report:#}");
}

#[test]
fn a_second_typewriter_quotation_is_a_sentence_of_its_own_and_keeps_its_speaker() {
    let env = TestEnv::new();
    let file = env.write(
        "kust.txt",
        ",,De zomer was goed'', zegt uitbater Kevin Janssens. ,,Het personeelstekort blijft een probleem.''\n",
    );
    env.run(&["import", file.to_str().unwrap(), "--doc", "kust"])
        .ok();
    let out = env
        .run(&["attributions", "kust", "--suggest", "--json"])
        .ok();
    let got: serde_json::Value = serde_json::from_str(&out).unwrap();
    let got: Vec<(&str, &str, &str)> = got
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["segment"].as_str().unwrap(),
                s["speaker"].as_str().unwrap(),
                s["claim"]["exact"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("kust:1", "Kevin Janssens", ",,De zomer was goed''"),
            (
                "kust:2",
                "Kevin Janssens",
                ",,Het personeelstekort blijft een probleem.''"
            ),
        ]
    );
}
