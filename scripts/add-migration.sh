#!/usr/bin/env bash
# Adds a migration with the same name for every provider: scripts/add-migration.sh NamaMigrasi
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh NamaMigrasi}
dotnet tool restore >/dev/null
for p in Sqlite PostgreSql; do
  dotnet ef migrations add "$name" --project "src/SiKinerja.Migrations.$p" \
    --startup-project tools/SiKinerja.DesignTime --output-dir Migrations -- --provider "$p"
done
