#!/usr/bin/env bash
# Runs the whole test suite: prepares this machine (PostgreSQL on 127.0.0.1, and chromium once browser tests exist),
# checks formatting, then runs every test project against real SQLite and PostgreSQL.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

bash scripts/prepare-test-machine.sh
export ENLACE_TEST_POSTGRES="${ENLACE_TEST_POSTGRES:-Host=127.0.0.1;Port=5432;Username=enlace;Password=enlace;Database=enlace_test}"

dotnet restore Enlace.slnx --nologo -v q
echo "checking formatting (dotnet format --verify-no-changes)"
dotnet format Enlace.slnx --verify-no-changes --no-restore -v q

log=$(mktemp)
status=0
dotnet test Enlace.slnx -c Release --no-restore --nologo 2>&1 | tee "$log" || status=$?

# One closing line for the whole suite, summed over the test projects.
awk '/^(Passed|Failed)!/ {
       for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     }
     END { gsub(",", "", p); printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
