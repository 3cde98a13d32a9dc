#!/usr/bin/env bash
# Redraws the dashboard's screenshots (docs/screenshots/web-*.png) from the real pages in a headless
# Chromium, signed in as the officers of the browser tests' small country (its data pushed through
# the sync API). Needs chromium and chromium-driver (apt-get install chromium chromium-driver).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl sync-server -am verify -Dtest=DashboardPagesBrowserTest,ReviewQueueInWordsBrowserTest,PublicPagesBrowserTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dwb.screenshots="$PWD/docs/screenshots" "$@"
ls -1 docs/screenshots/web-*.png
