// docs/regels.md §1: an action on a zorgkantoor as a whole needs a membership at that zorgkantoor whose
// role carries it (functions/lib/zorgkantoor.ts): none there → 404, the wrong role → 403 naming
// the role that may.
import { describe, expect, it } from "vitest";
import { rolBijZorgkantoor } from "#functions/lib/zorgkantoor.js";
import type { Lidmaatschap } from "#shared/toegang/lidmaatschap.js";

const als = (...lidmaatschappen: Lidmaatschap[]) => ({ sub: "u", email: null, lidmaatschappen });
const weigering = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e as { status: number; message: string };
  }
  throw new Error("geen weigering");
};

describe("rol bij een zorgkantoor", () => {
  it("geeft de rol die de handeling draagt, ook naast een andere rol bij hetzelfde zorgkantoor", () => {
    const g = als(
      { rol: "beoordelaar", zorgkantoorId: "zk1" },
      { rol: "zorgkantoor-beheer", zorgkantoorId: "zk1" },
    );
    expect(rolBijZorgkantoor(g, "zk1", "budgetBeheren")).toBe("zorgkantoor-beheer");
    expect(rolBijZorgkantoor(g, "zk1", "lezen")).toBe("beoordelaar");
  });

  it("404 zonder lidmaatschap bij dát zorgkantoor: beheer elders, aanbieder en landelijk tellen niet", () => {
    const g = als(
      { rol: "zorgkantoor-beheer", zorgkantoorId: "zk2" },
      { rol: "aanbieder", aanbiederId: "zk1" },
      { rol: "landelijk-beheer" },
    );
    expect(weigering(() => rolBijZorgkantoor(g, "zk1", "lezen")).status).toBe(404);
  });

  it("403 met de reden als de rol de handeling niet draagt", () => {
    const f = weigering(() =>
      rolBijZorgkantoor(als({ rol: "beoordelaar", zorgkantoorId: "zk1" }), "zk1", "herschikken"),
    );
    expect(f.status).toBe(403);
    expect(f.message).toContain("alleen de rol zorgkantoor-beheer");
    expect(f.message).toContain("u heeft er de rol beoordelaar");
  });
});
