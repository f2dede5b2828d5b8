#!/usr/bin/env bash
# The whole test suite on a fresh Debian machine with Node 20: installs what the tests need
# (npm packages; Debian's Chromium, poppler and zbar for the real-browser suite and Debian's PostgreSQL for the
# server suites, when missing), starts a throwaway PostgreSQL cluster (scripts/with-postgres.sh:
# a fresh folder under /tmp, a free port, stopped and removed at exit, also when tests fail),
# then runs typecheck, lint, unit/component tests, the server suites (SQLite, then PostgreSQL)
# and the browser tests, fast ones first.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# Browser tests: Chromium; the print tests look at PDFs with poppler (pdftoppm, pdftotext)
# and read the hand-outs' QR codes with zbar (zbarimg). Server suites: PostgreSQL.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
command -v zbarimg >/dev/null || missing+=(zbar-tools)
ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || missing+=(postgresql)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing Debian's ${missing[*]} for the tests …"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

npm ci --no-audit --no-fund
bash scripts/with-postgres.sh npm test
