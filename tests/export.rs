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
