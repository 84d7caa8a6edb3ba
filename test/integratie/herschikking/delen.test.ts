// docs/regels.md §15.2 "recorded atomically for the whole zorgkantoor: all agreements change, or none",
// with regions too large for one DynamoDB transaction (at most 100 operations). The approval writes
// ONE decision record with the kader's net move; the lines are applied in idempotent chunks. Here:
// a process that dies after the first chunk leaves a decision that is in force (the kader holds
// it) and that a retry — a GET of the page, or the same approval again — completes; a region of
// 150 cases changes completely; and a refused approval changes none.
import { afterEach, describe, expect, it } from "vitest";
import { type AanvraagRecord, leesAanvraag } from "#functions/data/aanvragen.js";
import { leesAfspraken } from "#functions/data/afspraken.js";
import { leesHerschikkingsbesluiten } from "#functions/data/herschikkingen.js";
import { zetToepassingHaak } from "#functions/data/herschikkingtoepassing.js";
import { leesKader } from "#functions/data/kaders.js";
import { dienRealisatieIn } from "#functions/data/realisaties.js";
import { som } from "#shared/geld/bedrag.js";
import { Decimal } from "#shared/geld/decimal.js";
import { metApi, uniek } from "../fixture/index.js";
import { gebruiker, type TestGebruiker, vraag } from "../http/api.js";
import { type Aanbieder, afgesproken, zorgkantoorMetKader } from "./opzet.js";

const gw = metApi();

/** A = 100.000 (85.000 personeel + 15.000 overige), Q = 150.000 (1 fte + 65.000 overige). */
const ELK: Aanbieder = {
  naam: "x",
  fte: 1,
  overigeQ: "65000.00",
  personeel: "85000.00",
  overige: "15000.00",
};
const KLOK = { "x-kb-klok": "2020-11-10T10:00:00+01:00" };

interface Regio {
  zk: string;
  zaken: AanvraagRecord[];
  voorsteller: TestGebruiker;
  goedkeurder: TestGebruiker;
  pad: string;
}

/** n agreed cases of 100.000 under a kader of n × 100.000; October: even 80.000, odd 150.000. */
async function regio(n: number): Promise<Regio> {
  const zk = await zorgkantoorMetKader(new Decimal(n).times(100000).toFixed(2));
  const zaken: AanvraagRecord[] = [];
  // In batches: the emulator and the two shared cores stay responsive.
  for (let i = 0; i < n; i += 25)
    zaken.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(25, n - i) }, () => afgesproken(zk, ELK)),
      )),
    );
  await Promise.all(
    zaken.map(async (z, i) => {
      const r = await dienRealisatieIn(
        z,
        {
          jaar: 2020,
          soort: "oktober",
          nummer: 1,
          inhoud: {},
          berekening: { projectiePersoneel: i % 2 === 0 ? "80000.00" : "150000.00", overige: [] },
        },
        {
          wie: { sub: "test-aanbieder", rol: "aanbieder" },
          nu: new Date(),
          correlatieId: uniek("t"),
        },
      );
      if (!r.ok) throw new Error(r.weigering.melding);
    }),
  );
  const [voorsteller, goedkeurder] = await Promise.all([
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: zk }]),
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: zk }]),
  ]);
  return { zk, zaken, voorsteller, goedkeurder, pad: `/api/zorgkantoren/${zk}/herschikking/2020` };
}

/** Lays down the computed proposal (as proposer); answers its version. */
async function legVoorstelVast(r: Regio): Promise<number> {
  const v = await vraag(gw, r.pad, { token: r.voorsteller.idToken, headers: KLOK });
  expect(v.status, JSON.stringify(v.body)).toBe(200);
  const regels = v.body!.regels as { aanvraagId: string; versie: number; nieuweAfspraak: string }[];
  // Room 20.000 per even case for a demand of 50.000 per odd case: 80.000 and 120.000.
  expect(new Set(regels.map((x) => x.nieuweAfspraak))).toEqual(new Set(["80000.00", "120000.00"]));
  const p = await vraag(gw, `${r.pad}/voorstel`, {
    methode: "POST",
    token: r.voorsteller.idToken,
    headers: KLOK,
    body: {
      voorstel: regels.map(({ aanvraagId, versie, nieuweAfspraak }) => ({
        aanvraagId,
        versie,
        nieuweAfspraak,
      })),
      reden: "herschikking november 2020",
    },
  });
  expect(p.status, JSON.stringify(p.body)).toBe(201);
  return p.body!.versie as number;
}

const goedkeuring = (r: Regio, versie: number) =>
  vraag(gw, `${r.pad}/goedkeuring`, {
    methode: "POST",
    token: r.goedkeurder.idToken,
    headers: KLOK,
    body: { versie },
  });

/** The agreement in force per case (its soort and total), read from the case items. */
async function afspraken(r: Regio) {
  const zaken = await Promise.all(r.zaken.map((z) => leesAanvraag(z.id)));
  return zaken.map((z) => z!.afspraak!);
}

/** Σ agreements of the cases = the kader's running total (and within the kader). */
async function kaderKlopt(r: Regio) {
  const kader = (await leesKader(r.zk, 2020))!;
  const totaal = som((await afspraken(r)).map((a) => new Decimal(a.totaal)));
  expect(totaal.toFixed(2)).toBe(kader.afgesproken.toFixed(2));
  expect(kader.afgesproken.lte(kader.kader)).toBe(true);
}

afterEach(() => zetToepassingHaak(undefined));

describe("herschikkingsbesluit atomair voor het hele zorgkantoor (§15.2)", () => {
  it("een proces dat na het eerste deel sterft: het besluit geldt, een volgende GET en dezelfde goedkeuring maken het af", async () => {
    const r = await regio(40);
    const versie = await legVoorstelVast(r);
    zetToepassingHaak({
      naDeel: (n) => {
        if (n === 1) throw new Error("proces gestopt na het eerste deel (test)");
      },
    });
    const mislukt = await goedkeuring(r, versie);
    expect(mislukt.status).toBe(500);
    zetToepassingHaak(undefined);
    // The decision is written whole: the kader moved by the net sum (here 0), status `besloten`,
    // 18 cases applied, the other 22 not yet; their agreement is the decision's.
    const [besluit] = await leesHerschikkingsbesluiten(r.zk, 2020);
    expect(besluit).toMatchObject({ status: "besloten", nummer: versie });
    expect(besluit!.regels).toHaveLength(40);
    const half = await afspraken(r);
    expect(half.filter((a) => a.soort === "herschikking")).toHaveLength(18);
    expect((await leesKader(r.zk, 2020))!.afgesproken.toFixed(2)).toBe("4000000.00");
    // The proposer cannot sneak a new proposal over it: the page finishes the decision first.
    const pagina = await vraag(gw, r.pad, { token: r.voorsteller.idToken, headers: KLOK });
    expect(pagina.status, JSON.stringify(pagina.body)).toBe(200);
    expect(pagina.body!.vastgelegd).toBeNull();
    const na = await afspraken(r);
    expect(na.every((a) => a.soort === "herschikking")).toBe(true);
    expect(na.map((a) => a.totaal)).toEqual(
      r.zaken.map((_, i) => (i % 2 === 0 ? "80000.00" : "120000.00")),
    );
    await kaderKlopt(r);
    expect((await leesHerschikkingsbesluiten(r.zk, 2020))[0]!.status).toBe("toegepast");
    // Every case once: one herschikking version each, the marker of the decision on the case.
    for (const z of r.zaken) {
      expect((await leesAfspraken(z.id)).map((a) => a.soort)).toEqual(["initieel", "herschikking"]);
      expect((await leesAanvraag(z.id))!.overig.herschikkingsbesluit).toBe(besluit!.id);
    }
    // The approval retried with the same version answers the same decision, changing nothing.
    const opnieuw = await goedkeuring(r, versie);
    expect(opnieuw.status, JSON.stringify(opnieuw.body)).toBe(200);
    expect(opnieuw.body).toMatchObject({
      besluit: versie,
      status: "toegepast",
      afgesproken: "4000000.00",
    });
    expect(opnieuw.body!.gewijzigd).toHaveLength(40);
    await kaderKlopt(r);
  }, 120_000);

  it("150 zaken: alle afspraken veranderen, het kader klopt; een geweigerde goedkeuring verandert er geen", async () => {
    const r = await regio(150);
    const versie = await legVoorstelVast(r);
    // Refused (the proposer approves): none of the 150 changes.
    const zelf = await vraag(gw, `${r.pad}/goedkeuring`, {
      methode: "POST",
      token: r.voorsteller.idToken,
      headers: KLOK,
      body: { versie },
    });
    expect(zelf.status).toBe(403);
    expect((await afspraken(r)).every((a) => a.soort === "initieel")).toBe(true);
    expect(await leesHerschikkingsbesluiten(r.zk, 2020)).toEqual([]);
    await kaderKlopt(r);
    // Approved by the other user: all 150 change.
    const g = await goedkeuring(r, versie);
    expect(g.status, JSON.stringify(g.body)).toBe(200);
    expect(g.body).toMatchObject({ status: "toegepast", afgesproken: "15000000.00" });
    expect(g.body!.gewijzigd).toHaveLength(150);
    const na = await afspraken(r);
    expect(na.filter((a) => a.soort === "herschikking")).toHaveLength(150);
    await kaderKlopt(r);
  }, 300_000);
});
