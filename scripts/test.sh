#!/usr/bin/env bash
# The whole test suite on a fresh Debian machine with Node 20: installs what the tests need
# (npm packages; Debian's Chromium for the real-browser suite when it is missing), then runs
# typecheck, lint, unit/component tests and the browser tests, fast ones first.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium for the browser tests …"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

npm ci --no-audit --no-fund
npm test
