use super::*;

/// Suggestions for paragraphs of sentences; ids are `d:N` (1-based, across paragraphs).
fn run(paras: &[&[&str]]) -> Vec<Suggestion> {
    let ids: Vec<String> = (1..=paras.iter().map(|p| p.len()).sum::<usize>())
        .map(|n| format!("d:{n}"))
        .collect();
    let mut input = Vec::new();
    let mut n = 0;
    for (p, sentences) in paras.iter().enumerate() {
        for s in sentences.iter() {
            input.push(Sentence {
                id: &ids[n],
                text: s,
                paragraph: p,
            });
            n += 1;
        }
    }
    suggest(&input).into_iter().map(|(_, s)| s).collect()
}

/// The speaker of the last suggestion.
fn last_speaker(got: &[Suggestion]) -> Option<&str> {
    got.last().map(|s| s.speaker.as_str())
}

/// (segment, speaker) of each suggestion.
fn who(got: &[Suggestion]) -> Vec<(&str, &str)> {
    got.iter()
        .map(|s| (s.segment.as_str(), s.speaker.as_str()))
        .collect()
}

fn one(text: &str) -> Vec<Suggestion> {
    run(&[&[text]])
}

fn only(text: &str) -> Suggestion {
    let mut all = one(text);
    assert_eq!(all.len(), 1, "{text}: {all:#?}");
    all.remove(0)
}

/// Each text has one suggestion, with this speaker and claim.
fn speaker_and_claim(cases: &[(&str, &str, &str)]) {
    for &(text, speaker, claim) in cases {
        let s = only(text);
        assert_eq!(
            (s.speaker.as_str(), s.claim.exact.as_str()),
            (speaker, claim),
            "{text}"
        );
    }
}

/// Each text has one suggestion, with this speaker.
fn speakers(cases: &[(&str, &str)]) {
    for &(text, speaker) in cases {
        assert_eq!(only(text).speaker, speaker, "{text}");
    }
}

/// Each pair of sentences (one paragraph) has one suggestion, on the second, with this
/// speaker: what the second sentence points back to.
fn second_speakers(cases: &[(&str, &str, &str)]) {
    pair_speakers("d:2", cases);
}

/// Each pair of sentences (one paragraph) has one suggestion, on `segment`, with this
/// speaker.
fn pair_speakers(segment: &str, cases: &[(&str, &str, &str)]) {
    for &(first, second, speaker) in cases {
        assert_eq!(
            who(&run(&[&[first, second]])),
            [(segment, speaker)],
            "{second}"
        );
    }
}

/// No text has a suggestion.
fn nothing(texts: &[&str]) {
    for text in texts {
        assert!(one(text).is_empty(), "{text}: {:#?}", one(text));
    }
}

#[test]
fn data_files_parse() {
    let lex = lexicon::nl();
    assert!(lex.forms.contains_key("zei"));
    assert!(lex.speaker_noun("libië-expert"));
    assert!(lex.speaker_noun("defensiewoordvoerder"));
    assert!(!lex.speaker_noun("planning"));
    // Round 28: "ster" (a star) ends compounds, not "rooster" or "klooster".
    assert!(lex.speaker_noun("popster"));
    assert!(!lex.speaker_noun("dienstrooster"));
    assert!(!lex.speaker_noun("lesrooster"));
    // (Round 33: a monastery speaks as a body, listed: "Het klooster laat weten".)
    assert!(lex.speaker_noun("klooster"));
}

#[test]
fn numbers_written_out_as_one_word() {
    let lex = lexicon::nl();
    for w in [
        "zes",
        "twintig",
        "vijfentwintig",
        "tweeëntwintig",
        "driehonderd",
        "zestien",
    ] {
        assert!(lex.number_word(w), "{w}");
    }
    for w in [
        "een",
        "achten",
        "enzes",
        "tienduizendje",
        "zesen",
        "tweede",
        "eentje",
    ] {
        assert!(!lex.number_word(w), "{w}");
    }
}

#[test]
fn verb_then_dat_with_subject_first() {
    let s = only("De Turkse president Erdogan zei dinsdag dat zijn land niet zal aarzelen.");
    assert_eq!(s.speaker, "Erdogan");
    assert_eq!(s.role.as_deref(), Some("Turkse president"));
    assert_eq!(s.cue, "zei");
    assert_eq!(s.claim.exact, "zijn land niet zal aarzelen");
}

#[test]
fn inversion_after_a_quote() {
    let s = only("‘Het gaat slecht’, zei Hu.");
    assert_eq!(s.speaker, "Hu");
    assert_eq!(s.claim.exact, "‘Het gaat slecht’");
    assert_eq!((s.claim.start, s.claim.end), (0, 17));
}

#[test]
fn inversion_after_a_clause() {
    let s = only("Het kabinet valt binnen een jaar, zegt Wilders.");
    assert_eq!(s.speaker, "Wilders");
    assert_eq!(s.claim.exact, "Het kabinet valt binnen een jaar");
}

#[test]
fn inversion_before_dat() {
    let s = only(
        "Op Facebook kondigde het LNA dinsdag aan dat het vastbesloten is, maar Merkel twijfelt.",
    );
    assert_eq!(s.mention, "LNA");
    assert_eq!(s.cue, "kondigde");
    assert_eq!(s.claim.exact, "het vastbesloten is");
    let s = only("Dinsdag zei Hu dat de economie groeit.");
    assert_eq!(s.speaker, "Hu");
    assert_eq!(s.claim.exact, "de economie groeit");
}

#[test]
fn tenses_and_auxiliaries() {
    for (text, cue) in [
        ("Hu heeft gezegd dat de economie groeit.", "gezegd"),
        ("Hu zegt dat de economie groeit.", "zegt"),
        ("Hu benadrukte dat de economie groeit.", "benadrukte"),
        ("Hu waarschuwde dat de economie krimpt.", "waarschuwde"),
        ("Hu schreef dat de economie groeit.", "schreef"),
        ("Hu bevestigde dat de economie groeit.", "bevestigde"),
    ] {
        let s = only(text);
        assert_eq!((s.speaker.as_str(), s.cue.as_str()), ("Hu", cue), "{text}");
        assert!(s.claim.exact.starts_with("de economie"), "{text}: {s:?}");
    }
}

#[test]
fn separable_verbs() {
    let s = only("De minister voegde eraan toe dat de wet er komt.");
    assert_eq!(s.speaker, "De minister");
    assert_eq!(s.claim.exact, "de wet er komt");
    let s = only("Rutte liet weten dat hij niet komt.");
    assert_eq!((s.speaker.as_str(), s.cue.as_str()), ("Rutte", "liet"));
    let s = only("De politie liet dinsdag weten dat er niemand gewond is.");
    assert_eq!(s.speaker, "De politie");
    assert_eq!(s.claim.exact, "er niemand gewond is");
    // "laten zien" is not "laten weten".
    assert!(one("Turkije wil laten zien dat het een macht is.").is_empty());
}

#[test]
fn volgens_at_start_middle_and_end() {
    let s = only("Volgens Harchaoui hebben de VAE meer greep op Haftar.");
    assert_eq!(s.claim.exact, "hebben de VAE meer greep op Haftar");
    let s = only("Tot een botsing zal het volgens Harchaoui niet komen.");
    assert_eq!(
        s.claim.exact,
        "Tot een botsing zal het volgens Harchaoui niet komen"
    );
    let s = only("De schade is groot, volgens de politie.");
    assert_eq!(s.speaker, "de politie");
    assert_eq!(s.claim.exact, "De schade is groot");
}

#[test]
fn volgens_that_is_not_reported_speech() {
    nothing(&[
        "Alles verliep volgens de planning.",
        "Het werkt volgens het principe van de hefboom.",
        "Volgens plan vertrok de trein om acht uur.",
        "Simpel gezegd is het te duur.",
        "Hij belde om te zeggen dat hij later kwam.",
        "De regering stelde een blokkade in.",
        "Er werd gezegd dat de partij ertegen was.",
        "Het tij begint te keren.",
    ]);
}

#[test]
fn aldus_and_naar_verluidt() {
    let s = only("De prijzen stijgen verder, aldus minister Hoekstra.");
    assert_eq!(s.speaker, "Hoekstra");
    assert_eq!(s.role.as_deref(), Some("minister"));
    assert_eq!(s.claim.exact, "De prijzen stijgen verder");
    // "aldus" as "thus" is not a cue.
    assert!(one("De partij voorkwam aldus dat de LPF terugkeerde.").is_empty());
    let s = only("Naar verluidt is de koning ziek.");
    assert_eq!(s.cue, "Naar verluidt");
    assert_eq!(s.claim.exact, "is de koning ziek");
    assert!(s.score < 0.5);
}

#[test]
fn colon_quote_and_quote_marks() {
    for text in [
        "Rutte: ‘We gaan door.’",
        "Rutte: “We gaan door.”",
        "Rutte: „We gaan door.”",
        "Rutte: 'We gaan door.'",
        "Rutte: \"We gaan door.\"",
    ] {
        let s = only(text);
        assert_eq!(s.speaker, "Rutte", "{text}");
        assert_eq!(s.claim.start, 7, "{text}");
        assert!(s.claim.exact.contains("We gaan door"), "{text}");
    }
    let s = only("Hu zei: ‘We gaan door.’");
    assert_eq!(s.claim.exact, "‘We gaan door.’");
}

#[test]
fn quotation_over_several_sentences() {
    let got = run(&[&[
        "Het was een zware dag.",
        "‘We hebben alles gegeven.",
        "Meer konden we niet doen’, zei trainer Koeman.",
    ]]);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[0].segment, "d:2");
    assert_eq!(got[0].claim.exact, "‘We hebben alles gegeven.");
    assert_eq!(got[1].claim.exact, "Meer konden we niet doen’");
    assert!(got.iter().all(|s| s.speaker == "Koeman"));
    // Forward: the cue before an opening quotation.
    let got = run(&[&[
        "Koeman zei: ‘We hebben alles gegeven.",
        "Meer konden we niet doen.’",
    ]]);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[1].claim.exact, "Meer konden we niet doen.’");
}

#[test]
fn quotation_over_several_paragraphs() {
    // Each paragraph of a long quotation opens with a mark and only the last one closes.
    let got = run(&[
        &["Koeman zei: „We hebben alles gegeven."],
        &["„Meer konden we niet doen."],
        &["„Volgende week beter.”"],
        &["Jansen zei dat het regent."],
    ]);
    assert_eq!(
        who(&got),
        [
            ("d:1", "Koeman"),
            ("d:2", "Koeman"),
            ("d:3", "Koeman"),
            ("d:4", "Jansen")
        ],
        "{got:#?}"
    );
    // Without a mark at the next paragraph's start the quotation ends with its paragraph.
    let got = run(&[
        &["Koeman zei: „We hebben alles gegeven."],
        &["Het regende."],
    ]);
    assert_eq!(got.len(), 1, "{got:#?}");
}

#[test]
fn unpaired_and_unclosed_quotation_marks_do_not_swallow_the_text() {
    // „…’: a closing mark that ends the sentence closes the quotation.
    let got = run(&[&["„Het gaat slecht.’", "Jansen zei dat het regent."]]);
    assert!(
        got.iter()
            .any(|s| s.segment == "d:2" && s.speaker == "Jansen"),
        "{got:#?}"
    );
    // „…’, roept Harry: the unpaired mark closes it before the cue and the text after it.
    let got = run(&[&[
        "„Hij gooit een strafschop’, roept Harry.",
        "Dat is Gary Rhodes, de jonge kok.",
    ]]);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].speaker, "Harry");
    // An apostrophe before a word or a number closes nothing.
    let got = run(&[&[
        "Jan de Vries zei: „Dat was de punk uit de jaren’ 70.",
        "Ik ben daar lang in meegegaan.”",
    ]]);
    assert_eq!(got.len(), 2, "{got:#?}");
    // A mark that is never closed quotes at most QUOTE_RUN sentences of its paragraph.
    let mut para = vec!["„Dit is een losse aanhalingsteken."];
    para.extend(std::iter::repeat_n("Jansen zei dat het regent.", 40));
    let got = run(&[&para]);
    assert!(
        got.iter()
            .any(|s| s.segment == "d:41" && s.speaker == "Jansen"),
        "{got:#?}"
    );
    assert!(!got.iter().any(|s| s.segment == "d:2"), "{got:#?}");
}

#[test]
fn quotation_resumed_after_the_cue() {
    // One claim (the guideline's rule 5), the cue and speaker inside it.
    let s = only("‘Het gaat slecht’, zei Hu, ‘maar we gaan door.’");
    assert_eq!(s.speaker, "Hu");
    assert!(s.claim.exact.ends_with("‘maar we gaan door.’"), "{s:#?}");
}

#[test]
fn speaker_phrases_with_role_and_organisation() {
    let s = only(
        "Volgens Libië-expert Jalel Harchaoui van Instituut Clingendael is het een tegenvaller.",
    );
    assert_eq!(s.speaker, "Jalel Harchaoui");
    assert_eq!(s.role.as_deref(), Some("Libië-expert"));
    assert_eq!(s.organisation.as_deref(), Some("Instituut Clingendael"));
    let s = only(
        "Sara Danius, de permanente secretaris van de Zweedse Academie, zei dat Dylan niet reageert.",
    );
    assert_eq!(s.speaker, "Sara Danius");
    assert_eq!(s.role.as_deref(), Some("permanente secretaris"));
    assert_eq!(s.organisation.as_deref(), Some("Zweedse Academie"));
    assert_eq!(s.claim.exact, "Dylan niet reageert");
    let s = only("Het Chinese persbureau Xinhua meldde dat de brug is ingestort.");
    assert_eq!(s.speaker, "Xinhua");
    assert_eq!(s.role.as_deref(), Some("Chinese persbureau"));
    let s = only("De politie meldt dat de brug is ingestort.");
    assert_eq!(s.speaker, "De politie");
    let s = only("Jan van der Berg zei dat de brug is ingestort.");
    assert_eq!(s.speaker, "Jan van der Berg");
}

#[test]
fn resolution_across_the_document() {
    let got = run(&[
        &[
            "Libië-expert Jalel Harchaoui van Instituut Clingendael vreest dat de oorlog voortduurt.",
        ],
        &[
            "Volgens Harchaoui is dat slecht nieuws.",
            "‘Niemand heeft er belang bij’, zegt hij.",
            "De expert denkt dat de VAE ingrijpen.",
        ],
    ]);
    assert_eq!(got.len(), 4, "{got:#?}");
    for s in &got {
        assert_eq!(s.speaker, "Jalel Harchaoui", "{s:?}");
        assert_eq!(
            s.organisation.as_deref(),
            Some("Instituut Clingendael"),
            "{s:?}"
        );
    }
    assert_eq!(got[1].mention, "Harchaoui");
    assert_eq!(got[2].mention, "hij");
    assert_eq!(got[3].mention, "De expert");
    // Variants of a name are one person.
    let got = run(&[&[
        "Recep Tayyip Erdogan zei dat Turkije ingrijpt.",
        "Recep Erdogan zei later dat het meevalt.",
    ]]);
    assert!(
        got.iter().all(|s| s.speaker == "Recep Tayyip Erdogan"),
        "{got:#?}"
    );
}

#[test]
fn acronym_resolves_to_its_definition() {
    let got = run(&[&[
        "Haftar leidt het ‘Libische Nationale Leger’ (LNA).",
        "Het LNA meldde dat Sirte is ingenomen.",
    ]]);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].speaker, "Libische Nationale Leger");
    assert_eq!(got[0].mention, "LNA");
}

#[test]
fn anaphoric_dat_zei() {
    let got = run(&[&[
        "De economie groeit dit jaar met twee procent.",
        "Dat zei minister Hoekstra dinsdag.",
    ]]);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].segment, "d:1");
    assert_eq!(got[0].speaker, "Hoekstra");
    assert_eq!(
        got[0].claim.exact,
        "De economie groeit dit jaar met twee procent"
    );
}

#[test]
fn preposition_complement() {
    let s = only("Erdogan zinspeelde onlangs op een deal met de Russen.");
    assert_eq!(s.claim.exact, "een deal met de Russen");
}

#[test]
fn caption_credit() {
    let s = only("Beeld EPA");
    assert_eq!(
        (s.speaker.as_str(), s.claim.exact.as_str()),
        ("EPA", "Beeld EPA")
    );
}

#[test]
fn claim_offsets_are_code_points() {
    let text = "Ééñ ‘citaat’, zegt Hu.";
    let s = only(text);
    let chars: Vec<char> = text.chars().collect();
    let exact: String = chars[s.claim.start..s.claim.end].iter().collect();
    assert_eq!(exact, s.claim.exact);
}

#[test]
fn bad_input_never_panics() {
    let long_quote: Vec<String> = (0..10)
        .map(|p| {
            format!(
                "{}Zin {p} van het citaat, en nog meer.",
                if p == 0 { "‘" } else { "" }
            )
        })
        .collect();
    let paras: Vec<Vec<&str>> = long_quote.iter().map(|s| vec![s.as_str()]).collect();
    let refs: Vec<&[&str]> = paras.iter().map(|p| p.as_slice()).collect();
    // Unclosed at the end of its paragraph: the quotation stops there.
    assert!(run(&refs).is_empty());
    for text in [
        "",
        "‘",
        "’",
        "“”",
        "‘‘‘’’’",
        "zei",
        "volgens",
        ", zei",
        "aldus",
        "naar verluidt",
        "Hu zei: ‘",
        "‘Het gaat ‘heel’ slecht’, zei Hu.",
        "‘Alleen een citaat.’",
        "\"",
        "'",
        "Hu: '",
        "Hij zei dat",
        "Volgens Hu",
        "Beeld",
        "ZEGT HU: ‘JA’",
        "Hu zegt „dat ‘het’ kan”",
        "Dat zei Hu.",
        ", , , zei hij ,",
        "\u{0}\u{1b}[31mzei Hu",
        "''",
        "'''",
        ",,''",
        "KNMI: warme dagen zijn warm",
        ": a b c",
        ", klinkt het",
        "klinkt het bij",
        "mis,” aldus Hu",
        "”, aldus",
        "Zijn, Hu, zei dat",
        "aldus HVH",
        "staat in het rapport",
        "\"Ja\", staat in",
    ] {
        let _ = one(text);
    }
    let nested = only("‘Hij riep ‘stop’ en liep weg’, zei Hu.");
    assert_eq!(nested.claim.exact, "‘Hij riep ‘stop’ en liep weg’");
    // A headline with a cue word but no claim.
    assert!(one("Rutte zegt sorry").is_empty());
}

#[test]
fn ten_thousand_sentences() {
    let text = "Hu zei dat het goed gaat.";
    let ids: Vec<String> = (0..10_000).map(|n| format!("d:{n}")).collect();
    let input: Vec<Sentence<'_>> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| Sentence {
            id,
            text,
            paragraph: i / 5,
        })
        .collect();
    assert_eq!(suggest(&input).len(), 10_000);
    // One paragraph with an unclosed quotation and ten thousand words.
    let long = format!("‘{}", "woord ".repeat(10_000));
    assert!(one(&long).is_empty());
    let long = format!("Hu zei dat {}", "Groot ".repeat(10_000));
    assert_eq!(one(&long).len(), 1);
}

#[test]
fn pronoun_without_an_earlier_speaker_is_the_last_subject_named() {
    let got = run(&[&[
        "In 1990 overleed Vandersteen.",
        "In zijn testament liet hij weten dat zijn strips moesten doorgaan.",
    ]]);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].speaker, "Vandersteen");
    assert_eq!(got[0].mention, "hij");
}

#[test]
fn announced_object() {
    // An act announced is no claim (the FLORES guideline's rule 3; the eval set's early
    // written part labels this one, `written-tune:8`).
    assert!(
        one("De Amerikaanse president Biden kondigde woensdag nieuwe sancties aan tegen Rusland.")
            .is_empty()
    );
    let s = only("De Amerikaanse president Biden kondigde woensdag zijn plan om af te treden aan.");
    assert_eq!(s.speaker, "Biden");
    assert_eq!(s.claim.exact, "plan om af te treden");
    // Not without a speaker before the verb, nor for verbs that take no object claim.
    assert!(one("Gisteren kondigde de regering het aan.").is_empty());
    assert!(one("Hu voegde suiker toe.").is_empty());
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Sentences made of cue words, names, pronouns, quotation marks and punctuation.
    fn sentence() -> impl Strategy<Value = String> {
        prop::collection::vec(
            prop_oneof![
                Just("zei "),
                Just("zegt "),
                Just("volgens "),
                Just("aldus "),
                Just("kondigde "),
                Just("aan "),
                Just("dat "),
                Just("hij "),
                Just("Hu "),
                Just("Jan van der Berg "),
                Just("de politie "),
                Just("Dat "),
                Just("naar verluidt "),
                Just("‘"),
                Just("’"),
                Just("“"),
                Just("”"),
                Just("„"),
                Just("\""),
                Just("'"),
                Just("'s "),
                Just(": "),
                Just(", "),
                Just(". "),
                Just("(LNA) "),
                Just("Beeld "),
                Just("é "),
                Just("\u{0}"),
                Just("''"),
                Just(",,"),
                Just("klinkt het "),
                Just("bij "),
                Just("HVH "),
                Just("Hein Vanhaezebrouck "),
                Just("de Fransman "),
                Just("(22) "),
                Just("staat in het rapport "),
                Just("Dat meldt "),
            ],
            0..24,
        )
        .prop_map(|v| v.concat())
    }

    proptest! {
        /// Whatever the text: no panic, every claim is the text at its code-point offsets,
        /// scores are in 0..1, and suggestions come in document order without overlaps.
        #[test]
        fn any_text_gives_consistent_suggestions(
            paras in prop::collection::vec(prop::collection::vec(sentence(), 1..4), 1..4)
        ) {
            let ids: Vec<String> = (0..paras.iter().map(Vec::len).sum::<usize>())
                .map(|n| format!("d:{n}"))
                .collect();
            let mut input = Vec::new();
            for (p, sentences) in paras.iter().enumerate() {
                for s in sentences {
                    input.push(Sentence { id: &ids[input.len()], text: s, paragraph: p });
                }
            }
            let got = suggest(&input);
            // In order; a suggestion overlapping the one before lies inside it with another
            // speaker (a report nested in a quotation).
            let mut last: Option<(usize, usize, &str)> = None;
            for (i, s) in &got {
                let chars: Vec<char> = input[*i].text.chars().collect();
                prop_assert!(s.claim.start < s.claim.end && s.claim.end <= chars.len());
                let exact: String = chars[s.claim.start..s.claim.end].iter().collect();
                prop_assert_eq!(&exact, &s.claim.exact);
                prop_assert!(s.score > 0.0 && s.score <= 1.0);
                prop_assert!(!s.speaker.trim().is_empty());
                prop_assert_eq!(&s.segment, input[*i].id);
                if let Some((li, lend, speaker)) = last {
                    let nested = li == *i
                        && s.claim.start < lend
                        && s.claim.end <= lend
                        && s.speaker != speaker;
                    prop_assert!(li < *i || (li == *i && lend <= s.claim.start) || nested);
                    if nested {
                        continue;
                    }
                }
                last = Some((*i, s.claim.end, s.speaker.as_str()));
            }
        }
    }
}

#[test]
fn new_cue_verbs_from_the_data_file() {
    for (text, cue) in [
        (
            "De minister beklemtoonde dat de wet blijft.",
            "beklemtoonde",
        ),
        (
            "De burgemeester verzekerde dat niemand gevaar loopt.",
            "verzekerde",
        ),
        ("Rutte reageerde: ‘Dat is onzin.’", "reageerde"),
        ("De bond eiste dat de lonen omhoog gaan.", "eiste"),
        ("Merkel voorspelde dat de crisis lang duurt.", "voorspelde"),
        (
            "Wilders twitterde dat het kabinet moet vallen.",
            "twitterde",
        ),
        (
            "De advocaat voerde aan dat zijn cliënt onschuldig is.",
            "voerde",
        ),
    ] {
        let s = only(text);
        assert_eq!(s.cue, cue, "{text}");
    }
}

#[test]
fn a_sentence_adverb_is_not_the_speaker() {
    let s = only("Daarnaast meldde de NHK dat er geen slachtoffers zijn.");
    assert_eq!(s.speaker, "NHK");
    let s = only("Desondanks zei de minister dat het plan doorgaat.");
    assert_eq!(s.speaker, "de minister");
    let s = only("Inmiddels heeft Rutte laten weten dat hij blijft.");
    assert_eq!(s.speaker, "Rutte");
}

#[test]
fn initials_stay_in_the_name() {
    let s = only("D. K. Arya zei dat de studie klopt.");
    assert_eq!(s.speaker, "D. K. Arya");
    let s = only("Volgens J.R.R. Tolkien is de taal het begin.");
    assert_eq!(s.speaker, "J.R.R. Tolkien");
    // A surname cut to its initial, as Dutch news names suspects, ends the name.
    speakers(&[
        ("Stefan K. zei dat hij onschuldig was.", "Stefan K."),
        (
            "De 34-jarige Stefan K. ontkende dat hij de vrouw kende.",
            "Stefan K.",
        ),
        (
            "Volgens Stefan K., die vastzit, was hij thuis.",
            "Stefan K.",
        ),
        (
            "‘Ik was het niet’, zei Stefan K. tegen de rechter.",
            "Stefan K.",
        ),
    ]);
}

#[test]
fn quote_only_sentence_next_to_a_quotation() {
    // The cue sentence ends in a colon; the quotation is the next sentence.
    let all = run(&[&[
        "Op de bijeenkomst verklaarde Filip Dewinter:",
        "‘Wij hebben er genoeg van.’",
    ]]);
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(all[0].segment, "d:2");
    assert_eq!(all[0].speaker, "Filip Dewinter");
    // "En: ‘…’" after a quotation goes to the same speaker, with a lower score.
    let all = run(&[&[
        "Dewinter verklaarde: ‘Janssens is een kannibaal.’",
        "En: ‘Borgerhout is het eerste district.’",
    ]]);
    assert_eq!(all.len(), 2, "{all:#?}");
    assert_eq!(all[1].speaker, "Dewinter");
    assert_eq!(all[1].claim.exact, "‘Borgerhout is het eerste district.’");
    assert!(all[1].score < all[0].score);
    // A quotation before "‘…’, zei hij." is his too.
    let all = run(&[&[
        "Hu kwam gisteren aan.",
        "‘Het gaat goed.’",
        "‘We zijn tevreden’, zei hij.",
    ]]);
    assert_eq!(all.len(), 2, "{all:#?}");
    assert_eq!(all[0].segment, "d:2");
    assert_eq!(all[0].speaker, "Hu");
    // Into the next paragraph (news puts a speaker's quotation in a paragraph of its own),
    // not two paragraphs on, and not a sentence with words outside the quotation.
    let all = run(&[&["Hu zei: ‘Het gaat goed.’"], &["‘We zijn tevreden.’"]]);
    assert_eq!(all.len(), 2, "{all:#?}");
    assert_eq!(all[1].speaker, "Hu");
    let all = run(&[
        &["Hu zei: ‘Het gaat goed.’"],
        &["Het regent in Peking."],
        &["‘We zijn tevreden.’"],
    ]);
    assert_eq!(all.len(), 1, "{all:#?}");
    let all = run(&[&[
        "Hu zei: ‘Het gaat goed.’",
        "De krant kopte ‘Tevreden’ op de voorpagina.",
    ]]);
    assert_eq!(all.len(), 1, "{all:#?}");
}

#[test]
fn pronouns_reach_back_across_paragraphs() {
    let all = run(&[
        &["Minister Jan de Vries opende de vergadering."],
        &["Het was druk in de zaal."],
        &["Er kwamen veel vragen."],
        &["‘Het gaat goed’, zei hij."],
    ]);
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(all[0].speaker, "Jan de Vries");
    // "hij" skips a body that spoke in between; "ze" does not.
    for (last, speaker) in [
        ("Later zei hij dat hij blijft.", "Jan de Vries"),
        ("Ze meldde ook dat de weg open is.", "De politie"),
    ] {
        let all = run(&[
            &["Jan de Vries zei dat het goed gaat."],
            &["De politie meldde dat het rustig bleef."],
            &[last],
        ]);
        assert_eq!(all.len(), 3, "{all:#?}");
        assert_eq!(all[2].speaker, speaker, "{last}");
    }
}

#[test]
fn vinden_and_schrijven_only_in_the_reporting_frame() {
    assert!(one("Het schrijven van een boek kost tijd.").is_empty());
    assert!(one("Zij vond een fossiel dat miljoenen jaren oud is.").is_empty());
    assert!(one("Het congres vond plaats in Utrecht, dat vol was.").is_empty());
    assert!(one("Hij schreef een boek dat veel werd gelezen.").is_empty());
    let s = only("De rechter vond dat de verdachte loog.");
    assert_eq!(s.cue, "vond");
    let s = only("Rutte schreef: ‘We gaan door.’");
    assert_eq!(s.cue, "schreef");
}

#[test]
fn blockers_count_before_the_complement_only() {
    // "in" inside the claim does not make "stelde" into "instellen".
    let s = only("Hu stelde dat de economie in Azië groeit.");
    assert_eq!(s.claim.exact, "de economie in Azië groeit");
    assert!(one("De regering stelde een blokkade in.").is_empty());
    assert!(one("Haftar hoopt kennelijk dat het tij keert.").is_empty());
}

// Third round: reporting frames around the verb, speech nouns, wider verb and noun lists.

#[test]
fn speech_noun_before_a_colon() {
    let s = only("Zijn leraren berispten hem vaak met de woorden: ‘Je kunt niets.’");
    assert_eq!(s.speaker, "Zijn leraren");
    assert_eq!(s.cue, "woorden");
    assert_eq!(s.claim.exact, "‘Je kunt niets.’");
    let s = only("Jansen was fel, getuige zijn uitspraak: ‘Er is maar één oplossing.’");
    assert_eq!(s.speaker, "Jansen");
    assert_eq!(s.claim.exact, "‘Er is maar één oplossing.’");
    let s = only("De club reageerde in een verklaring: de trainer blijft.");
    assert_eq!(s.speaker, "De club");
    assert_eq!(s.claim.exact, "de trainer blijft");
    // The quotation in the next sentence of the paragraph.
    let all = run(&[&["Jansen opende met de woorden:", "‘Welkom allemaal.’"]]);
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(all[0].segment, "d:2");
    // The object of the verb: "deed de supporters een belofte:".
    let s = only(
        "Ronald Koeman, hier voor het eerst als trainer aan het werk, deed de supporters een belofte: „We gaan attractief voetballen.”",
    );
    assert_eq!(s.speaker, "Ronald Koeman");
    // A speech noun that does not introduce a claim, or no preposition before it.
    nothing(&[
        "Het antwoord: nee.",
        "De woorden van het lied: zie bijlage.",
        "Hij las de woorden voor en ging zitten.",
        "Met de woorden van zijn vader in gedachten vertrok hij.",
        "De gemeente plaatste een bord met de tekst: ‘Verboden toegang.’",
        "De partij voerde campagne met het motto: ‘Samen sterk.’",
    ]);
}

#[test]
fn volgens_a_document_of_an_author() {
    let s = only("Volgens een verklaring van het ministerie is er geen gevaar.");
    assert_eq!(s.speaker, "het ministerie");
    assert_eq!(s.claim.exact, "is er geen gevaar");
    let s = only("Volgens de laatste cijfers van het CBS daalt de werkloosheid.");
    assert_eq!(s.speaker, "CBS");
    let s = only("Volgens een woordvoerder van de gemeente is de weg weer open.");
    assert_eq!(s.speaker, "een woordvoerder van de gemeente");
    // A particular document is a source without its author (the guideline's rule 2).
    let s = only("Volgens het rapport is de dijk te zwak.");
    assert_eq!(s.speaker, "het rapport");
    // A thing after van, or an estimate of no one: no speaker.
    nothing(&[
        "Volgens de planning van het project is de brug in mei klaar.",
        "Volgens een schatting van vorig jaar is het duurder.",
    ]);
}

#[test]
fn naar_eigen_zeggen() {
    let s = only("Jansen heeft naar eigen zeggen niets gezien.");
    assert_eq!(s.speaker, "Jansen");
    assert_eq!(s.cue, "naar eigen zeggen");
    let all = run(&[&[
        "Minister Jan de Vries kwam te laat.",
        "In 2005 zag hij naar eigen zeggen het licht.",
    ]]);
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(all[0].speaker, "Jan de Vries");
    assert_eq!(all[0].mention, "hij");
    // "zeggen" after "eigen" is not the verb, and no speaker no suggestion.
    assert!(one("Naar eigen zeggen is het gelukt.").is_empty());
}

#[test]
fn postposed_after_zo_or_an_auxiliary_and_parenthetical() {
    let s = only("De zaak is gesloten, zo zegt Jansen.");
    assert_eq!(s.speaker, "Jansen");
    assert_eq!(s.claim.exact, "De zaak is gesloten");
    let s = only("De trainer vertrekt, heeft de club laten weten.");
    assert_eq!(s.speaker, "de club");
    assert_eq!(s.claim.exact, "De trainer vertrekt");
    let s = only("‘Het is voorbij’, zo heeft Hu gezegd.");
    assert_eq!(s.claim.exact, "‘Het is voorbij’");
    let s = only("Het is, zegt Jansen, een ramp voor de regio.");
    assert_eq!(s.speaker, "Jansen");
    assert_eq!(s.claim.exact, "Het is, zegt Jansen, een ramp voor de regio");
    // "zo" and an auxiliary without a comma before them: not postposed.
    assert!(one("Het is zo gezegd.").is_empty());
    assert!(one("De man die het zo zei is weg.").is_empty());
}

#[test]
fn passive_with_door() {
    let all = run(&[&[
        "De weg is afgesloten.",
        "Dat werd bevestigd door de politie.",
    ]]);
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(all[0].segment, "d:1");
    assert_eq!(all[0].speaker, "de politie");
    let s = only("Er werd door de minister gezegd dat de wet blijft.");
    assert_eq!(s.speaker, "de minister");
    assert_eq!(s.claim.exact, "de wet blijft");
    // No agent: no speaker (the claim of the UD sentence is "bevestigd na onderzoek").
    assert!(one("Er werd gezegd dat de partij ertegen was.").is_empty());
    assert!(one("Deze claim werd bevestigd na onderzoek van Walter Sneader.").is_empty());
    assert!(one("Het huis werd door de storm verwoest.").is_empty());
}

#[test]
fn zoals_clause_before_the_claim() {
    let s = only("Zoals de minister al zei, is de situatie ernstig.");
    assert_eq!(s.speaker, "de minister");
    assert_eq!(s.claim.exact, "is de situatie ernstig");
    assert!(one("Zoals gezegd is de situatie ernstig.").is_empty());
    assert!(one("Zoals verwacht is de situatie ernstig.").is_empty());
}

#[test]
fn subjects_the_lists_do_not_know() {
    for (text, speaker) in [
        (
            "De curator heeft bekendgemaakt dat het bedrijf failliet is.",
            "De curator",
        ),
        (
            "De 45-jarige verdachte verklaarde dat hij niets wist.",
            "De 45-jarige verdachte",
        ),
        ("Zelfs de minister gaf toe dat het misging.", "de minister"),
        (
            "Jansen en De Vries zeiden dat het plan nodig was.",
            "Jansen en De Vries",
        ),
        (
            "Jansen, hoogleraar in Leiden, zegt dat het plan mislukt is.",
            "Jansen",
        ),
        ("Jansen (54) zegt dat het plan mislukt is.", "Jansen"),
        (
            "Het plan kwam van Jansen, die zei dat het nodig was.",
            "Jansen",
        ),
        (
            "De film gaat over een man die zegt dat hij bang is.",
            "een man",
        ),
        ("Zijn vader vond dat hij moest studeren.", "Zijn vader"),
    ] {
        let s = only(text);
        assert_eq!(s.speaker, speaker, "{text}");
    }
    // Things that carry text, abstract and neuter nouns are not loose speakers.
    nothing(&[
        "De overlevering zegt dat de koning hier sliep.",
        "De legende verhaalt dat de koning hier sliep.",
        "De ervaring leert dat het werkt.",
    ]);
}

#[test]
fn a_nearer_reporting_verb_owns_the_complement() {
    // "vertelt" is not the cue of "dat hij bang is": "zegt" is.
    let s = only("De film vertelt het verhaal van een man die zegt dat hij bang is.");
    assert_eq!(s.cue, "zegt");
    // An infinitive after "te" leaves the complement to the finite verb.
    let s = only("De minister zei te verwachten dat de prijzen stijgen.");
    assert_eq!(s.cue, "zei");
}

#[test]
fn colon_quote_with_an_addressee() {
    let s = only("Jansen tegen de NOS: ‘Ik stop ermee.’");
    assert_eq!(s.speaker, "Jansen");
    assert_eq!(s.claim.exact, "‘Ik stop ermee.’");
    // Not a sentence that only happens to have a name, a phrase and a colon.
    assert!(one("Nederland tegen België: ‘de derby’ eindigde gelijk.").len() <= 1);
}

#[test]
fn third_round_verbs() {
    for (text, cue) in [
        ("De politie schatte dat er duizend mensen waren.", "schatte"),
        ("De burgemeester riep op om kalm te blijven.", "riep"),
        ("De minister maakte duidelijk dat de wet blijft.", "maakte"),
        ("Jansen gaf te kennen dat hij stopt.", "gaf"),
        (
            "De advocaat hield vol dat zijn cliënt onschuldig is.",
            "hield",
        ),
        (
            "De politie gaat ervan uit dat het om brandstichting gaat.",
            "gaat",
        ),
        ("De bond drong erop aan dat de lonen stijgen.", "drong"),
        (
            "De minister herinnerde eraan dat de regels gelden.",
            "herinnerde",
        ),
        (
            "Het CBS becijferde dat de groei 2 procent is.",
            "becijferde",
        ),
        ("Bewoners klaagden dat de straat te druk is.", "klaagden"),
        ("De premier liet doorschemeren dat hij stopt.", "liet"),
        ("De krant maakte melding van een inbraak.", "maakte"),
        ("De minister stelde voor om de wet te schrappen.", "stelde"),
        ("De arts raadde aan om te rusten.", "raadde"),
        (
            "De bond bracht naar voren dat de lonen te laag zijn.",
            "bracht",
        ),
        ("De minister zette uiteen dat de wet blijft.", "zette"),
    ] {
        let all = one(text);
        assert_eq!(all.len(), 1, "{text}: {all:#?}");
        assert_eq!(all[0].cue, cue, "{text}");
    }
    nothing(&[
        "De politie schatte de schade in.",
        "De burgemeester riep de raad bijeen.",
        "Hij herinnerde zich dat het regende.",
        "Hij ging uit met zijn vrienden.",
        "De kapitein hield de koers vast.",
        "Een schat aan informatie.",
        "Hij stelde zich voor als de nieuwe trainer.",
        "Hij bracht de koffer naar voren.",
    ]);
}

#[test]
fn titles_with_a_period_belong_to_the_name() {
    let s = only("Prof. dr. Jan Jansen zei dat het plan mislukt is.");
    assert_eq!(s.speaker, "Jan Jansen");
    let s = only("Volgens mr. De Vries is het vonnis onjuist.");
    assert_eq!(s.speaker, "De Vries");
}

#[test]
fn a_capitalised_cue_form_inside_a_sentence_is_a_name() {
    // "Twitter" is not a form of "twitteren" here, and does not take the complement.
    let s = only("Op Twitter schreef Trump dat het plan mislukt is.");
    assert_eq!((s.cue.as_str(), s.speaker.as_str()), ("schreef", "Trump"));
    let s = only("Trump schreef op Twitter: ‘Het plan is mislukt.’");
    assert_eq!(s.claim.exact, "‘Het plan is mislukt.’");
    assert!(one("Hij werkt bij Twitter en Meld Misdaad Anoniem.").is_empty());
}

#[test]
fn a_prepositional_phrase_is_not_an_object_of_a_frame_verb() {
    let s = only("De onderzoekers schrijven in het tijdschrift Nature dat het middel werkt.");
    assert_eq!(s.speaker, "De onderzoekers");
    assert!(one("De onderzoekers schreven een artikel dat veel werd gelezen.").is_empty());
}

#[test]
fn knew_to_report() {
    let s = only("Jansen wist te melden dat het plan mislukt is.");
    assert_eq!((s.cue.as_str(), s.speaker.as_str()), ("melden", "Jansen"));
    assert!(one("Jansen probeerde te melden dat hij ziek was.").is_empty());
}

#[test]
fn a_document_of_an_author_as_the_source() {
    // "blijkt uit" is evidence, not a claim (round 6: the guideline's rule 3, as every news
    // gold labels it); a document in which something stands says it.
    assert!(one("Uit onderzoek van de universiteit blijkt dat het middel werkt.").is_empty());
    assert!(one("Dat blijkt uit een voorlopige raming van het CBS.").is_empty());
    let all = run(&[&[
        "Het plan is mislukt.",
        "Dat staat in een rapport van de inspectie.",
    ]]);
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(
        (all[0].segment.as_str(), all[0].speaker.as_str()),
        ("d:1", "de inspectie")
    );
    // No author, or not a document: nothing.
    nothing(&[
        "Uit onderzoek blijkt dat het middel werkt.",
        "Uit de cijfers blijkt dat het beter gaat.",
        "Het huis staat in een straat van de binnenstad.",
        "Uit onderzoek van de labjournaals bij Bayer blijkt dat hij de ontdekker was.",
    ]);
}

#[test]
fn a_stance_with_a_copula() {
    let s = only("De minister is van mening dat het plan mislukt is.");
    assert_eq!(
        (s.speaker.as_str(), s.cue.as_str()),
        ("De minister", "is van mening")
    );
    assert_eq!(s.claim.exact, "het plan mislukt is");
    let s = only("De rechter was van oordeel dat de man schuldig is.");
    assert_eq!(s.speaker, "De rechter");
    nothing(&[
        // A state of mind, not a statement (the corpus article leaves it unannotated).
        "De autoriteiten zijn er niet van overtuigd dat het LNA sterk genoeg is.",
        "Zijn mening is dat het mislukt is.",
        "Het is mijn mening dat het mislukt.",
        "Jansen was niet overtuigd.",
    ]);
}

#[test]
fn a_pronoun_prefers_a_person_named_as_subject_after_the_last_speaker() {
    let all = run(&[&[
        "Jansen zei dat het goed ging.",
        "Later kwam minister Jan de Vries binnen.",
        "Hij zei dat het slecht ging.",
    ]]);
    assert_eq!(all.len(), 2, "{all:#?}");
    assert_eq!(all[1].speaker, "Jan de Vries");
    // In another paragraph, or a one-word name (a country, a party): the last speaker.
    let all = run(&[
        &["Jan Jansen zei dat het goed ging.", "Daarna sprak Rusland."],
        &["Hij zei dat het slecht ging."],
    ]);
    assert_eq!(all.len(), 2, "{all:#?}");
    assert_eq!(all[1].speaker, "Jan Jansen");
}

#[test]
fn quote_only_sentence_after_a_speaker_or_a_named_subject() {
    let all = run(&[&["Jansen zei dat het zwaar was.", "‘Ik stop.’"]]);
    assert_eq!(all.len(), 2, "{all:#?}");
    assert_eq!(
        (all[1].segment.as_str(), all[1].speaker.as_str()),
        ("d:2", "Jansen")
    );
    assert!(all[1].score < all[0].score);
    let all = run(&[&["Minister Jan Jansen is boos.", "‘Dit kan niet.’"]]);
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(all[0].speaker, "Jan Jansen");
    // No person before it, another paragraph, or a bare surname: nobody.
    assert!(run(&[&["Het weer was slecht.", "‘Het regent.’"]]).is_empty());
    assert!(run(&[&["Minister Jan Jansen is boos."], &["‘Dit kan niet.’"]]).is_empty());
    assert!(run(&[&["Jansen werkte hier.", "‘Dit kan niet.’"]]).is_empty());
}

#[test]
fn te_infinitive_claims() {
    let s = only("Indonesië zei gisteren wapenzendingen naar de Molukken te hebben onderschept.");
    assert_eq!(s.speaker, "Indonesië");
    assert_eq!(
        s.claim.exact,
        "gisteren wapenzendingen naar de Molukken te hebben onderschept"
    );
    let s = only("De VARA deelt mee de cijfers nog niet gereed te hebben.");
    assert_eq!(s.claim.exact, "de cijfers nog niet gereed te hebben");
    // A long relative clause between the subject and the verb.
    let s = only(
        "Monique Schieman, die op het eiland een vakantieverblijf voor Nederlandse gehandicapten bouwt, zegt zich op haar verzekering te hebben verkeken.",
    );
    assert_eq!(s.speaker, "Monique Schieman");
    // "te laat" is not an infinitive, and "vinden" takes no te-infinitive claim.
    assert!(one("Jansen zei te laat.").is_empty());
    assert!(one("Jansen vond het moeilijk te geloven.").is_empty());
}

#[test]
fn colon_quotations_after_headings_and_appositions() {
    for (text, speaker) in [
        (
            "Free Record Shop, Juan da Silva: „Er wordt weer gestunt.”",
            "Juan da Silva",
        ),
        (
            "RMS-leider in ballingschap Manusama: „Het is een machtsstrijd.”",
            "Manusama",
        ),
        (
            "Verantwoordelijk PCM-directeur Ben Knapen: „Het gaat om dienstverlening.”",
            "Ben Knapen",
        ),
        (
            "Jan Greven, voormalig hoofdredacteur van Trouw: „De klant wil niet belazerd worden.”",
            "Jan Greven",
        ),
        (
            "Jan Greven over de positie van de kranten op internet: „Er blijft behoefte aan redacties.”",
            "Jan Greven",
        ),
    ] {
        let s = only(text);
        assert_eq!(s.speaker, speaker, "{text}");
        assert!(s.claim.exact.starts_with('„'), "{text}: {s:#?}");
    }
    // A verb before the colon: the cue's subject speaks, not the name before the colon.
    let got = one("Een man zei ooit tegen de Boeddha: „Ik wil gelukkig zijn.”");
    assert!(got.iter().all(|s| s.speaker != "Boeddha"), "{got:#?}");
    // A colon with no name before it is no attribution.
    assert!(one("Een voorbeeld: „Ik wil gelukkig zijn.”").is_empty());
}

#[test]
fn quotation_of_the_person_in_focus() {
    // An interview: the quotation has no cue; the person the text is about says it, through
    // every sentence until the closing mark.
    let got = run(&[&[
        "Tijdens een persconferentie in Madrid wordt Dave Grohl gevraagd naar zijn favoriete groepen.",
        "Als ik Grohl herinner aan de woorden van zijn collega, valt hij even stil.",
        "„Ik weet niet goed wat hij bedoelde.",
        "Het hoorde bij mijn leeftijd.",
        "Nu denk ik er anders over.”",
        "De plaat komt in maart uit.",
    ]]);
    assert_eq!(
        who(&got),
        [
            ("d:3", "Dave Grohl"),
            ("d:4", "Dave Grohl"),
            ("d:5", "Dave Grohl")
        ],
        "{got:#?}"
    );
    // The last speaker goes on when nobody else is named in between.
    let got = run(&[&[
        "„Om een minuut over twaalf”, aldus een woordvoerder.",
        "De prijs laat het concern over aan de beheerders.",
        "„Maar we adviseren een prijs van 45 gulden.”",
    ]]);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[1].segment, "d:3");
    assert_eq!(got[1].speaker, "een woordvoerder");
    // A title in guillemets after a publisher's name is nobody's quotation, and a caption
    // credit is no speaker.
    let got = run(&[&[
        "« Eigen volk eerst », Uitgeverij TYR, 1989.",
        "« Weg met ons? »",
    ]]);
    assert!(got.is_empty(), "{got:#?}");
    let got = run(&[&[
        "Foto Pim Ras",
        "„In oktober hebben we een joint-venture opgericht.”",
    ]]);
    assert!(got.iter().all(|s| s.segment == "d:1"), "{got:#?}");
}

#[test]
fn anonymous_sources_and_threats_to_happen() {
    assert!(one("Volgens betrouwbare bronnen wil SBS 60 miljoen betalen.").is_empty());
    assert!(one("Volgens ingewijden wil de topman 200 miljoen ontvangen.").is_empty());
    let s = only("Volgens bronnen in het presidentiële paleis wil Wahid zijn kabinet wijzigen.");
    assert_eq!(s.speaker, "bronnen in het presidentiële paleis");
    assert!(one("Door deze wet dreigt de VARA het publieke bestel te verlaten.").is_empty());
    assert_eq!(
        only("De bond dreigde dat de spelers zouden staken.").speaker,
        "De bond"
    );
}

#[test]
fn aldus_in_the_middle_and_before_a_relative_clause() {
    let s = only(
        "Want de ontwikkelingen in de nieuwe media bieden, aldus De Mol, kansen die je niet kunt negeren.",
    );
    assert_eq!(s.speaker, "De Mol");
    assert!(s.claim.exact.ends_with("niet kunt negeren"), "{s:#?}");
    let s = only(
        "Er is onvoldoende bewijs om een arrestatie te rechtvaardigen, aldus Straw, die erop let.",
    );
    assert_eq!(s.speaker, "Straw");
    assert_eq!(
        s.claim.exact,
        "Er is onvoldoende bewijs om een arrestatie te rechtvaardigen"
    );
    // "De Mol" is the short form of "John de Mol" named before.
    let got = run(&[&["John de Mol is tevreden.", "Het gaat goed, aldus De Mol."]]);
    assert_eq!(got[0].speaker, "John de Mol", "{got:#?}");
}

#[test]
fn subjects_with_focus_words_and_verbs_that_are_no_roles() {
    assert_eq!(
        only("Wahid zelf zegt dat de koehandel de reden is.").speaker,
        "Wahid"
    );
    // "verwijten" before a name is the verb, not a role ("biografist Peter …").
    assert_eq!(
        only("Critici verwijten Straw dat hij te weinig lef toont.").speaker,
        "Critici"
    );
    // After an apposition the quotation resumed after the cue is the speaker's too.
    let s = only(
        "„Er is ruimte voor moedige rechters”, zegt Carlos Orellana, een medewerker van de uitgeverij, „maar het bewijst dat de rechters invloed hebben.”",
    );
    assert_eq!(s.speaker, "Carlos Orellana");
    assert!(
        s.claim.exact.starts_with("„Er is ruimte") && s.claim.exact.ends_with("invloed hebben.”"),
        "{s:#?}"
    );
}

#[test]
fn role_with_a_phrase_before_the_full_name() {
    let s =
        only("„Er waait een nieuwe wind”, zegt de advocaat voor de mensenrechten Hector Salazar.");
    assert_eq!(s.speaker, "Hector Salazar");
    assert_eq!(s.role.as_deref(), Some("advocaat voor de mensenrechten"));
    // A body in the phrase is the organisation, and the name must end the clause.
    let s = only("„Het kan niet”, zegt de woordvoerder van de gemeente Den Haag.");
    assert_ne!(s.speaker, "Den Haag");
}

#[test]
fn any_verb_right_after_a_quotation_and_a_clause_before_a_colon() {
    let got = run(&[&[
        "De presentator heet Harry Vermeegen.",
        "„Dat doet pijn, he Leo?”, gniffelt de presentator.",
    ]]);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].cue, "gniffelt");
    // Only adverbs may follow: "…”, lacht Jansen in de zaal" is a narration.
    assert!(one("„Ja”, loopt Jansen naar de deur.").is_empty());
    let got = run(&[&[
        "Voorzitter Aart Koopmans van de SWM spant een kort geding aan.",
        "Koopmans is ziedend op de KNSB: „Dit is weer eens een voorbeeld van onbetrouwbaarheid.",
        "Daar zijn we nu stiekem van afgevoerd.”",
    ]]);
    assert_eq!(
        who(&got),
        [("d:2", "Aart Koopmans"), ("d:3", "Aart Koopmans")],
        "{got:#?}"
    );
    // A capitalised word that opens the sentence is no speaker, nor a text carrier.
    assert!(one("Geraamtes en de dood vormen het hoofdthema in: „Geraamten vechtend”.").is_empty());
    assert!(one("De gemeente plaatste een bord met de tekst: ‘Verboden toegang.’").is_empty());
}

#[test]
fn headings_in_capitals_and_pronouns_after_a_newly_named_person() {
    // "VRAAGJE VAN HARRY" is a heading, not a name "Harry" can resolve to.
    let got = run(&[&[
        "VRAAGJE VAN HARRY: „Van wie zijn deze benen?”",
        "„Hij gooit een strafschop”, roept Harry opgetogen.",
    ]]);
    assert!(
        got.iter().all(|s| !s.speaker.contains("VRAAGJE")),
        "{got:#?}"
    );
    // "Hij" after a new person named in full, past an earlier speaker.
    let got = run(&[&[
        "„We gaan attractief voetballen”, zei Ronald Koeman.",
        "Voorzitter Aart Koopmans van de SWM spant een kort geding aan.",
        "Daarin eist hij erkenning van zijn rit in Japan.",
        "Hij vreest dat de race minder aantrekkelijk wordt.",
    ]]);
    assert_eq!(last_speaker(&got), Some("Aart Koopmans"), "{got:#?}");
}

#[test]
fn names_after_an_article_are_no_persons_for_pronouns() {
    let got = run(&[&[
        "„We gaan attractief voetballen”, zei Ronald Koeman.",
        "De SWM organiseert ook de Alternatieve Elfstedentocht in Oostenrijk.",
        "Hij vreest dat de race minder aantrekkelijk wordt.",
    ]]);
    assert_eq!(last_speaker(&got), Some("Ronald Koeman"), "{got:#?}");
    // A title "De Nieuwe Britse keuken" is no surname "De Nieuwe".
    let got = run(&[&[
        "Slobodan Milosevic is manager van de ploeg.",
        "Zijn boek De Nieuwe Britse keuken is uit.",
        "„Voor ons zijn de problemen normaal geworden”, zegt hij.",
    ]]);
    assert_eq!(last_speaker(&got), Some("Slobodan Milosevic"), "{got:#?}");
}

#[test]
fn coordinated_verbs_commas_inside_quotes_and_demonstrative_dat() {
    let s = only("De minister ging naar huis en zei dat het kabinet blijft.");
    assert_eq!(s.speaker, "De minister");
    let got = one("„Het is voorbij,” zuchtte Jansen.");
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(
        (got[0].speaker.as_str(), got[0].cue.as_str()),
        ("Jansen", "zuchtte")
    );
    // "vindt dat veel te weinig": the object, not a clause; "vindt dat het kan" is one.
    assert!(one("Eigenaar Wegener Arcade vindt dat veel te weinig.").is_empty());
    assert_eq!(only("Jansen vindt dat het kan.").speaker, "Jansen");
    assert!(one("Marie en Tom vroegen zich af of het moord was.").is_empty());
}

#[test]
fn descriptions_first_names_and_demonstratives() {
    // "de Helmonder", "de Nederlander": the person the text is about.
    let got = run(&[&[
        "„Het is geregeld”, aldus Peter Leegwater.",
        "Hein Verbruggen heeft het helemaal gehad met de renners.",
        "„Schei nou toch uit”, reageert de Nederlander schamper vanaf zijn wintersportadres.",
    ]]);
    assert_eq!(last_speaker(&got), Some("Hein Verbruggen"), "{got:#?}");
    // A first name of someone named in full, and an apposition after the verb.
    let got = run(&[&[
        "In 1988 stopte motorrijder Pierre Karsmakers met de rally.",
        "„Druk hebben we niet”, grijnst Pierre, sinds jaren eigenaar van een motorhandel.",
    ]]);
    assert_eq!(last_speaker(&got), Some("Pierre Karsmakers"), "{got:#?}");
    // "Deze constateerde dat": a demonstrative before the verb.
    let got = run(&[&[
        "Het Supreme Court zei dat de wet geldt.",
        "Deze constateerde dat sommige beperkingen in strijd waren met de grondwet.",
    ]]);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[1].mention, "Deze");
    // "liet weten … te hebben", "verzuchtte … ‘nooit meer’".
    assert_eq!(
        only("Al in 1905 liet president Theodore Roosevelt weten behoefte te hebben aan regels.")
            .speaker,
        "Theodore Roosevelt"
    );
}

#[test]
fn subjects_with_a_field_or_a_place() {
    speakers(&[
        (
            "Het Japanse agentschap voor kernenergie meldt dat de centrale dicht is.",
            "Het Japanse agentschap voor kernenergie",
        ),
        (
            "De minister voor Ontwikkelingssamenwerking zei dat de hulp doorgaat.",
            "De minister voor Ontwikkelingssamenwerking",
        ),
        (
            "De ambassadeur in Moskou verklaarde dat de gesprekken doorgaan.",
            "De ambassadeur in Moskou",
        ),
    ]);
    // An occasion is no part of the speaker.
    let s = only("„Het gaat goed”, zegt de minister voor de camera.");
    assert_eq!(s.speaker, "de minister");
}

#[test]
fn naming_verbs_report_only_quoted_words() {
    let s = only("De minister noemde de roddels ‘politieke onzin’.");
    assert_eq!(s.speaker, "De minister");
    assert_eq!(s.claim.exact, "‘politieke onzin’");
    let s = only("De manager spreekt voortdurend van ‘het bombardement’.");
    assert_eq!(s.claim.exact, "‘het bombardement’");
    // Unquoted, a name for something is no report; a participle names.
    assert!(one("Een logische ontwikkeling, zo noemt John de Mol de activiteiten.").is_empty());
    assert!(one("De minister noemde het voorbeeld van de vier renners.").is_empty());
    assert!(one("Deze insecten worden door entomologen ‘wantsen’ genoemd.").is_empty());
}

#[test]
fn hij_after_a_surname_of_someone_named_in_full() {
    let got = run(&[&[
        "„Het gaat goed”, zegt kok Gary Rhodes.",
        "In Servië dragen 108 mensen de naam Slobodan Milosevic, zoals de president.",
        "Maar Milosevic weet in elke discussie de scherpe kanten te ronden.",
        "„Voor ons zijn de problemen normaal geworden”, zegt hij.",
    ]]);
    assert_eq!(last_speaker(&got), Some("Slobodan Milosevic"), "{got:#?}");
}

#[test]
fn people_by_kinship_and_scholars() {
    assert_eq!(
        only("De vader van het slachtoffer zei dat hij boos is.").speaker,
        "De vader van het slachtoffer"
    );
    assert_eq!(
        only("Een 45-jarige man vertelde dat hij niets had gezien.").speaker,
        "Een 45-jarige man"
    );
    assert_eq!(
        only("Volgens sommige geleerden kan er een aardbeving komen.").speaker,
        "sommige geleerden"
    );
}

#[test]
fn reports_nested_in_a_quotation() {
    let got = one(
        "„Als een programma niet scoorde, zei de programmadirecteur: ik zie er toch leuke dingen in”, zegt John de Mol.",
    );
    assert_eq!(
        who(&got),
        [("d:1", "John de Mol"), ("d:1", "de programmadirecteur")],
        "{got:#?}"
    );
    assert_eq!(got[1].claim.exact, "ik zie er toch leuke dingen in");
    // The quoted speaker's own people (ik, we, hij) add nothing.
    let got = one("„Toen zei ik dat het genoeg was”, zegt Jansen.");
    assert_eq!(got.len(), 1, "{got:#?}");
}

/// Round 6 (real news articles): names and nouns that the word lists did not cover.
#[test]
fn surnames_acronyms_plurals_and_titles() {
    // A surname in -se is no adjective before a verb ("de Haagse politie" still is one).
    assert_eq!(only("Louwerse zegt dat het klopt.").speaker, "Louwerse");
    assert_eq!(
        only("De Haagse politie meldt dat het klopt.").speaker,
        "De Haagse politie"
    );
    // "OM" is an acronym, not the preposition "om".
    assert_eq!(only("Het moet anders, aldus het OM.").speaker, "OM");
    // Plurals of listed nouns.
    assert_eq!(
        only("Het past niet, aldus de officieren van justitie.").speaker,
        "de officieren van justitie"
    );
    assert_eq!(
        only("Volgens de makelaars stijgen de prijzen.").speaker,
        "de makelaars"
    );
    // Particles of a surname written with a capital.
    assert_eq!(
        only("‘Ik luister graag’, zei Van der Burg vrolijk.").speaker,
        "Van der Burg"
    );
    // A title that opens the sentence is a role, not the first word of the name.
    let got = run(&[&[
        "Burgemeester Dirk van der Borg is boos.",
        "‘Daar heb ik geen waardering voor’, benadrukt hij.",
    ]]);
    assert_eq!(last_speaker(&got), Some("Dirk van der Borg"));
}

#[test]
fn descriptions_that_point_back_and_klinkt_het() {
    let got = run(&[
        &["Woordvoerder Matthijs van Houten zegt dat het onderzoek loopt."],
        &["Volgens de zegsman worden de agenten opgevangen."],
    ]);
    assert_eq!(last_speaker(&got), Some("Matthijs van Houten"));
    let got = run(&[&[
        "De UNHCR zegt dat de nood groot is.",
        "Er is 137 miljoen euro nodig, aldus de organisatie.",
    ]]);
    assert_eq!(who(&got), [("d:1", "UNHCR"), ("d:2", "UNHCR")]);
    // Without anyone to point back to, the description is the speaker.
    assert_eq!(
        only("Volgens de zegsman is het rustig.").speaker,
        "de zegsman"
    );
    let got = run(&[&[
        "Jan Jambon zegt dat hij tevreden is.",
        "‘We schieten niets op met geklaag’, klinkt het verder.",
    ]]);
    assert_eq!(who(&got), [("d:1", "Jan Jambon"), ("d:2", "Jan Jambon")]);
    // Not when nobody has spoken.
    assert!(one("‘We schieten niets op’, klinkt het.").is_empty());
}

#[test]
fn role_compounds_offices_and_low_double_commas() {
    // A name that is the first part of a role compound is the role's, not the speaker's.
    assert_eq!(
        only("‘Het is zwaar’, zegt Willem II-trainer John Stegeman.").speaker,
        "John Stegeman"
    );
    let s = only("Het is volgens De Nederlandsche Bank-president Klaas Knot te vroeg.");
    assert_eq!(s.speaker, "Klaas Knot");
    // The office's name runs into the holder's.
    let s = only("Volgens minister van Buitenlandse Handel Sigrid Kaag is het goed.");
    assert_eq!(s.speaker, "Sigrid Kaag");
    assert_eq!(s.organisation.as_deref(), Some("Buitenlandse Handel"));
    // ",," opens a quotation, also after a full stop inside one segment.
    let got =
        run(&[&["Burgemeester Jan van Zanen is het met haar eens. ,,Er is reden tot zorg.”"]]);
    assert_eq!(who(&got), [("d:1", "Jan van Zanen")]);
    assert_eq!(got[0].claim.exact, ",,Er is reden tot zorg.”");
    assert_eq!(
        only(",,Het is voorbij”, zei Jansen.").claim.exact,
        ",,Het is voorbij”"
    );
    // Commas in a list are no quotation mark.
    assert!(one("Appels, peren,, en pruimen.").is_empty());
    // "aldus X" with a phrase of place or time closing the sentence.
    assert_eq!(
        only("Het kabinet gaat door, aldus De Croo op Twitter.")
            .claim
            .exact,
        "Het kabinet gaat door"
    );
    // Particles of a surname at a sentence's start, before a verb.
    assert_eq!(
        only("Van den Heuvel liet weten dat het klopt.").speaker,
        "Van den Heuvel"
    );
    assert!(
        one("Van de Nederlanders zegt 40 procent dat het klopt.")
            .iter()
            .all(|s| s.speaker != "Van de Nederlanders")
    );
}

#[test]
fn noun_phrase_objects_modifiers_and_adverbs() {
    // A speech verb whose object is only a noun phrase reports no claim (the guideline's
    // rule 3): "pleitte voor vrijspraak", "waarschuwt voor een revolutie".
    assert!(one("Roethof pleitte voor vrijspraak.").is_empty());
    assert!(one("Demir waarschuwt voor een revolutie als er niets gebeurt.").is_empty());
    assert_eq!(
        only("Demir waarschuwt dat er een revolutie komt.").speaker,
        "Demir"
    );
    // A modifier comes before the head noun: "gebruikte" after "de advocaat" is a verb.
    assert_eq!(
        only("Volgens de advocaat gebruikte justitie zware middelen.").speaker,
        "de advocaat"
    );
    // "Daarin merkt zij op": an adverb is no speaker.
    let got = run(&[&[
        "Minister Cora van Nieuwenhuizen stuurde een brief.",
        "Daarin merkt zij op dat het niet acceptabel is.",
    ]]);
    assert_eq!(last_speaker(&got), Some("Cora van Nieuwenhuizen"));
    // "volgens sommigen": nobody in particular.
    assert!(one("Volgens sommigen is het te laat.").is_empty());
    // "algemeen directeur": an adjective before the role noun.
    assert_eq!(
        only("‘Ik ben blij’, zegt algemeen directeur Silvia van der Heiden.").speaker,
        "Silvia van der Heiden"
    );
}

#[test]
fn quotations_after_questions_and_headings() {
    // An interview: the quotation answers a question; the speaker was introduced before it.
    let got = run(&[
        &["Weerman Gerrit Hiemstra durft er zijn hand niet voor in het vuur te steken."],
        &["Gerrit, wat kunnen we de komende dagen verwachten?"],
        &[
            "„We krijgen twee tropische dagen.",
            "Daarna wordt het koeler.”",
        ],
    ]);
    assert_eq!(
        who(&got),
        [("d:3", "Gerrit Hiemstra"), ("d:4", "Gerrit Hiemstra")]
    );
    // A heading between the speaker's quotation and the next.
    let got = run(&[
        &["„We zijn onderweg”, vertelt woordvoerder Matthijs van Houten."],
        &["Onderzoek"],
        &[
            "De straat is afgesloten.",
            "„Wij zijn direct een onderzoek gestart.”",
        ],
    ]);
    assert_eq!(last_speaker(&got), Some("Matthijs van Houten"));
    assert_eq!(got.last().map(|s| s.segment.as_str()), Some("d:4"));
    // Not past a paragraph of running text.
    let got = run(&[
        &["„We zijn onderweg”, vertelt woordvoerder Matthijs van Houten."],
        &["De straat is afgesloten en de brandweer is ter plaatse."],
        &["„Wij zijn direct een onderzoek gestart.”"],
    ]);
    assert_eq!(got.len(), 1, "{got:#?}");
}

#[test]
fn bodies_and_people_described_again_and_times() {
    // "het bedrijf", "de bond": the body that spoke last.
    let got = run(&[&[
        "ASML meldt dat de omzet stijgt.",
        "Volgens Peter Wennink gaat het goed.",
        "Het bedrijf verwacht dat de restricties weinig veranderen.",
    ]]);
    assert_eq!(last_speaker(&got), Some("ASML"));
    // "de militair": the person the text is about.
    let got = run(&[&[
        "Marco Kroon zegt dat hij in hoger beroep gaat.",
        "Volgens de militair heeft de orde er niets mee te maken.",
    ]]);
    assert_eq!(last_speaker(&got), Some("Marco Kroon"));
    // Not inside a quotation, where a description is someone the speaker talks about.
    let got = one("„Toen zei de directeur: we stoppen ermee”, zegt Marco Kroon.");
    assert!(got.iter().any(|s| s.speaker == "de directeur"), "{got:#?}");
    // A capitalised particle inside a name.
    assert_eq!(
        only("Het klopt, aldus burgemeester Gerda Van den Brande.").speaker,
        "Gerda Van den Brande"
    );
    // A day and its part is no speaker.
    assert_eq!(
        only("Zondagavond zei Soylu dat de operatie klaar is.").speaker,
        "Soylu"
    );
}

#[test]
fn a_conjunction_before_an_inverted_cue_is_no_claim_the_quotation_after_it_is() {
    let got = run(&[&[
        "Burgemeester Jan van Zanen is geschrokken.",
        "En, voegt hij er in deze verklaring aan toe: ,,Tegen deze mensen wil ik zeggen: we zijn er voor jullie.",
        "We helpen jullie.”",
    ]]);
    let two: Vec<_> = got.iter().filter(|s| s.segment == "d:2").collect();
    assert_eq!(two.len(), 1, "{got:#?}");
    assert_eq!(two[0].speaker, "Jan van Zanen");
    assert!(
        two[0].claim.exact.starts_with(",,Tegen deze mensen"),
        "{got:#?}"
    );
    assert_eq!(last_speaker(&got), Some("Jan van Zanen"));
    assert_eq!(got.last().unwrap().segment, "d:3");
    // A clause before the comma is the claim, as before.
    let s = only("Het wordt een zware winter, zegt Piet Jansen.");
    assert_eq!(s.claim.exact, "Het wordt een zware winter");
}

#[test]
fn a_clause_without_cue_before_a_colon_quotes_its_pronoun_or_the_paragraphs_speaker() {
    let got = run(&[&[
        "Max Verstappen werd tweede in Zandvoort.",
        "Daar is hij zelf ook zeer realistisch over: \"We hadden de pace niet.\"",
    ]]);
    assert_eq!(who(&got), vec![("d:2", "Max Verstappen")]);
    let got = run(&[&[
        "Burgemeester Jan van Zanen is het eens. ,,Er is reden tot zorg.”",
        "En later in een officiële verklaring: ,,Ben geschrokken van de omstandigheden.”",
    ]]);
    assert_eq!(
        who(&got),
        vec![("d:1", "Jan van Zanen"), ("d:2", "Jan van Zanen")]
    );
    // A clause that names someone else is not the paragraph's speaker's (a sign's text is
    // the sign's).
    let got = run(&[&[
        "Burgemeester Jan van Zanen is het eens. ,,Er is reden tot zorg.”",
        "Op het bord van Ajax staat: ,,Welkom thuis.”",
    ]]);
    assert_eq!(
        who(&got),
        vec![("d:1", "Jan van Zanen"), ("d:2", "het bord van Ajax")]
    );
}

#[test]
fn an_office_at_a_sentence_start_then_its_holder_with_particles() {
    let got = run(&[&[
        "Minister van Justitie Vincent Van Quickenborne zei dat hij ontslag neemt.",
        "‘Een fout met dramatische gevolgen’, aldus de ontslagnemende minister.",
    ]]);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[0].speaker, "Vincent Van Quickenborne");
    assert_eq!(got[0].role.as_deref(), Some("Minister van Justitie"));
    assert_eq!(got[0].organisation.as_deref(), Some("Justitie"));
    assert_eq!(got[1].speaker, "Vincent Van Quickenborne");
    assert_eq!(got[1].mention, "de ontslagnemende minister");
}

#[test]
fn a_description_of_a_body_points_to_the_body_named_last() {
    let got = run(&[&[
        "De Amerikaanse regering wil de export beperken, zegt minister Jan de Vries.",
        "ASML levert machines aan Chinese klanten.",
        "Het bedrijf zegt dat het zich aan de regels houdt.",
    ]]);
    assert_eq!(last_speaker(&got), Some("ASML"));
    // An office noun does not point back to a person of another office.
    let got = run(&[&[
        "Minister Jan de Vries zei dat de brug dichtgaat.",
        "Volgens de burgemeester is het rustig in de stad.",
    ]]);
    assert_eq!(last_speaker(&got), Some("de burgemeester"));
}

#[test]
fn a_quotation_after_hij_or_a_surname_as_subject_is_that_persons() {
    let got = run(&[
        &["De prijs ging uiteindelijk naar Ferry Schiffelers."],
        &[
            "Hij liet zich inspireren door zijn fascinatie voor begrafenissen.",
            "'Ik heb veel mensen snel achter elkaar verloren.'",
        ],
    ]);
    assert_eq!(who(&got), vec![("d:3", "Ferry Schiffelers")]);
    // The subject, not a name later in a list ("door Willem, Astrid en Sonja").
    let got = run(&[
        &["Matthieu Jonker had de meest actuele collectie."],
        &[
            "Jonker liet zich inspireren door Willem, Astrid en Sonja.",
            "'Het is een aangrijpend verhaal.'",
        ],
    ]);
    assert_eq!(who(&got), vec![("d:3", "Matthieu Jonker")]);
}

#[test]
fn a_quotation_heading_quotes_the_speaker_of_the_paragraphs_it_heads() {
    let got = run(&[
        &["Lijsttrekker Tjeerd van Dekken zegt dat het een rommeltje is."],
        &["'Gezamenlijk aan de slag'"],
        &["Gedeputeerde Patrick Brouns zegt dat hij het artikel heeft gelezen."],
    ]);
    assert_eq!(
        who(&got),
        vec![
            ("d:1", "Tjeerd van Dekken"),
            ("d:2", "Patrick Brouns"),
            ("d:3", "Patrick Brouns")
        ]
    );
    // Nobody speaks after it: not the speaker before it either.
    let got = run(&[
        &["Lijsttrekker Tjeerd van Dekken zegt dat het een rommeltje is."],
        &["‘Dieptriest’"],
        &["De woningen worden gesloopt."],
    ]);
    assert_eq!(who(&got), vec![("d:1", "Tjeerd van Dekken")]);
}

#[test]
fn a_preposition_is_no_blocking_particle_and_dat_zei_reaches_the_lead() {
    let got = run(&[
        &["Nieuwkoop moet veel meer huizen bouwen."],
        &["Dat stelt Tom de Kleer, fractievoorzitter van de VVD in de Nieuwkoopse raad."],
    ]);
    assert_eq!(who(&got), vec![("d:1", "Tom de Kleer")]);
    assert_eq!(got[0].claim.exact, "Nieuwkoop moet veel meer huizen bouwen");
    // A particle that ends its clause still makes it another verb.
    assert!(one("De politie stelde dinsdag een blokkade in.").is_empty());
    assert!(one("De film dreigt een flop te worden, zei niemand.").is_empty());
}

#[test]
fn a_surname_quoted_before_as_a_subject_takes_the_quotation_after_it() {
    let got = run(&[
        &[
            "„Je kunt onderdelen proberen na te maken”, reageert Wennink vandaag.",
            "Dit gebeurt onder druk van de Verenigde Staten die zeggen dat het om een strategisch product gaat.",
        ],
        &[
            "Maar Wennink ziet geen probleem in levering aan China.",
            "„We doen al dertig jaar zaken met Chinese klanten.",
            "Die produceert chips voor de hele wereld.”",
        ],
    ]);
    assert_eq!(
        who(&got),
        vec![
            ("d:1", "Wennink"),
            ("d:2", "Verenigde Staten"),
            ("d:4", "Wennink"),
            ("d:5", "Wennink")
        ]
    );
}

#[test]
fn a_name_before_a_roles_hyphen_is_a_body_not_the_next_quotations_speaker() {
    let got = run(&[
        &["“Als het slecht gaat, hakken ze je kop eraf”, zegt Willem II-trainer John Stegeman."],
        &[
            "Willem II staat op een teleurstellende zesde plek.",
            "“Als het goed gaat, krijg je een veer in je reet.”",
        ],
    ]);
    assert_eq!(
        who(&got),
        vec![("d:1", "John Stegeman"), ("d:3", "John Stegeman")]
    );
}

#[test]
fn a_pronoun_after_the_claim_stands_for_the_subject_that_opens_its_sentence() {
    let got = run(&[&[
        "Fabio Jakobsen liet weten dat hij op zijn limiet zat.",
        "Landgenoot Dylan Groenewegen had het wat minder lastig, liet hij weten.",
    ]]);
    assert_eq!(
        who(&got),
        vec![("d:1", "Fabio Jakobsen"), ("d:2", "Dylan Groenewegen")]
    );
    // A name in a phrase before the pronoun is not its antecedent.
    let got = run(&[&[
        "Max Verstappen werd tweede.",
        "Bij interviewer Giedo van der Garde sprak hij zich uit: \"Het was niet makkelijk.\"",
    ]]);
    assert_eq!(last_speaker(&got), Some("Max Verstappen"));
}

#[test]
fn the_subject_that_opens_a_sentence_before_a_relative_clause_takes_the_next_quotation() {
    let got = run(&[&[
        "Wout van Aert, die lang voor geletruidrager Jonas Vingegaard reed, was onder de indruk.",
        "„De verhalen die ik heb gehoord, waren niet overdreven.”",
    ]]);
    assert_eq!(who(&got), vec![("d:2", "Wout van Aert")]);
    // An apposition with a name after the comma is that name's.
    let got = run(&[&[
        "Organisator van Electronic Picnic, Glenn Beense, was teleurgesteld.",
        "„Het festival gaat niet door.”",
    ]]);
    assert!(
        got.iter()
            .all(|s| s.speaker != "Organisator van Electronic Picnic"),
        "{got:#?}"
    );
}

#[test]
fn a_time_before_an_inverted_verb_and_a_verb_before_an_acronym_are_no_speakers() {
    let s = only("Een week geleden dacht Annouk van der Weijden: laat die ijsvloer maar waaien.");
    assert_eq!(s.speaker, "Annouk van der Weijden");
    // "CD&V" is one word, and "Stapt" before it no first name.
    let s = only("Ook Kris Peeters (CD&V) zei dat hij ervoor pleitte.");
    assert_eq!(s.speaker, "Kris Peeters");
    let got = run(&[&[
        "Hilde Crevits zei dat de partij niet opstapt.",
        "Stapt CD&V uit de regering?",
        "‘Dat doen we niet.’",
    ]]);
    assert!(got.iter().all(|s| !s.speaker.contains("Stapt")), "{got:#?}");
}

#[test]
fn a_first_name_in_s_before_a_particle_and_a_party_in_brackets_before_a_colon() {
    let s = only("Bas de Groot (SGP): “Waar gaat het om?”");
    assert_eq!(s.speaker, "Bas de Groot");
    assert_eq!(s.claim.exact, "“Waar gaat het om?”");
    assert_eq!(
        only("Klaas van Dijk zei dat het goed gaat.").speaker,
        "Klaas van Dijk"
    );
    // A genitive still is one: "Vandersteens biografist Peter Van Hooydonck".
    let s = only("Vandersteens biografist Peter Van Hooydonck zei dat het klopt.");
    assert_eq!(s.speaker, "Peter Van Hooydonck");
}

#[test]
fn two_apostrophes_close_a_low_double_quotation() {
    let got = run(&[&[
        "Minister Wopke Hoekstra onderschrijft het belang. ,,Daar ben ik het mee eens'', zei hij.",
        "Volgens hem heeft Nederland al meer contact.",
    ]]);
    assert_eq!(
        who(&got),
        [("d:1", "Wopke Hoekstra"), ("d:2", "Wopke Hoekstra")]
    );
    assert_eq!(got[0].claim.exact, ",,Daar ben ik het mee eens''");
    // Two apostrophes may open a quotation too, and an elision is no mark.
    let s =
        only("Suzanne Kunzeler zegt er dit over: ''Het is een aderlating voor 's lands omroep.''");
    assert_eq!(s.speaker, "Suzanne Kunzeler");
    assert_eq!(
        s.claim.exact,
        "''Het is een aderlating voor 's lands omroep.''"
    );
}

#[test]
fn a_holder_after_an_acronym_and_an_inhabitants_name_after_a_modifier() {
    let s = only(
        "\"Voor nu zijn we er niet uit\", liet technisch directeur van de KNSB Remy de Wit weten.",
    );
    assert_eq!(s.speaker, "Remy de Wit");
    assert_eq!(s.organisation.as_deref(), Some("KNSB"));
    assert_eq!(s.role.as_deref(), Some("technisch directeur van de KNSB"));
    let got = run(&[
        &["Marc Madiot gaat al een tijdje mee in de wielerwereld."],
        &["Volgens de 59-jarige Fransman moeten de renners opletten."],
        &["Volgens de Brit is dat onzin."],
    ]);
    assert_eq!(who(&got), [("d:2", "Marc Madiot"), ("d:3", "Marc Madiot")]);
}

#[test]
fn a_quotation_in_the_first_person_is_no_mediums_and_an_age_keeps_a_subject() {
    let got = run(&[
        &[
            "Peder Kongshaug (22) won afgelopen weekend goud in Thialf.",
            "Ondanks het resultaat was hij niet tevreden.",
            "\"Ik moest tussen de kinderen trainen.\"",
        ],
        &[
            "Daarmee doelt hij op een trainingskamp, schrijft het AD.",
            "\"Ik moest twee weken lang trainen.",
            "Dan denk ik: serieus?\"",
        ],
    ]);
    assert_eq!(
        who(&got),
        [
            ("d:3", "Peder Kongshaug"),
            ("d:4", "AD"),
            ("d:5", "Peder Kongshaug"),
            ("d:6", "Peder Kongshaug")
        ]
    );
    // A body's own "we" stays the body's.
    let got = run(&[&[
        "Het bedrijf laat weten dat het de klachten serieus neemt, schrijft het AD.",
        "\"We gaan er direct naartoe.\"",
    ]]);
    assert_eq!(last_speaker(&got), Some("AD"));
}

#[test]
fn a_described_person_and_a_compound_description_of_an_earlier_speaker() {
    let got = run(&[
        &["De winnaars hebben het volgens sterrenkundige Ignas Snellen dik verdiend."],
        &["Volgens de hoogleraar is het een terechte keuze."],
    ]);
    assert_eq!(
        who(&got),
        [("d:1", "Ignas Snellen"), ("d:2", "Ignas Snellen")]
    );
    let got = run(&[
        &[
            "‘Dat is echt ongelofelijk’, aldus een woordvoerder van het CNV.",
            "Vrijdag staakt personeel in Leiden, Den Haag en Rotterdam.",
        ],
        &[
            "Volgens de CNV-woordvoerder rijden er bijna geen treinen.",
            "‘Een enkele trein komt nog binnen’, zegt hij.",
        ],
    ]);
    assert_eq!(
        who(&got),
        [
            ("d:1", "een woordvoerder van het CNV"),
            ("d:3", "een woordvoerder van het CNV"),
            ("d:4", "een woordvoerder van het CNV")
        ]
    );
    // A body is no antecedent of "hij".
    let lex = lexicon::nl();
    assert!(lex.person_noun("woordvoerder") && lex.person_noun("fnv-woordvoerder"));
    assert!(!lex.person_noun("politie") && !lex.person_noun("kenners"));
}

#[test]
fn a_lost_quotations_close_an_apposition_without_article_and_dat_after_a_claim() {
    let s =
        only("Dat geld loopt zij nu mis,” aldus Linda Vermeulen, bestuurder van FNV Winkelstraat.");
    assert_eq!(s.speaker, "Linda Vermeulen");
    assert_eq!(s.role.as_deref(), Some("bestuurder"));
    assert_eq!(s.organisation.as_deref(), Some("FNV Winkelstraat"));
    assert_eq!(s.claim.exact, "Dat geld loopt zij nu mis,”");
    // A closing mark inside a word is no quotation's end.
    assert!(one("Hij zag Milosevic” paspoort niet.").is_empty());
    let got = run(&[
        &["Het is volgens bankpresident Klaas Knot prematuur om over een recessie te praten."],
        &["Dat zei Knot zondag in Buitenhof."],
    ]);
    assert_eq!(who(&got), [("d:1", "Klaas Knot"), ("d:2", "Klaas Knot")]);
    assert_eq!(got[1].claim.exact, "Dat");
}

#[test]
fn a_headline_speaker_before_a_colon() {
    let got = run(&[
        &["KNMI: warme dagen zijn nu door klimaatverandering nog warmer"],
        &["Het KNMI heeft dinsdag een rapport gepubliceerd."],
    ]);
    assert_eq!(who(&got), [("d:1", "KNMI")]);
    assert_eq!(
        got[0].claim.exact,
        "warme dagen zijn nu door klimaatverandering nog warmer"
    );
    // Not a question, a sentence of running text or a colon before a verb.
    assert!(
        run(&[
            &["Woningbouw: hoe ambitieus is het college?"],
            &["Een verhaal."]
        ])
        .is_empty()
    );
    assert!(
        run(&[
            &["Het resultaat: drie doden en tien gewonden"],
            &["Een verhaal."]
        ])
        .is_empty()
    );
    assert!(one("KNMI: warme dagen zijn nu warmer. Dat staat vast.").is_empty());
}

#[test]
fn klinkt_het_a_documents_quotation_and_a_visitor() {
    let got = run(&[&[
        "De N-VA wil steun voor de Gentse ondernemers.",
        "\"De enquête bevestigt waarvoor we waarschuwden\", klinkt het bij N-VA.",
    ]]);
    assert_eq!(who(&got), [("d:2", "N-VA")]);
    assert_eq!(got[0].cue, "klinkt het");
    let got = run(&[&[
        "\"We gaan door\", zegt Joe Biden in Detroit.",
        "\"Het wordt een zware strijd\", zo klonk het.",
    ]]);
    assert_eq!(who(&got), [("d:1", "Joe Biden"), ("d:2", "Joe Biden")]);
    // "Het klinkt mooi" is no cue.
    assert!(one("Het klinkt het mooist in de ochtend.").is_empty());
    let s = only("\"Het boek bevat veel absurde situaties\", staat in het juryrapport.");
    assert_eq!(s.speaker, "het juryrapport");
    let s = only("“Erg jammer”, aldus een bezoeker van het festival.");
    assert_eq!(s.speaker, "een bezoeker van het festival");
}

#[test]
fn te_infinitives_of_reports_and_a_name_in_apposition_to_a_description() {
    let s = only("De politie meldde meerdere auto's in beslag te hebben genomen.");
    assert_eq!(s.speaker, "De politie");
    assert_eq!(s.claim.exact, "meerdere auto's in beslag te hebben genomen");
    let s = only(
        "De Egyptische president Sisi heeft aangekondigd twee delegaties naar Israël te sturen.",
    );
    assert_eq!(s.speaker, "Sisi");
    // Still no claim: an own intention.
    assert!(one("De VN hoopt een fonds op te richten.").is_empty());
    for text in [
        "Zijn coalitiepartner, ChristenUnie-Kamerlid Eppo Bruins, benadrukt dat het tekort groot is.",
        "Een van de bewoners, Eppo Bruins (38), vertelde dat het tekort groot is.",
    ] {
        assert_eq!(only(text).speaker, "Eppo Bruins", "{text}");
    }
    let got = run(&[
        &["Spoorbeheerder ProRail meldt een storing bij Amsterdam."],
        &["Er is sprake van een gaslekkage, aldus de spoorbeheerder."],
    ]);
    assert_eq!(last_speaker(&got), Some("ProRail"));
}

#[test]
fn a_persons_initials_name_that_person_when_only_one_fits() {
    let got = run(&[&[
        "Anderlecht-coach Hein Vanhaezebrouck was niet onder de indruk.",
        "“Het was geen topper”, aldus HVH voor de camera’s.",
    ]]);
    assert_eq!(last_speaker(&got), Some("Hein Vanhaezebrouck"));
    // Two people fit: the initials stay as written.
    let got = run(&[&[
        "Hein Vanhaezebrouck en Hans Vanhoutte waren niet onder de indruk.",
        "“Het was geen topper”, aldus HV voor de camera’s.",
    ]]);
    assert_eq!(last_speaker(&got), Some("HV"));
}

#[test]
fn a_relative_clause_after_the_speaker_and_names_with_t_and_compound_roles() {
    let got = one(
        "“Alle zeilen moeten bij”, zegt Woonbonddirecteur Zeno Winkels die ervoor pleit dat huurders meer krijgen.",
    );
    assert_eq!(got[0].speaker, "Zeno Winkels");
    assert_eq!(got[0].claim.exact, "“Alle zeilen moeten bij”");
    let got = one("“Het kan niet”, zegt Zeno Winkels, die denkt dat het slecht gaat.");
    assert_eq!(got[0].claim.exact, "“Het kan niet”");
    let s = only("\"Dat weten de jongens wel\", reageerde Van 't Schip.");
    assert_eq!(s.speaker, "Van 't Schip");
    let s = only("“Bijltjesdag bij VRT”, zo tweette VRT-journaliste Phara de Aguirre dinsdag.");
    assert_eq!(s.speaker, "Phara de Aguirre");
    let s = only("„Niemand gelooft nog in RCP8.5”, sneert de deskundige Roger Pielke maandag.");
    assert_eq!(s.speaker, "Roger Pielke");
    // A surname that is a noun is no role: "Jan Koning" stays a name.
    let s = only("„Het kan niet”, zegt Jan Koning.");
    assert_eq!(s.speaker, "Jan Koning");
}

#[test]
fn a_name_apposed_to_an_opening_description_is_the_subject_in_focus() {
    for intro in [
        "De directeur van de school, Anne Jansen, reageert geschokt.",
        "Ook Anne Jansen, directeur van de school, is geschokt.",
    ] {
        let got = run(&[
            &["\"Het is een ramp voor de stad\", zegt wethouder Jan de Vries."],
            &[intro, "\"Dit had nooit mogen gebeuren.\""],
        ]);
        assert_eq!(
            who(&got),
            [("d:1", "Jan de Vries"), ("d:3", "Anne Jansen")],
            "{intro}"
        );
    }
}

#[test]
fn a_present_plural_that_is_also_a_noun_is_a_cue_only_as_a_finite_verb() {
    speaker_and_claim(&[
        (
            "Artsen verwachten dat hij volgende week naar huis mag.",
            "Artsen",
            "hij volgende week naar huis mag",
        ),
        (
            "Geleerden vermoeden dat de tempel in de derde eeuw werd gebouwd.",
            "Geleerden",
            "de tempel in de derde eeuw werd gebouwd",
        ),
        (
            "Boeren eisen wel dat de regels worden versoepeld.",
            "Boeren",
            "de regels worden versoepeld",
        ),
        (
            "\"Dit kan zo niet langer\", klagen de bewoners.",
            "de bewoners",
            "\"Dit kan zo niet langer\"",
        ),
    ]);
    nothing(&[
        "De eisen dat de regering aftreedt, worden steeds luider.",
        "Er zijn vragen of het plan wel haalbaar is.",
        "Het is te verwachten dat de prijzen stijgen.",
        "De hopen zand liggen klaar.",
        "Om te vragen of het mag, belde hij de gemeente.",
    ]);
}

#[test]
fn people_in_general_are_no_speaker() {
    nothing(&[
        "Veel mensen vinden dat het te lang duurt.",
        "Sommigen zeggen dat het te lang duurt.",
        "De meeste mensen denken dat het te lang duurt.",
    ]);
    assert_eq!(
        only("Veel wetenschappers zeggen dat vogels van dinosauriërs afstammen.").speaker,
        "Veel wetenschappers"
    );
}

#[test]
fn sources_qualified_before_the_verb_speak() {
    let s = only("Bronnen rond de minister zeggen dat het plan van tafel is.");
    assert_eq!(s.speaker, "Bronnen rond de minister");
    assert_eq!(s.claim.exact, "het plan van tafel is");
    let s = only("Officiële bronnen in Ohio melden dat er drie doden zijn gevallen.");
    assert_eq!(s.speaker, "Officiële bronnen in Ohio");
    let s = only("Volgens bronnen rond de minister is het plan van tafel.");
    assert_eq!(s.speaker, "bronnen rond de minister");
    assert_eq!(s.claim.exact, "is het plan van tafel");
    assert!(one("Bronnen zeggen dat het plan van tafel is.").is_empty());
}

#[test]
fn an_adjective_opening_the_sentence_before_a_speaker_noun_is_no_name() {
    let s = only("Lokale bewoners vertelden dat de brand snel om zich heen greep.");
    assert_eq!(s.speaker, "Lokale bewoners");
    assert_eq!(s.claim.exact, "de brand snel om zich heen greep");
}

#[test]
fn a_quotation_after_someone_described_anew_is_not_the_last_speakers() {
    let got = run(&[
        &["Hij is er niet gerust op, zegt minister Hugo de Jonge."],
        &[
            "Een buurtbewoner zag het gebeuren.",
            "\"Het was verschrikkelijk.\"",
        ],
    ]);
    assert_eq!(who(&got), [("d:1", "Hugo de Jonge")]);
    // A definite description is as often the person in focus: the quotation stays his.
    let got = run(&[
        &["Hij is er niet gerust op, zegt minister Hugo de Jonge."],
        &[
            "De minister zag het gebeuren.",
            "\"Het was verschrikkelijk.\"",
        ],
    ]);
    assert_eq!(last_speaker(&got), Some("Hugo de Jonge"));
}

#[test]
fn a_site_name_with_its_domain_is_one_word() {
    for text in [
        "Dat legt hoogleraar Jan de Vries aan NU.nl uit.",
        "Het kabinet moet sneller handelen, legt hoogleraar Jan de Vries aan NU.nl uit.",
    ] {
        let got = run(&[&["Het kabinet moet sneller handelen.", text]]);
        assert_eq!(last_speaker(&got), Some("Jan de Vries"), "{text}: {got:#?}");
    }
    let s =
        only("Hoogleraar Jan de Vries legt aan NU.nl uit dat het kabinet sneller moet handelen.");
    assert_eq!(s.claim.exact, "het kabinet sneller moet handelen");
}

#[test]
fn two_people_with_one_surname_stay_two() {
    let got = run(&[
        &["Dat vertelt Piet Jansen tegen RTV Noord."],
        &["Burgemeester Jan Jansen roept inwoners op om binnen te blijven."],
    ]);
    assert_eq!(last_speaker(&got), Some("Jan Jansen"), "{got:#?}");
    assert!(
        got.iter()
            .all(|s| s.speaker != "Piet Jansen" || s.segment == "d:1")
    );
}

#[test]
fn a_report_named_as_a_noun_after_a_copula_has_its_author_as_speaker() {
    let got = run(&[&[
        "De economie groeit volgend jaar met twee procent.",
        "Dat is de verwachting van econoom Marieke Blom.",
    ]]);
    assert_eq!(who(&got), [("d:1", "Marieke Blom")]);
    assert_eq!(
        got[0].claim.exact,
        "De economie groeit volgend jaar met twee procent"
    );
    let s = only("De prijzen stijgen met vijf procent, is de verwachting van de centrale bank.");
    assert_eq!(s.claim.exact, "De prijzen stijgen met vijf procent");
    assert_eq!(s.cue, "verwachting");
    let s = only("De conclusie van de onderzoekers is dat het medicijn werkt.");
    assert_eq!(
        (s.speaker.as_str(), s.claim.exact.as_str()),
        ("de onderzoekers", "het medicijn werkt")
    );
    nothing(&[
        "Dat is de taak van de politie.",
        "De boodschap van de minister is helder.",
        "Dat is de verwachting van de minister voor de komende jaren.",
    ]);
}

#[test]
fn a_request_with_om_and_a_te_infinitive_is_a_claim() {
    let s = only("De vakbond vraagt het kabinet om de lonen te verhogen.");
    assert_eq!(
        (s.speaker.as_str(), s.claim.exact.as_str()),
        ("De vakbond", "de lonen te verhogen")
    );
    nothing(&[
        "De vakbond vraagt om meer geld.",
        "Tom vroeg zich af hoeveel minuten het hem zou duren om naar de bushalte te rennen.",
        "Ze vraagt erom.",
    ]);
}

#[test]
fn an_acronym_nobody_bears_as_initials_is_a_body_not_he() {
    let got = run(&[
        &["De FNV zegt dat de lonen omhoog moeten."],
        &["Hij zegt dat het zo niet langer kan."],
        &["De burgemeester roept inwoners op om binnen te blijven."],
    ]);
    assert_eq!(
        who(&got),
        [("d:1", "FNV"), ("d:3", "De burgemeester")],
        "{got:#?}"
    );
}

#[test]
fn jr_belongs_to_the_name() {
    let s = only("Volgens Martin Luther King jr. is vrijheid nooit gratis.");
    assert_eq!(s.speaker, "Martin Luther King jr.");
    assert_eq!(s.claim.exact, "is vrijheid nooit gratis");
    let got = run(&[&[
        "Het klimaat verandert snel.",
        "Dat zegt Roger Pielke jr. van de universiteit van Colorado.",
    ]]);
    assert_eq!(last_speaker(&got), Some("Roger Pielke jr."), "{got:#?}");
}

#[test]
fn dat_ending_the_sentence_is_the_claim() {
    let got = run(&[
        &["Het kabinet valt."],
        &["De minister bevestigt dat."],
        &["Dat meldt persbureau Reuters."],
    ]);
    assert_eq!(
        got.iter()
            .map(|s| (
                s.segment.as_str(),
                s.speaker.as_str(),
                s.claim.exact.as_str()
            ))
            .collect::<Vec<_>>(),
        [("d:2", "De minister", "dat"), ("d:3", "Reuters", "Dat")],
        "{got:#?}"
    );
}

#[test]
fn a_description_points_back_only_to_its_own_kind() {
    let got = run(&[
        &["De minister beschreef het akkoord als 'een historische stap'."],
        &["De directeur kondigde haar voornemen aan om in juni op te stappen."],
        &["De politie beloofde de zaak grondig te onderzoeken."],
        &["De vakbond eiste dat de lonen omhoog gaan."],
        &["\"We gaan door,\" aldus de voorzitter."],
    ]);
    assert_eq!(
        who(&got),
        [
            ("d:1", "De minister"),
            ("d:2", "De directeur"),
            ("d:3", "De politie"),
            ("d:4", "De vakbond"),
            ("d:5", "de voorzitter")
        ],
        "{got:#?}"
    );
    // A name stays the antecedent of a description: "de voorzitter" is Jan Smit.
    let got = run(&[
        &["Voorzitter Jan Smit zei dat de club gezond is."],
        &["\"We gaan door,\" aldus de voorzitter."],
    ]);
    assert_eq!(last_speaker(&got), Some("Jan Smit"), "{got:#?}");
}

#[test]
fn description_heads() {
    assert_eq!(description_head("De minister").as_deref(), Some("minister"));
    assert_eq!(
        description_head("De woordvoerder van het ministerie").as_deref(),
        Some("woordvoerder")
    );
    assert_eq!(
        description_head("de ontslagnemende premier").as_deref(),
        Some("premier")
    );
    assert_eq!(description_head("Jan de Vries"), None);
    assert_eq!(description_head("De Nederlandsche Bank"), None);
    assert_eq!(description_head("NASA"), None);
}

#[test]
fn a_body_after_van_may_be_any_noun() {
    let s = only("Een woordvoerder van de luchthaven zei dat er geen vluchten zijn geannuleerd.");
    assert_eq!(s.speaker, "Een woordvoerder van de luchthaven");
    assert_eq!(s.claim.exact, "er geen vluchten zijn geannuleerd");
    let s =
        only("Onderzoekers van de universiteit van Utrecht zeggen dat het virus uit Azië komt.");
    assert_eq!(s.speaker, "Onderzoekers van de universiteit van Utrecht");
    let got = run(&[&[
        "Het museum gaat dicht.",
        "Dat zei de directeur van het museum.",
    ]]);
    assert_eq!(
        last_speaker(&got),
        Some("de directeur van het museum"),
        "{got:#?}"
    );
}

#[test]
fn a_bare_plural_compound_is_a_speaker() {
    let s = only("Gezondheidsfunctionarissen zeiden dat het aantal besmettingen daalt.");
    assert_eq!(s.speaker, "Gezondheidsfunctionarissen");
    // A bare singular compound is a role before a name, not a speaker of its own.
    assert!(one("Libië-expert zei dat het zo is.").is_empty());
}

#[test]
fn a_pronoun_agrees_with_its_verb() {
    // "Zij verklaarde": one person, not the group quoted before, and nobody named long ago.
    let got = run(&[
        &["Minister Anne de Wit opende de brug."],
        &["Functionarissen zeiden dat het aantal besmettingen daalt."],
        &["Zij verklaarde eerst dat ze niets wist."],
    ]);
    assert_eq!(who(&got), [("d:2", "Functionarissen")], "{got:#?}");
    // "Ze zeiden" is no single person.
    let got = run(&[
        &["Anne de Wit zei dat de brug opengaat."],
        &["Ze zeiden dat het te laat is."],
    ]);
    assert_eq!(who(&got), [("d:1", "Anne de Wit")], "{got:#?}");
    // Agreeing pronouns keep their antecedents.
    let got = run(&[
        &["Onderzoekers zeggen dat het virus uit Azië komt."],
        &["Ze waarschuwen dat het zich snel verspreidt."],
        &["Anne de Wit zei dat de brug opengaat."],
        &["Ze voegde eraan toe dat het te laat is."],
    ]);
    assert_eq!(
        who(&got),
        [
            ("d:1", "Onderzoekers"),
            ("d:2", "Onderzoekers"),
            ("d:3", "Anne de Wit"),
            ("d:4", "Anne de Wit")
        ],
        "{got:#?}"
    );
}

#[test]
fn a_particular_document_is_a_source() {
    speaker_and_claim(&[
        (
            "Het rapport concludeert dat de dijken te laag zijn.",
            "Het rapport",
            "de dijken te laag zijn",
        ),
        (
            "Volgens het laatste bulletin is de patiënt stabiel.",
            "het laatste bulletin",
            "is de patiënt stabiel",
        ),
        (
            "In het rapport staat dat de dijken te laag zijn.",
            "het rapport",
            "de dijken te laag zijn",
        ),
    ]);
    // A law, a theory and reports in general are no particular source.
    nothing(&[
        "In de wet staat dat niemand boven de wet staat.",
        "In berichten staat dat het druk is.",
        "Volgens de theorie is het heelal oneindig.",
    ]);
}

#[test]
fn a_bracketed_acronym_belongs_to_the_phrase() {
    let s = only("Volgens de Wereldgezondheidsorganisatie (WHO) is het virus onder controle.");
    assert_eq!(
        (s.speaker.as_str(), s.claim.exact.as_str()),
        (
            "Wereldgezondheidsorganisatie",
            "is het virus onder controle"
        )
    );
    let s = only("De manager (56) spreekt voortdurend van ‘het bombardement’.");
    assert_eq!(s.speaker, "De manager");
}

#[test]
fn a_subject_before_a_dashed_insert_is_in_focus() {
    let got = run(&[&[
        "Grenzen vervagen voor wie Slobodan Milosevic heet.",
        "Maar Milosevic - de manager van de ploeg - weet de scherpe kanten te ronden.",
        "„We gaan door”, zegt de manager.",
    ]]);
    assert_eq!(who(&got), [("d:3", "Slobodan Milosevic")], "{got:#?}");
}

#[test]
fn a_second_reporting_verb_of_the_subject_is_a_second_claim() {
    for (text, first, second) in [
        (
            "De minister zei dat hij tegen was, maar zei later dat hij het plan steunt.",
            "hij tegen was",
            "hij het plan steunt",
        ),
        (
            "De minister zei dat hij tegen was en voegde eraan toe dat het plan te duur is.",
            "hij tegen was",
            "het plan te duur is",
        ),
    ] {
        let got = one(text);
        assert_eq!(
            got.iter()
                .map(|s| (s.speaker.as_str(), s.claim.exact.as_str()))
                .collect::<Vec<_>>(),
            [("De minister", first), ("De minister", second)],
            "{text}"
        );
    }
    // Coordination inside the claim without a complement of its own stays in the claim.
    let s = only("De minister zei dat ze komen en zeggen wat ze denken.");
    assert_eq!(s.claim.exact, "ze komen en zeggen wat ze denken");
}

#[test]
fn some_of_a_group_speak() {
    speakers(&[
        (
            "Een van de overlevenden vertelde dat het water snel steeg.",
            "Een van de overlevenden",
        ),
        (
            "Twee van de getuigen verklaarden dat ze niets zagen.",
            "Twee van de getuigen",
        ),
    ]);
    // Not a part of something that does not speak, not a name's.
    assert!(one("Een van de auto's zei dat het zo is.").is_empty());
}

#[test]
fn requests_with_a_te_infinitive() {
    speaker_and_claim(&[
        (
            "De FNV roept werkgevers op de lonen te verhogen.",
            "FNV",
            "de lonen te verhogen",
        ),
        (
            "De trainer spoorde de spelers aan door te gaan.",
            "De trainer",
            "door te gaan",
        ),
        (
            "De gemeente verzoekt iedereen om afstand te houden.",
            "De gemeente",
            "afstand te houden",
        ),
    ]);
    nothing(&[
        "Op verzoek van de politie bleven de bewoners binnen.",
        "De bewoners verzoeken om meer geld.",
    ]);
}

#[test]
fn a_bodys_name_with_a_preposition_inside() {
    speakers(&[
        (
            "Artsen zonder Grenzen waarschuwt dat de voedselvoorraad opraakt.",
            "Artsen zonder Grenzen",
        ),
        (
            "Volgens Artsen zonder Grenzen raakt de voedselvoorraad op.",
            "Artsen zonder Grenzen",
        ),
        (
            "De Partij voor de Dieren zegt dat de jacht moet stoppen.",
            "Partij voor de Dieren",
        ),
    ]);
    // One person's office stays a role before the holder's name.
    let s = only("Minister voor Ontwikkelingssamenwerking Sigrid Kaag zei dat de hulp doorgaat.");
    assert_eq!(s.speaker, "Sigrid Kaag");
}

#[test]
fn an_office_and_a_compound_plural_of_a_listed_plural_speak() {
    speakers(&[
        (
            "Het bureau van de premier heeft verklaard dat het bezoek doorgaat.",
            "Het bureau van de premier",
        ),
        (
            "Luchtvaartdeskundigen hebben gesuggereerd dat het toestel werd getroffen.",
            "Luchtvaartdeskundigen",
        ),
    ]);
}

#[test]
fn zij_is_not_a_neuter_body() {
    // "Het bureau" is "het", so "Zij" is the person named before it in the paragraph.
    let got = run(&[&[
        "Anna Smit werkt bij het Centraal Planbureau.",
        "Het bureau voorspelt dat de economie groeit.",
        "Zij zegt dat de lonen stijgen.",
    ]]);
    assert_eq!(
        who(&got),
        [("d:2", "Het bureau"), ("d:3", "Anna Smit")],
        "{got:#?}"
    );
    // A body that is "de" still is "zij".
    let got = run(&[&[
        "De politie meldt dat de weg dicht is.",
        "Zij verwacht dat dit uren duurt.",
    ]]);
    assert_eq!(
        who(&got),
        [("d:1", "De politie"), ("d:2", "De politie")],
        "{got:#?}"
    );
}

#[test]
fn a_subject_with_an_insert_before_its_verb() {
    speaker_and_claim(&[
        (
            "De zanger, die vorig jaar nog optrad in Londen, zei dat hij stopt met toeren.",
            "De zanger",
            "hij stopt met toeren",
        ),
        // The comma after the apposition closes the subject; it does not end a claim.
        (
            "De burgemeester van Rotterdam, Ahmed Aboutaleb, riep de inwoners op binnen te blijven.",
            "Ahmed Aboutaleb",
            "binnen te blijven",
        ),
        (
            "Op de persconferentie zei de coach van het team, Marco Rossi, dat de spelers moe waren.",
            "Marco Rossi",
            "de spelers moe waren",
        ),
    ]);
}

#[test]
fn agencies_statements_and_fields_speak() {
    speakers(&[
        (
            "De Amerikaanse geologische dienst (USGS) meldde dat de aardbeving zwaar was.",
            "De Amerikaanse geologische dienst",
        ),
        (
            "Het Japanse agentschap voor nucleaire veiligheid meldde dat er geen straling is vrijgekomen.",
            "Het Japanse agentschap voor nucleaire veiligheid",
        ),
        // A statement's author is its speaker.
        (
            "Een verklaring van de regering stelde dat de maatregelen tijdelijk zijn.",
            "de regering",
        ),
        (
            "Mevrouw Clinton zei dat ze de uitslag niet zal aanvechten.",
            "Clinton",
        ),
    ]);
}

#[test]
fn hij_is_a_man_and_one_person() {
    // "critici" is a plural, "de krant" a body, "Zijn moeder" a woman: none is "hij".
    for first in [
        "Sommige critici beweren dat het plan te duur is.",
        "De krant The Guardian meldde dat de premier zou aftreden.",
        "Zijn moeder vertelde aan verslaggevers dat haar zoon wilde vliegen.",
    ] {
        let got = run(&[
            &[first],
            &["\"We zijn erg blij,\" vertelde hij aan de pers."],
        ]);
        assert_eq!(got.len(), 1, "{first}: {got:#?}");
    }
    // A woman is "zij".
    let got = run(&[
        &["Zijn moeder vertelde dat haar zoon wilde vliegen."],
        &["Zij zei dat hij altijd al piloot wilde worden."],
    ]);
    assert_eq!(last_speaker(&got), Some("Zijn moeder"), "{got:#?}");
    // "De heer Jansen" is not "zij".
    let got = run(&[
        &["De heer Jansen zei dat de school te klein is."],
        &["Zij verklaarde dat er geld komt."],
    ]);
    assert_eq!(who(&got), [("d:1", "Jansen")], "{got:#?}");
}

#[test]
fn advice_a_committee_and_a_nations_office() {
    speaker_and_claim(&[
        (
            "Deskundigen raden reizigers aan om flessenwater te drinken.",
            "Deskundigen",
            "flessenwater te drinken",
        ),
        (
            "Het comité maakte bekend dat de prijs naar een Keniaanse schrijver gaat.",
            "Het comité",
            "de prijs naar een Keniaanse schrijver gaat",
        ),
    ]);
    // "de Britse premier" is not the premier quoted before, unless his role said so.
    let got = run(&[
        &["Premier Rutte zei dat er geen geld is."],
        &["De Britse premier zei dat hij het besluit betreurt."],
    ]);
    assert_eq!(last_speaker(&got), Some("De Britse premier"), "{got:#?}");
    let got = run(&[
        &["De Britse premier Keir Starmer zei dat er geen geld is."],
        &["De Britse premier zei dat hij het besluit betreurt."],
    ]);
    assert_eq!(last_speaker(&got), Some("Keir Starmer"), "{got:#?}");
}

#[test]
fn a_relative_clause_without_comma_and_a_name_after_a_postposed_description() {
    speaker_and_claim(&[
        (
            "Een politieagent die anoniem wil blijven, vertelde dat de dader bekend is.",
            "Een politieagent",
            "de dader bekend is",
        ),
        (
            "\"We geven niet op,\" twitterde de minister van Buitenlandse Zaken, Sigrid Kaag.",
            "Sigrid Kaag",
            "\"We geven niet op,\"",
        ),
    ]);
}

#[test]
fn teams_leaders_genitives_and_a_sources_relative_clause() {
    speakers(&[
        (
            "Het onderzoeksteam onder leiding van dr. Karin Mol concludeerde dat de medicijnen werken.",
            "Het onderzoeksteam onder leiding van dr. Karin Mol",
        ),
        (
            "Honda's woordvoerder zei dat de fabriek volgende week weer opengaat.",
            "Honda's woordvoerder",
        ),
    ]);
    // The claim of `volgens` starts after the source's relative clause.
    speaker_and_claim(&[(
        "Volgens een studie die in Nature is gepubliceerd, warmt de oceaan sneller op.",
        "een studie",
        "warmt de oceaan sneller op",
    )]);
}

#[test]
fn a_person_described_is_no_body_named_before() {
    // "De schrijver" had been KLM, the body quoted last.
    let got = run(&[
        &["KLM heeft bekendgemaakt dat alle vluchten zijn geannuleerd."],
        &["De schrijver, die jarenlang in Parijs woonde, vertelde dat hij nooit terugkeert."],
    ]);
    assert_eq!(
        who(&got),
        [("d:1", "KLM"), ("d:2", "De schrijver")],
        "{got:#?}"
    );
    // A spokesman speaks for a body.
    let got = run(&[&[
        "ASML meldt dat de fabriek is gesloten.",
        "Dat zal tot morgen duren, aldus de zegsman.",
    ]]);
    assert_eq!(last_speaker(&got), Some("ASML"), "{got:#?}");
}

#[test]
fn a_participle_phrase_between_the_subject_and_its_verb() {
    speaker_and_claim(&[
        (
            "Het rapport, opgesteld door de Verenigde Naties, waarschuwt dat de honger toeneemt.",
            "Het rapport",
            "de honger toeneemt",
        ),
        (
            "De commissie, ingesteld door de minister, concludeert dat er fouten zijn gemaakt.",
            "De commissie",
            "er fouten zijn gemaakt",
        ),
    ]);
}

#[test]
fn participles_by_their_shape() {
    for w in [
        "gepubliceerd",
        "opgesteld",
        "aangenomen",
        "verschenen",
        "ondertekend",
        "vrijgegeven",
        "geleid",
    ] {
        assert!(frames::participle(w), "{w}");
    }
    for w in [
        "de", "gisteren", "geld", "bij", "volgens", "regering", "vorige",
    ] {
        assert!(!frames::participle(w), "{w}");
    }
}

#[test]
fn a_citation_is_the_source_of_a_quotation_or_an_impersonal_report() {
    speaker_and_claim(&[
        (
            "Men denkt dat de dinosauriërs door een meteoriet zijn uitgestorven (Alvarez, 1980).",
            "Alvarez, 1980",
            "de dinosauriërs door een meteoriet zijn uitgestorven",
        ),
        (
            "\"Het leren van een taal kost tijd\" (Toto, 2004).",
            "Toto, 2004",
            "\"Het leren van een taal kost tijd\"",
        ),
        (
            "Er wordt aangenomen dat de stad rond 1200 is gesticht (Van der Berg en De Vries, 2001a).",
            "Van der Berg en De Vries, 2001a",
            "de stad rond 1200 is gesticht",
        ),
        (
            "De kosten zijn hoog, zo wordt geschat (James et al., 2019).",
            "James et al., 2019",
            "De kosten zijn hoog",
        ),
    ]);
    // A fact, a name given, a year or a reference that is no citation: nothing.
    nothing(&[
        "De stad werd in 1200 gesticht (Jansen, 2001).",
        "Deze insecten worden door entomologen 'echte wantsen' genoemd (James, 1995).",
        "Men denkt dat de wet in 1995 is aangenomen (zie bijlage 2).",
        "Het concert (2004) was een succes, denkt men.",
    ]);
    // The cue of a cited quotation is the citation.
    assert_eq!(
        only("\"Het leren van een taal kost tijd\" (Toto, 2004).").cue,
        "(Toto, 2004)"
    );
}

#[test]
fn public_bodies_by_their_kind_and_names_sharing_their_end() {
    speakers(&[
        (
            "Volgens de Japanse nucleaire instantie is er cesium aangetroffen.",
            "de Japanse nucleaire instantie",
        ),
        (
            "De Nederlandse Voedsel- en Warenautoriteit waarschuwt dat het product gevaarlijk is.",
            "Nederlandse Voedsel- en Warenautoriteit",
        ),
    ]);
    // A body: "hij" is not the authority.
    let got = run(&[&[
        "De overheid zegt dat alles veilig is.",
        "Hij zegt dat hij niets weet.",
    ]]);
    assert_eq!(who(&got), [("d:1", "De overheid")], "{got:#?}");
}

#[test]
fn a_second_main_clause_has_its_own_auxiliary_and_subject() {
    speakers(&[
        (
            "Het bedrijf heeft geen commentaar gegeven, maar een bron binnen het bedrijf bevestigde dat er ontslagen vallen.",
            "een bron binnen het bedrijf",
        ),
        (
            "De club reageerde niet en een bron binnen de club zei dat de trainer vertrekt.",
            "een bron binnen de club",
        ),
        (
            "De minister is op reis, want de premier heeft gezegd dat zij moet gaan.",
            "de premier",
        ),
    ]);
}

#[test]
fn an_utterance_named_as_a_noun_with_its_content() {
    speaker_and_claim(&[
        (
            "De verklaring van het USOC dat de atleten veilig zijn, werd met scepsis ontvangen.",
            "USOC",
            "de atleten veilig zijn",
        ),
        (
            "De bewering van Trump dat de verkiezingen vervalst waren, is onjuist.",
            "Trump",
            "de verkiezingen vervalst waren",
        ),
    ]);
    let got = run(&[&[
        "Jan Jansen zei dat hij moe was.",
        "Zijn opmerking dat de verkiezingen vervalst waren, leidde tot protest.",
    ]]);
    assert_eq!(
        who(&got),
        [("d:1", "Jan Jansen"), ("d:2", "Jan Jansen")],
        "{got:#?}"
    );
    assert_eq!(got[1].mention, "Zijn");
    // No author, a relative clause, nobody to point back to: nothing.
    nothing(&[
        "De verklaring van de minister werd voorgelezen.",
        "Het bericht van de krant dat gisteren verscheen, was fout.",
        "Zijn opmerking dat de verkiezingen vervalst waren, leidde tot protest.",
    ]);
}

#[test]
fn a_report_by_volgens_inside_another_report_stays_beside_it() {
    for (text, expected) in [
        (
            "Volgens de lokale politie zijn er drie mensen gewond geraakt, aldus het persbureau AP.",
            [
                (
                    "AP",
                    "Volgens de lokale politie zijn er drie mensen gewond geraakt",
                ),
                ("de lokale politie", "zijn er drie mensen gewond geraakt"),
            ],
        ),
        (
            "De minister zei dat er volgens de politie geen gewonden zijn.",
            [
                ("De minister", "er volgens de politie geen gewonden zijn"),
                ("de politie", "er volgens de politie geen gewonden zijn"),
            ],
        ),
    ] {
        let got = one(text);
        assert_eq!(
            got.iter()
                .map(|s| (s.speaker.as_str(), s.claim.exact.as_str()))
                .collect::<Vec<_>>(),
            expected,
            "{text}"
        );
    }
    // The same speaker twice is one claim (the guideline's rule 5).
    let got = one("Volgens de politie zijn er volgens de politie geen gewonden.");
    assert_eq!(got.len(), 1, "{got:#?}");
}

#[test]
fn a_phrase_before_a_participle_inside_the_subject() {
    speakers(&[
        (
            "De in Duitsland geboren schrijver vertelde dat hij nooit meer terugkeert.",
            "De in Duitsland geboren schrijver",
        ),
        (
            "De door de regering benoemde commissie concludeert dat er fouten zijn gemaakt.",
            "De door de regering benoemde commissie",
        ),
        (
            "De in 1950 geboren Jan Jansen zei dat hij stopt.",
            "Jan Jansen",
        ),
    ]);
}

#[test]
fn volgens_in_a_relative_clause_claims_that_clause() {
    speaker_and_claim(&[
        (
            "De man, die volgens de politie dronken was, reed tegen een boom.",
            "de politie",
            "dronken was",
        ),
        (
            "Het huis, dat volgens de gemeente onveilig is, wordt gesloopt.",
            "de gemeente",
            "onveilig is",
        ),
        (
            "Volgens de politie, die ter plaatse was, is de man dronken.",
            "de politie",
            "is de man dronken",
        ),
    ]);
}

#[test]
fn a_list_item_or_a_fronted_phrase_is_no_subject_in_focus() {
    // "Steven Rooks" ends a list of objects; the text is about Hein Verbruggen.
    let got = run(&[&[
        "Hein Verbruggen heeft het helemaal gehad met Peter Winnen, Steven Rooks en, vooral, Maarten Ducrot.",
        "„Structurele doping, ze moesten wel.",
        "Natuurlijk konden ze wel anders”, reageert de Nederlander schamper.",
    ]]);
    assert_eq!(
        who(&got),
        [("d:2", "Hein Verbruggen"), ("d:3", "Hein Verbruggen")],
        "{got:#?}"
    );
    // "Louis van Gaal" stands in the phrase fronted before "hamerde hij": the subject is
    // "hij", the coach who spoke before.
    let got = run(&[&[
        "„Dat komt later wel”, benadrukte Koeman.",
        "Geheel in de geest van zijn voormalig leermeester Louis van Gaal hamerde hij vooral op discipline.",
        "„Daar ben ik een groot fan van.",
        "Zonder discipline is er geen discipline.”",
    ]]);
    assert_eq!(
        who(&got),
        [("d:1", "Koeman"), ("d:3", "Koeman"), ("d:4", "Koeman")],
        "{got:#?}"
    );
}

#[test]
fn an_agency_credit_is_not_a_persons_initials() {
    let got = run(&[
        &["Augusto Pinochet zei gisteren dat hij onschuldig is."],
        &["Foto AP"],
    ]);
    assert_eq!(
        who(&got),
        [("d:1", "Augusto Pinochet"), ("d:2", "AP")],
        "{got:#?}"
    );
}

#[test]
fn a_light_verb_makes_a_content_noun_an_utterance() {
    speaker_and_claim(&[
        (
            "De rechter deed de uitspraak dat de wet in strijd is met het verdrag.",
            "De rechter",
            "de wet in strijd is met het verdrag",
        ),
        (
            "Ten tweede deed het hof de uitspraak dat geen beperkingen mochten worden opgelegd.",
            "het hof",
            "geen beperkingen mochten worden opgelegd",
        ),
        (
            "De minister heeft de belofte gedaan dat de belasting omlaag gaat.",
            "De minister",
            "de belasting omlaag gaat",
        ),
        (
            "Trainer Peter Bosz kwam met de mededeling dat Klaassen geblesseerd is.",
            "Peter Bosz",
            "Klaassen geblesseerd is",
        ),
        (
            "Jan Jansen uitte de vrees dat de regio verder achteropraakt.",
            "Jan Jansen",
            "de regio verder achteropraakt",
        ),
    ]);
    // No light verb, or the noun is not its object: no claim.
    nothing(&[
        "Er heerst de vrees dat de regio achteropraakt.",
        "De regering deed de aankoop dat jaar al.",
        "De boer kwam de mededeling dat het misging niet na.",
    ]);
}

#[test]
fn an_admission_after_a_modal_and_a_ruling_are_claims() {
    speaker_and_claim(&[
        (
            "Minister Jan Jansen moest toegeven dat het plan mislukt was.",
            "Jan Jansen",
            "het plan mislukt was",
        ),
        (
            "De rechtbank bepaalde dat het huis verkocht moet worden.",
            "De rechtbank",
            "het huis verkocht moet worden",
        ),
    ]);
}

#[test]
fn a_claim_in_a_fronted_subordinate_clause_ends_at_its_comma() {
    speaker_and_claim(&[
        (
            "Toen Jan Jansen zei dat hij stopte, schrok iedereen.",
            "Jan Jansen",
            "hij stopte",
        ),
        (
            "Net toen de minister opperde dat de partij sponsors zoekt, viel het kabinet.",
            "de minister",
            "de partij sponsors zoekt",
        ),
        // A comma after the main clause's claim is no such end.
        (
            "Jan Jansen zei dat hij stopte, omdat zijn vrouw ziek is.",
            "Jan Jansen",
            "hij stopte, omdat zijn vrouw ziek is",
        ),
    ]);
    // The subordinate clause is no claim of an inverted main clause's subject, while a
    // fronted main clause is.
    nothing(&["Omdat de weg dicht was, verwachten de bewoners hem niet."]);
    speaker_and_claim(&[(
        "Toen was alles anders, zegt Jan Jansen.",
        "Jan Jansen",
        "Toen was alles anders",
    )]);
}

#[test]
fn a_person_named_with_a_role_is_no_body_to_point_back_to() {
    let got = run(&[
        &["VVD-voorzitter Eenhoorn opperde dat de partij sponsors zoekt."],
        &["Het bedrijf zei dat de server plat lag."],
    ]);
    assert_eq!(
        who(&got),
        [("d:1", "Eenhoorn"), ("d:2", "Het bedrijf")],
        "{got:#?}"
    );
}

#[test]
fn a_military_rank_and_a_separable_verbs_plural() {
    speaker_and_claim(&[
        (
            "Luitenant-kolonel Smit zei tegen de BBC dat de troepen zich terugtrekken.",
            "Smit",
            "de troepen zich terugtrekken",
        ),
        (
            "De rapporten geven aan dat het schip is gezonken.",
            "De rapporten",
            "het schip is gezonken",
        ),
        (
            "De onderzoekers stellen vast dat het ijs sneller smelt.",
            "De onderzoekers",
            "het ijs sneller smelt",
        ),
    ]);
}

#[test]
fn people_described_by_what_they_do_or_their_age_speak() {
    speakers(&[
        (
            "Dat is volgens de organisatoren een record.",
            "de organisatoren",
        ),
        (
            "\"Ik ben erg teleurgesteld,\" zei de 23-jarige na afloop.",
            "de 23-jarige",
        ),
    ]);
    // The age describes the person the text is about.
    let got = run(&[&[
        "Sifan Hassan won gisteren de 10.000 meter.",
        "\"Ik ben erg teleurgesteld,\" zei de 23-jarige na afloop.",
    ]]);
    assert_eq!(who(&got), [("d:2", "Sifan Hassan")], "{got:#?}");
}

#[test]
fn a_quantified_group_and_zowel_als_are_one_speaker() {
    // (Experts, quantified, speak; inhabitants are the public, as "veel mensen" are:
    // "De meeste Nederlanders vinden dat", below.)
    speakers(&[
        (
            "De meeste economen vinden dat de regering te traag is.",
            "De meeste economen",
        ),
        (
            "Zowel de premier als de minister zeiden dat er geen geld is.",
            "Zowel de premier als de minister",
        ),
    ]);
    assert_eq!(
        only("De meeste economen vinden dat de regering te traag is.").role,
        None
    );
    nothing(&["De meeste Nederlanders vinden dat de regering te traag is."]);
    // Not a coordination without "als".
    nothing(&["Zowel de premier zeiden dat er geen geld is."]);
}

#[test]
fn an_east_asian_given_name_with_a_hyphen_is_part_of_the_name() {
    speakers(&[
        (
            "Ban Ki-moon zei dat de wereld moet handelen.",
            "Ban Ki-moon",
        ),
        ("Volgens Kim Jong-un is de test geslaagd.", "Kim Jong-un"),
    ]);
    // A compound with a place is a role or a noun, no given name.
    speakers(&[(
        "Libië-expert Jalel Harchaoui zei dat de wapens bleven komen.",
        "Jalel Harchaoui",
    )]);
    nothing(&["De EU-landen zeiden niets."]);
}

#[test]
fn a_focus_adverb_is_no_name_and_volgens_after_a_relative_clause_is_the_main_clauses() {
    let got = run(&[
        &["Professor Anna Berg waarschuwde dat het onderzoek nog in de kinderschoenen staat."],
        &[
            "Net als andere deskundigen is zij sceptisch, en merkt zij op dat de bevindingen niet relevant zijn.",
        ],
    ]);
    assert_eq!(
        who(&got),
        [("d:1", "Anna Berg"), ("d:2", "Anna Berg")],
        "{got:#?}"
    );
    let s = only("De dader, die door de politie is aangehouden, heeft volgens de officier bekend.");
    assert_eq!(s.speaker, "de officier");
    assert!(s.claim.exact.starts_with("De dader"), "{s:#?}");
    // Inside the relative clause it is the relative clause's.
    let s = only("De man, die volgens de politie dronken was, reed door rood.");
    assert_eq!(s.claim.exact, "dronken was");
}

#[test]
fn a_document_before_waarin_staat_speaks_for_its_author() {
    speaker_and_claim(&[(
        "De bond steunt de brief van het Olympisch Comité waarin staat dat een verandering nodig is.",
        "Olympisch Comité",
        "een verandering nodig is",
    )]);
    // A document of nobody in particular, or no document: nothing.
    nothing(&[
        "Het ministerie stuurde een brief waarin staat dat de school dicht moet.",
        "Het is een land waarin staat dat iedereen gelijk is.",
    ]);
}

#[test]
fn a_stated_conviction_after_a_copula_is_a_claim_unless_negated() {
    speaker_and_claim(&[
        (
            "Minister Jan Jansen is ervan overtuigd dat de maatregel werkt.",
            "Jan Jansen",
            "de maatregel werkt",
        ),
        (
            "De onderzoekers zijn er zeker van dat het ijs smelt.",
            "De onderzoekers",
            "het ijs smelt",
        ),
        (
            "De vakbond is het ermee eens dat de lonen omhoog moeten.",
            "De vakbond",
            "de lonen omhoog moeten",
        ),
        (
            "Minister Jan Jansen liet optekenen dat de maatregel werkt.",
            "Jan Jansen",
            "de maatregel werkt",
        ),
    ]);
    nothing(&[
        "De Russische autoriteiten zijn er toch niet van overtuigd dat de troepen sterk genoeg zijn.",
        "Het is zeker dat de maatregel werkt.",
        "Veel Libiërs zijn ook bang dat hij een nieuwe dictator wordt.",
    ]);
}

#[test]
fn a_second_main_clause_with_its_own_speaker_ends_the_first_claim() {
    let got = one(
        "Burgemeester Halsema zei dat de stad veilig is, en de politiechef verklaarde dat er extra agenten komen.",
    );
    let pairs: Vec<(&str, &str)> = got
        .iter()
        .map(|s| (s.speaker.as_str(), s.claim.exact.as_str()))
        .collect();
    assert_eq!(
        pairs,
        [
            ("Halsema", "de stad veilig is"),
            ("de politiechef", "er extra agenten komen")
        ],
        "{got:#?}"
    );
    // Without a reporting verb after it, "en" goes on in the claim.
    speaker_and_claim(&[(
        "Halsema zei dat de stad veilig is, en dat de politie extra agenten inzet.",
        "Halsema",
        "de stad veilig is, en dat de politie extra agenten inzet",
    )]);
}

#[test]
fn volgens_inside_a_report_with_a_postposed_cue_stays_beside_it() {
    let got = one("Er zijn volgens de politie geen gewonden gevallen, zo meldt de NOS.");
    let mut speakers: Vec<&str> = got.iter().map(|s| s.speaker.as_str()).collect();
    speakers.sort_unstable();
    assert_eq!(speakers, ["NOS", "de politie"], "{got:#?}");
    assert!(
        got.iter()
            .all(|s| s.claim.exact == "Er zijn volgens de politie geen gewonden gevallen"),
        "{got:#?}"
    );
}

#[test]
fn a_full_names_first_name_tells_its_gender() {
    // "ze" is not Tony Snow; "hij" is not Anna de Vries but the man named before her.
    let got = run(&[
        &["\"We hebben geen plannen,\" zei woordvoerder Tony Snow."],
        &["\"Het is voorbij,\" vertelde ze aan persbureau Reuters."],
    ]);
    assert_eq!(who(&got), [("d:1", "Tony Snow")], "{got:#?}");
    let got = run(&[&[
        "Jan Smit zei dat de dijk zwak is.",
        "Anna de Vries verklaarde dat het water stijgt.",
        "Hij voegde eraan toe dat er geld nodig is.",
    ]]);
    assert_eq!(last_speaker(&got), Some("Jan Smit"), "{got:#?}");
}

#[test]
fn a_body_noun_points_back_only_to_a_body_of_its_kind() {
    // People described are no body, and a body whose name or role tells its kind is no
    // union or firm of another kind.
    let got = run(&[
        &["Deskundigen waarschuwen dat de dijk zwak is."],
        &["Het bedrijf zei in een verklaring dat het de klachten onderzoekt."],
    ]);
    assert_eq!(last_speaker(&got), Some("Het bedrijf"), "{got:#?}");
    let got = run(&[
        &["Het Internationaal Olympisch Comité kondigde aan dat de spelen worden uitgesteld."],
        &["De bond eist dat de lonen stijgen."],
    ]);
    assert_eq!(last_speaker(&got), Some("De bond"), "{got:#?}");
    // A body of that kind, or a firm for a firm noun, is still what it points back to.
    let got = run(&[
        &["De Koninklijke Voetbalbond kondigde aan dat de wedstrijd wordt overgespeeld."],
        &["De bond zei dat de supporters welkom zijn."],
    ]);
    assert_eq!(
        last_speaker(&got),
        Some("Koninklijke Voetbalbond"),
        "{got:#?}"
    );
    let got = run(&[
        &["Volgens vervoerder Arriva rijden de treinen weer."],
        &["Het bedrijf zei dat de storing verholpen is."],
    ]);
    assert_eq!(last_speaker(&got), Some("Arriva"), "{got:#?}");
}

#[test]
fn a_relative_clause_about_the_subject_reports_up_to_its_comma() {
    speaker_and_claim(&[
        (
            "Obama, die eerder had gezegd dat hij de gevangenis zou sluiten, veranderde van standpunt.",
            "Obama",
            "hij de gevangenis zou sluiten",
        ),
        (
            "De man, die zei dat hij de dader had gezien, werd later verhoord.",
            "De man",
            "hij de dader had gezien",
        ),
        (
            "De minister, die vorige week nog had verklaard dat er geen geld was, kwam met een plan.",
            "De minister",
            "er geen geld was",
        ),
    ]);
    // Not a relative clause after the subject: the claim goes on past the comma.
    speaker_and_claim(&[(
        "Jansen zei dat de stad, die al jaren krimpt, nu groeit.",
        "Jansen",
        "de stad, die al jaren krimpt, nu groeit",
    )]);
}

#[test]
fn advice_and_urging_report_a_te_infinitive() {
    speaker_and_claim(&[
        (
            "De gouverneur drong er bij de inwoners op aan om binnen te blijven.",
            "De gouverneur",
            "binnen te blijven",
        ),
        (
            "De dokter adviseerde de patiënt om rust te nemen.",
            "De dokter",
            "rust te nemen",
        ),
        (
            "De commissie adviseert dat de school dichtgaat.",
            "De commissie",
            "de school dichtgaat",
        ),
    ]);
}

#[test]
fn a_report_inside_an_aldus_keeps_both_speakers() {
    let got = one("De verdachte heeft verklaard dat hij onschuldig is, aldus de advocaat.");
    assert_eq!(
        who(&got),
        [("d:1", "de advocaat"), ("d:1", "De verdachte")],
        "{got:#?}"
    );
    // The same speaker twice is one claim.
    let got = one("Jansen heeft gezegd dat hij stopt, aldus Jansen.");
    assert_eq!(got.len(), 1, "{got:#?}");
}

#[test]
fn a_statement_quoted_after_luiden_is_its_authors() {
    speaker_and_claim(&[
        (
            "De verklaring luidde: \"Wij betreuren dit ten zeerste.\"",
            "De verklaring",
            "\"Wij betreuren dit ten zeerste.\"",
        ),
        (
            "De boodschap van de premier luidde: we moeten samen door deze crisis heen.",
            "de premier",
            "we moeten samen door deze crisis heen",
        ),
        (
            "In het rapport van de inspectie staat: de school faalt.",
            "de inspectie",
            "de school faalt",
        ),
    ]);
    // An answer is nobody's in particular; a title quotes nobody; bells ring.
    nothing(&[
        "Het antwoord luidde: nee.",
        "De titel van het boek luidt: \"Een lange weg\".",
        "De klokken luidden de hele dag.",
    ]);
}

#[test]
fn a_relative_adverb_opens_a_clause_with_its_own_subject() {
    let got = run(&[&[
        "Minister Farid Karimi gaf een interview, waarin hij zegt dat zijn uitspraken geheim blijven.",
    ]]);
    assert_eq!(last_speaker(&got), Some("Farid Karimi"), "{got:#?}");
    speakers(&[(
        "Karimi hield een toespraak waarop de oppositie verklaarde dat het beleid faalt.",
        "de oppositie",
    )]);
}

#[test]
fn a_request_reports_a_te_infinitive_of_the_clause_it_is_in() {
    speaker_and_claim(&[
        (
            "De partij heeft het stembureau gevraagd een hertelling te houden.",
            "De partij",
            "een hertelling te houden",
        ),
        // The auxiliary of the clause the cue is in, not the first one of the sentence.
        (
            "Tom had roggebrood gekocht, terwijl Maria hem had gevraagd witbrood te kopen.",
            "Maria",
            "witbrood te kopen",
        ),
    ]);
    // The writer asks, and a question to oneself is none.
    nothing(&[
        "Ik vroeg Tom niet hiernaartoe te komen.",
        "Tom vroeg zich af hoeveel minuten het hem zou duren om naar de bushalte te rennen.",
    ]);
}

#[test]
fn a_name_with_a_body_noun_is_a_body_that_its_noun_points_back_to() {
    let got = run(&[&[
        "Het Internationaal Monetair Fonds paste in oktober zijn vooruitzichten aan.",
        "Volgens het fonds gaat de economie volgend jaar vooruit.",
    ]]);
    assert_eq!(
        last_speaker(&got),
        Some("Internationaal Monetair Fonds"),
        "{got:#?}"
    );
    let got = run(&[&[
        "Het IMF paste in oktober zijn vooruitzichten aan.",
        "Het fonds zegt dat de economie vooruitgaat.",
    ]]);
    assert_eq!(last_speaker(&got), Some("IMF"), "{got:#?}");
    // "hij" is no fund.
    let got = run(&[&[
        "Het Internationaal Monetair Fonds paste zijn vooruitzichten aan.",
        "Hij zegt dat de economie vooruitgaat.",
    ]]);
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn a_bodys_name_goes_on_after_en() {
    speakers(&[
        (
            "„De onrust is reden voor onderzoek”, aldus de Inspectie Justitie en Veiligheid.",
            "Inspectie Justitie en Veiligheid",
        ),
        (
            "Volgens de Autoriteit Consument en Markt zijn de prijzen te hoog.",
            "Autoriteit Consument en Markt",
        ),
        (
            "De verdediging liet weten de passages opmerkelijk te vinden.",
            "De verdediging",
        ),
    ]);
    // Two people stay two.
    let got = one("Jansen en De Vries zeiden dat de dijk zwak is.");
    assert_eq!(last_speaker(&got), Some("Jansen en De Vries"), "{got:#?}");
}

#[test]
fn a_volgens_after_a_clause_break_is_the_next_clauses() {
    let got =
        one("Kamphuis denkt dat de prijs daalt, maar volgens haar moeten huishoudens sparen.");
    let claims: Vec<&str> = got.iter().map(|s| s.claim.exact.as_str()).collect();
    assert_eq!(
        claims,
        ["de prijs daalt", "moeten huishoudens sparen"],
        "{got:#?}"
    );
    let got = run(&[&[
        "Ingrid Kamphuis is president van De Nederlandsche Bank.",
        "Hoewel Kamphuis denkt dat de prijs tijdelijk stijgt, moeten huishoudens zich volgens haar voorbereiden.",
    ]]);
    let claims: Vec<&str> = got.iter().map(|s| s.claim.exact.as_str()).collect();
    assert_eq!(
        claims,
        [
            "de prijs tijdelijk stijgt",
            "moeten huishoudens zich volgens haar voorbereiden"
        ],
        "{got:#?}"
    );
}

#[test]
fn whose_statement_after_a_quote_or_before_a_colon_speaks() {
    speakers(&[
        (
            "“Wij hebben respect voor het leger”, luidde de reactie van het ministerie.",
            "het ministerie",
        ),
        (
            "De reactie van het ministerie: \"Wij betreuren dit.\"",
            "het ministerie",
        ),
        ("“We gaan door”, luidt het bij de vakbond.", "de vakbond"),
        (
            "Marco Visser, directeur van de stichting die de belangen van glasproducenten behartigt en de leerstoel financiert: „Sinds er een hoogleraar is, krijgen we meer vragen.”",
            "Marco Visser",
        ),
        (
            "Hij wordt verdacht van huisvredebreuk, staat er in de brief.",
            "de brief",
        ),
    ]);
    nothing(&[
        "De klokken luidden, het was feest.",
        "De titel van het boek: \"Een lange weg\".",
    ]);
}

#[test]
fn a_quotation_split_by_its_cue_is_one_claim() {
    let s = only("'Maar', zegt woordvoerder Lars Mulder, 'we kunnen niets uitsluiten.'");
    assert_eq!(s.speaker, "Lars Mulder");
    assert_eq!(
        s.claim.exact,
        "'Maar', zegt woordvoerder Lars Mulder, 'we kunnen niets uitsluiten.'"
    );
    let text: String = "'Maar', zegt woordvoerder Lars Mulder, 'we kunnen niets uitsluiten.'"
        .chars()
        .skip(s.claim.start)
        .take(s.claim.end - s.claim.start)
        .collect();
    assert_eq!(text, s.claim.exact);
}

#[test]
fn that_is_the_conclusion_of_names_whose_the_sentence_before_is() {
    let got = run(&[&[
        "Met meldingen is niet zorgvuldig omgegaan.",
        "Dat is de conclusie van de commissie-Verhagen, die een jaar onderzoek deed.",
    ]]);
    assert_eq!(who(&got), [("d:1", "commissie-Verhagen")], "{got:#?}");
    // Not a statement: nobody speaks.
    let got = run(&[&[
        "Het huis brandde af.",
        "Dat is het werk van een brandstichter.",
    ]]);
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn a_described_speaker_keeps_whose_it_is() {
    speakers(&[
        (
            "De onderzoekers van de VN-missie vermoeden dat de graven uit de oorlog dateren.",
            "De onderzoekers van de VN-missie",
        ),
        // An adjective stands before a noun; the verb after the noun is no part of it.
        (
            "De onderzoekers van de missie vermoeden dat de graven uit de oorlog dateren.",
            "De onderzoekers van de missie",
        ),
        (
            "Inwoners van het dorp Haldor zeiden dat ze niet waren ingelicht.",
            "Inwoners van het dorp Haldor",
        ),
    ]);
}

#[test]
fn a_question_word_opens_a_reported_question() {
    speaker_and_claim(&[
        (
            "De inwoners vroegen tijdens een bijeenkomst waarom ze niet waren ingelicht.",
            "De inwoners",
            "waarom ze niet waren ingelicht",
        ),
        (
            "Jan Pieters vroeg wat de reden was.",
            "Jan Pieters",
            "wat de reden was",
        ),
    ]);
    nothing(&[
        "Jan Pieters vroeg wat geld aan zijn moeder.",
        "Jan Pieters vroeg zich af waarom niemand kwam.",
        "Jan Pieters vertelde waarom hij vertrok.",
    ]);
}

#[test]
fn a_report_of_someone_else_inside_a_claim_is_a_claim_too() {
    let cases: [(&str, [&str; 2]); 3] = [
        (
            "NASA bevestigde dat de sonde in een baan is gekomen, maar de missieleiding waarschuwde dat een camera niet werkt.",
            ["NASA", "de missieleiding"],
        ),
        (
            "Amina Diallo zei dat het middel werkte, terwijl de fabrikant meldde dat de prijs laag blijft.",
            ["Amina Diallo", "de fabrikant"],
        ),
        (
            "Critici noemden het boek ‘somber’, maar de schrijfster zelf zei later dat het over hoop gaat.",
            ["Critici", "de schrijfster"],
        ),
    ];
    for (text, speakers) in cases {
        let got = one(text);
        let names: Vec<&str> = got.iter().map(|s| s.speaker.as_str()).collect();
        assert_eq!(names, speakers, "{text}");
    }
    // The speaker's own report inside the claim adds nothing (the guideline's rule 5).
    assert_eq!(
        one("Jan Jansen zei dat hij denkt dat het morgen regent.").len(),
        1
    );
}

#[test]
fn a_phrase_of_time_or_audience_may_stand_between_a_name_and_its_colon() {
    speakers(&[
        (
            "Trainer Sophie Ancelin na de finale: “Dit team heeft een hart van goud.”",
            "Sophie Ancelin",
        ),
        (
            "Minister Jan de Vries tegen de NOS: “We gaan door.”",
            "Jan de Vries",
        ),
    ]);
}

#[test]
fn a_capitalised_month_before_a_name_is_a_given_name() {
    speakers(&[
        ("“Het is een eer,” zei Mei Lin Zhao.", "Mei Lin Zhao"),
        (
            "“Het is een eer,” zei de 19-jarige pianiste Mei Lin Zhao, die de finale bereikte.",
            "Mei Lin Zhao",
        ),
        ("In Mei zei de minister dat het kon.", "de minister"),
    ]);
}

#[test]
fn a_name_in_apposition_to_any_description_after_the_cue_speaks() {
    speakers(&[(
        "“Muziek heeft geen grenzen,” zei de dirigent, Tomasz Wierzbicki, tegen het publiek.",
        "Tomasz Wierzbicki",
    )]);
}

#[test]
fn a_noun_that_takes_a_name_keeps_it() {
    speakers(&[
        (
            "De Zuid-Koreaanse K-popgroep Starlane heeft laten weten dat de groep pauze neemt.",
            "Starlane",
        ),
        (
            "Een nieuwe studie in het tijdschrift Global Hydrology Letters suggereert dat de regens toenemen.",
            "Een nieuwe studie in het tijdschrift Global Hydrology Letters",
        ),
        (
            "De regering houdt gevangenen vast, aldus het jaarverslag van de mensenrechtenorganisatie Vrije Stem.",
            "het jaarverslag van de mensenrechtenorganisatie Vrije Stem",
        ),
    ]);
}

#[test]
fn aldus_in_brackets_reports_the_clause_before_them() {
    speaker_and_claim(&[(
        "De zonnecel haalt 31 procent (aldus de fabrikant), een record voor dit materiaal.",
        "de fabrikant",
        "De zonnecel haalt 31 procent",
    )]);
    nothing(&[
        "De zonnecel haalt 31 procent (aldus de fabrikant van de cel in Delft en elders), een record.",
    ]);
}

#[test]
fn a_perfect_passive_report_takes_its_citation() {
    speakers(&[(
        "Eerder is gesteld dat de populatie licht is toegenomen (Petrov et al., 2015).",
        "Petrov et al., 2015",
    )]);
}

#[test]
fn a_passive_frame_after_the_claim_names_its_speaker_after_door() {
    speaker_and_claim(&[(
        "De hulpverleners zijn vrijgelaten, zo werd zondag bevestigd door het ministerie.",
        "het ministerie",
        "De hulpverleners zijn vrijgelaten",
    )]);
}

#[test]
fn a_call_for_a_thing_is_no_claim() {
    nothing(&[
        "De Veiligheidsraad riep op tot een onmiddellijk einde van de vijandelijkheden.",
        "Het fonds zegde de regering een lening toe, op voorwaarde dat zij de corruptie aanpakt.",
    ]);
    speakers(&[(
        "De Veiligheidsraad riep de partijen op om de wapens neer te leggen.",
        "De Veiligheidsraad",
    )]);
}

#[test]
fn after_a_fronted_subordinate_clause_the_subject_follows_the_verb() {
    let got = one(
        "Terwijl de regering volhoudt dat de grens veilig is, zeggen lokale leiders dat er groepen binnenkomen.",
    );
    assert_eq!(
        who(&got),
        [("d:1", "de regering"), ("d:1", "lokale leiders")],
        "{got:#?}"
    );
    // A pronoun there stands for the subordinate clause's subject.
    speakers(&[("Toen Jansen aankwam, zei hij dat het mooi was.", "Jansen")]);
}

#[test]
fn a_second_verb_shares_a_subject_with_an_insert() {
    speakers(&[(
        "Dr. Kwame Asante, directeur van het Centrum voor Tropische Geneeskunde, prees de reactie en merkte op dat er geen nieuwe besmettingen zijn.",
        "Kwame Asante",
    )]);
}

#[test]
fn a_company_named_inside_a_phrase_is_what_het_bedrijf_stands_for() {
    let got = run(&[&[
        "Bij een brand in een fabriek van het chemieconcern Norvachem raakten zes werknemers gewond.",
        "Het bedrijf ontkende dat er giftige stoffen zijn vrijgekomen.",
    ]]);
    assert_eq!(who(&got), [("d:2", "Norvachem")], "{got:#?}");
    // Not a body of another kind: the ministry is no company.
    let got = run(&[&[
        "Bij een brand in een gebouw van het ministerie van Defensie raakten zes mensen gewond.",
        "Het bedrijf ontkende dat er giftige stoffen zijn vrijgekomen.",
    ]]);
    assert!(
        got.iter().all(|s| !s.speaker.contains("Defensie")),
        "{got:#?}"
    );
}

#[test]
fn a_second_report_of_the_same_speaker_is_a_claim_of_its_own() {
    let cases: [(&str, [&str; 2]); 4] = [
        (
            "De minister, Grace Otieno, zei dat de zwarte dozen zijn gevonden, en beloofde dat het rapport openbaar wordt.",
            [
                "de zwarte dozen zijn gevonden",
                "het rapport openbaar wordt",
            ],
        ),
        (
            "De minister, Aino Rääkkönen, zei dat haar land 'niet in paniek raakt', maar verklaarde later dat de reservisten zijn opgeroepen.",
            [
                "haar land 'niet in paniek raakt'",
                "de reservisten zijn opgeroepen",
            ],
        ),
        (
            "Woordvoerder Dmitri Orlanski ontkende dat Rusland troepen heeft samengetrokken, en noemde de berichten 'volstrekt verzonnen'.",
            [
                "Rusland troepen heeft samengetrokken",
                "'volstrekt verzonnen'",
            ],
        ),
        (
            "Zeebioloog Pieter Van Acker noemde de conclusies 'voorbarig' en vroeg of de steekproef groot genoeg was.",
            ["'voorbarig'", "de steekproef groot genoeg was"],
        ),
    ];
    for (text, claims) in cases {
        let got = one(text);
        let exact: Vec<&str> = got.iter().map(|s| s.claim.exact.as_str()).collect();
        assert_eq!(exact, claims, "{text}");
    }
}

#[test]
fn any_described_subject_may_carry_a_relative_clause() {
    speakers(&[
        (
            "Een passagier die met haar kinderen aan boord was, zei tegen verslaggevers dat er geen omroepbericht was.",
            "Een passagier",
        ),
        (
            "Een vulkanoloog van de universiteit van Castelmora, die de berg al jaren bestudeert, waarschuwde dat de lava de weg kan bereiken.",
            "Een vulkanoloog van de universiteit van Castelmora",
        ),
    ]);
    nothing(&["Het huis dat hij kocht, bleek te klein."]);
}

#[test]
fn dutch_citations_and_far_quotations_of_a_second_report() {
    speakers(&[(
        "Er is zelfs gesuggereerd dat ze mensen herkennen (Anderson e.a., 2010).",
        "Anderson e.a., 2010",
    )]);
    let got = one(
        "Woordvoerder Dmitri Orlanski ontkende dat Rusland troepen heeft samengetrokken bij de grens, en noemde berichten daarover in westerse media 'volstrekt verzonnen'.",
    );
    assert_eq!(got.len(), 2, "{got:#?}");
}

#[test]
fn one_of_a_group_and_a_long_description_before_the_name() {
    speakers(&[
        (
            "De moeder van een van de zieke kinderen, die elke dag op de tribune zat, zei na afloop dat ze opgelucht was.",
            "De moeder van een van de zieke kinderen",
        ),
        (
            "De vader van een van de slachtoffers zei dat hij boos was.",
            "De vader van een van de slachtoffers",
        ),
        (
            "Een luchtvaartdeskundige van de Technische Universiteit van Kisumara, professor Daniel Mutua Kiprop, merkte op dat het toestel al twee keer motorpech had gehad.",
            "Daniel Mutua Kiprop",
        ),
        (
            "Een kapper uit het dorp Vellum, Jan de Vries, zei dat de storm hevig was.",
            "Jan de Vries",
        ),
    ]);
}

#[test]
fn a_second_cue_after_a_quotation_in_the_first_claim_and_long_descriptions() {
    let got = one(
        "Oduya zei dat de resultaten 'voorzichtig hoopgevend' zijn, maar waarschuwde tegelijk dat het herstel alleen mogelijk blijft.",
    );
    assert_eq!(
        got.iter()
            .map(|s| (s.cue.as_str(), s.speaker.as_str()))
            .collect::<Vec<_>>(),
        [("zei", "Oduya"), ("waarschuwde", "Oduya")]
    );
    speakers(&[
        (
            "De moeder van een van de slachtoffers, die anoniem wil blijven, zei dat haar familie rust kan vinden.",
            "De moeder van een van de slachtoffers",
        ),
        (
            "Een hoge functionaris van het Amerikaanse ministerie van Buitenlandse Zaken, die anoniem sprak, zei dat Washington naar Manila ging.",
            "Een hoge functionaris van het Amerikaanse ministerie van Buitenlandse Zaken",
        ),
    ]);
}

#[test]
fn inverted_plural_cues_and_an_office_with_a_lower_case_body() {
    speakers(&[
        (
            "Toch menen de onderzoekers dat huisartsen meer aandacht moeten besteden aan slaapproblemen.",
            "de onderzoekers",
        ),
        (
            "Officier van justitie Miriam Castellanos zei tegen de jury dat de verdachte had gelogen.",
            "Miriam Castellanos",
        ),
        (
            "Gisteren zei officier van justitie Miriam Castellanos dat de verdachte had gelogen.",
            "Miriam Castellanos",
        ),
        (
            "De woordvoerder van gemeente Den Haag zei dat het klopt.",
            "De woordvoerder van gemeente Den Haag",
        ),
    ]);
    // A club's name is no holder of the office: "ze" is the chair.
    let got = run(&[&[
        "Femke Brouwer is sinds 2021 voorzitter van hockeyclub De Valken.",
        "De ploeg is klaar voor de finale, zei ze zaterdag.",
    ]]);
    assert_eq!(last_speaker(&got), Some("Femke Brouwer"), "{got:#?}");
    nothing(&["Ze willen eisen en vragen stellen."]);
}

#[test]
fn a_stretch_of_time_before_a_fronted_clause_and_an_unresolved_pronoun_subject() {
    speakers(&[
        (
            "Zes maanden nadat orkaan Delphine het eiland verwoestte, zei premier Marguerite Laventure dat de wederopbouw 'nauwelijks begonnen' was.",
            "Marguerite Laventure",
        ),
        (
            "Een paar uur nadat de storm was gaan liggen, meldde de kustwacht dat alle opvarenden veilig waren.",
            "de kustwacht",
        ),
        (
            "Rennie smeekte andere wandelaars contact op te nemen met de politie.",
            "Rennie",
        ),
    ]);
    // The object is not the speaker when the pronoun has nobody to stand for.
    nothing(&[
        "Hij vertelde de regering dat de belasting omlaag moet.",
        "Ze smeekte de rechter om haar zoon vrij te laten.",
    ]);
    let got = run(&[&[
        "Minister Anna de Wit sprak dinsdag in Den Haag.",
        "Ze vertelde de Kamer dat de belasting omlaag moet.",
    ]]);
    assert_eq!(last_speaker(&got), Some("Anna de Wit"), "{got:#?}");
}

#[test]
fn bodies_with_field_and_place_degree_adverbs_and_a_phrase_as_insert() {
    let s = only("Traoré van de Universiteit van Bamako zei dat het werkt.");
    assert_eq!(
        (s.speaker.as_str(), s.organisation.as_deref()),
        ("Traoré", Some("Universiteit van Bamako"))
    );
    let s = only(
        "Hoofdonderzoeker professor Ousmane Traoré van het Nationaal Instituut voor Volksgezondheid in Bamako noemde de uitkomst 'een keerpunt'.",
    );
    assert_eq!(
        (s.speaker.as_str(), s.organisation.as_deref()),
        (
            "Ousmane Traoré",
            Some("Nationaal Instituut voor Volksgezondheid in Bamako")
        )
    );
    speakers(&[
        ("Jan van de Berg zei dat het werkt.", "Jan van de Berg"),
        (
            "Volgens het meest recente epidemiologische bulletin werden in 2023 ruim 41.000 gevallen gemeld.",
            "het meest recente epidemiologische bulletin",
        ),
        (
            "De jury, onder leiding van actrice Marina Toledo, zei dat de film won.",
            "De jury",
        ),
        (
            "Een luchtvaartdeskundige van de Technische Universiteit van Kisumara, professor Daniel Mutua Kiprop, merkte op dat het toestel oud was.",
            "Daniel Mutua Kiprop",
        ),
    ]);
}

#[test]
fn the_ceo_and_the_manufacturer_point_back() {
    let got = run(&[
        &["Topman Henrik Dahlqvist van Norvalis beloofde alle apotheken te compenseren."],
        &[
            "'We nemen elke afwijking uiterst serieus,' zei de CEO, die sinds 2019 aan het hoofd staat.",
        ],
    ]);
    assert_eq!(last_speaker(&got), Some("Henrik Dahlqvist"), "{got:#?}");
    let got = run(&[
        &["De Zweedse farmaceut Norvalis heeft maandag een partij medicijnen teruggeroepen."],
        &["Hoewel de fabrikant benadrukt dat de kans op schade klein is, zijn klanten ongerust."],
    ]);
    assert_eq!(last_speaker(&got), Some("Norvalis"), "{got:#?}");
    let s = only("CEO Jan Jansen zei dat het goed gaat.");
    assert_eq!(
        (s.speaker.as_str(), s.role.as_deref()),
        ("Jan Jansen", Some("CEO"))
    );
}

#[test]
fn a_relative_clause_owns_its_complement_and_delegations_speak() {
    nothing(&[
        "De kiescommissie heeft maandag de uitslag bekendgemaakt, waaruit bleek dat Vasilescu had gewonnen.",
        "De provinciale regering stelde een onderzoekscommissie in die moet nagaan of de bus in orde was.",
    ]);
    speakers(&[
        ("Jansen stelt in die brief dat de regering faalt.", "Jansen"),
        (
            "De Saudische delegatie hield daarentegen vol dat elk verdrag de rechten moest respecteren.",
            "De Saudische delegatie",
        ),
    ]);
}

#[test]
fn a_pronoun_suggested_for_a_person_tells_her_gender() {
    let got = run(&[
        &[
            "Het lek werd ontdekt door onderzoeker Tomasz Wierzbicki, die urenlang sprak met de directeur van Brightwell, Claire Ashdown.",
        ],
        &[
            "Zij verklaarde na afloop dat er niets is buitgemaakt, maar volgens hem bevatte de database wel creditcardnummers.",
        ],
    ]);
    assert!(
        !got.iter()
            .any(|s| s.mention == "hem" && s.speaker == "Claire Ashdown"),
        "{got:#?}"
    );
    assert_eq!(
        got.iter().filter(|s| s.speaker == "Claire Ashdown").count(),
        1,
        "{got:#?}"
    );
}

#[test]
fn an_accusation_with_a_te_infinitive_is_a_claim() {
    speaker_and_claim(&[
        (
            "President Carl Whitman beschuldigde journalisten ervan niet de waarheid te vertellen.",
            "Carl Whitman",
            "journalisten ervan niet de waarheid te vertellen",
        ),
        (
            "Critici beschuldigden Ceesay ervan aan de macht te willen blijven.",
            "Critici",
            "Ceesay ervan aan de macht te willen blijven",
        ),
    ]);
    // An accusation of a noun only is no claim (the guideline's "verdenken van").
    nothing(&["De regering beschuldigde de rebellen van oorlogsmisdaden."]);
}

#[test]
fn an_apposition_and_a_relative_clause_before_the_verb() {
    speakers(&[(
        "Emma Berglund-Oduya, bioloog aan de Staatsuniversiteit van Norrhaven, die niet bij het onderzoek betrokken was, zei dat ze onder de indruk was.",
        "Emma Berglund-Oduya",
    )]);
}

#[test]
fn a_firm_by_its_trade_and_its_partners() {
    speaker_and_claim(&[
        (
            "Gareth Nakamura van zakenbank Holmfirth & Co zei dat het gesprek meer vragen opriep.",
            "Gareth Nakamura",
            "het gesprek meer vragen opriep",
        ),
        (
            "Jan de Vries van denktank Clingendael zei dat de kans klein is.",
            "Jan de Vries",
            "de kans klein is",
        ),
        (
            "Procter & Gamble meldde dat de omzet daalde.",
            "Procter & Gamble",
            "de omzet daalde",
        ),
    ]);
    let s = only("Jan de Vries van bierbrouwer Heineken zei dat de omzet daalde.");
    assert_eq!(
        s.organisation.as_deref(),
        Some("bierbrouwer Heineken"),
        "{s:#?}"
    );
}

#[test]
fn a_document_after_a_quotation_with_its_comma_inside() {
    speaker_and_claim(&[
        (
            "'De voertuigen zijn in orde,' stond er in het bericht.",
            "het bericht",
            "'De voertuigen zijn in orde,'",
        ),
        (
            "In het 600 pagina's tellende rapport staat dat de regering heeft nagelaten op te treden.",
            "het 600 pagina's tellende rapport",
            "de regering heeft nagelaten op te treden",
        ),
    ]);
}

#[test]
fn a_quotation_cited_by_a_medium_has_both_speakers() {
    for text in [
        "'De sancties zijn een mislukking', zo werd minister Javad Khorrami geciteerd door het persbureau Parsnet.",
        "'Het werd lang geleden gestolen', wordt conservator Javad Khorrami door het dagblad Parsnet geciteerd.",
    ] {
        let got = one(text);
        let speakers: Vec<&str> = got.iter().map(|s| s.speaker.as_str()).collect();
        assert_eq!(speakers, ["Javad Khorrami", "Parsnet"], "{text}: {got:#?}");
    }
}

#[test]
fn an_announced_act_is_no_claim_but_an_announced_intention_is() {
    nothing(&[
        "Minister Petrakis kondigde een nationale vaccinatieweek aan.",
        "De kiescommissie maakte dinsdag de voorlopige uitslagen bekend.",
    ]);
    speaker_and_claim(&[(
        "Minister Petrakis kondigde haar intentie om af te treden aan.",
        "Petrakis",
        "haar intentie om af te treden",
    )]);
}

#[test]
fn a_count_after_the_inverted_subject_is_the_verbs_object() {
    nothing(&["In een update over de uitbraak, meldde het bureau gisteren 96 nieuwe gevallen."]);
    speakers(&[(
        "De uitbraak is voorbij, meldde het bureau op 12 mei.",
        "het bureau",
    )]);
}

#[test]
fn academics_speak() {
    speakers(&[("Volgens academici is de lat lager.", "academici")]);
}

#[test]
fn reporting_verbs_of_the_fourth_round() {
    speakers(&[
        ("'Dat is complete onzin,' lacht Jan Peeters.", "Jan Peeters"),
        (
            "De minister speculeerde dat de crisis nog jaren zal duren.",
            "De minister",
        ),
        ("Experts bevelen aan om elke dag te bewegen.", "Experts"),
        (
            "De Gezondheidsraad beval aan dat kinderen minder suiker eten.",
            "De Gezondheidsraad",
        ),
        ("Piet Jansen vervolgde: 'We gaan door.'", "Piet Jansen"),
        ("De arts nam aan dat de patiënt sliep.", "De arts"),
        ("Els Smit getuigde dat ze de man had gezien.", "Els Smit"),
        // (An order, as "gelastte" and "droeg op": round 35.)
        (
            "De koning beval de soldaten zich terug te trekken.",
            "De koning",
        ),
    ]);
    nothing(&[
        "Het OM vervolgt de man voor moord.",
        "Het parlement nam de wet aan.",
        "Het publiek lachte om de grap van de presentator.",
        "Het onderzoek getuigt van grote moed.",
    ]);
}

#[test]
fn a_named_subject_keeps_its_prepositional_phrases_up_to_the_verb() {
    speakers(&[
        (
            "Tony Moll van het Nelson R. Mandela Medical College in de Zuid-Afrikaanse stad Durban zei dat de variant gevaarlijk is.",
            "Tony Moll",
        ),
        (
            "Tony Moll uit de Zuid-Afrikaanse stad Durban zei dat de variant gevaarlijk is.",
            "Tony Moll",
        ),
    ]);
    nothing(&[
        "Berichten uit de regio vrezen dat het aantal doden oploopt.",
        "Volgens de planning in de Zuid-Afrikaanse stad Durban is de brug klaar.",
    ]);
}

#[test]
fn an_auxiliary_inside_a_relative_insert_is_not_the_clauses() {
    speakers(&[
        (
            "De minister, die gisteren in Brussel was, heeft gezegd dat hij geen spijt heeft.",
            "De minister",
        ),
        (
            "Het kabinet heeft, zoals was verwacht, gezegd dat de belasting stijgt.",
            "Het kabinet",
        ),
        (
            "Luchtvaartmaatschappij KLM liet in een verklaring weten dat alle vluchten zijn geannuleerd.",
            "KLM",
        ),
    ]);
}

#[test]
fn a_passive_dat_points_back_across_a_paragraph_break_too() {
    let got = run(&[
        &["De werkloosheid is gedaald tot 3 procent."],
        &["Dat werd bevestigd door de minister."],
    ]);
    assert_eq!(who(&got), [("d:1", "de minister")], "{got:#?}");
}

#[test]
fn naar_schatting_van_and_naar_zeggen_van_name_a_source() {
    speaker_and_claim(&[
        (
            "Naar schatting van de VN zijn er 300 doden gevallen.",
            "VN",
            "zijn er 300 doden gevallen",
        ),
        (
            "Naar zeggen van de burgemeester is de schade groot.",
            "de burgemeester",
            "is de schade groot",
        ),
    ]);
    nothing(&["Er zijn naar schatting 300 doden gevallen."]);
}

#[test]
fn a_fronted_agent_of_a_passive_cue_speaks() {
    speakers(&[
        (
            "Door de politie werd bevestigd dat er twee doden zijn gevallen.",
            "de politie",
        ),
        ("Door Reuters werd gemeld dat de grens dicht is.", "Reuters"),
    ]);
    nothing(&[
        "Door de storm werd gemeld dat de weg dicht is.",
        "Door media werd al gespeculeerd dat Van Dam het roer overneemt.",
    ]);
}

#[test]
fn zoals_with_an_agent_or_at_the_end_of_the_sentence() {
    speaker_and_claim(&[
        (
            "De situatie is ernstig, zoals de minister zei.",
            "de minister",
            "De situatie is ernstig",
        ),
        (
            "Zoals eerder gemeld door de BBC, is de premier afgetreden.",
            "BBC",
            "is de premier afgetreden",
        ),
        (
            "De premier is afgetreden, zoals eerder gemeld door de BBC.",
            "BBC",
            "De premier is afgetreden",
        ),
    ]);
    nothing(&[
        "Zoals gemeld is de premier afgetreden.",
        "Hij doet het zoals zijn vader het hem leerde.",
    ]);
}

#[test]
fn agreeing_on_it_is_a_stance() {
    speakers(&[
        (
            "Experts zijn het erover eens dat de toren moet worden gerestaureerd.",
            "Experts",
        ),
        (
            "De meeste historici zijn het erover eens dat de stad in de 12e eeuw werd gesticht.",
            "De meeste historici",
        ),
    ]);
}

#[test]
fn a_name_after_a_persons_role_in_the_phrase_is_not_the_speaker() {
    speakers(&[
        (
            "De advocaat van zanger Jan Smit zei dat zijn cliënt onschuldig is.",
            "De advocaat van zanger Jan Smit",
        ),
        (
            "Zijn cliënt is onschuldig, zei de advocaat van zanger Jan Smit.",
            "de advocaat van zanger Jan Smit",
        ),
        (
            "Het team van professor Kim meldde dat de cellen zich sneller deelden.",
            "Het team van professor Kim",
        ),
        (
            "Officier van justitie Miriam Castellanos zei dat de zaak rond is.",
            "Miriam Castellanos",
        ),
        (
            "De woordvoerder van het ziekenhuis in de Zuid-Afrikaanse stad Durban zei dat de variant gevaarlijk is.",
            "De woordvoerder van het ziekenhuis in de Zuid-Afrikaanse stad Durban",
        ),
    ]);
}

#[test]
fn volgens_a_particular_document_without_its_author() {
    speakers(&[
        (
            "Volgens de verklaring was het ongeluk te voorkomen.",
            "de verklaring",
        ),
        (
            "Volgens het persbericht komen er 200 banen bij.",
            "het persbericht",
        ),
        (
            "Volgens de verklaring van het ministerie was het ongeluk te voorkomen.",
            "het ministerie",
        ),
    ]);
    nothing(&[
        "Volgens een verklaring komen er 200 banen bij.",
        "Onder de streep blijft volgens de prognoses 85 miljoen euro over.",
        // Figures are evidence; their owner speaks.
        "Volgens de laatste cijfers worden nog 78 mensen vermist.",
        "Volgens de jongste gegevens zijn er 200 doden.",
    ]);
    speakers(&[(
        "Volgens de laatste cijfers van het ministerie zijn er 200 doden.",
        "het ministerie",
    )]);
}

#[test]
fn a_pronoun_points_back_to_a_described_subject() {
    let got = run(&[
        &["De minister bezocht dinsdag het rampgebied."],
        &["Hij zei dat de regering alle getroffenen zal helpen."],
        &["De burgemeester was zaterdag aanwezig bij de opening."],
        &["Zij zei dat het gebouw van alle inwoners is."],
    ]);
    assert_eq!(
        who(&got),
        [("d:2", "De minister"), ("d:4", "De burgemeester")],
        "{got:#?}"
    );
    // A plural subject, or one with a phrase after it, is not "hij".
    let got = run(&[&[
        "Rechter Milton Juica veroordeelde zes ex-militairen.",
        "Aanhangers van de ex-dictator in de senaat verhinderden zijn benoeming.",
        "„Ik ben de enige rechter die dat overkwam”, zegt hij.",
    ]]);
    assert_eq!(last_speaker(&got), Some("Milton Juica"), "{got:#?}");
}

#[test]
fn a_count_or_a_part_of_a_group_speaks() {
    speakers(&[
        (
            "Honderden artsen zeggen dat het ziekenhuis onveilig is.",
            "Honderden artsen",
        ),
        (
            "De meerderheid van de Kamerleden zei dat de minister moet aftreden.",
            "De meerderheid van de Kamerleden",
        ),
        (
            "Meer dan 200 wetenschappers zeggen dat het klimaat snel verandert.",
            "Meer dan 200 wetenschappers",
        ),
        (
            "Ruim 40 artsen waarschuwen dat het virus zich verspreidt.",
            "Ruim 40 artsen",
        ),
    ]);
    nothing(&["Honderden mensen zeggen dat het ziekenhuis onveilig is."]);
}

#[test]
fn a_possessive_after_volgens_and_an_inhabitant_opening_the_sentence() {
    speakers(&[
        ("Volgens haar manager is ze uitgeput.", "haar manager"),
        (
            "Volgens hun advocaat zijn de broers onschuldig.",
            "hun advocaat",
        ),
    ]);
    let got = run(&[&[
        "Markus Vogel won de rit.",
        "De Duitser zei dat hij tevreden is.",
    ]]);
    assert_eq!(last_speaker(&got), Some("Markus Vogel"), "{got:#?}");
    let got = run(&[&[
        "Liam Walsh won de rit.",
        "De Australiër zei dat hij tevreden is.",
    ]]);
    assert_eq!(last_speaker(&got), Some("Liam Walsh"), "{got:#?}");
    let got = run(&[&[
        "Jan de Boer won de rit.",
        "De Boer zei dat hij tevreden is.",
    ]]);
    assert_eq!(last_speaker(&got), Some("Jan de Boer"), "{got:#?}");
    nothing(&["Het orkest speelde twee opera's van Verdi: 'Aida' en 'La traviata'."]);
}

#[test]
fn hij_passes_over_a_woman_named_last() {
    let got = run(&[
        &["Minister Pieter Smit ontmoette maandag Anna Berg."],
        &["Hij zei dat Nederland de aanvraag nog bestudeert."],
    ]);
    assert_eq!(last_speaker(&got), Some("Pieter Smit"), "{got:#?}");
}

#[test]
fn a_quotation_standing_alone_after_a_paragraph_that_says_someone_spoke() {
    let got = run(&[
        &["De Franse president Étienne Moreau sprak dinsdag de nationale vergadering toe."],
        &["„Frankrijk staat aan de zijde van zijn bondgenoten.”"],
    ]);
    assert_eq!(who(&got), [("d:2", "Étienne Moreau")], "{got:#?}");
    // Not after a paragraph that only names them.
    let got = run(&[
        &["De Franse president Étienne Moreau bezocht dinsdag Lyon."],
        &["„Frankrijk staat aan de zijde van zijn bondgenoten.”"],
    ]);
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn ze_passes_over_a_man_named_last() {
    let got = run(&[
        &["Anna Berg ontmoette maandag minister Pieter Smit."],
        &["Ze zei dat Zweden de aanvraag steunt."],
    ]);
    assert_eq!(last_speaker(&got), Some("Anna Berg"), "{got:#?}");
}

#[test]
fn a_neuter_antecedent_of_a_relative_dat_speaks() {
    speaker_and_claim(&[
        (
            "Het leger, dat zegt dat het de stad heeft ingenomen, trok zich later terug.",
            "Het leger",
            "het de stad heeft ingenomen",
        ),
        (
            "Het ministerie, dat eerder had gezegd dat de grens open bleef, sloot de grens.",
            "Het ministerie",
            "de grens open bleef",
        ),
    ]);
    // A `dat` that is a complement is no relative pronoun.
    assert_eq!(
        only("De minister zei, dat de grens open blijft.").speaker,
        "De minister"
    );
}

#[test]
fn sources_of_a_kind_and_the_courts_documents() {
    speakers(&[
        (
            "Diplomatieke bronnen zeiden dat de onderhandelingen zijn vastgelopen.",
            "Diplomatieke bronnen",
        ),
        (
            "Palestijnse medische bronnen meldden dat negen mensen zijn gedood.",
            "Palestijnse medische bronnen",
        ),
        (
            "Volgens Israëlische bronnen is de aanval voorbij.",
            "Israëlische bronnen",
        ),
        (
            "Het vonnis stelt dat de verdachte met voorbedachten rade handelde.",
            "Het vonnis",
        ),
        (
            "Volgens de aanklacht betaalde de zakenman steekpenningen.",
            "de aanklacht",
        ),
        ("In het vonnis staat dat de man schuldig is.", "het vonnis"),
        (
            "Volgens seismologen van de Universiteit van Tokio volgen er naschokken.",
            "seismologen van de Universiteit van Tokio",
        ),
        (
            "Het hoofd van de VN-missie in Mali zei dinsdag dat de situatie verslechtert.",
            "Het hoofd van de VN-missie in Mali",
        ),
    ]);
    // Sources of no particular kind stay nobody.
    nothing(&[
        "Betrouwbare bronnen zeiden dat de minister aftreedt.",
        "Diverse bronnen meldden dat de minister aftreedt.",
    ]);
}

#[test]
fn particle_verbs_with_a_te_infinitive_and_confiding() {
    speaker_and_claim(&[
        (
            "De spits gaf aan niet bij de club te willen blijven.",
            "De spits",
            "niet bij de club te willen blijven",
        ),
        (
            "De zwemster maakte bekend na de Spelen te stoppen.",
            "De zwemster",
            "na de Spelen te stoppen",
        ),
        (
            "De verdachte hield vol onschuldig te zijn.",
            "De verdachte",
            "onschuldig te zijn",
        ),
        (
            "Mila Rossi vertrouwde verslaggevers toe dat zij met een depressie worstelde.",
            "Mila Rossi",
            "zij met een depressie worstelde",
        ),
    ]);
    nothing(&[
        "Hij gaf het boek aan zijn broer om te lezen.",
        "De weerman gaf 30 graden aan.",
    ]);
}

#[test]
fn a_name_in_apposition_after_volgens_and_names_with_particles() {
    speakers(&[
        (
            "Volgens de woordvoerder van UNHCR in Genève, Ahmed Barzani, zijn duizenden mensen op de vlucht.",
            "Ahmed Barzani",
        ),
        (
            "Volgens de Spaanse minister van Binnenlandse Zaken, María José de la Fuente, zijn er geen doden.",
            "María José de la Fuente",
        ),
        (
            "Jan Peter van der Berg zei dat er geen doden zijn.",
            "Jan Peter van der Berg",
        ),
        (
            "Jan Smit van de Rabobank zei dat de rente stijgt.",
            "Jan Smit",
        ),
        (
            "Volgens de politie in Gent, die de zaak onderzoekt, is de dader gevlucht.",
            "de politie in Gent",
        ),
    ]);
}

#[test]
fn fronted_phrases_that_name_others_do_not_speak() {
    speakers(&[
        (
            "Na overleg met de burgemeester en de brandweer verklaarde de politie dat de ringweg dicht blijft.",
            "de politie",
        ),
        (
            "Samen met de burgemeester en de brandweercommandant zei de minister dat de evacuatie voorbij is.",
            "de minister",
        ),
        (
            "Tegenover de BBC zei een arts dat er geen brandstof meer is.",
            "een arts",
        ),
        (
            "Op X, het voormalige Twitter, schreef de Oekraïense president dat de aanval een terroristische daad was.",
            "de Oekraïense president",
        ),
        (
            "De Oekraïense president schreef op X, het voormalige Twitter, dat de aanval een terroristische daad was.",
            "De Oekraïense president",
        ),
        (
            "De gouverneur van de Amerikaanse staat Oregon zei woensdag dat de scholen dicht blijven.",
            "De gouverneur van de Amerikaanse staat Oregon",
        ),
        (
            "Volgens de gouverneur van de staat Texas gaat de grens dicht.",
            "de gouverneur van de staat Texas",
        ),
        (
            "De regering zweeg, en trainer Maurice Steijn zei dat hij boos is.",
            "Maurice Steijn",
        ),
    ]);
    nothing(&["De archeoloog vond een fossiel dat miljoenen jaren oud is."]);
}

#[test]
fn a_described_speaker_of_any_noun_with_whose_it_is() {
    speakers(&[
        (
            "De schoonmaker van de school zei dat de deur open stond.",
            "De schoonmaker van de school",
        ),
        (
            "De veerman van het dorp vertelde de politie dat hij niets zag.",
            "De veerman van het dorp",
        ),
        (
            "De luchthaven van Bangkok bevestigde dinsdag dat alle vluchten zijn geschrapt.",
            "De luchthaven van Bangkok",
        ),
        (
            "Een van de passagiers zei dat het vliegtuig hard schudde.",
            "Een van de passagiers",
        ),
        (
            "Na afloop vertelde een van de mijnwerkers aan de televisie dat ze honger hadden.",
            "een van de mijnwerkers",
        ),
    ]);
    nothing(&[
        "De val van de regering toonde aan dat het land verdeeld is.",
        "Veel inwoners van de stad geloven dat de brand geen ongeluk was.",
    ]);
}

#[test]
fn aldus_between_two_parts_of_a_quotation_and_a_count_after_a_frame() {
    let got = one("‘De schade is enorm’, aldus de gouverneur, ‘en het herstel zal jaren duren.’");
    assert_eq!(who(&got), [("d:1", "de gouverneur")], "{got:#?}");
    assert!(got[0].claim.exact.ends_with("jaren duren.’"), "{got:#?}");
    let s = only("De aanslag was, aldus de minister, „zorgvuldig voorbereid”.");
    assert_eq!(s.speaker, "de minister");
    assert!(s.claim.exact.ends_with("voorbereid”"), "{s:#?}");
    speakers(&[
        (
            "Het dodental is, zo meldde het ministerie zondag, gestegen tot 87.",
            "het ministerie",
        ),
        (
            "De brand heeft, zo zei de brandweer, 120 huizen verwoest.",
            "de brandweer",
        ),
    ]);
    nothing(&["In een update op zijn website meldde het bureau gisteren 96 nieuwe gevallen."]);
}

#[test]
fn bodies_named_with_zonder_and_voor_de() {
    speakers(&[
        (
            "Een woordvoerder van Artsen zonder Grenzen zei dat het ziekenhuis zwaar is beschadigd.",
            "Een woordvoerder van Artsen zonder Grenzen",
        ),
        (
            "De hulporganisatie Artsen zonder Grenzen zei dat het ziekenhuis is getroffen.",
            "Artsen zonder Grenzen",
        ),
        (
            "Het Syrisch Observatorium voor de Mensenrechten zei dat er zeventien doden zijn.",
            "Syrisch Observatorium voor de Mensenrechten",
        ),
        (
            "Het Comité voor de Bescherming van Journalisten zei dat drie verslaggevers zijn gedood.",
            "Comité voor de Bescherming van Journalisten",
        ),
        (
            "Minister voor Ontwikkelingssamenwerking Sigrid Kaag zei dat de hulp doorgaat.",
            "Sigrid Kaag",
        ),
    ]);
}

#[test]
fn a_relative_clause_after_an_inverted_subject_and_words_called_in_the_perfect() {
    speakers(&[
        (
            "Dinsdag zei een arts, die anoniem wilde blijven, dat het ziekenhuis geen medicijnen meer heeft.",
            "een arts",
        ),
        (
            "De minister bezocht de boer, die zei dat hij geen geld had.",
            "de boer",
        ),
    ]);
    speaker_and_claim(&[
        (
            "De vakbonden hebben het voorstel ‘onaanvaardbaar’ genoemd.",
            "De vakbonden",
            "‘onaanvaardbaar’",
        ),
        (
            "De oppositie had het plan eerder ‘onuitvoerbaar’ genoemd.",
            "De oppositie",
            "‘onuitvoerbaar’",
        ),
    ]);
    // A passive or a name given names; nobody's words are quoted.
    nothing(&[
        "Deze insecten worden door entomologen ‘wantsen’ genoemd.",
        "De ouders hebben hun dochter ‘Noor’ genoemd.",
        "De ouders noemden hun dochter ‘Noor’.",
    ]);
}

#[test]
fn a_quotation_before_the_cue_and_a_second_main_clause_after_it() {
    let got = one(
        "„We gaan dit niet accepteren”, zei de Litouwse president, en hij voegde eraan toe dat de ambassadeur wordt ontboden.",
    );
    assert_eq!(
        who(&got),
        [
            ("d:1", "de Litouwse president"),
            ("d:1", "de Litouwse president")
        ],
        "{got:#?}"
    );
    assert_eq!(
        got[0].claim.exact, "„We gaan dit niet accepteren”",
        "{got:#?}"
    );
    speaker_and_claim(&[(
        "„We zijn niet bang”, zei de premier, maar de minister was voorzichtiger.",
        "de premier",
        "„We zijn niet bang”",
    )]);
}

#[test]
fn a_neuter_pronoun_for_the_body_just_before() {
    let got = run(&[
        &["Energiebedrijf Nordvolt heeft maandag een reorganisatie bekendgemaakt."],
        &["Het liet weten dat de reorganisatie noodzakelijk is."],
    ]);
    assert_eq!(who(&got), [("d:2", "Nordvolt")], "{got:#?}");
    assert_eq!(got[0].mention, "Het", "{got:#?}");
    // Not for a person.
    let got = run(&[&["Jan Smit won de rit."], &["Het zei dat hij blij was."]]);
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn a_second_speaker_after_en_without_a_comma() {
    let got = one(
        "De politie bevestigde dat er twee verdachten zijn opgepakt en de officier van justitie liet weten dat zij woensdag worden voorgeleid.",
    );
    assert_eq!(
        who(&got),
        [("d:1", "De politie"), ("d:1", "de officier van justitie")],
        "{got:#?}"
    );
    let got =
        one("De politie zei dat er twee verdachten zijn en Jan Smit zei dat de wijk veilig is.");
    assert_eq!(
        who(&got),
        [("d:1", "De politie"), ("d:1", "Jan Smit")],
        "{got:#?}"
    );
    // An auxiliary before `en` and an adverb is the clause's own.
    speakers(&[(
        "De minister heeft gisteren en vandaag gezegd dat de crisis voorbij is.",
        "De minister",
    )]);
}

#[test]
fn a_date_or_clock_time_after_a_postposed_speaker_is_no_count() {
    speakers(&[
        (
            "‘We hebben niets gevonden’, zei de politie op 14 oktober 2023.",
            "de politie",
        ),
        (
            "‘We hebben niets gevonden’, zei de politie in oktober 2023.",
            "de politie",
        ),
        (
            "De brand is onder controle, zei de brandweer dinsdag 3 mei tegen verslaggevers.",
            "de brandweer",
        ),
        (
            "‘Het is voorbij’, zei de burgemeester om 10 uur.",
            "de burgemeester",
        ),
    ]);
}

#[test]
fn a_fronted_subordinate_clause_after_a_time_adverb_and_its_comma() {
    let got = one(
        "Dinsdag, een dag nadat de minister had gemeld dat de grens dicht ging, zei de premier dat er geen besluit was genomen.",
    );
    assert_eq!(
        who(&got),
        [("d:1", "de minister"), ("d:1", "de premier")],
        "{got:#?}"
    );
    speakers(&[(
        "Gisteren, nadat de minister de grens had gesloten, zei de premier dat er geen besluit was genomen.",
        "de premier",
    )]);
}

#[test]
fn a_verb_after_the_head_noun_of_volgens_is_no_role_before_a_name() {
    speakers(&[
        (
            "Volgens de Amerikaanse regering levert Iran al maanden drones aan Rusland.",
            "de Amerikaanse regering",
        ),
        (
            "Volgens de politie vluchtte Jansen na de schietpartij naar België.",
            "de politie",
        ),
        // A portfolio after the role and a role after an age stay in the phrase.
        (
            "‘Dan leggen we onze kaarten op tafel’, zegt wethouder financiën Karin de Bruijn.",
            "Karin de Bruijn",
        ),
        (
            "“Het is een eer om hier te spelen,” zei de 19-jarige pianiste Mei Lin Zhao.",
            "Mei Lin Zhao",
        ),
    ]);
}

#[test]
fn an_adverb_opening_the_sentence_is_no_name() {
    speakers(&[
        (
            "Gisteravond zei de burgemeester dat de noodverordening wordt verlengd.",
            "de burgemeester",
        ),
        (
            "Telefonisch liet de burgemeester weten dat de noodverordening wordt verlengd.",
            "de burgemeester",
        ),
        (
            "Desgevraagd bevestigt de minister dat de kosten stijgen.",
            "de minister",
        ),
        (
            "Achteraf erkende de scheidsrechter dat hij de situatie verkeerd had beoordeeld.",
            "de scheidsrechter",
        ),
    ]);
}

#[test]
fn an_article_or_a_document_as_the_subject_of_a_cue() {
    speakers(&[
        ("Het artikel stelt dat de regering loog.", "Het artikel"),
        (
            "Het proefschrift concludeert dat kinderen vaker slecht slapen.",
            "Het proefschrift",
        ),
        (
            "Volgens het document wist de minister ervan.",
            "het document",
        ),
        // Research at large is evidence, or its author's; a particular study speaks (round
        // 24: the guideline's "particular document", as the translated set labels it).
        (
            "Volgens onderzoek van de Universiteit Utrecht slapen kinderen slechter.",
            "Universiteit Utrecht",
        ),
        (
            "Het onderzoek concludeert dat kinderen vaker slecht slapen.",
            "Het onderzoek",
        ),
        (
            "Volgens het onderzoek slapen kinderen slechter.",
            "het onderzoek",
        ),
    ]);
    nothing(&[
        "Volgens nieuw onderzoek slapen kinderen slechter.",
        "Volgens een onderzoek slapen kinderen slechter.",
        "Uit het onderzoek blijkt dat kinderen slechter slapen.",
    ]);
}

#[test]
fn sports_roles_are_speaker_nouns() {
    speakers(&[
        (
            "‘We hebben slecht gespeeld’, aldus de middenvelder.",
            "de middenvelder",
        ),
        (
            "Volgens de tennisster was de baan te glad.",
            "de tennisster",
        ),
    ]);
    let got = run(&[
        &["De Braziliaanse middenvelder Marco Lima scoorde twee keer."],
        &["‘We hebben goed gespeeld’, aldus de middenvelder."],
    ]);
    assert_eq!(who(&got), [("d:2", "Marco Lima")], "{got:#?}");
}

#[test]
fn a_plural_before_a_preposition_is_no_genitive() {
    speakers(&[
        (
            "Onderzoekers uit Canada en Zweden schrijven in het tijdschrift Science dat de ijskap sneller smelt.",
            "Onderzoekers uit Canada en Zweden",
        ),
        (
            "Wetenschappers in Japan zeggen dat de ijskap sneller smelt.",
            "Wetenschappers in Japan",
        ),
    ]);
}

#[test]
fn plural_forms_after_a_plural_subject_or_a_bracket_and_het_before_a_name() {
    speakers(&[
        ("Artsen adviseren mensen om binnen te blijven.", "Artsen"),
        (
            "Economen van het Internationaal Monetair Fonds (IMF) verwachten dat de groei vertraagt.",
            "Economen van het Internationaal Monetair Fonds",
        ),
        (
            "In haar halfjaarlijkse rapport schrijft het IMF dat de groei vertraagt.",
            "IMF",
        ),
    ]);
    nothing(&[
        "De artsen eisen meer geld.",
        "Bewoners vragen om meer politie.",
        "Zij schreef het boek dat nu verschijnt.",
    ]);
}

#[test]
fn an_office_holder_with_a_particle_in_the_name() {
    speakers(&[
        (
            "Minister van Financiën Marieke de Graaf zei dat de begroting klopt.",
            "Marieke de Graaf",
        ),
        (
            "Volgens minister van Sport Ruben de Lange is het stadion veilig.",
            "Ruben de Lange",
        ),
        (
            "De minister van Buitenlandse Zaken Anna van der Berg zei dat de grens dicht gaat.",
            "Anna van der Berg",
        ),
    ]);
}

#[test]
fn a_pronoun_skips_a_person_of_the_other_gender_named_since() {
    let got = run(&[
        &["Anna Berg zei dat het gesprek goed was."],
        &["Peter Smit was ook aanwezig."],
        &["Zij voegde eraan toe dat er een akkoord komt."],
    ]);
    assert_eq!(
        who(&got),
        [("d:1", "Anna Berg"), ("d:3", "Anna Berg")],
        "{got:#?}"
    );
    // And a pronoun of the other gender than the last speaker's goes to the person of its
    // gender named as a subject before.
    let got = run(&[
        &["Anna Berg zei dat het gesprek goed was."],
        &["Ook Peter Smit sprak."],
        &["Zij voegde eraan toe dat er een akkoord komt."],
        &["Hij zei dat hij tevreden was."],
    ]);
    assert_eq!(
        who(&got),
        [
            ("d:1", "Anna Berg"),
            ("d:3", "Anna Berg"),
            ("d:4", "Peter Smit")
        ],
        "{got:#?}"
    );
    // Nobody of that gender: nothing.
    let got = run(&[
        &["Anna Berg zei dat het gesprek goed was."],
        &["Hij zei dat hij tevreden was."],
    ]);
    assert_eq!(who(&got), [("d:1", "Anna Berg")], "{got:#?}");
}

#[test]
fn a_judgement_of_a_clause() {
    speakers(&[
        (
            "De Amerikaanse minister van Defensie noemde het onwaarschijnlijk dat Noord-Korea dit jaar een kernproef uitvoert.",
            "De Amerikaanse minister van Defensie",
        ),
        (
            "De premier vindt het belangrijk dat de lonen stijgen.",
            "De premier",
        ),
        (
            "De bank acht het waarschijnlijk dat de rente stijgt.",
            "De bank",
        ),
        (
            "De minister noemde het een schande dat patiënten moeten wachten.",
            "De minister",
        ),
    ]);
    let s = only("De premier vindt het zeer belangrijk dat de lonen stijgen.");
    assert_eq!(s.claim.exact, "de lonen stijgen", "{s:#?}");
    nothing(&[
        "Hij vond het boek dat hij las mooi.",
        "Acht mensen vonden het goed dat de school dicht ging.",
        "Ik vind het belangrijk dat je komt.",
    ]);
}

#[test]
fn ruling_out_and_advising_against() {
    speakers(&[
        (
            "De politie sluit niet uit dat er meer slachtoffers zijn gevallen.",
            "De politie",
        ),
        ("Het RIVM raadt af om in de bossen te wandelen.", "RIVM"),
    ]);
    nothing(&[
        "De politie sluit een misdrijf niet uit.",
        "Het is niet uitgesloten dat er meer slachtoffers zijn.",
        "De burgemeester sloot de weg af.",
        "De club sloot het seizoen af met een overwinning.",
    ]);
}

#[test]
fn a_participle_after_its_auxiliary_is_not_its_own_subject() {
    let got = one("Jan zei dat het parket de burgemeester had aangeraden te communiceren.");
    assert_eq!(who(&got), [("d:1", "Jan")], "{got:#?}");
}

#[test]
fn zo_meldt_x_as_a_sentence_and_ook_before_a_colon_quote() {
    let got = run(&[&[
        "De kustwacht heeft een zeilboot gered.",
        "Zo meldt de KNRM op haar website.",
    ]]);
    assert_eq!(who(&got), [("d:1", "KNRM")], "{got:#?}");
    assert_eq!(
        got[0].claim.exact, "De kustwacht heeft een zeilboot gered",
        "{got:#?}"
    );
    let got = run(&[&[
        "Er waren veel gevallen.",
        "Zo meldt het bureau 96 nieuwe gevallen.",
    ]]);
    assert!(got.is_empty(), "an object after the subject: {got:#?}");
    speakers(&[
        (
            "Ook de vakbond is kritisch: ‘Dit plan kost duizenden banen.’",
            "de vakbond",
        ),
        (
            "Ook oppositieleider Sanne Bakkum is kritisch: ‘Dit plan is onbetaalbaar.’",
            "Sanne Bakkum",
        ),
    ]);
}

#[test]
fn a_role_noun_later_is_the_name_in_apposition_to_that_description() {
    let got = run(&[
        &["De woordvoerder van de Guardia Civil, Luis Ortega, was ter plaatse."],
        &["De woordvoerder zei dat het onderzoek loopt."],
    ]);
    assert_eq!(who(&got), [("d:2", "Luis Ortega")], "{got:#?}");
    assert_eq!(got[0].mention, "De woordvoerder", "{got:#?}");
}

#[test]
fn a_surname_with_a_particle_before_a_headline_colon() {
    speakers(&[
        ("De Vries: ‘Ik heb nergens spijt van.’", "De Vries"),
        (
            "Van Aalst: ‘Zonder kernenergie halen we de klimaatdoelen niet.’",
            "Van Aalst",
        ),
    ]);
}

#[test]
fn a_company_noun_for_a_brand_named_alone() {
    let got = one(
        "Tesla heeft in het derde kwartaal 380.000 auto's afgeleverd, maakte het bedrijf dinsdag bekend.",
    );
    assert_eq!(who(&got), [("d:1", "Tesla")], "{got:#?}");
    assert_eq!(got[0].mention, "het bedrijf", "{got:#?}");
    let got = run(&[
        &["Tesla heeft 380.000 auto's afgeleverd."],
        &["Het bedrijf verwacht dat de vraag stijgt."],
    ]);
    assert_eq!(who(&got), [("d:2", "Tesla")], "{got:#?}");
    // Not a person's name.
    let got = run(&[
        &["Pieter Smit kocht een fabriek."],
        &["Smit heeft 380.000 auto's verkocht."],
        &["Het bedrijf verwacht dat de vraag stijgt."],
    ]);
    assert!(got.iter().all(|s| s.speaker != "Pieter Smit"), "{got:#?}");
}

#[test]
fn a_te_infinitive_in_a_quotation_after_the_verb() {
    speakers(&[
        (
            "Het ministerie van Justitie zegt de uitspraak ‘zorgvuldig te zullen bestuderen’.",
            "Het ministerie van Justitie",
        ),
        (
            "Het ministerie laat weten ‘kennis te hebben genomen’ van de uitspraak.",
            "Het ministerie",
        ),
    ]);
}

#[test]
fn a_plural_pronoun_is_no_name_inside_the_clause_before() {
    let got = run(&[
        &[
            "Onderzoekers van de Universiteit van Kopenhagen analyseerden het DNA van veertig mummies.",
        ],
        &["Ze concluderen dat de farao's familie waren."],
    ]);
    assert!(got.iter().all(|s| s.speaker != "DNA"), "{got:#?}");
}

#[test]
fn a_firm_by_its_trade_after_van() {
    speakers(&[
        (
            "Topman Henrik Olsen van de Deense scheepsbouwer Nordhavn zei dat de orders dalen.",
            "Henrik Olsen",
        ),
        (
            "Topman Henrik Olsen van de Deense verzekeraar Nordhavn zei dat de orders dalen.",
            "Henrik Olsen",
        ),
    ]);
}

#[test]
fn a_parliament_speaks() {
    speakers(&[
        (
            "Het Russische parlement verklaarde dat de annexatie wettig was.",
            "Het Russische parlement",
        ),
        ("Volgens het parlement is de wet onwettig.", "het parlement"),
    ]);
    nothing(&["Het parlement stemde in met de wet."]);
}

#[test]
fn idioms_of_saying_and_expecting() {
    speakers(&[
        (
            "De minister gaf te verstaan dat hij niet zal aftreden.",
            "De minister",
        ),
        (
            "De premier maakte er geen geheim van dat hij boos is.",
            "De premier",
        ),
        (
            "De trainer liet zich ontvallen dat hij vertrekt.",
            "De trainer",
        ),
        ("De bond rekent erop dat de competitie doorgaat.", "De bond"),
    ]);
    // Planning for a risk is no claim (TwNC line 575: "houden de sporters er rekening mee dat").
    nothing(&[
        "Het bedrijf hield het plan geheim.",
        "Hij rekent op steun van zijn partij.",
        "Bij elke grens houden de sporters er rekening mee dat de controle kan uitlopen.",
    ]);
}

#[test]
fn a_negated_assertion_reports_nothing() {
    nothing(&[
        "De minister zei niet dat de belastingen omhooggaan.",
        "De minister zei dinsdag niet dat de belastingen omhooggaan.",
        "De verdachte zei nooit dat hij het slachtoffer kende.",
        "Het rapport zegt niet dat de dijk zwak is.",
        // Round 41: a denial negated is a negated report too (the constructed held-out half
        // and two probe themes label it so).
        "De minister ontkende niet dat er fouten zijn gemaakt.",
    ]);
    // Belief keeps its claim; so do "niet alleen" and a negation inside the claim.
    speakers(&[
        (
            "De minister verwacht niet dat de belastingen omhooggaan.",
            "De minister",
        ),
        (
            "De minister zei niet alleen dat de belastingen omhooggaan, maar ook dat de lonen dalen.",
            "De minister",
        ),
        (
            "De minister zei dat de belastingen niet omhooggaan.",
            "De minister",
        ),
    ]);
}

#[test]
fn a_focus_adverb_before_the_inverted_speaker() {
    speakers(&[
        (
            "„De situatie is ernstig”, zegt ook de burgemeester.",
            "de burgemeester",
        ),
        (
            "Dat de situatie ernstig is, bevestigt ook de politie.",
            "de politie",
        ),
        (
            "Dat de situatie ernstig is, zegt nu ook de minister.",
            "de minister",
        ),
    ]);
}

#[test]
fn people_and_papers_of_crime_news_speak() {
    speakers(&[
        (
            "Volgens de lijkschouwer is de student door verstikking om het leven gekomen.",
            "de lijkschouwer",
        ),
        (
            "Na drie dagen beraadslaging oordeelde de jury dat de arts schuldig is.",
            "de jury",
        ),
        (
            "Het parket bevestigde dat de man is aangehouden.",
            "Het parket",
        ),
        (
            "Volgens de tenlastelegging heeft de man zijn ex-vriendin mishandeld.",
            "de tenlastelegging",
        ),
        (
            "Het kantoor van de Israëlische premier liet weten dat de gesprekken doorgaan.",
            "Het kantoor van de Israëlische premier",
        ),
        ("Volgens het paleis is de koning gezond.", "het paleis"),
    ]);
}

#[test]
fn findings_of_a_court_and_a_confession() {
    speakers(&[
        (
            "De rechtbank achtte bewezen dat de accountant geld had verduisterd.",
            "De rechtbank",
        ),
        (
            "Het hof achtte wettig en overtuigend bewezen dat de man schuldig is.",
            "Het hof",
        ),
        (
            "De rechtbank overwoog dat de verdachte geen berouw heeft getoond.",
            "De rechtbank",
        ),
        (
            "De man heeft tegenover de politie bekend dat hij zijn buurman heeft gedood.",
            "De man",
        ),
        (
            "De minister uitte zijn bezorgdheid dat de wapenstilstand niet standhoudt.",
            "De minister",
        ),
        (
            "De minister toonde zich bezorgd dat de wapenstilstand niet standhoudt.",
            "De minister",
        ),
    ]);
    nothing(&[
        "Het is bekend dat de man gewelddadig is.",
        "De man is bekend bij de politie.",
        "De regering overweegt om de belasting te verhogen.",
    ]);
}

#[test]
fn a_law_is_no_source() {
    nothing(&[
        "Volgens artikel 300 van het Wetboek van Strafrecht kan mishandeling worden bestraft.",
        "Volgens de Opiumwet is het bezit strafbaar.",
        "Volgens het Europees Verdrag voor de Rechten van de Mens heeft iedereen recht op een eerlijk proces.",
    ]);
    speakers(&[(
        "Volgens het artikel in de krant is de man gevlucht.",
        "het artikel",
    )]);
}

#[test]
fn a_description_in_apposition_to_the_subject() {
    speakers(&[
        (
            "De verdachte, een 41-jarige vrouw uit Gent, verklaarde dat zij onschuldig is.",
            "De verdachte",
        ),
        (
            "De verdachte, een Belg, verklaarde dat hij de auto had gehuurd.",
            "De verdachte",
        ),
        (
            "De verdachte, de 41-jarige vrouw uit Gent, verklaarde dat zij onschuldig is.",
            "De verdachte",
        ),
        (
            "Sarah Kim, 29, een verpleegster uit Seoul, vertelde dat het ziekenhuis vol lag.",
            "Sarah Kim",
        ),
        (
            "De getuige, 63, vertelde dat hij de dader had gezien.",
            "De getuige",
        ),
    ]);
}

#[test]
fn an_uninflected_title_adjective_opens_the_sentence() {
    speakers(&[
        (
            "Speciaal aanklager Marcus Reed zei dat de adviseur heeft gelogen.",
            "Marcus Reed",
        ),
        (
            "Voormalig politiechef Diane Whitaker verklaarde dat zij nooit opdracht gaf.",
            "Diane Whitaker",
        ),
        (
            "Openbaar aanklager Reed zei dat de straf te laag is.",
            "Reed",
        ),
        (
            "Hoge Amerikaanse functionarissen zeiden dat de troepen blijven.",
            "Hoge Amerikaanse functionarissen",
        ),
        (
            "Hoge Amerikaanse functionarissen vertelden persbureau Reuters dat de troepen blijven.",
            "Hoge Amerikaanse functionarissen",
        ),
    ]);
}

#[test]
fn a_quotation_closed_in_a_later_paragraph_without_a_mark_of_its_own() {
    let got = run(&[
        &["De commandant richtte zich tot de pers: ‘Het vuur is nog lang niet onder controle."],
        &["De komende uren zijn cruciaal.’"],
    ]);
    assert_eq!(
        who(&got),
        [("d:1", "De commandant"), ("d:2", "De commandant")]
    );
    // The opening line gets the speaker of the cue after the closing mark.
    let got = run(&[
        &["„De situatie in het kamp is wanhopig."],
        &["Er is geen eten."],
        &["De kinderen hebben honger”, zei de coördinator."],
    ]);
    assert_eq!(
        who(&got),
        [
            ("d:1", "de coördinator"),
            ("d:2", "de coördinator"),
            ("d:3", "de coördinator")
        ]
    );
    // A later paragraph whose first mark opens a quotation of its own does not continue it.
    let got = run(&[
        &["De burgemeester zei: ‘We gaan door."],
        &["Het plan is klaar."],
        &["De krant meldde: ‘Er is niets aan de hand.’"],
    ]);
    assert_eq!(who(&got), [("d:1", "De burgemeester"), ("d:3", "De krant")]);
}

#[test]
fn a_relative_clause_after_a_postposed_speaker() {
    let got = one(
        "De man is aangehouden, meldde de politie, die eraan toevoegde dat hij alleen handelde.",
    );
    assert_eq!(
        who(&got),
        [("d:1", "de politie"), ("d:1", "de politie")],
        "{got:#?}"
    );
    let got = one("Er is een man aangehouden, meldde de politie, die zei dat hij alleen handelde.");
    assert!(got.iter().all(|s| s.speaker == "de politie"), "{got:#?}");
}

#[test]
fn a_name_with_a_description_and_a_relative_clause() {
    speakers(&[
        (
            "Rosa Linares, de burgemeester die in maart werd herkozen, zei dat de stad veilig is.",
            "Rosa Linares",
        ),
        (
            "Rosa Linares, de burgemeester, die in maart werd herkozen, zei dat de stad veilig is.",
            "Rosa Linares",
        ),
        (
            "Rosa Linares, de nieuwe burgemeester van de stad, die in maart werd herkozen, zei dat de stad veilig is.",
            "Rosa Linares",
        ),
    ]);
}

#[test]
fn the_man_or_the_woman_is_the_person_in_focus() {
    let got = run(&[
        &["De 31-jarige Dennis Vos uit Breda is veroordeeld tot zes jaar cel."],
        &["De man zei na de uitspraak dat hij in hoger beroep gaat."],
    ]);
    assert_eq!(last_speaker(&got), Some("Dennis Vos"), "{got:#?}");
    let got = run(&[
        &["De 44-jarige Anna Smit werd vrijgesproken."],
        &["De vrouw zei dat ze opgelucht is."],
    ]);
    assert_eq!(last_speaker(&got), Some("Anna Smit"), "{got:#?}");
    // Not a person of the other sex, nor after "een man" was brought in.
    let got = run(&[
        &["De 44-jarige Anna Smit werd vrijgesproken."],
        &["De man zei dat hij boos is."],
    ]);
    assert_eq!(last_speaker(&got), Some("De man"), "{got:#?}");
    let got = run(&[
        &["Politiewoordvoerder Jan Smit zei dat een man is aangehouden."],
        &["De man ontkent dat hij betrokken is."],
    ]);
    assert_eq!(last_speaker(&got), Some("De man"), "{got:#?}");
}

#[test]
fn a_nationality_of_two_words_and_more_roles() {
    speakers(&[
        (
            "De Sri Lankaanse visser Ravi Perera zei dat hij de golf zag komen.",
            "Ravi Perera",
        ),
        (
            "De Costa Ricaanse president zei dat het land neutraal blijft.",
            "De Costa Ricaanse president",
        ),
        (
            "Volgens de Sri Lankaanse regering is de crisis voorbij.",
            "de Sri Lankaanse regering",
        ),
        (
            "„Er is geen water”, zei de coördinator van het Rode Kruis in Goma, Hélène Dubois.",
            "Hélène Dubois",
        ),
        (
            "De Egyptische en Qatarese bemiddelaars zeiden dat een akkoord binnen handbereik is.",
            "De Egyptische en Qatarese bemiddelaars",
        ),
    ]);
}

#[test]
fn a_pronoun_in_a_clause_after_a_described_subject() {
    speakers(&[
        (
            "De Litouwse minister van Defensie trad af nadat zij had toegegeven dat de voorraden kleiner zijn.",
            "De Litouwse minister van Defensie",
        ),
        (
            "De keeper ging niet meer het veld in, omdat hij zei dat hij last had van zijn knie.",
            "De keeper",
        ),
    ]);
    // A pronoun opening the sentence is not the subject's own.
    let got = run(&[
        &["Anna Berg zei dat de zaak rond is."],
        &["Zij herhaalde dat de burgemeester dat ook zei."],
    ]);
    assert_eq!(last_speaker(&got), Some("Anna Berg"), "{got:#?}");
}

#[test]
fn a_fronted_clause_with_sinds_or_waar() {
    speakers(&[
        (
            "Sinds de krant onthulde dat de minister belangen heeft in het bedrijf, staat hij onder druk.",
            "de krant",
        ),
        (
            "Waar de regering volhoudt dat de economie groeit, wijzen economen op de werkloosheid.",
            "de regering",
        ),
        // A phrase with "sinds" is no clause: the claim before the cue is whole.
        (
            "Sinds de oorlog is de stad verwoest, zei de burgemeester.",
            "de burgemeester",
        ),
    ]);
}

#[test]
fn a_passive_agent_in_a_relative_clause_does_not_speak() {
    speakers(&[
        (
            "De 12-jarige jongen, die uit het water werd gered door brandweerman Tom Harris, vertelde dat hij bang was.",
            "De 12-jarige jongen",
        ),
        (
            "Door de politie werd, na lang aarzelen, bevestigd dat de man is aangehouden.",
            "de politie",
        ),
    ]);
}

#[test]
fn a_long_phrase_between_the_verb_and_dat() {
    speakers(&[(
        "De Turkse minister zei dinsdag tijdens een persconferentie in Ankara na afloop van een lange ontmoeting met zijn Griekse collega dat de grens open blijft.",
        "De Turkse minister",
    )]);
}

#[test]
fn a_unit_named_by_its_place_is_the_unit() {
    speakers(&[
        (
            "De politie Rotterdam meldde dat de man is aangehouden.",
            "De politie Rotterdam",
        ),
        (
            "Volgens de politie Amsterdam-Amstelland is de man gevlucht.",
            "de politie Amsterdam-Amstelland",
        ),
        (
            "De rechtbank Den Haag oordeelde dat de staat fout zat.",
            "De rechtbank Den Haag",
        ),
    ]);
}

#[test]
fn armed_services_countries_and_camps_speak() {
    speakers(&[
        (
            "Volgens de Amerikaanse marine werd het schip geraakt.",
            "de Amerikaanse marine",
        ),
        (
            "„Er was geen waarschuwing”, aldus de luchtmacht.",
            "de luchtmacht",
        ),
        (
            "Volgens de douane zat de cocaïne in bananendozen.",
            "de douane",
        ),
        ("Beide landen zeggen dat ze willen praten.", "Beide landen"),
        ("Volgens de G7-landen is de crisis voorbij.", "de G7-landen"),
        ("Beide kampen zeggen dat ze willen praten.", "Beide kampen"),
        (
            "Volgens de rebellen zijn dertig burgers gedood.",
            "de rebellen",
        ),
        (
            "Volgens de civiele bescherming zijn dertig huizen verwoest.",
            "de civiele bescherming",
        ),
        (
            "Volgens beide bedrijven is de crisis voorbij.",
            "beide bedrijven",
        ),
    ]);
}

#[test]
fn a_surname_in_s_before_a_verb_and_its_object_is_no_genitive() {
    let got = run(&[&[
        "Gouverneur Gavin Torres van Californië heeft de noodtoestand uitgeroepen.",
        "Torres vertelde CNN dat de federale overheid te laat was.",
    ]]);
    assert_eq!(last_speaker(&got), Some("Gavin Torres"));
    speakers(&[
        ("Jones waarschuwde Peking dat de sancties blijven.", "Jones"),
        // A genitive still is one: "Vandersteens biografist".
        (
            "Vandersteens biografist Peter Van Hooydonck zei dat het boek klaar is.",
            "Peter Van Hooydonck",
        ),
    ]);
}

#[test]
fn a_ministrys_field_and_its_country_are_no_holders_name() {
    speakers(&[
        (
            "De minister van Buitenlandse Zaken van Servië, Dragan Petrović, zei dat Belgrado niet zal buigen.",
            "Dragan Petrović",
        ),
        (
            "„Wij zullen Kosovo nooit erkennen”, zei de minister van Buitenlandse Zaken van Servië.",
            "de minister van Buitenlandse Zaken van Servië",
        ),
        (
            "Volgens de minister van Buitenlandse Zaken van Servië is het land neutraal.",
            "de minister van Buitenlandse Zaken van Servië",
        ),
        (
            "De minister van Buitenlandse Zaken Ben Bot zei dat het land neutraal blijft.",
            "Ben Bot",
        ),
    ]);
    let s = only(
        "„Wij zullen Kosovo nooit erkennen”, zei de minister van Buitenlandse Zaken van Servië, Dragan Petrović.",
    );
    assert_eq!(s.speaker, "Dragan Petrović");
    assert_eq!(s.claim.exact, "„Wij zullen Kosovo nooit erkennen”");
}

#[test]
fn an_uninflected_nationality_before_a_title() {
    speakers(&[
        (
            "Russisch president Viktor Sokolov zei dat de sancties geen effect hebben.",
            "Viktor Sokolov",
        ),
        (
            "„De sancties hebben geen effect”, zei Russisch president Viktor Sokolov.",
            "Viktor Sokolov",
        ),
        (
            "Volgens Israëlisch premier David Mizrahi is de oorlog voorbij.",
            "David Mizrahi",
        ),
        (
            "Frans minister van Defensie Claire Dubois zei dat de oorlog voorbij is.",
            "Claire Dubois",
        ),
        (
            "Frans Timmermans zei dat de oorlog voorbij is.",
            "Frans Timmermans",
        ),
    ]);
}

#[test]
fn a_verb_after_the_speaker_is_not_part_of_it() {
    speakers(&[
        // An acronym ending in -se is no nationality adjective before a noun.
        (
            "Volgens experts van de OVSE kregen de partijen evenveel tijd.",
            "experts van de OVSE",
        ),
        // A past tense after a head that speaks is the first verb.
        (
            "De premier bedankte zijn kiezers en zei dat het land klaar is.",
            "De premier",
        ),
        (
            "De 19-jarige pianiste zei dat het goed gaat.",
            "De 19-jarige pianiste",
        ),
    ]);
}

#[test]
fn a_neuter_speakers_relative_dat_after_a_postposed_cue() {
    speaker_and_claim(&[
        (
            "De schade is enorm, meldde het Chileense ministerie, dat een crisisteam naar de regio heeft gestuurd.",
            "het Chileense ministerie",
            "De schade is enorm",
        ),
        (
            "„Het lek is gedicht”, meldde het bedrijf, dat de pijpleiding beheert.",
            "het bedrijf",
            "„Het lek is gedicht”",
        ),
    ]);
    // "Het" standing for the clause after the cue: that clause is the claim's too.
    let s = only("Het is duidelijk, zei het ministerie, dat de situatie ernstig is.");
    assert_eq!(s.speaker, "het ministerie");
    assert!(
        s.claim.exact.ends_with("dat de situatie ernstig is"),
        "{s:#?}"
    );
}

#[test]
fn a_storms_name_is_nobodys() {
    let got = run(&[
        &["Meteoroloog Mark Jansen van het Orkaancentrum zei dat de storm kan aansterken."],
        &["Orkaan Bertha trok zondag over Jamaica."],
        &["Hij verwacht dat de storm dinsdag de kust van Mexico bereikt."],
    ]);
    assert_eq!(
        who(&got),
        [("d:1", "Mark Jansen"), ("d:3", "Mark Jansen")],
        "{got:#?}"
    );
}

#[test]
fn a_documents_subject_after_over_belongs_to_it() {
    speakers(&[
        (
            "Het rapport over de ramp concludeert dat de kabels waren aangetast.",
            "Het rapport over de ramp",
        ),
        (
            "Een nieuwe studie over de gevolgen van microplastics suggereert dat vissen lijden.",
            "Een nieuwe studie over de gevolgen van microplastics",
        ),
        (
            "Het rapport van de BEA over de crash stelt dat de piloot fouten maakte.",
            "Het rapport van de BEA over de crash",
        ),
        (
            "Volgens het rapport over de ramp waren de kabels aangetast.",
            "het rapport over de ramp",
        ),
    ]);
}

#[test]
fn compounds_sharing_their_end_and_hyphenated_names_of_bodies() {
    speakers(&[
        (
            "Volgens de nationale zoek- en reddingsdienst zijn er geen overlevenden.",
            "de nationale zoek- en reddingsdienst",
        ),
        (
            "„We zoeken door”, zei een woordvoerder van de zoek- en reddingsdienst.",
            "een woordvoerder van de zoek- en reddingsdienst",
        ),
        (
            "Onderzoekers van de Johns Hopkins-universiteit zeggen dat de griep zorgwekkend is.",
            "Onderzoekers van de Johns Hopkins-universiteit",
        ),
        (
            "Volgens onderzoekers van de Johns Hopkins-universiteit is de griep zorgwekkend.",
            "onderzoekers van de Johns Hopkins-universiteit",
        ),
        (
            "Tom Bradley van het Max Planck-instituut zei dat het warm wordt.",
            "Tom Bradley",
        ),
    ]);
}

#[test]
fn an_insert_between_dashes_or_brackets_and_a_plurals_list() {
    speakers(&[
        (
            "De minister – die zelf onder vuur ligt – zei dat ze geen reden ziet om af te treden.",
            "De minister",
        ),
        (
            "Een getuige – een 45-jarige buschauffeur uit Leeds – vertelde de BBC dat hij een knal hoorde.",
            "Een getuige",
        ),
        (
            "De aanklager (die de zaak al sinds 2019 behandelt) zei dat het bewijs sterk is.",
            "De aanklager",
        ),
        (
            "De twee verdachten, een man uit Utrecht en een vrouw uit Zeist, ontkennen dat zij er waren.",
            "De twee verdachten",
        ),
        (
            "De onderzoekers, allen verbonden aan het instituut, schrijven dat het ijs smelt.",
            "De onderzoekers",
        ),
        (
            "De twee broers, Mark en Tim de Boer, vertelden de omroep dat het huis afbrandde.",
            "De twee broers",
        ),
    ]);
}

#[test]
fn one_of_them_all_and_written_numbers_open_a_group() {
    let got = run(&[
        &["Zes toeristen uit Canada werden vrijgelaten."],
        &["Een van hen vertelde de Canadese omroep CBC dat ze goed behandeld waren."],
    ]);
    assert_eq!(who(&got), [("d:2", "Een van hen")], "{got:#?}");
    speakers(&[
        (
            "Alle 27 lidstaten verklaarden dat de sancties blijven.",
            "Alle 27 lidstaten",
        ),
        (
            "Alle drie de oppositiepartijen zeiden dat ze tegen stemmen.",
            "Alle drie de oppositiepartijen",
        ),
        (
            "Minstens vijf ooggetuigen verklaarden dat de auto door rood reed.",
            "Minstens vijf ooggetuigen",
        ),
        (
            "Twee van hen zeiden dat het eten slecht was.",
            "Twee van hen",
        ),
    ]);
}

#[test]
fn a_judgement_of_chance_and_an_envoys_field() {
    speakers(&[
        (
            "De politie acht de kans klein dat de wandelaar nog leeft.",
            "De politie",
        ),
        (
            "De onderzoekers achten de kans groot dat de bacterie al eeuwen in het ijs zat.",
            "De onderzoekers",
        ),
        (
            "De Amerikaanse gezant voor het Midden-Oosten zei dat een akkoord binnen handbereik is.",
            "De Amerikaanse gezant voor het Midden-Oosten",
        ),
        (
            "De speciale gezant van de VN voor Syrië, Henrik Aalberg, zei dat de gesprekken worden hervat.",
            "Henrik Aalberg",
        ),
    ]);
    nothing(&["Hij acht de tijd rijp voor verandering."]);
}

#[test]
fn aldus_a_description_then_the_name_in_apposition() {
    speaker_and_claim(&[(
        "„China zal dat nooit toestaan”, aldus de woordvoerder van het ministerie, Chen Xiaoling.",
        "Chen Xiaoling",
        "„China zal dat nooit toestaan”",
    )]);
}

#[test]
fn an_english_bodys_name_goes_on_with_of_for_and_the() {
    speakers(&[
        (
            "De Bank of England verwacht dat de inflatie daalt.",
            "Bank of England",
        ),
        (
            "Save the Children waarschuwt dat kinderen honger lijden.",
            "Save the Children",
        ),
        (
            "Volgens het Institute for the Study of War trekken de troepen zich terug.",
            "Institute for the Study of War",
        ),
    ]);
    // Dutch "of" is "or" (or "whether"): no name runs over it.
    assert_ne!(
        last_speaker(&one("Volgens Jansen of De Vries is het te laat.")),
        Some("Jansen of De Vries")
    );
}

#[test]
fn a_list_of_three_or_more_speaks_as_one() {
    speakers(&[
        (
            "De politie, de brandweer en de ambulancedienst meldden dat de weg dicht is.",
            "De politie, de brandweer en de ambulancedienst",
        ),
        (
            "Volgens de politie, de brandweer en de GGD is er geen gevaar.",
            "de politie, de brandweer en de GGD",
        ),
        (
            "Maria Santos, João Pereira en Ana Costa vertelden dat ze gered waren.",
            "Maria Santos, João Pereira en Ana Costa",
        ),
    ]);
}

#[test]
fn a_list_after_the_cue_speaks_as_one() {
    speaker_and_claim(&[
        (
            "„We staan klaar”, zeiden Duitsland, Frankrijk en Polen in een verklaring.",
            "Duitsland, Frankrijk en Polen",
            "„We staan klaar”",
        ),
        (
            "„We staan klaar”, zeiden Duitsland en Frankrijk.",
            "Duitsland en Frankrijk",
            "„We staan klaar”",
        ),
    ]);
    // A second clause is no second speaker.
    assert_eq!(
        only("„We staan klaar”, zei de minister en de zaal applaudisseerde.").speaker,
        "de minister"
    );
}

#[test]
fn an_anonymous_source_is_qualified_by_a_relative_clause_or_whose_surroundings() {
    speaker_and_claim(&[
        (
            "Bronnen die bij de gesprekken betrokken waren, zeiden dat er geen akkoord is.",
            "Bronnen die bij de gesprekken betrokken waren",
            "er geen akkoord is",
        ),
        (
            "Volgens bronnen die bij de gesprekken betrokken waren, is er geen akkoord.",
            "bronnen die bij de gesprekken betrokken waren",
            "is er geen akkoord",
        ),
        (
            "Volgens een bron uit de omgeving van de premier is er geen akkoord.",
            "een bron uit de omgeving van de premier",
            "is er geen akkoord",
        ),
        (
            "Iemand uit de omgeving van de premier zei dat er geen akkoord is.",
            "Iemand uit de omgeving van de premier",
            "er geen akkoord is",
        ),
        // The comma closes the volgens phrase: what follows is its claim, not the claim of
        // the verb after the comma.
        (
            "Volgens iemand die bij de gesprekken betrokken was, dreigde de president met vertrek.",
            "iemand die bij de gesprekken betrokken was",
            "dreigde de president met vertrek",
        ),
    ]);
    nothing(&[
        "Iemand zei dat er geen akkoord is.",
        "Niemand zei dat er geen akkoord is.",
        "Volgens bronnen is er geen akkoord.",
    ]);
}

#[test]
fn one_of_them_after_the_cue() {
    speaker_and_claim(&[
        (
            "„Het was chaos”, zei een van hen.",
            "een van hen",
            "„Het was chaos”",
        ),
        (
            "„Het was chaos”, zei een van hen tegen de krant.",
            "een van hen",
            "„Het was chaos”",
        ),
    ]);
}

/// Every sentence with one token dropped, and with a comma, a colon or a quotation mark put
/// between any two tokens: reported-speech shapes cut short or run together must not panic.
/// ("De premier, gevraagd naar …, zei" once sliced past its own end.)
#[test]
fn mutated_sentences_never_panic() {
    let seeds = [
        "De premier, gevraagd naar de ophef, zei dat hij „geen enkele spijt” heeft.",
        "„We staan klaar”, zeiden Duitsland, Frankrijk en Polen in een verklaring.",
        "Volgens iemand die bij de gesprekken betrokken was, dreigde de president met vertrek.",
        "De burgemeester van Rotterdam, Ahmed Aboutaleb, zei: ‘Het is rustig.’",
        "‘Het is rustig’, aldus de woordvoerder van de politie, Jan de Vries (45).",
        "Sarah Kim, 29, een verpleegster uit Seoul, vertelde dat ze bang was.",
        "Het rapport, opgesteld door de VN, waarschuwt dat de schade groot is.",
        "Een van hen, die anoniem wilde blijven, zei tegen de krant dat het chaos was.",
        "Het dodental is, zo meldde het ministerie, gestegen tot 87.",
        "Zowel de premier als de minister zeiden dat er geen akkoord is, meldt ANP.",
    ];
    for seed in seeds {
        let toks: Vec<&str> = seed.split(' ').collect();
        for k in 0..toks.len() {
            let mut dropped = toks.clone();
            dropped.remove(k);
            let _ = one(&dropped.join(" "));
            for mark in [",", ":", "„", "”", "‘", "’", "(", ")"] {
                let mut more = toks.clone();
                more.insert(k, mark);
                let _ = one(&more.join(" "));
                let _ = one(&more.join(" ").replace(&format!("{mark} "), mark));
            }
        }
    }
}

#[test]
fn culture_and_business_bodies_speak_and_are_pointed_back_to() {
    assert_eq!(
        who(&run(&[
            &["Het Rijksmuseum heeft een onbekend schilderij van Judith Leyster aangekocht."],
            &["Het museum laat weten dat het werk vanaf volgende maand te zien is."],
        ])),
        vec![("d:2", "Rijksmuseum")]
    );
    assert_eq!(
        who(&run(&[
            &["Rapper Deonte Price is in Atlanta gearresteerd."],
            &["Volgens de rapper is de arrestatie „een misverstand”."],
        ])),
        vec![("d:2", "Deonte Price")]
    );
    speakers(&[
        (
            "Het Van Gogh Museum laat weten dat de brief echt is.",
            "Van Gogh Museum",
        ),
        (
            "„Hij heeft tot de laatste week opgetreden”, aldus zijn impresario.",
            "zijn impresario",
        ),
        (
            "Volgens zijn kinderen is hij vredig ingeslapen.",
            "zijn kinderen",
        ),
    ]);
    // Figures are evidence, also in a compound and as a subject.
    nothing(&[
        "De omzet steeg volgens de jaarcijfers met 6 procent.",
        "Volgens de kijkcijfers keken 5 miljoen mensen.",
        "De cijfers wijzen erop dat de vleugel het succes versterkt.",
    ]);
}

#[test]
fn a_second_clause_after_en_has_its_own_subject() {
    speakers(&[(
        "De minister is populair en de bezoekers zeggen dat het kan.",
        "de bezoekers",
    )]);
    nothing(&[
        "De minister is populair en de cijfers over de laatste maanden wijzen erop dat de vleugel het succes versterkt.",
    ]);
    // A coordinated subject is one.
    speakers(&[(
        "De minister en de premier zeggen dat hij faalt.",
        "De minister en de premier",
    )]);
}

#[test]
fn a_subject_with_an_apposition_before_a_cue_and_a_te_infinitive() {
    speaker_and_claim(&[
        (
            "Sanna Lind, de leider van de Zweedse sociaaldemocraten, beloofde de kiezers de kinderopvang volledig gratis te maken.",
            "Sanna Lind",
            "de kiezers de kinderopvang volledig gratis te maken",
        ),
        (
            "Sanna Lind, de leider van de partij, beloofde de lonen te verhogen.",
            "Sanna Lind",
            "de lonen te verhogen",
        ),
    ]);
    // After a quotation the speaker's apposition is no part of the claim.
    speaker_and_claim(&[(
        "„Het is rustig”, zei de minister, de hoogste baas van de politie.",
        "de minister",
        "„Het is rustig”",
    )]);
    // But a claim may go on after a cue inside it.
    speaker_and_claim(&[(
        "Het is, zegt de minister, een ramp.",
        "de minister",
        "Het is, zegt de minister, een ramp",
    )]);
}

#[test]
fn zijn_after_an_auxiliary_is_a_possessive_and_a_demonym_describes_a_name() {
    speaker_and_claim(&[(
        "De Amerikaanse jazzpianist Lionel Grant is op 88-jarige leeftijd overleden, heeft zijn familie maandag bekendgemaakt.",
        "zijn familie",
        "De Amerikaanse jazzpianist Lionel Grant is op 88-jarige leeftijd overleden",
    )]);
    assert_eq!(
        who(&run(&[
            &["De Belg Jasper Wuyts heeft zondag de Ronde van Vlaanderen gewonnen."],
            &["„Ik heb hier mijn hele leven van gedroomd”, zei hij."],
        ])),
        vec![("d:2", "Jasper Wuyts")]
    );
    speakers(&[(
        "Volgens de Amerikaan John Smith is het voorbij.",
        "John Smith",
    )]);
}

#[test]
fn die_deze_and_laatstgenoemde_point_to_the_person_named_last() {
    assert_eq!(
        who(&run(&[
            &[
                "„Het plan is volstrekt onbetaalbaar”, zei de Oostenrijkse minister Paul Keller tegen zijn Duitse collega Mark Roth."
            ],
            &["„Niets doen is nog veel duurder”, antwoordde die."],
        ])),
        vec![("d:1", "Paul Keller"), ("d:2", "Mark Roth")]
    );
    assert_eq!(
        who(&run(&[
            &[
                "De Algerijnse president Karim Hadj ontving maandag zijn Marokkaanse ambtgenoot Ahmed Bensaid in Algiers."
            ],
            &["Laatstgenoemde zei na afloop dat de gesprekken goed waren."],
        ])),
        vec![("d:2", "Ahmed Bensaid")]
    );
    assert_eq!(
        who(&run(&[
            &["Paul Keller sprak met Mark Roth."],
            &["Eerstgenoemde zei dat het plan te duur is."],
        ])),
        vec![("d:2", "Paul Keller")]
    );
}

#[test]
fn a_body_described_in_the_sentence_before_is_not_the_one_that_named_it() {
    assert_eq!(
        who(&run(&[
            &["Het IOC heeft de Russische olympische bond geschorst."],
            &["De bond noemde het besluit „politiek gemotiveerd”."],
        ])),
        vec![("d:2", "de Russische olympische bond")]
    );
    assert_eq!(
        who(&run(&[
            &["De FIFA heeft de Spaanse voetbalbond een boete opgelegd."],
            &["De Spaanse voetbalbond zei dat hij in beroep gaat."],
        ])),
        vec![("d:2", "de Spaanse voetbalbond")]
    );
    // Its own description with the name after it still points to the name.
    assert_eq!(
        who(&run(&[
            &["De Britse bank HSBC schrapt banen."],
            &["Volgens de bank is dat nodig."],
        ])),
        vec![("d:2", "HSBC")]
    );
}

#[test]
fn a_works_title_is_nobody_a_pronoun_points_to() {
    assert_eq!(
        who(&run(&[
            &["Zangeres Lina Moreau bracht vrijdag haar nieuwe album Glass Houses uit."],
            &[
                "Ze vertelde aan het tijdschrift Rolling Stone dat het album over haar scheiding gaat."
            ],
        ])),
        vec![("d:2", "Lina Moreau")]
    );
    assert_eq!(
        who(&run(&[
            &["Regisseur Tom Hale presenteerde in Venetië zijn nieuwe film, Quiet Harbour."],
            &["Hij zei dat de film over zijn vader gaat."],
        ])),
        vec![("d:2", "Tom Hale")]
    );
}

#[test]
fn bestempelde_and_hekelde_quote_their_object() {
    speaker_and_claim(&[
        (
            "De minister bestempelde het loonbod als „onaanvaardbaar”.",
            "De minister",
            "„onaanvaardbaar”",
        ),
        (
            "De paus hekelde in zijn kersttoespraak „de onverschilligheid van de rijke landen”.",
            "De paus",
            "„de onverschilligheid van de rijke landen”",
        ),
    ]);
    // Without a quotation they name or judge; they report nothing.
    nothing(&[
        "De paus hekelde het besluit.",
        "De minister bestempelde het plan als nadelig.",
    ]);
}

#[test]
fn who_answers_is_who_was_asked() {
    assert_eq!(
        who(&run(&[
            &["Een verslaggever vroeg president Gustavo Pereira of hij de uitslag zou erkennen."],
            &["„Dat zien we wel als alle stemmen zijn geteld”, antwoordde hij."],
        ])),
        vec![("d:1", "Een verslaggever"), ("d:2", "Gustavo Pereira")]
    );
    assert_eq!(
        who(&run(&[
            &["Carla Voss vroeg Hans Richter of hij zou aftreden."],
            &["„Nee”, antwoordde hij."],
        ]))[1],
        ("d:2", "Hans Richter")
    );
    // Not an answer: the pronoun keeps its antecedent.
    assert_eq!(
        who(&run(&[
            &["Carla Voss vroeg Hans Richter of hij zou aftreden."],
            &["„Nee”, zei ze."],
        ]))[1],
        ("d:2", "Carla Voss")
    );
}

#[test]
fn hij_is_the_subject_that_opened_the_sentence_before_not_its_object() {
    for (first, want) in [
        ("Tyrone Baker schoot Marcus Hill dood.", "Tyrone Baker"),
        (
            "Premier Mark Rutte ontving gisteren president Emmanuel Macron.",
            "Mark Rutte",
        ),
        // The subject of the other gender: the object is who "hij" is.
        ("Minister Anna Berg ontving Pieter Smit.", "Pieter Smit"),
    ] {
        let got = run(&[&[first, "Hij verklaarde later dat het zelfverdediging was."]]);
        assert_eq!(who(&got), [("d:2", want)], "{first}: {got:#?}");
    }
}

#[test]
fn a_demonstrative_dat_with_adverbs_after_it_is_the_claim_and_negated_claims_nothing() {
    speaker_and_claim(&[
        ("Historici betwijfelen dat echter.", "Historici", "dat"),
        ("De minister ontkent dat sterk.", "De minister", "dat"),
        (
            "De politie bevestigt dat de man is opgepakt.",
            "De politie",
            "de man is opgepakt",
        ),
    ]);
    nothing(&[
        "De politie bevestigt dat niet.",
        "De woordvoerder wil dat nooit bevestigen.",
    ]);
}

#[test]
fn a_fronted_question_or_a_negated_cue_after_a_clause_claims_nothing() {
    nothing(&[
        "Of de minister ervan wist, zegt het rapport niet.",
        "Waarom het misging, vermeldt het rapport niet.",
        "Dat het misging, vermeldt het rapport niet.",
        "Hoe groot de schade is, vertelt het rapport ook niet.",
        "Waarom het misging, legt het rapport uitgebreid uit.",
    ]);
    speaker_and_claim(&[
        (
            "Het kabinet valt, zegt de minister.",
            "de minister",
            "Het kabinet valt",
        ),
        (
            "Dat de zeespiegel sneller stijgt, concludeert het KNMI.",
            "KNMI",
            "Dat de zeespiegel sneller stijgt",
        ),
    ]);
}

#[test]
fn an_acronym_defined_inside_its_subject_phrase_or_with_small_words_resolves() {
    for (first, second, want) in [
        (
            "Het Libische Nationale Leger (LNA) rukt op.",
            "Het LNA meldt dat de stad is ingenomen.",
            "Libische Nationale Leger",
        ),
        (
            "De Onderzoeksraad voor Veiligheid (OVV) deed onderzoek naar de brand.",
            "De OVV concludeert dat de sprinklers niet werkten.",
            "Onderzoeksraad voor Veiligheid",
        ),
        (
            "Het Sociaal en Cultureel Planbureau (SCP) deed onderzoek.",
            "Volgens het SCP zijn jongeren eenzamer.",
            "Sociaal en Cultureel Planbureau",
        ),
        (
            "Volgens het Centraal Bureau voor de Statistiek (CBS) daalt de inflatie.",
            "Het CBS meldt ook dat de werkloosheid stijgt.",
            "Centraal Bureau voor de Statistiek",
        ),
    ] {
        let got = run(&[&[first, second]]);
        assert_eq!(last_speaker(&got), Some(want), "{second}: {got:#?}");
    }
}

#[test]
fn heritage_guides_sciences_by_their_ending_local_bodies_and_memos_speak() {
    speakers(&[
        (
            "Volgens de boswachter broeden hier veertig soorten.",
            "de boswachter",
        ),
        (
            "Volgens taalkundigen betekent de naam hoge weide.",
            "taalkundigen",
        ),
        ("Volgens ornithologen is de reiger terug.", "ornithologen"),
        ("Volgens geografen is de rivier verlegd.", "geografen"),
        ("Botanici denken dat de plant uitsterft.", "Botanici"),
        (
            // (Round 35: a memo is a source noun, its author the speaker.)
            "Volgens een intern memo van het ministerie is het budget op.",
            "het ministerie",
        ),
        (
            "Het waterschap meldt dat de dijk zwak is.",
            "Het waterschap",
        ),
        (
            "Volgens de woningcorporatie staan er honderd woningen leeg.",
            "de woningcorporatie",
        ),
    ]);
    nothing(&["Hij loog dat hij ziek was."]);
}

#[test]
fn after_a_quotation_an_apposition_led_by_a_role_is_not_the_claim() {
    for text in [
        "„Het systeem faalt”, zegt Sanne Visser, onderzoeker aan de Universiteit Utrecht.",
        "„Het systeem faalt”, zegt Sanne Visser, emeritus hoogleraar sociologie.",
        "„Het systeem faalt”, zegt Sanne Visser (52), directeur van de stichting.",
        "„Het systeem faalt”, zegt Sanne Visser, lector aan de Hogeschool Utrecht.",
    ] {
        assert_eq!(only(text).claim.exact, "„Het systeem faalt”", "{text}");
    }
}

#[test]
fn flemish_verbs_of_indirect_speech_in_the_reporting_frame_only() {
    for verb in [
        "liet uitschijnen",
        "liet verstaan",
        "pikte in",
        "geeft mee",
        "maakt zich sterk",
        "blijft erbij",
        "klaagt aan",
    ] {
        let text = format!("Schepen Dirk Claes {verb} dat het budget ontoereikend is.");
        speaker_and_claim(&[(&text, "Dirk Claes", "het budget ontoereikend is")]);
    }
    nothing(&[
        "Het OM klaagt de man aan voor moord.",
        "De dief pikte de tas in die op tafel lag.",
        "Hij maakt zich sterk voor de wijk die hij kent.",
    ]);
}

#[test]
fn aldus_nog_and_a_sentence_of_only_aldus_and_its_speaker() {
    speaker_and_claim(&[(
        "De subsidie wordt in twee schijven uitbetaald, aldus nog schepen Thomas Wuyts.",
        "Thomas Wuyts",
        "De subsidie wordt in twee schijven uitbetaald",
    )]);
    let got = run(&[&[
        "Het nieuwe sportcomplex komt er ten vroegste in 2028.",
        "Aldus burgemeester Tine Rombouts.",
    ]]);
    assert_eq!(who(&got), [("d:1", "Tine Rombouts")], "{got:#?}");
    assert_eq!(
        got[0].claim.exact,
        "Het nieuwe sportcomplex komt er ten vroegste in 2028"
    );
    nothing(&["Aldus ontstond de traditie van het carnaval."]);
}

#[test]
fn klinkt_het_with_its_source_fronted_adverbs_between_or_as_a_sentence_of_its_own() {
    speaker_and_claim(&[
        (
            "Bij de vakbond ACOD klinkt het dat de beslissing definitief is.",
            "ACOD",
            "de beslissing definitief is",
        ),
        (
            ",,Dit plan is onbetaalbaar'', klinkt het ook bij de oppositie.",
            "de oppositie",
            ",,Dit plan is onbetaalbaar''",
        ),
        (
            "„Dit plan is onbetaalbaar”, klinkt het unaniem bij de oppositie.",
            "de oppositie",
            "„Dit plan is onbetaalbaar”",
        ),
    ]);
    let got = run(&[&[
        "De besparingen gaan te ver.",
        "Zo klinkt het bij de vakbond ACOD.",
    ]]);
    assert_eq!(who(&got), [("d:1", "ACOD")], "{got:#?}");
    nothing(&[
        "Bij de brandweer van Aalst klinkt het alarm elke maandag.",
        "Zo klinkt het nieuwe stadslied.",
    ]);
}

#[test]
fn a_title_with_its_portfolio_points_back_to_its_holder() {
    for (first, second, want) in [
        (
            "Schepen van Mobiliteit Pieter Van Damme (N-VA) stelde het circulatieplan voor.",
            "De ringweg moet de drukte opvangen, aldus de schepen van Mobiliteit.",
            "Pieter Van Damme",
        ),
        (
            "Wethouder van Verkeer Anna de Wit stelde het plan voor.",
            "Volgens de wethouder van Verkeer moet de ringweg de drukte opvangen.",
            "Anna de Wit",
        ),
        (
            "Minister van Justitie Dilan Yesilgöz stelde het plan voor.",
            "Volgens de minister van Justitie moet de ringweg de drukte opvangen.",
            "Dilan Yesilgöz",
        ),
        // Another portfolio is not that holder.
        (
            "Minister van Financiën Eelco Heinen stelde het plan voor.",
            "Volgens de minister van Justitie moet de ringweg de drukte opvangen.",
            "de minister van Justitie",
        ),
    ] {
        let got = run(&[&[first, second]]);
        assert_eq!(last_speaker(&got), Some(want), "{second}: {got:#?}");
    }
}

#[test]
fn a_particular_study_speaks_research_at_large_does_not() {
    speakers(&[
        (
            "Het onderzoek concludeert dat tieners door hun telefoon minder slapen.",
            "Het onderzoek",
        ),
        (
            "Tieners slapen minder, aldus het onderzoek.",
            "het onderzoek",
        ),
    ]);
    nothing(&[
        "Volgens onderzoek slapen tieners minder.",
        "Uit het onderzoek blijkt dat tieners minder slapen.",
        "Het onderzoek naar de brand loopt nog.",
    ]);
}

#[test]
fn a_name_of_several_capitalised_words_quoted_after_noemen_is_naming() {
    nothing(&[
        "De Spanjaarden noemden het eiland 'Isla de las Tortugas'.",
        "De kolonisten noemden de stad 'Klein Parijs'.",
    ]);
    speaker_and_claim(&[(
        "De minister noemde het plan 'een regelrechte ramp'.",
        "De minister",
        "'een regelrechte ramp'",
    )]);
}

#[test]
fn a_dateline_opens_the_item_and_its_subject_speaks() {
    speaker_and_claim(&[
        (
            "UTRECHT - De politie zegt dat de verdachte zich heeft gemeld.",
            "De politie",
            "de verdachte zich heeft gemeld",
        ),
        (
            "DEN HAAG (ANP) – Het ministerie laat weten dat de brug dichtgaat.",
            "Het ministerie",
            "de brug dichtgaat",
        ),
        (
            "ROTTERDAM - Volgens de politie is de verdachte gevlucht.",
            "de politie",
            "is de verdachte gevlucht",
        ),
    ]);
    // Not a dateline: a name in capitals with no dash after it.
    nothing(&["UTRECHT is de vierde stad van het land."]);
}

#[test]
fn the_municipal_executive_speaks() {
    speakers(&[
        (
            "Volgens het college van burgemeester en wethouders is de brug veilig.",
            "het college van burgemeester en wethouders",
        ),
        (
            "Het college van B en W laat weten dat de brug in 2028 klaar is.",
            "Het college van B en W",
        ),
    ]);
}

#[test]
fn a_fronted_manner_of_speaking_is_no_speaker() {
    speakers(&[
        (
            "Lachend zegt Ria Peeters: „Ik ben te oud voor die onzin.”",
            "Ria Peeters",
        ),
        (
            "Zuchtend vertelt de minister dat het werk zwaar is.",
            "de minister",
        ),
        (
            "Trots vertelt Anna Bakker dat haar zoon gewonnen heeft.",
            "Anna Bakker",
        ),
        (
            "Zelf zegt de minister dat zij van niets wist.",
            "de minister",
        ),
    ]);
}

#[test]
fn two_given_names_keep_their_particle_and_an_acronym_is_no_surname() {
    speakers(&[
        (
            "Jan Peter de Vries zei dat de brug dichtgaat.",
            "Jan Peter de Vries",
        ),
        (
            "Volgens Ana Paula da Costa is de brug dicht.",
            "Ana Paula da Costa",
        ),
        (
            "Lavrentjev vertelde de BBC dat de brug dicht is.",
            "Lavrentjev",
        ),
    ]);
}

#[test]
fn a_surname_that_ends_like_a_body_is_a_person() {
    for (first, second, want) in [
        (
            "Trainer Ruud Kamphuis was woedend.",
            "Hij zei dat de scheidsrechter blind was.",
            "Ruud Kamphuis",
        ),
        (
            "Wethouder Anja Kerkhof was woedend.",
            "Ze zei dat de raad blind was.",
            "Anja Kerkhof",
        ),
        (
            "Anja Brouwer opende de deur.",
            "Ze vertelt dat het huis oud is.",
            "Anja Brouwer",
        ),
    ] {
        let got = run(&[&[first, second]]);
        assert_eq!(last_speaker(&got), Some(want), "{first}: {got:#?}");
    }
}

#[test]
fn the_question_put_to_a_speaker_is_no_claim() {
    speaker_and_claim(&[
        (
            "Op de vraag of ze blijft, antwoordde Lotte Brandsma: „Nee.”",
            "Lotte Brandsma",
            "„Nee.”",
        ),
        (
            "'Dat is aan de Kamer,' reageerde Verbeek op de vraag of ze aftreedt.",
            "Verbeek",
            "'Dat is aan de Kamer,'",
        ),
        (
            "Jansen zei op de vraag of ze aftreedt dat dat aan de Kamer is.",
            "Jansen",
            "dat aan de Kamer is",
        ),
    ]);
    nothing(&[
        "Verbeek reageerde niet op de vraag of ze aftreedt.",
        "Op de vraag of ze blijft, antwoordde Lotte Brandsma ontkennend.",
    ]);
}

#[test]
fn a_dateline_may_carry_places_a_date_and_a_time() {
    speakers(&[
        (
            "AMSTERDAM/ROTTERDAM, 3 juni - Minister Jan de Vries laat weten dat het kabinet doorgaat.",
            "Jan de Vries",
        ),
        (
            "'s-Hertogenbosch (ANP) - De burgemeester zegt dat het goed gaat.",
            "De burgemeester",
        ),
        (
            "14.32 uur - De politie zegt dat de weg weer open is.",
            "De politie",
        ),
    ]);
    // A dash between commas is an aside, not a dateline.
    speaker_and_claim(&[(
        "Rutte - die eerder zei dat hij stopt - zegt nu dat hij blijft.",
        "Rutte",
        "hij blijft",
    )]);
}

#[test]
fn a_rubric_before_a_headline_colon_is_no_speaker() {
    nothing(&[
        "Liveblog: alles over de storm die over Nederland raast",
        "Opinie: 'Het kabinet moet nu ingrijpen'",
    ]);
    speakers(&[("KNMI: warme dagen zijn nu warmer", "KNMI")]);
}

#[test]
fn a_field_between_a_title_and_a_name_is_part_of_the_role() {
    speakers(&[
        (
            "Volgens hoogleraar staatsrecht Marloes Wetering kan het kabinet doorgaan.",
            "Marloes Wetering",
        ),
        (
            "Hoogleraar sterrenkunde Piet Smit zegt dat de komeet terugkeert.",
            "Piet Smit",
        ),
    ]);
    // A verb after the head noun stays a verb.
    speaker_and_claim(&[(
        "Volgens de regering levert Iran wapens.",
        "de regering",
        "levert Iran wapens",
    )]);
}

#[test]
fn aldus_may_close_with_a_role_or_a_medium() {
    speaker_and_claim(&[
        (
            "'Dat is aan de Kamer,' aldus Tabak, Kamerlid voor de SP.",
            "Tabak",
            "'Dat is aan de Kamer,'",
        ),
        (
            "De kosten lopen uit de hand, aldus Tabak, SP-Kamerlid.",
            "Tabak",
            "De kosten lopen uit de hand",
        ),
        (
            "De kosten lopen uit de hand, aldus Hoekstra op Facebook, voorheen Twitter.",
            "Hoekstra",
            "De kosten lopen uit de hand",
        ),
    ]);
    // The claim goes on through the frame.
    speaker_and_claim(&[(
        "Het biedt, aldus De Mol, kansen voor de regio.",
        "De Mol",
        "Het biedt, aldus De Mol, kansen voor de regio",
    )]);
}

#[test]
fn a_pronoun_after_the_verb_points_to_the_sentence_before() {
    let got = run(&[&[
        "Er zijn twee mensen gewond geraakt.",
        "Een woordvoerder van de politie bevestigt dat tegenover RTV Drenthe.",
    ]]);
    let s = got.last().expect("a suggestion");
    assert_eq!(
        (
            s.segment.as_str(),
            s.speaker.as_str(),
            s.claim.exact.as_str()
        ),
        (
            "d:1",
            "Een woordvoerder van de politie",
            "Er zijn twee mensen gewond geraakt"
        ),
        "{got:#?}"
    );
    // A clause after "dat" is the claim.
    let got = run(&[&["De brug gaat dicht.", "De gemeente zegt dat het goed gaat."]]);
    assert_eq!(who(&got), [("d:2", "De gemeente")], "{got:#?}");
}

#[test]
fn first_names_of_features_have_a_gender() {
    let got = run(&[&[
        "Truus Kramer woont met haar zoon Kees op de boerderij.",
        "Hij zegt dat het werk zwaar is.",
    ]]);
    assert_ne!(last_speaker(&got), Some("Truus Kramer"), "{got:#?}");
}

#[test]
fn an_open_question_after_a_verb_that_does_not_ask_is_no_claim() {
    nothing(&[
        "Het kabinet maakt vrijdag bekend of de maatregelen worden verlengd.",
        "De minister zegt volgende week of de brug dichtgaat.",
    ]);
    speakers(&[
        ("De minister vroeg of de brug open kan.", "De minister"),
        (
            "Harchaoui betwijfelt of Turkije wel klaar is voor een krachtmeting.",
            "Harchaoui",
        ),
    ]);
}

#[test]
fn some_who_exist_are_nobody_in_particular() {
    nothing(&[
        "Er zijn bewoners die zeggen dat de brug onveilig is.",
        "Er zijn deskundigen die zeggen dat de brug onveilig is.",
    ]);
}

#[test]
fn naar_eigen_zeggen_fronted_puts_the_subject_after_the_verb() {
    speaker_and_claim(&[(
        "Naar eigen zeggen heeft zanger Bart Luijten nooit een cent gezien.",
        "Bart Luijten",
        "heeft zanger Bart Luijten nooit een cent gezien",
    )]);
    // A thing after the verb says nothing.
    nothing(&["Naar eigen zeggen is de brug veilig."]);
}

#[test]
fn an_age_in_brackets_stands_between_a_name_and_where_the_person_is_from() {
    speakers(&[
        (
            "Marieke (34) uit Apeldoorn zegt dat ze niet meer durft te fietsen.",
            "Marieke",
        ),
        (
            "Fatima de Boer (41) uit Tilburg: „Ik ben er klaar mee.”",
            "Fatima de Boer",
        ),
    ]);
    let s = only("„Het is op”, zegt Peter (45) van de buurtvereniging.");
    assert_eq!(
        (s.speaker.as_str(), s.organisation.as_deref()),
        ("Peter", Some("buurtvereniging"))
    );
}

#[test]
fn adverbs_may_stand_before_the_subject_of_dat_zegt() {
    let got = run(&[&[
        "De brug is onveilig.",
        "Dat zegt ook wethouder Jan Bos.",
        "Dat heeft eerder de politie gezegd.",
    ]]);
    assert_eq!(who(&got), [("d:1", "Jan Bos"), ("d:2", "de politie")]);
    // A negation is not skipped, nor is a thing after the verb a speaker.
    let got = run(&[&["De brug is onveilig.", "Dat zegt ook iets over de stad."]]);
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn dat_and_an_adverb_open_a_clause_not_a_pronoun() {
    let got = run(&[&[
        "Belastingadviseur Marloes Pronk is sceptisch.",
        "Pronk zegt dat ook rijke families profiteren van de regeling.",
    ]]);
    assert_eq!(who(&got), [("d:2", "Marloes Pronk")]);
    // (Round 33: "ook" after "dat" is the claim's focus, kept.)
    assert_eq!(
        got[0].claim.exact,
        "ook rijke families profiteren van de regeling"
    );
    // The pronoun with a phrase of place still points back.
    let got = run(&[&[
        "De brug gaat dicht.",
        "De gemeente bevestigt dat ook vandaag tegenover RTV Oost.",
    ]]);
    assert_eq!(who(&got), [("d:1", "De gemeente")]);
    // "Dat verklaart de woede": what is explained says nothing.
    let got = run(&[&[
        "De supporters zijn boos.",
        "Dat verklaart de woede bij de supporters.",
    ]]);
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn zij_may_point_back_to_a_body_or_a_group_described_as_the_subject() {
    let got = run(&[&[
        "De politie heeft de straat afgezet.",
        "Ze zegt dat er geen gevaar is voor omwonenden.",
    ]]);
    assert_eq!(who(&got), [("d:2", "De politie")]);
    let got = run(&[&[
        "De ouders hebben een brief gestuurd.",
        "Ze zeggen dat de school open moet blijven.",
    ]]);
    assert_eq!(who(&got), [("d:2", "De ouders")]);
    // Not "hij", and not when a person spoke before the body came in.
    let got = run(&[&[
        "De politie heeft de straat afgezet.",
        "Hij zegt dat er geen gevaar is.",
    ]]);
    assert_ne!(last_speaker(&got), Some("De politie"), "{got:#?}");
    let got = run(&[&[
        "Karin Bos zei dat ze blij is.",
        "De politie kwam snel.",
        "Ze vertelt dat ze bang was.",
    ]]);
    assert_eq!(who(&got), [("d:1", "Karin Bos"), ("d:3", "Karin Bos")]);
}

#[test]
fn laws_and_agreements_by_name_are_rules_not_sources() {
    nothing(&[
        "Volgens het Reglement van Orde mag een Kamerlid vier interrupties plegen.",
        "Volgens de Wet op de Lijkbezorging moet een lichaam binnen zes dagen worden begraven.",
        "Volgens de Algemene wet bestuursrecht moet de gemeente binnen acht weken beslissen.",
        "Volgens de APV is vuurwerk afsteken in het centrum verboden.",
        "Volgens het Hoofdlijnenakkoord komt er een nieuwe belasting.",
        "Volgens de Wet Bibob mag de gemeente een vergunning weigeren.",
    ]);
    speakers(&[
        ("Volgens de FNV is de cao slecht.", "FNV"),
        ("Volgens AVG-expert Jan Bos is dat verboden.", "Jan Bos"),
    ]);
}

#[test]
fn a_label_before_a_colon_names_what_follows() {
    nothing(&[
        "Motto: ‘Samen sterk’.",
        "Titel: ‘De laatste dag’.",
        "Slogan: 'Nooit meer oorlog'.",
    ]);
}

#[test]
fn a_surnames_genitive_before_a_speaker_noun_is_the_speaker() {
    speaker_and_claim(&[
        (
            "Volgens Boelens' woordvoerder is haar toestand stabiel.",
            "Boelens' woordvoerder",
            "is haar toestand stabiel",
        ),
        (
            "Verlindens woordvoerder zegt dat de minister niet aftreedt.",
            "Verlindens woordvoerder",
            "de minister niet aftreedt",
        ),
        (
            "„Het is voorbij”, zei Trumps advocaat.",
            "Trumps advocaat",
            "„Het is voorbij”",
        ),
    ]);
    // A plural is no genitive; a name after the noun is the speaker.
    speakers(&[
        (
            "Nederlanders zeggen dat het weer slecht is.",
            "Nederlanders",
        ),
        (
            "Volgens Jansens advocaat Peter de Wit is hij onschuldig.",
            "Peter de Wit",
        ),
    ]);
    // A country's or a movement's genitive before a body noun.
    speakers(&[
        (
            "Ruslands ministerie van Defensie meldt dat de aanval is afgeslagen.",
            "Ruslands ministerie van Defensie",
        ),
        (
            "Hamas' ministerie van Volksgezondheid meldt dat er dertig doden zijn.",
            "Hamas' ministerie van Volksgezondheid",
        ),
        (
            "Volgens Israëls leger zijn er raketten afgevuurd.",
            "Israëls leger",
        ),
    ]);
}

#[test]
fn a_description_points_back_to_the_body_or_person_named_before() {
    second_speakers(&[
        (
            "Roel Smit, woordvoerder van het COA, reageert.",
            "De woordvoerder zegt dat de sporthal donderdag opengaat.",
            "Roel Smit",
        ),
        (
            "Hartman Distributie sluit het depot in Veghel.",
            "Volgens het bedrijf is de locatie niet langer rendabel.",
            "Hartman Distributie",
        ),
        (
            "VluchtelingenWerk Nederland is boos.",
            "Volgens de organisatie is de opvang onmenselijk.",
            "VluchtelingenWerk Nederland",
        ),
        (
            "De Kustwacht zocht de hele nacht.",
            "De dienst meldt dat de zoektocht is gestaakt.",
            "Kustwacht",
        ),
        (
            "Schiphol verwacht drukte.",
            "De luchthaven meldt dat reizigers vroeg moeten komen.",
            "Schiphol",
        ),
        (
            "Het ministerie van Justitie heeft een brief gestuurd.",
            "Het ministerie zegt dat er geld komt.",
            "Het ministerie van Justitie",
        ),
    ]);
    speakers(&[(
        "Woonstad Delta verhoogt de huren met 3 procent, meldt de corporatie.",
        "Woonstad Delta",
    )]);
    // A person's name is no firm's.
    second_speakers(&[(
        "Jan de Vries sluit het depot in Veghel.",
        "Volgens het bedrijf is de locatie niet langer rendabel.",
        "het bedrijf",
    )]);
}

#[test]
fn words_about_the_speaking_after_the_speaker_are_no_claim() {
    speaker_and_claim(&[
        (
            "„Het eten is prima”, zegt Anna Bos, met tranen in haar ogen.",
            "Anna Bos",
            "„Het eten is prima”",
        ),
        (
            "„Het eten is prima”, aldus Anna Bos, wijzend naar haar bord.",
            "Anna Bos",
            "„Het eten is prima”",
        ),
        (
            "De huren zijn veel te hoog, zegt Petra Huisman, wethouder Wonen.",
            "Petra Huisman",
            "De huren zijn veel te hoog",
        ),
        (
            "De sjorders zijn boos, zegt Kees Walraven, FNV-bestuurder.",
            "Kees Walraven",
            "De sjorders zijn boos",
        ),
        // A word the claim quotes is no quotation of its own.
        (
            "De huurders kregen een 'sloopbrief', zegt Ria de Kok.",
            "Ria de Kok",
            "De huurders kregen een 'sloopbrief'",
        ),
        (
            "Het plan is ‘onzin’, zegt Jansen, omdat het te duur is.",
            "Jansen",
            "Het plan is ‘onzin’, zegt Jansen, omdat het te duur is",
        ),
        // The claim still goes on through the cue.
        (
            "Het is, zegt Jansen, een ramp voor de stad.",
            "Jansen",
            "Het is, zegt Jansen, een ramp voor de stad",
        ),
    ]);
}

#[test]
fn people_of_housing_and_transport_and_places_of_care_speak() {
    speakers(&[
        (
            "Het verpleeghuis laat weten dat de bewoners zijn verhuisd.",
            "Het verpleeghuis",
        ),
        (
            "Volgens de huurder is de verwarming al sinds oktober kapot.",
            "de huurder",
        ),
        (
            "Volgens de conducteur was de vertraging niet te voorkomen.",
            "de conducteur",
        ),
        (
            "‘We zijn boos,’ zegt FNV-kaderlid Kees Walraven.",
            "Kees Walraven",
        ),
        (
            "Het vliegveld laat weten dat alle vluchten vertrekken.",
            "Het vliegveld",
        ),
    ]);
}

#[test]
fn a_passive_with_zijn_names_whom_was_told() {
    nothing(&[
        "Bewoners is verteld dat het verpleeghuis eind dit jaar dichtgaat.",
        "Mevrouw Jansen is verteld dat ze moet verhuizen.",
        "Het personeel is gezegd dat het niet mag staken.",
    ]);
    speakers(&[
        (
            "De familie is door de arts verteld dat hij overleed.",
            "de arts",
        ),
        ("Jansen heeft gezegd dat hij stopt.", "Jansen"),
    ]);
}

#[test]
fn decisions_and_chants_are_cues() {
    speakers(&[
        (
            "De rechtbank besliste dat de IND opnieuw moet kijken.",
            "De rechtbank",
        ),
        (
            "De stakers scandeerden: ‘Wij willen meer loon!’",
            "De stakers",
        ),
        ("Dat is beslist niet waar, zegt Jansen.", "Jansen"),
    ]);
    nothing(&["Hij wil beslist dat de zaak doorgaat."]);
}

#[test]
fn a_number_written_out_opens_a_group() {
    speakers(&[
        (
            "Twintig chauffeurs zeggen dat ze onder druk zijn gezet.",
            "Twintig chauffeurs",
        ),
        (
            "Vijfentwintig verpleegkundigen schrijven dat de zorg tekortschiet.",
            "Vijfentwintig verpleegkundigen",
        ),
    ]);
}

#[test]
fn rules_schedules_and_compound_laws_say_nothing() {
    nothing(&[
        "De cao zegt dat elke werknemer recht heeft op pauze.",
        "De Arbeidstijdenwet bepaalt dat een pauze verplicht is.",
        "Volgens de Terugkeerrichtlijn mag een vreemdeling worden vastgehouden.",
        "Het Bouwbesluit schrijft voor dat een woning een rookmelder heeft.",
        "De trein rijdt volgens het rooster.",
        "Volgens het dienstrooster begint de staking om vier uur.",
    ]);
    speakers(&[("Volgens de popster is het album klaar.", "de popster")]);
}

#[test]
fn a_fronted_time_or_mood_word_is_no_speaker() {
    speakers(&[
        (
            "Vooraf zei de chirurg dat de operatie zes uur zou duren.",
            "de chirurg",
        ),
        (
            "Opgelucht vertelde de moeder dat haar zoon thuis is.",
            "de moeder",
        ),
        ("Tevoren had Jansen gezegd dat hij zou stoppen.", "Jansen"),
    ]);
}

#[test]
fn an_inverted_described_subject_is_a_pronouns_antecedent() {
    second_speakers(&[
        (
            "Dinsdag bezocht de koning het rampgebied.",
            "Hij zei dat de schade enorm is.",
            "de koning",
        ),
        (
            "Gisteren opende de burgemeester de brug.",
            "Zij zei dat de stad trots is.",
            "de burgemeester",
        ),
    ]);
}

#[test]
fn et_al_belongs_to_the_authors_name() {
    speakers(&[
        (
            "Jansen et al. stellen dat het effect klein is.",
            "Jansen et al.",
        ),
        (
            "Volgens Jansen et al. is het effect klein.",
            "Jansen et al.",
        ),
        (
            "Het effect is klein, schrijven Jansen et al. in Nature.",
            "Jansen et al.",
        ),
    ]);
}

#[test]
fn forecasts_and_interruptions_are_cues() {
    speakers(&[
        ("Het CPB voorziet dat de werkloosheid stijgt.", "CPB"),
        (
            "Lotte Brouwer (GroenLinks-PvdA) interrumpeerde: 'U draait om de hete brij heen.'",
            "Lotte Brouwer",
        ),
    ]);
    nothing(&[
        "De school is voorzien van zonnepanelen.",
        "GroenLinks-PvdA wil dat het kabinet de huurverhoging terugdraait.",
    ]);
}

#[test]
fn bullets_and_emoji_are_layout() {
    speakers(&[
        (
            "• Karin Boelens zegt dat de lonen omhoog moeten.",
            "Karin Boelens",
        ),
        ("🔴 De politie meldt dat de weg dicht is.", "De politie"),
        (
            "Karin Boelens 🇳🇱 zegt dat de lonen omhoog moeten.",
            "Karin Boelens",
        ),
        (
            "* Karin Boelens zegt dat de lonen omhoog moeten.",
            "Karin Boelens",
        ),
    ]);
}

#[test]
fn a_quotation_may_follow_a_verb_of_saying_without_a_colon() {
    speaker_and_claim(&[(
        "Minister Karin Boelens zei „We gaan gewoon door” en verliet de zaal.",
        "Karin Boelens",
        "„We gaan gewoon door”",
    )]);
    // Not a title after "schreef", nor a word or two.
    nothing(&[
        "Mulisch schreef ‘De aanslag’ in 1982.",
        "Hij schreef ‘De ontdekking van de hemel’ in Amsterdam.",
    ]);
}

#[test]
fn a_descriptor_without_an_article_goes_with_the_name_after_it() {
    let s =
        only("Topman Daan Rietveld van chipmaker Alvero zegt dat de markten te optimistisch zijn.");
    assert_eq!(
        (s.speaker.as_str(), s.organisation.as_deref()),
        ("Daan Rietveld", Some("chipmaker Alvero"))
    );
}

#[test]
fn the_holder_of_a_role_of_a_body_follows_it_by_a_first_name() {
    speaker_and_claim(&[
        (
            "Volgens officier van dienst Mark Peters kan het dak elk moment instorten.",
            "Mark Peters",
            "kan het dak elk moment instorten",
        ),
        (
            "Commandant van de brandweer Mark Peters zegt dat het dak kan instorten.",
            "Mark Peters",
            "het dak kan instorten",
        ),
    ]);
}

#[test]
fn local_services_and_parliament_speak() {
    speakers(&[
        (
            "Er raakte niemand gewond, aldus de meldkamer.",
            "de meldkamer",
        ),
        ("Het water stijgt nog, aldus de dijkgraaf.", "de dijkgraaf"),
    ]);
    let got = run(&[&[
        "Verzekeraar Lithovia schrapt 400 banen.",
        "Het bedrijf laat weten dat vooral de administratie wordt getroffen.",
    ]]);
    assert_eq!(last_speaker(&got), Some("Lithovia"), "{got:#?}");
}

#[test]
fn a_description_of_a_woman_or_a_man_points_back_to_one() {
    let got = run(&[&[
        "Minister Karin Bosman zei dat de wet er komt.",
        "Directeur Tom Aalders zei dat hij twijfelt.",
        "De bewindsvrouw zegt dat het kabinet doorzet.",
    ]]);
    assert_eq!(last_speaker(&got), Some("Karin Bosman"), "{got:#?}");
    let got = run(&[&[
        "Minister Hanna Groen zei dat de wet er komt.",
        "Directeur Tom Aalders zei dat hij twijfelt.",
        "De bewindsman zegt dat het kabinet doorzet.",
    ]]);
    assert_eq!(last_speaker(&got), Some("Tom Aalders"), "{got:#?}");
}

#[test]
fn forecasts_and_market_indicators_are_no_sources() {
    nothing(&[
        "Volgens de prognose daalt de werkloosheid pas in 2026.",
        "De inkoopmanagersindex geeft aan dat de industrie krimpt.",
        "De rentecurve voorspelt dat de economie afkoelt.",
    ]);
    speakers(&[(
        "Volgens de raming van het CPB daalt de werkloosheid.",
        "CPB",
    )]);
}

#[test]
fn a_verbs_stem_after_an_article_or_a_preposition_is_a_noun() {
    speaker_and_claim(&[(
        "Staatssecretaris Bram Oosterveld zegt in antwoord op Kamervragen dat de uitvoering rammelt.",
        "Bram Oosterveld",
        "de uitvoering rammelt",
    )]);
    // A nearer verb still owns its complement.
    speakers(&[(
        "De film vertelt het verhaal van een man die zegt dat hij God is.",
        "een man",
    )]);
}

#[test]
fn a_first_verb_alone_before_en_shares_the_subject() {
    speakers(&[
        (
            "Minister Karin Dolman knikte en zei dat het niet klopt.",
            "Karin Dolman",
        ),
        (
            "De minister reageerde en stelde dat het niet klopt.",
            "De minister",
        ),
        (
            "Jansen en De Vries zeiden dat het klopt.",
            "Jansen en De Vries",
        ),
    ]);
}

#[test]
fn place_names_keep_their_links_in_lower_case() {
    speaker_and_claim(&[
        (
            "Volgens de gemeente Bergen op Zoom is het drinkwater veilig.",
            "Bergen op Zoom",
            "is het drinkwater veilig",
        ),
        (
            "Volgens de burgemeester van Alphen aan den Rijn, Linda Baas, is het water veilig.",
            "Linda Baas",
            "is het water veilig",
        ),
    ]);
    // A medium after the name is no part of it.
    speakers(&[("„Het is voorbij”, zei Jansen op Twitter.", "Jansen")]);
}

#[test]
fn a_club_by_its_prefix_is_a_body_the_club_points_back_to() {
    let got = run(&[&[
        "FC Twente verloor zondag.",
        "De club meldt dat de trainer blijft.",
    ]]);
    assert_eq!(who(&got), [("d:2", "FC Twente")]);
    // A club is no "hij".
    let got = run(&[&["SC Heerenveen won.", "Hij zegt dat het goed gaat."]]);
    assert_ne!(last_speaker(&got), Some("SC Heerenveen"), "{got:#?}");
}

#[test]
fn a_plural_ze_points_back_to_a_group_with_zijn_or_a_plural_only_verb() {
    // "zijn" is plural though it does not end in "-en"; "eisen" and "verwachten" are verbs
    // whose plural is also a noun's.
    second_speakers(&[
        (
            "De boeren zijn boos over de nieuwe regels.",
            "Ze zeggen dat het kabinet de plannen intrekt.",
            "De boeren",
        ),
        (
            "De ouders hebben een brief gestuurd.",
            "Ze eisen dat de gemeente ingrijpt.",
            "De ouders",
        ),
        (
            "Analisten van Stroeve zijn positief over Kolvion.",
            "Ze verwachten dat het bedrijf de winst verdubbelt.",
            "Analisten van Stroeve",
        ),
    ]);
    // A woman who opened the paragraph is no plural "ze"; the singular one after is she.
    let got = run(&[&[
        "Directeur Wilma de Boer van basisschool De Regenboog maakt zich zorgen.",
        "De ouders hebben een brief gestuurd naar de wethouder.",
        "Ze eisen dat de gemeente ingrijpt.",
        "De Boer steunt de ouders.",
        "Ze zegt dat drie klassen geen vaste leraar hebben.",
    ]]);
    assert_eq!(who(&got), [("d:3", "De ouders"), ("d:5", "Wilma de Boer")]);
}

#[test]
fn an_age_a_bare_role_or_a_manner_after_the_speaker_ends_the_claim() {
    speaker_and_claim(&[
        (
            "„Het moet anders”, zegt Sanne Vos, 15.",
            "Sanne Vos",
            "„Het moet anders”",
        ),
        (
            "„Het moet anders”, zegt Sanne, 16 jaar.",
            "Sanne",
            "„Het moet anders”",
        ),
        (
            "„Het moet anders”, zegt Sanne, lachend.",
            "Sanne",
            "„Het moet anders”",
        ),
        (
            "De boommarter rukt op, zegt Piet Smit (42), ecoloog.",
            "Piet Smit",
            "De boommarter rukt op",
        ),
    ]);
    // A claim that goes on after the cue still does.
    speaker_and_claim(&[
        (
            "Het is, zegt Jansen, een ramp.",
            "Jansen",
            "Het is, zegt Jansen, een ramp",
        ),
        (
            "Het is, zegt Jansen, 15 procent.",
            "Jansen",
            "Het is, zegt Jansen, 15 procent",
        ),
    ]);
}

#[test]
fn a_number_that_labels_a_noun_or_a_name_is_no_object_of_the_cue() {
    speaker_and_claim(&[
        (
            "'Het was zwaar,' zei Rob Kamp in aflevering 3.",
            "Rob Kamp",
            "'Het was zwaar,'",
        ),
        (
            "'Het was zwaar,' zei Rob Kamp tegen RTL 4.",
            "Rob Kamp",
            "'Het was zwaar,'",
        ),
        (
            "„Het is veel te druk”, zegt Milan uit groep 8.",
            "Milan",
            "„Het is veel te druk”",
        ),
    ]);
    nothing(&["In een update op de website, meldde het bureau gisteren 96 nieuwe gevallen."]);
}

#[test]
fn a_place_after_a_verb_of_the_lists_and_a_stance_before_a_colon() {
    speakers(&[
        (
            "‘Dit is een dag om nooit te vergeten,’ sprak koningin Isabella in de Nieuwe Kerk.",
            "Isabella",
        ),
        (
            "Greenpeace is kritisch: ‘Dit is veel te weinig.’",
            "Greenpeace",
        ),
        ("Sanne (15) is duidelijk: „Het is te druk.”", "Sanne"),
    ]);
    nothing(&[
        "„Kom maar,” liep Jan naar de deur.",
        "Nederland is in rep en roer: ‘Wat nu?’",
    ]);
}

#[test]
fn a_denial_with_only_a_pronoun_claims_the_pronoun_and_a_negation_nothing() {
    // What is denied is not what the subject says: the pronoun is the claim, not the
    // sentence before.
    for second in [
        "Hamas ontkent dat ten stelligste.",
        "Hamas ontkent dat echter.",
        "Dat ontkent Hamas.",
    ] {
        let got = run(&[&["Israël zegt dat Hamas het bestand schond.", second]]);
        assert_eq!(who(&got), [("d:1", "Israël"), ("d:2", "Hamas")], "{second}");
        assert!(
            matches!(got[1].claim.exact.as_str(), "dat" | "Dat"),
            "{second}: {:?}",
            got[1].claim
        );
    }
    nothing(&["Het leger bevestigt dat evenmin."]);
    // A confirmation with the pronoun and a phrase is the sentence before's, after a focus
    // adverb too.
    let got = run(&[&[
        "De brug gaat dicht.",
        "Ook Rijkswaterstaat bevestigt dat vandaag.",
    ]]);
    assert_eq!(who(&got), [("d:1", "Rijkswaterstaat")]);
    assert_eq!(got[0].claim.exact, "De brug gaat dicht");
}

#[test]
fn a_bare_name_takes_a_neuter_relative_and_an_unnamed_source_a_restrictive_one() {
    speaker_and_claim(&[
        (
            "De gesprekken zijn hervat, zegt Qatar, dat tussen beide partijen bemiddelt.",
            "Qatar",
            "De gesprekken zijn hervat",
        ),
        (
            "De gesprekken zijn vastgelopen, aldus een diplomaat die anoniem wil blijven.",
            "een diplomaat",
            "De gesprekken zijn vastgelopen",
        ),
        (
            "Het is duidelijk, zegt Jansen, dat er iets moet gebeuren.",
            "Jansen",
            "er iets moet gebeuren",
        ),
    ]);
}

#[test]
fn blijven_before_the_infinitive_of_a_cue() {
    speakers(&[
        (
            "Rusland blijft volhouden dat het geen burgers aanvalt.",
            "Rusland",
        ),
        (
            "Rusland zal blijven volhouden dat het geen burgers aanvalt.",
            "Rusland",
        ),
        ("Hamas blijft ontkennen dat het wapens heeft.", "Hamas"),
    ]);
    nothing(&["Het is moeilijk om dit tempo vol te houden."]);
}

#[test]
fn a_synonym_of_the_role_points_back_and_a_trade_is_a_role() {
    second_speakers(&[
        (
            "Koning Laurent bezocht het dorp.",
            "De vorst zei dat hij onder de indruk was.",
            "Laurent",
        ),
        (
            "Burgemeester Anna Smit opende de brug.",
            "De burgervader zei dat het een mooie dag was.",
            "Anna Smit",
        ),
        (
            "Trainer Erik Brouwer is tevreden.",
            "'We speelden goed,' zei de coach.",
            "Erik Brouwer",
        ),
        (
            "Imker Tom Berends maakt zich zorgen.",
            "'De bijen sterven,' zegt de imker.",
            "Tom Berends",
        ),
        (
            "Juf Ilse de Wit geeft les in groep 3.",
            "Volgens de juf is de klas te vol.",
            "Ilse de Wit",
        ),
    ]);
    // A role of another class is no antecedent.
    let got = run(&[&[
        "Burgemeester Anna Smit opende de brug.",
        "De vorst zei dat het een mooie dag was.",
    ]]);
    assert_eq!(who(&got), [("d:2", "De vorst")]);
}

#[test]
fn a_general_body_noun_points_back_to_a_one_word_name_or_a_name_with_an_acronym() {
    second_speakers(&[
        (
            "Greenpeace voerde actie bij de haven.",
            "Volgens de organisatie lekt er olie.",
            "Greenpeace",
        ),
        (
            "LTO Nederland is boos.",
            "De boerenorganisatie zegt dat de regels te streng zijn.",
            "LTO Nederland",
        ),
    ]);
    // Not a person, nor a word of the language opening the sentence.
    for first in [
        "Jan Smit voerde actie bij de haven.",
        "Meer dan tweehonderd vrijwilligers ruimden het strand op.",
    ] {
        let got = run(&[&[first, "Volgens de organisatie lekt er olie."]]);
        assert_eq!(who(&got), [("d:2", "de organisatie")], "{first}");
    }
}

#[test]
fn laws_and_treaties_rule_documents_and_couples_speak_and_sermons_are_cues() {
    nothing(&[
        "De Grondwet bepaalt dat de koning onschendbaar is.",
        "Volgens de Geneefse Conventies mogen ziekenhuizen niet worden aangevallen.",
        "De pastoor preekte over vergeving.",
        "De bisschop maande tot kalmte.",
        // "maanden" are months, not the plural past of "manen".
        "De cijfers over de laatste maanden wijzen erop dat de vleugel helpt.",
    ]);
    speakers(&[
        (
            "In de troonrede staat dat de woningbouw omhoog moet.",
            "de troonrede",
        ),
        (
            "Volgens de resolutie moeten de troepen zich terugtrekken.",
            "de resolutie",
        ),
        (
            "Het koningspaar liet weten dat het diep geschokt is.",
            "Het koningspaar",
        ),
        (
            "Pastoor Ruud Claessens preekte zondag dat vergeving sterker is dan wraak.",
            "Ruud Claessens",
        ),
    ]);
}

#[test]
fn names_with_a_lower_case_word_and_bare_bodies_before_their_verb() {
    speakers(&[
        (
            "De Nationale ombudsman zegt dat de overheid tekortschiet.",
            "De Nationale ombudsman",
        ),
        (
            "Volgens de Koninklijke marechaussee is het druk op Schiphol.",
            "de Koninklijke marechaussee",
        ),
        (
            "Volgens de Raad voor de rechtspraak is het tekort groot.",
            "Raad voor de rechtspraak",
        ),
        (
            "Defence for Children stelt dat kinderen lijden.",
            "Defence for Children",
        ),
        (
            "Port of Rotterdam meldt dat de overslag daalt.",
            "Port of Rotterdam",
        ),
        (
            "Rabobank zegt dat de hypotheekrente stabiel blijft.",
            "Rabobank",
        ),
        (
            "Consumentenbond waarschuwt dat de webwinkel niet levert.",
            "Consumentenbond",
        ),
        (
            "Het kantongerecht oordeelde dat de huur te hoog was.",
            "Het kantongerecht",
        ),
    ]);
    // A capitalised noun opening the sentence before no verb is no body's name.
    let got = run(&[&[
        "Aanleiding voor de vragen waren uitspraken van minister Koen Desmedt.",
        "Hij verklaarde dat het parket had geadviseerd te zwijgen.",
    ]]);
    assert!(got.iter().all(|s| s.speaker != "Aanleiding"), "{got:#?}");
}

#[test]
fn an_acronym_ends_its_sentence_and_a_court_is_no_bank() {
    speakers(&[
        ("De rekening blijft gewoon bestaan, zegt ING.", "ING"),
        ("ING Groep zegt dat de rente stijgt.", "ING Groep"),
    ]);
    second_speakers(&[
        (
            "ING heeft de rente verlaagd.",
            "Volgens de bank is dat nodig.",
            "ING",
        ),
        (
            "Achmea verhoogt de premie.",
            "De zorgverzekeraar zegt dat de kosten stijgen.",
            "Achmea",
        ),
        (
            "De IND wees de aanvraag af.",
            "De rechtbank besliste dat de IND opnieuw moet kijken.",
            "De rechtbank",
        ),
    ]);
}

#[test]
fn a_fronted_question_inside_a_longer_clause_is_part_of_the_claim() {
    speaker_and_claim(&[
        (
            "Wat de oorzaak is, is onduidelijk, zegt Jumbo.",
            "Jumbo",
            "Wat de oorzaak is, is onduidelijk",
        ),
        (
            "Hoe dan ook, de schade is groot, meldt de GGD.",
            "GGD",
            "Hoe dan ook, de schade is groot",
        ),
    ]);
    nothing(&["Of de minister ervan wist, zegt het rapport niet."]);
}

#[test]
fn former_offices_with_their_field_titles_and_rules_by_their_name() {
    speakers(&[
        (
            "Oud-minister van Economische Zaken Gerrit Kamphuis zegt dat de NAM alles wist.",
            "Gerrit Kamphuis",
        ),
        (
            "Het klopt niet, zei oud-minister van Financiën Gerrit Kamphuis.",
            "Gerrit Kamphuis",
        ),
        (
            "Oud-directeur van de NAM Jan Smit zegt dat de NAM alles wist.",
            "Jan Smit",
        ),
        (
            "Toenmalig premier Ruben de Wit zei dat Nederland nooit zou toegeven.",
            "Ruben de Wit",
        ),
        (
            "ESA-astronaut Marco Sieben zegt dat het ruimtestation lekt.",
            "Marco Sieben",
        ),
        ("Volgens de klant was het geld al overgemaakt.", "de klant"),
        (
            "Het Euclid-consortium meldt dat de catalogus online staat.",
            "Het Euclid-consortium",
        ),
    ]);
    nothing(&[
        "Volgens het Europees recht is dat verboden.",
        "Volgens de Maastrichtnorm mag de schuld niet hoger zijn.",
        "Volgens de meetgegevens was de beving de zwaarste van dit jaar.",
        "Volgens oud-minister van Financiën wist de NAM alles.",
    ]);
}

#[test]
fn a_phrase_before_the_role_a_stretch_of_time_and_discourse_markers() {
    speakers(&[
        (
            "„Dit is echt bijzonder”, zegt de in Leiden werkzame sterrenkundige Anouk Brinkman.",
            "Anouk Brinkman",
        ),
        (
            "De aan de VU verbonden econoom Jan Smit zegt dat de rente stijgt.",
            "Jan Smit",
        ),
        (
            "De uit Ghana afkomstige astrofysicus Kofi Mensah zegt dat het bijzonder is.",
            "Kofi Mensah",
        ),
        (
            "Astronomen vermoeden al lang dat de planeet ijs bevat.",
            "Astronomen",
        ),
        (
            "Sterrenkundigen denken sinds 1990 dat de planeet ijs bevat.",
            "Sterrenkundigen",
        ),
        (
            "Kortom, de enquêtecommissie vindt dat de Staat tekortschoot.",
            "de enquêtecommissie",
        ),
        ("Nee, TenneT zegt dat het net vol is.", "TenneT"),
        (
            "Het IMG heeft volgens eigen zeggen alle aanvragen afgehandeld.",
            "IMG",
        ),
        (
            "Volgens EU-bronnen wil Frankrijk de top uitstellen.",
            "EU-bronnen",
        ),
        (
            "De Hoge Vertegenwoordiger, Katrin Oja, zegt dat de EU blijft.",
            "Katrin Oja",
        ),
        (
            "Het is goed, zegt de Hoge Vertegenwoordiger, Katrin Oja.",
            "Katrin Oja",
        ),
    ]);
    nothing(&[
        "De prijs doet vermoeden dat het om namaak gaat.",
        "De telescoop James Webb meldt dat de planeet een dampkring heeft.",
        "De beelden bevestigen dat de planeet een dampkring heeft.",
        "De foto’s suggereren dat de planeet een dampkring heeft.",
        "Volgens bronnen wil Frankrijk de top uitstellen.",
    ]);
    // An apostrophe between letters is the word's.
    assert_eq!(
        only("Volgens Seán O’Dowd is het druk.").speaker,
        "Seán O’Dowd"
    );
}

#[test]
fn committees_and_suppliers_point_back_and_title_adjectives_before_a_role() {
    second_speakers(&[
        (
            "De parlementaire enquêtecommissie presenteerde haar rapport.",
            "De commissie concludeert dat de Staat faalde.",
            "De parlementaire enquêtecommissie",
        ),
        (
            "Eneco verhoogt de tarieven.",
            "De leverancier zegt dat de kosten stijgen.",
            "Eneco",
        ),
    ]);
    speakers(&[
        (
            "Sparen loont niet meer, zegt financieel planner Yvonne Smits.",
            "Yvonne Smits",
        ),
        (
            "Volgens erkend hypotheekadviseur Jan Smit stijgt de rente.",
            "Jan Smit",
        ),
    ]);
}

#[test]
fn english_titles_and_an_adjective_before_a_statement_noun() {
    speakers(&[
        (
            "Het is duur, zegt chief economist Jan de Vries van ING.",
            "Jan de Vries",
        ),
        (
            "Volgens senior economist Jan de Vries is het duur.",
            "Jan de Vries",
        ),
        (
            "'Niet eten', luidt het dringende advies van de NVWA.",
            "NVWA",
        ),
    ]);
}

#[test]
fn the_one_told_after_a_bare_role() {
    speakers(&[
        (
            "Dinsdag vertelde de woordvoerder Politico dat de deal rond is.",
            "de woordvoerder",
        ),
        (
            "Dinsdag liet de woordvoerder Politico weten dat de deal rond is.",
            "de woordvoerder",
        ),
        // A role with an adjective names its holder.
        (
            "Gisteren vertelde de Amerikaanse president Biden dat het goed gaat.",
            "Biden",
        ),
    ]);
    second_speakers(&[(
        "Woordvoerder Piet Kramer van de gemeente zei het al.",
        "Dinsdag vertelde de woordvoerder NU.nl dat de deal rond is.",
        "Piet Kramer",
    )]);
}

#[test]
fn a_company_described_with_an_adjective_or_its_trade() {
    second_speakers(&[
        (
            "Philips verkocht minder scanners.",
            "Het Eindhovense concern verwacht dat de vraag aantrekt.",
            "Philips",
        ),
        (
            "JPMorgan boekte winst.",
            "De Amerikaanse bank verwacht dat de rente daalt.",
            "JPMorgan",
        ),
        (
            "Heineken zette minder bier af.",
            "De brouwer verwacht dat de volumes herstellen.",
            "Heineken",
        ),
        (
            "Thuisbezorgd groeit hard.",
            "De maaltijdbezorger verwacht dat de winst stijgt.",
            "Thuisbezorgd",
        ),
    ]);
}

#[test]
fn a_woman_under_a_role_in_man_or_an_economist() {
    second_speakers(&[
        (
            "Topman Lisa Hartog is optimistisch.",
            "Ze zegt dat de omzet stijgt.",
            "Lisa Hartog",
        ),
        (
            "Econoom Kim de Vries is optimistisch.",
            "Ze zegt dat de omzet stijgt.",
            "Kim de Vries",
        ),
    ]);
    // A man's first name keeps the role's gender.
    assert!(
        run(&[&[
            "Topman Jan Hartog is optimistisch.",
            "Ze zegt dat de omzet stijgt."
        ]])
        .is_empty()
    );
}

#[test]
fn an_initial_surname_before_the_age_or_as_inverted_subject() {
    speaker_and_claim(&[
        (
            "Kevin S. (27) zei dat hij het wapen had gekregen.",
            "Kevin S.",
            "hij het wapen had gekregen",
        ),
        (
            "Volgens Kevin S. (27) had hij het wapen gekregen.",
            "Kevin S.",
            "had hij het wapen gekregen",
        ),
        (
            "Ter zitting verklaarde Jordi V. (23) dat hij onschuldig is.",
            "Jordi V.",
            "hij onschuldig is",
        ),
        (
            "Jordi V. (23): „Ik was er niet.”",
            "Jordi V.",
            "„Ik was er niet.”",
        ),
    ]);
}

#[test]
fn naar_het_oordeel_van_as_volgens() {
    speaker_and_claim(&[
        (
            "Naar het oordeel van het hof is de straf te laag.",
            "het hof",
            "is de straf te laag",
        ),
        (
            "Naar de mening van de deskundigen is hij toerekeningsvatbaar.",
            "de deskundigen",
            "is hij toerekeningsvatbaar",
        ),
    ]);
    nothing(&["Naar het oordeel van de meeste mensen is dat fout."]);
}

#[test]
fn roles_of_politics_culture_and_sport() {
    speakers(&[
        (
            "Volgens Vooruit-kopstuk Lien Vandamme is het akkoord dood.",
            "Lien Vandamme",
        ),
        (
            "Peiler Joris van Beek: 'De VVD verliest.'",
            "Joris van Beek",
        ),
        (
            "Het gezelschap laat weten dat de voorstelling doorgaat.",
            "Het gezelschap",
        ),
        ("Volgens de vertaler is het boek af.", "de vertaler"),
    ]);
}

#[test]
fn sports_roles_point_back() {
    second_speakers(&[
        (
            "Jesse Koops zat opnieuw negentig minuten op de bank.",
            "‘Ik wil gewoon spelen,’ zegt de middenvelder.",
            "Jesse Koops",
        ),
        (
            "Jesse Koops zat op de bank.",
            "De PSV-middenvelder zegt dat hij wil spelen.",
            "Jesse Koops",
        ),
        (
            "Femke de Wit won goud.",
            "De schaatsster zegt dat ze blij is.",
            "Femke de Wit",
        ),
    ]);
}

#[test]
fn an_inverted_subject_takes_a_stance_before_a_colon() {
    second_speakers(&[(
        "Trainer Frank Lubbers zag zijn ploeg winnen.",
        "Na afloop was Lubbers duidelijk: ‘Dit was onze beste wedstrijd van het seizoen.’",
        "Frank Lubbers",
    )]);
    speakers(&[(
        "Daarna bleef Frank Lubbers nuchter: ‘We zijn er nog niet.’",
        "Frank Lubbers",
    )]);
    // (Round 46: "Voor de club is het duidelijk: ‘…’" is the club's, see
    // `for_whom_a_quotation_is_clear_says_it`; "het" is still no speaker.)
    nothing(&["Na afloop was de sfeer uitgelaten: ‘Kampioen!’"]);
}

#[test]
fn a_name_with_an_acronym_opens_the_sentence() {
    speakers(&[
        ("Willem II meldt dat de trainer weg is.", "Willem II"),
        ("Roda JC meldt dat de trainer weg is.", "Roda JC"),
        ("Open VLD zegt dat de begroting onhaalbaar is.", "Open VLD"),
        ("Open VLD: ‘Dit is onhaalbaar.’", "Open VLD"),
        ("NOC*NSF laat weten dat de ploeg klaar is.", "NOC*NSF"),
    ]);
}

#[test]
fn a_described_speaker_in_apposition_ends_the_sentence() {
    speaker_and_claim(&[
        (
            "Het akkoord komt er, zegt Lien Vandamme, de nieuwe voorzitter van Vooruit.",
            "Lien Vandamme",
            "Het akkoord komt er",
        ),
        (
            "Het akkoord komt er, zegt Lien Vandamme, sinds maart de voorzitter van Vooruit.",
            "Lien Vandamme",
            "Het akkoord komt er",
        ),
        (
            "Het akkoord komt er, zegt Lien Vandamme, een van de onderhandelaars.",
            "Lien Vandamme",
            "Het akkoord komt er",
        ),
        // The claim goes on after the cue.
        (
            "Het is, zegt Jansen, een ramp voor de bewoners.",
            "Jansen",
            "Het is, zegt Jansen, een ramp voor de bewoners",
        ),
    ]);
}

#[test]
fn party_members_and_political_offices_point_back() {
    second_speakers(&[
        (
            "Vincent Van Praet is niet tevreden.",
            "De N-VA'er zegt dat het akkoord slecht is.",
            "Vincent Van Praet",
        ),
        (
            "Vincent Van Praet is niet tevreden.",
            "De vicepremier zegt dat het akkoord slecht is.",
            "Vincent Van Praet",
        ),
        (
            "Lien Vandamme is niet tevreden.",
            "De voorzitster zegt dat het akkoord slecht is.",
            "Lien Vandamme",
        ),
    ]);
    speakers(&[
        (
            "VVD'er Jan Smit zegt dat het akkoord slecht is.",
            "Jan Smit",
        ),
        ("Het akkoord is slecht, zegt de CD&V'er.", "de CD&V'er"),
    ]);
}

#[test]
fn titles_in_quotation_marks_inside_a_subject_or_a_fronted_phrase() {
    speakers(&[
        (
            "Jochem Rijpstra, auteur van ‘Wolken’, vertelt dat hij vijf jaar aan het boek werkte.",
            "Jochem Rijpstra",
        ),
        (
            "Jochem Rijpstra, die eerder ‘Wolken’ schreef, vertelt dat hij vijf jaar werkte.",
            "Jochem Rijpstra",
        ),
        (
            "De auteur van ‘Wolken’, Jochem Rijpstra, vertelt dat hij vijf jaar werkte.",
            "Jochem Rijpstra",
        ),
        (
            "De regisseur van ‘Wolken’ zegt dat de film af is.",
            "De regisseur",
        ),
    ]);
    speaker_and_claim(&[
        (
            "Over ‘Wolken’ zegt Kramer: „Het is mijn beste boek.”",
            "Kramer",
            "„Het is mijn beste boek.”",
        ),
        (
            "Volgens de regisseur van ‘Wolken’ is de film af.",
            "de regisseur",
            "is de film af",
        ),
    ]);
    nothing(&[
        "In ‘Wolken’ vertelt Kolk over haar jeugd in Groningen.",
        "Met ‘Wolken’ zegt de band afscheid van het publiek.",
    ]);
}

#[test]
fn a_field_of_two_words_or_a_title_adjective_before_the_name() {
    speakers(&[
        (
            "Conservator moderne kunst Lotte Brink zegt dat het werk echt is.",
            "Lotte Brink",
        ),
        (
            "KNVB-directeur betaald voetbal Jan Smeets zei dat de competitie doorgaat.",
            "Jan Smeets",
        ),
        (
            "Het gaat door, zei hoofd medische staf Jan Smeets.",
            "Jan Smeets",
        ),
        (
            "Zakelijk leider Petra Hoving zegt dat het theater blijft.",
            "Petra Hoving",
        ),
        (
            "Koninklijk opdrachthouder Marc Wuyts zegt dat hij optimistisch is.",
            "Marc Wuyts",
        ),
    ]);
    nothing(&["De voorzitter stuurde gisteren Jan Smit een brief."]);
}

#[test]
fn a_firm_with_its_trade_as_role_is_the_company_described() {
    second_speakers(&[(
        "Chipmachinemaker Lithovia schrapt wereldwijd 400 banen.",
        "Vooral de administratie wordt getroffen, zegt het bedrijf.",
        "Lithovia",
    )]);
}

#[test]
fn who_joins_in_after_a_joint_subject_and_a_bare_plural_told_after_the_claim() {
    speaker_and_claim(&[
        (
            "ING en Rabobank verwachten allebei dat de rente daalt.",
            "ING en Rabobank",
            "de rente daalt",
        ),
        (
            "De werkgevers en de bonden verklaren gezamenlijk dat het akkoord er is.",
            "De werkgevers en de bonden",
            "het akkoord er is",
        ),
        (
            "De economie krimpt volgend jaar, verwachten economen.",
            "economen",
            "De economie krimpt volgend jaar",
        ),
    ]);
}

#[test]
fn a_plural_subject_judges_in_a_quotation() {
    speaker_and_claim(&[
        (
            "De bonden noemen het eindbod „een schoffering”.",
            "De bonden",
            "„een schoffering”",
        ),
        (
            "De boeren noemen het plan ‘onacceptabel’.",
            "De boeren",
            "‘onacceptabel’",
        ),
    ]);
    // A name for a kind of thing is no claim.
    nothing(&["Biologen noemen dit verschijnsel ‘mimicry’."]);
}

#[test]
fn periodic_reports_give_their_author_after_volgens() {
    speaker_and_claim(&[
        (
            "Volgens het kwartaalbericht van Rabobank groeit de economie.",
            "Rabobank",
            "groeit de economie",
        ),
        (
            "Volgens het jaarverslag van Shell daalt de winst.",
            "Shell",
            "daalt de winst",
        ),
    ]);
}

#[test]
fn an_object_pronoun_after_volgens_says_its_own_number() {
    assert_eq!(
        who(&run(&[&[
            "De onderwijsbonden leggen morgen het werk neer.",
            "Volgens hen is de werkdruk onhoudbaar geworden.",
        ]])),
        [("d:2", "De onderwijsbonden")]
    );
    assert_eq!(
        who(&run(&[&[
            "Anna de Boer was er ook.",
            "De bonden staakten.",
            "Volgens haar zijn de toetsen nodig.",
        ]])),
        [("d:3", "Anna de Boer")]
    );
}

#[test]
fn a_subject_after_a_focus_word_is_an_antecedent() {
    second_speakers(&[(
        "Ook de buurtbewoners zijn kritisch.",
        "Ze zeggen dat de gemeente hen nooit heeft gevraagd.",
        "de buurtbewoners",
    )]);
}

#[test]
fn a_subject_with_a_bare_role_in_apposition_is_no_fronted_claim() {
    nothing(&[
        "Jeroen Vos, woordvoerder van het Erasmus MC, bevestigt de hack.",
        "Sundar Pichai, topman van Google, beloofde de aandeelhouders beterschap.",
    ]);
    speaker_and_claim(&[(
        "Ruim veertig organisaties, onder wie Amnesty en Bits of Freedom, hebben de minister gevraagd het wetsvoorstel in te trekken.",
        "Ruim veertig organisaties",
        "het wetsvoorstel in te trekken",
    )]);
}

#[test]
fn a_count_before_a_group_after_the_cue_or_volgens() {
    speakers(&[
        (
            "In een open brief zeggen ruim tweehonderd onderzoekers dat de EU moet stoppen.",
            "ruim tweehonderd onderzoekers",
        ),
        (
            "Volgens zo’n driehonderd wetenschappers is het voorstel onuitvoerbaar.",
            "zo’n driehonderd wetenschappers",
        ),
        ("Volgens 200 artsen is het te laat.", "200 artsen"),
        (
            "Het gaat mis, zeggen vijfentwintig artsen.",
            "vijfentwintig artsen",
        ),
    ]);
}

#[test]
fn former_before_a_role_compound_and_a_towns_adjective_in_er() {
    speakers(&[
        (
            "„Dit soort aanvallen gaat toenemen”, zegt voormalig NCSC-directeur Hans de Vries.",
            "Hans de Vries",
        ),
        (
            "Volgens voormalig AIVD-directeur Rob Bertholee is Nederland te goedgelovig.",
            "Rob Bertholee",
        ),
        (
            "Groninger wethouder Roeland Dekker zegt dat de stad kamers nodig heeft.",
            "Roeland Dekker",
        ),
        (
            "„Het gaat door”, zegt Groninger wethouder Roeland Dekker.",
            "Roeland Dekker",
        ),
    ]);
}

#[test]
fn a_surname_that_ends_like_a_role_opens_the_sentence() {
    second_speakers(&[
        (
            "Dirk Beljaarts opende de beurs.",
            "Beljaarts zei dat Nederland onmisbaar is.",
            "Dirk Beljaarts",
        ),
        (
            "Bart Hofmeester is jurist.",
            "Hofmeester vindt dat de wet te ver gaat.",
            "Bart Hofmeester",
        ),
    ]);
    assert_eq!(
        only("Burgemeesters zeggen dat het klopt.").mention,
        "Burgemeesters"
    );
}

#[test]
fn a_quotation_goes_on_after_a_split_verbs_particle() {
    let s = only(
        "„We bouwen door”, liet de wethouder weten, „ook als het Rijk niet over de brug komt.”",
    );
    assert!(s.claim.exact.ends_with("over de brug komt.”"), "{s:#?}");
    let s = only("„Het is klaar”, legde wethouder Pim Kroon uit, „en we gaan door.”");
    assert_eq!(s.speaker, "Pim Kroon");
    assert!(s.claim.exact.ends_with("we gaan door.”"), "{s:#?}");
}

#[test]
fn a_colon_quotation_after_a_role_and_surname_or_a_name_in_apposition() {
    speaker_and_claim(&[
        (
            "Burgemeester Vos hield het kort: „Ik blijf.”",
            "Vos",
            "„Ik blijf.”",
        ),
        (
            "Raadslid Kok is het daar niet mee eens: „De wethouder heeft de raad misleid.”",
            "Kok",
            "„De wethouder heeft de raad misleid.”",
        ),
        (
            "De voorzitter van de Jonge Akademie, Marie-José Bonthuis, is stellig: „Zonder beurzen vertrekt talent.”",
            "Marie-José Bonthuis",
            "„Zonder beurzen vertrekt talent.”",
        ),
        (
            "Hovenkamp tegenover het FD: „Boeren die natuur beheren, verdienen steun.”",
            "Hovenkamp",
            "„Boeren die natuur beheren, verdienen steun.”",
        ),
    ]);
}

#[test]
fn dat_said_in_a_phrase_with_a_relative_clause() {
    assert_eq!(
        who(&run(&[&[
            "De universiteiten moeten hun reserves aanspreken.",
            "Dat zegt minister Veldkamp in een interview dat zaterdag in het AD verschijnt.",
        ]])),
        [("d:1", "Veldkamp")]
    );
    let got = run(&[&[
        "Het onderwijs moet beter.",
        "Dat schrijft de Onderwijsraad in een advies dat donderdag is verschenen.",
    ]]);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].claim.exact, "Het onderwijs moet beter");
}

#[test]
fn documents_that_state_and_a_providers_trade() {
    speakers(&[
        (
            "Het advies stelt dat boeren contracten moeten krijgen.",
            "Het advies",
        ),
        (
            "De evaluatie concludeert dat het beter moet.",
            "De evaluatie",
        ),
        (
            "In de Kamerbrief staat dat het beter moet.",
            "de Kamerbrief",
        ),
    ]);
    second_speakers(&[
        (
            "KPN heeft last van een grote storing.",
            "De provider laat weten dat het probleem is opgelost.",
            "KPN",
        ),
        (
            "Ziggo heeft een storing.",
            "De kabelaar zegt dat het snel over is.",
            "Ziggo",
        ),
    ]);
    // An agreement is a rule, not a source (the guideline's rule 3).
    nothing(&["Het coalitieakkoord zegt dat de veestapel krimpt."]);
}

#[test]
fn an_acronym_of_a_name_given_in_full_before() {
    second_speakers(&[
        (
            "Het Nationaal Cyber Security Centrum waarschuwt voor een lek.",
            "Het NCSC zegt dat honderden organisaties kwetsbaar zijn.",
            "Nationaal Cyber Security Centrum",
        ),
        (
            "De Algemene Inlichtingen- en Veiligheidsdienst ziet een toename van spionage.",
            "De AIVD zegt dat vooral China actief is.",
            "Algemene Inlichtingen- en Veiligheidsdienst",
        ),
        (
            "De Autoriteit Persoonsgegevens heeft een rapport gepubliceerd.",
            "Volgens de AP zijn veel apps onbetrouwbaar.",
            "Autoriteit Persoonsgegevens",
        ),
    ]);
    // An acronym that is no one's initials stays as written.
    second_speakers(&[(
        "Jan de Vries was er ook.",
        "De VVD zegt dat het goed is.",
        "VVD",
    )]);
}

#[test]
fn a_second_clause_after_a_comma_alone_has_its_own_subject() {
    speakers(&[(
        "GroenLinks wil meer sociale huur, de VVD zegt dat er vooral middenhuur nodig is.",
        "VVD",
    )]);
}

#[test]
fn an_interviewers_question_before_the_answer_is_not_the_answerers() {
    let got = run(&[&[
        "„Hoe lang staat u al op de wachtlijst?”",
        "„Negen jaar”, zegt Mehmet Aydin (34).",
    ]]);
    assert_eq!(who(&got), [("d:2", "Mehmet Aydin")]);
}

#[test]
fn one_of_them_named_in_apposition_and_double_surnames_with_a_particle() {
    speakers(&[
        (
            "„We zijn het vertrouwen kwijt,” zei een van hen, varkenshouder Ton van Gerwen.",
            "Ton van Gerwen",
        ),
        (
            "Burgemeester Halma-de Wit zegt dat ze de raad zal informeren.",
            "Halma-de Wit",
        ),
        (
            "„Het klopt”, zegt burgemeester Halma-de Wit.",
            "Halma-de Wit",
        ),
    ]);
    second_speakers(&[(
        "Historica Marjolein van Dam schreef een boek.",
        "In dat boek stelt ze dat de boeren gelijk hebben.",
        "Marjolein van Dam",
    )]);
}

#[test]
fn a_negated_belief_after_a_fronted_clause_is_a_view() {
    speaker_and_claim(&[(
        "Dat het kabinet de doelen haalt, gelooft PBL-directeur Hans Meijer niet.",
        "Hans Meijer",
        "Dat het kabinet de doelen haalt",
    )]);
    // A negated assertion claims nothing.
    nothing(&["Dat het kabinet de doelen haalt, zegt Hans Meijer niet."]);
}

#[test]
fn aldus_a_statement_of_an_author() {
    speaker_and_claim(&[
        (
            "„Het is voorbij”, aldus een verklaring van het Witte Huis.",
            "Witte Huis",
            "„Het is voorbij”",
        ),
        (
            "Het is voorbij, aldus de verklaring van het Witte Huis.",
            "Witte Huis",
            "Het is voorbij",
        ),
    ]);
}

#[test]
fn criticised_or_dismissed_as_a_quotation() {
    speaker_and_claim(&[
        (
            "De Europese Commissie bekritiseerde het plan van Meta als ‘een stap terug’.",
            "Europese Commissie",
            "‘een stap terug’",
        ),
        (
            "De minister deed de kritiek af als ‘gezeur’.",
            "De minister",
            "‘gezeur’",
        ),
    ]);
    // Without a quotation the object is no claim (the guideline's rule 3).
    nothing(&[
        "De minister bekritiseerde het plan.",
        "Hij deed zijn jas af.",
    ]);
}

#[test]
fn an_elided_article_keeps_its_apostrophe_in_a_name() {
    speakers(&[
        ("„Het klopt”, zegt Mark ’t Hart.", "Mark ’t Hart"),
        (
            "Volgens Jos van ’t Hek, voorzitter van de PO-Raad, houden veel directeuren het niet meer vol.",
            "Jos van ’t Hek",
        ),
    ]);
}

#[test]
fn warned_to_do_and_pleaded_for_doing() {
    speaker_and_claim(&[
        (
            "Het NCSC waarschuwt organisaties de noodpatch direct te installeren.",
            "NCSC",
            "organisaties de noodpatch direct te installeren",
        ),
        (
            "De Woonbond pleit ervoor om de huurverhoging te maximeren.",
            "De Woonbond",
            "de huurverhoging te maximeren",
        ),
    ]);
    nothing(&[
        "De burgemeester waarschuwt voor gladheid.",
        "De Woonbond pleit voor lagere huren.",
    ]);
}

#[test]
fn a_chain_of_counts_and_a_run_of_relative_dats_stay_cheap() {
    // A count before a count is no count of a group: one number each, not a recursion per
    // number (this overflowed the stack at 60,000 numbers).
    let chain = format!("Volgens {}artsen is het zo.", "200 ".repeat(60_000));
    assert!(one(&chain).is_empty());
    // "Dat zegt X in een interview dat …": one pass over the sentence, whatever its length.
    let got = run(&[&[
        "Het is zo.",
        &format!(
            "Dat zegt Jan in een interview {}verscheen.",
            "dat ".repeat(20_000)
        ),
    ]]);
    assert_eq!(who(&got), [("d:1", "Jan")]);
}

#[test]
fn a_passive_request_is_the_agents_and_never_the_addressees() {
    speaker_and_claim(&[
        (
            "Het college werd door de gemeenteraad verzocht om de plannen in te trekken.",
            "de gemeenteraad",
            "de plannen in te trekken",
        ),
        (
            "Door de minister wordt het college verzocht de plannen in te trekken.",
            "de minister",
            "de plannen in te trekken",
        ),
        // A participle that ends like a plural council ("raden") is no speaker noun.
        (
            "Inwoners werd door de gemeente aangeraden ramen en deuren te sluiten.",
            "de gemeente",
            "ramen en deuren te sluiten",
        ),
    ]);
    // Asked, by nobody named: the one asked is no speaker.
    nothing(&[
        "In de motie wordt het college verzocht om de plannen in te trekken.",
        "De bewoners werd verzocht binnen te blijven.",
    ]);
    speakers(&[("Volgens de gemeenteraden is het onzin.", "de gemeenteraden")]);
}

#[test]
fn wire_copy_names_genitives_and_descriptions() {
    speakers(&[
        // English "and" inside a body's name.
        (
            "De National Oceanic and Atmospheric Administration (NOAA) meldde donderdag dat juli de warmste maand ooit gemeten was.",
            "National Oceanic and Atmospheric Administration",
        ),
        (
            "Volgens de Bill and Melinda Gates Foundation is het middel veilig.",
            "Bill and Melinda Gates Foundation",
        ),
        // A genitive apostrophe after -s before a role and a name.
        (
            "Harris' campagneleider Jen O'Malley Dillon schreef dat de race spannend blijft.",
            "Jen O'Malley Dillon",
        ),
        // "Dan" before a name is a given name.
        ("Dan Brown zei dat het boek af is.", "Dan Brown"),
        (
            "\"Alleen de piloot is gered,\" zei politiewoordvoerder Dan Bahadur Karki.",
            "Dan Bahadur Karki",
        ),
        // Bodies of wire copy.
        (
            "De mist was zeer dicht, aldus de Franse gendarmerie.",
            "de Franse gendarmerie",
        ),
        (
            "Het toernooi liet weten dat het de zorgen serieus neemt.",
            "Het toernooi",
        ),
    ]);
    // The adverb before its verb stays an adverb.
    speakers(&[("Dan zei Jansen dat het klaar is.", "Jansen")]);
    // An inhabitant's or a party member's name, and a trade, point back to the person.
    for (first, text, speaker) in [
        (
            "Premier Anthony Albanese was boos.",
            "\"Dit is schandalig,\" zei de Australiër.",
            "Anthony Albanese",
        ),
        (
            "Tadej Pogačar won de etappe.",
            "De Sloveen zei dat hij moe was.",
            "Tadej Pogačar",
        ),
        (
            "Senator Bernie Sanders was boos.",
            "\"Dit is een cadeau,\" zei de Democraat.",
            "Bernie Sanders",
        ),
        (
            "Bondscoach Mauricio Pochettino was boos.",
            "\"We moeten dit vergeten,\" aldus de Argentijn.",
            "Mauricio Pochettino",
        ),
        (
            "Max Verstappen startte vanaf pole.",
            "\"De auto voelde geweldig,\" zei de coureur na afloop.",
            "Max Verstappen",
        ),
    ] {
        let got = run(&[&[first, text]]);
        assert_eq!(last_speaker(&got), Some(speaker), "{text}: {got:#?}");
    }
    // "De senator" is an office: not the minister named before.
    let got = run(&[&[
        "Minister Jan Smit was kwaad.",
        "De senator zei dat het schandalig is.",
    ]]);
    assert_eq!(last_speaker(&got), Some("De senator"));
}

#[test]
fn a_description_never_points_forward_into_its_own_claim() {
    speakers(&[
        (
            "De pilotenvakbond eist dat KLM de nieuwe roosters intrekt.",
            "De pilotenvakbond",
        ),
        (
            "Het zal nog tot 2030 duren voordat alle treinen het systeem ERTMS hebben, denkt het ministerie.",
            "het ministerie",
        ),
        // The subject of a fronted claim still is the body described after it.
        (
            "Tesla heeft 400.000 auto's afgeleverd, maakte het bedrijf bekend.",
            "Tesla",
        ),
    ]);
}

#[test]
fn the_public_quantified_is_nobody_in_particular() {
    nothing(&[
        "Veel reizigers denken dat de trein te duur is.",
        "Sommige reizigers beweren dat de trein te duur is.",
        "De meeste bewoners zeggen dat ze bang zijn.",
        "Menigeen denkt dat de trein te duur is.",
    ]);
    speakers(&[
        ("De bewoners zeggen dat ze bang zijn.", "De bewoners"),
        (
            "Vele paleontologen geloven dat het klopt.",
            "Vele paleontologen",
        ),
    ]);
}

#[test]
fn a_pronoun_after_a_fronted_claim_is_the_titled_person_opening_it() {
    speaker_and_claim(&[
        (
            "Staatssecretaris Hoekstra blijft aan, zei hij vrijdag.",
            "Hoekstra",
            "Staatssecretaris Hoekstra blijft aan",
        ),
        (
            "Minister Madlener heeft geen haast met het rekeningrijden, zegt hij in een interview met Trouw.",
            "Madlener",
            "Minister Madlener heeft geen haast met het rekeningrijden",
        ),
    ]);
}

#[test]
fn orders_and_proposals_take_a_te_infinitive() {
    speaker_and_claim(&[
        (
            "De IGJ sommeerde het ziekenhuis om binnen een maand een nieuwe leider aan te stellen.",
            "IGJ",
            "binnen een maand een nieuwe leider aan te stellen",
        ),
        (
            "De IGJ droeg de kliniek op alle behandelingen te staken.",
            "IGJ",
            "alle behandelingen te staken",
        ),
        (
            "De rechter gelastte de gemeente om de vergunning in te trekken.",
            "De rechter",
            "de vergunning in te trekken",
        ),
        (
            "De beroepsvereniging stelt voor de registratieplicht te schrappen.",
            "De beroepsvereniging",
            "de registratieplicht te schrappen",
        ),
    ]);
    nothing(&[
        "Hij droeg zijn nieuwe boek op aan zijn moeder.",
        "Hij stelt voor het eerst een vraag.",
    ]);
}

#[test]
fn a_clause_before_staat_in_and_a_document_is_the_documents() {
    speaker_and_claim(&[
        (
            "De zorgkosten stijgen volgend jaar met 6 procent, staat in de Miljoenennota.",
            "de Miljoenennota",
            "De zorgkosten stijgen volgend jaar met 6 procent",
        ),
        (
            "De kosten stijgen, zo staat in het jaarverslag.",
            "het jaarverslag",
            "De kosten stijgen",
        ),
    ]);
    nothing(&["Het geld ligt klaar, staat in de kast."]);
}

#[test]
fn plural_presents_of_split_verbs_new_cues_and_bodies_named_with_van() {
    speaker_and_claim(&[
        (
            "De oppositiepartijen stippen aan dat de regering haar doelen niet haalt.",
            "De oppositiepartijen",
            "de regering haar doelen niet haalt",
        ),
        (
            "Minister Collard counterde dat de NMBS nog nooit zoveel geld heeft gekregen.",
            "Collard",
            "de NMBS nog nooit zoveel geld heeft gekregen",
        ),
    ]);
    speakers(&[
        (
            "De Nederlandse Vereniging van Ziekenhuizen zegt dat het misging.",
            "Nederlandse Vereniging van Ziekenhuizen",
        ),
        (
            "Volgens de Liga voor Mensenrechten ging het mis.",
            "Liga voor Mensenrechten",
        ),
    ]);
    nothing(&["De kinderen blijven erbij."]);
}

#[test]
fn flemish_papers_and_nouns_spelled_like_verbs() {
    speakers(&[
        (
            "Volgens De Morgen had de minister de nota al in juni.",
            "De Morgen",
        ),
        (
            "De beschuldigde ontkent dat hij op de avond van de moord in Lokeren was.",
            "De beschuldigde",
        ),
        (
            "Het gemeenschappelijk vakbondsfront kondigt aan dat er een staking komt.",
            "Het gemeenschappelijk vakbondsfront",
        ),
    ]);
    let got = run(&[&["Het is misgegaan.", "Dat schrijft De Morgen."]]);
    assert_eq!(last_speaker(&got), Some("De Morgen"));
    nothing(&[
        "Morgen zegt de minister meer.",
        "De beschuldigde, een 34-jarige man uit Lokeren, ontkent de feiten.",
    ]);
}

#[test]
fn a_second_report_with_a_te_infinitive_or_after_al_ends_the_first_claim() {
    let got = one(
        "Boeing zegt het incident te betreuren en belooft volledig mee te werken aan het onderzoek.",
    );
    let claims: Vec<&str> = got.iter().map(|s| s.claim.exact.as_str()).collect();
    assert_eq!(
        claims,
        [
            "het incident te betreuren",
            "volledig mee te werken aan het onderzoek"
        ]
    );
    let got = one(
        "Gouverneur Ron DeSantis zei dat de orkaan zware schade heeft aangericht, al gaf hij toe dat het erger had kunnen zijn.",
    );
    let claims: Vec<&str> = got.iter().map(|s| s.claim.exact.as_str()).collect();
    assert_eq!(
        claims,
        [
            "de orkaan zware schade heeft aangericht",
            "het erger had kunnen zijn"
        ]
    );
}

#[test]
fn a_judged_reaction_before_a_colon_quotation_is_its_authors() {
    speakers(&[
        (
            "De reactie van de Europese Commissie was kort: ‘We bestuderen het vonnis.’",
            "Europese Commissie",
        ),
        (
            "Het oordeel van Amnesty over de deal is vernietigend: ‘Europa koopt zich vrij.’",
            "Amnesty",
        ),
    ]);
    nothing(&["Het boek van Mulisch is dik: ‘De ontdekking van de hemel’."]);
}

#[test]
fn a_conclusion_in_a_light_verb_is_a_report() {
    speaker_and_claim(&[
        (
            "Ambulancezorg Nederland kwam in de jaarcijfers tot de conclusie dat de wachttijden oplopen.",
            "Ambulancezorg Nederland",
            "de wachttijden oplopen",
        ),
        (
            "De onderzoekscommissie trekt de conclusie dat het misging.",
            "De onderzoekscommissie",
            "het misging",
        ),
    ]);
    nothing(&[
        "Hij kwam tot de conclusie van het rapport.",
        "Bij elke grens houden de sporters er rekening mee dat de controle kan uitlopen.",
    ]);
}

#[test]
fn a_clause_of_thousands_of_reports_joined_by_en_stays_linear() {
    // Each cue after `en` looked for the first clause's auxiliary back to the clause's start:
    // 4,000 of them in one sentence took 3 s. Now each looks within reach of its `en`.
    let text = format!(
        "{}ASML meldt dat het bedrijf groeit.",
        "ASML meldt dat het bedrijf groeit en ".repeat(4_000)
    );
    // One claim: the later cues are inside ASML's own claim (the guideline's rule 5).
    let got = one(&text);
    assert_eq!(who(&got), [("d:1", "ASML")]);
}

#[test]
fn daarin_staat_dat_is_the_author_of_the_document_before() {
    let got = run(&[&[
        "De verzekeraars hebben een gezamenlijke verklaring uitgegeven.",
        "Daarin staat dat ze de zorgplicht zeer serieus nemen.",
    ]]);
    assert_eq!(who(&got), [("d:2", "De verzekeraars")]);
    let got = run(&[&[
        "De school heeft een nieuwe kast gekocht.",
        "Daarin staat dat oude boek.",
    ]]);
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn an_inflected_nationality_points_back_to_an_uninflected_one() {
    let got = run(&[&[
        "Oekraïens president Zelensky bezocht dinsdag Charkiv.",
        "De Oekraïense president zei dat de oorlog nog lang zal duren.",
    ]]);
    assert_eq!(who(&got), [("d:2", "Zelensky")]);
    // Another nation's president is not the one named before.
    let got = run(&[&[
        "Oekraïens president Zelensky bezocht dinsdag Charkiv.",
        "De Russische president zei dat de oorlog nog lang zal duren.",
    ]]);
    assert_eq!(who(&got), [("d:2", "De Russische president")]);
}

#[test]
fn a_body_noun_before_its_name_is_part_of_the_name() {
    speakers(&[
        (
            "Zorgverzekeraars Nederland zegt dat de premie stijgt.",
            "Zorgverzekeraars Nederland",
        ),
        (
            "Stichting Vluchteling meldt dat er geld nodig is.",
            "Stichting Vluchteling",
        ),
        (
            "Vereniging Eigen Huis zegt dat de rente stijgt.",
            "Vereniging Eigen Huis",
        ),
        ("Omroep MAX zegt dat de uitzending doorgaat.", "Omroep MAX"),
        // A person's title is no body, nor is a trade: the name is the person's, the firm's.
        (
            "Spoorbeheerder ProRail meldt dat de storing voorbij is.",
            "ProRail",
        ),
        ("Minister Hoekstra zegt dat het goed gaat.", "Hoekstra"),
    ]);
    // A unit named by its place is the unit when a type noun points back to it.
    let got = run(&[&[
        "De rechtbank Den Haag sprak de agent vrij.",
        "De rechtbank oordeelde dat hij uit noodweer handelde.",
    ]]);
    assert_eq!(who(&got), [("d:2", "De rechtbank Den Haag")]);
    assert_eq!(got[0].role, None);
    let got = run(&[&[
        "Het gerechtshof Amsterdam deed dinsdag uitspraak.",
        "Het hof liet weten dat de straf blijft.",
    ]]);
    assert_eq!(who(&got), [("d:2", "Het gerechtshof Amsterdam")]);
}

#[test]
fn church_crown_stage_and_court_nouns_speak_and_point_back() {
    speakers(&[
        (
            "Volgens het bisdom is de verkoop van de kerk nog niet rond.",
            "het bisdom",
        ),
        (
            "Het koningshuis laat weten dat de koning niet aanwezig is.",
            "Het koningshuis",
        ),
        // The body promises, not the ones it promises to.
        (
            "Het bisdom belooft de slachtoffers ruimhartig te compenseren.",
            "Het bisdom",
        ),
        ("Volgens de scriba is de kerk verdeeld.", "de scriba"),
        (
            "De biografie stelt dat de koning ervan wist.",
            "De biografie",
        ),
        (
            "Er zijn te weinig monteurs, zeggen installateurs.",
            "installateurs",
        ),
    ]);
    second_speakers(&[
        (
            "Koning Willem-Alexander bezocht Kerkrade.",
            "Het staatshoofd zei dat de schade groot is.",
            "Willem-Alexander",
        ),
        (
            "Jacob Derwig won de ring.",
            "De acteur zei dat hij blij is.",
            "Jacob Derwig",
        ),
        (
            "Officier van justitie Lisa Mulder eiste zes jaar cel.",
            "Volgens de aanklager heeft de verdachte het slachtoffer aangereden.",
            "Lisa Mulder",
        ),
        (
            "De Britse band Radiohead speelde in Ziggo Dome.",
            "De groep zei dat het concert het laatste is.",
            "Radiohead",
        ),
        (
            "Toneelgroep Maastricht stopt na dertig jaar.",
            "Het gezelschap kondigde aan dat de voorstellingen doorgaan.",
            "Toneelgroep Maastricht",
        ),
    ]);
    // A plan is no source ("draaiboek" ends in a book, which is none either).
    nothing(&["Het programma wordt volgens het draaiboek om 20.30 uur onderbroken."]);
}

#[test]
fn a_colon_quotation_after_a_speaker_with_a_topic_or_a_time() {
    speakers(&[
        (
            "De rechter over de verdachte: ‘Hij heeft geen enkel inzicht in zijn daden.’",
            "De rechter",
        ),
        (
            "Advocaat Jan Boksem over zijn cliënt: ‘Hij is geen crimineel.’",
            "Jan Boksem",
        ),
        (
            "De moeder van het slachtoffer na afloop: ‘Er is vandaag geen winnaar.’",
            "De moeder van het slachtoffer",
        ),
        (
            "De woordvoerder desgevraagd: ‘We zeggen niets.’",
            "De woordvoerder",
        ),
    ]);
    // A house or a road is no speaker.
    nothing(&[
        "Het huis van de burgemeester in Utrecht: ‘Een paleis.’",
        "De weg naar de top na de verkiezingen: ‘Een lange reis.’",
    ]);
}

#[test]
fn an_uninflected_adjective_opens_a_title_by_its_ending() {
    speakers(&[
        (
            "Gemeentelijk woordvoerder Marco Bakker zegt dat het geld terugvloeit.",
            "Marco Bakker",
        ),
        (
            "Regionaal directeur Anne de Vries zegt dat de wachtlijst groeit.",
            "Anne de Vries",
        ),
        (
            "Roterend voorzitter Eric Xu waarschuwde dat de markt krimpt.",
            "Eric Xu",
        ),
        (
            "Beeldend kunstenaar Erik van Lieshout zegt dat hij stopt.",
            "Erik van Lieshout",
        ),
    ]);
    // A sentence adverb is no title's adjective.
    speakers(&[(
        "Uiteindelijk zei minister Karin Bosman dat de wet er komt.",
        "Karin Bosman",
    )]);
}

#[test]
fn a_suspicion_an_impression_or_a_position_in_a_light_verb() {
    speaker_and_claim(&[
        (
            "Het OM heeft het vermoeden dat de verdachte meer wist.",
            "OM",
            "de verdachte meer wist",
        ),
        (
            "De rechter had de indruk dat de getuige loog.",
            "De rechter",
            "de getuige loog",
        ),
        (
            "Het kabinet heeft er vertrouwen in dat de Eerste Kamer instemt.",
            "Het kabinet",
            "de Eerste Kamer instemt",
        ),
        (
            "De familie koestert de hoop dat hij nog leeft.",
            "De familie",
            "hij nog leeft",
        ),
        (
            "Het OM staat op het standpunt dat de verdachte wist wat hij deed.",
            "OM",
            "de verdachte wist wat hij deed",
        ),
    ]);
    nothing(&[
        "We hebben vertrouwen in de rechtspraak.",
        "Hij had de indruk gemaakt dat alles goed ging.",
        "Dat standpunt is bekend.",
    ]);
}

#[test]
fn a_person_of_a_unit_named_by_its_place() {
    speakers(&[
        (
            "Frank Paauw van de politie Amsterdam zei dinsdag dat de rust is teruggekeerd.",
            "Frank Paauw",
        ),
        (
            "„Dit is ernstig”, aldus Karin Jansen van de rechtbank Den Haag.",
            "Karin Jansen",
        ),
        (
            "Woordvoerder Anne Bakker van het aartsbisdom Utrecht zegt dat de kerk dichtgaat.",
            "Anne Bakker",
        ),
    ]);
    let got = only("Frank Paauw van de politie Amsterdam zei dat de rust is teruggekeerd.");
    assert_eq!(got.organisation.as_deref(), Some("politie Amsterdam"));
}

#[test]
fn a_present_plural_after_a_plural_pronoun_or_name_is_finite() {
    speakers(&[(
        "De Houthi's claimen een drone te hebben neergeschoten.",
        "Houthi's",
    )]);
    let got = run(&[&[
        "De ouders zijn boos.",
        "Ze vragen de raad de bezuiniging terug te draaien.",
    ]]);
    assert_eq!(who(&got), [("d:2", "De ouders")]);
    let got = run(&[&[
        "De omroepen reageerden boos.",
        "Ze noemen de plannen van het kabinet ‘een aanval op de democratie’.",
    ]]);
    assert_eq!(who(&got), [("d:2", "De omroepen")]);
    // After a preposition the pronoun is an object.
    nothing(&["De kinderen willen het aan ze vragen om te komen."]);
}

#[test]
fn a_pronoun_with_no_full_name_before_takes_the_name_that_opens_the_sentence() {
    let got = run(&[&[
        "Willem-Alexander bezocht maandag Kerkrade.",
        "Hij zei dat het bezoek belangrijk is.",
    ]]);
    assert_eq!(who(&got), [("d:2", "Willem-Alexander")]);
    let got = run(&[&[
        "Koning Willem-Alexander bezocht woensdag Paramaribo.",
        "„Dit raakt ons allemaal”, zei hij.",
    ]]);
    assert_eq!(who(&got), [("d:2", "Willem-Alexander")]);
}

#[test]
fn a_firm_with_a_nation_points_back_to_a_brand_with_none() {
    let got = run(&[&[
        "TSMC maakt chips voor de hele wereld.",
        "Het Taiwanese bedrijf verwacht dat de omzet stijgt.",
    ]]);
    assert_eq!(who(&got), [("d:2", "TSMC")]);
    // A federation is no firm: its nation must be the antecedent's.
    let got = run(&[&[
        "De FIFA beboette de bond.",
        "De Spaanse voetbalbond zegt dat het in beroep gaat.",
    ]]);
    assert_eq!(who(&got), [("d:2", "De Spaanse voetbalbond")]);
}

#[test]
fn ook_after_dat_is_the_claims_focus() {
    speaker_and_claim(&[(
        "De minister zegt dat ook de industrie een bijdrage moet leveren.",
        "De minister",
        "ook de industrie een bijdrage moet leveren",
    )]);
    // A connective opening a fronted claim is still left out.
    speaker_and_claim(&[(
        "Maar de industrie moet betalen, zegt de minister.",
        "de minister",
        "de industrie moet betalen",
    )]);
}

#[test]
fn met_die_woorden_names_the_speaker_of_the_quotation_before() {
    let got = run(&[&[
        "‘Ik heb genoeg gezongen.’",
        "Met die zin kondigde Willeke Alberti haar afscheid aan.",
    ]]);
    assert_eq!(who(&got), [("d:1", "Willeke Alberti")]);
    assert_eq!(got[0].claim.exact, "‘Ik heb genoeg gezongen.’");
    // Each sentence of the quotation.
    let got = run(&[&[
        "„Vandaag sta ik hier als uw koning.",
        "Vandaag vraag ik vergeving.”",
        "Met die woorden sprak Willem-Alexander het publiek toe.",
    ]]);
    assert_eq!(
        who(&got),
        [("d:1", "Willem-Alexander"), ("d:2", "Willem-Alexander")]
    );
    // No quotation before: a story's words.
    let got = run(&[&["De zon scheen.", "Met die woorden begon het verhaal."]]);
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn a_type_noun_points_back_to_a_body_named_by_one_word() {
    let got = run(&[&[
        "Urgenda spande de zaak aan tegen de staat.",
        "De stichting zegt dat de uitspraak historisch is.",
    ]]);
    assert_eq!(who(&got), [("d:2", "Urgenda")]);
    let got = run(&[&[
        "Lowlands werd dit jaar door 60.000 mensen bezocht.",
        "Het festival laat weten dat de kaartverkoop goed loopt.",
    ]]);
    assert_eq!(who(&got), [("d:2", "Lowlands")]);
    // Not a name in the mention's own sentence: the committee is no part of Eneco.
    let got = run(&[&["Eneco rekent volgens de geschillencommissie te hoge tarieven."]]);
    assert_eq!(who(&got), [("d:1", "de geschillencommissie")]);
}

#[test]
fn farmers_fishers_and_specialists_speak_and_point_back() {
    let got = run(&[&[
        "Fruitteler Kees Bakker uit Geldermalsen verloor zijn oogst.",
        "‘Dit heb ik nooit meegemaakt’, zegt de fruitteler.",
    ]]);
    assert_eq!(who(&got), [("d:2", "Kees Bakker")]);
    let got = one("De visser op de UK-12 zegt dat hij de helft van zijn vangst terug moet gooien.");
    assert_eq!(who(&got), [("d:1", "De visser op de UK-12")]);
    let got = run(&[&[
        "De patiënt maakt het goed, zei Robert Montgomery, chirurg in New York.",
        "De chirurg zei dat de ingreep zes uur duurde.",
    ]]);
    assert_eq!(
        who(&got),
        [("d:1", "Robert Montgomery"), ("d:2", "Robert Montgomery")]
    );
}

#[test]
fn haar_before_a_role_and_a_name_is_a_possessive() {
    let got = one("Haar coach Jan Smit zegt dat de overstap een logische stap is.");
    assert_eq!(who(&got), [("d:1", "Jan Smit")]);
    // A surname stays one.
    let got = one("Ter Haar zegt dat het goed gaat.");
    assert_eq!(who(&got), [("d:1", "Ter Haar")]);
}

#[test]
fn a_regions_adjective_on_a_role_points_back() {
    let got = run(&[&[
        "Melkveehouder Sjoerd Hoekstra uit Makkum stopt met zijn bedrijf.",
        "De Friese melkveehouder zegt dat hij geen perspectief meer ziet.",
    ]]);
    assert_eq!(who(&got), [("d:2", "Sjoerd Hoekstra")]);
    // Not when the adjective names someone else nearby, nor for an office a nation holds.
    let got = run(&[&[
        "Melkveehouder Sjoerd Hoekstra sprak met zijn Duitse collega.",
        "De Duitse melkveehouder zegt dat hij geen perspectief meer ziet.",
    ]]);
    assert_eq!(who(&got), [("d:2", "De Duitse melkveehouder")]);
    let got = run(&[&[
        "Minister Pieter Draaisma reisde naar Brussel.",
        "De Franse minister zei daar dat de regels te streng zijn.",
    ]]);
    assert_eq!(who(&got), [("d:2", "De Franse minister")]);
}

#[test]
fn an_age_and_a_noun_with_a_club_point_back() {
    let got = run(&[&[
        "Kenneth Obi scoorde twee keer voor Oranje.",
        "De 22-jarige aanvaller van Feyenoord zei na afloop dat hij nog moet bijkomen.",
    ]]);
    assert_eq!(who(&got), [("d:2", "Kenneth Obi")]);
}

#[test]
fn english_bodies_of_health_and_science_keep_their_names() {
    let got = one(
        "De Centers for Disease Control and Prevention waarschuwen dat het virus zich verspreidt.",
    );
    assert_eq!(
        who(&got),
        [("d:1", "Centers for Disease Control and Prevention")]
    );
    let got = one("Er zijn 40 doden, meldde het Directorate General of Health Services op zondag.");
    assert_eq!(
        who(&got),
        [("d:1", "Directorate General of Health Services")]
    );
}

#[test]
fn a_name_after_a_mid_clause_source_is_the_verbs_object() {
    let got = one("Het Russische leger heeft volgens het ISW Koepjansk vrijwel omsingeld.");
    assert_eq!(who(&got), [("d:1", "het ISW")]);
    let got = one("Rusland heeft volgens de Oekraïense luchtmacht Odesa in de nacht bestookt.");
    assert_eq!(who(&got), [("d:1", "de Oekraïense luchtmacht")]);
    let got =
        one("Noord-Korea heeft volgens Zuid-Koreaanse functionarissen Rusland granaten geleverd.");
    assert_eq!(who(&got), [("d:1", "Zuid-Koreaanse functionarissen")]);
    // A noun that takes a name keeps it; so does a name with an acronym for a word.
    let got = one("Het leger heeft volgens het persbureau Reuters een aanval uitgevoerd.");
    assert_eq!(who(&got), [("d:1", "Reuters")]);
    let got = one("Het is volgens FNV Jong te laat.");
    assert_eq!(who(&got), [("d:1", "FNV Jong")]);
}

#[test]
fn military_units_and_regimes_are_sources() {
    let got = one("Volgens de generale staf vonden er 143 gevechten plaats.");
    assert_eq!(who(&got), [("d:1", "de generale staf")]);
    let got = run(&[&[
        "Het Syrische regime verklaarde dat er niemand omkwam.",
        "Volgens het regime waren er geen burgerslachtoffers.",
    ]]);
    assert_eq!(
        who(&got),
        [
            ("d:1", "Het Syrische regime"),
            ("d:2", "Het Syrische regime")
        ]
    );
}

#[test]
fn adding_that_is_a_second_claim_of_the_speaker() {
    let got = one(
        "„Wij geven niet op”, zei Zelensky, eraan toevoegend dat Oekraïne elke dag sterker wordt.",
    );
    assert_eq!(
        speakers_claims(&got),
        [
            ("Zelensky", "„Wij geven niet op”"),
            ("Zelensky", "Oekraïne elke dag sterker wordt")
        ]
    );
    let got =
        one("De president zei dat de economie groeit, eraan toevoegend dat de inflatie daalt.");
    assert_eq!(
        speakers_claims(&got),
        [
            ("De president", "de economie groeit"),
            ("De president", "de inflatie daalt")
        ]
    );
}

#[test]
fn a_documents_relative_dat_after_an_inverted_cue_is_no_claim() {
    speaker_and_claim(&[(
        "Het aantal weidevogels is gehalveerd, schrijft Sovon in een rapport dat dinsdag verscheen.",
        "Sovon",
        "Het aantal weidevogels is gehalveerd",
    )]);
    let got = run(&[&[
        "Scholen geven te vaak een te laag advies.",
        "Dat concludeert het SCP in zijn rapport over kansen, dat dinsdag verscheen.",
    ]]);
    assert_eq!(
        speakers_claims(&got),
        [("SCP", "Scholen geven te vaak een te laag advies")]
    );
    // With the subject before the verb the "dat" after the interview is the claim.
    speaker_and_claim(&[(
        "Anthony Fauci, de topadviseur, zei in een interview met MSNBC dat het land beter voorbereid is.",
        "Anthony Fauci",
        "het land beter voorbereid is",
    )]);
}

/// (speaker, claim) of each suggestion.
fn speakers_claims(got: &[Suggestion]) -> Vec<(&str, &str)> {
    got.iter()
        .map(|s| (s.speaker.as_str(), s.claim.exact.as_str()))
        .collect()
}

#[test]
fn a_statements_author_before_a_colon_speaks_the_claim_after_it() {
    speaker_and_claim(&[
        (
            "De conclusie van het ISW: Rusland heeft slechts 0,2 procent veroverd.",
            "ISW",
            "Rusland heeft slechts 0,2 procent veroverd",
        ),
        (
            "De boodschap van de minister is helder: er komt geen geld bij.",
            "de minister",
            "er komt geen geld bij",
        ),
        (
            "Het advies van de militairen aan de regeringsleiders: investeer nu.",
            "de militairen",
            "investeer nu",
        ),
        (
            "In de woorden van Austin: „Wij staan pal.”",
            "Austin",
            "„Wij staan pal.”",
        ),
        (
            "Rutte had een heldere boodschap voor de bondgenoten: „Betaal.”",
            "Rutte",
            "„Betaal.”",
        ),
    ]);
    // A result or a sign has no author that speaks.
    nothing(&[
        "De uitslag van de verkiezing: een overwinning voor de PVV.",
        "Het bord had een tekst: verboden te roken.",
    ]);
}

#[test]
fn the_speaker_named_after_a_quotation() {
    let got = run(&[&[
        "‘De wolf hoort hier niet.’",
        "Aan het woord is schapenhouder Albert Jansen uit Wapse.",
    ]]);
    assert_eq!(who(&got), [("d:1", "Albert Jansen")]);
    let got = run(&[&[
        "‘De boeren zijn op.’",
        "De woorden zijn van LTO-voorzitter Marijke Hoekstra, die al jaren boer is.",
    ]]);
    assert_eq!(who(&got), [("d:1", "Marijke Hoekstra")]);
    let got = run(&[&[
        "„Wij zullen niet wijken.”",
        "Woorden van de Oekraïense president Zelensky, dinsdag in Kyiv.",
    ]]);
    assert_eq!(who(&got), [("d:1", "Zelensky")]);
    // Not after a sentence that is no quotation.
    let got = run(&[&["Het water stijgt.", "Aan het woord is de minister."]]);
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn a_plural_subject_with_a_phrase_before_a_te_cue() {
    speaker_and_claim(&[
        (
            "De artsen in Gaza vragen de internationale gemeenschap om een bestand af te dwingen.",
            "De artsen in Gaza",
            "een bestand af te dwingen",
        ),
        (
            "Experts van de WHO adviseren om mondkapjes te dragen.",
            "Experts van de WHO",
            "mondkapjes te dragen",
        ),
    ]);
    nothing(&["De boeren in Friesland zaaien hun land te vroeg in."]);
}

#[test]
fn a_type_noun_points_to_the_body_whose_name_has_it_not_the_paper_that_spoke() {
    let got = run(&[&[
        "Het Parool meldde dat de Universiteit van Amsterdam een hoogleraar heeft ontslagen.",
        "De universiteit bevestigt dat de hoogleraar is vertrokken.",
    ]]);
    assert_eq!(
        who(&got),
        [("d:1", "Parool"), ("d:2", "Universiteit van Amsterdam")]
    );
}

#[test]
fn an_adverb_of_manner_opening_the_sentence_is_no_speaker() {
    speakers(&[
        (
            "Unaniem stelden de raadsleden van Hoorn dat de brug open moet.",
            "de raadsleden van Hoorn",
        ),
        (
            "Eensgezind verklaarden de partijen dat ze samenwerken.",
            "de partijen",
        ),
    ]);
}

#[test]
fn a_retired_rank_before_a_name() {
    speakers(&[
        ("„Nee”, zegt generaal b.d. Peter van Uhm.", "Peter van Uhm"),
        (
            "Volgens luitenant-generaal b.d. Ben Hodges is het geen toeval.",
            "Ben Hodges",
        ),
    ]);
}

#[test]
fn petitions_leaflets_and_sites_say_what_is_in_them() {
    speakers(&[
        (
            "In de petitie staat dat de bewoners geen windmolens willen.",
            "de petitie",
        ),
        (
            "Op de website van de gemeente staat dat de brug dicht gaat.",
            "de gemeente",
        ),
        (
            "Volgens de bijsluiter kan het middel duizeligheid veroorzaken.",
            "de bijsluiter",
        ),
    ]);
    nothing(&["Op de pagina staat een foto."]);
    // A document of no author after a sentence with its speaker says where, not who.
    let got = run(&[&[
        "De studentenbond eist dat de huurtoeslag omhooggaat.",
        "Dat staat in een petitie die donderdag werd aangeboden.",
    ]]);
    assert_eq!(who(&got), [("d:1", "De studentenbond")]);
}

#[test]
fn a_type_noun_with_two_adjectives_points_back() {
    let got = run(&[&[
        "Shell boekte winst.",
        "Het grote internationale bedrijf zegt dat de prijs daalt.",
    ]]);
    assert_eq!(who(&got), [("d:2", "Shell")]);
    // Not with a nation's adjective: that names another body.
    speakers(&[(
        "Rusland heeft volgens de Britse militaire inlichtingendienst veel soldaten verloren.",
        "de Britse militaire inlichtingendienst",
    )]);
}

#[test]
fn a_quotation_right_after_an_inverted_subject() {
    let got = run(&[&["Volgens het Pentagon benadrukte Austin „dat we klaar zijn”."]]);
    assert_eq!(
        speakers_claims(&got),
        [
            ("Pentagon", "benadrukte Austin „dat we klaar zijn”"),
            ("Austin", "„dat we klaar zijn”")
        ]
    );
    speaker_and_claim(&[(
        "Daarop zei de minister „we gaan gewoon door”.",
        "de minister",
        "„we gaan gewoon door”",
    )]);
    // A title after the writer is no quotation.
    nothing(&["In 1960 schreef Mulisch „Het stenen bruidsbed”."]);
}

#[test]
fn a_firm_with_a_nation_and_a_trade_after_its_own_claim() {
    let got = run(&[&[
        "Pfizer verwacht dat het vaccin in maart beschikbaar is, zo maakte het Amerikaanse farmaceutische bedrijf bekend.",
    ]]);
    assert_eq!(who(&got), [("d:1", "Pfizer")]);
    let got = run(&[&[
        "Pfizer boekte winst.",
        "Het Amerikaanse farmaceutische bedrijf verwacht dat de vraag stijgt.",
    ]]);
    assert_eq!(who(&got), [("d:2", "Pfizer")]);
}

#[test]
fn a_focus_adverb_before_an_inverted_subject() {
    speakers(&[
        (
            "Inmiddels zegt ook ProRail dat de storing voorbij is.",
            "ProRail",
        ),
        (
            "Nu laat ook FNV Streekvervoer weten dat er gestaakt wordt.",
            "FNV Streekvervoer",
        ),
        (
            "Daarnaast heeft ook de minister gezegd dat het klaar is.",
            "de minister",
        ),
    ]);
}

#[test]
fn a_possessive_zijn_before_a_participle_is_no_passive() {
    speakers(&[(
        "De premier heeft in zijn toespraak gezegd dat de begroting rond is.",
        "De premier",
    )]);
    nothing(&["Aan de bewoners is gemeld dat de brug dicht gaat."]);
}

#[test]
fn a_noun_that_is_a_cue_after_a_name_is_the_verb() {
    speakers(&[
        (
            "Lagarde verzekerde dat de banken voldoende kapitaal hebben.",
            "Lagarde",
        ),
        (
            "Lagarde verzekerde journalisten dat de euro sterk is.",
            "Lagarde",
        ),
        (
            "Het ministerie beschuldigde de rebellen ervan dat ze logen.",
            "Het ministerie",
        ),
        // The noun after an article or an adjective, a verb after it.
        (
            "De beschuldigde ontkent dat hij in Lokeren was.",
            "De beschuldigde",
        ),
        (
            "Lokale verzekerden zeggen dat de premie te hoog is.",
            "Lokale verzekerden",
        ),
    ]);
}

#[test]
fn a_particle_that_makes_another_verb_before_om_te() {
    nothing(&[
        "De minister zei de persconferentie af om naar het rampgebied te reizen.",
        "Honderden vrijwilligers meldden zich aan om te helpen.",
    ]);
    speakers(&[(
        "De burgemeester meldde aan de politie dat er gestolen was.",
        "De burgemeester",
    )]);
}

#[test]
fn orders_and_appeals_with_a_te_infinitive() {
    speaker_and_claim(&[
        (
            "De Chinese president beval dat alle vermisten worden gezocht.",
            "De Chinese president",
            "alle vermisten worden gezocht",
        ),
        (
            "De premier beval de ministeries om alle middelen in te zetten.",
            "De premier",
            "alle middelen in te zetten",
        ),
        (
            "Guterres deed een beroep op de rijke landen om de steun te verdubbelen.",
            "Guterres",
            "de steun te verdubbelen",
        ),
    ]);
    nothing(&[
        "Hij deed een beroep op de rechter.",
        "De bevelen van de generaal werden opgevolgd.",
    ]);
}

#[test]
fn an_acronym_in_capitals_that_names_an_organisation_and_english_acts() {
    speakers(&[
        ("Volgens de WMO was 2024 het warmste jaar.", "WMO"),
        ("De WMO verwacht dat de temperatuur stijgt.", "WMO"),
    ]);
    nothing(&[
        "Volgens de Wmo hebben gemeenten een zorgplicht.",
        "Volgens de Digital Markets Act moet Apple andere winkels toelaten.",
        "Volgens de AI Act zijn zulke systemen verboden.",
    ]);
}

#[test]
fn memos_minutes_and_a_documents_relative_after_dat_staat_in() {
    let got = run(&[&[
        "Het COA sluit de locatie in Zweeloo.",
        "Dat staat in een interne memo die in handen is van RTV Drenthe.",
    ]]);
    assert_eq!(
        speakers_claims(&got),
        [("een interne memo", "Het COA sluit de locatie in Zweeloo")]
    );
    // The "dat" after the document is its relative, not the claim.
    let got = run(&[&[
        "Het COA sluit de locatie in Zweeloo.",
        "Dat staat in een rapport dat in handen is van RTV Drenthe.",
    ]]);
    assert_eq!(
        speakers_claims(&got),
        [("een rapport", "Het COA sluit de locatie in Zweeloo")]
    );
    speakers(&[
        (
            "In de notulen van de ECB staat dat de directie brede steun had.",
            "ECB",
        ),
        ("Volgens de projecties van de ECB daalt de inflatie.", "ECB"),
        (
            "Volgens het pv van de politie reed hij te snel.",
            "de politie",
        ),
    ]);
    nothing(&["Volgens de informatie op de website is het museum dicht."]);
}

#[test]
fn dat_before_a_clause_with_its_verb_is_no_demonstrative() {
    speakers(&[
        (
            "De rechtbank vindt dat asielzoekers mogen blijven.",
            "De rechtbank",
        ),
        ("Jansen vindt dat kinderen moeten spelen.", "Jansen"),
    ]);
    nothing(&["De minister vindt dat veel te weinig."]);
}

#[test]
fn a_boy_a_girl_or_an_asylum_seeker_named_with_no_role() {
    let got = run(&[&[
        "Farid Noori (16) reisde naar Ter Apel.",
        "De jongen vertelt dat hij onderweg is beroofd.",
    ]]);
    assert_eq!(who(&got), [("d:2", "Farid Noori")]);
    let got = run(&[&[
        "Rahim Sultani kwam in 2022 naar Nederland.",
        "De asielzoeker vertelt dat hij al zes keer is verhuisd.",
    ]]);
    assert_eq!(who(&got), [("d:2", "Rahim Sultani")]);
    // Not one brought in with "een", nor one of the other sex.
    let got = run(&[&[
        "Een jongen van twaalf werd aangehouden.",
        "De jongen vertelt dat hij onschuldig is.",
    ]]);
    assert_eq!(who(&got), [("d:2", "De jongen")]);
    let got = run(&[&[
        "Sara de Vries kwam in 2022 naar Nederland.",
        "De jongen vertelt dat hij al zes keer is verhuisd.",
    ]]);
    assert_eq!(who(&got), [("d:2", "De jongen")]);
}

#[test]
fn more_than_half_of_and_almost_all_of_a_group() {
    speakers(&[
        (
            "Meer dan de helft van de gemeenten zegt dat zij het niet haalt.",
            "Meer dan de helft van de gemeenten",
        ),
        (
            "Bijna alle hulporganisaties waarschuwen dat de opvang vastloopt.",
            "Bijna alle hulporganisaties",
        ),
        (
            "Het merendeel van de gemeenten zegt dat het niet lukt.",
            "Het merendeel van de gemeenten",
        ),
        (
            "Zeker twintig asielzoekers zeggen dat ze zijn mishandeld.",
            "Zeker twintig asielzoekers",
        ),
    ]);
}

#[test]
fn travel_firms_bureaus_and_us_county_officials() {
    let got = run(&[&[
        "Ryanair schrapt vluchten.",
        "De Ierse prijsvechter zegt dat de vliegbelasting te hoog is.",
    ]]);
    assert_eq!(who(&got), [("d:2", "Ryanair")]);
    let got = run(&[&[
        "Het Centraal Planbureau publiceerde cijfers.",
        "Volgens het planbureau stijgt de koopkracht.",
    ]]);
    assert_eq!(who(&got), [("d:2", "Centraal Planbureau")]);
    speakers(&[
        (
            "Volgens de county zijn 2.200 gebouwen verwoest.",
            "de county",
        ),
        (
            "Thaise duikers vertelden dat het water snel steeg.",
            "Thaise duikers",
        ),
    ]);
    let got = run(&[&["Shell boekte winst.", "Het bureau zegt dat de prijs daalt."]]);
    assert_eq!(who(&got), [("d:2", "Het bureau")]);
}

#[test]
fn whom_nameless_sources_told_is_no_speaker() {
    nothing(&[
        "Ingewijden vertelden Bloomberg dat OpenAI een beursgang voorbereidt.",
        "Vier ingewijden vertelden Reuters dat de rente daalt.",
    ]);
    speakers(&[
        (
            "Diplomatieke bronnen vertelden Reuters dat de rente daalt.",
            "Diplomatieke bronnen",
        ),
        (
            "Twee functionarissen van de Fed vertelden Reuters dat de rente daalt.",
            "Twee functionarissen van de Fed",
        ),
    ]);
}

#[test]
fn plural_ze_after_two_described_people() {
    let got = run(&[&[
        "De kapitein en de stuurman werden verhoord.",
        "Ze verklaarden dat het schip lek was.",
    ]]);
    assert_eq!(who(&got), [("d:2", "De kapitein en de stuurman")]);
    // Singular "hij" is neither of them alone.
    let got = run(&[&[
        "De kapitein en de stuurman werden verhoord.",
        "Hij verklaarde dat het schip lek was.",
    ]]);
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn asked_of_the_speaker_after_the_cue_and_flemish_heet_het() {
    speaker_and_claim(&[
        (
            "„Ik ga nergens heen”, zei Powell toen hem werd gevraagd of hij zou aftreden.",
            "Powell",
            "„Ik ga nergens heen”",
        ),
        (
            "„Dit is een zwarte dag”, heet het bij de Franstalige socialisten.",
            "de Franstalige socialisten",
            "„Dit is een zwarte dag”",
        ),
        (
            "Bij Groen heet het dat de regering faalt.",
            "Groen",
            "de regering faalt",
        ),
    ]);
    nothing(&[
        "Het museum heet het Rijksmuseum.",
        "Hoe heet het boek dat je leest?",
    ]);
}

#[test]
fn a_flemish_party_with_its_ampersand_in_small_letters() {
    let toks = tokenize("De cd&v-voorzitter en H&M.");
    let words: Vec<&str> = toks.iter().map(|t| t.text).collect();
    assert_eq!(words, ["De", "cd&v-voorzitter", "en", "H&M", "."]);
    speakers(&[
        ("Volgens cd&v moet de belasting er komen.", "cd&v"),
        (
            "Cd&v-voorzitter Sammy Mahdi vindt dat de belasting er moet komen.",
            "Sammy Mahdi",
        ),
    ]);
    let got = run(&[&[
        "Cd&v-voorzitter Sammy Mahdi is boos.",
        "„Wie de index aanraakt, speelt met vuur”, zei de cd&v-voorzitter.",
    ]]);
    assert_eq!(who(&got), [("d:2", "Sammy Mahdi")]);
}

#[test]
fn the_flemish_gewezen_before_a_title() {
    speakers(&[
        (
            "Gewezen burgemeester Patrick Janssens zegt dat de stad faalt.",
            "Patrick Janssens",
        ),
        (
            "Volgens gewezen premier Yves Leterme is het land onbestuurbaar.",
            "Yves Leterme",
        ),
    ]);
}

#[test]
fn appeals_advice_and_promises_with_om_te_are_utterances() {
    speaker_and_claim(&[
        (
            "De oproep van Zelensky om meer wapens te sturen kreeg steun.",
            "Zelensky",
            "om meer wapens te sturen",
        ),
        (
            "Het kabinet kreeg het advies van de Raad van State om de wet in te trekken.",
            "Raad van State",
            "om de wet in te trekken",
        ),
        (
            "Het advies van het RIVM is om thuis te werken.",
            "RIVM",
            "om thuis te werken",
        ),
        (
            "De burgemeester deed een oproep aan de inwoners om binnen te blijven.",
            "De burgemeester",
            "binnen te blijven",
        ),
        // The possessive is the clause's own subject's.
        (
            "Het ministerie herhaalde echter zijn belofte om alle wapens terug te trekken.",
            "Het ministerie",
            "om alle wapens terug te trekken",
        ),
    ]);
    assert_eq!(
        who(&run(&[&[
            "Minister Jansen sprak in Brussel.",
            "Hij herhaalde zijn belofte om de belastingen te verlagen."
        ]])),
        [("d:2", "Jansen")]
    );
    // Intentions, a motion the court decides on, and an `om` with no infinitive.
    nothing(&[
        "Zijn plan om de belastingen te verlagen stuitte op verzet.",
        "De rechtbank wees het verzoek van de verdediging om extra getuigen te horen af.",
        "Er kwam een oproep van de VN om een wapenstilstand.",
    ]);
}

#[test]
fn an_epithet_points_back_to_the_person_named_with_no_role() {
    second_speakers(&[
        (
            "Ahmed Ouali woont al twaalf jaar in de flat.",
            "De 43-jarige vader vertelt dat de schimmel steeds terugkomt.",
            "Ahmed Ouali",
        ),
        (
            "Marco Visser staat terecht voor moord.",
            "De verdachte ontkende dat hij opdracht gaf tot geweld.",
            "Marco Visser",
        ),
        (
            "Gustavo Petro won de verkiezingen.",
            "De oud-guerrillastrijder zei dat hij een regering van het leven wil vormen.",
            "Gustavo Petro",
        ),
        // An age or a past allows a role of another word; a woman's form points back to
        // the role as written for a man.
        (
            "De Japanse astronaut Koichi Wakata is terug op aarde.",
            "Hij is blij, zei de 59-jarige ingenieur.",
            "Koichi Wakata",
        ),
        (
            "De Franse astronaut Sophie Adenot vertrekt naar het ISS.",
            "„Ik ben er klaar voor”, zei de astronaute.",
            "Sophie Adenot",
        ),
    ]);
    // A role of an office, someone brought in with `een`, a person of the other sex, or a
    // name in the same sentence: the description stays as written.
    second_speakers(&[
        (
            "Officier van justitie Lotte Brouwer eiste twaalf jaar.",
            "De verdachte zei dat hij onschuldig is.",
            "De verdachte",
        ),
        (
            "Jan de Vries zag hoe een verdachte werd opgepakt.",
            "De verdachte zei dat hij onschuldig is.",
            "De verdachte",
        ),
        (
            "Jan de Vries woont al jaren in de flat.",
            "De alleenstaande moeder zegt dat het huis vochtig is.",
            "De alleenstaande moeder",
        ),
    ]);
    assert_eq!(
        who(&one(
            "De kroongetuige heeft volgens zijn advocaat verklaard dat hij opdrachten kreeg."
        )),
        [("d:1", "zijn advocaat"), ("d:1", "De kroongetuige")]
    );
}

#[test]
fn an_inverted_pronoun_after_a_fronted_claim_is_its_described_subject() {
    speakers(&[
        (
            "De 86-jarige regisseur werkt aan een nieuwe film, vertelde hij.",
            "De 86-jarige regisseur",
        ),
        (
            "De schrijfster had nooit gedacht dat het boek zo goed zou verkopen, zegt ze nu.",
            "De schrijfster",
        ),
    ]);
    // Not a body for "hij", nor a woman for "hij".
    nothing(&[
        "De politie heeft de straat afgezet, zei hij.",
        "De schrijfster had het nooit gedacht, zegt hij.",
    ]);
}

#[test]
fn stellen_with_a_te_infinitive_and_critics_verbs() {
    speaker_and_claim(&[
        (
            "De man stelt uit zelfverdediging te hebben gehandeld.",
            "De man",
            "uit zelfverdediging te hebben gehandeld",
        ),
        (
            "Het Kunstenaarsfonds bepleit dat de lonen omhoog gaan.",
            "Kunstenaarsfonds",
            "de lonen omhoog gaan",
        ),
    ]);
    speakers(&[
        (
            "„Het is een pretpark”, schampert criticus Hans Jager.",
            "Hans Jager",
        ),
        ("„Dit is niets”, smaalde de criticus.", "de criticus"),
    ]);
    // Idioms of "stellen", and an object of "bepleiten".
    nothing(&[
        "De stichting stelt zich ten doel de natuur te beschermen.",
        "Het kabinet stelde de gemeenten in staat meer te bouwen.",
        "Het ziekenhuis stelt alles in het werk om de wachttijden terug te dringen.",
        "De gemeente stelt huurders verplicht om hun woning te laten keuren.",
        "De advocaat bepleitte vrijspraak.",
    ]);
}

#[test]
fn a_short_title_in_quotation_marks_is_part_of_the_clause() {
    speaker_and_claim(&[
        (
            "Minister Bruins maakte zondag in ‘Buitenhof’ bekend dat het geld er komt.",
            "Bruins",
            "het geld er komt",
        ),
        (
            "Minister Bruins liet in de podcast ‘Het Mediaforum’ weten dat het geld er komt.",
            "Bruins",
            "het geld er komt",
        ),
    ]);
}

#[test]
fn who_is_about_to_take_office() {
    speakers(&[
        (
            "Gekozen president Donald Trump zei dat hij de grens sluit.",
            "Donald Trump",
        ),
        (
            "Beoogd premier Dick Schoof zei dat hij er zin in heeft.",
            "Dick Schoof",
        ),
        ("President-elect Trump zei dat hij de grens sluit.", "Trump"),
    ]);
}

#[test]
fn whom_a_speaker_assures_or_orders_is_no_speaker() {
    speakers(&[
        (
            "Hermans verzekerde de Kamer dat de gaswinning stopt.",
            "Hermans",
        ),
        (
            "Minister Hermans gaf de Groningers de verzekering dat de gaswinning stopt.",
            "Hermans",
        ),
        (
            "Ten tweede deed het Hof de uitspraak dat geen beperkingen mochten worden opgelegd.",
            "Hof",
        ),
        (
            "De 89-jarige Abbas riep de Algemene Vergadering op Israël 'te schorsen'.",
            "Abbas",
        ),
    ]);
    // "aan" before whom is a preposition, not the particle of "aangeven".
    nothing(&["De president gaf de opdracht aan generaal Zeine om een regering te vormen."]);
}

#[test]
fn a_copula_s_predicate_before_a_comma_and_the_cue_is_a_claim_of_its_own() {
    assert_eq!(
        speakers_claims(&run(&[&[
            "De zaal was elke avond uitverkocht.",
            "Dat is een unicum, zegt directeur Madeleine van Lennep van Carré."
        ]])),
        [("Madeleine van Lennep", "Dat is een unicum")]
    );
    // "Dat heeft X gezegd" still points back; so does a subject with commas in it.
    let got = run(&[&[
        "De bonden leggen het land plat.",
        "Dat hebben ABVV, ACV en ACLVB maandag aangekondigd.",
    ]]);
    assert_eq!(
        got.iter()
            .map(|s| (s.segment.as_str(), s.claim.exact.as_str()))
            .collect::<Vec<_>>(),
        [("d:1", "De bonden leggen het land plat")]
    );
}

#[test]
fn volgens_a_role_with_its_name_in_apposition_before_any_verb() {
    speaker_and_claim(&[
        (
            "Volgens de officier van justitie, Lotte Brouwer, ging het om een executie.",
            "Lotte Brouwer",
            "ging het om een executie",
        ),
        (
            "Volgens de advocaat, Marc Peeters, had hij geen vijanden.",
            "Marc Peeters",
            "had hij geen vijanden",
        ),
    ]);
}

#[test]
fn a_document_opening_a_passive_with_no_agent_is_its_authors() {
    speaker_and_claim(&[
        (
            "In een verklaring van het ministerie van Defensie wordt gesteld dat de aanval is afgeslagen.",
            "het ministerie van Defensie",
            "de aanval is afgeslagen",
        ),
        (
            "In het rapport van de inspectie wordt geconcludeerd dat de zorg tekortschiet.",
            "de inspectie",
            "de zorg tekortschiet",
        ),
    ]);
    // (A document of nobody in particular is no source.)
    nothing(&["In een brief wordt gesteld dat de zorg tekortschiet."]);
}

#[test]
fn a_described_source_with_a_met_phrase_before_its_verb() {
    speaker_and_claim(&[
        (
            "Een Egyptische functionaris met kennis van de onderhandelingen zei tegen AP dat Hamas binnen 48 uur reageert.",
            "Een Egyptische functionaris met kennis van de onderhandelingen",
            "Hamas binnen 48 uur reageert",
        ),
        (
            "Een Russische militaire blogger met meer dan een miljoen volgers meldde dat de troepen waren overgestoken.",
            "Een Russische militaire blogger met meer dan een miljoen volgers",
            "de troepen waren overgestoken",
        ),
    ]);
    // (A manner after an inverted subject stays out of the phrase.)
    speakers(&[(
        "Het plan is dood, zei de minister met een glimlach.",
        "de minister",
    )]);
}

#[test]
fn tegenover_opens_a_phrase_of_whom_was_told() {
    speakers(&[
        (
            "Tegenover journalisten zei Guterres dat hij ontzet was.",
            "Guterres",
        ),
        (
            "Tegenover verslaggevers in Den Haag zei minister Ruben Brekelmans dat Nederland geen troepen stuurt.",
            "Ruben Brekelmans",
        ),
        (
            "De Groninger wethouder Jan Smit zei dat het goed is.",
            "Jan Smit",
        ),
    ]);
}

#[test]
fn an_envoy_with_a_field_before_the_holders_name() {
    speakers(&[
        (
            "VN-gezant voor het Midden-Oosten Tor Wennesland zei tegen de Veiligheidsraad dat de situatie verslechtert.",
            "Tor Wennesland",
        ),
        (
            "VN-gezant voor Jemen Hans Grundberg waarschuwde de Veiligheidsraad dat de situatie verslechtert.",
            "Hans Grundberg",
        ),
        (
            "De Nederlandse VN-coördinator voor Gaza, Sigrid Kaag, zei tegen de Veiligheidsraad dat de hulp stokt.",
            "Sigrid Kaag",
        ),
        (
            "De Hoge Commissaris voor de Vluchtelingen waarschuwde dat het kamp vol is.",
            "Hoge Commissaris voor de Vluchtelingen",
        ),
    ]);
}

#[test]
fn two_surnames_after_a_verb_are_the_speaker_and_the_one_addressed() {
    let got = run(&[&[
        "De Amerikaanse minister Antony Blinken sprak met premier Benjamin Netanyahu.",
        "Na afloop waarschuwde Blinken Netanyahu dat een offensief onaanvaardbaar is.",
        "Netanyahu zei dat Israël doorgaat.",
    ]]);
    assert_eq!(
        who(&got),
        [("d:2", "Antony Blinken"), ("d:3", "Benjamin Netanyahu")]
    );
    assert_eq!(got[0].mention, "Blinken");
    // (A first name and a surname are one name.)
    assert_eq!(
        who(&run(&[&[
            "Jan Smit kwam aan.",
            "Daarna vertelde Jan Smit dat de steun doorgaat."
        ]])),
        [("d:2", "Jan Smit")]
    );
}

#[test]
fn a_count_between_the_article_and_a_plural() {
    speakers(&[
        (
            "De 27 EU-leiders verklaarden na afloop van de top dat de steun doorgaat.",
            "De 27 EU-leiders",
        ),
        (
            "De 32 NAVO-bondgenoten zeggen dat de steun doorgaat.",
            "De 32 NAVO-bondgenoten",
        ),
    ]);
}

#[test]
fn a_nationality_points_back_to_the_athlete_in_focus() {
    assert_eq!(
        who(&run(&[&[
            "Iga Świątek heeft de schorsing geaccepteerd.",
            "De Poolse zei in een video dat ze nooit bewust iets heeft ingenomen."
        ]])),
        [("d:2", "Iga Świątek")]
    );
    assert_eq!(
        who(&run(&[&[
            "Antonio Rüdiger bood excuses aan.",
            "„Ik ging over de grens”, zei de Duitse verdediger."
        ]])),
        [("d:2", "Antonio Rüdiger")]
    );
    assert_eq!(
        who(&run(&[&[
            "Lando Norris pakte de pole.",
            "De Britse coureur zei dat de auto goed was."
        ]])),
        [("d:2", "Lando Norris")]
    );
    // (A body's adjective still is no person's.)
    speakers(&[(
        "De Poolse regering zegt dat het goed is.",
        "De Poolse regering",
    )]);
}

#[test]
fn what_an_athlete_won_is_no_person_and_sports_copys_groups_and_manners() {
    assert_eq!(
        who(&run(&[&[
            "Tadej Pogačar heeft zijn vierde Tour de France gewonnen.",
            "„Dit is bijzonder”, zei de Sloveen."
        ]])),
        [("d:2", "Tadej Pogačar")]
    );
    speakers(&[
        (
            "Het peloton liet weten dat de etappe te gevaarlijk is.",
            "Het peloton",
        ),
        (
            "„Dit is de mooiste dag van mijn carrière”, glunderde Kimi Antonelli na zijn eerste overwinning in Monza.",
            "Kimi Antonelli",
        ),
    ]);
    // (A surname ending like a group is still a surname; the agency DUO no group.)
    speakers(&[
        (
            "Veldkamp: ‘Universiteiten moeten zelf keuzes maken’",
            "Veldkamp",
        ),
        (
            "DUO, de uitvoeringsorganisatie van het ministerie, laat weten dat de terugbetalingen in januari beginnen.",
            "DUO",
        ),
    ]);
}

#[test]
fn shops_and_their_trades_speak_and_point_back() {
    speakers(&[
        (
            "De zonnebrandcrème is inmiddels uit de schappen gehaald, aldus de drogist.",
            "de drogist",
        ),
        (
            "De drogist haalde de zonnebrand uit de schappen en vertelde klanten dat ze hun geld terugkregen.",
            "De drogist",
        ),
    ]);
    assert_eq!(
        who(&run(&[&[
            "Sabine Kok, kassière bij een Albert Heijn in Tilburg, werd overvallen.",
            "De kassière zegt dat ze sindsdien slecht slaapt."
        ]])),
        [("d:2", "Sabine Kok")]
    );
    // (Workers quantified are the public, as "veel mensen" is.)
    nothing(&["Veel werknemers denken dat hun pensioen lager uitvalt."]);
}

#[test]
fn a_house_of_worship_by_its_name_and_a_counted_group() {
    speakers(&[
        (
            "Voorzitter Said Bouharrou van de moskee Essalam zegt dat de deuren openblijven.",
            "Said Bouharrou",
        ),
        (
            "Abt Bernardus van de abdij Koningshoeven zegt dat de brouwerij blijft.",
            "Bernardus",
        ),
        // (Counted, a group spoke; quantified, the public: "Veel winkeliers".)
        (
            "Tientallen winkeliers zeggen dat de huur te hoog is.",
            "Tientallen winkeliers",
        ),
    ]);
    nothing(&["Veel winkeliers zeggen dat de huur te hoog is."]);
}

#[test]
fn an_acronym_of_a_names_compound_parts() {
    second_speakers(&[
        (
            "Het Centraal Planbureau publiceerde cijfers.",
            "Het CPB verwacht dat de lonen stijgen.",
            "Centraal Planbureau",
        ),
        (
            "De Sociaal-Economische Raad kwam bijeen.",
            "De SER laat weten dat de lonen stijgen.",
            "Sociaal-Economische Raad",
        ),
        (
            "Het Centraal Bureau voor de Statistiek publiceerde cijfers.",
            "Het CBS meldt dat de lonen stijgen.",
            "Centraal Bureau voor de Statistiek",
        ),
        (
            "Het Uitvoeringsinstituut Werknemersverzekeringen heeft cijfers.",
            "Het UWV meldt dat de WW stijgt.",
            "Uitvoeringsinstituut Werknemersverzekeringen",
        ),
        (
            "De Algemene Inlichtingen- en Veiligheidsdienst waarschuwt.",
            "De AIVD zegt dat het dreigingsniveau omhoog gaat.",
            "Algemene Inlichtingen- en Veiligheidsdienst",
        ),
    ]);
}

#[test]
fn a_headlines_source_by_one_compound_before_a_quotation() {
    speakers(&[
        (
            "Consumentenbond: ‘Laat je niet gek maken door Black Friday’",
            "Consumentenbond",
        ),
        (
            "Rabobank: ‘Boodschappen blijven voorlopig duur’",
            "Rabobank",
        ),
    ]);
}

#[test]
fn a_title_written_as_a_name_before_its_holder_in_commas() {
    for (text, speaker, role) in [
        (
            "De Hoge Vertegenwoordiger voor Buitenlandse Zaken, Kaja Kallas, zei dat de EU Oekraïne blijft steunen.",
            "Kaja Kallas",
            "Hoge Vertegenwoordiger voor Buitenlandse Zaken",
        ),
        (
            "De Hoge Vertegenwoordiger voor het buitenlands beleid, Kaja Kallas, zei dat de EU Oekraïne blijft steunen.",
            "Kaja Kallas",
            "Hoge Vertegenwoordiger voor het buitenlands beleid",
        ),
        (
            "De Hoge Commissaris voor de Mensenrechten, Volker Türk, zei dat de aanvallen moeten stoppen.",
            "Volker Türk",
            "Hoge Commissaris voor de Mensenrechten",
        ),
        // (A field with its article in lower case, after an office's adjective.)
        (
            "De nieuwe minister voor het buitenlands beleid, Kaja Kallas, zei dat de EU Oekraïne blijft steunen.",
            "Kaja Kallas",
            "minister",
        ),
    ] {
        let s = only(text);
        assert_eq!(
            (s.speaker.as_str(), s.role.as_deref()),
            (speaker, Some(role)),
            "{text}"
        );
    }
}

#[test]
fn quantified_inhabitants_are_the_public() {
    nothing(&[
        "Veel Taiwanezen vrezen dat China zal binnenvallen.",
        "De meeste Japanners vinden dat de premier moet aftreden.",
        "Veel Indiërs denken dat de verkiezingen eerlijk waren.",
        "Veel Bonairianen zeggen dat het leven te duur is.",
        "Sommige Amsterdammers zeggen dat het te druk is.",
    ]);
    speakers(&[
        (
            "Tientallen Amsterdammers zeggen dat het te druk is.",
            "Tientallen Amsterdammers",
        ),
        ("De Italianen zeggen dat het te duur is.", "De Italianen"),
    ]);
}

#[test]
fn a_two_word_place_in_a_fronted_claim_is_not_the_pronoun() {
    for (first, second, speaker) in [
        (
            "„We vliegen niet naar Beiroet”, zegt Jan Smit van Transavia.",
            "Ook Tel Aviv blijft voorlopig van de kaart, voegde hij eraan toe.",
            "Jan Smit",
        ),
        (
            "„We vliegen niet naar Beiroet”, zegt een woordvoerster van TUI.",
            "Sri Lanka blijft wel in het programma, zei ze.",
            "een woordvoerster van TUI",
        ),
    ] {
        let got = run(&[&[first, second]]);
        assert_eq!(who(&got)[1..], [("d:2", speaker)], "{second}");
    }
}

#[test]
fn a_demonym_points_back_to_a_surname_opening_a_clause() {
    second_speakers(&[
        (
            "Metsola keerde maandag terug naar Straatsburg.",
            "„Dit was een goede dag”, zei de Maltese later.",
            "Metsola",
        ),
        (
            "Virkkunen wees die kritiek van de hand.",
            "„Dat klopt niet”, zei de Finse.",
            "Virkkunen",
        ),
        (
            "Olivér Várhelyi verscheen voor het parlement.",
            "De Hongaar zei dat hij geen politieke agenda heeft.",
            "Olivér Várhelyi",
        ),
    ]);
    // (Not the country: "Finland … de Finse".)
    second_speakers(&[(
        "Finland stemde tegen.",
        "„Dat klopt niet”, zei de Finse.",
        "Finse",
    )]);
}

#[test]
fn caribbean_offices_and_travel_trades_speak() {
    speakers(&[
        (
            "Volgens de gezaghebber van Bonaire, Edmund Soliano, is de armoede ‘een schande’.",
            "Edmund Soliano",
        ),
        (
            "Tijdens de vergadering zei de granman dat de regering de dorpen vergeet.",
            "de granman",
        ),
        (
            "Het hotel laat weten dat er geen kamers meer zijn.",
            "Het hotel",
        ),
        (
            "Volgens de hotelier is het seizoen goed begonnen.",
            "de hotelier",
        ),
    ]);
    second_speakers(&[(
        "Gezaghebber Edmund Soliano opende de vergadering.",
        "De gezaghebber zei dat het eiland meer geld nodig heeft.",
        "Edmund Soliano",
    )]);
}

#[test]
fn a_capitalised_office_after_de_points_back() {
    second_speakers(&[
        (
            "Gouverneur Lucette Rojer-Pieters hield haar kersttoespraak.",
            "De Gouverneur riep de inwoners op om ‘naar elkaar om te kijken’.",
            "Lucette Rojer-Pieters",
        ),
        (
            "Premier Ruben Isenia opende de brug.",
            "Volgens de Minister-President is de brug ‘een symbool van vooruitgang’.",
            "Ruben Isenia",
        ),
    ]);
    // (Nobody before: the office as written; a surname with "De" stays a name.)
    speakers(&[
        ("De President zei dat het goed gaat.", "De President"),
        ("De Boer zei dat het goed gaat.", "De Boer"),
    ]);
}

#[test]
fn the_press_inquiries_participle_titles_and_womens_forms() {
    speakers(&[
        (
            "Gepensioneerd hoofdredacteur Kees Willems zegt dat de kranten kapot zijn bezuinigd.",
            "Kees Willems",
        ),
        (
            "Volgens een rondgang van de NOS hebben tientallen gemeenten geen lokale omroep meer.",
            "NOS",
        ),
        ("Volgens de factcheck van AFP is de foto bewerkt.", "AFP"),
        (
            "Het zwartboek van de NVJ stelt dat de politie aangiftes laat liggen.",
            "NVJ",
        ),
    ]);
    // (Not "telling", the end of "opstelling".)
    nothing(&["De verwachte opstelling van Oranje: Verbruggen; Dumfries, De Vrij, Van Dijk."]);
    second_speakers(&[
        (
            "Verslaggever Noor Visscher werd bespuugd.",
            "De verslaggeefster zegt dat ze aangifte doet.",
            "Noor Visscher",
        ),
        (
            "Fotograaf Yara Haddad werd geslagen.",
            "De fotografe zegt dat ze aangifte doet.",
            "Yara Haddad",
        ),
    ]);
}

#[test]
fn naar_zijn_zeggen_as_naar_eigen_zeggen() {
    let s = only("De fotograaf werd naar zijn zeggen zonder waarschuwing weggedragen.");
    assert_eq!(
        (s.speaker.as_str(), s.cue.as_str()),
        ("De fotograaf", "naar zijn zeggen")
    );
    let s = only("Naar haar zeggen kreeg de presentatrice nooit steun van de omroep.");
    assert_eq!(s.speaker, "de presentatrice");
}

#[test]
fn no_more_to_say_names_who_said_the_quotation() {
    let got = run(&[&[
        "„Geen commentaar.”",
        "Meer wilde de woordvoerder van de club niet kwijt.",
    ]]);
    assert_eq!(who(&got), [("d:1", "de woordvoerder van de club")]);
    assert_eq!(got[0].claim.exact, "„Geen commentaar.”");
    speaker_and_claim(&[(
        "„We onderzoeken het”, was alles wat de woordvoerder van Meta erover kwijt wilde.",
        "de woordvoerder van Meta",
        "„We onderzoeken het”",
    )]);
    // (The sentence before has its speaker; one without a quotation is no claim of it.)
    let got = run(&[&[
        "„Geen commentaar”, zei Jan Smit.",
        "Meer wilde hij niet kwijt.",
    ]]);
    assert_eq!(who(&got), [("d:1", "Jan Smit")]);
    let got = run(&[&[
        "Het was een mooie dag.",
        "Meer wilde de trainer niet kwijt.",
    ]]);
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn an_inhabitant_is_no_body_for_a_type_noun() {
    let got = run(&[&[
        "Europol heeft een Albanees aangehouden.",
        "De Albanees verkocht de wapens via het darkweb, aldus de Europese politiedienst.",
    ]]);
    assert_eq!(who(&got), [("d:2", "Europol")], "{got:#?}");
}

#[test]
fn romance_particles_in_names() {
    speakers(&[
        (
            "Onderzoeksrechter Emiliano della Torre zei dat de clan nog altijd geld witwast.",
            "Emiliano della Torre",
        ),
        (
            "Zijn zoon, Nando dalla Chiesa, zei dat de maffia nog bestaat.",
            "Nando dalla Chiesa",
        ),
        (
            "De Braziliaanse president Luiz Inácio Lula da Silva zei dat het land groeit.",
            "Luiz Inácio Lula da Silva",
        ),
        (
            "Volgens Corriere della Sera werd de man opgepakt.",
            "Corriere della Sera",
        ),
    ]);
}

#[test]
fn ons_laten_weten_and_reflexive_complaints() {
    speakers(&[
        (
            "Schiphol heeft ons laten weten dat het geen commentaar geeft.",
            "Schiphol",
        ),
        (
            "De eigenaar beklaagde zich erover dat de gemeente niets doet.",
            "De eigenaar",
        ),
        (
            "De touroperator beroept zich erop dat de reis volgens het contract is uitgevoerd.",
            "De touroperator",
        ),
    ]);
    nothing(&[
        "Hij beklaagt zich over de herrie.",
        "De man beroept zich op zijn zwijgrecht.",
    ]);
}

#[test]
fn dat_before_a_phrase_and_a_clause_is_a_complementiser() {
    speaker_and_claim(&[
        (
            "Het persbureau meldde dat in Hualien zeker 30 mensen omkwamen.",
            "Het persbureau",
            "in Hualien zeker 30 mensen omkwamen",
        ),
        (
            "Het rapport stelt dat in Xinjiang nog altijd honderdduizenden Oeigoeren vastzitten.",
            "Het rapport",
            "in Xinjiang nog altijd honderdduizenden Oeigoeren vastzitten",
        ),
        // (The pronoun and where it was said: "dat" is the claim.)
        (
            "De burgemeester zegt dat in een interview met de krant.",
            "De burgemeester",
            "dat",
        ),
    ]);
}

#[test]
fn a_quoted_noun_phrase_voiced() {
    speaker_and_claim(&[
        (
            "Seoel uitte ‘ernstige zorgen’ over de militaire samenwerking.",
            "Seoel",
            "‘ernstige zorgen’",
        ),
        (
            "De regering betuigde haar ‘diepe spijt’.",
            "De regering",
            "‘diepe spijt’",
        ),
    ]);
    speakers(&[("Seoel uitte de vrees dat de spanning oploopt.", "Seoel")]);
    nothing(&[
        "De rechter veroordeelde ‘de Slager’ tot levenslang.",
        "Hij beloofde verkiezingen ‘zodra de veiligheid dat toelaat’.",
    ]);
}

#[test]
fn a_capitalised_role_after_a_nations_adjective_and_a_plural_after_a_genitive() {
    for (text, speaker, role) in [
        (
            "De Nederlandse Europarlementariër Bas Eickhout zei dat de regels strenger moeten.",
            "Bas Eickhout",
            Some("Nederlandse Europarlementariër"),
        ),
        (
            "De Europese Centrale Bank zei dat de rente gelijk blijft.",
            "Europese Centrale Bank",
            None,
        ),
        (
            "Yoons advocaten zeiden dat hun cliënt ‘geen opstand’ had gepleegd.",
            "Yoons advocaten",
            None,
        ),
    ] {
        let s = only(text);
        assert_eq!(
            (s.speaker.as_str(), s.role.as_deref()),
            (speaker, role),
            "{text}"
        );
    }
}

#[test]
fn a_quoted_noun_phrase_voiced_in_the_perfect() {
    speaker_and_claim(&[
        (
            "De minister heeft ‘diepe spijt’ uitgesproken over de fout.",
            "De minister",
            "‘diepe spijt’",
        ),
        (
            "Seoel heeft ‘ernstige zorgen’ geuit over de test.",
            "Seoel",
            "‘ernstige zorgen’",
        ),
        (
            "De regering heeft haar ‘diepe spijt’ betuigd.",
            "De regering",
            "‘diepe spijt’",
        ),
    ]);
    speakers(&[(
        "De minister heeft de hoop uitgesproken dat het snel voorbij is.",
        "De minister",
    )]);
    nothing(&["Het woord ‘corruptie’ werd door niemand uitgesproken."]);
}

#[test]
fn the_question_put_by_someone_before_the_answer() {
    speaker_and_claim(&[(
        "Op de vraag van de NOS of hij aftreedt, zei premier Jan de Vries: ‘Daar denk ik niet aan.’",
        "Jan de Vries",
        "‘Daar denk ik niet aan.’",
    )]);
}

#[test]
fn coordinated_sources_after_aldus() {
    speakers(&[
        (
            "De nieuwe regels zijn ‘onwerkbaar’, aldus de ACLU en het Brennan Center.",
            "de ACLU en het Brennan Center",
        ),
        (
            "Het plan is onhaalbaar, aldus minister Jan de Vries en staatssecretaris Eva Smit.",
            "minister Jan de Vries en staatssecretaris Eva Smit",
        ),
    ]);
}

#[test]
fn a_question_about_what_someone_said_asserts_nothing() {
    nothing(&[
        "Waarom verklaarde de FBI-directeur onder ede dat er geen lijst bestond?",
        "Vindt de minister dat de regels moeten veranderen?",
        "Welke minister zei dat de regels moeten veranderen?",
    ]);
    speakers(&[
        ("De minister vroeg: ‘Waarom nu?’", "De minister"),
        ("Zei de minister: ‘Is dit nodig?’", "de minister"),
    ]);
}

#[test]
fn what_should_or_could_have_been_said_was_not() {
    nothing(&[
        "De burgemeester had moeten melden dat de brug onveilig was.",
        "De gemeente had de bewoners eerder moeten vertellen dat de brug dicht is.",
        "De minister zou kunnen zeggen dat hij het niet wist.",
    ]);
    speakers(&[
        (
            "De burgemeester zou hebben gezegd dat de brug onveilig was.",
            "De burgemeester",
        ),
        (
            "De minister moest toegeven dat de cijfers niet klopten.",
            "De minister",
        ),
    ]);
}

#[test]
fn what_a_sign_or_banner_says() {
    speaker_and_claim(&[
        (
            "‘Geen koningen in Amerika’, stond op de borden van de demonstranten.",
            "de borden van de demonstranten",
            "‘Geen koningen in Amerika’",
        ),
        (
            "Op de spandoeken stond ‘Geen cent minder voor onderwijs’.",
            "de spandoeken",
            "‘Geen cent minder voor onderwijs’",
        ),
        (
            "Op een bord bij de ingang stond: ‘Gesloten wegens bezuinigingen’.",
            "een bord bij de ingang",
            "‘Gesloten wegens bezuinigingen’",
        ),
        (
            "Op het bordje stond geschreven dat het park gesloten was.",
            "het bordje",
            "het park gesloten was",
        ),
    ]);
    nothing(&[
        "Op de affiches staat een foto van de burgemeester.",
        "Op het bord lag een stuk taart.",
    ]);
}

#[test]
fn a_pronoun_to_a_name_longer_than_its_sentence_does_not_panic() {
    // (Found by the property test: a name registered earlier was read at token offsets of
    // the pronoun's sentence.)
    let got = run(&[&["Jan van der Berg ”„’", "hij zei ", "‘"]]);
    assert!(got.iter().all(|s| s.speaker != "hij"));
}

#[test]
fn wire_bodies_and_roles_of_round_39() {
    speakers(&[
        (
            "Het presidentschap maakte bekend dat Ben Salah premier wordt.",
            "Het presidentschap",
        ),
        (
            "Het artsensyndicaat meldt dat er tien doden zijn.",
            "Het artsensyndicaat",
        ),
        (
            "Het Polisario-front zegt dat de aanval mislukte.",
            "Het Polisario-front",
        ),
        (
            "Vorige week zei de Democratische strateeg, Paul Abernathy, dat de partij verdeeld is.",
            "Paul Abernathy",
        ),
        (
            "De Republikeinse Speaker, Douglas Whitmore, zei dat de stemming doorgaat.",
            "Douglas Whitmore",
        ),
    ]);
}

#[test]
fn what_can_be_read_in_a_document() {
    speaker_and_claim(&[
        (
            "In het rapport valt te lezen dat de junta de verkiezingen uitstelt.",
            "het rapport",
            "de junta de verkiezingen uitstelt",
        ),
        (
            "De verdachte sloeg twee keer toe, zo is te lezen in de aanklacht.",
            "de aanklacht",
            "De verdachte sloeg twee keer toe",
        ),
    ]);
    nothing(&["Het boek is goed te lezen in de trein."]);
}

#[test]
fn aldus_opening_a_sentence_with_an_apposition_or_a_phrase_after() {
    let got = run(&[&[
        "„We laten ons niet intimideren.”",
        "Aldus oppositieleider Bobi Wasswa na zijn vrijlating.",
    ]]);
    assert_eq!(who(&got), [("d:1", "Bobi Wasswa")]);
    let got = run(&[&[
        "„De grens blijft dicht.”",
        "Aldus de Beninse minister van Defensie, Fortunet Nouatin-Agbo.",
    ]]);
    assert_eq!(who(&got), [("d:1", "Fortunet Nouatin-Agbo")]);
    let got = run(&[&[
        "Het complex komt er in 2028.",
        "Aldus geschiedde in het jaar 2028.",
    ]]);
    assert!(got.is_empty());
}

#[test]
fn a_ban_and_a_quoted_rejection() {
    speaker_and_claim(&[
        (
            "De junta verbood alle politieke partijen om nog bijeenkomsten te houden.",
            "De junta",
            "nog bijeenkomsten te houden",
        ),
        (
            "De regering wees het rapport af als ‘een verzameling leugens’.",
            "De regering",
            "‘een verzameling leugens’",
        ),
    ]);
    nothing(&[
        "Het is verboden om hier te roken.",
        "De rechter wees het verzoek af.",
    ]);
}

#[test]
fn the_source_noun_after_klinkt_het_in_and_what_she_has_after_volgens_haar() {
    let got = run(&[&[
        "Schaatser Gerrit Pool is overleden.",
        "‘We verliezen een icoon’, luidt het in een verklaring van de KNSB.",
    ]]);
    assert_eq!(who(&got), [("d:2", "KNSB")]);
    let got = run(&[&[
        "Joke Mulders is overleden.",
        "Volgens haar laatste wens is er geen bloemenzee bij de uitvaart.",
    ]]);
    assert!(got.is_empty(), "{got:?}");
    let got = run(&[&[
        "Joke Mulders is boos.",
        "Volgens haar speelde de minister vals.",
    ]]);
    assert_eq!(who(&got), [("d:2", "Joke Mulders")]);
    speakers(&[(
        "Volgens haar grote zus is de minister te laat.",
        "haar grote zus",
    )]);
}

#[test]
fn zijn_after_hebben_is_a_possessive_and_a_typographic_apostrophe_a_plural() {
    speakers(&[
        (
            "Harlow heeft zijn staf verteld dat hij nergens heen gaat.",
            "Harlow",
        ),
        (
            "Oud-collega’s zeggen dat Pool een perfectionist was.",
            "Oud-collega’s",
        ),
        ("Volgens collega’s was Pool een perfectionist.", "collega’s"),
    ]);
    nothing(&["De bewoners zijn verteld dat de brug dichtgaat."]);
}

#[test]
fn a_plural_after_its_relative_clause_and_comma() {
    speakers(&[
        (
            "De studenten die het Maagdenhuis bezetten, eisen dat de universiteit alle banden met Shell verbreekt.",
            "De studenten",
        ),
        (
            "De docenten die de petitie tekenden, vinden dat de regels te streng zijn.",
            "De docenten",
        ),
    ]);
}

#[test]
fn a_stance_before_a_colon_after_a_relative_clause_about_the_subject() {
    speaker_and_claim(&[(
        "Lector Jasper Hoekstra, die al twintig jaar aan de hogeschool werkt, is somber: ‘Het praktijkonderzoek verdwijnt.’",
        "Jasper Hoekstra",
        "‘Het praktijkonderzoek verdwijnt.’",
    )]);
}

#[test]
fn a_fronted_question_is_what_the_asking_verb_asks() {
    speaker_and_claim(&[
        (
            "Of de brug openblijft, vroeg raadslid Piet Jansen.",
            "Piet Jansen",
            "Of de brug openblijft",
        ),
        (
            "Waarom de school dicht is, vroeg de wethouder.",
            "de wethouder",
            "Waarom de school dicht is",
        ),
    ]);
    nothing(&[
        "Of hij na zijn doelpunt nog kon genieten, vroeg de verslaggever.",
        "Of de minister ervan wist, zegt het rapport niet.",
        "Waarom het misging, vroeg Piet Jansen zich af.",
    ]);
}

#[test]
fn a_stance_before_a_colon_and_a_clause_without_quotation_marks() {
    speaker_and_claim(&[
        (
            "De decaan is stellig: de opleiding blijft bestaan.",
            "De decaan",
            "de opleiding blijft bestaan",
        ),
        (
            "De politie is kort: er is niemand aangehouden.",
            "De politie",
            "er is niemand aangehouden",
        ),
    ]);
    nothing(&[
        "Het probleem is simpel: er is geen geld.",
        "Het weer is slecht: regen en wind.",
        "Jansen is duidelijk: hij stopt.",
    ]);
}

/// Round 40: a broadcaster named by two short acronyms is a name, not a heading in capitals
/// (the long word beside them, "meldt", is no capital).
#[test]
fn two_acronyms_after_a_longer_verb() {
    speakers(&[
        ("De minister treedt af, meldt VRT NWS.", "VRT NWS"),
        ("Volgens VRT NWS treedt de minister af.", "VRT NWS"),
        ("VRT NWS meldt dat de minister aftreedt.", "VRT NWS"),
    ]);
    // A heading in capitals is still no name.
    nothing(&["VRAAGJE VAN HARRY zegt dat het regent."]);
}

/// Round 40: a clause is read back at most `CLAUSE_MAX` tokens from its cue, so that a
/// sentence a user makes of thousands of commas costs each verb a bounded scan: a longer
/// clause gives no claim rather than one cut at random.
#[test]
fn clause_longer_than_the_limit_is_not_read() {
    let clause = |n: usize| {
        format!(
            "Het dorp van {}de smid is tevreden, zegt Jan.",
            "de boer en de bakker en ".repeat(n)
        )
    };
    let short = clause(30);
    let s = only(&short);
    assert_eq!(s.speaker, "Jan");
    assert!(s.claim.exact.starts_with("Het dorp van") && s.claim.exact.ends_with("tevreden"));
    assert!(short.split(' ').count() < CLAUSE_MAX);
    let long = clause(40);
    assert!(long.split(' ').count() > CLAUSE_MAX);
    nothing(&[&long]);
}

/// Round 40: "Zo zei X: „…”" says what follows the colon, not the sentence before.
#[test]
fn zo_zei_with_a_colon_claims_the_quotation() {
    let got = run(&[&[
        "Trainer Maarten Stekelenburg staat onder druk.",
        "Zo zei Stekelenburg zaterdag op de persconferentie: „Niemand is groter dan de club.”",
    ]]);
    assert_eq!(who(&got), [("d:2", "Maarten Stekelenburg")]);
    assert_eq!(got[0].claim.exact, "„Niemand is groter dan de club.”");
    // Without the colon "Zo" still points back.
    let got = run(&[&[
        "Het stadion gaat dicht.",
        "Zo meldt de club op haar website.",
    ]]);
    assert_eq!(who(&got), [("d:1", "de club")]);
}

/// Round 40: a plural subject's `noemen` judges with a phrase of three words or an
/// adjective as well as with "een …"; plurals listed as speakers are plural subjects; a
/// plural verb takes no singular person after it as its subject.
#[test]
fn plural_subjects_of_plural_only_forms() {
    speakers(&[
        (
            "Huisartsen noemen de nieuwe declaratieregels „bureaucratie van het zuiverste water”.",
            "Huisartsen",
        ),
        (
            "De bonden noemen het voorstel van de werkgevers ‘onbespreekbaar’.",
            "De bonden",
        ),
        (
            "Omwonenden noemen de uitstoot ‘een sluipende bedreiging’.",
            "Omwonenden",
        ),
        (
            "De ouders vragen de minister om het medicijn te vergoeden.",
            "De ouders",
        ),
        // (The plural verb's subject is before it, never the minister after it.)
        (
            "Ouders van kinderen met een spierziekte vragen minister Hartog het medicijn te \
             vergoeden.",
            "Ouders van kinderen met een spierziekte",
        ),
    ]);
    nothing(&["Biologen noemen dit verschijnsel ‘mimicry’."]);
}

/// Round 40: a sentence opening with "Zo" that names a document or a conclusion says the
/// sentence before ("Zo staat in …", "Zo valt te lezen in …", "Zo luidt de conclusie van
/// …"), and "…, zo luidt de conclusie van X" after its claim.
#[test]
fn zo_with_a_document_or_a_conclusion_says_the_sentence_before() {
    for (cue, speaker) in [
        (
            "Zo staat in het jaarrapport van het Integraal Kankercentrum Nederland.",
            "Integraal Kankercentrum Nederland",
        ),
        ("Zo staat het in het jaarverslag van Gasunie.", "Gasunie"),
        (
            "Zo valt te lezen in het jaarverslag van de Hartstichting, dat donderdag verscheen.",
            "Hartstichting",
        ),
        (
            "Zo luidt de conclusie van het Planbureau voor de Leefomgeving in een nieuwe studie.",
            "Planbureau voor de Leefomgeving",
        ),
    ] {
        let got = run(&[&[
            "Het aantal patiënten is in twintig jaar verdrievoudigd.",
            cue,
        ]]);
        assert_eq!(who(&got), [("d:1", speaker)], "{cue}");
        assert_eq!(
            got[0].claim.exact,
            "Het aantal patiënten is in twintig jaar verdrievoudigd"
        );
    }
    speaker_and_claim(&[(
        "Een op de drie huishoudens kan het niet betalen, zo luidt de conclusie van het Planbureau voor de Leefomgeving.",
        "Planbureau voor de Leefomgeving",
        "Een op de drie huishoudens kan het niet betalen",
    )]);
    // A paper with no author says where, not who.
    nothing(&["Zo staat het in de krant."]);
}

/// Round 40: a common verb's finite form after `volgens` and its source is no role before a
/// name ("kreeg Reina": Reina is the verb's subject); sports roles before a name with a
/// particle.
#[test]
fn a_verb_after_the_source_and_sports_roles() {
    speaker_and_claim(&[
        (
            "Volgens de kiescommissie kreeg Reina 52 procent van de stemmen.",
            "de kiescommissie",
            "kreeg Reina 52 procent van de stemmen",
        ),
        (
            "Volgens het jaarverslag leed Thialf vorig jaar een verlies.",
            "het jaarverslag",
            "leed Thialf vorig jaar een verlies",
        ),
    ]);
    speakers(&[
        (
            "Darter Michael van Gennip-Jacobs zei dat hij moe was.",
            "Michael van Gennip-Jacobs",
        ),
        (
            "Kogelstoter Jessica van Schoten verklaarde dat ze geblesseerd was.",
            "Jessica van Schoten",
        ),
    ]);
}

/// Round 40: no claim in a diagnosis, a warning given to the subject (a passive with
/// `zijn`), an indefinite object's relative clause, or what a study's results suggest.
#[test]
fn diagnoses_warnings_received_relatives_and_results() {
    nothing(&[
        "De kinderarts stelde na de bloedtest de diagnose: diabetes type 1.",
        "Burgers zouden vooraf zijn gewaarschuwd om het gebied te verlaten.",
        "De inwoners zijn opgeroepen binnen te blijven.",
        "De bank meldde een verlies dat veel hoger uitviel dan analisten hadden verwacht.",
        "De resultaten suggereren dat een lage dosis aspirine helpt.",
        "De onderzoeksresultaten wijzen erop dat het middel werkt.",
    ]);
    speakers(&[
        (
            "De minister heeft gewaarschuwd dat het gevaarlijk is.",
            "De minister",
        ),
        (
            "De bank meldde een dag later dat het verlies hoger was.",
            "De bank",
        ),
        (
            "Dinsdag meldde een woordvoerder dat het klopt.",
            "een woordvoerder",
        ),
        ("De minister stelde dat de wet blijft.", "De minister"),
    ]);
}

/// Round 40: a chant in quotation marks without a colon, and a sign's words after "met de
/// tekst" (the sign's phrase is the speaker, as in the sign frame).
#[test]
fn chants_and_signs_with_their_text() {
    speaker_and_claim(&[
        (
            "De fans scandeerden ‘Bestuur buiten!’ tijdens de hele tweede helft.",
            "De fans",
            "‘Bestuur buiten!’",
        ),
        (
            "Aan de brug hing een spandoek met de tekst ‘Achá, moordenaar’.",
            "een spandoek",
            "‘Achá, moordenaar’",
        ),
        (
            "Studenten hielden borden omhoog met de tekst ‘Geen dictatuur’.",
            "borden",
            "‘Geen dictatuur’",
        ),
    ]);
    nothing(&[
        "Het koor zong het volkslied.",
        "Hij kwam met de tekst van het lied.",
    ]);
}

/// Round 40: "…, dat maakt X bekend." points back to the clause before its comma; a
/// defence made with a quotation before it ("„…,” verdedigde de premier zich").
#[test]
fn a_pointing_dat_after_a_comma_and_a_defence_after_a_quotation() {
    speaker_and_claim(&[
        (
            "De eerste waterstoffabriek gaat volgend jaar open, dat maakt Shell Nederland bekend.",
            "Shell Nederland",
            "De eerste waterstoffabriek gaat volgend jaar open",
        ),
        (
            "De zomer was de warmste ooit, dat laat het KNMI weten.",
            "KNMI",
            "De zomer was de warmste ooit",
        ),
        (
            "„We doen al meer dan de meeste landen,” verdedigde de premier zich tegenover de jongeren.",
            "de premier",
            "„We doen al meer dan de meeste landen,”",
        ),
    ]);
    // A relative `dat` keeps its antecedent; a defence of a thing is no claim.
    speakers(&[(
        "Het kabinet, dat zegt dat het klopt, treedt af.",
        "Het kabinet",
    )]);
    nothing(&["De minister verdedigde het plan in de Kamer."]);
}

/// Round 41: a plural pronoun after two people named as one subject, or named in the
/// apposition of a plural subject ("Twee vulkanologen, A en B, bezochten …").
#[test]
fn a_plural_pronoun_after_two_people_named() {
    second_speakers(&[
        (
            "Luis Ortega en Beatriz Fonseca bezochten zondag de krater.",
            "Zij bevestigden dat de lavastroom is vertraagd.",
            "Luis Ortega en Beatriz Fonseca",
        ),
        (
            "Twee vulkanologen van het instituut, Luis Ortega en Beatriz Fonseca, bezochten zondag de krater.",
            "Ze zeiden dat de lavastroom is vertraagd.",
            "Luis Ortega en Beatriz Fonseca",
        ),
        (
            "De kapitein en de stuurman bezochten zondag de haven.",
            "Ze zeiden dat het schip veilig is.",
            "De kapitein en de stuurman",
        ),
    ]);
    // A plural that names no people in its apposition, and a singular verb: not them.
    assert!(
        run(&[&[
            "Twee straten, de Kerkstraat en de Molenweg, bleven dicht.",
            "Ze zeiden dat het veilig is.",
        ]])
        .is_empty()
    );
}

/// Round 41: with nobody named as a subject before, "hij" is the one person named in full
/// in a phrase of the sentence before.
#[test]
fn a_pronoun_after_the_only_person_named_in_a_phrase() {
    second_speakers(&[(
        "In 1859 verscheen het boek Over het ontstaan van soorten van de natuuronderzoeker Charles Darwin.",
        "Daarin betoogde hij dat alle levende wezens een gemeenschappelijke voorouder hebben.",
        "Charles Darwin",
    )]);
    // Two people named there: nobody in particular.
    assert!(
        run(&[&[
            "Het boek van Charles Darwin en Alfred Wallace verscheen in 1859.",
            "Daarin betoogde hij dat alle levende wezens een voorouder hebben.",
        ]])
        .is_empty()
    );
}

/// Round 41: "„…?”, wilde X weten." asks the question; "„…?”, vraagt X zich af." wonders
/// (no claim); "wil weten waarom …" without a quotation is a wish, as the held-out sets
/// label it.
#[test]
fn wanting_to_know_after_a_question_and_wondering() {
    speaker_and_claim(&[
        (
            "„Waar was u op de avond van 12 juli?”, wilde de officier van justitie weten.",
            "de officier van justitie",
            "„Waar was u op de avond van 12 juli?”",
        ),
        (
            "„Wie betaalt straks de rekening?”, wilde raadslid Jorien Staal weten van de gedeputeerde.",
            "Jorien Staal",
            "„Wie betaalt straks de rekening?”",
        ),
        (
            "„Hij floot altijd”, herinnert zijn dochter Trijntje zich.",
            "Trijntje",
            "„Hij floot altijd”",
        ),
    ]);
    nothing(&[
        "„Wat gebeurt er met de leerlingen?”, vraagt directeur Jansen zich af.",
        "„Waarom nu?”, vroeg Jansen zich hardop af.",
        "De minister wil weten waarom de politie zo laat was.",
        "De minister wil meer weten over de plannen.",
    ]);
}

/// Round 41: "vindt X ‘…’" judges in the speaker's words (the guideline's rule 4, as
/// `noemen`), with its object right before the quotation; what is found is no claim.
#[test]
fn a_judgement_with_vinden_and_a_quotation() {
    speaker_and_claim(&[
        (
            "De Commissie vindt de Hongaarse wet ‘in strijd met de Europese waarden’.",
            "De Commissie",
            "‘in strijd met de Europese waarden’",
        ),
        (
            "Smit vond het onderzoek van de politie ‘slordig en eenzijdig’.",
            "Smit",
            "‘slordig en eenzijdig’",
        ),
        (
            "Recensent Pieter Smit vindt de voorstelling „een tikje te lang”.",
            "Pieter Smit",
            "„een tikje te lang”",
        ),
    ]);
    nothing(&[
        "De agenten vonden ‘verdachte pakketjes’ in de auto.",
        "De politie vond in de auto ‘verdachte pakketjes’.",
    ]);
}

/// Round 41: "Bij X zeggen ze dat …": the body after a fronted `bij` speaks through an
/// impersonal "ze" or "men".
#[test]
fn at_a_body_they_say() {
    speaker_and_claim(&[
        (
            "Bij de UGent zeggen ze dat er geen sprake is van een vacaturestop.",
            "UGent",
            "er geen sprake is van een vacaturestop",
        ),
        (
            "Ook bij Ajax denken ze dat de titel binnen is.",
            "Ajax",
            "de titel binnen is",
        ),
        (
            "Bij de AOb zeggen ze al jaren dat het tekort onderschat wordt.",
            "AOb",
            "het tekort onderschat wordt",
        ),
        (
            "Bij de gemeente zegt men: ‘We doen wat we kunnen.’",
            "de gemeente",
            "‘We doen wat we kunnen.’",
        ),
    ]);
    nothing(&["Bij de brand zeggen ze dat het mis ging."]);
}

/// Round 41: Brussels offices written with a capital point back to their holder, also
/// after a nation's adjective ("De Nederlandse Eurocommissaris zei …").
#[test]
fn capitalised_brussels_offices_point_back() {
    second_speakers(&[
        (
            "Eurocommissaris Marieke Doornbos presenteerde dinsdag het plan.",
            "De Nederlandse Eurocommissaris zei tegen de NOS dat het plan werkt.",
            "Marieke Doornbos",
        ),
        (
            "Eurocommissaris Marieke Doornbos presenteerde dinsdag het plan.",
            "De Eurocommissaris benadrukte dat het plan werkt.",
            "Marieke Doornbos",
        ),
        (
            "Commissievoorzitter Ursula Brandt presenteerde dinsdag het plan.",
            "De Commissievoorzitter antwoordde dat het plan werkt.",
            "Ursula Brandt",
        ),
    ]);
}

/// Round 41: musicians and makers as roles before a name and pointing back to it.
#[test]
fn musicians_and_makers_are_roles() {
    second_speakers(&[
        (
            "Violiste Sara Wolff speelt vanavond in Amsterdam.",
            "„Het voelt als thuiskomen”, zegt de violiste.",
            "Sara Wolff",
        ),
        (
            "Choreografe Mila Baas maakte een nieuwe voorstelling.",
            "De choreografe zegt dat het stuk over rouw gaat.",
            "Mila Baas",
        ),
    ]);
    speakers(&[(
        "Volgens een violist van het orkest is de dirigent te streng.",
        "een violist van het orkest",
    )]);
}

/// Round 41: a cue opening the sentence is the verb, not a name's first word ("Zegt
/// Vissers: „…”", and a question's "Gelooft Lambrecht dat …?" answered by "zegt hij").
#[test]
fn a_cue_opening_the_sentence_is_no_name() {
    speaker_and_claim(&[
        (
            "Zegt Vissers: „Na corona is alles anders.”",
            "Vissers",
            "„Na corona is alles anders.”",
        ),
        (
            "Vertelde Brouwers: „Het was zwaar.”",
            "Brouwers",
            "„Het was zwaar.”",
        ),
    ]);
    let got = run(&[&[
        "Gelooft Lambrecht dat de deal er komt?",
        "‘Absoluut niet’, zegt hij.",
    ]]);
    assert_eq!(last_speaker(&got), Some("Lambrecht"), "{got:#?}");
}

/// Round 41: a short acronym is no law as a hyphenated name's tail ("Park Dong-woo" is not
/// the Wet open overheid); "het VN-Handvest" still rules.
#[test]
fn a_korean_name_is_no_law() {
    speakers(&[
        ("Park Dong-woo zei dat het klopt.", "Park Dong-woo"),
        (
            "Volgens parlementslid Park Sun-woo telt het contingent 3000 man.",
            "Park Sun-woo",
        ),
    ]);
    nothing(&["Het VN-Handvest verbiedt dat de staten geweld gebruiken."]);
}

/// Round 41: a body's name goes on after "voor" and an article also after three capitalised
/// words ("Het Chinese Centraal Bureau voor de Statistiek").
#[test]
fn a_bodys_long_name_with_voor_de() {
    speakers(&[(
        "Het Chinese Centraal Bureau voor de Statistiek meldt dat de economie groeit.",
        "Chinese Centraal Bureau voor de Statistiek",
    )]);
}

/// Round 41: a request whose te-infinitive is quoted right after `om` ("vroeg de premier om
/// ‘af te treden’"); asking for a quoted thing stays no claim.
#[test]
fn a_request_quoted_after_om() {
    speaker_and_claim(&[(
        "De Thaise oppositie vroeg de premier om ‘onmiddellijk af te treden’.",
        "De Thaise oppositie",
        "‘onmiddellijk af te treden’",
    )]);
    nothing(&["De fans vroegen om ‘meer inzet’."]);
}

/// Round 41: who is behind a thing speaks ("Het bedrijf achter de installatie ontkent …");
/// `opsommen` reports ("„…”, somt ecoloog Pieter Jongbloed op").
#[test]
fn who_is_behind_a_thing_and_summing_up() {
    speaker_and_claim(&[
        (
            "Het bedrijf achter de installatie ontkent dat er sprake is van overlast.",
            "Het bedrijf achter de installatie",
            "er sprake is van overlast",
        ),
        (
            "„Dassen, reeën, boommarters: ze gaan er allemaal overheen”, somt ecoloog Pieter Jongbloed op.",
            "Pieter Jongbloed",
            "„Dassen, reeën, boommarters: ze gaan er allemaal overheen”",
        ),
        (
            "Gedeputeerde Anouk Zwart somt op: ‘Geld, tijd en mensen.’",
            "Anouk Zwart",
            "‘Geld, tijd en mensen.’",
        ),
    ]);
    nothing(&[
        "De boom achter het huis zegt niets.",
        "De wethouder somde de klachten op.",
    ]);
}

/// Round 41: a forecast's or a poll's compound names its author after `van` ("volgens de
/// voorjaarsprognose van de Europese Commissie"); Flemish surveys and investigators.
#[test]
fn forecasts_surveys_and_investigators() {
    speakers(&[
        (
            "Volgens de voorjaarsprognose van de Europese Commissie groeit de economie.",
            "Europese Commissie",
        ),
        (
            "Volgens een bevraging van de VVS werkt een op de drie studenten.",
            "VVS",
        ),
        (
            "Volgens de speurders ging het om een afrekening.",
            "de speurders",
        ),
    ]);
    nothing(&["Volgens de voorjaarsprognose groeit de economie."]);
}

/// Round 41: "‘…’, luidt het in de slotverklaring.": a document of no author named says the
/// quotation, as one with its author does.
#[test]
fn luidt_het_in_a_document() {
    speaker_and_claim(&[
        (
            "‘De Raad steunt Oekraïne’, luidt het in de slotverklaring.",
            "de slotverklaring",
            "‘De Raad steunt Oekraïne’",
        ),
        (
            "‘De Raad steunt Oekraïne’, heet het in de verklaring.",
            "de verklaring",
            "‘De Raad steunt Oekraïne’",
        ),
    ]);
}

/// Round 41: the EU's rotating presidency speaks as a body; an aim set ("stelt zich tot doel
/// … te") is no claim.
#[test]
fn the_presidency_speaks_and_an_aim_is_no_claim() {
    speakers(&[
        (
            "Het Poolse voorzitterschap stelde dat de onderhandelingen voor juni moeten zijn afgerond.",
            "Het Poolse voorzitterschap",
        ),
        (
            "Volgens het Deense voorzitterschap is er een akkoord.",
            "het Deense voorzitterschap",
        ),
    ]);
    nothing(&[
        "Het Poolse voorzitterschap heeft zich tot doel gesteld de onderhandelingen voor juni af te ronden.",
        "Het Poolse voorzitterschap stelt zich tot doel de onderhandelingen voor juni af te ronden.",
    ]);
}

#[test]
fn the_same_source_again_under_its_head_adds_no_claim() {
    // The guideline's rule 5: "het bureau" takes up "Het weerbureau" inside its own claim.
    let got = one(
        "Het weerbureau verklaarde dat het gevaar nog niet geweken was, omdat het water volgens het bureau maar langzaam kon wegstromen.",
    );
    assert_eq!(who(&got).len(), 1, "{got:#?}");
    assert_eq!(got[0].speaker, "Het weerbureau");
    // Another source inside the claim stays a claim of its own.
    let got = one(
        "Het weerbureau verklaarde dat het gevaar nog niet geweken was, omdat het water volgens de provincie maar langzaam kon wegstromen.",
    );
    assert_eq!(got.len(), 2, "{got:#?}");
}

#[test]
fn sums_assessments_suggestions_and_threats_in_words() {
    speaker_and_claim(&[
        (
            "Het Nibud rekent voor dat een alleenstaande niet meer dan 1100 euro huur kan betalen.",
            "Nibud",
            "een alleenstaande niet meer dan 1100 euro huur kan betalen",
        ),
        (
            "Het project is ook zonder subsidie rendabel, zo rekende de ontwikkelaar de raad voor.",
            "de ontwikkelaar",
            "Het project is ook zonder subsidie rendabel",
        ),
        (
            "Het ISW beoordeelt dat de Russische troepen niet in staat zijn de stad in te nemen.",
            "ISW",
            "de Russische troepen niet in staat zijn de stad in te nemen",
        ),
        (
            "Oud-minister Hans Hillebrand opperde vorige week om een Europese defensiebank op te richten.",
            "Hans Hillebrand",
            "een Europese defensiebank op te richten",
        ),
        (
            "Getuigen spreken van een ‘oorverdovende knal’ rond vier uur.",
            "Getuigen",
            "‘oorverdovende knal’",
        ),
        (
            "Medvedev dreigde met „een vergeldingsslag die Europa nooit zal vergeten”.",
            "Medvedev",
            "„een vergeldingsslag die Europa nooit zal vergeten”",
        ),
    ]);
    nothing(&[
        "De commissie beoordeelt de aanvraag volgende week.",
        "De aanvragen worden door de gemeente beoordeeld.",
        "Rusland dreigt opnieuw met kernwapens.",
        "De regering dreigt met sancties tegen ngo's die ‘zich met politiek bemoeien’.",
        "We rekenen op een goede afloop.",
    ]);
}

#[test]
fn an_adverb_before_the_adjective_of_an_inverted_speaker() {
    speakers(&[
        (
            "‘Dit pikken we niet’, zei een zichtbaar aangeslagen burgemeester Lia de Groot.",
            "Lia de Groot",
        ),
        (
            "‘Dit had nooit mogen gebeuren’, zegt een hevig geschrokken buurman Kees Smit.",
            "Kees Smit",
        ),
        (
            "‘Het was een lange nacht’, aldus een duidelijk vermoeide Bart Wuyts.",
            "Bart Wuyts",
        ),
    ]);
}

#[test]
fn a_fire_brigade_or_police_unit_named_by_its_region() {
    speakers(&[
        (
            "Persvoorlichter Tom Berg van de politie-eenheid Oost-Brabant zegt dat er nog twee mensen worden gezocht.",
            "Tom Berg",
        ),
        (
            "‘De brand woedde vooral op zolder’, aldus Thijs Mulder van de brandweer Twente.",
            "Thijs Mulder",
        ),
    ]);
    let s = only("De brandweer Twente meldt dat de brand onder controle is.");
    assert_eq!(s.speaker, "De brandweer Twente");
}

#[test]
fn a_cue_form_after_an_article_is_a_noun() {
    nothing(&[
        "Zoals eerder gemeld, is de verdachte een bekende van het slachtoffer.",
        "De dader is een bekende van de politie.",
    ]);
    let s =
        only("Zoals de politie eerder meldde, is de verdachte een bekende van het slachtoffer.");
    assert_eq!(s.speaker, "de politie");
}

#[test]
fn a_reaction_is_its_quoted_words_not_what_happened() {
    nothing(&[
        "De markt reageerde opgelucht: de rente op staatsleningen daalde naar 2,4 procent.",
        "Beleggers reageerden teleurgesteld: het aandeel zakte 6 procent.",
    ]);
    let s = only("De Fietsersbond reageert verheugd: ‘Dit is een historisch besluit.’");
    assert_eq!(s.speaker, "De Fietsersbond");
}

#[test]
fn sources_placed_by_a_relative_clause_at_the_end_or_close_to_someone() {
    speakers(&[
        (
            "De verkoop wordt volgende week aangekondigd, zeggen bronnen die betrokken zijn bij de onderhandelingen.",
            "bronnen die betrokken zijn bij de onderhandelingen",
        ),
        (
            "Volgens bronnen dicht bij de formateur ligt er al een ministersploeg klaar.",
            "bronnen dicht bij de formateur",
        ),
    ]);
    nothing(&[
        "‘Het was een kwestie van uren’, zegt iemand die bij de onderhandelingen betrokken was.",
        "De verkoop wordt volgende week aangekondigd, zeggen bronnen.",
    ]);
}

#[test]
fn a_stressed_object_pronoun_after_volgens() {
    speakers(&[(
        "PVV-leider Jeroen Stapel wil nieuwe verkiezingen, maar daar is volgens hemzelf „geen meerderheid voor te vinden”.",
        "Jeroen Stapel",
    )]);
    second_speakers(&[(
        "D66-leider Fleur Kampen liet zich niet uit het veld slaan.",
        "Kampen wil dat D66 meeregeert, maar een kabinet met de PVV is volgens haarzelf „onbespreekbaar”.",
        "Fleur Kampen",
    )]);
}

#[test]
fn a_method_named_after_its_maker_is_a_rule() {
    nothing(&[
        "De restzetel gaat volgens de methode-D'Hondt naar de SGP.",
        "Volgens het stelsel-Imperiali krijgen grote partijen een bonus.",
    ]);
    let s = only("Volgens de commissie-Van der Burg is het stelsel verouderd.");
    assert_eq!(s.speaker, "commissie-Van der Burg");
}

#[test]
fn a_trailing_that_with_a_day_or_a_particle_after_it() {
    let got = run(&[&[
        "De uitslag in Almelo moet opnieuw worden vastgesteld.",
        "De Kiesraad bevestigde dat vrijdag tegenover de NOS.",
    ]]);
    assert_eq!(who(&got), [("d:1", "De Kiesraad")], "{got:#?}");
    // A denial's claim is the pronoun, as for "ontkent dat".
    for (second, speaker) in [
        ("De politie spreekt dat tegen.", "De politie"),
        ("De veiligheidsregio bestrijdt dat.", "De veiligheidsregio"),
    ] {
        let got = run(&[&[
            "Volgens buurtbewoners was de brandweer pas na veertig minuten ter plaatse.",
            second,
        ]]);
        assert_eq!(who(&got)[1], ("d:2", speaker), "{got:#?}");
        assert_eq!(got[1].claim.exact, "dat");
    }
    nothing(&["De brandweer bestrijdt de brand met schuim."]);
}

#[test]
fn a_heading_statement_noun_without_its_article() {
    speakers(&[
        (
            "Reactie van de werkgevers: ‘We zijn teleurgesteld, maar de deur blijft open.’",
            "de werkgevers",
        ),
        (
            "Boodschap van de burgemeester aan de relschoppers: ‘Blijf thuis.’",
            "de burgemeester",
        ),
        (
            "Advies van de veiligheidsregio: houd ramen en deuren gesloten.",
            "de veiligheidsregio",
        ),
    ]);
}

#[test]
fn a_title_and_a_surname_before_whom_they_address() {
    speakers(&[
        (
            "NAVO-chef Rutte tegen de Europese leiders: ‘Stop met klagen en ga bouwen.’",
            "Rutte",
        ),
        (
            "Defensieminister Verkerk tegen de nieuwe rekruten: ‘Wees trots op wat jullie gaan doen.’",
            "Verkerk",
        ),
        (
            "Minister Verkerk tegen de Kamer: ‘We gaan door.’",
            "Verkerk",
        ),
    ]);
    // A body's own noun before "tegen" opens its name.
    let s = only("Het Comité tegen Dierproeven zegt dat de regels worden overtreden.");
    assert_eq!(s.speaker, "Comité tegen Dierproeven");
}

#[test]
fn a_cheer_or_a_nod_after_a_quotation() {
    speakers(&[
        (
            "„We hebben het gewonnen!”, juicht FNV-bestuurder Mariska Veenstra na de stemming.",
            "Mariska Veenstra",
        ),
        ("„Dat klopt”, knikt wethouder Bea Zijlstra.", "Bea Zijlstra"),
    ]);
    nothing(&[
        "De supporters juichen voor hun club.",
        "Hij knikt naar de rechter.",
    ]);
}

#[test]
fn a_threat_or_a_phrase_after_the_perfect() {
    speaker_and_claim(&[
        (
            "De minister heeft gedreigd met „harde maatregelen als het niet verbetert”.",
            "De minister",
            "„harde maatregelen als het niet verbetert”",
        ),
        (
            "Rutte heeft gesproken van ‘een zwarte dag’.",
            "Rutte",
            "‘een zwarte dag’",
        ),
        (
            "Rutte heeft van ‘een zwarte dag’ gesproken.",
            "Rutte",
            "‘een zwarte dag’",
        ),
    ]);
    // Talking with people in quotation marks, and the impersonal passive.
    nothing(&[
        "Stapel heeft de afgelopen weken met „tientallen kandidaten” gesproken.",
        "Er werd gesproken van ‘een zwarte dag’.",
    ]);
}

#[test]
fn the_source_points_back_to_the_qualified_source_before() {
    for text in [
        "„Beide partijen zijn dichter bij elkaar dan ooit”, zei de bron.",
        "Volgens de bron zijn beide partijen dichter bij elkaar dan ooit.",
        "De bron zei dat beide partijen dichter bij elkaar zijn dan ooit.",
    ] {
        let got = run(&[&[
            "Een bron bij de Qatarese bemiddelaars sprak zaterdag met AFP.",
            text,
        ]]);
        assert_eq!(
            last_speaker(&got),
            Some("Een bron bij de Qatarese bemiddelaars"),
            "{text}"
        );
    }
    // With no qualified source before, "de bron" says nobody in particular.
    let got = run(&[&[
        "Een bron sprak zaterdag met AFP.",
        "„Beide partijen zijn dichter bij elkaar dan ooit”, zei de bron.",
    ]]);
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn a_naming_verb_after_the_quotation_that_opens_the_sentence() {
    speaker_and_claim(&[
        (
            "„Onaanvaardbaar”, noemt Els Demeyer van de Onafhankelijke Ziekenfondsen de stijgende wachttijden.",
            "Els Demeyer",
            "„Onaanvaardbaar”",
        ),
        (
            "‘Een bodemloze put’: zo omschreef minister De Clercq de ziekenhuisfinanciering.",
            "De Clercq",
            "‘Een bodemloze put’",
        ),
        (
            "‘Onze mensen zijn moe’: zo vatte directeur Lieve Hermans de situatie samen.",
            "Lieve Hermans",
            "‘Onze mensen zijn moe’",
        ),
        (
            "‘Onze mensen zijn moe’: zo zei directeur Lieve Hermans.",
            "Lieve Hermans",
            "‘Onze mensen zijn moe’",
        ),
    ]);
    // Unquoted words name; a colon after unquoted words opens no frame.
    nothing(&[
        "Een logische ontwikkeling, zo noemt De Mol het.",
        "Het is simpel: zo zei hij het.",
    ]);
}

#[test]
fn an_impersonal_dat_in_the_clause_of_when_after_the_speaker() {
    speaker_and_claim(&[
        (
            "„We zijn opgelucht”, zei wethouder Ilse Bosman van Goes nadat bekend werd dat de spoedeisende hulp openblijft.",
            "Ilse Bosman",
            "„We zijn opgelucht”",
        ),
        (
            "„Dit is een zwarte dag”, zei burgemeester Henk Scholten toen duidelijk werd dat het ziekenhuis sluit.",
            "Henk Scholten",
            "„Dit is een zwarte dag”",
        ),
    ]);
    // "toen" is "then" before the speaker's own dat-clause.
    let s = only("Het gaat goed, zei Jansen toen al dat het klopte.");
    assert_eq!(s.claim.exact, "het klopte");
}

#[test]
fn a_condemnation_a_plea_a_communication_and_a_smile() {
    speaker_and_claim(&[
        (
            "President Emeka Adebayo veroordeelde de aanval als „een laffe daad van barbarij”.",
            "Emeka Adebayo",
            "„een laffe daad van barbarij”",
        ),
        (
            "Milieudefensie pleit voor ‘een eerlijke verdeling van de lasten’.",
            "Milieudefensie",
            "‘een eerlijke verdeling van de lasten’",
        ),
        (
            "Het VRT-management communiceerde dat de reorganisatie in het najaar wordt afgerond.",
            "Het VRT-management",
            "de reorganisatie in het najaar wordt afgerond",
        ),
        (
            "„Ik heb er ontzettend veel zin in”, straalde de prinses bij aankomst.",
            "de prinses",
            "„Ik heb er ontzettend veel zin in”",
        ),
        (
            "„We hebben het samen gedaan”, glimlachte de regisseur.",
            "de regisseur",
            "„We hebben het samen gedaan”",
        ),
    ]);
    nothing(&[
        "De rechter veroordeelde de man tot een taakstraf.",
        "Milieudefensie pleit voor een eerlijke verdeling van de lasten.",
        "De zon straalde de hele dag.",
        "De ministeries communiceren slecht met elkaar.",
    ]);
}

#[test]
fn where_the_person_is_from_before_a_word_for_them() {
    for (before, text, speaker) in [
        (
            "Oceanograaf Lieke Bos voer drie maanden mee op de Polarstern.",
            "De Groningse onderzoekster zegt dat het zee-ijs dunner was dan ooit.",
            "Lieke Bos",
        ),
        (
            "Spits Gabriel Okafor maakte zaterdag zijn debuut voor Heerenveen.",
            "De Nigeriaanse aanvaller zei dat het een droom was.",
            "Gabriel Okafor",
        ),
        (
            "Jonas Ravnsborg won zaterdag de tijdrit in Lausanne.",
            "De Deense tijdrijder zei na afloop dat hij nooit zo goed had gereden.",
            "Jonas Ravnsborg",
        ),
        (
            "Sietske Hofstra zit namens de FNV in het college van Gedeputeerde Staten.",
            "De Friese gedeputeerde belooft dat er voor de zomer duidelijkheid komt.",
            "Sietske Hofstra",
        ),
    ] {
        let got = run(&[&[before, text]]);
        assert_eq!(last_speaker(&got), Some(speaker), "{text}");
    }
    // An office a nation's adjective names anew is another person's.
    let got = run(&[&[
        "Minister Anna de Wit sprak zaterdag in Brussel.",
        "De Britse premier zei dat er geen akkoord komt.",
    ]]);
    assert_eq!(last_speaker(&got), Some("De Britse premier"));
}

#[test]
fn a_first_name_that_is_also_an_inhabitants_name() {
    speakers(&[
        (
            "„Het net is vol”, zegt Noor Haddou van TenneT.",
            "Noor Haddou",
        ),
        (
            "„De natuur staat er slecht voor”, aldus Noor Jansen van Brabants Landschap.",
            "Noor Jansen",
        ),
        (
            "„Ik ben blij”, zei de Noor Erling Haaland.",
            "Erling Haaland",
        ),
    ]);
}

#[test]
fn a_letter_to_parliament_by_its_author() {
    let got = run(&[&[
        "Minister Femke Wijnstra stelt de nieuwe mestregels een jaar uit.",
        "Dat staat in een Kamerbrief van minister Wijnstra.",
    ]]);
    assert_eq!(last_speaker(&got), Some("Femke Wijnstra"));
    // With no author, the letter itself.
    let got = one("In de Kamerbrief staat dat de kosten zijn opgelopen.");
    assert_eq!(last_speaker(&got), Some("de Kamerbrief"));
}

#[test]
fn saying_that_not_in_so_many_words_is_no_claim() {
    nothing(&[
        "Abdelaziz zei dat niet letterlijk, maar de boodschap aan Israël was helder.",
        "Ben Ammar zei dat niet met zoveel woorden, maar zijn boodschap was duidelijk.",
        "Jansen zei dat niet.",
        // A te-infinitive after the claim's end is no claim of the first verb.
        "De woordvoerder zei dat niet met zoveel woorden, maar liet weinig te raden over.",
    ]);
    speaker_and_claim(&[(
        "Jansen zei dat niet iedereen mocht komen.",
        "Jansen",
        "niet iedereen mocht komen",
    )]);
}

#[test]
fn a_supplier_a_society_an_opera_house_and_the_news_bulletin() {
    speakers(&[
        (
            "De nieuwe scanner heeft volgens de leverancier een levensduur van twaalf jaar.",
            "de leverancier",
        ),
        (
            "Het journaal meldde dinsdagavond dat de omroep een nieuwe hoofdredacteur heeft.",
            "Het journaal",
        ),
        (
            "Het radiojournaal berichtte dat het concert is afgelast.",
            "Het radiojournaal",
        ),
    ]);
    let got = run(&[&[
        "Het Nederlands Huisartsen Genootschap publiceerde dinsdag een nieuwe standaard.",
        "Volgens het genootschap krijgen te veel kinderen onnodig een inhalator.",
    ]]);
    assert_eq!(
        last_speaker(&got),
        Some("Nederlands Huisartsen Genootschap")
    );
    let got = one("De Nationale Opera schrapt de voorstellingen van ‘Tosca’, meldt het operahuis.");
    assert_eq!(last_speaker(&got), Some("Nationale Opera"));
}

#[test]
fn that_can_be_read_in_a_document_of_its_author() {
    let got = run(&[&[
        "In Noord-Darfur sterven elke week tientallen kinderen aan ondervoeding.",
        "Dat valt te lezen in een rapport van Artsen zonder Grenzen over de situatie in Tawila.",
    ]]);
    assert_eq!(who(&got), [("d:1", "Artsen zonder Grenzen")]);
    let got = run(&[&[
        "Egypte zal een internationale conferentie organiseren.",
        "Dat is te lezen in een verklaring van het Egyptische presidentschap.",
    ]]);
    assert_eq!(who(&got), [("d:1", "het Egyptische presidentschap")]);
    // A clause after the document is no phrase of it.
    let got = run(&[&[
        "Egypte zal een conferentie organiseren.",
        "Dat valt te lezen in een verklaring van het presidentschap die gisteren werd verspreid.",
    ]]);
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn a_college_named_with_its_phrases_is_a_body() {
    speakers(&[
        (
            "Het College voor de Rechten van de Mens oordeelde dat de school discrimineerde.",
            "College voor de Rechten van de Mens",
        ),
        (
            "Volgens het college van burgemeester en wethouders is de begroting sluitend.",
            "het college van burgemeester en wethouders",
        ),
    ]);
}

#[test]
fn a_group_with_its_phrases_is_taken_up_by_ze() {
    for (before, group) in [
        (
            "De apothekers in de Kempen kampen met tekorten aan hoestsiroop.",
            "De apothekers in de Kempen",
        ),
        (
            "Huisartsen in de regio Twente slaan alarm over de sluiting van de post.",
            "Huisartsen in de regio Twente",
        ),
        (
            "Ouders van zieke kinderen voeren actie bij het ministerie.",
            "Ouders van zieke kinderen",
        ),
    ] {
        let got = run(&[&[
            before,
            "Ze vrezen dat de situatie deze winter nog verslechtert.",
        ]]);
        assert_eq!(last_speaker(&got), Some(group), "{before}");
    }
    // In the same sentence, after a semicolon or "en".
    speakers(&[
        (
            "De astronomen zagen de ster oplichten; ze denken dat het om een botsing gaat.",
            "De astronomen",
        ),
        (
            "De biologen vonden een nieuwe kikkersoort en ze vermoeden dat er meer soorten leven.",
            "De biologen",
        ),
        (
            "Bewoners langs het spoor zeggen dat de treinen te veel lawaai maken.",
            "Bewoners langs het spoor",
        ),
    ]);
    // A singular subject is no "ze" of a plural verb.
    nothing(&["De minister zag de cijfers en ze zeggen dat het slecht gaat."]);
}

#[test]
fn a_stretch_of_time_before_an_inverted_cue_is_no_name() {
    speakers(&[
        (
            "Twee jaar geleden beloofde de winkelketen nog dat er geen winkel zou sluiten.",
            "de winkelketen",
        ),
        (
            "Drie jaar geleden kondigde de drogisterijketen aan dat alle winkels \
             zelfscankassa's krijgen.",
            "de drogisterijketen",
        ),
    ]);
}

#[test]
fn a_thing_asked_for_a_reflexive_and_an_intention_are_no_claims() {
    nothing(&[
        // A thing asked for, with a purpose.
        "De Commissie vroeg om meer tijd om de zaak te bestuderen.",
        "De advocaat verzocht om een schorsing om met zijn cliënt te overleggen.",
        // The particle of an om-clause's infinitive is not "aangeven"'s.
        "Het Hof geeft Polen een maand om de wet aan te passen.",
        "De rechter geeft de verdachte de kans om zijn verklaring aan te vullen.",
        // A reflexive right after the verb makes another verb.
        "Het Hof verklaarde zich onbevoegd om over de zaak te oordelen.",
        "De vermiste kanovaarder meldde zich zondagavond zelf bij de politie.",
        "Tientallen boeren meldden zich bij het waterschap om zandzakken te brengen.",
        // Hoping to do something that has a dat-clause.
        "Polen hoopt de rechters ervan te overtuigen dat de hervorming nodig was.",
        "De verdediging hoopt aan te tonen dat de belangrijkste getuige liegt.",
        // A body of law.
        "Volgens het Unierecht gaan Europese regels voor op nationale wetten.",
    ]);
    speakers(&[
        (
            "De minister vroeg de gemeenten om de regels te versoepelen.",
            "De minister",
        ),
        (
            "Het bestuur verklaarde zich bereid om met de bonden om tafel te gaan.",
            "Het bestuur",
        ),
        ("De ouders hopen dat de school openblijft.", "De ouders"),
    ]);
}

#[test]
fn a_title_an_advocate_general_and_a_name_in_apposition_before_a_colon() {
    speakers(&[
        (
            "Gisteren zei prof. dr. Anneke Visser in de Volkskrant dat de toetsen te moeilijk \
             zijn.",
            "Anneke Visser",
        ),
        (
            "Na afloop zei de voorzitter van de winkeliersvereniging, Karin de Lange: ‘We zijn \
             blij met de toezegging.’",
            "Karin de Lange",
        ),
    ]);
    let got = run(&[&[
        "Advocaat-generaal Tomás Ferreira nam donderdag conclusie.",
        "„De regeling is in strijd met het Handvest”, zei A-G Ferreira.",
    ]]);
    assert_eq!(last_speaker(&got), Some("Tomás Ferreira"));
}

#[test]
fn a_denial_after_but_in_the_same_sentence() {
    let got = one("LTO zegt dat de boeren massaal meedoen, maar de provincie spreekt dat tegen.");
    assert_eq!(
        who(&got),
        [("d:1", "LTO"), ("d:1", "de provincie")],
        "{got:#?}"
    );
    assert_eq!(got[1].claim.exact, "dat");
    nothing(&["De boeren doen mee, maar de provincie spreekt dat niet tegen."]);
}

#[test]
fn a_press_release_a_joined_body_name_a_field_of_two_words_and_a_demand() {
    speakers(&[
        (
            "Het persbericht meldt dat de nieuwe eigenaar alle 800 medewerkers in dienst houdt.",
            "Het persbericht",
        ),
        (
            "Dijkgraaf Hendrik Wolters van waterschap Vallei en Veluwe: ‘De dijken houden het.’",
            "Hendrik Wolters",
        ),
        (
            "„Straatsburg kijkt vooral naar de praktijk”, zegt hoogleraar internationaal recht \
             Joris Veldman.",
            "Joris Veldman",
        ),
        (
            "Het openbaar ministerie vorderde dat de beklaagde ook een beroepsverbod krijgt.",
            "Het openbaar ministerie",
        ),
    ]);
    nothing(&[
        "De bouw van de brug vordert gestaag.",
        "De eiser vorderde een schadevergoeding van 2000 euro.",
    ]);
}

#[test]
fn one_stressed_a_council_of_consultation_and_a_slaughterhouse() {
    speakers(&[
        (
            "‘Mijn zoon durft niet meer naar school’, zegt één moeder.",
            "één moeder",
        ),
        (
            "Eén docent vertelt dat hij vorige maand door een leerling werd bedreigd.",
            "Eén docent",
        ),
        // (Not the addressee after the verb.)
        (
            "Het reizigersoverleg adviseert de gedeputeerde de busconcessie niet te verlengen.",
            "Het reizigersoverleg",
        ),
        (
            "Het onderzoeksorgaan zegt dat een gebroken wissel de ontsporing veroorzaakte.",
            "Het onderzoeksorgaan",
        ),
        (
            "„Wij houden ons aan alle regels,” zegt het slachthuis in Boxtel.",
            "het slachthuis in Boxtel",
        ),
        (
            "Zelfs de concurrentie zegt dat de keten de crisis goed heeft doorstaan.",
            "de concurrentie",
        ),
    ]);
}

#[test]
fn according_to_whom_and_in_the_words_of() {
    speaker_and_claim(&[(
        "LTO-voorzitter Jorrit Hoekstra, volgens wie de regeling „te laat” komt, wil snel om \
         tafel met de minister.",
        "Jorrit Hoekstra",
        "de regeling „te laat” komt",
    )]);
    speakers(&[
        (
            "De Boerenbond, volgens wie de nieuwe normen „onhaalbaar” zijn, stapt naar het Hof.",
            "Boerenbond",
        ),
        (
            "Het is, in de woorden van een boer uit Staphorst, „een regelrecht gekkenhuis”.",
            "een boer uit Staphorst",
        ),
    ]);
    // A question's "wie" after a comma names nobody.
    nothing(&["Het is onduidelijk, volgens wie dan ook."]);
}

#[test]
fn a_document_with_its_edition_year_or_its_title() {
    speakers(&[
        (
            "Het PISA-rapport 2022 concludeert dat vijftienjarigen nooit eerder zo slecht lazen.",
            "Het PISA-rapport 2022",
        ),
        (
            "De Onderwijsmonitor 2024 meldt dat het aantal schoolverlaters opnieuw stijgt.",
            "Onderwijsmonitor",
        ),
        (
            "Het rapport ‘Leren na corona’ waarschuwt dat de achterstanden groeien.",
            "Het rapport Leren na corona",
        ),
        // A title of five words or more is still a title after a document's noun.
        (
            "Het rapport ‘Gelijke kansen in de klas’ stelt dat scholen meer moeten doen.",
            "Het rapport Gelijke kansen in de klas",
        ),
    ]);
}

#[test]
fn a_brand_with_an_inner_capital_and_a_forecast_with_its_author() {
    speakers(&[
        (
            "easyJet laat weten dat de vluchten naar Nice zaterdag gewoon doorgaan.",
            "easyJet",
        ),
        (
            "Volgens het laatste weerbericht van het KMI blijft het tot woensdag droog.",
            "KMI",
        ),
        (
            "Volgens de weersverwachting van Weeronline wordt het zaterdag 34 graden.",
            "Weeronline",
        ),
    ]);
    // A forecast without its author is no particular document.
    nothing(&[
        "Volgens de weersverwachting blijft het de hele week droog.",
        "Volgens de verwachting is de hittegolf vrijdag voorbij.",
    ]);
}

#[test]
fn aldus_with_the_name_of_a_group_ending_the_sentence() {
    speakers(&[
        (
            "‘Brussel heeft gefaald’, aldus Europarlementariër Pieter Smit van de fractie Renew \
             Europe.",
            "Pieter Smit",
        ),
        (
            "„Dit is een gemiste kans”, aldus de Italiaanse Europarlementariër Marco Bellini van \
             de sociaaldemocratische fractie S&D.",
            "Marco Bellini",
        ),
    ]);
}

#[test]
fn a_survey_or_a_monitor_with_its_author() {
    speakers(&[
        (
            "Volgens de consumentenenquête van het CBS zijn Nederlanders minder somber.",
            "CBS",
        ),
        (
            "Volgens de faillissementsmonitor van Graydon is de horeca het hardst getroffen.",
            "Graydon",
        ),
        (
            "Volgens de voorjaarsprognose van de Europese Commissie groeit de economie.",
            "Europese Commissie",
        ),
        (
            "Volgens de vluchtinformatie van Schiphol is de vlucht naar Lissabon geannuleerd.",
            "Schiphol",
        ),
        (
            "Volgens de app van De Lijn heeft de tram twintig minuten vertraging.",
            "De Lijn",
        ),
    ]);
}

#[test]
fn manner_of_putting_it_decrees_and_measurements() {
    // "Kort gezegd:" inside a quotation is how the speaker puts it, not a report of its own.
    speakers(&[
        (
            "„Kort gezegd: de pot is leeg”, zegt schepen Lien Vermeire.",
            "Lien Vermeire",
        ),
        (
            "„Eenvoudig gezegd: we bouwen te weinig”, zegt gedeputeerde Marieke Dekker.",
            "Marieke Dekker",
        ),
        // Measurements with their maker are a source, as figures are.
        (
            "Volgens metingen van het KNMI viel er in De Bilt 54 millimeter regen.",
            "KNMI",
        ),
    ]);
    // A decree is a rule, not a source.
    nothing(&[
        "Volgens het Gemeentedecreet moet het college elk jaar een verslag indienen.",
        "Volgens het Decreet over het Lokaal Bestuur moet elke gemeente een plan opmaken.",
        "Volgens de metingen viel er veel regen.",
    ]);
}

#[test]
fn a_sentence_that_names_its_source_with_the_name_in_apposition() {
    // The claim is the sentence before, which is where the suggestion goes.
    pair_speakers(
        "d:1",
        &[
            (
                "Het aantal aanmeldingen is vorig jaar verdubbeld.",
                "Dat zegt de directeur van het Defensie Reservisten Bureau, Marloes Verhoef.",
                "Marloes Verhoef",
            ),
            (
                "De brug blijft tot maandag dicht.",
                "Dat meldt de woordvoerder van de provincie, Ana Ruiz.",
                "Ana Ruiz",
            ),
            // Without a name after the comma the description stays.
            (
                "De brug blijft tot maandag dicht.",
                "Dat meldt de woordvoerder van de provincie.",
                "de woordvoerder van de provincie",
            ),
        ],
    );
}

#[test]
fn a_possessive_subject_after_maar() {
    speakers(&[
        (
            "De man is nog voortvluchtig, maar zijn broer zegt dat hij zich binnenkort zal melden.",
            "zijn broer",
        ),
        (
            "De jongen zwijgt, maar zijn advocaat heeft gezegd dat hij onschuldig is.",
            "zijn advocaat",
        ),
    ]);
}

#[test]
fn one_word_after_an_acronym_is_the_bodys_name() {
    speakers(&[
        (
            "Volgens een econoom van ABN Amro daalt de rente.",
            "een econoom van ABN Amro",
        ),
        (
            "Volgens analisten van KBC Securities daalt de rente.",
            "analisten van KBC Securities",
        ),
        // A first name, or two words, is the holder's.
        (
            "Volgens econoom van ING Marieke Blom daalt de rente.",
            "Marieke Blom",
        ),
    ]);
}

#[test]
fn a_cleft_after_an_earlier_sentence() {
    // "Het" opening a cleft is no body of the sentence before.
    second_speakers(&[
        (
            "Olaf Wiersma is president van DNB.",
            "Het was Wiersma die als eerste waarschuwde dat de huizenmarkt oververhit raakte.",
            "Olaf Wiersma",
        ),
        (
            "CPB-directeur Saskia Roodhart sprak in Buitenhof.",
            "Het is Roodhart die zegt dat de overheid op de pof leeft.",
            "Saskia Roodhart",
        ),
    ]);
}

#[test]
fn nowhere_says_it() {
    nothing(&[
        "Nergens in het rapport staat dat de app ook daadwerkelijk is misbruikt.",
        "Nergens in de Kamerbrief schrijft de minister dat de app verplicht wordt.",
        "Nergens in de voorwaarden zegt Meta dat het de gegevens echt verwijdert.",
        // (Round 25 read this as a fronted manner of speaking with a speaker; the guideline
        // counts a negated report as none.)
        "Nergens zegt het rapport dat de brug onveilig is.",
    ]);
    // A cue after the comma reports the clause before it.
    speakers(&[(
        "Nergens is het veiliger, zegt de burgemeester.",
        "de burgemeester",
    )]);
}

#[test]
fn confidants_whistle_blowers_and_reporting_officers_speak() {
    speakers(&[
        (
            "Musk-vertrouweling Lennart Graaf zei dat het platform de moderatie overlaat.",
            "Lennart Graaf",
        ),
        (
            "Volgens de klokkenluider wist de directie al maanden van het lek.",
            "de klokkenluider",
        ),
        (
            "De man had volgens de verbalisant te veel gedronken.",
            "de verbalisant",
        ),
    ]);
}

#[test]
fn stellen_in_a_quoted_programme_is_no_instellen() {
    speakers(&[
        (
            "Minister Sofie Declercq stelt in ‘Terzake’ dat België niet kan blijven profiteren.",
            "Sofie Declercq",
        ),
        (
            "Generaal Ria Hoekstra stelde in „De Ochtend” dat de brigade paraat is.",
            "Ria Hoekstra",
        ),
    ]);
    // The particle stays a particle before a title of what was set up.
    nothing(&["De minister stelde vorige week de commissie ‘Toekomst’ in."]);
}

#[test]
fn two_reports_joined_by_a_comma() {
    for (text, first, second) in [
        (
            "De politie zegt dat de schutter op een scooter vluchtte, het OM bevestigt dat hij is opgepakt.",
            ("De politie", "de schutter op een scooter vluchtte"),
            ("OM", "hij is opgepakt"),
        ),
        (
            "Het parket meldt dat de verdachte is opgepakt, zijn advocaat ontkent dat hij iets met de feiten te maken heeft.",
            ("Het parket", "de verdachte is opgepakt"),
            ("zijn advocaat", "hij iets met de feiten te maken heeft"),
        ),
    ] {
        let got = one(text);
        let pairs: Vec<_> = got
            .iter()
            .map(|s| (s.speaker.as_str(), s.claim.exact.as_str()))
            .collect();
        assert_eq!(pairs, [first, second], "{text}");
    }
}

#[test]
fn what_any_holder_of_a_role_does() {
    nothing(&[
        "Een burgemeester zegt niet zomaar dat hij opstapt.",
        "Een goede wethouder vertelt de raad altijd dat er risico's zijn.",
    ]);
    speakers(&[
        (
            "Een woordvoerder zegt dat de zaak is opgelost.",
            "Een woordvoerder",
        ),
        // (The adverb inside a reported question is the question's.)
        (
            "Een journalist vroeg de minister waarom Nederland nog altijd onderdelen levert.",
            "Een journalist",
        ),
    ]);
}

#[test]
fn a_promise_with_a_te_infinitive_after_its_participle() {
    speakers(&[(
        "KPN heeft toegezegd alle getroffen klanten volledig te compenseren.",
        "KPN",
    )]);
}

#[test]
fn a_content_noun_after_a_light_verb_and_a_day() {
    speakers(&[
        (
            "Telenet kwam dinsdagavond met de mededeling dat de storing langer duurt.",
            "Telenet",
        ),
        (
            "De provider gaf de garantie dat klanten binnen 48 uur weer internet hebben.",
            "De provider",
        ),
    ]);
}

#[test]
fn a_role_still_to_be_taken_up() {
    speakers(&[
        (
            "Burgemeester-elect Sanne de Wit zegt dat ze er zin in heeft.",
            "Sanne de Wit",
        ),
        (
            "‘Ik heb er zin in’, zegt wethouder-in-spe Karim Bennani.",
            "Karim Bennani",
        ),
    ]);
}

#[test]
fn messages_evaluations_and_guides_as_documents() {
    speakers(&[
        (
            "In de sms staat dat de ontvanger een boete moet betalen.",
            "de sms",
        ),
        (
            "In de handreiking staat dat gemeenten sneller moeten bouwen.",
            "de handreiking",
        ),
    ]);
}

#[test]
fn volgens_a_pronoun_in_a_relative_or_reason_clause_is_the_subject() {
    speakers(&[
        (
            "Een taxichauffeur ging naar de politie vanwege een klant die hem volgens hem met een mes bedreigde.",
            "Een taxichauffeur",
        ),
        (
            "De oppositie wil een extra raad, want volgens haar heeft de burgemeester gelogen.",
            "De oppositie",
        ),
    ]);
    // Without a reason or relative clause the pronoun has no antecedent in the sentence.
    nothing(&["De oppositie wil een extra raad en volgens haar heeft de burgemeester gelogen."]);
}

#[test]
fn for_whom_a_quotation_is_clear_says_it() {
    speakers(&[
        (
            "Voor wethouder Ben Kroon staat vast: „Deze woningen komen er.”",
            "Ben Kroon",
        ),
        (
            "Voor de oppositie is de zaak duidelijk: ‘Het college heeft gelogen.’",
            "de oppositie",
        ),
        ("Voor de club is het duidelijk: ‘We gaan door.’", "de club"),
    ]);
    // Something there for someone is no judgement: a title follows.
    nothing(&["Voor de kinderen is er een nieuw boek: ‘Kikker is verliefd’."]);
}

#[test]
fn an_uninflected_nationality_after_een_opens_a_phrase() {
    speakers(&[
        (
            "Een Amerikaans team zegt dat de ster is ontploft.",
            "Een Amerikaans team",
        ),
        (
            "Een Frans-Duits consortium meldt dat de tank in 2035 klaar is.",
            "Een Frans-Duits consortium",
        ),
    ]);
}

#[test]
fn an_unquoted_claim_ends_in_the_quotation_after_its_cue() {
    // One claim (the guideline's rule 5), as when both halves are quoted.
    speaker_and_claim(&[
        (
            "De kerk is, zegt pastoor Wim Jacobs, ‘geen museum maar een huiskamer’.",
            "Wim Jacobs",
            "De kerk is, zegt pastoor Wim Jacobs, ‘geen museum maar een huiskamer’",
        ),
        (
            "De kerk, zo schrijven de bisschoppen in hun brief, ‘is geen bezit’.",
            "de bisschoppen",
            "De kerk, zo schrijven de bisschoppen in hun brief, ‘is geen bezit’",
        ),
    ]);
    let s = only("‘Het gaat slecht’, zei Hu, ‘maar we gaan door.’");
    assert!(s.claim.exact.starts_with("‘Het gaat slecht’"), "{s:#?}");
}

#[test]
fn a_warning_or_a_call_in_the_speakers_words() {
    speakers(&[
        (
            "De gouverneur waarschuwt voor ‘een zomer van chaos’ aan de kust.",
            "De gouverneur",
        ),
        (
            "Na de rellen riep de imam op tot ‘kalmte en verstand’.",
            "de imam",
        ),
    ]);
    // A warning of a thing, or a call for one, in the writer's words.
    nothing(&[
        "De politie waarschuwt voor gladheid.",
        "De imam riep op tot kalmte.",
    ]);
}

#[test]
fn a_plural_form_inverted_after_zo() {
    speakers(&[
        (
            "Het proces wordt uitgesteld, zo verwachten juridische experts.",
            "juridische experts",
        ),
        (
            "De opkomst zal laag zijn, zo menen waarnemers in Caracas.",
            "waarnemers in Caracas",
        ),
    ]);
    nothing(&["De prijzen stijgen, zo vragen wij ons af."]);
}

#[test]
fn a_passive_with_a_phrase_before_its_participle_has_no_speaker() {
    // Who was told is the subject; nobody named told them.
    nothing(&[
        "Passagiers werden bij de gate gewaarschuwd dat de vlucht vertraging had.",
        "Gasten werd bij het inchecken verteld dat het zwembad gesloten was.",
        "Toeristen worden via borden gewaarschuwd dat drinken op straat verboden is.",
    ]);
    // An agent after `door` still speaks.
    speakers(&[(
        "Passagiers werden bij de gate door de KLM gewaarschuwd dat de vlucht vertraging had.",
        "KLM",
    )]);
}

#[test]
fn a_passive_description_is_its_agents() {
    speakers(&[(
        "De camping wordt door bezoekers omschreven als ‘een verborgen parel’.",
        "bezoekers",
    )]);
    // Without an agent nobody named describes it; a passive of naming names.
    nothing(&[
        "Het hotel wordt omschreven als ‘een bouwput’.",
        "Deze wantsen worden door entomologen ‘schildwantsen’ genoemd.",
    ]);
}

#[test]
fn a_relative_dat_after_a_particles_object() {
    nothing(&[
        "De wethouder wees op het hotelbeleid, dat nieuwe hotels in de binnenstad verbiedt.",
    ]);
    speakers(&[
        (
            "De wethouder wees erop dat het hotelbeleid werkt.",
            "De wethouder",
        ),
        (
            "De wethouder wees op het gevaar dat de stad vol raakt.",
            "De wethouder",
        ),
    ]);
}

#[test]
fn east_asian_given_names_with_a_long_syllable() {
    speakers(&[
        (
            "President Lai Ching-te zei dat Taiwan niet buigt.",
            "Lai Ching-te",
        ),
        (
            "Volgens minister Cheng Li-chiun is het eiland klaar.",
            "Cheng Li-chiun",
        ),
    ]);
}

#[test]
fn in_de_ogen_van_is_as_volgens() {
    speakers(&[(
        "In de ogen van het Egmontinstituut doet België te weinig.",
        "Egmontinstituut",
    )]);
    nothing(&["In de ogen van de wereld is het een ramp."]);
}

#[test]
fn asking_oneself_a_question_claims_nothing() {
    nothing(&[
        "Komt er nog een beving? Dat is de vraag die seismologen zich nu stellen.",
        "De minister stelde zich de vraag of het kon.",
    ]);
    speakers(&[("De minister stelt dat de vraag terecht is.", "De minister")]);
}

#[test]
fn aldus_a_source_close_to_someone() {
    speakers(&[(
        "„De prinses herstelt goed,” aldus een bron dicht bij de koninklijke familie.",
        "een bron dicht bij de koninklijke familie",
    )]);
}

#[test]
fn an_own_count_is_as_an_own_saying() {
    speakers(&[
        (
            "Het leger heeft volgens eigen opgave drie helikopters vernietigd.",
            "Het leger",
        ),
        (
            "Volgens opgave van de grenswacht zijn driehonderd mensen geëvacueerd.",
            "de grenswacht",
        ),
    ]);
}

#[test]
fn a_hedge_before_the_statement_noun_of_dat_is() {
    pair_speakers(
        "d:1",
        &[
            (
                "De regering moet aftreden.",
                "Dat is althans de conclusie van onderzoekers van de Universiteit Utrecht.",
                "onderzoekers van de Universiteit Utrecht",
            ),
            (
                "De regering moet aftreden.",
                "Dit is in elk geval de boodschap van de premier.",
                "de premier",
            ),
        ],
    );
    assert!(run(&[&["De regering moet aftreden.", "Dat is althans de vraag."]]).is_empty());
}

#[test]
fn an_accusation_in_the_perfect_with_its_infinitive() {
    speaker_and_claim(&[(
        "Oekraïne heeft Rusland ervan beschuldigd de kerncentrale te beschieten.",
        "Oekraïne",
        "de kerncentrale te beschieten",
    )]);
    nothing(&[
        "Rusland wordt ervan beschuldigd de kerncentrale te beschieten.",
        "De verdachte is beschuldigd van moord.",
        "Oekraïne heeft Rusland beschuldigd van oorlogsmisdaden.",
    ]);
}

#[test]
fn heet_het_in_a_document() {
    speakers(&[
        (
            "In de verklaring heet het dat de regering geen schuld heeft.",
            "de verklaring",
        ),
        (
            "In het rapport van de inspectie heet het dat de zorg tekortschiet.",
            "de inspectie",
        ),
    ]);
    nothing(&["In Nederland heet het dat je niet mag klagen."]);
}

#[test]
fn a_judgement_quoted_as_the_objects_predicate() {
    speaker_and_claim(&[
        (
            "De Raad van State acht het risico ‘verwaarloosbaar’.",
            "Raad van State",
            "‘verwaarloosbaar’",
        ),
        (
            "De bond beschouwt het voorstel als „een klap in het gezicht”.",
            "De bond",
            "„een klap in het gezicht”",
        ),
        (
            "De oppositie beschuldigt de minister van „regelrechte sabotage”.",
            "De oppositie",
            "„regelrechte sabotage”",
        ),
    ]);
    nothing(&[
        "Er zijn acht ‘spookdorpen’ in de regio.",
        "Het OM beschuldigt hem van deelname aan de groep ‘Rode Vlam’.",
        "De bond beschouwt het voorstel als een klap in het gezicht.",
    ]);
}

#[test]
fn zo_with_it_for_what_was_said() {
    pair_speakers(
        "d:1",
        &[
            (
                "„We gaan door tot het einde.”",
                "Zo vat coach Peter Bosz het samen.",
                "Peter Bosz",
            ),
            (
                "De club moet door.",
                "Zo verwoordde Bosz het zaterdag.",
                "Bosz",
            ),
        ],
    );
    assert!(
        run(&[&[
            "De club moet door.",
            "Zo meldt het bureau 96 nieuwe gevallen."
        ]])
        .is_empty()
    );
}

#[test]
fn kamerlid_capitalised_before_a_surname_is_a_role() {
    second_speakers(&[(
        "SP-Kamerlid Jorien Slagter is boos over de wachtlijsten.",
        "Volgens Kamerlid Slagter laat het UWV zieke mensen in de steek.",
        "Jorien Slagter",
    )]);
    nothing(&["Volgens het Reglement van Orde mag een Kamerlid vier interrupties plegen."]);
}

#[test]
fn animals_keepers_and_shelters_speak() {
    speakers(&[
        (
            "Volgens de opvang in Groesveld zijn er al zestig katten binnengebracht.",
            "de opvang in Groesveld",
        ),
        (
            "Het asiel in Brakel zegt dat het geen honden meer kan opnemen.",
            "Het asiel in Brakel",
        ),
        (
            "Volgens het dierenpark is de jonge giraffe gezond.",
            "het dierenpark",
        ),
        (
            "Volgens de hoefsmid had het paard al weken last van een hoef.",
            "de hoefsmid",
        ),
    ]);
    // A surname is no park.
    second_speakers(&[(
        "Onderzoeker Sun-Hee Park van de universiteit van Seoul leidde de studie.",
        "Park waarschuwt dat muizen geen mensen zijn.",
        "Sun-Hee Park",
    )]);
}

#[test]
fn a_womans_form_and_an_adjective_in_air_before_a_role() {
    speakers(&[
        (
            "Mariene biologe Eva Brandt zegt dat het rif zich herstelt.",
            "Eva Brandt",
        ),
        (
            "Klinisch psychologe Eva Brandt vindt dat de zorg tekortschiet.",
            "Eva Brandt",
        ),
        (
            "Evolutionair bioloog Piet Bos zegt dat de vogel al eerder uitstierf.",
            "Piet Bos",
        ),
        (
            "„Het probleem is groter”, zegt medisch ethicus Grietje Hoekstra.",
            "Grietje Hoekstra",
        ),
    ]);
    speaker_and_claim(&[(
        "Volgens de biologe zelf is de training zwaar.",
        "de biologe",
        "is de training zwaar",
    )]);
}

#[test]
fn a_report_named_by_a_demonstrative_as_the_fronted_object() {
    pair_speakers(
        "d:1",
        &[
            (
                "Kinderen moeten minder schermtijd krijgen.",
                "Die conclusie trekken oogartsen van de Universiteit van Brevik na een analyse.",
                "oogartsen van de Universiteit van Brevik",
            ),
            (
                "Kinderen moeten minder schermtijd krijgen.",
                "Tot dezelfde slotsom kwam de Gezondheidsraad.",
                "Gezondheidsraad",
            ),
            (
                "Kinderen moeten minder schermtijd krijgen.",
                "Dat advies geeft ook het Nibud.",
                "Nibud",
            ),
            (
                "De koopkracht stijgt volgend jaar met 1 procent.",
                "Die verwachting spreekt het CPB uit in de nieuwe raming.",
                "CPB",
            ),
        ],
    );
    for second in [
        "Die cijfers publiceerde het CBS.",
        "Dat advies nam het kabinet over.",
        "Die verwachting spreekt het CPB tegen.",
    ] {
        assert!(
            run(&[&["De koopkracht stijgt volgend jaar.", second]]).is_empty(),
            "{second}"
        );
    }
}

#[test]
fn a_cited_source_is_a_second_speaker() {
    for (text, first, second) in [
        (
            "Onder verwijzing naar lokale functionarissen meldde de staatstelevisie dat honderden huizen zijn ingestort.",
            "lokale functionarissen",
            "de staatstelevisie",
        ),
        (
            "Met een beroep op de politie schreef de krant dat er drie doden zijn.",
            "de politie",
            "de krant",
        ),
        (
            "Procureur Javier Montalbán, geciteerd door de krant El Vigía, zei dat de deuren dicht waren.",
            "El Vigía",
            "Javier Montalbán",
        ),
    ] {
        let got = one(text);
        let names: Vec<&str> = got.iter().map(|s| s.speaker.as_str()).collect();
        assert_eq!(names, [first, second], "{text}");
    }
    let got = one("Volgens de gouverneur, geciteerd door het persbureau, staat het water hoog.");
    let claims: Vec<(&str, &str)> = got
        .iter()
        .map(|s| (s.speaker.as_str(), s.claim.exact.as_str()))
        .collect();
    assert_eq!(
        claims,
        [
            ("de gouverneur", "staat het water hoog"),
            ("het persbureau", "staat het water hoog")
        ]
    );
    nothing(&[
        "Met een beroep op zijn zwijgrecht weigerde de verdachte te antwoorden.",
        "Onder verwijzing naar de wet weigerde de gemeente de vergunning.",
    ]);
}

#[test]
fn an_abbreviated_saint_or_a_capitalised_suffix_inside_a_name() {
    speakers(&[
        ("Robert Keane Jr. zei dat hij wint.", "Robert Keane Jr."),
        (
            "Robert Keane Jr., de kandidaat van de Democraten, zei dat hij wint.",
            "Robert Keane Jr.",
        ),
        (
            "De gouverneur, Ezra St. Clair, zei dat het klopt.",
            "Ezra St. Clair",
        ),
        ("St. Clair zei dat het klopt.", "St. Clair"),
    ]);
}

#[test]
fn an_impersonal_passive_with_its_body_before_it() {
    speakers(&[
        (
            "Vanuit het ministerie wordt benadrukt dat niemand zijn uitkering kwijtraakt.",
            "het ministerie",
        ),
        (
            "Van de kant van de werkgevers wordt gesteld dat hogere lonen banen kosten.",
            "de werkgevers",
        ),
        (
            "Binnen het pensioenfonds wordt betwijfeld of de verhoging houdbaar is.",
            "het pensioenfonds",
        ),
        (
            "Op het ministerie wordt erkend dat de brieven te laat zijn verstuurd.",
            "het ministerie",
        ),
    ]);
    nothing(&[
        "In kringen rond de minister wordt gezegd dat hij opstapt.",
        "Bij de politie wordt onderzocht of de man schuldig is.",
        "Op straat wordt gezegd dat hij opstapt.",
        "Op het stadhuis wordt beweerd dat de club werd gecontroleerd.",
    ]);
}

#[test]
fn orders_retorts_boasts_and_a_magazine() {
    speakers(&[
        (
            "De deelstaatregering heeft gelast dat alle festivals worden verboden.",
            "De deelstaatregering",
        ),
        (
            "De president verordende dat de grens dichtgaat.",
            "De president",
        ),
        (
            "De regering heeft afgekondigd dat de scholen sluiten.",
            "De regering",
        ),
        ("Whitby kaatste terug dat Labour geen plan heeft.", "Whitby"),
        ("Harlow pochte dat hij de verkiezingen wint.", "Harlow"),
        (
            "Raman hield de minister voor dat zijn ministerie was gewaarschuwd.",
            "Raman",
        ),
        (
            "De vakbond tekent aan dat de hervorming vooral vrouwen treft.",
            "De vakbond",
        ),
        (
            "De vakbonden voeren aan dat werknemers eerder met pensioen moeten.",
            "De vakbonden",
        ),
        (
            "Het verzoekschrift stelt dat de wet ongrondwettig is.",
            "Het verzoekschrift",
        ),
        ("Volgens het blad heeft zij een nieuwe vriend.", "het blad"),
    ]);
    nothing(&[
        "De bond tekende beroep aan tegen het vonnis.",
        "De regering kondigde de noodtoestand af.",
        "Het blad van de boom viel.",
    ]);
}

#[test]
fn naar_zijn_zeggen_is_the_possessors() {
    for second in [
        "Naar zijn zeggen heeft het UWV de aanvraag drie keer kwijtgemaakt.",
        "Het UWV heeft naar zijn zeggen de aanvraag drie keer kwijtgemaakt.",
    ] {
        let got = run(&[&["Ahmed Bouzidi wacht al een jaar op zijn uitkering.", second]]);
        assert_eq!(who(&got), [("d:2", "Ahmed Bouzidi")], "{second}");
    }
    // (A person as the subject is the possessor: "De fotograaf werd naar zijn zeggen …".)
    speakers(&[(
        "De fotograaf werd naar zijn zeggen zonder waarschuwing weggedragen.",
        "De fotograaf",
    )]);
}

#[test]
fn ter_plaatse_places_a_group() {
    speakers(&[
        (
            "Apothekers ter plaatse zeggen dat de vraag al is verdubbeld.",
            "Apothekers ter plaatse",
        ),
        (
            "Medewerkers van de WHO ter plaatse vertellen dat de situatie ernstig is.",
            "Medewerkers van de WHO ter plaatse",
        ),
    ]);
}

#[test]
fn a_name_in_apposition_after_a_role_and_its_phrases() {
    speakers(&[
        (
            "In een gesprek met Wikinews zei de kandidaat voor het burgemeesterschap van Millbrook, Colin Ashby, dat hij wint.",
            "Colin Ashby",
        ),
        (
            "„We hebben een deal”, liet de fractieleider in de Senaat, Carol Whitlock, weten.",
            "Carol Whitlock",
        ),
    ]);
}
