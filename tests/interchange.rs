//! Exports and imports of TMX, XLIFF 2.0/1.2, PO, Moses, HTML, TSV and JSONL through the CLI:
//! round trips, validation against the official schemas, and hostile input.

use crate::common::{TestEnv, corpus};
use std::path::{Path, PathBuf};
use std::process::Command;

const FORMATS: &[(&str, &str)] = &[
    ("tmx", "tmx"),
    ("xliff", "xlf"),
    ("xliff12", "xliff"),
    ("po", "po"),
    ("tsv", "tsv"),
    ("jsonl", "jsonl"),
];

/// The corpus article with its annotations, some review states and a comment.
fn rich() -> TestEnv {
    let env = TestEnv::new();
    env.import_corpus();
    env.run(&[
        "import",
        corpus("libie-moskou.annotations.jsonl").to_str().unwrap(),
    ])
    .ok();
    env.run(&["state", "libie-moskou:1", "reviewed"]).ok();
    env.run(&["state", "libie-moskou:2", "reviewed"]).ok();
    env.run(&["state", "libie-moskou:2", "final"]).ok();
    env.run(&[
        "state",
        "libie-moskou:3",
        "needs-work",
        "-c",
        "Say ‘Photo: EPA’ & keep <b>",
    ])
    .ok();
    env
}

fn tool(name: &str) -> bool {
    let found = Command::new(name).arg("--version").output().is_ok();
    if !found {
        eprintln!("note: {name} is not installed; skipping its validation (CI installs it)");
    }
    found
}

fn schema(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/schemas")
        .join(name)
}

fn check_tool(cmd: &mut Command) {
    let out = cmd.output().expect("run validator");
    assert!(
        out.status.success(),
        "{:?} failed:\n{}{}",
        cmd,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn every_format_round_trips_byte_for_byte() {
    let env = rich();
    for (format, ext) in FORMATS {
        let first = format!("first.{ext}");
        env.run(&["export", "libie-moskou", "-F", format, "-o", &first])
            .ok();
        let db = format!("{format}.db");
        let v = env.run(&["--db", &db, "--json", "import", &first]).json();
        assert_eq!(v["doc"], "libie-moskou", "{format}: {v}");
        let second = format!("second.{ext}");
        env.run(&[
            "--db",
            &db,
            "export",
            "libie-moskou",
            "-F",
            format,
            "-o",
            &second,
        ])
        .ok();
        let a = std::fs::read_to_string(env.path(&first)).unwrap();
        let b = std::fs::read_to_string(env.path(&second)).unwrap();
        assert!(
            a == b,
            "{format}: export → import → export changed the file"
        );
        if *format != "tsv" {
            assert_eq!(v["annotations"], 43, "{format} carries the annotations");
            let s = env
                .run(&["--db", &db, "--json", "show", "libie-moskou:3"])
                .json();
            assert_eq!(s["segment"]["state"], "needs-work", "{format}");
            assert_eq!(
                s["segment"]["comment"], "Say ‘Photo: EPA’ & keep <b>",
                "{format}"
            );
        }
    }
}

#[test]
fn xml_exports_validate_against_the_official_schemas() {
    let env = rich();
    if !tool("xmllint") {
        return;
    }
    for source in ["published", "corrected"] {
        env.run(&[
            "export",
            "libie-moskou",
            "-F",
            "tmx",
            "--source",
            source,
            "-o",
            "a.tmx",
        ])
        .ok();
        check_tool(
            Command::new("xmllint")
                .args(["--noout", "--dtdvalid"])
                .arg(schema("tmx14.dtd"))
                .arg(env.path("a.tmx")),
        );
        env.run(&[
            "export",
            "libie-moskou",
            "-F",
            "xliff",
            "--source",
            source,
            "-o",
            "a.xlf",
        ])
        .ok();
        check_tool(
            Command::new("xmllint")
                .args(["--noout", "--schema"])
                .arg(schema("xliff-core-2.0.xsd"))
                .arg(env.path("a.xlf")),
        );
        env.run(&[
            "export",
            "libie-moskou",
            "-F",
            "xliff12",
            "--source",
            source,
            "-o",
            "a12.xlf",
        ])
        .ok();
        check_tool(
            Command::new("xmllint")
                .args(["--noout", "--schema"])
                .arg(schema("xliff-core-1.2-strict.xsd"))
                .arg(env.path("a12.xlf")),
        );
    }
}

#[test]
fn po_export_passes_msgfmt_check() {
    let env = rich();
    env.run(&["export", "libie-moskou", "-F", "po", "-o", "a.po"])
        .ok();
    let po = std::fs::read_to_string(env.path("a.po")).unwrap();
    assert!(po.contains("msgctxt \"libie-moskou:10\""), "{po}");
    assert!(po.contains("#, fuzzy"), "needs-work is fuzzy");
    assert!(
        po.contains("# Corrected source: Moskou steunt [-Hafta-]{+Haftar+} al geruime tijd"),
        "{po}"
    );
    assert!(
        po.contains("# correction (typo, accepted): ‘Hafta’ → ‘Haftar’"),
        "{po}"
    );
    assert!(
        po.contains("# Reviewer: Say ‘Photo: EPA’ & keep <b>"),
        "{po}"
    );
    if tool("msgfmt") {
        check_tool(
            Command::new("msgfmt")
                .args(["--check", "-o", "/dev/null"])
                .arg(env.path("a.po")),
        );
    }
}

#[test]
fn moses_writes_two_aligned_files() {
    let env = rich();
    let f = env.write("half.txt", "Een zin. Nog een.\n\nDerde.");
    env.run(&["import", f.to_str().unwrap(), "--doc", "half"])
        .ok();
    env.run(&["translate", "half:2", "Another one."]).ok();
    env.run(&["export", "half", "-F", "moses", "-o", "corpus"])
        .ok();
    assert_eq!(
        std::fs::read_to_string(env.path("corpus.nl")).unwrap(),
        "Nog een.\n"
    );
    assert_eq!(
        std::fs::read_to_string(env.path("corpus.en")).unwrap(),
        "Another one.\n"
    );
    env.run(&[
        "export",
        "libie-moskou",
        "-F",
        "moses",
        "-o",
        "lm",
        "--source",
        "corrected",
    ])
    .ok();
    let nl = std::fs::read_to_string(env.path("lm.nl")).unwrap();
    let en = std::fs::read_to_string(env.path("lm.en")).unwrap();
    // Segment 3 is needs-work in rich(): a draft is no training data.
    assert_eq!(nl.lines().count(), 34);
    assert_eq!(en.lines().count(), 34);
    assert!(!nl.contains("Beeld EPA"), "{nl}");
    assert_eq!(
        nl.lines().nth(8),
        Some("Moskou steunt Haftar al geruime tijd met heimelijke wapenleveranties.")
    );
    let r = env.run(&["export", "libie-moskou", "-F", "moses"]);
    assert_eq!(r.code(), 2, "moses needs -o BASE");
}

#[test]
fn html_page_is_self_contained_and_escapes_everything() {
    let env = rich();
    let f = env.write(
        "evil.txt",
        "Hij schreef <script>alert('x')</script> & ging weg.",
    );
    env.run(&["import", f.to_str().unwrap(), "--doc", "evil"])
        .ok();
    env.run(&[
        "translate",
        "evil:1",
        "He wrote \"<img src=x onerror=alert(1)>\" & left.",
    ])
    .ok();
    env.run(&["export", "evil", "-F", "html", "-o", "evil.html"])
        .ok();
    let page = std::fs::read_to_string(env.path("evil.html")).unwrap();
    assert!(!page.contains("<script>alert"), "source must be escaped");
    assert!(!page.contains("<img src=x"), "target must be escaped");
    assert!(page.contains("&lt;script&gt;"), "{page}");
    assert!(
        !page.contains("http://") && !page.contains("https://") && !page.contains("src=\"//"),
        "no external resources"
    );
    env.run(&["export", "libie-moskou", "-F", "html", "-o", "lm.html"])
        .ok();
    let page = std::fs::read_to_string(env.path("lm.html")).unwrap();
    assert!(
        page.contains("<del") && page.contains("Hafta") && page.contains("Haftar"),
        "corrections struck through"
    );
    assert!(
        page.contains("Jalel Harchaoui") && page.contains("Instituut Clingendael"),
        "speakers in the legend"
    );
    assert!(page.contains("@media"), "readable on a phone");
}

#[test]
fn tmx_from_another_tool_imports() {
    let flores =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/flores200_devtest.nl-en.tmx");
    if !flores.exists() {
        eprintln!("note: {} is absent; skipping", flores.display());
        return;
    }
    let env = TestEnv::new();
    let v = env
        .run(&[
            "--json",
            "import",
            flores.to_str().unwrap(),
            "--doc",
            "flores",
        ])
        .json();
    assert_eq!(v["segments"], 1012);
    assert_eq!(v["translated"], 1012);
    let docs = env.run(&["--json", "docs"]).json();
    assert_eq!(docs[0]["source_lang"], "nl");
    assert_eq!(docs[0]["target_lang"], "en");
}

#[test]
fn hostile_xml_is_refused_and_changes_nothing() {
    let env = rich();
    let cases: &[(&str, &str, &str)] = &[
        (
            "laughs.tmx",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [\n<!ENTITY a \"ha\">\n<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">\n]>\n<tmx version=\"1.4\"><header srclang=\"nl\"/><body><tu><tuv xml:lang=\"nl\"><seg>&b;</seg></tuv></tu></body></tmx>\n",
            "entit",
        ),
        (
            "xxe.xlf",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"nl\"><file id=\"f\"><unit id=\"u\"><segment><source>&x;</source></segment></unit></file></xliff>\n",
            "entit",
        ),
        (
            "truncated.tmx",
            "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\">\n<header srclang=\"nl\"/>\n<body>\n<tu><tuv xml:lang=\"nl\"><seg>Half",
            "line",
        ),
        (
            "version.tmx",
            "<?xml version=\"1.0\"?>\n<tmx version=\"9.9\"><header srclang=\"nl\"/><body/></tmx>\n",
            "version",
        ),
    ];
    for (name, body, expect) in cases {
        let f = env.write(name, body);
        let e = env.fails_unchanged(&["import", f.to_str().unwrap(), "--doc", "x"]);
        assert!(e.to_lowercase().contains(expect), "{name}: {e}");
        assert!(
            !e.contains("root:"),
            "{name}: an external entity was resolved: {e}"
        );
    }
    let f = env.write("bad.po", b"msgid \"caf\xe9\"\nmsgstr \"x\"\n");
    let e = env.fails_unchanged(&["import", f.to_str().unwrap(), "--doc", "x"]);
    assert!(
        e.contains("not valid UTF-8 at byte offset 10 (line 1)"),
        "{e}"
    );
}

#[test]
fn authors_survive_export_and_import() {
    let env = rich();
    env.command()
        .env("TOLK_AUTHOR", "bram")
        .args([
            "translate",
            "libie-moskou:4",
            "Why did the Moscow talks fail?",
        ])
        .output()
        .unwrap();
    env.command()
        .env("TOLK_AUTHOR", "bram")
        .args([
            "annotate",
            "libie-moskou:4",
            "--kind",
            "note",
            "--match",
            "Moskou",
            "--text",
            "Moscow",
        ])
        .output()
        .unwrap();
    for (format, ext) in FORMATS.iter().filter(|(f, _)| *f != "tsv") {
        let file = format!("authors.{ext}");
        env.run(&["export", "libie-moskou", "-F", format, "-o", &file])
            .ok();
        let db = format!("authors-{format}.db");
        let out = env
            .command()
            .env("TOLK_AUTHOR", "carla")
            .args(["--db", &db, "import", &file])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let s = env
            .run(&["--db", &db, "--json", "show", "libie-moskou:4"])
            .json();
        assert_eq!(
            s["segment"]["author"], "bram",
            "{format}: translation author"
        );
        let notes: Vec<&serde_json::Value> = s["segment"]["annotations"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|a| a["kind"] == "note")
            .collect();
        assert_eq!(notes.len(), 1, "{format}");
        assert_eq!(notes[0]["author"], "bram", "{format}: annotation author");
        let op: String = rusqlite::Connection::open(env.path(&db))
            .unwrap()
            .query_row("SELECT author FROM operations", [], |r| r.get(0))
            .unwrap();
        assert_eq!(op, "carla", "{format}: the import itself is carla's");
    }
}
