#!/usr/bin/env bash
# `tolk segment` as a whole process against sentencex (the Rust-backed Python segmenter)
# segmenting the same paragraphs in process, best of 5 each. Needs ../shared/data (or
# TOLK_DATA) and a Python with sentencex (`python3 -m venv v && v/bin/pip install sentencex`,
# then PYTHON=v/bin/python). Run from the repository root: benches/segment_vs_sentencex.sh
set -euo pipefail
data=${TOLK_DATA:-../shared/data}
python=${PYTHON:-python3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cargo build --release --quiet
# ~9 MB of FLORES Dutch in paragraphs of five sentences.
"$python" - "$data/flores200_devtest.nl" "$tmp/in.txt" <<'PY'
import sys
lines = [l for l in open(sys.argv[1], encoding="utf-8").read().split("\n") if l]
out, size, i = [], 0, 0
while size < 9_000_000:
    p = " ".join(lines[(i * 5 + k) % len(lines)] for k in range(5))
    out.append(p); size += len(p) + 2; i += 1
open(sys.argv[2], "w", encoding="utf-8").write("\n\n".join(out) + "\n")
PY
sx=$("$python" - "$tmp/in.txt" <<'PY'
import sys, time
from sentencex import segment
paras = open(sys.argv[1], encoding="utf-8").read().split("\n\n")
best = None
for _ in range(5):
    t = time.perf_counter()
    n = sum(1 for p in paras for _ in segment("nl", p))
    d = time.perf_counter() - t
    best = d if best is None or d < best else best
print(f"{best:.4f}")
PY
)
best=""
for _ in 1 2 3 4 5; do
    t0=$(date +%s.%N); target/release/tolk segment "$tmp/in.txt" > /dev/null; t1=$(date +%s.%N)
    d=$(echo "$t1 - $t0" | bc -l)
    if [ -z "$best" ] || [ "$(echo "$d < $best" | bc -l)" = 1 ]; then best=$d; fi
done
printf 'input: %s bytes\nsentencex in process: %.3f s\ntolk segment (whole process): %.3f s\nspeed ratio (sentencex time / tolk time): %.2f\n' \
    "$(wc -c < "$tmp/in.txt")" "$sx" "$best" "$(echo "$sx / $best" | bc -l)"
