#!/usr/bin/env bash
# Redraws the phone app's screenshots (docs/screenshots/*.png) from the real UI, headless
# (Monocle), with example data in a throw-away directory. Needs only JDK 17 and Maven.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Pscreenshots -pl mobile-client -am test-compile "$@"
ls -1 docs/screenshots/*.png
