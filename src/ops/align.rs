//! `tolk align`: aligns a Dutch text with an English one without a database. Reads the
//! texts as sentences (segmented, or one per line), runs the aligner with the system's
//! FreeDict lexicon when installed, and reports every link with its shape and score, plus
//! what looks wrong with the input (empty or one-sided texts, a wrong language, lengths that
//! cannot be a translation).

use crate::align::engine::{self, Params};
use crate::align::features::{guess_language, stopword_shares};
use crate::align::lexicon::Lexicon;
use crate::error::{Error, Result};
use crate::segment::Lang;
use serde::{Deserialize, Serialize};

/// Below this score a link is called low-confidence.
pub const LOW_CONFIDENCE: f64 = 0.5;

/// One text to align: its content and the name it goes by in messages.
pub struct Text<'a> {
    pub label: &'a str,
    pub content: &'a str,
}

pub struct Request<'a> {
    pub nl: Text<'a>,
    pub en: Text<'a>,
    /// One sentence per line, a blank line between paragraphs (else the texts are segmented).
    pub lines: bool,
    /// Use the FreeDict lexicon when it is installed.
    pub dictionary: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AlignReport {
    pub nl_sentences: usize,
    pub en_sentences: usize,
    pub nl_paragraphs: usize,
    pub en_paragraphs: usize,
    /// Headwords of the FreeDict lexicon, when it was used.
    pub dictionary: Option<usize>,
    /// Lexicon entries learned from the first pass's confident links.
    pub learned: usize,
    /// Dutch words of the store's own lexicon (the glossary and the user's aligned pairs),
    /// when one was given (`import --translation`, `--translation-of`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub own_lexicon: Option<usize>,
    /// English characters per Dutch character.
    pub length_ratio: f64,
    pub one_to_one: usize,
    pub low_confidence: usize,
    /// What looks wrong with the input, one sentence each.
    pub warnings: Vec<String>,
    pub paragraphs: Vec<AlignLink>,
    pub links: Vec<AlignLink>,
}

/// A link: 1-based sentence (or paragraph) numbers on each side, either side possibly empty.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AlignLink {
    /// `n-m`: how many Dutch and English sentences the link joins.
    pub shape: String,
    pub nl: Vec<usize>,
    pub en: Vec<usize>,
    pub score: f64,
    pub low_confidence: bool,
    pub nl_text: String,
    pub en_text: String,
}

impl AlignLink {
    pub fn is_one_to_one(&self) -> bool {
        self.nl.len() == 1 && self.en.len() == 1
    }
}

/// Paragraphs of sentences: one per line with blank lines between paragraphs, or segmented.
pub fn sentences(text: &str, lang: Lang, lines: bool) -> Vec<Vec<String>> {
    if lines {
        let mut out: Vec<Vec<String>> = vec![Vec::new()];
        for line in text.lines() {
            let line = line.trim().trim_start_matches('\u{feff}');
            match (line.is_empty(), out.last_mut()) {
                (true, Some(last)) if !last.is_empty() => out.push(Vec::new()),
                (false, Some(last)) => last.push(line.to_string()),
                _ => {}
            }
        }
        out.retain(|p| !p.is_empty());
        return out;
    }
    crate::segment::segment(text, lang)
        .into_iter()
        .map(|p| {
            p.sentences
                .into_iter()
                .map(|s| crate::align::sentence_text(&s.text))
                .collect()
        })
        .collect()
}

/// The FreeDict lexicon, if installed and wanted; a file that cannot be read is a warning.
fn load_dictionary(wanted: bool, warnings: &mut Vec<String>) -> Option<Lexicon> {
    if !wanted {
        return None;
    }
    let (index, dict) = Lexicon::system_freedict()?;
    match Lexicon::read_dictd(&index, &dict) {
        Ok(lex) => Some(lex),
        Err(e) => {
            warnings.push(format!("FreeDict lexicon not used: {e}"));
            None
        }
    }
}

pub fn align(req: &Request) -> Result<AlignReport> {
    let nl = sentences(req.nl.content, Lang::Nl, req.lines);
    let en = sentences(req.en.content, Lang::En, req.lines);
    align_sentences(&nl, &en, req.nl.label, req.en.label, req.dictionary, None)
}

/// Aligns two texts already split into paragraphs of sentences (`nl_label` and `en_label`
/// name them in warnings): what `align` and `import --translation` share. `own` is the
/// store's lexicon (see [`crate::ops::lexicon::aligner_lexicon`]), added to FreeDict's.
pub fn align_sentences(
    nl: &[Vec<String>],
    en: &[Vec<String>],
    nl_label: &str,
    en_label: &str,
    dictionary: bool,
    own: Option<&Lexicon>,
) -> Result<AlignReport> {
    let nl_flat: Vec<&str> = nl.iter().flatten().map(String::as_str).collect();
    let en_flat: Vec<&str> = en.iter().flatten().map(String::as_str).collect();
    if nl_flat.is_empty() && en_flat.is_empty() {
        return Err(Error::invalid(
            "texts",
            format!("{nl_label} and {en_label} hold no sentences: nothing to align"),
        ));
    }
    let mut warnings = Vec::new();
    if nl_flat.is_empty() {
        warnings.push(format!(
            "the Dutch text {nl_label} is empty: every English sentence is left unaligned (0-1)"
        ));
    }
    if en_flat.is_empty() {
        warnings.push(format!(
            "the English text {en_label} is empty: every Dutch sentence is left unaligned (1-0)"
        ));
    }
    language_warnings(nl_label, en_label, &nl_flat, &en_flat, &mut warnings);

    let dictionary = load_dictionary(dictionary, &mut warnings);
    let combined;
    let empty = Lexicon::new();
    let lexicon = match (&dictionary, own) {
        (Some(d), Some(o)) if !o.is_empty() => {
            combined = {
                let mut c = d.clone();
                c.extend(o);
                c
            };
            &combined
        }
        (Some(d), _) => d,
        (None, Some(o)) => o,
        (None, None) => &empty,
    };
    let result = engine::align(nl, en, lexicon, &Params::default());

    if !nl_flat.is_empty() && !en_flat.is_empty() {
        let r = result.length_ratio;
        let counts =
            nl_flat.len().max(en_flat.len()) as f64 / nl_flat.len().min(en_flat.len()) as f64;
        if !(0.5..=2.0).contains(&r) || counts > 3.0 {
            warnings.push(format!(
                "the texts cannot be translations of each other as a whole: the English has {:.2} \
                 characters per Dutch one (about 0.9–1.1 expected) and {} sentences against {}; \
                 links where the lengths disagree are scored low and the rest is left unaligned",
                r,
                en_flat.len(),
                nl_flat.len()
            ));
        }
    }

    let make = |l: &engine::Link, nl_texts: &[&str], en_texts: &[&str]| AlignLink {
        shape: format!("{}-{}", l.nl.len(), l.en.len()),
        nl: l.nl.clone().map(|i| i + 1).collect(),
        en: l.en.clone().map(|i| i + 1).collect(),
        score: (l.score * 1000.0).round() / 1000.0,
        low_confidence: l.score < LOW_CONFIDENCE,
        nl_text: nl_texts[l.nl.clone()].join(" "),
        en_text: en_texts[l.en.clone()].join(" "),
    };
    let links: Vec<AlignLink> = result
        .links
        .iter()
        .map(|l| make(l, &nl_flat, &en_flat))
        .collect();
    let nl_paras: Vec<String> = nl.iter().map(|p| p.join(" ")).collect();
    let en_paras: Vec<String> = en.iter().map(|p| p.join(" ")).collect();
    let nl_paras: Vec<&str> = nl_paras.iter().map(String::as_str).collect();
    let en_paras: Vec<&str> = en_paras.iter().map(String::as_str).collect();
    let paragraphs = paragraph_links(&result.paragraphs, nl, en)
        .iter()
        .map(|l| make(l, &nl_paras, &en_paras))
        .collect();
    Ok(AlignReport {
        nl_sentences: nl_flat.len(),
        en_sentences: en_flat.len(),
        nl_paragraphs: nl.len(),
        en_paragraphs: en.len(),
        dictionary: dictionary.as_ref().map(Lexicon::len),
        learned: result.learned,
        own_lexicon: own.map(Lexicon::len),
        length_ratio: (result.length_ratio * 1000.0).round() / 1000.0,
        one_to_one: links.iter().filter(|l| l.is_one_to_one()).count(),
        low_confidence: links.iter().filter(|l| l.low_confidence).count(),
        warnings,
        paragraphs,
        links,
    })
}

/// The engine's paragraph links (by sentence) as links between paragraph numbers.
fn paragraph_links(
    links: &[engine::Link],
    nl: &[Vec<String>],
    en: &[Vec<String>],
) -> Vec<engine::Link> {
    let para_of = |paras: &[Vec<String>], r: &std::ops::Range<usize>| {
        let mut at = 0;
        let mut out = Vec::new();
        for (k, p) in paras.iter().enumerate() {
            if at >= r.start && at + p.len() <= r.end && !p.is_empty() && !r.is_empty() {
                out.push(k);
            }
            at += p.len();
        }
        match (out.first(), out.last()) {
            (Some(&a), Some(&b)) => a..b + 1,
            _ => {
                let before = paras
                    .iter()
                    .scan(0, |n, p| {
                        *n += p.len();
                        Some(*n)
                    })
                    .take_while(|&n| n <= r.start)
                    .count();
                before..before
            }
        }
    };
    links
        .iter()
        .map(|l| engine::Link {
            nl: para_of(nl, &l.nl),
            en: para_of(en, &l.en),
            score: l.score,
        })
        .collect()
}

fn language_warnings(
    nl_label: &str,
    en_label: &str,
    nl: &[&str],
    en: &[&str],
    warnings: &mut Vec<String>,
) {
    let nl_lang = guess_language(nl.iter().copied());
    let en_lang = guess_language(en.iter().copied());
    let shares = |s: &[&str]| {
        let (a, b) = stopword_shares(s.iter().copied());
        format!(
            "{:.0}% Dutch function words, {:.0}% English",
            a * 100.0,
            b * 100.0
        )
    };
    match (nl_lang, en_lang) {
        (Some("en"), Some("nl")) => warnings.push(format!(
            "the texts look swapped: {nl_label} reads as English and {en_label} as Dutch; give the Dutch text first"
        )),
        (_, Some("nl")) => warnings.push(format!(
            "the English text {en_label} looks Dutch ({}): is it the translation?",
            shares(en)
        )),
        (Some("en"), _) => warnings.push(format!(
            "the Dutch text {nl_label} looks English ({})",
            shares(nl)
        )),
        _ => {}
    }
}
