#!/usr/bin/env bash
# Score kextract on the real-article gold set real8 (real8). All 10 articles
# are a held-out TEST set (split.tune is empty); this script scores the test half:
#
#   testdata/real8/score.sh [score.py flags, e.g. --json]
#
# Report the score line only. Do not read --verbose misses or kextract's output
# on these articles to change rules: the set is for measuring, not for tuning.
#
# The articles are extracted from ../shared/corpus/picker-5k.tar.gz at
# scoring time (the corpus may not be copied into the repository); see
# testdata/score-set.sh. SHARED overrides the location of the shared folder.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
shared="${SHARED:-$here/../../../shared}"
HALF=test
exec "$here/../score-set.sh" "$here/real8.gold.json" "$HALF" "$shared/corpus/picker-5k.tar.gz" "$@"
