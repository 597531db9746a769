#!/usr/bin/env bash
# Stops a cluster started by start-postgres.sh and removes it: stop-postgres.sh DIR
set -euo pipefail
dir=$1
bin="/usr/lib/postgresql/15/bin"
if [[ -f "$dir/postmaster.pid" ]]; then
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$bin/pg_ctl" -D "$dir" -m immediate -w stop >/dev/null
  else "$bin/pg_ctl" -D "$dir" -m immediate -w stop >/dev/null; fi
fi
rm -rf "$dir" "$dir.initdb.log"
