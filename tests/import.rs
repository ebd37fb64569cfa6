use crate::common::{TestEnv, corpus};

#[test]
fn corpus_article_imports_as_35_segments_in_12_paragraphs() {
    let env = TestEnv::new();
    let run = env.run(&[
        "--json",
        "import",
        corpus("libie-moskou.nl.txt").to_str().unwrap(),
        "--translation",
        corpus("libie-moskou.en.txt").to_str().unwrap(),
    ]);
    let v = run.json();
    assert_eq!(v["doc"], "libie-moskou");
    assert_eq!(v["segments"], 35);
    assert_eq!(v["paragraphs"], 12);
    assert_eq!(v["translated"], 35);

    let docs = env.run(&["--json", "docs"]).json();
    let d = &docs[0];
    assert_eq!(d["name"], "libie-moskou");
    assert_eq!(d["source_lang"], "nl");
    assert_eq!(d["target_lang"], "en");
    assert_eq!(d["progress"]["translated"], 35);
    assert_eq!(d["progress"]["untranslated"], 0);
    // The published text is stored as published: the typos stay.
    let src: String = env.sql("SELECT text FROM segments WHERE position = 10");
    assert_eq!(
        src,
        "Moskou steunt Hafta al geruime tijd met heimelijke wapenleveranties."
    );
    let ops: i64 =
        env.sql("SELECT COUNT(*) FROM operations WHERE command = 'import' AND author = 'tester'");
    assert_eq!(ops, 1);
}

#[test]
fn source_only_import_is_untranslated_and_named_after_the_file() {
    let env = TestEnv::new();
    let f = env.write(
        "Mijn Artikel.nl.txt",
        "Eerste zin. Tweede zin!\n\nDerde alinea?\n",
    );
    env.run(&["import", f.to_str().unwrap()]).ok();
    let docs = env.run(&["--json", "docs"]).json();
    assert_eq!(docs[0]["name"], "mijn-artikel");
    assert_eq!(docs[0]["segments"], 3);
    assert_eq!(docs[0]["paragraphs"], 2);
    assert_eq!(docs[0]["progress"]["untranslated"], 3);
}

#[test]
fn bom_crlf_and_wrapped_lines_are_accepted() {
    let env = TestEnv::new();
    let f = env.write(
        "a.txt",
        "\u{feff}Een zin die over\r\ntwee regels loopt. Nog een.\r\n\r\nTweede alinea.\r\n",
    );
    env.run(&["import", f.to_str().unwrap(), "--doc", "a"]).ok();
    let show = env.run(&["--json", "show", "a"]).json();
    let segs = show["segments"].as_array().unwrap();
    assert_eq!(segs.len(), 3);
    assert_eq!(segs[0]["source"], "Een zin die over twee regels loopt.");
    assert_eq!(segs[2]["paragraph"], 2);
}

#[test]
fn import_from_stdin_needs_a_name() {
    let env = TestEnv::new();
    let r = env.run_stdin(&["import", "-"], "Een zin.");
    assert_eq!(r.code(), 2);
    env.run_stdin(&["import", "-", "--doc", "stdin-doc"], "Een zin. Nog een.")
        .ok();
    assert_eq!(env.run(&["--json", "docs"]).json()[0]["segments"], 2);
}

#[test]
fn invalid_utf8_names_the_byte_offset_and_leaves_no_database() {
    let env = TestEnv::new();
    let f = env.write("latin1.txt", b"Dit is goed.\nDit is caf\xe9.\n");
    let e = env.run(&["import", f.to_str().unwrap()]).err();
    assert!(
        e.contains("latin1.txt: not valid UTF-8 at byte offset 23 (line 2)"),
        "{e}"
    );
    assert!(
        !env.db().exists(),
        "a failed import must not leave an empty database behind"
    );
}

#[test]
fn bad_files_are_refused_and_the_database_is_unchanged() {
    let env = TestEnv::new();
    env.import_corpus();
    let empty = env.write("empty.txt", "  \n\n");
    let e = env.fails_unchanged(&["import", empty.to_str().unwrap(), "--doc", "x"]);
    assert!(e.contains("empty.txt: file is empty"), "{e}");

    let e = env.fails_unchanged(&["import", "missing.txt"]);
    assert!(e.contains("missing.txt: no such file"), "{e}");

    std::fs::create_dir(env.path("adir")).unwrap();
    let e = env.fails_unchanged(&["import", "adir", "--doc", "x"]);
    assert!(e.contains("adir: is a directory"), "{e}");

    let nul = env.write("nul.txt", b"Een\0twee.");
    let e = env.fails_unchanged(&["import", nul.to_str().unwrap()]);
    assert!(e.contains("NUL byte at byte offset 3"), "{e}");

    let e = env.fails_unchanged(&["import", empty.to_str().unwrap(), "--doc", "bad:name"]);
    assert!(e.contains("bad document name 'bad:name'"), "{e}");
}

#[test]
fn existing_document_needs_replace() {
    let env = TestEnv::new();
    env.import_corpus();
    let e = env.fails_unchanged(&["import", corpus("libie-moskou.nl.txt").to_str().unwrap()]);
    assert!(
        e.contains("document 'libie-moskou' already exists (35 segments); use --replace"),
        "{e}"
    );

    let f = env.write("kort.txt", "Korte versie. Twee zinnen.");
    env.run(&[
        "import",
        f.to_str().unwrap(),
        "--doc",
        "libie-moskou",
        "--replace",
    ])
    .ok();
    let docs = env.run(&["--json", "docs"]).json();
    assert_eq!(docs.as_array().unwrap().len(), 1);
    assert_eq!(docs[0]["segments"], 2);
    assert_eq!(docs[0]["progress"]["untranslated"], 2);
    let orphans: i64 = env.sql("SELECT COUNT(*) FROM translations");
    assert_eq!(orphans, 0, "replaced document's translations are gone");
}

/// A translation that does not share the source's structure is aligned, not refused (issue
/// 12): the merged sentence becomes one 2-1 link (see tests/links.rs for the corpus).
#[test]
fn a_translation_with_other_sentences_is_aligned() {
    let env = TestEnv::new();
    let src = env.write("s.txt", "Een. Twee.\n\nDrie. Vier.\n\nVijf.");
    let tr = env.write("t.txt", "One. Two.\n\nThree and four.\n\nFive.");
    let r: tolk::ops::import::Imported = env
        .tolk(&[
            "import",
            src.to_str().unwrap(),
            "--translation",
            tr.to_str().unwrap(),
        ])
        .report();
    assert_eq!((r.segments, r.translated), (5, 4));
    let a = r.alignment.unwrap();
    assert_eq!(a.origin, tolk::model::LinkOrigin::Aligner);
    assert!(
        a.notable.iter().any(|l| l.nl == [3, 4] && l.en == [3]),
        "{:?}",
        a.notable
    );
}

#[test]
fn unknown_language_is_a_usage_error() {
    let env = TestEnv::new();
    let f = env.write("a.txt", "Een zin.");
    let r = env.run(&["import", f.to_str().unwrap(), "--lang", "fr"]);
    assert_eq!(r.code(), 2);
    assert!(r.stderr().contains("fr"), "{}", r.stderr());
}

/// The `--json` reports of the four import pipelines read back as the report types.
#[test]
fn import_reports_read_back_as_their_types() {
    use tolk::ops::import::Imported;
    use tolk::ops::import::annotations::AnnotationsImported;
    use tolk::ops::import::bilingual::BilingualImported;
    let env = TestEnv::new();
    let src = corpus("libie-moskou.nl.txt");
    let tr = corpus("libie-moskou.en.txt");
    let run = env.run(&[
        "--json",
        "import",
        src.to_str().unwrap(),
        "--translation",
        tr.to_str().unwrap(),
    ]);
    let text: Imported = serde_json::from_str(&run.ok()).unwrap();
    assert_eq!(
        (text.segments, text.paragraphs, text.translated),
        (35, 12, 35)
    );
    assert_eq!(text.operation, 1);

    let ann = corpus("libie-moskou.annotations.jsonl");
    let run = env.run(&["--json", "import", ann.to_str().unwrap()]);
    let a: AnnotationsImported = serde_json::from_str(&run.ok()).unwrap();
    assert_eq!((a.added, a.already_present, a.operation), (43, 0, Some(2)));

    env.run(&["export", "libie-moskou", "-F", "jsonl", "-o", "x.jsonl"])
        .ok();
    let run = env.run(&["--json", "import", "x.jsonl", "--doc", "copy"]);
    let b: BilingualImported = serde_json::from_str(&run.ok()).unwrap();
    assert_eq!(b.format, tolk::formats::Format::Jsonl);
    assert_eq!(
        (b.doc.as_str(), b.segments, b.annotations),
        ("copy", 35, 43)
    );
}

/// Refusals carry their kind in `--json` errors: an existing name is a conflict, bad file
/// content is invalid and names the format.
#[test]
fn import_errors_say_what_kind_they_are() {
    let env = TestEnv::new();
    let f = env.write("a.txt", "Een zin.");
    env.run(&["import", f.to_str().unwrap()]).ok();
    let r = env.run(&["--json", "import", f.to_str().unwrap()]);
    assert_eq!(r.code(), 1);
    let e: serde_json::Value = serde_json::from_str(&r.stderr()).unwrap();
    assert_eq!(e["error"]["code"], "conflict");
    assert_eq!(e["error"]["kind"], "exists");
    assert!(
        e["error"]["message"]
            .as_str()
            .unwrap()
            .contains("already exists (1 segments); use --replace")
    );

    let t = env.write("b.tmx", "<tmx version=\"1.4\"><body><tu></body></tmx>");
    let r = env.run(&["--json", "import", t.to_str().unwrap()]);
    let e: serde_json::Value = serde_json::from_str(&r.stderr()).unwrap();
    assert_eq!(e["error"]["code"], "invalid");
    assert_eq!(e["error"]["what"], "tmx");

    let missing = env.run(&["--json", "import", "nope.txt"]);
    let e: serde_json::Value = serde_json::from_str(&missing.stderr()).unwrap();
    assert_eq!(e["error"]["code"], "not-found");
    assert_eq!(e["error"]["message"], "nope.txt: no such file");

    let g = env.write("b.txt", "Een. Twee.");
    let h = env.write("b.en.txt", "\n\n");
    let r = env.run(&[
        "--json",
        "import",
        g.to_str().unwrap(),
        "--translation",
        h.to_str().unwrap(),
    ]);
    let e: serde_json::Value = serde_json::from_str(&r.stderr()).unwrap();
    assert_eq!(e["error"]["code"], "invalid");
    assert!(
        e["error"]["message"]
            .as_str()
            .unwrap()
            .contains("b.en.txt: file is empty"),
        "{e}"
    );
}
