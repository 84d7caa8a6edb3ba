import { describe, expect, it } from "vitest";
import { wikkelAf } from "#shared/grootboek/afwikkeling.js";
import { openPosten, vorderingStatus } from "#shared/grootboek/posten.js";
import {
  cijfers,
  LEEG_SALDO,
  pasToe,
  reconcilieert,
  SaldoSchema,
  saldoSleutels,
  saldoTekst,
  saldoVan,
  telOp,
} from "#shared/grootboek/saldo.js";
import { vorderingVan } from "#shared/grootboek/vordering.js";
import { betaaldVoorschot, boeking, d, tekst, ZAAK } from "./hulp.js";

describe("saldi uit het grootboek (§15.3)", () => {
  it("betaald telt alleen vrijgegeven betalingen; openstaand is besteld en nog niet vrijgegeven", () => {
    const open = boeking("voorschot_besteld", "64000.00");
    const c = cijfers(saldoVan([...betaaldVoorschot("192000.00", 3), open]));
    expect([tekst(c.positie), tekst(c.openstaandBesteld), tekst(c.eindpositie)]).toEqual([
      "192000.00",
      "64000.00",
      "256000.00",
    ]);
  });

  it("een lopend saldo per zorgkantoor-jaar is de som van zijn zaken; de opgeslagen vorm leest terug", () => {
    const ander = { ...ZAAK, aanbiederId: "a2" };
    const a = betaaldVoorschot("100.00", 3);
    const b = betaaldVoorschot("250.50", 4, ander);
    expect(saldoSleutels(ZAAK).zorgkantoor).toBe(saldoSleutels(ander).zorgkantoor);
    const lopend = [...a, ...b].reduce(pasToe, LEEG_SALDO);
    expect(saldoTekst(lopend)).toEqual(saldoTekst(telOp(saldoVan(a), saldoVan(b))));
    expect(saldoTekst(SaldoSchema.parse(saldoTekst(lopend)))).toEqual(saldoTekst(lopend));
  });

  it("reconcilieert weigert een andere zaak en een bijgehouden saldo dat afwijkt", () => {
    const a = betaaldVoorschot("100.00", 3);
    const vreemd = boeking("voorschot_besteld", "1.00", {}, { ...ZAAK, jaar: 2021 });
    expect(reconcilieert(undefined, [...a, vreemd])).toMatchObject({
      ok: false,
      fout: { code: "ANDERE_ZAAK", veld: "boekingen[2]" },
    });
    const bijgehouden = { ...saldoVan(a), betaald: d("99.99") };
    expect(reconcilieert(undefined, a, bijgehouden)).toMatchObject({
      ok: false,
      fout: { code: "SALDO_WIJKT_AF", veld: "bijgehouden.betaald" },
    });
    expect(reconcilieert(d("100.00"), a, saldoVan(a))).toMatchObject({
      ok: true,
      waarde: { klopt: true, afgewikkeld: true },
    });
    expect(reconcilieert(d("100.01"), a)).toMatchObject({ ok: true, waarde: { klopt: false } });
  });

  it("een open vordering wordt later verrekend met een betaling die dan verschuldigd is (status verrekend)", () => {
    const ledger = betaaldVoorschot("1000.00", 3);
    const oorzaak = { soort: "vaststelling", id: "v1" } as const;
    const op = new Date("2021-05-20T10:00:00+02:00");
    const basis = { zaak: ZAAK, boekingen: ledger, teVerrekenen: [], op, oorzaak };
    const eerst = wikkelAf({ ...basis, vastgesteld: d("900.00") });
    if (!eerst.ok) throw new Error(eerst.fout.melding);
    const na = [...ledger, ...eerst.waarde.boekingen];
    const order2021 = boeking("voorschot_besteld", "64000.00", {}, { ...ZAAK, jaar: 2021 });
    const later = wikkelAf({
      ...basis,
      boekingen: na,
      vastgesteld: d("900.00"),
      oorzaak: { soort: "verrekening", id: "batch-2021-01" },
      teVerrekenen: [
        { jaar: 2021, soort: "voorschot", bedrag: d("64000.00"), sleutel: order2021.sleutel },
      ],
    });
    if (!later.ok) throw new Error(later.fout.melding);
    expect(later.waarde.boekingen.map((b) => [b.jaar, tekst(b.bedrag), b.betreft])).toEqual([
      [2020, "-100.00", eerst.waarde.boekingen[0]!.sleutel],
      [2021, "100.00", order2021.sleutel],
    ]);
    expect(later.waarde.afgewikkeld).toBe(true);
    const posten = openPosten([...na, ...later.waarde.boekingen.filter((b) => b.jaar === 2020)]);
    const vordering = posten.ok ? posten.waarde.find((p) => p.soort === "vordering") : undefined;
    expect(vordering && vorderingStatus(vordering)).toBe("verrekend");
    // The case's vordering as page and letter show it says the same.
    const stand = vorderingVan([...na, ...later.waarde.boekingen.filter((b) => b.jaar === 2020)]);
    expect(stand.ok && stand.waarde?.status).toBe("verrekend");
  });
});
