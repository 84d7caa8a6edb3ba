// The cursor check of functions/lib/paginering.ts: a cursor round-trips, and everything that is
// not exactly the key of the requested list answers 422 naming `cursor` (never a DynamoDB 500).
import { describe, expect, it } from "vitest";
import { cursorVan, type Sleutelvorm, startVan } from "#functions/lib/paginering.js";
import { HttpProbleem } from "#functions/lib/probleem.js";

const vorm: Sleutelvorm = {
  pk: (w) => w === "AANVRAAG#a1",
  sk: (w) => w.startsWith("AUDIT#"),
};
const code = (c: string) => {
  try {
    startVan(c, vorm);
    return "geaccepteerd";
  } catch (e) {
    expect(e).toBeInstanceOf(HttpProbleem);
    const p = e as HttpProbleem;
    return `${p.status} ${p.veld}`;
  }
};
const b64 = (x: unknown) => Buffer.from(JSON.stringify(x), "utf8").toString("base64url");

describe("cursor", () => {
  it("geeft de sleutel terug die erin ging, en niets zonder cursor", () => {
    const sleutel = { pk: "AANVRAAG#a1", sk: "AUDIT#2020-01-15T09:00:00.000Z#x" };
    expect(startVan(cursorVan(sleutel)!, vorm)).toEqual(sleutel);
    expect(startVan(undefined, vorm)).toBeUndefined();
    expect(cursorVan(undefined)).toBeNull();
  });

  it("weigert met 422 op cursor wat niet precies een sleutel van deze lijst is", () => {
    for (const c of [
      "kapot",
      b64(null),
      b64([1]),
      b64("tekst"),
      b64({ pk: "AANVRAAG#a2", sk: "AUDIT#x" }),
      b64({ pk: "AANVRAAG#a1", sk: "VERSIE#0001" }),
      b64({ pk: "AANVRAAG#a1" }),
      b64({ pk: "AANVRAAG#a1", sk: "AUDIT#x", gsi1pk: "x" }),
      b64({ pk: "AANVRAAG#a1", sk: 5 }),
      b64({ pk: "AANVRAAG#a1", sk: { S: "AUDIT#x" } }),
      b64({ pk: "AANVRAAG#a1", sk: `AUDIT#${"x".repeat(1001)}` }),
      Buffer.from('{"pk":"AANVRAAG#a1","__proto__":"AUDIT#x"}').toString("base64url"),
      b64({ constructor: "AANVRAAG#a1", sk: "AUDIT#x" }),
    ])
      expect(code(c), c).toBe("422 cursor");
  });
});
