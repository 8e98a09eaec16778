#!/usr/bin/env bash
# Score kextract on the held-out gold (testdata/heldout/heldout.gold.json):
#
#   testdata/heldout/score.sh [tune|test|all] [score.py flags, e.g. --verbose or --json]
#
# The articles are extracted from ../shared/corpus/picker-5k.tar.gz at
# scoring time (the corpus may not be copied into the repository); see
# testdata/score-set.sh. SHARED overrides the location of the shared folder.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
shared="${SHARED:-$here/../../../shared}"
exec "$here/../score-set.sh" "$here/heldout.gold.json" ask "$shared/corpus/picker-5k.tar.gz" "$@"
