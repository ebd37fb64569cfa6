//! Issue 12, slice 3: attaching a translation to an existing document (`import EN
//! --translation-of DOC`) and fixing links by hand (`link join|split|move`), each one undoable
//! operation.

use crate::common::{TestEnv, corpus};
use tolk::model::LinkOrigin;
use tolk::ops::import::attach::Attached;
use tolk::ops::links::LinkEdited;

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

fn import_free(env: &TestEnv) {
    env.run(&[
        "import",
        corpus("libie-moskou.nl.txt").to_str().unwrap(),
        "--translation",
        corpus("libie-moskou.en-free.txt").to_str().unwrap(),
    ])
    .ok();
}

fn link(env: &TestEnv, args: &[&str]) -> LinkEdited {
    let mut all = vec!["link"];
    all.extend_from_slice(args);
    env.tolk(&all).report()
}

fn shapes(r: &LinkEdited) -> (Vec<&str>, Vec<&str>) {
    (
        r.before.iter().map(|l| l.shape.as_str()).collect(),
        r.after.iter().map(|l| l.shape.as_str()).collect(),
    )
}

#[test]
fn links_are_joined_split_and_moved_by_hand_and_each_fix_undoes() {
    let env = TestEnv::new();
    import_free(&env);
    let state = || {
        (
            env.sql::<String>("SELECT COALESCE(group_concat(segment_id || ':' || sources || '-' || targets || origin, ' '), '') FROM links"),
            env.sql::<i64>("SELECT COUNT(*) FROM translations"),
        )
    };
    let imported = state();
    let e = env.fails_unchanged(&["link", "join", "libie-moskou:35"]);
    assert!(e.contains("last link"), "{e}");

    // join: 8 and 9 (1-1 + 1-1) become one 2-2 link whose English is both sentences.
    let j = link(&env, &["join", "libie-moskou:8"]);
    assert_eq!(shapes(&j), (vec!["1-1", "1-1"], vec!["2-2"]));
    assert_eq!(j.after[0].sources, [8, 9]);
    assert_eq!(j.after[0].origin, LinkOrigin::Person);
    assert!(j.after[0].target.starts_with("Having seized"));
    assert!(j.after[0].target.ends_with("for Russia."));
    let v = env.run(&["--json", "show", "libie-moskou"]).json();
    assert_eq!(v["segments"][7]["link"]["shape"], "2-2");
    assert!(v["segments"][8]["target"].is_null());

    // split at the sentence boundary the segmenter finds: back to two 1-1 links.
    let s = link(&env, &["split", "libie-moskou:9"]);
    assert_eq!(shapes(&s), (vec!["2-2"], vec!["1-1", "1-1"]));
    assert!(s.after[1].target.starts_with("Libya specialist"));
    let nine = env.run(&["--json", "show", "libie-moskou:9"]).json();
    assert!(
        nine["segment"]["target"]
            .as_str()
            .unwrap()
            .starts_with("Libya specialist")
    );

    // A one-sentence English needs --at; --at splits inside the sentence.
    let e = env.fails_unchanged(&["link", "split", "libie-moskou:7"]);
    assert!(e.contains("--at TEXT"), "{e}");
    let s = link(&env, &["split", "libie-moskou:7", "--at", "and for months"]);
    assert_eq!(shapes(&s), (vec!["2-1"], vec!["1-1", "1-1"]));
    assert!(s.after[0].target.ends_with("in the east,"));
    assert!(s.after[1].target.starts_with("and for months"));

    // move: the photo credit (1-0) goes to the link before it, making a 2-1.
    let m = link(&env, &["move", "libie-moskou:3", "--to", "prev"]);
    assert_eq!(shapes(&m), (vec!["1-1", "1-0"], vec!["2-1"]));
    assert_eq!(m.after[0].sources, [2, 3]);
    // Moving the only sentence of the last link away keeps its English as added (0-1).
    let m = link(&env, &["move", "libie-moskou:35", "--to", "prev"]);
    assert_eq!(shapes(&m), (vec!["1-1", "1-1"], vec!["2-1", "0-1"]));
    let v = env.run(&["--json", "show", "libie-moskou"]).json();
    assert!(
        v["added"][0]["target"]
            .as_str()
            .unwrap()
            .starts_with("Many Libyans"),
        "{v}"
    );

    // Refusals name the link and change nothing.
    for (args, says) in [
        (
            &["link", "split", "libie-moskou:8"][..],
            "already starts its link",
        ),
        (
            &["link", "move", "libie-moskou:2", "--to", "next"][..],
            "only its last sentence",
        ),
        (
            &["link", "move", "libie-moskou:1", "--to", "prev"][..],
            "no previous link",
        ),
        (
            &["link", "split", "libie-moskou:3", "--at", "zzz"][..],
            "not in the translation",
        ),
        (&["link", "join", "libie-moskou:99"][..], "99"),
    ] {
        let e = env.fails_unchanged(args);
        assert!(e.contains(says), "{args:?}: {e}");
    }

    // Every fix is one operation: five undos give back the import's links and translations.
    for _ in 0..5 {
        env.run(&["undo"]).ok();
    }
    assert_eq!(state(), imported);
}

#[test]
fn check_judges_length_per_link_and_links_low_walks_the_unsure_ones_first() {
    let env = TestEnv::new();
    import_free(&env);
    // The 2-1 link 6–7 and the photo credit left out (1-0) are not untranslated segments.
    let out = env
        .run(&["check", "libie-moskou", "--only", "length,untranslated"])
        .ok();
    assert!(!out.contains("untranslated"), "{out}");
    assert!(!out.contains("length"), "{out}");
    // 10 moves into 9's link: one English sentence for two Dutch ones is too short.
    link(&env, &["move", "libie-moskou:10", "--to", "prev"]);
    let r = env.run(&["--json", "check", "libie-moskou", "--only", "length"]);
    let v: serde_json::Value = serde_json::from_str(&r.stdout()).unwrap();
    let findings = v["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{v}");
    assert_eq!(findings[0]["id"], "libie-moskou:9");
    let message = findings[0]["message"].as_str().unwrap();
    assert!(
        message.contains("the 2-1 link libie-moskou:9–10") && message.contains("too short"),
        "{message}"
    );

    // links: the links worth a look in document order; --low: the unsure ones, lowest first.
    let all = env.run(&["--json", "links", "libie-moskou"]).json();
    let ids: Vec<&str> = all["links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "libie-moskou:1",
            "libie-moskou:2",
            "libie-moskou:3",
            "libie-moskou:6–7",
            "libie-moskou:9–10",
            "libie-moskou:+11",
            "libie-moskou:21",
            "libie-moskou:30"
        ]
    );
    let low = env
        .run(&["--json", "links", "libie-moskou", "--low"])
        .json();
    let scores: Vec<f64> = low["links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["score"].as_f64().unwrap())
        .collect();
    assert_eq!(scores.len(), 3);
    assert!(scores.windows(2).all(|w| w[0] <= w[1]), "{scores:?}");
    assert!(scores.iter().all(|&s| s < 0.5));
    let human = env.run(&["links", "libie-moskou", "--low"]).ok();
    assert_eq!(human.lines().count(), 3, "{human}");
}

fn tool(name: &str) -> bool {
    std::process::Command::new(name)
        .arg("--version")
        .output()
        .is_ok()
}

#[test]
fn every_bilingual_format_carries_every_link_and_brings_it_back() {
    let env = TestEnv::new();
    import_free(&env);
    // Hand-made links and added sentences at the end too, and a note on the second sentence
    // of the 2-1 link (its offset moves into the joined source and back).
    link(&env, &["move", "libie-moskou:10", "--to", "prev"]);
    link(&env, &["move", "libie-moskou:35", "--to", "prev"]);
    env.run(&[
        "annotate",
        "libie-moskou:7",
        "--kind",
        "note",
        "--match",
        "Tripoli",
        "--text",
        "the capital",
    ])
    .ok();
    let rows = |doc: &str| {
        let all = env.sql::<String>(&format!(
            "SELECT group_concat(s.position || ':' || l.sources || '-' || l.targets || ':' || l.after || ':' \
             || COALESCE(l.text, '') || ':' || COALESCE(l.score, '') || ':' || l.origin, ' | ')
             FROM (SELECT * FROM links ORDER BY id) l JOIN segments s ON s.id = l.segment_id
             JOIN documents d ON d.id = s.document_id WHERE d.name = '{doc}'"
        ));
        let mut rows: Vec<String> = all.split(" | ").map(String::from).collect();
        rows.sort();
        rows
    };
    let segments = |doc: &str| {
        env.sql::<String>(&format!(
            "SELECT group_concat(s.position || s.text, '|') FROM segments s
             JOIN documents d ON d.id = s.document_id WHERE d.name = '{doc}' ORDER BY s.position"
        ))
    };
    let original = rows("libie-moskou");
    assert_eq!(original.len(), 34);
    for (format, ext) in [
        ("tmx", "tmx"),
        ("po", "po"),
        ("xliff", "xlf"),
        ("xliff12", "xliff"),
        ("jsonl", "jsonl"),
        ("tsv", "tsv"),
        ("csv", "csv"),
    ] {
        let file = env.path(&format!("links.{ext}"));
        env.run(&[
            "export",
            "libie-moskou",
            "-F",
            format,
            "-o",
            file.to_str().unwrap(),
        ])
        .ok();
        let text = std::fs::read_to_string(&file).unwrap();
        let covers = match format {
            // The JSONL record's link is the model's: segment numbers.
            "jsonl" => "\"sources\":[6,7]",
            "xliff" => {
                "&quot;sources&quot;:[&quot;libie-moskou:6&quot;,&quot;libie-moskou:7&quot;]"
            }
            "xliff12" => "&quot;libie-moskou:6&quot;,&quot;libie-moskou:7&quot;",
            // A CSV field writes each quote twice.
            "csv" => "\"\"sources\"\":[\"\"libie-moskou:6\"\",\"\"libie-moskou:7\"\"]",
            _ => "\"sources\":[\"libie-moskou:6\",\"libie-moskou:7\"]",
        };
        assert!(
            text.contains(covers),
            "{format}: the link lists the segments it covers"
        );
        let schema = match format {
            "xliff" => Some("xliff-core-2.0.xsd"),
            "xliff12" => Some("xliff-core-1.2-strict.xsd"),
            _ => None,
        };
        if let Some(xsd) = schema
            && tool("xmllint")
        {
            let xsd = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/schemas")
                .join(xsd);
            let out = std::process::Command::new("xmllint")
                .args(["--noout", "--schema"])
                .arg(xsd)
                .arg(&file)
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{format}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        // export → import into a fresh database → export gives the same file.
        let db = format!("fresh-{format}.db");
        env.run(&["--db", &db, "import", file.to_str().unwrap()])
            .ok();
        let again = env.path(&format!("again.{ext}"));
        env.run(&[
            "--db",
            &db,
            "export",
            "libie-moskou",
            "-F",
            format,
            "-o",
            again.to_str().unwrap(),
        ])
        .ok();
        assert!(
            std::fs::read_to_string(&again).unwrap() == text,
            "{format}: export → import → export changed the file"
        );
        if format == "tmx" && tool("xmllint") {
            let dtd =
                std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/schemas/tmx14.dtd");
            let out = std::process::Command::new("xmllint")
                .args(["--noout", "--dtdvalid"])
                .arg(dtd)
                .arg(&file)
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        if format == "po" && tool("msgfmt") {
            let out = std::process::Command::new("msgfmt")
                .args(["-c", "-o", "/dev/null"])
                .arg(&file)
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let doc = format!("back-{format}");
        let v = env
            .run(&["--json", "import", file.to_str().unwrap(), "--doc", &doc])
            .json();
        assert_eq!(v["links"], 34, "{format}: {v}");
        assert_eq!(v["segments"], 35, "{format}");
        assert_eq!(rows(&doc), original, "{format}: every link comes back");
        assert_eq!(
            segments(&doc),
            segments("libie-moskou"),
            "{format}: the sources are split back into their segments"
        );
        // TSV and CSV carry no annotations.
        if !matches!(format, "tsv" | "csv") {
            let note = env.run(&["--json", "annotations", &doc]).json();
            assert_eq!(note[0]["segment"], format!("{doc}:7"), "{format}: {note}");
            assert_eq!(note[0]["start"], 55);
            assert_eq!(note[0]["exact"], "Tripoli");
        }
        let shown = env.run(&["--json", "show", &doc]).json();
        assert!(
            shown["added"][0]["target"]
                .as_str()
                .unwrap()
                .starts_with("For a long time")
        );
    }
}

#[test]
fn a_link_whose_breaks_do_not_fit_its_source_is_refused_with_its_line() {
    let env = TestEnv::new();
    import_free(&env);
    for (format, ext, breaks) in [
        ("po", "po", "\"breaks\":[143]"),
        ("tmx", "tmx", "\"breaks\":[143]"),
        ("xliff", "xlf", "&quot;breaks&quot;:[143]"),
        ("xliff12", "xliff", "&quot;breaks&quot;:[143]"),
        ("jsonl", "jsonl", "\"breaks\":[143]"),
        ("tsv", "tsv", "\"breaks\":[143]"),
        ("csv", "csv", "\"\"breaks\"\":[143]"),
    ] {
        let file = env.path(&format!("bad.{ext}"));
        env.run(&[
            "export",
            "libie-moskou",
            "-F",
            format,
            "-o",
            file.to_str().unwrap(),
        ])
        .ok();
        let text = std::fs::read_to_string(&file).unwrap();
        let bad = text.replacen(breaks, &breaks.replace("143", "9999"), 1);
        assert_ne!(bad, text, "{format}");
        let bad = env.write(&format!("bad2.{ext}"), bad);
        let e = env.fails_unchanged(&["import", bad.to_str().unwrap(), "--doc", "x"]);
        assert!(e.contains("line") && e.contains("breaks"), "{format}: {e}");
    }
}

/// Joining sentences not translated yet makes one link to translate, whose translation then
/// shows; splitting it again gives links still to translate, not sentences left out.
#[test]
fn untranslated_sentences_join_into_a_link_to_translate() {
    let env = TestEnv::new();
    import_nl(&env);
    let j = link(&env, &["join", "libie-moskou:6"]);
    assert_eq!(shapes(&j), (vec!["1-1", "1-1"], vec!["2-1"]));
    env.run(&["translate", "libie-moskou:6", "Both sentences in one."])
        .ok();
    let v = env.run(&["--json", "show", "libie-moskou"]).json();
    assert_eq!(v["segments"][5]["target"], "Both sentences in one.");
    let e = env.fails_unchanged(&["translate", "libie-moskou:7", "No."]);
    assert!(e.contains("translate libie-moskou:6 instead"), "{e}");
    env.run(&["undo"]).ok();
    let s = link(&env, &["split", "libie-moskou:7"]);
    assert_eq!(shapes(&s), (vec!["2-1"], vec!["1-1", "1-1"]));
}

/// Moving an untranslated sentence into its neighbour leaves no empty added link behind.
#[test]
fn moving_an_untranslated_sentence_leaves_nothing_empty_behind() {
    let env = TestEnv::new();
    import_nl(&env);
    let m = link(&env, &["move", "libie-moskou:7", "--to", "prev"]);
    assert_eq!(shapes(&m), (vec!["1-1", "1-1"], vec!["2-1"]));
    assert_eq!(
        env.sql::<i64>("SELECT COUNT(*) FROM links WHERE sources = 0"),
        0
    );
}

#[test]
fn review_links_walks_the_low_confidence_links_first_then_the_rest() {
    let env = TestEnv::new();
    import_free(&env);
    let low = env
        .run(&["--json", "links", "libie-moskou", "--low"])
        .json();
    let count = low["links"].as_array().unwrap().len();
    assert_eq!(count, 3);
    // Skip through the low links, then quit at the first usual segment.
    let keys = "s\n".repeat(count) + "q\n";
    let run = env
        .tolk(&["review", "libie-moskou", "--links"])
        .stdin(&keys)
        .run();
    assert_eq!(run.code(), 0, "{}", run.stderr());
    let out = run.stdout();
    let heads: Vec<&str> = out
        .lines()
        .filter(|l| l.starts_with("libie-moskou:"))
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    let want: Vec<String> = low["links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["id"].as_str().unwrap().to_string())
        .chain(["libie-moskou:1".to_string()])
        .collect();
    assert_eq!(heads, want, "{out}");
    assert_eq!(
        out.matches("low-confidence link 1-1").count(),
        count,
        "{out}"
    );
    // Each segment once: the queue is as long as the usual one.
    let usual = env.tolk(&["review", "libie-moskou"]).stdin("q\n").run();
    assert!(out.contains("[1/33]"), "{out}");
    assert!(usual.stdout().contains("[1/33]"), "{}", usual.stdout());
    assert!(
        run.stderr().contains("3 low-confidence links first"),
        "{}",
        run.stderr()
    );
}

/// `show DOC:N` finds a segment's link by a store query around N; it agrees with the whole
/// document's layout for every segment, and a later segment of a link shows the link's state.
#[test]
fn show_one_segment_agrees_with_the_document_layout() {
    let env = TestEnv::new();
    import_free(&env);
    link(&env, &["move", "libie-moskou:10", "--to", "prev"]);
    link(&env, &["join", "libie-moskou:20"]);
    env.run(&["state", "libie-moskou:20", "reviewed"]).ok();
    let all = env.run(&["--json", "show", "libie-moskou"]).json();
    let segments = all["segments"].as_array().unwrap();
    for (i, s) in segments.iter().enumerate() {
        let one = env
            .run(&["--json", "show", &format!("libie-moskou:{}", i + 1)])
            .json();
        assert_eq!(one["segment"]["link"], s["link"], "segment {}", i + 1);
        assert_eq!(one["segment"]["state"], s["state"], "segment {}", i + 1);
        assert_eq!(one["segment"]["target"], s["target"], "segment {}", i + 1);
    }
    assert_eq!(segments[20]["link"]["shape"], "2-2", "{}", segments[20]);
    assert_eq!(
        segments[20]["state"], "reviewed",
        "segment 21's own revision is hidden: it shows the link's state"
    );
}
