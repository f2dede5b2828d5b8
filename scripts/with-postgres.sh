#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL cluster: initdb in a fresh folder under /tmp, a free
# port on 127.0.0.1, TEST_DATABASE_URL exported for the command, and the cluster stopped and
# removed when the command ends, whether it passed or failed. With TEST_DATABASE_URL already
# set, the command runs against that database instead.
# With --optional first, a machine without PostgreSQL runs the command without it.
#   bash scripts/with-postgres.sh npx vitest run --config test/server/vitest.config.ts
set -euo pipefail

optional=false
if [ "${1:-}" = "--optional" ]; then optional=true; shift; fi
if [ -n "${TEST_DATABASE_URL:-}" ]; then exec "$@"; fi

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin" ] && [ "$optional" = true ]; then exec "$@"; fi
if [ -z "$bin" ]; then
  echo "PostgreSQL is not installed: bash scripts/test.sh installs Debian's postgresql, or set TEST_DATABASE_URL." >&2
  exit 1
fi

# initdb refuses to run as root: the cluster belongs to the postgres user then.
as_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

dir=$(mktemp -d /tmp/pg-test.XXXXXX)
[ "$(id -u)" -eq 0 ] && chown postgres "$dir"
port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")

stop_cluster() {
  as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop_cluster EXIT

as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres --no-sync -E UTF8 >/dev/null
# fsync off: the tests kill the Node server, not the database; the machine's disk is not under test.
as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null

export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
echo "PostgreSQL for the tests at $TEST_DATABASE_URL (data in $dir, removed at exit)"
"$@"
