#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the hub's tests: `start` prints the DATABASE_URL, `stop` removes it.
# Needs Debian's postgresql package (apt-get install -y postgresql); runs the server as the postgres user.
set -euo pipefail
dir=${NARA_PG_DIR:-/tmp/nara-pg}
port=${NARA_PG_PORT:-55432}
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$pgbin" ] || { echo "PostgreSQL is not installed (apt-get install -y postgresql)" >&2; exit 1; }
as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -c "$1"; else sh -c "$1"; fi; }

case "${1:-}" in
  start)
    rm -rf "$dir" && mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
    as_postgres "$pgbin/initdb -D $dir/data -A trust -U postgres -E UTF8" >/dev/null
    as_postgres "$pgbin/pg_ctl -D $dir/data -o '-p $port -k $dir -c listen_addresses=127.0.0.1' -l $dir/server.log -w start" >/dev/null
    "$pgbin/psql" -h 127.0.0.1 -p "$port" -U postgres -qc 'CREATE DATABASE nara_hub_test' >/dev/null
    echo "postgres://postgres@127.0.0.1:$port/nara_hub_test"
    ;;
  stop)
    [ -d "$dir/data" ] && as_postgres "$pgbin/pg_ctl -D $dir/data -m fast stop" >/dev/null || true
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
