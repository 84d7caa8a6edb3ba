// Writes the JSON Schema of every calculation's input and output to docs/berekeningen/, generated
// from the same zod schemas that validate, and the API overview docs/api.md (`npm run schemas`).
// A test keeps the files current.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { Berekening } from "#shared/berekening.js";
import { BEREKENINGEN } from "#shared/berekeningen.js";
import { API_OVERZICHT, apiOverzicht } from "./apiOverzicht.js";

export const SCHEMA_MAP = join(import.meta.dirname, "../docs/berekeningen");

export function jsonSchema(b: Berekening): string {
  const schema = {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: b.naam,
    description: `${b.omschrijving} (${b.bron})`,
    invoer: z.toJSONSchema(b.invoer, { io: "input", unrepresentable: "any" }),
    uitvoer: z.toJSONSchema(b.uitvoer, { io: "output", unrepresentable: "any" }),
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] === import.meta.filename) {
  mkdirSync(SCHEMA_MAP, { recursive: true });
  for (const b of BEREKENINGEN)
    writeFileSync(join(SCHEMA_MAP, `${b.naam}.schema.json`), jsonSchema(b));
  console.log(`${BEREKENINGEN.length} schema's geschreven naar docs/berekeningen/`);
  writeFileSync(API_OVERZICHT, apiOverzicht());
  console.log("API-overzicht geschreven naar docs/api.md");
}
