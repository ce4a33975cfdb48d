# Sourced by scripts/test.sh and scripts/benchmark.sh: starts a throwaway PostgreSQL cluster (Debian's
# postgresql package) on a free port, exports its connection string in the variable named by $1, and
# removes it when the calling script exits. Extra server options may follow in $2.
pg_dir=""
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
stop_pg() {
  if [ -n "$pg_dir" ] && [ -d "$pg_dir/data" ]; then
    as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
}
start_pg() {
  local var=$1 extra=${2:-}
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$pg_bin" ]; then
    echo "PostgreSQL tidak ditemukan: pasang paket Debian 'postgresql' atau set $var." >&2
    exit 1
  fi
  pg_dir=$(mktemp -d /tmp/sikinerja-pg.XXXXXX)
  trap stop_pg EXIT
  [ "$(id -u)" = 0 ] && chown postgres "$pg_dir"
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
  as_pg "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U postgres >/dev/null
  as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
    -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c max_connections=300 $extra" start >/dev/null
  export "$var=Host=127.0.0.1;Port=$port;Username=postgres;Pooling=true;Maximum Pool Size=20"
  echo "PostgreSQL sementara berjalan di port $port"
}
