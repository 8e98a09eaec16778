#!/usr/bin/env bash
# Score kextract on the held-out gold (testdata/heldout/heldout.gold.json).
#
#   testdata/heldout/score.sh [tune|test|all] [score.py flags, e.g. --verbose or --json]
#
# Extracts only the articles the gold names from ../shared/corpus/picker-5k.tar.gz
# into a temporary folder, runs the pipeline on them and scores the result.
# With "tune" or "test" only that half of the split is extracted and scored
# (a filtered copy of the gold is written to the temporary folder).
# SHARED overrides the location of the shared folder (default: ../shared beside the repo).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
shared="${SHARED:-$repo/../shared}"
tarball="$shared/corpus/picker-5k.tar.gz"
gold="$here/heldout.gold.json"

half=all
case "${1:-}" in
  all|tune|test) half="$1"; shift ;;
  -*|"") ;;
  *) echo "usage: $0 [tune|test|all] [score.py flags]" >&2; exit 2 ;;
esac

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/in"

# Filtered gold (all documents, or one half of the split) and the tarball member names.
python3 - "$gold" "$half" "$tmp/gold.json" "$tmp/members.txt" <<'PY'
import json, sys
src, half, out, members = sys.argv[1:]
with open(src, encoding="utf-8") as fh:
    g = json.load(fh)
if half != "all":
    keep = set(g["split"][half])
    g["documents"] = {k: v for k, v in g["documents"].items() if k in keep}
with open(out, "w", encoding="utf-8") as fh:
    json.dump(g, fh, ensure_ascii=False, indent=1)
with open(members, "w", encoding="utf-8") as fh:
    fh.write("".join(f"picker-5k/{name}\n" for name in sorted(g["documents"])))
PY

# Members are picker-5k/NNNNN.md; strip the folder so that score.py finds
# os.path.join(--inputs, basename(documents[].path)).
tar -xzf "$tarball" -C "$tmp/in" --strip-components=1 -T "$tmp/members.txt"
echo "heldout ($half): $(ls "$tmp/in" | wc -l) articles" >&2

# Inputs and outputs in separate folders, so the pipeline never reads its own output or the gold.
rc=0
(cd "$repo" && go run ./cmd/kextract --in "$tmp/in" --out "$tmp/out") || rc=$?
if [ "$rc" -ne 0 ]; then
  # exit 1 means some file was skipped; score what was written.
  if [ "$rc" -eq 1 ] && [ -f "$tmp/out/knowledge.json" ]; then
    echo "score.sh: kextract exited 1 (some file skipped); scoring what it wrote" >&2
  else
    echo "score.sh: kextract failed (exit $rc)" >&2
    exit "$rc"
  fi
fi

python3 "$shared/eval/score.py" --pred "$tmp/out/knowledge.json" --gold "$tmp/gold.json" \
  --inputs "$tmp/in" "$@"
