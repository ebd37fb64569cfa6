use crate::common::TestEnv;

#[test]
fn show_document_is_an_aligned_view() {
    let env = TestEnv::new();
    env.import_corpus();
    let out = env.run(&["show", "libie-moskou"]).ok();
    assert!(out.starts_with("libie-moskou  nl → en  35 segments in 12 paragraphs\n35 translated (100%): 35 translated\n"), "{out}");
    assert!(out.contains(
        "libie-moskou:10  ¶4  translated  r1 tester 2026-01-19T10:00:00Z\n  nl  Moskou steunt Hafta al geruime tijd met heimelijke wapenleveranties.\n  en  Moscow has been supporting Haftar for quite some time with covert arms deliveries.\n"
    ), "{out}");
    assert!(out.contains("libie-moskou:3  ¶1  translated  r1 tester 2026-01-19T10:00:00Z\n  nl  Beeld EPA\n  en  Photo EPA\n"), "{out}");
    assert!(!out.contains('\u{1b}'), "no colour when not a terminal");
}

#[test]
fn show_segment_json_has_record_and_revisions() {
    let env = TestEnv::new();
    env.import_corpus();
    let v = env.run(&["--json", "show", "libie-moskou:4"]).json();
    assert_eq!(v["segment"]["id"], "libie-moskou:4");
    assert_eq!(v["segment"]["paragraph"], 2);
    assert_eq!(
        v["segment"]["source"],
        "Waarom zijn de besprekingen in Moskou mislukt?"
    );
    assert_eq!(v["segment"]["state"], "translated");
    assert_eq!(v["revisions"].as_array().unwrap().len(), 1);
}

#[test]
fn bad_addresses_are_clear_errors() {
    let env = TestEnv::new();
    env.import_corpus();
    let e = env.fails_unchanged(&["show", "libie-moskou:36"]);
    assert!(
        e.contains("segment libie-moskou:36 does not exist (libie-moskou has segments 1 to 35)"),
        "{e}"
    );
    let e = env.fails_unchanged(&["show", "libie-moskou:99999999999999999999999999"]);
    assert!(e.contains("does not exist"), "{e}");
    for bad in [
        "libie-moskou:0",
        "libie-moskou:-1",
        "libie-moskou:tien",
        "libie-moskou:",
    ] {
        let e = env.fails_unchanged(&["show", bad]);
        assert!(
            e.contains("N in DOC:N must be a whole number from 1"),
            "{bad}: {e}"
        );
    }
    let e = env.fails_unchanged(&["show", "onbekend:1"]);
    assert!(
        e.contains("unknown document 'onbekend' (known: libie-moskou)"),
        "{e}"
    );
}

#[test]
fn control_characters_from_files_never_reach_the_terminal() {
    let env = TestEnv::new();
    let f = env.write(
        "evil.txt",
        "Een \u{1b}[2J\u{1b}]0;pwned\u{7}zin. Nog\u{9b}31m een.",
    );
    env.run(&["import", f.to_str().unwrap(), "--doc", "evil"])
        .ok();
    let out = env.run(&["show", "evil"]).ok();
    assert!(!out.contains(['\u{1b}', '\u{7}', '\u{9b}']), "{out:?}");
    assert!(out.contains("Een [2J]0;pwnedzin."), "{out}");
    // JSON keeps the data exactly, escaped.
    let v = env.run(&["--json", "show", "evil:1"]).json();
    assert_eq!(
        v["segment"]["source"],
        "Een \u{1b}[2J\u{1b}]0;pwned\u{7}zin."
    );
}

#[test]
fn docs_reports_progress_per_state() {
    let env = TestEnv::new();
    env.import_corpus();
    env.run(&["state", "libie-moskou:1", "reviewed"]).ok();
    env.run(&[
        "state",
        "libie-moskou:2",
        "needs-work",
        "--comment",
        "too literal",
    ])
    .ok();
    env.run(&["state", "libie-moskou:3", "reviewed"]).ok();
    env.run(&["state", "libie-moskou:3", "final"]).ok();
    let out = env.run(&["docs"]).ok();
    assert_eq!(
        out,
        "DOCUMENT      LANG   PARAS   SEGS   UNTR  TRANS   WORK    REV  FINAL  TRANS%   REV%\n\
         libie-moskou  nl>en     12     35      0     32      1      1      1    100%     5%\n"
    );
}

#[test]
fn show_and_docs_json_read_back_as_their_report_types() {
    use tolk::ops::view::{Documents, Shown};
    let env = TestEnv::new();
    env.import_corpus();
    let docs: Documents = serde_json::from_str(&env.run(&["--json", "docs"]).ok()).unwrap();
    assert_eq!(docs.documents[0].name, "libie-moskou");
    let Shown::Document(v) =
        serde_json::from_str(&env.run(&["--json", "show", "libie-moskou"]).ok()).unwrap()
    else {
        panic!("a document");
    };
    assert_eq!((v.document.segments, v.segments.len()), (35, 35));
    let Shown::Segment(s) =
        serde_json::from_str(&env.run(&["--json", "show", "libie-moskou:4"]).ok()).unwrap()
    else {
        panic!("a segment");
    };
    assert_eq!((s.segment.n, s.revisions.len()), (4, 1));
    assert_eq!(
        (s.source_lang.as_str(), s.target_lang.as_str()),
        ("nl", "en")
    );
}

#[test]
fn show_picks_segments_by_range_and_state() {
    use tolk::ops::view::Shown;
    let env = TestEnv::new();
    env.import_corpus();
    env.run(&["state", "libie-moskou:4", "reviewed"]).ok();
    env.run(&["state", "libie-moskou:9", "reviewed"]).ok();
    let doc = |args: &[&str]| {
        let mut all = vec!["--json", "show"];
        all.extend_from_slice(args);
        let Shown::Document(v) = serde_json::from_str(&env.run(&all).ok()).unwrap() else {
            panic!("a document view for {args:?}");
        };
        v
    };
    let numbers = |v: &tolk::ops::view::DocumentView| -> Vec<usize> {
        v.segments.iter().map(|s| s.n).collect()
    };
    // Same report shape: the whole document's progress, only the chosen segments.
    let range = doc(&["libie-moskou:3-5"]);
    assert_eq!(numbers(&range), [3, 4, 5]);
    assert_eq!(range.document.segments, 35);
    assert_eq!(numbers(&doc(&["libie-moskou:3–5"])), [3, 4, 5], "en dash");
    assert_eq!(numbers(&doc(&["libie-moskou:7-7"])), [7]);
    assert_eq!(
        numbers(&doc(&["libie-moskou", "--state", "reviewed"])),
        [4, 9]
    );
    assert_eq!(
        numbers(&doc(&["libie-moskou:5-10", "--state", "reviewed"])),
        [9]
    );
    assert!(
        doc(&["libie-moskou", "--state", "needs-work"])
            .segments
            .is_empty()
    );
    let human = env.run(&["show", "libie-moskou:3-4"]).ok();
    assert!(human.contains("libie-moskou:3  ") && human.contains("libie-moskou:4  "));
    assert!(!human.contains("libie-moskou:5  "), "{human}");

    for (bad, says) in [
        ("libie-moskou:5-3", "the first segment comes after the last"),
        ("libie-moskou:0-3", "whole numbers from 1"),
        ("libie-moskou:3-", "whole numbers from 1"),
        ("libie-moskou:3-x", "whole numbers from 1"),
        (
            "libie-moskou:30-40",
            "libie-moskou:40 does not exist (libie-moskou has segments 1 to 35)",
        ),
    ] {
        let e = env.fails_unchanged(&["show", bad]);
        assert!(e.contains(says), "{bad}: {e}");
    }
    let e = env.fails_unchanged(&["show", "libie-moskou:4", "--state", "reviewed"]);
    assert!(e.contains("is one segment"), "{e}");
}

/// Issue 15 item 9: `tolk stats` counts words and characters per state (link-covered
/// segments in their link's state), per document and in all, and per memory band with --tm.
#[test]
fn stats_count_words_and_characters_per_state_and_memory_band() {
    let env = TestEnv::new();
    env.import_corpus();
    env.run(&["state", "libie-moskou:2", "reviewed"]).ok();
    let nl = crate::common::corpus("libie-moskou.nl.txt");
    env.run(&["import", nl.to_str().unwrap(), "--doc", "bron"])
        .ok();
    let v = env.run(&["--json", "stats"]).json();
    let doc = |name: &str| {
        v["documents"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["doc"] == name)
            .unwrap()
            .clone()
    };
    let state = |d: &serde_json::Value, s: &str| {
        d["states"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["state"] == s)
            .unwrap()
            .clone()
    };
    let lm = doc("libie-moskou");
    assert_eq!(state(&lm, "reviewed")["segments"], 1);
    // "Haftar vertrok zonder zijn handtekening te zetten onder het akkoord." is 10 words.
    assert_eq!(state(&lm, "reviewed")["source_words"], 10);
    assert_eq!(state(&lm, "translated")["segments"], 34);
    assert_eq!(lm["total"]["segments"], 35);
    let bron = doc("bron");
    assert_eq!(state(&bron, "untranslated")["segments"], 35);
    assert_eq!(bron["total"]["source_words"], lm["total"]["source_words"]);
    assert_eq!(bron["total"]["target_words"], 0);
    assert_eq!(
        v["total"]["source_words"].as_u64().unwrap(),
        2 * lm["total"]["source_words"].as_u64().unwrap()
    );
    // The same article, untranslated: every sentence is in the memory with its context.
    let v = env.run(&["--json", "stats", "bron", "--tm"]).json();
    let bands = v["documents"][0]["bands"].as_array().unwrap();
    let context = bands.iter().find(|b| b["band"] == "context").unwrap();
    let segments: u64 = bands.iter().map(|b| b["segments"].as_u64().unwrap()).sum();
    assert_eq!(segments, 35);
    assert!(context["segments"].as_u64().unwrap() >= 30, "{bands:?}");
    let out = env.run(&["stats", "libie-moskou"]).ok();
    assert!(out.starts_with("libie-moskou nl>en\n  STATE"), "{out}");
}

/// Issue 15 item 11: shell completions and man pages come from the same clap definitions.
#[test]
fn completions_and_man_pages_are_generated_from_the_commands() {
    let env = TestEnv::new();
    let bash = env.run(&["completions", "bash"]).ok();
    assert!(bash.contains("_tolk()") && bash.contains("stats") && bash.contains("pretranslate"));
    let script = env.write("tolk.bash", &bash);
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(format!("source {} && complete -p tolk", script.display()))
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("-F _tolk tolk"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for shell in ["zsh", "fish"] {
        assert!(env.run(&["completions", shell]).ok().contains("tolk"));
    }
    let dir = env.path("man1");
    let v = env
        .run(&["--json", "man", "--dir", dir.to_str().unwrap()])
        .json();
    let files = v["files"].as_array().unwrap();
    assert!(files.len() > 30, "{v}");
    let import = std::fs::read_to_string(dir.join("tolk-import.1")).unwrap();
    assert!(
        import.starts_with(".ie") && import.contains("tolk\\-import"),
        "{import}"
    );
    assert!(dir.join("tolk.1").exists());
    assert!(env.run(&["man"]).ok().contains(".TH tolk 1"));
}

/// Issue 15 item 11: `--help` shows examples, describes every argument, keeps the global
/// options apart, and `demo --help` names the database demo really uses.
#[test]
fn help_has_examples_described_arguments_and_a_global_options_section() {
    let env = TestEnv::new();
    let help = env.run(&["glossary", "add", "--help"]).ok();
    assert!(
        help.contains("<SOURCE>  The source term as it appears in text"),
        "{help}"
    );
    assert!(
        help.contains("<TARGET>  The translation the term must be given"),
        "{help}"
    );
    assert!(
        help.contains("Examples:\n  tolk glossary add \"Libisch Nationaal Leger\""),
        "{help}"
    );
    let own = help.split("Global options:").next().unwrap();
    assert!(own.contains("--note") && !own.contains("--db"), "{help}");
    let words = env.run(&["words", "add", "--help"]).ok();
    assert!(
        words.contains("<WORDS>...  Words the spelling check should accept"),
        "{words}"
    );
    let demo = env.run(&["demo", "--help"]).ok();
    assert!(demo.contains("for `tolk demo`: ./tolk-demo.db"), "{demo}");
    for command in [
        &["import"][..],
        &["review"],
        &["tm", "import"],
        &["link", "split"],
    ] {
        let mut args = command.to_vec();
        args.push("--help");
        let help = env.run(&args).ok();
        assert!(help.contains("\nExample"), "{command:?}: {help}");
        assert!(help.contains("\nGlobal options:\n"), "{command:?}: {help}");
    }
}
