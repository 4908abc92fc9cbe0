#!/usr/bin/env bash
# Starts PostgreSQL and MariaDB on 127.0.0.1 (installing them from Debian's packages when missing),
# with the access the tests expect: PostgreSQL user postgres without password, MariaDB root without
# password, and a database "test" on both.
set -euo pipefail

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

pg_ready() { pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; }

if ! command -v pg_ctlcluster >/dev/null || [ -z "$(ls /etc/postgresql 2>/dev/null)" ]; then
  echo "Installing PostgreSQL..."
  as_root apt-get update -q
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q postgresql
  fresh_pg=1
fi
version="$(ls /etc/postgresql | sort -V | tail -1)"
if ! pg_ready; then
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
fi
if [ "${fresh_pg:-0}" = 1 ]; then
  hba="/etc/postgresql/$version/main/pg_hba.conf"
  as_root sed -i -E 's/^(host\s+all\s+all\s+(127\.0\.0\.1\/32|::1\/128)\s+)\S+/\1trust/' "$hba"
  as_root sed -i -E 's/^(local\s+all\s+all\s+)\S+/\1trust/' "$hba"
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main reload
fi
for _ in $(seq 1 30); do pg_ready && break; sleep 1; done
pg_ready || { echo "PostgreSQL did not start" >&2; exit 1; }
# SecretsInOutputTest needs a server that checks passwords: members of this group (only that test
# creates any) log in with scram-sha-256 over TCP; everyone else keeps trust. The rule must come
# before the trust lines, as pg_hba.conf's first matching line wins.
hba="/etc/postgresql/$version/main/pg_hba.conf"
checked="host all +dbmigrate_password_checked 127.0.0.1/32 scram-sha-256"
if ! as_root grep -qxF "$checked" "$hba"; then
  as_root sed -i "1i $checked" "$hba"
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main reload
fi
psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'test'" | grep -q 1 \
  || psql -h 127.0.0.1 -U postgres -c "CREATE DATABASE test" >/dev/null

maria_ready() { mysqladmin -h 127.0.0.1 -P 3306 -u root ping >/dev/null 2>&1; }
if ! command -v mariadbd >/dev/null && [ ! -x /usr/sbin/mariadbd ]; then
  echo "Installing MariaDB..."
  as_root apt-get update -q
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q mariadb-server
fi
if ! maria_ready; then
  as_root mkdir -p /run/mysqld
  as_root chown mysql:mysql /run/mysqld 2>/dev/null || true
  as_root start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
fi
for _ in $(seq 1 30); do maria_ready && break; sleep 1; done
if maria_ready; then
  mysql -h 127.0.0.1 -u root -e "CREATE DATABASE IF NOT EXISTS test" 2>/dev/null \
    || as_root mysql -u root -e "ALTER USER 'root'@'localhost' IDENTIFIED VIA mysql_native_password USING PASSWORD(''); CREATE DATABASE IF NOT EXISTS test"
else
  echo "MariaDB did not start" >&2
  exit 1
fi
echo "PostgreSQL and MariaDB are running."
