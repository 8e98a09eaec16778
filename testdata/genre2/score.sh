#!/usr/bin/env bash
# Score kextract on the second genre set (all 20 articles are for tuning):
#
#   testdata/genre2/score.sh [score.py flags, e.g. --verbose]
#
# See testdata/score-set.sh. SHARED overrides the location of the shared folder.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec "$here/../score-set.sh" "$here/genre2.gold.json" all "$here/articles" "$@"
