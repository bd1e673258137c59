#!/usr/bin/env bash
# Starts a PostgreSQL server for the tests on 127.0.0.1 (idempotent), installing it from Debian's
# packages when missing, and prints the DATABASE_URL to use. Used by .ci/run; also handy by hand:
#   export DATABASE_URL=$(bash .ci/postgres.sh)
set -euo pipefail
PORT="${PERFBOT_PG_PORT:-54329}"
DATA="${PERFBOT_PG_DATA:-/tmp/perfbot-pg-${PORT}}"
URL="postgres://perfbot:perfbot@127.0.0.1:${PORT}/perfbot"

bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
if [[ -z "$(bindir)" ]]; then
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
BIN="$(bindir)"
# The server refuses to run as root: run it as the postgres user when we are root.
as_pg() { if [[ "$(id -u)" == "0" ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if ! "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
  if [[ ! -f "$DATA/PG_VERSION" ]]; then
    mkdir -p "$DATA"
    [[ "$(id -u)" == "0" ]] && chown postgres:postgres "$DATA"
    as_pg "$BIN/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 >/dev/null
  fi
  as_pg "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w -o "-c listen_addresses=127.0.0.1 -p $PORT -c unix_socket_directories=$DATA -c fsync=off -c max_connections=200" start >/dev/null
fi
psql() { "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
if [[ "$(psql -c "SELECT 1 FROM pg_roles WHERE rolname = 'perfbot'")" != "1" ]]; then
  psql -c "CREATE ROLE perfbot LOGIN PASSWORD 'perfbot' CREATEDB" >/dev/null
fi
if [[ "$(psql -c "SELECT 1 FROM pg_database WHERE datname = 'perfbot'")" != "1" ]]; then
  psql -c "CREATE DATABASE perfbot OWNER perfbot" >/dev/null
fi
echo "$URL"
