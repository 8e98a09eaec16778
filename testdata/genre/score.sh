#!/usr/bin/env bash
# Score kextract on the genre set (testdata/genre/genre.gold.json):
#
#   testdata/genre/score.sh [tune|test|all] [score.py flags, e.g. --verbose or --json]
#
# See testdata/score-set.sh. SHARED overrides the location of the shared folder.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
half=all
case "${1:-}" in
  all|tune|test) half="$1"; shift ;;
  -*|"") ;;
  *) echo "usage: $0 [tune|test|all] [score.py flags]" >&2; exit 2 ;;
esac
exec "$here/../score-set.sh" "$here/genre.gold.json" "$half" "$here/articles" "$@"
