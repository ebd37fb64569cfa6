//! Reporting frames around the verb: a subject noun phrase the lists do not know ("de
//! curator"), the postposed cue after `zo` or an auxiliary, `naar eigen zeggen`, a speech noun
//! before a colon ("met de woorden: ‘…’"), `volgens` a document of an author, and who said a
//! quotation named after it ("Meer wilde de woordvoerder niet kwijt.").

use super::*;

/// Words that open a loose noun phrase: articles, possessives and quantifiers (numerals are
/// `Lexicon::number_word`). Not `het`: a neuter noun is hardly ever a person ("het onderzoek",
/// "het artikel").
const LOOSE_OPENERS: &[&str] = &[
    "de",
    "een",
    "zijn",
    "haar",
    "hun",
    "enkele",
    "sommige",
    "meerdere",
    "veel",
    "vele",
    "diverse",
    "verschillende",
];

/// Endings of abstract nouns, which do not speak in a loose noun phrase.
const ABSTRACT: &[&str] = &[
    "ing", "ingen", "heid", "heden", "tie", "ties", "sie", "sies", "isme", "iteit", "nis", "schap",
    "ende", "ie",
];

/// Prepositions that name whom a speaker addresses or where: "Rutte tegen de NOS: ‘…’".
const ADDRESSEE: &[&str] = &["tegen", "in", "op", "bij", "aan", "richting"];

/// Prepositions before a speech noun whose claim follows a colon: "met de woorden:",
/// "getuige zijn uitspraak:", "in een verklaring:".
const SPEECH_NOUN_PREPS: &[&str] = &["met", "in", "getuige", "via", "op"];

impl Finder<'_, '_> {
    /// A noun phrase of an opener and one to four lower-case words that are not function
    /// words or verbs, from token `a`; with `end`, it must end exactly there ("de curator",
    /// "zijn leraren", "de 45-jarige verdachte").
    pub(super) fn loose_np(&self, i: usize, a: usize, end: Option<usize>) -> Option<Np> {
        let toks = &self.docs[i].toks;
        let first = toks.get(a).filter(|t| t.is_word() && !t.quoted)?;
        if !LOOSE_OPENERS.contains(&first.lower.as_str())
            && !self.lex.number_word(&first.lower)
            && !first.lower.chars().all(|c| c.is_ascii_digit())
            // ("Er zijn bewoners die zeggen": the verb after "er".)
            || first.lower == "zijn" && a > 0 && toks[a - 1].lower == "er"
        {
            return None;
        }
        let limit = end.unwrap_or(toks.len()).min(a + 5).min(toks.len());
        let mut b = a + 1;
        while b < limit {
            let t = &toks[b];
            if !t.is_word()
                || t.quoted
                || t.capitalised() && !self.parser(i).nationality(b)
                || self.lex.is("function", &t.lower)
                || self.lex.is("aux", &t.lower)
                || self.lex.is("sentence-adverbs", &t.lower)
                || self.lex.forms.contains_key(&t.lower)
                // After a head that speaks a past tense is the verb: "De premier bedankte
                // zijn kiezers en zei".
                || b > a + 1
                    && self.lex.speaker_noun(&toks[b - 1].lower)
                    && !toks[b - 1].lower.ends_with("jarige")
                    && ["de", "te", "den", "ten"].iter().any(|e| t.lower.ends_with(e))
            {
                break;
            }
            b += 1;
        }
        if b == a + 1 || end.is_some_and(|e| e != b) {
            return None;
        }
        // Without a fixed end the phrase must stop at punctuation or a function word
        // ("…, zei de verdachte tegen de rechter").
        if end.is_none()
            && toks.get(b).is_some_and(|t| {
                t.is_word() && !self.lex.is("function", &t.lower) && !self.lex.is("aux", &t.lower)
            })
        {
            return None;
        }
        let head = &toks[b - 1];
        // The head is a noun that can speak: not a number, not a listed thing that only
        // carries text ("de overlevering", "de film"), not an abstract noun ("-ing", "-heid").
        if head.lower.chars().any(|c| c.is_ascii_digit())
            || self.lex.is("not-speakers", &head.lower)
            // ("Acht mensen vonden": people in general, unless a phrase says which.)
            || self.lex.is("generic", &head.lower)
                && !toks
                    .get(b)
                    .is_some_and(|t| t.is_word() && self.lex.is("prepositions", &t.lower))
            || ABSTRACT.iter().any(|s| head.lower.ends_with(s))
        {
            return None;
        }
        Some(Np {
            t1: b,
            phrase: join(&toks[a..b], self.docs[i].input.text),
            noun: Some(head.lower.rsplit('-').next().unwrap_or("").to_string()),
            ..Default::default()
        })
    }

    /// A loose noun phrase as a speaker, less sure than a listed one.
    pub(super) fn resolve_loose(&self, i: usize, np: &Np) -> Option<Resolved> {
        let mut r = self.resolve(i, np)?;
        r.factor *= 0.85;
        Some(r)
    }

    /// A cue at `k` after its claim: the speaker after it ("…, zegt hij.", "…, zo zegt
    /// hij.") or after an auxiliary before it ("…, heeft de club laten weten."). Where the
    /// frame starts, the speaker, and whether the speaker is a loose noun phrase.
    pub(super) fn postposed(&self, i: usize, k: usize) -> Option<(usize, Np, bool)> {
        let toks = &self.docs[i].toks;
        let boundary = |j: usize| toks[j].is(',') || toks[j].closes();
        let p = self.parser(i);
        let after = |j: usize| -> Option<(Np, bool)> {
            // "…, zegt ook de burgemeester.", "…, bevestigt nu ook de politie.": a focus
            // adverb before the speaker.
            let j = (j..toks.len().min(j + 3))
                .find(|&m| {
                    !(toks[m].is_word()
                        && matches!(
                            toks[m].lower.as_str(),
                            "ook" | "nu" | "zelfs" | "eveneens" | "tevens"
                        ))
                })
                .unwrap_or(j);
            // A phrase that ends the clause or is followed by a prepositional phrase.
            let ends = |np: &Np| {
                toks.get(np.t1)
                    .is_none_or(|t| !t.is_word() || self.lex.is("prepositions", &t.lower))
            };
            // "…, antwoordde die.": a demonstrative at the clause's end.
            if let Some(np) = self
                .demonstrative_np(i, j)
                .filter(|np| toks.get(np.t1).is_none_or(|t| !t.is_word()))
            {
                return Some((np, false));
            }
            // "…, zei een van hen.": at the clause's end or before a prepositional phrase;
            // "…, zei een van hen, varkenshouder Ton van Gerwen.": the name in apposition.
            if let Some(np) = self.one_of_them(i, j).filter(ends) {
                return Some((self.apposed_name(i, np), false));
            }
            match p.parse(j, false) {
                // "…, zeiden Duitsland, Frankrijk en Polen in een verklaring.": a list, when it
                // ends the clause or a prepositional phrase follows (not "zei de minister en de
                // zaal applaudisseerde").
                Some(_)
                    if let Some(list) = self
                        .parse_coord(i, j, false)
                        .filter(|np| np.coordinated && ends(np)) =>
                {
                    Some((list, false))
                }
                // "…, twitterde de minister van Buitenlandse Zaken, Sigrid Kaag.".
                Some(np) => Some((self.apposed_name(i, np), false)),
                // "zei de dirigent, Tomasz Wierzbicki, tegen …": a description of any noun,
                // then the name.
                None => self.loose_np(i, j, None).map(|np| {
                    let np = self.apposed_name(i, np);
                    let loose = np.name.is_none();
                    (np, loose)
                }),
            }
        };
        // "En, voegt hij er aan toe: ,,…": only a conjunction before the comma, so the claim
        // follows the cue.
        let bare = |at: usize| {
            let a = self.clause_start(i, at).min(at - 1);
            let words = || toks[a..at - 1].iter().filter(|t| t.is_word());
            (a == 0 || !toks[a - 1].quoted)
                && words().next().is_some()
                && words().all(|t| self.lex.is("leading", &t.lower))
        };
        if k > 0 && boundary(k - 1) {
            if toks[k - 1].is(',') && bare(k) {
                return None;
            }
            // "De burgemeester van Rotterdam, Ahmed Aboutaleb, riep de inwoners op …": the
            // comma closes the subject's insert, it does not end a claim.
            if toks[k - 1].is(',')
                && self
                    .inserted_subject(i, self.past_titles(i, self.clause_start(i, k)), k)
                    .is_some()
            {
                return None;
            }
            // "Sanna Lind, de leider van de partij, beloofde de kiezers … te …": a speaker
            // and an apposition with no verb of their own are no claim before the cue.
            if toks[k - 1].is(',') && self.apposed_subject(i, self.clause_start(i, k), k - 1) {
                return None;
            }
            return after(k + 1).map(|(np, l)| (k, np, l));
        }
        // ("‘Een bodemloze put’: zo omschreef de minister de financiering": after a
        // quotation, a colon too.)
        if k > 1
            && toks[k - 1].lower == "zo"
            && (boundary(k - 2) || k > 2 && toks[k - 2].is(':') && toks[k - 3].closes())
        {
            return after(k + 1).map(|(np, l)| (k - 1, np, l));
        }
        // (Round 40: "…, dat maakt de organisatie bekend.", "…, dat meldt de RVO.": a `dat`
        // that points back, its speaker inverted after the cue and only a particle or a
        // short phrase to the sentence's end; not a relative clause, "Het kabinet, dat zegt
        // dat …".)
        if k > 1
            && toks[k - 1].lower == "dat"
            && !toks[k - 1].quoted
            && toks[k - 2].is(',')
            && !toks[k - 2].quoted
            && let Some((np, l)) = after(k + 1)
            && np.t1 > k + 1
            && toks.len() - np.t1 <= 6
            && toks[np.t1..].iter().all(|t| {
                !t.quoted
                    && !t.opens()
                    && (t.is('.') || t.is_word() && !matches!(t.lower.as_str(), "dat" | "of"))
            })
            && toks.last().is_some_and(|t| t.is('.'))
        {
            return Some((k - 1, np, l));
        }
        // ", heeft de club laten weten", ", zo heeft Hu gezegd": an auxiliary, the speaker,
        // perhaps adverbs or a short phrase, then the cue.
        // ("…, heeft zijn familie bekendgemaakt": "zijn" after an auxiliary is a possessive.)
        let a = (k.saturating_sub(10)..k).rev().find(|&a| {
            toks[a].is_word()
                && self.lex.is("aux", &toks[a].lower)
                && !toks[a].quoted
                && !(toks[a].lower == "zijn"
                    && a > 0
                    && toks[a - 1].is_word()
                    && self.lex.is("aux", &toks[a - 1].lower))
        })?;
        // ("Ruim veertig organisaties, onder wie Amnesty, hebben de minister gevraagd …": the
        // subject and its apposition, as above.)
        if a > 0 && toks[a - 1].is(',') && self.apposed_subject(i, self.clause_start(i, a), a - 1) {
            return None;
        }
        let at = if a > 0 && boundary(a - 1) {
            a
        } else if a > 1 && toks[a - 1].lower == "zo" && boundary(a - 2) {
            a - 1
        } else {
            return None;
        };
        let (np, loose) = after(a + 1)?;
        if np.t1 > k || toks[np.t1..k].iter().any(|t| !t.is_word() || t.quoted) {
            return None;
        }
        Some((at, np, loose))
    }

    /// "volgens een verklaring van het ministerie", "volgens cijfers van het CBS": a source
    /// noun (perhaps after an article and adjectives) and its author after van/door.
    pub(super) fn source_author(&self, i: usize, k: usize) -> Option<Np> {
        let toks = &self.docs[i].toks;
        // (Also a forecast's or a poll's compound: "volgens de voorjaarsprognose van de
        // Commissie"; not a letter's, "de afwijzingsbrief van het CGB" is the letter, but
        // those of [authored-letters]: "Dat staat in een Kamerbrief van minister X".)
        let source = |w: &str| {
            self.lex.is("source-nouns", w)
                || self.lex.is("authored-letters", w)
                || self.lex.is("forecasts", w)
                || self.lex.ends_in("compound-sources", w)
        };
        let mut j = k;
        while j < toks.len() && j < k + 3 {
            let t = &toks[j];
            // ("een Kamerbrief van minister X": a listed noun may be capitalised.)
            if t.is_word() && source(&t.lower) {
                break;
            }
            if !t.is_word() || t.capitalised() && j > k {
                return None;
            }
            if self.lex.is("function", &t.lower)
                && !matches!(t.lower.as_str(), "de" | "het" | "een")
            {
                return None;
            }
            j += 1;
        }
        if !toks.get(j).is_some_and(|t| source(&t.lower)) {
            return None;
        }
        let by = toks.get(j + 1)?;
        if !matches!(by.lower.as_str(), "van" | "door") {
            return None;
        }
        let np = self.parser(i).parse(j + 2, false)?;
        (np.name.is_some() || np.noun.is_some()).then_some(np)
    }

    /// A source's author at `k` ("een verklaring van het ministerie"), else a definite
    /// document of no author ("het rapport"; "een brief" is nobody's in particular).
    pub(super) fn authored_document(&self, i: usize, k: usize) -> Option<Np> {
        self.source_author(i, k).or_else(|| {
            self.the_document(i, k)
                .filter(|np| !np.phrase.to_lowercase().starts_with("een "))
        })
    }

    /// "het rapport", "het laatste verslag", "een juryrapport" at `k`: a particular document
    /// (an article, perhaps adjectives, a source noun in the singular).
    pub(super) fn the_document(&self, i: usize, k: usize) -> Option<Np> {
        let toks = &self.docs[i].toks;
        if !toks
            .get(k)
            .is_some_and(|t| matches!(t.lower.as_str(), "de" | "het" | "een" | "dit" | "deze"))
        {
            return None;
        }
        let mut j = k + 1;
        // A measure before the adjectives: "het 600 pagina's tellende rapport".
        if toks
            .get(j)
            .is_some_and(|t| t.text.chars().all(|c| c.is_ascii_digit()))
            && toks.get(j + 2).is_some_and(|t| t.lower.ends_with("nde"))
        {
            j += 2;
        }
        let first = j;
        while j < toks.len().min(first + 2)
            && toks[j].is_word()
            && !toks[j].capitalised()
            && toks[j].lower.ends_with('e')
            && !self.lex.is("source-nouns", &toks[j].lower)
            && !self.lex.is("function", &toks[j].lower)
        {
            j += 1;
        }
        // (A compound may be capitalised: "In de Kamerbrief staat dat".)
        let t = toks.get(j).filter(|t| {
            t.is_word()
                && (!t.capitalised() || !self.lex.is("source-nouns", &t.lower))
                && self.lex.ends_in("source-nouns", &t.lower)
        })?;
        // Plurals are no particular document ("sommige rapporten", "berichten"); minutes
        // are one ("de notulen").
        if t.lower != "notulen"
            && (self.lex.plural_noun(&t.lower)
                || t.lower.ends_with("en")
                || t.lower
                    .strip_suffix('s')
                    .is_some_and(|sg| self.lex.ends_in("source-nouns", sg)))
        {
            return None;
        }
        Some(Np {
            t1: j + 1,
            noun: Some(t.lower.clone()),
            phrase: join(&toks[k..j + 1], self.docs[i].input.text),
            ..Default::default()
        })
    }

    /// Between a speaker phrase ending at `a` and a colon at `c`: "tegen de NOS", "in de
    /// krant" — a short prepositional phrase of words.
    pub(super) fn addressee(&self, i: usize, a: usize, c: usize) -> bool {
        let toks = &self.docs[i].toks;
        a < c
            && c - a <= 6
            && ADDRESSEE.contains(&toks[a].lower.as_str())
            && toks[a..c].iter().all(|t| t.is_word() && !t.quoted)
    }

    /// "naar eigen zeggen" (or "volgens eigen zeggen", "naar zijn zeggen", "volgens eigen
    /// opgave") at `k`.
    pub(super) fn eigen_zeggen_at(&self, i: usize, k: usize) -> bool {
        let toks = &self.docs[i].toks;
        toks.get(k + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "eigen" | "zijn" | "haar" | "hun"))
            && toks
                .get(k + 2)
                .is_some_and(|t| matches!(t.lower.as_str(), "zeggen" | "opgave"))
    }

    /// "Hij heeft naar eigen zeggen niets gezien": the clause is the claim of its subject,
    /// the phrase that opens the clause or stands right before the cue.
    pub(super) fn eigen_zeggen(&mut self, i: usize, k: usize) {
        let toks = &self.docs[i].toks;
        let p = self.parser(i);
        let mut start = self.clause_start(i, k);
        while start < k && toks[start].is_word() && self.lex.is("leading", &toks[start].lower) {
            start += 1;
        }
        // "Naar eigen zeggen heeft zanger Bart Luijten nooit …": fronted, the subject
        // follows the finite verb; the claim is the clause after the phrase.
        let fronted = start == k && toks.get(k + 3).is_some_and(|t| t.is_word() && !t.quoted);
        let np = if fronted {
            p.parse(k + 4, false).filter(|np| np.speaks() && !np.quoted)
        } else {
            p.parse(start, false)
                .filter(|np| np.speaks() && np.t1 < k && toks[np.t1].is_word())
                .or_else(|| {
                    (k.saturating_sub(NP_MAX).max(start)..k)
                        .find_map(|j| p.parse(j, false).filter(|np| np.speaks() && np.t1 == k))
                })
        };
        let r = np.and_then(|np| self.resolve(i, &np));
        // "Naar zijn zeggen heeft het UWV de aanvraag kwijtgemaakt": a possessive whose
        // subject is no person is someone else's, as "volgens hem".
        let object = match toks[k + 1].lower.as_str() {
            "zijn" => Some("hem"),
            "haar" => Some("haar"),
            "hun" => Some("hen"),
            _ => None,
        };
        let possessor = |object: &str| {
            let np = Np {
                t1: k + 3,
                pronoun: true,
                phrase: object.to_string(),
                ..Default::default()
            };
            self.resolve(i, &np)
        };
        let r = match (r, object) {
            (Some(r), Some(object)) if !r.person => possessor(object).or(Some(r)),
            (None, Some(object)) => possessor(object),
            (r, _) => r,
        };
        let Some(r) = r else {
            return;
        };
        let end = self.claim_end(i, k + 3, false);
        let cue = join(&toks[k..k + 3], self.docs[i].input.text);
        self.emit(i, &r, &cue, (if fronted { k + 3 } else { start }, end), 0.8);
        self.remember(i, &r);
    }

    /// "Zijn leraren berispten hem met de woorden: ‘…’", "…, getuige zijn uitspraak: ‘…’": a
    /// speech noun after a preposition and an article or possessive, right before a colon;
    /// the claim follows the colon and the clause's subject is the speaker.
    pub(super) fn speech_noun_colon(&mut self, i: usize) {
        let toks = &self.docs[i].toks;
        let Some(c) = toks.iter().position(|t| t.is(':') && !t.quoted) else {
            return;
        };
        let speech = |j: usize| {
            toks[j].is_word() && !toks[j].quoted && self.lex.is("speech-nouns", &toks[j].lower)
        };
        // The noun, perhaps with whom it is for ("had een heldere boodschap voor de
        // bondgenoten:"), and adjectives before it.
        let Some(m) = (c.saturating_sub(6)..c).rev().find(|&j| {
            j >= 1
                && speech(j)
                && (j + 1 == c
                    || matches!(toks[j + 1].lower.as_str(), "voor" | "aan")
                        && toks[j + 2..c].iter().all(|t| t.is_word() && !t.quoted))
        }) else {
            return;
        };
        let mut d = m - 1;
        while d > 0
            && m - d <= 2
            && toks[d].is_word()
            && !toks[d].capitalised()
            && toks[d].lower.ends_with('e')
            && !self.lex.is("function", &toks[d].lower)
        {
            d -= 1;
        }
        if d < 1 {
            return;
        }
        let det = &toks[d];
        let prep = &toks[d - 1];
        if !det.is_word()
            || !matches!(
                det.lower.as_str(),
                "de" | "het" | "een" | "zijn" | "haar" | "hun" | "deze"
            )
            || !prep.is_word()
            || prep.quoted
        {
            return;
        }
        // "met de woorden:", or the object of the clause's verb ("deed de supporters een
        // belofte:", "gaf een waarschuwing:") when the clause opens with its speaker.
        let object = !SPEECH_NOUN_PREPS.contains(&prep.lower.as_str());
        if object && self.lex.is("prepositions", &prep.lower) {
            return;
        }
        let p = self.parser(i);
        let mut start = self.clause_start(i, d - 1);
        while start < m && toks[start].is_word() && self.lex.is("leading", &toks[start].lower) {
            start += 1;
        }
        let Some(np) = p.parse(start, false).filter(|np| {
            np.speaks()
                // (The verb right after the subject: "Rutte had een heldere boodschap …:".)
                && (np.t1 < d - 1 || object && np.t1 == d - 1)
                && (!object || np.name.is_some() || np.pronoun || np.noun.is_some())
        }) else {
            return;
        };
        let Some(r) = self.resolve(i, &np) else {
            return;
        };
        let cue = toks[m].text.to_string();
        if self.after_colon(i, c, &r, &cue, 0.7) {
            self.remember(i, &r);
        }
    }

    /// "De conclusie van het ISW: Rusland …", "Het advies van de militairen aan de
    /// regeringsleiders: …", "De boodschap van de minister is helder: …", "In de woorden van
    /// Austin: „…”": a statement's author before a colon; the claim after it, quoted or not
    /// (`colon_quote` takes the quoted ones that open the sentence).
    pub(super) fn statement_colon(&mut self, i: usize) {
        let toks = &self.docs[i].toks;
        let Some(c) = toks.iter().take(24).position(|t| t.is(':') && !t.quoted) else {
            return;
        };
        if c + 1 >= toks.len() {
            return;
        }
        let start =
            usize::from(toks[0].lower == "in" && toks.get(2).is_some_and(|t| t.lower == "woorden"));
        let Some(np) = self.statement_author(i, start) else {
            return;
        };
        let t1 = self.past_qualifier(i, &np);
        // What may come between: nothing, whom it is for, or a copula and a judgement.
        let between = &toks[t1.min(c)..c];
        let judged = between
            .first()
            .is_some_and(|t| matches!(t.lower.as_str(), "is" | "was"))
            && between.len() <= 4;
        let addressed = between
            .first()
            .is_some_and(|t| matches!(t.lower.as_str(), "aan" | "voor"))
            && between.len() <= 6;
        let fits = t1 <= c
            && (between.is_empty() || judged || addressed)
            && between.iter().all(|t| {
                t.is_word() && !t.quoted && !self.lex.forms.contains_key(&t.lower)
                    || t.lower == "is"
                    || t.lower == "was"
            });
        if !fits {
            return;
        }
        let Some(r) = self.resolve(i, &np) else {
            return;
        };
        let cue = toks[c].text.to_string();
        if self.after_colon(i, c, &r, &cue, 0.7) {
            self.remember(i, &r);
        }
    }

    /// The claim after a colon at `c`: a quotation, the rest of the clause, or a quotation
    /// opening the next sentence of the paragraph. False when there is none.
    fn after_colon(&mut self, i: usize, c: usize, r: &Resolved, cue: &str, score: f64) -> bool {
        let toks = &self.docs[i].toks;
        if c + 1 < toks.len() {
            if toks[c + 1].opens()
                && let Some(q) = self.quote_at(i, c + 1)
            {
                self.emit_quote(i, q, r, cue, score);
            } else {
                let end = self.claim_end(i, c + 1, false);
                self.emit(i, r, cue, (c + 1, end), score);
            }
        } else if let Some(next) = self.docs.get(i + 1)
            && next.input.paragraph == self.docs[i].input.paragraph
            && next.toks.first().is_some_and(Tok::opens)
            && let Some(q) = self.quote_at(i + 1, 0)
        {
            self.emit_quote(i + 1, q, r, cue, score * 0.9);
        } else {
            return false;
        }
        true
    }

    /// "de reactie van het ministerie", "het antwoord van Whitfield" at `at`: an article, a
    /// noun of a statement and its author after `van`; the author.
    pub(super) fn statement_author(&self, i: usize, at: usize) -> Option<Np> {
        let toks = &self.docs[i].toks;
        let word = |j: usize| toks.get(j).filter(|t| t.is_word() && !t.quoted);
        // ("luidt het dringende advies van de NVWA": adjectives before the noun.)
        let mut n = at + 1;
        while n < at + 3
            && word(n).is_some_and(|t| {
                t.lower.ends_with('e')
                    && !t.capitalised()
                    && !self.lex.is("function", &t.lower)
                    && !self.lex.statement_noun(&t.lower)
            })
        {
            n += 1;
        }
        // ("Reactie van de werkgevers: ‘…’": a heading's noun without its article.)
        if at == 0 && word(0).is_some_and(|t| t.capitalised() && self.lex.statement_noun(&t.lower))
        {
            n = 0;
        }
        ((n == 0 || word(at).is_some_and(|t| matches!(t.lower.as_str(), "de" | "het")))
            && word(n).is_some_and(|t| self.lex.statement_noun(&t.lower))
            && word(n + 1).is_some_and(|t| t.lower == "van"))
        .then(|| self.parser(i).parse(n + 2, true))
        .flatten()
        .filter(Np::speaks)
    }

    /// "Dat is de conclusie van de commissie.", "Dit was de boodschap van de premier": the
    /// sentence before is the statement of whoever the noun's `van` names.
    pub(super) fn that_is_the_statement(&mut self, i: usize) {
        let toks = &self.docs[i].toks;
        let word = |j: usize, set: &[&str]| {
            toks.get(j)
                .is_some_and(|t| t.is_word() && !t.quoted && set.contains(&t.lower.as_str()))
        };
        if i == 0 || !word(0, &["dat", "dit"]) || !word(1, &["is", "was"]) {
            return;
        }
        // "Dat is althans de conclusie van X", "Dit is in elk geval de boodschap van X": a
        // hedge between the copula and the noun.
        let mut k = 2;
        if word(k, &["in"]) && word(k + 1, &["elk", "ieder"]) && word(k + 2, &["geval"]) {
            k += 3;
        } else if toks
            .get(k)
            .is_some_and(|t| !t.quoted && self.lex.is("statement-hedges", &t.lower))
        {
            k += 1;
        }
        let Some(np) = self.statement_author(i, k) else {
            return;
        };
        if self.docs[i - 1].toks.is_empty() {
            return;
        }
        let Some(r) = self.resolve(i, &np) else {
            return;
        };
        let cue = toks[k + 1].text.to_string();
        self.claim_before(i, &r, &cue, 0.6, 0.65);
    }

    /// "Die conclusie trekken onderzoekers van X.", "Dat advies geeft ook het Nibud.", "Tot
    /// dezelfde slotsom kwam de Gezondheidsraad.": a report of the sentence before, named by
    /// a demonstrative and its noun as the fronted object of a verb that voices it, then the
    /// subject (as "Dat zegt X.").
    pub(super) fn that_report_fronted(&mut self, i: usize) {
        let toks = &self.docs[i].toks;
        let plain = |j: usize| toks.get(j).filter(|t| t.is_word() && !t.quoted);
        let Some(first) = plain(0) else {
            return;
        };
        let tot = first.lower == "tot";
        let d = usize::from(tot);
        let demonstrative = |j: usize| {
            plain(j).is_some_and(|t| {
                matches!(
                    t.lower.as_str(),
                    "dat" | "die" | "deze" | "dit" | "dezelfde" | "hetzelfde"
                )
            })
        };
        if i == 0 || self.docs[i - 1].toks.is_empty() || !demonstrative(d) {
            return;
        }
        let Some(noun) = plain(d + 1).map(|t| t.lower.as_str()) else {
            return;
        };
        let k = d + 2;
        let Some(verb) = plain(k).map(|t| t.lower.as_str()) else {
            return;
        };
        let (ok, particle) = if tot {
            (
                matches!(noun, "conclusie" | "slotsom" | "inzicht" | "oordeel")
                    && matches!(verb, "komt" | "kwam" | "komen" | "kwamen"),
                None,
            )
        } else {
            let report = self.lex.is("report-nouns", noun) || noun == "belofte";
            match verb {
                "spreekt" | "sprak" | "spreken" | "spraken" => (report, Some("uit")),
                "stelt" | "stelde" | "stellen" | "stelden" => (noun == "vraag", None),
                _ => (report && self.lex.is("fronted-report-verbs", verb), None),
            }
        };
        if !ok {
            return;
        }
        // The subject after the verb and its adverbs ("Dat advies geeft ook het Nibud").
        let at = k + 1 + self.adverbs_from(i, k + 1).min(3);
        let Some(np) = self.parser(i).parse(at, false).filter(Np::speaks) else {
            return;
        };
        // What follows is phrases ("in een nieuwe brochure", "na een analyse van …"), the
        // particle, adverbs: no clause, colon or quotation of its own.
        let rest = &toks[np.t1..];
        if rest.iter().any(|t| {
            t.quoted
                || t.opens()
                || t.is(':')
                || t.is_word() && matches!(t.lower.as_str(), "dat" | "of" | "om")
        }) || particle.is_some_and(|p| !rest.iter().any(|t| t.lower == p))
        {
            return;
        }
        let Some(r) = self.resolve(i, &np) else {
            return;
        };
        let cue = toks[k].text.to_string();
        self.claim_before_at(i, (0, d + 2), &r, &cue, 0.55, 0.6);
    }

    /// "De verklaring luidde: ‘…’", "Het persbericht van de gemeente luidt: …": a statement
    /// quoted after `luiden` at `k` is its author's, or the statement's own when it has none.
    pub(super) fn luidt(&mut self, i: usize, k: usize) {
        let toks = &self.docs[i].toks;
        if !toks.get(k + 1).is_some_and(|t| t.is(':') && !t.quoted) {
            // "“…”, luidde het antwoord van Whitfield": after the claim, whose statement.
            // (Round 40: "…, zo luidt de conclusie van het PBL."; "Zo luidt de conclusie van
            // het PBL." opening its sentence says the one before.)
            let zo = zo_after_comma(toks, k);
            let opening = k == 1 && toks[0].lower == "zo";
            if (k >= 2 && (toks[k - 1].is(',') || toks[k - 1].closes()) || zo || opening)
                && let Some(np) = self.statement_author(i, k + 1)
                && let Some(r) = self.resolve(i, &np)
            {
                let cue = toks[k].text.to_string();
                if opening {
                    self.previous_sentence(i, &np, &r, &cue);
                    return;
                }
                self.before_cue(i, if zo { k - 1 } else { k }, &r, &cue, 0.8);
                self.remember(i, &r);
            } else {
                // "…, luidt het bij de bond": as "klinkt het".
                self.klinkt_het(i, k);
            }
            return;
        }
        let mut start = self.clause_start(i, k);
        while start < k && toks[start].is_word() && self.lex.is("leading", &toks[start].lower) {
            start += 1;
        }
        // The statement: an article, perhaps adjectives, a noun of speech or of a document.
        let det = toks
            .get(start)
            .is_some_and(|t| matches!(t.lower.as_str(), "de" | "het" | "dit" | "deze"));
        let Some(j) =
            (start + 1..k.min(start + 4)).find(|&j| self.lex.statement_noun(&toks[j].lower))
        else {
            return;
        };
        if !det
            || toks[start + 1..j]
                .iter()
                .any(|t| !t.is_word() || t.capitalised() || t.quoted)
            || self.lex.plural_noun(&toks[j].lower)
        {
            return;
        }
        let np = if toks[j + 1].lower == "van" {
            // "De boodschap van de premier luidde": its author.
            match self.parser(i).parse(j + 2, false) {
                Some(np) if np.speaks() && self.past_qualifier(i, &np) == k => np,
                _ => return,
            }
        } else if j + 1 == k && self.lex.ends_in("source-nouns", &toks[j].lower) {
            // "De verklaring luidde": a document with no author named; not "het antwoord",
            // which is nobody's in particular.
            Np {
                t1: k,
                noun: Some(toks[j].lower.clone()),
                phrase: join(&toks[start..k], self.docs[i].input.text),
                ..Default::default()
            }
        } else {
            return;
        };
        let Some(r) = self.resolve(i, &np) else {
            return;
        };
        let cue = toks[k].text.to_string();
        if self.after_colon(i, k + 1, &r, &cue, 0.7) {
            self.remember(i, &r);
        }
    }
}

/// Words that may stand before a subject without being part of it: "Zelfs de minister gaf
/// toe", "Ook Jansen zei".
pub(super) const FOCUS: &[&str] = &[
    "zelfs", "ook", "alleen", "juist", "vooral", "eveneens", "tevens", "evenmin",
];

/// Auxiliaries of the passive (and of the perfect, which `door` tells apart).
const PASSIVE_AUX: &[&str] = &[
    "wordt", "werd", "worden", "werden", "is", "zijn", "was", "waren",
];

impl Finder<'_, '_> {
    /// A speaker phrase at `k`, or two joined by `en` ("Jansen en De Vries zeiden").
    pub(super) fn parse_coord(&self, i: usize, k: usize, object: bool) -> Option<Np> {
        let toks = &self.docs[i].toks;
        let p = self.parser(i);
        // A part of a coordination: a name or a speaker noun, no pronoun.
        let speaks = |np: &Np| !np.pronoun && (np.name.is_some() || np.noun.is_some());
        // "Zowel de premier als de minister zeiden".
        if toks
            .get(k)
            .is_some_and(|t| t.is_word() && t.lower == "zowel")
        {
            let first = p.parse(k + 1, object)?;
            let second = toks
                .get(first.t1)
                .filter(|t| t.is_word() && t.lower == "als")
                .and_then(|_| p.parse(first.t1 + 1, object))?;
            return (speaks(&first) && speaks(&second)).then(|| Np {
                t1: second.t1,
                phrase: join(&toks[k..second.t1], self.docs[i].input.text),
                coordinated: true,
                ..Default::default()
            });
        }
        let np = p.parse(k, object)?;
        if np.pronoun || (np.name.is_none() && np.noun.is_none()) {
            return Some(np);
        }
        // "De politie, de brandweer en de ambulancedienst meldden": a list of three or more
        // (each a phrase that speaks, the last after "en").
        // (Not a plural's description: "De twee verdachten, een man … en een vrouw …,".)
        let plural = np.noun.as_deref().is_some_and(|n| self.lex.plural_noun(n));
        let mut last = np.t1;
        let mut items = 0;
        while items < 8
            && toks.get(last).is_some_and(|t| t.is(','))
            && !(plural && toks.get(last + 1).is_some_and(|t| t.lower == "een"))
            && let Some(next) = p.parse(last + 1, object).filter(speaks)
        {
            last = next.t1;
            items += 1;
        }
        if items > 0
            && toks
                .get(last)
                .is_some_and(|t| t.is_word() && t.lower == "en")
            && let Some(second) = p.parse(last + 1, object)
            && speaks(&second)
            // (A comma after it closes an apposition: "De twee broers, Mark en Tim, zeiden".)
            && !toks.get(second.t1).is_some_and(|t| t.is(','))
        {
            return Some(Np {
                t1: second.t1,
                phrase: join(&toks[k..second.t1], self.docs[i].input.text),
                coordinated: true,
                ..Default::default()
            });
        }
        if toks
            .get(np.t1)
            .is_some_and(|t| t.is_word() && t.lower == "en")
            && let Some(second) = p.parse(np.t1 + 1, object)
            && speaks(&second)
        {
            return Some(Np {
                t1: second.t1,
                phrase: join(&toks[k..second.t1], self.docs[i].input.text),
                coordinated: true,
                ..Default::default()
            });
        }
        Some(np)
    }

    /// A description followed by a name in apposition, up to a comma or the sentence's end
    /// ("de coach van het team, Marco Rossi,"): the name; else the description itself.
    pub(super) fn apposed_name(&self, i: usize, np: Np) -> Np {
        let toks = &self.docs[i].toks;
        if (np.name.is_some() && !self.title_name(i, &np))
            || (np.name.is_none() && np.noun.is_none())
        {
            return np;
        }
        // ("zei de kandidaat voor het burgemeesterschap van Millbrook, Colin Ashby, dat",
        // "de fractieleider in de Senaat, Carol Whitlock,": past phrases of what or where.)
        let comma = if toks.get(np.t1).is_some_and(|t| t.is(',')) {
            np.t1
        } else {
            let Some(c) = (np.t1 + 1..toks.len().min(np.t1 + NP_MAX)).find(|&j| toks[j].is(','))
            else {
                return np;
            };
            let voor = toks[np.t1].lower == "voor"
                && (np.t1 + 1..c).all(|j| toks[j].is_word() && !toks[j].quoted);
            if np.name.is_some() || !(voor || self.pp_tail(i, np.t1, c)) {
                return np;
            }
            c
        };
        self.parser(i)
            .parse(comma + 1, false)
            .filter(|n| {
                let after = past_brackets(toks, n.t1);
                n.name.is_some()
                    && toks.get(after).is_none_or(|t| {
                        t.is(',')
                            || matches!(t.kind, Tk::Punct('.' | '!' | '?'))
                            // ("zei de voorzitter van de vereniging, Karin de Lange: ‘…’".)
                            || t.is(':') && toks.get(after + 1).is_some_and(Tok::opens)
                    })
            })
            .unwrap_or(np)
    }

    /// "de Hoge Vertegenwoordiger", "de Secretaris-Generaal": a title written with capitals
    /// after its article, read as a name, whose holder may follow in apposition.
    fn title_name(&self, i: usize, np: &Np) -> bool {
        let toks = &self.docs[i].toks;
        np.name.is_some_and(|(a, b)| {
            a > 0
                && matches!(toks[a - 1].lower.as_str(), "de" | "het")
                && self.lex.person_noun(&toks[b - 1].lower)
        })
    }

    /// A subject with an insert between it and the finite verb at `finite`: a name with an
    /// apposition or a relative clause ("Jansen, hoogleraar in Leiden, zegt"), a description
    /// then the name in apposition ("De burgemeester van Rotterdam, Ahmed Aboutaleb, riep"),
    /// or a description with a relative clause ("De zanger, die vorig jaar optrad, zei").
    pub(super) fn inserted_subject(&self, i: usize, start: usize, finite: usize) -> Option<Np> {
        let toks = &self.docs[i].toks;
        if finite < start + 3 || finite > toks.len() {
            return None;
        }
        // One insert, or an apposition and then a relative clause about the same person
        // ("Emma Berglund, bioloog aan de universiteit, die niet bij het onderzoek betrokken
        // was, zei").
        let insert_ok = |a: usize| {
            // ("Sarah Kim, 29, een verpleegster uit Seoul, vertelde": an age first.)
            let a = if toks
                .get(a)
                .is_some_and(|t| t.text.starts_with(|c: char| c.is_ascii_digit()))
                && toks.get(a + 1).is_some_and(|t| t.is(','))
                && a + 2 < finite
            {
                a + 2
            } else {
                a
            };
            // ("De premier, gevraagd naar …, zei": the participle is a cue of its own, and
            // its insert ends before it starts.)
            let Some(insert) = toks.get(a..finite - 1) else {
                return false;
            };
            let mut commas = (a..finite - 1).filter(|&j| toks[j].is(','));
            // (A short title in quotation marks is part of it: "Jochem Rijpstra, auteur van
            // ‘Wolken’, vertelt".)
            let quoted = insert.iter().filter(|t| t.quoted && t.is_word()).count();
            let plain = quoted <= 6
                && insert
                    .iter()
                    .all(|t| !t.is('.') && !t.is('!') && !t.is('?'))
                && (quoted == 0 || insert.iter().any(|t| t.opens()));
            plain
                && match (commas.next(), commas.next()) {
                    (None, _) => true,
                    (Some(c), None) => {
                        c > a
                            && toks.get(c + 1).is_some_and(|t| {
                                matches!(t.lower.as_str(), "die" | "wiens" | "wier")
                            })
                    }
                    _ => false,
                }
        };
        let np = self.parse_coord(i, start, false);
        if let Some(np) = &np
            && np.name.is_some()
            && np.t1 + 2 < finite
            && finite - np.t1 <= 20
            && ((toks[np.t1].is(',') && toks[finite - 1].is(','))
                || (toks[np.t1].is('(') && toks[finite - 1].is(')')))
            && insert_ok(np.t1 + 1)
        {
            // ("De Hoge Vertegenwoordiger, Katrin Oja, zegt": the title's holder.)
            if self.title_name(i, np) {
                return Some(self.apposed_name(i, np.clone()));
            }
            return Some(np.clone());
        }
        // ("Emma Berglund, de bioloog, die …, zei": the phrase took its apposition, then the
        // relative clause about the same person.)
        if let Some(np) = &np
            && np.name.is_some()
            && np.t1 > start + 1
            && np.t1 + 2 < finite
            && finite - np.t1 <= 20
            && toks[np.t1 - 1].is(',')
            && toks[finite - 1].is(',')
            && matches!(toks[np.t1].lower.as_str(), "die" | "wiens" | "wier")
            && insert_ok(np.t1)
        {
            return Some(np.clone());
        }
        // "Zijn coalitiepartner, ChristenUnie-Kamerlid Eppo Bruins, benadrukt", "Een van de
        // bewoners, Sevda Celik (38), vertelde": a description, then the name in apposition.
        if toks[finite - 1].is(',')
            && let Some(a) = (start + 1..finite - 1)
                .rev()
                .take(NP_MAX)
                .find(|&a| toks[a].is(','))
            && (a - start <= 6
                // "Een luchtvaartdeskundige van de Technische Universiteit van Kisumara,
                // professor Daniel Mutua Kiprop,": a description with whose it is.
                || np.as_ref().is_some_and(|np| np.name.is_none() && np.noun.is_some() && np.t1 == a)
                || np
                    .clone()
                    .or_else(|| self.loose_np(i, start, None))
                    .and_then(|d| self.qualified(i, &d))
                    .is_some_and(|q| q.t1 == a))
            // ("Op X, het voormalige Twitter, schreef de president": a place, not a person.)
            && !self.lex.is("prepositions", &toks[start].lower)
            && toks[start..a].iter().enumerate().all(|(n, t)| {
                // (A title it names: "De auteur van ‘Wolken’, Jochem Rijpstra,".)
                (!t.quoted || self.quote_at(i, start + n).is_some_and(|q| embedded(self.lex, toks, &q)))
                    && (!t.is_word()
                        // "Zijn" opening the clause is a possessive.
                        || n == 0 && t.lower == "zijn"
                        || !self.lex.forms.contains_key(&t.lower) && !self.lex.is("aux", &t.lower))
            })
            // ("De verdachte, een Belg, verklaarde": a nationality, not a name.)
            && toks[a + 1].lower != "een"
            && let Some(np) = self.parser(i).parse(a + 1, false)
            && np.name.is_some()
            && past_brackets(toks, np.t1) == finite - 1
        {
            return Some(np);
        }
        // A description and a relative clause about it, with or without a comma before it
        // ("Een politieagent die anoniem wil blijven, vertelde"), any noun ("Een passagier
        // die …, zei") and whose it is ("Een vulkanoloog van de universiteit van X, die …,").
        let np = np
            .filter(|np| np.speaks())
            .or_else(|| self.loose_np(i, start, None))?;
        let np = self.qualified(i, &np).unwrap_or(np);
        // "De minister – die zelf onder vuur ligt – zei", "De aanklager (die de zaak
        // behandelt) zei": whatever stands between dashes or brackets is an insert.
        let dash = |t: &Tok<'_>| t.is('–') || t.is('—') || t.is('-');
        if let Some(open) = toks.get(np.t1)
            && (dash(open) && dash(&toks[finite - 1]) || open.is('(') && toks[finite - 1].is(')'))
            && np.t1 + 2 < finite
            && finite - np.t1 <= 24
            && !np.pronoun
            && toks[np.t1 + 1..finite - 1]
                .iter()
                .all(|t| !t.quoted && !t.is('.') && !dash(t) && !t.is('(') && !t.is(')'))
        {
            return Some(np);
        }
        // "De twee verdachten, een man uit Utrecht en een vrouw uit Zeist, ontkennen", "De
        // onderzoekers, allen verbonden aan …, schrijven", "De twee broers, Mark en Tim de
        // Boer, vertelden": a plural's description may be a list.
        let plural = np.noun.as_deref().is_some_and(|n| self.lex.plural_noun(n));
        let rel = if toks.get(np.t1).is_some_and(|t| t.is(',')) {
            np.t1 + 1
        } else {
            np.t1
        };
        // Or a participle phrase about it ("Het rapport, opgesteld door de VN, waarschuwt").
        (np.noun.is_some()
            && !np.pronoun
            && !np.coordinated
            && toks.get(rel).is_some_and(|t| {
                matches!(
                    t.lower.as_str(),
                    "die" | "dat" | "wiens" | "wier" | "waarvan"
                ) || rel > np.t1 && participle(&t.lower)
                    // Or a phrase: "De jury, onder leiding van actrice Marina Toledo, zei".
                    || rel > np.t1
                        && t.is_word()
                        && self.lex.is("prepositions", &t.lower)
                        && t.lower != "volgens"
                    // Or a description: "De verdachte, een 41-jarige vrouw uit Gent,
                    // verklaarde", "De getuige, 63, vertelde" (not a list: "De burgemeester,
                    // een wethouder en de raad").
                    || rel > np.t1
                        && (t.lower == "een"
                            || t.text.starts_with(|c: char| c.is_ascii_digit())
                            || t.lower == "de"
                                && toks.get(rel + 1).is_some_and(|u| u.lower.ends_with("jarige")))
                        && (plural
                            || !toks[rel..finite].iter().any(|u| {
                                !u.quoted && matches!(u.lower.as_str(), "en" | "of" | "noch")
                            }))
                    || rel > np.t1
                        && plural
                        && (matches!(t.lower.as_str(), "allen" | "beiden" | "allebei" | "alle")
                            || t.capitalised() && t.is_word())
            })
            && toks[finite - 1].is(',')
            && finite - np.t1 <= 20
            && insert_ok(rel))
        .then_some(np)
    }

    /// The words from `start` to the comma at `c` are a speaker phrase, a comma and an
    /// apposition, with no finite verb: a subject, not a clause.
    fn apposed_subject(&self, i: usize, start: usize, c: usize) -> bool {
        let toks = &self.docs[i].toks;
        let Some(np) = self
            .parse_coord(i, start, false)
            .filter(|np| np.speaks() && !np.pronoun)
        else {
            return false;
        };
        let a = if np.t1 >= c {
            // (The phrase took its apposition: "Emma Berglund, de bioloog,".)
            match (start + 1..c).find(|&j| toks[j].is(',')) {
                Some(a) => a,
                None => return false,
            }
        } else {
            np.t1
        };
        // ("Ruim veertig organisaties, onder wie Amnesty en Bits of Freedom, hebben …": who
        // is among them.)
        let among = toks.get(a + 1).is_some_and(|t| t.lower == "waaronder")
            || toks.get(a + 1).is_some_and(|t| t.lower == "onder")
                && toks.get(a + 2).is_some_and(|t| t.lower == "wie");
        a < c
            && toks[a].is(',')
            && toks.get(a + 1).is_some_and(|t| {
                t.is_word()
                    && !t.quoted
                    && (among
                        || matches!(t.lower.as_str(), "de" | "het" | "een")
                        || t.capitalised()
                        // ("Jeroen Vos, woordvoerder van het Erasmus MC, bevestigt de hack.")
                        || self.lex.speaker_noun(&t.lower)
                        || self.lex.is("title-adjectives", &t.lower))
            })
            && toks[a + 1..c].iter().all(|t| {
                !t.quoted
                    && !t.is(',')
                    && !(t.is_word()
                        && (self.lex.is("aux", &t.lower)
                            || self.lex.forms.contains_key(&t.lower)
                            || matches!(t.lower.as_str(), "die" | "dat")
                            || t.lower == "wie" && !among))
            })
    }

    /// "die" or "deze" at `k` as a phrase of its own, for [`Finder::latter`] to resolve.
    fn demonstrative_np(&self, i: usize, k: usize) -> Option<Np> {
        let t = self.docs[i].toks.get(k)?;
        (t.is_word() && !t.quoted && matches!(t.lower.as_str(), "die" | "deze")).then(|| Np {
            t1: k + 1,
            phrase: t.text.to_string(),
            ..Default::default()
        })
    }

    /// "een van hen", "twee van hen" at `k`: one of a group named before, as written.
    pub(super) fn one_of_them(&self, i: usize, k: usize) -> Option<Np> {
        let toks = &self.docs[i].toks;
        let w = |j: usize| {
            toks.get(j)
                .filter(|t| t.is_word())
                .map(|t| t.lower.as_str())
        };
        (w(k).is_some_and(|w| {
            self.lex.is("numbers", w) || matches!(w, "één" | "elk" | "ieder" | "geen")
        }) && w(k + 1) == Some("van")
            && matches!(w(k + 2), Some("hen" | "hun")))
        .then(|| Np {
            t1: k + 3,
            phrase: join(&toks[k..k + 3], self.docs[i].input.text),
            noun: Some("hen".into()),
            ..Default::default()
        })
    }

    /// The subject that opens the clause at `start` and ends right before the finite verb at
    /// `finite`: a listed phrase, perhaps after a focus particle, with an apposition or an
    /// age in brackets ("Jansen, hoogleraar in Leiden, zegt"); the antecedent of a relative
    /// `die` ("…, een man die zegt dat"); or a loose noun phrase ("de curator").
    pub(super) fn subject_at(&self, i: usize, start: usize, finite: usize) -> Option<Resolved> {
        let toks = &self.docs[i].toks;
        let mut start = start;
        if start + 1 < finite && FOCUS.contains(&toks[start].lower.as_str()) {
            start += 1;
        }
        // "Die antwoordde dat …", "Deze reageerde": a demonstrative opening the sentence.
        if start + 1 == finite
            && (start == 0 || !toks[start - 1].is_word())
            && let Some(np) = self.demonstrative_np(i, start)
            && let Some(r) = self.resolve(i, &np)
        {
            return Some(r);
        }
        // "Een van hen vertelde", "Twee van hen zeiden" (not the object after the verb).
        if let Some(np) = self.one_of_them(i, start).filter(|np| np.t1 == finite) {
            return self.resolve(i, &np);
        }
        // "Honderden artsen zeggen", "Meer dan 200 wetenschappers", "De helft van de
        // inwoners zegt": a count or a part of a group that speaks, as one phrase.
        if let Some(h) = self.count_prefix(i, start, finite)
            && let Some(np) = self
                .parse_coord(i, h, false)
                .filter(|np| np.speaks() && !np.pronoun && np.t1 == finite)
        {
            let phrase = join(&toks[start..finite], self.docs[i].input.text);
            return self.resolve(i, &Np { phrase, ..np });
        }
        if let Some(np) = self.parse_coord(i, start, false) {
            // "Wahid zelf zegt", "De minister echter zei".
            if np.t1 == finite
                || np.t1 + 1 == finite
                    && matches!(
                        toks[np.t1].lower.as_str(),
                        "zelf" | "echter" | "daarentegen" | "evenwel"
                    )
            {
                return self.resolve(i, &np);
            }
            // "Bronnen rond de minister zeggen": whose sources, between them and the verb.
            if self.past_qualifier(i, &np) == finite {
                return self.resolve(i, &np);
            }
            // "De onderzoekers van de VN-missie vermoeden": a described speaker and whose.
            if let Some(q) = self.qualified(i, &np)
                && q.t1 == finite
            {
                return self.resolve(i, &q);
            }
            // "Tony Moll van het ziekenhuis in de Zuid-Afrikaanse stad Durban zei": the
            // phrase before a main clause's finite verb is one constituent, so a named
            // speaker and the prepositional phrases after it are the subject.
            // (A name of two words or more, or one inside the sentence: a capitalised first
            // word may be any word, "Berichten uit de regio vrezen".)
            if np
                .name
                .is_some_and(|(a, b)| b > a + 1 || a > 0 && toks[a - 1].is_word())
                && !np.pronoun
                && self.pp_tail(i, np.t1, finite)
            {
                return self.resolve(i, &np);
            }
            // "Het team van professor Kim in Seoul meldde": a described speaker with the
            // same tail, as one phrase.
            if np.name.is_none()
                && np.noun.is_some()
                && !np.pronoun
                && !np.coordinated
                && self.pp_tail(i, np.t1, finite)
            {
                return self.resolve(i, &self.with_tail(i, np, finite));
            }
        }
        if let Some(np) = self.inserted_subject(i, start, finite) {
            return self.resolve(i, &np);
        }
        // "Een verklaring van de regering stelde dat …": the statement's author speaks.
        if let Some(np) = self.source_author(i, start)
            && np.t1 == finite
        {
            return self.resolve(i, &np);
        }
        // ("…, die vorige week nog had gezegd": adverbs may stand between the pronoun and the
        // verb, but no subject: in "De brief, die de minister had geschreven" she wrote it.)
        let adverb = |t: &Tok<'_>| {
            t.is_word()
                && t.text.starts_with(char::is_lowercase)
                && !self.lex.is("determiners", &t.lower)
                && !self.lex.is("pronouns", &t.lower)
                && !self.lex.is("personal", &t.lower)
                && !matches!(t.lower.as_str(), "die" | "dat")
        };
        let rel = (start + 1..finite)
            .rev()
            .take(4)
            .find(|&j| !adverb(&toks[j]));
        // ("Het leger, dat zegt dat …": a neuter antecedent's `dat` after a comma.)
        if let Some(rel) = rel
            && (toks[rel].lower == "die" || toks[rel].lower == "dat" && toks[rel - 1].is(','))
            && !toks[rel].quoted
        {
            let end = if toks[rel - 1].is(',') { rel - 1 } else { rel };
            let p = self.parser(i);
            for j in end.saturating_sub(NP_MAX).max(start)..end {
                let np = p.parse(j, false);
                if let Some(np) = &np
                    && np.t1 == end
                    && !np.pronoun
                    && (np.name.is_some() || np.noun.is_some())
                {
                    return self.resolve(i, np);
                }
                // "De moeder van een van de slachtoffers, die …": whose it is, too.
                if let Some(q) = np
                    .filter(Np::speaks)
                    .or_else(|| self.loose_np(i, j, None))
                    .and_then(|np| self.qualified(i, &np))
                    && q.t1 == end
                {
                    return self.resolve(i, &q);
                }
                if let Some(np) = self.loose_np(i, j, Some(end)) {
                    return self.resolve_loose(i, &np);
                }
            }
        }
        // "De schoonmaker van de school zei": a described speaker of any noun, with whose it
        // is, up to the verb.
        // (Not "Veel inwoners van de stad": a quantified group stays generic.)
        // ("de" is on the list for "de meeste".)
        if (toks[start].lower == "de" || !self.lex.is("quantifiers", &toks[start].lower))
            && let Some(np) = self.loose_np(i, start, None)
            && np.t1 < finite
            && toks[np.t1].lower == "van"
            && self.pp_tail(i, np.t1, finite)
        {
            return self.resolve_loose(i, &self.with_tail(i, np, finite));
        }
        let np = self.loose_np(i, start, Some(finite))?;
        self.resolve_loose(i, &np)
    }

    /// `np` with the words after it up to `end` as part of its phrase ("Het team van
    /// professor Kim in Seoul").
    pub(super) fn with_tail(&self, i: usize, np: Np, end: usize) -> Np {
        let tail = join(&self.docs[i].toks[np.t1..end], self.docs[i].input.text);
        Np {
            t1: end,
            phrase: format!("{} {tail}", np.phrase),
            ..np
        }
    }

    /// Where the group's noun phrase starts after a count or a part opening a subject at
    /// `k` (before `end`): "Honderden artsen", "Meer dan 200 wetenschappers", "Ruim 40",
    /// "De meerderheid van de Kamerleden", "Zestig procent van de inwoners".
    fn count_prefix(&self, i: usize, k: usize, end: usize) -> Option<usize> {
        const ABOUT: &[&str] = &[
            "ruim", "ongeveer", "bijna", "zo'n", "circa", "minstens", "hooguit", "rond", "zeker",
        ];
        const PARTS: &[&str] = &[
            "meerderheid",
            "minderheid",
            "helft",
            "deel",
            "derde",
            "kwart",
            "merendeel",
        ];
        let toks = &self.docs[i].toks;
        let w = |j: usize| {
            toks.get(j)
                .filter(|t| t.is_word() && !t.quoted && j < end)
                .map(|t| t.lower.as_str())
        };
        let digits =
            |j: usize| w(j).is_some_and(|x| x.chars().next().is_some_and(|c| c.is_ascii_digit()));
        let mut j = k;
        // "Alle 27 lidstaten", "Alle drie de oppositiepartijen".
        if w(j) == Some("alle")
            && (digits(j + 1) || w(j + 1).is_some_and(|x| self.lex.is("numbers", x)))
        {
            return Some(j + 2);
        }
        // ("Minstens vijf ooggetuigen", "Meer dan honderd economen": after a word of
        // quantity a number may be written out.)
        let number =
            |j: usize| digits(j) || j > k && w(j).is_some_and(|x| self.lex.is("numbers", x));
        // "Meer dan 200", "Ruim 40", "ten minste 30".
        if w(j) == Some("meer") && w(j + 1) == Some("dan")
            || w(j) == Some("ten") && w(j + 1) == Some("minste")
        {
            j += 2;
        } else if w(j).is_some_and(|x| ABOUT.contains(&x)) {
            j += 1;
        }
        // "Bijna alle hulporganisaties".
        if j > k && w(j) == Some("alle") {
            return Some(j + 1);
        }
        if number(j) {
            // "Zestig procent van de inwoners" is a part below.
            return if w(j + 1) == Some("procent") {
                (w(j + 2) == Some("van")).then_some(j + 3)
            } else {
                Some(j + 1)
            };
        }
        // ("Meer dan de helft van", "Ruim de helft van": a part below.)
        let about = j > k;
        if about && !w(j).is_some_and(|x| matches!(x, "de" | "een")) {
            return None;
        }
        if !about && w(j).is_some_and(|x| self.lex.is("counts", x)) {
            // "Tientallen ooggetuigen", "Tal van", "Duizenden van hen" (not a pronoun).
            return Some(j + 1);
        }
        // "De (overgrote) meerderheid van", "Een groot deel van", "Twee derde van", "Het
        // merendeel van".
        if w(j).is_some_and(|x| matches!(x, "de" | "een" | "twee" | "drie" | "het")) {
            j += 1;
            if w(j).is_some_and(|x| x.ends_with('e') && !PARTS.contains(&x)) {
                j += 1;
            }
            if w(j).is_some_and(|x| PARTS.contains(&x)) && w(j + 1) == Some("van") {
                return Some(j + 2);
            }
        }
        None
    }

    /// Whether `from..to` is a short run of prepositional phrases of place and affiliation
    /// ("van het ziekenhuis in de Zuid-Afrikaanse stad Durban"): a preposition, then
    /// articles, nouns, adjectives, names and initials, with no verb, clause word or comma.
    pub(super) fn pp_tail(&self, i: usize, from: usize, to: usize) -> bool {
        // ("Bewoners langs het spoor", "Ouders van kinderen met diabetes".)
        const PREPS: [&str; 12] = [
            "van", "in", "uit", "bij", "aan", "op", "namens", "binnen", "langs", "rond", "nabij",
            "met",
        ];
        let toks = &self.docs[i].toks;
        if from >= to || to - from > NP_MAX || !PREPS.contains(&toks[from].lower.as_str()) {
            return false;
        }
        (from..to).all(|j| {
            let t = &toks[j];
            if t.quoted {
                return false;
            }
            if !t.is_word() {
                // An initial's full stop: "Nelson R. Mandela".
                return t.is('.')
                    && j > from
                    && toks[j - 1].text.chars().count() == 1
                    && toks[j - 1].text.starts_with(char::is_uppercase);
            }
            let w = t.lower.as_str();
            PREPS.contains(&w)
                || matches!(w, "de" | "het" | "een" | "der")
                || !self.lex.is("function", w)
                    && !self.lex.is("aux", w)
                    && !self.lex.forms.contains_key(w)
        })
    }

    /// After a speaker phrase ending at `a`: an apposition without article up to a comma
    /// ("Volgens Jansen, hoogleraar in Leiden, is …"); where the claim starts.
    pub(super) fn past_apposition(&self, i: usize, a: usize) -> usize {
        let toks = &self.docs[i].toks;
        // "Volgens een studie die in Nature verscheen, warmt …": a relative clause up to
        // its comma.
        let rel = if toks.get(a).is_some_and(|t| t.is(',')) {
            a + 1
        } else {
            a
        };
        if toks.get(rel).is_some_and(|t| {
            !t.quoted
                && matches!(
                    t.lower.as_str(),
                    "die" | "dat" | "wiens" | "wier" | "waarvan"
                )
        }) && let Some(c) = (rel + 1..toks.len().min(rel + 16))
            .find(|&j| !toks[j].is_word() || toks[j].quoted)
            .filter(|&c| toks[c].is(',') && !toks[c].quoted && c + 1 < toks.len())
        {
            return c + 1;
        }
        if !toks.get(a).is_some_and(|t| t.is(',')) {
            return a;
        }
        let close = (a + 1..toks.len().min(a + 10)).find(|&j| toks[j].is(','));
        match close {
            Some(c)
                if c > a + 1
                    && toks[a + 1..c].iter().all(|t| t.is_word() && !t.quoted)
                    && !toks[a + 1].capitalised()
                    && !self.lex.forms.contains_key(&toks[a + 1].lower)
                    && !self.lex.is("aux", &toks[a + 1].lower) =>
            {
                c + 1
            }
            _ => a,
        }
    }

    /// After a postposed cue at `at` and its speaker (from `from`), words about the
    /// speaking, not more of the claim: what follows a sentence that is all quotation, or
    /// the speaker's role without an article.
    pub(super) fn speaking_tail(&self, i: usize, at: usize, from: usize) -> bool {
        let toks = &self.docs[i].toks;
        let Some(q) = (from..toks.len().min(from + 6)).find(|&j| !toks[j].is_word()) else {
            return false;
        };
        // ("„…”, zegt ze, met tranen in haar ogen.", "„…”, zegt hij, wijzend naar zijn
        // litteken.": after a sentence that is all quotation the rest is about the speaking,
        // unless a quotation goes on; not after a word quoted in a claim.)
        // (Read last, each: the rest of a sentence a user makes long is not rescanned per cue
        // when the cheaper tests fail.)
        let no_quote = || toks[q + 1..].iter().all(|t| !t.quoted && !t.opens());
        if at >= 2
            && toks[at - 2].closes()
            && toks[q].is(',')
            && toks[..at - 2].iter().all(|t| !t.is_word() || t.quoted)
            && no_quote()
        {
            return true;
        }
        // ("…, zegt Petra Huisman, wethouder Wonen.", "…, zegt Kees Walraven, kaderlid van
        // de FNV.", "…, zei X, voorzitter van de FNV, dinsdag in Utrecht.": a role without
        // an article and no verb after it is the speaker's apposition.)
        if toks[q].is(',')
            && toks.len() - q <= 16
            && no_quote()
            && toks.get(q + 1).is_some_and(|t| {
                t.is_word()
                    // ("FNV-bestuurder": a capitalised compound role.)
                    && (!t.capitalised() || t.lower.contains('-'))
                    && (self.lex.speaker_noun(&t.lower)
                        || self.lex.is("title-adjectives", &t.lower)
                        || t.lower == "zelf")
            })
            && toks[q + 1..].iter().all(|t| {
                !t.is_word()
                    || !self.lex.is("aux", &t.lower) && !self.lex.forms.contains_key(&t.lower)
            })
        {
            return true;
        }
        false
    }

    /// A postposed cue in the middle of its claim: after the cue's frame (from `from`) a
    /// comma and more words ("Het is, zegt Jansen, een ramp"); the claim's end.
    pub(super) fn parenthetical(&self, i: usize, at: usize, from: usize) -> Option<usize> {
        let toks = &self.docs[i].toks;
        if at == 0 || !toks[at - 1].is(',') || toks[at - 1].quoted {
            return None;
        }
        // ("„…”, zei de minister, de hoogste baas van de politie.": a quotation before the
        // cue is whole; what follows the speaker is its apposition.)
        let q = (from..toks.len().min(from + 6)).find(|&j| !toks[j].is_word())?;
        // ("…, zei Zelensky, eraan toevoegend dat …": the participle adds a claim of its own.)
        if self.speaking_tail(i, at, from) || toks[q].is(',') && adding_that(toks, q + 1).is_some()
        {
            return None;
        }
        // ("„…”, zegt Sanne, 15.", "…, zegt Smit (42), ecoloog.", "„…”, zegt ze, lachend.":
        // an age, a bare role or the manner of speaking ends the sentence; no claim goes on.)
        // (A tail of more than forty tokens is no short one: never collected, so a sentence a
        // user makes long costs no rescan per cue.)
        let short = toks.len() - q <= 40;
        let tail: Vec<&Tok> = if short {
            toks[q + 1..].iter().filter(|t| t.is_word()).collect()
        } else {
            Vec::new()
        };
        let last = toks.last().is_some_and(|t| !t.is_word());
        // A comma, then up to `most` words with no quotation and no verb to the sentence's end.
        let verbless_tail = |most: usize| {
            toks[q].is(',')
                && short
                && last
                && (1..=most).contains(&tail.len())
                && toks[q + 1..].iter().all(|t| !t.quoted && !t.opens())
                && tail.iter().all(|t| {
                    !self.lex.is("aux", &t.lower) && !self.lex.forms.contains_key(&t.lower)
                })
        };
        if verbless_tail(3) && {
            let first = &tail[0].lower;
            first.chars().all(|c| c.is_ascii_digit())
                && tail.get(1).is_none_or(|t| t.lower == "jaar")
                || tail.len() == 1
                    && !tail[0].capitalised()
                    && (self.lex.speaker_noun(first)
                        || first.chars().count() >= 6 && first.ends_with("end"))
                || !tail[0].capitalised()
                    && self.lex.speaker_noun(&tail[tail.len() - 1].lower)
                    && tail[..tail.len() - 1]
                        .iter()
                        .all(|t| self.lex.is("title-adjectives", &t.lower))
        } {
            return None;
        }
        // ("Het akkoord komt er, zegt Lien Vandamme, de nieuwe voorzitter van Vooruit.", "…,
        // sinds maart de voorzitter van …", "…, een van de onderhandelaars.": a described
        // speaker in apposition, no verb up to the end, ends the sentence.)
        if verbless_tail(12)
            && (q + 1..toks.len().min(q + 4))
                .filter(|&b| {
                    b == q + 1
                        || matches!(toks[b].lower.as_str(), "de" | "het" | "een")
                            && matches!(
                                toks[q + 1].lower.as_str(),
                                "sinds" | "tot" | "ook" | "inmiddels" | "nu" | "destijds" | "toen"
                            )
                })
                .any(|b| {
                    self.parser(i).parse(b, false).is_some_and(|np| {
                        !np.pronoun
                            && np.name.is_none()
                            && np.noun.as_deref().is_some_and(|n| self.lex.speaker_noun(n))
                            // (Up to the end, or whose: "… van Vooruit", "… bij Ipsos".)
                            && toks.get(np.t1).is_some_and(|t| {
                                !t.is_word()
                                    || matches!(
                                        t.lower.as_str(),
                                        "van" | "bij" | "uit" | "in" | "aan" | "namens" | "voor"
                                    )
                            })
                    })
                })
        {
            return None;
        }
        // ("…, zei de premier, maar de minister was voorzichtiger": a new clause.)
        if !toks[q].is(',')
            || !toks.get(q + 1).is_some_and(|t| {
                t.is_word() && !t.quoted && !coordinator(&t.lower) && t.lower != "terwijl"
            })
        {
            return None;
        }
        Some(self.claim_end(i, q + 1, false))
    }

    /// "Dat werd bevestigd door de politie", "Er werd door de minister gezegd dat …": a
    /// passive cue at `k` and its agent after `door`. None when it is not that.
    pub(super) fn passive_door(
        &mut self,
        i: usize,
        k: usize,
        cue: &str,
        weight: f64,
        te: bool,
    ) -> Option<bool> {
        let toks = &self.docs[i].toks;
        let n = toks.len();
        let start = self.clause_start(i, k);
        // (Far enough for a subject and an agent before the participle: "wordt conservator
        // Anders Lykke door het dagblad Jysk Tidende geciteerd".)
        let aux = (start..k).rev().take(12).find(|&j| {
            toks[j].is_word() && !toks[j].quoted && PASSIVE_AUX.contains(&toks[j].lower.as_str())
        })?;
        // ("Door de politie werd bevestigd dat …": the agent opens the clause.)
        let d = if toks.get(k + 1).is_some_and(|t| t.lower == "door") {
            Some(k + 1)
        } else if toks[start].lower == "door" && start + 1 < aux && !toks[start].quoted {
            Some(start)
        } else {
            (aux + 1..k).find(|&j| toks[j].lower == "door")
        };
        // "In een verklaring van het ministerie wordt gesteld dat …": with no agent, a
        // document opening the clause right up to the auxiliary is the source, as for "In
        // de verklaring staat dat".
        let Some(d) = d else {
            let np = (toks[start].lower == "in" && !toks[start].quoted)
                .then(|| self.authored_document(i, start + 1))
                .flatten()
                .filter(|np| np.t1 == aux)?;
            let c = (k + 1..n.min(k + 3))
                .find(|&j| toks[j].is_word() && !toks[j].quoted && toks[j].lower == "dat")?;
            if c + 1 >= n {
                return Some(false);
            }
            let r = self.resolve(i, &np)?;
            let end = self.claim_end(i, c + 1, true);
            self.emit(i, &r, cue, (c + 1, end), weight * 0.7);
            self.remember(i, &r);
            return Some(true);
        };
        // ("De jongen, die werd gered door brandweerman Tom Harris, vertelde": the passive
        // of a relative clause that a comma ends is not the cue's.)
        if d < k && toks[d..k].iter().any(|t| t.is(',') && !t.quoted) && d != start {
            return None;
        }
        let np = self.parse_coord(i, d + 1, true).filter(Np::speaks);
        // (A fronted `door` is as often a cause, "Door de storm werd gemeld": a speaker
        // phrase right up to the auxiliary only.)
        // ("Door media werd gespeculeerd": a bare plural is no particular source there.)
        let np = if d == start {
            np.filter(|np| {
                np.t1 == aux
                    && !np.pronoun
                    && (np.name.is_some() || self.lex.is("determiners", &toks[d + 1].lower))
            })?
        } else {
            np.or_else(|| self.loose_np(i, d + 1, None))?
        };
        let r = self.resolve(i, &np)?;
        // "…, zo werd minister X geciteerd door persbureau Y": the person quoted speaks, and
        // the medium that quotes them (nested reporting, both in text order).
        let cited = (toks[k].lower == "geciteerd")
            .then(|| {
                let p = self.parser(i);
                p.parse(aux + 1, false)
                    .filter(|c| c.speaks() && c.t1 <= d.min(k) && !c.pronoun)
                    .or_else(|| {
                        p.parse(start, false)
                            .filter(|c| c.speaks() && c.t1 == aux && !c.pronoun)
                    })
            })
            .flatten()
            .and_then(|c| self.resolve(i, &c));
        let after = np.t1.max(k + 1);
        // (Read only for a sentence that opens "Dat werd …": a long sentence of many passive
        // cues costs no rescan of its rest per cue.)
        let rest_has_that = || {
            toks[after.min(n)..]
                .iter()
                .any(|t| t.is_word() && !t.quoted && matches!(t.lower.as_str(), "dat" | "of"))
        };
        // The sentence before is the claim, also across a paragraph break, as for "Dat zei
        // Hu." (`anaphoric`); when it has a claim of its own, "Dat" here stands for it.
        if matches!(toks[0].lower.as_str(), "dat" | "dit") && aux == 1 && !rest_has_that() {
            let prev = self.docs.get(i.checked_sub(1)?)?;
            if prev.toks.is_empty() {
                return Some(false);
            }
            self.claim_before(i, &r, cue, weight * 0.75, weight * 0.8);
            return Some(true);
        }
        // "…, zo werd zondag bevestigd door het ministerie.": the claim is before the frame.
        let frame = if zo_after_comma(toks, aux) {
            Some(aux - 1)
        } else {
            (aux >= 1 && toks[aux - 1].is(',')).then_some(aux)
        };
        if let Some(at) = frame
            && toks[after.min(n)..].iter().all(|t| !t.is_word())
        {
            let before = self.out.len();
            if let Some(c) = &cited {
                self.before_cue(i, at, c, cue, weight * 0.8);
            }
            let quoted = self.out.len();
            self.before_cue(i, at, &r, cue, weight * 0.8);
            // The medium's report holds the quoted person's: both stay, whichever is surer.
            if quoted > before && self.out.len() > quoted {
                self.nested[before..].iter_mut().for_each(|x| *x = true);
            }
            self.remember(i, &r);
            return Some(true);
        }
        // ("Het college werd door de raad verzocht om de plannen in te trekken": a verb that
        // takes a te-infinitive takes it after `om` in the passive too.)
        let window = n.min(after + COMPLEMENT_WINDOW);
        let c = (after..window).find(|&j| {
            let t = &toks[j];
            !t.quoted
                && (t.is(':')
                    || t.is_word() && matches!(t.lower.as_str(), "dat" | "of")
                    || te && t.lower == "om" && j == after)
        });
        // ("Door de minister wordt het college verzocht de plannen in te trekken": or the
        // te-infinitive right after the participle, up to the clause's end.)
        let c = match c {
            Some(c) => c,
            None if te
                && after < n
                && (after..window)
                    .take_while(|&j| toks[j].is_word() && !toks[j].quoted)
                    .any(|j| toks[j].lower == "te") =>
            {
                after - 1
            }
            None => return None,
        };
        if c + 1 >= n {
            return Some(false);
        }
        let end = self.claim_end(i, c + 1, true);
        self.emit(i, &r, cue, (c + 1, end), weight * 0.8);
        self.remember(i, &r);
        Some(true)
    }

    /// "Zoals de minister al zei, is de situatie ernstig": a `zoals`-clause that ends with
    /// the cue at `k` (or its particle, or a participle's agent: "zoals eerder gemeld door de
    /// BBC") and a comma; the main clause is the claim. At the end of the sentence ("…,
    /// zoals de minister zei.") the clause before it is.
    pub(super) fn zoals(
        &mut self,
        i: usize,
        k: usize,
        particle: Option<usize>,
        cue: &str,
        weight: f64,
    ) -> bool {
        let toks = &self.docs[i].toks;
        let Some(z) = (k.saturating_sub(NP_MAX)..k)
            .rev()
            .find(|&j| toks[j].is_word() && toks[j].lower == "zoals" && !toks[j].quoted)
        else {
            return false;
        };
        let opens = z == 0 || toks[z - 1].is(',') || self.lex.is("leading", &toks[z - 1].lower);
        if !opens {
            return false;
        }
        let adverbs = |from: usize, to: usize| {
            toks[from..to]
                .iter()
                .all(|t| t.is_word() && !t.quoted && !t.capitalised())
        };
        // "Zoals de minister al zei, …", or "Zoals eerder gemeld door de BBC, …" (the
        // participle and its agent); `after` is past the frame.
        let (np, after) = if let Some(np) = self
            .parse_coord(i, z + 1, false)
            .filter(|np| np.t1 <= k && np.speaks())
            && toks[np.t1..k].iter().all(|t| t.is_word() && !t.quoted)
        {
            (np, particle.unwrap_or(k) + 1)
        } else if particle.is_none()
            && adverbs(z + 1, k)
            && toks
                .get(k + 1)
                .is_some_and(|t| t.lower == "door" && !t.quoted)
            && let Some(np) = self
                .parse_coord(i, k + 2, true)
                .filter(|np| np.speaks() && !np.pronoun)
        {
            let t1 = np.t1;
            (np, t1)
        } else {
            return false;
        };
        let n = toks.len();
        let range = if toks.get(after).is_some_and(|t| t.is(',')) && after + 1 < n {
            if z == 0 || !toks[z - 1].is(',') {
                (after + 1, self.claim_end(i, after + 1, false))
            } else {
                (self.clause_start(i, z), self.claim_end(i, after + 1, false))
            }
        } else if z > 1
            && toks[z - 1].is(',')
            && !toks[z - 1].quoted
            && toks[after.min(n)..].iter().all(|t| !t.is_word())
        {
            // "De situatie is ernstig, zoals de minister zei.": the clause before.
            let a = self.clause_start(i, z - 1);
            if a + 1 >= z {
                return false;
            }
            (a, z - 1)
        } else {
            return false;
        };
        let Some(r) = self.resolve(i, &np) else {
            return false;
        };
        self.emit(i, &r, cue, range, weight * 0.8);
        self.remember(i, &r);
        true
    }
}

impl Finder<'_, '_> {
    /// Whether a plural-only form at `k` (`+eisen`) is a finite verb of reporting: lower
    /// case after a word that is no article, `te` or preposition, and before a `dat`/`of`
    /// clause or a colon (a sentence adverb between: "Artsen verwachten wel dat"), or inverted
    /// after the claim ("…, vrezen de bewoners").
    /// Whether the sentence opens with a plural speaker noun (after an article) and a
    /// phrase of plain words up to `k`: "De ministers van Volksgezondheid van de G20".
    fn plural_with_phrase(&self, i: usize, k: usize) -> bool {
        let toks = &self.docs[i].toks;
        let lex = self.lex;
        let s = usize::from(
            toks.first()
                .is_some_and(|t| lex.is("determiners", &t.lower)),
        );
        s + 2 < k
            && k - s <= 10
            && toks[s].is_word()
            && lex.plural_noun(&toks[s].lower)
            && lex.is("prepositions", &toks[s + 1].lower)
            && toks[s + 1..k].iter().all(|t| {
                t.is_word()
                    && !t.quoted
                    && !lex.forms.contains_key(&t.lower)
                    && !lex.is("aux", &t.lower)
                    && !matches!(t.lower.as_str(), "die" | "dat" | "en" | "of")
            })
    }

    pub(super) fn plural_cue(&self, i: usize, k: usize, quote: bool) -> bool {
        let toks = &self.docs[i].toks;
        let lex = self.lex;
        if k == 0 || toks[k].capitalised() {
            return false;
        }
        let prev = &toks[k - 1];
        // ("De prijs doet vermoeden dat": an infinitive after "doen" or "laten".)
        if prev.is_word()
            && (lex.is("determiners", &prev.lower)
                || lex.is("prepositions", &prev.lower)
                || matches!(
                    prev.lower.as_str(),
                    "te" | "om" | "er" | "doet" | "deed" | "doen" | "deden"
                ))
        {
            return false;
        }
        // ("Astronomen vermoeden al lang dat", "… al jaren dat", "… sinds 1990 dat": a
        // stretch of time too.)
        let mut j = k + 1;
        while toks.get(j).is_some_and(|t| {
            t.is_word()
                && (lex.is("sentence-adverbs", &t.lower)
                    || matches!(t.lower.as_str(), "al" | "lang" | "sinds")
                    || lex.is("time-units", &t.lower)
                    || j > k + 1 && toks[j - 1].lower == "sinds")
        }) && j - k <= 3
        {
            j += 1;
        }
        let next = toks.get(j);
        if next
            .is_some_and(|t| t.is(':') || t.is_word() && matches!(t.lower.as_str(), "dat" | "of"))
        {
            // ("Economen van het IMF (…) verwachten dat": after a bracketed acronym; "De
            // studenten die het Maagdenhuis bezetten, eisen dat": after a relative clause,
            // looked for within two noun phrases' reach, so that a sentence of many such
            // commas costs no rescan per cue.)
            return prev.is_word()
                || prev.is(')')
                || prev.is(',')
                    && !prev.quoted
                    && (k.saturating_sub(2 * NP_MAX).max(1)..k - 1).any(|x| {
                        matches!(toks[x].lower.as_str(), "die" | "dat")
                            && !toks[x].quoted
                            && lex.plural_noun(&toks[x - 1].lower)
                    });
        }
        // "Artsen adviseren mensen om binnen te blijven": right after a plural subject the
        // form is finite (also a plural pronoun, "Ze vragen de raad … te", or a plural name,
        // "De Houthi's claimen … te hebben").
        let plural_subject = !prev.quoted
            && (lex.plural_noun(&prev.lower)
                || matches!(prev.lower.as_str(), "ze" | "zij" | "wij" | "we")
                    && !(k >= 2 && lex.is("prepositions", &toks[k - 2].lower))
                || prev.capitalised()
                    && k >= 2
                    && lex.is("determiners", &toks[k - 2].lower)
                    && (prev.text.ends_with("'s") || prev.text.ends_with("’s"))
                // ("De artsen in Gaza vragen … te", "Experts van de WHO adviseren om …": a
                // plural that opens the sentence, then a phrase of plain words.)
                || self.plural_with_phrase(i, k));
        if prev.is_word()
            && plural_subject
            && toks[j..]
                .iter()
                .take(12)
                .take_while(|t| !matches!(t.kind, Tk::Punct('.' | '!' | '?' | ';')))
                .any(|t| t.lower == "te")
        {
            return true;
        }
        // ("De bonden noemen het eindbod „een schoffering”": for a verb whose claim is a
        // quotation, that quotation in the clause after a plural subject, when it judges ("een
        // …", "onacceptabel"): not a name for a kind of thing ("Biologen noemen dit ‘mimicry’").)
        if quote
            && prev.is_word()
            && plural_subject
            && let Some(o) = toks[j..]
                .iter()
                .take(8)
                .take_while(|t| !matches!(t.kind, Tk::Punct('.' | '!' | '?' | ';' | ',')))
                .position(Tok::opens)
                .map(|o| j + o)
            && toks.get(o + 1).is_some_and(|t| {
                t.lower == "een"
                    || lex.is("judgements", &t.lower)
                    // (Round 40: "Huisartsen noemen de regels „bureaucratie van het
                    // zuiverste water”", "De bonden noemen het voorstel ‘onbespreekbaar’": a
                    // phrase of three words or more, or an adjective, judges too.)
                    || toks[o + 1..].iter().take(3).take_while(|t| !t.closes()).filter(|t| t.is_word()).count() >= 3
                    || toks.get(o + 2).is_some_and(Tok::closes)
                        && t.lower.chars().count() > 6
                        && (t.lower.starts_with("on")
                            || ["baar", "lijk", "eel", "ief", "isch", "aal", "ig"]
                                .iter()
                                .any(|e| t.lower.ends_with(e)))
            })
        {
            return true;
        }
        // Inverted, the subject between the verb and its clause: "Toch menen de onderzoekers
        // dat …".
        if prev.is_word()
            && let Some(np) = self.parser(i).parse(j, false).filter(Np::speaks)
            && toks.get(np.t1).is_some_and(|t| {
                t.is(':') || t.is_word() && matches!(t.lower.as_str(), "dat" | "of")
            })
        {
            return true;
        }
        // ("…, verwachten economen.": a bare plural of speakers too.)
        // ("…, zo verwachten juridische experts.": after "zo", and a plural after its
        // adjective.)
        (prev.is(',') || prev.closes() || zo_after_comma(toks, k))
            && next.is_some_and(|t| {
                t.is_word()
                    && (lex.is("determiners", &t.lower)
                        || t.capitalised()
                        || !t.quoted && lex.plural_noun(&t.lower)
                        || !t.quoted
                            && t.lower.ends_with('e')
                            && toks
                                .get(j + 1)
                                .is_some_and(|u| u.is_word() && lex.plural_noun(&u.lower)))
            })
    }

    /// Whether token `j` is a form of a reporting verb: a listed form, not capitalised
    /// inside the sentence ("Op Twitter schreef Trump": "Twitter" is a name).
    pub(super) fn cue_form(&self, i: usize, j: usize) -> bool {
        let toks = &self.docs[i].toks;
        let Some(t) = toks.get(j).filter(|t| t.is_word()) else {
            return false;
        };
        self.lex.forms.contains_key(&t.lower)
            && !(t.capitalised() && j > 0 && !self.parser(i).after_opening(j))
            // After an article it is a noun or an adjective: "is een bekende van het
            // slachtoffer", "de gemelde feiten".
            && !(j > 0 && matches!(toks[j - 1].lower.as_str(), "een" | "de"))
    }

    /// "Uit onderzoek van de universiteit blijkt dat …", "Dat blijkt uit cijfers van het
    /// CBS", "Dat staat in een rapport van de inspectie": a document of an author as the
    /// source of a claim, with `blijken uit` or `staan in` at `k`.
    pub(super) fn evidential(&mut self, i: usize, k: usize) {
        if self.sign(i, k) {
            return;
        }
        let toks = &self.docs[i].toks;
        let n = toks.len();
        let prep = if toks[k].lower.starts_with("blijk") || toks[k].lower.starts_with("blek") {
            "uit"
        } else {
            "in"
        };
        // "“Het boek bevat veel absurde situaties”, staat in het juryrapport.": the
        // quotation before is the document's, named with or without its author.
        // ("Hij wordt verdacht van …, staat er in de brief": the claim needs no quotation.)
        let at = past_er(toks, k);
        // (The comma inside the quotation too: "'…,' stond er in het bericht".)
        let after_quote = after_quotation(toks, k) || k >= 2 && toks[k - 1].is(',') && at == k + 2;
        // ("De zorgkosten stijgen met 6 procent, staat in de Miljoenennota.", "…, zo staat in
        // het jaarverslag.": or a clause, when the document ends the sentence.)
        let zo = zo_after_comma(toks, k) && !toks[k - 1].quoted;
        let after_clause =
            !after_quote && k >= 2 && (toks[k - 1].is(',') && !toks[k - 1].quoted || zo);
        if prep == "in"
            && (after_quote || after_clause)
            && toks.get(at).is_some_and(|t| t.lower == "in")
        {
            let ends = |np: &Np| toks[np.t1..].iter().all(|t| !t.is_word());
            let bare = || self.the_document(i, at + 1).filter(ends);
            if let Some(np) = self
                .source_author(i, at + 1)
                .filter(|np| after_quote || ends(np))
                .or_else(bare)
                && let Some(r) = self.resolve(i, &np)
            {
                let cue = toks[k].text.to_string();
                self.before_cue(i, if zo { k - 1 } else { k }, &r, &cue, 0.6);
                self.remember(i, &r);
            }
            return;
        }
        // "De verzekeraars gaven een verklaring uit. Daarin staat dat …": the document of the
        // sentence before, in the same paragraph, is its subject's.
        if prep == "in"
            && k == 1
            && toks[0].lower == "daarin"
            && toks.get(2).is_some_and(|t| t.lower == "dat" && !t.quoted)
            && 3 < n
            && let Some(prev) = i.checked_sub(1).map(|j| &self.docs[j])
            && prev.input.paragraph == self.docs[i].input.paragraph
            && prev
                .toks
                .iter()
                .any(|t| t.is_word() && !t.quoted && self.lex.statement_noun(&t.lower))
            && let Some(np) = self
                .parser(i - 1)
                .parse(0, false)
                .filter(|np| np.speaks() && !np.pronoun)
            && let Some(r) = self.resolve(i - 1, &np)
        {
            let end = self.claim_end(i, 3, true);
            let cue = toks[k].text.to_string();
            self.emit(i, &r, &cue, (3, end), 0.6);
            self.remember(i, &r);
            return;
        }
        // "de brief van het Olympisch Comité waarin staat dat …": the document before the
        // relative "waarin" (a definite one: "een brief" is nobody's in particular).
        let found = if prep == "in" && k >= 2 && toks[k - 1].lower == "waarin" {
            (k.saturating_sub(1 + NP_MAX)..k - 1).find_map(|p| {
                self.authored_document(i, p)
                    .filter(|np| np.t1 == k - 1)
                    .map(|np| (k - 1, np))
            })
        } else {
            let start = self.clause_start(i, k);
            // ("Op de website van de gemeente staat dat …": a site is read on.)
            let on_site = |p: usize| {
                prep == "in"
                    && toks[p].lower == "op"
                    && toks[p + 1..n.min(p + 4)].iter().any(|t| {
                        t.is_word() && (t.lower.ends_with("site") || t.lower.ends_with("pagina"))
                    })
            };
            // (The place is fronted, a few words into the clause, or just before or after the
            // verb: a long clause's middle is never scanned, so each verb costs at most a
            // noun phrase's reach.)
            let near = k.saturating_sub(NP_MAX + 2).max(start);
            (start..(start + 4).min(near))
                .chain(near..n.min(k + 4))
                .filter(|&p| {
                    toks[p].is_word() && (toks[p].lower == prep || on_site(p)) && !toks[p].quoted
                })
                .find_map(|p| {
                    self.source_author(i, p + 1)
                        // "In het rapport staat dat …": a particular document, without its
                        // author.
                        .or_else(|| {
                            (prep == "in")
                                .then(|| self.the_document(i, p + 1))
                                .flatten()
                        })
                        .map(|np| (p, np))
                })
        };
        let Some((p, np)) = found else {
            return;
        };
        let Some(r) = self.resolve(i, &np) else {
            return;
        };
        let cue = toks[k].text.to_string();
        let after = np.t1.max(k + 1);
        // ("Dat staat in een rapport dat in handen is van RTV Drenthe": after the pronoun
        // subject, a "dat" is the document's relative.)
        // (Round 40: "Zo staat in het jaarrapport van X.", "Zo staat het in …" likewise.)
        let pronoun = matches!(toks[0].lower.as_str(), "dat" | "dit" | "zo") && k == 1;
        let that = (after..n.min(after + 4))
            .find(|&j| toks[j].is_word() && toks[j].lower == "dat" && !toks[j].quoted)
            .filter(|_| !pronoun);
        if pronoun && (p == 2 || p == 3 && toks[2].lower == "het") && that.is_none() {
            self.previous_sentence(i, &np, &r, &cue);
            return;
        }
        let Some(c) = that else {
            // "In de brief staat: ‘…’".
            if toks.get(after).is_some_and(|t| t.is(':') && !t.quoted)
                && self.after_colon(i, after, &r, &cue, 0.6)
            {
                self.remember(i, &r);
            }
            return;
        };
        if c + 1 >= n {
            return;
        }
        let end = self.claim_end(i, c + 1, true);
        self.emit(i, &r, &cue, (c + 1, end), 0.6);
        self.remember(i, &r);
    }
}

impl Finder<'_, '_> {
    /// "Op het bord stond: ‘…’", "‘Geen koningen’, stond op de borden van de demonstranten":
    /// what is written on a sign, banner or card, with `staan` at `k`, is the sign's (the
    /// guideline's sign as a document; its phrase is the speaker).
    fn sign(&mut self, i: usize, k: usize) -> bool {
        let toks = &self.docs[i].toks;
        let n = toks.len();
        let cue = toks[k].text.to_string();
        // (A sign's phrase has at most eight words: the ninth is never looked for.)
        let end = |j: usize| {
            let last = n.min(j + 9);
            (j..last).find(|&e| !toks[e].is_word()).unwrap_or(last)
        };
        // After a quotation: "‘…’, stond (er) op X." to the sentence's end.
        let at = past_er(toks, k);
        if after_quotation(toks, k)
            && toks.get(at).is_some_and(|t| t.lower == "op" && !t.quoted)
            && let Some(np) = self.the_sign(i, at + 1, end(at + 1))
            && toks[np.t1..].iter().all(|t| t.is('.') || t.is('!'))
        {
            let r = Resolved::as_written(&np.phrase);
            self.before_cue(i, k, &r, &cue, 0.6);
            return true;
        }
        // Before it: "Op het bordje aan de ingang stond (geschreven): ‘…’", "Op de spandoeken
        // stond ‘…’", "Op het bord staat dat …".
        if k < 2 || toks[0].lower != "op" {
            return false;
        }
        let Some(np) = self.the_sign(i, 1, k) else {
            return false;
        };
        let mut after = k + 1;
        while toks.get(after).is_some_and(|t| {
            !t.quoted && matches!(t.lower.as_str(), "er" | "geschreven" | "te" | "lezen")
        }) {
            after += 1;
        }
        let r = Resolved::as_written(&np.phrase);
        self.claim_after(i, after, &r, &cue, true)
    }

    /// "een spandoek met de tekst ‘…’", "Studenten hielden borden omhoog met de tekst ‘…’":
    /// the quotation is the sign's, named by its noun (with its article) within four words
    /// before `met`.
    pub(super) fn with_text(&mut self, i: usize) {
        let toks = &self.docs[i].toks;
        let Some(m) = (0..toks.len().saturating_sub(3)).find(|&m| {
            toks[m].lower == "met"
                && !toks[m].quoted
                && toks[m + 1].lower == "de"
                && matches!(toks[m + 2].lower.as_str(), "tekst" | "woorden" | "leus")
                && toks[m + 3].opens()
        }) else {
            return;
        };
        let Some(q) = self.quote_at(i, m + 3) else {
            return;
        };
        let Some(s) = (m.saturating_sub(4)..m).rev().find(|&j| {
            toks[j].is_word() && !toks[j].quoted && self.lex.ends_in("signs", &toks[j].lower)
        }) else {
            return;
        };
        let a = if s > 0 && matches!(toks[s - 1].lower.as_str(), "een" | "de" | "het") {
            s - 1
        } else {
            s
        };
        let r = Resolved::as_written(&join(&toks[a..=s], self.docs[i].input.text));
        let cue = join(&toks[m..m + 3], self.docs[i].input.text);
        self.emit_quote(i, q, &r, &cue, 0.6);
    }

    /// The claim that starts at `at`, right after a frame's verb: a colon and what follows
    /// it, a dat-clause, or (with `quotation`) a quotation. True when it made a suggestion.
    fn claim_after(
        &mut self,
        i: usize,
        at: usize,
        r: &Resolved,
        cue: &str,
        quotation: bool,
    ) -> bool {
        let toks = &self.docs[i].toks;
        match toks.get(at) {
            Some(t) if t.is(':') && !t.quoted => self.after_colon(i, at, r, cue, 0.6),
            Some(t) if quotation && t.opens() => match self.quote_at(i, at) {
                Some(q) => {
                    self.emit_quote(i, q, r, cue, 0.6);
                    true
                }
                None => false,
            },
            Some(t) if t.lower == "dat" && !t.quoted && at + 1 < toks.len() => {
                let e = self.claim_end(i, at + 1, true);
                self.emit(i, r, cue, (at + 1, e), 0.6);
                true
            }
            _ => false,
        }
    }

    /// `toks[a..b]` as a sign's phrase: "het bordje aan de ingang", "een van de spandoeken",
    /// "spandoeken bij het Capitool" — at most eight words, the sign among the first four,
    /// no verb among them.
    fn the_sign(&self, i: usize, a: usize, b: usize) -> Option<Np> {
        let toks = &self.docs[i].toks;
        if a >= b || b - a > 8 || b > toks.len() {
            return None;
        }
        let words = &toks[a..b];
        if !words.iter().all(|t| {
            t.is_word()
                && !t.quoted
                && !self.lex.forms.contains_key(&t.lower)
                && !self.lex.is("aux", &t.lower)
        }) {
            return None;
        }
        let noun = words
            .iter()
            .take(4)
            .find(|t| self.lex.ends_in("signs", &t.lower))?;
        Some(Np {
            t1: b,
            noun: Some(noun.lower.clone()),
            phrase: join(words, self.docs[i].input.text),
            ..Default::default()
        })
    }
}

impl Finder<'_, '_> {
    /// "…, zo valt te lezen in het handvest.", "In het rapport is te lezen dat …": what can
    /// be read in a document (`lezen` at `k`) is the document's, or its author's.
    pub(super) fn readable_in(&mut self, i: usize, k: usize) {
        let toks = &self.docs[i].toks;
        if k < 2
            || toks[k - 1].lower != "te"
            || !matches!(
                toks[k - 2].lower.as_str(),
                "valt" | "viel" | "is" | "was" | "staat" | "stond"
            )
        {
            return;
        }
        let verb = k - 2;
        let cue = toks[k].text.to_string();
        let document = |at: usize| {
            self.source_author(i, at)
                .or_else(|| self.the_document(i, at))
        };
        // After the claim: "…, (zo) valt te lezen in X." to the sentence's end.
        let zo = zo_after_comma(toks, verb);
        if (zo || verb >= 1 && toks[verb - 1].is(','))
            && toks.get(k + 1).is_some_and(|t| t.lower == "in")
            && let Some(np) = document(k + 2)
            && toks[np.t1..].iter().all(|t| !t.is_word())
            && let Some(r) = self.resolve(i, &np)
        {
            self.before_cue(i, if zo { verb - 1 } else { verb }, &r, &cue, 0.6);
            self.remember(i, &r);
            return;
        }
        // (Round 40: "Zo valt te lezen in X." opening its sentence: the one before. Round
        // 43: "Dat valt te lezen in een rapport van X over …" too.)
        // (A short prepositional phrase may end the sentence: "na een spoedtop in Caïro".)
        let trailing_phrase = |t1: usize| {
            toks.len() - t1 <= 12
                && toks[t1].is_word()
                && self.lex.is("prepositions", &toks[t1].lower)
                && toks[t1..].iter().all(|t| {
                    t.is_word() && !t.quoted && !self.lex.forms.contains_key(&t.lower) || t.is('.')
                })
        };
        if verb == 1
            && matches!(toks[0].lower.as_str(), "zo" | "dat")
            && !toks[0].quoted
            && toks.get(k + 1).is_some_and(|t| t.lower == "in")
            && let Some(np) = document(k + 2)
            // (The document's phrase ends there, or its relative clause follows: "…, dat
            // donderdag verscheen.")
            && toks.get(np.t1).is_none_or(|t| {
                !t.is_word() && (!t.is(',') || toks.get(np.t1 + 1).is_some_and(|n| n.lower == "dat"))
            } || trailing_phrase(np.t1))
            && let Some(r) = self.resolve(i, &np)
        {
            self.previous_sentence(i, &np, &r, &cue);
            return;
        }
        // Before it: "In X valt te lezen dat …" or ":".
        if toks[0].lower != "in" {
            return;
        }
        let Some(np) = document(1).filter(|np| np.t1 == verb) else {
            return;
        };
        let Some(r) = self.resolve(i, &np) else {
            return;
        };
        if self.claim_after(i, k + 1, &r, &cue, false) {
            self.remember(i, &r);
        }
    }
}

impl Finder<'_, '_> {
    /// "Dat staat in het rapport van X.", "Zo valt te lezen in X.": the document `np` (`r`)
    /// says the sentence before, in the same paragraph.
    fn previous_sentence(&mut self, i: usize, np: &Np, r: &Resolved, cue: &str) {
        if i == 0 {
            return;
        }
        let prev = &self.docs[i - 1];
        if prev.input.paragraph != self.docs[i].input.paragraph || prev.toks.is_empty() {
            return;
        }
        // ("De bond eist dat … . Dat staat in een petitie die …": the sentence before has
        // its speaker; a document of no author says where, not who.)
        if self.has[i - 1] && np.phrase.to_lowercase().starts_with("een ") {
            return;
        }
        let m = prev.toks.len();
        self.emit(i - 1, r, cue, (0, m), 0.6);
        self.remember(i, r);
    }

    /// "De decaan is stellig: de opleiding blijft bestaan.": a speaker's stance in a word or
    /// three after a copula, then a colon and a clause without quotation marks (with one,
    /// [`Self::clause_colon_quote`] has it). The subject is a speaker noun's phrase, a role
    /// and a name, or a person named in full.
    pub(super) fn stance_colon_clause(&mut self, i: usize) {
        let toks = &self.docs[i].toks;
        let Some(c) = toks.iter().take(14).position(|t| t.is(':') && !t.quoted) else {
            return;
        };
        if !toks
            .get(c + 1)
            .is_some_and(|t| t.is_word() && !t.quoted && !t.opens())
        {
            return;
        }
        let Some(np) = self
            .parser(i)
            .parse(past_focus_adverb(toks), false)
            .filter(|np| np.speaks() && !np.pronoun && np.t1 + 1 < c)
        else {
            return;
        };
        let stance = matches!(
            toks[np.t1].lower.as_str(),
            "is" | "was" | "blijft" | "bleef"
        ) && (2..=4).contains(&(c - np.t1))
            && toks[np.t1 + 1..c].iter().all(|t| {
                t.is_word()
                    && !t.quoted
                    && !t.capitalised()
                    && !self.lex.is("function", &t.lower)
                    && !self.lex.is("determiners", &t.lower)
                    && !self.lex.forms.contains_key(&t.lower)
            });
        if !stance {
            return;
        }
        let Some(r) = self.resolve(i, &np) else {
            return;
        };
        if np.name.is_some() && !r.speaker.contains(' ') && r.role.is_none() {
            return;
        }
        let end = self.claim_end(i, c + 1, false);
        self.emit(i, &r, ":", (c + 1, end), 0.6);
        self.remember(i, &r);
    }
}

/// Copulas of a stance: "is van mening dat", "bleef van oordeel dat".
const COPULAS: &[&str] = &[
    "is", "was", "zijn", "waren", "ben", "bent", "blijft", "bleef", "bleven",
];

impl Finder<'_, '_> {
    /// "De minister is van mening dat …", "De rechter is van oordeel dat …": an opinion the
    /// copula's subject states, with `mening`/`oordeel` at `k` and a dat-clause after it.
    /// ("ervan overtuigd zijn" is a state of mind, like "hopen" without a frame: the corpus
    /// article does not annotate "zijn er niet van overtuigd dat".)
    /// "Het OM staat op het standpunt dat …": a position, with `standpunt` at `k`.
    pub(super) fn stance(&mut self, i: usize, k: usize) {
        let toks = &self.docs[i].toks;
        let n = toks.len();
        let position = toks[k].lower == "standpunt";
        if position {
            if !(k > 1 && toks[k - 1].lower == "het" && toks[k - 2].lower == "op") {
                return;
            }
        } else if !(k > 0 && toks[k - 1].lower == "van") {
            return;
        }
        let Some(that) = (k + 1..n.min(k + 3))
            .find(|&j| toks[j].is_word() && toks[j].lower == "dat" && !toks[j].quoted)
        else {
            return;
        };
        if that + 1 >= n || toks[k + 1..that].iter().any(|t| !t.is_word()) {
            return;
        }
        let cop = if position {
            // ("stelt zich op het standpunt dat": the reflexive is the subject's.)
            let start = self.clause_start(i, k);
            (start..k).rev().take(8).find(|&j| {
                toks[j].is_word()
                    && !toks[j].quoted
                    && matches!(
                        toks[j].lower.as_str(),
                        "staat"
                            | "stond"
                            | "staan"
                            | "stonden"
                            | "stelt"
                            | "stelde"
                            | "stellen"
                            | "stelden"
                    )
            })
        } else {
            self.copula_before(i, k, 6)
        };
        let Some(cop) = cop else {
            return;
        };
        self.copula_claim(i, cop, k, that, 0.75);
    }

    /// The copula of the clause of token `k`, at most `reach` tokens before it.
    fn copula_before(&self, i: usize, k: usize, reach: usize) -> Option<usize> {
        let toks = &self.docs[i].toks;
        let start = self.clause_start(i, k);
        (start..k).rev().take(reach).find(|&j| {
            toks[j].is_word() && !toks[j].quoted && COPULAS.contains(&toks[j].lower.as_str())
        })
    }

    /// The claim of a stance after copula `cop`: its subject says the dat-clause after
    /// `that`; the cue runs from the copula to `k`.
    fn copula_claim(&mut self, i: usize, cop: usize, k: usize, that: usize, score: f64) {
        let Some(r) = self.subject(i, cop) else {
            return;
        };
        let toks = &self.docs[i].toks;
        let cue = join(&toks[cop..k + 1], self.docs[i].input.text);
        let end = self.claim_end(i, that + 1, true);
        self.emit(i, &r, &cue, (that + 1, end), score);
        self.remember(i, &r);
    }
}

impl Finder<'_, '_> {
    /// A judgement of a clause, the verb at `k`: "De minister noemde het onacceptabel dat
    /// …", "vindt het belangrijk dat …", "acht het onwaarschijnlijk dat …", "noemde het een
    /// schande dat …"; the `dat` that opens the claim. (Not a quoted judgement, which the
    /// verb's own rule takes: "noemde het ‘onacceptabel’ dat".)
    pub(super) fn judgement_at(&self, i: usize, k: usize) -> Option<usize> {
        let toks = &self.docs[i].toks;
        let n = toks.len();
        if k > 0
            && (toks[k - 1].lower == "te" || self.lex.is("negative-before", &toks[k - 1].lower))
        {
            return None;
        }
        // "het" right after the verb or after its inverted subject ("noemde de minister het
        // …"), with only words between.
        let het = (k + 1..n.min(k + 1 + NP_MAX))
            .take_while(|&j| {
                let w = toks[j].lower.as_str();
                toks[j].is_word()
                    && !toks[j].quoted
                    && !matches!(w, "dat" | "of")
                    // ("Acht mensen vonden het …": not across another verb.)
                    && !self.lex.is("judgement-verbs", w)
                    && !self.lex.forms.contains_key(w)
                    && !self.lex.is("aux", w)
            })
            .find(|&j| toks[j].lower == "het")?;
        let mut j = het + 1;
        // "acht het voor mogelijk", "beschouwt het als onwaarschijnlijk".
        if toks
            .get(j)
            .is_some_and(|t| !t.quoted && matches!(t.lower.as_str(), "voor" | "als"))
        {
            j += 1;
        }
        let plain = |j: usize| toks.get(j).is_some_and(|t| t.is_word() && !t.quoted);
        let mut judged = false;
        if plain(j) && toks[j].lower == "een" {
            // "een schande", "een goede zaak": a short noun phrase.
            j += 1;
            let start = j;
            while j < n.min(start + 3)
                && plain(j)
                && !matches!(toks[j].lower.as_str(), "dat" | "of")
                && !self.lex.is("function", &toks[j].lower)
            {
                j += 1;
            }
            judged = j > start;
        } else {
            while j < n.min(het + 6) && plain(j) {
                let w = toks[j].lower.as_str();
                if self.lex.is("judgements", w) {
                    judged = true;
                } else if !matches!(
                    w,
                    "zeer"
                        | "heel"
                        | "erg"
                        | "hoogst"
                        | "uiterst"
                        | "bijzonder"
                        | "nogal"
                        | "volstrekt"
                        | "absoluut"
                        | "echt"
                        | "niet"
                        | "weinig"
                        | "ronduit"
                        | "buitengewoon"
                        | "ontzettend"
                        | "best"
                        | "wel"
                        | "ook"
                        | "toch"
                        | "zeker"
                ) {
                    break;
                }
                j += 1;
            }
        }
        (judged && plain(j) && matches!(toks[j].lower.as_str(), "dat" | "of") && j + 1 < n)
            .then_some(j)
    }

    /// Suggests the claim after the `dat` at `that` that [`Self::judgement_at`] found.
    pub(super) fn judgement(&mut self, i: usize, k: usize, that: usize) {
        let Some(r) = self.subject(i, k) else {
            return;
        };
        let cue = self.docs[i].toks[k].text.to_string();
        let end = self.claim_end(i, that + 1, true);
        self.emit(i, &r, &cue, (that + 1, end), 0.7);
        self.remember(i, &r);
    }

    /// A stated attitude, an adjective after a copula with a dat-clause: "Jansen is ervan
    /// overtuigd dat …", "is er zeker van dat …", "is het ermee (erover) eens dat"; not negated ("zijn
    /// er niet van overtuigd dat" states no claim of theirs).
    pub(super) fn stance_adjective(&mut self, i: usize, k: usize) {
        let toks = &self.docs[i].toks;
        let n = toks.len();
        // ("zijn het erover eens dat": agree on it.)
        if toks[k].lower == "eens"
            && !(k > 0 && matches!(toks[k - 1].lower.as_str(), "ermee" | "erover"))
        {
            return;
        }
        let Some(that) = (k + 1..n.min(k + 3))
            .find(|&j| toks[j].is_word() && toks[j].lower == "dat" && !toks[j].quoted)
        else {
            return;
        };
        if that + 1 >= n
            || toks[k + 1..that]
                .iter()
                .any(|t| !matches!(t.lower.as_str(), "ervan" | "van" | "er"))
        {
            return;
        }
        let Some(cop) = self.copula_before(i, k, 5) else {
            return;
        };
        // Only adverbs and "er"/"het" between: "is er absoluut zeker van", not "is een
        // bange man die zegt dat".
        if toks[cop + 1..k].iter().any(|t| {
            !t.is_word()
                || self.lex.is("determiners", &t.lower) && t.lower != "het"
                || matches!(t.lower.as_str(), "niet" | "geen" | "nooit" | "allerminst")
        }) {
            return;
        }
        self.copula_claim(i, cop, k, that, 0.7);
    }

    /// A report named as a noun after a copula, with its author: "Dat is de verwachting van
    /// econoom Marieke Blom." (the claim is the sentence before, as after "Dat zei X"), "De
    /// prijzen stijgen, is de verwachting van DNB." (the clause before), "De conclusie van
    /// de onderzoekers is dat …" (the dat-clause).
    pub(super) fn nominal_report(&mut self, i: usize) {
        let toks = &self.docs[i].toks;
        let n = toks.len();
        let report = |j: usize| {
            toks.get(j)
                .is_some_and(|t| t.is_word() && !t.quoted && self.lex.is("report-nouns", &t.lower))
                && toks.get(j + 1).is_some_and(|t| t.lower == "van")
        };
        let copula = |j: usize| {
            toks.get(j).is_some_and(|t| {
                t.is_word()
                    && !t.quoted
                    && matches!(t.lower.as_str(), "is" | "was" | "luidt" | "luidde")
            })
        };
        let the = |j: usize| {
            toks.get(j)
                .is_some_and(|t| matches!(t.lower.as_str(), "de" | "het"))
        };
        let p = self.parser(i);
        // "De conclusie van de onderzoekers is dat …".
        if the(0) && report(1) {
            if let Some(np) = p.parse(3, false).filter(Np::speaks)
                && copula(np.t1)
                && toks.get(np.t1 + 1).is_some_and(|t| t.lower == "dat")
                && let Some(r) = self.resolve(i, &np)
            {
                let cue = join(&toks[1..2], self.docs[i].input.text);
                let end = self.claim_end(i, np.t1 + 2, true);
                self.emit(i, &r, &cue, (np.t1 + 2, end), 0.7);
                self.remember(i, &r);
            }
            return;
        }
        let Some(k) = (0..n.saturating_sub(3)).find(|&k| copula(k) && the(k + 1) && report(k + 2))
        else {
            return;
        };
        let Some(np) = p.parse(k + 4, false).filter(Np::speaks) else {
            return;
        };
        // Nothing but punctuation after the author: "Dat is de verwachting van X." and not
        // "Dat is de verwachting van X voor de komende jaren, want …".
        if toks[np.t1..].iter().any(|t| t.is_word()) {
            return;
        }
        let Some(r) = self.resolve(i, &np) else {
            return;
        };
        let cue = join(&toks[k + 2..k + 3], self.docs[i].input.text);
        if k == 1 && matches!(toks[0].lower.as_str(), "dat" | "dit") && i > 0 {
            if !self.docs[i - 1].toks.is_empty() {
                self.claim_before(i, &r, &cue, 0.65, 0.65);
            }
        } else if k > 1 && (toks[k - 1].is(',') || toks[k - 1].closes()) {
            self.before_cue(i, k, &r, &cue, 0.7);
            self.remember(i, &r);
        }
    }

    /// An utterance named as a noun with its content in a dat-clause: "De verklaring van het
    /// USOC dat de atleten veilig zijn, werd …" (its author after `van`), "Zijn opmerking dat
    /// …" (a possessive for an earlier speaker). The claim ends at the first comma.
    pub(super) fn content_noun(&mut self, i: usize) {
        let toks = &self.docs[i].toks;
        let p = self.parser(i);
        // The word that opens the content: `dat` after an utterance, `om` (with its `te`)
        // after a request or promise ("de oproep van Zelensky om meer wapens te sturen").
        let noun = |k: usize| {
            let t = &toks[k];
            t.is_word()
                && !t.quoted
                && (self.lex.is("content-nouns", &t.lower) || self.lex.is("om-nouns", &t.lower))
        };
        let opens = |k: usize, noun: &str| {
            toks.get(k).is_some_and(|t| {
                t.is_word()
                    && match t.lower.as_str() {
                        "dat" => self.lex.is("content-nouns", noun),
                        "om" => self.lex.is("om-nouns", noun) && om_te_end(toks, k).is_some(),
                        _ => false,
                    }
            })
        };
        // The subject that opens the clause, parsed once for every possessive below.
        let opening = p
            .parse(after_adverbs(self.lex, toks), false)
            .filter(|np| np.speaks() && !np.pronoun);
        for k in 1..toks.len() {
            if !noun(k) {
                continue;
            }
            let w = toks[k].lower.as_str();
            let found = if toks.get(k + 1).is_some_and(|t| t.lower == "van") {
                p.parse(k + 2, false)
                    .filter(|np| np.speaks() && !np.pronoun)
                    .and_then(|np| {
                        // ("Het advies van het RIVM is om thuis te werken.")
                        let at = if self.lex.is("om-nouns", w)
                            && toks
                                .get(np.t1)
                                .is_some_and(|t| matches!(t.lower.as_str(), "is" | "was"))
                        {
                            np.t1 + 1
                        } else {
                            np.t1
                        };
                        opens(at, w).then_some((np, at))
                    })
                    .and_then(|(np, at)| Some((self.resolve(i, &np)?, at)))
            } else if k >= 2 && toks[k - 1].lower == "de" && self.lex.is("content-nouns", w) {
                self.light_verb(i, k)
                    .and_then(|(np, at)| Some((self.resolve(i, &np)?, at)))
            } else if opens(k + 1, w) {
                let pronoun = match toks[k - 1].lower.as_str() {
                    "zijn" => "hij",
                    "haar" => "zij",
                    "hun" => "ze",
                    _ => continue,
                };
                // "Het ministerie herhaalde zijn belofte om …": the possessive is the subject's
                // that opens the clause, one verb (and its adverbs) before it.
                let own = opening
                    .as_ref()
                    .filter(|np| {
                        np.t1 + 1 < k - 1
                            && k - 1 - np.t1 <= 3
                            && toks[np.t1 + 1..k - 1]
                                .iter()
                                .all(|t| t.is_word() && !t.quoted)
                    })
                    .and_then(|np| self.resolve(i, np));
                // (Its end is the noun, as a subject pronoun's is the word after it.)
                let np = Np {
                    t1: k,
                    pronoun: true,
                    phrase: pronoun.to_string(),
                    ..Default::default()
                };
                own.or_else(|| {
                    self.resolve(i, &np).map(|mut r| {
                        r.mention = toks[k - 1].text.to_string();
                        r
                    })
                })
                .map(|r| (r, k + 1))
            } else {
                None
            };
            let Some((r, at)) = found else {
                continue;
            };
            let span = if toks[at].lower == "om" {
                (at, om_te_end(toks, at).unwrap_or(at + 1))
            } else {
                let from = at + 1;
                let end = self.claim_end(i, from, true);
                (from, (from..end).find(|&j| toks[j].is(',')).unwrap_or(end))
            };
            let cue = toks[k].text.to_string();
            self.emit(i, &r, &cue, span, 0.65);
            self.remember(i, &r);
            return;
        }
    }

    /// "Het Hof deed de uitspraak dat …", "deed het Hof de uitspraak dat", "Jansen kwam met
    /// de mededeling dat", "heeft de belofte gedaan dat": a light verb that makes the content
    /// noun at `k` (after "de") an utterance of the clause's subject. The subject and the
    /// token of "dat".
    fn light_verb(&self, i: usize, k: usize) -> Option<(Np, usize)> {
        let toks = &self.docs[i].toks;
        let light = |t: &Tok<'_>| {
            t.is_word()
                && matches!(
                    t.lower.as_str(),
                    "doet"
                        | "deed"
                        | "deden"
                        | "geeft"
                        | "gaf"
                        | "gaven"
                        | "uit"
                        | "uitte"
                        | "uitten"
                        | "herhaalt"
                        | "herhaalde"
                        | "herhaalden"
                        | "komt"
                        | "kwam"
                        | "kwamen"
                )
        };
        let participle = |t: &Tok<'_>| {
            matches!(
                t.lower.as_str(),
                "gedaan" | "gegeven" | "geuit" | "geüit" | "herhaald" | "gekomen"
            )
        };
        let is = |j: usize, w: &str| toks.get(j).is_some_and(|t| t.is_word() && t.lower == w);
        // "met de mededeling" belongs to "kwam"; the others take the noun as their object.
        let det = if k >= 3 && is(k - 2, "met") {
            k - 2
        } else {
            k - 1
        };
        let with = det < k - 1;
        let verb_ok = |t: &Tok<'_>| {
            let come = matches!(t.lower.as_str(), "komt" | "kwam" | "kwamen");
            light(t) && come == with
        };
        let (at, perfect) = if is(k + 1, "dat") {
            (k + 1, false)
        } else if toks.get(k + 1).is_some_and(participle) && is(k + 2, "dat") {
            (k + 2, true)
        } else {
            return None;
        };
        let p = self.parser(i);
        let start = after_adverbs(self.lex, toks);
        // ("Het NCSC kwam vrijdag met de waarschuwing dat": a day or an adverb between.)
        let between = |a: usize| {
            a < det
                && det - a <= 3
                && toks[a + 1..det].iter().all(|t| {
                    t.is_word()
                        && !t.quoted
                        && (self.lex.is("sentence-adverbs", &t.lower)
                            || self.lex.is("calendar", &t.lower)
                            || day_part(self.lex, &t.lower))
                })
        };
        // The subject opens the clause and the verb follows it.
        if let Some(np) = p.parse(start, false).filter(|np| {
            between(np.t1)
                && np.speaks()
                && if perfect {
                    self.lex.is("aux", &toks[np.t1].lower)
                } else {
                    verb_ok(&toks[np.t1])
                }
        }) {
            return Some((np, at));
        }
        // Inverted after a fronted phrase: "Ten tweede deed het Hof de uitspraak dat".
        // (After a subject that opens the clause, the phrase is whom it was given to:
        // "Minister Hermans gaf de Groningers de verzekering dat".)
        let opener = p.parse(start, false).filter(|np| np.speaks());
        (1..det.saturating_sub(1))
            .rev()
            .take(NP_MAX)
            .filter(|&v| !perfect && verb_ok(&toks[v]))
            .find_map(|v| {
                p.parse(v + 1, false)
                    .filter(|np| np.t1 == det && np.speaks())
                    .map(|np| match &opener {
                        Some(s) if s.t1 == v => s.clone(),
                        _ => np,
                    })
            })
            .map(|np| (np, at))
    }

    /// A sentence that is only a quotation, with no speaker from a quotation next to it, after
    /// a sentence of the same paragraph that has a speaker ("Jansen zei dat het zwaar was.
    /// ‘Ik stop.’") or opens with a named person ("Jansen is boos. ‘Dit kan niet.’"): news
    /// text gives the quotation to that person; lower score.
    pub(super) fn quote_after_speaker(&mut self) {
        // Each sentence's last suggestion, so that the pass stays linear.
        let last = self.last_speech();
        for i in 1..self.docs.len() {
            if self.has[i]
                || !self.quote_only(i)
                || self.docs[i - 1].input.paragraph != self.docs[i].input.paragraph
            {
                continue;
            }
            let toks = &self.docs[i].toks;
            let singular = first_person(toks.iter().filter(|t| t.quoted));
            let said = last[i - 1]
                .filter(|&at| !singular || !self.body_like(&self.out[at].1.speaker))
                .map(|at| self.speaker_of(at));
            let named = || -> Option<(Resolved, String)> {
                let prev = &self.docs[i - 1];
                let p = self.parser(i - 1);
                // A name, or one word after a role of a speaker ("trainer Koeman"), not
                // after "het eerste nummer".
                let np = p.parse(0, false).filter(|np| {
                    np.name.is_some_and(|(a, b)| {
                        b - a >= 2
                            || np
                                .role
                                .as_deref()
                                .is_some_and(|r| self.lex.speaker_noun(&last_word(r)))
                    }) && prev.toks.get(np.t1).is_some_and(|t| t.is_word())
                })?;
                // A person, not a body ("Willem II staat zesde." after "Willem II-trainer").
                let mut r = self.resolve(i - 1, &np).filter(|r| r.person)?;
                r.factor *= 0.8;
                Some((r, String::new()))
            };
            let Some((r, cue)) = said.or_else(named) else {
                continue;
            };
            let Some(q) = self.docs[i].quotes.iter().copied().find(|q| !q.before) else {
                continue;
            };
            let cue = if cue.is_empty() {
                self.docs[i].toks[q.t0].text.to_string()
            } else {
                cue
            };
            self.emit_quote(i, q, &r, &cue, 0.55);
        }
    }

    /// Each sentence's last suggestion so far (an index into `out`) that is not a caption
    /// credit: "Foto Pim Ras" is no speaker of the next sentence.
    fn last_speech(&self) -> Vec<Option<usize>> {
        self.speech(self.out.iter().enumerate())
    }

    /// Each sentence's first suggestion so far that is not a caption credit.
    fn first_speech(&self) -> Vec<Option<usize>> {
        self.speech(self.out.iter().enumerate().rev())
    }

    /// For each sentence, the suggestion of `order` seen last that is not a caption credit.
    fn speech<'o>(
        &self,
        order: impl Iterator<Item = (usize, &'o (usize, Suggestion))>,
    ) -> Vec<Option<usize>> {
        let mut pick = vec![None; self.docs.len()];
        for (at, (j, s)) in order {
            if !self.lex.is("credit", &s.cue.to_lowercase()) {
                pick[*j] = Some(at);
            }
        }
        pick
    }

    /// A headline "KNMI: warme dagen zijn nu warmer", "NEC-aanvoerder Van Eijden: pieken op
    /// het juiste moment": a speaker phrase, a colon and a claim of three words or more, in a
    /// paragraph of its own with no full stop (a quotation after the colon is
    /// `colon_quote`'s). Lower score: a topic before a colon looks the same ("Woningbouw:").
    pub(super) fn heading_colon(&mut self, i: usize) {
        let docs = self.docs;
        let d = &docs[i];
        let toks = &d.toks;
        let alone = |j: Option<usize>| {
            j.and_then(|j| docs.get(j))
                .is_none_or(|o| o.input.paragraph != d.input.paragraph)
        };
        let text = d.input.text.trim_end();
        if !alone(i.checked_sub(1)) || !alone(Some(i + 1)) || text.ends_with(['.', '?', ':']) {
            return;
        }
        let Some(c) = toks.iter().position(|t| t.is(':') && !t.quoted) else {
            return;
        };
        if c == 0
            || c > 5
            || toks[c + 1..].iter().filter(|t| t.is_word()).count() < 3
            || toks
                .get(c + 1)
                .is_some_and(|t| t.opens() || t.kind == Tk::Quote(None))
            || toks[..c].iter().any(|t| {
                t.is_word()
                    && (self.lex.forms.contains_key(&t.lower) || self.lex.is("aux", &t.lower))
            })
        {
            return;
        }
        let p = self.parser(i);
        let Some(np) = p.parse(0, false).filter(|np| {
            np.t1 == c && !np.pronoun && !(c == 1 && self.lex.is("rubrics", &toks[0].lower))
        }) else {
            return;
        };
        let Some(r) = self.resolve(i, &np) else {
            return;
        };
        self.emit(i, &r, ":", (c + 1, toks.len()), 0.6);
    }

    /// "Bij de UGent zeggen ze dat …", "Ook bij Ajax denken ze dat …", "Bij de gemeente
    /// zegt men: …": the body after the fronted `bij` speaks through an impersonal "ze" or
    /// "men". The sentence's one claim.
    pub(super) fn at_body_they_say(&mut self, i: usize) -> bool {
        let docs = self.docs;
        let toks = &docs[i].toks;
        let by = usize::from(toks.first().is_some_and(|t| t.lower == "ook"));
        if toks.get(by).is_none_or(|t| t.lower != "bij" || t.quoted) {
            return false;
        }
        let Some(np) = self.parser(i).parse(by + 1, true).filter(|np| !np.pronoun) else {
            return false;
        };
        let k = np.t1;
        // (Adverbs may come between: "zeggen ze al jaren dat".)
        let Some(t) = (k + 2..toks.len().min(k + 6))
            .find(|&j| !toks[j].quoted && (toks[j].lower == "dat" || toks[j].is(':')))
        else {
            return false;
        };
        if (k + 2..t).any(|j| {
            !toks[j].is_word()
                || toks[j].quoted
                || toks[j].capitalised()
                || self.lex.forms.contains_key(&toks[j].lower)
                || self.lex.is("prepositions", &toks[j].lower)
        }) {
            return false;
        }
        let (Some(verb), Some(they), Some(that)) = (toks.get(k), toks.get(k + 1), toks.get(t))
        else {
            return false;
        };
        let forms = self
            .lex
            .forms
            .get(&verb.lower)
            .or_else(|| self.lex.plurals.get(&verb.lower));
        if verb.quoted
            || forms.is_none_or(|f| f.iter().all(|f| f.split))
            || !matches!(they.lower.as_str(), "ze" | "men")
            || that.quoted
            || t + 1 >= toks.len()
        {
            return false;
        }
        let Some(r) = self.resolve(i, &np) else {
            return false;
        };
        self.quote_or_clause(i, t + 1, &r, verb.text);
        self.remember(i, &r);
        true
    }

    /// The body after the preposition at `j` that places a report with it: "Bij de SVB",
    /// "Vanuit het ministerie", "Binnen het fonds", "Op het kabinet-Vermeulen" (a body's
    /// place, not a building or a thing).
    fn body_after(&self, i: usize, j: usize) -> Option<Np> {
        let t = self.docs[i]
            .toks
            .get(j)
            .filter(|t| t.is_word() && !t.quoted)?;
        match t.lower.as_str() {
            "bij" | "vanuit" | "binnen" => self.parser(i).parse(j + 1, true),
            "op" => self.source_place(i, j + 1),
            _ => None,
        }
    }

    /// A body named as a place ("het ministerie", "het kabinet-Vermeulen", "de SVB") at `k`,
    /// after "op": a determiner and a body, not a place or a thing ("op straat", "op de
    /// website").
    fn source_place(&self, i: usize, k: usize) -> Option<Np> {
        let toks = &self.docs[i].toks;
        if !toks
            .get(k)
            .is_some_and(|t| matches!(t.lower.as_str(), "de" | "het") && !t.quoted)
        {
            return None;
        }
        self.parser(i).parse(k, true).filter(|np| {
            np.name.is_some()
                || np.noun.as_deref().is_some_and(|n| {
                    let head = n.rsplit('-').next_back().unwrap_or(n);
                    // (Not a building: "Op het stadhuis wordt beweerd dat …" is a place.)
                    !n.ends_with("huis") && (self.lex.body_noun(n) || self.lex.body_noun(head))
                })
        })
    }

    /// "Bij de SVB wordt erkend dat …", "Vanuit het ministerie wordt benadrukt dat …", "Van
    /// de kant van de werkgevers wordt gesteld dat …": an impersonal passive whose source is
    /// the body before it.
    pub(super) fn body_passive(&mut self, i: usize) {
        let toks = &self.docs[i].toks;
        let plain = |j: usize| toks.get(j).filter(|t| t.is_word() && !t.quoted);
        let lower = |j: usize| plain(j).map(|t| t.lower.as_str());
        let by = usize::from(lower(0) == Some("ook"));
        let np = match lower(by) {
            Some("van")
                if lower(by + 1) == Some("de")
                    && lower(by + 2) == Some("kant")
                    && lower(by + 3) == Some("van") =>
            {
                self.parser(i).parse(by + 4, true)
            }
            _ => self.body_after(i, by),
        };
        let Some(np) = np.filter(Np::speaks) else {
            return;
        };
        let m = np.t1;
        if !matches!(lower(m), Some("wordt" | "werd")) {
            return;
        }
        let mut p = m + 1;
        if lower(p) == Some("er") {
            p += 1;
        }
        p += self.adverbs_from(i, p).min(2);
        let Some(part) = lower(p) else {
            return;
        };
        // (After "wordt" a cue's form in -d or -t is its participle: "erkend", "gemeld".)
        if !part.ends_with(['d', 't']) || !self.lex.forms.contains_key(part) {
            return;
        }
        let c = p + 1;
        if !matches!(lower(c), Some("dat" | "of")) || c + 1 >= toks.len() {
            return;
        }
        let Some(r) = self.resolve(i, &np) else {
            return;
        };
        let cue = toks[p].text.to_string();
        let end = self.claim_end(i, c + 1, false);
        self.emit(i, &r, &cue, (c + 1, end), 0.65);
        self.remember(i, &r);
    }

    /// The claim opening at `c` of a frame with its source before it ("Bij X klinkt het dat
    /// …", "Bij X zeggen ze: ‘…’"): the quotation there, else the clause.
    fn quote_or_clause(&mut self, i: usize, c: usize, r: &Resolved, cue: &str) {
        if self.docs[i].toks[c].opens()
            && let Some(q) = self.quote_at(i, c)
        {
            self.emit_quote(i, q, r, cue, 0.75);
        } else {
            let end = self.claim_end(i, c, false);
            self.emit(i, r, cue, (c, end), 0.7);
        }
    }

    /// How many adverbs, not quoted, run from token `k` of sentence `i`.
    pub(super) fn adverbs_from(&self, i: usize, k: usize) -> usize {
        self.docs[i].toks[k..]
            .iter()
            .take_while(|t| t.is_word() && !t.quoted && self.lex.adverb(&t.lower))
            .count()
    }

    /// "“…”, klinkt het (bij N-VA).", "…, zo klonk het vanuit het Provinciehuis.": the
    /// Flemish cue with no subject. The speaker is the body after "bij"/"vanuit", else the
    /// one who spoke last in this paragraph or the one before, else the person in focus.
    pub(super) fn klinkt_het(&mut self, i: usize, k: usize) {
        let docs = self.docs;
        let toks = &docs[i].toks;
        if toks.get(k + 1).is_none_or(|t| t.lower != "het") {
            return;
        }
        // "Bij de stad Gent klinkt het dat …", "Ook bij Groen klinkt het: …": the source
        // before the verb, the claim after it.
        // ("In de verklaring heet het dat …", "In het rapport van de inspectie heet het
        // dat …": a document, or its author, before the verb.)
        let by = usize::from(toks[0].lower == "ook");
        let heet = toks[k].lower.starts_with("he");
        if k > by + 1
            && !toks[by].quoted
            && let Some(np) = match toks[by].lower.as_str() {
                "in" if heet => self.authored_document(i, by + 1),
                _ => self.body_after(i, by),
            }
            && np.t1 == k
            && let Some(c) = toks
                .get(k + 2)
                .filter(|t| !t.quoted && (t.lower == "dat" || t.is(':')))
                .map(|_| k + 3)
            && c < toks.len()
            && let Some(r) = self.resolve(i, &np)
        {
            let cue = format!("{} het", toks[k].text);
            self.quote_or_clause(i, c, &r, &cue);
            self.remember(i, &r);
            return;
        }
        // "… klinkt het ook bij de oppositie", "klinkt het unaniem bij": adverbs between.
        let adverbs = self.adverbs_from(i, k + 2).min(3);
        let mut c = k;
        if c > 0 && toks[c - 1].lower == "zo" {
            c -= 1;
        }
        // ("…, luidt het in een verklaring van de KNSB", "klinkt het op de website van de
        // gemeente": the author of a source noun.)
        let at = k + 3 + adverbs;
        let source = match toks
            .get(k + 2 + adverbs)
            .filter(|t| t.is_word() && !t.quoted)
        {
            Some(t) if matches!(t.lower.as_str(), "bij" | "vanuit" | "uit") => {
                self.parser(i).parse(at, true)
            }
            // (Or a document of no author named: "luidt het in de slotverklaring".)
            Some(t) if matches!(t.lower.as_str(), "in" | "op") => self.authored_document(i, at),
            _ => None,
        }
        .and_then(|np| self.resolve(i, &np));
        // "De besparingen gaan te ver. Zo klinkt het bij de vakbond ACOD.": the sentence
        // before is the claim, as after "Zo meldt de KNRM.".
        if c == 0
            && k == 1
            && i > 0
            && !self.docs[i - 1].toks.is_empty()
            && let Some(r) = &source
        {
            let cue = format!("{} het", toks[k].text);
            let r = r.clone();
            self.claim_before(i, &r, &cue, 0.65, 0.7);
            self.remember(i, &r);
            return;
        }
        if c == 0 || !(toks[c - 1].is(',') || toks[c - 1].closes()) {
            return;
        }
        let para = docs[i].input.paragraph;
        let r = source.or_else(|| {
            self.last_speaker
                .as_ref()
                .filter(|(si, p, _)| *si <= i && i - si <= 6 && para - p <= 1)
                .map(|(_, _, r)| r.clone())
                .or_else(|| self.in_focus(i))
        });
        let Some(mut r) = r else { return };
        r.factor = r.factor.min(0.8);
        let cue = format!("{} het", toks[k].text);
        self.before_cue(i, c, &r, &cue, 0.75);
        self.remember(i, &r);
    }

    /// A speaker that is no person: an acronym ("AD", "NOS"), a name the document gives a
    /// body, or a description of one ("het ministerie", "de krant").
    fn body_like(&self, speaker: &str) -> bool {
        let acronym = speaker.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && speaker.chars().all(|c| !c.is_lowercase());
        acronym
            || self
                .registry
                .by_full
                .get(speaker)
                .is_some_and(|&e| !self.registry.entities[e].person)
            || speaker
                .strip_prefix("het ")
                .or_else(|| speaker.strip_prefix("de "))
                .is_some_and(|rest| {
                    !rest.contains(' ')
                        && self.lex.ends_in("anaphoric-bodies", &rest.to_lowercase())
                        || speaker.starts_with("het ")
                })
    }

    /// The speaker and cue of suggestion `at`, for a quotation next to it (less sure).
    fn speaker_of(&self, at: usize) -> (Resolved, String) {
        (self.resolved_at(at, 0.85, true), self.out[at].1.cue.clone())
    }

    /// Suggestion `at`'s speaker as resolved, for another claim of the same speaker.
    pub(super) fn resolved_at(&self, at: usize, factor: f64, person: bool) -> Resolved {
        let s = &self.out[at].1;
        Resolved {
            speaker: s.speaker.clone(),
            mention: s.mention.clone(),
            role: s.role.clone(),
            organisation: s.organisation.clone(),
            factor,
            person,
        }
    }

    /// Whether a sentence after `j` and before `i`, in `i`'s paragraph, opens with an
    /// indefinite description of a person as its subject ("Een buurtbewoner zag …") that is
    /// not `speaker`.
    fn described_since(&self, j: usize, i: usize, speaker: &str) -> bool {
        let para = self.docs[i].input.paragraph;
        (j + 1..i).any(|s| {
            let toks = &self.docs[s].toks;
            if self.docs[s].input.paragraph != para || self.has[s] {
                return false;
            }
            let k = after_adverbs(self.lex, toks);
            let Some(np) = self.parser(s).parse(k, false) else {
                return false;
            };
            // Indefinite: a definite description is as often the person in focus again
            // ("De voormalige hoofdredacteur ziet …", TwNC).
            toks.get(k).is_some_and(|t| t.lower == "een" && !t.quoted)
                && np.name.is_none()
                && !np.pronoun
                && !np.coordinated
                && np.noun.is_some()
                && toks.get(np.t1).is_some_and(|t| t.is_word() && !t.quoted)
                && self.resolve(s, &np).is_none_or(|r| r.speaker != speaker)
        })
    }

    /// A quotation that opens a sentence with no cue in reach, in running text (an interview
    /// quoted at length): said by the person the text is about. That is the last speaker
    /// of the [`FOCUS_REACH`] sentences before in its paragraph, unless a person has been
    /// named as a subject since ("Als ik Dave Grohl herinner aan …, valt hij stil. „Ik weet
    /// niet …"); a caption credit is no speaker. Lower score.
    pub(super) fn quote_in_focus(&mut self) {
        let n = self.docs.len();
        let mut last = self.last_speech();
        // Paragraphs a quotation looks past for its speaker: an interviewer's questions and
        // headings ("Gerrit, wat kunnen we verwachten?", "Onderzoek").
        let mut transparent: std::collections::HashMap<usize, (usize, bool)> = Default::default();
        for d in self.docs {
            let text = d.input.text.trim_end();
            let question = text.ends_with('?');
            let heading = !text.ends_with(['.', '!', '?', '"', '”', '’', '\''])
                && text.split_whitespace().count() <= 6;
            let e = transparent.entry(d.input.paragraph).or_insert((0, true));
            e.0 += 1;
            e.1 &= question || heading;
        }
        // The speakers quoted so far, by the name they were quoted under.
        let quoted: std::collections::HashSet<String> =
            self.out.iter().map(|(_, s)| s.mention.clone()).collect();
        let see_through = |p: usize| {
            transparent
                .get(&p)
                .is_none_or(|&(count, t)| t && (count <= 3))
        };
        for i in 0..n {
            if self.has[i] || self.quote_heading(i) {
                continue;
            }
            // A quotation that opens the sentence and fills it or goes on past it: a title
            // in running text ("‘Tevreden’ stond op de voorpagina") is no utterance.
            // Or one that opens after a full stop in the middle of the segment ("Van Zanen
            // is het eens. ,,Er is reden …”": the segmenter keeps the two together).
            let toks = &self.docs[i].toks;
            let after_stop = |t0: usize| {
                t0 > 0 && (toks[t0 - 1].is('.') || toks[t0 - 1].is('!') || toks[t0 - 1].is('?'))
            };
            // Or after a colon that ends a clause naming nobody ("En later in een officiële
            // verklaring: ,,…”").
            let after_colon = |t0: usize| {
                t0 > 1
                    && toks[t0 - 1].is(':')
                    && toks[..t0 - 1].iter().enumerate().all(|(j, t)| {
                        !t.quoted
                            && (j == 0 || !t.capitalised())
                            && !self.lex.is("pronouns", &t.lower)
                            && !self.lex.forms.contains_key(&t.lower)
                            && !self.lex.is("text-carriers", &t.lower)
                    })
            };
            let Some(q) = self.docs[i]
                .quotes
                .iter()
                .copied()
                .find(|q| !q.before && (q.t0 == 0 || after_stop(q.t0) || after_colon(q.t0)))
                .filter(|q| q.t0 > 0 || q.after || self.quote_only(i))
            else {
                continue;
            };
            // Within the paragraph: in the paragraph after a speaker's, a quotation standing
            // alone is as often someone else's (FLORES, aggregate: precision 0.725 across
            // paragraphs, 0.766 within, recall 0.459 and 0.450).
            let para = self.docs[i].input.paragraph;
            let same = |j: usize| self.docs[j].input.paragraph == para;
            let previous = |j: usize| {
                let p = self.docs[j].input.paragraph;
                p == para || p < para && para - p <= 3 && (p + 1..para).all(see_through)
            };
            // "Ik moest …" after "…, schrijft het AD": a quotation in the first person
            // singular is a person's, not a medium's or a body's.
            let singular = first_person(toks[q.t0..q.t1.min(toks.len())].iter());
            let spoke = (i.saturating_sub(FOCUS_REACH)..i)
                .rev()
                .find_map(|j| {
                    last[j]
                        .filter(|&at| !singular || !self.body_like(&self.out[at].1.speaker))
                        .map(|at| (j, at))
                })
                .filter(|(j, _)| previous(*j));
            // In the mid-segment case, the subject of the sentence before the quotation.
            let here = (q.t0 > 0)
                .then(|| {
                    self.registry
                        .subjects_before(i + 1)
                        .iter()
                        .rev()
                        .take_while(|s| s.sentence == i)
                        .last()
                        .filter(|s| s.clause)
                        .map(|s| (s.sentence, s.name.as_str()))
                })
                .flatten();
            let named = here
                .or_else(|| {
                    self.registry
                        .person_subject_before(i, 3, |name| quoted.contains(name))
                })
                .filter(|(s, _)| {
                    // A subject in an earlier paragraph only with questions or headings
                    // between (an interview's introduction), not in the paragraph right before
                    // unless it says the person spoke ("sprak de vergadering toe").
                    (same(*s)
                        || previous(*s)
                            && (self.docs[*s].input.paragraph + 1 < para || self.speech_event(*s)))
                        && spoke.is_none_or(|(j, _)| *s > j)
                })
                .and_then(|(s, name)| self.resolve_name(s, name))
                // A person the document names in full ("Grohl" after "Dave Grohl") or quoted
                // before, not a capitalised word at a sentence's start or a title.
                .filter(|r| r.person && (r.speaker.contains(' ') || quoted.contains(&r.speaker)));
            // "Een buurtbewoner zag het gebeuren. „Het was verschrikkelijk.”": someone else
            // described as the subject since the last speaker spoke; whose it is the suggester
            // cannot say (a description as a quotation's speaker lowered precision in round 6),
            // but it is not the last speaker's.
            if named.is_none()
                && let Some((j, at)) = spoke
                && self.described_since(j, i, &self.out[at].1.speaker)
            {
                continue;
            }
            let (r, cue) = match (named, spoke) {
                (Some(mut r), _) => {
                    r.factor *= 0.8;
                    let cue = self.docs[i].toks[q.t0].text.to_string();
                    (r, cue)
                }
                (None, Some((_, at))) => self.speaker_of(at),
                (None, None) => continue,
            };
            let before = self.out.len();
            self.emit_quote(i, q, &r, &cue, 0.5);
            for at in before..self.out.len() {
                last[self.out[at].0] = Some(at);
            }
        }
    }
}

impl Finder<'_, '_> {
    /// Whether sentence `j` tells, outside quotation marks, that someone spoke without
    /// saying what: "sprak de vergadering toe", "hield een toespraak", "reageerde op".
    fn speech_event(&self, j: usize) -> bool {
        self.docs[j].toks.iter().any(|t| {
            t.is_word()
                && !t.quoted
                && matches!(
                    t.lower.as_str(),
                    "sprak"
                        | "spreekt"
                        | "spraken"
                        | "toespraak"
                        | "persconferentie"
                        | "reageerde"
                        | "reageert"
                        | "vertelde"
                        | "vertelt"
                )
        })
    }

    /// A heading in quotation marks between paragraphs ("‘Nul plus nul bewijs’"): a short
    /// paragraph of one sentence, only a quotation, with no full stop.
    pub(super) fn quote_heading(&self, i: usize) -> bool {
        let docs = self.docs;
        let para = docs[i].input.paragraph;
        let text = docs[i]
            .input
            .text
            .trim_end()
            .trim_end_matches(is_quote_char)
            .trim_end();
        i > 0
            && docs[i - 1].input.paragraph != para
            && docs.get(i + 1).is_none_or(|d| d.input.paragraph != para)
            && !text.ends_with(['.', '!', '?'])
            && docs[i].toks.iter().filter(|t| t.is_word()).count() <= 8
            && self.quote_only(i)
    }

    /// A quotation heading quotes the speaker of the paragraphs it heads: the first
    /// suggestion in the [`FOCUS_REACH`] sentences after it; lower score.
    pub(super) fn quote_headings(&mut self) {
        let n = self.docs.len();
        let first = self.first_speech();
        for i in 0..n {
            if self.has[i] || !self.quote_heading(i) {
                continue;
            }
            let Some(at) = (i + 1..n.min(i + 1 + FOCUS_REACH)).find_map(|j| first[j]) else {
                continue;
            };
            let Some(q) = self.docs[i].quotes.first().copied() else {
                continue;
            };
            let (r, _) = self.speaker_of(at);
            let cue = self.docs[i].toks[q.t0].text.to_string();
            self.emit_quote(i, q, &r, &cue, 0.45);
        }
    }

    /// "„Geen commentaar.” Meer wilde de woordvoerder niet kwijt.", "„We onderzoeken het”, was
    /// alles wat de woordvoerder erover kwijt wilde.": the news formula that names, after
    /// it, who said a quotation and that it was all.
    pub(super) fn all_that_was_said(&mut self, i: usize) {
        let docs = self.docs;
        let toks = &docs[i].toks;
        let word = |k: usize| {
            toks.get(k)
                .filter(|t| t.is_word() && !t.quoted)
                .map(|t| t.lower.as_str())
        };
        // "Meer wilde X niet kwijt.": the quotation before is the claim.
        if i > 0
            && word(0) == Some("meer")
            && matches!(
                word(1),
                Some("wilde" | "wilden" | "wil" | "willen" | "wou" | "kon" | "konden" | "kan")
            )
        {
            let prev = &docs[i - 1];
            if self.has[i - 1] || !prev.toks.iter().any(|t| t.quoted) {
                return;
            }
            let Some((r, cue)) = self.no_more_said_by(i, 2, true) else {
                return;
            };
            self.emit(i - 1, &r, &cue, (0, prev.toks.len()), 0.7);
            self.remember(i, &r);
            return;
        }
        // "„…”, was alles wat X erover kwijt wilde."
        let Some(q) = docs[i]
            .quotes
            .iter()
            .copied()
            .find(|q| !q.after && q.t0 == 0)
        else {
            return;
        };
        let k = q.t1 + usize::from(toks.get(q.t1).is_some_and(|t| t.is(',')));
        if word(k) != Some("was") || word(k + 1) != Some("alles") || word(k + 2) != Some("wat") {
            return;
        }
        let Some((r, cue)) = self.no_more_said_by(i, k + 3, false) else {
            return;
        };
        self.emit_quote(i, q, &r, &cue, 0.7);
        self.remember(i, &r);
    }

    /// For [`Self::all_that_was_said`]: the speaker at `at` and the cue word, when only "er
    /// (niet) over kwijt (willen)" or "zeggen" follow (with "niet" when `negated`).
    fn no_more_said_by(&self, i: usize, at: usize, negated: bool) -> Option<(Resolved, String)> {
        let toks = &self.docs[i].toks;
        let np = self.parser(i).parse(at, false).filter(Np::speaks)?;
        let rest = &toks[np.t1..];
        let words: Vec<&str> = rest
            .iter()
            .filter(|t| t.is_word())
            .map(|t| t.lower.as_str())
            .collect();
        let cue = rest
            .iter()
            .find(|t| matches!(t.lower.as_str(), "kwijt" | "zeggen" | "kwijtwilde"))?;
        let ok = rest
            .iter()
            .all(|t| t.is_word() && !t.quoted || matches!(t.kind, Tk::Punct('.' | '!')))
            && words.len() <= 6
            && words.iter().all(|w| {
                matches!(
                    *w,
                    "er" | "erover"
                        | "daarover"
                        | "over"
                        | "niet"
                        | "kwijt"
                        | "zeggen"
                        | "wilde"
                        | "wilden"
                        | "wou"
                        | "kon"
                        | "konden"
                        | "kwijtwilde"
                )
            })
            && (!negated || words.contains(&"niet"));
        if !ok {
            return None;
        }
        Some((self.resolve(i, &np)?, cue.text.to_string()))
    }

    /// "„Dat doet pijn”, gniffelt de presentator.": right after a quotation and a comma, any
    /// verb with its subject after it reports the quotation (a verb of the lists is handled
    /// as a cue before this); only adverbs may follow.
    pub(super) fn quote_then_verb(&mut self, i: usize) {
        let docs = self.docs;
        let toks = &docs[i].toks;
        let Some(q) = docs[i].quotes.iter().copied().find(|q| !q.after) else {
            return;
        };
        // The comma after the closing mark, or before it ("…," zuchtte Dima).
        let v = if toks.get(q.t1).is_some_and(|t| t.is(',')) {
            q.t1 + 1
        } else if q.t1 >= 2 && toks[q.t1 - 2].is(',') && toks[q.t1 - 1].closes() {
            q.t1
        } else {
            return;
        };
        if !toks.get(v).is_some_and(|t| {
            t.is_word()
                && !t.capitalised()
                && !self.lex.is("function", &t.lower)
                && !self.lex.is("aux", &t.lower)
        }) {
            return;
        }
        // "„…”, klinkt het (verder).": the speaker is the one the text quotes already.
        if matches!(
            toks[v].lower.as_str(),
            "klinkt" | "klonk" | "luidt" | "luidde" | "gaat" | "ging"
        ) && toks.get(v + 1).is_some_and(|t| t.lower == "het")
            && toks[v + 2..].iter().filter(|t| t.is_word()).count() <= 2
        {
            // The latest suggestion of the sentences just before (a bounded look back: a
            // document of such sentences stays linear).
            let recent = self
                .out
                .iter()
                .enumerate()
                .rev()
                .take(64)
                .find(|(_, (j, s))| {
                    *j < i && i - j <= FOCUS_REACH && !self.lex.is("credit", &s.cue.to_lowercase())
                });
            if let Some((at, _)) = recent {
                let (r, _) = self.speaker_of(at);
                let cue = toks[v].text.to_string();
                self.emit_quote(i, q, &r, &cue, 0.6);
            }
            return;
        }
        let p = self.parser(i);
        let Some(np) = p.parse(v + 1, false).filter(Np::speaks) else {
            return;
        };
        let rest_ok = toks[np.t1..].iter().all(|t| {
            !t.is_word()
                || !t.capitalised()
                    && !matches!(t.lower.as_str(), "dat" | "of" | "die" | "en" | "om")
                    && !self.lex.is("prepositions", &t.lower)
        }) && toks[np.t1..].iter().filter(|t| t.is_word()).count() <= 2
            // "…”, grijnst Pierre, sinds jaren eigenaar van een motorhandel.": an apposition.
            || toks.get(np.t1).is_some_and(|t| t.is(','))
                && !toks[np.t1..].iter().any(|t| t.quoted)
            // "‘…,’ sprak koningin Isabella in de Nieuwe Kerk.": where it was said, after a
            // verb of the lists (not "liep Jan naar de deur").
            || self.lex.forms.contains_key(&toks[v].lower)
                && toks
                .get(np.t1)
                .is_some_and(|t| t.is_word() && self.lex.is("prepositions", &t.lower))
                && toks[np.t1..].iter().filter(|t| t.is_word()).count() <= 8
                && toks[np.t1..].iter().all(|t| {
                    !t.quoted
                        && !t.opens()
                        && (!t.is_word()
                            || !matches!(t.lower.as_str(), "dat" | "of" | "die" | "en" | "om")
                                && !self.lex.is("aux", &t.lower)
                                && !self.lex.forms.contains_key(&t.lower))
                });
        // "„…?”, vraagt Jansen zich af.": wondering, no claim (the guideline's "zich
        // afvragen"). Other blocking particles are no block here: "„…”, stelt hij vast."
        let blocked = matches!(toks[v].lower.as_str(), "vraagt" | "vroeg" | "vroegen")
            && toks[np.t1..].iter().any(|t| t.is_word() && t.lower == "af");
        if !rest_ok || blocked {
            return;
        }
        let Some(r) = self.resolve(i, &np) else {
            return;
        };
        let cue = toks[v].text.to_string();
        self.emit_quote(i, q, &r, &cue, 0.75);
        self.remember(i, &r);
    }

    /// "Koopmans is ziedend op de bond: „…”": a main clause with no cue, then a colon and a
    /// quotation. The speaker is the clause's subject when it opens the clause (a name, a
    /// pronoun or a speaker noun, perhaps with a party in brackets), else a subject pronoun
    /// after the verb ("Daar is hij zelf realistisch over: „…”"). A clause that names nobody
    /// ("En later in een verklaring: „…”") is left to [`Self::quote_in_focus`].
    pub(super) fn clause_colon_quote(&mut self, i: usize) {
        let docs = self.docs;
        let toks = &docs[i].toks;
        let Some(c) = toks.iter().position(|t| t.is(':') && !t.quoted) else {
            return;
        };
        if !(2..=24).contains(&c) || !toks.get(c + 1).is_some_and(Tok::opens) {
            return;
        }
        // Not "een bord met de tekst:", "het hoofdthema in:"; but "Daar is hij realistisch
        // over:" strands the preposition of its "daar".
        let stranded = self.lex.is("prepositions", &toks[c - 1].lower)
            && !toks[..c]
                .iter()
                .any(|t| matches!(t.lower.as_str(), "daar" | "hier" | "er" | "waar"));
        if stranded
            || toks[..c].iter().any(|t| {
                t.quoted
                    || !t.is_word() && !matches!(t.kind, Tk::Punct(',' | '(' | ')'))
                    || self.lex.is("text-carriers", &t.lower)
            })
        {
            return;
        }
        let Some(q) = self.quote_at(i, c + 1) else {
            return;
        };
        // ("Het orkest speelde twee opera's: 'Aida' en 'La traviata'": a list of titles.)
        if toks
            .get(q.t1)
            .is_some_and(|t| t.is(',') || t.is_word() && t.lower == "en")
            && toks.get(q.t1 + 1).is_some_and(Tok::opens)
        {
            return;
        }
        let p = self.parser(i);
        // ("Ook de vakbond is kritisch: ‘…’")
        // ("De voorzitter van de Jonge Akademie, Marie-José Bonthuis, is stellig: „…”": the
        // name in apposition, the clause after its comma.)
        // ("Lector Jasper Hoekstra, die al twintig jaar aan de hogeschool werkt, is somber:
        // ‘…’": a relative clause about the subject, between commas, within sixteen tokens.)
        let apposed = |np: Np| {
            if !toks.get(np.t1).is_some_and(|t| t.is(',')) {
                return np;
            }
            if toks
                .get(np.t1 + 1)
                .is_some_and(|t| matches!(t.lower.as_str(), "die" | "dat" | "wiens" | "wier"))
                && let Some(e) = (np.t1 + 2..c.min(np.t1 + 18)).find(|&x| toks[x].is(','))
            {
                return Np { t1: e + 1, ..np };
            }
            let n = self.apposed_name(i, np.clone());
            if n.name.is_some() && n.t1 > np.t1 && toks.get(n.t1).is_some_and(|t| t.is(',')) {
                Np { t1: n.t1 + 1, ..n }
            } else {
                np
            }
        };
        let first = p
            .parse(past_focus_adverb(toks), false)
            .map(apposed)
            .filter(|np| {
                np.speaks()
                    && np.t1 + 1 < c
                    && toks[np.t1].is_word()
                    && !self.lex.is("prepositions", &toks[np.t1].lower)
            });
        if let Some(np) = first {
            let Some(r) = self.resolve(i, &np) else {
                return;
            };
            // A name must be a person the document names in full ("Koopmans" after "Aart
            // Koopmans"), not a capitalised word that opens the sentence; or one word that
            // takes a stance in a short clause ("Greenpeace is kritisch:", "Sanne (15) is
            // duidelijk:").
            let stance = matches!(
                toks[np.t1].lower.as_str(),
                "is" | "was" | "blijft" | "bleef"
            ) && (2..=4).contains(&(c - np.t1))
                && toks[np.t1 + 1..c]
                    .iter()
                    .all(|t| t.is_word() && !t.capitalised() && !t.acronym());
            // (A role before the name or a description before it in apposition makes it a
            // person: "Burgemeester Vos hield het kort:".)
            if np.name.is_some() && !r.speaker.contains(' ') && !stance && r.role.is_none() {
                return;
            }
            self.emit_quote(i, q, &r, ":", 0.7);
            self.remember(i, &r);
            return;
        }
        // A subject pronoun after the verb, not inside a prepositional phrase.
        let pronoun = (1..c).find(|&j| {
            matches!(toks[j].lower.as_str(), "hij" | "zij")
                && !self.lex.is("prepositions", &toks[j - 1].lower)
        });
        if let Some(j) = pronoun
            && let Some(np) = p.parse(j, false).filter(|np| np.pronoun)
            && let Some(r) = self.resolve(i, &np)
        {
            self.emit_quote(i, q, &r, ":", 0.6);
            self.remember(i, &r);
            return;
        }
        // "Na afloop was Lubbers duidelijk: ‘…’": a phrase opens the clause, the subject
        // follows its copula and takes a stance in a word or three.
        let inverted = (1..c.saturating_sub(2)).find(|&v| {
            !toks[v].quoted && matches!(toks[v].lower.as_str(), "is" | "was" | "blijft" | "bleef")
        });
        if pronoun.is_none()
            && let Some(v) = inverted
            && toks[..v].iter().all(|t| {
                !t.is_word()
                    || !self.lex.forms.contains_key(&t.lower) && !self.lex.is("aux", &t.lower)
            })
            && let Some(np) = p.parse(v + 1, false).filter(|np| {
                np.speaks()
                    && !np.pronoun
                    && np.t1 < c
                    && c - np.t1 <= 3
                    && toks[np.t1..c].iter().all(|t| {
                        t.is_word()
                            && !t.capitalised()
                            && !self.lex.is("prepositions", &t.lower)
                            && !self.lex.is("function", &t.lower)
                    })
            })
            && let Some(r) = self.resolve(i, &np)
        {
            self.emit_quote(i, q, &r, ":", 0.65);
            self.remember(i, &r);
        }
    }
}

impl Finder<'_, '_> {
    /// A report inside a quotation: "„Toen zei de programmadirecteur: ik zie er leuke dingen
    /// in.”", "„De bond meldde dat we te laat waren.”" — a speech verb of the lists with a
    /// named or described speaker (not ik, we, je, hij: the quoted speaker's own people) right
    /// before or after it and a colon or `dat` after, all inside the quotation. The claim runs
    /// to the quotation's end; it stands beside the quotation's own suggestion.
    /// "„…”, zei Zelensky, eraan toevoegend dat …": the participle adds a claim of the
    /// speaker of the claim before it in the sentence (the clause break before it ended that
    /// one).
    pub(super) fn adding(&mut self, i: usize) {
        let docs = self.docs;
        let toks = &docs[i].toks;
        let Some((j, that)) = (2..toks.len())
            .filter(|&j| toks[j - 1].is(','))
            .find_map(|j| adding_that(toks, j).map(|d| (j, d)))
        else {
            return;
        };
        let comma = toks[j - 1].b0;
        // (The last 64 suggestions only: a sentence with none must not scan them all.)
        let Some(at) = (self.out.len().saturating_sub(64)..self.out.len())
            .rev()
            .find(|&at| self.out[at].0 == i)
            .filter(|&at| self.bytes[at].0 < comma)
        else {
            return;
        };
        let s = &self.out[at].1;
        let person = self.resolve_name(i, &s.speaker).is_some_and(|r| r.person);
        let score = s.score;
        let r = self.resolved_at(at, 1.0, person);
        let end = self.claim_end(i, that + 1, false);
        self.emit(i, &r, "toevoegend", (that + 1, end), score);
    }

    pub(super) fn nested_reports(&mut self, i: usize) {
        let docs = self.docs;
        let toks = &docs[i].toks;
        for q in docs[i].quotes.clone() {
            let end = if toks.get(q.t1 - 1).is_some_and(Tok::closes) {
                q.t1 - 1
            } else {
                q.t1
            };
            for k in q.t0..end {
                let t = &toks[k];
                if !t.is_word() || !t.quoted {
                    continue;
                }
                let Some(forms) = self.lex.forms.get(&t.lower) else {
                    continue;
                };
                let plain = forms.iter().any(|f| {
                    let v = &self.lex.verbs[f.verb];
                    !f.split && !v.frame && !v.quote && v.weight >= 0.9
                });
                // ("„Kort gezegd: de pot is leeg”": a manner of putting it, no report.)
                if !plain || k > 0 && self.lex.is("negative-before", &toks[k - 1].lower) {
                    continue;
                }
                let p = self.parser(i);
                let own = |np: &Np| np.pronoun || np.phrase.is_empty();
                // The speaker right after (inverted) or right before the verb.
                let np = p
                    .parse(k + 1, false)
                    .filter(|np| np.speaks() && !own(np) && np.t1 < end)
                    .or_else(|| {
                        (k.saturating_sub(NP_MAX).max(q.t0 + 1)..k).find_map(|a| {
                            p.parse(a, false)
                                .filter(|np| np.t1 == k && np.speaks() && !own(np))
                        })
                    });
                let Some(np) = np else { continue };
                let after = np.t1.max(k + 1);
                let Some(c) = (after..end.min(after + 4))
                    .find(|&j| toks[j].is(':') || toks[j].is_word() && toks[j].lower == "dat")
                else {
                    continue;
                };
                if c + 1 >= end {
                    continue;
                }
                let Some(r) = self.resolve(i, &np) else {
                    continue;
                };
                // Neither the quotation's own speaker nor the sentence's other passes change.
                let (had, before) = (self.has[i], self.out.len());
                self.emit(i, &r, t.text, (c + 1, end), 0.6);
                self.has[i] = had;
                if self.out.len() > before
                    && let Some(last) = self.nested.last_mut()
                {
                    *last = true;
                }
            }
        }
    }
}

/// How many sentences back the speaker of a quotation with no cue may have spoken.
pub(super) const FOCUS_REACH: usize = 6;

/// Whether the words say "ik", "mij" or "mijn": a person speaks, not a medium or a body.
fn first_person<'t, 's: 't>(mut toks: impl Iterator<Item = &'t Tok<'s>>) -> bool {
    toks.any(|t| t.is_word() && matches!(t.lower.as_str(), "ik" | "mij" | "mijn"))
}

/// The token after a verb at `k` and an `er` that may follow it ("staat er in de brief").
fn past_er(toks: &[Tok<'_>], k: usize) -> usize {
    if toks.get(k + 1).is_some_and(|t| t.lower == "er") {
        k + 2
    } else {
        k + 1
    }
}

/// Whether the verb at `k` follows `, zo` ("…, zo meldt de KNRM", "…, zo werd bevestigd"):
/// the claim is before the comma.
pub(super) fn zo_after_comma(toks: &[Tok<'_>], k: usize) -> bool {
    k >= 2 && toks[k - 1].lower == "zo" && toks[k - 2].is(',')
}

/// Whether `k` follows a quotation and its comma, in either order ("‘…’, staat", "‘…,’
/// staat").
pub(super) fn after_quotation(toks: &[Tok<'_>], k: usize) -> bool {
    k >= 2
        && (toks[k - 1].is(',') && toks[k - 2].closes()
            || toks[k - 1].closes() && toks[k - 2].is(','))
}

/// A past participle by its shape: "gepubliceerd", "opgesteld", "aangenomen", "verschenen",
/// "ondertekend" (ge- after a separable prefix of up to four letters, or an inseparable one).
pub(super) fn participle(lower: &str) -> bool {
    let ends = lower.ends_with(['d', 't']) || lower.ends_with("en");
    let ge = lower
        .char_indices()
        .take(5)
        .any(|(n, _)| lower[n..].starts_with("ge") && lower.len() > n + 4);
    let inseparable = ["be", "ver", "ont", "her", "er", "onder"]
        .iter()
        .any(|p| lower.starts_with(p) && lower.len() >= p.len() + 5);
    lower.chars().all(char::is_alphabetic) && ends && (ge || inseparable)
}

impl Finder<'_, '_> {
    /// "„Kunst is geen luxe.” Met die woorden opende minister Eppo Bruins de Uitmarkt.": the
    /// subject after "Met die woorden" and its verb said the quotation before, whatever the
    /// verb; so did X of "Aan het woord is X", "De woorden zijn van X", "Woorden van X".
    /// Each sentence of that quotation in the paragraph (at most ten back) that has no
    /// speaker yet.
    pub(super) fn with_those_words(&mut self, i: usize) {
        let docs = self.docs;
        let toks = &docs[i].toks;
        let word = |j: usize, f: &dyn Fn(&str) -> bool| {
            toks.get(j)
                .is_some_and(|t| t.is_word() && !t.quoted && f(&t.lower))
        };
        if i == 0 {
            return;
        }
        let those = |j: usize| word(j, &|w| matches!(w, "die" | "deze" | "dergelijke" | "de"));
        let words = |j: usize| {
            word(j, &|w| {
                matches!(w, "woorden" | "zin" | "zinnen" | "uitspraak")
            })
        };
        let is = |j: usize| word(j, &|w| matches!(w, "is" | "was" | "zijn" | "waren"));
        let van = |j: usize| word(j, &|w| w == "van");
        // Where the speaker's phrase starts, after one of the frames.
        let at = if word(0, &|w| w == "met")
            && those(1)
            && toks[1].lower != "de"
            && (words(2) || word(2, &|w| w == "boodschap"))
            && word(3, &|w| !self.lex.is("function", w) || self.lex.is("aux", w))
        {
            4
        } else if word(0, &|w| w == "aan")
            && word(1, &|w| w == "het")
            && word(2, &|w| w == "woord")
            && is(3)
        {
            // "Aan het woord is schapenhouder Albert Jansen."
            4
        } else if those(0) && words(1) && is(2) && van(3) {
            // "De woorden zijn van LTO-voorzitter Marijke Hoekstra."
            4
        } else if word(0, &|w| w == "het") && is(1) && those(2) && words(3) && van(4) {
            // "Het zijn de woorden van X."
            5
        } else if words(0) && van(1) {
            // "„…” Woorden van de Oekraïense president Zelensky, dinsdag …"
            2
        } else {
            return;
        };
        // The quotation before: a sentence that opens with a quotation mark, in this
        // paragraph. (Not `quote_only`, which wants a whole quotation in the sentence: a
        // quotation's first and middle sentences count here.)
        let quoted = |j: usize| {
            let d = &docs[j];
            d.input.paragraph == docs[i].input.paragraph
                && d.toks.first().is_some_and(|t| t.opens() || t.quoted)
                && d.toks.iter().filter(|t| t.is_word()).all(|t| t.quoted)
        };
        if !quoted(i - 1) || self.has[i - 1] {
            return;
        }
        let Some(np) = self
            .parser(i)
            .parse(at, false)
            .filter(|np| np.speaks() && !np.pronoun)
        else {
            return;
        };
        let Some(r) = self.resolve(i, &np) else {
            return;
        };
        let cue = join(&toks[0..at.min(3)], docs[i].input.text);
        let mut j = i - 1;
        loop {
            let n = docs[j].toks.len();
            self.emit(j, &r, &cue, (0, n), 0.75);
            if j == 0 || i - j >= 10 || !quoted(j - 1) || self.has[j - 1] {
                break;
            }
            j -= 1;
        }
        self.remember(i, &r);
    }
}

/// The end (exclusive) of an om-te clause whose `om` is at `k`: the infinitives after its `te`
/// ("om de wet in te trekken", "om te blijven werken"). None when no `te` and infinitive
/// follow within twelve words, or a comma or mark comes first.
pub(super) fn om_te_end(toks: &[Tok<'_>], k: usize) -> Option<usize> {
    let verb = |t: &Tok<'_>| t.is_word() && !t.capitalised() && t.lower.ends_with('n');
    let te = (k + 1..toks.len().min(k + 13))
        .take_while(|&j| toks[j].is_word())
        .find(|&j| toks[j].lower == "te" && toks.get(j + 1).is_some_and(verb))?;
    let end = (te + 1..toks.len().min(te + 4))
        .take_while(|&j| verb(&toks[j]))
        .last()?;
    Some(end + 1)
}
