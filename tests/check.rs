//! `tolk check`, `tolk words`, `tolk glossary` through the CLI.

use crate::common::TestEnv;

fn dutch_dictionary() -> bool {
    let found = std::path::Path::new("/usr/share/hunspell/nl.dic").exists();
    if !found {
        eprintln!(
            "SKIPPED: /usr/share/hunspell/nl.dic is absent (apt-get install hunspell-nl); spelling not checked"
        );
    }
    found
}

#[test]
fn the_corpus_typos_are_found_with_the_right_fixes() {
    let env = TestEnv::new();
    env.import_corpus();
    let r = env.run(&["--json", "check", "libie-moskou"]);
    assert_eq!(r.code(), 1, "findings exit with 1");
    let v: serde_json::Value = serde_json::from_str(&r.stdout()).unwrap();
    let findings = v["findings"].as_array().unwrap();
    let hafta = findings
        .iter()
        .find(|f| f["exact"] == "Hafta")
        .expect("Hafta reported");
    assert_eq!(hafta["id"], "libie-moskou:10");
    assert_eq!(hafta["check"], "name-variant");
    assert_eq!(hafta["suggestion"], "Haftar");
    assert!(
        hafta["message"]
            .as_str()
            .unwrap()
            .contains("the translation has ‘Haftar’"),
        "{hafta}"
    );
    if dutch_dictionary() {
        assert_eq!(v["spelling"], "checked");
        let duiste = findings
            .iter()
            .find(|f| f["exact"] == "Duiste")
            .expect("Duiste reported");
        assert_eq!(duiste["id"], "libie-moskou:16");
        assert_eq!(duiste["check"], "spelling");
        assert_eq!(duiste["suggestion"], "Duitse");
        assert_eq!(findings.len(), 2, "no false alarms on the corpus: {v}");
    }
    let human = env.run(&["check", "libie-moskou"]);
    assert!(
        human
            .stdout()
            .contains("libie-moskou:10  name-variant  14–19  ‘Hafta’ → ‘Haftar’"),
        "{}",
        human.stdout()
    );
}

#[test]
fn propose_turns_fixes_into_proposed_corrections_once() {
    let env = TestEnv::new();
    env.import_corpus();
    let v: serde_json::Value = serde_json::from_str(
        &env.run(&["--json", "check", "libie-moskou", "--propose"])
            .stdout(),
    )
    .unwrap();
    let n = v["proposed"].as_u64().unwrap();
    assert!(n >= 1);
    let proposed = env
        .run(&[
            "--json",
            "annotations",
            "libie-moskou",
            "--status",
            "proposed",
        ])
        .json();
    assert_eq!(proposed.as_array().unwrap().len() as u64, n);
    assert!(
        proposed
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["exact"] == "Hafta" && a["replacement"] == "Haftar")
    );
    // Running again adds nothing, and a rejected proposal is not proposed again.
    let before = env.db_bytes();
    let v: serde_json::Value = serde_json::from_str(
        &env.run(&["--json", "check", "libie-moskou", "--propose"])
            .stdout(),
    )
    .unwrap();
    assert_eq!(v["proposed"], 0);
    assert!(env.db_bytes() == before);
    let id = proposed[0]["id"].to_string();
    env.run(&["reject", &id]).ok();
    let v: serde_json::Value = serde_json::from_str(
        &env.run(&["--json", "check", "libie-moskou", "--propose"])
            .stdout(),
    )
    .unwrap();
    assert_eq!(v["proposed"], 0);
    // Accepted, the correction shows in the corrected source.
    let other = proposed
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["exact"] == "Hafta")
        .unwrap()["id"]
        .to_string();
    if other != id {
        env.run(&["accept", &other]).ok();
        assert_eq!(
            env.run(&["diff", "libie-moskou:10", "--source"]).ok(),
            "Moskou steunt [-Hafta-]{+Haftar+} al geruime tijd met heimelijke wapenleveranties.\n"
        );
    }
}

#[test]
fn a_clean_document_exits_zero_and_bad_arguments_exit_two() {
    let env = TestEnv::new();
    let f = env.write("schoon.txt", "Dit is een zin.");
    env.run(&["import", f.to_str().unwrap(), "--doc", "schoon"])
        .ok();
    env.run(&["translate", "schoon:1", "This is a sentence."])
        .ok();
    let r = env.run(&["check", "schoon"]);
    assert_eq!(r.code(), 0, "{}{}", r.stdout(), r.stderr());
    assert!(r.stderr().contains("schoon: 0 findings"), "{}", r.stderr());
    let r = env.run(&["check", "schoon", "--only", "bogus"]);
    assert_eq!(r.code(), 2);
    assert!(
        r.stderr()
            .starts_with("error: unknown check 'bogus' (valid: spelling, "),
        "{}",
        r.stderr()
    );
    let r = env.run(&["check", "schoon", "--dict", "/nowhere/nl"]);
    assert_eq!(r.code(), 2);
    assert!(
        r.stderr()
            .contains("--dict /nowhere/nl: cannot read /nowhere/nl.aff"),
        "{}",
        r.stderr()
    );
    let r = env.run(&["check", "onbekend"]);
    assert_eq!(r.code(), 2);
    assert!(
        r.stderr().contains("unknown document 'onbekend'"),
        "{}",
        r.stderr()
    );
}

#[test]
fn without_a_dictionary_spelling_is_skipped_with_a_notice() {
    let env = TestEnv::new();
    env.import_corpus();
    let out = env
        .command()
        .env("DICPATH", env.path("no-dictionaries-here"))
        .args(["--json", "check", "libie-moskou"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        stderr.trim_end(),
        "spelling of the nl side skipped: no Hunspell dictionary for nl found (install hunspell-nl, or give --dict PATH)\n\
         spelling of the en side skipped: no Hunspell dictionary for en found (install hunspell-en-us or hunspell-en-gb, or give --target-dict PATH)"
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["spelling"], "skipped");
    assert_eq!(v["target_spelling"], "skipped");
    assert!(
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["exact"] == "Hafta"),
        "other checks still run"
    );
}

#[test]
fn word_list_and_glossary_steer_the_checks() {
    let env = TestEnv::new();
    env.import_corpus();
    if dutch_dictionary() {
        env.run(&["words", "add", "Duiste"]).ok();
        let v: serde_json::Value = serde_json::from_str(
            &env.run(&["--json", "check", "libie-moskou", "--only", "spelling"])
                .stdout(),
        )
        .unwrap();
        assert_eq!(v["findings"].as_array().unwrap().len(), 0, "{v}");
        assert_eq!(
            env.run(&["--json", "words", "list"]).json(),
            serde_json::json!(["Duiste"])
        );
        env.run(&["words", "remove", "Duiste"]).ok();
    }
    env.run(&[
        "glossary",
        "add",
        "Instituut Clingendael",
        "Clingendael Institute of International Relations",
    ])
    .ok();
    let r = env.run(&["check", "libie-moskou", "--only", "glossary"]);
    assert_eq!(r.code(), 1);
    assert!(
        r.stdout()
            .contains("libie-moskou:9  glossary  91–112  ‘Instituut Clingendael’"),
        "{}",
        r.stdout()
    );
    env.run(&[
        "glossary",
        "add",
        "Instituut Clingendael",
        "Clingendael Institute",
    ])
    .ok();
    env.run(&["glossary", "remove", "Instituut Clingendael"])
        .ok();
    assert_eq!(
        env.run(&["check", "libie-moskou", "--only", "glossary"])
            .code(),
        0
    );
    let e = env.fails_unchanged(&["glossary", "remove", "Instituut Clingendael"]);
    assert!(
        e.contains("the glossary has no entry for 'Instituut Clingendael'"),
        "{e}"
    );
    let e = env.fails_unchanged(&["words", "add", "twee woorden"]);
    assert!(e.contains("bad word 'twee woorden'"), "{e}");
    // Word list and glossary changes are operations like any other: undo takes them back.
    env.run(&["glossary", "add", "Moskou", "Moscow"]).ok();
    env.run(&["undo"]).ok();
    assert_eq!(
        env.run(&["--json", "glossary", "list"]).json(),
        serde_json::json!([])
    );
}

#[test]
fn only_must_name_a_check_and_reports_read_back_as_their_type() {
    let env = TestEnv::new();
    env.import_corpus();
    let r = env.run(&["check", "libie-moskou", "--only", ""]);
    assert_eq!(r.code(), 2, "{}", r.stderr());
    assert!(
        r.stderr()
            .starts_with("error: --only names no check (valid: spelling, "),
        "{}",
        r.stderr()
    );
    let r = env.run(&[
        "--json",
        "check",
        "libie-moskou",
        "--only",
        "name-variant",
        "--propose",
    ]);
    assert_eq!(r.code(), 1);
    let report: tolk::ops::check::CheckReport = serde_json::from_str(&r.stdout()).unwrap();
    assert_eq!(report.spelling, "not asked");
    assert_eq!(report.proposed, 1);
    assert_eq!(report.counts["name-variant"], 1);
    let hafta = &report.findings[0];
    assert_eq!(
        (hafta.exact.as_str(), hafta.start, hafta.end),
        ("Hafta", 14, 19)
    );
    assert!(hafta.marked.is_some());
    assert!(report.operation.is_some());
}

#[test]
fn lexicon_changes_that_change_nothing_record_no_operation() {
    let env = TestEnv::new();
    env.import_corpus();
    env.run(&["glossary", "add", "Moskou", "Moscow"]).ok();
    env.run(&["words", "add", "Hafta"]).ok();
    let ops = || env.sql::<i64>("SELECT COUNT(*) FROM operations");
    let before = ops();
    let r = env.run(&["glossary", "add", "Moskou", "Moscow"]);
    assert!(
        r.stderr()
            .contains("glossary already has Moskou → Moscow; nothing changed"),
        "{}",
        r.stderr()
    );
    let v = env.run(&["--json", "words", "add", "Hafta"]).json();
    assert_eq!(v["added"], serde_json::json!([]));
    let v = env.run(&["--json", "words", "remove", "Onbekend"]).json();
    assert_eq!(v["removed"], serde_json::json!([]));
    assert_eq!(ops(), before);
    let v = env.run(&["--json", "glossary", "remove", "Moskou"]).json();
    assert_eq!(v["removed"], 1);
    assert_eq!(ops(), before + 1);
}

/// Issue 15 item 2: as a gate before publishing, untranslated and needs-work segments are
/// findings (exit 1), also when nothing is translated yet; `--allow-drafts` lets drafts pass.
#[test]
fn check_gates_untranslated_and_needs_work_unless_drafts_are_allowed() {
    let env = TestEnv::new();
    let nl = crate::common::corpus("libie-moskou.nl.txt");
    env.run(&["import", nl.to_str().unwrap(), "--doc", "bron"])
        .ok();
    let r = env.run(&["--json", "check", "bron", "--only", "untranslated"]);
    assert_eq!(r.code(), 1, "{}", r.stderr());
    let v: serde_json::Value = serde_json::from_str(&r.stdout()).unwrap();
    assert_eq!(v["counts"]["untranslated"], 35);
    let r = env.run(&["check", "bron", "--only", "untranslated", "--allow-drafts"]);
    assert_eq!(r.code(), 0, "{}", r.stdout());

    env.import_corpus();
    env.run(&[
        "state",
        "libie-moskou:3",
        "needs-work",
        "-c",
        "Photo credit?",
    ])
    .ok();
    let r = env.run(&[
        "--json",
        "check",
        "libie-moskou",
        "--only",
        "untranslated,needs-work",
    ]);
    assert_eq!(r.code(), 1);
    let v: serde_json::Value = serde_json::from_str(&r.stdout()).unwrap();
    let found: Vec<(&str, &str)> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["id"].as_str().unwrap(), f["check"].as_str().unwrap()))
        .collect();
    assert_eq!(found, [("libie-moskou:3", "needs-work")]);
    let r = env.run(&[
        "check",
        "libie-moskou",
        "--only",
        "untranslated,needs-work",
        "--allow-drafts",
    ]);
    assert_eq!(r.code(), 0, "{}", r.stdout());
}
