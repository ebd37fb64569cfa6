#!/usr/bin/env bash
# Every export format of 100,000 translated pairs, each against the tool other people would
# use to write that format from the same pairs, best of 3 wall-clock runs each, in one run:
# translate-toolkit's po2tmx (TMX), po2xliff (XLIFF 1.2) and po2csv (CSV) reading the pairs as
# a plain PO file and as tolk's own PO export, gettext's msgcat rewriting the plain PO (PO),
# and the sqlite3 shell dumping the same rows as CSV (the formats no other tool writes).
# Needs ../shared/data (or TOLK_DATA), sqlite3, gettext, and translate-toolkit
# (`python3 -m venv v && v/bin/pip install translate-toolkit`, then TOOLKIT=v/bin).
# Run from the repository root: benches/export_vs_translate_toolkit.sh
set -euo pipefail
data=${TOLK_DATA:-../shared/data}
toolkit=${TOOLKIT:-$(dirname "$(command -v po2tmx)")}
pairs=${PAIRS:-100000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cargo build --release --quiet
tolk="$PWD/target/release/tolk"
# Tatoeba and FLORES pairs, repeated with a varying prefix so no two pairs are equal.
python3 - "$data" "$tmp" "$pairs" <<'PY'
import sys
data, tmp, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
nl = open(f"{data}/tatoeba_test_v2021-08-07.nl").read().splitlines() + open(f"{data}/flores200_devtest.nl").read().splitlines()
en = open(f"{data}/tatoeba_test_v2021-08-07.en").read().splitlines() + open(f"{data}/flores200_devtest.en").read().splitlines()
q = lambda s: '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
with open(f"{tmp}/pairs.tsv", "w") as tsv, open(f"{tmp}/plain.po", "w") as po:
    tsv.write("source\ttarget\n")
    po.write('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n\n')
    i = r = 0
    while i < n:
        for a, b in zip(nl, en):
            if i >= n:
                break
            if "\t" in a or "\t" in b:
                continue
            a, b = f"Ronde {r}: {a}", f"Round {r}: {b}"
            tsv.write(f"{a}\t{b}\n")
            po.write(f"msgctxt \"big:{i + 1}\"\nmsgid {q(a)}\nmsgstr {q(b)}\n\n")
            i += 1
        r += 1
PY
db="$tmp/b.db"
"$tolk" --db "$db" -q import "$tmp/pairs.tsv" --doc big
"$tolk" --db "$db" -q export big --format po -o "$tmp/tolk.po"
best() { # best wall-clock seconds of 3 runs of "$@", output to /dev/null or files in $tmp
    local b=""
    for _ in 1 2 3; do
        local t0 t1 d
        t0=$(date +%s.%N); "$@" >/dev/null 2>&1; t1=$(date +%s.%N)
        d=$(echo "$t1 - $t0" | bc -l)
        if [ -z "$b" ] || [ "$(echo "$d < $b" | bc -l)" = 1 ]; then b=$d; fi
    done
    printf '%.3f' "$b"
}
dump=$(best sqlite3 "$db" -csv "SELECT s.position, s.text, t.text, t.state FROM segments s JOIN translations t ON t.segment_id = s.id ORDER BY s.position" -cmd ".output $tmp/dump.csv")
row() { # format, tolk seconds, baseline name, baseline seconds
    printf '| %s | %s s | %s | %s s | %.1f× |\n' "$1" "$2" "$3" "$4" "$(echo "$4 / $2" | bc -l)"
}
echo "| tolk export ($pairs pairs) | tolk | baseline | baseline time | baseline / tolk |"
echo "|---|---|---|---|---|"
for f in tmx xliff12 csv po; do
    t=$(best "$tolk" --db "$db" -q export big --format "$f" -o "$tmp/out.$f")
    case $f in
        tmx) row tmx "$t" "po2tmx, plain PO" "$(best "$toolkit/po2tmx" -l en "$tmp/plain.po" "$tmp/tk.tmx")"
             row tmx "$t" "po2tmx, tolk's PO" "$(best "$toolkit/po2tmx" -l en "$tmp/tolk.po" "$tmp/tk2.tmx")" ;;
        xliff12) row xliff12 "$t" "po2xliff, plain PO" "$(best "$toolkit/po2xliff" "$tmp/plain.po" "$tmp/tk.xlf")" ;;
        csv) row csv "$t" "po2csv, plain PO" "$(best "$toolkit/po2csv" "$tmp/plain.po" "$tmp/tk.csv")" ;;
        po) row po "$t" "msgcat, plain PO" "$(best msgcat "$tmp/plain.po" -o "$tmp/cat.po")" ;;
    esac
done
for f in tsv jsonl xliff html; do
    row "$f" "$(best "$tolk" --db "$db" -q export big --format "$f" -o "$tmp/out.$f")" "sqlite3 CSV dump" "$dump"
done
row moses "$(best "$tolk" --db "$db" -q export big --format moses -o "$tmp/moses")" "sqlite3 CSV dump" "$dump"
