//! What the aligner sees in a sentence: words folded to a comparable form, English stems,
//! cognate keys, numbers, and a stopword test that tells Dutch from English.

/// Lower case, with the diacritics of Latin letters removed (`Libië` → `libie`).
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        for l in c.to_lowercase() {
            out.push(match l {
                'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
                'è' | 'é' | 'ê' | 'ë' => 'e',
                'ì' | 'í' | 'î' | 'ï' => 'i',
                'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
                'ù' | 'ú' | 'û' | 'ü' => 'u',
                'ç' => 'c',
                'ñ' => 'n',
                'ý' | 'ÿ' => 'y',
                other => other,
            });
        }
    }
    out
}

/// A word of running text as the aligner keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Folded (lower case, no diacritics).
    pub folded: String,
    /// Written with a capital, not at the start of the sentence: likely a name.
    pub capital: bool,
    /// All digits: a number survives translation as written.
    pub number: bool,
}

/// The words of a sentence: runs of letters and digits; everything else separates them
/// (so `EU-landen` is `eu` + `landen`, `14.30` is `14` + `30`).
pub fn words(sentence: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut first = true;
    for w in sentence.split(|c: char| !c.is_alphanumeric()) {
        if w.is_empty() {
            continue;
        }
        let capital = !first && w.chars().next().is_some_and(char::is_uppercase);
        let number = w.chars().all(|c| c.is_ascii_digit());
        out.push(Word {
            folded: fold(w),
            capital,
            number,
        });
        first = false;
    }
    out
}

/// A crude English stemmer, applied alike to text and dictionary entries so that
/// `countries`/`country` and `talks`/`talk` meet.
pub fn en_stem(w: &str) -> String {
    let n = w.len();
    if !w.is_ascii() || n <= 3 {
        return w.to_string();
    }
    if let Some(s) = w.strip_suffix("ies").filter(|_| n > 4) {
        return format!("{s}y");
    }
    if w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") {
        return w.to_string();
    }
    if let Some(s) = w.strip_suffix("ing").filter(|_| n > 5) {
        return s.to_string();
    }
    if let Some(s) = w.strip_suffix("ed").filter(|_| n > 4) {
        return s.to_string();
    }
    if let Some(s) = w
        .strip_suffix("es")
        .filter(|s| s.ends_with(['s', 'x', 'h']))
    {
        return s.to_string();
    }
    if let Some(s) = w.strip_suffix('s') {
        return s.to_string();
    }
    w.to_string()
}

/// The cognate key of a folded word: its first five letters, for words of six or more
/// (`militair`/`military`, `strategische`/`strategic`); `None` for shorter words.
pub fn cognate_key(folded: &str) -> Option<String> {
    if folded.chars().count() < 6 || folded.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let mut key = String::from("~");
    key.extend(folded.chars().take(5));
    Some(key)
}

/// Dutch inflections tried, in order, when a word is not a dictionary headword as written.
pub fn nl_lemmas(w: &str) -> Vec<String> {
    let mut out = Vec::new();
    for suffix in ["en", "s", "e", "te", "de", "t", "heden", "ische", "ische"] {
        if let Some(stem) = w.strip_suffix(suffix).filter(|s| s.len() >= 3) {
            out.push(stem.to_string());
            // `landen` → `land`, `mannen` → `man`: a doubled consonant before -en.
            let b = stem.as_bytes();
            if suffix == "en" && b.len() >= 4 && b[b.len() - 1] == b[b.len() - 2] {
                out.push(stem[..stem.len() - 1].to_string());
            }
            // `lopen` → `loop`: the long vowel written once before -en.
            if suffix == "en" && b.len() >= 3 {
                let (v, c) = (b[b.len() - 2], b[b.len() - 1]);
                if b"aeou".contains(&v) && !b"aeiou".contains(&c) {
                    out.push(format!(
                        "{}{}{}",
                        &stem[..stem.len() - 1],
                        v as char,
                        c as char
                    ));
                }
            }
        }
    }
    out
}

const NL_STOP: &[&str] = &[
    "de", "het", "een", "en", "van", "niet", "op", "zijn", "te", "met", "voor", "die", "dat", "er",
    "ik", "je", "hij", "ze", "wij", "we", "naar", "maar", "ook", "om", "als", "bij", "nog", "wel",
    "geen", "heeft", "hebben", "wordt", "werd", "zal", "kan", "uit", "aan", "dan", "door", "tot",
    "zich", "deze", "wat", "waar", "hoe", "mijn", "jij", "ben", "was", "heb",
];

const EN_STOP: &[&str] = &[
    "the", "of", "and", "to", "a", "that", "it", "for", "with", "on", "are", "he", "she", "they",
    "you", "i", "we", "this", "be", "have", "has", "not", "but", "by", "from", "at", "or", "an",
    "will", "would", "can", "there", "their", "what", "which", "who", "how", "my", "your", "do",
    "did", "does", "been", "were", "his", "her", "its",
];

/// Dutch function words: they translate to too many things to be evidence.
pub fn nl_stopword(w: &str) -> bool {
    NL_STOP.contains(&w)
}

/// English words too common to say anything about which sentence is the translation.
pub fn en_stopword(w: &str) -> bool {
    EN_STOP.contains(&w) || matches!(w, "is" | "was" | "as" | "in" | "so" | "if" | "no")
}

/// Shares of Dutch and English stopwords among a text's words: `(nl, en)`.
pub fn stopword_shares<'a>(sentences: impl IntoIterator<Item = &'a str>) -> (f64, f64) {
    let (mut nl, mut en, mut all) = (0usize, 0usize, 0usize);
    for s in sentences {
        for w in words(s) {
            all += 1;
            nl += usize::from(NL_STOP.contains(&w.folded.as_str()));
            en += usize::from(EN_STOP.contains(&w.folded.as_str()));
        }
    }
    if all == 0 {
        return (0.0, 0.0);
    }
    (nl as f64 / all as f64, en as f64 / all as f64)
}

/// Which language a text looks like, if it says enough (at least 20 words and a clear
/// difference between the stopword shares).
pub fn guess_language<'a>(sentences: impl IntoIterator<Item = &'a str>) -> Option<&'static str> {
    let list: Vec<&str> = sentences.into_iter().collect();
    let n: usize = list.iter().map(|s| words(s).len()).sum();
    if n < 20 {
        return None;
    }
    let (nl, en) = stopword_shares(list);
    if nl > 2.0 * en && nl > 0.08 {
        Some("nl")
    } else if en > 2.0 * nl && en > 0.08 {
        Some("en")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_fold_and_mark_names_and_numbers() {
        let w = words("De EU-landen in Libië, om 14.30 uur.");
        let f: Vec<&str> = w.iter().map(|w| w.folded.as_str()).collect();
        assert_eq!(
            f,
            ["de", "eu", "landen", "in", "libie", "om", "14", "30", "uur"]
        );
        assert!(!w[0].capital && w[1].capital && w[6].number);
    }

    #[test]
    fn stems_and_lemmas_meet() {
        assert_eq!(en_stem("countries"), "country");
        assert_eq!(en_stem("talks"), "talk");
        assert_eq!(en_stem("boss"), "boss");
        assert!(nl_lemmas("landen").contains(&"land".to_string()));
        assert!(nl_lemmas("lopen").contains(&"loop".to_string()));
        assert_eq!(cognate_key("militair"), cognate_key("military"));
        assert_eq!(cognate_key("huis"), None);
    }

    #[test]
    fn tells_dutch_from_english() {
        let nl = "Het lijkt erop dat de besprekingen in Moskou zijn mislukt, maar de partijen \
                  hebben nog geen besluit genomen over een nieuwe ronde van het overleg.";
        let en = "It appears that the talks in Moscow have failed, but the parties have not \
                  yet decided on a new round of the negotiations with each other.";
        assert_eq!(guess_language([nl]), Some("nl"));
        assert_eq!(guess_language([en]), Some("en"));
        assert_eq!(guess_language(["te kort"]), None);
    }
}
