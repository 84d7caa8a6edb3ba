import { describe, expect, it } from "vitest";
import { ROLLEN } from "#shared/rollen.js";
import type { Lidmaatschap } from "#shared/toegang/lidmaatschap.js";
import { HANDELINGEN, RECHTEN, rollenMet, rolMag } from "#shared/toegang/rechten.js";
import { magRoute } from "#shared/toegang/route.js";
import { opsomming, rollenVan, scopeVan } from "#shared/toegang/scope.js";

const lid: Lidmaatschap[] = [
  { rol: "zorgkantoor-beheer", zorgkantoorId: "zk-2" },
  { rol: "aanbieder", aanbiederId: "a-2" },
  { rol: "beoordelaar", zorgkantoorId: "zk-1" },
  { rol: "aanbieder", aanbiederId: "a-1" },
  { rol: "beoordelaar", zorgkantoorId: "zk-2" },
];

describe("rollen en scope uit lidmaatschappen (§1)", () => {
  it("geeft elke rol één keer, in de volgorde van ROLLEN", () => {
    expect(rollenVan(lid)).toEqual(["aanbieder", "beoordelaar", "zorgkantoor-beheer"]);
    expect(rollenVan([])).toEqual([]);
  });

  it("vat de scope samen: organisaties, zorgkantoren en landelijk", () => {
    expect(scopeVan(lid)).toEqual({
      landelijk: false,
      aanbiederIds: ["a-1", "a-2"],
      zorgkantoorIds: ["zk-1", "zk-2"],
    });
    expect(scopeVan([{ rol: "landelijk-beheer" }]).landelijk).toBe(true);
  });

  it("somt op in het Nederlands", () => {
    expect(opsomming([])).toBe("");
    expect(opsomming(["a"])).toBe("a");
    expect(opsomming(["a", "b"])).toBe("a of b");
    expect(opsomming(["a", "b", "c"])).toBe("a, b of c");
  });
});

describe("de rechtenkaart (§1)", () => {
  it("geeft elke rol leesrecht", () => {
    for (const r of ROLLEN) expect(rolMag(r, "lezen")).toBe(true);
  });

  it("laat alleen zorgkantoor-beheer als tweede tekenen, herschikken en vaststellen", () => {
    for (const h of ["tweedeHandtekening", "herschikken", "vaststellen"] as const) {
      expect(rollenMet(h)).toEqual(["zorgkantoor-beheer"]);
    }
  });

  it("geeft zorgkantoor-beheer alles wat de beoordelaar mag", () => {
    for (const h of RECHTEN.beoordelaar) expect(rolMag("zorgkantoor-beheer", h)).toBe(true);
  });

  it("laat alleen landelijk-beheer de jaarparameters beheren", () => {
    expect(rollenMet("parametersBeheren")).toEqual(["landelijk-beheer"]);
  });

  it("laat alleen de aanbieder indienen en realisatie melden", () => {
    expect(rollenMet("indienen")).toEqual(["aanbieder"]);
    expect(rollenMet("realisatieMelden")).toEqual(["aanbieder"]);
  });

  it("geeft landelijk-beheer geen handeling op zaakinhoud behalve lezen", () => {
    const zaakhandelingen = HANDELINGEN.filter(
      (h) => !["lezen", "parametersBeheren", "landelijkBeheren"].includes(h),
    );
    for (const h of zaakhandelingen) expect(rolMag("landelijk-beheer", h)).toBe(false);
  });

  it("gebruikt alleen bekende handelingen", () => {
    for (const r of ROLLEN) for (const h of RECHTEN[r]) expect(HANDELINGEN).toContain(h);
  });
});

describe("toegang tot een route (§1, deny by default)", () => {
  it("laat iedereen op een publieke route", () => {
    expect(magRoute([], "publiek").toegestaan).toBe(true);
  });

  it("laat niemand op een route zonder rollen", () => {
    expect(magRoute([{ rol: "landelijk-beheer" }], [])).toEqual({
      toegestaan: false,
      reden: "deze actie staat voor geen enkele rol open",
    });
  });

  it("weigert een gebruiker zonder lidmaatschap, met de weg naar toegang", () => {
    const t = magRoute([], ["aanbieder"]);
    expect(t.toegestaan).toBe(false);
    if (!t.toegestaan) expect(t.reden).toContain("nog geen lidmaatschap");
  });

  it("weigert een rol die de route niet noemt, en noemt beide kanten", () => {
    expect(
      magRoute([{ rol: "aanbieder", aanbiederId: "a" }], ["beoordelaar", "zorgkantoor-beheer"]),
    ).toEqual({
      toegestaan: false,
      reden:
        "deze actie is alleen voor de rol beoordelaar of zorgkantoor-beheer; u heeft de rol aanbieder",
    });
  });

  it("laat toe onder de rollen die passen", () => {
    expect(magRoute(lid, ["beoordelaar", "landelijk-beheer"])).toEqual({
      toegestaan: true,
      rollen: ["beoordelaar"],
    });
  });
});
