// docs/regels.md §15.1 and §9.2 over HTTP: the toekenning agrees each overige line, and the
// nacalculatie caps each line's realised spend at its agreed amount. The case: overige
// lines of 60.000 and 90.000 are asked, 100.000 is granted (40.000 + 60.000), both lines are fully
// spent (reported per line in the year report) — the nacalculatie pays 100.000 overige, not
// 150.000 (the requested lines).
import { beforeAll, describe, expect, it } from "vitest";
import { type AanvraagRecord, leesAanvraag } from "#functions/data/aanvragen.js";
import { amsterdam } from "#shared/kalender/tijd.js";
import { metApi, tekenAddendum, zaakIn } from "../fixture/index.js";
import { gebruiker, type TestGebruiker, vraag } from "../http/api.js";
import { betaalVoorschotten, JAARVERSLAG_E, voegRapportToe } from "./opzet.js";

const gw = metApi();
let zaak: AanvraagRecord;
let beoordelaar: TestGebruiker;
let beheer: TestGebruiker;
let aanbieder: TestGebruiker;

const beoordelingsklok = { "x-kb-klok": "2020-02-10T10:00:00+01:00" };
const nacalculatieklok = { "x-kb-klok": "2021-02-15T10:00:00+01:00" };
const pad = (rest = "") => `/api/aanvragen/${zaak.id}${rest}`;
const versie = async () => (await leesAanvraag(zaak.id))!.versie;

beforeAll(async () => {
  zaak = await zaakIn("in_beoordeling", { inhoud: "voorbeeldA" });
  [beoordelaar, beheer, aanbieder] = await Promise.all([
    gebruiker([{ rol: "beoordelaar", zorgkantoorId: zaak.zorgkantoorId }]),
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: zaak.zorgkantoorId }]),
    gebruiker([{ rol: "aanbieder", aanbiederId: zaak.aanbiederId }]),
  ]);
}, 60_000);

const stelVoor = async (body: Record<string, unknown>) =>
  vraag(gw, pad("/toekenning"), {
    methode: "POST",
    token: beoordelaar.idToken,
    headers: beoordelingsklok,
    body: {
      versie: await versie(),
      personeel: "850000.00",
      compensatie: "24000.00",
      motivering:
        "Technologie en scholing deels toegekend: de leefcirkels zijn deels al bekostigd.",
      ...body,
    },
  });

describe("de afspraak per overige regel (§15.1) begrenst de nacalculatie (§9.2)", () => {
  it("een lager overige-bedrag zonder regels wordt geweigerd: welke regel lager wordt is een keuze", async () => {
    const r = await stelVoor({ overige: "100000.00" });
    expect(r.status, JSON.stringify(r.body)).toBe(422);
    expect(r.body!.overtredingen).toEqual([
      expect.objectContaining({ code: "OVERIGE_REGELS_NODIG", veld: "overigeRegels" }),
    ]);
  });

  it("een regel boven zijn aanvraag en regels die niet optellen tot het overige bedrag worden allemaal genoemd", async () => {
    const r = await stelVoor({
      overige: "100000.00",
      overigeRegels: [
        { id: "o1", bedrag: "60000.01" },
        { id: "o2", bedrag: "30000.00" },
      ],
    });
    expect(r.status, JSON.stringify(r.body)).toBe(422);
    const codes = (r.body!.overtredingen as { code: string; veld: string }[]).map(
      (o) => `${o.code} ${o.veld}`,
    );
    expect(codes).toEqual([
      "REGEL_BOVEN_AANVRAAG overigeRegels[0].bedrag",
      "OVERIGE_NIET_GELIJK_AAN_REGELS overige",
    ]);
    expect((await leesAanvraag(zaak.id))!.overig.toekenningsvoorstel).toBeUndefined();
  });

  it("de toekenning legt 40.000 + 60.000 vast; de afspraak noemt beide regels", async () => {
    const v = await stelVoor({
      overige: "100000.00",
      overigeRegels: [
        { id: "o1", bedrag: "40000.00" },
        { id: "o2", bedrag: "60000.00" },
      ],
    });
    expect(v.status, JSON.stringify(v.body)).toBe(201);
    const g = await vraag(gw, pad("/toekenning/goedkeuring"), {
      methode: "POST",
      token: beheer.idToken,
      headers: beoordelingsklok,
      body: { versie: await versie() },
    });
    expect(g.status, JSON.stringify(g.body)).toBe(200);
    const na = (await leesAanvraag(zaak.id))!;
    expect(na.afspraak).toMatchObject({
      overige: "100000.00",
      overigeRegels: [
        { id: "o1", bedrag: "40000.00" },
        { id: "o2", bedrag: "60000.00" },
      ],
    });
    expect(na.overig.besluit?.overigeRegels).toEqual([
      {
        id: "o1",
        omschrijving: "Scholing dementiezorg",
        aangevraagd: "60000.00",
        toegekend: "40000.00",
      },
      { id: "o2", omschrijving: "Leefcirkels", aangevraagd: "90000.00", toegekend: "60000.00" },
    ]);
  });

  it("beide regels volledig besteed (60.000 en 90.000): de nacalculatie vergoedt 100.000 overige, niet 150.000", async () => {
    zaak = await tekenAddendum((await leesAanvraag(zaak.id))!, amsterdam(2020, 3, 20, 12, 0));
    await betaalVoorschotten(zaak);
    await voegRapportToe(zaak);
    // §7, §15.1: the aanbieder reports the realised spend per line in the year report.
    const jv = await vraag(gw, pad("/jaarverslag"), {
      methode: "PUT",
      token: aanbieder.idToken,
      headers: nacalculatieklok,
      body: {
        verslag: {
          ...JAARVERSLAG_E,
          overige: [
            { regelId: "o1", gerealiseerd: "60000.00" },
            { regelId: "o2", gerealiseerd: "90000.00" },
          ],
        },
        vorigeVersie: 0,
      },
    });
    expect(jv.status, JSON.stringify(jv.body)).toBe(201);
    const r = await vraag(gw, pad("/nacalculatie"), {
      token: beoordelaar.idToken,
      headers: nacalculatieklok,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body!.overige).toEqual([
      expect.objectContaining({
        id: "o1",
        afgesproken: "40000.00",
        gemeld: "60000.00",
        gerealiseerd: "60000.00",
        vergoedbaar: "40000.00",
      }),
      expect.objectContaining({
        id: "o2",
        afgesproken: "60000.00",
        gemeld: "90000.00",
        gerealiseerd: "90000.00",
        vergoedbaar: "60000.00",
      }),
    ]);
    expect(r.body!.berekening).toMatchObject({ overigeVergoedbaar: "100000.00" });
  });
});
