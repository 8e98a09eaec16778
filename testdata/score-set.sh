#!/usr/bin/env bash
# Score kextract on one gold set, or on one half of its split.
#
#   testdata/score-set.sh GOLD HALF SOURCE [score.py flags, e.g. --verbose or --json]
#
# GOLD is a gold file in the seeds.gold.json format with a top-level "split";
# HALF is tune, test, all, or ask (see below); SOURCE is a folder holding the articles, or a
# .tar.gz whose members are FOLDER/NAME (the picker-5k tarball). Only the
# articles the (filtered) gold names are copied or extracted into a
# temporary folder; the pipeline runs on them, its output goes to another
# folder, and score.py scores it against a copy of the gold that keeps only
# that half's documents. The per-set score.sh scripts call this one.
# SHARED overrides the location of the shared folder (default: ../shared beside the repo).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${SHARED:-$repo/../shared}"
[ $# -ge 3 ] || { echo "usage: $0 GOLD tune|test|all SOURCE [score.py flags]" >&2; exit 2; }
gold="$1" half="$2" source="$3"
shift 3
# HALF "ask": the caller's first argument names the half when it is one
# (the per-set scripts that take [tune|test|all]); all when it is a flag or
# absent.
if [ "$half" = ask ]; then
  case "${1:-}" in
    all|tune|test) half="$1"; shift ;;
    -*|"") half=all ;;
    *) echo "usage: score.sh [tune|test|all] [score.py flags], not $1" >&2; exit 2 ;;
  esac
fi
case "$half" in
  all|tune|test) ;;
  *) echo "$0: the half must be tune, test or all, not $half" >&2; exit 2 ;;
esac

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/in"

# The filtered gold and the names of its documents.
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

if [ -d "$source" ]; then
  while read -r name; do cp "$source/$name" "$tmp/in/"; done < "$tmp/names.txt"
else
  # Members are FOLDER/NAME; strip the folder so that score.py finds
  # os.path.join(--inputs, basename(documents[].path)).
  sed 's#^#*/#' "$tmp/names.txt" > "$tmp/members.txt"
  tar -xzf "$source" -C "$tmp/in" --strip-components=1 --wildcards -T "$tmp/members.txt"
fi
echo "$(basename "$(dirname "$gold")") ($half): $(ls "$tmp/in" | wc -l) articles" >&2

rc=0
(cd "$repo" && go run ./cmd/kextract --in "$tmp/in" --out "$tmp/out" --quiet) || rc=$?
if [ "$rc" -ne 0 ]; then
  # Exit 1 means some file was skipped; score what was written.
  if [ "$rc" -eq 1 ] && [ -f "$tmp/out/knowledge.json" ]; then
    echo "score-set.sh: kextract exited 1 (some file skipped); scoring what it wrote" >&2
  else
    echo "score-set.sh: kextract failed (exit $rc)" >&2
    exit "$rc"
  fi
fi

python3 "$shared/eval/score.py" --pred "$tmp/out/knowledge.json" --gold "$tmp/gold.json" \
  --inputs "$tmp/in" "$@"
