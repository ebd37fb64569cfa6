//! `tolk align`: the corpus article against an independent translation, the output formats,
//! and bad input (empty, one-sided, wrong language, lengths that cannot match, 10,000 against
//! 10 sentences): a clear result or a clear error, never a panic, never a dropped sentence.

use crate::common::{TestEnv, corpus};
use tolk::ops::align::AlignReport;

/// (Dutch sentence numbers, English sentence numbers) of every link.
fn links(r: &AlignReport) -> Vec<(Vec<usize>, Vec<usize>)> {
    r.links
        .iter()
        .map(|l| (l.nl.clone(), l.en.clone()))
        .collect()
}

/// Every sentence of both sides in exactly one link, in order.
#[track_caller]
fn covers_all(r: &AlignReport) {
    let nl: Vec<usize> = r.links.iter().flat_map(|l| l.nl.clone()).collect();
    let en: Vec<usize> = r.links.iter().flat_map(|l| l.en.clone()).collect();
    assert_eq!(nl, (1..=r.nl_sentences).collect::<Vec<_>>());
    assert_eq!(en, (1..=r.en_sentences).collect::<Vec<_>>());
}

/// The free translation leaves out the photo credit (Dutch 3), splits Dutch 1 into English 1–2
/// and joins Dutch 6 and 7 into English 6; everything else is 1-1.
pub(crate) fn free_translation_gold() -> Vec<(Vec<usize>, Vec<usize>)> {
    let mut gold = vec![
        (vec![1], vec![1, 2]),
        (vec![2], vec![3]),
        (vec![3], vec![]),
        (vec![4], vec![4]),
        (vec![5], vec![5]),
        (vec![6, 7], vec![6]),
        (vec![8], vec![7]),
    ];
    gold.extend((9..=35).map(|n| (vec![n], vec![n - 1])));
    gold
}

#[test]
fn the_article_aligns_perfectly_with_an_independent_translation() {
    let env = TestEnv::new();
    let nl = corpus("libie-moskou.nl.txt");
    let en = corpus("libie-moskou.en-free.txt");
    let (nl, en) = (nl.to_str().unwrap(), en.to_str().unwrap());
    // With and without the FreeDict lexicon (the first uses it only where it is installed).
    for extra in [&[][..], &["--no-dictionary"][..]] {
        let mut args = vec!["align", nl, en];
        args.extend(extra);
        let r: AlignReport = env.tolk(&args).report();
        assert_eq!(links(&r), free_translation_gold(), "{extra:?}");
        assert_eq!((r.nl_paragraphs, r.en_paragraphs), (12, 12));
        assert_eq!(r.one_to_one, 31);
    }
    assert!(!env.db().exists(), "align never touches a database");
}

#[test]
fn the_article_aligns_one_to_one_with_the_corpus_translation() {
    let env = TestEnv::new();
    let nl = corpus("libie-moskou.nl.txt");
    let en = corpus("libie-moskou.en.txt");
    let r: AlignReport = env
        .tolk(&["align", nl.to_str().unwrap(), en.to_str().unwrap()])
        .report();
    assert_eq!(r.one_to_one, 35);
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
}

#[test]
fn ladder_tsv_and_human_formats() {
    let env = TestEnv::new();
    let nl = env.write(
        "nl.txt",
        "Een zin over 1998.\nNog een zin.\n\nDerde zin in Amsterdam.\n",
    );
    let en = env.write(
        "en.txt",
        "A sentence about 1998.\n\nAn added line.\nThird sentence in Amsterdam.\n",
    );
    let (nl, en) = (nl.to_str().unwrap(), en.to_str().unwrap());
    let ladder = env
        .run(&["align", "--lines", "--format", "ladder", nl, en])
        .ok();
    let rungs: Vec<Vec<&str>> = ladder.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(rungs.first().map(|r| (r[0], r[1])), Some(("0", "0")));
    assert_eq!(rungs.last().map(|r| (r[0], r[1])), Some(("3", "3")));
    assert!(
        rungs
            .iter()
            .all(|r| r.len() == 3 && r[2].parse::<f64>().is_ok())
    );
    let tsv = env
        .run(&["align", "--lines", "--format", "tsv", nl, en])
        .ok();
    assert!(tsv.lines().all(|l| l.split('\t').count() == 5), "{tsv}");
    assert!(tsv.starts_with("1\t1\t"), "{tsv}");
    let run = env.run(&["align", "--lines", nl, en]);
    assert!(run.ok().contains("1-1"));
    assert!(
        run.stderr()
            .contains("aligned 3 Dutch with 3 English sentences")
    );
    let json: AlignReport = env
        .tolk(&["align", "--lines", "--format", "json", nl, en])
        .report();
    covers_all(&json);
}

#[test]
fn empty_texts_are_a_clear_error() {
    let env = TestEnv::new();
    let empty = env.write("empty.txt", "\n\n  \n");
    let nl = env.write("nl.txt", "Een zin. Nog een zin.\n");
    let (empty, nl) = (empty.to_str().unwrap(), nl.to_str().unwrap());
    let e = env.run(&["align", empty, empty]).err();
    assert!(e.contains("empty.txt"), "{e}");
    let e = env.run(&["align", nl, empty]).err();
    assert!(e.contains("empty.txt") && e.contains("empty"), "{e}");
    let e = env.tolk(&["align", "-", "-"]).stdin("x").run();
    assert_eq!(e.code(), 2);
}

#[test]
fn dutch_given_as_english_is_named() {
    let env = TestEnv::new();
    let nl = corpus("libie-moskou.nl.txt");
    let nl = nl.to_str().unwrap();
    let r: AlignReport = env.tolk(&["align", nl, nl]).report();
    assert!(
        r.warnings.iter().any(|w| w.contains("looks Dutch")),
        "{:?}",
        r.warnings
    );
    let en = corpus("libie-moskou.en.txt");
    let r: AlignReport = env.tolk(&["align", en.to_str().unwrap(), nl]).report();
    assert!(
        r.warnings.iter().any(|w| w.contains("swapped")),
        "{:?}",
        r.warnings
    );
    covers_all(&r);
}

#[test]
fn added_sentences_at_the_very_start_and_end_are_kept() {
    let env = TestEnv::new();
    let free = std::fs::read_to_string(corpus("libie-moskou.en-free.txt")).unwrap();
    let en = format!(
        "Translator's note: this translation was made for readers outside the Netherlands.\n\n\
         {free}\nTranslated from the Dutch by the tolk project, 2026.\n"
    );
    let en = env.write("en.txt", en);
    let nl = corpus("libie-moskou.nl.txt");
    let r: AlignReport = env
        .tolk(&["align", nl.to_str().unwrap(), en.to_str().unwrap()])
        .report();
    let mut gold = vec![(vec![], vec![1])];
    gold.extend(
        free_translation_gold()
            .into_iter()
            .map(|(n, e)| (n, e.into_iter().map(|j| j + 1).collect())),
    );
    gold.push((vec![], vec![36]));
    assert_eq!(links(&r), gold);
}

#[test]
fn ten_thousand_against_ten_sentences_is_a_clear_result() {
    let env = TestEnv::new();
    let nl: String = (1..=10_000)
        .map(|i| format!("Zin nummer {i} gaat over Amsterdam en Rotterdam.\n"))
        .collect();
    let en: String = (1..=10)
        .map(|i| format!("Sentence number {i} is about Amsterdam and Rotterdam.\n"))
        .collect();
    let nl = env.write("nl.txt", nl);
    let en = env.write("en.txt", en);
    let r: AlignReport = env
        .tolk(&[
            "align",
            "--lines",
            nl.to_str().unwrap(),
            en.to_str().unwrap(),
        ])
        .report();
    covers_all(&r);
    assert_eq!((r.nl_sentences, r.en_sentences), (10_000, 10));
    assert!(
        r.warnings
            .iter()
            .any(|w| w.contains("cannot be translations")),
        "{:?}",
        r.warnings
    );
    // The numbers pair the ten English sentences with their Dutch namesakes.
    for n in 1..=10 {
        assert!(links(&r).contains(&(vec![n], vec![n])), "sentence {n}");
    }
}

#[test]
fn wildly_different_lengths_score_low_and_say_so() {
    let env = TestEnv::new();
    let nl = env.write(
        "nl.txt",
        "Dit is een heel lange Nederlandse zin over de besprekingen in Moskou, die volgens \
         de deskundigen van het instituut op niets zijn uitgelopen omdat niemand wilde tekenen.\n",
    );
    let en = env.write("en.txt", "Yes.\n");
    let r: AlignReport = env
        .tolk(&[
            "align",
            "--lines",
            nl.to_str().unwrap(),
            en.to_str().unwrap(),
        ])
        .report();
    covers_all(&r);
    // Nothing is paired: both sentences stay, unaligned, and the report says why.
    assert!(r.links.iter().all(|l| !l.is_one_to_one()), "{:?}", r.links);
    assert!(
        r.warnings
            .iter()
            .any(|w| w.contains("cannot be translations"))
    );
}
