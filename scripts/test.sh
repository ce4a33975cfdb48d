#!/usr/bin/env bash
# Runs every test: unit, integration (on SQLite and on a real PostgreSQL), and browser tests.
# When SIKINERJA_TEST_PG is not set, a throwaway PostgreSQL cluster is started for the run and
# removed afterwards (needs Debian's postgresql package; CI installs it).
set -euo pipefail
cd "$(dirname "$0")/.."

pg_dir=""
stop_pg() {
  if [ -n "$pg_dir" ] && [ -d "$pg_dir/data" ]; then
    as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
}
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ -z "${SIKINERJA_TEST_PG:-}" ]; then
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$pg_bin" ]; then
    echo "PostgreSQL tidak ditemukan: pasang paket Debian 'postgresql' atau set SIKINERJA_TEST_PG." >&2
    exit 1
  fi
  pg_dir=$(mktemp -d /tmp/sikinerja-pg.XXXXXX)
  trap stop_pg EXIT
  [ "$(id -u)" = 0 ] && chown postgres "$pg_dir"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
  as_pg "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U postgres >/dev/null
  as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
    -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null
  export SIKINERJA_TEST_PG="Host=127.0.0.1;Port=$port;Username=postgres;Pooling=true;Maximum Pool Size=20"
  echo "PostgreSQL sementara berjalan di port $port"
fi

if command -v docker-compose >/dev/null 2>&1; then
  docker-compose -f docker-compose.yml config -q
  echo "docker-compose.yml valid"
fi

results=TestResults
rm -rf "$results"
status=0
dotnet build SiKinerja.sln -nologo -v q || exit 1
dotnet test SiKinerja.sln --no-build -nologo --logger "trx" --results-directory "$results" || status=$?

# One closing line over every test assembly: "Tests: N passed, N failed, N skipped".
python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for f in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(f).getroot().find("t:ResultSummary/t:Counters", ns)
    passed += int(c.get("passed")); failed += int(c.get("failed")) + int(c.get("error"))
    skipped += int(c.get("notExecuted"))
print(f"Tests: {passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status
