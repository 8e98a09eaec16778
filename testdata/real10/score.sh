#!/usr/bin/env bash
# Score kextract on the real10 gold set: 12 real articles (five technical
# how-tos and troubleshooting posts: a network-engineering write-up, a Linux
# package-manager advisory with per-system commands, a CI/CD secrets leak, a
# Java programming pitfall and a hosting account terms change; four security
# advisories and incident reports with advice to the reader; two consumer
# anti-fraud warnings; one incident news item with no fix). It is a
# TUNING set, annotated blind: all 12 articles are tuning articles, in
# split.tune, and split.test is empty (see README.md), so this script scores
# the tune half, and its --verbose misses may be read and tuned on:
#
#   testdata/real10/score.sh [score.py flags, e.g. --verbose or --json]
#
# Its figures are tuning figures, not a measure of generalisation.
#
# The articles are extracted from ../shared/corpus/picker-5k.tar.gz at
# scoring time (the corpus may not be copied into the repository); see
# testdata/score-set.sh. SHARED overrides the location of the shared folder.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
shared="${SHARED:-$here/../../../shared}"
HALF=tune
exec "$here/../score-set.sh" "$here/real10.gold.json" "$HALF" "$shared/corpus/picker-5k.tar.gz" "$@"
