#!/usr/bin/env bash
# Runs every test: the type check and the lint, unit and API tests on the embedded database, then end-to-end in Chromium.
# Ends with one line "N passed, N failed" added up from the runners' JSON reports.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/node-env.sh || exit 1
bash scripts/setup.sh || exit 1

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium_path" ]; then
  echo "test: Chromium not found at $chromium_path. Install it with: apt-get update && apt-get install -y chromium" >&2
  exit 1
fi

export TURBO_TELEMETRY_DISABLED=1 TURBO_NO_UPDATE_NOTIFIER=1
find . -path ./node_modules -prune -o -type d -name .reports -print | xargs rm -rf

# Types first (strict everywhere): a type error fails the run even when every test passes.
npx turbo run typecheck --continue --output-logs=errors-only
typecheck_status=$?

# Then the lint (ESLint with the import boundaries, and Prettier, in every package and the root): a lint error fails
# the run as well.
npx turbo run lint lint:root --continue --output-logs=errors-only
lint_status=$?

# One task at a time: the machines have two cores and the API and e2e tests each run a database.
npx turbo run test --concurrency=1 --continue
turbo_status=$?

node scripts/summarize-tests.mjs
summary_status=$?
[ $typecheck_status -ne 0 ] && echo "test: the type check failed (see the errors above)" >&2
[ $lint_status -ne 0 ] && echo "test: the lint failed (see the errors above; \`npm run lint\` runs it alone)" >&2
[ $typecheck_status -eq 0 ] && [ $lint_status -eq 0 ] && [ $turbo_status -eq 0 ] && [ $summary_status -eq 0 ]
