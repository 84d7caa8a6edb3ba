// The obligations of §10 derived from the facts of the cases, for every kind of
// soorten.ts: who carries it, its window and deadline (§3.2, §5), when it is met, and its link.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Feiten,
  openOp,
  verplichtingenUit,
  type ZaakFeiten,
} from "#shared/herinneringen/afleiding.js";
import { SOORTEN, VERPLICHTING_SOORTEN } from "#shared/herinneringen/soorten.js";
import { TOESTANDEN } from "#shared/indiening/toestanden.js";
import { amsterdam, dagTekst, vergelijkDag } from "#shared/kalender/tijd.js";
import { link } from "#shared/paginas.js";

const zaak = (over: Partial<ZaakFeiten> = {}): ZaakFeiten => ({
  id: "zaak-1",
  aanbiederId: "aanb-1",
  zorgkantoorId: "zk-1",
  jaar: 2020,
  toestand: "addendum_getekend",
  ontvangen: { jaar: 2019, maand: 10, dag: 1 },
  afspraak: true,
  realisaties: [],
  accountantsrapport: false,
  vastgesteld: false,
  behandelaar: null,
  ...over,
});
const feiten = (zaken: ZaakFeiten[], herschikt: Feiten["herschikt"] = []): Feiten => ({
  zaken,
  herschikt,
});
/** Recipients named after organisation and roles, so the test sees who gets what. */
const wie = (o: { soort: string; id: string }, rollen: readonly string[]) =>
  rollen.map((r) => `${o.id}/${r}`);

const van = (f: Feiten, sleutel: string) => {
  const v = verplichtingenUit(f, wie).find((x) => x.sleutel === sleutel);
  if (!v) throw new Error(`geen verplichting ${sleutel}`);
  return {
    opent: v.opent && dagTekst(v.opent),
    deadline: dagTekst(v.deadline),
    voldaan: v.voldaan,
    ontvangers: v.ontvangers,
    link: v.link,
  };
};
const sleutels = (f: Feiten) => verplichtingenUit(f, wie).map((v) => v.sleutel);

describe("verplichtingen uit de gegevens (§10)", () => {
  it("leidt elke soort verplichting af uit een jaar met een afspraak", () => {
    const f = feiten([
      zaak(),
      zaak({ id: "zaak-2", aanbiederId: "aanb-2", toestand: "goedgekeurd" }),
    ]);
    const soorten = new Set(verplichtingenUit(f, wie).map((v) => v.soort));
    expect([...soorten].sort()).toEqual([...VERPLICHTING_SOORTEN].sort());
  });

  it("vraagt een aanvraag van wie een concept heeft tot zij is ingediend (1 sep – 31 dec t−1)", () => {
    const concept = zaak({ toestand: "concept", ontvangen: null, afspraak: false });
    expect(van(feiten([concept]), "aanvraag:2020:aanb-1:zk-1")).toEqual({
      opent: "2019-09-01",
      deadline: "2019-12-31",
      voldaan: false,
      ontvangers: ["aanb-1/aanbieder"],
      link: link.aanvraag("zaak-1"),
    });
    const ingediend = zaak({ toestand: "ingediend", afspraak: false });
    expect(van(feiten([ingediend]), "aanvraag:2020:aanb-1:zk-1").voldaan).toBe(true);
  });

  it("verwacht een nieuwe aanvraag voor t+1 van wie voor t aanvroeg bij dat zorgkantoor", () => {
    const f = feiten([zaak()]);
    expect(van(f, "aanvraag:2021:aanb-1:zk-1")).toMatchObject({
      opent: "2020-09-01",
      deadline: "2020-12-31",
      voldaan: false,
      link: link.nieuweAanvraag(2021),
    });
    // ... maar niet van wie alleen een concept had (geen relatie met het zorgkantoor)
    const concept = zaak({ toestand: "concept", ontvangen: null, afspraak: false });
    expect(sleutels(feiten([concept]))).not.toContain("aanvraag:2021:aanb-1:zk-1");
    // ... en voldaan zodra die van t+1 is ingediend
    const volgend = zaak({ id: "zaak-3", jaar: 2021, toestand: "ingediend", afspraak: false });
    expect(van(feiten([zaak(), volgend]), "aanvraag:2021:aanb-1:zk-1")).toMatchObject({
      voldaan: true,
      link: link.aanvraag("zaak-3"),
    });
  });

  it("laat zorgkantoor-beheer het addendum laten tekenen vóór 31 maart (§5)", () => {
    const goedgekeurd = zaak({ toestand: "goedgekeurd" });
    expect(van(feiten([goedgekeurd]), "addendum:zaak-1")).toEqual({
      opent: null,
      deadline: "2020-03-31",
      voldaan: false,
      ontvangers: ["zk-1/zorgkantoor-beheer"],
      link: link.beoordeling("zaak-1"),
    });
    expect(van(feiten([zaak()]), "addendum:zaak-1").voldaan).toBe(true);
    expect(sleutels(feiten([zaak({ toestand: "in_beoordeling", afspraak: false })]))).not.toContain(
      "addendum:zaak-1",
    );
  });

  it("vraagt het accountantsrapport bij een afspraak, uiterlijk 1 mei t+1, tot het is geaccepteerd", () => {
    expect(van(feiten([zaak()]), "accountantsrapport:zaak-1")).toEqual({
      opent: null,
      deadline: "2021-05-01",
      voldaan: false,
      ontvangers: ["aanb-1/aanbieder"],
      link: link.dossier("zaak-1"),
    });
    const met = zaak({ accountantsrapport: true });
    expect(van(feiten([met]), "accountantsrapport:zaak-1").voldaan).toBe(true);
    expect(sleutels(feiten([zaak({ afspraak: false, toestand: "afgewezen" })]))).not.toContain(
      "accountantsrapport:zaak-1",
    );
  });

  it("links de realisaties naar het venster en het jaarverslag naar zijn pagina", () => {
    const f = feiten([zaak({ realisaties: ["mei"] })]);
    expect(van(f, "realisatie_mei:zaak-1").voldaan).toBe(true);
    expect(van(f, "realisatie_juli:zaak-1")).toMatchObject({
      opent: "2020-07-01",
      deadline: "2020-07-31",
      voldaan: false,
      link: link.realisatie("zaak-1", "juli"),
    });
    expect(van(f, "jaarverslag:zaak-1").link).toBe(link.jaarverslag("zaak-1"));
  });

  it("vraagt de beoordeling van zorgkantoor-beheer zolang niemand de aanvraag behandelt, tot er besloten is", () => {
    const f = feiten([zaak({ toestand: "aanvulling_gevraagd", afspraak: false })]);
    expect(van(f, "beoordeling_uiterste:zaak-1")).toEqual({
      opent: null,
      deadline: "2020-01-01",
      voldaan: false,
      ontvangers: ["zk-1/zorgkantoor-beheer"],
      link: link.beoordeling("zaak-1"),
    });
  });

  it("vraagt de beoordeling alleen van de behandelaar, niet van elke beoordelaar of beheer", () => {
    const f = feiten([
      zaak({ toestand: "in_beoordeling", afspraak: false, behandelaar: "zk-1/beoordelaar" }),
    ]);
    expect(van(f, "beoordeling_streefdatum:zaak-1").ontvangers).toEqual(["zk-1/beoordelaar"]);
    expect(van(f, "beoordeling_uiterste:zaak-1").ontvangers).toEqual(["zk-1/beoordelaar"]);
  });

  it("valt terug op zorgkantoor-beheer als de behandelaar daar geen beoordelaar meer is", () => {
    const f = feiten([zaak({ toestand: "in_beoordeling", afspraak: false, behandelaar: "weg" })]);
    expect(van(f, "beoordeling_uiterste:zaak-1").ontvangers).toEqual(["zk-1/zorgkantoor-beheer"]);
  });

  it("vraagt de herschikking per zorgkantoor en jaar met afspraken, voldaan door het besluit (§8)", () => {
    const twee = [zaak(), zaak({ id: "zaak-2", aanbiederId: "aanb-2" })];
    expect(sleutels(feiten(twee)).filter((s) => s.startsWith("herschikking"))).toEqual([
      "herschikking:2020:zk-1",
    ]);
    expect(van(feiten(twee), "herschikking:2020:zk-1")).toEqual({
      opent: null,
      deadline: "2020-11-01",
      voldaan: false,
      ontvangers: ["zk-1/zorgkantoor-beheer"],
      link: link.herschikking("zk-1", 2020),
    });
    const besloten = feiten(twee, [{ zorgkantoorId: "zk-1", jaar: 2020 }]);
    expect(van(besloten, "herschikking:2020:zk-1").voldaan).toBe(true);
    const ander = feiten(twee, [{ zorgkantoorId: "zk-1", jaar: 2019 }]);
    expect(van(ander, "herschikking:2020:zk-1").voldaan).toBe(false);
  });

  it("vraagt de nacalculatie tot elke afspraak van het jaar is vastgesteld, uiterlijk 1 juni t+1 (§9)", () => {
    const een = [zaak({ vastgesteld: true }), zaak({ id: "zaak-2", aanbiederId: "aanb-2" })];
    expect(van(feiten(een), "nacalculatie:2020:zk-1")).toEqual({
      opent: null,
      deadline: "2021-06-01",
      voldaan: false,
      ontvangers: ["zk-1/zorgkantoor-beheer"],
      link: link.werkvoorraad("zk-1", 2020),
    });
    const alle = een.map((z) => ({ ...z, vastgesteld: true }));
    expect(van(feiten(alle), "nacalculatie:2020:zk-1").voldaan).toBe(true);
  });

  it("toont als open alleen wat niet voldaan is en waarvan de deadline niet voorbij is, op deadline", () => {
    const lijst = verplichtingenUit(feiten([zaak({ realisaties: ["mei"] })]), wie);
    const open = openOp(lijst, amsterdam(2020, 6, 15, 12));
    expect(open.every((v) => !v.voldaan)).toBe(true);
    expect(open.map((v) => v.sleutel)).toEqual([
      "realisatie_juli:zaak-1",
      "realisatie_oktober:zaak-1",
      "herschikking:2020:zk-1",
      "aanvraag:2021:aanb-1:zk-1",
      "jaarverslag:zaak-1",
      "accountantsrapport:zaak-1",
      "nacalculatie:2020:zk-1",
    ]);
    // op de deadlinedag zelf nog open, de dag erna niet meer
    const opDeadline = openOp(lijst, amsterdam(2020, 7, 31, 23, 59));
    expect(opDeadline.map((v) => v.sleutel)).toContain("realisatie_juli:zaak-1");
    expect(openOp(lijst, amsterdam(2020, 8, 1, 0)).map((v) => v.sleutel)).not.toContain(
      "realisatie_juli:zaak-1",
    );
  });
});

describe("verplichtingen uit willekeurige gegevens (property)", () => {
  const zaakArb = fc.record({
    aanbiederId: fc.constantFrom("a:1", "a", "1:zk"),
    zorgkantoorId: fc.constantFrom("zk", "zk:2"),
    jaar: fc.integer({ min: 2019, max: 2022 }),
    toestand: fc.constantFrom(...TOESTANDEN),
    ontvangen: fc.option(fc.constant({ jaar: 2019, maand: 11, dag: 30 }), { nil: null }),
    afspraak: fc.boolean(),
    realisaties: fc.subarray(["mei", "juli", "oktober", "jaarverslag"] as const),
    accountantsrapport: fc.boolean(),
    vastgesteld: fc.boolean(),
    // "zk/beoordelaar" is a beoordelaar of zorgkantoor "zk" only (see `wie`); "weg" of none.
    behandelaar: fc.constantFrom(null, "zk/beoordelaar", "weg"),
  });
  const feitenArb = fc
    .uniqueArray(zaakArb, {
      selector: (z) => JSON.stringify([z.aanbiederId, z.zorgkantoorId, z.jaar]),
      maxLength: 12,
    })
    .map((zaken) => zaken.map((z, i) => ({ ...z, id: `zaak:${i}` })));

  it("geeft unieke sleutels, de juiste partij per soort en nooit een opening na de deadline", () => {
    fc.assert(
      fc.property(feitenArb, fc.boolean(), (zaken, herschikt) => {
        const lijst = verplichtingenUit(
          feiten(zaken, herschikt ? [{ zorgkantoorId: "zk", jaar: 2020 }] : []),
          wie,
        );
        const s = lijst.map((v) => v.sleutel);
        expect(new Set(s).size).toBe(s.length);
        for (const v of lijst) {
          expect(v.rol).toBe(SOORTEN[v.soort].rol);
          if (v.opent) expect(vergelijkDag(v.opent, v.deadline)).toBeLessThanOrEqual(0);
          expect(v.link.startsWith("/")).toBe(true);
          if (v.soort.startsWith("beoordeling_")) {
            // §10: the behandelaar while a beoordelaar there, else beheer; never both.
            const z = zaken.find((x) => x.id === v.aanvraagId)!;
            const eigen = z.behandelaar === `${z.zorgkantoorId}/beoordelaar`;
            expect(v.ontvangers).toEqual([
              eigen ? z.behandelaar : `${z.zorgkantoorId}/zorgkantoor-beheer`,
            ]);
          }
        }
      }),
    );
  });
});
