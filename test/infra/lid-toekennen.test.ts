// The membership command for the first beheerder validates its options and names the
// missing one, in Dutch; it never writes with an incomplete membership.
import { describe, expect, it } from "vitest";
import { leesArgumenten } from "#infra/lid-toekennen.js";

describe("lidmaatschap toekennen na uitrol", () => {
  it("leest een zorgkantoor-beheerder met zijn zorgkantoor", () => {
    const r = leesArgumenten([
      "--tabel",
      "kwaliteitsbudget-prod",
      "--sub",
      "abc-123",
      "--rol",
      "zorgkantoor-beheer",
      "--zorgkantoor",
      "zk-west",
    ]);
    expect(r).toEqual({
      ok: true,
      waarde: {
        tabel: "kwaliteitsbudget-prod",
        sub: "abc-123",
        regio: "eu-west-1",
        lidmaatschap: { rol: "zorgkantoor-beheer", zorgkantoorId: "zk-west" },
      },
    });
  });

  it("weigert een zorgkantoorrol zonder zorgkantoor en noemt de optie", () => {
    const r = leesArgumenten(["--tabel", "kb-prod", "--sub", "x", "--rol", "beoordelaar"]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fout.veld).toBe("zorgkantoor");
  });

  it("weigert een onbekende rol en een onbekende optie", () => {
    expect(leesArgumenten(["--tabel", "kb-prod", "--sub", "x", "--rol", "baas"]).ok).toBe(false);
    expect(leesArgumenten(["--onzin", "1"]).ok).toBe(false);
  });

  it("kent landelijk-beheer toe zonder organisatie", () => {
    const r = leesArgumenten(["--tabel", "kb-prod", "--sub", "x", "--rol", "landelijk-beheer"]);
    expect(r.ok && r.waarde.lidmaatschap).toEqual({ rol: "landelijk-beheer" });
  });
});
