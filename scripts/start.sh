#!/usr/bin/env bash
# `npm start`: installs what is missing, then runs the local stack (AWS emulators) until Ctrl-C.
# PORT is reserved for the later API gateway / site (default 4321).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
export PATH="$PWD/node_modules/.bin:$PATH"
export PORT="${PORT:-4321}"
# exec: Ctrl-C and SIGTERM reach the node process directly, which stops the emulators cleanly.
exec tsx lokaal/start.ts
