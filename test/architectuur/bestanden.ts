// The project's own files for the tests that read the source as text (imports, § citations).
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

export const WORTEL = join(import.meta.dirname, "../..");

/** Root-relative paths of the files under `map` whose name matches `patroon`; no node_modules or dot folders. */
export function bestandenOnder(map: string, patroon: RegExp): string[] {
  if (!existsSync(join(WORTEL, map))) return [];
  return readdirSync(join(WORTEL, map), { withFileTypes: true }).flatMap((e) => {
    const pad = join(map, e.name);
    if (e.name === "node_modules" || e.name.startsWith(".")) return [];
    if (e.isDirectory()) return bestandenOnder(pad, patroon);
    return patroon.test(e.name) ? [pad] : [];
  });
}
