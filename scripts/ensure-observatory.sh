#!/usr/bin/env bash
# The MDN HTTP Observatory's grader, for e2e/edge.spec.ts, in a folder of its own (tools/observatory)
# and without its install scripts: they download lists from the internet and build a Postgres client
# that a scan never uses. scripts/edge/observatory.mjs writes the one list the scan reads.
set -euo pipefail
cd "$(dirname "$0")/../tools/observatory"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
fi
