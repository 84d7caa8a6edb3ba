#!/usr/bin/env bash
# Runs every benchmark in bench/, one after another: pure ones from an esbuild bundle (as the
# Lambdas run), those marked "// bench: tsx" under tsx.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/ensure-deps.sh"
uit="$root/node_modules/.cache/bench"
mkdir -p "$uit"
for b in "$root"/bench/*.ts; do
  naam=$(basename "$b" .ts)
  # A benchmark marked "// bench: apart" has its own script (bench:landelijk loads ~30 minutes).
  if head -3 "$b" | grep -q "^// bench: apart"; then continue; fi
  if head -1 "$b" | grep -q "^// bench: tsx"; then
    # Benchmarks that start the local stack run under tsx; what they measure runs as bundles.
    "$root/node_modules/.bin/tsx" "$b"
  else
    "$root/node_modules/.bin/esbuild" "$b" --bundle --platform=node --format=esm --target=node22 \
      --outfile="$uit/$naam.mjs" --log-level=warning
    node "$uit/$naam.mjs"
  fi
done
