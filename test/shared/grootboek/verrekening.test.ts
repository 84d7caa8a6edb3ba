import { describe, expect, it } from "vitest";
import type { Boeking, Zaak } from "#shared/grootboek/boeking.js";
import { openPosten, verrekeningenSluiten } from "#shared/grootboek/posten.js";
import { verrekenMetOpdracht } from "#shared/grootboek/verrekening.js";
import { vorderingVan } from "#shared/grootboek/vordering.js";
import { boeking, tekst, ZAAK } from "./hulp.js";

const Z2021: Zaak = { ...ZAAK, jaar: 2021 };
const OP = new Date("2021-06-01T10:00:00+02:00");

/** Year 2020 settled with a vordering of 5.000,00, 1.000,00 of it received. */
function vordering2020(): Boeking[] {
  const v = boeking("vordering_opgelegd", "-5000.00", { vervaldatum: "2021-06-19" });
  return [v, boeking("vordering_ontvangen", "-1000.00", { betreft: v.sleutel })];
}

/** The order of June 2021 (key as the ledger has it) and the entry it makes. */
const order = (bedrag: string) => boeking("voorschot_besteld", bedrag, {}, Z2021);

describe("latere verrekening van een open vordering met een nieuwe betaalopdracht (§15.4)", () => {
  it("een opdracht van 10.000,00 verrekent de open 4.000,00 en betaalt nog 6.000,00; de vordering is verrekend", () => {
    const o = order("10000.00");
    const oud = vordering2020();
    const r = verrekenMetOpdracht({ zaak: Z2021, sleutel: o.sleutel, bedrag: o.bedrag, op: OP }, [
      { zaak: ZAAK, boekingen: oud },
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect([tekst(r.waarde.verrekend), tekst(r.waarde.rest)]).toEqual(["4000.00", "6000.00"]);
    expect(r.waarde.boekingen.map((b) => `${b.jaar} ${b.soort} ${tekst(b.bedrag)}`)).toEqual([
      "2020 verrekening -4000.00",
      "2021 verrekening 4000.00",
    ]);
    // The pair closes, the vordering is settled (received 1.000, offset 4.000), the order has 6.000 open.
    expect(verrekeningenSluiten([...oud, o, ...r.waarde.boekingen]).ok).toBe(true);
    const v = vorderingVan([...oud, ...r.waarde.boekingen.filter((b) => b.jaar === 2020)]);
    expect(
      v.ok && v.waarde && [tekst(v.waarde.open), tekst(v.waarde.verrekend), v.waarde.status],
    ).toEqual(["0.00", "4000.00", "ontvangen"]);
    const posten = openPosten([o, ...r.waarde.boekingen.filter((b) => b.jaar === 2021)]);
    expect(posten.ok && tekst(posten.waarde[0]!.open)).toBe("6000.00");
  });

  it("een opdracht kleiner dan de vordering verrekent zich helemaal; de vordering blijft open met minder", () => {
    const o = order("1500.00");
    const v = boeking("vordering_opgelegd", "-5000.00", { vervaldatum: "2021-06-19" });
    const r = verrekenMetOpdracht({ zaak: Z2021, sleutel: o.sleutel, bedrag: o.bedrag, op: OP }, [
      { zaak: ZAAK, boekingen: [v] },
    ]);
    expect(r.ok && [tekst(r.waarde.verrekend), tekst(r.waarde.rest)]).toEqual(["1500.00", "0.00"]);
    if (!r.ok) return;
    const stand = vorderingVan([v, r.waarde.boekingen[0]!]);
    expect(stand.ok && stand.waarde && [tekst(stand.waarde.open), stand.waarde.status]).toEqual([
      "3500.00",
      "open",
    ]);
  });

  it("verrekent niets zonder open vordering, en nooit met een vordering van hetzelfde jaar", () => {
    const o = order("800.00");
    const zelfdeJaar = boeking(
      "vordering_opgelegd",
      "-100.00",
      { vervaldatum: "2022-01-01" },
      Z2021,
    );
    const r = verrekenMetOpdracht({ zaak: Z2021, sleutel: o.sleutel, bedrag: o.bedrag, op: OP }, [
      { zaak: Z2021, boekingen: [zelfdeJaar] },
      { zaak: ZAAK, boekingen: [] },
    ]);
    expect(r.ok && [r.waarde.boekingen.length, tekst(r.waarde.rest)]).toEqual([0, "800.00"]);
  });

  it("de oudste vordering eerst, en weigert een zaak van een andere aanbieder", () => {
    const o = order("700.00");
    const v2019 = boeking(
      "vordering_opgelegd",
      "-500.00",
      { vervaldatum: "2020-06-01" },
      {
        ...ZAAK,
        jaar: 2019,
      },
    );
    const r = verrekenMetOpdracht({ zaak: Z2021, sleutel: o.sleutel, bedrag: o.bedrag, op: OP }, [
      { zaak: ZAAK, boekingen: vordering2020() },
      { zaak: { ...ZAAK, jaar: 2019 }, boekingen: [v2019] },
    ]);
    expect(r.ok && r.waarde.vorderingen.map((v) => `${v.jaar} ${tekst(v.bedrag)}`)).toEqual([
      "2019 500.00",
      "2020 200.00",
    ]);
    const fout = verrekenMetOpdracht(
      { zaak: Z2021, sleutel: o.sleutel, bedrag: o.bedrag, op: OP },
      [{ zaak: { ...ZAAK, aanbiederId: "ander" }, boekingen: [] }],
    );
    expect(fout.ok ? "" : fout.fout.code).toBe("ANDERE_ZAAK");
  });
});
