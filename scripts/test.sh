#!/usr/bin/env bash
# `npm test`: type-check, unit and integration tests (PGlite, and the real Postgres at TEST_DATABASE_URL
# when set), then the Playwright end-to-end tests in Debian's Chromium (installed with apt when missing).
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
