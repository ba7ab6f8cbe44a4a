#!/usr/bin/env bash
# The one command that sets up and starts the whole product on the embedded database with demo data, serving the
# production builds (scripts/start.mjs). With --dev (`npm run dev`) it starts the dev servers with hot reload
# instead (scripts/dev.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node-env.sh
bash scripts/setup.sh
if [ "${1:-}" = "--dev" ]; then exec node scripts/dev.mjs; fi

# Built once, and again only when their sources change (turbo's cache, keyed by these variables too). The h5 build
# bakes in the development sign-in, the same-origin API (its server forwards /api) and where certificate QR codes
# point (the admin's public /#/verify page).
unset NODE_ENV
export TURBO_TELEMETRY_DISABLED=1 TURBO_NO_UPDATE_NOTIFIER=1
export TARO_APP_DEV_LOGIN="${TARO_APP_DEV_LOGIN:-true}" TARO_APP_API_BASE=""
export TARO_APP_VERIFY_URL="${TARO_APP_VERIFY_URL:-http://127.0.0.1:${YILU_ADMIN_PORT:-5173}/#/verify}"
echo "start: building the API, the admin and the h5 app for production (skipped when nothing changed)…"
npx turbo run build --filter=@yilu/api --filter=@yilu/admin --output-logs=errors-only
npx turbo run build:h5 --filter=@yilu/miniapp --output-logs=errors-only
exec node scripts/start.mjs
