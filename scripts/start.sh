#!/usr/bin/env bash
# `npm start`: installs what is missing, then runs the local stack (AWS emulators) until Ctrl-C.
# The portal (site + API) is served at one URL, http://localhost:$PORT (default 4321).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
export PATH="$PWD/node_modules/.bin:$PATH"
export PORT="${PORT:-4321}"
# The site is static: built once here (~3 s), served by the local gateway beside /api/*.
astro build --root web --silent
# exec: Ctrl-C and SIGTERM reach the node process directly, which stops the emulators cleanly.
exec tsx lokaal/start.ts
