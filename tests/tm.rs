//! Translation memory (issue 13): reference TMs, `suggest`, `pretranslate`, `search`, the
//! index kept current through undo and redo, and bad input. Every `--json` report is read back
//! as its type.

use crate::common::TestEnv;
use tolk::model::State;
use tolk::ops::tm::{Pretranslated, SearchReport, Suggestions, TmImported, TmList, TmRemoved};
use tolk::ops::translate::TranslatedFromTm;

fn typed<T: serde::de::DeserializeOwned>(env: &TestEnv, args: &[&str]) -> T {
    let mut all = args.to_vec();
    all.push("--json");
    serde_json::from_str(&env.run(&all).ok()).expect("report reads back as its type")
}

/// Document `a` translated, document `b` with near repeats of it, untranslated.
fn setup() -> TestEnv {
    let env = TestEnv::new();
    env.write(
        "a.txt",
        "De kat zit op de mat. Het regent vandaag in Amsterdam. Er waren 12 mensen op het feest.\n",
    );
    env.write(
        "a.en.txt",
        "The cat sits on the mat. It is raining in Amsterdam today. There were 12 people at the party.\n",
    );
    env.write(
        "b.txt",
        "De hond zit op de mat. Het regent vandaag in Amsterdam. Er waren 15 mensen op het feest. Iets heel anders hier.\n",
    );
    env.run(&["import", "a.txt", "--translation", "a.en.txt"])
        .ok();
    env.run(&["import", "b.txt"]).ok();
    env
}

const TMX_EN_NL: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="x" creationtoolversion="1" o-tmf="x"/>
<body>
<tu><tuv xml:lang="en"><seg>Something else entirely here.</seg></tuv><tuv xml:lang="nl"><seg>Iets heel anders hier.</seg></tuv></tu>
</body></tmx>
"#;

#[test]
fn suggest_reports_percent_diff_numbers_and_exact_matches() {
    let env = setup();
    let s: Suggestions = typed(&env, &["suggest", "b:1"]);
    assert_eq!(s.matches.len(), 1);
    let m = &s.matches[0];
    // 7 tokens (6 words and the full stop), one replaced: ⌊100 × 6/7⌋.
    assert_eq!(m.percent, 85);
    assert_eq!(m.from, "a:1");
    assert!(!m.exact);
    assert_eq!(m.state, Some(State::Translated));
    assert!(m.diff.iter().any(|r| r.text == "kat"), "{:?}", m.diff);

    let s: Suggestions = typed(&env, &["suggest", "b:2"]);
    assert!(s.matches[0].exact && s.matches[0].percent == 100);
    // Same sentence, but the previous one differs: exact, not in context.
    assert!(!s.matches[0].context);

    let s: Suggestions = typed(&env, &["suggest", "b:3"]);
    let m = &s.matches[0];
    assert_eq!(m.suggestion, "There were 15 people at the party.");
    assert_eq!(m.translation, "There were 12 people at the party.");
    assert!(m.placeables[0].substituted && m.placeables[0].new == "15");

    // Nothing close enough: an empty list, said plainly.
    let s: Suggestions = typed(&env, &["suggest", "b:4"]);
    assert!(s.matches.is_empty());
    let human = env.run(&["suggest", "b:4"]);
    assert!(
        human.stderr().contains("no match of 70% or more"),
        "{}",
        human.stderr()
    );
}

#[test]
fn in_context_exact_match_is_marked() {
    let env = setup();
    env.write(
        "c.txt",
        "De kat zit op de mat. Het regent vandaag in Amsterdam. Er waren 12 mensen op het feest.\n",
    );
    env.run(&["import", "c.txt"]).ok();
    let s: Suggestions = typed(&env, &["suggest", "c:2"]);
    assert!(s.matches[0].context, "{:?}", s.matches[0]);
}

#[test]
fn pretranslate_fills_by_band_in_one_undoable_operation() {
    let env = setup();
    let p: Pretranslated = typed(&env, &["pretranslate", "b"]);
    assert_eq!(p.untranslated, 4);
    assert_eq!(p.bands.exact, 1);
    assert_eq!(p.bands.medium, 2);
    assert_eq!(p.bands.none, 1);
    assert_eq!(p.filled.len(), 1, "only 100% by default");
    assert_eq!(p.filled[0].state, State::Translated);
    let op = p.operation.expect("recorded");
    env.run(&["undo"]).ok();

    let p: Pretranslated = typed(&env, &["pretranslate", "b", "--fuzzy", "85"]);
    assert_eq!(p.filled.len(), 3);
    assert!(p.operation.unwrap() > op);
    let fuzzy = p.filled.iter().find(|f| f.id == "b:1").unwrap();
    assert_eq!(fuzzy.state, State::NeedsWork);
    let shown = env.run(&["show", "b:1"]).ok();
    assert!(shown.contains("TM fuzzy match 85% from a:1"), "{shown}");
    // The filled revisions say where they came from.
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let origins: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM translations WHERE origin = 'tm'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(origins, 3);

    // Nothing left to fill: no operation.
    let again: Pretranslated = typed(&env, &["pretranslate", "b"]);
    assert!(again.filled.is_empty() && again.operation.is_none());
}

#[test]
fn reference_tm_import_list_remove_undo() {
    let env = setup();
    env.write("agency.tmx", TMX_EN_NL);
    // Wrong direction: said, and nothing loaded.
    let before = env.db_bytes();
    let e = env.run(&["tm", "import", "agency.tmx"]).err();
    assert!(e.contains("en→nl") && e.contains("--swap"), "{e}");
    assert_eq!(env.db_bytes(), before, "nothing half imported");

    let t: TmImported = typed(&env, &["tm", "import", "agency.tmx", "--swap"]);
    assert_eq!((t.units, t.swapped), (1, true));
    assert_eq!(
        (t.source_lang.as_str(), t.target_lang.as_str()),
        ("nl", "en")
    );
    let l: TmList = typed(&env, &["tm", "list"]);
    assert_eq!(l.tms.len(), 1);
    assert_eq!(l.tms[0].units, 1);
    assert_eq!(l.segments, 3);

    let s: Suggestions = typed(&env, &["suggest", "b:4"]);
    assert_eq!(s.matches[0].from, "tm agency");
    assert_eq!(s.matches[0].suggestion, "Something else entirely here.");
    assert_eq!(s.matches[0].state, None);

    // Same name twice: refused.
    let e = env.run(&["tm", "import", "agency.tmx", "--swap"]).err();
    assert!(e.contains("already loaded"), "{e}");

    let r: TmRemoved = typed(&env, &["tm", "remove", "agency"]);
    assert_eq!(r.units, 1);
    let s: Suggestions = typed(&env, &["suggest", "b:4"]);
    assert!(s.matches.is_empty(), "removed from the index");
    env.run(&["undo"]).ok();
    let s: Suggestions = typed(&env, &["suggest", "b:4"]);
    assert_eq!(s.matches.len(), 1, "undo puts the units back in the index");
    let e = env.run(&["tm", "remove", "nope"]).err();
    assert!(e.contains("no TM named nope"), "{e}");
}

#[test]
fn tm_file_that_is_a_document_is_named() {
    let env = setup();
    env.run(&["export", "a", "--format", "tmx", "-o", "a-export.tmx"])
        .ok();
    let e = env.run(&["tm", "import", "a-export.tmx"]).err();
    assert!(e.contains("is document a"), "{e}");
    let t: TmImported = typed(&env, &["tm", "import", "a-export.tmx", "--force"]);
    assert_eq!(t.units, 3);
}

#[test]
fn index_follows_undo_of_translations() {
    let env = setup();
    env.run(&["translate", "b:4", "Something else here."]).ok();
    env.write("d.txt", "Iets heel anders hier.\n");
    env.run(&["import", "d.txt"]).ok();
    let s: Suggestions = typed(&env, &["suggest", "d:1"]);
    assert_eq!(s.matches[0].from, "b:4");
    // Undo the import of d, then the translation: b:4 is no memory any more.
    env.run(&["undo"]).ok();
    env.run(&["undo"]).ok();
    env.run(&["import", "d.txt"]).ok();
    let s: Suggestions = typed(&env, &["suggest", "d:1"]);
    assert!(s.matches.is_empty(), "{:?}", s.matches);
}

#[test]
fn search_highlights_and_filters() {
    let env = setup();
    let r: SearchReport = typed(&env, &["search", "REGENT"]);
    assert_eq!(r.hits.len(), 2);
    assert_eq!(r.hits[0].spans, vec![[4, 10]]);
    assert_eq!(
        r.hits[0].target.as_deref(),
        Some("It is raining in Amsterdam today.")
    );
    let r: SearchReport = typed(&env, &["search", "people", "--target"]);
    assert_eq!(r.hits.len(), 1);
    assert_eq!(r.hits[0].from, "a:3");
    let r: SearchReport = typed(&env, &["search", "regent", "--state", "untranslated"]);
    assert_eq!(r.hits.len(), 1);
    assert_eq!(r.hits[0].from, "b:2");
    let r: SearchReport = typed(&env, &["search", "regent", "--doc", "a"]);
    assert_eq!(r.hits.len(), 1);
    let r: SearchReport = typed(&env, &["search", "--regex", r"\d+ mensen"]);
    assert_eq!(r.hits.len(), 2);
    let human = env.run(&["search", "regent"]).ok();
    assert!(human.contains("[[regent]]"), "{human}");
    let e = env.run(&["search", "--regex", "(unclosed"]).err();
    assert!(e.contains("bad regular expression"), "{e}");
}

#[test]
fn bad_queries_get_clear_answers() {
    let env = TestEnv::new();
    let long = format!("{}.\n", vec!["woord"; 10_000].join(" "));
    env.write("odd.txt", format!("!?!\n\nA.\n\n{long}"));
    env.write("a.txt", "De kat zit op de mat.\n");
    env.write("a.en.txt", "The cat sits on the mat.\n");
    env.run(&["import", "a.txt", "--translation", "a.en.txt"])
        .ok();
    env.run(&["import", "odd.txt"]).ok();
    // Punctuation only: said so.
    let s: Suggestions = typed(&env, &["suggest", "odd:1"]);
    assert!(s.matches.is_empty());
    assert!(s.note.as_deref().unwrap().contains("only punctuation"));
    // One character: an answer, not an error.
    let s: Suggestions = typed(&env, &["suggest", "odd:2"]);
    assert!(s.matches.is_empty());
    // 10,000 words: refused in one line.
    let e = env.run(&["suggest", "odd:3"]).err();
    assert!(e.contains("at most 2000"), "{e}");
    let e = env.run(&["suggest", "a:1", "--min", "0"]).err();
    assert!(e.contains("percentage from 1 to 100"), "{e}");
    let e = env.run(&["search", "  "]).err();
    assert!(e.contains("empty search text"), "{e}");
    let e = env.run(&["tm", "import", "a.txt"]).err();
    assert!(e.contains(".tmx"), "{e}");
}

#[test]
fn translate_from_tm_takes_the_top_match_or_refuses_below_the_threshold() {
    let env = setup();
    // 85% from a:1, below --min 90: refused, naming the best match; nothing written.
    let e = env.fails_unchanged(&["translate", "b:1", "--from-tm", "--min", "90"]);
    assert!(
        e.contains("85%") && e.contains("a:1") && e.contains("--min 85"),
        "{e}"
    );
    // Nothing at all in the memory for b:4.
    let e = env.fails_unchanged(&["translate", "b:4", "--from-tm"]);
    assert!(e.contains("no match") && e.contains("b:4"), "{e}");

    // A fuzzy match is taken as needs-work, its number carried over, origin `tm`.
    let t: TranslatedFromTm = typed(&env, &["translate", "b:3", "--from-tm"]);
    assert_eq!((t.percent, t.from.as_str()), (87, "a:3"));
    assert_eq!(t.translated.state, State::NeedsWork);
    assert!(t.placeables[0].substituted);
    assert_eq!(
        env.sql::<String>(
            "SELECT t.text || '|' || t.origin FROM translations t JOIN segments s ON s.id = t.segment_id
             JOIN documents d ON d.id = s.document_id WHERE d.name = 'b' AND s.position = 3"
        ),
        "There were 15 people at the party.|tm"
    );
    // A 100% match is a translation; undo takes it back.
    let t: TranslatedFromTm = typed(&env, &["translate", "b:2", "--from-tm"]);
    assert_eq!((t.percent, t.translated.state), (100, State::Translated));
    env.run(&["undo"]).ok();
    assert_eq!(
        env.sql::<i64>(
            "SELECT COUNT(*) FROM translations t JOIN segments s ON s.id = t.segment_id
             JOIN documents d ON d.id = s.document_id WHERE d.name = 'b' AND s.position = 2"
        ),
        0
    );
}

#[test]
fn equal_matches_are_ordered_reviewed_first_then_lowest_row() {
    let env = TestEnv::new();
    // Two reference units with the same source: the first loaded wins (lowest row).
    env.write(
        "ref.tsv",
        "Het regent vandaag in Utrecht.\tFirst.\nHet regent vandaag in Utrecht.\tSecond.\n",
    );
    env.run(&["tm", "import", "ref.tsv"]).ok();
    env.write("q.txt", "Het regent vandaag in Utrecht.\n");
    env.run(&["import", "q.txt"]).ok();
    let s: Suggestions = typed(&env, &["suggest", "q:1", "-n", "1"]);
    assert_eq!(s.matches[0].translation, "First.");
    // A document's translation of the same sentence, reviewed, ranks above both.
    env.write("r.txt", "Het regent vandaag in Utrecht.\n");
    env.write("r.en.txt", "Reviewed.\n");
    env.run(&["import", "r.txt", "--translation", "r.en.txt"])
        .ok();
    env.run(&["state", "r:1", "reviewed"]).ok();
    let s: Suggestions = typed(&env, &["suggest", "q:1"]);
    let order: Vec<&str> = s.matches.iter().map(|m| m.translation.as_str()).collect();
    assert_eq!(order, ["Reviewed.", "First.", "Second."]);
}

#[test]
fn undo_of_a_tm_import_waits_for_the_later_remove_and_import_of_the_same_name() {
    let env = setup();
    env.write("agency.tmx", TMX_EN_NL);
    let first: TmImported = typed(&env, &["tm", "import", "agency.tmx", "--swap"]);
    let removed: TmRemoved = typed(&env, &["tm", "remove", "agency"]);
    let again: TmImported = typed(&env, &["tm", "import", "agency.tmx", "--swap"]);
    // Undoing the first import would delete nothing (its units are gone) and leave the log
    // saying it was undone; undoing the remove would meet the second load's name.
    let before = env.db_bytes();
    let e = env.run(&["undo", &first.operation.to_string()]).err();
    assert!(
        e.contains(&format!("#{} tm remove", removed.operation)),
        "{e}"
    );
    let e = env.run(&["undo", &removed.operation.to_string()]).err();
    assert!(
        e.contains(&format!("#{} tm import", again.operation)),
        "{e}"
    );
    assert_eq!(env.db_bytes(), before, "a refused undo changes nothing");

    // In order, newest first, every step is allowed and the memory follows.
    env.run(&["undo", &again.operation.to_string()]).ok();
    let l: TmList = typed(&env, &["tm", "list"]);
    assert!(l.tms.is_empty());
    env.run(&["undo", &removed.operation.to_string()]).ok();
    let l: TmList = typed(&env, &["tm", "list"]);
    assert_eq!(l.tms.len(), 1, "the first load is back");
    let s: Suggestions = typed(&env, &["suggest", "b:4"]);
    assert_eq!(s.matches[0].from, "tm agency");
    env.run(&["undo", &first.operation.to_string()]).ok();
    let l: TmList = typed(&env, &["tm", "list"]);
    assert!(l.tms.is_empty());
    let s: Suggestions = typed(&env, &["suggest", "b:4"]);
    assert!(s.matches.is_empty(), "nothing of the TM left in the index");
    // And the name is free again.
    env.run(&["tm", "import", "agency.tmx", "--swap"]).ok();
}

#[test]
fn suggest_carries_names_over_and_flags_month_names() {
    let env = TestEnv::new();
    env.write("a.txt", "Jansen kwam op 3 maart naar Utrecht.\n");
    env.write("a.en.txt", "Jansen came to Utrecht on 3 March.\n");
    env.write("b.txt", "Pietersen kwam op 4 april naar Utrecht.\n");
    env.run(&["import", "a.txt", "--translation", "a.en.txt"])
        .ok();
    env.run(&["import", "b.txt"]).ok();
    let s: Suggestions = typed(&env, &["suggest", "b:1", "--min", "50"]);
    let m = &s.matches[0];
    assert_eq!(m.suggestion, "Pietersen came to Utrecht on 4 March.");
    let flagged: Vec<(&str, bool)> = m
        .placeables
        .iter()
        .map(|p| (p.new.as_str(), p.substituted))
        .collect();
    assert_eq!(
        flagged,
        [("Pietersen", true), ("4", true), ("april", false)]
    );
    let out = env.run(&["suggest", "b:1", "--min", "50"]).ok();
    assert!(
        out.contains("name    Jansen → Pietersen (substituted)")
            && out.contains("date    maart → april (NOT substituted"),
        "{out}"
    );
}
