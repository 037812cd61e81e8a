#!/usr/bin/env bash
# Installs one of the tools under tools/ (its own npm project, kept out of the site's dependencies)
# when its node_modules is missing or older than its lock file:
#   bash scripts/ensure-tool.sh observatory   # the MDN HTTP Observatory's grader, for e2e/edge.spec.ts
#   bash scripts/ensure-tool.sh bench         # Lighthouse, chrome-launcher and autocannon, for npm run bench
# Without install scripts: the Observatory's download lists from the internet and build a Postgres
# client that a scan never uses (scripts/edge/observatory.mjs writes the one list the scan reads);
# the benchmark's tools need none.
set -euo pipefail
cd "$(dirname "$0")/../tools/$1"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
fi
