use super::abbrev::{self, Abbreviations, Kind};
use super::*;

const SEED: &str = include_str!("testdata/seed_article.txt");
const GOLDEN: &str = include_str!("testdata/nl_golden_rules.jsonl");

/// Checks everything `segment` promises about offsets, for any input.
fn check_invariants(text: &str, paragraphs: &[Paragraph]) {
    let chars: Vec<char> = text.chars().collect();
    let mut covered = vec![false; chars.len()];
    let mut last_end = 0;
    for p in paragraphs {
        assert!(!p.sentences.is_empty(), "empty paragraph in {text:?}");
        assert_eq!(p.start, p.sentences[0].start);
        assert_eq!(p.end, p.sentences.last().unwrap().end);
        for s in &p.sentences {
            assert!(
                s.start >= last_end && s.start < s.end,
                "bad range {s:?} in {text:?}"
            );
            let slice: String = chars[s.start..s.end].iter().collect();
            assert_eq!(slice, s.text, "offsets do not round-trip in {text:?}");
            let via_skip: String = text.chars().skip(s.start).take(s.end - s.start).collect();
            assert_eq!(via_skip, s.text);
            assert_eq!(
                s.text,
                s.text.trim_matches(sentences::is_space),
                "untrimmed {s:?}"
            );
            covered[s.start..s.end].iter_mut().for_each(|c| *c = true);
            last_end = s.end;
        }
    }
    for (c, covered) in chars.iter().zip(covered) {
        assert!(
            covered || sentences::is_space(*c),
            "{c:?} lost from {text:?}"
        );
    }
}

fn sentences_of(text: &str, lang: Lang) -> Vec<String> {
    let paragraphs = segment(text, lang);
    check_invariants(text, &paragraphs);
    paragraphs
        .into_iter()
        .flat_map(|p| p.sentences)
        .map(|s| s.text)
        .collect()
}

fn paragraphs_of(text: &str) -> Vec<Vec<String>> {
    let paragraphs = segment(text, Lang::Nl);
    check_invariants(text, &paragraphs);
    paragraphs
        .into_iter()
        .map(|p| p.sentences.into_iter().map(|s| s.text).collect())
        .collect()
}

/// One `#[test]` per case: `name: "input" => ["sentence", ...];`
macro_rules! cases {
    ($lang:expr; $($name:ident: $text:expr => [$($s:expr),* $(,)?];)*) => {
        $(
            #[test]
            fn $name() {
                let expected: &[&str] = &[$($s),*];
                assert_eq!(sentences_of($text, $lang), expected, "input: {:?}", $text);
            }
        )*
    };
}

mod seed_article {
    use super::*;

    #[test]
    fn has_12_paragraphs_and_35_sentences() {
        let paragraphs = segment(SEED, Lang::Nl);
        check_invariants(SEED, &paragraphs);
        assert_eq!(paragraphs.len(), 12);
        let total: usize = paragraphs.iter().map(|p| p.sentences.len()).sum();
        assert_eq!(total, 35);
        let per_paragraph: Vec<usize> = paragraphs.iter().map(|p| p.sentences.len()).collect();
        assert_eq!(per_paragraph, [3, 1, 4, 6, 1, 3, 4, 3, 1, 5, 1, 3]);
    }

    #[test]
    fn caption_ends_with_photo_credit() {
        let caption = &segment(SEED, Lang::Nl)[0];
        assert_eq!(caption.sentences.len(), 3);
        assert!(caption.sentences[0].text.ends_with("in Tripoli."));
        assert_eq!(
            caption.sentences[1].text,
            "Haftar vertrok zonder zijn handtekening te zetten onder het akkoord."
        );
        assert_eq!(caption.sentences[2].text, "Beeld EPA");
    }

    #[test]
    fn quoted_phrase_before_period() {
        let p = &segment(SEED, Lang::Nl)[3];
        assert!(p.sentences[0].text.starts_with("Voor Rusland is"));
        assert!(p.sentences[0].text.ends_with("‘pijnlijke tegenvaller’."));
        assert_eq!(
            p.sentences[1].text,
            "Moskou steunt Hafta al geruime tijd met heimelijke wapenleveranties."
        );
    }

    #[test]
    fn questions_and_quotes() {
        let paragraphs = segment(SEED, Lang::Nl);
        assert_eq!(
            paragraphs[1].sentences[0].text,
            "Waarom zijn de besprekingen in Moskou mislukt?"
        );
        let p = &paragraphs[6];
        assert!(
            p.sentences[0]
                .text
                .ends_with("‘Haftar een lesje te leren’, als diens troepen het slotoffensief tegen Tripoli inzetten.")
        );
        let p = &paragraphs[7];
        assert_eq!(
            p.sentences[1].text,
            "‘Beide partijen hebben daar geen enkel belang bij’, zegt hij."
        );
        let p = &paragraphs[9];
        assert_eq!(
            p.sentences[4].text,
            "Dat bleek twee jaar geleden toen drie Franse commando's in het zuiden van Libië omkwamen bij een helikopterongeluk."
        );
    }

    #[test]
    fn offsets_are_chars_of_the_whole_input() {
        let paragraphs = segment(SEED, Lang::Nl);
        assert_eq!(paragraphs[0].start, 0);
        let last = paragraphs.last().unwrap();
        assert_eq!(last.end, SEED.trim_end().chars().count());
        // The second paragraph starts after the caption and one blank line.
        let caption_end = paragraphs[0].end;
        assert_eq!(paragraphs[1].start, caption_end + 2);
    }

    #[test]
    fn same_with_crlf_and_bom() {
        let crlf = format!("\u{feff}{}", SEED.replace('\n', "\r\n"));
        let plain = segment(SEED, Lang::Nl);
        let converted = segment(&crlf, Lang::Nl);
        check_invariants(&crlf, &converted);
        let texts = |ps: &[Paragraph]| -> Vec<Vec<String>> {
            ps.iter()
                .map(|p| {
                    p.sentences
                        .iter()
                        .map(|s| s.text.replace("\r\n", "\n"))
                        .collect()
                })
                .collect()
        };
        assert_eq!(texts(&plain), texts(&converted));
        assert_eq!(converted[0].start, 1, "the BOM is counted but not included");
    }
}

mod golden_rules {
    use super::*;

    #[test]
    fn dutch_golden_rules() {
        let mut n = 0;
        for line in GOLDEN.lines().filter(|l| !l.trim().is_empty()) {
            let record: serde_json::Value = serde_json::from_str(line).unwrap();
            let text = record["text"].as_str().unwrap();
            let gold: Vec<String> = serde_json::from_value(record["sentences"].clone()).unwrap();
            assert_eq!(sentences_of(text, Lang::Nl), gold, "{}", record["id"]);
            n += 1;
        }
        assert_eq!(n, 3);
    }
}

mod nl_abbreviations {
    use super::*;

    cases! { Lang::Nl;
        title_dhr: "Gisteren sprak dhr. Jansen de raad toe. Daarna ging hij naar huis." =>
            ["Gisteren sprak dhr. Jansen de raad toe.", "Daarna ging hij naar huis."];
        title_mevr_at_start: "Mevr. De Vries is wethouder. Zij woont in Delft." =>
            ["Mevr. De Vries is wethouder.", "Zij woont in Delft."];
        title_prof_dr: "Prof. dr. A. Jansen gaf college. Het was druk." =>
            ["Prof. dr. A. Jansen gaf college.", "Het was druk."];
        title_capitalised_pair: "Prof. Dr. Van Dam sprak. Niemand luisterde." =>
            ["Prof. Dr. Van Dam sprak.", "Niemand luisterde."];
        title_mr: "De advocaat, mr. Peters, zweeg. Hij wist genoeg." =>
            ["De advocaat, mr. Peters, zweeg.", "Hij wist genoeg."];
        title_drs_ir_ing: "Drs. P. Smit, ir. K. Bos en ing. L. Dam tekenden. Zo ging het." =>
            ["Drs. P. Smit, ir. K. Bos en ing. L. Dam tekenden.", "Zo ging het."];
        title_st: "De St. Janskerk staat in Gouda. Ze is groot." =>
            ["De St. Janskerk staat in Gouda.", "Ze is groot."];
        title_book: "Dr. Jekyll en Mr. Hyde is een boek. Het is eng." =>
            ["Dr. Jekyll en Mr. Hyde is een boek.", "Het is eng."];
        mid_o_a: "Er waren o.a. Fransen en Duitsers. Ook Belgen kwamen." =>
            ["Er waren o.a. Fransen en Duitsers.", "Ook Belgen kwamen."];
        mid_o_a_before_quote: "Hij maakte o.a. \"Namiddag te Oostende\". Dat werk is beroemd." =>
            ["Hij maakte o.a. \"Namiddag te Oostende\".", "Dat werk is beroemd."];
        mid_o_m: "Hij schreef voor o.m. Volk en Staat. Dat blad bestaat niet meer." =>
            ["Hij schreef voor o.m. Volk en Staat.", "Dat blad bestaat niet meer."];
        mid_bijv_in_brackets: "Sommige landen (bijv. Zweden) doen dat. Andere niet." =>
            ["Sommige landen (bijv. Zweden) doen dat.", "Andere niet."];
        mid_d_w_z: "Het museum is dicht, d.w.z. Het Rijksmuseum. Morgen weer open." =>
            ["Het museum is dicht, d.w.z. Het Rijksmuseum.", "Morgen weer open."];
        mid_mbt_ipv_tav: "Overleg m.b.t. Schiphol leidt i.p.v. Rotterdam t.a.v. Zeeland tot niets. Dat is duidelijk." =>
            ["Overleg m.b.t. Schiphol leidt i.p.v. Rotterdam t.a.v. Zeeland tot niets.", "Dat is duidelijk."];
        mid_ca_number: "Er kwamen ca. 6000 mensen. Het was druk." =>
            ["Er kwamen ca. 6000 mensen.", "Het was druk."];
        mid_ca_in_brackets: "Het aandeel (ca. 28%) groeit. Dat is veel." =>
            ["Het aandeel (ca. 28%) groeit.", "Dat is veel."];
        reference_nr_blz_art: "Zie nr. 8 op blz. 12 en art. 5 van de wet. Dat is helder." =>
            ["Zie nr. 8 op blz. 12 en art. 5 van de wet.", "Dat is helder."];
        reference_page_in_citation: "De werkloosheid stijgt (OECD, 2019, p. 12). Zie pp. 12-14. Dat is veel." =>
            ["De werkloosheid stijgt (OECD, 2019, p. 12).", "Zie pp. 12-14.", "Dat is veel."];
        reference_capital_nr: "Generatorruimte Nr. 2 liep onder. Niemand overleefde." =>
            ["Generatorruimte Nr. 2 liep onder.", "Niemand overleefde."];
        mid_vs_zgn: "Ajax vs. PSV werd 2-1. De zgn. Paarse coalitie viel." =>
            ["Ajax vs. PSV werd 2-1.", "De zgn. Paarse coalitie viel."];
        mid_incl_excl_resp: "De prijs (incl. BTW, excl. Verzending) is resp. Laag en hoog. Dat valt mee." =>
            ["De prijs (incl. BTW, excl. Verzending) is resp. Laag en hoog.", "Dat valt mee."];
        v_chr_with_space: "Vanaf ongeveer 40 v. Chr., toen Cleopatra stierf, bleef Alexandrië hoofdstad. Dit bleef zo." =>
            ["Vanaf ongeveer 40 v. Chr., toen Cleopatra stierf, bleef Alexandrië hoofdstad.", "Dit bleef zo."];
        v_chr_ends_sentence: "De stad werd gesticht in 331 v.Chr. Daarna groeide ze snel." =>
            ["De stad werd gesticht in 331 v.Chr.", "Daarna groeide ze snel."];
        enz_ends_sentence: "Ze verkochten appels, peren enz. De markt was vol." =>
            ["Ze verkochten appels, peren enz.", "De markt was vol."];
        enz_mid_sentence: "Appels, peren enz. werden verkocht. Alles ging weg." =>
            ["Appels, peren enz. werden verkocht.", "Alles ging weg."];
        etc_ends_sentence: "Boeken, platen etc. Alles moest weg." =>
            ["Boeken, platen etc.", "Alles moest weg."];
        e_d_lower_case: "Cytokinen e.d. veroorzaken ontstekingen. Dat is bekend." =>
            ["Cytokinen e.d. veroorzaken ontstekingen.", "Dat is bekend."];
        jl_ends_sentence: "Hij overleed op 3 mei jl. De begrafenis is vrijdag." =>
            ["Hij overleed op 3 mei jl.", "De begrafenis is vrijdag."];
        a_s_ends_sentence: "De vergadering is op dinsdag a.s. Iedereen is welkom." =>
            ["De vergadering is op dinsdag a.s.", "Iedereen is welkom."];
        month_before_year: "Op 3 jan. 2020 begon het. Het duurde lang." =>
            ["Op 3 jan. 2020 begon het.", "Het duurde lang."];
        month_ends_sentence: "Het gebeurde op 12 dec. Toen sneeuwde het." =>
            ["Het gebeurde op 12 dec.", "Toen sneeuwde het."];
        name_jan_is_not_a_month: "Ik zag Jan. Hij lachte." => ["Ik zag Jan.", "Hij lachte."];
        unit_kg_ends_sentence: "Hij woog 80 kg. Hij was fit." => ["Hij woog 80 kg.", "Hij was fit."];
        company_nv_ends_sentence: "Het bedrijf heet Philips N.V. Het is groot." =>
            ["Het bedrijf heet Philips N.V.", "Het is groot."];
        de_dato_before_date: "De brief, dd. 4 juli 1776, is oud. Hij ligt in een museum." =>
            ["De brief, dd. 4 juli 1776, is oud.", "Hij ligt in een museum."];
        unknown_abbreviation_before_lower_case: "Het gebeurde in de vm. uren. Daarna niet meer." =>
            ["Het gebeurde in de vm. uren.", "Daarna niet meer."];
        acronym_is_no_lower_case_title: "Het blijft bestaan, zegt ING. Klanten hoeven niets te doen." =>
            ["Het blijft bestaan, zegt ING.", "Klanten hoeven niets te doen."];
        acronym_vs_ends_sentence: "Hij woont in de VS. Daar is het warm." =>
            ["Hij woont in de VS.", "Daar is het warm."];
        capitalised_title_still_runs_on: "Ing. Bos tekende. Zo ging het." =>
            ["Ing. Bos tekende.", "Zo ging het."];
    }
}

mod nl_initials_and_numbers {
    use super::*;

    cases! { Lang::Nl;
        initial_single: "Volgens J. Harchaoui is het mis. Hij weet het." =>
            ["Volgens J. Harchaoui is het mis.", "Hij weet het."];
        initials_double: "W.F. Hermans schreef De donkere kamer van Damokles. Het boek werd een klassieker." =>
            ["W.F. Hermans schreef De donkere kamer van Damokles.", "Het boek werd een klassieker."];
        initials_spaced: "Het rapport van D. K. Arya kwam uit. Vijf verdachten zijn opgepakt." =>
            ["Het rapport van D. K. Arya kwam uit.", "Vijf verdachten zijn opgepakt."];
        initials_hyphenated: "Het boek van J.-P. Sartre is dun. Lees het." =>
            ["Het boek van J.-P. Sartre is dun.", "Lees het."];
        initial_two_letters: "Th. Thijssen en Joh. Enschedé waren er. Zij spraken." =>
            ["Th. Thijssen en Joh. Enschedé waren er.", "Zij spraken."];
        letter_after_a_noun_ends_before_a_starter: "Er zijn 23 kinderen met griep A. Een woordvoerder zei dat. Hij had hepatitis B. Volgens de arts gaat het goed." =>
            ["Er zijn 23 kinderen met griep A.", "Een woordvoerder zei dat.", "Hij had hepatitis B.", "Volgens de arts gaat het goed."];
        initial_after_a_title_before_a_surname: "Het besluit van burgemeester A. Aboutaleb viel goed. Minister H. de Jonge zweeg." =>
            ["Het besluit van burgemeester A. Aboutaleb viel goed.", "Minister H. de Jonge zweeg."];
        retired_rank_before_a_name: "„Nee”, zegt generaal b.d. Peter van Uhm. Hij zweeg." =>
            ["„Nee”, zegt generaal b.d. Peter van Uhm.", "Hij zweeg."];
        initial_after_a_particle_stays: "Het boek van Willem van de T. De Vries kwam uit. Hij las het." =>
            ["Het boek van Willem van de T. De Vries kwam uit.", "Hij las het."];
        compass_point_after_coordinates: "Het schip zonk op 66° 13' N, 04° 02' E. De storm kwam later." =>
            ["Het schip zonk op 66° 13' N, 04° 02' E.", "De storm kwam later."];
        decimal_comma: "De groei was 3,5 procent. Dat is veel." =>
            ["De groei was 3,5 procent.", "Dat is veel."];
        time_with_period: "Om 14.30 uur begon de zitting. Die duurde lang." =>
            ["Om 14.30 uur begon de zitting.", "Die duurde lang."];
        thousands_separators: "Er wonen 1.200.000 mensen. Dat zijn er veel." =>
            ["Er wonen 1.200.000 mensen.", "Dat zijn er veel."];
        year_ends_sentence: "Hij werd geboren in 1943. Daarom kende hij de oorlog." =>
            ["Hij werd geboren in 1943.", "Daarom kende hij de oorlog."];
        number_starts_sentence: "Dat was in 2000. 20.4% van het land is bos." =>
            ["Dat was in 2000.", "20.4% van het land is bos."];
        golden_rule_number_start: "Hij schoot toen de missiles kwamen. 81 procent was raak." =>
            ["Hij schoot toen de missiles kwamen.", "81 procent was raak."];
        ordinal_before_lower_case: "Hij zit in de 2. klas van het gymnasium. Dat is zwaar." =>
            ["Hij zit in de 2. klas van het gymnasium.", "Dat is zwaar."];
        period_between_digits_never_splits: "Versie 1.2.3 kwam uit op 1.1.2020 om 9.00. Niemand merkte het." =>
            ["Versie 1.2.3 kwam uit op 1.1.2020 om 9.00.", "Niemand merkte het."];
        code_with_digit_ends_sentence: "Het enzym heet COX-2. COX-1 lijkt erop." =>
            ["Het enzym heet COX-2.", "COX-1 lijkt erop."];
    }
}

mod nl_ellipsis_urls {
    use super::*;

    cases! { Lang::Nl;
        ellipsis_starts_sentence: "81 procent van de schoten was raak. ...en toen barste de hel los." =>
            ["81 procent van de schoten was raak.", "...en toen barste de hel los."];
        ellipsis_before_lower_case: "Hij wachtte... en toen kwam ze. Eindelijk." =>
            ["Hij wachtte... en toen kwam ze.", "Eindelijk."];
        unicode_ellipsis_before_lower_case: "Hij wachtte… en toen kwam ze." =>
            ["Hij wachtte… en toen kwam ze."];
        ellipsis_before_capital: "Hij wachtte... Niemand kwam." => ["Hij wachtte...", "Niemand kwam."];
        unicode_ellipsis_before_capital: "Hij wachtte… Niemand kwam." => ["Hij wachtte…", "Niemand kwam."];
        ellipsis_opens_paragraph: "...en toen was het stil. Niemand sprak." =>
            ["...en toen was het stil.", "Niemand sprak."];
        omission_in_brackets_before_lower_case: "De schilder Ensor (...) is een vernieuwer. Dat zag men." =>
            ["De schilder Ensor (...) is een vernieuwer.", "Dat zag men."];
        omission_in_brackets_before_capital: "Hij is een vernieuwer (...) We zien dat." =>
            ["Hij is een vernieuwer (...)", "We zien dat."];
        ellipsis_then_quote_period: "Ensor brengt variatie in zijn schilderijen... \"." =>
            ["Ensor brengt variatie in zijn schilderijen... \"."];
        url_www: "Kijk op www.nu.nl voor meer. Of bel ons." =>
            ["Kijk op www.nu.nl voor meer.", "Of bel ons."];
        url_at_sentence_end: "Zie https://www.example.com/nieuws/2020.html?id=3. Daar staat alles." =>
            ["Zie https://www.example.com/nieuws/2020.html?id=3.", "Daar staat alles."];
        url_with_capitals: "Lees het op Nu.nl/Economie?Id=7!Ok en antwoord. Dank." =>
            ["Lees het op Nu.nl/Economie?Id=7!Ok en antwoord.", "Dank."];
        email_at_sentence_end: "Mail naar info@tolk.nl. Wij antwoorden snel." =>
            ["Mail naar info@tolk.nl.", "Wij antwoorden snel."];
        email_with_initials: "Mail J.de.Vries@uva.nl of bel. Dank." =>
            ["Mail J.de.Vries@uva.nl of bel.", "Dank."];
    }
}

mod nl_quotes_and_terminators {
    use super::*;

    cases! { Lang::Nl;
        single_curly_quotes: "Hij zei: ‘Ik kom morgen.’ Daarna vertrok hij." =>
            ["Hij zei: ‘Ik kom morgen.’", "Daarna vertrok hij."];
        double_curly_quotes: "“Dat is raar,” zei ze. “Heel raar.” Toen lachte ze." =>
            ["“Dat is raar,” zei ze.", "“Heel raar.”", "Toen lachte ze."];
        low_high_quotes: "„Wij gaan winnen!” Dat riep de trainer." =>
            ["„Wij gaan winnen!”", "Dat riep de trainer."];
        straight_single_quotes: "'Ik ben moe.' Ze ging slapen." => ["'Ik ben moe.'", "Ze ging slapen."];
        typewriter_low_quotes: ",,De zomer was goed'', zegt hij. ,,Het blijft lastig.'' Hij lacht." =>
            [",,De zomer was goed'', zegt hij.", ",,Het blijft lastig.''", "Hij lacht."];
        typewriter_low_quotes_after_a_question: "Kan dat? ,,Nee.''" => ["Kan dat?", ",,Nee.''"];
        straight_double_quotes: "\"Wat nu?\" Niemand wist het." => ["\"Wat nu?\"", "Niemand wist het."];
        guillemets: "«Nee.» Hij bleef staan." => ["«Nee.»", "Hij bleef staan."];
        quote_then_lower_case_speaker: "‘Waarom?’ vroeg hij. ‘Daarom.’" =>
            ["‘Waarom?’ vroeg hij.", "‘Daarom.’"];
        exclamation_in_quote_mid_sentence: "Hij riep \"Good Luck!\" naar de bemanning. Die zwaaide." =>
            ["Hij riep \"Good Luck!\" naar de bemanning.", "Die zwaaide."];
        period_after_closing_quote: "Het was een ‘pijnlijke tegenvaller’. Moskou zweeg." =>
            ["Het was een ‘pijnlijke tegenvaller’.", "Moskou zweeg."];
        sentence_in_brackets: "Dat was het einde. (Zie ook hoofdstuk 3.) Daarna kwam de epiloog." =>
            ["Dat was het einde.", "(Zie ook hoofdstuk 3.)", "Daarna kwam de epiloog."];
        source_in_brackets_after_quote: "\"Mijn voorbeelden zijn Borms en Laplasse.\" (debat UFSIA, 1992.) De partij zweeg." =>
            ["\"Mijn voorbeelden zijn Borms en Laplasse.\"", "(debat UFSIA, 1992.)", "De partij zweeg."];
        question_mark: "Waarom zijn de besprekingen mislukt? Het lijkt erop dat Haftar zeker is." =>
            ["Waarom zijn de besprekingen mislukt?", "Het lijkt erop dat Haftar zeker is."];
        exclamation_mark: "Wat een dag! Iedereen was blij." => ["Wat een dag!", "Iedereen was blij."];
        interrobang_run: "Meen je dat?! Ongelooflijk." => ["Meen je dat?!", "Ongelooflijk."];
        repeated_exclamation: "Goal!!! Het stadion ontplofte." => ["Goal!!!", "Het stadion ontplofte."];
        question_then_lower_case: "Hoezo? zei hij. Niemand antwoordde." =>
            ["Hoezo? zei hij.", "Niemand antwoordde."];
        question_in_brackets: "De kunstenaar (Ensor?) op de foto lacht. Het is 1900." =>
            ["De kunstenaar (Ensor?) op de foto lacht.", "Het is 1900."];
        no_space_no_split: "Het eindigde.Daarna niets." => ["Het eindigde.Daarna niets."];
        end_of_paragraph_ends_sentence: "Haftar vertrok. Beeld EPA" => ["Haftar vertrok.", "Beeld EPA"];
        stray_period_is_not_a_sentence: ". Volgens wetenschappers was het bruin. Dat is nieuw." =>
            [". Volgens wetenschappers was het bruin.", "Dat is nieuw."];
    }
}

mod nl_apostrophes {
    use super::*;

    cases! { Lang::Nl;
        clitic_s_starts_sentence: "Het was laat. ’s Avonds werd het koud." =>
            ["Het was laat.", "’s Avonds werd het koud."];
        clitic_t_starts_sentence: "Kom binnen. ’t Is koud buiten." => ["Kom binnen.", "’t Is koud buiten."];
        straight_clitic_starts_sentence: "Kom binnen. 't Is koud buiten." =>
            ["Kom binnen.", "'t Is koud buiten."];
        clitic_mid_sentence: "Hij werkt tot ’s avonds laat. Dan slaapt hij." =>
            ["Hij werkt tot ’s avonds laat.", "Dan slaapt hij."];
        clitic_after_period_lower_case: "Hij aarzelde. ’s avonds laat, dacht hij." =>
            ["Hij aarzelde. ’s avonds laat, dacht hij."];
        plural_apostrophe: "Drie Franse commando's kwamen om. Dat bleek later." =>
            ["Drie Franse commando's kwamen om.", "Dat bleek later."];
        plural_apostrophe_then_quote: "De auto's van 'De Telegraaf' stonden er. Ze waren rood." =>
            ["De auto's van 'De Telegraaf' stonden er.", "Ze waren rood."];
        year_apostrophe: "Het ging vooraf aan het Appèl '66. D66 legde de nadruk op democratie." =>
            ["Het ging vooraf aan het Appèl '66.", "D66 legde de nadruk op democratie."];
    }
}

mod nl_whitespace_and_paragraphs {
    use super::*;

    #[test]
    fn crlf_line_endings() {
        let text = "Eerste zin.\r\nTweede zin.\r\n\r\nNieuwe alinea.\r\n";
        assert_eq!(
            paragraphs_of(text),
            [vec!["Eerste zin.", "Tweede zin."], vec!["Nieuwe alinea."]]
        );
    }

    #[test]
    fn crlf_inside_sentence_is_whitespace() {
        let text = "Dit is\r\neen zin. En\r\nnog een.";
        assert_eq!(
            paragraphs_of(text),
            [vec!["Dit is\r\neen zin.", "En\r\nnog een."]]
        );
    }

    #[test]
    fn bom_is_skipped_but_counted() {
        let text = "\u{feff}Eerste zin. Tweede zin.";
        let paragraphs = segment(text, Lang::Nl);
        check_invariants(text, &paragraphs);
        let s = &paragraphs[0].sentences;
        assert_eq!(s[0].text, "Eerste zin.");
        assert_eq!((s[0].start, s[0].end), (1, 12));
        assert_eq!((s[1].start, s[1].end), (13, 24));
    }

    #[test]
    fn bom_alone_on_first_line() {
        assert_eq!(paragraphs_of("\u{feff}\r\n\r\nTekst."), [vec!["Tekst."]]);
    }

    #[test]
    fn blank_line_separates_paragraphs() {
        assert_eq!(
            paragraphs_of("A een. B twee.\n\nC drie."),
            [vec!["A een.", "B twee."], vec!["C drie."]]
        );
    }

    #[test]
    fn multiple_blank_lines() {
        assert_eq!(
            paragraphs_of("\n\n\nEen.\n\n\n\nTwee.\n\n"),
            [vec!["Een."], vec!["Twee."]]
        );
    }

    #[test]
    fn whitespace_only_lines_are_blank() {
        assert_eq!(
            paragraphs_of("Een.\n   \t \nTwee.\n\u{a0}\nDrie."),
            [vec!["Een."], vec!["Twee."], vec!["Drie."]]
        );
    }

    #[test]
    fn single_newline_is_whitespace() {
        assert_eq!(
            paragraphs_of("Dit is\neen zin. En\nnog een."),
            [vec!["Dit is\neen zin.", "En\nnog een."]]
        );
    }

    #[test]
    fn newline_after_period_splits_like_a_space() {
        assert_eq!(
            paragraphs_of("Een zin.\nNog een."),
            [vec!["Een zin.", "Nog een."]]
        );
    }

    #[test]
    fn heading_without_punctuation_is_its_own_paragraph() {
        assert_eq!(
            paragraphs_of("Waarom mislukte het\n\nHet lijkt erop. Zo is het."),
            [
                vec!["Waarom mislukte het"],
                vec!["Het lijkt erop.", "Zo is het."]
            ]
        );
    }

    #[test]
    fn empty_and_blank_input() {
        assert!(segment("", Lang::Nl).is_empty());
        assert!(segment(" \n\r\n\t\u{feff}\n", Lang::Nl).is_empty());
        assert!(split_sentences("", Lang::Nl).is_empty());
        assert!(split_sentences("   ", Lang::Nl).is_empty());
    }

    #[test]
    fn non_breaking_space_and_tab_separate_sentences() {
        assert_eq!(
            sentences_of("Zin een.\u{a0}Zin twee.\tZin drie.", Lang::Nl),
            ["Zin een.", "Zin twee.", "Zin drie."]
        );
    }

    #[test]
    fn paragraph_offsets_span_their_sentences() {
        let text = "  Een. Twee.  \n\n Drie.";
        let paragraphs = segment(text, Lang::Nl);
        check_invariants(text, &paragraphs);
        assert_eq!((paragraphs[0].start, paragraphs[0].end), (2, 12));
        assert_eq!((paragraphs[1].start, paragraphs[1].end), (17, 22));
    }

    #[test]
    fn multibyte_offsets_are_chars() {
        let text = "Één ‘café’ in Zürich. Daarna 日本.";
        let paragraphs = segment(text, Lang::Nl);
        check_invariants(text, &paragraphs);
        let s = &paragraphs[0].sentences;
        assert_eq!((s[0].start, s[0].end), (0, 21));
        assert_eq!((s[1].start, s[1].end), (22, 32));
    }
}

mod english {
    use super::*;

    cases! { Lang::En;
        en_titles: "Mr. Smith went to Washington. He arrived late." =>
            ["Mr. Smith went to Washington.", "He arrived late."];
        en_more_titles: "Dr. Jones and Prof. Lee met Gen. Grant at St. Paul's. They talked." =>
            ["Dr. Jones and Prof. Lee met Gen. Grant at St. Paul's.", "They talked."];
        en_eg_ie: "Some teas, e.g. Earl Grey, i.e. The strong ones, sell well. People like them." =>
            ["Some teas, e.g. Earl Grey, i.e. The strong ones, sell well.", "People like them."];
        en_us_before_name: "U.S. President George W. Bush arrived. He was tired." =>
            ["U.S. President George W. Bush arrived.", "He was tired."];
        en_us_ends_sentence: "He lives in the U.S. The weather is nice." =>
            ["He lives in the U.S.", "The weather is nice."];
        en_pm_before_zone: "At 9 p.m. GMT Friday the quake struck. Nobody was hurt." =>
            ["At 9 p.m. GMT Friday the quake struck.", "Nobody was hurt."];
        en_pm_ends_sentence: "It happened at 9 p.m. The next day was calm." =>
            ["It happened at 9 p.m.", "The next day was calm."];
        en_inc_before_title: "Apple Inc. CEO Tim Cook spoke. Analysts were pleased." =>
            ["Apple Inc. CEO Tim Cook spoke.", "Analysts were pleased."];
        en_etc: "We bought apples, pears, etc. Then we left." =>
            ["We bought apples, pears, etc.", "Then we left."];
        en_no_before_number: "See No. 5 in the list. No. That is wrong." =>
            ["See No. 5 in the list.", "No.", "That is wrong."];
        en_initials: "J. K. Rowling wrote it. It sold well." => ["J. K. Rowling wrote it.", "It sold well."];
        en_letter_after_a_noun: "Take vitamin D. The dose is small. President John F. Kennedy spoke." =>
            ["Take vitamin D.", "The dose is small.", "President John F. Kennedy spoke."];
        en_numbers: "The price was $3.50. It rose to 1,200.75 later. Wow!" =>
            ["The price was $3.50.", "It rose to 1,200.75 later.", "Wow!"];
        en_url_and_email: "Visit www.example.com. Or email me at a.b@example.org. Thanks." =>
            ["Visit www.example.com.", "Or email me at a.b@example.org.", "Thanks."];
        en_quotes: "\"Is that you?!\" She gasped. \"Yes.\"" =>
            ["\"Is that you?!\"", "She gasped.", "\"Yes.\""];
        en_ellipsis: "He was dumb... and I told him. He waited... Nobody came." =>
            ["He was dumb... and I told him.", "He waited...", "Nobody came."];
        en_month: "It happened on Dec. 12 in London. Nobody saw it." =>
            ["It happened on Dec. 12 in London.", "Nobody saw it."];
        en_fort_before_name: "He grew up in Ft. Worth. It was hot." => ["He grew up in Ft. Worth.", "It was hot."];
        en_mount_and_dutch_title_not_english: "They climbed Mt. Fuji. Mr. Brown stayed." =>
            ["They climbed Mt. Fuji.", "Mr. Brown stayed."];
    }

    #[test]
    fn dutch_only_abbreviation_splits_in_english() {
        // Each language has its own list: "bijv." means nothing in English.
        assert_eq!(
            sentences_of("Then came the bijv. Nobody knew it.", Lang::En),
            ["Then came the bijv.", "Nobody knew it."]
        );
        assert_eq!(
            sentences_of("Then came the bijv. Nobody knew it.", Lang::Nl),
            ["Then came the bijv. Nobody knew it."]
        );
    }
}

mod api {
    use super::*;

    #[test]
    fn lang_from_str_is_case_insensitive() {
        assert_eq!("nl".parse::<Lang>(), Ok(Lang::Nl));
        assert_eq!("NL".parse::<Lang>(), Ok(Lang::Nl));
        assert_eq!("En".parse::<Lang>(), Ok(Lang::En));
    }

    #[test]
    fn lang_from_str_names_the_bad_value() {
        let err = "de".parse::<Lang>().unwrap_err();
        assert!(err.contains("\"de\""), "{err}");
        assert!("".parse::<Lang>().is_err());
        assert!("nld".parse::<Lang>().is_err());
    }

    #[test]
    fn lang_code_round_trips() {
        for lang in [Lang::Nl, Lang::En] {
            assert_eq!(lang.code().parse::<Lang>(), Ok(lang));
            assert_eq!(lang.to_string(), lang.code());
        }
    }

    #[test]
    fn split_sentences_returns_trimmed_byte_ranges() {
        let text = "  Één zin.  Nog één!  ";
        let ranges = split_sentences(text, Lang::Nl);
        let parts: Vec<&str> = ranges.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(parts, ["Één zin.", "Nog één!"]);
        assert_eq!(ranges[0], 2..12);
    }

    #[test]
    fn serializes_to_json() {
        let json = serde_json::to_value(segment("Een. Twee.", Lang::Nl)).unwrap();
        assert_eq!(
            json,
            serde_json::json!([{"start": 0, "end": 10, "sentences": [
                {"start": 0, "end": 4, "text": "Een."},
                {"start": 5, "end": 10, "text": "Twee."},
            ]}])
        );
    }
}

mod abbreviation_lists {
    use super::*;

    #[test]
    fn shipped_lists_parse() {
        for (lang, src) in [(Lang::Nl, abbrev::NL_SOURCE), (Lang::En, abbrev::EN_SOURCE)] {
            let list = Abbreviations::parse(src).unwrap_or_else(|e| panic!("{lang}: {e}"));
            assert!(list.len() > 50, "{lang}: only {} entries", list.len());
        }
    }

    #[test]
    fn lookup_ignores_case_and_final_period() {
        let nl = abbrev::for_lang(Lang::Nl);
        assert_eq!(nl.get("dhr"), Some(Kind::Never));
        assert_eq!(nl.get("Dhr"), Some(Kind::Never));
        assert_eq!(nl.get("O.A"), Some(Kind::Never));
        assert_eq!(nl.get("enz"), Some(Kind::MayEnd));
        assert_eq!(nl.get("fiets"), None);
        assert_eq!(nl.get(""), None);
        let en = abbrev::for_lang(Lang::En);
        assert_eq!(en.get("U.S"), Some(Kind::BeforeName));
        assert_eq!(en.get("may"), None, "May is never shortened");
    }

    #[test]
    fn malformed_lists_are_rejected() {
        assert!(
            Abbreviations::parse("dhr.\n")
                .unwrap_err()
                .contains("before any")
        );
        assert!(
            Abbreviations::parse("[often]\n")
                .unwrap_err()
                .contains("unknown section")
        );
        assert!(
            Abbreviations::parse("[never]\ndhr.\n[may-end]\nDhr\n")
                .unwrap_err()
                .contains("twice")
        );
        assert!(
            Abbreviations::parse("[never]\nv. Chr.\n")
                .unwrap_err()
                .contains("whitespace")
        );
        let ok = Abbreviations::parse("# comment\n[never]\nDhr. # trailing comment\n\n").unwrap();
        assert_eq!(ok.get("dhr"), Some(Kind::Never));
    }
}

mod round_trip {
    use super::*;

    /// Deterministic xorshift, so failures reproduce without a seed on the command line.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }

        fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
            items[(self.next() % items.len() as u64) as usize]
        }
    }

    const PIECES: &[&str] = &[
        "Zin",
        "eindigt",
        "hier.",
        "Dhr.",
        "dhr.",
        "J.",
        "W.F.",
        "o.a.",
        "enz.",
        "3,5",
        "14.30",
        "1.200.000",
        "3.",
        "’s",
        "'t",
        "commando's",
        "…",
        "...",
        "?!",
        "?",
        "!",
        ".",
        "‘",
        "’",
        "“",
        "”",
        "„",
        "\"",
        "'",
        "(",
        ")",
        "[",
        "]",
        "«",
        "»",
        "Één",
        "café",
        "Zürich",
        "日本",
        "😀",
        "www.nu.nl",
        "a@b.nl",
        "https://x.nl/a?b=1.",
        "U.S.",
        "p.m.",
        "Ø",
        "E.",
        "e\u{301}",
    ];
    const GAPS: &[&str] = &[
        " ", " ", " ", "", "  ", "\n", "\r\n", "\n\n", "\r\n\r\n", "\n \n", "\t", "\u{a0}",
        "\u{feff}", "\n\n\n",
    ];

    #[test]
    fn random_inputs_round_trip() {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        for _ in 0..2000 {
            let mut text = String::new();
            if rng.next().is_multiple_of(4) {
                text.push('\u{feff}');
            }
            for _ in 0..rng.next() % 40 {
                text.push_str(rng.pick(PIECES));
                text.push_str(rng.pick(GAPS));
            }
            for lang in [Lang::Nl, Lang::En] {
                check_invariants(&text, &segment(&text, lang));
            }
        }
    }

    #[test]
    fn split_sentences_agrees_with_segment_on_one_paragraph() {
        let text = "Dhr. J. Jansen kwam om 14.30 uur. ‘Hallo!’ zei hij. ’s Avonds… Niets.";
        let from_split: Vec<&str> = split_sentences(text, Lang::Nl)
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(sentences_of(text, Lang::Nl), from_split);
    }
}

/// English news text as the aligner meets it: titles, U.S., a.m./p.m., month abbreviations,
/// initials, quotes and bracketed abbreviations do not end sentences; real ends do.
#[test]
fn english_news_abbreviations_for_alignment() {
    let text = "Mr. Smith went to the U.S. on Jan. 5. He arrived at 9 a.m. and left. \
                J. R. R. Tolkien wrote books. \"Stop!\" he said. Dr. J. Smith met Gov. Brown \
                at St. Paul. Sen. Kerry (D-Mass.) spoke. They met in No. 10 Downing St. on \
                Tuesday. He left at 5 p.m. The next day he came back.";
    assert_eq!(
        sentences_of(text, Lang::En),
        [
            "Mr. Smith went to the U.S. on Jan. 5.",
            "He arrived at 9 a.m. and left.",
            "J. R. R. Tolkien wrote books.",
            "\"Stop!\" he said.",
            "Dr. J. Smith met Gov. Brown at St. Paul.",
            "Sen. Kerry (D-Mass.) spoke.",
            "They met in No. 10 Downing St. on Tuesday.",
            "He left at 5 p.m.",
            "The next day he came back.",
        ]
    );
}

/// The corpus English splits into as many sentences per paragraph as the Dutch: the
/// translation aligns 1-1 with it.
#[test]
fn corpus_english_matches_the_dutch_sentence_counts() {
    let nl = include_str!("../../corpus/libie-moskou.nl.txt");
    let en = include_str!("../../corpus/libie-moskou.en.txt");
    let counts = |t: &str, l: Lang| -> Vec<usize> {
        super::segment(t, l)
            .iter()
            .map(|p| p.sentences.len())
            .collect()
    };
    assert_eq!(counts(nl, Lang::Nl), counts(en, Lang::En));
}
