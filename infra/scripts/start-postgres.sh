#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 cluster: start-postgres.sh DIR PORT
# Creates the cluster in DIR (empty or missing), listens on 127.0.0.1:PORT
# only, trusts local connections (test data only), and waits until ready.
# As root, the server runs as the `postgres` user (PostgreSQL refuses root).
set -euo pipefail
dir=$1 port=$2
bin="/usr/lib/postgresql/15/bin"
mkdir -p "$dir"
run() { if [[ $(id -u) -eq 0 ]]; then chown -R postgres:postgres "$dir"; runuser -u postgres -- "$@"; else "$@"; fi; }
if [[ ! -f "$dir/PG_VERSION" ]]; then
  run "$bin/initdb" -D "$dir" -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8 >"$dir.initdb.log" 2>&1 || { cat "$dir.initdb.log" >&2; exit 1; }
fi
# max_connections covers several server instances' pools plus the tests' own clients.
run "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200 ${PG_EXTRA_OPTS:-}" start >/dev/null
echo "postgres://postgres@127.0.0.1:$port/postgres"
