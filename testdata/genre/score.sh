#!/usr/bin/env bash
# Score kextract on the genre set (testdata/genre/genre.gold.json):
#
#   testdata/genre/score.sh [tune|test|all] [score.py flags, e.g. --verbose or --json]
#
# See testdata/score-set.sh. SHARED overrides the location of the shared folder.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec "$here/../score-set.sh" "$here/genre.gold.json" ask "$here/articles" "$@"
