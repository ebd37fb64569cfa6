#!/usr/bin/env python3
"""tolk `suggest` against translate-toolkit's `translate.search.match.matcher` (issue 13), run
on demand, not a test:

    python3 -m venv /tmp/tt && /tmp/tt/bin/pip install translate-toolkit rapidfuzz
    /tmp/tt/bin/python benches/tm_vs_translate_toolkit.py MEMORY.tsv [SIZE] [QUERIES]

MEMORY.tsv is the bench's memory (`TOLK_TM_KEEP=1 cargo bench --bench tm` keeps it); the first
SIZE pairs (default 100,000) are loaded into a fresh tolk database (`tolk tm import`) and into
the matcher; QUERIES memory sentences (default 20, evenly spread) get their third word
replaced. Measured in the same run, per query: the `tolk suggest` CLI call (process start-up
included) and `matcher.matches()` in process; top-1 agreement of each with a brute force of
tolk's similarity (word-level Levenshtein over tokens, rapidfuzz over token lists).
"""
import json, os, re, statistics, subprocess, sys, tempfile, time

from rapidfuzz.distance import Levenshtein
from translate.search import lshtein, match
from translate.storage import base

TOLK = os.environ.get("TOLK_BIN", "target/release/tolk")
TOKEN = re.compile(r"\w+(?:[.,]\d+)*|[^\w\s]")


def tokens(s):
    return [t.lower() for t in TOKEN.findall(s)]


def percent(q, s):
    n = max(len(q), len(s))
    d = Levenshtein.distance(q, s)
    return 100 if d == 0 else 100 * (n - d) // n


def main():
    path = sys.argv[1]
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    nq = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    pairs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            src, _, tgt = line.rstrip("\n").partition("\t")
            pairs.append((src, tgt))
            if len(pairs) >= size:
                break
    queries = []
    for i in range(nq):
        w = pairs[(i * 4999 + 17) % len(pairs)][0].split()
        if len(w) > 3:
            w[2] = "fiets"
        queries.append(" ".join(w))

    work = tempfile.mkdtemp()
    mem = os.path.join(work, "mem.tsv")
    with open(mem, "w", encoding="utf-8") as f:
        for s, t in pairs:
            f.write(f"{s}\t{t}\n")
    env = dict(os.environ, TOLK_DB=os.path.join(work, "t.db"), TOLK_AUTHOR="bench")
    subprocess.run([TOLK, "-q", "tm", "import", mem], env=env, check=True)
    qfile = os.path.join(work, "q.txt")
    with open(qfile, "w", encoding="utf-8") as f:
        f.write("\n\n".join(queries) + "\n")
    subprocess.run([TOLK, "-q", "import", "--doc", "q", qfile], env=env, check=True)

    store = base.TranslationStore()
    for s, t in pairs:
        u = base.TranslationUnit(s)
        u.target = t
        store.addunit(u)
    t0 = time.perf_counter()
    m = match.matcher(store, max_candidates=1, min_similarity=50, max_length=1000,
                      comparer=lshtein.LevenshteinComparer(1000))
    setup = time.perf_counter() - t0

    memtok = [tokens(s) for s, _ in pairs]
    tolk_t, tt_t, tolk_ok, tt_ok = [], [], 0, 0
    for n, q in enumerate(queries, 1):
        t0 = time.perf_counter()
        out = subprocess.run([TOLK, "-q", "suggest", f"q:{n}", "--min", "50", "-n", "1", "--json"],
                             env=env, check=True, capture_output=True, text=True).stdout
        tolk_t.append(time.perf_counter() - t0)
        r = json.loads(out)["matches"]
        t0 = time.perf_counter()
        units = m.matches(q)
        tt_t.append(time.perf_counter() - t0)
        qt = tokens(q)
        best = max(percent(qt, s) for s in memtok)
        best = best if best >= 50 else 0
        tolk_ok += (r[0]["percent"] if r else 0) == best
        tt_ok += (percent(qt, tokens(units[0].source)) if units else 0) == best
    a, b = statistics.median(tolk_t), statistics.median(tt_t)
    print(f"{size} pairs, {nq} queries (third word replaced); matcher set-up {setup:.1f} s")
    print(f"tolk suggest (CLI, process start-up included): median {a*1e3:.1f} ms")
    print(f"translate-toolkit matcher.matches (in process): median {b*1e3:.1f} ms")
    print(f"ratio: translate-toolkit / tolk = {b/a:.0f}x")
    print(f"top-1 equal to the word-level brute force: tolk {tolk_ok}/{nq}, translate-toolkit {tt_ok}/{nq}")


if __name__ == "__main__":
    main()
