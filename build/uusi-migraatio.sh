#!/usr/bin/env bash
# Adds a migration NAME for every provider from the current model (KoskiDbContext), with EF Core's own tool:
#   build/uusi-migraatio.sh LisaaIstunnot
# Each provider's migrations and model snapshot are in
# src/Koski.Virkailija.Infrastructure/Tietokanta/Migraatiot/<Provider>/. Generating opens no database connection.
# Read the generated files before committing them: SQL the model cannot express (moving data, PostgreSQL's lz4) is
# added by hand to that provider's Up/Down with migrationBuilder.Sql.
#
# The three snapshots are one class name (KoskiDbContextModelSnapshot) in three namespaces; `dotnet ef` looks for
# the file KoskiDbContextModelSnapshot.cs anywhere in the project, so each is kept as
# KoskiDbContextModelSnapshot.<Provider>.cs and takes that name only while its own provider's migration is added.
set -euo pipefail
nimi="${1:?usage: build/uusi-migraatio.sh NAME}"
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
projekti=src/Koski.Virkailija.Infrastructure
kansio=Tietokanta/Migraatiot
dotnet build "$projekti" -v q -nologo
for tarjoaja in Sqlite Postgres SqlServer; do
  oma="$projekti/$kansio/$tarjoaja/KoskiDbContextModelSnapshot.$tarjoaja.cs"
  [ -f "$oma" ] && mv "$oma" "$projekti/$kansio/$tarjoaja/KoskiDbContextModelSnapshot.cs"
  dotnet ef migrations add "$nimi" --no-build --project "$projekti" --startup-project "$projekti" \
    --context KoskiDbContext \
    --output-dir "$kansio/$tarjoaja" \
    --namespace "Koski.Virkailija.Infrastructure.Tietokanta.Migraatiot.$tarjoaja" \
    -- "$tarjoaja"
  # The first snapshot of a provider is written under a folder named after the whole namespace: move it too.
  uusi=$(find "$projekti" -name KoskiDbContextModelSnapshot.cs -not -path '*/obj/*' -not -path '*/bin/*')
  mv "$uusi" "$oma"
done
find "$projekti" -depth -type d -empty -not -path '*/obj/*' -not -path '*/bin/*' -delete
