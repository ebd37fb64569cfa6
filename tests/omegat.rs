//! Round trips through OmegaT 3.6 (Debian's `omegat`, console mode), the CAT tool many
//! translators use: its project memory (`tm/auto`) filled from tolk's TMX, and tolk reading
//! OmegaT's own TMX exports (TMX 1.1, sorted by source, authors on the target `tuv`).
//! `.ci/run` installs OmegaT; without it these tests say so and pass.

use crate::common::{TestEnv, corpus};
use std::path::Path;
use std::process::Command;

fn omegat() -> bool {
    let found = Command::new("omegat")
        .arg("--help")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).contains("console-translate"));
    if !found {
        eprintln!("note: OmegaT is not installed (.ci/run installs it); skipping");
    }
    found
}

/// An OmegaT project translating the corpus article from Dutch into British English, its
/// `tm/auto` holding `tmx`.
fn project(env: &TestEnv, tmx: &Path) -> std::path::PathBuf {
    let dir = env.path("project");
    for sub in [
        "source",
        "target",
        "tm/auto",
        "omegat",
        "glossary",
        "dictionary",
    ] {
        std::fs::create_dir_all(dir.join(sub)).unwrap();
    }
    std::fs::write(
        dir.join("omegat.project"),
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
    <project version="1.0">
        <source_dir>source</source_dir>
        <source_dir_excludes/>
        <target_dir>target</target_dir>
        <tm_dir>tm</tm_dir>
        <glossary_dir>glossary</glossary_dir>
        <glossary_file>glossary/glossary.txt</glossary_file>
        <dictionary_dir>dictionary</dictionary_dir>
        <source_lang>NL</source_lang>
        <target_lang>EN-GB</target_lang>
        <source_tok>org.omegat.tokenizer.LuceneDutchTokenizer</source_tok>
        <target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
        <sentence_seg>true</sentence_seg>
        <support_default_translations>true</support_default_translations>
        <remove_tags>false</remove_tags>
    </project>
</omegat>
"#,
    )
    .unwrap();
    std::fs::copy(tmx, dir.join("tm/auto/tolk.tmx")).unwrap();
    std::fs::copy(
        corpus("libie-moskou.nl.txt"),
        dir.join("source/article.txt"),
    )
    .unwrap();
    dir
}

/// The corpus in a fresh store, its TMX in an OmegaT project's `tm/auto`, and the project
/// translated by OmegaT once.
fn translated_project(env: &TestEnv) -> std::path::PathBuf {
    env.import_corpus();
    let tmx = env.path("tolk.tmx");
    env.run(&[
        "export",
        "libie-moskou",
        "--format",
        "tmx",
        "-o",
        tmx.to_str().unwrap(),
    ])
    .ok();
    let dir = project(env, &tmx);
    translate(env, &dir);
    dir
}

fn translate(env: &TestEnv, dir: &Path) {
    let out = Command::new("omegat")
        .arg("--mode=console-translate")
        .arg(format!(
            "--config-dir={}",
            env.path("omegat-config").display()
        ))
        .args(["--quiet", "--no-team", "--disable-project-locking"])
        .arg(dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "omegat: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn omegat_fills_every_segment_from_tolks_tmx_and_tolk_reads_omegats_tmx_back() {
    if !omegat() {
        return;
    }
    let env = TestEnv::new();
    let dir = translated_project(&env);
    // Every segment came from tolk's memory: nothing remains, and the translated article holds
    // every English sentence.
    let stats = std::fs::read_to_string(dir.join("omegat/project_stats.txt")).unwrap();
    let remaining = stats
        .lines()
        .find(|l| l.starts_with("Remaining:"))
        .unwrap()
        .split_whitespace()
        .nth(1)
        .unwrap()
        .to_string();
    assert_eq!(remaining, "0", "{stats}");
    let article = std::fs::read_to_string(dir.join("target/article.txt")).unwrap();
    let pairs = env.pairs("libie-moskou");
    assert_eq!(pairs.len(), 35);
    for (_, en) in &pairs {
        assert!(
            article.contains(en.as_str()),
            "missing from OmegaT's target: {en}"
        );
    }
    // OmegaT's own exports (TMX 1.1, sorted by source) come back as the same 35 pairs, in
    // British English, with the author OmegaT kept.
    for (file, doc) in [
        ("project-omegat.tmx", "from-omegat"),
        ("project-level1.tmx", "from-level1"),
    ] {
        // Imported by someone else: the file's author must win over the importer.
        let v = env
            .tolk(&[
                "--json",
                "import",
                dir.join(file).to_str().unwrap(),
                "--doc",
                doc,
            ])
            .env("TOLK_AUTHOR", "importer")
            .run()
            .json();
        assert_eq!(
            (v["segments"].as_u64(), v["translated"].as_u64()),
            (Some(35), Some(35)),
            "{file}"
        );
        let back = env.run(&["--json", "show", doc]).json();
        let mut got = env.pairs(doc);
        let mut want = pairs.clone();
        got.sort();
        want.sort();
        assert_eq!(got, want, "{file}");
        // OmegaT keeps the author of the memory's translation (tolk's TMX said `tester`).
        assert_eq!(back["segments"][0]["author"], "tester", "{file}");
        let docs = env.run(&["--json", "docs"]).json();
        let d = docs
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["name"] == doc)
            .unwrap();
        assert_eq!(
            (d["source_lang"].as_str(), d["target_lang"].as_str()),
            (Some("nl"), Some("en-GB"))
        );
    }
}

#[test]
fn an_edit_made_in_omegat_comes_back_as_a_revision_by_its_translator() {
    if !omegat() {
        return;
    }
    let env = TestEnv::new();
    let dir = translated_project(&env);
    // Els works in OmegaT: she changes one translation, and OmegaT's project memory
    // (`omegat/project_save.tmx`) records the new text with her as its changer.
    let memory = std::fs::read_to_string(dir.join("project-omegat.tmx")).unwrap();
    let at = memory.find("<seg>Photo EPA</seg>").expect("the caption");
    let tuv = memory[..at].rfind("changeid=\"").unwrap();
    let end = tuv + memory[tuv + 10..].find('"').unwrap() + 11;
    let edited = format!(
        "{}changeid=\"els\"{}<seg>Photograph: EPA</seg>{}",
        &memory[..tuv],
        &memory[end..at],
        &memory[at + "<seg>Photo EPA</seg>".len()..]
    );
    std::fs::write(dir.join("omegat/project_save.tmx"), edited).unwrap();
    translate(&env, &dir);
    let article = std::fs::read_to_string(dir.join("target/article.txt")).unwrap();
    assert!(article.contains("Photograph: EPA"), "{article}");
    // Back in tolk: OmegaT's export merged into the document made from the corpus, matched by
    // source. One new revision, by Els, translated; everything else left alone.
    let v = env
        .tolk(&[
            "--json",
            "import",
            dir.join("project-omegat.tmx").to_str().unwrap(),
            "--update",
            "--doc",
            "libie-moskou",
        ])
        .env("TOLK_AUTHOR", "importer")
        .run()
        .json();
    assert_eq!(
        (v["edited"].as_u64(), v["unchanged"].as_u64()),
        (Some(1), Some(34)),
        "{v}"
    );
    let s = env.run(&["--json", "show", "libie-moskou:3"]).json();
    assert_eq!(s["segment"]["target"], "Photograph: EPA", "{s}");
    assert_eq!(s["segment"]["author"], "els", "{s}");
    assert_eq!(s["segment"]["state"], "translated", "{s}");
    assert_eq!(s["segment"]["revision"], 2, "{s}");
}
