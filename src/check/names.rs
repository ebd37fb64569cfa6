//! Names: the `name-variant` check (a rare capitalised token a small edit away from a frequent
//! name: `Hafta` next to twenty `Haftar`s), the translation `names` check (a capitalised name of
//! the source that the translation lacks, allowing the exonyms of `exonyms.tsv`), and
//! [`count_names`], which the store uses to count names over all documents.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use crate::model::{Category, Side};
use crate::segment::Lang;

use super::{
    At, Context, Doc, Finding, Token, char_len, contains_word, damerau, fold, is_all_caps,
    is_capitalised, tokenize,
};

// ---------------------------------------------------------------------------------------------
// Exonym data

/// `exonyms.tsv`, parsed once.
pub(crate) struct Exonyms {
    /// Folded Dutch single word (may contain hyphens) → English forms, folded.
    single: HashMap<String, Vec<String>>,
    /// Dutch multi-word entries as folded words → English forms (folded), longest first.
    multi: Vec<(Vec<String>, Vec<String>)>,
    /// Each `multi` entry's Dutch words joined by spaces, parallel to `multi` (found in a text
    /// without joining them again at each look-up).
    multi_phrases: Vec<String>,
    /// Original spellings for messages: folded Dutch → first English form as written.
    display: HashMap<String, String>,
    /// Folded Dutch single word → English forms as written, parallel to `single`.
    single_written: HashMap<String, Vec<String>>,
    /// Dutch month and weekday names → English forms as written (`januari` → `January`, `Jan`).
    pub dates: HashMap<String, Vec<String>>,
}

pub(crate) static EXONYMS: LazyLock<Exonyms> =
    LazyLock::new(|| Exonyms::parse(include_str!("exonyms.tsv")));

impl Exonyms {
    fn parse(src: &str) -> Exonyms {
        let mut ex = Exonyms {
            single: HashMap::new(),
            multi: Vec::new(),
            multi_phrases: Vec::new(),
            display: HashMap::new(),
            single_written: HashMap::new(),
            dates: HashMap::new(),
        };
        for line in src.lines() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(nl), Some(en)) = (cols.next(), cols.next()) else {
                continue;
            };
            let kind = cols.next().unwrap_or("other").trim();
            let forms: Vec<&str> = en
                .split('|')
                .map(str::trim)
                .filter(|f| !f.is_empty())
                .collect();
            if matches!(kind, "month" | "weekday") {
                ex.dates.insert(
                    nl.trim().to_string(),
                    forms.iter().map(|f| f.to_string()).collect(),
                );
                continue;
            }
            let key = fold(nl.trim());
            if let Some(first) = forms.first() {
                ex.display.entry(key.clone()).or_insert(first.to_string());
            }
            let folded: Vec<String> = forms.iter().map(|f| fold(f)).collect();
            if key.contains(' ') {
                ex.multi
                    .push((key.split(' ').map(str::to_string).collect(), folded));
            } else {
                ex.single_written
                    .entry(key.clone())
                    .or_default()
                    .extend(forms.iter().map(|f| f.to_string()));
                ex.single.entry(key).or_default().extend(folded);
            }
        }
        ex.multi
            .sort_by_key(|(words, _)| std::cmp::Reverse(words.len()));
        ex.multi_phrases = ex.multi.iter().map(|(words, _)| words.join(" ")).collect();
        ex
    }

    /// English forms (folded) of a Dutch word, if listed.
    pub fn english(&self, dutch: &str) -> Option<&[String]> {
        self.single.get(&fold(dutch)).map(Vec::as_slice)
    }

    /// The English form of `dutch` (as written in the data) that `target` (folded) contains.
    fn english_in(&self, dutch: &str, target: &str) -> Option<&str> {
        let key = fold(dutch);
        let folded = self.single.get(&key)?;
        let written = self.single_written.get(&key)?;
        folded
            .iter()
            .zip(written)
            .find(|(f, _)| contains_word(target, f))
            .map(|(_, w)| w.as_str())
    }

    /// The English forms (folded) of the multi-word entries whose Dutch words `text` (folded)
    /// contains (`verenigde staten` → `united states`, `us` …).
    pub fn multi_in(&self, text: &str) -> Vec<&[String]> {
        self.multi
            .iter()
            .zip(&self.multi_phrases)
            .filter(|(_, phrase)| contains_word(text, phrase))
            .map(|((_, en), _)| en.as_slice())
            .collect()
    }

    fn display(&self, dutch_folded: &str) -> Option<&str> {
        self.display.get(dutch_folded).map(String::as_str)
    }
}

// ---------------------------------------------------------------------------------------------
// Name counts

/// Adds the capitalised words of `text` that are not at a sentence start (hyphen parts
/// included: `Libië-expert` counts `Libië`) to `counts`. The store sums this over all documents
/// to fill [`Context::store_names`].
pub fn count_names(text: &str, counts: &mut HashMap<String, usize>) {
    add_names(&tokenize(text, Lang::Nl), counts);
}

pub(crate) fn add_names(tokens: &[Token], counts: &mut HashMap<String, usize>) {
    for tok in tokens {
        if is_capitalised(tok.text) && !tok.initial {
            *counts.entry(tok.text.to_string()).or_default() += 1;
        }
        if tok.text.contains(super::is_hyphen) {
            for (i, part) in tok.hyphen_parts().iter().enumerate() {
                if is_capitalised(part.text) && (i > 0 || !tok.initial) {
                    *counts.entry(part.text.to_string()).or_default() += 1;
                }
            }
        }
    }
}

/// Dutch words that start sentences: never names, whatever their case.
const FUNCTION_WORDS: &[&str] = &[
    "de",
    "het",
    "een",
    "en",
    "maar",
    "of",
    "dat",
    "die",
    "dit",
    "deze",
    "zij",
    "ze",
    "hij",
    "wij",
    "we",
    "ik",
    "jij",
    "je",
    "u",
    "hun",
    "hen",
    "zijn",
    "haar",
    "ons",
    "onze",
    "mijn",
    "uw",
    "er",
    "daar",
    "hier",
    "toen",
    "nu",
    "dan",
    "als",
    "want",
    "omdat",
    "hoewel",
    "terwijl",
    "zodat",
    "volgens",
    "voor",
    "na",
    "in",
    "op",
    "aan",
    "met",
    "van",
    "bij",
    "door",
    "over",
    "onder",
    "tegen",
    "tot",
    "uit",
    "naar",
    "om",
    "sinds",
    "tijdens",
    "zonder",
    "binnen",
    "buiten",
    "achter",
    "naast",
    "tussen",
    "wat",
    "wie",
    "waar",
    "waarom",
    "hoe",
    "wanneer",
    "welke",
    "welk",
    "is",
    "was",
    "werd",
    "wordt",
    "worden",
    "heeft",
    "hebben",
    "had",
    "kan",
    "kunnen",
    "zal",
    "zullen",
    "moet",
    "moeten",
    "wil",
    "willen",
    "ook",
    "niet",
    "geen",
    "alle",
    "al",
    "veel",
    "weinig",
    "meer",
    "minder",
    "elke",
    "ieder",
    "iedere",
    "enkele",
    "sommige",
    "andere",
    "beide",
    "daarom",
    "daarna",
    "bovendien",
    "toch",
    "wel",
    "zo",
    "zelfs",
    "ondanks",
    "vanwege",
    "dankzij",
    "ja",
    "nee",
    "eerst",
    "later",
    "verder",
    "tenslotte",
    "ten",
    "ter",
    "per",
    "dus",
    "echter",
    "immers",
    "inmiddels",
    "men",
    "iemand",
    "niemand",
    "iets",
    "niets",
    "alles",
    "waarbij",
    "waardoor",
    "daardoor",
    "hiervoor",
    "daarvoor",
    "zowel",
    "noch",
    "ofwel",
    "mits",
    "tenzij",
    "zoals",
    "net",
    "pas",
    "reeds",
    "nog",
    "steeds",
    "altijd",
    "nooit",
    "soms",
    "vaak",
];

pub(crate) fn is_function_word(word: &str) -> bool {
    FUNCTION_WORDS.contains(&word.to_lowercase().as_str())
}

// ---------------------------------------------------------------------------------------------
// name-variant

/// Endings that make a related form of a name rather than a variant (`Haftars`, `Libiërs`,
/// `Turkse`/`Turken`). `r`/`rs` only after `e`/`ë` (`Libiër`), so `Hafta`+`r` stays a variant.
const RELATED_ENDINGS: &[&str] = &[
    "", "s", "'s", "’s", "'", "’", "e", "en", "n", "r", "rs", "er", "ers", "se", "sen", "sche",
    "isch", "ische", "es", "ees", "ese", "ezen", "aan", "aans", "aanse", "anen", "ner", "ners",
    "iër", "iërs", "ist", "isten", "isme", "iaan", "iaans", "iaanse", "ianen", "ie", "ies", "i",
    "is", "ije",
];

/// Whether two names are forms of one another (possessive, plural, adjective, inhabitant).
fn related(a: &str, b: &str) -> bool {
    let (la, lb) = (a.to_lowercase(), b.to_lowercase());
    let inflects = |x: &str, y: &str| {
        // `+r` only after `e` (`Duitse`/`Duitser`): `Hafta`+`r` is `Haftar` misspelt.
        super::translation::dutch_forms(x).iter().any(|f| f == y)
            && (y != format!("{x}r") || x.ends_with(['e', 'ë']))
    };
    if inflects(&la, &lb) || inflects(&lb, &la) {
        return true; // `Portugees`/`Portugezen`, `Libisch`/`Libische`
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let p = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    if p < 4 {
        return false;
    }
    let stem = &a[..p];
    let ok = |rest: &[char]| {
        let rest: String = rest.iter().collect();
        let after_e = matches!(stem.last(), Some('e' | 'ë'));
        // `r`/`rs` only after `e`/`ë`; a lone `i` makes a variant (`Harchaou`/`Harchaoui`).
        RELATED_ENDINGS.contains(&rest.as_str())
            && (after_e || !rest.starts_with('r'))
            && rest != "i"
            && rest != "is"
    };
    ok(&a[p..]) && ok(&b[p..])
}

/// Edits allowed between a variant and its name: none up to 4 letters, 1 up to 8, 2 beyond.
fn max_distance(len: usize) -> usize {
    match len {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

enum Evidence {
    /// The translation has the name as written.
    Verbatim(String),
    /// The translation has an English form of it (`exonyms.tsv`).
    Exonym(String),
}

/// A bit per letter present (lower-cased, modulo 64).
fn signature(word: &str) -> u64 {
    word.chars()
        .flat_map(char::to_lowercase)
        .fold(0, |sig, c| sig | 1 << (c as u32 % 64))
}

struct Known<'a> {
    name: &'a str,
    count: usize,
    in_store: bool,
}

pub(super) fn variants(ctx: &Context, doc: &Doc, out: &mut Vec<Finding>) {
    // Known names: capitalised forms used outside sentence starts, here or in the store.
    let mut known: HashMap<&str, Known> = HashMap::new();
    for (name, &n) in &doc.names {
        known.insert(
            name,
            Known {
                name,
                count: n,
                in_store: false,
            },
        );
    }
    for (name, &n) in ctx.store_names {
        let k = known.entry(name).or_insert(Known {
            name,
            count: 0,
            in_store: true,
        });
        if n > k.count {
            k.count = n;
            k.in_store = true;
        }
    }
    // By length, with a letter signature: one edit changes at most two of its bits, so most
    // candidates are ruled out before the edit distance is computed.
    let mut by_len: HashMap<usize, Vec<(u64, &Known)>> = HashMap::new();
    // By spelling key, for the ij/y variants of short names too.
    let mut by_key: HashMap<String, Vec<&Known>> = HashMap::new();
    for k in known.values() {
        if !is_all_caps(k.name) {
            by_key.entry(spelling_key(k.name)).or_default().push(k);
        }
    }
    for k in known.values() {
        if !is_all_caps(k.name) && char_len(k.name) >= 4 {
            by_len
                .entry(char_len(k.name))
                .or_default()
                .push((signature(k.name), k));
        }
    }
    for si in &doc.segs {
        let at = At {
            id: si.seg.id,
            side: Side::Source,
            text: si.seg.source,
        };
        let target = si.seg.target.map(fold);
        let mut seen = HashSet::new();
        for tok in si.src.iter().flat_map(with_parts) {
            let word = tok.text;
            let len = char_len(word);
            let maxd = max_distance(len);
            if !is_capitalised(word)
                || is_all_caps(word)
                || word.contains(super::is_hyphen)
                || (maxd == 0 && !spelling_key(word).contains('y'))
                || !seen.insert(word)
            {
                continue;
            }
            let here = doc.caps.get(word).copied().unwrap_or(0);
            if here > 2 || doc.store_elsewhere(ctx, word) > 1 {
                continue; // not rare
            }
            let lower = word.to_lowercase();
            if doc.lower_seen.contains(&lower) || (tok.initial && is_function_word(word)) {
                continue; // a common word
            }
            let dict_word = ctx
                .dictionary
                .is_some_and(|d| d.check(word) || (tok.initial && d.check(&lower)));
            // What the translation has of a form: the form itself, or one of its exonyms.
            let evidence = |form: &str| -> Option<Evidence> {
                let t = target.as_deref()?;
                if contains_word(t, &fold(form)) {
                    return Some(Evidence::Verbatim(form.to_string()));
                }
                EXONYMS
                    .english_in(form, t)
                    .map(|e| Evidence::Exonym(e.to_string()))
            };
            if evidence(word).is_some() {
                continue; // the translator kept it: taken as intended
            }
            // `Dyk` beside `Dijk`: the same name with `y` for `ij` (or the other way round),
            // whatever its length, when the document or the translation writes it otherwise.
            let key = spelling_key(word);
            let other_spelling = |name: &str| spelling_key(name) == key && fold(name) != fold(word);
            let known_variant = by_key
                .get(&key)
                .into_iter()
                .flatten()
                .filter(|k| other_spelling(k.name))
                .map(|k| (*k, evidence(k.name)))
                .filter(|(k, ev)| ev.is_some() || k.count > here.max(1))
                .max_by_key(|(k, ev)| (ev.is_some(), k.count, std::cmp::Reverse(k.name)));
            let in_translation = si
                .tgt
                .iter()
                .flat_map(with_parts)
                .find(|t| is_capitalised(t.text) && other_spelling(t.text));
            let ij = match (known_variant, in_translation) {
                (Some((k, ev)), _) => Some((
                    k.name.to_string(),
                    format!(
                        " ({} time{} {})",
                        k.count,
                        if k.count == 1 { "" } else { "s" },
                        if k.in_store {
                            "in the store"
                        } else {
                            "in this document"
                        }
                    ),
                    ev.map(|(Evidence::Verbatim(f) | Evidence::Exonym(f))| f),
                )),
                (None, Some(t)) => {
                    Some((t.text.to_string(), String::new(), Some(t.text.to_string())))
                }
                (None, None) => None,
            };
            if let Some((name, counted, evidence)) = ij {
                let mut message =
                    format!("‘{word}’ looks like an ij/y spelling variant of ‘{name}’{counted}");
                if let Some(f) = evidence {
                    message.push_str(&format!("; the translation has ‘{f}’"));
                }
                out.push(at.token(
                    &tok,
                    "name-variant",
                    message,
                    Some(name),
                    Some(Category::Spelling),
                ));
                continue;
            }
            if maxd == 0 {
                continue;
            }
            let sig = signature(word);
            let best = (len.saturating_sub(maxd)..=len + maxd)
                .filter_map(|l| by_len.get(&l))
                .flatten()
                .filter(|(s, _)| (s ^ sig).count_ones() as usize <= 2 * maxd)
                .map(|(_, k)| k)
                .filter(|k| k.name != word && !related(word, k.name))
                .filter(|k| damerau(word, k.name, maxd) <= maxd)
                .map(|k| (k, evidence(k.name)))
                .filter(|(k, ev)| {
                    // A dictionary word (`Indiaanse` beside `Indiase`) needs the other form
                    // itself in the translation, not just its English equivalent.
                    let strong = k.count >= 3 && k.count >= 3 * here.max(1);
                    match ev {
                        Some(Evidence::Verbatim(_)) => true,
                        Some(Evidence::Exonym(_)) => !dict_word,
                        None => strong && !dict_word,
                    }
                })
                .max_by_key(|(k, ev)| (ev.is_some(), k.count, std::cmp::Reverse(k.name)));
            let Some((k, evidence)) = best else { continue };
            let where_ = if k.in_store {
                "in the store"
            } else {
                "in this document"
            };
            let mut message = format!(
                "‘{word}’ looks like a variant of ‘{}’ ({} time{} {where_})",
                k.name,
                k.count,
                if k.count == 1 { "" } else { "s" }
            );
            match evidence {
                Some(Evidence::Verbatim(f) | Evidence::Exonym(f)) => {
                    message.push_str(&format!("; the translation has ‘{f}’"));
                }
                None => {}
            }
            out.push(at.token(
                &tok,
                "name-variant",
                message,
                Some(k.name.to_string()),
                Some(Category::Typo),
            ));
        }
    }
}

/// The token, and for hyphenated tokens also their parts (`al-Serraj` → `Serraj`).
pub(super) fn with_parts<'t>(tok: &Token<'t>) -> Vec<Token<'t>> {
    let mut v = vec![*tok];
    if tok.text.contains(super::is_hyphen) {
        v.extend(tok.hyphen_parts());
    }
    v
}

// ---------------------------------------------------------------------------------------------
// names (translation)

/// Dutch endings to strip when looking a name up (`Haftars` → `Haftar`, `Libische` → `Libisch`).
const NAME_ENDINGS: &[&str] = &["’s", "'s", "’", "'", "s", "e"];

pub(super) fn missing(ctx: &Context, doc: &Doc, out: &mut Vec<Finding>) {
    // Glossary terms (their Dutch words, each with its inflected forms): the `glossary` check
    // says whether the translation has the required term, so `names` leaves them alone.
    let glossary: Vec<Vec<Vec<String>>> = ctx
        .glossary
        .iter()
        .filter(|(s, t)| !s.trim().is_empty() && !t.trim().is_empty())
        .map(|(s, _)| {
            s.split_whitespace()
                .map(|w| super::translation::dutch_forms(&w.to_lowercase()))
                .collect()
        })
        .collect();
    for si in &doc.segs {
        let Some(target) = si.seg.target.filter(|t| !t.trim().is_empty()) else {
            continue;
        };
        let at = At {
            id: si.seg.id,
            side: Side::Source,
            text: si.seg.source,
        };
        let tfold = fold(target);
        let tkey = spelling_key(target);
        // Capitalised words of the translation (with possessive endings dropped), for
        // transliteration variants (`Serraj`/`Sarraj`).
        let tnames: Vec<String> = si
            .tgt
            .iter()
            .flat_map(with_parts)
            .filter(|t| is_capitalised(t.text))
            .map(|t| {
                let f = fold(t.text);
                f.strip_suffix("'s").map(str::to_string).unwrap_or(f)
            })
            .collect();
        let src_folded: Vec<String> = si.src.iter().map(|t| fold(t.text)).collect();
        let mut consumed = vec![false; si.src.len()];
        let mut reported: HashSet<String> = HashSet::new();
        let lower: Vec<String> = si.src.iter().map(|t| t.text.to_lowercase()).collect();
        for term in &glossary {
            let n = term.len();
            for i in 0..(lower.len() + 1).saturating_sub(n) {
                if (0..n).all(|k| term[k].contains(&lower[i + k])) {
                    consumed[i..i + n].iter_mut().for_each(|c| *c = true);
                }
            }
        }

        // Multi-word names first (`Europese Unie`, `Verenigde Arabische Emiraten`).
        for (words, english) in &EXONYMS.multi {
            let n = words.len();
            if n > si.src.len() {
                continue;
            }
            for i in 0..=si.src.len() - n {
                if consumed[i..i + n].iter().any(|&c| c)
                    || !src_folded[i..i + n].iter().eq(words.iter())
                    || !is_capitalised(si.src[i].text)
                {
                    continue;
                }
                consumed[i..i + n].iter_mut().for_each(|c| *c = true);
                let whole = words.join(" ");
                if english.iter().any(|e| contains_word(&tfold, e)) || contains_word(&tfold, &whole)
                {
                    continue;
                }
                let (first, last) = (&si.src[i], &si.src[i + n - 1]);
                let dutch: String = si
                    .seg
                    .source
                    .chars()
                    .skip(first.start)
                    .take(last.end - first.start)
                    .collect();
                let hint = EXONYMS
                    .display(&whole)
                    .map(|e| format!(" (expected ‘{e}’)"))
                    .unwrap_or_default();
                out.push(at.finding(
                    first.start,
                    last.end,
                    "names",
                    format!("‘{dutch}’ is not in the translation{hint}"),
                    None,
                    None,
                ));
            }
        }

        for (i, tok) in si.src.iter().enumerate() {
            if consumed[i] {
                continue;
            }
            let parts = if tok.text.contains(super::is_hyphen) {
                // A hyphenated word is covered as a whole (`Saoedi-Arabië`) or by its parts.
                if covered(tok.text, &tfold, &tkey, &tnames) {
                    continue;
                }
                tok.hyphen_parts()
            } else {
                vec![*tok]
            };
            for part in parts {
                if !is_name(ctx, doc, &part) || covered(part.text, &tfold, &tkey, &tnames) {
                    continue;
                }
                if !reported.insert(part.text.to_string()) {
                    continue;
                }
                let hint = EXONYMS
                    .display(&fold(part.text))
                    .map(|e| format!(" (expected ‘{e}’)"))
                    .unwrap_or_default();
                out.push(at.token(
                    &part,
                    "names",
                    format!("‘{}’ is not in the translation{hint}", part.text),
                    None,
                    None,
                ));
            }
        }
    }
}

/// A capitalised word that is taken for a name. Function words and abbreviations with periods
/// never are; a word the Dutch dictionary knows in lower case (`Academie`, `Zuid`) is a
/// descriptive part of a name, checked only when `exonyms.tsv` says how it is translated; at a
/// sentence start a word must also be used as a name elsewhere (here or in the store).
fn is_name(ctx: &Context, doc: &Doc, tok: &Token) -> bool {
    let word = tok.text;
    if !is_capitalised(word)
        || char_len(word) < 2
        || tok.has_digit()
        || word.contains('.')
        || is_function_word(word)
    {
        return false;
    }
    let lower = word.to_lowercase();
    let descriptive = !is_all_caps(word)
        && match ctx.dictionary {
            Some(d) => d.check(&lower),
            None => doc.lower_seen.contains(&lower),
        };
    if descriptive && EXONYMS.english(word).is_none() {
        return false;
    }
    if tok.initial {
        let elsewhere = doc.names.get(word).copied().unwrap_or(0)
            + ctx.store_names.get(word).copied().unwrap_or(0);
        if elsewhere == 0 {
            return false;
        }
    }
    true
}

/// Whether two folded words share a stem: a common prefix of at least 4 letters and at least
/// half the shorter word (`tasmaanse`/`tasmanian`, `swedish`/`sweden`, `ecuador`/`ecuadorean`).
pub(super) fn shares_stem(a: &str, b: &str) -> bool {
    let p = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    p >= 4 && 2 * p >= char_len(a).min(char_len(b))
}

/// Like [`contains_word`], but the phrase may continue into a longer word
/// (`south africa` in `south african`).
fn contains_stem(hay: &str, phrase: &str) -> bool {
    if char_len(phrase) < 4 {
        return contains_word(hay, phrase);
    }
    let mut from = 0;
    while let Some(pos) = hay[from..].find(phrase) {
        let s = from + pos;
        if hay[..s]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
        {
            return true;
        }
        from = s + hay[s..].chars().next().map_or(1, char::len_utf8);
    }
    false
}

/// Whether the translation has the name, a de-inflected form, an exonym, a close
/// transliteration or derivation of it, or an ij/y spelling variant (`Dyk` for `Dijk`; `tkey` is
/// the translation's [`spelling_key`]).
pub(super) fn covered(word: &str, tfold: &str, tkey: &str, tnames: &[String]) -> bool {
    if contains_word(tkey, &spelling_key(word)) {
        return true;
    }
    let mut forms = vec![word.to_string()];
    for ending in NAME_ENDINGS {
        if let Some(stem) = word.strip_suffix(ending)
            && char_len(stem) >= 3
        {
            forms.push(stem.to_string());
        }
    }
    for form in &forms {
        let f = fold(form);
        if contains_word(tfold, &f) || tnames.iter().any(|t| shares_stem(&f, t)) {
            return true;
        }
        if let Some(en) = EXONYMS.english(form)
            && en
                .iter()
                .any(|e| contains_stem(tfold, e) || tnames.iter().any(|t| shares_stem(e, t)))
        {
            return true;
        }
    }
    // Transliterations and typos: a capitalised word of the translation a small edit away.
    let f = fold(word);
    let maxd = max_distance(char_len(&f));
    if maxd > 0 && tnames.iter().any(|t| damerau(&f, t, maxd) <= maxd) {
        return true;
    }
    // A misspelt exonym (`Duiste` for `Duitse` → `German`).
    if char_len(&f) >= 5 {
        return EXONYMS.single.iter().any(|(dutch, en)| {
            damerau(&f, dutch, 1) <= 1 && en.iter().any(|e| contains_word(tfold, e))
        });
    }
    false
}

// ---------------------------------------------------------------------------------------------
// Spelling variants of names and people

/// A name as Dutch spelling variants compare: folded (lower case, no diacritics) with `ij`
/// (also the ligature `ĳ`) and `ÿ` written `y`, so that `Dijk`, `Dyk` and `DIJK` meet.
pub fn spelling_key(name: &str) -> String {
    fold(name).replace('ĳ', "y").replace("ij", "y")
}

/// Surname particles (tussenvoegsels) of Dutch names and their neighbours: `van`, `de`,
/// `van der`, `ter`, `von` … (lower case; they are capitalised at the start of a name).
const PARTICLES: &[&str] = &[
    "van", "de", "der", "den", "het", "'t", "ten", "ter", "te", "in", "op", "uit", "von", "zu",
    "le", "la", "du", "des", "di", "da", "del", "dos", "'s",
];

/// A person's (or organisation's) name split for comparing: given names and the surname with
/// its particles, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
struct PersonName<'a> {
    given: Vec<&'a str>,
    surname: Vec<&'a str>,
}

fn person_name(name: &str) -> Option<PersonName<'_>> {
    let words: Vec<&str> = name
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| matches!(c, ',' | ';' | '(' | ')')))
        .filter(|w| !w.is_empty())
        .collect();
    let last = words.len().checked_sub(1)?;
    let first_particle = words[..last]
        .iter()
        .position(|w| PARTICLES.contains(&fold(w).as_str()));
    let cut = first_particle.unwrap_or(last);
    Some(PersonName {
        given: words[..cut].to_vec(),
        surname: words[cut..].to_vec(),
    })
}

/// Whether two given names can be the same: equal as variants, or one is the other's initial
/// (`M.` for `Marjolein`).
fn same_given(a: &str, b: &str) -> bool {
    let (ka, kb) = (spelling_key(a), spelling_key(b));
    if ka == kb {
        return true;
    }
    let initial = |k: &str, other: &str| {
        let k = k.trim_end_matches('.');
        k.chars().count() == 1 && other.starts_with(k)
    };
    initial(&ka, &kb) || initial(&kb, &ka)
}

/// Why two differently written speaker names look like one person, or None: the same surname
/// (particles included) as spelling variants, and given names that do not disagree (one name
/// has none, or they match by initial). `Van Dijk` and `Marjolein van Dijk`: "same surname
/// ‘van Dijk’, particle written van/Van"; `Van Dyk` and `Van Dijk`: "ij/y spelling variant".
pub fn same_person(a: &str, b: &str) -> Option<String> {
    let (pa, pb) = (person_name(a)?, person_name(b)?);
    if a.trim() == b.trim() {
        return None;
    }
    let sa = pa.surname.join(" ");
    let sb = pb.surname.join(" ");
    if spelling_key(&sa) != spelling_key(&sb) || char_len(&spelling_key(&sa)) < 2 {
        return None;
    }
    let n = pa.given.len().min(pb.given.len());
    if !pa.given[..n]
        .iter()
        .zip(&pb.given[..n])
        .all(|(x, y)| same_given(x, y))
    {
        return None;
    }
    let mut why = if fold(&sa) != fold(&sb) {
        format!("same surname in ij/y spellings ‘{sa}’/‘{sb}’")
    } else if sa == sb {
        format!("same surname ‘{sa}’")
    } else {
        let particles = |s: &[&str]| -> Vec<String> {
            s.iter()
                .filter(|w| PARTICLES.contains(&fold(w).as_str()))
                .map(|w| w.to_string())
                .collect()
        };
        let (xa, xb) = (particles(&pa.surname), particles(&pb.surname));
        if xa != xb && sa.to_lowercase() == sb.to_lowercase() {
            format!(
                "same surname ‘{sa}’, particle written ‘{}’/‘{}’",
                xa.join(" "),
                xb.join(" ")
            )
        } else {
            format!("same surname ‘{sa}’/‘{sb}’")
        }
    };
    if pa.given.is_empty() != pb.given.is_empty() {
        why.push_str(", one without given names");
    }
    Some(why)
}

/// Of two names of one person, the fuller one (more given names, then longer), which a merge
/// should keep.
pub fn fuller_name<'a>(a: &'a str, b: &'a str) -> &'a str {
    let rank = |s: &str| {
        (
            person_name(s).map_or(0, |p| p.given.len()),
            char_len(s),
            // Dutch writes the particle lower case after a given name: prefer `van Dijk`.
            s.chars().filter(|c| c.is_lowercase()).count(),
        )
    };
    if rank(b) > rank(a) { b } else { a }
}

#[cfg(test)]
mod person_tests {
    use super::*;

    #[test]
    fn ij_and_y_spellings_share_a_key() {
        assert_eq!(spelling_key("Dijk"), spelling_key("Dyk"));
        assert_eq!(spelling_key("DIJK"), spelling_key("dĳk"));
        assert_eq!(spelling_key("Rijswijk"), "ryswyk");
        assert_ne!(spelling_key("Dijk"), spelling_key("Dik"));
    }

    #[test]
    fn one_person_written_two_ways() {
        let why = same_person("Van Dijk", "Marjolein van Dijk").unwrap();
        assert!(why.contains("same surname"), "{why}");
        assert!(why.contains("particle written ‘Van’/‘van’"), "{why}");
        let why = same_person("Van Dyk", "Marjolein van Dijk").unwrap();
        assert!(why.contains("ij/y"), "{why}");
        assert!(same_person("M. van Dijk", "Marjolein van Dijk").is_some());
        assert!(same_person("Harchaoui", "Jalel Harchaoui").is_some());
        assert_eq!(
            fuller_name("Van Dijk", "Marjolein van Dijk"),
            "Marjolein van Dijk"
        );
        assert_eq!(
            fuller_name("Marjolein van Dijk", "Van Dyk"),
            "Marjolein van Dijk"
        );
    }

    #[test]
    fn different_people_are_not_merged() {
        assert_eq!(same_person("Jan de Vries", "Piet de Vries"), None);
        assert_eq!(same_person("Van Dijk", "Van Dam"), None);
        assert_eq!(same_person("Jalel Harchaoui", "Jalel Harchaoui"), None);
        assert_eq!(
            same_person("Dijk", "Van Dijk"),
            None,
            "the particle is part of the surname"
        );
        assert_eq!(same_person("", "Van Dijk"), None);
    }
}
