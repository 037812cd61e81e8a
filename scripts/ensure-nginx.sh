#!/usr/bin/env bash
# The edge's end-to-end test (e2e/edge.spec.ts) runs deploy/nginx.conf with Debian's nginx.
set -euo pipefail
if [ -x "${NGINX_PATH:-/usr/sbin/nginx}" ]; then exit 0; fi
echo "Installing nginx from Debian's packages…"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nginx >/dev/null
