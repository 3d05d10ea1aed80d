#!/usr/bin/env bash
# Installs and starts what the test suite needs on a Debian machine, idempotently:
# PostgreSQL 15 on 127.0.0.1 with a test role that may create databases, and Debian's chromium for the browser tests.
set -euo pipefail

need=()
command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /usr/lib/postgresql/15 ] || need+=(postgresql postgresql-contrib)
# The browser is needed only once the browser test project exists.
if [ -d "$(dirname "$0")/../tests/Enlace.Web.BrowserTests" ]; then
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
fi
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "missing packages: ${need[*]} (run as root or install them with apt-get)" >&2
    exit 1
  fi
  echo "installing: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi

# A cluster listening on loopback only.
if ! pg_lsclusters -h 2>/dev/null | grep -q '^15 *main'; then
  pg_createcluster 15 main >/dev/null
fi
conf=/etc/postgresql/15/main/postgresql.conf
grep -q "^listen_addresses = '127.0.0.1'" "$conf" || echo "listen_addresses = '127.0.0.1'" >> "$conf"
pg_lsclusters -h | grep -q '^15 *main .* online' || pg_ctlcluster 15 main start

for _ in $(seq 1 30); do
  pg_isready -h 127.0.0.1 -p 5432 -q && break
  sleep 1
done

su postgres -c "psql -q -v ON_ERROR_STOP=1" <<'SQL'
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'enlace') THEN
    CREATE ROLE enlace LOGIN PASSWORD 'enlace' CREATEDB;
  END IF;
END
$$;
-- Tests drop their databases WITH (FORCE); newer 15.x minors refuse to end an autovacuum worker on the way
-- unless the role may signal other backends.
GRANT pg_signal_backend TO enlace;
SQL
su postgres -c "psql -tAc \"SELECT 1 FROM pg_database WHERE datname = 'enlace_test'\"" | grep -q 1 ||
  su postgres -c "createdb -O enlace enlace_test"
echo "PostgreSQL ready on 127.0.0.1:5432 (role enlace, database enlace_test)"
