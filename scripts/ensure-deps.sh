#!/usr/bin/env bash
# Brings node_modules in line with package-lock.json, so a fresh clone needs no manual step.
# The lockfile pins the `node` package (Node 22): npm scripts put node_modules/.bin first on
# PATH, so everything after this runs on Node 22 even where the machine has an older node.
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=node_modules/.kb-installed
if [ ! -x node_modules/.bin/node ] || [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
  echo "Afhankelijkheden installeren (npm ci)..." >&2
  npm ci --no-audit --no-fund >&2
  touch "$stamp"
fi
