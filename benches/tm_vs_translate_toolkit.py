#!/usr/bin/env python3
"""tolk's memory lookup against translate-toolkit's `translate.search.match.matcher` (issue 13),
per query, both in process, in one run; run on demand, not a test:

    python3 -m venv /tmp/tt && /tmp/tt/bin/pip install translate-toolkit rapidfuzz
    cargo build --release --example tm_lookup
    /tmp/tt/bin/python benches/tm_vs_translate_toolkit.py MEMORY.tsv [SIZE] [QUERIES]

MEMORY.tsv is the bench's memory (`TOLK_TM_KEEP=1 cargo bench --bench tm` keeps it); its first
SIZE pairs (default 100,000) are loaded into a fresh tolk database (`tolk tm import`) and into
the matcher (min similarity 50%, one candidate, max length 1,000, the Levenshtein comparer that
uses rapidfuzz). QUERIES memory sentences of at least four words (default 100, evenly spread)
get one or two words replaced, inserted or deleted, as the bench's queries do. Each side looks
every query up once to warm up, then again timed, in its own process:
- tolk: `target/release/examples/tm_lookup` times `ops::tm::suggest_text(min 50, n 1)` around
  each query inside its process (no process start-up, no database opening);
- translate-toolkit: `matcher.matches(query)` timed around each call in this process (its
  set-up, sorting the memory once, is reported apart).
Both answers are checked against a brute force of tolk's similarity over the whole memory
(word-level Levenshtein over tokens, rapidfuzz over token lists): top-1 agreement is the share
of queries whose top match has the brute-force best similarity (none when it is below 50%).
"""
import json, os, random, re, statistics, subprocess, sys, tempfile, time

from rapidfuzz.distance import Levenshtein
from translate.search import lshtein, match
from translate.storage import base

TOLK = os.environ.get("TOLK_BIN", "target/release/tolk")
LOOKUP = os.environ.get("TOLK_LOOKUP", "target/release/examples/tm_lookup")
TOKEN = re.compile(r"\w+(?:[.,]\d+)*|[^\w\s]")


def tokens(s):
    return [t.lower() for t in TOKEN.findall(s)]


def percent(q, s):
    n = max(len(q), len(s))
    if n == 0:
        return 100
    d = Levenshtein.distance(q, s)
    return 100 if d == 0 else 100 * (n - d) // n


def edit(sentence, rng, vocab):
    """One or two words replaced, inserted or deleted (as benches/tm.rs edits its queries)."""
    w = sentence.split()
    for _ in range(rng.randint(1, 2)):
        i = rng.randrange(len(w))
        new = rng.choice(vocab)
        kind = rng.randrange(3)
        if kind == 1:
            w.insert(i, new)
        elif kind == 2 and len(w) > 2:
            del w[i]
        else:
            w[i] = new
    return " ".join(w)


def main():
    path = sys.argv[1]
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    nq = int(sys.argv[3]) if len(sys.argv) > 3 else 100
    pairs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            src, _, tgt = line.rstrip("\n").partition("\t")
            pairs.append((src, tgt))
            if len(pairs) >= size:
                break
    rng = random.Random(13)
    vocab = sorted({w.strip(".,;:?!\"'()") for s, _ in pairs[:20000] for w in s.split()} - {""})
    long_enough = [s for s, _ in pairs if len(s.split()) >= 4]
    step = max(1, len(long_enough) // nq)
    queries = [edit(long_enough[i * step], rng, vocab) for i in range(nq)]

    work = tempfile.mkdtemp()
    mem = os.path.join(work, "mem.tsv")
    with open(mem, "w", encoding="utf-8") as f:
        for s, t in pairs:
            f.write(f"{s}\t{t}\n")
    db = os.path.join(work, "t.db")
    env = dict(os.environ, TOLK_DB=db, TOLK_AUTHOR="bench")
    subprocess.run([TOLK, "-q", "tm", "import", mem], env=env, check=True)
    qfile = os.path.join(work, "q.txt")
    with open(qfile, "w", encoding="utf-8") as f:
        f.write("\n".join(queries) + "\n")

    # tolk, in its own process: times measured inside it, around each lookup.
    out = subprocess.run([LOOKUP, db, qfile, "50"], check=True, capture_output=True,
                         text=True).stdout
    tolk = [json.loads(l) for l in out.splitlines()]

    # translate-toolkit, in this process.
    store = base.TranslationStore()
    for s, t in pairs:
        u = base.TranslationUnit(s)
        u.target = t
        store.addunit(u)
    t0 = time.perf_counter()
    m = match.matcher(store, max_candidates=1, min_similarity=50, max_length=1000,
                      comparer=lshtein.LevenshteinComparer(1000))
    setup = time.perf_counter() - t0
    for q in queries:
        m.matches(q)
    tt_t, tt_top = [], []
    for q in queries:
        t0 = time.perf_counter()
        units = m.matches(q)
        tt_t.append(time.perf_counter() - t0)
        tt_top.append(units[0].source if units else None)

    memtok = [tokens(s) for s, _ in pairs]
    tolk_ok = tt_ok = 0
    for q, t, tt in zip(queries, tolk, tt_top):
        qt = tokens(q)
        best = max(percent(qt, s) for s in memtok)
        best = best if best >= 50 else 0
        tolk_ok += (t["percent"] or 0) == best
        tt_ok += (percent(qt, tokens(tt)) if tt is not None else 0) == best
    a = statistics.median(t["ms"] for t in tolk) / 1e3
    b = statistics.median(tt_t)
    ratios = sorted(y / (x["ms"] / 1e3) for x, y in zip(tolk, tt_t))
    print(f"{size} pairs, {nq} queries (one or two words replaced, inserted or deleted); "
          f"matcher set-up {setup:.1f} s")
    print(f"tolk ops::tm::suggest_text (in process): median {a*1e3:.2f} ms, "
          f"max {max(t['ms'] for t in tolk):.2f} ms")
    print(f"translate-toolkit matcher.matches (in process): median {b*1e3:.1f} ms, "
          f"max {max(tt_t)*1e3:.1f} ms")
    print(f"ratio of medians: translate-toolkit / tolk = {b/a:.0f}x; per query: median "
          f"{statistics.median(ratios):.0f}x, lowest {ratios[0]:.0f}x")
    print(f"top-1 equal to the word-level brute force: tolk {tolk_ok}/{nq}, "
          f"translate-toolkit {tt_ok}/{nq}")


if __name__ == "__main__":
    main()
