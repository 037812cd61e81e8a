#!/usr/bin/env bash
# From a fresh clone to the site served on http://localhost:${PORT:-3000}: install, build, start.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/install.sh
npm run build
exec npx next start -p "${PORT:-3000}"
