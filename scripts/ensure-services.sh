#!/usr/bin/env bash
# Start the servers the test suite needs (PostgreSQL, Redis, Mosquitto) when they are not running,
# installing them from Debian's packages when absent. Fails loudly: a missing server is a failure, never a skip.
set -euo pipefail

open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
need_apt=()
command -v pg_ctlcluster >/dev/null || need_apt+=(postgresql)
command -v redis-server >/dev/null || need_apt+=(redis-server)
command -v mosquitto >/dev/null || [ -x /usr/sbin/mosquitto ] || need_apt+=(mosquitto mosquitto-clients)
[ -x /usr/bin/chromium ] || need_apt+=(chromium)                       # browser tests (Playwright drives it)
[ -d /usr/share/fonts/opentype/noto ] || need_apt+=(fonts-noto-cjk)   # Chinese text in screenshots
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "installing ${need_apt[*]} from Debian's packages"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if ! open 5432; then
  echo "starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start
fi
if ! open 6379; then
  echo "starting Redis"
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/ci.log
fi
if ! open 1883; then
  echo "starting Mosquitto"
  if [ -f /etc/mosquitto/mosquitto.conf ]; then mosquitto -d -c /etc/mosquitto/mosquitto.conf
  else /usr/sbin/mosquitto -d; fi
fi

for i in $(seq 1 50); do
  open 5432 && open 6379 && open 1883 && break
  sleep 0.2
done
for port in 5432 6379 1883; do
  open "$port" || { echo "ERROR: nothing listens on 127.0.0.1:$port after start-up" >&2; exit 1; }
done
# Trust auth for the local test user, as on the CI machines.
psql -h 127.0.0.1 -U postgres -d postgres -tAc 'select 1' >/dev/null 2>&1 || {
  echo "ERROR: PostgreSQL on 127.0.0.1:5432 does not let user postgres in without a password" >&2; exit 1; }
echo "services: PostgreSQL, Redis, Mosquitto up"
