import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ACTIES,
  type Actie,
  AFGESPROKEN,
  type Dossierstand,
  isAfgesproken,
  magActie,
  OVERGANGEN,
  ROLLEN,
  type Rol,
  TOESTANDEN,
  type Toestand,
  voerActieUit,
  wijzigingGaatNaar,
} from "#shared/indiening/toestanden.js";

const ZK: Rol[] = ["beoordelaar", "zorgkantoor-beheer"];
const mediation = (t: Toestand): [Toestand, Actie, Rol[], Toestand][] => [
  [t, "mediationMelden", ZK, t],
  [t, "mediationBeeindigen", ZK, t],
];

// The expected machine, written out independently of OVERGANGEN (§4.3, §1).
const VERWACHT: [Toestand, Actie, Rol[], Toestand][] = [
  ["concept", "wijzigen", ["aanbieder"], "concept"],
  ["concept", "indienen", ["aanbieder"], "ingediend"],
  ["ingediend", "inBehandelingNemen", ZK, "in_beoordeling"],
  ...mediation("ingediend"),
  ["in_beoordeling", "aanvullingVragen", ZK, "aanvulling_gevraagd"],
  ["in_beoordeling", "goedkeuren", ZK, "goedgekeurd"],
  ["in_beoordeling", "afwijzen", ZK, "afgewezen"],
  ["in_beoordeling", "voorstelTerugsturen", ["zorgkantoor-beheer"], "in_beoordeling"],
  ...mediation("in_beoordeling"),
  ["aanvulling_gevraagd", "wijzigen", ["aanbieder"], "aanvulling_gevraagd"],
  ["aanvulling_gevraagd", "indienen", ["aanbieder"], "ingediend"],
  ...mediation("aanvulling_gevraagd"),
  ["goedgekeurd", "addendumTekenen", ["aanbieder", "zorgkantoor-beheer"], "addendum_getekend"],
  ["addendum_getekend", "vastleggen", ["zorgkantoor-beheer"], "vastgelegd"],
];

describe("toestanden van een aanvraag (§4.3)", () => {
  const gevallen = TOESTANDEN.flatMap((t) => ACTIES.map((a) => [t, a] as const));

  it.each(gevallen)("%s → %s: per rol toegestaan of geweigerd met reden", (t, a) => {
    const regel = VERWACHT.find(([vt, va]) => vt === t && va === a);
    for (const r of ROLLEN) {
      const b = magActie(t, a, r);
      if (regel?.[2].includes(r)) {
        expect(b).toMatchObject({ toegestaan: true, naar: regel[3] });
        continue;
      }
      expect(b.toegestaan).toBe(false);
      if (b.toegestaan) continue;
      if (regel) {
        // the action exists here, the role may not take it: the reason names who may
        expect(b.reden).toContain("mag alleen door de rol");
        for (const rol of regel[2]) expect(b.reden).toContain(rol);
        expect(b.reden).toContain(r);
      } else {
        expect(b.reden).toMatch(/kan niet in de toestand/);
      }
    }
  });

  it("kent geen overgangen buiten de verwachte tabel", () => {
    const aantal = TOESTANDEN.reduce((n, t) => n + Object.keys(OVERGANGEN[t]).length, 0);
    expect(aantal).toBe(VERWACHT.length);
  });

  it("landelijk-beheer kan niets aan een aanvraag veranderen (§1: alleen lezen)", () => {
    for (const t of TOESTANDEN)
      for (const a of ACTIES) expect(magActie(t, a, "landelijk-beheer").toegestaan).toBe(false);
  });

  it("goedkeuren en het voorstel terugsturen vragen vier ogen; andere overgangen niet", () => {
    const b = magActie("in_beoordeling", "goedkeuren", "beoordelaar");
    expect(b.toegestaan && b.overgang.vierOgen).toBe("toekenning");
    const metVierOgen = TOESTANDEN.flatMap((t) =>
      Object.entries(OVERGANGEN[t])
        .filter(([, o]) => o?.vierOgen)
        .map(([a]) => `${t}.${a}`),
    );
    expect(metVierOgen).toEqual([
      "in_beoordeling.goedkeuren",
      "in_beoordeling.voorstelTerugsturen",
    ]);
  });

  it("noemt in de reden wat wel kan, en zegt het als er niets meer kan", () => {
    const b = magActie("concept", "goedkeuren", "zorgkantoor-beheer");
    expect(!b.toegestaan && b.reden).toContain("mogelijk is: wijzigen of indienen");
    const eind = magActie("vastgelegd", "wijzigen", "aanbieder");
    expect(!eind.toegestaan && eind.reden).toContain("geen actie meer mogelijk");
  });

  it("meldt en beëindigt mediation zonder de toestand te veranderen; een besluit beëindigt haar", () => {
    let stand: Dossierstand = { toestand: "in_beoordeling", mediation: false };
    const gemeld = voerActieUit(stand, "mediationMelden", "beoordelaar");
    expect(gemeld).toMatchObject({
      toegestaan: true,
      stand: { toestand: "in_beoordeling", mediation: true },
    });
    if (!gemeld.toegestaan) return;
    stand = gemeld.stand;
    const dubbel = voerActieUit(stand, "mediationMelden", "beoordelaar");
    expect(!dubbel.toegestaan && dubbel.reden).toContain("al mediation");
    const besluit = voerActieUit(stand, "goedkeuren", "zorgkantoor-beheer");
    expect(besluit).toMatchObject({
      toegestaan: true,
      stand: { toestand: "goedgekeurd", mediation: false },
    });
    const niets = voerActieUit(
      { toestand: "ingediend", mediation: false },
      "mediationBeeindigen",
      "beoordelaar",
    );
    expect(!niets.toegestaan && niets.reden).toContain("geen mediation");
  });

  it("een ingediende versie is nooit bewerkbaar: wijzigen na aanvulling gaat in een nieuwe versie", () => {
    expect(wijzigingGaatNaar("concept", false)).toBe("huidige-versie");
    expect(wijzigingGaatNaar("aanvulling_gevraagd", true)).toBe("nieuwe-versie");
    expect(wijzigingGaatNaar("aanvulling_gevraagd", false)).toBe("huidige-versie");
    for (const t of ["ingediend", "in_beoordeling", "goedgekeurd", "vastgelegd"] as const)
      expect(wijzigingGaatNaar(t, true)).toBe("niet-toegestaan");
  });

  it("geen reeks acties verlaat de toestanden of bewerkt een ingediende versie (property)", () => {
    const stap = fc.record({ actie: fc.constantFrom(...ACTIES), rol: fc.constantFrom(...ROLLEN) });
    fc.assert(
      fc.property(fc.array(stap, { maxLength: 60 }), (stappen) => {
        let stand: Dossierstand = { toestand: "concept", mediation: false };
        let versieIngediend = false;
        for (const { actie, rol } of stappen) {
          const u = voerActieUit(stand, actie, rol);
          if (!u.toegestaan) {
            expect(u.reden.length).toBeGreaterThan(10);
            continue;
          }
          expect(TOESTANDEN).toContain(u.stand.toestand);
          if (actie === "wijzigen") {
            const doel = wijzigingGaatNaar(stand.toestand, versieIngediend);
            expect(doel).not.toBe("niet-toegestaan");
            if (versieIngediend) {
              expect(u.overgang.nieuweVersie).toBe(true);
              expect(doel).toBe("nieuwe-versie");
            }
            versieIngediend = false;
          }
          if (actie === "indienen") versieIngediend = true;
          if (versieIngediend)
            expect(wijzigingGaatNaar(u.stand.toestand, true)).not.toBe("huidige-versie");
          stand = u.stand;
        }
      }),
    );
  });
});

describe("afgesproken (§4.3)", () => {
  it("is een zaak pas als het addendum door beide partijen is getekend", () => {
    expect(AFGESPROKEN).toEqual(["addendum_getekend", "vastgelegd"]);
    expect(TOESTANDEN.filter((toestand) => isAfgesproken({ toestand }))).toEqual(AFGESPROKEN);
  });
});
