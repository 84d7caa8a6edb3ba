import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonSchema, SCHEMA_MAP } from "#cli/schemas.js";
import { voerUit } from "#shared/berekening.js";
import { BEREKENINGEN } from "#shared/berekeningen.js";

const ROOT = join(import.meta.dirname, "../..");

describe("gedocumenteerde invoer- en uitvoerformaten", () => {
  it.each(BEREKENINGEN.map((b) => [b.naam, b] as const))(
    "docs/berekeningen/%s.schema.json komt overeen met het zod-schema (npm run schemas)",
    (naam, b) => {
      const bestand = join(SCHEMA_MAP, `${naam}.schema.json`);
      expect(existsSync(bestand)).toBe(true);
      expect(readFileSync(bestand, "utf8")).toBe(jsonSchema(b));
    },
  );
});

describe("voorbeelden in docs/voorbeelden en docs/rekencommando.md", () => {
  const rekencommando = readFileSync(join(ROOT, "docs/rekencommando.md"), "utf8");

  it.each(BEREKENINGEN.map((b) => [b.naam, b] as const))(
    "%s heeft een werkend voorbeeld en staat in docs/rekencommando.md",
    (naam, b) => {
      const voorbeeld = JSON.parse(
        readFileSync(join(ROOT, "docs/voorbeelden", `${naam}.json`), "utf8"),
      );
      expect(voerUit(b, voorbeeld)).toMatchObject({ ok: true });
      expect(rekencommando).toContain(`docs/voorbeelden/${naam}.json`);
    },
  );
});
