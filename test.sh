#!/usr/bin/env bash
# Runs every test of Koski.Virkailija: unit, integration (SQLite and a real PostgreSQL server) and end-to-end
# (the real app in Debian Chromium). Installs Chromium and PostgreSQL from Debian's packages when they are missing;
# the PostgreSQL tests start a throwaway server of their own. Ends with the line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

asenna() {
  local puuttuvat=("$@")
  [ ${#puuttuvat[@]} -eq 0 ] && return 0
  echo "Asennetaan: ${puuttuvat[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${puuttuvat[@]}" >/dev/null
}

puuttuvat=()
[ -x /usr/bin/chromium ] || puuttuvat+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || puuttuvat+=(postgresql)
asenna "${puuttuvat[@]}" || { echo "Asennus epäonnistui"; echo "0 passed, 1 failed"; exit 1; }

# The end-to-end tests' OpenID provider (panva's oidc-provider) comes from the npm registry.
oidc=tests/Koski.Virkailija.EndToEnd.Tests/oidc
if [ ! -d "$oidc/node_modules/oidc-provider" ]; then
  (cd "$oidc" && npm ci --no-audit --no-fund --loglevel=error) || { echo "npm ci epäonnistui"; echo "0 passed, 1 failed"; exit 1; }
fi

tulokset=$(mktemp -d)
dotnet build Koski.Virkailija.sln -c Release -nologo -v quiet || { echo "0 passed, 1 failed"; exit 1; }

# Formatting and analyzer choices (.editorconfig) hold in CI: a difference counts as one failed test.
muotoilu=0
if [ "${CI:-}" = "true" ]; then
  dotnet format Koski.Virkailija.sln --verify-no-changes --no-restore -v q || { echo "dotnet format: muutoksia tarvitaan (aja 'dotnet format')"; muotoilu=1; }
fi
dotnet test Koski.Virkailija.sln -c Release --no-build -nologo --logger "trx" --results-directory "$tulokset" "$@"
tila=$?

# Totals over every test project, read from the TRX result files (one per project).
read -r lapi hylatty ohitettu projektit < <(python3 - "$tulokset" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = files = 0
for f in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    files += 1
    c = ET.parse(f).getroot().find("t:ResultSummary/t:Counters", ns).attrib
    passed += int(c.get("passed", 0))
    failed += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0)) + int(c.get("aborted", 0))
    skipped += int(c.get("notExecuted", 0))
print(passed, failed, skipped, files)
PY
)
rm -rf "$tulokset"
hylatty=$((hylatty + muotoilu))
# A project that crashed before writing its results counts as a failure.
if [ "$tila" -ne 0 ] && [ "$hylatty" -eq 0 ]; then hylatty=1; fi
echo "$lapi passed, $hylatty failed, $ohitettu skipped"
[ "$tila" -eq 0 ] && [ "$hylatty" -eq 0 ] && [ "$lapi" -gt 0 ]
