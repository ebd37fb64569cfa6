//! Links in the store (issue 12, slice 2): `import --translation` always aligns, stores every
//! link that is not 1-1 with its score and origin, and `show`, the JSONL/TSV exports, `translate`
//! and undo work per link; a sentence the translator added is never dropped.

use crate::align::free_translation_gold;
use crate::common::{TestEnv, corpus};
use tolk::model::LinkOrigin;
use tolk::ops::import::Imported;

fn import_free(env: &TestEnv, en: &std::path::Path) -> Imported {
    let nl = corpus("libie-moskou.nl.txt");
    env.tolk(&[
        "import",
        nl.to_str().unwrap(),
        "--translation",
        en.to_str().unwrap(),
    ])
    .report()
}

#[test]
fn the_free_translation_imports_with_the_gold_links() {
    let env = TestEnv::new();
    let r = import_free(&env, &corpus("libie-moskou.en-free.txt"));
    let a = r.alignment.unwrap();
    assert_eq!(a.origin, LinkOrigin::Aligner);
    assert_eq!((a.links, a.one_to_one), (34, 31));
    let gold: Vec<(Vec<usize>, Vec<usize>)> = free_translation_gold()
        .into_iter()
        .filter(|(n, e)| n.len() != 1 || e.len() != 1)
        .collect();
    let found: Vec<(Vec<usize>, Vec<usize>)> = a
        .notable
        .iter()
        .filter(|l| !l.is_one_to_one())
        .map(|l| (l.nl.clone(), l.en.clone()))
        .collect();
    assert_eq!(found, gold);
    assert_eq!(env.sql::<i64>("SELECT COUNT(*) FROM links"), 34);
    assert_eq!(
        r.translated, 33,
        "the photo credit and DOC:7 carry no translation of their own"
    );

    // show marks the links that are not 1-1.
    let v = env.run(&["--json", "show", "libie-moskou"]).json();
    let seg = |n: usize| &v["segments"][n - 1];
    assert_eq!(seg(6)["link"]["shape"], "2-1");
    assert_eq!(seg(7)["link"]["sources"], serde_json::json!([6, 7]));
    assert!(seg(7)["target"].is_null());
    assert_eq!(seg(3)["link"]["shape"], "1-0");
    assert!(seg(2).get("link").is_none(), "1-1 records keep their shape");
    let human = env.run(&["show", "libie-moskou"]).ok();
    assert!(human.contains("(left out of the translation)"), "{human}");
    assert!(
        human.contains("(translated with libie-moskou:6)"),
        "{human}"
    );
    assert!(
        human.contains("link 2-1 libie-moskou:6–7 (aligner"),
        "{human}"
    );

    // One JSONL record per link: the 2-1 link is one record with both Dutch sentences.
    let jsonl = env.run(&["export", "libie-moskou", "-F", "jsonl"]).ok();
    let records: Vec<serde_json::Value> = jsonl
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(records.len(), 34);
    let six = records
        .iter()
        .find(|r| r["id"] == "libie-moskou:6")
        .unwrap();
    assert_eq!(six["link"]["shape"], "2-1");
    assert!(six["source"].as_str().unwrap().contains("Tripoli, maar"));
    let tsv = env.run(&["export", "libie-moskou", "-F", "tsv"]).ok();
    assert_eq!(tsv.lines().count(), 35, "header and one line per link");
    assert_eq!(
        tsv.lines().next(),
        Some("id\tsource\ttarget\tstate\tlink"),
        "a document with links gets the link column"
    );

    // Moses: one line pair per link with both sides; the 1-0 photo credit has no partner.
    env.run(&["export", "libie-moskou", "-F", "moses", "-o", "m"])
        .ok();
    let nl = std::fs::read_to_string(env.path("m.nl")).unwrap();
    let en = std::fs::read_to_string(env.path("m.en")).unwrap();
    assert_eq!((nl.lines().count(), en.lines().count()), (33, 33));
    let at = nl
        .lines()
        .position(|l| l.contains("Tripoli, maar"))
        .unwrap();
    assert!(nl.lines().nth(at).unwrap().starts_with("Zijn troepen"));
    assert!(
        en.lines()
            .nth(at)
            .unwrap()
            .starts_with("Over the past year his fighters"),
        "the 2-1 link is one line pair"
    );
    assert!(!nl.contains("Beeld EPA"));

    // HTML: the 2-1 link is one row with its shape beside the state.
    let html = env.run(&["export", "libie-moskou", "-F", "html"]).ok();
    assert!(
        html.contains("title=\"libie-moskou:6 · translated · link 2-1 (score"),
        "{html}"
    );
    assert!(
        !html.contains("id=\"s7\""),
        "segment 7 is inside the link's row"
    );
    assert!(html.contains(">1-0</span>"));
}

/// A merge and a split in one paragraph keep the sentence counts equal: the pairs used to be
/// stored shifted by one; the aligner now finds the 2-1 and the 1-2 links.
#[test]
fn a_merge_and_a_split_in_one_paragraph_are_not_shifted() {
    let env = TestEnv::new();
    let en = std::fs::read_to_string(corpus("libie-moskou.en.txt")).unwrap();
    let shifted = en
        .replace(
            "the east of the country. Haftar’s troops",
            "the east of the country, and Haftar’s troops",
        )
        .replace(
            "last week, Haftar apparently hopes",
            "last week. Haftar apparently hopes",
        );
    assert_ne!(shifted, en, "the corpus text changed: update the test");
    let en = env.write("shifted.en.txt", shifted);
    let r = import_free(&env, &en);
    let a = r.alignment.unwrap();
    assert_eq!(a.origin, LinkOrigin::Aligner);
    let odd: Vec<(Vec<usize>, Vec<usize>)> = a
        .notable
        .iter()
        .filter(|l| !l.is_one_to_one())
        .map(|l| (l.nl.clone(), l.en.clone()))
        .collect();
    assert_eq!(odd, vec![(vec![6, 7], vec![6]), (vec![8], vec![7, 8])]);
    let v = env.run(&["--json", "show", "libie-moskou:9"]).json();
    assert!(
        v["segment"]["target"]
            .as_str()
            .unwrap()
            .starts_with("For Russia"),
        "later pairs are not shifted: {v}"
    );
}

#[test]
fn a_translation_that_shares_the_structure_stores_no_links() {
    let env = TestEnv::new();
    let r = import_free(&env, &corpus("libie-moskou.en.txt"));
    let a = r.alignment.unwrap();
    assert_eq!(
        (a.origin, a.one_to_one, a.links),
        (LinkOrigin::Structure, 35, 35)
    );
    assert_eq!(env.sql::<i64>("SELECT COUNT(*) FROM links"), 0);
    let e = env.run(&["export", "libie-moskou", "-F", "tmx"]).ok();
    assert!(e.contains("<tu"));
}

#[test]
fn sentences_the_translator_added_are_kept_shown_and_exported() {
    let env = TestEnv::new();
    let free = std::fs::read_to_string(corpus("libie-moskou.en-free.txt")).unwrap();
    let en = env.write(
        "en.txt",
        format!(
            "Translator's note: this translation was made for readers outside the Netherlands.\n\n\
             {free}\nTranslated from the Dutch by the tolk project, 2026.\n"
        ),
    );
    import_free(&env, &en);
    let v = env.run(&["--json", "show", "libie-moskou"]).json();
    let added = v["added"].as_array().unwrap();
    assert_eq!(added.len(), 2, "{v}");
    assert_eq!(added[0]["id"], "libie-moskou:+1");
    assert!(
        added[0]["target"]
            .as_str()
            .unwrap()
            .starts_with("Translator's note")
    );
    assert_eq!(added[1]["id"], "libie-moskou:35+");
    let human = env.run(&["show", "libie-moskou"]).ok();
    assert!(
        human.contains("libie-moskou:+1  link 0-1: added by the translator"),
        "{human}"
    );
    let jsonl = env.run(&["export", "libie-moskou", "-F", "jsonl"]).ok();
    let first: serde_json::Value = serde_json::from_str(jsonl.lines().next().unwrap()).unwrap();
    assert_eq!(first["link"]["shape"], "0-1");
    assert!(
        jsonl
            .lines()
            .last()
            .unwrap()
            .contains("Translated from the Dutch")
    );
    assert_eq!(jsonl.lines().count(), 36);
}

#[test]
fn translate_and_undo_work_per_link() {
    let env = TestEnv::new();
    import_free(&env, &corpus("libie-moskou.en-free.txt"));
    // A revision belongs to the link's first segment.
    let e = env.fails_unchanged(&["translate", "libie-moskou:7", "Something."]);
    assert!(
        e.contains("libie-moskou:7 is translated together with libie-moskou:6 as one 2-1 link"),
        "{e}"
    );
    env.run(&["translate", "libie-moskou:6", "A new translation of both."])
        .ok();
    // Translating the left-out photo credit makes it an ordinary 1-1 link.
    env.run(&["translate", "libie-moskou:3", "Photo EPA"]).ok();
    let v = env.run(&["--json", "show", "libie-moskou:3"]).json();
    assert!(v["segment"].get("link").is_none(), "{v}");
    assert_eq!(v["segment"]["target"], "Photo EPA");
    assert_eq!(env.sql::<i64>("SELECT COUNT(*) FROM links"), 33);
    env.run(&["undo"]).ok();
    assert_eq!(env.sql::<i64>("SELECT COUNT(*) FROM links"), 34);
    let v = env.run(&["--json", "show", "libie-moskou:3"]).json();
    assert_eq!(v["segment"]["link"]["shape"], "1-0");
    env.run(&["undo"]).ok();
    env.run(&["undo"]).ok();
    assert_eq!(env.sql::<i64>("SELECT COUNT(*) FROM links"), 0);
    env.run(&["redo"]).ok();
    assert_eq!(env.sql::<i64>("SELECT COUNT(*) FROM links"), 34);
}

/// The later segments of a link count in their link's state; a left-out sentence (1-0) stays
/// untranslated, and reviewing the link moves both of its segments.
#[test]
fn progress_counts_a_link_once_in_its_state() {
    let env = TestEnv::new();
    import_free(&env, &corpus("libie-moskou.en-free.txt"));
    let docs = env.run(&["--json", "docs"]).json();
    let p = &docs[0]["progress"];
    assert_eq!(
        (p["untranslated"].as_u64(), p["translated"].as_u64()),
        (Some(1), Some(34)),
        "{p}"
    );
    env.run(&["state", "libie-moskou:6", "reviewed"]).ok();
    let docs = env.run(&["--json", "docs"]).json();
    assert_eq!(
        docs[0]["progress"]["reviewed"], 2,
        "the 2-1 link DOC:6–7 counts twice, reviewed"
    );
}

/// `import --translation` aligns with the database's own lexicon: the glossary and the pairs
/// already aligned in it (an empty database has none).
#[test]
fn the_aligner_learns_from_the_glossary_and_the_pairs_in_the_database() {
    let env = TestEnv::new();
    let first = env
        .run(&[
            "--json",
            "import",
            corpus("libie-moskou.nl.txt").to_str().unwrap(),
            "--translation",
            corpus("libie-moskou.en.txt").to_str().unwrap(),
        ])
        .json();
    assert_eq!(first["alignment"]["own_lexicon"], 0, "{first}");
    env.run(&["state", "libie-moskou", "reviewed"]).ok();
    env.run(&["glossary", "add", "krijgsheer", "warlord"]).ok();
    let second = env.run(&[
        "import",
        corpus("libie-moskou.nl.txt").to_str().unwrap(),
        "--doc",
        "again",
        "--translation",
        corpus("libie-moskou.en-free.txt").to_str().unwrap(),
    ]);
    let v: serde_json::Value = {
        env.run(&["undo"]).ok();
        env.run(&[
            "--json",
            "import",
            corpus("libie-moskou.nl.txt").to_str().unwrap(),
            "--doc",
            "again",
            "--translation",
            corpus("libie-moskou.en-free.txt").to_str().unwrap(),
        ])
        .json()
    };
    let words = v["alignment"]["own_lexicon"].as_u64().unwrap();
    assert!(
        words > 20,
        "reviewed pairs and the glossary teach words: {v}"
    );
    assert!(
        second
            .stderr()
            .contains("Dutch words learned from this database"),
        "{}",
        second.stderr()
    );
    // The free translation still aligns to its gold links with the lexicon.
    assert_eq!(v["alignment"]["links"], 34, "{v}");
}
