#!/usr/bin/env bash
# Makes the e2e test's language files with the translators' tools:
# eo.json has every message and content text "translated" mechanically
# (the English source in full-width letters, Ｓｔａｒｔ, placeholders kept,
# so no built-in sentence can hide inside a translated one); eo-part.json only
# the messages of the app's frame and the home screen; he.json is written
# right to left. Made afresh by tests/e2e/languages.test.mjs from the
# tables of the build under test: tests/e2e/languages.sh OUT_DIR
set -euo pipefail
dir=${1:?usage: tests/e2e/languages.sh OUT_DIR}
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cargo run --locked --quiet --example language -- template eo "$tmp/eo.csv"
fill() { # fill IN OUT PATTERN: translate the rows whose key matches PATTERN
  python3 - "$1" "$2" "$3" <<'PY'
import csv, re, sys
src, out, pattern = sys.argv[1], sys.argv[2], re.compile(sys.argv[3])
rows = list(csv.reader(open(src, newline='', encoding='utf-8')))
def wide(s):  # letters outside {placeholders} to full width
    out, depth = [], 0
    for ch in s:
        depth += ch == '{'
        out.append(chr(ord(ch) + 0xFEE0) if depth == 0 and ('a' <= ch <= 'z' or 'A' <= ch <= 'Z') else ch)
        depth -= ch == '}'
    return ''.join(out)
for r in rows[1:]:
    en = r[3] or r[2]
    if en.startswith("'"): en = en[1:]
    r[4] = wide(en) if en and pattern.match(r[0]) else ''
csv.writer(open(out, 'w', newline='', encoding='utf-8')).writerows(rows)
PY
}
fill "$tmp/eo.csv" "$tmp/eo-all.csv" '.'
cargo run --locked --quiet --example language -- import eo "$tmp/eo-all.csv" "$dir/eo.json" --name Esperanto --fallback en
fill "$tmp/eo.csv" "$tmp/eo-part.csv" '^(app|check_home)\.'
cargo run --locked --quiet --example language -- import eo "$tmp/eo-part.csv" "$dir/eo-part.json" --name Esperanto --fallback en
cargo run --locked --quiet --example language -- import he "$tmp/eo-part.csv" "$dir/he.json" --name עברית --fallback en --dir rtl
