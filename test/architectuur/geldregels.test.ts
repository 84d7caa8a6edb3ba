// Guards the money rules of docs/regels.md §11 over the source of shared/: amounts are Decimals, never
// JavaScript numbers. A binary float in a financial rule is how the old Excel tool got things
// wrong, so this is a test, not a review comment. Integer arithmetic on months, days and counts is
// fine; a conversion to number needs a `geheel getal:` comment saying why it is safe there.
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const SHARED = join(ROOT, "shared");

function bronbestanden(map: string): string[] {
  return readdirSync(map, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? bronbestanden(join(map, e.name))
      : e.name.endsWith(".ts")
        ? [join(map, e.name)]
        : [],
  );
}

const OPTIES: ts.CompilerOptions = {
  strict: true,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2023,
  skipLibCheck: true,
  noEmit: true,
};

// Words that name an amount in this domain; number arithmetic on such a thing is a money bug.
const BEDRAGWOORD =
  /bedrag|totaal|kosten|saldo|budget|afspraak|voorschot|kader|loon|inhuur|reservering|claim|restant|euro|betaal|vastgesteld|compensatie|productie|omzet|ruimte|aangevraagd|toekenning|mutatie/i;
const ARITMETIEK = new Set([
  ts.SyntaxKind.PlusToken,
  ts.SyntaxKind.MinusToken,
  ts.SyntaxKind.AsteriskToken,
  ts.SyntaxKind.SlashToken,
  ts.SyntaxKind.PercentToken,
  ts.SyntaxKind.AsteriskAsteriskToken,
  ts.SyntaxKind.PlusEqualsToken,
  ts.SyntaxKind.MinusEqualsToken,
  ts.SyntaxKind.AsteriskEqualsToken,
  ts.SyntaxKind.SlashEqualsToken,
]);
const CONVERSIE = /^(parseFloat|parseInt|Number|Math\.(round|floor|ceil|trunc))$/;

interface Overtreding {
  plaats: string;
  regel: string;
}

function verantwoord(bron: ts.SourceFile, node: ts.Node): boolean {
  const { line } = bron.getLineAndCharacterOfPosition(node.getStart(bron));
  const regels = bron.text.split("\n");
  return [regels[line], regels[line - 1]].some((r) => r?.includes("geheel getal:"));
}

/** The text a reader sees around an expression: its declaration, property, statement or return. */
function context(bron: ts.SourceFile, node: ts.Node): string {
  let n: ts.Node = node;
  while (
    n.parent &&
    !ts.isVariableDeclaration(n) &&
    !ts.isPropertyAssignment(n) &&
    !ts.isReturnStatement(n) &&
    !ts.isExpressionStatement(n) &&
    !ts.isParameter(n)
  ) {
    n = n.parent;
  }
  return n.getText(bron);
}

function zoekOvertredingen(map: string): Overtreding[] {
  const program = ts.createProgram(bronbestanden(map), OPTIES);
  const checker = program.getTypeChecker();
  const isNumber = (node: ts.Expression): boolean =>
    (checker.getTypeAtLocation(node).flags &
      (ts.TypeFlags.NumberLike | ts.TypeFlags.BigIntLike)) !==
    0;
  const gevonden: Overtreding[] = [];
  for (const bron of program.getSourceFiles()) {
    if (!bron.fileName.startsWith(map)) continue;
    const naam = relative(ROOT, bron.fileName);
    const meld = (node: ts.Node, regel: string) => {
      if (verantwoord(bron, node)) return;
      const { line } = bron.getLineAndCharacterOfPosition(node.getStart(bron));
      gevonden.push({
        plaats: `${naam}:${line + 1}`,
        regel: `${regel}: ${node.getText(bron).slice(0, 80)}`,
      });
    };
    const bezoek = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
        const van = node.moduleSpecifier.text;
        if (van === "decimal.js" && !naam.endsWith("geld/decimal.ts"))
          meld(node, "importeer Decimal uit shared/geld/decimal.ts");
        if (van.startsWith("@aws-sdk/") || van.startsWith("aws-"))
          meld(node, "shared/ is puur: geen AWS");
      }
      if (ts.isBinaryExpression(node) && ARITMETIEK.has(node.operatorToken.kind)) {
        const getallen = isNumber(node.left) && isNumber(node.right);
        if (getallen && BEDRAGWOORD.test(context(bron, node)))
          meld(node, "number-rekenen met een bedrag");
      }
      if (ts.isCallExpression(node)) {
        const functie = node.expression.getText(bron);
        if (CONVERSIE.test(functie) && BEDRAGWOORD.test(context(bron, node)))
          meld(node, "bedrag omgezet naar number");
        if (ts.isPropertyAccessExpression(node.expression)) {
          const methode = node.expression.name.text;
          if (methode === "toNumber") meld(node, "Decimal.toNumber() verliest precisie");
          if (methode === "toFixed" && isNumber(node.expression.expression))
            meld(node, "toFixed op een number");
        }
      }
      ts.forEachChild(node, bezoek);
    };
    bezoek(bron);
  }
  return gevonden;
}

// Type-checking all of shared/ takes seconds on a busy 2-core machine.
describe("geldregels in shared/ (§11)", { timeout: 60_000 }, () => {
  it("rekent nooit met JavaScript-getallen aan bedragen en importeert Decimal op één plek", () => {
    expect(zoekOvertredingen(SHARED)).toEqual([]);
  });

  it("vindt een overtreding wanneer die er wel is (de controle zelf werkt)", () => {
    const map = mkdtempSync(join(tmpdir(), "geldregels-"));
    writeFileSync(
      join(map, "fout.ts"),
      [
        'import { Decimal } from "decimal.js";',
        "export const bedrag = 0.1 + 0.2;",
        'export const totaal = parseFloat("1.10") * 3;',
        'export const saldo = new Decimal("1").toNumber();',
        "export const maand = 13 - 4; // rekenen met maanden mag",
      ].join("\n"),
    );
    const regels = zoekOvertredingen(map).map((o) => o.regel.split(":")[0]);
    expect(regels).toEqual([
      "importeer Decimal uit shared/geld/decimal.ts",
      "number-rekenen met een bedrag",
      "number-rekenen met een bedrag",
      "bedrag omgezet naar number",
      "Decimal.toNumber() verliest precisie",
    ]);
  });
});
