#!/usr/bin/env bash
# Score kextract on the second genre set (all 20 articles are for tuning):
#   testdata/genre2/score.sh [score.py flags, e.g. --verbose]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
shared="${SHARED:-$repo/../shared}"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
rc=0
(cd "$repo" && go run ./cmd/kextract --in "$here/articles" --out "$tmp/out" --quiet) || rc=$?
if [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ]; then echo "score.sh: kextract failed (exit $rc)" >&2; exit "$rc"; fi
python3 "$shared/eval/score.py" --pred "$tmp/out/knowledge.json" --gold "$here/genre2.gold.json" --inputs "$here/articles" "$@"
