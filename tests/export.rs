use crate::common::TestEnv;

#[test]
fn tsv_has_a_header_and_one_line_per_segment() {
    let env = TestEnv::new();
    env.import_corpus();
    env.run(&[
        "translate",
        "libie-moskou:3",
        "Photo:\tEPA\nline two \\ backslash",
    ])
    .ok();
    let out = env.run(&["export", "libie-moskou", "--format", "tsv"]).ok();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "id\tsource\ttarget\tstate");
    assert_eq!(lines.len(), 36);
    assert!(lines.iter().all(|l| l.split('\t').count() == 4));
    assert_eq!(
        lines[3],
        "libie-moskou:3\tBeeld EPA\tPhoto:\\tEPA\\nline two \\\\ backslash\ttranslated"
    );
    assert_eq!(
        lines[10],
        "libie-moskou:10\tMoskou steunt Hafta al geruime tijd met heimelijke wapenleveranties.\tMoscow has been supporting Haftar for quite some time with covert arms deliveries.\ttranslated"
    );
}

#[test]
fn jsonl_has_one_record_per_segment() {
    let env = TestEnv::new();
    let f = env.write("a.txt", "Een zin. Twee.\n\nDrie.");
    env.run(&["import", f.to_str().unwrap(), "--doc", "a"]).ok();
    env.run(&["translate", "a:1", "One sentence."]).ok();
    let out = env.run(&["export", "a", "--format", "jsonl"]).ok();
    let recs: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(recs.len(), 3);
    assert_eq!(recs[0]["id"], "a:1");
    assert_eq!(recs[0]["doc"], "a");
    assert_eq!(recs[0]["n"], 1);
    assert_eq!(recs[0]["paragraph"], 1);
    assert_eq!(recs[0]["source"], "Een zin.");
    assert_eq!(recs[0]["target"], "One sentence.");
    assert_eq!(recs[0]["state"], "translated");
    assert_eq!(recs[0]["revision"], 1);
    assert_eq!(recs[2]["paragraph"], 2);
    assert!(recs[2]["target"].is_null());
    assert_eq!(recs[2]["state"], "untranslated");
    assert!(recs[2]["revision"].is_null());
}

#[test]
fn export_to_file_and_errors() {
    let env = TestEnv::new();
    env.import_corpus();
    let r = env.run(&["export", "libie-moskou", "-F", "jsonl", "-o", "out.jsonl"]);
    assert_eq!(r.ok(), "");
    assert!(
        r.stderr()
            .contains("exported 35 segments of libie-moskou to out.jsonl")
    );
    assert_eq!(
        std::fs::read_to_string(env.path("out.jsonl"))
            .unwrap()
            .lines()
            .count(),
        35
    );
    let e = env.fails_unchanged(&["export", "nope", "-F", "tsv"]);
    assert!(e.contains("unknown document 'nope'"), "{e}");
    std::fs::create_dir(env.path("outdir")).unwrap();
    let e = env.fails_unchanged(&["export", "libie-moskou", "-F", "tsv", "-o", "outdir"]);
    assert!(e.contains("outdir: is a directory"), "{e}");
    let r = env.run(&["export", "libie-moskou", "-F", "xml"]);
    assert_eq!(r.code(), 2);
}

/// With `-o`, the report says what was written; `--json` gives it as the report type.
#[test]
fn export_to_files_reports_what_it_wrote() {
    use tolk::formats::Format;
    use tolk::ops::export::Exported;
    let env = TestEnv::new();
    env.import_corpus();
    let r = env.run(&[
        "--json",
        "export",
        "libie-moskou",
        "-F",
        "tmx",
        "-o",
        "a.tmx",
    ]);
    let report: Exported = serde_json::from_str(&r.ok()).unwrap();
    assert_eq!(report.format, Format::Tmx);
    assert_eq!(report.segments, 35);
    assert_eq!(report.files, [std::path::PathBuf::from("a.tmx")]);

    let r = env.run(&["--json", "export", "libie-moskou", "-F", "moses", "-o", "m"]);
    let report: Exported = serde_json::from_str(&r.ok()).unwrap();
    assert_eq!(report.files.len(), 2);
    assert_eq!(
        std::fs::read_to_string(env.path("m.en"))
            .unwrap()
            .lines()
            .count(),
        35
    );

    // A pair of files cannot go to stdout: a usage error, named by the registry.
    let r = env.run(&["export", "libie-moskou", "-F", "moses"]);
    assert_eq!(r.code(), 2);
    assert!(r.stderr().contains("give the base name with -o BASE"));
    // `--help` lists the formats with what they are.
    let help = env.run(&["export", "--help"]).ok();
    assert!(help.contains("moses:   Moses parallel text"), "{help}");
    assert!(
        help.contains("corrected: With accepted corrections applied"),
        "{help}"
    );
}

/// A document of many batches (the export reads segments on one thread and writes records on
/// another, a few hundred segments at a time): every record once, in order, a joined link across
/// a batch boundary whole, and a failed write mid-stream reported with the file's name.
#[test]
fn a_long_export_is_whole_and_in_order_and_a_failed_write_names_the_file() {
    let env = TestEnv::new();
    let n = 1000;
    let mut tsv = String::from("source\ttarget\n");
    for i in 1..=n {
        tsv.push_str(&format!(
            "Zin nummer {i} van de lange tekst.\tSentence number {i} of the long text.\n"
        ));
    }
    let f = env.write("long.tsv", tsv);
    env.run(&["import", f.to_str().unwrap(), "--doc", "long"])
        .ok();
    env.run(&["link", "join", "long:256"]).ok();
    let out = env.run(&["export", "long", "--format", "jsonl"]).ok();
    let recs: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(recs.len(), n - 1, "256 and 257 are one record");
    let mut i = 1;
    for r in &recs {
        if i == 256 {
            assert_eq!(
                r["source"],
                "Zin nummer 256 van de lange tekst. Zin nummer 257 van de lange tekst."
            );
            assert_eq!(
                r["target"],
                "Sentence number 256 of the long text. Sentence number 257 of the long text."
            );
            i += 2;
            continue;
        }
        assert_eq!(r["id"], format!("long:{i}"));
        assert_eq!(r["source"], format!("Zin nummer {i} van de lange tekst."));
        assert_eq!(
            r["target"],
            format!("Sentence number {i} of the long text.")
        );
        i += 1;
    }
    assert_eq!(i, n + 1);
    // The same through a file, and as TMX (the writer that skips nothing here).
    env.run(&["export", "long", "--format", "jsonl", "-o", "long.jsonl"])
        .ok();
    assert_eq!(
        std::fs::read_to_string(env.path("long.jsonl")).unwrap(),
        out
    );
    if std::path::Path::new("/dev/full").exists() {
        let e = env
            .tolk(&["export", "long", "-F", "tmx", "-o", "/dev/full"])
            .err();
        assert!(e.contains("/dev/full"), "{e}");
    }
}

/// The export reads translations with a cursor that moves along segment ids; after an update
/// that reorders the sentences (ids going back, jumping ahead, new sentences with new ids in
/// between, another document's segments among them), every record still carries its own
/// segment's current translation, revision and first author.
#[test]
fn records_keep_their_translations_when_an_update_reorders_the_segments() {
    let env = TestEnv::new();
    let n = 300;
    let sentence = |i: usize| format!("Dit is zin nummer {i} van het stuk.");
    let v1: Vec<String> = (1..=n).map(sentence).collect();
    let f = env.write("v1.txt", v1.join("\n\n"));
    env.run(&["import", f.to_str().unwrap(), "--doc", "a"]).ok();
    let other = env.write("b.txt", "Een andere zin.\n\nNog een.");
    env.run(&["import", other.to_str().unwrap(), "--doc", "b"])
        .ok();
    env.run(&["translate", "b:1", "Another sentence."]).ok();
    let mut expect = std::collections::HashMap::new();
    for i in (1..=n).filter(|i| i % 3 != 0) {
        let t = format!("This is sentence {i}.");
        env.tolk(&["--author", "first", "translate", &format!("a:{i}"), "draft"])
            .ok();
        if i % 2 == 0 {
            env.tolk(&["--author", "second", "translate", &format!("a:{i}"), &t])
                .ok();
        }
        let (text, rev) = if i % 2 == 0 {
            (t, 2)
        } else {
            ("draft".into(), 1)
        };
        expect.insert(sentence(i), (text, rev));
    }
    // Version 2: the second half first, reversed in blocks, a new sentence every tenth.
    let mut v2: Vec<String> = Vec::new();
    for block in v1[n / 2..].chunks(7).rev().chain(v1[..n / 2].chunks(5)) {
        v2.extend(block.iter().cloned());
        if v2.len() % 10 < block.len() {
            v2.push(format!("Nieuwe zin na {}.", v2.len()));
        }
    }
    let f2 = env.write("v2.txt", v2.join("\n\n"));
    env.run(&["import", f2.to_str().unwrap(), "--doc", "a", "--update"])
        .ok();
    let out = env.run(&["export", "a", "--format", "jsonl"]).ok();
    let recs: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(recs.len(), v2.len());
    for (r, source) in recs.iter().zip(&v2) {
        assert_eq!(r["source"], source.as_str());
        match expect.get(source) {
            Some((text, rev)) => {
                assert_eq!(r["target"], text.as_str(), "{source}");
                assert_eq!(r["revision"], *rev, "{source}");
                assert_eq!(r["created_by"], "first", "{source}");
            }
            None => assert!(r["target"].is_null(), "{source}: {r}"),
        }
    }
}
