//! Citations as sources: a reference in brackets ("(James et al., 1995)", "(Toto, 2004)")
//! says who a quotation or an impersonal report ("Men denkt dat …", "Er wordt aangenomen
//! dat …") comes from (the FLORES guideline's rule 7).

use super::*;

/// How far past an impersonal cue its `dat` may stand, in tokens.
const DAT_WINDOW: usize = 6;

impl Finder<'_, '_> {
    /// Claims of sentences with no suggestion that cite their source in brackets.
    pub(super) fn citations(&mut self) {
        for i in 0..self.docs.len() {
            if self.has[i] {
                continue;
            }
            let toks = &self.docs[i].toks;
            let Some((open, close)) = citation(self.lex, toks) else {
                continue;
            };
            let text = self.docs[i].input.text;
            let source = text[toks[open + 1].b0..toks[close - 1].b1].to_string();
            let brackets = text[toks[open].b0..toks[close].b1].to_string();
            let r = Resolved {
                speaker: source.clone(),
                mention: source,
                role: None,
                organisation: None,
                factor: 1.0,
                person: false,
            };
            if let Some((cue, range)) = self.cited_claim(i, open) {
                self.emit(i, &r, &cue.unwrap_or(brackets), range, 0.6);
            }
        }
    }

    /// The cited quotation or impersonal report before the citation at `open`, with its cue
    /// (none for a quotation: the citation is its cue).
    fn cited_claim(&self, i: usize, open: usize) -> Option<(Option<String>, (usize, usize))> {
        let toks = &self.docs[i].toks;
        // Words in quotation marks that name something are no claim ("door entomologen
        // 'wantsen' genoemd", the guideline's rule 3).
        let naming = toks.iter().any(|t| {
            t.is_word()
                && (matches!(t.lower.as_str(), "genoemd" | "heet" | "heten" | "heette")
                    || self
                        .lex
                        .forms
                        .get(&t.lower)
                        .is_some_and(|fs| fs.iter().any(|f| self.lex.verbs[f.verb].quote)))
        });
        if let Some(q) = self.docs[i].quotes.iter().find(|q| q.t1 <= open)
            && !naming
        {
            return Some((None, (q.t0, q.t1)));
        }
        let passive = toks[..open]
            .iter()
            .any(|t| t.is_word() && self.lex.is("passive", &t.lower));
        let reported = |k: usize| {
            let t = &toks[k];
            let men = |j: usize| toks.get(j).is_some_and(|t| t.lower == "men");
            t.is_word()
                // ("Eerder is gesteld dat …", "Er is zelfs gesuggereerd dat …": a perfect
                // passive has `is` before it.)
                && ((passive
                    || toks[k.saturating_sub(3)..k]
                        .iter()
                        .any(|t| matches!(t.lower.as_str(), "is" | "zijn")))
                    && self.lex.is("impersonal", &t.lower)
                    || (men(k + 1) || k > 0 && men(k - 1))
                        && (self.lex.forms.contains_key(&t.lower)
                            || self.lex.plurals.contains_key(&t.lower)))
        };
        let k = (0..open).find(|&k| reported(k))?;
        let cue = Some(toks[k].text.to_string());
        if let Some(dat) = (k + 1..open)
            .take(DAT_WINDOW)
            .find(|&j| toks[j].is_word() && toks[j].lower == "dat")
        {
            return Some((cue, (dat + 1, open)));
        }
        // "…, zo wordt aangenomen (X, 2000)": the clause before the comma.
        let comma = (0..k).rev().find(|&j| toks[j].is(','))?;
        (k - comma <= 4).then_some((cue, (0, comma)))
    }
}

/// The first bracketed citation of a sentence, as the tokens of its brackets: authors
/// (capitalised, with particles, `et al.`, `en`, `&`), a comma, a year of four digits
/// (perhaps with a letter: "1995a"), and perhaps a page.
fn citation(lex: &Lexicon, toks: &[Tok<'_>]) -> Option<(usize, usize)> {
    let mut from = 0;
    while let Some(open) = (from..toks.len()).find(|&k| toks[k].is('(')) {
        from = open + 1;
        if let Some(close) = cited_at(lex, toks, open) {
            return Some((open, close));
        }
    }
    None
}

fn cited_at(lex: &Lexicon, toks: &[Tok<'_>], open: usize) -> Option<usize> {
    let first = toks.get(open + 1)?;
    if !first.is_word() || !first.capitalised() || first.acronym() && first.text.len() > 5 {
        return None;
    }
    let mut k = open + 2;
    while k < toks.len() && k - open <= 10 {
        let t = &toks[k];
        let author = t.is_word()
            && (t.capitalised()
                // ("et al.", Dutch "e.a.")
                || matches!(t.lower.as_str(), "et" | "al" | "en" | "and" | "e" | "a" | "e.a")
                || lex.is("name-particles", &t.lower))
            || t.is('.')
            || t.text == "&";
        if !author {
            break;
        }
        k += 1;
    }
    if toks.get(k).is_some_and(|t| t.is(',')) {
        k += 1;
    }
    let year = toks.get(k)?;
    let digits: String = year.text.chars().take_while(char::is_ascii_digit).collect();
    let rest = &year.text[digits.len()..];
    if digits.len() != 4
        || !(1000..=2100).contains(&digits.parse::<u32>().ok()?)
        || rest.chars().count() > 1
        || rest.chars().any(|c| !c.is_ascii_lowercase())
    {
        return None;
    }
    // A page or a second year before the closing bracket: "(Toto, 2004, p. 12)".
    (k + 1..toks.len().min(k + 8)).find(|&j| toks[j].is(')'))
}
