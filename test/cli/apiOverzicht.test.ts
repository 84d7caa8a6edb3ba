// docs/api.md is the API overview generated from the OpenAPI document (npm run schemas): it stays
// current with the route table, so a new or changed route shows there.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { API_OVERZICHT, apiOverzicht } from "#cli/apiOverzicht.js";
import { ROUTES } from "#functions/routes.js";

describe("docs/api.md", () => {
  it("komt overeen met de routetabel (npm run schemas)", () => {
    expect(readFileSync(API_OVERZICHT, "utf8")).toBe(apiOverzicht());
  });

  it("noemt elke route met haar rollen", () => {
    const tekst = apiOverzicht();
    for (const r of ROUTES) expect(tekst).toContain(`| ${r.methode} | \`${r.pad}\` |`);
  });
});
