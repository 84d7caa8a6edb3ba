// The rulebook belongs to the project: every § the code, the tests and the docs cite exists in
// docs/regels.md — a section heading (§5, §15.3), a numbered point of a section (§4.1.4, §5.4) or a
// seed paragraph the rulebook itself cites ([§4.2.9]) — and its index of where the code of each
// section lives points at files that exist. So a newcomer can go from a § in the code to its rule,
// and from a rule to its code.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bestandenOnder, WORTEL } from "../architectuur/bestanden.js";

const REGELS = readFileSync(join(WORTEL, "docs/regels.md"), "utf8");
const MAPPEN = [
  "functions",
  "shared",
  "test",
  "lokaal",
  "web/src",
  "infra",
  "cli",
  "bench",
  "docs",
];
const LOSSE = ["README.md", "lokaal/README.md", "infra/README.md"];
const EXTENSIES = /\.(ts|astro|md|mjs)$/;
/** Paragraphs of other documents, cited with their name (a seed, a standard): not the rulebook's. */
const ELDERS = [/ECMA-376[^§]*§[\d.]+/g, /[Ss]eed( \d{3})? §[\d.]+(–§?[\d.]+)?/g];

/** Every § the rulebook defines: headings, numbered points under them, and its seed citations. */
function bekendeParagrafen(): Set<string> {
  const bekend = new Set<string>();
  let sectie: string | null = null;
  for (const regel of REGELS.split("\n")) {
    const kop = /^#{2,3} (\d+(?:\.\d+)?)[. ]/.exec(regel);
    if (kop) {
      sectie = kop[1]!;
      bekend.add(sectie);
      continue;
    }
    const punt = /^\s*(\d+)\. /.exec(regel);
    if (punt && sectie) bekend.add(`${sectie}.${punt[1]}`);
  }
  for (const m of REGELS.matchAll(/§(\d+(?:\.\d+)+)/g)) bekend.add(m[1]!);
  return bekend;
}

describe("docs/regels.md is het regelboek van het project", () => {
  it("elke § die code, tests en documentatie noemen bestaat in het regelboek", () => {
    const bekend = bekendeParagrafen();
    const onbekend: string[] = [];
    const alle = [...MAPPEN.flatMap((m) => bestandenOnder(m, EXTENSIES)), ...LOSSE].filter(
      (f) => f !== "docs/regels.md",
    );
    for (const f of alle) {
      let tekst = readFileSync(join(WORTEL, f), "utf8");
      for (const e of ELDERS) tekst = tekst.replace(e, "");
      for (const m of tekst.matchAll(/§ ?(\d+(?:\.\d+)*)/g)) {
        if (!bekend.has(m[1]!)) onbekend.push(`${f}: §${m[1]}`);
      }
    }
    expect(alle.length).toBeGreaterThan(500);
    expect(onbekend).toEqual([]);
  });

  it("de paragrafen die de code noemt staan in het regelboek als kop", () => {
    const koppen = [...REGELS.matchAll(/^#{2,3} (\d+(?:\.\d+)?)[. ]/gm)].map((m) => m[1]);
    for (const s of ["0", "1", "3.1", "4.2", "5", "9.4", "13", "15", "15.7"])
      expect(koppen).toContain(s);
  });

  it("de wegwijzer 'Waar staat de code' wijst naar bestaande bestanden en mappen", () => {
    const wegwijzer = REGELS.slice(REGELS.indexOf("## Waar staat de code"));
    const paden = [...wegwijzer.matchAll(/`((?:shared|functions|docs|test)\/[^`*]*?)`/g)].map(
      (m) => m[1]!,
    );
    expect(paden.length).toBeGreaterThan(20);
    const ontbrekend = paden.filter((p) => !existsSync(join(WORTEL, p)));
    expect(ontbrekend).toEqual([]);
  });
});
