// docs/regels.md §15.2 over HTTP: the herschikking decision splits a new total over personeel and
// overige by the shared rule, never above the aanvraag per category. The issue's numbers: asked
// 85.000 / 15.000, agreed 50.000 / 15.000, raised to 100.000 → 85.000 / 15.000 (the old split in
// the agreement's ratio gave overige 23.076,92, above its request).
import { beforeAll, describe, expect, it } from "vitest";
import type { AanvraagRecord } from "#functions/data/aanvragen.js";
import { leesAfspraken } from "#functions/data/afspraken.js";
import { leesKader } from "#functions/data/kaders.js";
import { metApi } from "../fixture/index.js";
import { gebruiker, type TestGebruiker, vraag } from "../http/api.js";
import { type Aanbieder, afgesproken, zorgkantoorMetKader } from "./opzet.js";
import { besluitMetVierOgen } from "./vierogen.js";

const gw = metApi();
let zk: string;
let zaak: AanvraagRecord;
let beheer: TestGebruiker;
let beheer2: TestGebruiker;

/** Q personeel 1 fte × 85.000, Q overige 15.000; A 50.000 / 15.000. */
const ISSUE: Aanbieder = {
  naam: "issue",
  fte: 1,
  overigeQ: "15000.00",
  personeel: "50000.00",
  overige: "15000.00",
};

const NOVEMBER = { "x-kb-klok": "2020-11-20T10:00:00+01:00" };

beforeAll(async () => {
  zk = await zorgkantoorMetKader("100000.00");
  zaak = await afgesproken(zk, ISSUE);
  beheer = await gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: zk }]);
  beheer2 = await gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: zk }]);
}, 60_000);

const pad = () => `/api/zorgkantoren/${zk}/herschikking/2020`;

async function besluit(headers: Record<string, string>, extra: Record<string, unknown>) {
  const v = await vraag(gw, pad(), { token: beheer.idToken, headers: NOVEMBER });
  const [regel] = v.body!.regels as { versie: number }[];
  return besluitMetVierOgen(gw, pad(), {
    voorsteller: beheer.idToken,
    goedkeurder: beheer2.idToken,
    headers,
    body: {
      voorstel: [{ aanvraagId: zaak.id, versie: regel!.versie, nieuweAfspraak: "100000.00" }],
      ...extra,
    },
  });
}

async function nietsOpgeslagen() {
  expect((await leesAfspraken(zaak.id)).map((a) => a.soort)).toEqual(["initieel"]);
  expect((await leesKader(zk, 2020))!.afgesproken.toFixed(2)).toBe("65000.00");
}

describe("herschikkingsbesluit: reden en novembervenster (§15.2)", () => {
  it("weigert een besluit zonder reden of met een lege reden (422 op reden), niets opgeslagen", async () => {
    for (const extra of [{}, { reden: "   " }]) {
      const r = await besluit(NOVEMBER, extra);
      expect(r.status, JSON.stringify(r.body)).toBe(422);
      expect(r.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      expect(r.body).toMatchObject({ veld: "reden" });
      expect(r.body!.detail).toMatch(/^Reden: .*reden van het herschikkingsbesluit/);
    }
    await nietsOpgeslagen();
  });

  it("weigert een besluit vóór 1 november en na 30 november 23:59:59 (422 op jaar), niets opgeslagen", async () => {
    const reden = { reden: "te vroeg of te laat" };
    const vroeg = await besluit({ "x-kb-klok": "2020-10-31T23:59:59+01:00" }, reden);
    expect(vroeg.status, JSON.stringify(vroeg.body)).toBe(422);
    expect(vroeg.body).toMatchObject({ code: "HERSCHIKKING_NOG_NIET_OPEN", veld: "jaar" });
    const laat = await besluit({ "x-kb-klok": "2020-12-01T00:00:00+01:00" }, reden);
    expect(laat.status, JSON.stringify(laat.body)).toBe(422);
    expect(laat.body).toMatchObject({ code: "HERSCHIKKING_GESLOTEN", veld: "jaar" });
    expect(laat.body!.detail).toMatch(/30-11-2020/);
    await nietsOpgeslagen();
  });
});

describe("herschikking per categorie (§15.2)", () => {
  it("verhoogt 50.000 / 15.000 naar 100.000 als personeel 85.000 en overige 15.000, nooit boven de aanvraag", async () => {
    const v = await vraag(gw, pad(), { token: beheer.idToken, headers: NOVEMBER });
    expect(v.status, JSON.stringify(v.body)).toBe(200);
    const [regel] = v.body!.regels as { aanvraagId: string; versie: number; aangevraagd: string }[];
    expect(regel).toMatchObject({ aanvraagId: zaak.id, aangevraagd: "100000.00" });
    const r = await besluitMetVierOgen(gw, pad(), {
      voorsteller: beheer.idToken,
      goedkeurder: beheer2.idToken,
      headers: NOVEMBER,
      body: {
        voorstel: [{ aanvraagId: zaak.id, versie: regel!.versie, nieuweAfspraak: "100000.00" }],
        reden: "personeel komt sneller op sterkte dan afgesproken",
      },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body!.gewijzigd).toEqual([
      expect.objectContaining({
        aanvraagId: zaak.id,
        vorige: "65000.00",
        nieuweAfspraak: "100000.00",
        perCategorie: {
          personeel: { vorige: "50000.00", nieuw: "85000.00" },
          overige: { vorige: "15000.00", nieuw: "15000.00" },
        },
      }),
    ]);
    const laatste = (await leesAfspraken(zaak.id)).at(-1)!;
    expect(laatste).toMatchObject({
      soort: "herschikking",
      personeel: "85000.00",
      overige: "15000.00",
      totaal: "100000.00",
    });
    expect((await leesKader(zk, 2020))!.afgesproken.toFixed(2)).toBe("100000.00");
  });
});

describe("herschikking per overige regel (§15.1, §15.2)", () => {
  it("een afspraak met regels krijgt nieuwe regels die optellen tot de nieuwe overige, elk binnen zijn aanvraag", async () => {
    const zk2 = await zorgkantoorMetKader("100000.00");
    const metRegels = await afgesproken(zk2, {
      naam: "regels",
      fte: 1,
      overigeQ: "15000.00",
      personeel: "50000.00",
      overige: "10000.00",
      overigeO1: "10000.00",
    });
    const [beheer2, ander2] = await Promise.all([
      gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: zk2 }]),
      gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: zk2 }]),
    ]);
    const pad2 = `/api/zorgkantoren/${zk2}/herschikking/2020`;
    const v = await vraag(gw, pad2, { token: beheer2.idToken, headers: NOVEMBER });
    const [regel] = v.body!.regels as { versie: number }[];
    const r = await besluitMetVierOgen(gw, pad2, {
      voorsteller: beheer2.idToken,
      goedkeurder: ander2.idToken,
      headers: NOVEMBER,
      body: {
        voorstel: [
          { aanvraagId: metRegels.id, versie: regel!.versie, nieuweAfspraak: "100000.00" },
        ],
        reden: "de ruimte gaat naar wat nog niet is afgesproken",
      },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const laatste = (await leesAfspraken(metRegels.id)).at(-1)!;
    expect(laatste).toMatchObject({
      soort: "herschikking",
      personeel: "85000.00",
      overige: "15000.00",
      overigeRegels: [{ id: "o1", bedrag: "15000.00" }],
    });
  });
});
