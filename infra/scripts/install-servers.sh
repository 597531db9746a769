#!/usr/bin/env bash
# Installs PostgreSQL 15, Redis 7 and nginx from Debian's packages when they
# are missing (a fresh CI machine has none of them). Quick and silent when present.
# Tests run it before starting their own throwaway servers.
set -euo pipefail

pg_bin="/usr/lib/postgresql/15/bin"
need=()
[[ -x "$pg_bin/initdb" && -x "$pg_bin/pg_ctl" ]] || need+=(postgresql-15)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
command -v nginx >/dev/null 2>&1 || [[ -x /usr/sbin/nginx ]] || need+=(nginx-light)
[[ ${#need[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -ne 0 ]]; then
  echo "install-servers: ${need[*]} missing and not root: install them with apt-get" >&2
  exit 1
fi
echo "install-servers: installing ${need[*]} (apt-get)" >&2
export DEBIAN_FRONTEND=noninteractive
# Another apt may be running (unattended upgrades, a parallel job): wait for its lock.
apt-get -o DPkg::Lock::Timeout=600 update -qq
apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${need[@]}" >/dev/null
# The packages start system-wide services; tests use their own instances on free ports.
if command -v service >/dev/null 2>&1; then
  service redis-server stop >/dev/null 2>&1 || true
  service postgresql stop >/dev/null 2>&1 || true
  service nginx stop >/dev/null 2>&1 || true
fi
