#!/usr/bin/env bash
# `npm test`: type-check, unit and integration tests (PGlite, and the real Postgres at TEST_DATABASE_URL
# when set), then the Playwright end-to-end tests in Debian's Chromium (installed with apt when missing), then
# the fault sweep (chaos runs on a private Postgres server, one disruption each), then the chaos run at a few fixed
# seeds (on the Postgres server when TEST_DATABASE_URL is set, else PGlite).
set -euo pipefail

echo "== type check"
npx tsc --noEmit -p .

echo "== unit and integration tests${TEST_DATABASE_URL:+ (PGlite and $TEST_DATABASE_URL)}"
npx vitest run

if [ ! -x /usr/bin/chromium ]; then
  echo "== installing Debian's Chromium"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

echo "== end-to-end tests (Chromium)"
npx playwright test

echo "== fault sweep (Postgres crash, portal and engine killed, Shopify outage, Lightspeed token expiry)"
npx vitest run --config vitest.faults.config.ts

echo "== chaos run (fixed seeds)"
chaos_database=${TEST_DATABASE_URL:+--database-url $TEST_DATABASE_URL}
npm run --silent chaos -- --seed 1 --events 60 --faults 0.1 --duplicates 0.2 $chaos_database
npm run --silent chaos -- --seed 2 --events 80 --faults 0.2 --duplicates 0.3 --stores 3 --restart --settle-timeout-s 240 $chaos_database
