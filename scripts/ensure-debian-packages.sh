#!/usr/bin/env bash
# Installs the Debian packages whose program is missing, with one apt-get run: the end-to-end tests
# drive Debian's Chromium (browser downloads are not possible here) and run deploy/nginx.conf with
# Debian's nginx, which needs openssl for its test certificate.
#   bash scripts/ensure-debian-packages.sh /usr/bin/chromium=chromium /usr/sbin/nginx=nginx
set -euo pipefail
missing=()
for pair in "$@"; do
  program=${pair%%=*} package=${pair#*=}
  [ -x "$program" ] || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing ${missing[*]} from Debian's packages…"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
