// The bundles take the Node built-ins through the CommonJS files of functions/lib/bundel/
// (lokaal/bundels.ts BUNDEL_ALIASSEN says why). Each file must give the built-in itself: a file
// that gave an empty object (e.g. one that required its own alias) would only fail at the first
// request in AWS.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { BUNDEL_ALIASSEN, INGEBOUWD_VIA_REQUIRE } from "#lokaal/bundels.js";

const require = createRequire(import.meta.url);

describe("ingebouwde modules in de bundels", () => {
  it.each(INGEBOUWD_VIA_REQUIRE)("node:%s komt via require uit het eigen bestand", (m) => {
    const bestand = BUNDEL_ALIASSEN[`node:${m}`];
    expect(bestand).toMatch(/functions\/lib\/bundel\/node-[a-z-]+\.cjs$/);
    expect(require(bestand!)).toBe(process.getBuiltinModule(`node:${m}`));
  });
});
