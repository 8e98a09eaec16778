#!/usr/bin/env bash
# Score kextract on the fourth real-article gold set (real3). Annotated as a
# held-out test set, it was moved to the tune half in session 9 (see README.md);
# all 10 articles are now tuning articles, and this script scores them:
#
#   testdata/real3/score.sh [score.py flags, e.g. --verbose or --json]
#
# Its figures are tuning figures. The held-out real set is ../real4.
#
# The articles are extracted from ../shared/corpus/picker-5k.tar.gz at
# scoring time (the corpus may not be copied into the repository); see
# testdata/score-set.sh. SHARED overrides the location of the shared folder.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
shared="${SHARED:-$here/../../../shared}"
HALF=tune
exec "$here/../score-set.sh" "$here/real3.gold.json" "$HALF" "$shared/corpus/picker-5k.tar.gz" "$@"
