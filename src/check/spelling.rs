//! The `spelling` check: Dutch words of the source that a Hunspell dictionary (read by
//! spellbook) does not know, minus what is evidently not an error — names, words that recur in
//! the document, numbers, URLs, abbreviations, project words.
//!
//! Capitalised words are the hard part. Dutch capitalises names but also nationality adjectives
//! (`Duitse`, `Libische`), so a capitalised word the dictionary does not know is taken for a name
//! unless it is one edit (a transposition, or any single edit against a capitalised dictionary
//! stem with the same first letter) away from a capitalised dictionary word — `Duiste` is one
//! swap from `Duitse` — and the translation does not contain it verbatim, and no other document
//! of the store uses it. Suggestions come from spellbook's edit-based suggester (its slow n-gram
//! pass is off), are computed only for words that are reported and cached per distinct word.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use crate::model::{Category, Side};

use super::names::{EXONYMS, is_function_word};
use super::{
    At, Context, Doc, Finding, Token, char_len, contains_word, damerau, fold, has_inner_capital,
    is_all_caps, is_apostrophe, is_capitalised,
};

/// A Hunspell dictionary, plus an index of its capitalised stems for the name/typo decision.
pub struct Dictionary {
    inner: spellbook::Dictionary,
    /// Other regional dictionaries whose words are accepted too (a translation tagged just
    /// `en` may be British or American): see [`Dictionary::also`].
    alternates: Vec<spellbook::Dictionary>,
    /// Capitalised stems of the `.dic` (`Duitse`, `Moskou`), by lower-cased first letter and
    /// length in chars.
    capitalised: HashMap<(char, usize), Vec<Box<str>>>,
}

impl std::fmt::Debug for Dictionary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Dictionary")
            .field(
                "capitalised_stems",
                &self.capitalised.values().map(Vec::len).sum::<usize>(),
            )
            .finish_non_exhaustive()
    }
}

impl Dictionary {
    /// Reads a Hunspell `.aff`/`.dic` pair.
    pub fn load(aff: &Path, dic: &Path) -> Result<Self, String> {
        let read = |p: &Path| {
            std::fs::read_to_string(p).map_err(|e| format!("cannot read {}: {e}", p.display()))
        };
        Self::from_texts(&read(aff)?, &read(dic)?)
            .map_err(|e| format!("{} / {}: {e}", aff.display(), dic.display()))
    }

    /// Parses a dictionary from the texts of its `.aff` and `.dic` files.
    pub fn from_texts(aff: &str, dic: &str) -> Result<Self, String> {
        let inner = spellbook::Dictionary::new(aff, dic)
            .map_err(|e| format!("bad Hunspell dictionary: {e}"))?;
        Ok(Dictionary {
            inner,
            alternates: Vec::new(),
            capitalised: capitalised_stems(aff, dic),
        })
    }

    /// Loads the dictionary `path` names: `nl` (the stem), `nl.dic` or `nl.aff`.
    pub fn open(path: &Path) -> Result<Self, String> {
        let (aff, dic) = Self::resolve(path);
        Self::load(&aff, &dic)
    }

    /// The `.aff`/`.dic` pair for a stem or either file.
    pub fn resolve(path: &Path) -> (PathBuf, PathBuf) {
        let ext = path.extension().and_then(|e| e.to_str());
        if matches!(ext, Some("aff" | "dic")) {
            return (path.with_extension("aff"), path.with_extension("dic"));
        }
        let with = |suffix: &str| {
            let mut p = path.as_os_str().to_owned();
            p.push(suffix);
            PathBuf::from(p)
        };
        (with(".aff"), with(".dic"))
    }

    /// The system's Dutch dictionary (Debian's `hunspell-nl`), if installed.
    pub fn system_dutch() -> Option<(PathBuf, PathBuf)> {
        Self::system("nl")
    }

    /// The system's dictionary for a language tag, if one is installed: the tag's own region
    /// first (`en-GB` → `en_GB`, Debian's `hunspell-en-gb`), then the bare language, then the
    /// language's usual region (`en_US`, `nl_NL`), then any other region of the language. Like
    /// Hunspell, `DICPATH` (directories separated by `:`) says where to look instead of the
    /// usual places.
    pub fn system(tag: &str) -> Option<(PathBuf, PathBuf)> {
        Self::system_all(tag).into_iter().next()
    }

    /// As [`Dictionary::system`], but for a tag without a region (`en`) every installed one of
    /// the language's usual regions (`en_US` and `en_GB`), the first the main one: a text
    /// tagged just `en` may follow either spelling.
    pub fn system_all(tag: &str) -> Vec<(PathBuf, PathBuf)> {
        let dirs: Vec<PathBuf> = match std::env::var_os("DICPATH") {
            Some(p) => std::env::split_paths(&p).collect(),
            None => ["/usr/share/hunspell", "/usr/share/myspell/dicts"]
                .map(PathBuf::from)
                .to_vec(),
        };
        let primary = crate::model::primary_language(tag);
        let mut names = vec![
            crate::model::canonical_language(tag).replace('-', "_"),
            primary.clone(),
        ];
        names.extend(match primary.as_str() {
            "en" => vec!["en_US".to_string(), "en_GB".to_string()],
            _ => vec![format!("{primary}_{}", primary.to_ascii_uppercase())],
        });
        let mut found: Vec<(PathBuf, PathBuf)> = Vec::new();
        for name in &names {
            if let Some(pair) = dirs
                .iter()
                .map(|dir| Self::resolve(&dir.join(name)))
                .find(|(aff, dic)| aff.is_file() && dic.is_file())
                && !found.contains(&pair)
            {
                found.push(pair);
            }
        }
        let bare = !tag.contains(['-', '_']);
        if !found.is_empty() {
            if !bare {
                found.truncate(1);
            }
            return found;
        }
        // Any other region, in a stable order.
        let mut others: Vec<PathBuf> = dirs
            .iter()
            .filter_map(|d| std::fs::read_dir(d).ok())
            .flatten()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.extension().is_some_and(|e| e == "dic")
                    && p.file_stem()
                        .and_then(|s| s.to_str())
                        .is_some_and(|s| s.starts_with(&format!("{primary}_")))
            })
            .collect();
        others.sort();
        others
            .into_iter()
            .map(|p| Self::resolve(&p))
            .filter(|(aff, _)| aff.is_file())
            .take(1)
            .collect()
    }

    /// Accepts what `other` accepts as well (suggestions still come from this one).
    pub fn also(mut self, other: Dictionary) -> Self {
        self.alternates.push(other.inner);
        self.alternates.extend(other.alternates);
        self
    }

    /// Whether the dictionary accepts `word` as written.
    pub fn check(&self, word: &str) -> bool {
        self.inner.check(word) || self.alternates.iter().any(|d| d.check(word))
    }

    /// Edit-based suggestions, best first (Hunspell's order; no n-gram search).
    pub fn suggest(&self, word: &str) -> Vec<String> {
        let mut out = Vec::new();
        self.inner
            .suggester()
            .with_ngram_suggestions(false)
            .suggest(word, &mut out);
        out
    }

    /// A capitalised dictionary word one edit from `word` (same first letter), if any.
    fn near_capitalised(&self, word: &str) -> Option<String> {
        let n = char_len(word);
        if n < 4 {
            return None;
        }
        // Transpositions first (`Duiste` → `Duitse`): inflected forms are found too.
        let chars: Vec<char> = word.chars().collect();
        for i in 1..n - 1 {
            if chars[i] == chars[i + 1] {
                continue;
            }
            let mut swapped = chars.clone();
            swapped.swap(i, i + 1);
            let cand: String = swapped.into_iter().collect();
            if self.check(&cand) && !self.check(&cand.to_lowercase()) {
                return Some(cand);
            }
        }
        // Against stems: only longer words (`Gila` is not a misspelt `Gil`).
        if n < 5 {
            return None;
        }
        let first = word.chars().next()?.to_lowercase().next()?;
        (n - 1..=n + 1)
            .filter_map(|len| self.capitalised.get(&(first, len)))
            .flatten()
            .find(|stem| char_len(stem) >= 5 && damerau(stem, word, 1) == 1)
            .map(|s| s.to_string())
    }
}

/// Capitalised, not all-caps stems of a `.dic`, skipping forbidden and no-suggest entries.
fn capitalised_stems(aff: &str, dic: &str) -> HashMap<(char, usize), Vec<Box<str>>> {
    let flag_value = |key: &str| {
        aff.lines()
            .find_map(|l| l.strip_prefix(key)?.split_whitespace().next())
            .map(str::to_string)
    };
    let long_flags = aff.lines().any(|l| l.trim() == "FLAG long");
    let banned: Vec<String> = ["FORBIDDENWORD", "NOSUGGEST"]
        .into_iter()
        .filter_map(flag_value)
        .collect();
    let mut out: HashMap<(char, usize), Vec<Box<str>>> = HashMap::new();
    for line in dic.lines().skip(1) {
        let entry = line.split(['\t', ' ']).next().unwrap_or("");
        let (stem, flags) = entry.split_once('/').unwrap_or((entry, ""));
        if !stem.chars().next().is_some_and(char::is_uppercase)
            || is_all_caps(stem)
            || stem.contains(['-', '.', '\''])
        {
            continue;
        }
        let has = |flag: &str| {
            if long_flags {
                flags
                    .as_bytes()
                    .chunks(2)
                    .any(|pair| pair == flag.as_bytes())
            } else {
                flags.contains(flag)
            }
        };
        if banned.iter().any(|f| has(f)) {
            continue;
        }
        let n = char_len(stem);
        if n < 3 {
            continue;
        }
        let first = stem.chars().next().and_then(|c| c.to_lowercase().next());
        if let Some(first) = first {
            out.entry((first, n)).or_default().push(stem.into());
        }
    }
    out
}

/// Abbreviations the segmenter knows (`abbrev_nl.txt`), lower case without the final period.
static ABBREVIATIONS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    let mut in_starters = false;
    let mut out = HashSet::new();
    for line in include_str!("../segment/abbrev_nl.txt").lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_starters = line == "[starters]";
            continue;
        }
        if line.is_empty() || line.starts_with('#') || in_starters {
            continue;
        }
        out.insert(line.trim_end_matches('.').to_lowercase());
    }
    out
});

/// Bound first parts of hyphenated words that Hunspell lists only inside compounds.
const PREFIXES: &[&str] = &[
    "anti", "ex", "oud", "vice", "niet", "non", "pro", "pre", "post", "semi", "co", "mini",
    "multi", "pseudo", "neo", "para", "quasi", "ultra", "extra", "super", "top", "mega", "e",
    "eco", "bio", "geo", "micro", "macro", "inter", "euro", "hyper", "sub", "over", "zelf",
];

/// Bound last parts of hyphenated words (`APS-achtige`, `12-jarige`).
const SUFFIX_PARTS: &[&str] = &[
    "achtig", "achtige", "achtigen", "vormig", "vormige", "gewijs", "loos", "loze", "gezind",
    "gezinde", "jarig", "jarige", "jarigen", "voudig", "voudige", "talig", "talige", "kleurig",
    "kleurige", "ers", "er", "tje", "tjes", "je", "jes",
];

/// Colloquial short forms with an apostrophe (folded: `’` as `'`).
const APOSTROPHE_WORDS: &[&str] = &[
    "'n", "'t", "'s", "'k", "'m", "'r", "'ie", "'em", "d'r", "m'n", "z'n", "zo'n", "'tzelfde",
];

/// Words after which an adjective takes the partitive `-s` (`iets fundamentelers`).
const PARTITIVE: &[&str] = &[
    "iets", "niets", "wat", "veel", "weinig", "allerlei", "genoeg", "meer", "minder",
];

/// Apostrophe endings after a name or known word (`Obama's`, `cd'tje`).
const APOSTROPHE_ENDINGS: &[&str] = &["s", "je", "tje", "jes", "tjes", "e", "en", "er", "ers"];

struct Speller<'a, 'c> {
    ctx: &'a Context<'a>,
    doc: &'a Doc<'c>,
    dict: &'a Dictionary,
}

/// The spelling of one side without the Dutch rules of [`check`]: for an English source or
/// any translation. A word is reported when the dictionary knows neither it nor (at a sentence
/// start) its lower-case form, it is not in the project word list, it does not recur on this
/// side of the document, the other side does not contain it (names, code, terms kept as they
/// are), and it is not capitalised mid-sentence (a name). A capitalised sentence start is
/// reported only when it is one edit from a dictionary word (`Avarage`), since names start
/// sentences too.
pub(super) fn check_plain(
    ctx: &Context,
    doc: &Doc,
    side: Side,
    dict: &Dictionary,
    out: &mut Vec<Finding>,
) {
    fn tokens<'a, 'c>(si: &'a super::SegInfo<'c>, side: Side) -> &'a [Token<'c>] {
        match side {
            Side::Source => &si.src,
            Side::Target => &si.tgt,
        }
    }
    let mut counts: HashMap<String, usize> = HashMap::new();
    for si in &doc.segs {
        for t in tokens(si, side) {
            *counts.entry(t.text.to_lowercase()).or_default() += 1;
        }
    }
    let mut misspelt: Vec<(&str, &str, Token)> = Vec::new();
    for si in &doc.segs {
        let (text, other) = match side {
            Side::Source => (Some(si.seg.source), si.seg.target),
            Side::Target => (si.seg.target, Some(si.seg.source)),
        };
        let Some(text) = text else { continue };
        let other = fold(other.unwrap_or_default());
        for tok in tokens(si, side) {
            let parts = if tok.text.contains(super::is_hyphen) && !known_plain(ctx, dict, tok) {
                tok.hyphen_parts()
            } else {
                vec![*tok]
            };
            for part in parts {
                if plain_error(ctx, dict, &part, &counts, &other) {
                    misspelt.push((si.seg.id, text, part));
                }
            }
        }
    }
    let mut words: Vec<&str> = misspelt.iter().map(|(_, _, bad)| bad.text).collect();
    words.sort_unstable();
    words.dedup();
    let suggestions = suggest_all(dict, &words);
    for (id, text, bad) in misspelt {
        let at = At { id, side, text };
        out.push(at.token(
            &bad,
            "spelling",
            format!("‘{}’ is not in the dictionary", bad.text),
            suggestions.get(bad.text).cloned().flatten(),
            Some(Category::Spelling),
        ));
    }
}

/// Whether the dictionary or the word list knows the token: as written, in lower case at a
/// sentence start, or without a possessive `’s`.
fn known_plain(ctx: &Context, dict: &Dictionary, tok: &Token) -> bool {
    let word = tok.text.replace('’', "'");
    let lower = word.to_lowercase();
    let base = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix('\''))
        .filter(|b| !b.is_empty());
    ctx.words.contains(tok.text)
        || ctx.words.contains(&lower)
        || dict.check(&word)
        || (tok.initial && dict.check(&lower))
        || base.is_some_and(|b| dict.check(b) || is_capitalised(b) || ctx.words.contains(b))
}

fn plain_error(
    ctx: &Context,
    dict: &Dictionary,
    tok: &Token,
    counts: &HashMap<String, usize>,
    other: &str,
) -> bool {
    let word = tok.text;
    if tok.url
        || tok.has_digit()
        || char_len(word) < 2
        || word.contains('.')
        || is_all_caps(word)
        || has_inner_capital(word)
        || known_plain(ctx, dict, tok)
        || counts.get(&word.to_lowercase()).is_some_and(|&n| n >= 2)
        || contains_word(other, &fold(word))
    {
        return false;
    }
    if is_capitalised(word) {
        if !tok.initial {
            return false;
        }
        let lower = word.to_lowercase();
        return dict
            .suggest(&lower)
            .iter()
            .any(|c| c.to_lowercase() == *c && damerau(c, &lower, 1) == 1);
    }
    true
}

pub(super) fn check(ctx: &Context, doc: &Doc, dict: &Dictionary, out: &mut Vec<Finding>) {
    let sp = Speller { ctx, doc, dict };
    // Judge every word first (fast), then compute suggestions for the distinct misspelt words
    // (slow), in parallel.
    let mut misspelt = Vec::new();
    for si in &doc.segs {
        let at = At {
            id: si.seg.id,
            side: Side::Source,
            text: si.seg.source,
        };
        let target = si.seg.target.map(fold).unwrap_or_default();
        let tfolded: Vec<String> = si.tgt.iter().map(|t| fold(t.text)).collect();
        let target_joined: HashSet<String> = tfolded
            .windows(2)
            .map(|p| format!("{}{}", p[0], p[1]))
            .collect();
        for (k, tok) in si.src.iter().enumerate() {
            let after = &si.seg.source[tok.byte + tok.text.len()..];
            let after_partitive =
                k > 0 && PARTITIVE.contains(&si.src[k - 1].text.to_lowercase().as_str());
            let w = Word {
                target: &target,
                target_joined: &target_joined,
                after_partitive,
                followed_by_period: after.starts_with('.'),
                dangling_hyphen: after
                    .strip_prefix(super::is_hyphen)
                    .is_some_and(|rest| rest.starts_with(char::is_whitespace)),
                after_hyphen: false,
                before_hyphen: false,
                in_name: in_name(si.seg.source, &si.src, k),
            };
            for (bad, near) in sp.judge(tok, &w) {
                misspelt.push((at.id, at.text, bad, near));
            }
        }
    }
    let mut words: Vec<&str> = misspelt.iter().map(|(_, _, bad, _)| bad.text).collect();
    words.sort_unstable();
    words.dedup();
    let suggestions = suggest_all(dict, &words);
    for (id, text, bad, near) in misspelt {
        let at = At {
            id,
            side: Side::Source,
            text,
        };
        let message = match &near {
            Some(near) => format!(
                "‘{}’ is not in the dictionary and is one edit from ‘{near}’: more likely a \
                 misspelling than a name",
                bad.text
            ),
            None => format!("‘{}’ is not in the dictionary", bad.text),
        };
        let suggestion = suggestions.get(bad.text).cloned().flatten().or(near);
        out.push(at.token(
            &bad,
            "spelling",
            message,
            suggestion,
            Some(Category::Spelling),
        ));
    }
}

/// The best suggestion for each word, computed on all cores (each word on its own, so the
/// result does not depend on the scheduling).
fn suggest_all<'w>(dict: &Dictionary, words: &[&'w str]) -> HashMap<&'w str, Option<String>> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(words.len());
    if threads <= 1 {
        return words
            .iter()
            .map(|w| (*w, best_suggestion(dict, w)))
            .collect();
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(word) = words.get(i) else { break };
                        done.push((*word, best_suggestion(dict, word)));
                    }
                    done
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

/// Hunspell's order, but whole words before splits (`te genvaler`), the word's own case first
/// (`off` → `of`, not `Doff`), closer words
/// (Damerau–Levenshtein) first, and among those one edit away a swap (`Duiste` → `Duitse`)
/// before an inserted letter (`gelezn` → `gelezen`) before a dropped one (`ontwikkelling` →
/// `ontwikkeling`) before a replaced one.
fn best_suggestion(dict: &Dictionary, word: &str) -> Option<String> {
    let mut cands = dict.suggest(word);
    cands.retain(|c| c != word);
    let upper = |s: &str| s.chars().next().is_some_and(char::is_uppercase);
    let rank = |c: &String| {
        let d = damerau(c, word, 3);
        (
            c.contains(' '),
            upper(c) != upper(word),
            d,
            if d == 1 { edit_kind(word, c) } else { 0 },
        )
    };
    // Stable: keeps Hunspell's order within each rank.
    cands.sort_by_key(rank);
    cands.into_iter().next()
}

/// The kind of a single edit from `word` to `cand`: 0 swap, 1 insertion, 2 deletion,
/// 3 replacement.
fn edit_kind(word: &str, cand: &str) -> u8 {
    let (w, c) = (char_len(word), char_len(cand));
    if c == w + 1 {
        1
    } else if c + 1 == w {
        2
    } else {
        let mut a: Vec<char> = word.chars().collect();
        let mut b: Vec<char> = cand.chars().collect();
        a.sort_unstable();
        b.sort_unstable();
        if a == b { 0 } else { 3 }
    }
}

/// Whether token `k` has a capitalised neighbour (not a sentence start, not a function word)
/// separated by one space only: `Moammar Kadhafi`, `Jalel Harchaoui`.
fn in_name(text: &str, toks: &[Token], k: usize) -> bool {
    let joined = |a: &Token, b: &Token| &text[a.byte + a.text.len()..b.byte] == " ";
    let name =
        |t: &Token| is_capitalised(t.text) && !is_all_caps(t.text) && !is_function_word(t.text);
    let tok = &toks[k];
    (k > 0 && {
        let prev = &toks[k - 1];
        name(prev) && !prev.initial && joined(prev, tok)
    }) || toks
        .get(k + 1)
        .is_some_and(|next| name(next) && joined(tok, next))
}

/// Where a word stands, for the decisions that depend on it.
struct Word<'a> {
    /// The segment's translation, folded (empty when there is none).
    target: &'a str,
    followed_by_period: bool,
    /// Pairs of adjacent words of the translation written together (`ski touring` →
    /// `skitouring`), folded.
    target_joined: &'a HashSet<String>,
    /// After `iets`, `niets`, `wat`, `veel`…: a partitive genitive (`iets nieuws`).
    after_partitive: bool,
    /// `presidents- en parlementsverkiezingen`: the first part of an elided compound.
    dangling_hyphen: bool,
    after_hyphen: bool,
    before_hyphen: bool,
    /// Next to another capitalised word (`Moammar Kadhafi`): part of a multi-word name.
    in_name: bool,
}

impl Speller<'_, '_> {
    /// The misspelt parts of a token (the token itself, or parts of a hyphenated word), each
    /// with the capitalised dictionary word it is near when it was judged by that test.
    fn judge<'t>(&self, tok: &Token<'t>, w: &Word) -> Vec<(Token<'t>, Option<String>)> {
        if tok.url
            || tok.has_digit()
            || char_len(tok.text) < 2
            || tok.text.contains('.')
            || self.known(tok.text, w)
            || self.recurs(tok.text)
        {
            return Vec::new();
        }
        if tok.text.contains(super::is_hyphen) {
            // `zee-gebied`: the compound is right written as one word.
            let joined: String = tok.text.chars().filter(|&c| !super::is_hyphen(c)).collect();
            if self.dict.check(&joined) {
                return Vec::new();
            }
            let parts = tok.hyphen_parts();
            let last = parts.len().saturating_sub(1);
            return parts
                .iter()
                .enumerate()
                .filter_map(|(i, part)| {
                    let pw = Word {
                        after_hyphen: i > 0,
                        before_hyphen: i < last,
                        followed_by_period: w.followed_by_period && i == last,
                        dangling_hyphen: w.dangling_hyphen && i == last,
                        ..*w
                    };
                    self.word_error(part, &pw).map(|near| (*part, near))
                })
                .collect();
        }
        self.word_error(tok, w)
            .map(|near| vec![(*tok, near)])
            .unwrap_or_default()
    }

    /// `None` when the word is fine; `Some(near)` when it is an error (`near`: the capitalised
    /// dictionary word that made a capitalised word look like a misspelling).
    fn word_error(&self, tok: &Token, w: &Word) -> Option<Option<String>> {
        let word = tok.text;
        if char_len(word) < 2
            || tok.has_digit()
            || is_all_caps(word)
            || has_inner_capital(word)
            || self.known(word, w)
            || self.recurs(word)
        {
            return None;
        }
        if w.before_hyphen
            && (PREFIXES.contains(&word.to_lowercase().as_str())
                || self.dict.check(&format!("{word}-")))
        {
            return None;
        }
        if w.after_hyphen
            && (SUFFIX_PARTS.contains(&word.to_lowercase().as_str())
                || self.dict.check(&format!("-{word}")))
        {
            return None;
        }
        if w.dangling_hyphen
            && word
                .strip_suffix('s')
                .is_some_and(|stem| self.dict.check(stem))
        {
            return None;
        }
        if self.compound(&word.to_lowercase(), 0) {
            return None;
        }
        // `iets fundamentelers`: the partitive genitive of an adjective.
        if w.after_partitive
            && word
                .strip_suffix('s')
                .is_some_and(|stem| self.dict.check(stem))
        {
            return None;
        }
        // `pp`, `ll`: abbreviations.
        let mut letters = word.chars();
        if char_len(word) == 2 && letters.next() == letters.next() {
            return None;
        }
        if APOSTROPHE_WORDS.contains(&fold(word).as_str()) {
            return None;
        }
        // `Atatürks`, `Nederfrankische`: the genitive or inflected adjective of a name the
        // dictionary knows as a name only (so `Duiste` is not `Duist` + `e`).
        if is_capitalised(word)
            && ["s", "e"].iter().any(|e| {
                word.strip_suffix(e).is_some_and(|stem| {
                    char_len(stem) >= 3
                        && self.dict.check(stem)
                        && !self.dict.check(&stem.to_lowercase())
                })
            })
        {
            return None;
        }
        // `de dapperen`, `de aangekomene`: adjectives and participles used as nouns.
        let lower = word.to_lowercase();
        if (lower.ends_with("een") || lower.ends_with("en"))
            && lower
                .strip_suffix('n')
                .is_some_and(|stem| stem.ends_with('e') && self.dict.check(stem))
            || lower
                .strip_suffix('e')
                .is_some_and(|stem| stem.ends_with("en") && self.dict.check(stem))
        {
            return None;
        }
        if let Some((stem, ending)) = word.rsplit_once(is_apostrophe)
            && APOSTROPHE_ENDINGS.contains(&ending)
            && (is_capitalised(stem) || self.known(stem, w))
        {
            return None;
        }
        if is_capitalised(word) {
            return self.capitalised_error(tok, w).map(Some);
        }
        // A foreign word or term the translation keeps (`ski bums`, `mph`, `civitas`), maybe
        // as two words (`skitouring` / `ski touring`).
        let folded = fold(word);
        if contains_word(w.target, &folded) || w.target_joined.contains(&folded) {
            return None;
        }
        Some(None)
    }

    /// A capitalised word the dictionary does not know: a name, unless it is one edit from a
    /// capitalised dictionary word and nothing says it is a name.
    fn capitalised_error(&self, tok: &Token, w: &Word) -> Option<String> {
        let word = tok.text;
        if contains_word(w.target, &fold(word))
            || self.doc.store_elsewhere(self.ctx, word) > 0
            || EXONYMS.english(word).is_some()
            || w.in_name
        {
            return None;
        }
        self.dict.near_capitalised(word)
    }

    /// A closed compound of two dictionary words (`nobelcommissie`, `weerverschijnsel`), with
    /// a linking `s` allowed (`volksbadhuis`), or three (`depth` 1). Heads of at least 3 and
    /// tails of at least 5 letters, so that a typo rarely splits into two words
    /// (`ontwikkel|ling`).
    fn compound(&self, word: &str, depth: usize) -> bool {
        let cuts: Vec<usize> = word.char_indices().map(|(b, _)| b).collect();
        let n = cuts.len();
        if n < 8 {
            return false;
        }
        (3..=n - 5).any(|i| {
            let (head, tail) = word.split_at(cuts[i]);
            let head_ok = self.dict.check(head)
                || PREFIXES.contains(&head)
                || (char_len(head) >= 5
                    && head.strip_suffix('s').is_some_and(|h| self.dict.check(h)));
            head_ok && (self.dict.check(tail) || (depth == 0 && self.compound(tail, 1)))
        })
    }

    fn known(&self, word: &str, w: &Word) -> bool {
        let lower = word.to_lowercase();
        self.ctx.words.contains(word)
            || self.ctx.words.contains(&lower)
            || self.dict.check(word)
            || (w.followed_by_period
                && (ABBREVIATIONS.contains(&lower) || self.dict.check(&format!("{word}."))))
    }

    /// Words used twice or more in the document are taken as intended.
    fn recurs(&self, word: &str) -> bool {
        self.doc
            .lower_counts
            .get(&word.to_lowercase())
            .is_some_and(|&n| n >= 2)
    }
}
