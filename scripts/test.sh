#!/usr/bin/env bash
# Every test, on a fresh machine with only Node: installs what is missing, checks types, lints, runs the
# unit tests, builds the site for production and runs the end-to-end tests in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 npm_config_loglevel=error
# Test builds and servers use the placeholder address and origin (README: Configuration).
export SITE_ALLOW_PLACEHOLDERS=1

bash scripts/ensure-debian-package.sh "${CHROMIUM_PATH:-/usr/bin/chromium}" chromium
bash scripts/ensure-debian-package.sh "${NGINX_PATH:-/usr/sbin/nginx}" nginx
bash scripts/ensure-debian-package.sh /usr/bin/openssl openssl
bash scripts/install.sh
bash scripts/ensure-observatory.sh

echo "▶ types"
npx next typegen >/dev/null
npx tsc --noEmit

echo "▶ lint"
npm run lint
npm run format:check

echo "▶ unit tests"
npx vitest run

echo "▶ production builds"
node scripts/build-for-e2e.mjs

echo "▶ end-to-end tests"
npx playwright test
