#!/usr/bin/env bash
# Score kextract on the real6 gold (testdata/real6/real6.gold.json): 10 real
# articles from picker-5k, annotated blind, six troubleshooting and how-to
# write-ups, an incident report and an advisory, and two pages with no fix.
# It is the second real-article HELD-OUT set (see README.md):
#
#   testdata/real6/score.sh [tune|test|all] [score.py flags, e.g. --verbose or --json]
#
# The test half is scored once at a time, from the printed lines only: do not
# use --verbose on it while changing the extractor. The tune half may be read
# with --verbose and tuned on. The default is all.
#
# The articles are extracted from ../shared/corpus/picker-5k.tar.gz at
# scoring time (the corpus may not be copied into the repository); see
# testdata/score-set.sh. SHARED overrides the location of the shared folder.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
shared="${SHARED:-$here/../../../shared}"
exec "$here/../score-set.sh" "$here/real6.gold.json" ask "$shared/corpus/picker-5k.tar.gz" "$@"
