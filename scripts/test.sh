#!/usr/bin/env bash
# Every test, on a fresh machine of this project's kind (Debian, as root or with sudo): installs what is missing
# (npm packages, and Debian's Chromium, nginx and openssl), checks types, lints, runs the
# unit tests, builds the site for production and runs the end-to-end tests in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 npm_config_loglevel=error
# Test builds and servers use the placeholder address and origin, and each its own pretend today
# (e2e/servers.json), which a production build or server obeys only when allowed (README: Configuration).
export SITE_ALLOW_PLACEHOLDERS=1 SITE_ALLOW_PRETEND_TODAY=1

# Only the end-to-end tests need Chromium, nginx and openssl: Debian installs them while npm installs,
# the checks run and the site builds; the end-to-end tests wait for them. Playwright drives Debian's
# Chromium because CHROMIUM_PATH names it (playwright.config.ts; browser downloads are not possible here).
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
packages_log=$(mktemp)
bash scripts/ensure-debian-packages.sh "${CHROMIUM_PATH}=chromium" \
  "${NGINX_PATH:-/usr/sbin/nginx}=nginx" /usr/bin/openssl=openssl >"$packages_log" 2>&1 &
packages=$!

source scripts/side-by-side.sh
echo "▶ install"
side_by_side "npm packages: bash scripts/install.sh" "the Observatory's grader: bash scripts/ensure-tool.sh observatory"

echo "▶ types, lint, format"
side_by_side "types: npm run typecheck --silent" "lint: npm run lint --silent" "format: npm run format:check --silent"

echo "▶ unit tests"
npx vitest run

echo "▶ production builds"
node scripts/build-for-e2e.mjs

echo "▶ end-to-end tests"
if ! wait "$packages"; then
  cat "$packages_log"
  exit 1
fi
cat "$packages_log"
npx playwright test
