import re, sys
# Selection rule for attribution_tatoeba.jsonl (see examples/data/README.md).
# A line is selected when it has a reporting cue whose subject can be a noun phrase: a
# third-person, plural, infinitive or past form of a reporting verb, "vinden ... dat",
# "volgens"/"aldus", or a double quotation mark or colon. First-person-singular and
# imperative forms (zeg, vertel, denk, vraag ...) have ik/je/u as subject, which the set
# excludes as pronoun-only speakers, so they select nothing by themselves.
CUES = r"""zegt|zeggen|zei|zeiden|gezegd|vertelt|vertellen|vertelde|vertelden|verteld|
beweert|beweren|beweerde|beweerden|beweerd|denkt|denken|dacht|dachten|gedacht|
volgens|aldus|antwoordt|antwoorden|antwoordde|antwoordden|geantwoord|
vraagt|vragen|vroeg|vroegen|gevraagd|schreeuwt|schreeuwen|schreeuwde|schreeuwden|geschreeuwd|
fluistert|fluisteren|fluisterde|fluisterden|gefluisterd|roept|roepen|riep|riepen|geroepen|
belooft|beloven|beloofde|beloofden|beloofd|verklaart|verklaren|verklaarde|verklaarden|verklaard|
meldt|melden|meldde|meldden|gemeld"""
cue = re.compile(r"\b(?:" + re.sub(r"\s+", "", CUES) + r")\b", re.I)
vind = re.compile(r"\b(?:vindt|vinden|vond|vonden)\b.*\bdat\b", re.I)
quote = re.compile(r"[:\"“”„«»]")
seen = set()
for i, line in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
    t = line.rstrip("\n").strip()
    if t in seen:
        continue  # Tatoeba repeats some sentences; the first occurrence is kept
    if cue.search(t) or vind.search(t) or quote.search(t):
        seen.add(t)
        print(f"{i}\t{t}")
