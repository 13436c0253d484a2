#!/usr/bin/env bash
# Installs the Debian packages that the tests start themselves (redis-server, and chromium for the browser tests). The test projects that need them run
# this before they build, so a plain `dotnet test` on a fresh machine works; it installs only what is missing.
set -euo pipefail
# Two test projects may build at once: one install at a time.
exec 9>"${TMPDIR:-/tmp}/newsbot-test-dependencies.lock"
flock 9
packages=()
command -v redis-server >/dev/null || packages+=(redis-server)
[ -x /usr/bin/chromium ] || packages+=(chromium)
if [ ${#packages[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "The tests need these Debian packages: ${packages[*]}. Install them (sudo apt-get install -y ${packages[*]}) and run the tests again." >&2
  exit 1
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}"
