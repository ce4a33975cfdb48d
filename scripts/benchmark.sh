#!/usr/bin/env bash
# Runs the BenchmarkDotNet benchmarks in Release on SQLite and on PostgreSQL; results in docs/benchmarks.md.
#   bash scripts/benchmark.sh                      # every benchmark
#   bash scripts/benchmark.sh --filter '*Impor*'   # arguments go to BenchmarkDotNet
#   bash scripts/benchmark.sh --filter '*DokumenSkp*'                 # one SKP PDF over HTTP (issue 5)
#   bash scripts/benchmark.sh --cetak --jumlah 250,1000 --provider Sqlite   # batch printing through the worker (issue 5)
# When SIKINERJA_BENCH_PG is not set, a throwaway PostgreSQL cluster with the server's default durability
# settings is started for the run. The data sets (the 50,000-employee province, the 50,000-row SIASN file)
# are generated on first use and reused from the temp folder.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${SIKINERJA_BENCH_PG:-}" ]; then
  . scripts/pg-sementara.sh
  start_pg SIKINERJA_BENCH_PG
fi

dotnet build benchmarks/SiKinerja.Benchmarks -c Release -nologo -v q
# WebApplicationFactory finds the app's content root through the manifest next to the binaries.
cd benchmarks/SiKinerja.Benchmarks/bin/Release/net10.0
if [ $# -eq 0 ]; then set -- --filter '*'; fi
dotnet SiKinerja.Benchmarks.dll "$@"
