#!/usr/bin/env bash
# Installs the Debian packages that the tests start themselves. Safe to run again: it installs only what is missing.
set -euo pipefail
packages=()
command -v redis-server >/dev/null || packages+=(redis-server)
# Debian's Chromium for the chat page's browser tests (driven by Playwright at /usr/bin/chromium).
[ -x /usr/bin/chromium ] || packages+=(chromium)
if [ ${#packages[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}"
fi
