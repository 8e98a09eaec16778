#!/usr/bin/env bash
# Score kextract on the real5 gold set: 10 real advisory pages (vulnerability
# notices, security advisories, incident and infection reports, two with no
# step for the reader). It is a TUNING set, annotated blind: all 10 articles
# are in split.tune and split.test is empty (see README.md), so this script
# scores the tune half, and its --verbose misses may be read and tuned on:
#
#   testdata/real5/score.sh [score.py flags, e.g. --verbose or --json]
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
exec "$here/../score-set.sh" "$here/real5.gold.json" "$HALF" "$shared/corpus/picker-5k.tar.gz" "$@"
