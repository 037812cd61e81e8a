#!/usr/bin/env bash
# From a fresh clone to the site served on http://localhost:${PORT:-3000} the way a deployment serves it:
# install, build, then the standalone server with its static files beside it (the Dockerfile's layout).
# A production build needs SITE_URL and TEAM_COMMAXX_EMAIL (server/site-config.ts); for a local
# preview this script passes local values itself when they are not set, and says so.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export PORT="${PORT:-3000}"
if [ -z "${SITE_URL:-}" ]; then
  export SITE_URL="http://localhost:${PORT}"
  echo "SITE_URL is not set: using ${SITE_URL} for this local preview."
fi
if [ -z "${TEAM_COMMAXX_EMAIL:-}" ]; then
  export TEAM_COMMAXX_EMAIL="team-commaxx@example.invalid"
  echo "TEAM_COMMAXX_EMAIL is not set: using the placeholder ${TEAM_COMMAXX_EMAIL} for this local preview."
fi
bash scripts/install.sh
npm run build
app=$(node scripts/edge/standalone-layout.mjs)
# HOSTNAME=localhost: loopback only, and a name, never an IP (README: Deployment).
cd "$app"
HOSTNAME=localhost exec node server.js
