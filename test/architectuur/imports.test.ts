// The imports show the architecture: the rules (shared/) depend on nothing but themselves and
// their two libraries; Lambda code (functions/) never reaches the local stack, the stack
// definition or the tests; the stack definition (infra/) never the local stack; the site
// (web/src) takes from functions/ only types; and a functie folder uses another functie's code
// only through functions/lib/ and functions/data/. Checked on the parsed imports (static,
// re-exports and dynamic import()), so a new file is held to it from day one.
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { bestandenOnder, WORTEL } from "./bestanden.js";

interface Import {
  van: string;
  naar: string;
  /** As written: a relative path, an alias (`#shared/...`, package.json "imports") or a package. */
  spec: string;
  alleenType: boolean;
}

/** The imports of a file: a relative or aliased one as a path from the root, a package by its name. */
function importsVan(bestand: string): Import[] {
  const bron = ts.createSourceFile(
    bestand,
    readFileSync(join(WORTEL, bestand), "utf8"),
    ts.ScriptTarget.ES2023,
  );
  const uit: Import[] = [];
  const voeg = (spec: string, alleenType: boolean) => {
    const naar = spec.startsWith(".")
      ? relative(WORTEL, resolve(join(WORTEL, dirname(bestand)), spec))
      : spec.startsWith("#")
        ? spec.slice(1)
        : spec;
    uit.push({ van: bestand, naar, spec, alleenType });
  };
  const bezoek = (n: ts.Node): void => {
    if (
      (ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) &&
      n.moduleSpecifier &&
      ts.isStringLiteral(n.moduleSpecifier)
    ) {
      const alleenType = ts.isImportDeclaration(n)
        ? (n.importClause?.isTypeOnly ?? false) ||
          (n.importClause?.namedBindings !== undefined &&
            ts.isNamedImports(n.importClause.namedBindings) &&
            n.importClause.name === undefined &&
            n.importClause.namedBindings.elements.length > 0 &&
            n.importClause.namedBindings.elements.every((e) => e.isTypeOnly))
        : n.isTypeOnly;
      voeg(n.moduleSpecifier.text, alleenType);
    }
    if (
      ts.isCallExpression(n) &&
      n.expression.kind === ts.SyntaxKind.ImportKeyword &&
      n.arguments[0] &&
      ts.isStringLiteral(n.arguments[0])
    )
      voeg(n.arguments[0].text, false);
    ts.forEachChild(n, bezoek);
  };
  bezoek(bron);
  return uit;
}

/** Parsed once per folder: several checks read the same folders. */
const gelezen = new Map<string, Import[]>();
const alle = (map: string): Import[] => {
  if (!gelezen.has(map)) gelezen.set(map, bestandenOnder(map, /(?<!\.d)\.ts$/).flatMap(importsVan));
  return gelezen.get(map)!;
};
/** The top folder a file belongs to (the site counts as one: web/). */
const bovenmap = (pad: string) => pad.split("/")[0];
const binnen = (pad: string, map: string) => pad === map || pad.startsWith(`${map}/`);
const tekst = (i: Import) => `${i.van} → ${i.naar}`;

/** The functie folder of a path under functions/ (lib and data are shared by all). */
const functieVan = (pad: string) => /^functions\/([^/]+)\//.exec(pad)?.[1];
const GEDEELD = new Set(["lib", "data"]);

/**
 * Imports between functie folders that still have to move to functions/lib or functions/data:
 * held here so they only shrink (docs/open-punten.md). Remove an entry when its import goes.
 */
const NOG_TE_VERHUIZEN: ReadonlySet<string> = new Set(
  JSON.parse(readFileSync(join(import.meta.dirname, "functieImports.json"), "utf8")) as string[],
);

describe("de imports tonen de architectuur", () => {
  it("shared/ hangt alleen van zichzelf en zuivere bibliotheken af: geen AWS, geen I/O", () => {
    const projectmappen = ["functions", "lokaal", "infra", "web", "cli", "test", "bench"];
    const fout = alle("shared").filter(
      (i) =>
        projectmappen.some((m) => binnen(i.naar, m)) ||
        /^(node:|@aws-sdk\/|@aws-lambda-powertools\/|@middy\/)/.test(i.naar),
    );
    expect(fout.map(tekst)).toEqual([]);
  });

  it("een import naar een andere bovenmap gaat via zijn alias (#shared/...), niet via ../../", () => {
    const mappen = ["shared", "functions", "infra", "lokaal", "test", "bench", "cli", "web/src"];
    const fout = mappen
      .flatMap(alle)
      .filter(
        (i) =>
          i.spec.startsWith(".") && i.naar.includes("/") && bovenmap(i.naar) !== bovenmap(i.van),
      );
    expect(fout.map(tekst)).toEqual([]);
    // Parses every source file of the project once (~830): seconds on a busy 2-core machine.
  }, 60_000);

  it("functions/lib en functions/data gebruiken geen functiemap", () => {
    const fout = alle("functions").filter((i) => {
      const a = functieVan(i.van);
      const b = functieVan(i.naar);
      return a && b && GEDEELD.has(a) && !GEDEELD.has(b) && !i.alleenType;
    });
    expect(fout.map(tekst)).toEqual([]);
  });

  it("Lambda-code importeert nooit de lokale stack, de stackdefinitie, tests of benchmarks", () => {
    const fout = alle("functions").filter((i) =>
      ["lokaal", "infra", "test", "bench", "cli"].some((m) => binnen(i.naar, m)),
    );
    expect(fout.map(tekst)).toEqual([]);
  });

  it("infra/ neemt niets uit de lokale stack", () => {
    expect(
      alle("infra")
        .filter((i) => binnen(i.naar, "lokaal"))
        .map(tekst),
    ).toEqual([]);
  });

  it("de site neemt uit functions/ alleen types (geen zod in de browser)", () => {
    const fout = alle("web/src").filter((i) => binnen(i.naar, "functions") && !i.alleenType);
    expect(fout.map(tekst)).toEqual([]);
  });

  it("een functiemap gebruikt een andere functie alleen via functions/lib en functions/data", () => {
    const tussen = alle("functions").filter((i) => {
      const a = functieVan(i.van);
      const b = functieVan(i.naar);
      return a && b && a !== b && !GEDEELD.has(a) && !GEDEELD.has(b) && !i.alleenType;
    });
    const nieuw = tussen.map(tekst).filter((t) => !NOG_TE_VERHUIZEN.has(t));
    expect(nieuw).toEqual([]);
    // The list only shrinks: an entry whose import is gone must be removed.
    const verdwenen = [...NOG_TE_VERHUIZEN].filter((t) => !tussen.map(tekst).includes(t));
    expect(verdwenen).toEqual([]);
  });
});
