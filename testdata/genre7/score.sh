#!/usr/bin/env bash
# Score kextract on the genre7 set (testdata/genre7/genre7.gold.json):
#
#   testdata/genre7/score.sh [tune|test|all] [score.py flags, e.g. --verbose or --json]
#
# The test half is scored at most once per session, printed lines only, never with --verbose.
# See testdata/score-set.sh. SHARED overrides the location of the shared folder.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec "$here/../score-set.sh" "$here/genre7.gold.json" ask "$here/articles" "$@"
