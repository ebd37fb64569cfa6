//! Abbreviation lists: the data lives in `abbrev_<lang>.txt` so linguists can edit it
//! without touching the rules; it is parsed once per language on first use.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::Lang;

/// What a capitalised word after the abbreviation means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Titles and connectives (`dhr.`, `o.a.`): the next word continues the sentence.
    Never,
    /// `enz.`, `jl.`, `Inc.`: a capitalised word after it starts a new sentence.
    MayEnd,
}

#[derive(Debug)]
pub(crate) struct Abbreviations {
    /// Keys are lower case, without the final period (`o.a`, `dhr`).
    map: HashMap<Box<str>, Kind>,
    /// Longest key in bytes; longer tokens skip the lookup (and the lower-casing).
    max_len: usize,
}

impl Abbreviations {
    pub(crate) fn parse(src: &str) -> Result<Self, String> {
        let mut map = HashMap::new();
        let mut kind = None;
        for (n, raw) in src.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            match line {
                "[never]" => kind = Some(Kind::Never),
                "[may-end]" => kind = Some(Kind::MayEnd),
                _ if line.starts_with('[') => {
                    return Err(format!("line {}: unknown section {line}", n + 1));
                }
                _ => {
                    let kind = kind.ok_or_else(|| {
                        format!("line {}: {line:?} comes before any [section]", n + 1)
                    })?;
                    if line.contains(char::is_whitespace) {
                        return Err(format!("line {}: {line:?} contains whitespace", n + 1));
                    }
                    let key = line.strip_suffix('.').unwrap_or(line).to_lowercase();
                    if map.insert(key.into_boxed_str(), kind).is_some() {
                        return Err(format!("line {}: {line:?} is listed twice", n + 1));
                    }
                }
            }
        }
        let max_len = map.keys().map(|k| k.len()).max().unwrap_or(0);
        Ok(Self { map, max_len })
    }

    /// `token` is the word before the period, without that period.
    pub(crate) fn get(&self, token: &str) -> Option<Kind> {
        if token.is_empty() || token.len() > self.max_len {
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
