#!/usr/bin/env bash
# Install (if missing) and start a throwaway PostgreSQL cluster on 127.0.0.1 for the tests.
#
#   eval "$(bash .ci/start-postgres.sh)"     # exports EVENTATLAS_TEST_PG_URL
#
# stdout carries only the export line; progress goes to stderr. Safe to run twice: a cluster
# already answering on the port is reused. Env: EVENTATLAS_PG_PORT (default 54329),
# EVENTATLAS_PG_DIR (default /tmp/eventatlas-pg).
set -euo pipefail

PORT="${EVENTATLAS_PG_PORT:-54329}"
DIR="${EVENTATLAS_PG_DIR:-/tmp/eventatlas-pg}"
DB=eventatlas_test
log() { echo "start-postgres: $*" >&2; }

find_bin() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$d/initdb" ]; then echo "$d"; return 0; fi
  done
  return 1
}

BIN="$(find_bin || true)"
if [ -z "$BIN" ]; then
  log "PostgreSQL server not found; installing with apt-get"
  if [ "$(id -u)" != 0 ]; then log "need root to apt-get install postgresql"; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >&2
  apt-get install -y -q postgresql >&2
  BIN="$(find_bin)"
fi

# The server refuses to run as root: run it as the 'postgres' user when we are root.
RUN=()
OWNER="$(id -un)"
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home "$DIR" postgres
  RUN=(runuser -u postgres --)
  OWNER=postgres
fi

URL="postgresql://${OWNER}@127.0.0.1:${PORT}/${DB}"

if "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
  log "a server already answers on 127.0.0.1:$PORT; reusing it"
else
  if [ ! -s "$DIR/PG_VERSION" ]; then
    log "initdb in $DIR"
    mkdir -p "$DIR"
    chown "$OWNER" "$DIR"
    "${RUN[@]}" "$BIN/initdb" -D "$DIR" -U "$OWNER" --auth=trust -E UTF8 >&2
  fi
  log "starting on 127.0.0.1:$PORT"
  "${RUN[@]}" "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c synchronous_commit=off" start >&2
fi

if ! "${RUN[@]}" "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U "$OWNER" -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname='$DB'" | grep -q 1; then
  "${RUN[@]}" "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U "$OWNER" "$DB" >&2
fi

log "ready: $URL"
echo "export EVENTATLAS_TEST_PG_URL=$URL"
