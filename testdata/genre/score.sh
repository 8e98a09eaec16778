#!/usr/bin/env bash
# Score kextract on the genre set (testdata/genre/genre.gold.json).
#
#   testdata/genre/score.sh [tune|test|all] [score.py flags, e.g. --verbose or --json]
#
# Copies only the articles of the chosen half into a temporary folder, runs
# the pipeline on them and scores the result against that half of the gold.
# SHARED overrides the location of the shared folder (default: ../shared beside the repo).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
shared="${SHARED:-$repo/../shared}"
gold="$here/genre.gold.json"

half=all
case "${1:-}" in
  all|tune|test) half="$1"; shift ;;
  -*|"") ;;
  *) echo "usage: $0 [tune|test|all] [score.py flags]" >&2; exit 2 ;;
esac

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/in"

python3 - "$gold" "$half" "$tmp/gold.json" "$tmp/names.txt" <<'PY'
import json, sys
src, half, out, names = sys.argv[1:]
with open(src, encoding="utf-8") as fh:
    g = json.load(fh)
if half != "all":
    keep = set(g["split"][half])
    g["documents"] = {k: v for k, v in g["documents"].items() if k in keep}
with open(out, "w", encoding="utf-8") as fh:
    json.dump(g, fh, ensure_ascii=False, indent=1)
with open(names, "w", encoding="utf-8") as fh:
    fh.write("".join(name + "\n" for name in sorted(g["documents"])))
PY
while read -r name; do cp "$here/articles/$name" "$tmp/in/"; done < "$tmp/names.txt"
echo "genre ($half): $(ls "$tmp/in" | wc -l) articles" >&2

rc=0
(cd "$repo" && go run ./cmd/kextract --in "$tmp/in" --out "$tmp/out" --quiet) || rc=$?
if [ "$rc" -ne 0 ]; then
  if [ "$rc" -eq 1 ] && [ -f "$tmp/out/knowledge.json" ]; then
    echo "score.sh: kextract exited 1 (some file skipped); scoring what it wrote" >&2
  else
    echo "score.sh: kextract failed (exit $rc)" >&2
    exit "$rc"
  fi
fi

python3 "$shared/eval/score.py" --pred "$tmp/out/knowledge.json" --gold "$tmp/gold.json" \
  --inputs "$tmp/in" "$@"
