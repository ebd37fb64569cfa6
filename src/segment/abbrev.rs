//! Abbreviation lists: the data lives in `abbrev_<lang>.txt` so linguists can edit it
//! without touching the rules; it is parsed once per language on first use.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use super::Lang;

/// What a capitalised word after the abbreviation means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Titles and connectives (`dhr.`, `o.a.`): the next word continues the sentence.
    Never,
    /// `enz.`, `jl.`, `No.`: a capitalised word after it starts a new sentence.
    MayEnd,
    /// `U.S.`, `p.m.`, `Inc.`: usually modifies the capitalised name after it, so only a
    /// typical sentence starter (`The`, `He`) after it begins a new sentence.
    BeforeName,
}

#[derive(Debug)]
pub(crate) struct Abbreviations {
    /// Keys are lower case, without the final period (`o.a`, `dhr`).
    map: HashMap<Box<str>, Kind>,
    /// Longest key in bytes; longer tokens skip the lookup (and the lower-casing).
    max_len: usize,
    /// Capitalised words, case as written, that decide [`Kind::BeforeName`].
    starters: HashSet<Box<str>>,
}

enum Section {
    Abbreviations(Kind),
    Starters,
}

impl Abbreviations {
    pub(crate) fn parse(src: &str) -> Result<Self, String> {
        let mut map = HashMap::new();
        let mut starters = HashSet::new();
        let mut section = None;
        for (n, raw) in src.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            match line {
                "[never]" => section = Some(Section::Abbreviations(Kind::Never)),
                "[may-end]" => section = Some(Section::Abbreviations(Kind::MayEnd)),
                "[before-name]" => section = Some(Section::Abbreviations(Kind::BeforeName)),
                "[starters]" => section = Some(Section::Starters),
                _ if line.starts_with('[') => {
                    return Err(format!("line {}: unknown section {line}", n + 1));
                }
                _ if line.contains(char::is_whitespace) => {
                    return Err(format!("line {}: {line:?} contains whitespace", n + 1));
                }
                _ => {
                    let fresh = match section {
                        None => {
                            return Err(format!(
                                "line {}: {line:?} comes before any [section]",
                                n + 1
                            ));
                        }
                        Some(Section::Starters) => starters.insert(line.into()),
                        Some(Section::Abbreviations(kind)) => {
                            let key = line.strip_suffix('.').unwrap_or(line).to_lowercase();
                            map.insert(key.into_boxed_str(), kind).is_none()
                        }
                    };
                    if !fresh {
                        return Err(format!("line {}: {line:?} is listed twice", n + 1));
                    }
                }
            }
        }
        let max_len = map.keys().map(|k| k.len()).max().unwrap_or(0);
        Ok(Self {
            map,
            max_len,
            starters,
        })
    }

    /// `token` is the word before the period, without that period.
    pub(crate) fn get(&self, token: &str) -> Option<Kind> {
        if token.is_empty() || token.len() > self.max_len {
            return None;
        }
        // "zegt ING.", "in de VS.", "Holding BV.": a word all in capitals is an acronym, not
        // the title or the abbreviation it spells in lower case ("ing.", "vs.", "bv.").
        if token.len() >= 2
            && token.chars().all(|c| c.is_alphabetic())
            && !token.chars().any(char::is_lowercase)
        {
            return None;
        }
        if token
            .bytes()
            .any(|b| b.is_ascii_uppercase() || !b.is_ascii())
        {
            self.map.get(token.to_lowercase().as_str()).copied()
        } else {
            self.map.get(token).copied()
        }
    }

    /// Whether `text` begins with a listed sentence starter as a whole word.
    pub(crate) fn starts_with_starter(&self, text: &str) -> bool {
        let word_end = text
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(text.len());
        self.starters.contains(&text[..word_end])
    }

    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.map.len()
    }
}

pub(crate) const NL_SOURCE: &str = include_str!("abbrev_nl.txt");
pub(crate) const EN_SOURCE: &str = include_str!("abbrev_en.txt");

static NL: LazyLock<Abbreviations> =
    LazyLock::new(|| Abbreviations::parse(NL_SOURCE).expect("abbrev_nl.txt is well-formed"));
static EN: LazyLock<Abbreviations> =
    LazyLock::new(|| Abbreviations::parse(EN_SOURCE).expect("abbrev_en.txt is well-formed"));

pub(crate) fn for_lang(lang: Lang) -> &'static Abbreviations {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}
