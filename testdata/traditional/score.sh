#!/usr/bin/env bash
# Score kextract on a gold set converted to traditional characters:
#
#   testdata/traditional/score.sh SET HALF tw|twp [score.py flags]
#
# SET is a gold set of testdata/ (heldout, genre, genre2, real2, real3,
# real5); HALF is tune or all. The set's articles and its gold are both
# converted with OpenCC (see convert.js: tw converts characters, twp also
# Taiwan's words), then scored as the set's own score.sh scores it. The
# figure to compare is the set's own, on the same half: how much of what
# kextract reads in simplified characters it also reads in traditional
# ones. It needs node and npm: opencc-js@1.4.2 is installed once into
# $KX_NPM_CACHE (default ~/.cache/kextract-npm). Do not run it on a held-out
# half. SHARED overrides the location of the shared folder.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
shared="${SHARED:-$repo/../shared}"
[ $# -ge 3 ] || { echo "usage: $0 SET tune|all tw|twp [score.py flags]" >&2; exit 2; }
set_name="$1" half="$2" mode="$3"
shift 3
case "$half" in tune|all) ;; *) echo "$0: the half must be tune or all (the held-out halves stay unread)" >&2; exit 2 ;; esac
case "$mode" in tw|twp) ;; *) echo "$0: the mode must be tw or twp, not $mode" >&2; exit 2 ;; esac
gold="$repo/testdata/$set_name/$set_name.gold.json"
[ -f "$gold" ] || { echo "$0: no gold set $gold" >&2; exit 2; }
if [ -d "$repo/testdata/$set_name/articles" ]; then
  source="$repo/testdata/$set_name/articles"
else
  source="$shared/corpus/picker-5k.tar.gz"
fi

npm_cache="${KX_NPM_CACHE:-$HOME/.cache/kextract-npm}"
if [ ! -d "$npm_cache/node_modules/opencc-js" ]; then
  mkdir -p "$npm_cache"
  npm install --silent --prefix "$npm_cache" opencc-js@1.4.2 >&2
fi
export NODE_PATH="$npm_cache/node_modules"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/in" "$tmp/conv"
python3 - "$gold" "$half" "$tmp/gold.json" "$tmp/names.txt" <<'PY'
import json, sys
src, half, out, names = sys.argv[1:]
g = json.load(open(src, encoding="utf-8"))
if half != "all":
    keep = set(g["split"][half])
    g["documents"] = {k: v for k, v in g["documents"].items() if k in keep}
json.dump(g, open(out, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
open(names, "w", encoding="utf-8").write("".join(n + "\n" for n in sorted(g["documents"])))
PY
if [ -d "$source" ]; then
  while read -r name; do cp "$source/$name" "$tmp/in/"; done < "$tmp/names.txt"
else
  sed 's#^#*/#' "$tmp/names.txt" > "$tmp/members.txt"
  tar -xzf "$source" -C "$tmp/in" --strip-components=1 --wildcards -T "$tmp/members.txt"
fi
while read -r name; do python3 "$here/convert.py" "$mode" "$tmp/in/$name" "$tmp/conv/$name"; done < "$tmp/names.txt"
node "$here/convert.js" "$mode" < "$tmp/gold.json" > "$tmp/gold.$mode.json"
echo "$set_name ($half, $mode): $(ls "$tmp/conv" | wc -l) articles" >&2

rc=0
(cd "$repo" && go run ./cmd/kextract --in "$tmp/conv" --out "$tmp/out" --quiet) || rc=$?
if [ "$rc" -ne 0 ] && ! { [ "$rc" -eq 1 ] && [ -f "$tmp/out/knowledge.json" ]; }; then
  echo "$0: kextract failed (exit $rc)" >&2
  exit "$rc"
fi
python3 "$shared/eval/score.py" --pred "$tmp/out/knowledge.json" --gold "$tmp/gold.$mode.json" --inputs "$tmp/conv" "$@"
