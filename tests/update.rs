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
        &article().replace("steunt Hafta al geruime", "steunt Haftar al lange"),
    );
    assert_eq!(r["translations_to_recheck"], 1);
    assert_eq!(r["translations_kept"], 0);
    let v = env.run(&["--json", "show", "libie-moskou:10"]).json();
    assert_eq!(v["segment"]["state"], "needs-work");
}

/// Issue 15 item 7: upstream publishing exactly the correction we accepted is no change to
/// the translation (it was made from the corrected text): final work stays final.
#[test]
fn upstream_publishing_our_accepted_correction_keeps_the_translation() {
    let env = with_corpus_annotations();
    env.run(&["state", "libie-moskou:10", "reviewed"]).ok();
    env.run(&["state", "libie-moskou:10", "final"]).ok();
    env.run(&["state", "libie-moskou:16", "reviewed"]).ok();
    // Upstream fixes `Hafta` (our accepted correction) in 10, and in 16 fixes `Duiste` (ours)
    // but also rewrites a word we never corrected.
    let text = article()
        .replace("steunt Hafta al", "steunt Haftar al")
        .replace("Duiste", "Duitse")
        .replace("Angela Merkel", "kanselier Angela Merkel");
    assert_ne!(
        text,
        article().replace("Duiste", "Duitse"),
        "16 changed beyond our fix"
    );
    let r = update(&env, &text);
    assert_eq!(r["translations_kept"], 1, "{r}");
    assert_eq!(r["translations_to_recheck"], 1, "{r}");
    assert!(
        r["events"].as_array().unwrap().iter().any(|e| e
            == "kept the translation of libie-moskou:10: the new version only publishes the accepted correction(s)"),
        "{r}"
    );
    let v = env.run(&["--json", "show", "libie-moskou:10"]).json();
    assert_eq!(v["segment"]["state"], "final");
    assert_eq!(
        v["revisions"].as_array().unwrap().len(),
        3,
        "no new revision"
    );
    let v = env.run(&["--json", "show", "libie-moskou:16"]).json();
    assert_eq!(v["segment"]["state"], "needs-work");
}

/// Issue 15 item 7: `DOC@ID` names a segment whatever an update does to the positions.
#[test]
fn a_stable_segment_id_survives_an_update_that_renumbers() {
    let env = with_corpus_annotations();
    let v = env.run(&["--json", "show", "libie-moskou:10"]).json();
    let key = v["segment"]["key"].as_str().unwrap().to_string();
    let gone = env.run(&["--json", "show", "libie-moskou:2"]).json()["segment"]["key"]
        .as_str()
        .unwrap()
        .to_string();
    // Sentence 2 is deleted upstream: 10 becomes 9.
    let text = article().replace(
        "Haftar vertrok zonder zijn handtekening te zetten onder het akkoord.",
        "",
    );
    let r = update(&env, &text);
    assert_eq!(r["removed"], 1, "{r}");
    let v = env.run(&["--json", "show", &key]).json();
    assert_eq!(v["segment"]["id"], "libie-moskou:9");
    assert_eq!(v["segment"]["key"], key.as_str());
    assert!(
        v["segment"]["source"]
            .as_str()
            .unwrap()
            .starts_with("Moskou steunt Haftar al")
            || v["segment"]["source"]
                .as_str()
                .unwrap()
                .starts_with("Moskou steunt Hafta al")
    );
    // Every command that takes DOC:N takes DOC@ID.
    env.run(&["translate", &key, "Moscow has long backed Haftar."])
        .ok();
    env.run(&["state", &key, "reviewed"]).ok();
    env.run(&["correct", &key, "geruime", "lange"]).ok();
    let log = env.run(&["log", &key]).ok();
    assert!(log.contains("libie-moskou:9 r2"), "{log}");
    let shown = env.run(&["--json", "show", "libie-moskou:9"]).json();
    assert_eq!(shown["segment"]["target"], "Moscow has long backed Haftar.");
    assert_eq!(shown["segment"]["state"], "reviewed");
    // The deleted sentence's id is kept, never given to another sentence, and says why.
    let e = env.fails_unchanged(&["show", &gone]);
    assert!(
        e.contains(&format!(
            "segment {gone} is no longer in libie-moskou: an update took its sentence out"
        )),
        "{e}"
    );
    let e = env.fails_unchanged(&["translate", "libie-moskou@99999", "x"]);
    assert!(
        e.contains("libie-moskou@99999 is not a segment of libie-moskou"),
        "{e}"
    );
    let e = env.fails_unchanged(&["show", "libie-moskou@x"]);
    assert!(e.contains("bad segment id 'libie-moskou@x'"), "{e}");
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

/// Every segment of the document as exported: (published source, target, annotations).
fn segments(env: &TestEnv) -> Vec<serde_json::Value> {
    env.run(&["export", "libie-moskou", "-F", "jsonl"])
        .ok()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// Item 10's invariant: every annotation that is not orphaned stands on a segment of the
/// document, and the text at its span is its quote.
#[track_caller]
fn assert_no_stale_span(env: &TestEnv, context: &str) {
    let all = env.run(&["--json", "annotations", "libie-moskou"]).json();
    let segs = segments(env);
    for a in all.as_array().unwrap() {
        if a["status"] == "orphaned" {
            continue;
        }
        let n = a["n"].as_u64().unwrap_or_else(|| {
            panic!(
                "{context}: #{} is {} on a removed segment",
                a["id"], a["status"]
            )
        }) as usize;
        let seg = &segs[n - 1];
        let text = if a["side"] == "source" {
            seg["source_published"].as_str().unwrap()
        } else {
            seg["target"].as_str().unwrap()
        };
        let (start, end) = (
            a["start"].as_u64().unwrap() as usize,
            a["end"].as_u64().unwrap() as usize,
        );
        let at: String = text.chars().skip(start).take(end - start).collect();
        assert_eq!(
            at,
            a["exact"].as_str().unwrap(),
            "{context}: #{} ({}) at {n} {start}–{end} of “{text}”",
            a["id"],
            a["status"]
        );
    }
}

fn add_correction(env: &TestEnv, at: &str, from: &str, to: &str) -> String {
    env.run(&["--json", "correct", at, from, to, "--proposed"])
        .json()["annotation"]["id"]
        .to_string()
}

/// Issue 11 item 10: a rejected correction whose phrase an update removes is orphaned, like
/// any other; it cannot be accepted at its old offsets afterwards.
#[test]
fn rejected_correction_whose_phrase_is_gone_is_orphaned_not_stale() {
    let env = with_corpus_annotations();
    let id = add_correction(
        &env,
        "libie-moskou:10",
        "al geruime tijd met heimelijke",
        "sinds lang",
    );
    env.run(&["reject", &id]).ok();
    let proposed = add_correction(&env, "libie-moskou:10", "wapenleveranties", "leveringen");
    let r = update(
        &env,
        &article().replace(
            "steunt Hafta al geruime tijd met heimelijke wapenleveranties",
            "steunt Hafta met wapens",
        ),
    );
    assert_eq!(r["edited"], 1);
    let a = env
        .run(&["--json", "annotations", "libie-moskou:10"])
        .json();
    for a in a.as_array().unwrap() {
        let this = a["id"].to_string();
        if this == id || this == proposed {
            assert_eq!(a["status"], "orphaned", "{a}");
        }
    }
    let e = env.fails_unchanged(&["accept", &id]);
    assert!(e.contains("is orphaned"), "{e}");
    // Nor can it be rejected (or proposed) and then accepted at its old offsets.
    let e = env.fails_unchanged(&["reject", &proposed]);
    assert!(e.contains("is orphaned"), "{e}");
    let v = env.run(&["--json", "show", "libie-moskou:10"]).json();
    assert_eq!(
        v["segment"]["source_corrected"],
        "Moskou steunt Haftar met wapens."
    );
    assert_no_stale_span(&env, "after the update");
}

/// Issue 11 item 10, at random: annotations of every status on a document edited at random,
/// several times over (some versions going back to the original); after each update no
/// annotation that is not orphaned points at text other than its quote.
#[test]
fn random_updates_leave_no_stale_span() {
    let env = with_corpus_annotations();
    let original = article();
    // One annotation of each status besides the corpus's accepted ones.
    add_correction(&env, "libie-moskou:10", "heimelijke", "geheime");
    let rejected = add_correction(&env, "libie-moskou:16", "premier", "bondskanselier");
    env.run(&["reject", &rejected]).ok();
    let rejected = add_correction(&env, "libie-moskou:4", "besprekingen", "gesprekken");
    env.run(&["reject", &rejected]).ok();
    env.run(&[
        "annotate",
        "libie-moskou:5",
        "--kind",
        "note",
        "--match",
        "Haftar",
        "--text",
        "check",
    ])
    .ok();
    env.run(&[
        "annotate",
        "libie-moskou:2",
        "--kind",
        "entity",
        "--match",
        "Haftar",
        "--target",
    ])
    .ok();
    // Every third of the corpus's annotations rejected, and one proposed again.
    for id in (1..=21).step_by(3) {
        env.run(&["reject", &id.to_string()]).ok();
    }
    let mut seed: u64 = 0x5eed_1011;
    let mut rand = |n: usize| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((seed >> 33) as usize) % n.max(1)
    };
    for round in 0..10 {
        let text = if round % 5 == 4 {
            original.clone()
        } else {
            // Whole sentences dropped, then words dropped, added, changed and swapped.
            let mut text = original.clone();
            for _ in 0..3 {
                let ends: Vec<usize> = text.match_indices(". ").map(|(i, _)| i + 2).collect();
                let k = rand(ends.len() - 1);
                text.replace_range(ends[k]..ends[k + 1], "");
            }
            let mut words: Vec<String> = text.split(' ').map(str::to_string).collect();
            for _ in 0..60 {
                let i = rand(words.len());
                match rand(4) {
                    0 if !words[i].contains('\n') => {
                        words.remove(i);
                    }
                    1 => words.insert(i, ["nu", "zeker", "Haftar", "de"][rand(4)].to_string()),
                    2 if !words[i].contains('\n') => words[i] = words[i].to_uppercase(),
                    _ => {
                        let j = rand(words.len());
                        if !words[i].contains('\n') && !words[j].contains('\n') {
                            words.swap(i, j);
                        }
                    }
                }
            }
            words.join(" ")
        };
        update(&env, &text);
        assert_no_stale_span(&env, &format!("round {round}"));
    }
}

/// Issue 11 item 11: `--update` with the wrong file, then the right one, gives every sentence
/// its translation and annotations back, exactly as they were.
#[test]
fn wrong_file_then_right_file_brings_everything_back() {
    let env = with_corpus_annotations();
    let before = segments(&env);
    let wrong = std::fs::read_to_string(corpus("libie-moskou.en.txt")).unwrap();
    let r = update(&env, &wrong);
    assert!(r["removed"].as_u64().unwrap() > 30, "{r}");
    let r = update(&env, &article());
    assert!(r["restored"].as_u64().unwrap() > 30, "{r}");
    assert_eq!(r["inserted"], 0, "{r}");
    assert!(r["annotations_found_again"].as_u64().unwrap() >= 1, "{r}");
    let after = segments(&env);
    assert_eq!(after.len(), before.len());
    for (b, a) in before.iter().zip(&after) {
        for field in [
            "source_published",
            "source_corrected",
            "target",
            "state",
            "revision",
        ] {
            assert_eq!(a[field], b[field], "{field} of {}", b["id"]);
        }
        let anns = |v: &serde_json::Value| {
            v["annotations"]
                .as_array()
                .unwrap()
                .iter()
                .map(|x| {
                    (
                        x["id"].clone(),
                        x["start"].clone(),
                        x["exact"].clone(),
                        x["status"].clone(),
                    )
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(anns(a), anns(b), "annotations of {}", b["id"]);
    }
    let docs = env.run(&["--json", "docs"]).json();
    assert_eq!(
        docs[0]["progress"]["untranslated"].as_u64().unwrap_or(0),
        0,
        "{docs}"
    );
    assert_no_stale_span(&env, "after the right file");
}

/// Issue 11 item 17: a long document rewritten throughout (every sentence edited, some
/// inserted, deleted and moved) is matched sentence for sentence. Speed is measured by
/// `cargo bench --bench update`, not here.
#[test]
fn long_rewritten_document_keeps_its_translations() {
    let env = TestEnv::new();
    let sentence = |i: usize| {
        format!(
            "Zin {i} gaat over de stad nummer {i} en haar {} inwoners.",
            i * 7 % 1000
        )
    };
    let para = |p: usize, f: &dyn Fn(usize) -> String| {
        (p * 4..p * 4 + 4).map(f).collect::<Vec<_>>().join(" ")
    };
    let nl: Vec<String> = (0..300).map(|p| para(p, &sentence)).collect();
    let en: Vec<String> = (0..300)
        .map(|p| para(p, &|i| format!("Sentence {i} is about city number {i}.")))
        .collect();
    let nl_file = env.write("v1.nl.txt", nl.join("\n\n"));
    let en_file = env.write("v1.en.txt", en.join("\n\n"));
    env.run(&[
        "import",
        nl_file.to_str().unwrap(),
        "--translation",
        en_file.to_str().unwrap(),
        "--doc",
        "lang",
    ])
    .ok();
    // Every sentence edited; paragraph 10 dropped; a new sentence in every 50th paragraph;
    // paragraphs 100 and 200 swapped.
    let mut v2: Vec<String> = (0..300)
        .filter(|&p| p != 10)
        .map(|p| {
            let mut s = para(p, &|i| sentence(i).replace("gaat over", "handelt over"));
            if p % 50 == 0 {
                s.push_str(" Een geheel nieuwe zin zonder voorganger.");
            }
            s
        })
        .collect();
    v2.swap(99, 199);
    let f = env.write("v2.txt", v2.join("\n\n"));
    let r = env
        .run(&[
            "--json",
            "import",
            f.to_str().unwrap(),
            "--doc",
            "lang",
            "--update",
        ])
        .json();
    assert_eq!(r["segments"], 1196 + 6);
    assert_eq!(r["inserted"], 6, "{}", r["inserted"]);
    assert_eq!(r["removed"], 4);
    assert_eq!(r["edited"], 1196);
    // Every edited sentence kept its own translation, the moved paragraphs' too.
    let tsv = env.run(&["export", "lang", "-F", "tsv"]).ok();
    let mut kept = 0;
    for line in tsv.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if let Some(k) = f[1].strip_prefix("Zin ").and_then(|r| r.split(' ').next()) {
            assert_eq!(
                f[2],
                format!("Sentence {k} is about city number {k}."),
                "{line}"
            );
            kept += 1;
        }
    }
    assert_eq!(kept, 1196);
}

/// `import NL --update --translation EN`: the new version is loaded (translations and
/// annotations follow their sentences), then the new English is aligned against it: only
/// links whose English changed get a new revision, reviewed work that did not change keeps
/// its state, the links are stored again, and one undo takes it all back.
#[test]
fn update_with_a_translation_realigns_and_keeps_the_history() {
    let env = TestEnv::new();
    env.run(&[
        "import",
        corpus("libie-moskou.nl.txt").to_str().unwrap(),
        "--translation",
        corpus("libie-moskou.en-free.txt").to_str().unwrap(),
    ])
    .ok();
    env.run(&["state", "libie-moskou:4", "reviewed"]).ok();
    let nl = article().replace(
        "Haftar vertrok zonder zijn handtekening te zetten onder het akkoord.",
        "Haftar vertrok zonder het akkoord te tekenen.",
    );
    let en = std::fs::read_to_string(corpus("libie-moskou.en-free.txt"))
        .unwrap()
        .replace(
            "Haftar went home without signing the deal.",
            "Haftar left without signing the agreement.",
        );
    let nl = env.write("v2.nl.txt", nl);
    let en = env.write("v2.en.txt", en);
    let v = env
        .run(&[
            "--json",
            "import",
            nl.to_str().unwrap(),
            "--doc",
            "libie-moskou",
            "--update",
            "--translation",
            en.to_str().unwrap(),
        ])
        .json();
    assert_eq!(v["edited"], 1, "{v}");
    let t = &v["translation"];
    assert_eq!(
        t["revisions"], 1,
        "only the changed link gets a new revision: {v}"
    );
    assert_eq!(t["alignment"]["links"], 34, "{v}");
    assert_eq!(t["operation"], v["operation"], "one operation");
    let two = env.run(&["--json", "show", "libie-moskou:2"]).json();
    assert_eq!(
        two["segment"]["target"],
        "Haftar left without signing the agreement."
    );
    assert_eq!(two["revisions"].as_array().map(Vec::len), Some(2), "{two}");
    let four = env.run(&["--json", "show", "libie-moskou:4"]).json();
    assert_eq!(
        four["segment"]["state"], "reviewed",
        "unchanged work keeps its state"
    );
    let links = env.run(&["--json", "links", "libie-moskou"]).json();
    assert!(links.to_string().contains("libie-moskou:6–7"), "{links}");
    env.run(&["undo"]).ok();
    let two = env.run(&["--json", "show", "libie-moskou:2"]).json();
    assert_eq!(
        two["segment"]["source"],
        "Haftar vertrok zonder zijn handtekening te zetten onder het akkoord."
    );
    assert_eq!(
        two["segment"]["target"],
        "Haftar went home without signing the deal."
    );
    assert_eq!(env.sql::<i64>("SELECT count(*) FROM links"), 34);
}
