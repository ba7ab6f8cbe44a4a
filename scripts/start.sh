#!/usr/bin/env bash
# The one command that sets up and starts the whole product on the embedded database with demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node-env.sh
bash scripts/setup.sh
exec node scripts/dev.mjs
