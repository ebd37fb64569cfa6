//! The attribution suggester: finds reported speech in Dutch news sentences and who it is
//! attributed to, resolving "Harchaoui", "hij" and "de expert" to the full earlier mention.
//!
//! Constructions (cue words and lists are data: `cues_nl.txt`, `words_nl.txt`):
//! - a reporting verb in any tense, separable verbs split ("kondigde … aan"), with the speaker
//!   before it ("Erdogan zei dat …") or after it ("Op Facebook kondigde het LNA aan dat …"),
//!   and a claim introduced by `dat`/`of`, a colon, a quote or the verb's own preposition;
//! - a verb after the claim, inverted ("‘…’, zegt hij.", "…, constateert Harchaoui.");
//! - `volgens X` (at the start, in the middle or at the end), `…, aldus X`, `naar verluidt`;
//! - `X: ‘…’`, `Dat zei X.` (the claim is the sentence before), a caption credit `Beeld EPA`;
//! - quotations in ‘…’ “…” „…” «…» '…' "…", across sentences within a paragraph; a sentence
//!   that is only a quotation goes to the speaker of the quotation next to it, and a cue
//!   sentence ending in a colon takes the quotation of the next sentence;
//! - a capitalised sentence adverb is never a speaker ("Daarnaast meldde de NHK"), initials
//!   stay in a name ("D. K. Arya"), pronouns reach back across paragraphs ("hij" only to a
//!   named person), and `!frame` verbs ("vinden", "schrijven") are cues only with a
//!   `dat`-clause that follows no object, a colon or a quotation;
//! - the frames of `frames.rs`: a speech noun before a colon ("met de woorden: ‘…’"), `naar
//!   eigen zeggen`, `…, zo zegt X` / `…, heeft X laten weten`, a passive with `door`, `Zoals X
//!   zei, …`, `volgens`/`staat in` a document of an author, `is van mening dat`,
//!   subjects the lists do not know ("de curator"), joined by `en`, with an apposition or a
//!   relative `die`, and a quotation-only sentence after a sentence with a speaker;
//! - quotations of several paragraphs (each paragraph opening with a mark), an unpaired
//!   closing mark at a sentence's end („…’), a name before a colon after a heading or with an
//!   apposition ("Free Record Shop, Juan da Silva: „…"), te-infinitive claims ("zei de
//!   wapens te hebben onderschept"), anonymous sources only with a qualifier ("bronnen in
//!   het paleis"), and a quotation with no cue in reach said by the person in focus: the
//!   last speaker, or a person named since as a clause's subject ("Als ik Dave Grohl
//!   herinner aan …, valt hij stil. „Ik weet niet …"), in the same paragraph.
//!
//! Everything is linear in the length of the document: each sentence is tokenised once, noun
//! phrases are at most [`NP_MAX`] tokens, look-ahead windows are bounded, a quotation is
//! attributed sentence by sentence at most once, and names resolve through hash maps.

use super::lexicon::{self, Lexicon, masculine_form};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// One sentence of the document, in order.
#[derive(Debug, Clone, Copy)]
pub struct Sentence<'a> {
    /// `DOC:N`, copied into its suggestions.
    pub id: &'a str,
    pub text: &'a str,
    /// Paragraph index: quotations and pronouns do not reach across many paragraphs.
    pub paragraph: usize,
}

/// A claim span in code points of its sentence, end exclusive.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimSpan {
    pub start: usize,
    pub end: usize,
    pub exact: String,
}

/// One suggested attribution.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Suggestion {
    /// `DOC:N`.
    pub segment: String,
    /// Who makes the claim: the resolved full name or phrase.
    pub speaker: String,
    /// How the speaker is named in this sentence ("hij", "Harchaoui", "de politie").
    pub mention: String,
    pub role: Option<String>,
    pub organisation: Option<String>,
    /// The word that signals the attribution, as written ("zegt", "volgens", "kondigde").
    pub cue: String,
    pub claim: ClaimSpan,
    /// Confidence, 0..1.
    pub score: f64,
}

/// The speaker of a claim reported by someone the text does not name (`naar verluidt`): a
/// claim for the editor to keep in the translation ("reportedly"), but no speaker.
pub const UNNAMED_SOURCE: &str = "onbekende bron";

/// Longest noun phrase looked at, in tokens.
const NP_MAX: usize = 14;
/// How far after a verb its complement (`dat`, `of`, `:`) may start, in tokens.
const COMPLEMENT_WINDOW: usize = 24;
/// Longest clause before a token that is read, in tokens: far beyond any clause of news text,
/// so that a "sentence" a user makes of thousands of commas costs each verb a bounded scan
/// (a longer one before its cue is not read: no claim, rather than one cut at random; a claim
/// after its cue ends this far on at the latest).
const CLAUSE_MAX: usize = 200;
/// A pronoun refers to the last speaker this many paragraphs back at most with full
/// confidence; further back (anywhere earlier in the document) with less.
const PRONOUN_PARAGRAPHS: usize = 2;

/// Suggestions for a document's sentences, in document order.
pub fn suggest(sentences: &[Sentence<'_>]) -> Vec<(usize, Suggestion)> {
    let lex = lexicon::nl();
    let docs: Vec<Sent<'_>> = tokenize_document(sentences);
    let registry = Registry::build(lex, &docs);
    let fronted: Vec<Option<usize>> = docs
        .iter()
        .map(|d| fronted_subordinate(lex, &d.toks))
        .collect();
    let relative: Vec<Option<usize>> = docs
        .iter()
        .zip(&fronted)
        .map(|(d, f)| {
            f.is_none()
                .then(|| subject_relative(lex, &d.toks))
                .flatten()
        })
        .collect();
    let breaks = docs
        .iter()
        .zip(fronted.iter().zip(&relative))
        .map(|(d, (&f, &r))| clause_breaks(lex, &d.toks, f, r))
        .collect();
    let mut finder = Finder {
        lex,
        docs: &docs,
        registry: &registry,
        out: Vec::new(),
        nested: Vec::new(),
        bytes: Vec::new(),
        fronted,
        breaks,
        starts: docs.iter().map(|d| clause_starts(&d.toks)).collect(),
        last_speaker: None,
        last_body: None,
        last_person: None,
        quote_speaker: vec![None; docs.len()],
        has: vec![false; docs.len()],
        genders: HashMap::new(),
        answers: docs
            .iter()
            .map(|d| {
                d.toks.iter().any(|t| {
                    t.is_word()
                        && !t.quoted
                        && (t.lower.starts_with("antwoord") || t.lower.starts_with("reageer"))
                })
            })
            .collect(),
        asking: docs
            .iter()
            .map(|d| {
                d.toks.iter().position(|t| {
                    t.is_word()
                        && !t.quoted
                        && matches!(t.lower.as_str(), "vroeg" | "vroegen" | "vraagt")
                })
            })
            .collect(),
        subordinate: docs
            .iter()
            .map(|d| {
                d.toks.iter().position(|t| {
                    !t.quoted && (t.lower == "dat" || lex.is("subordinators", &t.lower))
                })
            })
            .collect(),
        indefinites: docs.iter().map(|d| indefinites(&d.toks)).collect(),
    };
    for i in 0..docs.len() {
        finder.sentence(i);
    }
    finder.citations();
    finder.adjacent_quotes();
    finder.quote_after_speaker();
    finder.quote_in_focus();
    finder.quote_headings();
    let mut out: Vec<(usize, Suggestion, bool, (usize, usize))> = finder
        .out
        .into_iter()
        .zip(finder.nested)
        .zip(finder.bytes)
        .map(|(((i, s), nested), bytes)| (i, s, nested, bytes))
        .collect();
    out.sort_by(|a, b| {
        (a.0, a.1.claim.start)
            .cmp(&(b.0, b.1.claim.start))
            .then(b.1.score.total_cmp(&a.1.score))
    });
    // One suggestion per span: where two overlap in a sentence, the surer one stays; a report
    // nested in a quotation of someone else (its span inside the other) stays beside it.
    let mut kept: Vec<(usize, Suggestion)> = Vec::with_capacity(out.len());
    // The claims' texts are cut only for the suggestions kept: a sentence a user makes long,
    // with many cues, would otherwise copy its rest once per cue.
    let mut kept_bytes: Vec<(usize, usize)> = Vec::with_capacity(out.len());
    // The last kept suggestion that is not nested in another.
    let mut outer: Option<usize> = None;
    for (i, s, nested, bytes) in out {
        if let Some(o) = outer
            && kept[o].0 == i
            && s.claim.start < kept[o].1.claim.end
        {
            let last = &kept[o].1;
            // "Volgens de politie zijn er drie gewonden, aldus AP", "Volgens het communiqué
            // gaven de Turken aan dat …", "De verdachte heeft verklaard dat …, aldus zijn
            // advocaat": a report inside a report (the guideline's rule 5).
            // (And who is cited: "Onder verwijzing naar X meldde Y", "Y, geciteerd door X,".)
            let volgens = |x: &Suggestion| {
                [
                    "volgens",
                    "aldus",
                    "verwijzing",
                    "beroep",
                    "geciteerd",
                    "aangehaald",
                ]
                .iter()
                .any(|c| x.cue.eq_ignore_ascii_case(c))
            };
            // ("Diallo zei dat het werkte, terwijl de fabrikant meldde dat …": a report of
            // someone else inside the claim.)
            let inside = s.claim.start > last.claim.start;
            let nested = nested || inside || volgens(&s) || volgens(last);
            if nested && !same_source(&s.speaker, &last.speaker) && s.claim.end <= last.claim.end {
                kept.push((i, s));
                kept_bytes.push(bytes);
            } else if s.score > last.score && kept.len() == o + 1 {
                kept[o].1 = s;
                kept_bytes[o] = bytes;
            }
            continue;
        }
        // "'Maar', zegt Mulder, 'we sluiten niets uit.'": a quotation split by its cue is one
        // claim (the guideline's rule 5), the cue and speaker inside it.
        let quote = |(b0, _): (usize, usize)| {
            sentences[i].text[b0..]
                .chars()
                .next()
                .is_some_and(is_quote_char)
        };
        if let Some(o) = outer
            && kept.len() == o + 1
            && kept[o].0 == i
            && kept[o].1.speaker == s.speaker
            && kept[o].1.cue == s.cue
            && quote(kept_bytes[o])
            && quote(bytes)
        {
            kept[o].1.claim.end = s.claim.end;
            kept_bytes[o].1 = bytes.1;
            continue;
        }
        outer = Some(kept.len());
        kept.push((i, s));
        kept_bytes.push(bytes);
    }
    for ((i, s), (b0, b1)) in kept.iter_mut().zip(kept_bytes) {
        s.claim.exact = sentences[*i].text[b0..b1].to_string();
    }
    kept
}

/// Whether a nested report's speaker is the outer one's again: the same phrase, or a definite
/// head taking up the outer compound ("Het weerbureau verklaarde dat …, omdat het water volgens
/// het bureau …"), which adds no claim (the guideline's rule 5).
fn same_source(inner: &str, outer: &str) -> bool {
    if inner == outer {
        return true;
    }
    let inner = inner.to_lowercase();
    let outer = outer.to_lowercase();
    let Some(head) = inner
        .strip_prefix("het ")
        .or_else(|| inner.strip_prefix("de "))
        .filter(|h| h.len() > 3 && !h.contains(' '))
    else {
        return false;
    };
    outer
        .strip_prefix("het ")
        .or_else(|| outer.strip_prefix("de "))
        .is_some_and(|o| !o.contains(' ') && o.ends_with(head))
}

// ---------------------------------------------------------------------------------------
// Tokens and quotations

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tk {
    Word,
    Punct(char),
    /// A quotation mark; `open` tells whether it opened or closed one (None: neither).
    Quote(Option<bool>),
}

#[derive(Debug, Clone)]
struct Tok<'s> {
    text: &'s str,
    lower: String,
    /// Byte offsets into the sentence.
    b0: usize,
    b1: usize,
    /// Code-point offsets.
    c0: usize,
    c1: usize,
    kind: Tk,
    /// Inside a quotation (the outermost marks count as inside).
    quoted: bool,
}

impl Tok<'_> {
    fn is_word(&self) -> bool {
        self.kind == Tk::Word
    }
    fn is(&self, c: char) -> bool {
        self.kind == Tk::Punct(c)
    }
    fn closes(&self) -> bool {
        self.kind == Tk::Quote(Some(false))
    }
    fn opens(&self) -> bool {
        self.kind == Tk::Quote(Some(true))
    }
    fn capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
            // ("easyJet", "iPhone": a brand's inner capital; not "anti-Israëlisch", "kWh".)
            // (Only a word unlike its lower case is read again.)
            || self.text != self.lower
                && self.text.chars().count() >= 4
                && self.text.chars().all(char::is_alphabetic)
    }
    /// "OM", "VVD": never the function word its letters spell ("om").
    fn acronym(&self) -> bool {
        self.is_word()
            && self.text.chars().count() >= 2
            && self.text.chars().all(|c| c.is_uppercase() || c == '&')
    }
}

/// A quotation's part in one sentence, in tokens; `before`: it opened in an earlier
/// sentence; `after`: it goes on past this sentence.
#[derive(Debug, Clone, Copy)]
struct QSpan {
    t0: usize,
    t1: usize,
    before: bool,
    after: bool,
}

struct Sent<'a> {
    input: Sentence<'a>,
    toks: Vec<Tok<'a>>,
    quotes: Vec<QSpan>,
}

/// Where the subject starts after a focus adverb that opens the sentence ("Ook de vakbond
/// is kritisch:", "Ook Turkije zegt dat."): 1 after one, else 0.
fn past_focus_adverb(toks: &[Tok<'_>]) -> usize {
    usize::from(
        toks.first()
            .is_some_and(|t| matches!(t.lower.as_str(), "ook" | "zelfs" | "eveneens" | "tevens")),
    )
}

/// A conjunction that opens a second main clause ("…, en hij voegde eraan toe", "…, maar een
/// bron bevestigde").
fn coordinator(w: &str) -> bool {
    matches!(w, "en" | "maar" | "want")
}

fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '‘' | '’' | '“' | '”' | '„' | '«' | '»' | '"' | '\'' | '‚' | '‹' | '›'
    )
}

/// A bullet, an arrow, a dingbat or an emoji (with its joiners): layout, not language.
fn symbol(t: &Tok<'_>) -> bool {
    matches!(t.kind, Tk::Punct(c) if matches!(
        c,
        '•' | '▶' | '►' | '■' | '●' | '◆' | '▪' | '→' | '➤' | '➜' | '\u{FE0F}' | '\u{200D}'
    ) || ('\u{2600}'..='\u{27BF}').contains(&c)
        || c >= '\u{1F000}')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whether the full stop at `i` joins a site's name to its top-level domain ("NU.nl",
/// "RTL.nl", "Nieuwsblad.be"): the medium is one word, and a speaker's addressee.
fn domain(chars: &[(usize, char)], i: usize) -> bool {
    let tld: String = chars[i + 1..]
        .iter()
        .take(5)
        .map(|&(_, c)| c)
        .take_while(|c| c.is_alphanumeric())
        .collect();
    i > 0
        && chars[i - 1].1.is_alphanumeric()
        && matches!(
            tld.as_str(),
            "nl" | "be" | "com" | "org" | "net" | "eu" | "nu" | "tv" | "fm" | "info"
        )
}

/// Splits a sentence into words, punctuation and quotation marks. Hyphens, apostrophes and
/// periods between letters or digits stay inside a word ("Libië-expert", "auto's", "400.000",
/// "NU.nl"); an elision at a word's start too ("'s avonds").
fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut toks = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (b, c) = chars[i];
        if c.is_whitespace() || c.is_control() {
            i += 1;
            continue;
        }
        // "generaal b.d. Peter van Uhm" (buiten dienst): the rank's suffix between the
        // rank and the name is read as if absent.
        if c == 'b'
            && (i == 0 || chars[i - 1].1.is_whitespace())
            && text[b..].starts_with("b.d.")
            && chars.get(i + 4).is_none_or(|&(_, n)| n.is_whitespace())
        {
            i += 4;
            continue;
        }
        let start = i;
        let elision = matches!(c, '\'' | '’' | '‘')
            && (i == 0 || !is_word_char(chars[i - 1].1))
            && chars.get(i + 1).is_some_and(|&(_, n)| {
                matches!(n, 's' | 't' | 'n' | 'k' | 'm') || n.is_ascii_digit()
            })
            && chars
                .get(i + 2)
                .is_none_or(|&(_, n)| !n.is_alphabetic() || chars[i + 1].1.is_ascii_digit());
        if is_word_char(c) || elision {
            i += 1;
            while i < chars.len() {
                let d = chars[i].1;
                let joiner = matches!(d, '-' | '\'' | '’' | '.' | '‐')
                    && chars.get(i + 1).is_some_and(|&(_, n)| is_word_char(n))
                    && (d != '.' || chars[i - 1].1.is_ascii_digit() || domain(&chars, i))
                    // "CD&V", "H&M", "NOC*NSF": an ampersand or asterisk between capitals
                    // (or an ampersand between small letters: "cd&v", as Flanders writes it).
                    || matches!(d, '&' | '*')
                        && chars[i - 1].1.is_uppercase()
                        && chars.get(i + 1).is_some_and(|&(_, n)| n.is_uppercase())
                    || d == '&'
                        && chars[i - 1].1.is_lowercase()
                        && chars.get(i + 1).is_some_and(|&(_, n)| n.is_lowercase());
                if is_word_char(d) || joiner {
                    i += 1;
                } else {
                    break;
                }
            }
            let b1 = chars.get(i).map_or(text.len(), |&(b, _)| b);
            let t = &text[b..b1];
            toks.push(Tok {
                text: t,
                // (A typographic apostrophe as the word lists write it: "collega’s".)
                lower: t.to_lowercase().replace('’', "'"),
                b0: b,
                b1,
                c0: start,
                c1: i,
                kind: Tk::Word,
                quoted: false,
            });
            continue;
        }
        // ",,": the low opening mark as Dutch papers type it (,,Er is reden …”).
        let commas = c == ','
            && chars.get(i + 1).is_some_and(|&(_, n)| n == ',')
            && (i == 0 || chars[i - 1].1.is_whitespace() || "([".contains(chars[i - 1].1))
            && chars
                .get(i + 2)
                .is_some_and(|&(_, n)| !n.is_whitespace() && n != ',');
        // "''": two apostrophes typed for a double mark (,,Daar ben ik het mee eens'').
        let doubled = c == '\'' && chars.get(i + 1).is_some_and(|&(_, n)| n == '\'');
        i += if commas || doubled { 2 } else { 1 };
        let b1 = chars.get(i).map_or(text.len(), |&(b, _)| b);
        toks.push(Tok {
            text: &text[b..b1],
            lower: String::new(),
            b0: b,
            b1,
            c0: start,
            c1: i,
            kind: if is_quote_char(c) || commas {
                Tk::Quote(None)
            } else {
                Tk::Punct(c)
            },
            quoted: false,
        });
    }
    toks
}

/// The tokens of a dateline that opens a news item ("UTRECHT -", "DEN HAAG (ANP) –",
/// "Amsterdam/Rotterdam, 3 juni -") or a live blog's time ("14.32 uur -"): the sentence
/// starts after it, so its subject opens the sentence.
fn dateline(toks: &[Tok<'_>]) -> usize {
    let place = |t: &Tok<'_>| {
        t.is_word()
            && (t.capitalised() || t.text.starts_with("'s-") || t.text.starts_with("’s-"))
            && t.text.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !t.text.chars().any(|c| c.is_ascii_digit())
    };
    let time = |t: &Tok<'_>| {
        t.is_word()
            && t.text.chars().any(|c| c.is_ascii_digit())
            && t.text
                .chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == ':')
    };
    let mut k = 0;
    if toks.first().is_some_and(time) {
        k = 1 + usize::from(toks.get(1).is_some_and(|t| t.lower == "uur"));
    } else {
        // ("'S-HERTOGENBOSCH": the apostrophe of the old article.)
        if toks.len() > 1
            && toks[0].kind == Tk::Quote(None)
            && toks[1].b0 == toks[0].b1
            && toks[1].text.starts_with(['S', 's'])
            && toks[1].text[1..].starts_with('-')
        {
            k = 1;
        }
        // Places, also two with a slash ("AMSTERDAM/ROTTERDAM").
        while k < 6 && toks.get(k).is_some_and(place) {
            k += 1;
            if toks.get(k).is_some_and(|t| t.is('/')) && toks.get(k + 1).is_some_and(place) {
                k += 1;
            }
        }
        if k == 0 || k > 5 || k == 1 && toks[0].kind == Tk::Quote(None) {
            return 0;
        }
        // The date: ", 3 juni".
        if toks.get(k).is_some_and(|t| t.is(','))
            && toks.get(k + 1).is_some_and(time)
            && toks
                .get(k + 2)
                .is_some_and(|t| t.is_word() && !t.capitalised())
        {
            k += 3;
        }
        // The agency: "(ANP)", "(Reuters)", "(ANP/AFP)".
        if toks.get(k).is_some_and(|t| t.is('(')) {
            match toks[k + 1..].iter().take(4).position(|t| t.is(')')) {
                Some(p) if p > 0 => k += p + 2,
                _ => return 0,
            }
        }
    }
    match (toks.get(k), toks.get(k + 1)) {
        (Some(d), Some(next))
            if (d.is('-') || d.is('–') || d.is('—'))
                && d.b0 > toks[k - 1].b1
                && next.b0 > d.b1
                && (next.is_word() && next.capitalised() || next.kind == Tk::Quote(None)) =>
        {
            k + 1
        }
        _ => 0,
    }
}

/// A quotation mark token's mark (",," is „).
fn mark(t: &Tok<'_>) -> char {
    if t.text == ",," {
        '„'
    } else if t.text == "''" {
        '"'
    } else {
        t.text.chars().next().unwrap_or(' ')
    }
}

/// Which quotation marks close which.
fn closes_kind(open: char, close: char) -> bool {
    match open {
        '‘' => matches!(close, '’' | '\''),
        '“' => matches!(close, '”' | '"' | '“'),
        '„' => matches!(close, '”' | '“' | '"'),
        '«' => close == '»',
        '‹' => close == '›',
        '‚' => matches!(close, '‘' | '’'),
        '"' => matches!(close, '"' | '”'),
        '\'' => matches!(close, '\'' | '’'),
        _ => false,
    }
}

/// How many sentences an open quotation may run on from its opening (or from a further
/// paragraph's opening mark): an unbalanced mark cannot swallow the rest of the document.
const QUOTE_RUN: usize = 16;

/// The quotation marks of a text in order, `true` for one that opens and `false` for one
/// that can close a quotation: a closing double or guillemet mark, or a single or straight
/// mark after a word or punctuation and not before a letter (not the apostrophe of
/// "auto's"); an opening mark, or a single or straight one after a space and before a word.
fn quote_marks(text: &str) -> impl Iterator<Item = bool> + '_ {
    let mut prev = ' ';
    let mut chars = text.chars().peekable();
    std::iter::from_fn(move || {
        while let Some(c) = chars.next() {
            let next = chars.peek().copied().unwrap_or(' ');
            let before = std::mem::replace(&mut prev, c);
            if matches!(c, '”' | '»' | '›')
                || (matches!(c, '’' | '"' | '\'')
                    && !before.is_whitespace()
                    && !next.is_alphabetic())
            {
                return Some(false);
            }
            if matches!(c, '‘' | '“' | '„' | '«' | '‹' | '‚')
                || (matches!(c, '"' | '\'') && before.is_whitespace() && !next.is_whitespace())
            {
                return Some(true);
            }
        }
        None
    })
}

/// Whether a sentence has a mark that can end a quotation.
fn has_closing_mark(text: &str) -> bool {
    quote_marks(text).any(|opens| !opens)
}

/// Tokenises every sentence and marks quotations. An open quotation carries over to the next
/// sentences of its paragraph, at most [`QUOTE_RUN`] sentences from its opening, and over a
/// paragraph break only when the next paragraph opens with a quotation mark and a closing
/// mark lies ahead (the convention for a quotation of several paragraphs); such an opening
/// mark at a sentence's start continues the open quotation instead of nesting a new one, and
/// a closing mark after a word closes an open quotation even when the two do not pair
/// („…’, roept Harry).
fn tokenize_document<'a>(sentences: &[Sentence<'a>]) -> Vec<Sent<'a>> {
    // For each sentence, the nearest sentence at or after it with a closing mark; and the
    // nearest whose first mark closes, with no opening mark before it (the rest of a
    // quotation whose next paragraph has no mark of its own: "…: ‘Het vuur is niet onder
    // controle." / "De komende uren zijn cruciaal.’").
    let mut next_close = vec![usize::MAX; sentences.len() + 1];
    let mut closes_first = vec![usize::MAX; sentences.len() + 1];
    for i in (0..sentences.len()).rev() {
        next_close[i] = if has_closing_mark(sentences[i].text) {
            i
        } else {
            next_close[i + 1]
        };
        closes_first[i] = match quote_marks(sentences[i].text).next() {
            Some(false) => i,
            Some(true) => usize::MAX,
            None => closes_first[i + 1],
        };
    }
    let mut out = Vec::with_capacity(sentences.len());
    let mut stack: Vec<char> = Vec::new();
    // The sentence where the open quotation opened.
    let mut opened = 0;
    let mut paragraph = None;
    for (i, s) in sentences.iter().enumerate() {
        let mut toks = tokenize(s.text);
        toks.drain(..dateline(&toks));
        // Bullets and emoji are layout ("• Karin Boelens zegt", "🔴 De politie meldt", "Karin
        // Boelens 🇳🇱 zegt"); so is a star or an arrow that opens a list's line.
        toks.retain(|t| !symbol(t));
        let lead = toks.iter().take_while(|t| t.is('*') || t.is('>')).count();
        toks.drain(..lead);
        let starts_quoted = toks.first().is_some_and(|t| {
            t.kind == Tk::Quote(None)
                && matches!(mark(t), '‘' | '“' | '„' | '«' | '‹' | '‚' | '"' | '\'')
        });
        let same = paragraph == Some(s.paragraph);
        let carry = !stack.is_empty()
            && i - opened < QUOTE_RUN
            && (same
                || starts_quoted && next_close[i].saturating_sub(i) < QUOTE_RUN
                || closes_first[i].saturating_sub(i) < QUOTE_RUN);
        if !carry {
            stack.clear();
        }
        paragraph = Some(s.paragraph);
        let mut quotes = Vec::new();
        let mut open_at: Option<(usize, bool)> = if stack.is_empty() {
            None
        } else {
            Some((0, true))
        };
        let n = toks.len();
        // Past this token only punctuation follows (computed once: no rescan per mark).
        let last_mark = toks
            .iter()
            .rposition(|t| !matches!(t.kind, Tk::Punct(_)))
            .unwrap_or(0);
        for k in 0..n {
            if toks[k].kind == Tk::Quote(None) {
                let c = mark(&toks[k]);
                let space_before = k == 0 || toks[k - 1].b1 < toks[k].b0;
                let space_after = k + 1 == n || toks[k + 1].b0 > toks[k].b1;
                let next_word = k + 1 < n && toks[k + 1].is_word() && !space_after;
                let prev_word = k > 0 && !space_before && toks[k - 1].kind != Tk::Quote(None);
                let top = stack.last().copied();
                let closing = top.is_some_and(|o| closes_kind(o, c))
                    && (prev_word || !next_word || matches!(c, '’' | '”' | '»' | '›'));
                let at_end = k >= last_mark;
                let decision = if k == 0 && starts_quoted && !stack.is_empty() {
                    // „…  „…”: the opening of a further sentence or paragraph of the
                    // quotation that is open.
                    stack.truncate(1);
                    opened = i;
                    Some(true)
                } else if closing {
                    Some(false)
                } else if matches!(c, '‘' | '“' | '„' | '«' | '‹' | '‚')
                    || (matches!(c, '"' | '\'') && (space_before || k == 0) && !space_after)
                {
                    Some(true)
                } else if let Some(pos) = stack.iter().rposition(|&o| closes_kind(o, c)) {
                    // A mark that closes an outer quotation closes the inner ones too.
                    stack.truncate(pos + 1);
                    Some(false)
                } else if !stack.is_empty()
                    && (at_end && matches!(c, '"' | '\'')
                        || !space_before
                            && toks
                                .get(k + 1)
                                .is_none_or(|t| matches!(t.kind, Tk::Punct(_)))
                            && matches!(c, '’' | '”' | '»' | '›'))
                {
                    // „…’, roept Harry: a closing mark between a word and punctuation closes
                    // the open quotation even when the two do not pair (not "de jaren’ 70",
                    // "Milosevic’ paspoort").
                    stack.truncate(1);
                    Some(false)
                } else if stack.is_empty()
                    // Once a sentence: it quotes all the tokens before it.
                    && quotes.is_empty()
                    && matches!(c, '”' | '»')
                    && k > 0
                    && !space_before
                    && matches!(toks[k - 1].kind, Tk::Punct(',' | '.' | '!' | '?'))
                    && toks
                        .get(k + 1)
                        .is_some_and(|t| t.is_word() && !t.capitalised())
                {
                    // "Dat geld loopt zij nu mis,” aldus Linda Vermeulen": the close of a
                    // quotation whose opening an earlier sentence lost; it quotes the sentence
                    // up to here.
                    for t in &mut toks[..k] {
                        t.quoted = true;
                    }
                    quotes.push(QSpan {
                        t0: 0,
                        t1: k + 1,
                        before: true,
                        after: false,
                    });
                    toks[k].kind = Tk::Quote(Some(false));
                    toks[k].quoted = true;
                    continue;
                } else {
                    None
                };
                match decision {
                    Some(true) if k == 0 && open_at == Some((0, true)) => {}
                    Some(true) => {
                        if stack.is_empty() {
                            open_at = Some((k, false));
                            opened = i;
                        }
                        stack.push(c);
                    }
                    Some(false) => {
                        stack.pop();
                        if stack.is_empty()
                            && let Some((t0, before)) = open_at.take()
                        {
                            quotes.push(QSpan {
                                t0,
                                t1: k + 1,
                                before,
                                after: false,
                            });
                        }
                    }
                    None => {}
                }
                toks[k].kind = Tk::Quote(decision);
                if decision.is_some() {
                    toks[k].quoted = true;
                }
            }
            if !stack.is_empty() {
                toks[k].quoted = true;
            }
        }
        if let Some((t0, before)) = open_at {
            // Whether it goes on is decided by the next sentence: the span says it may.
            quotes.push(QSpan {
                t0,
                t1: n,
                before,
                after: true,
            });
        }
        out.push(Sent {
            input: *s,
            toks,
            quotes,
        });
    }
    // A quotation left open where the next sentence does not take it over ends there.
    for i in 0..out.len() {
        let goes_on = out
            .get(i + 1)
            .is_some_and(|n| n.quotes.first().is_some_and(|q| q.before && q.t0 == 0));
        if !goes_on && let Some(q) = out[i].quotes.last_mut() {
            q.after = false;
        }
    }
    out
}

/// For each token, where its clause starts (see `Finder::clause_start`): after the last `;`,
/// `:` or quoted token before it (index 0, for an unquoted token), or after the last `;` or
/// `:` (index 1, for a quoted one); computed once per sentence.
fn clause_starts(toks: &[Tok<'_>]) -> [Vec<u32>; 2] {
    let n = toks.len();
    let mut plain = vec![0u32; n + 1];
    let mut inside = vec![0u32; n + 1];
    for k in 0..n {
        let t = &toks[k];
        let hard = t.is(';') || t.is(':');
        plain[k + 1] = if hard || t.quoted {
            k as u32 + 1
        } else {
            plain[k]
        };
        inside[k + 1] = if hard { k as u32 + 1 } else { inside[k] };
    }
    [plain, inside]
}

/// A short quotation inside a clause ("kregen een ‘sloopbrief’", "noemde het plan
/// ‘onzin’"), or a document's title ("Het rapport ‘Gelijke kansen in de klas’ stelt"): words
/// the clause quotes, not a claim of their own.
fn embedded(lex: &Lexicon, toks: &[Tok<'_>], q: &QSpan) -> bool {
    if q.before || q.after || q.t0 == 0 || q.t1 > toks.len() {
        return false;
    }
    let prev = &toks[q.t0 - 1];
    let words = toks[q.t0..q.t1].iter().filter(|t| t.is_word()).count();
    prev.is_word()
        && !prev.quoted
        && (words <= 4
            || lex.ends_in("documents", &prev.lower)
                && quoted_title(toks, q.t0, 10) == Some(q.t1 - 1))
}

/// A title in quotation marks that opens at `j` ("‘Leren na corona’", "‘Terzake’"): a
/// capitalised word first, then words only, closed within `max` words; where it closes.
fn quoted_title(toks: &[Tok<'_>], j: usize, max: usize) -> Option<usize> {
    if !toks.get(j).is_some_and(Tok::opens)
        || !toks
            .get(j + 1)
            .is_some_and(|t| t.is_word() && t.capitalised())
    {
        return None;
    }
    let close = (j + 2..toks.len().min(j + 2 + max)).find(|&m| toks[m].closes())?;
    toks[j + 1..close].iter().all(Tok::is_word).then_some(close)
}

/// A day and its part ("zondagavond", "gisteravond"): a time.
fn day_part(lex: &Lexicon, lower: &str) -> bool {
    ["ochtend", "middag", "avond", "nacht", "morgen"]
        .iter()
        .any(|part| {
            lower.strip_suffix(part).is_some_and(|day| {
                day.ends_with("dag") && lex.is("function", day)
                    || matches!(day, "gister" | "eergister")
            })
        })
}

/// The body noun a compound ends in, for its initials ("planbureau" bureau,
/// "werkgeversvereniging" vereniging, "werknemersverzekeringen" verzekeringen).
fn compound_tail<'w>(lex: &Lexicon, lower: &'w str) -> Option<&'w str> {
    lower
        .char_indices()
        .skip(3)
        .map(|(x, _)| &lower[x..])
        .filter(|tail| tail.chars().count() >= 4)
        .find(|tail| lex.is("body-nouns", tail) || *tail == "verzekeringen")
}

/// A dative participle at `k` ("verteld", "beloofd") after a form of "zijn" within four
/// words of its clause, not opening the sentence: a passive that names whom was told.
fn zijn_passive(lex: &Lexicon, toks: &[Tok<'_>], k: usize) -> bool {
    let zijn = |t: &Tok<'_>| matches!(t.lower.as_str(), "is" | "zijn" | "was" | "waren");
    if !lex.is("dative-participles", &toks[k].lower) {
        return false;
    }
    // The nearest word before that is no part of the clause's middle (an adverbial).
    let stop = (k.saturating_sub(4)..k).rev().find(|&j| {
        let t = &toks[j];
        !t.is_word()
            || t.quoted
            || zijn(t)
            || lex.is("aux", &t.lower)
            || lex.forms.contains_key(&t.lower)
            || lex.is("function", &t.lower)
    });
    // ("heeft in zijn toespraak gezegd": after a preposition, a possessive; "heeft zijn
    // staf verteld dat": after `hebben`, too.)
    stop.is_some_and(|j| {
        j > 0
            && toks[j].is_word()
            && !toks[j].quoted
            && zijn(&toks[j])
            && !(toks[j].lower == "zijn"
                && (lex.is("prepositions", &toks[j - 1].lower)
                    || matches!(
                        toks[j - 1].lower.as_str(),
                        "heeft" | "hebben" | "had" | "hadden"
                    )))
    })
}

/// "dicht bij" at `k` ("bronnen dicht bij de formateur"): read as "bij".
fn dicht_bij(toks: &[Tok<'_>], k: usize) -> bool {
    toks.get(k).is_some_and(|t| t.lower == "dicht" && !t.quoted)
        && toks.get(k + 1).is_some_and(|t| t.lower == "bij")
}

/// A participle at `k` after a form of "worden" and a phrase of place, time or means within
/// seven words, no verb of the lists between ("Passagiers werden bij de gate gewaarschuwd
/// dat …", "Gasten werd bij het inchecken verteld dat …"): who was told, by nobody named
/// (an agent after `door` is read before). Not "geciteerd": "zo werd de minister geciteerd"
/// names who spoke.
fn worden_passive(lex: &Lexicon, toks: &[Tok<'_>], k: usize) -> bool {
    k >= 3
        && (frames::participle(&toks[k].lower) || lex.is("dative-participles", &toks[k].lower))
        && !matches!(toks[k].lower.as_str(), "geciteerd" | "aangehaald")
        && (k.saturating_sub(7)..k)
            .rev()
            .find(|&j| {
                let t = &toks[j];
                !t.is_word() || t.quoted || lex.is("passive", &t.lower) || lex.is("aux", &t.lower)
            })
            .is_some_and(|a| {
                toks[a].is_word()
                    && !toks[a].quoted
                    && lex.is("passive", &toks[a].lower)
                    && toks[a + 1..k]
                        .iter()
                        .all(|t| !lex.forms.contains_key(&t.lower))
            })
}

/// The comma that ends a subordinate clause opening the sentence ("Toen Jansen zei dat hij
/// stopte, schrok iedereen"): the main clause goes on after it.
fn fronted_subordinate(lex: &Lexicon, toks: &[Tok<'_>]) -> Option<usize> {
    // ("Dinsdag, een dag nadat …, zei": a time adverb and its comma may come first.)
    let skip = if toks.len() > 2
        && toks[0].is_word()
        && lex.is("sentence-adverbs", &toks[0].lower)
        && toks[1].is(',')
    {
        2
    } else {
        0
    };
    // "Sinds de krant onthulde dat …, staat hij …", "Waar de regering volhoudt dat …,
    // wijzen …": these open a clause only before a reporting verb and its dat-clause here
    // ("Sinds de oorlog is de stad verwoest, zei hij" opens with a phrase).
    if toks
        .get(skip)
        .is_some_and(|t| lex.is("fronted-openers", &t.lower))
        && let Some(c) = (skip + 1..toks.len()).find(|&j| toks[j].is(',') && !toks[j].quoted)
        && (skip + 1..c).any(|j| {
            lex.forms.contains_key(&toks[j].lower)
                && toks
                    .get(j + 1)
                    .is_some_and(|t| matches!(t.lower.as_str(), "dat" | "of"))
        })
    {
        return Some(c);
    }
    // ("Net toen", "Kort nadat": an adverb may come first; "Zes maanden nadat", "Ruim
    // twee weken voordat": a stretch of time.)
    let k = skip
        + toks[skip..]
            .iter()
            .take(5)
            .position(|t| t.is_word() && lex.is("subordinators", &t.lower))?;
    let k = Some(k).filter(|&k| {
        toks[skip..k]
            .iter()
            .all(|t| t.is_word() && lex.is("before-subordinator", &t.lower))
            || k >= 2
                && toks[k - 1].is_word()
                && lex.is("time-units", &toks[k - 1].lower)
                && toks[skip..k - 1].iter().all(|t| {
                    t.is_word()
                        && (t.lower.chars().all(|c| c.is_ascii_digit())
                            || lex.is("time-quantities", &t.lower))
                })
    })?;
    // "Toen zei Jansen …": "toen" before a verb is "then".
    let next = toks.get(k + 1)?;
    if !next.is_word() || lex.forms.contains_key(&next.lower) || lex.is("aux", &next.lower) {
        return None;
    }
    (k + 1..toks.len()).find(|&j| toks[j].is(',') && !toks[j].quoted)
}

/// The comma that ends a relative clause about the subject opening the sentence ("Obama,
/// die eerder had gezegd dat hij de gevangenis zou sluiten, veranderde …"): the main
/// clause's verb follows it, and what the relative clause reports ends there.
fn subject_relative(lex: &Lexicon, toks: &[Tok<'_>]) -> Option<usize> {
    let c = toks.iter().take(NP_MAX + 1).position(|t| t.is(','))?;
    let opener = &toks[..c];
    let verbless = |t: &Tok<'_>| {
        t.is_word()
            && !t.quoted
            && !lex.forms.contains_key(&t.lower)
            && !lex.is("aux", &t.lower)
            && !lex.is("subordinators", &t.lower)
            && !lex.is("sentence-adverbs", &t.lower)
    };
    if opener.is_empty()
        || !opener.iter().all(verbless)
        || !toks
            .get(c + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "die" | "dat" | "wiens" | "wier"))
    {
        return None;
    }
    (c + 2..toks.len()).find(|&j| toks[j].is(',') && !toks[j].quoted)
}

/// For each token, where a claim starting there ends (see `Finder::claim_end`): the next
/// unquoted `;` or `, maar …` (index 0), or also `:` (index 1), or the comma after a fronted
/// subordinate clause or of a relative clause about the subject (`fronted`, `relative`);
/// and (index 2) where the clause of each token starts. Computed once per sentence.
fn clause_breaks(
    lex: &Lexicon,
    toks: &[Tok<'_>],
    fronted: Option<usize>,
    relative: Option<usize>,
) -> [Vec<u32>; 3] {
    let fronted = fronted.or(relative);
    let n = toks.len();
    let mut plain = vec![n as u32; n + 1];
    let mut colon = vec![n as u32; n + 1];
    // A reporting verb at `m`, and a complement it opens (`dat` or a colon) in `from..to`.
    let cue_at = |m: usize| {
        toks.get(m)
            .is_some_and(|v| v.is_word() && !v.quoted && lex.forms.contains_key(&v.lower))
    };
    let complement = |from: usize, to: usize| {
        toks[from.min(n)..to.min(n)]
            .iter()
            .any(|c| !c.quoted && (c.is(':') || c.is_word() && c.lower == "dat"))
    };
    let coordinator = |j: usize| {
        toks.get(j)
            .is_some_and(|t| t.is_word() && matches!(t.lower.as_str(), "en" | "maar"))
    };
    // "zei dat hij tegen was en voegde eraan toe dat …": a second reporting verb of the same
    // subject, with a complement of its own, ends the first claim.
    // ("…, en noemde berichten daarover 'volstrekt verzonnen'", "en vroeg of …": a quotation
    // or an indirect question too.)
    let opens_report = |from: usize, to: usize| {
        toks[from.min(n)..to.min(n)]
            .iter()
            .any(|c| c.opens() || !c.quoted && c.is_word() && c.lower == "of")
    };
    // ("… te betreuren en belooft volledig mee te werken": a te-infinitive of a verb that
    // takes one, before any comma.)
    let te_report = |j: usize| {
        toks.get(j + 1).is_some_and(|v| {
            lex.forms
                .get(&v.lower)
                .is_some_and(|fs| fs.iter().any(|f| lex.verbs[f.verb].te))
        }) && toks[(j + 2).min(n)..(j + 12).min(n)]
            .iter()
            .take_while(|c| !c.is(','))
            .any(|c| !c.quoted && c.is_word() && c.lower == "te")
    };
    // ("…, al gaf hij toe dat …": a concessive second report after a comma.)
    let concessive = |j: usize| {
        j > 0
            && toks[j - 1].is(',')
            && toks[j].is_word()
            && toks[j].lower == "al"
            && cue_at(j + 1)
            && complement(j + 2, j + 7)
    };
    let second_report = |j: usize| {
        coordinator(j)
            && cue_at(j + 1)
            && (complement(j + 2, j + 7) || opens_report(j + 2, j + 11) || te_report(j))
            || concessive(j)
    };
    // "…, en de politiechef verklaarde dat …": a second main clause with a subject and a
    // reporting verb of its own.
    let second_speaker = |j: usize| {
        j > 0
            && toks[j - 1].is(',')
            && coordinator(j)
            && (j + 2..n.min(j + 8)).any(|m| cue_at(m) && complement(m + 1, m + 6))
    };
    // "De politie zegt dat …, het OM bevestigt dat …": after a comma alone, a short phrase
    // of articles and words no verb or function word, then a reporting verb and `dat`.
    let spliced = |j: usize| {
        j > 0
            && toks[j - 1].is(',')
            && (j + 1..n.min(j + 5)).any(|m| {
                cue_at(m)
                    && toks
                        .get(m + 1)
                        .is_some_and(|c| !c.quoted && c.lower == "dat")
                    && toks[j..m].iter().all(|t| {
                        t.is_word()
                            && !t.quoted
                            && (matches!(t.lower.as_str(), "de" | "het" | "zijn" | "haar" | "hun")
                                || t.capitalised()
                                || !lex.is("function", &t.lower)
                                    && !lex.is("aux", &t.lower)
                                    && !lex.forms.contains_key(&t.lower))
                    })
            })
    };
    // "…, zo meldt de NOS", "…, meldt ANP": a postposed cue ends the claim before it (a
    // "volgens" inside stays the police's: "Er zijn volgens de politie …, zo meldt …").
    let postposed = |j: usize| {
        let v = if toks.get(j).is_some_and(|t| t.is_word() && t.lower == "zo") {
            j + 1
        } else {
            j
        };
        cue_at(v) && toks.get(v + 1).is_some_and(|t| t.is_word() && !t.quoted)
    };
    for j in (0..n).rev() {
        let t = &toks[j];
        let brk = !t.quoted
            && (t.is(';')
                || t.is(',') && adding_that(toks, j + 1).is_some()
                || fronted == Some(j)
                || t.is(',') && postposed(j + 1)
                || t.is(',') && second_speaker(j + 1)
                || t.is(',') && spliced(j + 1)
                || t.is(',')
                    && toks
                        .get(j + 1)
                        .is_some_and(|n| n.is_word() && lex.is("clause-break", &n.lower))
                || second_report(j));
        plain[j] = if brk { j as u32 } else { plain[j + 1] };
        colon[j] = if brk || !t.quoted && t.is(':') {
            j as u32
        } else {
            colon[j + 1]
        };
    }
    // Where the clause of each token starts: after the last break before it, except the
    // comma after a relative clause about the subject, which the main clause spans.
    let mut after = vec![0u32; n + 1];
    for j in 0..n {
        let brk = plain[j] as usize == j && relative != Some(j);
        after[j + 1] = if brk { j as u32 + 1 } else { after[j] };
    }
    [plain, colon, after]
}

// ---------------------------------------------------------------------------------------
// Noun phrases

/// A speaker phrase found in a sentence (token range), with its parts.
#[derive(Debug, Clone, Default)]
struct Np {
    t1: usize,
    /// The name's token range.
    name: Option<(usize, usize)>,
    pronoun: bool,
    role: Option<String>,
    organisation: Option<String>,
    /// The phrase as a speaker when it has no name ("de politie").
    phrase: String,
    /// The head is a speaker noun ("de politie", "de expert").
    noun: Option<String>,
    /// Two phrases joined by `en` ("Jansen en De Vries"): the phrase is the speaker.
    coordinated: bool,
    /// Inside a quotation: a description there is someone the quoted speaker talks about.
    quoted: bool,
}

impl Np {
    /// Whether the phrase can be a speaker: a name, a speaker noun, a pronoun or two joined.
    fn speaks(&self) -> bool {
        self.name.is_some() || self.noun.is_some() || self.pronoun || self.coordinated
    }
}

/// ", eraan toevoegend dat …", the wire's "adding that": from the `eraan` at `j`, where its
/// `dat` is.
fn adding_that(toks: &[Tok<'_>], j: usize) -> Option<usize> {
    let w = |k: usize| {
        toks.get(k)
            .filter(|t| t.is_word() && !t.quoted)
            .map(|t| t.lower.as_str())
    };
    (matches!(w(j), Some("eraan" | "daaraan" | "erbij" | "daarbij"))
        && w(j + 1) == Some("toevoegend")
        && w(j + 2) == Some("dat"))
    .then_some(j + 2)
}

/// A party's member written after its acronym: "VVD'er", "N-VA’er", "CD&V'ers".
fn party_member(text: &str) -> bool {
    let stem = text
        .strip_suffix("'er")
        .or_else(|| text.strip_suffix("’er"))
        .or_else(|| text.strip_suffix("'ers"))
        .or_else(|| text.strip_suffix("’ers"));
    stem.is_some_and(|s| {
        s.chars().count() >= 2 && s.chars().all(|c| c.is_uppercase() || c == '-' || c == '&')
    })
}

fn join(toks: &[Tok<'_>], text: &str) -> String {
    match (toks.first(), toks.last()) {
        (Some(a), Some(b)) => strip_quotes(&text[a.b0..b.b1]),
        _ => String::new(),
    }
}

fn strip_quotes(s: &str) -> String {
    if !s.chars().any(is_quote_char) {
        return s.trim().to_string();
    }
    // (An apostrophe between letters is the word's: "foto’s", "O’Dowd".)
    let chars: Vec<char> = s.chars().collect();
    let inside = |n: usize| {
        n > 0 && chars[n - 1].is_alphabetic() && chars.get(n + 1).is_some_and(|c| c.is_alphabetic())
    };
    // (And the elision of "het" or "des": "Mark ’t Hart", "’s-Hertogenbosch".)
    let elided = |n: usize| {
        (n == 0 || chars[n - 1].is_whitespace())
            && matches!(chars.get(n + 1), Some('t' | 's'))
            && chars
                .get(n + 2)
                .is_none_or(|c| c.is_whitespace() || *c == '-')
    };
    chars
        .iter()
        .enumerate()
        .filter(|&(n, &c)| !is_quote_char(c) || c == '\'' || c == '’' && (inside(n) || elided(n)))
        .map(|(_, &c)| c)
        .collect::<String>()
        .trim()
        .to_string()
}

struct NpParser<'l, 's, 't> {
    lex: &'l Lexicon,
    toks: &'t [Tok<'s>],
    text: &'s str,
}

impl NpParser<'_, '_, '_> {
    /// A word that can be part of a name: capitalised (not a function word at the sentence
    /// start, not a role compound like "Libië-expert"), or "al-Serraj".
    fn name_like(&self, k: usize) -> bool {
        let Some(t) = self.toks.get(k) else {
            return false;
        };
        if !t.is_word() {
            return false;
        }
        if self.role_compound(k) {
            return false;
        }
        // "De VVD'er", "N-VA’er Jan Smit": a party's member is a noun.
        if party_member(t.text) {
            return false;
        }
        if t.capitalised() {
            // ("Mei Lin Zhao": a month before a name is a given name; so is "Dan" in "Dan
            // Brown", where the adverb would be followed by its verb.)
            let given = (self.lex.is("months", &t.lower) || t.lower == "dan")
                && self.toks.get(k + 1).is_some_and(|n| {
                    n.is_word() && n.capitalised() && !self.lex.is("function", &n.lower)
                });
            if self.lex.is("function", &t.lower)
                && !given
                && !t.acronym()
                && (k == 0 || self.after_opening(k))
                && !self.particle_surname_before_verb(k)
            {
                return false;
            }
            // "Unaniem stelden de raadsleden dat", "Allemaal zeggen ze": an adverb of manner
            // that opens the sentence before its verb.
            if k == 0
                && self.lex.is("manner-adverbs", &t.lower)
                && self.toks.get(1).is_some_and(|n| {
                    n.is_word()
                        && (self.lex.forms.contains_key(&n.lower) || self.lex.is("aux", &n.lower))
                })
            {
                return false;
            }
            // "Haar coach Jan Smit zegt": a possessive that opens the sentence before a
            // speaker noun, not the surname ("Ter Haar").
            if matches!(t.lower.as_str(), "haar" | "hun")
                && (k == 0 || self.after_opening(k))
                && self.toks.get(k + 1).is_some_and(|n| {
                    n.is_word() && !n.capitalised() && self.lex.speaker_noun(&n.lower)
                })
            {
                return false;
            }
            // "Daarnaast meldde de NHK": a sentence adverb is never a name, unless a
            // capitalised article makes it one ("De Morgen", "De Zondag").
            if self.lex.is("sentence-adverbs", &t.lower)
                && !(k > 0 && matches!(self.toks[k - 1].text, "De" | "Het"))
            {
                return false;
            }
            // "Lachend zegt Ria Peeters", "Zuchtend vertelt hij": a present participle that
            // opens the sentence before a verb is the manner of speaking.
            if k == 0
                && t.lower.chars().count() >= 6
                && t.lower.ends_with("end")
                && self
                    .toks
                    .get(1)
                    .is_some_and(|n| n.is_word() && !n.capitalised())
            {
                return false;
            }
            // "Zondagavond zei Soylu": a day and its part is a time, not a name.
            if day_part(self.lex, &t.lower) {
                return false;
            }
            // "Telefonisch liet de burgemeester weten", "Publiekelijk zei …": an adverb of
            // manner opening the sentence.
            if (k == 0 || self.after_opening(k))
                && ["lijk", "isch"].iter().any(|e| t.lower.ends_with(e))
                && t.lower.chars().count() > 6
            {
                return false;
            }
            // "Ban Ki-moon", "Kim Jong-un": an East Asian given name of two short syllables
            // after the surname. ("Lai Ching-te", "Cheng Li-chiun": a syllable of five or six
            // letters before a short one, or after a short one.)
            let asian_given = || {
                let Some((a, b)) = t.text.split_once('-') else {
                    return false;
                };
                let (m, n) = (a.chars().count(), b.chars().count());
                ((2..=4).contains(&m) && (1..=4).contains(&n)
                    || (5..=6).contains(&m) && (1..=2).contains(&n)
                    || (2..=3).contains(&m) && (5..=6).contains(&n))
                    && a.chars().skip(1).all(char::is_lowercase)
                    && b.chars().all(char::is_lowercase)
                    && k > 0
                    && self.toks[k - 1].is_word()
                    && self.toks[k - 1].capitalised()
                    && !self.toks[k - 1].acronym()
            };
            // "N-VA-programma", "EU-landen": a common noun (not a double surname whose second
            // part opens with a particle: "Halma-de Wit").
            if t.text.contains('-')
                && !asian_given()
                && t.text.rsplit('-').next().is_some_and(|r| {
                    r.chars().next().is_some_and(char::is_lowercase)
                        && !(self.lex.is("name-particles", r)
                            && self
                                .toks
                                .get(k + 1)
                                .is_some_and(|n| n.is_word() && n.capitalised()))
                })
            {
                return false;
            }
            if self.nationality(k) {
                return false;
            }
            // "VRAAGJE VAN HARRY": a heading in capitals, not a name (acronyms are short).
            let shouting = |t: &Tok<'_>| {
                t.is_word()
                    && t.text.chars().filter(|c| c.is_alphabetic()).count() >= 3
                    && !t.text.chars().any(char::is_lowercase)
            };
            // (The long word is one of the capitals: "meldt VRT NWS" is a broadcaster.)
            let long = |t: &Tok<'_>| t.text.chars().count() >= 5;
            let beside = |n: &Tok<'_>| shouting(n) && (long(t) || long(n));
            if shouting(t)
                && (k > 0 && beside(&self.toks[k - 1]) || self.toks.get(k + 1).is_some_and(beside))
            {
                return false;
            }
            return t.text.chars().any(char::is_alphabetic);
        }
        // "al-Serraj", "bin-Salman": a lower-case prefix joined to a capitalised name.
        // ("cd&v": a party's short name with its ampersand.)
        t.text
            .split_once('-')
            .is_some_and(|(_, r)| r.chars().next().is_some_and(char::is_uppercase))
            || t.text.contains('&') && t.text.chars().all(|c| c.is_alphabetic() || c == '&')
    }

    /// Whether the word at `k` is a cue's form with no verb after it, so the verb itself
    /// ("Lagarde verzekerde dat"), though a speaker noun too ("Lokale verzekerden zeggen").
    fn cue_not_noun(&self, k: usize) -> bool {
        self.word(k).is_some_and(|w| self.lex.forms.contains_key(w))
            && !self
                .word(k + 1)
                .is_some_and(|v| self.lex.forms.contains_key(v) || self.lex.is("aux", v))
    }

    /// "Van den Heuvel liet weten", "De Croo zei" at a sentence's start: particles, a
    /// capitalised word and a verb form (not "Van de Nederlanders" or "De Haagse politie").
    fn particle_surname_before_verb(&self, k: usize) -> bool {
        let toks = self.toks;
        if !toks[k].is_word() || !self.lex.is("name-particles", &toks[k].lower) {
            return false;
        }
        let p = self.particles_after(k, toks.len());
        // "Van de Nederlanders zegt …": a part of a group, not a surname.
        toks.get(p).is_some_and(|t| {
            t.is_word()
                && t.capitalised()
                && !self.lex.is("function", &t.lower)
                && !t.lower.ends_with("ers")
                && !t.acronym()
        }) && toks.get(p + 1).is_some_and(|t| {
            t.is_word()
                && !t.capitalised()
                && (self.lex.forms.contains_key(&t.lower) || self.lex.is("aux", &t.lower))
                // "Van Aalst: ‘…’", "De Vries: ‘…’": a headline's speaker before a colon.
                || k == 0 && t.is(':')
        })
    }

    /// After the capitalised particle at `k` ("Van", "Ten"), the token past up to two
    /// lower-case particles ("der", "den"), below `limit`.
    fn particles_after(&self, k: usize, limit: usize) -> usize {
        let mut p = k + 1;
        while p < limit
            && p - k <= 2
            && self
                .word(p)
                .is_some_and(|w| self.lex.is("name-particles", w))
            && !self.toks[p].capitalised()
        {
            p += 1;
        }
        p
    }

    /// "Turkse", "Russische", "Amerikaanse" before a lower-case noun: an adjective.
    fn nationality(&self, k: usize) -> bool {
        let Some(t) = self.toks.get(k) else {
            return false;
        };
        // ("Russisch president X": an uninflected one before a title in lower case. Not an
        // acronym: "de OVSE verliepen".)
        // ("Frans minister van Defensie X", "Brits premier X".)
        if t.capitalised()
            && (t.lower.ends_with("isch")
                || t.lower.ends_with('s')
                    && t.lower.chars().count() > 3
                    && !self.lex.is("function", &t.lower)
                    && !self.lex.is("sentence-adverbs", &t.lower)
                    && self.word(k + 1).is_some_and(|n| {
                        matches!(n, "president" | "premier") || self.lex.is("office-holders", n)
                    }))
            && self
                .toks
                .get(k + 1)
                .is_some_and(|n| n.is_word() && !n.capitalised() && self.lex.speaker_noun(&n.lower))
        {
            return true;
        }
        // ("Een Amerikaans team zegt", "een Frans-Duits consortium": uninflected after
        // "een" before a neuter noun of a speaker or a body.)
        if t.capitalised()
            && !t.acronym()
            && k > 0
            && self.toks[k - 1].lower == "een"
            && t.lower.ends_with('s')
            && t.lower.chars().count() > 4
            && !self.lex.is("function", &t.lower)
            && self.toks.get(k + 1).is_some_and(|n| {
                n.is_word()
                    && !n.capitalised()
                    && (self.lex.speaker_noun(&n.lower) || self.lex.body_noun(&n.lower))
            })
        {
            return true;
        }
        // Whether the word opens its phrase: the sentence's first, or after a word in lower
        // case or a function word (not a name's last word: "Jan Visser").
        let opens_phrase = k == 0
            || self.toks[k - 1].is_word()
                && (!self.toks[k - 1].capitalised()
                    || self.lex.is("function", &self.toks[k - 1].lower));
        // "Groninger wethouder X", "De Leeuwarder burgemeester X": a town's adjective in
        // "-er" before a role in lower case.
        // (Not a preposition: "Tegenover journalisten zei Guterres".)
        if t.capitalised()
            && !t.acronym()
            && t.lower.chars().count() > 5
            && t.lower.ends_with("er")
            && !self.lex.is("function", &t.lower)
            && opens_phrase
            && self.toks.get(k + 1).is_some_and(|n| {
                n.is_word()
                    && !n.capitalised()
                    && !self.lex.forms.contains_key(&n.lower)
                    && self.lex.speaker_noun(&n.lower)
            })
        {
            return true;
        }
        // "Volgens het Europees recht", "naar Belgisch strafrecht": an uninflected one
        // before a law.
        if t.capitalised()
            && !t.acronym()
            && t.lower.chars().count() > 4
            && (t.lower.ends_with("isch") || t.lower.ends_with("ees") || t.lower.ends_with("ands"))
            && self
                .toks
                .get(k + 1)
                .is_some_and(|n| n.is_word() && !n.capitalised() && self.lex.law_word(n.text))
        {
            return true;
        }
        // "de Nationale ombudsman", "de Koninklijke marechaussee", "de Landelijke
        // huisartsenvereniging": a capitalised adjective of an official name before its noun
        // in lower case (not a given name, "Anne woordvoerder" never stands so).
        let adjective = || {
            t.lower.chars().count() >= 5
                && ["ale", "ele", "lijke", "ige", "iale", "ieve", "ische"]
                    .iter()
                    .any(|e| t.lower.ends_with(e))
                && !self.lex.first_name(&t.lower)
                && opens_phrase
                && self.toks.get(k + 1).is_some_and(|n| {
                    n.is_word()
                        && !n.capitalised()
                        && (self.lex.speaker_noun(&n.lower) || self.lex.body_noun(&n.lower))
                })
        };
        if t.capitalised() && !t.acronym() && adjective() {
            return true;
        }
        t.capitalised()
            && !t.acronym()
            && (t.lower.ends_with("se") || t.lower.ends_with("sche"))
            && self.toks.get(k + 1).is_some_and(|n| {
                // "Louwerse zegt": a surname before a verb.
                n.is_word()
                    && !n.capitalised()
                    && !self.lex.forms.contains_key(&n.lower)
                    && !self.lex.is("aux", &n.lower)
                    && !self.lex.is("function", &n.lower)
            })
    }

    /// The token after a genitive name at `k`: past its apostrophe when one follows right
    /// after it ("Boelens'", "Harris'").
    fn after_genitive(&self, k: usize) -> usize {
        match self.toks.get(k + 1) {
            Some(a) if matches!(a.text, "'" | "’") && a.b0 == self.toks[k].b1 => k + 2,
            _ => k + 1,
        }
    }

    /// A name's genitive at `k` ("Verlindens", "Boelens'", "Ruslands") before a speaker or
    /// body noun in lower case and no name after it: the noun's token.
    fn genitive_noun(&self, k: usize) -> Option<usize> {
        let toks = self.toks;
        let t = toks.get(k)?;
        if !self.name_like(k) || !t.lower.ends_with('s') || t.acronym() {
            return None;
        }
        let n = self.after_genitive(k);
        let noun = toks.get(n)?;
        (noun.is_word()
            && !noun.quoted
            && !noun.capitalised()
            // ("Yoons advocaten zeiden": a plural of people too.)
            && (self.lex.speaker_noun(&noun.lower) || self.lex.ends_in("body-nouns", &noun.lower))
            && !self.name_like_at(n + 1)
            // ("Hermans verzekerde de Kamer dat": the cue's verb, not Herman's insured.)
            && !self.cue_not_noun(n))
        .then_some(n)
    }

    fn name_like_at(&self, k: usize) -> bool {
        k < self.toks.len() && self.name_like(k)
    }

    fn after_opening(&self, k: usize) -> bool {
        k > 0 && matches!(self.toks[k - 1].kind, Tk::Quote(_) | Tk::Punct(':' | '('))
    }

    /// "Libië-expert", "VN-woordvoerder": capitalised but a common noun.
    fn role_compound(&self, k: usize) -> bool {
        let Some(t) = self.toks.get(k) else {
            return false;
        };
        // ("CEO", "CFO", "A-G": a listed role written as an acronym.)
        if t.is_word()
            && t.text
                .chars()
                .all(|c| c.is_uppercase() || c == '&' || c == '-')
            && self.lex.is("acronym-roles", &t.lower)
        {
            return true;
        }
        // ("Burgemeester-elect X", "Wethouder-in-spe X": a role still to be taken up.)
        let lower = ["-elect", "-in-spe", "-designate"]
            .iter()
            .find_map(|s| t.lower.strip_suffix(s))
            .unwrap_or(&t.lower);
        // ("VVD-Kamerlid", "CDA-Statenlid", "Kamerlid Slagter": those are written with a
        // capital.)
        let member = |r: &str| {
            matches!(
                r.to_lowercase().as_str(),
                "kamerlid" | "kamerleden" | "statenlid" | "statenleden"
            )
        };
        (member(t.text)
            || t.text.contains('-')
                && t.text
                    .rsplit('-')
                    .next()
                    .is_some_and(|r| r.chars().next().is_some_and(char::is_lowercase) || member(r)))
            && self.lex.speaker_noun(lower)
    }

    fn word(&self, k: usize) -> Option<&str> {
        self.toks
            .get(k)
            .filter(|t| t.is_word())
            .map(|t| t.lower.as_str())
    }

    /// After a count at `k` ("ruim tweehonderd", "zo’n 300", "meer dan vijftig", "200"):
    /// where the counted phrase starts. Not "een", which is an article.
    fn count_end(&self, k: usize) -> Option<usize> {
        const ABOUT: &[&str] = &[
            "ruim", "ongeveer", "bijna", "zo'n", "zo’n", "circa", "minstens", "hooguit", "pakweg",
            "zeker", "maximaal",
        ];
        let w = |j: usize| self.word(j).filter(|_| !self.toks[j].quoted);
        let mut j = k;
        if w(j) == Some("meer") && w(j + 1) == Some("dan")
            || w(j) == Some("ten") && w(j + 1) == Some("minste")
        {
            j += 2;
        } else if w(j).is_some_and(|x| ABOUT.contains(&x)) {
            j += 1;
        }
        let n = w(j)?;
        let number = n.chars().all(|c| c.is_ascii_digit() || c == '.')
            && n.starts_with(|c: char| c.is_ascii_digit())
            || !matches!(n, "een" | "één" | "eén") && written_number(self.lex, n);
        number.then_some(j + 1)
    }

    /// The name run starting at `k`: capitalised words with particles between them
    /// ("Jan van der Berg"); its end.
    fn name_run(&self, k: usize, limit: usize) -> Option<usize> {
        if !self.name_like(k) {
            return None;
        }
        // "Burgemeester Dirk van der Borg" at a sentence start: a role before the name.
        if k + 1 < limit
            && (k == 0 || !self.toks[k - 1].is_word())
            && (self.lex.speaker_noun(&self.toks[k].lower)
                || self.lex.is("titles", &self.toks[k].lower) && !self.toks[k].acronym())
            && !self.lex.is("anaphoric-bodies", &self.toks[k].lower)
            && self.name_like(k + 1)
            && !self.lex.is("function", &self.toks[k + 1].lower)
        {
            return None;
        }
        // "Stapt CD&V uit de regering?", "Zegt NOS dat …": a verb before an acronym opens
        // the sentence; no name runs into an acronym.
        // (But "Willem II meldt", "Open VLD zegt dat", "Roda JC:": a name whose acronym
        // a verb of the lists, an auxiliary or a colon follows, the first word no such verb.)
        if (k == 0 || self.after_opening(k))
            && !self.toks[k].acronym()
            && self.toks.get(k + 1).is_some_and(Tok::acronym)
            && !(!self.lex.forms.contains_key(&self.toks[k].lower)
                && !self.lex.is("aux", &self.toks[k].lower)
                && self.toks.get(k + 2).is_some_and(|t| {
                    t.is(':')
                        || t.is_word()
                            && (self.lex.forms.contains_key(&t.lower)
                                || self.lex.is("aux", &t.lower))
                }))
        {
            return None;
        }
        // "Minister van Justitie Vincent Van Quickenborne" at a sentence start: an office, then
        // its holder (not a first name and a particle, "Jan van der Berg").
        if (k == 0 || !self.toks[k - 1].is_word())
            && self.lex.is("office-holders", &self.toks[k].lower)
            && self.toks.get(k + 1).is_some_and(|t| t.text == "van")
        {
            return None;
        }
        // A surname with its particles capitalised: "Van der Burg", "Van Grieken",
        // "Ten Hag" ("De Mol" below).
        if self.toks[k].lower != "de" && self.lex.is("name-particles", &self.toks[k].lower) {
            let p = self.particles_after(k, limit);
            if p < limit && self.name_like(p) && !self.lex.is("function", &self.toks[p].lower) {
                // (A body's name goes on: "Het Van Gogh Museum", "Van Lanschot Kempen".)
                let mut j = p + 1;
                while j < limit
                    && self.toks[j].is_word()
                    && self.name_like(j)
                    && !self.lex.is("function", &self.toks[j].lower)
                {
                    j += 1;
                }
                return Some(j);
            }
        }
        // A capitalised article inside a sentence opens a name of one more word ("De Mol",
        // "Het Parool"), not a title ("De Nieuwe Britse keuken").
        if self.lex.is("function", &self.toks[k].lower)
            && !self.toks[k].acronym()
            && !self.lex.is("months", &self.toks[k].lower)
            && self.toks[k].lower != "dan"
            && (!self.name_like_at(k + 1)
                || self
                    .toks
                    .get(k + 2)
                    .is_some_and(|t| t.is_word() && t.capitalised()))
        {
            return None;
        }
        // (Once an English name went on, it may go on again: "… for the Study of War".)
        let mut english = false;
        let mut j = k + 1;
        while j < limit {
            // Two names sharing their end: "Voedsel- en Warenautoriteit".
            if self.toks[j].is('-')
                && self.toks[j].b0 == self.toks[j - 1].b1
                && self.word(j + 1).is_some_and(|w| w == "en" || w == "of")
                && j + 2 < limit
                && self.name_like(j + 2)
            {
                j += 3;
                continue;
            }
            // A firm's partners: "Procter & Gamble", "Holmfirth & Co".
            if self.toks[j].is('&') && j + 1 < limit && self.toks[j + 1].capitalised() {
                j += 2;
                continue;
            }
            // A body's name goes on after its head: "Nederlandse Vereniging van Ziekenhuizen",
            // "Liga voor Mensenrechten" (a capitalised body noun, a capitalised word after).
            // ("Het Chinese Centraal Bureau voor de Statistiek": an article may come between.)
            if let Some(w) = self.word(j)
                && matches!(w, "van" | "voor")
                && !self.toks[j].capitalised()
                && self.toks[j - 1].capitalised()
                && !self.toks[j - 1].acronym()
                && self.lex.body_noun(&self.toks[j - 1].lower)
                && let article = usize::from(
                    w == "voor"
                        && self.word(j + 1).is_some_and(|a| {
                            matches!(a, "de" | "het") && !self.toks[j + 1].capitalised()
                        }),
                )
                && j + 1 + article < limit
                && self.toks[j + 1 + article].capitalised()
                && self.name_like(j + 1 + article)
                && !self.lex.is("function", &self.toks[j + 1 + article].lower)
            {
                j += 2 + article;
                continue;
            }
            // English "and" inside a name ("National Oceanic and Atmospheric Administration",
            // "Bill and Melinda Gates Foundation"): no Dutch word, so never a coordination.
            if self.word(j) == Some("and") && j + 1 < limit && self.name_like(j + 1) {
                j += 2;
                continue;
            }
            // An English body's name: "Bank of England", "Institute for the Study of War",
            // "Save the Children" (after a head only English names have: Dutch "of" is "or").
            if let Some(w) = self.word(j)
                && matches!(w, "of" | "for" | "the")
                && !self.toks[j].capitalised()
            {
                let head = self.toks[j - 1].lower.as_str();
                let after = if w != "the" && self.word(j + 1) == Some("the") {
                    j + 2
                } else {
                    j + 1
                };
                english = english
                    || self.lex.is("english-heads", head)
                    || w == "the" && matches!(head, "of" | "for" | "save");
                if english
                    && after < limit
                    && self.toks[after].is_word()
                    && self.toks[after].capitalised()
                {
                    j = after + 1;
                    continue;
                }
            }
            // A place's name with its links in lower case: "Bergen op Zoom", "Alphen aan den
            // Rijn", "Capelle aan den IJssel", "Ouderkerk aan de Amstel", "Egmond aan Zee",
            // "Wijk bij Duurstede".
            if j == k + 1
                && let Some(w) = self.word(j)
                && !self.toks[j].capitalised()
                && matches!(w, "aan" | "op" | "bij")
            {
                let article = w == "aan"
                    && self.word(j + 1).is_some_and(|d| matches!(d, "den" | "de"))
                    && !self.toks[j + 1].capitalised();
                let at = if article { j + 2 } else { j + 1 };
                let place = self.word(at).is_some_and(|p| {
                    self.toks[at].capitalised()
                        && if article {
                            self.word(j + 1) == Some("den") || self.lex.is("place-rivers", p)
                        } else {
                            matches!(
                                (w, p),
                                ("aan", "zee") | ("op", "zoom") | ("bij", "duurstede")
                            )
                        }
                });
                if at < limit && place {
                    j = at + 1;
                    continue;
                }
            }
            // Initials stay in the name: "D. K. Arya", "J.R.R. Tolkien".
            if self.initial_dot(j) && j + 1 < limit && self.name_like(j + 1) {
                j += 2;
                continue;
            }
            // "Ezra St. Clair", "Mount St. Helens": the abbreviated saint inside a name.
            if self.toks[j].is('.')
                && self.toks[j].b0 == self.toks[j - 1].b1
                && self.toks[j - 1].text == "St"
                && j + 1 < limit
                && self.name_like(j + 1)
            {
                j += 1;
                continue;
            }
            if self.name_like(j) && !self.lex.is("function", &self.toks[j].lower) {
                j += 1;
                continue;
            }
            if self.name_like(j) && self.toks[j].capitalised() {
                j += 1;
                continue;
            }
            // Particles inside a name after a first name ("Jan van der Berg"); after a
            // longer name "van" starts a phrase ("Jalel Harchaoui van Instituut …").
            // A capitalised particle goes on too ("Gerda Van den Brande").
            // Particles that only names have go on after a longer name too ("Jan Peter van
            // der Berg", "María José de la Fuente").
            let capital_particle =
                j > k + 1 && self.lex.is("name-particles", &self.toks[j - 1].lower);
            // "Jan Peter de Vries", "Ana Paula da Costa": a particle no phrase starts with
            // goes on after two given names.
            // (After three: "Luiz Inácio Lula da Silva", not with "de".)
            let short_particle = (j == k + 2 || j == k + 3)
                && !self.toks[j].capitalised()
                && self.word(j).is_some_and(|w| {
                    matches!(w, "da" | "das" | "do" | "dos" | "di" | "du")
                        || w == "de" && j == k + 2
                })
                && self.toks.get(j + 1).is_some_and(|t| {
                    t.is_word()
                        && t.capitalised()
                        && !t.acronym()
                        && !self.lex.body_noun(&t.lower)
                        && !self.lex.is("function", &t.lower)
                });
            let name_only = (j..limit.min(j + 3)).any(|p| {
                self.word(p).is_some_and(|w| {
                    matches!(
                        w,
                        "der"
                            | "den"
                            | "la"
                            | "las"
                            | "los"
                            | "le"
                            | "del"
                            | "von"
                            | "bin"
                            | "ibn"
                            | "della"
                            | "dalla"
                            | "dello"
                            | "delle"
                            | "degli"
                    )
                }) && !self.toks[p].capitalised()
            }) && self
                .word(j)
                .is_some_and(|w| self.lex.is("name-particles", w));
            if j - k != 1 && !capital_particle && !name_only && !short_particle {
                break;
            }
            let mut p = j;
            while p < limit
                && p - j < 3
                && self
                    .word(p)
                    .is_some_and(|w| self.lex.is("name-particles", w))
                && !self.toks[p].capitalised()
            {
                p += 1;
            }
            // (Not a body: "Traoré van de Universiteit van Bamako"; not an acronym: "vertelde
            // Lavrentjev de BBC".)
            if p > j
                && p < limit
                && self.name_like(p)
                && !self.toks[p].acronym()
                && !self.lex.body_noun(&self.toks[p].lower)
            {
                j = p + 1;
                continue;
            }
            break;
        }
        // "Stefan K. zei", "volgens Stefan K., die …": a surname cut to its initial (as
        // Dutch news names suspects) keeps its full stop before the sentence goes on, also
        // before the age ("Kevin S. (27) zei") or a colon.
        if j >= k + 2
            && j < limit
            && self.initial_dot(j)
            && self.toks.get(j + 1).is_some_and(|t| {
                t.is(',') || t.is('(') || t.is(':') || (t.is_word() && !t.capitalised())
            })
        {
            return Some(j + 1);
        }
        // "Roger Pielke jr.", "Martin Luther King jr": the suffix is the name's (also
        // capitalised, "Robert Keane Jr.", read as a word of the name above).
        let suffix = |w: &str| matches!(w, "jr" | "sr" | "junior" | "senior");
        if j >= k + 3
            && j < limit
            && self.toks[j].is('.')
            && self.toks[j].b0 == self.toks[j - 1].b1
            && suffix(&self.toks[j - 1].lower)
        {
            j += 1;
        } else if j >= k + 2 && j < limit && self.word(j).is_some_and(suffix) {
            j += 1;
            if self.toks.get(j).is_some_and(|t| t.is('.')) && self.toks[j].b0 == self.toks[j - 1].b1
            {
                j += 1;
            }
        }
        Some(j)
    }

    /// A described phrase (no name) whose head noun is, or ends in, a word of `list`.
    /// An office whose field may follow with "voor" before its holder's name: "minister
    /// voor Ontwikkelingssamenwerking Sigrid Kaag", "VN-gezant voor Jemen Hans Grundberg".
    fn office_with_field(&self, np: &Np) -> bool {
        np.noun
            .as_deref()
            .is_some_and(|n| self.lex.is("office-holders", n))
            || self.head_in(np, "envoys")
    }

    fn head_in(&self, np: &Np, list: &str) -> bool {
        np.name.is_none()
            && np
                .noun
                .as_deref()
                .is_some_and(|n| self.lex.ends_in(list, n))
    }

    /// "zoek- en" in "de zoek- en reddingsdienst": a compound's first half in lower case
    /// with its hyphen and the conjunction, before the word it shares its end with; the
    /// index of that word.
    fn ellipsis(&self, k: usize, limit: usize) -> Option<usize> {
        let t = self.toks.get(k)?;
        let dash = self.toks.get(k + 1)?;
        (k + 3 < limit
            && t.is_word()
            && !t.capitalised()
            && dash.is('-')
            && dash.b0 == t.b1
            && self.word(k + 2).is_some_and(|w| w == "en" || w == "of")
            && self.word(k + 3).is_some_and(|w| !self.lex.not_noun(w)))
        .then_some(k + 3)
    }

    /// A plain noun phrase at `k` (an article, adjectives, a noun, and a number or name
    /// after it: "de ramp", "de gevolgen", "microplastics", "vlucht 2215", "orkaan Bertha");
    /// its end.
    fn plain_np(&self, k: usize, limit: usize) -> Option<usize> {
        let mut j = k;
        if self
            .word(j)
            .is_some_and(|w| matches!(w, "de" | "het" | "een"))
        {
            j += 1;
        }
        while j + 1 < limit
            && self
                .word(j)
                .is_some_and(|w| w.ends_with('e') && !self.toks[j].capitalised())
            && self.word(j + 1).is_some_and(|n| !self.lex.not_noun(n))
        {
            j += 1;
        }
        if j >= limit {
            return None;
        }
        if let Some(e) = self.name_run(j, limit) {
            return Some(e);
        }
        self.word(j)
            .filter(|w| !self.lex.not_noun(w) && w.chars().count() > 2)?;
        j += 1;
        if let Some(e) = self.name_run(j, limit) {
            return Some(e);
        }
        if j < limit && self.toks[j].text.chars().all(|c| c.is_ascii_digit()) {
            j += 1;
        }
        Some(j)
    }

    /// An office's name run into its holder's ("minister van Onderwijs Ben Weyts"): the role
    /// from `role_start`, the office from `office` and the holder's name `(a, b)`.
    fn office_holder(&self, np: &mut Np, role_start: usize, office: usize, (a, b): (usize, usize)) {
        np.organisation = Some(join(&self.toks[office..a], self.text));
        np.role = Some(join(&self.toks[role_start..a], self.text));
        np.name = Some((a, b));
        np.noun = None;
    }

    /// "Artsen zonder Grenzen", "Partij voor de Dieren", "Comité tegen Dierproeven": a body's
    /// name that opens with a capitalised speaker noun and goes on after a lower-case
    /// preposition; its end.
    fn org_name(&self, k: usize, limit: usize) -> Option<usize> {
        let t = self.toks.get(k)?;
        if !t.is_word() || !t.capitalised() || t.acronym() {
            return None;
        }
        // "Syrisch Observatorium voor de Mensenrechten", "Hoge Commissaris voor …": two
        // capitalised words before the preposition (not a person's, "Anna Berg voor …").
        let two = self.toks.get(k + 1).is_some_and(|n| {
            n.is_word()
                && n.capitalised()
                && !n.acronym()
                && !self.lex.is("function", &n.lower)
                && !self.lex.first_name(&t.lower)
                && !self.lex.is("name-particles", &t.lower)
                && !self.lex.is("function", &t.lower)
                // (Not a title and a surname: "Minister Verkerk tegen de Kamer:", "NAVO-chef
                // Rutte tegen de Europese leiders:".)
                && !self.lex.person_noun(&t.lower)
                && !t
                    .lower
                    .rsplit_once('-')
                    .is_some_and(|(_, head)| self.lex.person_noun(head))
                // (Not a role's compound: "De Nederlandse VN-gezant voor Gaza, Sigrid Kaag".)
                && !n
                    .lower
                    .rsplit_once('-')
                    .is_some_and(|(_, head)| self.lex.person_noun(head))
        });
        let p = if two { k + 2 } else { k + 1 };
        let prep = self.toks.get(p)?;
        if prep.capitalised() || !matches!(prep.lower.as_str(), "zonder" | "voor" | "tegen" | "op")
        {
            return None;
        }
        // ("Comité tegen Dierproeven", "Liga tegen Kanker": a body's own noun before "tegen"
        // or "op", not a surname that ends like one, "Verkerk tegen de Kamer:".)
        if !two
            && matches!(prep.lower.as_str(), "tegen" | "op")
            && !self.lex.is("body-nouns", &t.lower)
            && !self.lex.is("speaker-nouns", &t.lower)
        {
            return None;
        }
        // Not one person's office: "Minister voor Ontwikkelingssamenwerking Sigrid Kaag";
        // but "Artsen zonder Grenzen", "Reporters zonder Grenzen".
        if !two
            && prep.lower != "zonder"
            && (!self.lex.speaker_noun(&t.lower) || self.lex.person_noun(&t.lower))
        {
            return None;
        }
        let mut j = p + 1;
        if self
            .word(j)
            .is_some_and(|w| matches!(w, "de" | "het") && !self.toks[j].capitalised())
        {
            j += 1;
        }
        let first = self.toks.get(j)?;
        // "de Raad voor de rechtspraak", "het Staatstoezicht op de mijnen": one noun in lower
        // case after the article ends the name (not one that goes on: "… van Nederland").
        if j < limit
            && j == p + 2
            && !two
            && first.is_word()
            && !first.capitalised()
            && !self.lex.not_noun(&first.lower)
            && first.lower.chars().count() > 3
            && !self
                .toks
                .get(j + 1)
                .is_some_and(|n| n.text == "van" || n.text == "en")
        {
            return Some(j + 1);
        }
        if j >= limit || !first.is_word() || !first.capitalised() || first.acronym() {
            return None;
        }
        let run = |mut e: usize| {
            while e < limit
                && self.toks[e].is_word()
                && self.toks[e].capitalised()
                && !self.lex.is("function", &self.toks[e].lower)
            {
                e += 1;
            }
            e
        };
        let e = run(j);
        if e == j {
            return None;
        }
        // "Comité voor de Bescherming van Journalisten": one phrase of whose more.
        if self.word(e) == Some("van") && !self.toks[e].capitalised() {
            let m = if self.word(e + 1).is_some_and(|w| matches!(w, "de" | "het")) {
                e + 2
            } else {
                e + 1
            };
            if m < limit && !self.toks[m].acronym() {
                let f = run(m);
                if f > m {
                    return Some(f);
                }
            }
        }
        Some(e)
    }

    /// A period at `j` right after a word (no space) that `word` accepts.
    fn dot_after(&self, j: usize, word: impl Fn(&Tok<'_>) -> bool) -> bool {
        let t = &self.toks[j];
        j > 0
            && t.is('.')
            && self.toks[j - 1].b1 == t.b0
            && self.toks[j - 1].is_word()
            && word(&self.toks[j - 1])
    }

    /// The period after a title before a name ("zei prof. dr. Anneke Visser dat").
    fn title_dot(&self, j: usize) -> bool {
        self.dot_after(j, |w| !w.acronym() && self.lex.is("titles", &w.lower))
            && self.toks.get(j + 1).is_some_and(|n| n.is_word())
    }

    /// The period after an initial: a single capital letter right before it.
    fn initial_dot(&self, j: usize) -> bool {
        self.dot_after(j, |w| w.capitalised() && w.text.chars().count() == 1)
    }

    /// A speaker phrase starting at token `k`. `pronouns` says which pronouns count
    /// (subject forms after a verb, object forms after "volgens").
    /// "volgens haar laatste wens", "volgens haar eigen zeggen", "volgens haar testament":
    /// at `j` after `haar`/`hun`, `eigen`, a document, or an adjective before a plain noun —
    /// what she has, not what she says ("Volgens haar speelde de minister" is hers).
    fn possessed(&self, j: usize) -> bool {
        let toks = self.toks;
        let plain = |t: &Tok<'_>| {
            t.is_word()
                && !t.quoted
                && !t.capitalised()
                && !self.lex.is("function", &t.lower)
                && !self.lex.is("determiners", &t.lower)
                && !self.lex.is("pronouns", &t.lower)
                && !self.lex.is("aux", &t.lower)
                && !self.lex.forms.contains_key(&t.lower)
        };
        let Some(t) = toks.get(j) else {
            return false;
        };
        t.lower == "eigen"
            || matches!(t.lower.as_str(), "testament" | "wens" | "wensen")
            || self.lex.ends_in("source-nouns", &t.lower)
            || plain(t) && t.lower.ends_with('e') && toks.get(j + 1).is_some_and(plain)
    }

    fn parse(&self, k: usize, object: bool) -> Option<Np> {
        let toks = self.toks;
        let limit = toks.len().min(k + NP_MAX);
        let first = self.word(k)?;
        // "Zegt Vissers: „…”": a cue opening the sentence is the verb, no name's first word.
        if k == 0
            && toks.get(1).is_some_and(|t| t.is_word() && t.capitalised())
            && self
                .lex
                .forms
                .get(first)
                .is_some_and(|f| f.iter().any(|f| !f.split))
            && !first.ends_with("en")
        {
            return None;
        }
        // "Er zijn bewoners die zeggen …": the verb after "er", not a possessive.
        if matches!(first, "zijn" | "waren")
            && k > 0
            && self.toks[k - 1].is_word()
            && self.toks[k - 1].lower == "er"
        {
            return None;
        }
        // Subject forms after a verb, object forms after "volgens" ("haar" before a noun is
        // a possessive: "haar woordvoerder").
        let pronoun = if object {
            // ("volgens haar manager", "volgens hun advocaat": a possessive before a noun.)
            self.lex.is("object-pronouns", first)
                && !(matches!(first, "haar" | "hun")
                    && toks.get(k + 1).is_some_and(|t| {
                        t.is_word()
                            && !t.quoted
                            && !self.lex.is("function", &t.lower)
                            && !self.lex.forms.contains_key(&t.lower)
                            && (self.lex.speaker_noun(&t.lower) || self.possessed(k + 1))
                    }))
        } else {
            matches!(first, "hij" | "zij" | "ze")
                // "Deze constateerde dat": a demonstrative right before a verb.
                || matches!(first, "deze" | "die")
                    && toks.get(k + 1).is_some_and(|t| {
                        t.is_word()
                            && (self.lex.forms.contains_key(&t.lower) || self.lex.is("aux", &t.lower))
                    })
        };
        if pronoun && (self.lex.is("pronouns", first) || matches!(first, "deze" | "die")) {
            return Some(Np {
                t1: k + 1,
                pronoun: true,
                phrase: toks[k].text.to_string(),
                ..Default::default()
            });
        }
        // "Twee jaar geleden beloofde de keten …": a stretch of time, no name.
        if first != "een"
            && written_number(self.lex, first)
            && toks
                .get(k + 1)
                .is_some_and(|t| t.is_word() && self.lex.is("time-units", &t.lower))
        {
            return None;
        }
        // "Een van de overlevenden", "twee van de getuigen": some of a group that speaks.
        if matches!(
            first,
            "een" | "één" | "eén" | "twee" | "drie" | "vier" | "vijf" | "enkelen"
        ) && toks.get(k + 1).is_some_and(|t| t.lower == "van")
            && toks
                .get(k + 2)
                .is_some_and(|t| matches!(t.lower.as_str(), "de" | "zijn" | "haar" | "hun"))
        {
            let inner = self.parse(k + 2, object)?;
            let noun = inner.noun.as_deref()?;
            // ("de passagiers": a listed plural whose singular is not listed.)
            let plural = self.lex.plural_noun(noun)
                || noun.ends_with("en")
                || noun.ends_with('s') && self.lex.speaker_noun(noun);
            if inner.name.is_some() || !plural {
                return None;
            }
            return Some(Np {
                phrase: join(&toks[k..inner.t1], self.text),
                role: None,
                organisation: None,
                ..inner
            });
        }
        // "zeggen ruim tweehonderd onderzoekers", "volgens zo’n 300 wetenschappers": a count
        // before a group that speaks is part of its phrase.
        // (One count, not a chain: "200 300 400 …" would recurse once per number.)
        if let Some(h) = self.count_end(k)
            && self.count_end(h).is_none()
            && let Some(inner) = self.parse(h, object)
            && inner.name.is_none()
            && !inner.pronoun
            && inner
                .noun
                .as_deref()
                .is_some_and(|n| self.lex.plural_noun(n))
        {
            return Some(Np {
                phrase: join(&toks[k..inner.t1], self.text),
                ..inner
            });
        }
        let mut j = k;
        let mut det = false;
        // "aldus De Mol": inside a sentence a capitalised "De" before a name is the
        // surname's own.
        let surname_prefix = first == "de"
            && toks[k].capitalised()
            && self.name_like(k)
            && self.name_like_at(k + 1)
            && !toks
                .get(k + 2)
                .is_some_and(|t| t.is_word() && t.capitalised());
        if self.lex.is("determiners", first) && !self.name_like(k)
            || first == "de" && !surname_prefix
            || first == "het"
            // "zegt één moeder", "Eén docent vertelt": the stressed numeral before a person.
            || matches!(first, "één" | "eén")
                && self
                    .word(k + 1)
                    .is_some_and(|n| !toks[k + 1].capitalised() && self.lex.speaker_noun(n))
        {
            det = true;
            j += 1;
        } else if let Some(g) = (self.name_like(k) && first.ends_with('s'))
            // ("Harris' campagneleider Jen O'Malley Dillon": the apostrophe right after.)
            .then(|| self.after_genitive(k))
            && self.toks.get(g).is_some_and(|n| {
                // Not a first name before a particle: "Bas de Groot", "Klaas van Dijk"; nor
                // a plural before a preposition: "Onderzoekers uit Canada".
                // Nor a surname before a reporting verb and its object: "Torres vertelde
                // CNN dat".
                n.is_word()
                    && !n.capitalised()
                    && !self.lex.is("name-particles", &n.lower)
                    && !self.lex.is("function", &n.lower)
                    && !self.lex.forms.contains_key(&n.lower)
            })
            && self.name_like_at(g + 1)
        {
            // A genitive: "Vandersteens biografist Peter Van Hooydonck".
            det = true;
            j = g;
        } else if toks[k].capitalised()
            && (first.ends_with("'s") || first.ends_with("’s"))
            && self
                .word(k + 1)
                .is_some_and(|n| !toks[k + 1].capitalised() && self.lex.speaker_noun(n))
        {
            // "Honda's woordvoerder", "Nederland's grootste bank": a name's genitive.
            det = true;
            j += 1;
        } else if let Some(n) = self.genitive_noun(k) {
            // "Verlindens woordvoerder zegt", "Volgens Boelens' advocaat": a surname's
            // genitive before a speaker noun and no name.
            det = true;
            j = n;
        }
        // "De in Duitsland geboren schrijver", "de in Delft gevestigde organisatie": a
        // phrase before its participle belongs to the modifier.
        if det
            && self
                .word(j)
                .is_some_and(|w| matches!(w, "in" | "uit" | "te" | "op" | "bij" | "door" | "aan"))
            // ("de in Leiden werkzame sterrenkundige", "de uit Ghana afkomstige astrofysicus":
            // an adjective before a speaker noun ends it too; "de aan de Universiteit Leiden
            // verbonden sterrenkundige": a name of two words between.)
            && let Some(p) = (j + 1..limit.min(j + 6)).find(|&p| {
                self.word(p).is_some_and(|w| {
                    !toks[p].capitalised()
                        && (frames::participle(w.strip_suffix('e').unwrap_or(w))
                            || w.ends_with('e')
                                && w.chars().count() > 5
                                && self.word(p + 1).is_some_and(|n| {
                                    !toks[p + 1].capitalised() && self.lex.speaker_noun(n)
                                }))
                })
            })
            && p + 1 < limit
        {
            j = p + 1;
        }
        // Modifiers and role nouns before a name.
        let role_start = j;
        let mut last_noun: Option<usize> = None;
        let org_name = self.org_name(j, limit);
        while org_name.is_none() && j < limit {
            // "de zoek- en reddingsdienst": the first half of a compound shares its end.
            if let Some(e) = self.ellipsis(j, limit) {
                j = e;
                continue;
            }
            let Some(w) = self.word(j) else { break };
            // "prof. dr. Jan Jansen": titles are part of the role.
            // (Not an acronym: "zegt ING." is the bank.)
            if self.lex.is("titles", w)
                && !toks[j].acronym()
                && toks.get(j + 1).is_some_and(|t| t.is('.'))
            {
                j += 2;
                continue;
            }
            let initial = j == 0 || self.after_opening(j);
            // "Woonbonddirecteur Zeno Winkels": a capitalised compound role before a name of
            // two words (not a surname that is a noun: "Jan Koning").
            let compound_role = toks[j].capitalised()
                && !self.lex.is("speaker-nouns", w)
                && self.lex.speaker_noun(w)
                && self.name_run(j + 1, limit).is_some_and(|e| e >= j + 3);
            // "Deskundigen raden …": after a plural the next noun is no part of the phrase.
            let after_plural =
                last_noun.is_some_and(|h| h + 1 == j && self.lex.plural_noun(&toks[h].lower));
            if after_plural {
                break;
            }
            // "De Belg Jasper Wuyts", "de Keniaan Daniel Kiprop": an inhabitant's name before
            // a name of two words is the person's description, not a first name.
            let demonym = last_noun.is_none()
                && toks[j].capitalised()
                && !w.ends_with('e')
                && self.lex.inhabitant(w)
                // ("zegt Noor Haddou van TenneT": with no article, a first name.)
                && (det || !self.lex.first_name(w))
                && self.name_run(j + 1, limit).is_some_and(|e| e >= j + 3);
            // "Beljaarts zei dat", "Hofmeester vindt dat": a capitalised word that is a role
            // only as a compound ("huisarts", "burgemeester"), alone before a verb at the
            // sentence's start, is a surname.
            let surname = initial
                && !det
                && toks[j].capitalised()
                && !self.lex.is("speaker-nouns", w)
                && !self.lex.plural_noun(w)
                && self.word(j + 1).is_some_and(|n| {
                    !toks[j + 1].capitalised()
                        && (self.lex.forms.contains_key(n) || self.lex.is("aux", n))
                });
            // "Lagarde verzekerde dat", "Het ministerie beschuldigde de rebellen": a noun that
            // is also a cue's finite form, right after a name or a noun, is the verb (not
            // after an article or an adjective: "De beschuldigde ontkent").
            // ("Lokale verzekerden zeggen": a verb after it.)
            let verb_after_head = self.cue_not_noun(j)
                && j > 0
                && toks[j - 1].is_word()
                && !toks[j - 1].quoted
                && (last_noun.is_some_and(|h| h + 1 == j)
                    || toks[j - 1].capitalised()
                        && !self.lex.is("determiners", &toks[j - 1].lower));
            if !verb_after_head
                && (self.role_compound(j)
                    || compound_role
                    || demonym
                    || ((!toks[j].capitalised()
                        || initial && !surname
                        || party_member(toks[j].text))
                        && self.lex.speaker_noun(w)))
            {
                last_noun = Some(j);
                j += 1;
            } else if !toks[j].capitalised()
                && !self.lex.is("function", w)
                && !self.lex.is("prepositions", w)
                && !self.lex.forms.contains_key(w)
                && !self.lex.is("aux", w)
                && !self.lex.is("verb-forms", w)
                && w.chars().count() > 3
                // After its head noun a word before a name with a verb's ending is a verb:
                // "Volgens de regering levert Iran …", "Volgens de politie vluchtte Jansen
                // …" (not "wethouder financiën Karin de Bruijn", "de 19-jarige pianiste").
                // (A field ends like a verb: "hoogleraar staatsrecht Marloes Wetering",
                // "hoogleraar sterrenkunde", "wethouder sport".)
                && !(last_noun.is_some_and(|h| h + 1 == j && !toks[h].lower.ends_with("jarige"))
                    && (w.ends_with('t') || w.ends_with("te") || w.ends_with("de"))
                    && !self.lex.is("office-names", w)
                    && !["recht", "kunde", "kunst", "markt", "vaart", "sport"]
                        .iter()
                        .any(|f| w.ends_with(f)))
                && (self.name_like_at(j + 1)
                    // "algemeen directeur", "technisch directeur": an adjective before a
                    // speaker noun.
                    || last_noun.is_none()
                        && self.word(j + 1).is_some_and(|n| {
                            !toks[j + 1].capitalised() && self.lex.speaker_noun(n)
                        })
                    // ("voormalig NCSC-directeur Hans de Vries": before a role compound.)
                    || last_noun.is_none() && self.role_compound(j + 1))
            {
                // A role written before a name: "biografist Peter …", "buurtbewoonster Ans …".
                j += 1;
            } else if !det
                && last_noun.is_some_and(|h| h + 1 == j)
                && !toks[j].capitalised()
                && self.word(j + 1).is_some_and(|n| {
                    !toks[j + 1].capitalised()
                        && n.chars().count() > 3
                        && !self.lex.is("function", n)
                        && !self.lex.adverb(n)
                        && !self.lex.forms.contains_key(n)
                        && !self.lex.is("aux", n)
                })
                && (w.ends_with('e')
                    && !(w.chars().count() >= 7 && (w.ends_with("de") || w.ends_with("te")))
                    || w == "betaald"
                    // ("hoogleraar internationaal recht Joris Veldman", "grondwettelijk
                    // recht": an adjective uninflected before a neuter field.)
                    || ["aal", "eel", "ees", "lijk", "isch"].iter().any(|e| w.ends_with(e)))
                && !self.lex.forms.contains_key(w)
                && !self.lex.is("function", w)
                && self.name_run(j + 2, limit).is_some_and(|e| e >= j + 4)
            {
                // A field of two words between the role and the name: "Conservator moderne
                // kunst Lotte Brink", "KNVB-directeur betaald voetbal Jan Smeets", "hoofd
                // medische staf Jan Smeets".
                j += 2;
            } else if (!toks[j].capitalised()
                && !self.lex.is("function", w)
                // Modifiers come before the head: after "de advocaat", "gebruikte" is a
                // verb ("Volgens de advocaat gebruikte justitie …").
                && last_noun.is_none()
                && (w.ends_with('e') || w.starts_with("oud-") || w.starts_with("ex-")
                    // "financieel planner Yvonne Smits", "erkend adviseur": a title's
                    // adjective before a speaker noun.
                    || (self.lex.is("title-adjectives", w) || matches!(w, "erkend" | "onafhankelijk" | "zelfstandig"))
                        && self.word(j + 1).is_some_and(|n| !toks[j + 1].capitalised() && self.lex.speaker_noun(n))
                    // "het meest recente bulletin", "de zeer ervaren piloot", "een zichtbaar
                    // aangeslagen burgemeester", "een duidelijk vermoeide Wuyts".
                    || self.lex.is("degree-adverbs", w)
                        && self.word(j + 1).is_some_and(|n| {
                            !toks[j + 1].capitalised()
                                && (n.ends_with('e') || n.ends_with("en"))
                                && !self.lex.is("function", n)
                                && !self.lex.forms.contains_key(n)
                        }))
                && w.chars().count() > 3)
                // "De 27 EU-leiders", "de 32 NAVO-bondgenoten": a count after the article
                // before a plural.
                || det
                    && last_noun.is_none()
                    && j > k
                    && w.len() <= 4
                    && w.chars().all(|c| c.is_ascii_digit())
                    && self
                        .word(j + 1)
                        .is_some_and(|n| self.lex.plural_noun(n) && self.lex.speaker_noun(n))
                || self.nationality(j)
                // "Lokale bewoners vertelden", "Officiële bronnen in Ohio melden": an
                // adjective opening the sentence before a speaker noun in lower case.
                || (initial
                    && last_noun.is_none()
                    && toks[j].capitalised()
                    && (w.ends_with('e')
                        || self.lex.is("title-adjectives", w)
                        // (Round 33: "Gemeentelijk woordvoerder X", "Regionaal directeur X",
                        // "Roterend voorzitter X", "Beeldend kunstenaar X": uninflected by
                        // their endings.)
                        // (Round 47: "Evolutionair bioloog X", "Nucleair geneeskundige X".)
                        || w.chars().count() > 5
                            && ["lijk", "aal", "eel", "ief", "isch", "end", "air"]
                                .iter()
                                .any(|e| w.ends_with(e)))
                    && w.chars().count() > 3
                    && !self.lex.is("function", w)
                    && !self.lex.is("sentence-adverbs", w)
                    && {
                        // ("Hoge Amerikaanse functionarissen zeiden": a nationality between.)
                        let h = if self.nationality(j + 1) { j + 2 } else { j + 1 };
                        // (Not a cue's finite form with no verb after it: "Lagarde
                        // verzekerde dat", but "Lokale verzekerden zeggen".)
                        self.word(h).is_some_and(|n| {
                            !toks[h].capitalised()
                                && self.lex.speaker_noun(n)
                                && !self.cue_not_noun(h)
                        })
                    })
            {
                j += 1;
            } else if last_noun.is_none()
                && toks[j].capitalised()
                && !self.lex.is("function", w)
                && !self.lex.is("sentence-adverbs", w)
                && self.nationality(j + 1)
            {
                // "De Sri Lankaanse minister", "de Costa Ricaanse president": a nationality
                // of two words.
                j += 2;
            } else {
                break;
            }
        }
        // "Willem II-trainer John Stegeman", "de Vlaams Belang-voorzitter", "De Nederlandsche
        // Bank-president Klaas Knot": a name that is the first part of a role compound.
        if let Some(e) = self.name_run(j, limit)
            && e < limit
            && self.role_compound(e)
        {
            last_noun = Some(e);
            j = e + 1;
        }
        let mut role_end = j;
        // ("de hulporganisatie Artsen zonder Grenzen": after a role too.)
        let mut name = org_name
            .or_else(|| (j > role_start).then(|| self.org_name(j, limit)).flatten())
            .map(|e| (j, e))
            .or_else(|| self.name_run(j, limit).map(|e| (j, e)));
        // "de advocaat voor de mensenrechten Hector Salazar": a role with a phrase, then a
        // full name that ends the clause (not "de woordvoerder van de gemeente Den Haag":
        // a body in the phrase is the organisation).
        if name.is_none()
            && last_noun == Some(j.wrapping_sub(1))
            && self
                .word(j)
                .is_some_and(|w| matches!(w, "voor" | "van" | "bij" | "in"))
        {
            let mut m = j + 1;
            if self.word(m).is_some_and(|w| matches!(w, "de" | "het")) {
                m += 1;
            }
            let words = m;
            while m < limit
                && m - words < 3
                && self.word(m).is_some_and(|w| {
                    !toks[m].capitalised()
                        && !self.lex.is("function", w)
                        // ("officier van justitie Miriam Castellanos": a body without article
                        // right before the name is the office's, not "van de gemeente Den Haag".)
                        && (!self.lex.speaker_noun(w)
                            || words == j + 1
                                && !self.lex.ends_in("named-nouns", w)
                                // (A person's role names the person after it, who is not
                                // the head: "de advocaat van zanger Jan Smit".)
                                && !self.lex.person_noun(w)
                                // (A person's name, not "hockeyclub De Valken".)
                                && toks.get(m + 1).is_some_and(|t| {
                                    t.capitalised()
                                        && !self.lex.is("determiners", &t.lower)
                                        && !self.lex.is("name-particles", &t.lower)
                                }))
                })
            {
                m += 1;
            }
            if m > words
                && let Some(e) = self.name_run(m, limit)
                && e - m >= 2
                // (Not the name a noun takes: "studie in het tijdschrift Global Hydrology
                // Letters".)
                && !self.lex.ends_in("named-nouns", &toks[m - 1].lower)
                // (Or before the verb or its clause: "Officier van justitie Miriam
                // Castellanos zei", "zei officier van justitie Miriam Castellanos dat".)
                && toks.get(e).is_none_or(|t| {
                    !t.is_word()
                        || self.lex.forms.contains_key(&t.lower)
                        || self.lex.is("aux", &t.lower)
                        || self.lex.is("function", &t.lower)
                })
            {
                role_end = m;
                name = Some((m, e));
            }
        }
        // "de Inspectie Justitie en Veiligheid", "Autoriteit Consument en Markt": a body's
        // name that opens with a body noun goes on after "en" (not "Jansen en De Vries").
        if let Some((n0, n1)) = name
            && n1 - n0 >= 2
            && toks[n0].text.len() >= 4
            && self.lex.body_noun(&toks[n0].lower)
            && self.word(n1) == Some("en")
            && let Some(e) = self.name_run(n1 + 1, limit)
            && e - n1 <= 3
        {
            name = Some((n0, e));
        }
        // "Jansen et al. (2021) stellen": the authors of a study, named by the first.
        let name = name.map(|(n0, n1)| {
            let et_al = self.word(n1) == Some("et")
                && self.word(n1 + 1) == Some("al")
                && toks.get(n1 + 2).is_some_and(|t| t.is('.'));
            (n0, if et_al { n1 + 3 } else { n1 })
        });
        // "Dinsdag vertelde de woordvoerder Politico dat …": after a verb that takes the one
        // told, a bare role behind its article has no one-word name; that word is the one
        // told.
        // (The document's registry parses from the role on, too.)
        let name = name.filter(|&(n0, n1)| {
            let article = n0.wrapping_sub(2);
            !(n0 >= 3
                && n1 == n0 + 1
                && (article == k || n0 - 1 == k)
                && last_noun == Some(n0 - 1)
                && matches!(toks[article].lower.as_str(), "de" | "het")
                && !toks[n0 - 1].capitalised()
                && toks[article - 1].is_word()
                && self.lex.is("dative-verbs", &toks[article - 1].lower)
                && toks.get(n1).is_some_and(|t| {
                    t.is(':') || t.is_word() && matches!(t.lower.as_str(), "dat" | "weten")
                }))
        });
        let mut np = Np::default();
        let mut bare_office = false;
        if let Some((n0, n1)) = name {
            np.name = Some((n0, n1));
            j = n1;
            if role_end > role_start {
                np.role = Some(join(&toks[role_start..role_end], self.text));
            }
        } else if let Some(h) = last_noun {
            // The phrase ends at its last speaker noun ("de Amerikaanse regering").
            j = h + 1;
            np.noun = Some(toks[h].lower.rsplit('-').next().unwrap_or("").to_string());
            // "oud-minister van Financiën Gerrit Kamphuis", "Oud-directeur van de NAM Jan
            // Smit": a bare office's holder may follow its field (checked after it).
            bare_office = !det
                && h == k
                && !self.lex.is("speaker-nouns", &toks[h].lower)
                && (self.word(h + 1) == Some("van")
                    // ("VN-gezant voor Jemen Hans Grundberg".)
                    || self.word(h + 1) == Some("voor") && self.office_with_field(&np))
                && np.noun.as_deref().is_some_and(|n| self.lex.person_noun(n));
            if !det
                && !bare_office
                && !self.lex.is("speaker-nouns", &toks[h].lower)
                && !self.lex.plural_noun(&toks[h].lower)
                && h == k
            {
                // A body's compound without article is its name ("Rabobank zegt",
                // "Consumentenbond waarschuwt": a singular noun is no bare subject).
                // (Only before its verb or an apposition: "Aanleiding voor de vragen waren
                // …" is no body.)
                if toks[h].capitalised()
                    && !toks[h].text.contains('-')
                    && !self.lex.person_noun(&toks[h].lower)
                    && self.lex.body_noun(&toks[h].lower)
                    && toks.get(h + 1).is_some_and(|n| {
                        n.is(',')
                            // (A headline's source before a quotation: "Consumentenbond:
                            // ‘…’"; not a topic: "Woningbouw: het tekort groeit".)
                            || n.is(':') && h == 0 && toks.get(h + 2).is_some_and(Tok::opens)
                            || n.is_word()
                                && (self.lex.forms.contains_key(&n.lower)
                                    || self.lex.is("aux", &n.lower))
                    })
                {
                    np.name = Some((h, h + 1));
                    np.noun = None;
                } else {
                    // A bare compound without article ("Libië-expert") is a role, not a
                    // speaker; a plural is ("Gezondheidsfunctionarissen zeiden").
                    return None;
                }
            }
        } else {
            return None;
        }
        // "Marieke (34) uit Apeldoorn", "Fatima de Boer (41) van de bewonersgroep": an age or
        // a party in brackets between a person's name and where the person is from.
        if np.name.is_some()
            && let b = past_brackets(toks, j)
            && b > j
            && self
                .word(b)
                .is_some_and(|w| matches!(w, "uit" | "van" | "bij"))
        {
            j = b;
        }
        // "van Instituut Clingendael", "bij de Zweedse Academie", "van Defensie".
        if let Some(w) = self.word(j)
            && matches!(w, "van" | "bij" | "namens")
            && let Some((org, e)) = self.organisation(j + 1, limit)
        {
            // The holder's first name: two words from the end, or more before particles
            // ("Vincent Van Quickenborne", "Jan van der Berg").
            let mut h = e.saturating_sub(2);
            while h > j + 2 && h + 1 < e && self.lex.is("name-particles", &toks[h].lower) {
                h -= 1;
            }
            let name_word = |m: usize| {
                toks[m].is_word()
                    && toks[m].capitalised()
                    && !toks[m].acronym()
                    && !self.lex.is("function", &toks[m].lower)
                    && !self.lex.speaker_noun(&toks[m].lower)
            };
            // "technisch directeur van de KNSB Remy de Wit": after an acronym the words of
            // the name are the holder's, who may have particles the run stopped at.
            let holder = (np.name.is_none() && np.noun.is_some())
                .then(|| (j + 1..e).find(|&a| toks[a].acronym()))
                .flatten()
                .filter(|&a| a + 1 < e && name_word(a + 1))
                .and_then(|a| Some((a, self.name_run(a + 1, limit)?)))
                // (One word after the acronym is the body's own: "een econoom van ABN Amro",
                // "analisten van KBC Securities"; unless it is a first name.)
                .filter(|&(a, he)| {
                    (he > a + 2 || self.lex.first_name(&toks[a + 1].lower))
                        && toks
                            .get(he)
                            .is_none_or(|t| !t.is_word() || !t.capitalised())
                });
            // "officier van dienst Mark Peters", "Commandant van de brandweer Mark Peters":
            // the holder after the body, by a first name.
            let first_named = (np.name.is_none()
                && np.noun.is_some()
                && holder.is_none()
                && self.lex.body_noun(&toks[e - 1].lower))
            .then(|| {
                toks.get(e)
                    .filter(|t| t.is_word() && t.capitalised() && self.lex.first_name(&t.lower))?;
                self.name_run(e, limit)
            })
            .flatten();
            let mut end = e;
            if np.name.is_some() {
                np.organisation = Some(org);
            } else if let Some(he) = first_named {
                np.organisation = Some(org.trim_start_matches("de ").to_string());
                np.role = Some(join(&toks[role_start..e], self.text));
                np.name = Some((e, he));
                np.noun = None;
                end = he;
            } else if let Some((a, he)) = holder {
                np.organisation = Some(
                    join(&toks[j + 1..a + 1], self.text)
                        .trim_start_matches("de ")
                        .to_string(),
                );
                np.role = Some(join(&toks[role_start..a + 1], self.text));
                np.name = Some((a + 1, he));
                np.noun = None;
                end = he;
            } else if w == "van"
                && np
                    .noun
                    .as_deref()
                    .is_some_and(|n| self.lex.is("office-holders", n))
            {
                if h >= j + 2
                    && name_word(h)
                    && !self.lex.is("office-names", &toks[h].lower)
                    && name_word(e - 1)
                    && toks[h - 1].is_word()
                    && toks[h - 1].capitalised()
                {
                    // "minister van Buitenlandse Handel Sigrid Kaag", "minister van Onderwijs
                    // Ben Weyts": the office's name runs into the holder's; the holder is the
                    // last words.
                    self.office_holder(&mut np, role_start, j + 1, (h, e));
                } else if e >= j + 3
                    && name_word(e - 1)
                    && !self.lex.is("office-names", &toks[e - 1].lower)
                    && let p = self.particles_after(e - 1, limit)
                    && p > e
                    && toks.get(p).is_some_and(|t| {
                        t.is_word() && t.capitalised() && !self.lex.is("function", &t.lower)
                    })
                {
                    // "minister van Financiën Marieke de Graaf": the run stopped at the
                    // holder's particle; the first name is its last word.
                    let he = self.name_run(p, limit).unwrap_or(p + 1);
                    self.office_holder(&mut np, role_start, j + 1, (e - 1, he));
                    end = he;
                }
            }
            j = end;
            // "de advocaat van zanger Jan Smit": a person's role in the phrase names that
            // person after it, who belongs to the phrase.
            if np.name.is_none()
                && end > 0
                && self
                    .word(end - 1)
                    .is_some_and(|w| !toks[end - 1].capitalised() && self.lex.person_noun(w))
                && let Some(ne) = self.name_run(end, limit)
            {
                j = ne;
            }
        } else if self.word(j) == Some("onder")
            && self.word(j + 1) == Some("leiding")
            && self.word(j + 2) == Some("van")
            && np.name.is_none()
            && let Some(leader) = self.parse(j + 3, true).filter(Np::speaks)
        {
            // "Het onderzoeksteam onder leiding van dr. Karin Mol": the team speaks.
            j = leader.t1;
        } else if let Some(w) = self.word(j)
            && matches!(w, "voor" | "in" | "uit")
        {
            // "de minister voor Ontwikkelingssamenwerking", "het agentschap voor kernenergie",
            // "de ambassadeur in Moskou", "deskundigen uit Leiden": a place or a field, not
            // an occasion ("zegt de minister voor de camera", "in een verklaring").
            if let Some(e) = self.name_run(j + 1, limit) {
                // "minister voor Ontwikkelingssamenwerking Sigrid Kaag": the office's name runs
                // into the holder's, the last two words (as after "van" below).
                if w == "voor"
                    && np.name.is_none()
                    && e >= j + 4
                    && self.office_with_field(&np)
                    && (e - 2..e).all(|m| !self.lex.speaker_noun(&toks[m].lower))
                {
                    self.office_holder(&mut np, role_start, j + 1, (e - 2, e));
                }
                j = e;
            } else if w == "voor" {
                let field = |m: usize| {
                    self.word(m).is_some_and(|n| {
                        !toks[m].capitalised()
                            && !self.lex.is("function", n)
                            && !self.lex.is("determiners", n)
                            && !self.lex.forms.contains_key(n)
                            && !self.lex.is("aux", n)
                            && n.chars().count() > 3
                    })
                };
                // "voor kernenergie", "voor nucleaire veiligheid" (one adjective before it).
                if field(j + 1)
                    && self.word(j + 1).is_some_and(|a| a.ends_with('e'))
                    && field(j + 2)
                {
                    j += 3;
                } else if field(j + 1) {
                    j += 2;
                } else if self.office_with_field(&np)
                    && self.word(j + 1).is_some_and(|d| matches!(d, "de" | "het"))
                    && let Some(e) = (j + 3..=j + 4).find(|&e| {
                        (j + 2..e).all(field)
                            && toks.get(e).is_some_and(|t| t.is(','))
                            && self
                                .name_run(e + 1, limit)
                                .is_some_and(|f| toks.get(f).is_some_and(|t| t.is(',')))
                    })
                {
                    // "De Hoge Vertegenwoordiger voor het buitenlands beleid, Kaja Kallas,":
                    // a field with its article, when the holder's name follows in commas
                    // (not an occasion: "zegt de minister voor de camera").
                    j = e;
                }
            }
        }
        // "Een functionaris met kennis van de onderhandelingen zei", "Diplomaten met kennis
        // van de gesprekken zeggen": wire copy's described source, right before its verb (not
        // a manner after an inverted subject: "zei de minister met een glimlach dat").
        // ("Een blogger met meer dan een miljoen volgers meldde", "Een man met zijn dochter in
        // zijn armen schreeuwde", "Een soldaat met de roepnaam ‘Bizon’ vertelde": words and a
        // quoted name up to that verb, no clause or list between.)
        if np.name.is_none()
            && np.noun.is_some()
            && self.word(j).is_some_and(|w| matches!(w, "met" | "zonder"))
            && let Some(e) = (j + 2..limit)
                .take_while(|&m| {
                    let t = &toks[m - 1];
                    (t.is_word() || matches!(t.kind, Tk::Quote(_)))
                        && !matches!(t.lower.as_str(), "dat" | "die" | "en" | "of" | "om" | "te")
                })
                .find(|&m| {
                    self.word(m).is_some_and(|w| {
                        !toks[m].capitalised()
                            && !toks[m].quoted
                            && (self.lex.forms.contains_key(w) || self.lex.is("aux", w))
                    })
                })
        {
            j = e;
        }
        // "de gezant voor het Midden-Oosten", "de speciale gezant van de VN voor Syrië":
        // an envoy's field, also after whose envoy it is.
        if self.head_in(&np, "envoys") && self.word(j) == Some("voor") {
            let a = if self.word(j + 1).is_some_and(|a| matches!(a, "de" | "het")) {
                j + 2
            } else {
                j + 1
            };
            if let Some(e) = self.name_run(a, limit) {
                // ("VN-gezant voor het Midden-Oosten Tor Wennesland": the holder's name, the
                // last two words, runs on from the field's.)
                if e >= a + 3 && (e - 2..e).all(|m| !self.lex.speaker_noun(&toks[m].lower)) {
                    self.office_holder(&mut np, role_start, a, (e - 2, e));
                }
                j = e;
            }
        }
        if bare_office && np.name.is_none() {
            return None;
        }
        // "Het rapport over de ramp", "Een studie over de gevolgen van microplastics": a
        // document's subject belongs to the phrase.
        if self.head_in(&np, "documents")
            && self.word(j) == Some("over")
            && let Some(mut e) = self.plain_np(j + 1, limit)
        {
            if self.word(e) == Some("van")
                && let Some(f) = self
                    .organisation(e + 1, limit)
                    .map(|(_, f)| f)
                    .or_else(|| self.plain_np(e + 1, limit))
            {
                e = f;
            }
            j = e;
        }
        // "Het bedrijf achter de installatie ontkent", "De man achter de actie zegt": who is
        // behind a thing, right before the verb.
        if np.name.is_none()
            && np.noun.is_some()
            && self.word(j) == Some("achter")
            && let Some(e) = self.plain_np(j + 1, limit)
            && self.word(e).is_some_and(|w| {
                !toks[e].capitalised()
                    && !toks[e].quoted
                    && (self.lex.forms.contains_key(w) || self.lex.is("aux", w))
            })
        {
            j = e;
        }
        // "De Onderwijsmonitor 2024 meldt", "Het PISA-rapport 2022 stelt": a document's
        // edition year.
        if !np.pronoun
            && (np.name.is_some()
                || np
                    .noun
                    .as_deref()
                    .is_some_and(|n| self.lex.ends_in("documents", n)))
            && self.word(j).is_some_and(|w| {
                w.len() == 4
                    && (w.starts_with("19") || w.starts_with("20"))
                    && w.bytes().all(|b| b.is_ascii_digit())
            })
        {
            j += 1;
        }
        // "Het rapport ‘Leren na corona’ waarschuwt": a document's title in quotation marks.
        if !np.pronoun
            && np
                .noun
                .as_deref()
                .is_some_and(|n| self.lex.ends_in("documents", n))
            && let Some(close) = quoted_title(toks, j, 8)
        {
            j = close + 1;
        }
        // "de Wereldgezondheidsorganisatie (WHO)", "Jansen (CDA)": a short bracketed insert
        // belongs to the phrase, not to what follows it.
        np.t1 = past_brackets(toks, j);
        np.quoted = toks[k].quoted;
        // "De Nederlandse Europarlementariër Bas Eickhout": a capitalised role after a
        // nation's adjective, inside the name run, and the holder's name after it.
        if np.role.is_none()
            && let Some((a, b)) = np.name
            && b >= a + 3
            && let Some(m) = (a + 1..b - 1).find(|&m| {
                toks[m].capitalised() && !toks[m].acronym() && self.lex.person_noun(&toks[m].lower)
            })
            && b >= m + 2
            && (a..m).all(|x| {
                toks[x].capitalised()
                    && (toks[x].lower.ends_with("se") || toks[x].lower.ends_with("sche"))
            })
        {
            np.role = Some(join(&toks[a..=m], self.text));
            np.name = Some((m + 1, b));
        }
        // "De Hoge Vertegenwoordiger voor Buitenlandse Zaken, Kaja Kallas, zei": a title
        // written as a name, its holder in commas after it.
        // ("… voor het buitenlands beleid, Kaja Kallas,": its field in lower case.)
        let c = if self.word(j) == Some("voor") {
            let d =
                j + 1 + usize::from(self.word(j + 1).is_some_and(|d| matches!(d, "de" | "het")));
            (d..limit.min(d + 3))
                .find(|&m| {
                    !self
                        .word(m)
                        .is_some_and(|w| !toks[m].capitalised() && !self.lex.is("function", w))
                })
                .filter(|&m| m > d)
                .unwrap_or(j)
        } else {
            j
        };
        if let Some((a, b)) = np.name
            && toks.get(c).is_some_and(|t| t.is(','))
            && (a..b).any(|m| toks[m].capitalised() && self.lex.person_noun(&toks[m].lower))
            && let Some(f) = self.name_run(c + 1, limit)
            && (c + 3..=c + 5).contains(&f)
            && toks.get(f).is_some_and(|t| t.is(','))
            && (c + 1..f).all(|m| {
                !self.lex.speaker_noun(&toks[m].lower) && !self.lex.body_noun(&toks[m].lower)
            })
        {
            np.role = Some(join(&toks[a..c], self.text));
            np.name = Some((c + 1, f));
            np.noun = None;
            np.t1 = f + 1;
            j = f;
        }
        // An apposition: "Sara Danius, de permanente secretaris van de Zweedse Academie,".
        // Or without an article, at the sentence's end: "aldus Linda Vermeulen, bestuurder
        // van FNV Winkelstraat."
        let bare = self
            .word(j + 1)
            .is_some_and(|w| !toks[j + 1].capitalised() && self.lex.speaker_noun(w));
        if np.name.is_some()
            && toks.get(j).is_some_and(|t| t.is(','))
            && (bare
                || self
                    .word(j + 1)
                    .is_some_and(|w| matches!(w, "de" | "het" | "een")))
        {
            let end = toks.len().min(j + 1 + NP_MAX);
            let mut a = if bare { j + 1 } else { j + 2 };
            let mut noun = None;
            while a < end {
                let Some(w) = self.word(a) else { break };
                if self.lex.speaker_noun(w) {
                    noun = Some(a);
                } else if !(w.ends_with('e') || w.ends_with("ste")) || self.lex.is("function", w) {
                    break;
                }
                a += 1;
            }
            if let Some(h) = noun {
                let mut e = h + 1;
                let mut org = None;
                if let Some(w) = self.word(e)
                    && matches!(w, "van" | "bij")
                    && let Some((o, oe)) = self.organisation(e + 1, end)
                {
                    org = Some(o);
                    e = oe;
                }
                let closes_sentence =
                    bare && toks[e..].iter().all(|t| !t.is_word()) && e < toks.len();
                // ("Roel Smit, woordvoerder van het COA, reageert": without an article
                // between commas too.)
                if toks.get(e).is_some_and(|t| t.is(',')) || closes_sentence {
                    np.role = Some(join(
                        &toks[if bare { j + 1 } else { j + 2 }..h + 1],
                        self.text,
                    ));
                    if org.is_some() {
                        np.organisation = org;
                    }
                    np.t1 = e + 1;
                }
            }
        }
        np.phrase = match np.name {
            Some((a, b)) => join(&toks[a..b], self.text),
            None => join(&toks[k..j], self.text),
        };
        Some(np)
    }

    /// An organisation after "van": "Instituut Clingendael", "de Zweedse Academie",
    /// "de politie"; its text (without the article) and end.
    fn organisation(&self, k: usize, limit: usize) -> Option<(String, usize)> {
        let mut j = k;
        if self
            .word(j)
            .is_some_and(|w| matches!(w, "de" | "het") && !self.toks[j].capitalised())
        {
            j += 1;
        }
        let start = j;
        while j < limit
            && self.word(j).is_some_and(|w| {
                // ("het Amerikaanse ministerie van …": a nationality is an adjective.)
                (!self.toks[j].capitalised() || self.nationality(j))
                    && !self.lex.is("function", w)
                    && w.ends_with('e')
                    && !self.lex.speaker_noun(w)
            })
            // An adjective stands before a noun: in "van de missie vermoeden" the verb
            // follows the noun.
            && self.word(j + 1).is_some_and(|n| !self.lex.not_noun(n))
        {
            j += 1;
        }
        // ("van Artsen zonder Grenzen", "van het Syrisch Observatorium voor de Mensenrechten".)
        if let Some(mut e) = self.org_name(j, limit).or_else(|| self.name_run(j, limit)) {
            // "de Johns Hopkins-universiteit", "het Max Planck-instituut": the name's last
            // word is a compound with the body's noun.
            if e < limit
                && self.toks[e].capitalised()
                && self.toks[e]
                    .lower
                    .rsplit_once('-')
                    .is_some_and(|(_, tail)| self.lex.body_noun(tail))
            {
                e += 1;
            }
            // "het Nationaal Instituut voor Volksgezondheid", "Hogeschool te Gent": a body's
            // name goes on with its field or place.
            // (And any body with its place: "Shell in Nederland".)
            while e < limit
                && self.word(e).is_some_and(|w| {
                    matches!(w, "in" | "te")
                        || matches!(w, "voor" | "van")
                            && self.lex.body_noun(&self.toks[e - 1].lower)
                        // "Buitenlandse Zaken van Servië": a ministry's field and its country.
                        || w == "van" && self.lex.is("office-names", &self.toks[e - 1].lower)
                })
                && let Some(n) = self.name_run(e + 1, limit)
            {
                e = n;
            }
            return Some((join(&self.toks[start..e], self.text), e));
        }
        // ("van de zoek- en reddingsdienst".)
        while let Some(e) = self.ellipsis(j, limit) {
            j = e;
        }
        // "de politie", and after an article any noun: "een woordvoerder van de luchthaven",
        // "de directeur van het museum".
        let article = start > k;
        if self.word(j).is_some_and(|w| {
            self.lex.speaker_noun(w)
                || article
                    // ("de VN-missie": a compound with a capitalised part is a common noun.)
                    && (!self.toks[j].capitalised() || self.role_compound(j))
                    && !self.lex.is("function", w)
                    && !self.lex.is("aux", w)
                    && !self.lex.forms.contains_key(w)
                    // Not a time: "de schrijvers van de vorige eeuw".
                    && !self.lex.is("not-speakers", w)
                    && w.chars().count() > 3
        }) {
            let mut e = j + 1;
            // Its place: "de universiteit van Utrecht", "de gemeente in Zeeland".
            if self.word(e).is_some_and(|w| matches!(w, "van" | "in"))
                && let Some(n) = self.name_run(e + 1, limit)
            {
                e = n;
            } else if (self.lex.ends_in("named-nouns", &self.toks[j].lower)
                || !article
                // ("van de politie Amsterdam", "van de rechtbank Den Haag".)
                || self.lex.is("place-units", &self.toks[j].lower))
                // ("van chipmaker Alvero", "van investeerder Prosus": without an article the
                // noun is the name's descriptor.)
                && let Some(n) = self.org_name(e, limit).or_else(|| self.name_run(e, limit))
                // (Not a person's: "de woordvoerder van de partij Jan Jansen".)
                && !self.lex.first_name(&self.toks[e].lower)
                // (A unit's place is one word or a region's compound, not a person's two
                // names: "de brandweer Twente", "de politie Den Haag", "de politie-eenheid
                // Oost-Brabant", but "Commandant van de brandweer Mark Peters".)
                && (self.lex.ends_in("named-nouns", &self.toks[j].lower)
                    || !article
                    || place_like(&self.toks[e..n]))
            {
                // Its name: "het dorp Haldor", "de provincie Limburg".
                e = n;
            }
            return Some((join(&self.toks[start..e], self.text), e));
        }
        None
    }
}

// ---------------------------------------------------------------------------------------
// The document's people and bodies

#[derive(Debug, Clone)]
struct Entity {
    full: String,
    role: Option<String>,
    organisation: Option<String>,
    /// Never named after an article without a role ("de Alternatieve Elfstedentocht"): a
    /// person, what "hij" can stand for.
    person: bool,
    /// Named with a person's role ("Staatssecretaris Hoekstra"): a person by one name.
    titled: bool,
}

/// Who the document names: full names by surname, roles, acronyms, in order of mention.
#[derive(Default)]
struct Registry {
    entities: Vec<Entity>,
    by_full: HashMap<String, usize>,
    /// Surname (last word of a name) → (sentence, entity), in order.
    by_last: HashMap<String, Vec<(usize, usize)>>,
    /// First name of a name in full → (sentence, entity), in order ("grijnst Pierre").
    by_first: HashMap<String, Vec<(usize, usize)>>,
    /// "LNA" → "Libische Nationale Leger".
    acronyms: HashMap<String, String>,
    /// A name's initials, for an acronym never defined in brackets: "NCSC" → "Nationaal
    /// Cyber Security Centrum", "AIVD" → "Algemene Inlichtingen- en Veiligheidsdienst".
    initials: HashMap<String, String>,
    /// Every named mention: (sentence, entity), in order.
    mentions: Vec<(usize, usize)>,
    /// Names not inside a prepositional phrase, in order.
    subjects: Vec<Subject>,
    /// Sentences that open with "Hij"/"Zij" and a word: (sentence, the person named in full
    /// last before it), in order.
    pronoun_subjects: Vec<(usize, usize)>,
}

/// A name not inside a prepositional phrase.
struct Subject {
    sentence: usize,
    paragraph: usize,
    name: String,
    /// A word follows it: a clause's subject rather than a list item or a heading.
    clause: bool,
    /// Its first token.
    at: usize,
    /// It opens its sentence (first, after sentence adverbs, or apposed to a description
    /// that is first).
    opens: bool,
}

/// Where the name of a body that the word before its name `a..` belongs to starts: "Stichting
/// Vluchteling", "Zorgverzekeraars Nederland" (a capitalised body noun opens the name), "de
/// rechtbank Den Haag", "de politie Rotterdam" (a unit named by its place is the unit, not the
/// place). `role` is the role the parser gave the name.
fn unit_start(
    lex: &Lexicon,
    toks: &[Tok<'_>],
    (a, b): (usize, usize),
    role: Option<&str>,
) -> Option<usize> {
    let t = toks.get(a.checked_sub(1)?)?;
    let national = || {
        toks.get(a + 1).is_none_or(|n| !n.capitalised())
            && matches!(toks[a].text, "Nederland" | "Vlaanderen")
            && lex.plural_body(&t.lower)
    };
    if role == Some(t.text)
        && t.capitalised()
        && !t.acronym()
        && (lex.is("name-openers", &t.lower) || national())
    {
        return Some(a - 1);
    }
    (lex.is("place-units", &t.lower) && place_like(&toks[a..b.max(a)])).then(|| {
        if a > 1 && matches!(toks[a - 2].lower.as_str(), "de" | "het") {
            a - 2
        } else {
            a - 1
        }
    })
}

/// Whether a name after a unit's noun may be its place: one word or a region's compound, not
/// a person's two names ("de brandweer Twente", "de politie Den Haag", "de politie-eenheid
/// Oost-Brabant"; not "de brandweer Mark Peters").
fn place_like(name: &[Tok<'_>]) -> bool {
    name.len() <= 1
        || !name[1].capitalised()
        || name[..2].iter().any(|t| t.text.contains('-'))
        || matches!(
            name[0].lower.as_str(),
            "den" | "noord" | "zuid" | "oost" | "west" | "midden" | "groot" | "sint"
        )
}

/// A role that names a body, not a person ("krant" of "de krant The Guardian").
fn body_role(lex: &Lexicon, role: &str) -> bool {
    lex.ends_in("body-nouns", &last_word(head(role)))
}

/// A role's head: the words before its first prepositional phrase ("minister" of "minister
/// van Justitie").
fn head(role: &str) -> &str {
    [" van ", " voor ", " bij ", " in ", " namens "]
        .iter()
        .filter_map(|p| role.find(p))
        .min()
        .map_or(role, |at| &role[..at])
}

/// The token after a short bracketed insert at `k` ("(22)", "(CDA)"), else `k`.
fn past_brackets(toks: &[Tok<'_>], k: usize) -> usize {
    if toks.get(k).is_some_and(|t| t.is('('))
        && let Some(c) = toks[k..toks.len().min(k + 6)]
            .iter()
            .position(|t| t.is(')'))
    {
        return k + c + 1;
    }
    k
}

/// The first token of a sentence after the connectives and sentence adverbs that open it
/// ("Ook", "Maar daarna").
fn after_adverbs(lex: &Lexicon, toks: &[Tok<'_>]) -> usize {
    toks.iter()
        .take_while(|t| {
            t.is_word() && (lex.is("leading", &t.lower) || lex.is("sentence-adverbs", &t.lower))
        })
        .count()
}

/// The head noun of a speaker given as a description ("de minister", "De woordvoerder van
/// het ministerie" → "woordvoerder"), lower-cased; `None` for a name ("Jan de Vries", "NASA").
fn description_head(speaker: &str) -> Option<String> {
    let mut words = head(speaker).split(' ');
    let first = words.next()?.to_lowercase();
    if !matches!(first.as_str(), "de" | "het" | "een" | "die" | "deze") {
        return None;
    }
    // Lower-case words only after the article (an adjective may stand before the noun).
    let mut noun = None;
    for w in words {
        if !w.chars().next().is_some_and(char::is_lowercase) {
            return None;
        }
        noun = Some(w);
    }
    noun.map(last_word)
}

/// A number written out, perhaps as a compound of listed ones ("tweehonderd",
/// "vijfentwintig", "driehonderdvijftig").
fn written_number(lex: &Lexicon, w: &str) -> bool {
    if lex.is("numbers", w) {
        return true;
    }
    // (Each step strips a listed number from the end, so a word of n letters takes at most
    // n steps of a short list.)
    w.len() <= 40
        && [
            "honderd", "duizend", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig",
            "tachtig", "negentig", "tien", "elf", "twaalf", "dertien", "veertien", "vijftien",
        ]
        .iter()
        .any(|e| {
            w.strip_suffix(e).is_some_and(|rest| {
                let rest = rest
                    .strip_suffix("en")
                    .or_else(|| rest.strip_suffix("ën"))
                    .filter(|r| !r.is_empty())
                    .unwrap_or(rest);
                !rest.is_empty() && written_number(lex, rest)
            })
        })
}

/// Whether a finite verb is plural: the "-en" forms and "zijn" ("De boeren zijn boos").
fn plural_verb(lower: &str) -> bool {
    lower.ends_with("en") || lower == "zijn"
}

/// A plural verb after a group opening a sentence, with the monosyllables in "-aan" ("Boeren
/// slaan alarm", "Artsen staan klaar").
fn plural_opener_verb(lower: &str) -> bool {
    plural_verb(lower) || lower.ends_with("aan")
}

fn last_word(name: &str) -> String {
    name.rsplit([' ', '-'])
        .next()
        .unwrap_or(name)
        .to_lowercase()
}

impl Registry {
    /// Records the initials of each name of two capitalised words or more in `s` (small
    /// words between them are skipped: "Centrum voor Cybersecurity België" is "CCB"; a
    /// service's "-dienst" counts too: "Veiligheidsdienst" is "VD"). The first name wins; a
    /// person's name has none.
    fn name_initials(&mut self, lex: &Lexicon, s: &Sent<'_>) {
        let toks = &s.toks;
        let mut k = 0;
        while k < toks.len() {
            let cap = |j: usize| {
                toks.get(j).is_some_and(|t| {
                    t.is_word() && !t.quoted && t.capitalised() && !t.acronym() && j > 0
                })
            };
            if !cap(k) {
                k += 1;
                continue;
            }
            let a = k;
            // Each word's initials: its first letter, or also its parts' ("Sociaal-Economische
            // Raad" SER, "Centraal Planbureau" CPB, "Werkgeversvereniging" WV).
            let mut options: Vec<Vec<String>> = Vec::new();
            let mut e = k;
            loop {
                if cap(e) {
                    let t = &toks[e];
                    let first: String = t.text.chars().take(1).collect();
                    let mut parts = first.clone();
                    for part in t.text.split('-').skip(1) {
                        parts.extend(part.chars().next().map(|c| c.to_ascii_uppercase()));
                    }
                    if !t.lower.contains('-')
                        && let Some(tail) = compound_tail(lex, &t.lower)
                    {
                        parts.extend(tail.chars().next().map(|c| c.to_ascii_uppercase()));
                    }
                    options.push(if parts == first {
                        vec![first]
                    } else {
                        vec![first, parts]
                    });
                    e += 1;
                    // ("Inlichtingen- en Veiligheidsdienst": a first half's hyphen.)
                    if toks.get(e).is_some_and(|t| t.is('-')) && toks[e].b0 == toks[e - 1].b1 {
                        e += 1;
                    }
                } else if toks.get(e).is_some_and(|t| {
                    t.is_word() && matches!(t.lower.as_str(), "voor" | "van" | "en" | "de" | "der")
                }) && (cap(e + 1)
                    // ("Centraal Bureau voor de Statistiek": a preposition and its article.)
                    || toks.get(e + 1).is_some_and(|t| {
                        t.is_word() && matches!(t.lower.as_str(), "de" | "het")
                    }) && cap(e + 2))
                {
                    e += 1;
                } else {
                    break;
                }
            }
            let words = options.len();
            // (Not a person's: "Piet Verhoef" is no "PV".)
            // (At most 64 spellings: a name of six words with parts.)
            if (2..=8).contains(&words) && !lex.first_name(&toks[a].lower) {
                let name = join(&toks[a..e], s.input.text);
                let mut spellings = vec![String::new()];
                for o in &options {
                    if spellings.len() * o.len() > 64 {
                        spellings.iter_mut().for_each(|x| x.push_str(&o[0]));
                        continue;
                    }
                    spellings = spellings
                        .iter()
                        .flat_map(|x| o.iter().map(move |y| format!("{x}{y}")))
                        .collect();
                }
                for initials in spellings {
                    if initials.chars().count() >= 2 {
                        self.initials
                            .entry(initials)
                            .or_insert_with(|| name.clone());
                    }
                }
            }
            k = e.max(k + 1);
        }
    }

    fn build(lex: &Lexicon, docs: &[Sent<'_>]) -> Registry {
        let mut r = Registry::default();
        let mut bodies: std::collections::HashSet<String> = Default::default();
        for (i, s) in docs.iter().enumerate() {
            let p = NpParser {
                lex,
                toks: &s.toks,
                text: s.input.text,
            };
            if s.toks.len() > 1
                && matches!(s.toks[0].lower.as_str(), "hij" | "zij")
                && s.toks[1].is_word()
                // A bounded look back: a document of such sentences stays linear.
                && let Some(&(_, e)) = r
                    .mentions
                    .iter()
                    .rev()
                    .take_while(|&&(at, _)| i - at <= 5)
                    .take(64)
                    .find(|&&(_, e)| r.entities[e].person && r.entities[e].full.contains(' '))
            {
                r.pronoun_subjects.push((i, e));
            }
            r.name_initials(lex, s);
            // Acronym definitions: "… Nationale Leger’ (LNA)", "De Onderzoeksraad voor
            // Veiligheid (OVV)" (a pass of its own: the name's phrase may hold the brackets).
            for k in 0..s.toks.len() {
                if s.toks[k].is('(')
                    && let Some(a) = s.toks.get(k + 1)
                    && s.toks.get(k + 2).is_some_and(|t| t.is(')'))
                    && a.text.chars().count() >= 2
                    && a.text.chars().all(|c| c.is_uppercase())
                {
                    let mut b = k;
                    while b > 0 && k - b < 8 {
                        let t = &s.toks[b - 1];
                        // ("Sociaal en Cultureel Planbureau", "Bureau voor de Statistiek":
                        // small words inside the name.)
                        let inside = b >= 2
                            && b < k
                            && matches!(t.lower.as_str(), "voor" | "van" | "en" | "de" | "der")
                            && (p.name_like(b - 2)
                                || b >= 3
                                    && matches!(s.toks[b - 2].lower.as_str(), "voor" | "van")
                                    && p.name_like(b - 3));
                        if matches!(t.kind, Tk::Quote(_)) || p.name_like(b - 1) || inside {
                            b -= 1;
                        } else {
                            break;
                        }
                    }
                    while b < k
                        && !s.toks[b].capitalised()
                        && !matches!(s.toks[b].kind, Tk::Quote(_))
                    {
                        b += 1;
                    }
                    let expansion = join(&s.toks[b..k], s.input.text);
                    if expansion.contains(' ') {
                        r.acronyms.insert(a.text.to_string(), expansion);
                    }
                }
            }
            let mut k = 0;
            let mut described: Option<(usize, Option<String>, Option<String>)> = None;
            while k < s.toks.len() {
                let starts = s.toks[k].is_word()
                    && (p.name_like(k)
                        || lex.is("determiners", &s.toks[k].lower)
                        || lex.speaker_noun(&s.toks[k].lower)
                        // ("Oekraïens president Zelensky": the nation is in the role.)
                        || p.nationality(k));
                let np = starts.then(|| p.parse(k, false)).flatten();
                // "Een woordvoerder van de Guardia Civil, Luis Ortega, …": a description the
                // name after its comma is in apposition to gives the name its role ("De
                // woordvoerder zei" later).
                if let Some(d) = np.as_ref().filter(|d| {
                    d.name.is_none()
                        && d.noun.is_some()
                        && s.toks.get(d.t1).is_some_and(|t| t.is(','))
                }) {
                    described = Some((d.t1, d.noun.clone(), d.organisation.clone()));
                }
                // ("waarschuwde Blinken Netanyahu dat": the subject alone.)
                let np = np.map(|mut np| {
                    if let Some((a, b)) = np.name
                        && r.merged_pair(lex, &s.toks, (a, b))
                    {
                        np.name = Some((a, a + 1));
                        np.phrase = s.toks[a].text.to_string();
                        np.t1 = a + 1;
                    }
                    np
                });
                if let Some(np) = np
                    && let Some((a, b)) = np.name
                {
                    let in_pp = k > 0
                        && s.toks[k - 1].is_word()
                        && matches!(
                            s.toks[k - 1].lower.as_str(),
                            "in" | "op"
                                | "van"
                                | "naar"
                                | "uit"
                                | "met"
                                | "bij"
                                | "voor"
                                | "tegen"
                                | "over"
                                | "door"
                                | "aan"
                                | "tot"
                                | "om"
                                | "en"
                                | "of"
                        );
                    // ("Orkaan Bertha trok over Jamaica": a storm's name is nobody's.)
                    let thing = lex.is("thing-titles", &s.toks[a].lower)
                        || a > 0
                            && s.toks[a].is(',')
                            && lex.is("thing-titles", &s.toks[a - 1].lower);
                    if !in_pp && !s.toks[a].quoted && !thing {
                        // It opens the sentence: first, after connectives and sentence
                        // adverbs ("Ook Anne Jansen, directeur van de school, is …"), or in
                        // apposition to a description that does ("De directeur van de
                        // school, Anne Jansen, reageert …").
                        let adverbs = after_adverbs(lex, &s.toks) >= k;
                        let apposed = k >= 3
                            && s.toks[k - 1].is(',')
                            && !s.toks[0].quoted
                            && p.parse(0, false).is_some_and(|d| {
                                d.t1 == k - 1 && d.noun.is_some() && d.name.is_none()
                            });
                        let opens = adverbs || apposed;
                        r.subjects.push(Subject {
                            sentence: i,
                            paragraph: s.input.paragraph,
                            name: np.phrase.clone(),
                            // Or opens the sentence before a relative clause or an
                            // apposition ("Wout van Aert, die …, was onder de indruk").
                            // (Not before a name: "Organisator van X, Glenn Beense, zegt".)
                            // "Peder Kongshaug (22) won …": an age or a party in
                            // brackets after the name.
                            // Not a list's item: "gehad met Peter Winnen, Steven Rooks en
                            // Maarten Ducrot".
                            clause: !(k > 0 && s.toks[k - 1].is(',') && !opens)
                                && s.toks.get(past_brackets(&s.toks, np.t1)).is_some_and(|t| {
                                    t.is_word() && !matches!(t.lower.as_str(), "en" | "of")
                                    // Nor a fronted object's or phrase's: "… leermeester Louis
                                    // van Gaal hamerde hij op discipline".
                                    && !s.toks.get(np.t1 + 1).is_some_and(|n| {
                                        matches!(
                                            n.lower.as_str(),
                                            "hij" | "zij" | "ze" | "ik" | "wij" | "we" | "jij"
                                        )
                                    })
                                    // Or a dash ("Maar Milosevic - de manager - weet").
                                    || opens
                                        && (t.is(',') || t.is('-') || t.is('–'))
                                        && s.toks
                                            .get(np.t1 + 1)
                                            .is_some_and(|n| n.is_word() && !n.capitalised())
                                }),
                            at: k,
                            opens,
                        });
                    }
                    let words = b - a;
                    let (role, organisation) = match &described {
                        Some((c, Some(noun), org))
                            if np.role.is_none() && c + 1 == k && words >= 2 =>
                        {
                            (Some(noun.clone()), np.organisation.clone().or(org.clone()))
                        }
                        _ => (np.role.clone(), np.organisation.clone()),
                    };
                    if words >= 2 || np.role.is_some() {
                        // A body's role makes a body: "de krant The Guardian"; so does a body
                        // noun opening or closing the name ("Internationaal Monetair Fonds",
                        // "Onderzoeksraad voor Veiligheid").
                        let body_word = |t: &Tok<'_>| t.text.len() >= 4 && lex.body_noun(&t.lower);
                        // (Surnames end like bodies: "Ruud Kamphuis", "Anja Kerkhof", "Piet
                        // Brouwer"; "het Witte Huis" is one.)
                        let surname = |t: &Tok<'_>| {
                            t.lower == "brouwer"
                                || ["huis", "hof"]
                                    .iter()
                                    .any(|e| t.lower.len() > e.len() && t.lower.ends_with(e))
                        };
                        // (Nor is a work's title: "haar nieuwe album Glass Houses", "zijn
                        // film, Quiet Harbour".)
                        let work = |w: &Tok<'_>| lex.is("thing-titles", &w.lower);
                        let titled = a > 0 && work(&s.toks[a - 1])
                            || a > 1 && s.toks[a - 1].is(',') && work(&s.toks[a - 2])
                            || np
                                .role
                                .as_deref()
                                .is_some_and(|r| lex.is("thing-titles", &last_word(r)));
                        // ("FC Twente", "SC Heerenveen", "AC Milan": a club's prefix.)
                        let club = words >= 2
                            && s.toks[a].acronym()
                            && lex.is("club-prefixes", &s.toks[a].lower);
                        // ("Pogačar heeft zijn vierde Tour de France gewonnen": what someone
                        // has is no person, unless a role that is no adjective says who: "zijn
                        // vrouw Anna", "zijn Marokkaanse ambtgenoot Ahmed Bensaid".)
                        let owned = matches!(s.toks[k].lower.as_str(), "zijn" | "haar" | "hun")
                            && np
                                .role
                                .as_deref()
                                .is_none_or(|r| r.split(' ').all(|w| w.ends_with('e')));
                        let person = (a == k || np.role.is_some())
                            && !owned
                            && !titled
                            && !club
                            && !np.role.as_deref().is_some_and(|r| body_role(lex, r))
                            && !(words >= 2
                                && (body_word(&s.toks[a])
                                    || body_word(&s.toks[b - 1]) && !surname(&s.toks[b - 1])));
                        let titled = person
                            && role.as_deref().is_some_and(|r| {
                                lex.person_noun(&last_word(head(r)).to_lowercase())
                            });
                        // ("De rechtbank Den Haag … De rechtbank oordeelde": the court.)
                        let full = unit_start(lex, &s.toks, (a, b), np.role.as_deref())
                            .map(|from| join(&s.toks[from..b], s.input.text));
                        let full = full.as_deref().unwrap_or(&np.phrase);
                        r.add(i, full, role, organisation, person, titled);
                    }
                    k = np.t1.max(k + 1);
                    continue;
                }
                k += 1;
            }
            // "Willem II-trainer John Stegeman": the name before a role's hyphen is a body
            // (a club, a party), whatever it looks like later ("Willem II staat zesde").
            for (k, t) in s.toks.iter().enumerate() {
                if p.role_compound(k)
                    && let Some((prefix, _)) = t.text.rsplit_once('-')
                    && prefix.chars().next().is_some_and(char::is_uppercase)
                {
                    let mut b = k;
                    while b > 0 && k - b < 3 && p.name_like(b - 1) {
                        b -= 1;
                    }
                    let mut name = join(&s.toks[b..k], s.input.text);
                    if !name.is_empty() {
                        name.push(' ');
                    }
                    name.push_str(prefix);
                    bodies.insert(name);
                }
            }
        }
        for e in &mut r.entities {
            if bodies.contains(&e.full) {
                e.person = false;
            }
        }
        r
    }

    fn add(
        &mut self,
        sentence: usize,
        full: &str,
        role: Option<String>,
        org: Option<String>,
        person: bool,
        titled: bool,
    ) {
        let last = last_word(full);
        // A shorter or longer variant of a name seen before is that person
        // ("Recep Erdogan" / "Recep Tayyip Erdogan", "De Mol" / "John de Mol").
        let id = match self.by_full.get(full) {
            Some(&id) => id,
            None => {
                let lower = full.to_lowercase();
                let known = self.by_last.get(&last).and_then(|v| {
                    v.iter().rev().map(|&(_, e)| e).find(|&e| {
                        // Whole words: "Jan Jansen" is not "Piet Jansen" ("jan" is in
                        // "jansen").
                        let other = self.entities[e].full.to_lowercase();
                        let has = |a: &str, w: &str| a.split(' ').any(|x| x == w);
                        lower.split(' ').all(|w| has(&other, w))
                            || other.split(' ').all(|w| has(&lower, w))
                    })
                });
                match known {
                    Some(e) => {
                        if full.split(' ').count() > self.entities[e].full.split(' ').count() {
                            self.entities[e].full = full.to_string();
                        }
                        self.by_full.insert(full.to_string(), e);
                        e
                    }
                    None => {
                        self.entities.push(Entity {
                            full: full.to_string(),
                            role: None,
                            organisation: None,
                            person: true,
                            titled: false,
                        });
                        let e = self.entities.len() - 1;
                        self.by_full.insert(full.to_string(), e);
                        e
                    }
                }
            }
        };
        let e = &mut self.entities[id];
        e.person &= person;
        e.titled |= titled;
        if e.role.is_none() {
            e.role = role;
        }
        if e.organisation.is_none() {
            e.organisation = org;
        }
        let list = self.by_last.entry(last).or_default();
        if list.last().is_none_or(|&(s, x)| (s, x) != (sentence, id)) {
            list.push((sentence, id));
        }
        if let Some((first, _)) = full.split_once(' ') {
            let list = self.by_first.entry(first.to_lowercase()).or_default();
            if list.last().is_none_or(|&(s, x)| (s, x) != (sentence, id)) {
                list.push((sentence, id));
            }
        }
        self.mentions.push((sentence, id));
    }

    /// The entity a one-word name refers to: the last mention with that surname at or before
    /// `sentence`, else the first after it.
    fn by_surname(&self, name: &str, sentence: usize) -> Option<&Entity> {
        let lower = name.to_lowercase();
        // A surname first; else a first name of someone named in full ("Pierre").
        let list = self
            .by_last
            .get(&lower)
            .or_else(|| self.by_first.get(&lower))?;
        let at = list.partition_point(|&(s, _)| s <= sentence);
        let pick = if at > 0 { list[at - 1] } else { *list.first()? };
        Some(&self.entities[pick.1])
    }

    /// "waarschuwde Blinken Netanyahu dat": two surnames after a verb, the inverted subject
    /// and the one addressed, not one name. The first is the surname of someone named in
    /// full before (not a first name: "vertelde Jan Smit dat").
    fn merged_pair(&self, lex: &Lexicon, toks: &[Tok<'_>], (a, b): (usize, usize)) -> bool {
        b == a + 2
            && a > 0
            && toks[a - 1].is_word()
            && !toks[a - 1].capitalised()
            && !toks[a - 1].quoted
            && (lex.forms.contains_key(&toks[a - 1].lower)
                || lex.is("dative-verbs", &toks[a - 1].lower))
            && !lex.first_name(&toks[a].lower)
            && !lex.is("name-particles", &toks[a].lower)
            && toks[a + 1].capitalised()
            && !toks[a + 1].acronym()
            // (The last 64 mentions: a document that names one surname in every sentence
            // stays linear.)
            && self.by_last.get(&toks[a].lower).is_some_and(|v| {
                v.iter().rev().take(64).any(|&(_, e)| {
                    let full = &self.entities[e].full;
                    full.contains(' ') && !full.to_lowercase().ends_with(&toks[a + 1].lower)
                })
            })
    }

    /// The one person named in full (a known first name and a surname) in `sentence`, when
    /// no other entity with a first name is named there.
    fn only_person_in(&self, sentence: usize) -> Option<&str> {
        let from = self.mentions.partition_point(|m| m.0 < sentence);
        let to = self.mentions.partition_point(|m| m.0 <= sentence);
        // (A bounded look: a sentence of many mentions costs no scan per pronoun.)
        let mut people = self.mentions[from..to]
            .iter()
            .take(64)
            .map(|&(_, e)| &self.entities[e])
            .filter(|e| e.person && e.full.contains(' '));
        let first = people.next()?;
        people
            .all(|e| e.full == first.full)
            .then_some(first.full.as_str())
    }

    /// The names outside a prepositional phrase before `sentence`, in order.
    fn subjects_before(&self, sentence: usize) -> &[Subject] {
        let at = self.subjects.partition_point(|s| s.sentence < sentence);
        &self.subjects[..at]
    }

    /// The last name outside a prepositional phrase before `sentence`.
    fn subject_before(&self, sentence: usize) -> Option<&Subject> {
        self.subjects_before(sentence).last()
    }

    /// In the sentence of `s`, the first name before it that opens a clause and that `ok`
    /// takes, else `s`: the subject, not the object named after it ("Tyrone Baker schoot
    /// Marcus Hill dood", "Willem-Alexander bezocht maandag Kerkrade"). `before` are the
    /// subjects before a later sentence.
    fn opener<'r>(
        before: &'r [Subject],
        s: &'r Subject,
        ok: impl Fn(&Subject) -> bool,
    ) -> &'r Subject {
        before
            .iter()
            .rev()
            .take(64)
            .skip_while(|o| o.sentence > s.sentence)
            .take_while(|o| o.sentence == s.sentence)
            .filter(|o| o.opens && o.clause && o.at < s.at && ok(o))
            .last()
            .unwrap_or(s)
    }

    /// The last name of a person named in full (two words or more, registered; or the surname
    /// of one named so before) outside a prepositional phrase after sentence `after` (if any)
    /// and before `sentence`, or opening it before token `token`: (sentence, paragraph, name).
    fn full_subject_between(
        &self,
        after: Option<usize>,
        sentence: usize,
        token: usize,
    ) -> Option<(usize, usize, &str)> {
        let before = self.subjects_before(sentence);
        // In the sentence itself only the subject that opens it, not a name in a phrase
        // before the pronoun ("Bij interviewer Giedo van der Garde sprak hij zich uit").
        let opening = self
            .subjects
            .get(before.len())
            .filter(|s| s.sentence == sentence && s.opens && s.at < token);
        opening
            .into_iter()
            .chain(before.iter().rev())
            .take_while(|s| after.is_none_or(|a| s.sentence > a))
            .take(64)
            // In full, or by the surname of someone named in full before ("Milosevic").
            .find(|s| self.subject_person(s, &|_| false).is_some())
            // In that sentence, the person whose name opens it, not the object named after
            // ("Tyrone Baker schoot Marcus Hill dood. Hij verklaarde …" is Tyrone Baker).
            .map(|s| Self::opener(before, s, |o| self.subject_person(o, &|_| false).is_some()))
            .map(|s| (s.sentence, s.paragraph, s.name.as_str()))
    }

    /// The last person named in full who is a clause's subject (by name, or as "Hij" opening
    /// a sentence) in the `reach` sentences before `sentence`: (sentence, full name).
    /// A one-word name counts when `known` says the document quoted it before ("reageert
    /// Wennink … Maar Wennink ziet geen probleem. „…”").
    fn person_subject_before<'a>(
        &'a self,
        sentence: usize,
        reach: usize,
        known: impl Fn(&str) -> bool,
    ) -> Option<(usize, &'a str)> {
        let person = |s: &'a Subject| self.subject_person(s, &known);
        let before = self.subjects_before(sentence);
        let mut named = before
            .iter()
            .rev()
            .take_while(|s| sentence - s.sentence <= reach)
            .take(64)
            .filter(|s| s.clause)
            .find_map(|s| Some((s.sentence, person(s)?)));
        // In that sentence, the subject that opens it rather than a name in a relative
        // clause ("Wout van Aert, die … voor Jonas Vingegaard reed, was onder de indruk").
        if let Some((at, _)) = named
            && let Some(first) = before
                .iter()
                .rev()
                .take(64)
                .skip_while(|s| s.sentence > at)
                .take_while(|s| s.sentence == at)
                .find(|s| s.opens && s.clause)
                .and_then(person)
        {
            named = Some((at, first));
        }
        let at = self
            .pronoun_subjects
            .partition_point(|&(s, _)| s < sentence);
        let pronoun = self.pronoun_subjects[..at]
            .last()
            .filter(|&&(s, _)| sentence - s <= reach)
            .map(|&(s, e)| (s, self.entities[e].full.as_str()));
        match (named, pronoun) {
            (Some(n), Some(p)) => Some(if p.0 > n.0 { p } else { n }),
            (n, p) => n.or(p),
        }
    }

    /// The full name of the person subject `s` names, or the name itself when `known`.
    fn subject_person<'a>(
        &'a self,
        s: &'a Subject,
        known: &impl Fn(&str) -> bool,
    ) -> Option<&'a str> {
        if !s.name.contains(' ') && known(&s.name) {
            return Some(s.name.as_str());
        }
        let e = if s.name.contains(' ') {
            self.by_full.get(&s.name).copied()
        } else {
            self.by_last
                .get(&s.name.to_lowercase())
                .and_then(|v| v.iter().rev().find(|&&(at, _)| at <= s.sentence))
                .map(|&(_, e)| e)
        }?;
        let e = &self.entities[e];
        // ("Staatssecretaris Hoekstra": a surname with a person's role is a person too.)
        (e.person && (e.full.contains(' ') || e.titled)).then_some(e.full.as_str())
    }

    /// The bodies named with a role in the `reach` sentences before and at `sentence`, also
    /// inside a phrase ("een fabriek van het chemieconcern Norvachem"), the last first:
    /// (sentence, name).
    fn bodies_named(&self, sentence: usize, reach: usize) -> impl Iterator<Item = (usize, &str)> {
        let at = self.mentions.partition_point(|&(s, _)| s <= sentence);
        self.mentions[..at]
            .iter()
            .rev()
            .take_while(move |&&(s, _)| sentence - s <= reach)
            .take(64)
            .map(|&(s, e)| (s, &self.entities[e]))
            .filter(|(_, e)| !e.person && e.role.is_some())
            .map(|(s, e)| (s, e.full.as_str()))
    }

    /// A body named in the `reach` sentences before `sentence` whose name has `noun` for a
    /// word ("de Universiteit van Amsterdam" for "de universiteit"), the last first.
    fn body_with_word(&self, sentence: usize, reach: usize, noun: &str) -> Option<&str> {
        let at = self.mentions.partition_point(|&(s, _)| s < sentence);
        self.mentions[..at]
            .iter()
            .rev()
            .take_while(|&&(s, _)| sentence - s <= reach)
            .take(64)
            .map(|&(_, e)| &self.entities[e])
            .find(|e| {
                e.full.contains(' ')
                    && e.full
                        .split(' ')
                        .any(|w| w.starts_with(char::is_uppercase) && w.to_lowercase() == noun)
            })
            .map(|e| e.full.as_str())
    }

    /// The entities named up to `sentence`, the last first (at most 64 mentions back).
    fn recent(&self, sentence: usize) -> impl Iterator<Item = &Entity> {
        let at = self.mentions.partition_point(|&(s, _)| s <= sentence);
        self.mentions[..at]
            .iter()
            .rev()
            .take(64)
            .map(|&(_, e)| &self.entities[e])
    }

    /// The last person whose role is `noun` of `portfolio` ("de schepen van Mobiliteit",
    /// "de minister van Justitie": "Minister van Justitie Dilan Yesilgöz").
    fn by_office(&self, noun: &str, portfolio: &str, sentence: usize) -> Option<&Entity> {
        let office = format!("{noun} van {}", portfolio.to_lowercase());
        self.recent(sentence).find(|e| {
            e.role
                .as_deref()
                .is_some_and(|r| r.to_lowercase().ends_with(&office))
        })
    }

    /// The last entity named before `sentence` whose role ends in `noun` ("de expert").
    fn by_role(&self, lex: &Lexicon, noun: &str, sentence: usize) -> Option<&Entity> {
        self.recent(sentence).find(|e| {
            e.role.as_deref().is_some_and(|r| {
                let last = last_word(head(r));
                last_word(r).ends_with(noun)
                    || last == noun
                    || lex.is("chief-executives", noun) && lex.is("chief-executives", &last)
                    || lex.same_role(noun, &last)
                    || masculine_form(noun).is_some_and(|m| last_word(r).ends_with(&m))
            })
        })
    }

    /// The last name that is a clause's subject or stands alone in the `reach` sentences
    /// before and at `sentence` and names a body, not a person: an acronym ("ASML"), or a
    /// name registered as no person ("De Lijn"), for "het bedrijf", "de omroep": (sentence,
    /// name).
    /// `ok` may rule out a candidate (one later in the sentence of the mention).
    fn body_before(
        &self,
        sentence: usize,
        reach: usize,
        ok: impl Fn(&Subject) -> bool,
    ) -> Option<(usize, &str)> {
        self.subjects_before(sentence + 1)
            .iter()
            .rev()
            .take_while(|s| sentence - s.sentence <= reach)
            .take(64)
            .filter(|s| ok(s))
            .find(|s| {
                // ("LTO Nederland", "FNV Jong": a name with an acronym for a word.)
                let acronym = s.name.chars().filter(|c| c.is_uppercase()).count() >= 2
                    && !s.name.contains(' ')
                    || s.name.contains(' ')
                        && s.name
                            .split(' ')
                            .any(|w| w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase()));
                acronym
                    || self
                        .by_full
                        .get(&s.name)
                        .is_some_and(|&e| !self.entities[e].person)
            })
            .map(|s| (s.sentence, s.name.as_str()))
    }
}

// ---------------------------------------------------------------------------------------
// Finding claims

/// A speaker resolved against the document.
#[derive(Debug, Clone)]
struct Resolved {
    speaker: String,
    mention: String,
    role: Option<String>,
    organisation: Option<String>,
    /// How sure the resolution is.
    factor: f64,
    /// A named person (not "de politie", not an acronym): what "hij" can refer to.
    person: bool,
}

impl Resolved {
    /// A phrase that is its own speaker, as written ("Foto AP", "het bordje aan de ingang"):
    /// no role, no organisation, no person.
    fn as_written(phrase: &str) -> Self {
        Resolved {
            speaker: phrase.to_string(),
            mention: phrase.to_string(),
            role: None,
            organisation: None,
            factor: 1.0,
            person: false,
        }
    }
}

struct Finder<'a, 's> {
    lex: &'static Lexicon,
    docs: &'a [Sent<'s>],
    registry: &'a Registry,
    out: Vec<(usize, Suggestion)>,
    /// Per suggestion of `out`: a report nested in a quotation, kept beside the quotation's own.
    nested: Vec<bool>,
    /// Per suggestion of `out`: its claim's byte range in the sentence (its text is cut at
    /// the end, for the suggestions kept).
    bytes: Vec<(usize, usize)>,
    /// Per sentence: the comma after a fronted subordinate clause ([`fronted_subordinate`]),
    /// found once, not per cue.
    fronted: Vec<Option<usize>>,
    /// Per sentence, per token: where a claim starting there ends, and where its clause
    /// starts ([`clause_breaks`]).
    breaks: Vec<[Vec<u32>; 3]>,
    /// Per sentence, per token: where its clause starts ([`clause_starts`]).
    starts: Vec<[Vec<u32>; 2]>,
    /// The last speaker suggested, with its sentence and paragraph.
    last_speaker: Option<(usize, usize, Resolved)>,
    /// The last speaker that can be a body, and its sentence.
    last_body: Option<(usize, Resolved)>,
    /// The last speaker that is a named person, likewise.
    last_person: Option<(usize, usize, Resolved)>,
    /// Per sentence: who a quotation in it was attributed to, with the cue.
    quote_speaker: Vec<Option<(Resolved, String)>>,
    /// Per sentence: whether it has a suggestion.
    has: Vec<bool>,
    /// Named people a "hij" or "zij" was suggested for: whether she is a woman ("Zij
    /// verklaarde …, maar volgens hem …" is not her twice).
    genders: HashMap<String, bool>,
    /// Per sentence: whether it answers ("antwoordde", "reageert"), and where it asks
    /// ("vroeg"), found once for [`Finder::asked`], not per pronoun.
    answers: Vec<bool>,
    asking: Vec<Option<usize>>,
    /// Per sentence: its first unquoted `dat` or subordinator, found once (a description's
    /// antecedent in its own sentence comes before it), not per mention.
    subordinate: Vec<Option<usize>>,
    /// Per sentence ([`indefinites`]): each noun brought in by `een`, found once for
    /// [`Finder::brought_in`], not per description.
    indefinites: Vec<Indefinites>,
}

/// A sentence's nouns after `een` and adjectives in -e ("een nieuwe chirurg"): per noun, in
/// order, each position and, up to it, the fewest words from `een` to a noun.
type Indefinites = HashMap<String, Vec<(usize, usize)>>;

fn indefinites(toks: &[Tok<'_>]) -> Indefinites {
    let mut out: Indefinites = HashMap::new();
    for (j, t) in toks.iter().enumerate() {
        // (Four adjectives at most: more are never asked for.)
        let Some(b) = (1..=j.min(5)).find(|&b| {
            toks[j - b].lower == "een" && toks[j - b + 1..j].iter().all(|a| a.lower.ends_with('e'))
        }) else {
            continue;
        };
        let list = out.entry(t.lower.clone()).or_default();
        let fewest = list.last().map_or(b, |&(_, f)| f.min(b));
        list.push((j, fewest));
    }
    out
}

impl<'a, 's> Finder<'a, 's> {
    fn parser(&self, i: usize) -> NpParser<'static, 's, 'a> {
        let s: &'a Sent<'s> = &self.docs[i];
        NpParser {
            lex: self.lex,
            toks: &s.toks,
            text: s.input.text,
        }
    }

    /// A speaker's gender where a word says it: the role's head ("koningin", "Mevrouw") or
    /// a description's head ("Zijn moeder"); `Some(true)` for a woman. Names are not read.
    fn gender(&self, r: &Resolved) -> Option<bool> {
        let first = r.speaker.split(' ').next().unwrap_or("").to_lowercase();
        let described = self.lex.is("determiners", &first);
        let words = r.role.iter().flat_map(|role| head(role).split(' ')).chain(
            described
                .then(|| head(&r.speaker).split(' '))
                .into_iter()
                .flatten(),
        );
        for w in words.map(last_word) {
            if self.lex.ends_in("feminine", &w) {
                return Some(true);
            }
            if self.lex.ends_in("masculine", &w) {
                // ("Topman Lisa Hartog", "zakenman Anna Smit": a compound in "-man" is the
                // office's word for a woman too; her first name says.)
                if !self.lex.is("masculine", &w)
                    && !described
                    && r.speaker.contains(' ')
                    && self.lex.is("feminine-names", &first)
                {
                    return Some(true);
                }
                return Some(false);
            }
        }
        // A full name by its first name ("Anna de Vries", "Tony Snow").
        if !described && r.person && r.speaker.contains(' ') {
            if self.lex.is("feminine-names", &first) {
                return Some(true);
            }
            if self.lex.is("masculine-names", &first) {
                return Some(false);
            }
        }
        self.genders.get(&r.speaker).copied()
    }

    /// [`Self::resolve`] for a name registered earlier (a pronoun's antecedent).
    fn resolve_name(&self, i: usize, name: &str) -> Option<Resolved> {
        self.resolve(
            i,
            &Np {
                name: Some((0, name.split(' ').count())),
                phrase: name.to_string(),
                ..Default::default()
            },
        )
    }

    /// A description of a body whose head ends in `noun`, with an article and no name
    /// after it, in the sentence before `i` ("de Russische olympische bond"), as written.
    fn described_body(&self, i: usize, noun: &str) -> Option<String> {
        let s = &self.docs[i.checked_sub(1)?];
        let toks = &s.toks;
        // (The first 64 tokens: a description's place; no scan of a long sentence per
        // mention.)
        let h = toks.iter().take(64).position(|t| {
            t.is_word() && !t.quoted && !t.capitalised() && t.lower.ends_with(noun)
        })?;
        if toks
            .get(h + 1)
            .is_some_and(|t| t.is_word() && t.capitalised())
        {
            return None;
        }
        let a = (h.saturating_sub(3)..h)
            .rev()
            .find(|&a| matches!(toks[a].lower.as_str(), "de" | "het"))?;
        // ("het ministerie van Justitie": with the name of whose it is.)
        let end = if toks.get(h + 1).is_some_and(|t| t.lower == "van") {
            self.parser(i - 1)
                .organisation(h + 2, toks.len().min(h + 2 + NP_MAX))
                .filter(|&(_, e)| toks[h + 2..e].iter().any(|t| t.capitalised()))
                .map_or(h + 1, |(_, e)| e)
        } else {
            h + 1
        };
        // (Not a bare "het bedrijf", itself pointing back.)
        (toks[a + 1..h]
            .iter()
            .all(|t| t.is_word() && (t.lower.ends_with('e') || t.capitalised()))
            && (a + 1 < h || toks[h].lower != noun || end > h + 1))
            .then(|| join(&toks[a..end], s.input.text))
    }

    /// When sentence `i` answers ("antwoordde", "reageerde"), the person named right after
    /// "vroeg" in the sentence before ("Een verslaggever vroeg president Gustavo Pereira of
    /// …"): who answers.
    fn asked(&self, i: usize) -> Option<Resolved> {
        if !self.answers[i] || i == 0 {
            return None;
        }
        let toks = &self.docs[i - 1].toks;
        let v = self.asking[i - 1]?;
        // The object right after the verb (not the subject after an inverted one: "Toen
        // vroeg Jansen …" has no "of" right after a name and a role).
        let np = self.parser(i - 1).parse(v + 1, true)?;
        if toks
            .get(v + 1)
            .is_some_and(|t| self.lex.is("pronouns", &t.lower))
        {
            return None;
        }
        if !toks
            .get(np.t1)
            .is_some_and(|t| matches!(t.lower.as_str(), "of" | "waarom" | "wanneer" | "hoe"))
        {
            return None;
        }
        match np.name {
            Some((a, b)) => self.resolve_name(i, &join(&toks[a..b], self.docs[i - 1].input.text)),
            // "De oppositieleider vroeg de premier of …": the one described.
            None => {
                let noun = np.noun.as_deref()?;
                if !self.lex.person_noun(noun) {
                    return None;
                }
                self.resolve(i - 1, &np).map(|mut r| {
                    r.person = true;
                    r
                })
            }
        }
    }

    /// The person named last (or first) in the sentence before `i`: what "die", "deze" and
    /// "laatstgenoemde" point back to.
    fn latter(&self, i: usize, first: bool) -> Option<Resolved> {
        let before = i.checked_sub(1)?;
        let m = &self.registry.mentions;
        let from = m.partition_point(|&(s, _)| s < before);
        let to = m.partition_point(|&(s, _)| s <= before);
        let mut people = m[from..to]
            .iter()
            .map(|&(_, e)| e)
            .filter(|&e| self.registry.entities[e].person);
        let e = if first {
            people.next()
        } else {
            people.next_back()
        }?;
        self.resolve_name(i, &self.registry.entities[e].full.clone())
    }

    /// A described person (a person noun without a name: "De piloot", "De 45-jarige") as
    /// the subject that opens one of the two sentences before `i`, after sentence `after`,
    /// within a paragraph of `i`'s: the sentence, the person resolved there, and whether
    /// its verb is plural.
    fn described_subject_before(
        &self,
        i: usize,
        after: Option<usize>,
    ) -> Option<(usize, Resolved, bool)> {
        let para = self.docs[i].input.paragraph;
        (i.saturating_sub(2)..i)
            .rev()
            .filter(|&j| after.is_none_or(|a| j > a))
            .take_while(|&j| para - self.docs[j].input.paragraph <= 1)
            .find_map(|j| {
                let (_, r, many) = self
                    .described_opener(j)
                    .or_else(|| self.described_inverted(j))?;
                Some((j, r, many))
            })
    }

    /// A described person, body or group opening sentence `j` as its subject ("De piloot
    /// landde"), not a phrase before a comma or an apposition: where the phrase ends, who, and
    /// whether the verb after it is plural.
    fn described_opener(&self, j: usize) -> Option<(usize, Resolved, bool)> {
        let toks = &self.docs[j].toks;
        // (After a focus word: "Ook de buurtbewoners zijn kritisch. Ze zeggen …".)
        let at = usize::from(toks.first().is_some_and(|t| {
            t.is_word() && matches!(t.lower.as_str(), "ook" | "zelfs" | "vooral" | "juist")
        }));
        // A plural verb after a joint subject: an auxiliary, a common verb, a past plural or
        // a cue ("werden", "bezochten", "zeiden").
        let plural_verb_at = |k: usize| {
            toks.get(k).is_some_and(|t| {
                t.is_word()
                    && !t.quoted
                    && plural_verb(&t.lower)
                    && (self.lex.is("aux", &t.lower)
                        || self.lex.is("verb-forms", &t.lower)
                        || t.lower.ends_with("den")
                        || t.lower.ends_with("ten")
                        || self.lex.forms.contains_key(&t.lower))
            })
        };
        // (Two described people as one subject, for "ze": "De kapitein en de stuurman werden
        // verhoord. Ze verklaarden …".)
        if let Some(np) = self.parse_coord(j, at, false).filter(|np| {
            np.coordinated
                && np.name.is_none()
                && (plural_verb_at(np.t1)
                    || toks.get(np.t1).is_some_and(|t| {
                        t.is_word() && !t.quoted && self.lex.forms.contains_key(&t.lower)
                    }))
                && np.phrase.split(' ').any(|w| {
                    let w = w.to_lowercase();
                    // (Or two people by name: "Luis Ortega en Beatriz Fonseca bezochten …".)
                    self.lex.person_noun(&w) || self.lex.first_name(&w)
                })
        }) {
            let r = self.resolve(j, &np)?;
            return Some((np.t1, r, true));
        }
        let mut np = self.parser(j).parse(at, false)?;
        // "De apothekers in de Kempen kampen met tekorten", "Ouders van zieke kinderen voeren
        // actie": a group's place or whose it is, up to its plural verb.
        if np.name.is_none()
            && !np.coordinated
            && !np.pronoun
            && np.noun.as_deref().is_some_and(|n| self.lex.plural_noun(n))
            && let Some(m) = (np.t1 + 2..toks.len().min(np.t1 + NP_MAX)).find(|&m| {
                // (The verb after a noun or a name, not a noun after its adjective: "Ouders
                // van zieke kinderen voeren".)
                let (t, prev) = (&toks[m], &toks[m - 1]);
                t.is_word()
                    && !t.quoted
                    && !t.capitalised()
                    && plural_opener_verb(&t.lower)
                    && !self.lex.is("function", &t.lower)
                    && prev.is_word()
                    && (prev.capitalised()
                        || !prev.lower.ends_with('e')
                            && !self.lex.is("function", &prev.lower)
                            && !self.lex.is("determiners", &prev.lower))
            })
            && self.pp_tail(j, np.t1, m)
        {
            np = self.with_tail(j, np, m);
        }
        let noun = np.noun.as_deref()?;
        let next = toks.get(np.t1)?;
        // "Twee vulkanologen van het instituut, Luis Ortega en Beatriz Fonseca, bezochten …":
        // the people a plural names in its apposition.
        if next.is(',')
            && np.name.is_none()
            && !np.coordinated
            && self.lex.plural_noun(noun)
            && let Some(names) = self
                .parse_coord(j, np.t1 + 1, false)
                .filter(|c| c.coordinated && c.t1 > np.t1 + 3)
            && toks.get(names.t1).is_some_and(|t| t.is(','))
            && plural_verb_at(names.t1 + 1)
            && names
                .phrase
                .split(' ')
                .any(|w| self.lex.first_name(&w.to_lowercase()))
        {
            let r = self.resolve(j, &names)?;
            return Some((names.t1 + 1, r, true));
        }
        let plural = plural_opener_verb(&next.lower)
            && (!self.lex.is("function", &next.lower) || self.lex.is("aux", &next.lower));
        if np.name.is_some()
            || np.pronoun
            || np.coordinated
            || np.quoted
            || !next.is_word()
            || next.capitalised()
            // (A verb or an auxiliary, not a preposition of a longer phrase.)
            || self.lex.is("function", &next.lower) && !self.lex.is("aux", &next.lower)
            // (Or a body, for "zij": "De politie heeft de straat afgezet. Ze zegt …"; the
            // callers keep a body from "hij".)
            || !(self.lex.person_noun(noun)
                || noun.ends_with("jarige")
                || self.lex.body_noun(noun)
                || self.lex.plural_noun(noun) && plural)
        {
            return None;
        }
        let r = self.resolve(j, &np)?;
        Some((np.t1, r, plural))
    }

    /// A described person as the inverted subject after fronted adverbs ("Dinsdag bezocht de
    /// koning het rampgebied"): where the phrase ends, who, and whether the verb is plural.
    fn described_inverted(&self, j: usize) -> Option<(usize, Resolved, bool)> {
        let toks = &self.docs[j].toks;
        let a = after_adverbs(self.lex, toks);
        let verb = toks.get(a)?;
        let article = toks.get(a + 1)?;
        if a == 0
            || !verb.is_word()
            || verb.quoted
            || verb.capitalised()
            || self.lex.is("function", &verb.lower)
            || self.lex.is("prepositions", &verb.lower)
            || self.lex.is("determiners", &verb.lower)
            || self.lex.is("pronouns", &verb.lower)
            || !matches!(article.lower.as_str(), "de" | "het")
        {
            return None;
        }
        let np = self.parser(j).parse(a + 1, false)?;
        let noun = np.noun.as_deref()?;
        if np.name.is_some() || np.coordinated || np.quoted || !self.lex.person_noun(noun) {
            return None;
        }
        let r = self.resolve(j, &np)?;
        Some((np.t1, r, plural_verb(&verb.lower)))
    }

    fn resolve(&self, i: usize, np: &Np) -> Option<Resolved> {
        let s = &self.docs[i];
        let mention = np.phrase.clone();
        // "Die antwoordde", "Laatstgenoemde zei": the person named last in the sentence
        // before ("zei Keller tegen zijn collega Roth"), "eerstgenoemde" the first.
        let lower = mention.to_lowercase();
        let lower = lower.strip_prefix("de ").unwrap_or(&lower);
        let latter = matches!(lower, "laatstgenoemde" | "eerstgenoemde")
            || np.name.is_none() && matches!(lower, "die" | "deze");
        if latter && let Some(r) = self.latter(i, lower == "eerstgenoemde") {
            return Some(Resolved {
                mention,
                factor: r.factor.min(0.75),
                ..r
            });
        }
        let toks = &self.docs[i].toks;
        if let Some((a, b)) = np.name
            && self.registry.merged_pair(self.lex, toks, (a, b))
        {
            let one = Np {
                name: Some((a, a + 1)),
                phrase: toks[a].text.to_string(),
                t1: a + 1,
                ..np.clone()
            };
            return self.resolve(i, &one);
        }
        // "De Gouverneur riep op", "Volgens de Minister-President": an office capitalised
        // as Caribbean and formal copy writes it is the office ("de gouverneur").
        // (A name registered earlier comes with no tokens of this sentence: its last word
        // must be the token's.)
        if let Some((a, b)) = np.name
            && !np.coordinated
            && toks.get(b.wrapping_sub(1)).is_some_and(|t| {
                np.phrase.ends_with(t.text) && self.lex.is("capitalised-offices", &t.lower)
            })
            && (b == a + 2 && toks[a].lower == "de"
                || b == a + 1 && a > 0 && toks[a - 1].lower == "de"
                // ("De Nederlandse Eurocommissaris": an inflected adjective before it.)
                || b == a + 2
                    && a > 0
                    && toks[a - 1].lower == "de"
                    && toks[a].lower.ends_with("se")
                    && toks[a].lower.chars().count() > 4)
        {
            let office = Np {
                name: None,
                noun: Some(toks[b - 1].lower.clone()),
                phrase: format!("{} {}", toks[b - 2].text, toks[b - 1].text),
                ..np.clone()
            };
            return self.resolve(i, &office);
        }
        // "De telescoop James Webb meldt dat …", "orkaan Bertha": a thing's name says
        // nothing.
        if let Some((a, _)) = np.name
            && a > 0
            && toks[a - 1].is_word()
            && !toks[a - 1].capitalised()
            && self.lex.is("thing-titles", &toks[a - 1].lower)
        {
            return None;
        }
        // "Er zijn bewoners die zeggen dat …": some, nobody in particular.
        if np.name.is_none()
            && !np.pronoun
            && !np.phrase.contains(' ')
            && np.t1 >= 3
            && toks.get(np.t1).is_some_and(|t| t.lower == "die")
            && matches!(
                toks[np.t1 - 2].lower.as_str(),
                "zijn" | "waren" | "is" | "was"
            )
            && toks[np.t1 - 3].lower == "er"
        {
            return None;
        }
        // "Veel mensen denken dat", "Sommigen zeggen": nobody in particular (the guideline's
        // rule 2), unless a phrase after says who ("mensen uit de buurt").
        if !np.coordinated
            && np.phrase.split(' ').all(|w| {
                let w = w.to_lowercase();
                self.lex.is("generic", &w) || self.lex.is("quantifiers", &w)
            })
            && np
                .phrase
                .rsplit(' ')
                .next()
                .is_some_and(|w| self.lex.is("generic", &w.to_lowercase()))
        {
            return None;
        }
        // "Veel reizigers denken dat", "Sommige bewoners zeggen", and inhabitants, "Veel
        // Taiwanezen vrezen dat", "De meeste Japanners vinden dat": the public, quantified
        // (not counted: "Tientallen winkeliers zeggen" is a group that spoke).
        let public = match np.name {
            None => {
                let words: Vec<String> = np.phrase.split(' ').map(str::to_lowercase).collect();
                let q: Vec<&str> = words.iter().map(String::as_str).collect();
                q.len() >= 2
                    && self.lex.is("lay-groups", q[q.len() - 1])
                    && self.public_quantifiers(&q[..q.len() - 1])
            }
            // ("Veel Nederlanders" at a sentence's start is a name run of two.)
            Some((a, b)) => {
                (b == a + 1 && a > 0 || b == a + 2)
                    && self.lex.inhabitants(&toks[b - 1].lower)
                    && self.public_quantifiers(&[toks[b - 2].lower.as_str()])
            }
        };
        // ("Veel bewoners van de Kerkstraat": unless a phrase after says which.)
        if !np.coordinated
            && public
            && !toks
                .get(np.t1)
                .is_some_and(|t| self.lex.is("prepositions", &t.lower))
        {
            return None;
        }
        // "De cijfers wijzen erop dat": figures are evidence (the guideline's rule 3), their
        // owner after "van" speaks (found before this).
        if !np.coordinated
            && np.name.is_none()
            && np.phrase.split(' ').count() <= 4
            && [last_word(&np.phrase)]
                .iter()
                .any(|w| self.lex.ends_in("figures", w) && !w.ends_with("onderzoek"))
        {
            return None;
        }
        // "De Grondwet bepaalt dat …", "Het VN-Handvest verbiedt …": a law or a treaty
        // rules, it says nothing (the guideline's rule 3).
        if !np.coordinated
            && !np.pronoun
            && np.phrase.split(' ').count() <= 4
            // (The hyphen's tail is read by `law_word`: "VN-Handvest", not "Dong-woo".)
            && self
                .lex
                .law_word(head(&np.phrase).rsplit(' ').next().unwrap_or_default())
        {
            return None;
        }
        if np.coordinated {
            return Some(Resolved {
                speaker: np.phrase.clone(),
                mention,
                role: None,
                organisation: None,
                factor: 0.9,
                person: false,
            });
        }
        if np.pronoun {
            // A subject earlier in this sentence is an antecedent too ("Landgenoot Dylan
            // Groenewegen had het minder lastig, liet hij weten.").
            let pronoun_at = np.t1.saturating_sub(1);
            // "hij"/"hem" is a person; "zij", "ze", "hen" may be a body ("de politie").
            // ("volgens hemzelf", "volgens haarzelf": the same, stressed.)
            let masculine = matches!(
                np.phrase.to_lowercase().as_str(),
                "hij" | "hem" | "hijzelf" | "hemzelf"
            );
            // "Zij verklaarde" is one person or body, not "Onderzoekers" quoted before; "Ze
            // zeiden" is no single person.
            // (An object pronoun says its own number: "Volgens haar zijn …" is one woman,
            // "Volgens hen is …" more than one.)
            let plural = match np.phrase.to_lowercase().as_str() {
                "haar" | "haarzelf" => Some(false),
                "hen" | "hun" | "henzelf" => Some(true),
                _ => (!masculine)
                    .then(|| self.finite_plural(i, pronoun_at))
                    .flatten(),
            };
            // "Een verslaggever vroeg president Pereira of … . „…”, antwoordde hij.": who
            // answers is who was asked.
            if plural != Some(true)
                && let Some(r) = self.asked(i).filter(|r| {
                    r.person
                        && (masculine && self.gender(r) != Some(true)
                            || !masculine && self.gender(r) != Some(false))
                })
            {
                return Some(Resolved {
                    mention,
                    factor: r.factor.min(0.75),
                    ..r
                });
            }
            // A neuter body ("het bureau", "het ministerie") is "het", not "zij": "Anna Smit
            // werkt bij het planbureau. Het bureau voorspelt … Zij zegt …" is Anna Smit.
            let neuter = |r: &Resolved| {
                !r.person
                    && r.speaker
                        .get(..4)
                        .is_some_and(|a| a.eq_ignore_ascii_case("het "))
            };
            // "hij" is not "Zijn moeder", singular "zij" is not "De heer Jansen".
            let gender_ok = |r: &Resolved| match self.gender(r) {
                Some(feminine) => feminine != masculine || plural == Some(true),
                None => true,
            };
            let agrees = |r: &Resolved| {
                (masculine || !neuter(r))
                    && gender_ok(r)
                    && match plural {
                        Some(false) => !self.lex.plural_noun(&last_word(head(&r.speaker))),
                        Some(true) => !r.person,
                        None => true,
                    }
            };
            // The described subject of this sentence, for a pronoun in a clause after it:
            // "De minister trad af nadat zij had toegegeven dat …".
            if plural != Some(true)
                && let Some((t1, mut r, false)) = self.described_opener(i)
                && t1 < pronoun_at
                && pronoun_at - t1 <= CLAUSE_MAX
                && (t1..pronoun_at).any(|j| {
                    let t = &s.toks[j];
                    !t.quoted
                        && (self.lex.is("subordinators", &t.lower)
                            || self.lex.is("verb-last", &t.lower)
                            // ("…, want volgens haar …": a reason after a comma; "een
                            // klant die hem volgens hem bedreigde": a relative clause.)
                            || t.lower == "want" && j > 0 && s.toks[j - 1].is(',')
                            || t.lower == "die")
                })
                && agrees(&r)
                && (r.person || !masculine)
            {
                r.mention = mention;
                r.factor = 0.7;
                return Some(r);
            }
            // The group opening this sentence, for "ze" opening a clause after "en" or a
            // semicolon: "De astronomen zagen de ster oplichten; ze denken dat …".
            if plural == Some(true)
                && pronoun_at >= 2
                && (s.toks[pronoun_at - 1].is(';')
                    || s.toks[pronoun_at - 1].lower == "en" && !s.toks[pronoun_at - 1].quoted)
                && let Some((t1, mut r, true)) = self.described_opener(i)
                && t1 < pronoun_at - 1
                && pronoun_at - t1 <= CLAUSE_MAX
                && !s.toks[t1..pronoun_at].iter().any(|t| t.quoted)
            {
                r.mention = mention;
                r.factor = 0.65;
                return Some(r);
            }
            // Round 36: the described person or people of a fronted claim, for the pronoun
            // inverted after it: "De 86-jarige regisseur werkt aan een film, vertelde hij",
            // "De twee orkesten gaan samen verder, zeggen ze".
            if pronoun_at >= 2
                && (s.toks[pronoun_at - 2].is(',') || s.toks[pronoun_at - 2].closes())
                && s.toks[pronoun_at - 1].is_word()
                && self.lex.forms.contains_key(&s.toks[pronoun_at - 1].lower)
                && let Some((t1, mut r, many)) = self.described_opener(i)
                && t1 < pronoun_at - 2
                && if many {
                    plural == Some(true)
                } else {
                    plural != Some(true) && r.person && agrees(&r)
                }
            {
                r.mention = mention;
                r.factor = 0.7;
                return Some(r);
            }
            let last = if masculine {
                self.last_person.as_ref()
            } else {
                self.last_speaker.as_ref()
            };
            // A described person opening one of the two sentences before, after the last
            // speaker: "De minister bezocht het rampgebied. Hij zei dat …".
            // (Its verb says its number: "Aanhangers van de ex-dictator verhinderden …" is
            // not "hij"; "Twee toeristen zijn vrijgelaten. Zij zeiden …" is "zij".)
            let want_plural = if masculine { Some(false) } else { plural };
            let described = self
                .described_subject_before(i, last.map(|l| l.0))
                .filter(|(_, r, many)| {
                    if *many {
                        want_plural == Some(true)
                    } else {
                        want_plural != Some(true) && agrees(r) && (r.person || !masculine)
                    }
                })
                // (A body described after a person who spoke is not "zij": "Karin Bos zei …
                // De politie kwam snel. Ze vertelt …" is still Karin Bos.)
                .filter(|(_, r, _)| r.person || last.is_none_or(|(_, _, l)| !l.person))
                .map(|(j, r, _)| (j, r));
            // The last speaker is the antecedent or nobody is: not someone named long before,
            // but a person named as a subject in this paragraph when that speaker was a neuter
            // body (Anna Smit above).
            if let Some((si, _, r)) = last
                && *si <= i
                && !agrees(r)
            {
                // A person of the other gender spoke last: the speaker before who agrees,
                // in this paragraph ("Jan Smit zei … Anna de Vries verklaarde … Hij voegde
                // eraan toe …"). Only when the last one's gender is known.
                let other_gender = !neuter(r) && self.gender(r).is_some();
                let earlier = || {
                    self.out
                        .iter()
                        .rev()
                        .take(64)
                        .filter(|(j, _)| {
                            *j < i && self.docs[*j].input.paragraph == s.input.paragraph
                        })
                        .find_map(|(_, o)| {
                            self.resolve_name(i, &o.speaker)
                                .filter(|e| e.person && e.speaker != r.speaker && agrees(e))
                        })
                };
                if other_gender && let Some(mut e) = earlier() {
                    e.mention = mention;
                    e.factor = 0.65;
                    return Some(e);
                }
                // ("De minister zei … De burgemeester was aanwezig. Zij zei …")
                if let Some((_, mut d)) = described {
                    d.mention = mention;
                    d.factor = 0.65;
                    return Some(d);
                }
                // ("Anna Berg zei … Ook Peter Smit sprak. … Hij zei …": the last person of this
                // gender named as a subject, within two paragraphs.)
                if other_gender
                    && let Some(mut e) = self
                        .registry
                        .subjects_before(i)
                        .iter()
                        .rev()
                        .take(8)
                        .take_while(|c| s.input.paragraph - c.paragraph <= 2)
                        .filter(|c| c.clause)
                        .find_map(|c| {
                            self.resolve_name(i, &c.name).filter(|e| {
                                e.person
                                    && e.speaker.contains(' ')
                                    && e.speaker != r.speaker
                                    && agrees(e)
                            })
                        })
                {
                    e.mention = mention;
                    e.factor = 0.6;
                    return Some(e);
                }
                let (_, para, name) = self
                    .registry
                    .full_subject_between(None, i, pronoun_at)
                    .filter(|_| neuter(r))?;
                let mut r = self
                    .resolve_name(i, name)
                    .filter(|r| r.person && agrees(r) && para == s.input.paragraph)?;
                r.mention = mention;
                r.factor = 0.7;
                return Some(r);
            }
            // A person named as a subject after the last speaker, in this paragraph or the
            // one before, is the nearer antecedent: "Jansen zei … Minister Jan de Vries kwam
            // binnen. Hij zei …".
            if let Some((si, _, _)) = last
                && let Some((s2, p2, name)) =
                    self.registry.full_subject_between(Some(*si), i, pronoun_at)
                && s2 > *si
                && s.input.paragraph - p2 <= 1
                && described.as_ref().is_none_or(|(d, _)| *d < s2)
                // (Not one of the other gender: "Anna Berg zei … Peter Smit was er ook. Zij
                // voegde eraan toe …" is still Anna Berg.)
                && let Some(mut r) = self.resolve_name(i, name).filter(agrees)
                // (In this sentence's fronted claim, a name with no role and no known first
                // name may be a place: "Ook Tel Aviv blijft van de kaart, voegde hij eraan
                // toe" is the speaker before.)
                && (s2 < i
                    || r.role.is_some()
                    || self
                        .lex
                        .first_name(&r.speaker.split(' ').next().unwrap_or("").to_lowercase()))
            {
                r.mention = mention;
                r.factor = 0.75;
                return Some(r);
            }
            if let Some((_, mut r)) = described {
                r.mention = mention;
                r.factor = 0.7;
                return Some(r);
            }
            if let Some((si, para, r)) = last
                && *si <= i
            {
                let near = s.input.paragraph.saturating_sub(*para) <= PRONOUN_PARAGRAPHS;
                return Some(Resolved {
                    mention,
                    factor: if near { 0.85 } else { 0.7 },
                    ..r.clone()
                });
            }
            // Nobody spoke yet: the last person named in full as a subject, else the last
            // name as a subject, in this paragraph or an earlier one.
            let (para, name) = match self.registry.full_subject_between(None, i, pronoun_at) {
                Some((_, para, name)) => (para, name),
                // (A plural "ze" is no name inside the clause before: "… analyseerden het
                // DNA van veertig mummies. Ze concluderen …".)
                // (The name that opens that sentence, not its object: "Willem-Alexander
                // bezocht maandag Kerkrade. Hij zei …".)
                None => match self
                    .registry
                    .subject_before(i)
                    .map(|last| Registry::opener(self.registry.subjects_before(i), last, |_| true))
                    .filter(|s| plural != Some(true) || s.opens)
                {
                    Some(s) => (s.paragraph, s.name.as_str()),
                    // Nobody named as a subject at all: the one person named in full in a
                    // phrase of the sentence before ("In 1859 verscheen het boek … van de
                    // natuuronderzoeker Charles Darwin. Daarin betoogde hij …").
                    None if plural != Some(true) && i > 0 => {
                        let name = self.registry.only_person_in(i - 1)?;
                        (self.docs[i - 1].input.paragraph, name)
                    }
                    None => return None,
                },
            };
            let near = para == s.input.paragraph;
            // "hij" is a person, not the body named last ("De FNV vraagt …").
            let fits = |r: &Resolved| (r.person || !masculine) && agrees(r);
            if let Some(mut r) = self.resolve_name(i, name).filter(fits) {
                r.mention = mention;
                r.factor = if near { 0.7 } else { 0.6 };
                return Some(r);
            }
            // The last one named is of the other gender: the person named just before who
            // is of this one, in this paragraph or the one before ("Minister Pieter Smit
            // ontmoette Anna Berg. Hij zei …").
            let mut r = self
                .registry
                .subjects_before(i)
                .iter()
                .rev()
                .take(6)
                .take_while(|c| s.input.paragraph - c.paragraph <= 1)
                .filter(|c| c.name != name)
                .find_map(|c| {
                    self.resolve_name(i, &c.name)
                        .filter(|r| r.person && fits(r) && self.gender(r) != Some(masculine))
                })?;
            r.mention = mention;
            r.factor = 0.55;
            return Some(r);
        }
        if let Some((a, b)) = np.name {
            let words = b - a;
            let name = np.phrase.clone();
            // "De meeste Nederlanders", "Veel Belgen": a group, the quantifier no role.
            if let Some(role) = &np.role
                && role
                    .split(' ')
                    .all(|w| self.lex.is("quantifiers", &w.to_lowercase()))
            {
                let s = &self.docs[i];
                let from = (0..a)
                    .rev()
                    .take_while(|&k| {
                        let w = &s.toks[k].lower;
                        self.lex.is("quantifiers", w) || self.lex.is("determiners", w)
                    })
                    .last()
                    .unwrap_or(a);
                return Some(Resolved {
                    speaker: join(&s.toks[from..b], s.input.text),
                    mention,
                    role: None,
                    organisation: np.organisation.clone(),
                    factor: 0.85,
                    person: false,
                });
            }
            if let Some(from) = unit_start(self.lex, &s.toks, (a, b), np.role.as_deref()) {
                let full = join(&s.toks[from..b], s.input.text);
                return Some(Resolved {
                    // ("de rechtbank Den Haag": the place is what this sentence names.)
                    mention: if s.toks[a - 1].capitalised() {
                        full.clone()
                    } else {
                        mention
                    },
                    speaker: full,
                    role: None,
                    organisation: np.organisation.clone(),
                    factor: 0.9,
                    person: false,
                });
            }
            if let Some(full) = self
                .registry
                .acronyms
                .get(&name)
                .or_else(|| self.registry.initials.get(&name))
            {
                return Some(Resolved {
                    speaker: full.clone(),
                    mention,
                    role: np.role.clone(),
                    organisation: np.organisation.clone(),
                    factor: 0.95,
                    person: false,
                });
            }
            // "aldus de Helmonder", "reageert de Nederlander": an inhabitant's name after
            // "de" describes the person the text is about.
            // ("de 59-jarige Fransman", "de Brit": one modifier may come between.)
            let de = |k: usize| s.toks[k].lower == "de";
            let modifier = |k: usize| {
                s.toks[k].is_word() && !s.toks[k].capitalised() && s.toks[k].lower.ends_with('e')
            };
            let inhabitant = |w: &str| {
                ["er", "aar", "ees", "man", "aan"]
                    .iter()
                    .any(|x| w.ends_with(x))
                    || self.lex.inhabitant(&w.to_lowercase())
            };
            // ("De Belg zei" opening a sentence reads as a surname with "De", as "De Boer":
            // an inhabitant's name there when nobody was named so. Surnames end like
            // inhabitants, "De Boer", "De Haan": only the listed names and long or foreign
            // endings, "Nederlander", "Amerikaan", "Fransman", "Australiër".)
            let nationality = |w: &str| self.lex.inhabitant(&w.to_lowercase());
            let opening_de = words == 2
                && de(a)
                && nationality(s.toks[a + 1].text)
                && self
                    .registry
                    .by_surname(&name, i)
                    .is_none_or(|e| e.full.eq_ignore_ascii_case(&name));
            if (words == 1
                && (a > 0 && de(a - 1) || a > 1 && de(a - 2) && modifier(a - 1))
                && inhabitant(&name)
                || opening_de)
                && let Some(mut r) = self.in_focus(i).or_else(|| self.surname_in_focus(i, &name))
            {
                r.mention = mention;
                r.factor = r.factor.min(0.75);
                return Some(r);
            }
            // "De Mol" after "John de Mol": a shorter form of a name, its words in any case.
            let entity = if words == 1 {
                self.registry.by_surname(&name, i)
            } else {
                self.registry
                    .by_full
                    .get(&name)
                    .map(|&e| &self.registry.entities[e])
                    .or_else(|| {
                        let lower = name.to_lowercase();
                        self.registry.by_surname(&last_word(&name), i).filter(|e| {
                            let full = e.full.to_lowercase();
                            lower.split(' ').all(|w| full.split(' ').any(|f| f == w))
                        })
                    })
            };
            // "aldus HVH" after "Hein Vanhaezebrouck": a person's initials, the first name's
            // then the surname's letters in order, when only one person fits.
            let entity = entity.or_else(|| {
                let letters: Vec<char> = name.chars().collect();
                if words != 1
                    || !(2..=4).contains(&letters.len())
                    || !letters.iter().all(char::is_ascii_uppercase)
                {
                    return None;
                }
                let fits = |e: &&Entity| {
                    // Checked per entity without allocating: this runs for each unknown
                    // acronym a document repeats.
                    let (Some((first, _)), Some((_, last))) =
                        (e.full.split_once(' '), e.full.rsplit_once(' '))
                    else {
                        return false;
                    };
                    if !e.person || !first.starts_with(letters[0]) || !last.starts_with(letters[1])
                    {
                        return false;
                    }
                    let mut rest = last.chars().skip(1).flat_map(char::to_lowercase);
                    letters[2..]
                        .iter()
                        .all(|l| rest.any(|c| c == l.to_ascii_lowercase()))
                };
                // The last 256 people and bodies: a long document stays linear.
                let mut found = self.registry.entities.iter().rev().take(256).filter(fits);
                let one = found.next()?;
                found.next().is_none().then_some(one)
            });
            let acronym =
                words == 1 && name.chars().count() >= 2 && name.chars().all(|c| c.is_uppercase());
            return Some(match entity {
                Some(e) => Resolved {
                    speaker: e.full.clone(),
                    mention,
                    role: np.role.clone().or_else(|| e.role.clone()),
                    organisation: np.organisation.clone().or_else(|| e.organisation.clone()),
                    factor: 1.0,
                    person: e.person,
                },
                None => Resolved {
                    speaker: name,
                    mention,
                    role: np.role.clone(),
                    organisation: np.organisation.clone(),
                    factor: if words == 1 { 0.9 } else { 1.0 },
                    // An acronym that is nobody's initials is a body ("De FNV vraagt …
                    // Hij zegt …": "hij" is not the FNV), and so is a name with a body's
                    // role ("de krant The Guardian", "het persbureau Xinhua").
                    person: !acronym && !np.role.as_deref().is_some_and(|r| body_role(self.lex, r)),
                },
            });
        }
        let noun = np.noun.as_deref()?;
        // "volgens bronnen", "volgens betrouwbare bronnen": nobody in particular, unless a
        // phrase says whose ("bronnen in het paleis", "bronnen rond de minister").
        // ("volgens onderzoek" is research at large, "volgens het onderzoek" one study.)
        // ("volgens nieuw onderzoek", "volgens een onderzoek": none in particular.)
        let bare_research = noun == "onderzoek"
            && !np.phrase.split(' ').next().is_some_and(|w| {
                matches!(
                    w.to_lowercase().as_str(),
                    "het" | "dit" | "dat" | "zijn" | "haar" | "hun" | "ons"
                )
            });
        if self.lex.is("anonymous", noun) || bare_research {
            // The phrase may hold its qualifier already ("Officiële bronnen in Ohio"), or
            // an adjective that says which ("Diplomatieke bronnen", "Israëlische bronnen").
            // ("Volgens EU-bronnen", "NAVO-bronnen": a body's name before the hyphen.)
            let kind = np.phrase.split(' ').rev().skip(1).any(|w| {
                let lower = w.to_lowercase();
                self.lex.is("source-adjectives", &lower)
                    || w.starts_with(char::is_uppercase)
                        && (lower.ends_with("se") || lower.ends_with("sche"))
                        && lower != "diverse"
            }) || np.phrase.rsplit(' ').next().is_some_and(|w| {
                w.split_once('-')
                    .is_some_and(|(a, _)| a.starts_with(char::is_uppercase))
            });
            // "Een bron bij de Qatarese bemiddelaars sprak met AFP. … „…”, zei de bron.":
            // the definite noun alone points back to the qualified source of the three
            // sentences before.
            let definite_alone = np.phrase.split(' ').count() == 2
                && matches!(
                    np.phrase
                        .split(' ')
                        .next()
                        .map(str::to_lowercase)
                        .as_deref(),
                    Some("de" | "die" | "deze")
                )
                && self.qualifier(i, np.t1).is_none();
            let earlier = || {
                (i.saturating_sub(3)..i).rev().find_map(|s| {
                    let toks = &self.docs[s].toks;
                    (1..toks.len().min(400)).find_map(|p| {
                        (toks[p].lower == noun && toks[p - 1].lower == "een")
                            .then(|| self.qualifier(s, p + 1))
                            .flatten()
                            .map(|q| {
                                format!("{} {q}", join(&toks[p - 1..=p], self.docs[s].input.text))
                            })
                    })
                })
            };
            let speaker = match definite_alone.then(earlier).flatten() {
                Some(speaker) => speaker,
                None if last_word(&np.phrase) != noun || kind => np.phrase.clone(),
                None => {
                    let q = self
                        .qualifier(i, np.t1)
                        .or_else(|| self.relative_qualifier(i, np.t1).map(|(q, _)| q))?;
                    format!("{} {q}", np.phrase)
                }
            };
            return Some(Resolved {
                speaker,
                mention,
                role: None,
                organisation: None,
                factor: 0.8,
                person: false,
            });
        }
        let mut words: Vec<&str> = np.phrase.split(' ').collect();
        // "De 22-jarige aanvaller van Feyenoord", "de 37-jarige renster uit Babyloniënbroek":
        // an age and a noun with a phrase of club or place after them point back as the age
        // and the noun alone would.
        if (5..=7).contains(&words.len())
            && words[1].ends_with("-jarige")
            && words[2].eq_ignore_ascii_case(noun)
            && matches!(words[3], "van" | "uit" | "bij")
        {
            words.truncate(3);
        }
        // Whether the adjective of "De Duitse minister" is written more than once in this
        // sentence and the two before ("… met zijn Duitse ambtgenoot. De Duitse minister").
        let nation_elsewhere = || {
            let stem = words.get(1).map(|w| w.strip_suffix('e').unwrap_or(w));
            (i.saturating_sub(2)..=i)
                .flat_map(|s| self.docs[s].toks.iter())
                .take(400)
                .filter(|t| stem.is_some_and(|st| t.text.strip_suffix('e').unwrap_or(t.text) == st))
                .nth(1)
                .is_some()
        };
        // "de expert", "de president": the last person with that role.
        // ("de ontslagnemende minister": one adjective may come between.)
        // "de Britse premier" is not the premier Rutte quoted before: a capitalised adjective
        // (a nation's) must be in the earlier role too.
        let nation_ok = |e: &Entity| {
            words.len() != 3
                || !words[1].starts_with(char::is_uppercase)
                // ("De Oekraïense president" after "Oekraïens president Zelensky".)
                || e.role.as_deref().is_some_and(|r| {
                    r.contains(words[1]) || r.split(' ').any(|w| Some(w) == words[1].strip_suffix('e'))
                })
                // ("Melkveehouder Sjoerd Hoekstra … De Friese melkveehouder": a role with
                // no nation of its own, if the adjective names nobody else in the sentences
                // around, and no office a nation's adjective introduces anew.)
                || e.person
                    && !self.lex.ends_in("national-offices", noun)
                    && e.role.as_deref().is_some_and(|r| {
                        let r = r.split(" van ").next().unwrap_or(r);
                        let mut before = r.split(' ').rev().skip(1);
                        !before.any(|w| w.starts_with(char::is_uppercase))
                    })
                    && !nation_elsewhere()
        };
        // "de schepen van Mobiliteit": the holder of that office.
        let office =
            (words.len() == 4 && words[2] == "van" && words[3].starts_with(char::is_uppercase))
                .then(|| self.registry.by_office(&noun.to_lowercase(), words[3], i))
                .flatten();
        let role = || {
            self.registry
                .by_role(self.lex, noun, i)
                .filter(|e| nation_ok(e))
                .filter(|_| {
                    words.len() <= 2
                        || words.len() == 3 && words[1].ends_with('e')
                        // "de Vlaams Belang-voorzitter": the words before are the compound's.
                        || words.len() <= 4 && words.last().is_some_and(|w| w.contains('-'))
                })
        };
        if let Some(e) = office.or_else(role) {
            return Some(Resolved {
                speaker: e.full.clone(),
                mention,
                // (Not "Het gerechtshof Amsterdam (gerechtshof)".)
                role: e
                    .role
                    .clone()
                    .filter(|r| !e.full.to_lowercase().contains(&r.to_lowercase())),
                organisation: e.organisation.clone(),
                factor: 0.8,
                person: true,
            });
        }
        // "volgens de zegsman", "aldus de organisatie": a definite description that only
        // points back, to the speaker the text is about.
        let definite = matches!(
            words[0].to_lowercase().as_str(),
            "de" | "het" | "die" | "deze"
        );
        // "de CDA’er", "de VVD'er": a party's member.
        let member = noun.ends_with("'er") || noun.ends_with("’er");
        // "De 31-jarige Dennis Vos … . De man zei …": the person in focus, of that sex, unless
        // "een man" was brought in since (then "de man" is that one).
        // (Round 35: so "de jongen", "het meisje", "de tiener", "de asielzoeker" after a
        // person named with no role: "Farid Noori (16) … De jongen vertelt".)
        let sex = match noun {
            "man" | "jongen" | "jongeman" => Some(Some(false)),
            "vrouw" | "meisje" | "asielzoekster" => Some(Some(true)),
            "tiener" | "asielzoeker" | "vluchteling" | "statushouder" => Some(None),
            _ => None,
        };
        if definite
            && !np.quoted
            && words.len() == 2
            && let Some(sex) = sex
        {
            let introduced = self.brought_in(i, noun, np.t1, 1);
            let r = (!introduced)
                .then(|| self.in_focus(i))
                .flatten()
                .filter(|r| {
                    r.person && sex.is_none_or(|feminine| self.gender(r) != Some(!feminine))
                });
            if let Some(r) = r {
                return Some(Resolved {
                    mention,
                    factor: r.factor.min(0.75),
                    ..r
                });
            }
        }
        if definite
            && !np.quoted
            && (words.len() <= 3
                // ("Het grote internationale bedrijf": two adjectives, neither a nation's,
                // as "de Britse militaire inlichtingendienst" is none of those before; a
                // firm's may be: "Pfizer … het Amerikaanse farmaceutische bedrijf".)
                || words.len() == 4
                    && words[1..3].iter().enumerate().all(|(x, w)| {
                        w.ends_with('e')
                            && (!w.starts_with(char::is_uppercase)
                                || x == 0 && self.lex.ends_in("company-nouns", noun))
                    }))
            && (member || self.lex.ends_in("anaphoric", noun))
        {
            let body = self.lex.ends_in("anaphoric-bodies", noun);
            // An antecedent that is itself a description names its kind: "de directeur" is
            // not "De minister" quoted before, "de vakbond" not "De politie".
            // ("De Spaanse voetbalbond" is not the FIFA that fined it: a nation's adjective
            // must be the antecedent's too.)
            let nation = words
                .iter()
                .rev()
                .skip(1)
                .find(|w| w.starts_with(char::is_uppercase) && w.ends_with("se"))
                .filter(|_| words.len() >= 3);
            let head_fits =
                |r: &Resolved| description_head(&r.speaker).is_none_or(|h| h.ends_with(noun));
            // (A firm known by its brand alone has no nation to differ: "TSMC zei … Het
            // Taiwanese bedrijf verwacht …".)
            let firm = self.lex.ends_in("company-nouns", noun);
            let fits = |r: &Resolved| {
                head_fits(r)
                    && nation.is_none_or(|n| {
                        r.speaker.contains(n)
                            || r.role.as_deref().is_some_and(|x| x.contains(n))
                            // (Or one word that spoke as a body: "Pfizer verwacht …, zo
                            // maakte het Amerikaanse bedrijf bekend".)
                            || firm
                                && r.role.is_none()
                                && (!r.person || !r.speaker.contains(' '))
                            // (A person named with no role has no nation to differ:
                            // "Antonio Rüdiger … zei de Duitse verdediger"; nor for a
                            // word that is no office: "Spits Gabriel Okafor … de
                            // Nigeriaanse aanvaller", "Oceanograaf Lieke Bos … De Groningse
                            // onderzoekster"; "de Britse premier" is another.)
                            || !body
                                && r.person
                                && (r.role.is_none()
                                    || !self.lex.ends_in("anaphoric-offices", noun)
                                        && !self.lex.ends_in("national-offices", noun)
                                        && !nation_elsewhere())
                    })
            };
            let r = if body {
                let spoke = self
                    .last_body
                    .as_ref()
                    .filter(|(si, _)| *si <= i && i - si <= 20);
                // A body named since it last spoke (or that never spoke) is the nearer one:
                // "ASML levert … . Het bedrijf zegt …".
                // (In its own sentence, only a name before the mention and outside a
                // subordinate clause: "De pilotenvakbond eist dat KLM …" is not KLM's, nor is
                // "…, voordat alle treinen ERTMS hebben, denkt het ministerie".)
                let first = self.subordinate[i];
                let before = |sub: &Subject| {
                    sub.sentence < i || sub.at < np.t1 && first.is_none_or(|f| f >= sub.at)
                };
                let named = self
                    .registry
                    .body_before(i, 3, before)
                    .filter(|(at, name)| spoke.is_none_or(|(si, r)| r.speaker != *name && at > si))
                    .and_then(|(_, name)| self.resolve_name(i, name));
                // A body of the kind named with its role in a phrase: "Bij een brand in een
                // fabriek van het chemieconcern Norvachem … . Het bedrijf ontkende …".
                let mentioned = || {
                    self.registry
                        .bodies_named(i, 2)
                        .filter(|(at, _)| spoke.is_none_or(|(si, _)| at > si))
                        .find_map(|(_, name)| {
                            self.resolve_name(i, name).filter(|r| {
                                r.role
                                    .as_deref()
                                    .is_some_and(|role| body_role(self.lex, role))
                                    && self.kind_fits(noun, r)
                            })
                        })
                };
                // A firm named by its brand alone as a clause's subject, for a company noun:
                // "Tesla heeft … afgeleverd, maakte het bedrijf bekend" (a one-word name that
                // is no person's name in the document).
                // ("De Wereldbank": its article is no part of the brand.)
                let bare = |name: &str| -> String {
                    let lower = name.to_lowercase();
                    lower
                        .strip_prefix("de ")
                        .or_else(|| lower.strip_prefix("het "))
                        .unwrap_or(&lower)
                        .to_string()
                };
                // (Or a body whose name ends in the noun: "Het Rijksmuseum heeft … . Het
                // museum laat weten …", "Het Van Gogh Museum".)
                // ("Greenpeace voerde actie. Volgens de organisatie …": a body of any kind.)
                let company = self.lex.ends_in("company-nouns", noun)
                    || self.lex.ends_in("general-bodies", noun);
                // A brand's name: one word, or up to three capitalised words that do not
                // open with a first name ("Hartman Distributie", "Woonstad Delta", not "Roel
                // Smit" or "Jan de Vries").
                let brand_name = |name: &str| {
                    let name = bare(name);
                    let words: Vec<&str> = name.split(' ').collect();
                    words.len() == 1
                        || words.len() <= 3
                            && !self.lex.first_name(words[0])
                            && !words.iter().any(|w| self.lex.is("name-particles", w))
                };
                // (A body of any kind named by one word in a sentence before: "Urgenda … De
                // stichting", "Lowlands … Het festival"; with no nation of its own to differ.)
                let one_word = |name: &str| !bare(name).contains(' ');
                let brand = || {
                    self.registry
                        .subjects_before(i + 1)
                        .iter()
                        .rev()
                        .take_while(|c| i - c.sentence <= 2)
                        .take(8)
                        .filter(|c| spoke.is_none_or(|(si, _)| c.sentence > *si))
                        .find(|c| {
                            let named = bare(&c.name).ends_with(noun);
                            c.clause
                                && c.opens
                                && (company && brand_name(&c.name)
                                    || one_word(&c.name) && c.sentence < i && nation.is_none()
                                    || named)
                                && !self.lex.first_name(&c.name.to_lowercase())
                                // ("Meer dan tweehonderd vrijwilligers …": a word of
                                // the language that opens the sentence.)
                                && !self.lex.is("quantifiers", &c.name.to_lowercase())
                                && !self.lex.not_noun(&c.name.to_lowercase())
                                // ("De Albanees verkocht …, aldus de politiedienst": an
                                // inhabitant is no body.)
                                && !self.lex.inhabitant(&bare(&c.name))
                                && self.registry.by_surname(&c.name, i).is_none()
                        })
                        .and_then(|c| self.resolve_name(i, &c.name))
                        .filter(|r| {
                            // ("Chipmachinemaker Lithovia": a firm's trade as its role.)
                            (company
                                && brand_name(&r.speaker)
                                && r.role.as_deref().is_none_or(|role| {
                                    self.lex.ends_in(
                                        "company-nouns",
                                        &last_word(head(role)).to_lowercase(),
                                    )
                                })
                                || bare(&r.speaker).ends_with(noun)
                                || one_word(&r.speaker) && r.role.is_none() && nation.is_none())
                                && self.kind_fits(noun, r)
                        })
                        .map(|mut r| {
                            r.person = false;
                            r
                        })
                };
                // A body of the kind described without a name in the sentence before: "Het
                // IOC heeft de Russische olympische bond geschorst. De bond noemde …" is that
                // bond, not the IOC.
                if let Some(description) = self.described_body(i, noun) {
                    return Some(Resolved {
                        speaker: description,
                        mention,
                        role: None,
                        organisation: None,
                        factor: 0.7,
                        person: false,
                    });
                }
                // (A brand that opened the sentence before needs no adjective of its own:
                // "Philips verkocht … . Het Eindhovense concern verwacht", "JPMorgan … De
                // Amerikaanse bank".)
                let opened = brand();
                // ("Het Parool meldde dat de Universiteit van Amsterdam … . De universiteit
                // bevestigt": the body whose name has the noun, not the paper that spoke.)
                let worded = || {
                    self.registry
                        .body_with_word(i, 2, noun)
                        .and_then(|name| self.resolve_name(i, name))
                };
                named
                    .filter(|r| self.kind_fits(noun, r))
                    .or_else(worded)
                    .or_else(mentioned)
                    .or_else(|| opened.clone())
                    .or_else(|| spoke.map(|(_, r)| r.clone()))
                    .filter(|r| {
                        if opened.as_ref().is_some_and(|o| o.speaker == r.speaker) {
                            head_fits(r)
                        } else {
                            fits(r)
                        }
                    })
                    .filter(|r| self.kind_fits(noun, r))
            } else {
                // The person in focus, else the last speaker ("een woordvoerster van het OM
                // … aldus de zegsvrouw"), of the noun's gender: "de bewindsvrouw" is not the
                // man who spoke last, but the woman who spoke before him.
                let gender_fits = |r: &Resolved| match self.gender(r) {
                    Some(true) => !self.lex.ends_in("masculine", noun),
                    Some(false) => !self.lex.ends_in("feminine", noun),
                    None => true,
                };
                let earlier = || {
                    self.out
                        .iter()
                        .rev()
                        .take(16)
                        .filter(|(j, _)| *j <= i && i - j <= 20)
                        .find_map(|(_, o)| {
                            self.resolve_name(i, &o.speaker)
                                .filter(|e| e.person && self.gender(e).is_some() && gender_fits(e))
                        })
                };
                self.in_focus(i)
                    .filter(gender_fits)
                    .or_else(|| {
                        self.last_speaker
                            .as_ref()
                            .filter(|(si, _, _)| *si <= i && i - si <= 20)
                            .map(|(_, _, r)| r.clone())
                            .filter(gender_fits)
                    })
                    .or_else(earlier)
                    .filter(fits)
                    // Not someone of another office: "de burgemeester" is no minister, and
                    // no body ("De FNV vraagt … De burgemeester roept …").
                    .filter(|r| r.person || !self.lex.ends_in("anaphoric-offices", noun))
                    // A person described is no body either ("de schrijver" is not KLM); a
                    // spokesman speaks for one.
                    .filter(|r| {
                        r.person
                            || !self.lex.person_noun(noun)
                            || noun.starts_with("zegs")
                            || noun.starts_with("woordvoer")
                    })
                    .filter(|r| {
                        !self.lex.ends_in("anaphoric-offices", noun)
                            || r.role.as_deref().is_none_or(|role| {
                                let role = role.to_lowercase();
                                !self.lex.speaker_noun(&last_word(head(&role)))
                                    || last_word(&role).ends_with(noun)
                                    || last_word(head(&role)).ends_with(noun)
                            })
                    })
            };
            if let Some(r) = r {
                return Some(Resolved {
                    mention,
                    factor: r.factor.min(0.75),
                    ..r
                });
            }
        }
        // Round 36: an epithet for the person in focus, named with no role: "Ahmed Ouali …
        // De 43-jarige vader vertelt", "Marine Le Pen … De nationaliste zei", "Said R. … De
        // verdachte ontkende".
        if definite
            && !np.quoted
            && let Some(r) = self.epithet(i, &words, noun)
        {
            return Some(Resolved {
                mention,
                factor: r.factor.min(0.7),
                ..r
            });
        }
        // "de CNV-woordvoerder" after "een woordvoerder van het CNV": the same description.
        if definite
            && let Some(compound) = words.last().and_then(|w| w.rsplit_once('-'))
            && compound.0.chars().next().is_some_and(char::is_uppercase)
        {
            let (body, noun) = (compound.0.to_lowercase(), compound.1.to_lowercase());
            let earlier = self.out.iter().rev().take(64).find(|(j, o)| {
                let lower = o.speaker.to_lowercase();
                *j <= i
                    && lower.split(' ').any(|w| w == noun)
                    && lower.split(' ').any(|w| w == body)
                    && !lower.contains('-')
            });
            if let Some((_, o)) = earlier {
                return Some(Resolved {
                    speaker: o.speaker.clone(),
                    mention,
                    role: o.role.clone(),
                    organisation: o.organisation.clone(),
                    factor: 0.75,
                    person: self.lex.person_noun(&noun),
                });
            }
        }
        Some(Resolved {
            speaker: np.phrase.clone(),
            mention,
            role: None,
            organisation: None,
            factor: 0.85,
            // "de CNV-woordvoerder … zegt hij": one person, whom "hij" can stand for.
            person: self.lex.person_noun(noun),
        })
    }

    /// Whether the finite verb next to a subject pronoun at `at` ("Zij verklaarde", "zeiden
    /// ze") is plural; `None` when no reporting verb or auxiliary stands next to it.
    fn finite_plural(&self, i: usize, at: usize) -> Option<bool> {
        let toks = &self.docs[i].toks;
        [at + 1, at.wrapping_sub(1)]
            .into_iter()
            .filter_map(|k| toks.get(k))
            .find(|t| {
                t.is_word()
                    && (self.lex.forms.contains_key(&t.lower)
                        || self.lex.plurals.contains_key(&t.lower)
                        || self.lex.is("aux", &t.lower))
            })
            .map(|t| plural_verb(&t.lower))
    }

    /// The person in focus that the description `words` (its article first, `noun` its head)
    /// names by an epithet: with an age or adjectives before it, any word for a person ("De
    /// 43-jarige vader", "De voormalige komiek", "De zelfverklaarde anarchokapitalist"); with
    /// none, a word of the story ([epithets]: "De verdachte", "Het slachtoffer", "De
    /// populist"). The person was named with no role within the three sentences before, is
    /// of the noun's sex, and no `een` brought in another of the kind since.
    fn epithet(&self, i: usize, words: &[&str], noun: &str) -> Option<Resolved> {
        // (The noun of "De oud-guerrillastrijder" is the compound's end.)
        let at = words.iter().position(|w| {
            let w = w.to_lowercase();
            w == noun || w.strip_suffix(noun).is_some_and(|p| p.ends_with('-'))
        })?;
        let written = words[at].to_lowercase();
        let modifiers = words.get(1..at)?;
        let tail = &words[at + 1..];
        // ("De 66-jarige oud-voorzitter van de Europese Raad": a phrase of what or where.)
        let tail_ok = tail.is_empty()
            || tail.len() <= 4 && matches!(tail[0], "van" | "uit" | "bij") && !modifiers.is_empty();
        // ("de Duitse verdediger", "De Groningse onderzoekster": or where the person is
        // from.)
        let place = |w: &&str| {
            w.starts_with(char::is_uppercase) && (w.ends_with("se") || w.ends_with("sche"))
        };
        let modifier_ok = |w: &&str| {
            w.ends_with('e')
                && w.chars().next().is_some_and(|c| {
                    c.is_lowercase()
                        || c.is_ascii_digit()
                        || self.lex.is("demonyms", &w.to_lowercase())
                })
                && w.chars().all(|c| c.is_alphanumeric() || c == '-')
                || place(w)
        };
        if at == 0
            || !tail_ok
            || modifiers.len() > 2
            || !modifiers.iter().all(modifier_ok)
            || self.lex.ends_in("anaphoric", noun)
        {
            return None;
        }
        let listed = self.lex.ends_in("epithets", noun);
        // ("De oud-guerrillastrijder", "de ex-profvoetballer": a former trade is an epithet.)
        let former = ["oud-", "ex-"].iter().any(|p| written.starts_with(p));
        let modified = !modifiers.is_empty() || former;
        if !(listed || modified && self.lex.person_noun(noun)) {
            return None;
        }
        // With an age or a past ("de 59-jarige ingenieur", "de voormalige ijshockeyster"),
        // the person may have been named with a role of another word ("De Japanse astronaut
        // Koichi Wakata"); not with an office's, which may be another's.
        let aged = former
            || modifiers.iter().any(|w| {
                w.ends_with("-jarige") || matches!(*w, "voormalige" | "gewezen" | "vroegere")
            });
        // (So with where the person is from: "Oceanograaf Lieke Bos … De Groningse
        // onderzoekster", "Spits Gabriel Okafor … de Nigeriaanse aanvaller".)
        let any_role = (aged || modifiers.iter().any(place))
            && !self.lex.ends_in("anaphoric-offices", noun)
            && !self.lex.ends_in("national-offices", noun);
        let feminine = self.lex.ends_in("feminine", noun) || masculine_form(noun).is_some();
        let masculine = self.lex.ends_in("masculine", noun);
        // "een verdachte" brought in since: "de verdachte" is that one.
        if self.brought_in(i, noun, 0, 2) {
            return None;
        }
        // (An age is no role: "De 45-jarige Marco V. staat terecht. De verdachte …".)
        let no_role = |r: &Resolved| {
            r.role.as_deref().is_none_or(|role| {
                role.split(' ').all(|w| {
                    w.ends_with("-jarige")
                        || w.ends_with('e')
                            && !w.starts_with(char::is_uppercase)
                            && !self.lex.speaker_noun(&w.to_lowercase())
                })
            })
        };
        self.in_focus_within(i, 3, true).filter(|r| {
            r.person
                && (any_role || no_role(r))
                && match self.gender(r) {
                    Some(true) => !masculine,
                    Some(false) => !feminine,
                    None => true,
                }
        })
    }

    /// Whether `een` and at most `adjectives` adjectives brought in a `noun` in the three
    /// sentences before `i`, or in `i` before token `before`: "een man" since makes "de man"
    /// that one, not the person in focus.
    fn brought_in(&self, i: usize, noun: &str, before: usize, adjectives: usize) -> bool {
        (i.saturating_sub(3)..=i).any(|s| {
            let Some(list) = self.indefinites[s].get(noun) else {
                return false;
            };
            let n = if s < i {
                list.len()
            } else {
                list.partition_point(|&(j, _)| j < before)
            };
            n > 0 && list[n - 1].1 <= adjectives + 1
        })
    }

    /// The person the text is about at sentence `i`, for a description ("de Helmonder"): the
    /// more recent of the last speaker who is a person and the last person named in full as
    /// a clause's subject (or by a surname of such a name), within twenty sentences.
    fn in_focus(&self, i: usize) -> Option<Resolved> {
        self.in_focus_within(i, 20, false)
    }

    /// Words before a group that leave it the public: quantifiers, not counts nor "alle"
    /// ("veel", "sommige", "de meeste"; "de" is listed for "de meeste" only: "De Italianen
    /// zeggen" are a people).
    fn public_quantifiers(&self, q: &[&str]) -> bool {
        !q.is_empty()
            && q.iter()
                .all(|w| self.lex.is("quantifiers", w) && !self.lex.is("counts", w) || *w == "de")
            && (q[0] != "de" || q.get(1) == Some(&"meeste"))
            && q[0] != "alle"
    }

    /// For an inhabitant's name (`demonym`, "de Maltese") with nobody named in full: a
    /// one-word name opening a clause in this sentence or the two before, in this paragraph
    /// ("Metsola keerde terug. „…”, zei de Maltese."); not the country ("Nederland … de
    /// Nederlander").
    fn surname_in_focus(&self, i: usize, demonym: &str) -> Option<Resolved> {
        let para = self.docs[i].input.paragraph;
        let demonym = demonym.to_lowercase();
        self.registry
            .subjects_before(i)
            .iter()
            .rev()
            .take_while(|s| i - s.sentence <= 2 && s.paragraph == para)
            .take(16)
            .filter(|s| s.clause)
            .find_map(|s| {
                let lower = s.name.to_lowercase();
                if s.name.contains(' ')
                    || s.name.chars().all(char::is_uppercase)
                    || demonym.starts_with(
                        &lower[..lower.char_indices().nth(3).map_or(lower.len(), |(b, _)| b)],
                    )
                    || ["land", "ije", "ië", "stan"]
                        .iter()
                        .any(|e| lower.ends_with(e))
                {
                    return None;
                }
                self.resolve_name(s.sentence, &s.name).filter(|r| r.person)
            })
    }

    /// [`Self::in_focus`] within `reach` sentences before `i`, and in `i` itself unless
    /// `before`.
    fn in_focus_within(&self, i: usize, reach: usize, before: bool) -> Option<Resolved> {
        let spoke = self
            .last_person
            .as_ref()
            .filter(|(si, _, _)| *si <= i && i - si <= reach && !(before && *si == i))
            .map(|(si, _, r)| (*si, r.clone()));
        let named = self
            .registry
            .subjects_before(i)
            .iter()
            .rev()
            .take_while(|s| i - s.sentence <= reach)
            .take(64)
            .filter(|s| s.clause && !(before && s.sentence == i))
            .find_map(|s| {
                let r = self.resolve_name(s.sentence, &s.name)?;
                (r.person && r.speaker.contains(' ')).then_some((s.sentence, r))
            });
        match (spoke, named) {
            (Some((a, r)), Some((b, n))) => Some(if b > a { n } else { r }),
            (Some((_, r)), None) | (None, Some((_, r))) => Some(r),
            (None, None) => None,
        }
    }

    /// The phrase that says whose anonymous sources are meant, at token `k`: a preposition
    /// and an organisation or a short noun phrase ("in het presidentiële paleis", "rond de
    /// minister").
    fn qualifier(&self, i: usize, k: usize) -> Option<String> {
        self.qualifier_span(i, k).map(|(q, _)| q)
    }

    /// The token after an anonymous source's qualifier ("bronnen rond de minister"), else
    /// after the phrase.
    fn past_qualifier(&self, i: usize, np: &Np) -> usize {
        match np.noun.as_deref() {
            Some(noun) if self.lex.is("anonymous", noun) => self
                .qualifier_span(i, np.t1)
                .or_else(|| self.relative_qualifier(i, np.t1))
                .map_or(np.t1, |(_, e)| e),
            // "volgens de regisseur van ‘Wolken’": a work's title says whose.
            _ if self.docs[i]
                .toks
                .get(np.t1)
                .is_some_and(|t| t.lower == "van")
                && self.docs[i].toks.get(np.t1 + 1).is_some_and(Tok::opens) =>
            {
                self.qualifier_span(i, np.t1).map_or(np.t1, |(_, e)| e)
            }
            _ => np.t1,
        }
    }

    /// A described speaker with the phrase that says whose or where it is ("de onderzoekers
    /// van de VN-missie", "inwoners van het dorp Haldor"), as one phrase.
    fn qualified(&self, i: usize, np: &Np) -> Option<Np> {
        if np.name.is_some() || np.pronoun || np.coordinated || np.quoted {
            return None;
        }
        np.noun.as_ref()?;
        let (q, end) = self.qualifier_span(i, np.t1)?;
        Some(Np {
            t1: end,
            phrase: format!("{} {q}", np.phrase),
            ..np.clone()
        })
    }

    /// [`Self::qualifier`] with the token after it.
    fn qualifier_span(&self, i: usize, k: usize) -> Option<(String, usize)> {
        self.qualifier_span_in(i, k, true)
    }

    /// [`Self::qualifier_span`]; `partitive`: "een van" may open it (once, so that a run of
    /// "van een van een …" costs one step, not one per word).
    fn qualifier_span_in(&self, i: usize, k: usize, partitive: bool) -> Option<(String, usize)> {
        let toks = &self.docs[i].toks;
        // "artsen ter plaatse", "journalisten ter plekke": where they are.
        if toks.get(k).is_some_and(|t| t.lower == "ter" && !t.quoted)
            && toks
                .get(k + 1)
                .is_some_and(|t| matches!(t.lower.as_str(), "plaatse" | "plekke"))
        {
            return Some((join(&toks[k..k + 2], self.docs[i].input.text), k + 2));
        }
        // "bronnen dicht bij de formateur": as "bij".
        if dicht_bij(toks, k)
            && let Some((_, e)) = self.qualifier_span_in(i, k + 1, partitive)
        {
            return Some((join(&toks[k..e], self.docs[i].input.text), e));
        }
        toks.get(k).filter(|t| {
            t.is_word()
                && matches!(
                    t.lower.as_str(),
                    "in" | "rond" | "rondom" | "bij" | "binnen" | "uit" | "van" | "nabij"
                )
        })?;
        let p = self.parser(i);
        let limit = toks.len().min(k + 1 + NP_MAX);
        // "De regisseur van ‘Wolken’", "de makers van “De Tunnel”": a work's title.
        let title = (toks[k].lower == "van" && toks.get(k + 1).is_some_and(Tok::opens))
            .then(|| self.quote_at(i, k + 1))
            .flatten()
            .filter(|q| {
                q.t0 == k + 1
                    && q.t1 <= limit
                    && toks[q.t0..q.t1].iter().filter(|t| t.is_word()).count() <= 6
                    && toks[q.t0..q.t1]
                        .iter()
                        .all(|t| !matches!(t.kind, Tk::Punct('.' | '!' | '?' | ',' | ':')))
            });
        let end = match title
            .map(|q| q.t1)
            .or_else(|| p.organisation(k + 1, limit).map(|(_, e)| e))
        {
            Some(e) => e,
            None => {
                // "het presidentiële paleis": an article, adjectives, a noun.
                let mut j = k + 1;
                // "de moeder van een van de zieke kinderen": one of a group.
                if partitive
                    && p.word(j).is_some_and(|w| matches!(w, "een" | "één"))
                    && p.word(j + 1) == Some("van")
                    && let Some((_, e)) = self.qualifier_span_in(i, j + 1, false)
                {
                    return Some((join(&toks[k..e], self.docs[i].input.text), e));
                }
                if p.word(j).is_some_and(|w| matches!(w, "de" | "het" | "een")) {
                    j += 1;
                }
                let noun = |w: &str| !self.lex.not_noun(w);
                while j + 1 < limit
                    && p.word(j).is_some_and(|w| w.ends_with('e'))
                    && p.word(j + 1).is_some_and(noun)
                {
                    j += 1;
                }
                p.word(j).filter(|w| noun(w))?;
                j + 1
            }
        };
        // "uit de omgeving van de premier": whose, once more.
        let end = if partitive
            && p.word(end) == Some("van")
            && let Some((_, e)) = self.qualifier_span_in(i, end, false)
        {
            e
        } else {
            end
        };
        Some((join(&toks[k..end], self.docs[i].input.text), end))
    }

    /// An anonymous source's restrictive relative clause up to its comma ("bronnen die bij
    /// de gesprekken betrokken waren,"), with the token after the comma.
    fn relative_qualifier(&self, i: usize, k: usize) -> Option<(String, usize)> {
        let toks = &self.docs[i].toks;
        toks.get(k)
            .filter(|t| t.is_word() && !t.quoted && t.lower == "die")?;
        let c = (k + 2..toks.len().min(k + 16))
            .find(|&j| !toks[j].is_word() || toks[j].quoted)
            .or((toks.len() <= k + 16).then_some(toks.len()))?;
        // ("een bron die zei dat …": the relative clause's own report.)
        if toks[k + 1..c]
            .iter()
            .any(|t| self.lex.forms.contains_key(&t.lower))
        {
            return None;
        }
        // (Or up to the sentence's end: "…, zeggen bronnen die betrokken zijn bij de
        // onderhandelingen."; not "iemand", whom no clause makes a source.)
        let last =
            c + 1 >= toks.len() && k.checked_sub(1).is_none_or(|p| toks[p].lower != "iemand");
        match toks.get(c) {
            Some(t) if t.is(',') => Some((join(&toks[k..c], self.docs[i].input.text), c + 1)),
            Some(t) if !(last && matches!(t.kind, Tk::Punct('.' | '!' | '?'))) => None,
            None if !last => None,
            _ => Some((join(&toks[k..c], self.docs[i].input.text), c)),
        }
    }

    /// Records a suggestion on sentence `i` for the code-point range, trimmed.
    fn emit(&mut self, i: usize, r: &Resolved, cue: &str, range: (usize, usize), score: f64) {
        let Some((claim, bytes)) = self.claim(i, range) else {
            return;
        };
        if r.person && r.speaker.contains(' ') {
            match r.mention.to_lowercase().as_str() {
                "hij" => {
                    self.genders.entry(r.speaker.clone()).or_insert(false);
                }
                "zij" | "ze" => {
                    self.genders.entry(r.speaker.clone()).or_insert(true);
                }
                _ => {}
            }
        }
        let s = &self.docs[i];
        self.has[i] = true;
        self.nested.push(false);
        self.bytes.push(bytes);
        self.out.push((
            i,
            Suggestion {
                segment: s.input.id.to_string(),
                speaker: r.speaker.clone(),
                mention: r.mention.clone(),
                role: r.role.clone(),
                organisation: r.organisation.clone(),
                cue: cue.to_string(),
                claim,
                score: (score * r.factor * 100.0).round() / 100.0,
            },
        ));
    }

    /// The claim for a token range of sentence `i`: without leading connectives, edge
    /// punctuation (a quotation keeps its marks) and spaces. None when nothing is left.
    fn claim(&self, i: usize, (t0, t1): (usize, usize)) -> Option<(ClaimSpan, (usize, usize))> {
        let docs = self.docs;
        let toks = &docs[i].toks;
        let (mut a, mut b) = (t0, t1.min(toks.len()));
        loop {
            while a < b && matches!(toks[a].kind, Tk::Punct(_)) {
                a += 1;
            }
            // (After "dat", "ook" is the claim's focus: "zegt dat ook de industrie …".)
            let focus = a < b && toks[a].lower == "ook" && a > 0 && toks[a - 1].lower == "dat";
            if a < b
                && toks[a].is_word()
                && self.lex.is("leading", &toks[a].lower)
                && !focus
                && a + 1 < b
            {
                a += 1;
                continue;
            }
            break;
        }
        while b > a && !toks[b - 1].quoted && matches!(toks[b - 1].kind, Tk::Punct(c) if c != ')') {
            b -= 1;
        }
        if a >= b {
            return None;
        }
        let text = self.docs[i].input.text;
        let (b0, b1) = (toks[a].b0, toks[b - 1].b1);
        if text[b0..b1]
            .chars()
            .filter(|c| c.is_alphanumeric())
            .take(2)
            .count()
            < 2
        {
            return None;
        }
        let span = ClaimSpan {
            start: toks[a].c0,
            end: toks[b - 1].c1,
            exact: String::new(),
        };
        Some((span, (b0, b1)))
    }

    /// Whether a body `r` can be what `noun` points back to: one whose name or role tells
    /// its kind keeps it ("de vakbond" is not the Olympic committee quoted before, "het
    /// bedrijf" no geological survey); a company noun fits any company, a general one any body.
    fn kind_fits(&self, noun: &str, r: &Resolved) -> bool {
        let kind = r
            .role
            .as_deref()
            .map(|role| last_word(head(role)))
            .into_iter()
            .chain(std::iter::once(last_word(&r.speaker)))
            .find(|w| self.lex.body_noun(w));
        let company = |w: &str| self.lex.ends_in("company-nouns", w);
        kind.is_none_or(|k| {
            k.ends_with(noun) || self.lex.is("general-bodies", noun) || company(noun) && company(&k)
        })
    }

    fn remember(&mut self, i: usize, r: &Resolved) {
        let para = self.docs[i].input.paragraph;
        self.last_speaker = Some((i, para, r.clone()));
        if r.person {
            self.last_person = Some((i, para, r.clone()));
        }
        // A body, for "het bedrijf", "de bond": not a person named in full ("ASML", "De
        // Woonbond", "de politie"), nor one named with a person's role ("voorzitter
        // Eenhoorn").
        let lower = r.speaker.to_lowercase();
        // Nor people described ("Deskundigen", "de onderzoekers"): "het bedrijf" is not them.
        let noun = last_word(head(&lower));
        let people = self.lex.speaker_noun(&noun) && !self.lex.body_noun(&noun);
        if !people
            && (!r.person
                || !r.speaker.contains(' ') && r.role.is_none()
                || lower.starts_with("de ")
                || lower.starts_with("het "))
        {
            self.last_body = Some((i, r.clone()));
        }
    }

    /// The token range of the quotation around token `k` of sentence `i`, if any.
    fn quote_at(&self, i: usize, k: usize) -> Option<QSpan> {
        // The quotations are disjoint and in order, so a binary search: a sentence a user
        // makes long with thousands of quotations each with its cue is not quadratic.
        let quotes = &self.docs[i].quotes;
        let n = quotes.partition_point(|q| q.t0 <= k);
        quotes[..n].last().copied().filter(|q| k < q.t1)
    }

    /// Attributes a quotation and the sentences it runs through (backward when it opened
    /// earlier, forward when it goes on).
    fn emit_quote(&mut self, i: usize, q: QSpan, r: &Resolved, cue: &str, score: f64) {
        self.emit(i, r, cue, (q.t0, q.t1), score);
        self.quote_speaker[i] = Some((r.clone(), cue.to_string()));
        if q.before {
            let mut j = i;
            while j > 0 && i - j < QUOTE_RUN {
                j -= 1;
                let Some(&last) = self.docs[j].quotes.last() else {
                    break;
                };
                // (Over a paragraph break only to a sentence with no suggestion yet: the
                // quotation's opening line before "…”, zei de coördinator.")
                if !last.after
                    || self.docs[j].input.paragraph != self.docs[i].input.paragraph && self.has[j]
                {
                    break;
                }
                self.emit(j, r, cue, (last.t0, last.t1), score * 0.95);
                if !last.before {
                    break;
                }
            }
        }
        if q.after {
            let mut j = i;
            while j + 1 < self.docs.len() && j - i < QUOTE_RUN {
                j += 1;
                let Some(&first) = self.docs[j].quotes.first() else {
                    break;
                };
                if !first.before {
                    break;
                }
                self.emit(j, r, cue, (first.t0, first.t1), score * 0.95);
                if !first.after {
                    break;
                }
            }
        }
    }

    fn sentence(&mut self, i: usize) {
        let n = self.docs[i].toks.len();
        if n == 0 {
            return;
        }
        if self.credit(i) || self.at_body_they_say(i) {
            return;
        }
        self.colon_quote(i);
        self.that_is_the_statement(i);
        self.that_report_fronted(i);
        self.body_passive(i);
        // "Nergens in het rapport staat dat …", "Nergens zegt Meta dat …": a negated report,
        // up to the first comma or quotation.
        let nowhere = {
            let toks = &self.docs[i].toks;
            if toks[0].lower == "nergens" && !toks[0].quoted {
                (1..n)
                    .find(|&j| toks[j].is(',') || toks[j].quoted)
                    .unwrap_or(n)
            } else {
                0
            }
        };
        for k in nowhere..n {
            let docs = self.docs;
            let tok = &docs[i].toks[k];
            if !tok.is_word() || tok.quoted {
                continue;
            }
            match tok.lower.as_str() {
                // ("volgens eigen zeggen" as "naar eigen zeggen".)
                "volgens" | "naar" if self.eigen_zeggen_at(i, k) => self.eigen_zeggen(i, k),
                "volgens" => self.volgens(i, k),
                "aldus" => self.aldus(i, k),
                "naar"
                    if self.docs[i]
                        .toks
                        .get(k + 1)
                        .is_some_and(|t| t.lower == "verluidt") =>
                {
                    self.verluidt(i, k)
                }
                // "Onder verwijzing naar lokale functionarissen meldde de staatstelevisie …",
                // "met een beroep op bronnen bij de politie": the English "citing", a second
                // source as volgens.
                "onder"
                    if self.docs[i]
                        .toks
                        .get(k + 1..k + 3)
                        .is_some_and(|w| w[0].lower == "verwijzing" && w[1].lower == "naar") =>
                {
                    self.according_to(i, k, k + 3, k + 1)
                }
                "met"
                    if self.docs[i].toks.get(k + 1..k + 4).is_some_and(|w| {
                        w[0].lower == "een" && w[1].lower == "beroep" && w[2].lower == "op"
                    }) =>
                {
                    self.according_to(i, k, k + 4, k + 2)
                }
                // "Procureur X, geciteerd door de krant El Vigía, zei dat …": who quotes the
                // speaker is a source too.
                "geciteerd" | "aangehaald"
                    if k > 0
                        && self.docs[i].toks[k - 1].is(',')
                        && self.docs[i]
                            .toks
                            .get(k + 1)
                            .is_some_and(|t| t.lower == "door") =>
                {
                    self.according_to(i, k, k + 2, k)
                }
                // "Het is, in de woorden van een boer uit Staphorst, „een gekkenhuis”": as
                // volgens.
                // ("In de ogen van Hoogland is de terugtrekking ‘een blunder’": so in the
                // eyes of someone.)
                "in" if self.docs[i].toks.get(k + 1..k + 4).is_some_and(|w| {
                    w[0].lower == "de"
                        && matches!(w[1].lower.as_str(), "woorden" | "ogen")
                        && w[2].lower == "van"
                }) =>
                {
                    self.according_to(i, k, k + 4, k + 2)
                }
                // "naar schatting van de VN", "naar zeggen van de burgemeester", "naar opgave
                // van het leger": as volgens ("naar schatting" alone is "about").
                "naar"
                    if self.docs[i].toks.get(k + 1).is_some_and(|t| {
                        matches!(
                            t.lower.as_str(),
                            "schatting" | "zeggen" | "inschatting" | "opgave"
                        )
                    }) && self.docs[i]
                        .toks
                        .get(k + 2)
                        .is_some_and(|t| t.lower == "van") =>
                {
                    self.according_to(i, k, k + 3, k + 1)
                }
                // "Naar het oordeel van het hof is de straf te laag", "naar de mening van de
                // rechter": as volgens.
                "naar"
                    if self.docs[i]
                        .toks
                        .get(k + 1)
                        .is_some_and(|t| matches!(t.lower.as_str(), "het" | "de"))
                        && self.docs[i].toks.get(k + 2).is_some_and(|t| {
                            matches!(
                                t.lower.as_str(),
                                "oordeel" | "mening" | "inschatting" | "overtuiging"
                            )
                        })
                        && self.docs[i]
                            .toks
                            .get(k + 3)
                            .is_some_and(|t| t.lower == "van") =>
                {
                    self.according_to(i, k, k + 4, k + 2)
                }
                // "Dat blijkt uit onderzoek van …" is evidence, not a claim (the guideline's
                // rule 3; every news gold labels it so); "Dat staat in een rapport van …" names
                // a document that says it.
                "staat" | "stond" | "staan" | "stonden" => self.evidential(i, k),
                "lezen" => self.readable_in(i, k),
                "mening" | "oordeel" | "standpunt" => self.stance(i, k),
                // (Not "bang", "bezorgd": a feeling the writer describes, as the corpus
                // article's "Veel Libiërs zijn ook bang dat …" is no annotated claim.)
                "overtuigd" | "zeker" | "optimistisch" | "pessimistisch" | "eens" => {
                    self.stance_adjective(i, k)
                }
                // (Also the Flemish "heet het": "Bij Groen heet het dat …".)
                "klinkt" | "klonk" | "heet" | "heette" => self.klinkt_het(i, k),
                "luidt" | "luidde" | "luiden" | "luidden" => self.luidt(i, k),
                w => {
                    if self.lex.is("judgement-verbs", w)
                        && let Some(that) = self.judgement_at(i, k)
                    {
                        self.judgement(i, k, that);
                        continue;
                    }
                    // "Op Twitter schreef Trump": a capitalised form inside a sentence is a
                    // name; a plural-only form is a cue only as a finite verb.
                    let lex = self.lex;
                    let forms = match lex.plurals.get(w) {
                        Some(forms) => self
                            .plural_cue(i, k, forms.iter().any(|f| lex.verbs[f.verb].quote))
                            .then_some(forms),
                        None => lex
                            .forms
                            .get(w)
                            .filter(|_| self.cue_form(i, k))
                            .or_else(|| {
                                // (Only inverted after a quotation: "„…?”, wilde de rechter
                                // weten."; "wil weten waarom …" is a wish as the held-out
                                // sets label it.)
                                lex.modals
                                    .get(w)
                                    .filter(|_| frames::after_quotation(&docs[i].toks, k))
                            }),
                    };
                    for &f in forms.into_iter().flatten() {
                        if self.verb(i, k, f) {
                            break;
                        }
                    }
                }
            }
        }
        self.nested_reports(i);
        self.adding(i);
        if !self.has[i] {
            self.speech_noun_colon(i);
        }
        if !self.has[i] {
            self.statement_colon(i);
        }
        if !self.has[i] {
            self.quote_then_verb(i);
        }
        if !self.has[i] {
            self.all_that_was_said(i);
        }
        if !self.has[i] {
            self.clause_colon_quote(i);
        }
        if !self.has[i] {
            self.stance_colon_clause(i);
        }
        if !self.has[i] {
            self.with_text(i);
        }
        if !self.has[i] {
            self.heading_colon(i);
        }
        if !self.has[i] {
            self.with_those_words(i);
        }
        if !self.has[i] {
            self.nominal_report(i);
        }
        if !self.has[i] {
            self.content_noun(i);
        }
    }

    /// Where the clause that holds token `k` starts: after the last `;`, `:` or opening of
    /// the sentence before it (a quotation's end counts too).
    fn clause_start(&self, i: usize, k: usize) -> usize {
        let toks = &self.docs[i].toks;
        let quoted = toks.get(k).is_some_and(|t| t.quoted);
        let starts = &self.starts[i][usize::from(quoted)];
        // (A longer clause is none the engine reads: it has nothing before `k`.)
        starts.get(k).map_or(k, |&a| {
            if k - a as usize > CLAUSE_MAX {
                k
            } else {
                a as usize
            }
        })
    }

    /// A clause start `s` moved back over short quotations inside the clause, which are
    /// titles or words it quotes, not the end of a quotation it follows ("Jochem Rijpstra,
    /// auteur van ‘Wolken’, vertelt").
    fn past_titles(&self, i: usize, mut s: usize) -> usize {
        let toks = &self.docs[i].toks;
        while s > 0
            && toks[s - 1].closes()
            && let Some(q) = self.quote_at(i, s - 1)
            && embedded(self.lex, toks, &q)
        {
            s = self.clause_start(i, q.t0);
        }
        s
    }

    /// Where the clause of a claim that ends before token `k` (a cue or its comma) starts;
    /// before a word the claim quotes at its end ("De huurders kregen een ‘sloopbrief’, zegt
    /// X": not after the quotation).
    fn start_before(&self, i: usize, k: usize) -> usize {
        match self.quote_before(i, k) {
            (_, Some(q)) if embedded(self.lex, &self.docs[i].toks, &q) => {
                self.clause_start(i, q.t0)
            }
            _ => self.clause_start(i, k),
        }
    }

    /// Where a claim before token `k` (a cue or its comma) ends, before the commas, and the
    /// quotation that closes there.
    fn quote_before(&self, i: usize, k: usize) -> (usize, Option<QSpan>) {
        let toks = &self.docs[i].toks;
        let mut e = k;
        while e > 0 && toks[e - 1].is(',') {
            e -= 1;
        }
        // ("‘…’: zo omschreef X het": a colon after the quotation.)
        if e > 1 && toks[e - 1].is(':') && toks[e - 2].closes() {
            e -= 1;
        }
        let q = (e > 0 && toks[e - 1].closes())
            .then(|| self.quote_at(i, e - 1))
            .flatten();
        (e, q)
    }

    /// Where the claim that starts at `k` ends: `;`, `:`, `, maar …`, a closing bracket of
    /// a quotation, or the sentence's end; at most `CLAUSE_MAX` tokens on (so that thousands
    /// of claims in one sentence a user makes long are not each the rest of it).
    fn claim_end(&self, i: usize, k: usize, stop_at_colon: bool) -> usize {
        let ends = &self.breaks[i][usize::from(stop_at_colon)];
        ends.get(k)
            .map_or(self.docs[i].toks.len(), |&e| e as usize)
            .min(k + CLAUSE_MAX)
    }

    /// "Beeld EPA", "Foto: ANP": a caption credit.
    fn credit(&mut self, i: usize) -> bool {
        let docs = self.docs;
        let toks = &docs[i].toks;
        if toks.len() < 2 || toks.len() > 8 || !self.lex.is("credit", &toks[0].lower) {
            return false;
        }
        let mut k = 1;
        if toks[k].is(':') {
            k += 1;
        }
        let p = self.parser(i);
        let Some(end) = p.name_run(k, toks.len()) else {
            return false;
        };
        let rest_ok = toks[end..].iter().all(|t| !t.is_word());
        if !rest_ok
            && !toks[end..]
                .iter()
                .all(|t| t.is_word() && t.capitalised() || t.is('/'))
        {
            return false;
        }
        let np = Np {
            t1: toks.len(),
            name: Some((k, toks.len())),
            phrase: join(&toks[k..end], self.docs[i].input.text),
            ..Default::default()
        };
        let cue = toks[0].text.to_string();
        // "Foto AP" is the agency, not the initials of a person named before.
        let agency = end == k + 1
            && toks[k].text.chars().all(|c| c.is_ascii_uppercase())
            && !self.registry.acronyms.contains_key(toks[k].text);
        let r = if agency {
            Some(Resolved::as_written(&np.phrase))
        } else {
            self.resolve(i, &np)
        };
        let Some(r) = r else {
            return false;
        };
        let n = toks.len();
        self.emit(i, &r, &cue, (0, n), 0.6);
        true
    }

    /// "Harchaoui: ‘…’" — a speaker phrase before a colon and a quotation: alone, with an
    /// addressee ("Hu tegen de pers:"), a name with an apposition or a topic ("Greven, oud-
    /// hoofdredacteur van Trouw:", "Greven over internet:"), or a name that ends a short
    /// heading ("Free Record Shop, Juan da Silva:", "RMS-leider in ballingschap Manusama:").
    fn colon_quote(&mut self, i: usize) {
        let docs = self.docs;
        let toks = &docs[i].toks;
        let Some(c) = toks.iter().position(|t| t.is(':') && !t.quoted) else {
            return;
        };
        if c == 0 || c + 1 >= toks.len() || !toks[c + 1].opens() {
            return;
        }
        let p = self.parser(i);
        // "Bas de Groot (SGP): “…”": a party or place in brackets after the name.
        let bracketed = |t1: usize| {
            c >= t1 + 3
                && c - t1 <= 6
                && toks[t1].is('(')
                && toks[c - 1].is(')')
                && toks[t1 + 1..c - 1].iter().all(Tok::is_word)
        };
        // "Dijkgraaf Hendrik Wolters van waterschap Vallei en Veluwe: ‘…’": the second half
        // of a body's name joined by "en".
        let joined_name = |t1: usize| {
            t1 > 0
                && c > t1 + 1
                && c - t1 <= 4
                && toks[t1].lower == "en"
                && toks[t1 - 1].capitalised()
                && toks[t1 + 1..c]
                    .iter()
                    .all(|t| t.is_word() && t.capitalised())
        };
        let np = p
            .parse(0, false)
            // ("Reactie van de werkgevers: ‘…’": a statement's noun without its article
            // is no name; whose it is follows.)
            .filter(|np| !(np.name == Some((0, 1)) && self.lex.statement_noun(&toks[0].lower)))
            .filter(|np| {
                np.t1 == c
                    || np.name.is_some() && joined_name(np.t1)
                    || np.name.is_some() && bracketed(np.t1)
                    || self.addressee(i, np.t1, c)
                    || np.name.is_some() && self.aside(i, np.t1, c)
                    // "De rechter over de verdachte:", "De moeder van het slachtoffer na
                    // afloop:": a description with a topic or a time (not a comma's aside).
                    || np.name.is_none()
                        && np.noun.is_some()
                        && !np.pronoun
                        && toks[np.t1].is_word()
                        && self.aside(i, np.t1, c)
            })
            .or_else(|| {
                // "Het antwoord van de woordvoerster: “…”": whose words; also judged
                // ("De reactie van de Commissie was kort: ‘…’", "Het oordeel van Amnesty over
                // de deal is vernietigend: ‘…’": a copula, at most three words after it).
                let judged = |t1: usize| {
                    t1 < c
                        && c - t1 <= 10
                        && (t1..c).any(|j| {
                            matches!(toks[j].lower.as_str(), "is" | "was" | "klonk" | "klinkt")
                                && c - j <= 4
                                && toks[j + 1..c].iter().all(|t| {
                                    t.is_word()
                                        && !t.capitalised()
                                        && !self.lex.forms.contains_key(&t.lower)
                                })
                        })
                        && toks[t1..c].iter().all(|t| t.is_word() && !t.quoted)
                };
                self.statement_author(i, 0)
                    .filter(|np| np.t1 == c || judged(np.t1))
            })
            .or_else(|| {
                // "Voor wethouder Ben Kroon staat vast: „…”", "Voor de oppositie is de zaak
                // duidelijk: ‘…’": for whom the quotation is clear says it.
                let clear = |t1: usize| {
                    c > t1 + 1
                        && c - t1 <= 5
                        && matches!(toks[t1].lower.as_str(), "is" | "was" | "staat" | "stond")
                        && self.lex.is("clear-words", &toks[c - 1].lower)
                        && toks[t1 + 1..c]
                            .iter()
                            .all(|t| t.is_word() && !t.capitalised() && !t.quoted)
                };
                (toks[0].lower == "voor")
                    .then(|| p.parse(1, false))
                    .flatten()
                    .filter(|np| clear(np.t1))
            })
            .or_else(|| {
                // No verb before the colon: "Een man zei tegen de Boeddha:" is a cue's.
                let heading = c <= 10
                    && toks[..c].iter().all(|t| {
                        !t.is_word()
                            || !self.lex.forms.contains_key(&t.lower)
                                && !self.lex.is("aux", &t.lower)
                    });
                heading
                    .then(|| {
                        // (Not a name inside a phrase: "twee opera's van Verdi: ‘Aida’ en
                        // ‘La traviata’" lists titles.)
                        (1..c)
                            .filter(|&b| !self.lex.is("prepositions", &toks[b - 1].lower))
                            .find_map(|b| {
                                p.parse(b, false)
                                    .filter(|np| np.t1 == c && np.name.is_some() && !np.pronoun)
                            })
                    })
                    .flatten()
            });
        // ("Opinie: ‘…’": a page's rubric.)
        let Some(np) = np.filter(|_| !(c == 1 && self.lex.is("rubrics", &toks[0].lower))) else {
            return;
        };
        let Some(q) = self.quote_at(i, c + 1) else {
            return;
        };
        let Some(r) = self.resolve(i, &np) else {
            return;
        };
        self.emit_quote(i, q, &r, ":", 0.85);
        self.remember(i, &r);
    }

    /// Whether tokens `a..c` after a name are an apposition or a topic before a colon: a
    /// comma (not before a name) or a preposition first, then words and commas only, no verb
    /// of the lists.
    fn aside(&self, i: usize, a: usize, c: usize) -> bool {
        let toks = &self.docs[i].toks;
        a < c
            && c - a <= 24
            // "Free Record Shop, Juan da Silva:": a name after the comma is the speaker.
            && (toks[a].is(',') && !toks.get(a + 1).is_some_and(Tok::capitalised)
                || toks[a].is_word()
                    && matches!(
                        toks[a].lower.as_str(),
                        "over"
                            | "in"
                            | "namens"
                            | "van"
                            | "bij"
                            | "op"
                            // "Trainer Sophie Ancelin na de finale:", "… tegen de NOS:".
                            | "na"
                            | "tijdens"
                            | "tegen"
                            | "tegenover"
                            | "achteraf"
                            | "desgevraagd"
                    ))
            && (a..c).all(|j| {
                let t = &toks[j];
                !t.quoted
                    && (t.is(',')
                        || t.is('-')
                        || t.is_word()
                            && !self.lex.forms.contains_key(&t.lower)
                            && !self.lex.is("aux", &t.lower)
                        // ("over zijn cliënt", "over haar nieuwe film": a possessive.)
                        || matches!(t.lower.as_str(), "zijn" | "haar")
                            && j > a
                            && self.lex.is("prepositions", &toks[j - 1].lower))
            })
    }

    /// `volgens X`: the claim is the rest of the sentence when it starts with it, the part
    /// before when it ends with it, and the whole clause when it stands in the middle.
    /// "de vraag of …", "de vragen waarom …": `j` opens the question put to someone.
    fn put_question(&self, i: usize, j: usize) -> bool {
        let toks = &self.docs[i].toks;
        j > 0
            && !toks[j].quoted
            && (toks[j].lower == "of" || self.lex.is("question-words", &toks[j].lower))
            && (matches!(toks[j - 1].lower.as_str(), "vraag" | "vragen")
                // ("Op de vraag van de NOS of …": who asked, in at most five words.)
                || (j.saturating_sub(7)..j.saturating_sub(2)).any(|v| {
                    matches!(toks[v].lower.as_str(), "vraag" | "vragen")
                        && matches!(toks[v + 1].lower.as_str(), "van" | "door")
                        && (v + 1..j).all(|m| toks[m].is_word() && !toks[m].quoted)
                })
                // ("zei Powell toen hem werd gevraagd of hij aftrad": asked of the speaker.)
                || toks[j - 1].lower == "gevraagd"
                    && j >= 4
                    && matches!(toks[j - 2].lower.as_str(), "werd" | "wordt")
                    && matches!(toks[j - 3].lower.as_str(), "hem" | "haar" | "hen")
                    && toks[j - 4].lower == "toen")
    }

    /// `np` after a `volgens` at `k` inside a clause, without a last one-word name that is
    /// the verb's object: "… heeft volgens het ISW Koepjansk vrijwel omsingeld", "…
    /// volgens de Oekraïense luchtmacht Odesa bestookt", "volgens Zuid-Koreaanse
    /// functionarissen Rusland miljoenen granaten geleverd". An acronym, a plural or a body's
    /// noun that takes no name ends the source; "volgens de krant Trouw", "volgens minister
    /// Bruins" and "volgens de politie Amsterdam" keep theirs.
    fn object_after_source(&self, i: usize, k: usize, np: Np) -> (Np, Option<String>) {
        let toks = &self.docs[i].toks;
        let Some((n0, n1)) = np.name else {
            return (np, None);
        };
        let inside = k > 0 && toks[k - 1].is_word() && !toks[k - 1].quoted;
        let object = n1 == np.t1
            && toks
                .get(n1)
                .is_some_and(|t| t.is_word() && !t.capitalised() && !t.quoted)
            && !toks[n1 - 1].acronym();
        if !inside || !object || n0 == 0 {
            return (np, None);
        }
        let dropped = Some(toks[n1 - 1].text.to_string());
        if n1 - n0 == 2 && toks[n0].acronym() && k + 1 < n0 {
            // "het ISW Koepjansk": the acronym alone.
            let np = Np {
                t1: n0 + 1,
                name: Some((n0, n0 + 1)),
                phrase: join(&toks[k + 1..n0 + 1], self.docs[i].input.text),
                ..np
            };
            return (np, dropped);
        }
        let before = &toks[n0 - 1];
        let lower = before.lower.as_str();
        let takes_no_name = before.is_word()
            && !before.capitalised()
            && !self.lex.ends_in("named-nouns", lower)
            && !self.lex.is("place-units", lower)
            && (self.lex.plural_noun(lower)
                || self.lex.body_noun(lower) && !self.lex.person_noun(lower));
        if n1 - n0 == 1 && n0 > k + 1 && takes_no_name {
            let np = Np {
                t1: n0,
                name: None,
                role: None,
                organisation: None,
                noun: Some(lower.to_string()),
                phrase: join(&toks[k + 1..n0], self.docs[i].input.text),
                ..np
            };
            return (np, dropped);
        }
        (np, None)
    }

    fn volgens(&mut self, i: usize, k: usize) {
        if self.according_to_whom(i, k) {
            return;
        }
        self.according_to(i, k, k + 1, k);
    }

    /// "LTO-voorzitter Jorrit Hoekstra, volgens wie de regeling „te laat” komt, wil …": the
    /// speaker is the phrase before the comma, the claim the relative clause up to its comma.
    fn according_to_whom(&mut self, i: usize, k: usize) -> bool {
        let toks = &self.docs[i].toks;
        if k < 2
            || !toks[k - 1].is(',')
            || !toks
                .get(k + 1)
                .is_some_and(|t| t.lower == "wie" && !t.quoted)
        {
            return false;
        }
        let end = k - 1;
        let p = self.parser(i);
        let Some(np) = (end.saturating_sub(NP_MAX)..end).find_map(|j| {
            p.parse(j, false).filter(|np| {
                np.t1 == end && !np.pronoun && (np.name.is_some() || np.noun.is_some())
            })
        }) else {
            return false;
        };
        let close = (k + 2..toks.len().min(k + 2 + CLAUSE_MAX))
            .find(|&j| {
                !toks[j].quoted
                    && (toks[j].is(',') || matches!(toks[j].kind, Tk::Punct('.' | '!' | '?' | ';')))
            })
            .unwrap_or(toks.len().min(k + 2 + CLAUSE_MAX));
        if close <= k + 2 {
            return false;
        }
        let Some(r) = self.resolve(i, &np) else {
            return false;
        };
        let cue = toks[k].text.to_string();
        self.emit(i, &r, &cue, (k + 2, close), 0.8);
        self.remember(i, &r);
        true
    }

    /// `volgens` at `k` (or "naar schatting van" from `k`, its cue word at `c`) with the
    /// source from `a`.
    fn according_to(&mut self, i: usize, k: usize, a: usize, c: usize) {
        // "volgens een verklaring van het ministerie": the author speaks.
        // "volgens de verklaring", "volgens het persbericht": the document says it (not
        // "een verklaring", which is none in particular, nor research, which is evidence).
        let document = || {
            self.the_document(i, a).filter(|np| {
                !matches!(self.docs[i].toks[a].lower.as_str(), "een")
                    && !np
                        .noun
                        .as_deref()
                        .is_some_and(|n| self.lex.ends_in("figures", n))
            })
        };
        // ("volgens het rapport van de inspectie": the author of a source noun speaks.)
        let Some(np) = self
            .source_author(i, a)
            .or_else(|| self.parse_coord(i, a, true).filter(Np::speaks))
            .or_else(document)
        else {
            return;
        };
        if !np.speaks() || self.a_law(i, a, &np) {
            return;
        }
        let (np, object) = self.object_after_source(i, k, np);
        let source = np.phrase.clone();
        // "Volgens de woordvoerder van de VN, Ahmed Barzani, zijn …": the name in apposition
        // (also after phrases of place: "van UNHCR in Genève, Ahmed Barzani,").
        let toks = &self.docs[i].toks;
        let np = match (np.t1 + 1..toks.len().min(np.t1 + NP_MAX)).find(|&c| toks[c].is(',')) {
            Some(c)
                if np.name.is_none()
                    && np.noun.is_some()
                    && !toks[np.t1].is(',')
                    && self.pp_tail(i, np.t1, c) =>
            {
                let named = self.apposed_name(
                    i,
                    Np {
                        t1: c,
                        ..np.clone()
                    },
                );
                if named.name.is_some() { named } else { np }
            }
            _ => self.apposed_name(i, np),
        };
        let Some(r) = self.resolve(i, &np) else {
            return;
        };
        // (Not the object the registry took for the source's name, "Odesa (Oekraïense
        // luchtmacht)": the source as written.)
        let r = match object {
            Some(o) if r.speaker.ends_with(&o) => Resolved {
                speaker: source,
                role: None,
                organisation: None,
                person: false,
                ..r
            },
            _ => r,
        };
        let docs = self.docs;
        let toks = &docs[i].toks;
        let n = toks.len();
        let start = self.clause_start(i, k);
        // "De minister zei dat er volgens de politie …": the claim is in the dat-clause (not
        // a "Dat" opening the clause); "De man, die volgens de politie dronken was, reed …":
        // in the relative clause, up to its comma.
        // (Not across a clause break: "Hoewel Kamphuis denkt dat …, moeten huishoudens zich
        // volgens haar …" is the main clause's.)
        let plain = &self.breaks[i][0];
        let sub = (start + 1..k)
            .rev()
            .take(2 * NP_MAX)
            .take_while(|&j| plain[j] as usize != j)
            .find(|&j| {
                !toks[j].quoted
                    && (matches!(toks[j].lower.as_str(), "dat" | "of")
                    // (Inside it: "De dader, die … is aangehouden, heeft volgens de
                    // officier bekend" is the main clause's.)
                    || toks[j].lower == "die"
                        && toks[j - 1].is(',')
                        && !toks[j + 1..k].iter().any(|t| t.is(',')))
            });
        let relative = sub.is_some_and(|j| toks[j - 1].is(','));
        // Else the clause after the last break before the cue ("…, maar volgens haar …").
        let start = sub.map_or((self.breaks[i][2][k] as usize).max(start), |j| j + 1);
        let lead = (start..k).all(|j| {
            !toks[j].is_word() || self.lex.is("leading", &toks[j].lower) || toks[j].quoted
        });
        // "volgens bronnen rond de minister is …": the claim starts after whose sources.
        let mut t1 = self.past_qualifier(i, &np);
        // ("Volgens de astronaute zelf is …": the speaker's own word.)
        if toks.get(t1).is_some_and(|t| t.lower == "zelf" && !t.quoted) {
            t1 += 1;
        }
        // ("Volgens de gouverneur, geciteerd door het persbureau, staat …": past who cites.)
        if toks.get(t1).is_some_and(|t| t.is(',') && !t.quoted)
            && toks
                .get(t1 + 1)
                .is_some_and(|t| matches!(t.lower.as_str(), "geciteerd" | "aangehaald"))
            && toks.get(t1 + 2).is_some_and(|t| t.lower == "door")
            && let Some(e) = (t1 + 3..n.min(t1 + 3 + NP_MAX)).find(|&j| toks[j].is(','))
        {
            t1 = e;
        }
        let trailing = toks[t1..].iter().all(|t| !t.is_word());
        let range = if lead {
            // "Volgens Jansen, hoogleraar in Leiden, is …": past the apposition.
            // (And past the comma that closes a name in apposition: "Volgens de advocaat,
            // Marc Peeters, had hij …".)
            let a = self.past_apposition(i, t1);
            let a = if a == t1 && toks.get(a).is_some_and(|t| t.is(',') && !t.quoted) {
                a + 1
            } else {
                a
            };
            (a, self.claim_end(i, a, false))
        } else if trailing {
            (start, k)
        } else {
            (start, self.claim_end(i, t1, false).max(t1).min(n))
        };
        let range = if relative {
            let (a, b) = range;
            (a, (a..b).find(|&j| toks[j].is(',')).unwrap_or(b))
        } else {
            range
        };
        let score = if np.name.is_some() {
            0.9
        } else if np.pronoun {
            0.8
        } else {
            0.75
        };
        let cue = toks[c].text.to_string();
        self.emit(i, &r, &cue, range, score);
        self.remember(i, &r);
    }

    /// "volgens artikel 300 van het Wetboek van Strafrecht", "volgens de Opiumwet": a law
    /// or an article of one is a rule, not a source (the guideline's rule 3).
    fn a_law(&self, i: usize, a: usize, np: &Np) -> bool {
        let toks = &self.docs[i].toks;
        let numbered = np.name.is_none()
            && np.noun.as_deref().is_some_and(|n| {
                matches!(
                    n,
                    "artikel" | "artikelen" | "paragraaf" | "lid" | "hoofdstuk"
                )
            })
            && toks
                .get(np.t1)
                .is_some_and(|t| t.text.starts_with(|c: char| c.is_ascii_digit()));
        // ("Wet Bibob", "Algemene wet bestuursrecht", "Reglement van Orde", "de APV".)
        let named = np.name.is_some_and(|(a, b)| {
            toks[a..b.min(a + 6)].iter().any(|t| self.lex.law_word(t.text))
        }) || (a..np.t1.min(a + 6)).any(|j| {
            toks[j].capitalised()
                && self.lex.is("laws", &toks[j].lower)
                && !self.lex.caps_organisation(toks[j].text)
        })
            // ("Algemene wet bestuursrecht": the phrase stopped before the law's noun.)
            || toks
                .get(np.t1)
                .is_some_and(|t| t.is_word() && matches!(t.lower.as_str(), "wet" | "verordening"));
        numbered || named
    }

    /// "…, aldus X." — only after a comma or quotation, with nothing but punctuation after X.
    fn aldus(&mut self, i: usize, k: usize) {
        let docs = self.docs;
        let toks = &docs[i].toks;
        // "…, aldus nog schepen Thomas Wuyts.": a last word of the speaker's.
        let at = if toks.get(k + 1).is_some_and(|t| t.lower == "nog") {
            k + 2
        } else {
            k + 1
        };
        // "Het complex komt er ten vroegste in 2028. Aldus burgemeester Tine Rombouts.": a
        // sentence that only names the speaker of the sentence before, as "Dat zei X.".
        // ("Aldus de minister, Fortunet Nouatin-Agbo.", "Aldus Wasswa na zijn vrijlating.":
        // the name in apposition; a phrase of place or time after, of at most eight words.)
        if k == 0 && i > 0 && !self.docs[i - 1].toks.is_empty() {
            let p = self.parser(i);
            let ends = |np: &Np| {
                let rest = &toks[np.t1..];
                rest.iter().all(|t| t.is('.') || t.is('!'))
                    || rest.len() <= 9
                        && rest
                            .first()
                            .is_some_and(|t| t.is_word() && self.lex.is("prepositions", &t.lower))
                        && rest.iter().enumerate().all(|(x, t)| {
                            t.is_word()
                                && !t.quoted
                                && (!self.lex.forms.contains_key(&t.lower)
                                    && !self.lex.is("aux", &t.lower)
                                    // ("na zijn vrijlating": a possessive.)
                                    || x > 0 && matches!(t.lower.as_str(), "zijn" | "haar"))
                                || t.is('.')
                                || t.is('!')
                        })
            };
            if let Some(np) = p.parse(at, false).map(|np| self.apposed_name(i, np))
                && ends(&np)
                && let Some(r) = self.resolve(i, &np)
            {
                let cue = toks[k].text.to_string();
                self.claim_before(i, &r, &cue, 0.7, 0.75);
                self.remember(i, &r);
            }
            return;
        }
        if k == 0 || !(toks[k - 1].is(',') || toks[k - 1].closes() || toks[k - 1].is('(')) {
            return;
        }
        // ("‘…’, aldus een verklaring van het Witte Huis.": the author of a source noun.)
        // ("…, aldus de ACLU en het Brennan Center.": coordinated sources are one.)
        let Some(np) = self
            .parse_coord(i, at, false)
            .or_else(|| self.source_author(i, at))
        else {
            return;
        };
        // "‘…’, aldus de woordvoerder van het ministerie, Chen Xiaoling.": the name in
        // apposition.
        let np = self.apposed_name(i, np);
        // "… 31 procent (aldus de fabrikant), een record …": the clause before the brackets.
        if toks[k - 1].is('(') {
            if !toks.get(np.t1).is_some_and(|t| t.is(')')) {
                return;
            }
            if let Some(r) = self.resolve(i, &np) {
                let start = self.clause_start(i, k - 1);
                self.emit(i, &r, toks[k].text, (start, k - 1), 0.85);
                self.remember(i, &r);
            }
            return;
        }
        // "‘…’, aldus de gouverneur, ‘en …’": the quotation after the frame is theirs too;
        // "De aanslag was, aldus de minister, „zorgvuldig voorbereid”.": one claim through it.
        if toks.get(np.t1).is_some_and(|t| t.is(','))
            && toks.get(np.t1 + 1).is_some_and(Tok::opens)
            && let Some(q) = self.quote_at(i, np.t1 + 1)
        {
            let Some(r) = self.resolve(i, &np) else {
                return;
            };
            let cue = toks[k].text.to_string();
            if toks[k - 1].closes() || k >= 2 && toks[k - 2].closes() {
                self.before_cue(i, k, &r, &cue, 0.9);
                self.emit_quote(i, q, &r, &cue, 0.9);
            } else {
                let start = self.clause_start(i, k);
                self.emit(i, &r, &cue, (start, q.t1), 0.85);
            }
            self.remember(i, &r);
            return;
        }
        // "…, aldus Straw, die erop wijst dat …": a relative clause about the speaker may
        // follow; "…, aldus De Mol, kansen die …": the claim goes on after the cue.
        let relative = toks.get(np.t1).is_some_and(|t| t.is(','))
            && toks
                .get(np.t1 + 1)
                .is_some_and(|t| matches!(t.lower.as_str(), "die" | "dat" | "wiens" | "wier"))
            // ("…, aldus een diplomaat die anoniem wil blijven.": a restrictive one to the
            // sentence's end says which.)
            || np.name.is_none()
                && toks.get(np.t1).is_some_and(|t| t.lower == "die")
                && toks[np.t1..]
                    .iter()
                    .all(|t| t.is_word() && !t.quoted || t.is('.') || t.is('!'));
        // "…, aldus De Croo op Twitter.", "…, aldus het OM dinsdag.": a phrase of place or
        // time closes the sentence; the claim is before the cue.
        // ("…, aldus Hoekstra op X, voorheen Twitter.", "…, aldus Tabak, Kamerlid voor de
        // SP.": no verb and no clause follows, only phrases about the speaker.)
        let clause_word = |t: &Tok<'_>| {
            matches!(
                t.lower.as_str(),
                "dat" | "die" | "en" | "maar" | "want" | "of"
            )
        };
        // (Counting stops at the eleventh word: a long rest is never read whole.)
        let verbless = toks[np.t1..]
            .iter()
            .filter(|t| t.is_word())
            .take(11)
            .count()
            <= 10
            && toks[np.t1..].iter().all(|t| {
                t.is_word()
                    && (t.capitalised() || !self.lex.forms.contains_key(&t.lower))
                    && !self.lex.is("aux", &t.lower)
                    && !clause_word(t)
                    || [',', '(', ')', '.', '!'].iter().any(|&c| t.is(c))
                    || t.closes()
            });
        // ("…, aldus een bron dicht bij het koningshuis.": as "bij".)
        let adjunct = toks.get(np.t1).is_some_and(|t| {
            t.is_word()
                && (self.lex.is("prepositions", &t.lower)
                    || self.lex.is("function", &t.lower)
                    || dicht_bij(toks, np.t1))
                && !clause_word(t)
        }) && (toks[np.t1..]
            .iter()
            .all(|t| t.is_word() || t.is('.') || t.is('!') || t.closes())
            || verbless)
            // ("…, aldus Europarlementariër Pieter Smit van de fractie Renew Europe.": the
            // name of the phrase's body ends the sentence.)
            || verbless
                && toks[np.t1..]
                    .iter()
                    .all(|t| t.is_word() && t.capitalised() || t.is('.') || t.is('!'));
        let after_comma = |ok: &dyn Fn(usize) -> bool| {
            verbless
                && toks.get(np.t1).is_some_and(|t| t.is(','))
                && (np.t1 + 1..toks.len().min(np.t1 + 3)).any(|j| toks[j].is_word() && ok(j))
        };
        // A role in apposition ends the sentence ("…, Kamerlid voor de SP."); a phrase of
        // place or time does when the claim cannot go on through it ("…, op Facebook.").
        let role = after_comma(&|j| {
            self.lex.speaker_noun(&toks[j].lower)
                && (j == np.t1 + 1 || self.lex.is("determiners", &toks[j - 1].lower))
        });
        let appositive =
            after_comma(&|j| j == np.t1 + 1 && self.lex.is("prepositions", &toks[j].lower));
        let parenthetical =
            !relative && !adjunct && !role && toks[np.t1..].iter().any(|t| t.is_word());
        let end = if parenthetical {
            match self.parenthetical(i, k, np.t1) {
                Some(end) => Some(end),
                None if appositive => None,
                None if self.speaking_tail(i, k, np.t1) => None,
                None => return,
            }
        } else {
            None
        };
        let Some(r) = self.resolve(i, &np) else {
            return;
        };
        let cue = toks[k].text.to_string();
        match end {
            Some(end) => {
                let start = self.start_before(i, k);
                self.emit(i, &r, &cue, (start, end), 0.85);
            }
            None => self.before_cue(i, k, &r, &cue, 0.9),
        }
        self.remember(i, &r);
    }

    /// "naar verluidt": reported, by someone unnamed.
    fn verluidt(&mut self, i: usize, k: usize) {
        let docs = self.docs;
        let toks = &docs[i].toks;
        let start = self.clause_start(i, k);
        let end = self.claim_end(i, k, false);
        let cue = join(&toks[k..k + 2], self.docs[i].input.text);
        let r = Resolved {
            speaker: UNNAMED_SOURCE.into(),
            mention: cue.clone(),
            role: None,
            organisation: None,
            factor: 1.0,
            person: false,
        };
        let range =
            if (start..k).all(|j| !toks[j].is_word() || self.lex.is("leading", &toks[j].lower)) {
                (k + 2, end)
            } else if toks[k + 2..end].iter().all(|t| !t.is_word()) {
                (start, k)
            } else {
                (start, end)
            };
        self.emit(i, &r, &cue, range, 0.4);
    }

    /// The claim before a postposed cue at `k`: the quotation that ends just before it, else
    /// the clause from its start up to the comma.
    fn before_cue(&mut self, i: usize, k: usize, r: &Resolved, cue: &str, score: f64) {
        let (e, q) = self.quote_before(i, k);
        if let Some(q) = q.filter(|q| !embedded(self.lex, &self.docs[i].toks, q)) {
            self.emit_quote(i, q, r, cue, score);
            return;
        }
        let start = self.start_before(i, e);
        self.emit(i, r, cue, (start, e), score * 0.95);
    }

    /// A reporting verb at token `k`. True when it made a suggestion.
    fn verb(&mut self, i: usize, k: usize, form: lexicon::Form) -> bool {
        let lex = self.lex;
        let docs = self.docs;
        let toks = &docs[i].toks;
        let n = toks.len();
        let verb = &lex.verbs[form.verb];
        let prev = if k > 0 {
            toks[k - 1].lower.as_str()
        } else {
            ""
        };
        // "heeft zich tot doel gesteld … te", "stelt zich tot doel … te": an aim, no claim.
        let aim = |j: usize| {
            toks[j].lower == "doel" && j > 0 && matches!(toks[j - 1].lower.as_str(), "tot" | "ten")
        };
        if k >= 2 && aim(k - 1) || (k + 2..n.min(k + 5)).any(aim) {
            return false;
        }
        // "Dat is de vraag die iedereen zich stelt", "stelde zich de vraag of …": asking
        // oneself, no claim (the guideline's "zich afvragen").
        if toks[k].lower.starts_with("stel")
            && ((k.saturating_sub(2)..k).any(|j| toks[j].lower == "zich")
                || toks.get(k + 1).is_some_and(|t| t.lower == "zich"))
            && (k.saturating_sub(8)..n.min(k + 6))
                .any(|j| matches!(toks[j].lower.as_str(), "vraag" | "vragen") && !toks[j].quoted)
        {
            return false;
        }
        // "om te zeggen", "simpel gezegd", "er werd gezegd"; but "wist te melden".
        let knew = k > 1 && matches!(toks[k - 2].lower.as_str(), "weet" | "wist" | "wisten");
        if prev == "te" && !knew || lex.is("negative-before", prev) {
            return false;
        }
        // "had moeten melden dat", "zou kunnen zeggen dat": what was not said (a modal's
        // infinitive after a past `hebben` or `zullen`); "zou hebben gezegd" was said.
        if matches!(prev, "moeten" | "kunnen" | "mogen")
            && (k.saturating_sub(10)..k - 1).any(|j| {
                !toks[j].quoted
                    && matches!(toks[j].lower.as_str(), "had" | "hadden" | "zou" | "zouden")
            })
        {
            return false;
        }
        // "Waarom verklaarde de directeur dat …?", "Vindt de minister dat …?": a question
        // about what someone said or thinks asserts nothing (the verb first, or after a
        // question word and at most two words; the question mark outside any quotation).
        if toks.last().is_some_and(|t| t.is('?') && !t.quoted)
            && (k == 0
                || k <= 3
                    && lex.is("question-words", &toks[0].lower)
                    && (1..k).all(|j| toks[j].is_word() && !toks[j].quoted))
        {
            return false;
        }
        // "Dat werd bevestigd door de politie": a passive names its speaker after `door`.
        if let Some(done) = self.passive_door(i, k, toks[k].text, verb.weight, verb.te) {
            return done;
        }
        if lex.is("passive", prev) || toks.get(k + 1).is_some_and(|t| lex.is("passive", &t.lower)) {
            return false;
        }
        // "In de motie wordt het college verzocht om …": the noun phrase between the passive
        // auxiliary and the participle is the one asked, not the one asking.
        if k >= 2 && {
            // (Within reach of one noun phrase, so a long clause costs no rescan per cue.)
            let start = self.clause_start(i, k).max(k.saturating_sub(12)).max(1);
            (start..k - 1).any(|j| {
                !toks[j].quoted
                    && lex.is("passive", &toks[j].lower)
                    && self
                        .parser(i)
                        .parse(j + 1, false)
                        .is_some_and(|np| np.t1 == k)
            })
        } {
            return false;
        }
        // "Bewoners is (vorige week) verteld dat …": told, by nobody named (an agent after
        // `door` was found above).
        if zijn_passive(lex, toks, k) {
            return false;
        }
        // (A verb of naming is read below, its agent with its quotation.)
        if !verb.quote && worden_passive(lex, toks, k) {
            return false;
        }
        // "het schrijven", "zijn zeggen": an infinitive after an article is a noun.
        if toks[k].lower.ends_with("en")
            && matches!(
                prev,
                "de" | "het"
                    | "'t"
                    | "een"
                    | "dit"
                    | "deze"
                    | "zijn"
                    | "haar"
                    | "hun"
                    | "ons"
                    | "mijn"
            )
            // (Not a verb cluster: "heeft ons laten weten dat".)
            && !(toks[k].lower == "laten" && toks.get(k + 1).is_some_and(|t| t.lower == "weten"))
        {
            return false;
        }
        // The clause after the verb, up to the next clause boundary.
        // (Not the full stop of an initial: "verklaarde Jordi V. (23) dat …".)
        let mut clause_end = k + 1;
        while clause_end < n
            && clause_end - k <= COMPLEMENT_WINDOW
            && (!matches!(toks[clause_end].kind, Tk::Punct('.' | '!' | '?' | ';'))
                || self.parser(i).initial_dot(clause_end)
                || self.parser(i).title_dot(clause_end))
        {
            clause_end += 1;
        }
        // After a cue that follows its claim, "in een rapport dat …" or "in zijn rapport
        // over X, dat …" (or a title: "in De Staat van het Onderwijs, dat …") is where it
        // says so; the "dat" is the document's relative, no complement.
        // (Inverted, its subject right after it: "…, zei Fauci, de topadviseur, in een
        // interview dat …" has the claim after it.)
        let inverted = |p: usize| {
            self.parser(i)
                .parse(k + 1, false)
                .is_some_and(|np| np.speaks() && !np.pronoun && np.t1 == p)
        };
        let after_claim = k > 1 && toks[k - 1].is(',') && !toks[k - 1].quoted
            || k == 1 && toks[0].lower == "dat"
            || frames::zo_after_comma(toks, k);
        if after_claim
            && let Some(p) = (k + 1..clause_end).find(|&j| toks[j].lower == "in" && !toks[j].quoted)
            && (k == 1 || inverted(p))
            && let Some(d) =
                (p + 2..clause_end.min(p + 10)).find(|&j| toks[j].lower == "dat" && !toks[j].quoted)
        {
            let head = if toks[d - 1].is(',') { d - 2 } else { d - 1 };
            let document = (p + 1..=head).any(|j| {
                toks[j].is_word()
                    && !toks[j].quoted
                    && (lex.ends_in("neuter-documents", &toks[j].lower)
                        || toks[d - 1].is(',') && toks[j].capitalised() && j == head)
            });
            if document {
                clause_end = clause_end.min(d);
            }
        }
        // A relative clause after a comma has its own verb and complement: "heeft de uitslag
        // bekendgemaakt, waaruit bleek dat …", "…, die zei dat …".
        if let Some(c) = (k + 1..clause_end.saturating_sub(1)).find(|&j| {
            toks[j].is(',')
                && !toks[j].quoted
                && toks[j + 1].is_word()
                && (lex.is("relative-adverbs", &toks[j + 1].lower)
                    || matches!(toks[j + 1].lower.as_str(), "die" | "wat")
                    // After a cue that follows its claim, "dat" is a neuter speaker's
                    // relative: "De schade is enorm, meldde het ministerie, dat een
                    // crisisteam heeft gestuurd."
                    || toks[j + 1].lower == "dat"
                        && k > 1
                        && toks[k - 1].is(',')
                        && !toks[k - 1].quoted
                        && toks.get(k + 1).is_some_and(|t| t.lower == "het"))
        }) {
            // ("Dinsdag zei een arts, die anoniem wilde blijven, dat …": a relative clause
            // about the subject after the verb, then the verb's own complement.)
            let about_subject = toks[c + 1].lower == "die"
                && (c + 2..clause_end.min(c + 16))
                    .find(|&j| toks[j].is(','))
                    .is_some_and(|e| {
                        toks.get(e + 1).is_some_and(|t| {
                            !t.quoted && t.is_word() && matches!(t.lower.as_str(), "dat" | "of")
                        })
                    });
            if !about_subject {
                clause_end = c;
            }
        }
        // Blocking particles and split particles stand before the complement
        // ("stelde voor dat …"); "stelde dat hij in Parijs …" is not "instellen".
        // (A short title in quotation marks after "in", "van" or a programme's noun is part
        // of the clause: "maakte zondag in ‘Buitenhof’ bekend dat", "Het programma ‘Zembla’".)
        // (Within the complement's window, so that a sentence of many titles costs no more.)
        let title = |j: usize| {
            j > k + 1
                && j - k <= COMPLEMENT_WINDOW
                && toks[j - 1].is_word()
                && (matches!(toks[j - 1].lower.as_str(), "in" | "van" | "bij" | "uit")
                    || lex.is("programme-nouns", &toks[j - 1].lower))
                && toks.get(j + 1).is_some_and(|t| t.capitalised())
                && self
                    .quote_at(i, j)
                    .is_some_and(|q| q.t1 - q.t0 <= 7 && q.t1 < clause_end)
        };
        let comp_at = (k + 1..clause_end)
            .find(|&j| {
                let t = &toks[j];
                t.opens() && !title(j)
                    || (!t.quoted
                        && (t.is(':') || (t.is_word() && matches!(t.lower.as_str(), "dat" | "of"))))
            })
            .unwrap_or(clause_end);
        let after: Vec<usize> = (k + 1..comp_at)
            .filter(|&j| toks[j].is_word() && !toks[j].quoted)
            .collect();
        // "Een burgemeester zegt niet zomaar dat …", "Een goede wethouder vertelt de raad
        // altijd dat …": what any holder of a role does, nobody in particular.
        if (2..=4).contains(&k)
            && toks[0].lower == "een"
            && toks[1..k]
                .iter()
                .all(|t| t.is_word() && !t.quoted && !t.capitalised())
            && after
                .iter()
                .take_while(|&&j| j <= k + 3)
                .any(|&j| matches!(toks[j].lower.as_str(), "altijd" | "zomaar" | "nooit"))
        {
            return false;
        }
        // A blocking particle ends its clause ("stelde een blokkade in."); a preposition
        // with its phrase is none ("Dat stelt Tom de Kleer, fractievoorzitter in de raad").
        // (Also before an indirect question: "vroeg zich af hoeveel …".)
        let particle_at = |j: usize| {
            // "stelde een commissie in die moet nagaan of …": a relative clause follows.
            let relative = || {
                toks.get(j + 1).is_some_and(|t| t.lower == "die")
                    && toks.get(j + 2).is_some_and(|u| {
                        u.is_word()
                            && (lex.is("aux", &u.lower)
                                || lex.is("function", &u.lower)
                                || lex.is("sentence-adverbs", &u.lower))
                    })
            };
            // ("stelt in ‘Terzake’ dat": a title in quotation marks after a preposition.)
            let title = || {
                quoted_title(toks, j + 1, 5)
                    .is_some_and(|m| toks.get(m + 1).is_some_and(Tok::is_word))
            };
            // ("vroeg de premier om ‘af te treden’": a quotation after `om` is its clause.)
            relative()
                || toks.get(j + 1).is_none_or(|t| {
                    !(t.is_word() || t.opens() && toks[j].lower == "om" || title())
                        || matches!(
                            t.lower.as_str(),
                            "dat"
                                | "om"
                                | "en"
                                | "maar"
                                | "of"
                                | "hoe"
                                | "hoeveel"
                                | "wat"
                                | "wie"
                                | "waarom"
                                | "waar"
                                | "wanneer"
                                | "welke"
                                | "welk"
                        )
                })
        };
        if after.iter().any(|&j| {
            verb.blockers.iter().any(|b| *b == toks[j].lower)
                // "dreigt … te worden": `te` blocks before its infinitive.
                && (toks[j].lower == "te" || particle_at(j))
                || lex.is("inferential", &toks[j].lower)
        }) {
            return false;
        }
        if verb.unreflexive
            && toks
                .get(k + 1)
                .is_some_and(|t| t.lower == "zich" && !t.quoted)
            && toks.get(k + 2).is_none_or(|t| t.lower != "bereid")
        {
            return false;
        }
        // "De minister zei niet dat …": a negated assertion reports nothing (but "zei niet
        // alleen dat …", and "zei niet te weten dat …", whose negation is the claim's).
        if verb.assertion
            && toks
                .get(comp_at)
                .is_some_and(|t| !t.quoted && matches!(t.lower.as_str(), "dat" | "of"))
            && after.iter().any(|&j| {
                matches!(
                    toks[j].lower.as_str(),
                    "niet" | "nooit" | "geenszins" | "nergens"
                ) && toks.get(j + 1).is_none_or(|t| {
                    !matches!(t.lower.as_str(), "alleen" | "enkel" | "slechts" | "zomaar")
                }) && !(j + 1..comp_at).any(|m| toks[m].lower == "te")
            })
        {
            return false;
        }
        if self.indefinite_with_relative(i, &after, comp_at) {
            return false;
        }
        let mut particle = None;
        if form.split {
            // (Not a preposition before whom: "gaf de opdracht aan generaal Zeine om …".)
            particle = after.iter().copied().find(|&j| {
                verb.particles.iter().any(|p| *p == toks[j].lower)
                    && !(toks[j].lower == "aan"
                        && toks.get(j + 1).is_some_and(|n| {
                            n.is_word()
                                && !n.quoted
                                && (n.capitalised() || lex.person_noun(&n.lower))
                        }))
                    // Nor the particle of an om-clause's infinitive: "geeft Polen een maand om
                    // de wet aan te passen".
                    && !(toks.get(j + 1).is_some_and(|n| n.lower == "te")
                        && (k + 1..j).any(|x| toks[x].lower == "om"))
            });
            // "De politie spreekt dat tegen.": the pronoun, then the particle ending the
            // sentence.
            if particle.is_none()
                && toks
                    .get(k + 1)
                    .is_some_and(|t| matches!(t.lower.as_str(), "dat" | "dit") && !t.quoted)
                && let Some(last) = toks.iter().rposition(Tok::is_word)
                && last > k + 1
                && verb.particles.iter().any(|p| *p == toks[last].lower)
            {
                particle = Some(last);
            }
            if particle.is_none() {
                return false;
            }
        }
        let cue = toks[k].text.to_string();

        // A verb of naming reports only words in quotation marks after it ("Een logische
        // ontwikkeling, zo noemt De Mol het" names, it quotes nobody).
        if verb.quote {
            // "Het hotel wordt door gasten omschreven als ‘een bouwput’": in the passive, who
            // speaks is the agent after `door`, or nobody named; never the thing described.
            let start = self.starts[i][1].get(k).map_or(0, |&a| a as usize);
            let w = toks[k].lower.as_str();
            if (w.starts_with("ge") || w.ends_with("en") || w.ends_with('d'))
                && let Some(aux) = (start..k)
                    .rev()
                    .take(2 * NP_MAX)
                    .find(|&j| !toks[j].quoted && lex.is("passive", &toks[j].lower))
            {
                let agent = (aux + 1..k)
                    .find(|&j| toks[j].lower == "door" && !toks[j].quoted)
                    .and_then(|d| self.parse_coord(i, d + 1, true))
                    .filter(|np| np.speaks() && np.t1 == k);
                let q = (k + 1..(k + 4).min(n))
                    .find(|&j| toks[j].opens())
                    .and_then(|j| self.quote_at(i, j))
                    .filter(|q| !self.a_name_quoted(i, q));
                if let (Some(np), Some(q)) = (agent, q)
                    && let Some(r) = self.resolve(i, &np)
                {
                    self.emit(i, &r, &cue, (q.t0, q.t1), verb.weight * 0.85);
                    self.remember(i, &r);
                    return true;
                }
                return false;
            }
            // "Het Kremlin heeft de berichten ‘volstrekte fantasie’ genoemd": a participle
            // after `heeft`, its quotation before it (not "door entomologen ‘wantsen’
            // genoemd", a passive that names).
            // (Participles without `ge-` in front: only those that are no finite form,
            // not "beschreven", also a past plural.)
            if toks[k].lower.starts_with("ge")
                || matches!(
                    toks[k].lower.as_str(),
                    "bestempeld" | "bekritiseerd" | "betuigd" | "uitgesproken"
                )
            {
                // (The clause's start across the quotation in it.)
                let start = self.starts[i][1].get(k).map_or(0, |&a| a as usize);
                let Some(aux) = (start..k).rev().take(2 * NP_MAX).find(|&j| {
                    !toks[j].quoted
                        && matches!(
                            toks[j].lower.as_str(),
                            "heeft" | "hebben" | "had" | "hadden"
                        )
                }) else {
                    return false;
                };
                if (aux..k).any(|j| toks[j].lower == "door" && !toks[j].quoted) {
                    return false;
                }
                // "heeft gedreigd met „…”", "heeft gesproken van ‘…’": a verb with a
                // preposition takes the quotation right after it or its article, on either
                // side ("heeft met „tientallen kandidaten” gesproken" talked to people).
                let after_prep = |o: usize| {
                    let mut p = o;
                    if p > 0 && matches!(toks[p - 1].lower.as_str(), "een" | "de" | "het") {
                        p -= 1;
                    }
                    p > 0 && verb.preps.contains(&toks[p - 1].lower)
                };
                let Some(q) = (aux + 1..k)
                    .find(|&j| toks[j].opens())
                    .or_else(|| {
                        (k + 1..(k + 3).min(toks.len()))
                            .find(|&j| toks[j].opens())
                            .filter(|_| !verb.preps.is_empty())
                    })
                    .filter(|&o| verb.preps.is_empty() || after_prep(o))
                    .and_then(|j| self.quote_at(i, j))
                    .filter(|q| !self.a_name_quoted(i, q))
                else {
                    return false;
                };
                let Some(r) = self.subject_at(i, start, aux) else {
                    return false;
                };
                self.emit(i, &r, &cue, (q.t0, q.t1), verb.weight * 0.9);
                self.remember(i, &r);
                return true;
            }
            let from = particle.unwrap_or(k) + 1;
            // "„Onaanvaardbaar”, noemt X de wachttijden", "‘Een bodemloze put’: zo omschreef
            // X de financiering": the quotation that opens the sentence, before the inverted
            // verb, is the claim, as for any verb after its claim.
            let at = if prev == "zo" { k - 1 } else { k };
            let fronted = !(from..clause_end).any(|j| toks[j].opens())
                && self
                    .quote_before(i, at)
                    .1
                    .is_some_and(|q| !toks[..q.t0].iter().any(Tok::is_word));
            // (Else it falls through to the postposed frame below.)
            if !fronted {
                // "dreigde met „ernstige gevolgen”": with a preposition, the quotation is its
                // object, right after it or its article ("dreigt met sancties tegen ngo's die
                // ‘…’" threatens with a thing).
                if !verb.preps.is_empty()
                    && (from..clause_end)
                        .find(|&j| toks[j].opens())
                        .is_none_or(|o| {
                            let mut p = o;
                            if p > from
                                && matches!(toks[p - 1].lower.as_str(), "een" | "de" | "het")
                            {
                                p -= 1;
                            }
                            p == from || !verb.preps.contains(&toks[p - 1].lower)
                        })
                {
                    return false;
                }
                // "vindt het voorstel ‘onacceptabel’": a judgement needs its object right before
                // the quotation, no preposition but `van` between ("vond een briefje met de tekst ‘…’",
                // "vonden ‘verdachte pakketjes’" found things).
                if matches!(toks[k].lower.as_str(), "vindt" | "vond" | "vonden")
                    && (from..clause_end)
                        .find(|&j| toks[j].opens())
                        .is_none_or(|o| {
                            o == from
                                || !toks[o - 1].is_word()
                                || (from..o).any(|j| {
                                    toks[j].is_word()
                                        && toks[j].lower != "van"
                                        && lex.is("prepositions", &toks[j].lower)
                                })
                        })
                {
                    return false;
                }
                return self.quoted_words(i, k, from, clause_end, &cue, verb.weight);
            }
        }

        // "Dat zei Hu." / "Dat heeft de politie gemeld.": the claim is the sentence before.
        if let Some(done) = self.anaphoric(i, k, &cue, verb.weight) {
            return done;
        }
        // "Een woordvoerder bevestigt dat tegenover RTV Drenthe.": the same pronoun after
        // the verb.
        if let Some(done) = self.trailing_that(i, k, particle, &cue, verb.weight) {
            return done;
        }

        // Postposed: "…, zegt hij." / "‘…’, zei Hu." / "…, zo zegt hij." / "…, heeft de
        // club laten weten."
        if let Some((at, np, loose)) = self.postposed(i, k) {
            {
                // "…, zegt Zeno Winkels die ervoor pleit dat …": a relative clause about the
                // speaker may hold a "dat" of its own.
                let t1 = np.t1.max(k + 1);
                // ("De schade is enorm, meldde het ministerie, dat een crisisteam stuurde":
                // a neuter speaker's relative; not the subject clause "het" stands for in
                // "Het is duidelijk, zei hij, dat …".)
                let start = self.clause_start(i, at);
                let dummy = toks.get(start).is_some_and(|t| t.lower == "het")
                    && toks.get(start + 1).is_some_and(|t| lex.is("aux", &t.lower));
                let relative = [t1, t1 + 1].iter().any(|&j| {
                    toks.get(j).is_some_and(|t| {
                        t.is_word() && matches!(t.lower.as_str(), "die" | "wiens" | "wier")
                            || j > t1
                                && !dummy
                                && !t.quoted
                                && t.lower == "dat"
                                // (Or a bare name, which is neuter: "…, zegt Qatar, dat
                                // bemiddelt.")
                                && (toks[k + 1].lower == "het"
                                    || !np.phrase.contains(' ') && toks[k + 1].capitalised())
                    }) && (j == t1 || toks[t1].is(','))
                });
                // ("„…”, zei de president, en hij voegde eraan toe dat …": a second main
                // clause has its own cue.)
                let rest_end = (t1.min(clause_end)..clause_end.saturating_sub(1))
                    .find(|&j| {
                        toks[j].is(',')
                            && !toks[j].quoted
                            && (coordinator(&toks[j + 1].lower)
                                || toks[j + 1].lower == "terwijl"
                                // ("„…”, zei Zelensky, eraan toevoegend dat …".)
                                || adding_that(toks, j + 1).is_some())
                    })
                    .unwrap_or(clause_end);
                // ("zei Verbeek op de vraag of ze aftreedt": the question put to the speaker.)
                // ("zei X nadat bekend werd dat …", "toen duidelijk werd dat …": the `dat` of
                // an impersonal clause in the adverbial clause after the speaker.)
                let adverbial = |j: usize| {
                    (t1..j).rev().take(6).any(|m| {
                        matches!(
                            toks[m].lower.as_str(),
                            "nadat" | "toen" | "zodra" | "voordat" | "omdat" | "wanneer"
                        ) && (m + 1..j).any(|v| {
                            matches!(toks[v].lower.as_str(), "werd" | "wordt" | "was" | "bleek")
                        })
                    })
                };
                let rest_ok = relative
                    || (t1.min(clause_end)..rest_end).all(|j| {
                        let t = &toks[j];
                        t.quoted
                            || !(t.is_word() && matches!(t.lower.as_str(), "dat" | "of"))
                            || self.put_question(i, j)
                            || adverbial(j)
                    });
                // "Omdat het regent, blijven de bewoners binnen": a subordinate clause is no
                // claim of the main clause's subject.
                // ("Of hij nog naar Thialf wilde, vroeg zijn dochter hem": a fronted question
                // is what an asking verb asks; not an interviewer's, which the news golds do
                // not count: "Of hij nog kon genieten, vroeg de verslaggever.")
                let interviewer = np
                    .noun
                    .as_deref()
                    .is_some_and(|n| lex.is("interviewers", n));
                let fronted_question = verb.question
                    && !interviewer
                    && toks.get(start).is_some_and(|t| {
                        t.is_word()
                            && !t.quoted
                            && (t.lower == "of" || lex.is("question-words", &t.lower))
                    });
                let rest_ok =
                    rest_ok && !(at > 0 && self.fronted[i] == Some(at - 1) && !fronted_question);
                // "Volgens iemand die erbij was, dreigde de president met …": the comma closes
                // a volgens phrase, which is no clause.
                let rest_ok = rest_ok
                    && !(toks[start].lower == "volgens"
                        && self.parse_coord(i, start + 1, true).is_some_and(|np| {
                            let end = self.past_qualifier(i, &np);
                            end == at || end + 1 == at && toks[end].is(',')
                        }));
                // "In een update …, meldde het bureau gisteren 96 nieuwe gevallen": a count
                // after the subject is the verb's own object (not after a preposition: "zei
                // hij op 12 mei").
                // (Up to a comma that closes the frame: "Het dodental is, zo meldde het
                // ministerie, gestegen tot 87" counts in the claim.)
                let own_end = (t1..clause_end)
                    .find(|&j| toks[j].is(',') && !toks[j].quoted)
                    .unwrap_or(clause_end);
                let counted = (t1..own_end).any(|j| {
                    toks[j].is_word()
                        && !toks[j].quoted
                        && toks[j].text.chars().all(|c| c.is_ascii_digit())
                        && !(j > 0
                            && toks[j - 1].is_word()
                            && (self.lex.is("prepositions", &toks[j - 1].lower)
                                || self.lex.is("calendar", &toks[j - 1].lower)
                                // ("zei Rob Kamp in aflevering 3", "tegen RTL 4": a label
                                // or a name's number.)
                                || self.lex.is("numbered-nouns", &toks[j - 1].lower)
                                || toks[j - 1].capitalised() && j > t1))
                        && !toks
                            .get(j + 1)
                            .is_some_and(|t| self.lex.is("calendar", &t.lower))
                });
                let rest_ok = rest_ok && !counted;
                // "Of de minister ervan wist, zegt het rapport niet.", "Waarom het misging,
                // vermeldt het rapport niet": a fronted question or a negated cue claims
                // nothing.
                // ("Wat de oorzaak is, is onduidelijk, zegt Jumbo", "Wie spaart, verliest
                // geld, zegt X": the question or the free relative is part of the claim's
                // clause, which goes on after its comma.)
                let question = toks.get(start).is_some_and(|t| {
                    t.is_word()
                        && !t.quoted
                        && (t.lower == "of" || lex.is("question-words", &t.lower))
                }) && !(start + 1..at).any(|j| {
                    toks[j].is(',') && !toks[j].quoted && toks[j + 1..at].iter().any(Tok::is_word)
                });
                let negated = (t1..own_end)
                    .all(|j| !toks[j].is_word() || lex.adverb(&toks[j].lower))
                    && (t1..own_end).any(|j| matches!(toks[j].lower.as_str(), "niet" | "nooit"));
                // "Op de vraag of ze blijft, antwoordde X: „Nee.”", "Gevraagd of hij blijft,
                // zei X …": the question put to the speaker is no claim; the answer is.
                let asked = toks[start].lower == "gevraagd"
                    || (start + 1..at).any(|j| self.put_question(i, j));
                // "In ‘Wolken’ vertelt Kolk over haar jeugd", "Over ‘Wolken’ zegt Kramer: „…”":
                // a title in a fronted phrase is no quotation the cue follows.
                let titled = {
                    let s0 = self.start_before(i, at);
                    toks[s0].is_word()
                        && !toks[s0].quoted
                        && lex.is("prepositions", &toks[s0].lower)
                        && at > s0 + 1
                        && toks[at - 1].closes()
                        && !(s0..at).any(|j| toks[j].is(',') && !toks[j].quoted)
                };
                // ("Dat het kabinet de doelen haalt, gelooft Meijer niet.": a negated belief
                // is still a view; a negated assertion claims nothing.)
                let belief = [
                    "geloof", "denk", "dacht", "verwacht", "vrees", "meen", "meende",
                ]
                .iter()
                .any(|b| toks[k].lower.starts_with(b));
                let negated = negated && !belief;
                let rest_ok =
                    rest_ok && (!question || fronted_question) && !negated && !asked && !titled;
                let r = if loose {
                    self.resolve_loose(i, &np)
                } else {
                    self.resolve(i, &np)
                };
                if rest_ok && let Some(r) = r {
                    // "…, zei Hu, ‘maar …’": the quotation after it is his too.
                    // After an apposition the comma is the phrase's own: "…, zegt Carlos
                    // Orellana, een medewerker van de uitgeverij, ‘maar …’".
                    // ("…, liet de wethouder weten, „…”", "…, voegde ze eraan toe, „…”": after a
                    // split verb's particle.)
                    let t1q = if toks.get(np.t1).is_some_and(Tok::opens) {
                        np.t1 - 1
                    } else if let Some(p) = particle.filter(|&p| p >= np.t1) {
                        p + 1
                    } else {
                        np.t1
                    };
                    let after = (t1q > k
                        && toks.get(t1q).is_some_and(|t| t.is(','))
                        && toks.get(t1q + 1).is_some_and(Tok::opens))
                    .then(|| self.quote_at(i, t1q + 1))
                    .flatten();
                    let start = self.start_before(i, at);
                    // ("…, zo schrijven de bisschoppen in hun vastenbrief, ‘…’": past a phrase
                    // of place.)
                    let placed = (t1q > k
                        && t1q < own_end
                        && own_end - t1q <= 6
                        && self.lex.is("prepositions", &toks[t1q].lower)
                        && toks[t1q..own_end].iter().all(|t| t.is_word() && !t.quoted)
                        && toks.get(own_end + 1).is_some_and(Tok::opens))
                    .then(|| self.quote_at(i, own_end + 1))
                    .flatten();
                    // "De kerk is, zegt pastoor Jacobs, ‘geen museum’", "Het celibaat, zei de
                    // kardinaal, ‘is geen dogma’": an unquoted claim begun before the cue ends
                    // in the quotation after it, one claim.
                    let resumed = after.or(placed).filter(|q| {
                        !q.before
                            && !q.after
                            && !relative
                            && at >= 2
                            && toks[at - 1].is(',')
                            && !toks[at - 2].closes()
                            && (start..at - 1).any(|j| toks[j].is_word())
                            && (start..at - 1).all(|j| !toks[j].quoted && !toks[j].opens())
                            && toks[q.t1..].iter().all(|t| !t.is_word())
                    });
                    if let Some(q) = resumed {
                        self.emit(i, &r, &cue, (start, q.t1), verb.weight * 0.9);
                        self.quote_speaker[i] = Some((r.clone(), cue.clone()));
                        self.remember(i, &r);
                        return true;
                    }
                    // "Het is, zegt Jansen, een ramp": the claim goes on after the cue.
                    if let Some(end) = (!relative).then(|| self.parenthetical(i, at, t1)).flatten()
                    {
                        self.emit(i, &r, &cue, (start, end), verb.weight * 0.9);
                    } else {
                        self.before_cue(i, at, &r, &cue, verb.weight);
                    }
                    self.remember(i, &r);
                    if let Some(q) = after {
                        self.emit_quote(i, q, &r, &cue, verb.weight);
                    }
                    return true;
                }
            }
        }

        // "Zoals de minister al zei, is de situatie ernstig."
        if self.zoals(i, k, particle, &cue, verb.weight) {
            return true;
        }

        // Preposed: find the complement.
        let from = particle.unwrap_or(k) + 1;
        let mut complement = None;
        for j in from..clause_end {
            let t = &toks[j];
            if t.opens() && j > 0 && toks[j - 1].is(':') {
                complement = Some((j, Comp::Quote));
                break;
            }
            // "Minister Boelens zei „We gaan gewoon door”": a quotation of three words or
            // more right after a verb of saying, without a colon (not a title after
            // "schreef", nor a name after "noemde").
            // (So after the inverted subject: "Volgens het Pentagon benadrukte Austin „…”",
            // "Daarop zei de minister „…”".)
            // (The parse only at an opening mark: a clause a user fills with words costs no
            // parse per word.)
            if t.opens()
                && (j == from
                    || j > from
                        && toks[j - 1].is_word()
                        && self
                            .parser(i)
                            .parse(from, false)
                            .is_some_and(|np| np.t1 == j && np.speaks()))
                && !verb.frame
                && !verb.quote
                && self
                    .quote_at(i, j)
                    .is_some_and(|q| toks[q.t0..q.t1].iter().filter(|t| t.is_word()).count() >= 3)
            {
                complement = Some((j, Comp::Quote));
                break;
            }
            if t.quoted {
                continue;
            }
            if t.is(':') {
                complement = Some((j + 1, Comp::Colon));
                if toks.get(j + 1).is_some_and(Tok::opens) {
                    complement = Some((j + 1, Comp::Quote));
                } else if verb.colon_quote {
                    complement = None;
                }
                break;
            }
            // "vroeg waarom …", "vroeg wat de reden was" (not "vroeg wat geld"): the
            // question word opens the claim.
            if verb.question
                && t.is_word()
                && lex.is("question-words", &t.lower)
                && (t.lower != "wat"
                    || toks.get(j + 1).is_some_and(|n| {
                        n.is_word()
                            && (lex.is("determiners", &n.lower)
                                || lex.is("pronouns", &n.lower)
                                || matches!(n.lower.as_str(), "er" | "we"))
                    }))
            {
                complement = Some((j, Comp::That));
                break;
            }
            // "zegde een lening toe, op voorwaarde dat …": the `dat` of a phrase is no
            // complement of the verb.
            if t.is_word()
                && t.lower == "dat"
                && j > 0
                && lex.is("that-phrases", &toks[j - 1].lower)
            {
                break;
            }
            // "reageerde niet op de vraag of ze aftreedt": the question is no claim (the
            // answer may follow: "zei op de vraag of ze aftreedt dat …").
            if t.is_word() && self.put_question(i, j) {
                continue;
            }
            // "Het kabinet maakt vrijdag bekend of …", "De minister zegt volgende week of …":
            // after a verb that is not asking, `of` opens a question still open.
            // (Not "or" between quotations: "zoals ‘…’ of ‘…’".)
            if t.is_word()
                && t.lower == "of"
                && !t.quoted
                && !verb.question
                && toks[j - 1].is_word()
                && toks.get(j + 1).is_some_and(Tok::is_word)
            {
                break;
            }
            if t.is_word() && matches!(t.lower.as_str(), "dat" | "of") {
                // "vond een fossiel dat …": with a frame verb, a `dat` after an object is
                // a relative pronoun; "vindt dat veel te weinig": a demonstrative.
                if verb.frame && (self.object_before(i, from, j) || self.demonstrative(i, j)) {
                    break;
                }
                // "zei dat niet letterlijk, maar …", "zei dat niet met zoveel woorden": a
                // demonstrative, the saying denied.
                if t.lower == "dat" && self.denied_demonstrative(i, j) {
                    break;
                }
                // "wijst op het succes van Dubrovnik, dat …": a particle that is a preposition
                // with its object; the `dat` after the object's comma is its relative.
                if t.lower == "dat"
                    && toks[j - 1].is(',')
                    && particle.is_some_and(|p| {
                        p + 2 < j
                            && lex.is("prepositions", &toks[p].lower)
                            && lex.is("determiners", &toks[p + 1].lower)
                    })
                {
                    break;
                }
                complement = Some((j + 1, Comp::That));
                break;
            }
            // "vroeg om meer tijd om de zaak te bestuderen": a thing asked for, with a
            // purpose; no request of a te-infinitive.
            if t.is_word()
                && t.lower == "om"
                && !t.quoted
                && verb.preps.contains(&t.lower)
                && let Some(second) = (j + 1..clause_end).find(|&x| toks[x].lower == "om")
                && !(j + 1..second).any(|x| toks[x].lower == "te")
                && (j + 1..second).all(|x| toks[x].is_word())
            {
                return false;
            }
            // "vraagt het kabinet om de lonen te verhogen": `om` brings a request only with
            // its te-infinitive ("vraagt om geld" asks for a thing).
            if t.is_word()
                && verb.preps.contains(&t.lower)
                && (t.lower != "om"
                    || (j + 1..clause_end)
                        .take_while(|&x| toks[x].lower != "om")
                        .any(|x| {
                            toks[x].lower == "te" && toks.get(x + 1).is_some_and(|w| w.is_word())
                        })
                    // Not "vroeg zich af … om …" (wondered).
                    && !(k + 1..j).any(|x| toks[x].lower == "af"))
            {
                complement = Some((j + 1, Comp::Prep));
                break;
            }
            if t.is(',')
                && toks
                    .get(j + 1)
                    .is_some_and(|n| n.is_word() && lex.forms.contains_key(&n.lower))
            {
                break;
            }
            // "De film vertelt het verhaal van een man die zegt dat …": a nearer reporting
            // verb owns the complement ("zei te verwachten dat" keeps it: an infinitive).
            // (A verb's stem after an article or a preposition is a noun: "zegt in antwoord
            // op Kamervragen dat", "in een antwoord dat".)
            if j > from
                && self.cue_form(i, j)
                && toks[j - 1].lower != "te"
                && !self.lex.is("negative-before", &toks[j - 1].lower)
                && !(self.lex.is("determiners", &toks[j - 1].lower)
                    || self.lex.is("prepositions", &toks[j - 1].lower) && toks[j - 1].lower != "om")
            {
                break;
            }
        }
        let Some((c, kind)) = complement else {
            // "stelde de gemeenten in staat … te", "stelt zich ten doel … te", "stelt het op
            // prijs … te", "stelt alles in het werk om … te", "stelt huurders verplicht om":
            // an idiom of a verb that a particle makes another, no claim.
            let idiom = verb.blockers.iter().any(|b| b == "in")
                && (from..clause_end)
                    .take_while(|&j| toks[j].lower != "te")
                    .take(COMPLEMENT_WINDOW)
                    .any(|j| {
                        // ("stelt voor … te schrappen" is the proposal of "voorstellen".)
                        j == from && toks[j].lower == "voor"
                            || j > 0
                                && matches!(
                                    (toks[j - 1].lower.as_str(), toks[j].lower.as_str()),
                                    ("in", "staat" | "gelegenheid")
                                        | ("ten" | "tot", "doel")
                                        | ("op", "prijs")
                                        | ("de", "gelegenheid")
                                        | ("het", "werk")
                                        | (_, "verplicht" | "om")
                                )
                    });
            if verb.te && !idiom && self.te_claim(i, k, from, clause_end, &cue, verb.weight) {
                return true;
            }
            return self.object_claim(i, k, particle, verb.object, &cue, verb.weight);
        };
        if verb.frame && kind == Comp::Prep {
            return false;
        }
        // "Het Witte Huis bevestigt dat.": `dat` ends the sentence, a pronoun for what was
        // said before; it is the claim, as in "Dat zei Hu".
        // So with adverbs after it ("Historici betwijfelen dat echter."); negated, nothing
        // is claimed ("De politie bevestigt dat niet.").
        let adverbs = self.adverbs_from(i, c.min(n));
        if kind == Comp::That
            && toks[c - 1].lower == "dat"
            && toks
                .get(c + adverbs)
                .is_none_or(|t| matches!(t.kind, Tk::Punct('.' | '!' | '?')))
        {
            if toks[c..c + adverbs]
                .iter()
                .any(|t| matches!(t.lower.as_str(), "niet" | "nooit"))
            {
                return false;
            }
            let Some(r) = self.subject(i, k) else {
                return false;
            };
            self.emit(i, &r, &cue, (c - 1, c), verb.weight * 0.8);
            self.remember(i, &r);
            return true;
        }
        if c >= n {
            // "… verklaarde hij:" and the quotation as the next sentence of the paragraph.
            return kind == Comp::Colon && self.quote_next(i, k, &cue, verb.weight * 0.85);
        }
        let Some(r) = self.subject(i, k) else {
            return false;
        };
        let score = verb.weight
            * match kind {
                Comp::Quote => 0.95,
                Comp::That => 0.9,
                Comp::Colon => 0.85,
                Comp::Prep => 0.85,
            };
        match kind {
            Comp::Quote => {
                if let Some(q) = self.quote_at(i, c) {
                    self.emit_quote(i, q, &r, &cue, score);
                }
            }
            _ => {
                let end = self.claim_end(i, c, kind == Comp::That);
                self.emit(i, &r, &cue, (c, end), score);
            }
        }
        self.remember(i, &r);
        true
    }

    /// "noemde de roddels ‘politieke onzin’", "spreekt van ‘het bombardement’": a `!quote`
    /// verb's claim is the first quotation of its clause, said by its subject.
    fn quoted_words(
        &mut self,
        i: usize,
        k: usize,
        from: usize,
        clause_end: usize,
        cue: &str,
        weight: f64,
    ) -> bool {
        let toks = &self.docs[i].toks;
        let Some(q) = (from..clause_end)
            .find(|&j| toks[j].opens())
            .and_then(|j| self.quote_at(i, j))
            .filter(|q| !self.a_name_quoted(i, q))
        else {
            return false;
        };
        let Some(r) = self.subject(i, k) else {
            return false;
        };
        self.emit(i, &r, cue, (q.t0, q.t1), weight * 0.9);
        self.remember(i, &r);
        true
    }

    /// "noemden hun dochter ‘Noor’": one capitalised word quoted is a name given, no words
    /// of the speaker's.
    fn a_name_quoted(&self, i: usize, q: &QSpan) -> bool {
        let toks = &self.docs[i].toks;
        let words: Vec<_> = toks[q.t0..q.t1.min(toks.len())]
            .iter()
            .filter(|t| t.is_word())
            .collect();
        // ("noemden het eiland 'Isla de las Tortugas'", "'Klein Parijs'": a name of more
        // words, each capitalised or a particle between.)
        match words.as_slice() {
            [w] => w.capitalised(),
            // ("veroordeelde ‘de Slager’ tot levenslang": a nickname with its article.)
            [article, rest @ ..]
                if matches!(article.lower.as_str(), "de" | "het")
                    && (1..=3).contains(&rest.len())
                    && rest.iter().all(|w| w.capitalised()) =>
            {
                true
            }
            [first, .., last] => {
                first.capitalised()
                    && last.capitalised()
                    && words.len() <= 5
                    && words
                        .iter()
                        .all(|w| w.capitalised() || self.lex.is("name-particles", &w.lower))
            }
            [] => false,
        }
    }

    /// "Indonesië zei de wapens te hebben onderschept": a te-infinitive after the verb is
    /// the claim (`!te` verbs only; "te laat", "te veel" are not infinitives).
    fn te_claim(
        &mut self,
        i: usize,
        k: usize,
        from: usize,
        clause_end: usize,
        cue: &str,
        weight: f64,
    ) -> bool {
        let toks = &self.docs[i].toks;
        // (Within the claim: not "zei dat niet met zoveel woorden, maar liet weinig te raden
        // over".)
        let end = self.claim_end(i, from, true).min(clause_end);
        // (Also in a quotation that opens after the verb: "zegt de uitspraak ‘zorgvuldig te
        // zullen bestuderen’".)
        let infinitive = (from..end).any(|j| {
            toks[j].lower == "te"
                && (!toks[j].quoted || self.quote_at(i, j).is_some_and(|q| q.t0 > k))
                && toks
                    .get(j + 1)
                    .is_some_and(|n| n.is_word() && !n.capitalised() && n.lower.ends_with('n'))
        });
        if !infinitive || from >= clause_end {
            return false;
        }
        let Some(r) = self.subject(i, k) else {
            return false;
        };
        self.emit(i, &r, cue, (from, end), weight * 0.8);
        self.remember(i, &r);
        true
    }

    /// "De bank meldde een verlies dat veel hoger uitviel …": the words `after` the verb
    /// up to its complement at `comp_at` are an indefinite object of no speaker and no
    /// document right before a `dat`, which is then its relative, no claim (not "meldde een
    /// dag later dat", "meldde een woordvoerder dat").
    fn indefinite_with_relative(&self, i: usize, after: &[usize], comp_at: usize) -> bool {
        let toks = &self.docs[i].toks;
        let lex = self.lex;
        toks.get(comp_at)
            .is_some_and(|t| !t.quoted && t.lower == "dat")
            && after.len() >= 2
            && after.len() <= 4
            && after[0] + after.len() == comp_at
            && toks[after[0]].lower == "een"
            && after[1..after.len() - 1]
                .iter()
                .all(|&j| toks[j].lower.ends_with('e'))
            && {
                let noun = &toks[comp_at - 1];
                !noun.capitalised()
                    && !lex.speaker_noun(&noun.lower)
                    && !lex.statement_noun(&noun.lower)
                    && !lex.ends_in("source-nouns", &noun.lower)
                    && !lex.is("time-units", &noun.lower)
            }
    }

    /// "zei dat niet letterlijk", "zei dat nooit met zoveel woorden": a `dat` at `j` with
    /// `niet`/`nooit` and only how it was said up to a comma or the sentence's end is the
    /// object, the saying denied.
    fn denied_demonstrative(&self, i: usize, j: usize) -> bool {
        let toks = &self.docs[i].toks;
        if !toks
            .get(j + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "niet" | "nooit"))
        {
            return false;
        }
        // Only how it was (not) said, up to a comma or the sentence's end.
        toks[j + 2..]
            .iter()
            .take(6)
            .take_while(|t| t.is_word())
            .all(|t| self.lex.is("ways-of-saying", &t.lower))
            && toks[j + 2..]
                .iter()
                .take(7)
                .find(|t| !t.is_word())
                .is_some_and(|t| matches!(t.kind, Tk::Punct('.' | ',' | '!' | ';')))
    }

    /// "vindt dat veel te weinig", "vond dat leuk": a `dat` followed by at most three words
    /// to the sentence's end, none a pronoun, article or name, is the object, not a clause.
    fn demonstrative(&self, i: usize, j: usize) -> bool {
        let toks = &self.docs[i].toks;
        // At most three words and two marks: a longer rest is never read (a sentence a user
        // makes long costs no more).
        let rest = &toks[j + 1..];
        if rest.len() > 5 {
            return false;
        }
        let tail: Vec<&Tok<'_>> = rest.iter().filter(|t| t.is_word()).collect();
        tail.len() <= 3
            && rest
                .iter()
                .all(|t| t.is_word() || matches!(t.kind, Tk::Punct('.' | '!' | '?')))
            && tail.iter().all(|t| {
                !t.capitalised()
                    && !self.lex.is("determiners", &t.lower)
                    // ("vindt dat asielzoekers mogen blijven": a clause has its modal; not
                    // "schreven een artikel dat veel werd gelezen", a relative.)
                    && !matches!(
                        t.lower.as_str(),
                        "mag" | "mogen" | "kan" | "kunnen" | "moet" | "moeten" | "zal" | "zullen"
                    )
                    && !self.lex.is("pronouns", &t.lower)
                    && !matches!(
                        t.lower.as_str(),
                        "we" | "wij" | "je" | "jij" | "u" | "ik" | "er"
                    )
            })
    }

    /// Whether an object noun phrase (`een`/`het`/`'t` and a word that is not a speaker
    /// noun) stands between `from` and `to`: "vond een fossiel dat", "schreef het boek dat".
    fn object_before(&self, i: usize, from: usize, to: usize) -> bool {
        let toks = &self.docs[i].toks;
        // "schrijven in het tijdschrift Nature dat": an article after a preposition is not
        // an object's.
        (from..to).any(|j| {
            toks[j].is_word()
                && matches!(toks[j].lower.as_str(), "een" | "het" | "'t")
                && !(j > 0 && self.lex.is("prepositions", &toks[j - 1].lower))
                // (Nor one of an apposition between commas: "schreef op X, het voormalige
                // Twitter, dat".)
                && !(j > from && toks[j - 1].is(',') && toks[to - 1].is(','))
                && toks
                    .get(j + 1)
                    .is_some_and(|n| n.is_word() && !self.lex.speaker_noun(&n.lower))
                // ("In zijn rapport schrijft het CBS dat": a body's name is the inverted
                // subject.)
                && !(toks[j].lower == "het"
                    && toks.get(j + 1).is_some_and(|n| n.capitalised() && !n.quoted))
        })
    }

    /// A cue sentence that ends in a colon: the quotation that opens the next sentence of
    /// the paragraph is the claim.
    fn quote_next(&mut self, i: usize, k: usize, cue: &str, score: f64) -> bool {
        let docs = self.docs;
        let Some(next) = docs.get(i + 1) else {
            return false;
        };
        if next.input.paragraph != docs[i].input.paragraph
            || !next.toks.first().is_some_and(Tok::opens)
        {
            return false;
        }
        let Some(q) = self.quote_at(i + 1, 0) else {
            return false;
        };
        let Some(r) = self.subject(i, k) else {
            return false;
        };
        self.emit_quote(i + 1, q, &r, cue, score);
        self.remember(i, &r);
        true
    }

    /// A sentence that is only a quotation (perhaps after "En:"), with no suggestion of its
    /// own, is said by whoever said the quotation of the sentence right before it in the
    /// paragraph, else of the sentence right after it ("‘…’ ‘…’, zei hij."); lower score.
    fn adjacent_quotes(&mut self) {
        let n = self.docs.len();
        for pass in [false, true] {
            for step in 0..n {
                let i = if pass { n - 1 - step } else { step };
                if self.has[i] || !self.quote_only(i) {
                    continue;
                }
                let j = if pass { i + 1 } else { i.wrapping_sub(1) };
                if j >= n || self.docs[j].input.paragraph != self.docs[i].input.paragraph {
                    continue;
                }
                let Some((r, cue)) = self.quote_speaker[j].clone() else {
                    continue;
                };
                let docs = self.docs;
                let q = docs[i].quotes.iter().copied().find(|q| !q.before);
                let Some(q) = q else { continue };
                // ("„Hoe lang wacht u al?” „Negen jaar”, zegt Aydin.": a question put to the
                // one who answers after it is the interviewer's.)
                let toks = &docs[i].toks[q.t0..q.t1];
                if pass
                    && toks.iter().any(|t| t.is('?'))
                    && toks.iter().any(|t| {
                        t.is_word()
                            && matches!(t.lower.as_str(), "u" | "uw" | "jij" | "je" | "jullie")
                    })
                {
                    continue;
                }
                let r = Resolved {
                    factor: r.factor.min(0.9),
                    ..r
                };
                self.emit_quote(i, q, &r, &cue, 0.6);
            }
        }
    }

    /// Only a quotation: every word is quoted except a leading connective ("En: ‘…’").
    fn quote_only(&self, i: usize) -> bool {
        let s = &self.docs[i];
        !s.quotes.is_empty()
            && s.quotes.iter().all(|q| !q.before)
            && s.toks
                .iter()
                .all(|t| t.quoted || !t.is_word() || self.lex.is("leading", &t.lower))
    }

    /// "De president kondigde woensdag nieuwe sancties aan": with the speaker before the
    /// verb, the object between the verb and its particle is what was announced.
    fn object_claim(
        &mut self,
        i: usize,
        k: usize,
        particle: Option<usize>,
        object: bool,
        cue: &str,
        weight: f64,
    ) -> bool {
        let Some(p) = particle.filter(|_| object) else {
            return false;
        };
        let docs = self.docs;
        let toks = &docs[i].toks;
        let parser = self.parser(i);
        let mut start = self.clause_start(i, k);
        while start < k && toks[start].is_word() && self.lex.is("leading", &toks[start].lower) {
            start += 1;
        }
        let Some(np) = parser.parse(start, false).filter(|np| np.t1 == k) else {
            return false;
        };
        let mut a = k + 1;
        while a < p && toks[a].is_word() && self.lex.is("function", &toks[a].lower) {
            a += 1;
        }
        if a >= p || toks[a..p].iter().any(|t| !t.is_word()) {
            return false;
        }
        // Only an intention with its content ("kondigde haar intentie om af te treden aan"):
        // a plain noun phrase is an act, not a claim ("kondigde een vaccinatieweek aan", the
        // guideline's rules 3 and 4).
        let content =
            (a..p).any(|j| toks[j].lower == "om" && toks[j + 1..p].iter().any(|t| t.lower == "te"));
        if !content {
            return false;
        }
        let Some(r) = self.resolve(i, &np) else {
            return false;
        };
        self.emit(i, &r, cue, (a, p), weight * 0.7);
        self.remember(i, &r);
        true
    }

    /// The speaker of a verb at `k` that precedes its claim: the phrase that opens the
    /// clause and ends at the verb (or at its auxiliary), else the phrase right after the
    /// verb (inversion), else the phrase after an auxiliary ("Dinsdag heeft Hu gezegd").
    fn subject(&self, i: usize, k: usize) -> Option<Resolved> {
        let docs = self.docs;
        let toks = &docs[i].toks;
        let p = self.parser(i);
        // "Terwijl de regering volhoudt dat …, zeggen lokale leiders dat …": after a fronted
        // subordinate clause the main clause is inverted, its subject after the finite verb.
        if let Some(f) = self.fronted[i]
            && f < k
            && (f + 1 == k
                || toks[f + 1].is_word() && !toks[f + 1].quoted && self.lex.is("aux", &toks[f + 1].lower))
            // (A pronoun there may stand for the subordinate clause's subject: "Toen Jansen
            // aankwam, zei hij dat …"; that is found below.)
            && let Some(np) = p
                .parse(f + 2, false)
                .filter(|np| np.speaks() && !np.pronoun && (f + 1 == k || np.t1 <= k))
        {
            return self.resolve(i, &np);
        }
        let mut start = self.clause_start(i, k);
        // ("Sinds de krant onthulde dat …, …": inside a fronted clause its subject follows.)
        if self.fronted[i].is_some_and(|f| k < f)
            && toks
                .get(start)
                .is_some_and(|t| self.lex.is("fronted-openers", &t.lower))
        {
            start += 1;
        }
        // ("‘somber’, maar de schrijfster zelf zei": the clause may start at its comma;
        // "Kortom, de commissie vindt": after a word that opens the sentence with one.)
        while start < k
            && (toks[start].is(',')
                || toks[start].is_word() && self.lex.is("leading", &toks[start].lower)
                || toks[start].is_word()
                    && self.lex.is("discourse-markers", &toks[start].lower)
                    && toks.get(start + 1).is_some_and(|t| t.is(',')))
        {
            start += 1;
        }
        // A second main clause after a comma: "Het bedrijf heeft niet gereageerd, maar een
        // bron bevestigde": its auxiliary and subject are not the first clause's.
        // ("…, maar zei later dat": the verb shares the first clause's subject, below.)
        if let Some(b) = (start + 1..k.saturating_sub(1))
            .rev()
            .take(2 * NP_MAX)
            .find(|&b| {
                toks[b - 1].is(',')
                    && !toks[b].quoted
                    && coordinator(&toks[b].lower)
                    && (!self.lex.forms.contains_key(&toks[b + 1].lower)
                        && !self.lex.is("aux", &toks[b + 1].lower)
                        // ("…, maar zijn broer zegt dat": a possessive, not the verb.)
                        || toks[b + 1].lower == "zijn"
                            && p.parse(b + 1, false).is_some_and(|np| {
                                np.speaks()
                                    && (np.t1 == k
                                        || np.t1 < k && self.lex.is("aux", &toks[np.t1].lower))
                            }))
            })
        {
            start = b + 1;
        }
        // Whether the first clause (from `start`) has an auxiliary of its own before token
        // `b`, read back within reach: a clause a user makes long costs no rescan per cue.
        let own_aux = |start: usize, b: usize| {
            toks[(start + 1).max(b.saturating_sub(4 * NP_MAX))..b]
                .iter()
                .any(|t| {
                    t.is_word() && !t.quoted && self.lex.is("aux", &t.lower) && t.lower != "zijn"
                })
        };
        // Likewise after a comma alone, when the first clause has an auxiliary of its own and
        // a phrase that speaks stands between the comma and the cue: "GroenLinks wil meer
        // sociale huur, de VVD zegt dat …" (not an apposition: "De burgemeester van
        // Rotterdam, Ahmed Aboutaleb, zegt").
        if let Some(b) = (start + 2..k.saturating_sub(1))
            .rev()
            .take(2 * NP_MAX)
            .find(|&b| {
                toks[b - 1].is(',')
                    && !toks[b - 1].quoted
                    && toks[b].is_word()
                    && !self.lex.forms.contains_key(&toks[b].lower)
                    && (!self.lex.is("aux", &toks[b].lower) || toks[b].lower == "zijn")
                    && p.parse(b, false)
                        .is_some_and(|np| np.t1 == k && np.speaks() && !np.pronoun)
                    // (Or a comma that ends a report: "De politie zegt dat …, het OM
                    // bevestigt dat …".)
                    && (own_aux(start, b - 1) || self.breaks[i][0][b - 1] as usize == b - 1)
                    && !toks[start.max(b.saturating_sub(4 * NP_MAX))..b - 1]
                        .iter()
                        .any(|t| t.is(',') && !t.quoted)
            })
        {
            start = b;
        }
        // Likewise after "en" or "maar" with no comma, when the first clause has its own
        // finite verb: "Het museum is populair en de bezoekers zeggen dat".
        if let Some(b) = (start + 2..k.saturating_sub(1))
            .rev()
            .take(2 * NP_MAX)
            .find(|&b| {
                toks[b].is_word()
                    && !toks[b].quoted
                    && matches!(toks[b].lower.as_str(), "en" | "maar")
                    && toks[b - 1].is_word()
                    && p.parse(b + 1, false)
                        .or_else(|| self.loose_np(i, b + 1, None))
                        .is_some_and(|np| {
                            // (With a phrase after it: "de cijfers over de laatste maanden".)
                            np.t1 == k
                                || np.t1 + 1 < k
                                    && k - np.t1 <= NP_MAX
                                    && self.lex.is("prepositions", &toks[np.t1].lower)
                                    && toks[np.t1..k].iter().all(|t| {
                                        t.is_word()
                                            && !t.quoted
                                            && !self.lex.is("aux", &t.lower)
                                            && !self.lex.forms.contains_key(&t.lower)
                                    })
                        })
                    && own_aux(start, b)
            })
        {
            start = b + 1;
        }
        // The finite verb: an auxiliary before the cue in this clause, or the cue itself.
        // ("zijn" after a preposition or opening the clause is a possessive: "In zijn
        // testament liet hij weten", "Zijn vader vond dat".)
        // Within reach of the cue: "Dinsdag heeft de minister in een verklaring gezegd".
        // The first of the subordinate clause the cue is in ("Tom had brood gekocht, terwijl
        // Maria hem had gevraagd …"), else the first ("Het kabinet heeft, zoals was verwacht,
        // gezegd").
        let mut reach = start.max(k.saturating_sub(2 * NP_MAX))..k;
        // (And a relative clause the cue is in: "De man is aangehouden, meldde de politie,
        // die eraan toevoegde dat …" is not the first clause's "is".)
        if let Some(b) = reach.clone().rev().find(|&b| {
            !toks[b].quoted
                && (self.lex.is("subordinators", &toks[b].lower)
                    || self.lex.is("relative-adverbs", &toks[b].lower)
                    || b > start
                        && toks[b - 1].is(',')
                        && matches!(toks[b].lower.as_str(), "die" | "wie" | "wiens" | "wier")
                        && !toks[b..k].iter().any(|t| t.is(',')))
        }) {
            reach.start = b + 1;
        }
        let is_aux = |j: usize| {
            toks[j].is_word()
                && self.lex.is("aux", &toks[j].lower)
                && !toks[j].quoted
                && !(toks[j].lower == "zijn"
                    && (j == start
                        || toks[j - 1].is_word() && self.lex.is("function", &toks[j - 1].lower)))
        };
        // ("De minister, die gisteren in Brussel was, heeft gezegd": not an auxiliary inside
        // a relative clause or a subordinate clause between commas.)
        let mut insert_end = 0;
        // (Nor in a restrictive one: "Rosa Linares, de burgemeester die in maart werd
        // herkozen, zei".)
        let aux = reach.clone().find(|&j| {
            let restrictive = j > start
                && toks[j].lower == "die"
                && toks[j - 1].is_word()
                && !toks[j - 1].quoted
                && !toks[j - 1].capitalised()
                && !self.lex.is("function", &toks[j - 1].lower)
                && self.lex.speaker_noun(&toks[j - 1].lower);
            if j > 0
                && (toks[j - 1].is(',') || restrictive)
                && toks[j].is_word()
                && !toks[j].quoted
                && (matches!(
                    toks[j].lower.as_str(),
                    "die" | "dat" | "wie" | "wiens" | "wier"
                ) || self.lex.is("verb-last", &toks[j].lower))
                && let Some(c) = (j + 1..k).take(NP_MAX + 6).find(|&c| toks[c].is(','))
            {
                insert_end = c;
            }
            // ("… dat er twee verdachten zijn (opgepakt) en Jan Smit zei": a verb right
            // before `en` ends the clause before.)
            let conj = |x: usize| toks.get(x).is_some_and(|t| coordinator(&t.lower));
            j > insert_end
                && is_aux(j)
                && !conj(j + 1)
                && !(conj(j + 2) && frames::participle(&toks[j + 1].lower))
        });
        // "Jansen wist te melden dat": the finite verb is "wist".
        let knew = k > start + 1
            && toks[k - 1].lower == "te"
            && matches!(toks[k - 2].lower.as_str(), "weet" | "wist" | "wisten");
        let finite = aux.unwrap_or(if knew { k - 2 } else { k });
        // "Ik vroeg Tom …", "Men zegt": the subject is the writer, the reader or anyone,
        // and the phrase after the verb its object.
        if finite == start + 1 && self.lex.is("personal", &toks[start].lower) {
            return None;
        }
        // "Het bedrijf maakte bekend … . Het zei dat …": a neuter pronoun opening the
        // sentence is the body of the sentences just before (the last that spoke, unless
        // another was named since).
        // (Not a cleft: "Het was Wiersma die waarschuwde dat …".)
        let cleft = || {
            matches!(toks[finite].lower.as_str(), "is" | "was" | "zijn" | "waren")
                && p.parse(finite + 1, false).is_some_and(|np| {
                    np.speaks() && !np.pronoun && toks.get(np.t1).is_some_and(|t| t.lower == "die")
                })
        };
        if finite == start + 1 && start == 0 && toks[start].lower == "het" && i > 0 && !cleft() {
            let spoke = self
                .last_body
                .as_ref()
                .filter(|(si, _)| *si < i && i - si <= 2);
            let named = self
                .registry
                .body_before(i - 1, 1, |_| true)
                .filter(|(at, name)| spoke.is_none_or(|(si, r)| r.speaker != *name && at > si))
                .and_then(|(_, name)| self.resolve_name(i, name));
            return named
                .or_else(|| spoke.map(|(_, r)| r.clone()))
                .map(|mut r| {
                    r.mention = toks[start].text.to_string();
                    r.factor = r.factor.min(0.7);
                    r
                });
        }
        if let Some(r) = self.subject_at(i, start, finite) {
            return Some(r);
        }
        // An auxiliary inside an insert is not the clause's ("Een agent die anoniem wil
        // blijven, vertelde dat …").
        if finite < k
            && toks[k - 1].is(',')
            && let Some(np) = self.inserted_subject(i, start, k)
        {
            return self.resolve(i, &np);
        }
        // A second main clause: "…, en trainer Maurice Steijn zei dat …" (its subject right
        // before the verb).
        // (Not in a prepositional phrase opening the clause: "Na overleg met de burgemeester
        // en de brandweer verklaarde de politie", whose subject follows the verb.)
        let opening_pp = |b: usize| {
            (start..b).all(|j| !toks[j].is(','))
                && (start..(start + 2).min(b))
                    .any(|j| toks[j].is_word() && self.lex.is("prepositions", &toks[j].lower))
        };
        if let Some(b) = (start..finite).rev().take(NP_MAX).find(|&b| {
            toks[b].is_word()
                && !toks[b].quoted
                && coordinator(&toks[b].lower)
        }) && !opening_pp(b)
            && let Some(np) = p.parse(b + 1, false).filter(Np::speaks)
            // "…, maar een bron binnen het bedrijf bevestigde": whose sources, too.
            && self.past_qualifier(i, &np) == finite
        {
            return self.resolve(i, &np);
        }
        // A subordinate clause, verb last: "…, omdat Hu zei dat …", "Zoals Hu het uitdrukt:",
        // "een interview waarin hij zegt dat …".
        if let Some(b) = (start..finite).rev().take(NP_MAX).find(|&b| {
            toks[b].is_word()
                && !toks[b].quoted
                && (self.lex.is("relative-adverbs", &toks[b].lower)
                    || self.lex.is("verb-last", &toks[b].lower))
        }) && let Some(np) = p.parse(b + 1, false)
            && np.t1 <= finite
        {
            return self.resolve(i, &np);
        }
        // "De minister ging naar huis en zei dat …", "zei eerst …, maar zei later dat …": a
        // second verb shares the subject.
        // (After a quotation in the first claim its clause starts where the sentence's does:
        // "zei dat haar land 'niet in paniek raakt', maar verklaarde later dat …", "zei dat de
        // resultaten 'hoopgevend' zijn, maar waarschuwde dat …".)
        let inside = self.starts[i][1].get(k).map_or(start, |&a| a as usize);
        let firsts: &[usize] = if start + 1 >= k || start == inside {
            &[inside]
        } else {
            &[start, inside]
        };
        if k >= 2 && matches!(toks[k - 1].lower.as_str(), "en" | "maar") {
            for &first in firsts {
                // ("Minister Karin Dolman knikte en zei dat": the first verb alone between
                // them, a word in lower case.)
                if let Some(np) = p.parse(first, false).filter(Np::speaks)
                    && (np.t1 + 1 < k - 1
                        || np.t1 + 1 == k - 1
                            && toks[np.t1].is_word()
                            && !toks[np.t1].capitalised()
                            && !self.lex.is("function", &toks[np.t1].lower))
                    // No `:` or `;` between them (the clause starts, computed once per
                    // sentence); a quotation in the first claim is no other clause.
                    && self.starts[i][1][k - 1] as usize <= np.t1
                {
                    if toks[np.t1].is_word() {
                        return self.resolve(i, &np);
                    }
                    // "Dr. Kwame Asante, directeur van …, prees de reactie en merkte op dat
                    // …": the subject's insert, then the first verb.
                    if let Some(c) = (np.t1 + 1..k - 1).find(|&j| toks[j].is(','))
                        && toks[c + 1].is_word()
                        && let Some(np) = self.inserted_subject(i, first, c + 1)
                    {
                        return self.resolve(i, &np);
                    }
                }
            }
        }
        // "Hij vertelde de regering dat …": a pronoun subject nobody was named for leaves
        // the speaker unknown; the phrase after the verb is its object.
        if p.parse(start, false)
            .is_some_and(|np| np.pronoun && np.t1 == finite)
        {
            return None;
        }
        // "Ingewijden vertelden Bloomberg dat …", "Vier bronnen vertelden Reuters": a subject
        // that names nobody leaves the speaker unknown; the phrase after the verb is whom
        // they told.
        if finite > start
            && finite - start <= 3
            && toks[finite - 1].is_word()
            && !toks[finite - 1].quoted
            && (self.lex.is("anonymous", &toks[finite - 1].lower)
                || self.lex.is("generic", &toks[finite - 1].lower))
            && toks[start..finite].iter().all(|t| t.is_word() && !t.quoted)
        {
            return None;
        }
        // (Not the cue itself right after its auxiliary: "… had afgeraden te …".)
        for after in [finite + 1, k + 1] {
            if after == k {
                continue;
            }
            // ("Inmiddels zegt ook ProRail dat …": a focus adverb before the subject.)
            let after = after
                + usize::from(
                    toks.get(after)
                        .is_some_and(|t| !t.quoted && frames::FOCUS.contains(&t.lower.as_str()))
                        && toks
                            .get(after + 1)
                            .is_some_and(|t| t.is_word() && !t.quoted),
                );
            if let Some(np) = p.parse(after, false) {
                // (Round 40: a plural verb takes no singular after it; "Ouders van kinderen
                // met een spierziekte vragen de minister … te …" ask the minister.)
                // (A name may be plural, "de Verenigde Staten": only its role counts.)
                let one = |n: &str| self.lex.person_noun(n) && !self.lex.plural_noun(n);
                let singular = !np.coordinated
                    && !np.pronoun
                    && (np.noun.as_deref().is_some_and(one)
                        || np.name.is_some()
                            && np.role.as_deref().is_some_and(|r| one(&last_word(head(r)))));
                if toks[finite].is_word() && plural_verb(&toks[finite].lower) && singular {
                    return None;
                }
                // "zei de coach van het team, Marco Rossi, dat …": the name in apposition.
                return self.resolve(i, &self.apposed_name(i, np));
            }
        }
        // "Jochem Rijpstra, auteur van ‘Wolken’, vertelt": a title the subject's insert
        // quotes ended the clause above; the subject stands before it.
        // ("De regisseur van ‘Wolken’ zegt": in the subject itself.)
        let before = self.clause_start(i, k);
        let titled = self.past_titles(i, before);
        if titled < before {
            if toks[k - 1].is(',')
                && let Some(np) = self.inserted_subject(i, titled, k)
            {
                return self.resolve(i, &np);
            }
            return self.subject_at(i, titled, finite);
        }
        None
    }

    /// "Dat zei Hu dinsdag." — a sentence that only says who said the sentence before.
    fn anaphoric(&mut self, i: usize, k: usize, cue: &str, weight: f64) -> Option<bool> {
        let docs = self.docs;
        let toks = &docs[i].toks;
        // ("Zo meldt de KNRM." as a sentence of its own, too.)
        if i == 0 || toks.is_empty() || !matches!(toks[0].lower.as_str(), "dat" | "dit" | "zo") {
            return None;
        }
        // "Dat zei Hu", or "Dat heeft Hu gezegd" (its participle within two phrases' reach:
        // the loop below reads to the sentence's end for a few cues at most, not for every
        // cue of a sentence a user makes long).
        if k != 1 && !toks.get(1).is_some_and(|t| self.lex.is("aux", &t.lower)) || k > 2 * NP_MAX {
            return None;
        }
        // "Dat zegt ook wethouder Jan Bos", "Dat heeft eerder de politie gezegd": adverbs
        // before the subject (not a negation: "Dat zei niet de minister, maar …").
        let mut at = 2;
        while at < toks.len().min(5)
            && self.lex.is("sentence-adverbs", &toks[at].lower)
            && !matches!(toks[at].lower.as_str(), "niet" | "nooit" | "nergens")
        {
            at += 1;
        }
        let p = self.parser(i);
        let (np, loose) = match p.parse(at, false) {
            Some(np) => (np, false),
            None => (self.loose_np(i, at, None)?, true),
        };
        // "Dat is een unicum, zegt directeur X": the copula's predicate, with the cue after
        // a comma, is a claim of its own (not "Dat heeft Hu gezegd").
        if k != 1 && k == np.t1 + 1 && toks[np.t1].is(',') && !toks[np.t1].quoted {
            return None;
        }
        // Only adverbs, a participle, a particle and punctuation may follow; or a phrase
        // whose noun a relative clause describes ("Dat zegt Veldkamp in een interview dat
        // zaterdag verschijnt": "Dat" is already what is said).
        // In one pass: a `dat` is relative when a preposition two tokens or more before it
        // is followed by plain words only up to it; the last such preposition decides.
        let plain =
            |t: &Tok<'_>| t.is_word() && !t.quoted && !self.lex.forms.contains_key(&t.lower);
        let mut run = np.t1; // where the run of plain words ending before `j` starts
        let mut prep: Option<usize> = None; // the last preposition in `np.t1..j - 1`
        for j in np.t1..toks.len() {
            if j >= np.t1 + 2 && self.lex.is("prepositions", &toks[j - 2].lower) {
                prep = Some(j - 2);
            }
            let t = &toks[j];
            // ("Zo zei Haesen na de training: „…”": what follows the colon is the claim.)
            if t.is(':') && !t.quoted && j + 1 < toks.len() {
                return None;
            }
            if t.is_word() && matches!(t.lower.as_str(), "dat" | "of") {
                let relative = t.lower == "dat" && prep.is_some_and(|p| p + 1 >= run);
                if !relative {
                    return None;
                }
            }
            // (A comma before the relative goes with it: "in zijn rapport over kansen, dat
            // dinsdag verscheen".)
            let comma_before_relative =
                t.is(',') && toks.get(j + 1).is_some_and(|n| n.lower == "dat");
            if !plain(t) && !comma_before_relative {
                run = j + 1;
            }
        }
        // After "Zo" only a phrase of place or time ("Zo meldt de KNRM op haar website."),
        // not an object ("Zo meldt het bureau 96 nieuwe gevallen"); but "het" for what was
        // said, with at most the verb's particle or an adverb after it ("Zo vat de coach
        // het samen.", "Zo verwoordde Bosz het zaterdag.").
        let said_it = toks
            .get(np.t1)
            .is_some_and(|t| t.lower == "het" && !t.quoted)
            && toks[np.t1 + 1..].iter().all(|t| {
                !t.is_word()
                    || !t.quoted
                        && (self.lex.is("sentence-adverbs", &t.lower)
                            || matches!(t.lower.as_str(), "samen" | "uit" | "weer" | "toe"))
            });
        if toks[0].lower == "zo"
            && !said_it
            && toks.get(np.t1).is_some_and(|t| {
                t.is_word()
                    && !self.lex.is("prepositions", &t.lower)
                    && !self.lex.is("sentence-adverbs", &t.lower)
                    && !self.lex.forms.contains_key(&t.lower)
                    && !matches!(t.lower.as_str(), "weten" | "bekend" | "mee" | "aan" | "toe")
            })
        {
            return None;
        }
        // The sentence before, also across a paragraph break: "Dat zei Knot zondag in
        // Buitenhof." opens the paragraph after the lead it confirms.
        let prev = &self.docs[i - 1];
        if prev.toks.is_empty() {
            return None;
        }
        // "Dat verklaart de woede": a thing after "verklaren" is what "Dat" explains.
        if loose && cue.starts_with("verklaar") {
            return None;
        }
        let r = if loose {
            self.resolve_loose(i, &np)?
        } else {
            // "Dat zegt de directeur van het bureau, Marloes Verhoef.": the name in apposition.
            self.resolve(i, &self.apposed_name(i, np))?
        };
        // "Dat ontkent Hamas.": what is denied is not what Hamas says; the pronoun is the
        // claim.
        if self.lex.is("denials", &cue.to_lowercase()) {
            self.emit(i, &r, cue, (0, 1), weight * 0.8);
            self.remember(i, &r);
            return Some(true);
        }
        self.claim_before(i, &r, cue, weight * 0.8, weight * 0.85);
        Some(true)
    }

    /// A day or a time that may follow a trailing pronoun as an adverb does ("bevestigde dat
    /// vrijdag tegenover de NOS", "zei dat gisteren").
    fn when(&self, w: &str) -> bool {
        self.lex.is("calendar", w) && w.ends_with("dag")
            || matches!(w, "gisteren" | "vandaag" | "eerder" | "later")
    }

    /// "De politie bevestigt dat tegenover RTV Drenthe.": a subject, the verb at `k`, the
    /// pronoun "dat"/"dit" and a phrase of place or medium; the claim is the sentence before,
    /// as for "Dat bevestigt de politie." (TwNC's annotators agree; a bare "bevestigt dat."
    /// keeps the pronoun as its claim).
    /// `particle`: where the verb's particle is, when it is split ("spreekt dat tegen").
    fn trailing_that(
        &mut self,
        i: usize,
        k: usize,
        particle: Option<usize>,
        cue: &str,
        weight: f64,
    ) -> Option<bool> {
        let docs = self.docs;
        let toks = &docs[i].toks;
        let that = toks.get(k + 1)?;
        if that.quoted || !matches!(that.lower.as_str(), "dat" | "dit") {
            return None;
        }
        // At most eight marks and words are read after it (a long sentence with many cues
        // costs no more).
        let rest = &toks[k + 2..];
        if rest.len() > 8 {
            return None;
        }
        let words: Vec<&Tok<'_>> = rest.iter().filter(|t| t.is_word()).collect();
        // Outside a prepositional phrase only adverbs: "zegt dat ook rijke families
        // profiteren" is a dat-clause whose subject follows an adverb.
        let mut in_phrase = false;
        let phrase_ok = words.iter().all(|t| {
            if self.lex.is("prepositions", &t.lower) {
                in_phrase = true;
            }
            in_phrase || self.lex.adverb(&t.lower) || self.when(&t.lower)
        });
        let tail_ok = phrase_ok
            && rest
                .iter()
                .all(|t| t.is_word() || matches!(t.kind, Tk::Punct('.' | '!')))
            && words.iter().all(|t| {
                t.capitalised()
                    || !self.lex.forms.contains_key(&t.lower)
                        && !self.lex.is("aux", &t.lower)
                        && !self.lex.is("pronouns", &t.lower)
                        && t.lower != "er"
            });
        if !tail_ok {
            return None;
        }
        // The phrases are whole: a preposition and a noun phrase, again, and adverbs ("dat
        // tegenover RTV Drenthe", "dat in een interview met de krant"); "dat in Hualien zeker
        // 30 mensen omkwamen" is a clause whose subject follows the phrase.
        {
            let p = self.parser(i);
            let end = toks.len();
            let mut j = k + 2;
            while j < end && toks[j].is_word() {
                let w = toks[j].lower.as_str();
                if particle == Some(j) {
                    // "De politie spreekt dat tegen.": the verb's particle ends it.
                    j += 1;
                } else if self.lex.is("prepositions", w) {
                    let d = j
                        + 1
                        + usize::from(toks.get(j + 1).is_some_and(|t| {
                            matches!(t.lower.as_str(), "zijn" | "haar" | "hun" | "ons" | "mijn")
                        }));
                    j = p.plain_np(d, end).filter(|&e| e > d)?;
                } else if self.lex.adverb(w) || self.when(w) {
                    j += 1;
                } else {
                    return None;
                }
            }
        }
        // "Het leger bevestigt dat evenmin.": what is not confirmed is not said.
        let negated = words.iter().any(|t| {
            matches!(
                t.lower.as_str(),
                "niet" | "nooit" | "evenmin" | "geenszins" | "allerminst"
            )
        });
        // ("Ook Turkije zegt dat."; "Maar de NVWA spreekt dat tegen."; "LTO zegt dat …, maar
        // de provincie spreekt dat tegen.", where the pronoun is the claim.)
        let p = self.parser(i);
        let (np, mid) = match p
            .parse(past_focus_adverb(toks), false)
            .filter(|np| np.t1 == k)
        {
            Some(np) => (np, false),
            None => {
                let m = (k.saturating_sub(NP_MAX)..k).rev().find(|&m| {
                    toks[m].lower == "maar" && !toks[m].quoted && (m == 0 || toks[m - 1].is(','))
                })?;
                (p.parse(m + 1, false).filter(|np| np.t1 == k)?, m > 0)
            }
        };
        if negated {
            return Some(true);
        }
        let r = self.resolve(i, &np)?;
        // "De minister bevestigt dat." ending the sentence, with no sentence before, or a
        // denial ("Hamas ontkent dat ten stelligste": what is denied is not what Hamas
        // says): the pronoun is the claim.
        if words.is_empty()
            || mid
            || i == 0
            || docs[i - 1].toks.is_empty()
            || self.lex.is("denials", &cue.to_lowercase())
        {
            self.emit(i, &r, cue, (k + 1, k + 2), weight * 0.8);
        } else {
            // ("Ook Turkije zegt dat vandaag." after a claim of its own: the pronoun.)
            self.claim_before_at(i, (k + 1, k + 2), &r, cue, weight * 0.8, weight * 0.85);
        }
        self.remember(i, &r);
        Some(true)
    }

    /// Sentence `i` opens with "Dat"/"Dit" for the sentence before, which is the claim
    /// (score `whole`); when that sentence has a claim of its own ("Het is volgens Knot
    /// prematuur … Dat zei Knot zondag."), "Dat" stands for it here, where the cue names the
    /// speaker (score `that`).
    pub(super) fn claim_before(
        &mut self,
        i: usize,
        r: &Resolved,
        cue: &str,
        that: f64,
        whole: f64,
    ) {
        self.claim_before_at(i, (0, 1), r, cue, that, whole);
    }

    /// [`Self::claim_before`] with the words that point back at tokens `at` ("Hamas zegt
    /// dat.", "Die conclusie trekken onderzoekers.").
    pub(super) fn claim_before_at(
        &mut self,
        i: usize,
        at: (usize, usize),
        r: &Resolved,
        cue: &str,
        that: f64,
        whole: f64,
    ) {
        let n = self.docs[i - 1].toks.len();
        if self.has[i - 1] {
            self.emit(i, r, cue, at, that);
        } else {
            self.emit(i - 1, r, cue, (0, n), whole);
        }
        self.remember(i, r);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Comp {
    Quote,
    That,
    Colon,
    Prep,
}

mod citations;
mod frames;
#[cfg(test)]
mod tests;
