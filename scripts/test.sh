#!/usr/bin/env bash
# `npm test`: installs what is missing, then lint, type check and every test.
# The last line is the plain "N passed, N failed" summary that CI reads. The browser tests
# (test/web) need Debian's Chromium: installed here when missing, as Java 17 is for DynamoDB Local.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh || exit 1
bash scripts/ensure-chromium.sh || exit 1
export PATH="$PWD/node_modules/.bin:$PATH"
echo "Node $(node --version)"

status=0
echo "== biome (lint + format)"; biome check . || status=1
echo "== tsc --noEmit"; tsc --noEmit || status=1
echo "== tsc -p web (the site's browser scripts)"; tsc -p web --noEmit || status=1
echo "== vitest"
rm -f .test-results.json
vitest run --reporter=default --reporter=json --outputFile.json=.test-results.json || status=1
node scripts/test-summary.mjs .test-results.json || status=1
exit $status
