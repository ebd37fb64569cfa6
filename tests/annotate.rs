use crate::common::{TestEnv, corpus};

fn annotated() -> TestEnv {
    let env = TestEnv::new();
    env.import_corpus();
    env
}

#[test]
fn correct_marks_a_typo_and_the_corrected_source_follows() {
    let env = annotated();
    let v = env
        .run(&[
            "--json",
            "correct",
            "libie-moskou:10",
            "Hafta",
            "Haftar",
            "--note",
            "name",
        ])
        .json();
    assert_eq!(v["changed"], true);
    let a = &v["annotation"];
    assert_eq!(a["kind"], "correction");
    assert_eq!(a["segment"], "libie-moskou:10");
    assert_eq!(
        (a["start"].as_u64(), a["end"].as_u64()),
        (Some(14), Some(19))
    );
    assert_eq!(a["exact"], "Hafta");
    assert_eq!(a["prefix"], "Moskou steunt ");
    assert_eq!(a["replacement"], "Haftar");
    assert_eq!(a["category"], "typo");
    assert_eq!(a["status"], "accepted");
    assert_eq!(a["author"], "tester");

    let out = env.run(&["show", "libie-moskou:10"]).ok();
    assert!(out.contains("  nl  Moskou steunt Hafta al geruime tijd met heimelijke wapenleveranties.\n  ->  Moskou steunt Haftar al geruime tijd met heimelijke wapenleveranties.\n"), "{out}");
    // The published text is never rewritten.
    let src: String = env.sql("SELECT text FROM segments WHERE position = 10");
    assert_eq!(
        src,
        "Moskou steunt Hafta al geruime tijd met heimelijke wapenleveranties."
    );

    let recs: Vec<serde_json::Value> = env
        .run(&[
            "export",
            "libie-moskou",
            "-F",
            "jsonl",
            "--source",
            "corrected",
        ])
        .ok()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        recs[9]["source"],
        "Moskou steunt Haftar al geruime tijd met heimelijke wapenleveranties."
    );
    assert_eq!(
        recs[9]["source_published"],
        "Moskou steunt Hafta al geruime tijd met heimelijke wapenleveranties."
    );
    assert_eq!(recs[9]["annotations"][0]["replacement"], "Haftar");
    let tsv = env.run(&["export", "libie-moskou", "-F", "tsv"]).ok();
    assert!(
        tsv.contains("libie-moskou:10\tMoskou steunt Hafta al"),
        "published by default"
    );
}

#[test]
fn proposed_corrections_change_nothing_until_accepted() {
    let env = annotated();
    let v = env
        .run(&[
            "--json",
            "correct",
            "libie-moskou:16",
            "Duiste",
            "Duitse",
            "--proposed",
        ])
        .json();
    let id = v["annotation"]["id"].as_i64().unwrap().to_string();
    assert_eq!(v["annotation"]["status"], "proposed");
    let corrected = |env: &TestEnv| {
        env.run(&["--json", "show", "libie-moskou:16"]).json()["segment"]["source_corrected"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert!(corrected(&env).contains("de Duiste premier"));
    env.run(&["accept", &id]).ok();
    assert!(corrected(&env).contains("de Duitse premier"));
    env.run(&["reject", &id]).ok();
    assert!(corrected(&env).contains("de Duiste premier"));
    let listed = env
        .run(&[
            "--json",
            "annotations",
            "libie-moskou",
            "--status",
            "rejected",
        ])
        .json();
    assert_eq!(listed.as_array().unwrap().len(), 1);
    let ops: i64 =
        env.sql("SELECT COUNT(*) FROM operations WHERE command IN ('correct', 'accept', 'reject')");
    assert_eq!(ops, 3);
}

#[test]
fn correction_errors_change_nothing() {
    let env = annotated();
    let e = env.fails_unchanged(&["correct", "libie-moskou:10", "Haftarr", "Haftar"]);
    assert!(
        e.contains("FROM ‘Haftarr’ not found in the source of libie-moskou:10"),
        "{e}"
    );
    let e = env.fails_unchanged(&["correct", "libie-moskou:17", "de", "het"]);
    assert!(
        e.contains(
            "FROM ‘de’ occurs 3 times in the source of libie-moskou:17; choose one with --nth: 1 …"
        ),
        "{e}"
    );
    let e = env.fails_unchanged(&["correct", "libie-moskou:17", "de", "het", "--nth", "4"]);
    assert!(e.contains("--nth 4, but FROM ‘de’ occurs 3 times"), "{e}");
    let e = env.fails_unchanged(&["correct", "libie-moskou:10", "Hafta", "Hafta"]);
    assert!(e.contains("replacement ‘Hafta’ equals the original"), "{e}");
    let e = env.fails_unchanged(&["correct", "libie-moskou:10", "Hafta", ""]);
    assert!(e.contains("empty replacement"), "{e}");
    // Enumerated values are checked by the argument parser: a usage error, exit code 2.
    let args = [
        "correct",
        "libie-moskou:10",
        "Hafta",
        "Haftar",
        "--category",
        "typos",
    ];
    let e = env.fails_unchanged(&args);
    assert!(
        e.contains(
            "invalid value 'typos' for '--category <CATEGORY>' [possible values: typo, spelling, grammar, fact, style]"
        ),
        "{e}"
    );
    assert_eq!(env.run(&args).code(), 2);
    let e = env.fails_unchanged(&["correct", "libie-moskou:99", "Hafta", "Haftar"]);
    assert!(e.contains("libie-moskou:99 does not exist"), "{e}");
}

#[test]
fn nth_picks_an_occurrence_and_whole_words_come_first() {
    let env = annotated();
    let v = env
        .run(&[
            "--json",
            "correct",
            "libie-moskou:17",
            "de",
            "het",
            "--nth",
            "2",
            "--category",
            "grammar",
            "--proposed",
        ])
        .json();
    // "de" inside "Verenigde" is not counted: the 2nd whole word "de" is in "de voornaamste".
    assert!(
        v["annotation"]["suffix"]
            .as_str()
            .unwrap()
            .starts_with(" voornaamste"),
        "{v}"
    );
}

#[test]
fn overlapping_accepted_corrections_are_refused_naming_both() {
    let env = annotated();
    env.run(&["correct", "libie-moskou:16", "Duiste", "Duitse"])
        .ok();
    let e = env.fails_unchanged(&[
        "correct",
        "libie-moskou:16",
        "Duiste premier",
        "Duitse bondskanselier",
    ]);
    assert!(e.contains("this correction (102–116 → ‘Duitse bondskanselier’) overlaps accepted correction #1 (‘Duiste’ → ‘Duitse’ at 102–108) in libie-moskou:16"), "{e}");
    // As a proposal it may exist, but accepting it is refused in the same way.
    let v = env
        .run(&[
            "--json",
            "correct",
            "libie-moskou:16",
            "Duiste premier",
            "Duitse bondskanselier",
            "--proposed",
        ])
        .json();
    let id = v["annotation"]["id"].as_i64().unwrap().to_string();
    let e = env.fails_unchanged(&["accept", &id]);
    assert!(e.contains("overlaps accepted correction #1"), "{e}");
}

#[test]
fn attributions_link_claims_to_one_speaker() {
    let env = annotated();
    env.run(&[
        "attribute",
        "libie-moskou:9",
        "--claim",
        "een ‘pijnlijke tegenvaller’",
        "--speaker",
        "Jalel Harchaoui",
        "--role",
        "Libië-expert",
        "--org",
        "Instituut Clingendael",
        "--cue",
        "volgens",
    ])
    .ok();
    env.run(&[
        "attribute",
        "libie-moskou:24",
        "--claim",
        "‘Beide partijen hebben daar geen enkel belang bij’",
        "--speaker",
        "Jalel Harchaoui",
        "--cue",
        "zegt hij",
    ])
    .ok();
    env.run(&[
        "attribute",
        "libie-moskou:19",
        "--claim",
        "‘Haftar een lesje te leren’",
        "--speaker",
        "Erdogan",
        "--role",
        "president van Turkije",
        "--cue",
        "zei",
    ])
    .ok();
    let v = env.run(&["--json", "attributions", "libie-moskou"]).json();
    let speakers = v["speakers"].as_array().unwrap();
    assert_eq!(speakers.len(), 2);
    assert_eq!(speakers[0]["speaker"], "Jalel Harchaoui");
    assert_eq!(speakers[0]["role"], "Libië-expert");
    assert_eq!(speakers[0]["organisation"], "Instituut Clingendael");
    let claims = speakers[0]["claims"].as_array().unwrap();
    assert_eq!(claims.len(), 2);
    assert_eq!(claims[1]["segment"], "libie-moskou:24");
    assert_eq!(claims[1]["cue"], "zegt hij");
    assert_eq!(
        claims[1]["translation"],
        "‘Neither side has any interest in that’, he says."
    );
    let out = env.run(&["attributions", "libie-moskou"]).ok();
    assert!(out.starts_with("Jalel Harchaoui (Libië-expert, Instituut Clingendael)  2 claims\n  libie-moskou:9 (volgens)  een ‘pijnlijke tegenvaller’\n"), "{out}");

    let e = env.fails_unchanged(&[
        "attribute",
        "libie-moskou:9",
        "--claim",
        "niet hier",
        "--speaker",
        "X",
    ]);
    assert!(
        e.contains("claim ‘niet hier’ not found in the source of libie-moskou:9"),
        "{e}"
    );
    let e = env.fails_unchanged(&[
        "attribute",
        "libie-moskou:9",
        "--claim",
        "tegenvaller",
        "--speaker",
        "X",
        "--cue",
        "zegt",
    ]);
    assert!(
        e.contains("cue ‘zegt’ does not occur in libie-moskou:9"),
        "{e}"
    );
}

#[test]
fn entities_notes_and_their_errors() {
    let env = annotated();
    env.run(&[
        "annotate",
        "libie-moskou:1",
        "--kind",
        "entity",
        "--match",
        "Khalifa Haftar",
        "--type",
        "person",
    ])
    .ok();
    env.run(&[
        "annotate",
        "libie-moskou:3",
        "--kind",
        "note",
        "--match",
        "EPA",
        "--text",
        "European Pressphoto Agency",
    ])
    .ok();
    env.run(&[
        "annotate",
        "libie-moskou:3",
        "--kind",
        "note",
        "--match",
        "EPA",
        "--text",
        "on the translation",
        "--target",
    ])
    .ok();
    let list = env
        .run(&["--json", "annotations", "libie-moskou", "--kind", "note"])
        .json();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0]["side"], "source");
    assert_eq!(list[1]["side"], "target");
    assert_eq!(list[1]["exact"], "EPA");
    let one = env.run(&["--json", "annotations", "libie-moskou:1"]).json();
    assert_eq!(one[0]["type"], "person");

    let e = env.fails_unchanged(&[
        "annotate",
        "libie-moskou:1",
        "--kind",
        "gossip",
        "--match",
        "Haftar",
    ]);
    assert!(
        e.contains("invalid value 'gossip' for '--kind <KIND>' [possible values: correction, attribution, entity, note]"),
        "{e}"
    );
    let e = env.fails_unchanged(&[
        "annotate",
        "libie-moskou:1",
        "--kind",
        "entity",
        "--match",
        "Khalifa",
        "--type",
        "animal",
    ]);
    assert!(
        e.contains(
            "invalid value 'animal' for '--type <TYPE>' [possible values: person, organisation, place, other]"
        ),
        "{e}"
    );
    let e = env.fails_unchanged(&[
        "annotate",
        "libie-moskou:1",
        "--kind",
        "note",
        "--match",
        "Khalifa",
    ]);
    assert!(e.contains("a note needs --text"), "{e}");
    let e = env.fails_unchanged(&["accept", "999"]);
    assert!(e.contains("unknown annotation id 999"), "{e}");
    let e = env.fails_unchanged(&["reject", "abc"]);
    assert!(e.contains("bad annotation id 'abc'"), "{e}");
    let r = env.run(&["annotations", "--status", "maybe"]);
    assert_eq!(r.code(), 2);
    assert!(
        r.err()
            .contains("invalid value 'maybe' for '--status <STATUS>'"),
        "{}",
        r.stderr()
    );
    let r = env.run(&[
        "annotate",
        "libie-moskou:1",
        "--kind",
        "correction",
        "--match",
        "Haftar",
    ]);
    assert_eq!(r.code(), 2);
    assert!(
        r.err().contains("use `tolk correct DOC:N FROM TO`"),
        "{}",
        r.stderr()
    );
}

#[test]
fn marking_the_same_span_twice_adds_nothing() {
    let env = annotated();
    env.run(&["correct", "libie-moskou:10", "Hafta", "Haftar"])
        .ok();
    let before = env.db_bytes();
    let r = env.run(&["correct", "libie-moskou:10", "Hafta", "Haftar"]);
    r.ok();
    assert!(
        r.stderr().contains("already there, nothing changed"),
        "{}",
        r.stderr()
    );
    assert!(env.db_bytes() == before);
}

#[test]
fn corpus_annotation_file_imports_all_or_nothing() {
    let env = annotated();
    let v = env
        .run(&[
            "--json",
            "import",
            corpus("libie-moskou.annotations.jsonl").to_str().unwrap(),
        ])
        .json();
    let n = v["annotations"].as_u64().unwrap();
    assert!(n >= 40, "{v}");
    assert_eq!(v["added"].as_u64(), Some(n));
    let again = env
        .run(&[
            "--json",
            "import",
            corpus("libie-moskou.annotations.jsonl").to_str().unwrap(),
        ])
        .json();
    assert_eq!(again["added"], 0);
    let corrections = env
        .run(&[
            "--json",
            "annotations",
            "libie-moskou",
            "--kind",
            "correction",
        ])
        .json();
    let pairs: Vec<(String, String)> = corrections
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["exact"].as_str().unwrap().to_string(),
                a["replacement"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert!(pairs.contains(&("Hafta".into(), "Haftar".into())));
    assert!(pairs.contains(&("Duiste".into(), "Duitse".into())));
    assert!(
        corrections
            .as_array()
            .unwrap()
            .iter()
            .all(|a| !a["note"].as_str().unwrap_or("").is_empty()),
        "every correction explains itself"
    );

    let bad = env.write("x.annotations.jsonl", "{\"n\": 10, \"kind\": \"correction\", \"exact\": \"steunt\", \"replacement\": \"steunde\", \"category\": \"grammar\"}\n{\"n\": 10, \"kind\": \"note\", \"exact\": \"Moskou\", \"start\": 50, \"end\": 90, \"text\": \"x\"}\n");
    let e = env.fails_unchanged(&["import", bad.to_str().unwrap(), "--doc", "libie-moskou"]);
    assert!(e.contains("x.annotations.jsonl line 2: offsets 50–90 are outside the source of libie-moskou:10 (68 characters)"), "{e}");
    let bad = env.write("y.annotations.jsonl", "{\"n\": 10, \"kind\": \"note\", \"exact\": \"Moskou\", \"start\": 1, \"end\": 7, \"text\": \"x\"}\n");
    let e = env.fails_unchanged(&["import", bad.to_str().unwrap(), "--doc", "libie-moskou"]);
    assert!(
        e.contains("line 1: offsets 1–7 of libie-moskou:10 hold ‘oskou ’, not ‘Moskou’"),
        "{e}"
    );
    let e = env.fails_unchanged(&["import", bad.to_str().unwrap()]);
    assert!(e.contains("unknown document 'y'"), "{e}");
}

#[test]
fn demo_loads_annotations_and_shows_corrections_and_attributions() {
    let env = TestEnv::new();
    let out = env.run(&["demo"]).ok();
    assert!(
        out.contains(
            "  ->  Moskou steunt Haftar al geruime tijd met heimelijke wapenleveranties.\n"
        ),
        "{out}"
    );
    assert!(out.contains("Who says what in libie-moskou"), "{out}");
    assert!(
        out.contains("Jalel Harchaoui (Libië-expert, Instituut Clingendael)"),
        "{out}"
    );
}

#[test]
fn errors_on_a_long_segment_quote_a_bounded_excerpt() {
    // One segment of 300 kB (no sentence ends), with `de` 25,000 times.
    let env = TestEnv::new();
    let f = env.write("lang.txt", "aap de noot ".repeat(25_000));
    env.run(&["import", f.to_str().unwrap(), "--doc", "lang"])
        .ok();
    let started = std::time::Instant::now();
    let e = env.fails_unchanged(&["correct", "lang:1", "de", "het"]);
    assert!(e.len() < 1_000, "error line of {} bytes", e.len());
    assert!(
        e.contains(
            "FROM ‘de’ occurs 25000 times in the source of lang:1; choose one with --nth: 1 …aap [de] noot aap de…, 2 …de noot aap [de] noot aap de…, "
        ),
        "{e}"
    );
    assert!(
        e.ends_with(", 10 …de noot aap [de] noot aap de…, … and 24990 more"),
        "{e}"
    );
    let e = env.fails_unchanged(&["correct", "lang:1", "olifant", "olifanten"]);
    assert!(e.len() < 600, "error line of {} bytes", e.len());
    assert!(
        e.contains("FROM ‘olifant’ not found in the source of lang:1: “aap de noot aap de noot"),
        "{e}"
    );
    assert!(e.ends_with("…”"), "{e}");
    // The last occurrence is still reachable, and quickly.
    env.run(&["correct", "lang:1", "de", "het", "--nth", "25000"])
        .ok();
    assert!(
        started.elapsed() < std::time::Duration::from_secs(30),
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn json_errors_are_objects_on_stderr_with_a_code() {
    let env = annotated();
    let error = |args: &[&str]| {
        let r = env.run(args);
        assert_eq!(r.code(), 1, "{}", r.stderr());
        assert_eq!(r.stdout(), "");
        let v: serde_json::Value =
            serde_json::from_str(r.stderr().trim_end()).expect("stderr is one JSON object");
        v["error"].clone()
    };
    let e = error(&["--json", "correct", "libie-moskou:10", "nope", "x"]);
    assert_eq!(e["code"], "not-found");
    assert_eq!(e["kind"], "text");
    assert!(
        e["message"]
            .as_str()
            .unwrap()
            .starts_with("FROM ‘nope’ not found in the source of libie-moskou:10: “Moskou"),
        "{e}"
    );
    let e = error(&["--json", "correct", "libie-moskou:17", "de", "het"]);
    assert_eq!(e["code"], "conflict");
    assert_eq!(e["kind"], "ambiguous");
    let e = error(&["--json", "accept", "999"]);
    assert_eq!(e["code"], "not-found");
    assert_eq!(e["kind"], "annotation");
    assert_eq!(e["name"], "999");
    env.run(&["correct", "libie-moskou:16", "Duiste", "Duitse"])
        .ok();
    let e = error(&[
        "--json",
        "correct",
        "libie-moskou:16",
        "Duiste premier",
        "Duitse premier",
    ]);
    assert_eq!(e["code"], "conflict");
    assert_eq!(e["kind"], "overlap");
}

#[test]
fn json_reports_read_back_as_their_types() {
    use tolk::ops::annotate::{Annotations, Marked, Settled};
    let env = annotated();
    let marked: Marked = serde_json::from_str(
        &env.run(&[
            "--json",
            "correct",
            "libie-moskou:10",
            "Hafta",
            "Haftar",
            "--proposed",
        ])
        .ok(),
    )
    .unwrap();
    assert!(marked.changed);
    assert_eq!(marked.annotation.exact, "Hafta");
    assert_eq!(marked.annotation.status, tolk::model::AnnStatus::Proposed);
    assert!(marked.operation.is_some());
    let id = marked.annotation.id.to_string();
    let settled: Settled = serde_json::from_str(&env.run(&["--json", "accept", &id]).ok()).unwrap();
    assert!(settled.changed);
    assert_eq!(settled.annotation.status, tolk::model::AnnStatus::Accepted);
    // Accepting again changes nothing and says so in the same shape.
    let again: Settled = serde_json::from_str(&env.run(&["--json", "accept", &id]).ok()).unwrap();
    assert!(!again.changed);
    assert_eq!(again.operation, None);
    let list: Annotations =
        serde_json::from_str(&env.run(&["--json", "annotations"]).ok()).unwrap();
    assert_eq!(list.0.len(), 1);
    assert_eq!(list.0[0].body, marked.annotation.body);
}

#[test]
fn concurrent_accepts_and_rejects_each_start_from_the_status_before() {
    let env = annotated();
    env.run(&[
        "correct",
        "libie-moskou:10",
        "Hafta",
        "Haftar",
        "--proposed",
    ])
    .ok();
    let children: Vec<_> = (0..8)
        .map(|i| {
            env.command()
                .args([if i % 2 == 0 { "accept" } else { "reject" }, "1"])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // Every recorded status change starts where the one before it ended, so undo can walk
    // the history back. (The status is read inside each write transaction; before, it was read
    // just ahead of it, a window too narrow for this test to hit reliably.)
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let steps: Vec<(String, String)> = conn
        .prepare(
            "SELECT json_extract(before, '$.status'), json_extract(after, '$.status') FROM changes
             WHERE tbl = 'annotations' AND row_id = 1 AND before IS NOT NULL ORDER BY operation_id",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(!steps.is_empty());
    assert_eq!(steps[0].0, "proposed");
    for pair in steps.windows(2) {
        assert_eq!(pair[0].1, pair[1].0, "history: {steps:?}");
    }
    let last: String = env.sql("SELECT status FROM annotations WHERE id = 1");
    assert_eq!(steps.last().unwrap().1, last);
}

/// Issue 15 item 4: a correction of the translation would be recorded and applied nowhere;
/// it is refused with the way to fix a translation, and check proposes none.
#[test]
fn corrections_of_the_translation_are_refused_with_the_way_to_fix_it() {
    let env = TestEnv::new();
    env.import_corpus();
    let e = env.fails_unchanged(&["correct", "libie-moskou:2", "Haftar", "Hafter", "--target"]);
    assert!(
        e.contains("corrections mark the published source")
            && e.contains("tolk translate libie-moskou:2 TEXT"),
        "{e}"
    );
    env.run(&[
        "translate",
        "libie-moskou:2",
        "Haftar left withuot signing.",
    ])
    .ok();
    let r = env.run(&["--json", "check", "libie-moskou", "--propose"]);
    let v: serde_json::Value = serde_json::from_str(&r.stdout()).unwrap();
    if std::path::Path::new("/usr/share/hunspell/en_US.dic").exists() {
        // The misspelling is found, with its fix, on the translation…
        assert!(
            v["findings"]
                .as_array()
                .unwrap()
                .iter()
                .any(|f| f["side"] == "target"
                    && f["exact"] == "withuot"
                    && f["suggestion"] == "without"),
            "{v}"
        );
    }
    // … but not proposed as a correction.
    let proposed_on_target =
        env.sql::<i64>("SELECT COUNT(*) FROM annotations WHERE side = 'target'");
    assert_eq!(proposed_on_target, 0, "{v}");
}

/// Issue 15 item 11: `accept`/`reject` take several ids, settled in one operation — all of
/// them, or none when one is refused.
#[test]
fn several_annotations_are_settled_in_one_operation_or_not_at_all() {
    let env = TestEnv::new();
    env.import_corpus();
    for (n, from, to) in [("2", "Haftar", "Hafter"), ("4", "Moskou", "Moscou")] {
        env.run(&[
            "correct",
            &format!("libie-moskou:{n}"),
            from,
            to,
            "--proposed",
        ])
        .ok();
    }
    let ids: Vec<String> = env
        .run(&[
            "--json",
            "annotations",
            "libie-moskou",
            "--status",
            "proposed",
        ])
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].to_string())
        .collect();
    assert_eq!(ids.len(), 2);
    // An unknown id among them: nothing is settled.
    let e = env.fails_unchanged(&["accept", &ids[0], &ids[1], "999999"]);
    assert!(e.contains("999999"), "{e}");
    let v = env.run(&["--json", "accept", &ids[0], &ids[1]]).json();
    let op = v["operation"].as_i64().unwrap();
    assert!(
        v["settled"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["annotation"]["status"] == "accepted" && s["operation"] == op)
    );
    let log = env.run(&["--json", "log", "libie-moskou"]).json();
    let last = log
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["id"] == op)
        .unwrap()
        .clone();
    assert_eq!(last["command"], "accept", "{last}");
    // One undo takes both back.
    env.run(&["undo"]).ok();
    let proposed = env
        .run(&[
            "--json",
            "annotations",
            "libie-moskou",
            "--status",
            "proposed",
        ])
        .json();
    assert_eq!(proposed.as_array().unwrap().len(), 2);
}

/// Issue 15 item 10: a speaker given another role than elsewhere in the document is said,
/// not silently kept beside the other.
#[test]
fn a_conflicting_role_for_a_speaker_is_said() {
    let env = TestEnv::new();
    env.import_corpus();
    env.run(&[
        "attribute",
        "libie-moskou:5",
        "--claim",
        "Het lijkt erop",
        "--speaker",
        "Jalel Harchaoui",
        "--role",
        "Libië-expert",
    ])
    .ok();
    let r = env.run(&[
        "--json",
        "attribute",
        "libie-moskou:7",
        "--claim",
        "Haftars troepen",
        "--speaker",
        "Jalel Harchaoui",
        "--role",
        "analist",
    ]);
    let v: serde_json::Value = serde_json::from_str(&r.stdout()).unwrap();
    let note = v["notes"][0].as_str().unwrap_or_default();
    assert!(
        note.contains("Jalel Harchaoui has role ‘Libië-expert’") && note.contains("not ‘analist’"),
        "{v}"
    );
    // Without a role, nothing conflicts.
    let v = env
        .run(&[
            "--json",
            "attribute",
            "libie-moskou:9",
            "--claim",
            "Rusland",
            "--speaker",
            "Jalel Harchaoui",
        ])
        .json();
    assert!(v.get("notes").is_none(), "{v}");
}
