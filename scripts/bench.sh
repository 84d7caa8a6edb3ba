#!/usr/bin/env bash
# Runs every benchmark in bench/ from an esbuild bundle (as the Lambdas run), one after another.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/ensure-deps.sh"
uit="$root/node_modules/.cache/bench"
mkdir -p "$uit"
for b in "$root"/bench/*.ts; do
  naam=$(basename "$b" .ts)
  "$root/node_modules/.bin/esbuild" "$b" --bundle --platform=node --format=esm --target=node22 \
    --outfile="$uit/$naam.mjs" --log-level=warning
  node "$uit/$naam.mjs"
done
