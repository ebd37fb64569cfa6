//! Speakers written two ways: `attributions` hints at merging them, `--merge … --into …` does
//! it in one undoable operation.

use crate::common::TestEnv;
use tolk::ops::annotate::{Attributions, SpeakersMerged};

fn env() -> TestEnv {
    let env = TestEnv::new();
    env.write(
        "s.nl.txt",
        "Marjolein van Dijk zegt dat het goed gaat. Het gaat slecht, vindt Van Dijk. Volgens Van Dyk is er hoop. Jan de Vries zwijgt. Piet de Vries ook.\n",
    );
    env.run(&["import", "s.nl.txt"]).ok();
    for (n, claim, speaker) in [
        ("s:1", "het goed gaat", "Marjolein van Dijk"),
        ("s:2", "Het gaat slecht", "Van Dijk"),
        ("s:3", "is er hoop", "Van Dyk"),
        ("s:4", "zwijgt", "Jan de Vries"),
        ("s:5", "ook", "Piet de Vries"),
    ] {
        env.run(&["attribute", n, "--claim", claim, "--speaker", speaker])
            .ok();
    }
    env
}

#[test]
fn attributions_hint_at_speakers_that_look_like_one_person() {
    let env = env();
    let report: Attributions = env.tolk(&["attributions", "s"]).report();
    assert_eq!(report.speakers.len(), 5);
    let hints: Vec<(&str, &str)> = report
        .hints
        .iter()
        .map(|h| (h.speaker.as_str(), h.into.as_str()))
        .collect();
    assert_eq!(
        hints,
        vec![
            ("Van Dijk", "Marjolein van Dijk"),
            ("Van Dyk", "Marjolein van Dijk")
        ],
        "Jan and Piet de Vries are two people"
    );
    assert!(report.hints[0].why.contains("same surname"));
    assert!(report.hints[1].why.contains("ij/y"));
    let r = env.run(&["attributions", "s"]);
    assert!(
        r.stderr().contains(
            "hint: ‘Van Dijk’ and ‘Marjolein van Dijk’ look like the same person (same surname ‘van Dijk’, particle written ‘van’/‘Van’, one without given names)"
        ) && r
            .stderr()
            .contains("merge them with: tolk attributions s --merge 'Van Dijk' --into 'Marjolein van Dijk'"),
        "{}",
        r.stderr()
    );
}

#[test]
fn merging_speakers_rewrites_their_claims_in_one_undoable_operation() {
    let env = env();
    let merged: SpeakersMerged = env
        .tolk(&[
            "attributions",
            "s",
            "--merge",
            "Van Dijk",
            "--into",
            "Marjolein van Dijk",
        ])
        .report();
    assert_eq!(merged.claims.len(), 1);
    assert_eq!(merged.claims[0].segment.as_deref(), Some("s:2"));
    assert_eq!(merged.claims[0].claim, "Het gaat slecht");
    assert!(merged.existing);
    let op = merged.operation.unwrap();
    let r = env.run(&[
        "attributions",
        "s",
        "--merge",
        "Van Dyk",
        "--into",
        "Marjolein van Dijk",
    ]);
    assert!(
        r.stderr()
            .contains("s:3  ‘is er hoop’: Van Dyk → Marjolein van Dijk")
            && r.stderr()
                .contains("s: merged ‘Van Dyk’ into ‘Marjolein van Dijk’: 1 claim"),
        "{}",
        r.stderr()
    );
    let report: Attributions = env.tolk(&["attributions", "s"]).report();
    assert_eq!(report.speakers.len(), 3);
    assert_eq!(report.speakers[0].speaker, "Marjolein van Dijk");
    assert_eq!(report.speakers[0].claims.len(), 3);
    assert!(report.hints.is_empty());
    let log = env.run(&["log", "--patch", "-n", "2"]).ok();
    assert!(
        log.contains(&format!("#{op}"))
            && log.contains(
                "merge-speakers  s: speaker ‘Van Dijk’ merged into ‘Marjolein van Dijk’: 1 claim"
            )
            && log.contains("speaker ‘Van Dyk’ → ‘Marjolein van Dijk’"),
        "{log}"
    );
    // Undo takes the last merge back, whole.
    env.run(&["undo"]).ok();
    let report: Attributions = env.tolk(&["attributions", "s"]).report();
    assert_eq!(report.speakers.len(), 4);
    assert!(report.speakers.iter().any(|s| s.speaker == "Van Dyk"));

    // Errors name what is wrong and change nothing.
    let e = env.fails_unchanged(&[
        "attributions",
        "s",
        "--merge",
        "Van Dam",
        "--into",
        "Jan de Vries",
    ]);
    assert!(
        e.contains("no speaker ‘Van Dam’ in s (speakers: ‘Jan de Vries’, ‘Marjolein van Dijk’, ‘Piet de Vries’, ‘Van Dyk’)"),
        "{e}"
    );
    let e = env.fails_unchanged(&[
        "attributions",
        "s",
        "--merge",
        "Van Dyk",
        "--into",
        "Van Dyk",
    ]);
    assert!(e.contains("nothing to merge"), "{e}");
    assert_eq!(
        env.run(&["attributions", "s", "--merge", "Van Dyk"]).code(),
        2,
        "--merge needs --into"
    );
}
