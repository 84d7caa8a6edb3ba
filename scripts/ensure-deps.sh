#!/usr/bin/env bash
# Brings node_modules in line with package-lock.json, so a fresh clone needs no manual step.
# The lockfile pins the `node` package (Node 22): npm scripts put node_modules/.bin first on
# PATH, so everything after this runs on Node 22 even where the machine has an older node.
# The stamp holds the lockfile's hash, not a time: a checkout that touches but does not change
# the lockfile must not wipe node_modules under a running process.
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=node_modules/.kb-lockfile.sha256
hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -x node_modules/.bin/node ] || [ "$(cat "$stamp" 2>/dev/null)" != "$hash" ]; then
  echo "Afhankelijkheden installeren (npm ci)..." >&2
  npm ci --no-audit --no-fund >&2
  echo "$hash" >"$stamp"
fi
