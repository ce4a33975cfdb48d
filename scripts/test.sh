#!/usr/bin/env bash
# Runs every test: unit, integration (on SQLite and on a real PostgreSQL), and browser tests.
# When SIKINERJA_TEST_PG is not set, a throwaway PostgreSQL cluster is started for the run and
# removed afterwards (needs Debian's postgresql package; CI installs it).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${SIKINERJA_TEST_PG:-}" ]; then
  # Durability off: a test database is thrown away anyway.
  . scripts/pg-sementara.sh
  start_pg SIKINERJA_TEST_PG "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
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
