//! `attribution`: the translation keeps who said what. For each attributed claim (an accepted
//! or proposed attribution on the source) in a translated segment:
//! - when the Dutch sentence names the speaker (the full name or one of its words, e.g. the
//!   surname), the English must name them too — a claim whose source is dropped or changed in
//!   the translation is reported on the whole translation;
//! - an English attribution ("said X", "X said", "X says", "according to X", "X told …") that
//!   names someone else than the speakers attributed in the segment is reported on that name.
//!
//! A speaker counts as named in the Dutch by its proper-name words (not a title, a function word
//! or a word the dictionary knows in lower case: `Wetenschappers`, `Een student`). The English
//! keeps them when it has the name, an exonym (`Maria`/`Mary`), a stem (`Italianen`/`Italians`),
//! a transliteration (`Serraj`/`Sarraj`) or a FreeDict translation (`Engelsman`/`Englishman`);
//! an English attribution is only reported when its name is nowhere in the Dutch sentence (a
//! name the source has is a claim the translation orders differently, not a new speaker).
//! Both kinds on one segment are one finding: the name the translation puts in its place.

use super::names::{EXONYMS, covered, is_function_word, shares_stem, with_parts};
use super::{Context, Doc, Finding, Token, char_len, contains_word, damerau, fold, is_capitalised};
use crate::align::features::en_stem;
use crate::align::lexicon::Lexicon;
use crate::model::Side;
use std::collections::HashSet;

/// English reporting verbs: "said X" and "X said".
const VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "added",
    "adds",
    "warned",
    "warns",
    "stated",
    "states",
    "announced",
    "announces",
    "wrote",
    "writes",
    "claimed",
    "claims",
    "argued",
    "argues",
    "noted",
    "notes",
    "explained",
    "explains",
    "insisted",
    "insists",
    "declared",
    "declares",
    "confirmed",
    "confirms",
    "stressed",
    "stresses",
    "reported",
    "reports",
    "observed",
    "observes",
    "fears",
    "feared",
    "doubts",
    "doubted",
    "hinted",
    "hints",
];

/// Capitalised words that are titles or roles, not names.
const TITLES: &[&str] = &[
    "President",
    "Prime",
    "Minister",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Professor",
    "Prof",
    "Chancellor",
    "General",
    "Secretary",
    "Sir",
    "Lord",
    "Lady",
    "King",
    "Queen",
    "Prince",
    "Pope",
    "The",
    "A",
    "An",
    "But",
    "And",
    "He",
    "She",
    "They",
    "It",
    "We",
    "I",
    "You",
    "In",
    "On",
    "At",
    "According",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Chief",
    "Senator",
    "Governor",
    "Mayor",
    "Judge",
    "Sheikh",
    "Colonel",
    "Captain",
    "Foreign",
    "Defence",
    "Defense",
    // Name suffixes: they identify nobody (`N. Wayne Hale Jr.`, `Hokuriku Electric Power Co.`).
    "Jr",
    "Sr",
    "Co",
    "Inc",
    "Ltd",
    "Corp",
    "Bros",
    "II",
    "III",
];

/// An attributed claim on a segment's source.
#[derive(Debug, Clone, Copy)]
pub struct Attributed<'a> {
    /// `DOC:N` of the segment.
    pub id: &'a str,
    /// The annotation's id, for the message.
    pub annotation: i64,
    pub speaker: &'a str,
}

struct Word<'t> {
    text: &'t str,
    /// Code-point offsets.
    start: usize,
    end: usize,
}

fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start: Option<(usize, usize)> = None;
    for (cp, (b, c)) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
        .enumerate()
    {
        let inner = c.is_alphanumeric() || c == '-';
        match (inner, start) {
            (true, None) => start = Some((b, cp)),
            (false, Some((sb, scp))) => {
                out.push(Word {
                    text: &text[sb..b],
                    start: scp,
                    end: cp,
                });
                start = None;
            }
            _ => {}
        }
    }
    out
}

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Folded, without a possessive `’s` (`Harchaoui’s`).
fn norm(w: &str) -> String {
    let l = fold(w);
    l.strip_suffix("'s").map(str::to_string).unwrap_or(l)
}

/// Two words of a name are the same: equal ignoring case, diacritics and a possessive, or
/// both of six letters or more and one edit apart.
fn same_word(a: &str, b: &str) -> bool {
    let (a, b) = (norm(a), norm(b));
    if a == b {
        return true;
    }
    let (la, lb) = (char_len(&a), char_len(&b));
    la >= 6 && lb >= 6 && la <= 40 && lb <= 40 && damerau(&a, &b, 1) <= 1
}

/// Whether the capitalised English word is a name: not a title or a function word, and,
/// with an English dictionary, not a common word capitalised (`Police`, `United`, `Scientists`).
fn english_name(ctx: &Context, w: &str) -> bool {
    if !capitalised(w) || TITLES.contains(&w) || char_len(w) < 2 {
        return false;
    }
    let lower = w.to_lowercase();
    if crate::align::features::en_stopword(&lower) {
        return false;
    }
    let acronym = w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
    acronym || !ctx.target_dictionary.is_some_and(|d| d.check(&lower))
}

/// A word of the speaker's phrase that names them in the Dutch: capitalised, not a title or a
/// function word, not a word the Dutch knows in lower case (the dictionary's, else the
/// document's) unless `exonyms.tsv` lists its English (`Italianen`).
fn dutch_name(ctx: &Context, doc: &Doc, w: &str) -> bool {
    if !proper_shape(w) {
        return false;
    }
    let lower = w.to_lowercase();
    let all_caps = w
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    let descriptive = !all_caps
        && match ctx.dictionary {
            Some(d) => d.check(&lower),
            None => doc.lower_seen.contains(&lower),
        };
    !descriptive || EXONYMS.english(w).is_some()
}

/// Capitalised, not a title, a function word, an abbreviation or a number.
fn proper_shape(w: &str) -> bool {
    is_capitalised(w)
        && char_len(w) >= 2
        && !TITLES.contains(&w)
        && !is_function_word(w)
        && !w.contains('.')
        && !w.chars().any(|c| c.is_ascii_digit())
}

/// The conjuncts of a speaker's phrase: `Tom en Maria`, `X, Y en Z`.
fn conjuncts(speaker: &str) -> impl Iterator<Item = &str> {
    speaker
        .split([',', '&'])
        .flat_map(|p| p.split(" en "))
        .flat_map(|p| p.split(" and "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
}

/// Dutch base forms to look a word up in the lexicon with (`wetenschappers` → `wetenschapper`).
fn dutch_bases(folded: &str) -> Vec<String> {
    let mut out = vec![folded.to_string()];
    for end in ["'s", "s", "en", "n", "e"] {
        if let Some(b) = folded.strip_suffix(end)
            && char_len(b) >= 3
        {
            out.push(b.to_string());
        }
    }
    out
}

/// Whether the FreeDict lexicon translates the Dutch word to one of the English stems.
fn translates(lexicon: Option<&Lexicon>, dutch: &str, stems: &HashSet<String>) -> bool {
    translates_if(lexicon, dutch, |s| stems.contains(s))
}

/// Whether the FreeDict lexicon translates the Dutch word to an English stem that `wanted`.
fn translates_if(lexicon: Option<&Lexicon>, dutch: &str, wanted: impl Fn(&str) -> bool) -> bool {
    let Some(lex) = lexicon else {
        return false;
    };
    dutch_bases(&fold(dutch))
        .iter()
        .filter_map(|b| lex.get(b))
        .flatten()
        .any(|s| wanted(s))
}

/// Whether a Dutch word and an English word name the same thing: the same word, a shared
/// stem (`Japanse`/`Japan`), an exonym (`Maria`/`Mary`) or a lexicon translation.
fn equivalent(lexicon: Option<&Lexicon>, dutch: &str, english: &str) -> bool {
    let (d, e) = (norm(dutch), norm(english));
    if same_word(dutch, english) || shares_stem(&d, &e) {
        return true;
    }
    if EXONYMS
        .english(dutch)
        .is_some_and(|forms| forms.iter().any(|f| f == &e || shares_stem(f, &e)))
    {
        return true;
    }
    let stem = en_stem(&e);
    translates_if(lexicon, dutch, |s| s == stem)
}

/// Whether the Dutch sentence has the English name word in some form: one of its words
/// [`equivalent`] to it, or a multi-word exonym (`Verenigde Staten` for `US`).
fn source_has(ctx: &Context, src: &[Token<'_>], multi: &[&[String]], english: &str) -> bool {
    let e = norm(english);
    if src.iter().any(|t| {
        t.text.chars().count() >= 2
            && (equivalent(ctx.lexicon, t.text, english)
                || (char_len(&e) >= 5 && damerau(&fold(t.text), &e, 1) <= 1))
    }) {
        return true;
    }
    multi.iter().any(|forms| {
        forms
            .iter()
            .any(|f| f.split(' ').any(|part| part == e) || f == &e)
    })
}

/// At most this many claims and English attributions of one segment are compared: each is
/// compared with the other side's words, and a segment a user makes long with thousands of
/// `said X` must not cost their product.
const MAX_COMPARED: usize = 32;

/// The phrases the English attributes to, around a reporting verb or after "according to":
/// word ranges that hold at least one capitalised word that is not a title.
fn attributed_names(ws: &[Word<'_>], text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let is_name = |w: &Word<'_>| capitalised(w.text) && !TITLES.contains(&w.text);
    let chars: Vec<char> = text.chars().collect();
    // Whether the words i and i+1 are separated only by spaces (no comma or quote).
    let adjacent = |i: usize| {
        i + 1 < ws.len()
            && chars[ws[i].end..ws[i + 1].start]
                .iter()
                .all(|c| c.is_whitespace())
    };
    for i in 0..ws.len() {
        let lower = ws[i].text.to_lowercase();
        let verb = VERBS.contains(&lower.as_str());
        if lower == "according" && ws.get(i + 1).is_some_and(|n| n.text == "to") {
            // "according to Libya expert Jalel Harchaoui of …": up to a comma or "of".
            let mut e = i + 2;
            while e < ws.len()
                && e - i < 10
                && adjacent(e - 1)
                && !matches!(
                    ws[e].text,
                    "of" | "at" | "from" | "in" | "on" | "that" | "and"
                )
            {
                e += 1;
            }
            let names: Vec<usize> = (i + 2..e).filter(|&k| is_name(&ws[k])).collect();
            if let (Some(&s), Some(&l)) = (names.first(), names.last()) {
                out.push((s, l + 1));
            }
        } else if verb && adjacent(i) {
            // "said Hu", "said President Xi Jinping".
            let mut j = i + 1;
            while j < ws.len() && TITLES.contains(&ws[j].text) && ws[j].text != "He" && adjacent(j)
            {
                j += 1;
            }
            if j < ws.len() && is_name(&ws[j]) {
                let mut e = j + 1;
                while e < ws.len() && is_name(&ws[e]) && adjacent(e - 1) {
                    e += 1;
                }
                out.push((j, e));
            }
        }
        // "Hu said": the name right before the verb.
        if verb && i > 0 && adjacent(i - 1) && is_name(&ws[i - 1]) {
            let mut s = i - 1;
            while s > 0 && is_name(&ws[s - 1]) && adjacent(s - 1) {
                s -= 1;
            }
            out.push((s, i));
        }
    }
    out
}

pub(super) fn check(ctx: &Context, doc: &Doc, out: &mut Vec<Finding>) {
    for si in &doc.segs {
        let seg = &si.seg;
        let Some(target) = seg.target.filter(|t| !t.trim().is_empty()) else {
            continue;
        };
        let claims: Vec<&Attributed<'_>> = ctx
            .attributions
            .iter()
            .filter(|a| a.id == seg.id)
            .take(MAX_COMPARED)
            .collect();
        if claims.is_empty() {
            continue;
        }
        let src: Vec<Token<'_>> = si.src.iter().flat_map(with_parts).collect();
        let tgt_words = words(target);
        let tfold = fold(target);
        let tkey = super::names::spelling_key(target);
        let tnames: Vec<String> = si
            .tgt
            .iter()
            .flat_map(with_parts)
            .filter(|t| is_capitalised(t.text))
            .map(|t| norm(t.text))
            .collect();
        let stems: HashSet<String> = si.tgt.iter().map(|t| en_stem(&norm(t.text))).collect();
        // Each speaker's words that name them in this Dutch sentence, by conjunct ("Tom en
        // Maria" must keep both): a capitalised word inside the sentence is a name (Dutch
        // capitalises nothing else there), one at its start only when not a common word.
        let is_named = |w: &str| {
            src.iter()
                .filter(|t| same_word(t.text, w))
                .any(|t| !t.initial || dutch_name(ctx, doc, w))
                && proper_shape(w)
        };
        let mut missing: Vec<(&Attributed<'_>, Vec<&str>)> = Vec::new();
        for a in &claims {
            if missing.iter().any(|(m, _)| m.speaker == a.speaker) {
                continue;
            }
            for conjunct in conjuncts(a.speaker) {
                let name: Vec<&str> = speaker_words(conjunct)
                    .into_iter()
                    .filter(|w| is_named(w))
                    .collect();
                if name.is_empty() {
                    continue;
                }
                // A name translated as a whole (`Artsen zonder Grenzen`: `Médecins Sans
                // Frontières`) is kept by a long word of its English form.
                let whole = EXONYMS
                    .multi_in(&fold(conjunct))
                    .into_iter()
                    .flatten()
                    .any(|form| {
                        contains_word(&tfold, form)
                            || form
                                .split(' ')
                                .any(|p| char_len(p) >= 5 && tnames.iter().any(|t| t == p))
                    });
                // Words that are also common English words (`Electric Power` in `Hokuriku
                // Electric Power Co.`) keep the speaker only when nothing else names them:
                // `power` in "nuclear power plant" is not the company.
                let common = |w: &&str| {
                    ctx.target_dictionary
                        .is_some_and(|d| d.check(&w.to_lowercase()))
                };
                let strong: Vec<&str> = name.iter().copied().filter(|w| !common(w)).collect();
                let identifying = if strong.is_empty() { &name } else { &strong };
                let kept = whole
                    || identifying.iter().any(|w| {
                        covered(w, &tfold, &tkey, &tnames) || translates(ctx.lexicon, w, &stems)
                    });
                if !kept {
                    missing.push((a, name));
                    break;
                }
            }
        }

        let mut others = Vec::new();
        let phrases = attributed_names(&tgt_words, target);
        // The multi-word names the source has (`Verenigde Staten`), found once.
        let multi: Vec<&[String]> = if phrases.is_empty() {
            Vec::new()
        } else {
            EXONYMS.multi_in(&fold(seg.source))
        };
        for (s, e) in phrases.into_iter().take(MAX_COMPARED) {
            let phrase = &tgt_words[s..e];
            let names: Vec<&str> = phrase
                .iter()
                .map(|w| w.text)
                .filter(|w| english_name(ctx, w))
                .collect();
            if names.is_empty() {
                continue;
            }
            // One of the attributed speakers, in any form.
            let speaker = claims.iter().any(|a| {
                speaker_words(a.speaker)
                    .iter()
                    .filter(|d| proper_shape(d) || !is_capitalised(d))
                    .any(|d| names.iter().any(|w| equivalent(ctx.lexicon, d, w)))
            });
            if speaker || names.iter().all(|n| source_has(ctx, &src, &multi, n)) {
                continue;
            }
            others.push((phrase[0].start, phrase[phrase.len() - 1].end));
        }

        if others.is_empty() {
            for (a, name) in &missing {
                out.push(Finding {
                    id: seg.id.to_string(),
                    side: Side::Target,
                    start: 0,
                    end: char_len(target),
                    exact: target.to_string(),
                    check: "attribution",
                    message: format!(
                        "the source attributes a claim to {} (#{}), but the translation does not name {}",
                        crate::text::one_line(a.speaker),
                        a.annotation,
                        if name.len() == 1 {
                            format!("‘{}’", name[0])
                        } else {
                            format!("any of ‘{}’", name.join("’, ‘"))
                        }
                    ),
                    suggestion: None,
                    category: None,
                });
            }
        }
        for (start, end) in others {
            let exact: String = target.chars().skip(start).take(end - start).collect();
            // The speakers the translation leaves out, else all of the segment's.
            let named: Vec<String> = if missing.is_empty() {
                claims
                    .iter()
                    .map(|a| format!("{} (#{})", crate::text::one_line(a.speaker), a.annotation))
                    .collect()
            } else {
                missing
                    .iter()
                    .map(|(a, _)| {
                        format!("{} (#{})", crate::text::one_line(a.speaker), a.annotation)
                    })
                    .collect()
            };
            out.push(Finding {
                id: seg.id.to_string(),
                side: Side::Target,
                start,
                end,
                message: format!(
                    "the translation attributes to ‘{}’, the source to {}",
                    crate::text::one_line(&exact),
                    named.join(" and ")
                ),
                exact,
                check: "attribution",
                suggestion: None,
                category: None,
            });
        }
    }
}

/// The words of a speaker's phrase, hyphenated words also by their parts (`Al-Sayib`).
fn speaker_words(speaker: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for w in words(speaker) {
        out.push(w.text);
        if w.text.contains('-') {
            out.extend(w.text.split('-').filter(|p| !p.is_empty()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{Segment, run};
    use std::collections::HashMap;

    /// The attribution findings' messages on segments (Dutch, English, speakers), checked
    /// without dictionaries or lexicon (the document's own lower-case words decide what is
    /// a common word).
    fn flagged(segments: &[(&str, &str, &[&str])]) -> Vec<String> {
        flagged_with(segments, None, None)
    }

    fn flagged_with(
        segments: &[(&str, &str, &[&str])],
        dictionary: Option<&crate::check::Dictionary>,
        lexicon: Option<&Lexicon>,
    ) -> Vec<String> {
        let ids: Vec<String> = (1..=segments.len()).map(|n| format!("d:{n}")).collect();
        let segs: Vec<Segment<'_>> = segments
            .iter()
            .zip(&ids)
            .map(|((nl, en, _), id)| Segment {
                id,
                source: nl,
                target: Some(en),
                link: None,
                needs_work: false,
                coded: None,
            })
            .collect();
        let attributed: Vec<Attributed<'_>> = segments
            .iter()
            .zip(&ids)
            .flat_map(|((_, _, speakers), id)| {
                speakers.iter().map(move |s| Attributed {
                    id,
                    annotation: 1,
                    speaker: s,
                })
            })
            .collect();
        let (names, words, glossary) = (HashMap::new(), HashSet::new(), Vec::new());
        let ctx = Context {
            segments: &segs,
            store_names: &names,
            words: &words,
            glossary: &glossary,
            source_lang: "nl",
            target_lang: "en",
            dictionary,
            target_dictionary: None,
            allow_drafts: false,
            attributions: &attributed,
            lexicon,
        };
        run(&ctx, Some(&["attribution"]))
            .into_iter()
            .map(|f| f.message)
            .collect()
    }

    #[test]
    fn each_of_coordinated_speakers_is_kept() {
        assert_eq!(
            flagged(&[(
                "Tom en Maria zeiden dat ze moe waren.",
                "Tom and Jane said they were tired.",
                &["Tom en Maria"],
            )]),
            ["the translation attributes to ‘Jane’, the source to Tom en Maria (#1)"]
        );
        // `Maria` is `Mary` in English (exonyms.tsv).
        assert!(
            flagged(&[(
                "Tom en Maria zeiden dat ze moe waren.",
                "Tom and Mary said they were tired.",
                &["Tom en Maria"],
            )])
            .is_empty()
        );
    }

    #[test]
    fn a_name_the_source_has_is_not_a_new_speaker() {
        assert!(
            flagged(&[(
                "Tom zei dat Maria hem had geslagen.",
                "Tom said Mary hit him.",
                &["Tom"],
            )])
            .is_empty()
        );
        // The UN is `de Verenigde Naties`: a name translated as a whole, either way round.
        assert!(
            flagged(&[(
                "Volgens de Verenigde Naties is de oogst mislukt.",
                "According to the UN, the harvest failed.",
                &["de Verenigde Naties"],
            )])
            .is_empty()
        );
        assert_eq!(
            flagged(&[(
                "Volgens de Verenigde Naties is de oogst mislukt.",
                "According to Oxfam, the harvest failed.",
                &["de Verenigde Naties"],
            )]),
            ["the translation attributes to ‘Oxfam’, the source to de Verenigde Naties (#1)"]
        );
    }

    #[test]
    fn a_speaker_translated_word_for_word_is_kept_by_the_lexicon() {
        let seg: &[(&str, &str, &[&str])] = &[(
            "Volgens de Kustwacht is de boot gezonken.",
            "According to the Coast Guard, the boat sank.",
            &["de Kustwacht"],
        )];
        assert_eq!(flagged(seg).len(), 1, "{:?}", flagged(seg));
        let mut lex = Lexicon::new();
        lex.add("kustwacht", "coast");
        lex.add("kustwacht", "guard");
        assert!(flagged_with(seg, None, Some(&lex)).is_empty());
    }

    #[test]
    fn a_common_noun_opening_the_sentence_is_no_name() {
        let Some((aff, dic)) = crate::check::Dictionary::system_dutch() else {
            eprintln!("SKIPPED: no Dutch Hunspell dictionary; install hunspell-nl");
            return;
        };
        let nl = crate::check::Dictionary::load(&aff, &dic).unwrap();
        let seg: &[(&str, &str, &[&str])] = &[(
            "Wetenschappers zeggen dat het klopt.",
            "Experts say it is true.",
            &["Wetenschappers"],
        )];
        assert!(flagged_with(seg, Some(&nl), None).is_empty());
        // Without the dictionary nothing says it is a common word.
        assert_eq!(flagged(seg).len(), 1);
    }

    #[test]
    fn a_name_suffix_does_not_keep_the_speaker() {
        let f = flagged(&[(
            "De directeur van het programma, N. Wayne Hale Jr. zei dat het schuim gevallen was.",
            "The program chief N. Marek Novak Jr. said the foam had fallen.",
            &["N. Wayne Hale Jr."],
        )]);
        assert_eq!(
            f,
            [
                "the source attributes a claim to N. Wayne Hale Jr. (#1), but the translation \
                 does not name any of ‘Wayne’, ‘Hale’"
            ]
        );
    }

    /// The names `attributed_names` finds in `t`, as text.
    fn names_in(t: &str) -> Vec<String> {
        let ws = words(t);
        attributed_names(&ws, t)
            .into_iter()
            .map(|(s, e)| {
                ws[s..e]
                    .iter()
                    .map(|w| w.text)
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    #[test]
    fn english_attributions_are_found() {
        assert_eq!(
            names_in(
                "According to Libya expert Jalel Harchaoui of the Clingendael Institute, it failed."
            ),
            ["Libya expert Jalel Harchaoui"]
        );
        assert_eq!(
            names_in("‘No’, said Hu. Merkel says it works, he told reporters."),
            ["Hu", "Merkel"]
        );
    }

    #[test]
    fn names_match_with_possessives_and_transliterations() {
        assert!(same_word("Harchaoui’s", "Harchaoui"));
        assert!(same_word("Sarraj", "Serraj"));
        assert!(!same_word("Hu", "Xu"));
        assert_eq!(speaker_words("Al-Sayib"), ["Al-Sayib", "Al", "Sayib"]);
    }
}
