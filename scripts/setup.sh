#!/usr/bin/env bash
# Installs what the project needs from the npm registry and the Go module proxy, and builds the shared
# package and the embedded database. Safe to run again: it skips what is already in place.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "setup: $*" >&2; exit 1; }

# Node.js 24 LTS first on PATH, installed into .tools/node when the machine's node is older.
source scripts/node-env.sh || exit 1
echo "setup: Node.js $(node --version), npm $(npm --version) ($(command -v node))"
command -v go >/dev/null || fail "Go 1.22+ is required to build the embedded database (FerretDB)."

export TURBO_TELEMETRY_DISABLED=1 TURBO_NO_UPDATE_NOTIFIER=1

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm packages…"
  # Not `npm ci`: the registry we reach lacks other platforms' optional binaries (e.g. @turbo/darwin-64),
  # so the lock file cannot list them and `npm ci` refuses it. `npm install` still installs the locked versions.
  npm install --no-audit --no-fund
fi

# Every workspace under packages/ (shared code, the API contract, the embedded database…): the apps import their dist/.
echo "setup: building the packages under packages/…"
npx turbo run build --filter='./packages/*' --output-logs=errors-only
