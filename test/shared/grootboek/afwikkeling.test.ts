import { describe, expect, it } from "vitest";
import {
  type AfwikkelingInvoer,
  type TeVerrekenen,
  wikkelAf,
} from "#shared/grootboek/afwikkeling.js";
import type { Boeking } from "#shared/grootboek/boeking.js";
import { openPosten, verrekeningenSluiten, vorderingStatus } from "#shared/grootboek/posten.js";
import { cijfers, reconcilieert, saldoVan } from "#shared/grootboek/saldo.js";
import { vorderingVan } from "#shared/grootboek/vordering.js";
import { dagTekst } from "#shared/kalender/tijd.js";
import { betaaldVoorschot, boeking, d, tekst, voorschottenE, ZAAK } from "./hulp.js";

const OP = new Date("2021-05-20T10:00:00+02:00");
const invoer = (
  vastgesteld: string,
  boekingen: Boeking[],
  teVerrekenen: TeVerrekenen[] = [],
): AfwikkelingInvoer => ({
  zaak: ZAAK,
  vastgesteld: d(vastgesteld),
  boekingen,
  teVerrekenen,
  op: OP,
  oorzaak: { soort: "vaststelling", id: "v1" },
});
const afwikkeling = (i: AfwikkelingInvoer) => {
  const r = wikkelAf(i);
  if (!r.ok) throw new Error(r.fout.melding);
  return r.waarde;
};
const kort = (b: Boeking) => ({ soort: b.soort, jaar: b.jaar, bedrag: tekst(b.bedrag) });

describe("afwikkeling na de vaststelling (§15.4)", () => {
  it("§13 E: vastgesteld 892.918,08, betaald 768.000,00 geeft één nabetaling van 124.918,08; na de vrijgave is de zaak afgewikkeld", () => {
    const ledger = voorschottenE();
    expect(tekst(cijfers(saldoVan(ledger)).positie)).toBe("768000.00");
    const a = afwikkeling(invoer("892918.08", ledger));
    expect(tekst(a.saldo)).toBe("124918.08");
    expect(a.boekingen.map(kort)).toEqual([
      { soort: "nabetaling_besteld", jaar: 2020, bedrag: "124918.08" },
    ]);
    expect(a.boekingen[0]!.sleutel).toBe("nabetaling_besteld#a1#z1#2020#vaststelling:v1#1");
    expect(a.afgewikkeld).toBe(false);

    const na = [...ledger, ...a.boekingen];
    const voorVrijgave = reconcilieert(d("892918.08"), na);
    expect(voorVrijgave).toMatchObject({ ok: true, waarde: { klopt: true, afgewikkeld: false } });
    const vrijgave = boeking("nabetaling_vrijgegeven", "124918.08", {
      betreft: a.boekingen[0]!.sleutel,
    });
    const r = reconcilieert(d("892918.08"), [...na, vrijgave]);
    expect(r).toMatchObject({ ok: true, waarde: { klopt: true, afgewikkeld: true } });
    if (r.ok) expect(tekst(r.waarde.cijfers.positie)).toBe("892918.08");
    // Settling again books nothing: the keys of the first run are the only ones.
    expect(afwikkeling(invoer("892918.08", [...na, vrijgave]))).toMatchObject({
      boekingen: [],
      afgewikkeld: true,
    });
  });

  it("terugvordering: te veel betaald wordt een vordering die 30 dagen na de vaststelling vervalt", () => {
    const ledger = [...voorschottenE(), ...betaaldVoorschot("132000.00", 12)]; // 900.000,00
    const a = afwikkeling(invoer("892918.08", ledger));
    expect(a.boekingen.map(kort)).toEqual([
      { soort: "vordering_opgelegd", jaar: 2020, bedrag: "-7081.92" },
    ]);
    expect(dagTekst(a.vervaldatum!)).toBe("2021-06-19");
    const ontvangst = boeking("vordering_ontvangen", "-7081.92", {
      betreft: a.boekingen[0]!.sleutel,
    });
    const alles = [...ledger, ...a.boekingen, ontvangst];
    expect(reconcilieert(d("892918.08"), alles)).toMatchObject({
      ok: true,
      waarde: { klopt: true, afgewikkeld: true },
    });
    const posten = openPosten(alles);
    const vordering = posten.ok && posten.waarde.find((p) => p.soort === "vordering");
    expect(vordering && vorderingStatus(vordering)).toBe("ontvangen");
    const stand = vorderingVan(alles);
    expect(stand.ok && stand.waarde?.status).toBe("ontvangen");
  });

  it("de vervaldatum is de Amsterdamse dag: 31 mei 23:30 UTC is 1 juni, dus 1 juli", () => {
    const ledger = betaaldVoorschot("100.00", 3);
    const a = wikkelAf({ ...invoer("40.00", ledger), op: new Date("2021-05-31T23:30:00Z") });
    expect(a.ok && dagTekst(a.waarde.vervaldatum!)).toBe("2021-07-01");
    const kort14 = wikkelAf({ ...invoer("40.00", ledger), termijnDagen: 14 });
    expect(kort14.ok && dagTekst(kort14.waarde.vervaldatum!)).toBe("2021-06-03");
  });

  it("verrekening: eerst tegen wat het zorgkantoor in een ander jaar nog verschuldigd is, vroegste jaar eerst, de rest een vordering", () => {
    const ledger = [...voorschottenE(), ...betaaldVoorschot("132000.00", 12)];
    const z2022 = { ...ZAAK, jaar: 2022 };
    const z2019 = { ...ZAAK, jaar: 2019 };
    const order2022 = boeking("voorschot_besteld", "5000.00", {}, z2022);
    const nabetaling2019 = boeking("nabetaling_besteld", "1000.00", {}, z2019);
    const a = afwikkeling(
      invoer("892918.08", ledger, [
        { jaar: 2022, soort: "voorschot", bedrag: d("5000.00"), sleutel: order2022.sleutel },
        { jaar: 2019, soort: "nabetaling", bedrag: d("1000.00"), sleutel: nabetaling2019.sleutel },
      ]),
    );
    expect(a.boekingen.map(kort)).toEqual([
      { soort: "verrekening", jaar: 2020, bedrag: "-1000.00" },
      { soort: "verrekening", jaar: 2019, bedrag: "1000.00" },
      { soort: "verrekening", jaar: 2020, bedrag: "-5000.00" },
      { soort: "verrekening", jaar: 2022, bedrag: "5000.00" },
      { soort: "vordering_opgelegd", jaar: 2020, bedrag: "-1081.92" },
    ]);
    expect(tekst(a.verrekend)).toBe("6000.00");
    expect(verrekeningenSluiten([...a.boekingen])).toEqual({ ok: true, waarde: true });
    // The 2022 case: its order is settled by offset, nothing is left to pay, its position is 5.000.
    const in2022 = [order2022, ...a.boekingen.filter((b) => b.jaar === 2022)];
    const c2022 = cijfers(saldoVan(in2022));
    expect([tekst(c2022.openstaandBesteld), tekst(c2022.positie)]).toEqual(["0.00", "5000.00"]);
    const eigen = [...ledger, ...a.boekingen.filter((b) => b.jaar === 2020)];
    expect(reconcilieert(d("892918.08"), eigen)).toMatchObject({
      ok: true,
      waarde: { klopt: true },
    });
  });

  it("een open voorschotopdracht wordt eerst geschrapt, niet betaald en teruggevorderd", () => {
    const decemberOpen = boeking("voorschot_besteld", "64000.00");
    const ledger = [...voorschottenE().slice(0, 18), decemberOpen]; // Dec not released: 704.000
    const a = afwikkeling(invoer("700000.00", ledger));
    expect(a.boekingen.map(kort)).toEqual([
      { soort: "correctie", jaar: 2020, bedrag: "-64000.00" },
      { soort: "vordering_opgelegd", jaar: 2020, bedrag: "-4000.00" },
    ]);
    expect(tekst(a.saldo)).toBe("-4000.00");
  });

  it("herziening (§15.6): een hoger bedrag verlaagt eerst de open vordering, een lager bedrag schrapt de open nabetaling", () => {
    const ledger = [...voorschottenE(), ...betaaldVoorschot("132000.00", 12)];
    const eerst = afwikkeling(invoer("892918.08", ledger)); // vordering 7.081,92 open
    const herzien = {
      ...invoer("899000.00", [...ledger, ...eerst.boekingen]),
      oorzaak: { soort: "herziening", id: "v2" } as const,
    };
    const h = afwikkeling(herzien);
    expect(h.boekingen.map(kort)).toEqual([{ soort: "correctie", jaar: 2020, bedrag: "6081.92" }]);
    const r = reconcilieert(d("899000.00"), [...herzien.boekingen, ...h.boekingen]);
    expect(r.ok && tekst(r.waarde.cijfers.vorderingOpen)).toBe("1000.00");
    const omhoog = afwikkeling({ ...herzien, vastgesteld: d("901000.00") });
    expect(omhoog.boekingen.map(kort)).toEqual([
      { soort: "correctie", jaar: 2020, bedrag: "7081.92" },
      { soort: "nabetaling_besteld", jaar: 2020, bedrag: "1000.00" },
    ]);
  });

  it("nul: niets te boeken en afgewikkeld", () => {
    const a = afwikkeling(invoer("768000.00", voorschottenE()));
    expect(a).toMatchObject({ boekingen: [], afgewikkeld: true });
  });

  it("meldt ongeldige invoer met het veld", () => {
    const ander = boeking("voorschot_besteld", "1.00", {}, { ...ZAAK, jaar: 2021 });
    expect(wikkelAf(invoer("1.00", [ander]))).toMatchObject({
      ok: false,
      fout: { code: "ANDERE_ZAAK", veld: "boekingen[0]" },
    });
    const zelfde = [{ jaar: 2020, soort: "voorschot" as const, bedrag: d("1.00"), sleutel: "o" }];
    expect(wikkelAf(invoer("1.00", [], zelfde))).toMatchObject({
      ok: false,
      fout: { code: "ZELFDE_JAAR", veld: "teVerrekenen[0].jaar" },
    });
    const order = boeking("voorschot_besteld", "10.00");
    const teVeel = boeking("betaling_vrijgegeven", "10.01", { betreft: order.sleutel });
    expect(wikkelAf(invoer("1.00", [order, teVeel]))).toMatchObject({
      ok: false,
      fout: { code: "POST_OVERSCHREDEN", veld: "boekingen[1].bedrag" },
    });
    const los = boeking("betaling_vrijgegeven", "1.00", { betreft: "bestaat-niet" });
    expect(wikkelAf(invoer("1.00", [los]))).toMatchObject({
      ok: false,
      fout: { code: "BETREFT_ONBEKEND", veld: "boekingen[0].betreft" },
    });
    expect(wikkelAf({ ...invoer("1.00", []), termijnDagen: -1 })).toMatchObject({
      ok: false,
      fout: { veld: "termijnDagen" },
    });
  });
});
