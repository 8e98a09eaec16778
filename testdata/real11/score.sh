#!/usr/bin/env bash
# Score kextract on the real11 gold set: 10 real articles (four technical
# how-tos and troubleshooting posts: a zero-knowledge-proof contract bug, a
# cloud DDoS configuration how-to, an iPhone / Windows Phone Link stalking
# how-to and a cloud SMS account qualification change; four security
# advisories with advice to the reader; one phishing warning with advice; one
# news item with no fix).
#
# This is a HELD-OUT set, annotated blind: all 10 articles are test
# articles, in split.test, and split.tune is empty (see README.md), so this
# script scores the test half. It measures generalisation, so:
#
#   - read only the printed figure lines; never run it with --verbose, and
#     never read its misses in any other way (--json, the output folder);
#   - write no rule, threshold or lexicon entry from it or from its articles.
#
#   testdata/real11/score.sh            # the figure lines, nothing more
#
# Once its misses have been read, or a rule has been written from it, it is no
# longer held out: say so in README.md and stop reporting it as a
# generalisation figure.
#
# The articles are extracted from ../shared/corpus/picker-5k.tar.gz at
# scoring time (the corpus may not be copied into the repository); see
# testdata/score-set.sh. SHARED overrides the location of the shared folder.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
shared="${SHARED:-$here/../../../shared}"
HALF=test
for a in "$@"; do
  case "$a" in
    --verbose|-v) echo "real11 is a held-out set: its misses must not be read (no --verbose)." >&2; exit 2 ;;
  esac
done
exec "$here/../score-set.sh" "$here/real11.gold.json" "$HALF" "$shared/corpus/picker-5k.tar.gz" "$@"
