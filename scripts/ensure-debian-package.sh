#!/usr/bin/env bash
# Installs a Debian package when its program is missing: the end-to-end tests drive Debian's
# Chromium (browser downloads are not possible here) and run deploy/nginx.conf with Debian's nginx.
#   bash scripts/ensure-debian-package.sh /usr/bin/chromium chromium
set -euo pipefail
program=$1 package=$2
if [ -x "$program" ]; then exit 0; fi
echo "Installing $package from Debian's packages…"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$package" >/dev/null
