use crate::common::{TestEnv, corpus};

#[test]
fn seed_article_prints_35_sentences_in_12_paragraphs() {
    let env = TestEnv::new();
    let out = env
        .run(&["segment", corpus("libie-moskou.nl.txt").to_str().unwrap()])
        .ok();
    let paragraphs: Vec<&str> = out.trim_end().split("\n\n").collect();
    assert_eq!(paragraphs.len(), 12);
    let sentences: usize = paragraphs.iter().map(|p| p.lines().count()).sum();
    assert_eq!(sentences, 35);
    assert_eq!(paragraphs[0].lines().last(), Some("Beeld EPA"));
    assert!(!env.db().exists(), "segment never touches a database");
}

#[test]
fn segment_reads_stdin_and_gives_offsets_in_json() {
    let env = TestEnv::new();
    let v = env
        .run_stdin(
            &["--json", "segment", "-"],
            "Dhr. Jansen kwam om 14.30 uur. Hij bleef.\n\n‘Goed zo’, zei hij.",
        )
        .json();
    assert_eq!(v["lang"], "nl");
    let p = v["paragraphs"].as_array().unwrap();
    assert_eq!(p.len(), 2);
    assert_eq!(
        p[0]["sentences"][0]["text"],
        "Dhr. Jansen kwam om 14.30 uur."
    );
    assert_eq!(p[0]["sentences"][0]["start"], 0);
    assert_eq!(p[0]["sentences"][0]["end"], 30);
    assert_eq!(p[0]["sentences"][1]["start"], 31);
    assert_eq!(p[1]["sentences"][0]["start"], 43);
    assert_eq!(p[1]["sentences"][0]["text"], "‘Goed zo’, zei hij.");
}

#[test]
fn english_segmentation() {
    let env = TestEnv::new();
    let out = env
        .run_stdin(
            &["segment", "--lang", "en"],
            "Mr. Smith met Dr. Jones at 3 p.m. on Monday. They talked.",
        )
        .ok();
    assert_eq!(
        out,
        "Mr. Smith met Dr. Jones at 3 p.m. on Monday.\nThey talked.\n"
    );
}
