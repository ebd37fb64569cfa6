//! The suggester's data: reporting verbs (`cues_nl.txt`) and word lists (`words_nl.txt`),
//! parsed once on first use. Linguists edit the text files; a malformed line is a bug caught
//! by the unit tests (they parse both files).

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// One reporting verb.
#[derive(Debug, Clone)]
pub(crate) struct Verb {
    /// How sure the verb is reported speech, 0..1.
    pub weight: f64,
    /// For separable verbs: the particle(s) one of which must follow a split stem.
    pub particles: Vec<String>,
    /// Prepositions that introduce the claim ("zinspeelde op …").
    pub preps: Vec<String>,
    /// Particles that make the verb another verb ("stelde … in").
    pub blockers: Vec<String>,
    /// The claim may be the object before the particle ("kondigde nieuwe sancties aan").
    pub object: bool,
    /// Only a cue in the reporting frame: a `dat`-clause with no object before it, a colon,
    /// a quotation, or inverted after the claim ("vond dat …", not "vond een fossiel dat …").
    pub frame: bool,
    /// The claim may be a te-infinitive ("zei de wapens te hebben onderschept").
    pub te: bool,
    /// The claim must be a quotation ("noemde de roddels ‘politieke onzin’").
    pub quote: bool,
    /// The claim may be an indirect question after a question word ("vroeg waarom …").
    pub question: bool,
    /// A negation in the verb's clause takes the claim back ("zei niet dat …", "beweerde
    /// nooit dat …", "ontkende niet dat …"). Not verbs of belief, where "denkt niet dat"
    /// still reports a view, nor of doubt.
    pub assertion: bool,
    /// After a colon only a quotation is the claim ("reageerde laconiek: ‘…’"; "De markt
    /// reageerde opgelucht: de rente daalde" tells what happened).
    pub colon_quote: bool,
    /// A reflexive right after the verb makes another verb ("verklaarde zich onbevoegd",
    /// "meldde zich bij de politie"), except a commitment ("verklaarde zich bereid om").
    pub unreflexive: bool,
}

/// A word form of a verb: whether it is a stem that needs its particle later on.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Form {
    pub verb: usize,
    pub split: bool,
}

#[derive(Debug)]
pub(crate) struct Lexicon {
    pub verbs: Vec<Verb>,
    pub forms: HashMap<String, Vec<Form>>,
    /// Present plurals that are also the infinitive and often a noun ("eisen", "hopen",
    /// "vragen"), written `+form`: a cue only as a finite verb before a `dat`/`of`-clause or a
    /// colon, or inverted after the claim (the suggester checks).
    pub plurals: HashMap<String, Vec<Form>>,
    /// Forms of a modal that is a cue only with its particle ("wilde … weten"), written
    /// `*form`: kept out of `forms`, which other rules read as "a reporting verb is here".
    pub modals: HashMap<String, Vec<Form>>,
    lists: HashMap<String, HashSet<String>>,
    /// Speaker nouns of four letters or more, for the compound-suffix match.
    suffixes: HashSet<String>,
    /// Each word of a `role-synonyms` class and the classes it is in.
    synonyms: HashMap<String, Vec<usize>>,
    /// The `not-compounds` list, looked up for every compound match.
    not_compounds: HashSet<String>,
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::parse(include_str!("cues_nl.txt"), include_str!("words_nl.txt"))
        .unwrap_or_else(|e| panic!("attribution data: {e}"))
});

pub(crate) fn nl() -> &'static Lexicon {
    &LEXICON
}

impl Lexicon {
    pub(crate) fn parse(cues: &str, words: &str) -> Result<Self, String> {
        let mut verbs = Vec::new();
        let mut forms: HashMap<String, Vec<Form>> = HashMap::new();
        let mut plurals: HashMap<String, Vec<Form>> = HashMap::new();
        let mut modals: HashMap<String, Vec<Form>> = HashMap::new();
        for (n, raw) in cues.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let (_lemma, rest) = line
                .split_once('=')
                .ok_or_else(|| format!("cues_nl.txt line {}: no '='", n + 1))?;
            let mut verb = Verb {
                weight: 1.0,
                particles: Vec::new(),
                preps: Vec::new(),
                blockers: Vec::new(),
                object: false,
                frame: false,
                te: false,
                quote: false,
                question: false,
                assertion: false,
                colon_quote: false,
                unreflexive: false,
            };
            let index = verbs.len();
            let mut split = false;
            for w in rest.split_whitespace() {
                if w == "|" {
                    split = true;
                } else if w == "!object" {
                    verb.object = true;
                } else if w == "!frame" {
                    verb.frame = true;
                } else if w == "!te" {
                    verb.te = true;
                } else if w == "!quote" {
                    verb.quote = true;
                } else if w == "!question" {
                    verb.question = true;
                } else if w == "!assertion" {
                    verb.assertion = true;
                } else if w == "!colonquote" {
                    verb.colon_quote = true;
                } else if w == "!unreflexive" {
                    verb.unreflexive = true;
                } else if let Some(p) = w.strip_prefix('~') {
                    verb.particles.push(p.to_string());
                } else if let Some(p) = w.strip_prefix('@') {
                    verb.preps.push(p.to_string());
                } else if let Some(p) = w.strip_prefix('%') {
                    verb.weight = p
                        .parse()
                        .map_err(|_| format!("cues_nl.txt line {}: bad weight {w}", n + 1))?;
                } else if let Some(p) = w.strip_prefix('-') {
                    verb.blockers.push(p.to_string());
                } else if let Some(p) = w.strip_prefix('*') {
                    modals
                        .entry(p.to_lowercase())
                        .or_default()
                        .push(Form { verb: index, split });
                } else if let Some(p) = w.strip_prefix('+') {
                    plurals
                        .entry(p.to_lowercase())
                        .or_default()
                        .push(Form { verb: index, split });
                } else {
                    forms
                        .entry(w.to_lowercase())
                        .or_default()
                        .push(Form { verb: index, split });
                }
            }
            if split && verb.particles.is_empty() {
                return Err(format!(
                    "cues_nl.txt line {}: split stems without ~particle",
                    n + 1
                ));
            }
            verbs.push(verb);
        }
        let mut lists: HashMap<String, HashSet<String>> = HashMap::new();
        let mut section: Option<String> = None;
        for (n, raw) in words.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = Some(name.to_string());
                lists.entry(name.to_string()).or_default();
                continue;
            }
            let Some(s) = &section else {
                return Err(format!(
                    "words_nl.txt line {}: words before any [section]",
                    n + 1
                ));
            };
            let set = lists.entry(s.clone()).or_default();
            for w in line.split_whitespace() {
                set.insert(w.to_lowercase());
            }
        }
        for needed in [
            "pronouns",
            "determiners",
            "speaker-nouns",
            "function",
            "leading",
            "clause-break",
            "negative-before",
            "credit",
            "aux",
            "passive",
            "name-particles",
            "object-pronouns",
            "sentence-adverbs",
            "inferential",
            "speech-nouns",
            "degree-adverbs",
            "method-heads",
            "ways-of-saying",
            "authored-letters",
            "forecasts",
            "compound-sources",
            "source-nouns",
            "not-speakers",
            "prepositions",
            "titles",
            "anonymous",
            "source-adjectives",
            "text-carriers",
            "generic",
            "quantifiers",
            "counts",
            "report-nouns",
            "feminine",
            "masculine",
            "impersonal",
            "content-nouns",
            "om-nouns",
            "epithets",
            "programme-nouns",
            "subordinators",
            "before-subordinator",
            "calendar",
            "judgement-verbs",
            "judgements",
            "title-adjectives",
            "fronted-openers",
            "place-units",
            "office-names",
            "thing-titles",
            "documents",
            "figures",
            "envoys",
            "capitalised-offices",
            "signs",
            "interviewers",
            "statement-hedges",
            "fronted-report-verbs",
            "plural-speakers",
            "verb-forms",
            "english-heads",
            "numbers",
            "rubrics",
            "clear-words",
            "laws",
            "law-endings",
            "dative-participles",
            "dative-verbs",
            "not-compounds",
            "club-prefixes",
            "place-rivers",
            "numbered-nouns",
            "denials",
            "role-synonyms",
            "discourse-markers",
            "lay-groups",
            "name-openers",
            "national-offices",
            "neuter-documents",
            "caps-organisations",
        ] {
            if !lists.contains_key(needed) {
                return Err(format!("words_nl.txt: no [{needed}] section"));
            }
        }
        // A count ("honderden") leaves a generic head generic as any quantifier does.
        let counts = lists["counts"].clone();
        lists
            .entry("quantifiers".into())
            .or_default()
            .extend(counts);
        let suffixes: HashSet<String> = lists["speaker-nouns"]
            .iter()
            .filter(|w| w.chars().count() >= 4)
            .cloned()
            .collect();
        if let Some(w) = plurals.keys().find(|w| forms.contains_key(*w)) {
            return Err(format!("cues_nl.txt: +{w} is also a plain form"));
        }
        let mut synonyms: HashMap<String, Vec<usize>> = HashMap::new();
        let mut classes: Vec<&String> = lists["role-synonyms"].iter().collect();
        classes.sort();
        for (n, class) in classes.into_iter().enumerate() {
            for w in class.split('=') {
                synonyms.entry(w.to_string()).or_default().push(n);
            }
        }
        let not_compounds = lists["not-compounds"].clone();
        Ok(Lexicon {
            verbs,
            forms,
            plurals,
            modals,
            lists,
            suffixes,
            synonyms,
            not_compounds,
        })
    }

    /// A word that can be no noun of a phrase: a reporting verb's form (also a present
    /// plural), an auxiliary or a function word ("van de missie vermoeden").
    pub(crate) fn not_noun(&self, lower: &str) -> bool {
        self.forms.contains_key(lower)
            || self.plurals.contains_key(lower)
            || self.is("aux", lower)
            || self.is("function", lower)
    }

    /// Two role nouns for one role ("koning" and "vorst"), by the `role-synonyms` classes.
    pub(crate) fn same_role(&self, a: &str, b: &str) -> bool {
        match (self.synonyms.get(a), self.synonyms.get(b)) {
            (Some(x), Some(y)) => x.iter().any(|c| y.contains(c)),
            _ => false,
        }
    }

    pub(crate) fn is(&self, list: &str, lower: &str) -> bool {
        self.lists.get(list).is_some_and(|s| s.contains(lower))
    }

    /// A law, a rule or an agreement by its word ("wet", "VN-Handvest", "Arbeidstijdenwet",
    /// "wetboek", "cao"): it rules, it says nothing.
    /// Whether a word as written is an organisation only in capitals: "WMO" is one, "Wmo"
    /// the act (the list `caps-organisations`).
    pub(crate) fn caps_organisation(&self, text: &str) -> bool {
        text.chars().all(|c| !c.is_lowercase())
            && self.is("caps-organisations", &text.to_lowercase())
    }

    /// [`Self::law`] for a word as written (not a [`Self::caps_organisation`]).
    pub(crate) fn law_word(&self, text: &str) -> bool {
        !self.caps_organisation(text) && self.law(&text.to_lowercase())
    }

    pub(crate) fn law(&self, lower: &str) -> bool {
        self.is("laws", lower)
            // (A short acronym is no compound's tail: "Park Dong-woo" is a Korean name, not
            // the Wet open overheid.)
            || lower
                .rsplit_once('-')
                .is_some_and(|(_, t)| self.is("laws", t) && (t.len() > 3 || t == "wet"))
            // ("volgens de methode-D'Hondt", "het stelsel-Imperiali": a method named after
            // its maker.)
            || lower
                .split_once('-')
                .is_some_and(|(h, _)| self.is("method-heads", h))
            || lower.starts_with("wetboek")
            || self.lists.get("law-endings").is_some_and(|l| {
                l.iter()
                    .any(|e| lower.len() >= e.len() + 3 && lower.ends_with(e.as_str()))
            })
    }

    /// A number written out, also as one compound word ("zes", "vijfentwintig",
    /// "tweeëntwintig", "driehonderd"): the listed numbers joined, with "en" before a ten.
    pub(crate) fn number_word(&self, lower: &str) -> bool {
        let Some(numbers) = self.lists.get("numbers") else {
            return false;
        };
        if lower.len() > 40 {
            return false;
        }
        // at[p]: the first p bytes are numbers joined (1: ending in a number, 2: in a joining
        // "en"); linear in the length times the longest number.
        let mut at = vec![0u8; lower.len() + 1];
        at[0] = 1;
        for p in 0..lower.len() {
            if at[p] == 0 || !lower.is_char_boundary(p) {
                continue;
            }
            for q in p + 1..=lower.len().min(p + 12) {
                if !lower.is_char_boundary(q) {
                    continue;
                }
                let part = &lower[p..q];
                if numbers.contains(part) {
                    at[q] = 1;
                } else if p > 0 && at[p] == 1 && matches!(part, "en" | "ën") && at[q] == 0 {
                    at[q] = 2;
                }
            }
        }
        at[lower.len()] == 1 && lower != "een"
    }

    /// An adverb of the clause or of manner ("echter", "ook", "niet", "sterk", "unaniem").
    pub(crate) fn adverb(&self, lower: &str) -> bool {
        self.is("sentence-adverbs", lower) || self.is("manner-adverbs", lower)
    }

    /// The word is a listed one or a compound ending in one ("zorgbestuurder"): one lookup
    /// per ending, not one comparison per listed word.
    pub(crate) fn ends_in(&self, list: &str, lower: &str) -> bool {
        self.lists
            .get(list)
            .is_some_and(|l| self.ends_in_set(l, lower))
    }

    /// Whether `lower` is a word of `l` or a compound ending in one after at least three
    /// letters of something else (words over 40 bytes are no compound of ours).
    fn ends_in_set(&self, l: &HashSet<String>, lower: &str) -> bool {
        if l.contains(lower) {
            return true;
        }
        if lower.len() > 40 {
            return false;
        }
        let Some(p) = lower
            .char_indices()
            .skip(3)
            .map(|(p, _)| p)
            .find(|&p| l.contains(&lower[p..]))
        else {
            return false;
        };
        // The longest listed end decides: "rechtbank" is no kind of "bank" and "rooster" none
        // of "ster", but "arrondissementsrechtbank" is a "rechtbank" (checked only on a
        // match, so a word that ends in nothing listed costs one lookup per ending).
        let not = &self.not_compounds;
        !not.contains(lower)
            && !lower
                .char_indices()
                .skip(3)
                .take_while(|&(q, _)| q < p)
                .any(|(q, _)| not.contains(&lower[q..]))
    }

    /// A noun that can say something: listed, or a compound ending in a listed noun
    /// ("Libië-expert", "defensiewoordvoerder"), or a plural of one ("officieren").
    pub(crate) fn speaker_noun(&self, lower: &str) -> bool {
        self.speaker_noun_sg(lower) || singulars(lower).iter().any(|s| self.speaker_noun_sg(s))
    }

    /// A speaker noun for one person ("woordvoerder", "CNV-woordvoerder"): not a body
    /// ("de politie", "het concern") and not a plural ("de kenners").
    /// An inhabitant's name, lower case: listed ("belg", "brit") or with a long or foreign
    /// ending ("nederlander", "australiër", "amerikaan", "fransman", "portugees"), not one
    /// that surnames share ("De Boer", "De Haan").
    pub(crate) fn inhabitant(&self, lower: &str) -> bool {
        let n = lower.chars().count();
        self.is("demonyms", lower)
            || lower.ends_with("ander")
            || lower.ends_with("ër")
            || n >= 7 && (lower.ends_with("aan") || lower.ends_with("man"))
            || n >= 6 && lower.ends_with("ees")
            // ("Sloveen", "Chileen", "Argentijn", "Palestijn": long enough to be no surname.)
            || n >= 7 && (lower.ends_with("een") || lower.ends_with("ijn"))
    }

    /// Inhabitants in the plural, lower case ("nederlanders", "indiërs", "bonairianen",
    /// "taiwanezen", "japanners", "amsterdammers"): with a quantifier, the public.
    pub(crate) fn inhabitants(&self, lower: &str) -> bool {
        lower.chars().count() >= 6
            && (singulars(lower).iter().any(|s| self.inhabitant(s))
                || lower.ends_with("ezen")
                || lower.ends_with("ianen")
                || lower.ends_with("ners")
                || lower.ends_with("mers")
                || lower.ends_with("ters") && !lower.ends_with("kters"))
    }

    /// A common first name of either list ("Anna", "Pieter"): a person's, not a body's.
    pub(crate) fn first_name(&self, lower: &str) -> bool {
        self.is("feminine-names", lower) || self.is("masculine-names", lower)
    }

    pub(crate) fn person_noun(&self, lower: &str) -> bool {
        self.speaker_noun_sg(lower)
            && !self.ends_in("body-nouns", lower)
            && !singulars(lower).iter().any(|s| self.speaker_noun_sg(s))
    }

    /// A noun of an utterance or a document ("verklaring", "antwoord", "persbericht"): what
    /// someone's statement is called.
    pub(crate) fn statement_noun(&self, lower: &str) -> bool {
        self.is("speech-nouns", lower) || self.ends_in("source-nouns", lower)
    }

    /// A noun that names a body, or the plural of one ("instanties", "bedrijven").
    pub(crate) fn body_noun(&self, lower: &str) -> bool {
        self.ends_in("body-nouns", lower)
            || singulars(lower)
                .iter()
                .any(|s| self.ends_in("body-nouns", s))
    }

    /// The plural of a body noun ("zorgverzekeraars", "ziekenhuizen").
    pub(crate) fn plural_body(&self, lower: &str) -> bool {
        singulars(lower)
            .iter()
            .any(|s| s != lower && self.ends_in("body-nouns", s))
    }

    /// The plural of a speaker noun ("onderzoekers", "functionarissen"), listed or not.
    pub(crate) fn plural_noun(&self, lower: &str) -> bool {
        self.is("plural-speakers", lower)
            || singulars(lower)
                .iter()
                .any(|s| s != lower && self.speaker_noun_sg(s))
    }

    fn speaker_noun_sg(&self, lower: &str) -> bool {
        if self.is("speaker-nouns", lower) {
            return true;
        }
        // A party's member: "vvd'er", "n-va’er", "cda'ers".
        if let Some(stem) = ["'er", "’er"].iter().find_map(|e| lower.strip_suffix(e))
            && stem.chars().count() >= 2
            && stem
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '&')
        {
            return true;
        }
        let tail = lower.rsplit('-').next().unwrap_or(lower);
        if tail != lower && self.is("speaker-nouns", tail) {
            return true;
        }
        // A woman's form of a listed role: "biologe" bioloog, "psychologe" psycholoog.
        if let Some(m) = masculine_form(lower)
            && self.speaker_noun_sg(&m)
        {
            return true;
        }
        // Compounds written as one word: a listed noun of four letters or more at the end.
        self.ends_in_set(&self.suffixes, lower)
    }
}

/// The word for a man of a feminine noun in `-e` ("studente" student, "activiste" activist,
/// "astronaute" astronaut, "biologe" bioloog, "advocate" advocaat), so that a woman's role
/// points back to the role as written for her ("astronaut Christina Koch … de astronaute").
pub(crate) fn masculine_form(noun: &str) -> Option<String> {
    if let Some(stem) = noun.strip_suffix("loge") {
        return Some(format!("{stem}loog"));
    }
    if let Some(stem) = noun.strip_suffix("ate").filter(|s| s.chars().count() >= 3) {
        return Some(format!("{stem}aat"));
    }
    ["iste", "ente", "ante", "aute"]
        .iter()
        .any(|e| noun.ends_with(e) && noun.chars().count() >= 7)
        .then(|| noun[..noun.len() - 1].to_string())
}

/// The singulars a Dutch plural may have ("officieren" officier, "makelaars" makelaar,
/// "advocaten" advocaat, "zegslieden" zegsman), so that the word lists need only one form.
fn singulars(lower: &str) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(stem) = lower.strip_suffix("lieden") {
        out.push(format!("{stem}man"));
    }
    // Latin plurals: "critici" criticus, "historici" historicus.
    if let Some(stem) = lower.strip_suffix("ici") {
        out.push(format!("{stem}icus"));
    }
    if let Some(stem) = lower.strip_suffix("'s") {
        out.push(stem.to_string());
    } else if let Some(stem) = lower.strip_suffix('s') {
        out.push(stem.to_string());
    }
    if let Some(stem) = lower.strip_suffix("en") {
        out.push(stem.to_string());
        // A noun in -e takes -n: "deskundigen" deskundige, "luchtvaartdeskundigen".
        out.push(format!("{stem}e"));
        // A consonant doubled after a short vowel: "functionarissen" functionaris.
        let mut tail = stem.chars().rev();
        if let (Some(c), Some(d)) = (tail.next(), tail.next())
            && c == d
            && !"aeiou".contains(c)
        {
            out.push(stem[..stem.len() - c.len_utf8()].to_string());
        }
        // An open syllable written with one vowel: "advocaten" advocaat, "bonden" has none.
        let chars: Vec<char> = stem.chars().collect();
        if let [.., a, v, c] = chars[..]
            && matches!(v, 'a' | 'e' | 'o' | 'u')
            && !"aeiou".contains(a)
            && !"aeiou".contains(c)
        {
            let mut long: String = chars[..chars.len() - 1].iter().collect();
            long.push(v);
            long.push(c);
            out.push(long);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::singulars;

    #[test]
    fn plurals_give_their_singulars() {
        assert!(singulars("officieren").contains(&"officier".to_string()));
        assert!(singulars("makelaars").contains(&"makelaar".to_string()));
        assert!(singulars("advocaten").contains(&"advocaat".to_string()));
        assert!(singulars("zegslieden").contains(&"zegsman".to_string()));
        assert!(singulars("collega's").contains(&"collega".to_string()));
        assert!(
            singulars("gezondheidsfunctionarissen")
                .contains(&"gezondheidsfunctionaris".to_string())
        );
        assert!(singulars("luchtvaartdeskundigen").contains(&"luchtvaartdeskundige".to_string()));
        assert!(singulars("critici").contains(&"criticus".to_string()));
        assert!(singulars("minister").is_empty());
    }
}
