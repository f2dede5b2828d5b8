#!/usr/bin/env bash
# The server suites once on SQLite and once on PostgreSQL (TEST_DATABASE_URL: scripts/with-postgres.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
STORE=sqlite npx vitest run --config test/server/vitest.config.ts "$@"
STORE=postgres npx vitest run --config test/server/vitest.config.ts "$@"
