#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: `pg_cluster.sh start DIR` makes a cluster in
# DIR/data, listening only on a Unix socket in DIR (no TCP port), and prints DIR;
# `pg_cluster.sh stop DIR` stops it and removes DIR. `pg_cluster.sh install` installs
# PostgreSQL from the system's packages when it is missing (Debian/Ubuntu, as root or by sudo).
#
# The superuser is "postgres" with the password in DIR/password; DIR/pgpass is a password file
# for it (PGPASSFILE). PostgreSQL refuses to run as root: as root the cluster belongs to, and
# runs as, the user "nobody".
set -euo pipefail

bindir() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$found" ] && [ -x "$found/initdb" ]; then
    echo "$found"
  elif command -v initdb >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
  else
    return 1
  fi
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u nobody -- "$@"
  else
    "$@"
  fi
}

case "${1:-}" in
  install)
    if bindir >/dev/null; then exit 0; fi
    if [ "$(id -u)" = 0 ]; then
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    else
      sudo apt-get update -qq
      sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    fi
    bindir >/dev/null
    ;;
  start)
    dir=${2:?usage: pg_cluster.sh start DIR}
    bin=$(bindir) || { echo "PostgreSQL is not installed: run $0 install" >&2; exit 1; }
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
    printf '%s\n' "$password" >"$dir/password"
    printf '*:*:*:postgres:%s\n' "$password" >"$dir/pgpass"
    chmod 600 "$dir/password" "$dir/pgpass"
    if [ "$(id -u)" = 0 ]; then
      chown nobody "$dir" "$dir/password"
      chmod 755 "$dir"
    fi
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --pwfile="$dir/password" \
      --auth=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    rm -f "$dir/password"
    # a test cluster: no TCP, no durability (the cluster is thrown away), small and quick
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=off \
          -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 \
          -c shared_buffers=32MB" start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    echo "$dir"
    ;;
  stop)
    dir=${2:?usage: pg_cluster.sh stop DIR}
    bin=$(bindir)
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 install | start DIR | stop DIR" >&2
    exit 2
    ;;
esac
