// National scale over HTTP: the werkvoorraad, the regional overview, the audit trail of a case and
// a month's payment orders are paged with a cursor (functions/lib/paginering.ts). Pages chain to exactly the whole
// list — no duplicates, no gaps —, the month totals stay of the whole month on every page, and a
// tampered or foreign cursor or a limiet out of range is a 422 naming that one field.
import { beforeAll, describe, expect, it } from "vitest";
import { maakConcept } from "#functions/data/aanvragen.js";
import {
  betaalopdrachtenVanAanvraag,
  gedaneOpdrachten,
  schrijfBetaalopdracht,
} from "#functions/data/betaalopdrachten.js";
import { Decimal } from "#shared/geld/decimal.js";
import { betalingVoorMaand } from "#shared/voorschot/betaalopdracht.js";
import {
  AANBIEDER,
  opzetCtx as ctx,
  metApi,
  uniek,
  zaakIn,
  zeker,
  zorgVoorPartijen,
  zorgVoorZorgkantoor,
} from "../fixture/index.js";
import { type Antwoord, gebruiker, type TestGebruiker, vraag } from "./api.js";

const gw = metApi();
const zk = uniek("zk");
const anderZk = uniek("zk");
const aanbieders = Array.from({ length: 7 }, () => uniek("aanbieder"));
let zaakIds: string[] = [];
let conceptId: string;
let auditZaak: { id: string; aanbiederId: string };
let andereZaak: string;
let beoordelaar: TestGebruiker;
let beheer: TestGebruiker;
let aanbieder: TestGebruiker;
let opdrachtZk: string;
let opdrachtBeheer: TestGebruiker;

const klok = { "x-kb-klok": "2020-04-06T10:00:00+02:00" };

/** The monthly job's order for one case and month (§13 example A: 192.000,00 in April). */
async function opdrachtVoor(z: { id: string; aanbiederId: string; zorgkantoorId: string }) {
  const besluit = betalingVoorMaand({
    aanbieder: z.aanbiederId,
    zorgkantoor: z.zorgkantoorId,
    maand: 4,
    opdrachten: gedaneOpdrachten(await betaalopdrachtenVanAanvraag(z.id)),
    afspraak: {
      jaar: 2020,
      percentage: new Decimal("0.75"),
      getekendOp: { jaar: 2020, maand: 3, dag: 20 },
      basis: [{ vanafMaand: 1, bedrag: new Decimal("1024000.00"), versie: 1 }],
    },
  });
  if (!besluit.ok || besluit.waarde.soort === "geen") throw new Error("opzet: geen opdracht");
  zeker(
    await schrijfBetaalopdracht(
      z,
      besluit.waarde.opdracht,
      ctx({ sub: "voorschotjob", rol: "systeem" }),
    ),
    "betaalopdracht",
  );
}

beforeAll(async () => {
  await zorgVoorZorgkantoor(zk);
  // 7 submitted cases and one concept (not in the werkvoorraad) of one zorgkantoor.
  zaakIds = (
    await Promise.all(
      aanbieders.map((a) => zaakIn("ingediend", { aanbiederId: a, zorgkantoorId: zk, jaar: 2020 })),
    )
  ).map((z) => z.id);
  const conceptScope = { aanbiederId: uniek("aanbieder"), zorgkantoorId: zk };
  await zorgVoorPartijen(conceptScope);
  conceptId = zeker(
    await maakConcept({ ...conceptScope, jaar: 2020 }, ctx(AANBIEDER)),
    "concept",
  ).id;
  // A case with a long trail, part of it hidden from the aanbieder (the proposal, §1).
  const scope = { aanbiederId: uniek("aanbieder"), zorgkantoorId: anderZk };
  auditZaak = await zaakIn("addendum_getekend", { ...scope, jaar: 2020 });
  andereZaak = (
    await zaakIn("ingediend", { ...scope, aanbiederId: uniek("aanbieder"), jaar: 2020 })
  ).id;
  // 7 payment orders in one month of a third zorgkantoor.
  opdrachtZk = uniek("zk");
  await zorgVoorZorgkantoor(opdrachtZk);
  await Promise.all(
    Array.from({ length: 7 }, async () => {
      const s = { aanbiederId: uniek("aanbieder"), zorgkantoorId: opdrachtZk };
      await zorgVoorPartijen(s);
      const z = zeker(await maakConcept({ ...s, jaar: 2020 }, ctx(AANBIEDER)), "concept");
      await opdrachtVoor(z);
    }),
  );
  [beoordelaar, beheer, aanbieder, opdrachtBeheer] = await Promise.all([
    gebruiker([{ rol: "beoordelaar", zorgkantoorId: zk }]),
    gebruiker([{ rol: "beoordelaar", zorgkantoorId: anderZk }]),
    gebruiker([{ rol: "aanbieder", aanbiederId: scope.aanbiederId }]),
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: opdrachtZk }]),
  ]);
}, 120_000);

const vraagAls = (wie: TestGebruiker, pad: string, query: Record<string, string>) =>
  vraag(gw, pad, { token: wie.idToken, query, headers: klok });

/** Follows `volgende` from the first page to the last; every answer must be 200. */
async function allePaginas(
  wie: TestGebruiker,
  pad: string,
  query: Record<string, string>,
): Promise<Antwoord[]> {
  const paginas: Antwoord[] = [];
  let cursor: string | null = null;
  do {
    const r = await vraagAls(wie, pad, cursor ? { ...query, cursor } : query);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    paginas.push(r);
    cursor = r.body!.volgende as string | null;
    expect(paginas.length).toBeLessThan(20);
  } while (cursor);
  return paginas;
}

const werkvoorraad = (z = zk) => `/api/zorgkantoren/${z}/werkvoorraad`;
const audit = (id: string) => `/api/aanvragen/${id}/audit`;
const opdrachten = () => `/api/zorgkantoren/${opdrachtZk}/betaalopdrachten/2020-04`;
const ids = (p: Antwoord, lijst: string) =>
  (p.body![lijst] as { id?: string; sleutel?: string; correlatieId?: string }[]).map(
    (r) => r.id ?? r.sleutel ?? "",
  );
const herschrijf = (cursor: string, f: (k: Record<string, string>) => void): string => {
  const k = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  f(k);
  return Buffer.from(JSON.stringify(k), "utf8").toString("base64url");
};

describe("werkvoorraad in pagina's (cursor)", () => {
  it("ketent met limiet 3 tot precies de 7 ingediende aanvragen, zonder concept, dubbel of gat", async () => {
    const paginas = await allePaginas(beoordelaar, werkvoorraad(), { jaar: "2020", limiet: "3" });
    // 8 items on the index (7 + the concept), 3 per Query: three pages, the last one short.
    expect(paginas).toHaveLength(3);
    for (const p of paginas) expect(ids(p, "aanvragen").length).toBeLessThanOrEqual(3);
    const alle = paginas.flatMap((p) => ids(p, "aanvragen"));
    expect(new Set(alle).size).toBe(alle.length);
    expect([...alle].sort()).toEqual([...zaakIds].sort());
    expect(alle).not.toContain(conceptId);
    expect(paginas.at(-1)!.body!.volgende).toBeNull();
  });

  it("geeft zonder limiet de hele (korte) lijst in één pagina", async () => {
    const r = await vraagAls(beoordelaar, werkvoorraad(), { jaar: "2020" });
    expect(r.status).toBe(200);
    expect([...ids(r, "aanvragen")].sort()).toEqual([...zaakIds].sort());
    expect(r.body!.volgende).toBeNull();
  });

  it("weigert een beschadigde, vreemde of andermans cursor met 422 op cursor", async () => {
    const eerste = await vraagAls(beoordelaar, werkvoorraad(), { jaar: "2020", limiet: "2" });
    const cursor = eerste.body!.volgende as string;
    expect(cursor).toEqual(expect.any(String));
    const fout = [
      "kapot",
      "!!",
      Buffer.from("[1,2]").toString("base64url"),
      // Another zorgkantoor's list: the partition does not match the request.
      herschrijf(cursor, (k) => {
        k.gsi1pk = k.gsi1pk!.replace(encodeURIComponent(zk), encodeURIComponent(anderZk));
      }),
      herschrijf(cursor, (k) => {
        k.extra = "x";
      }),
      herschrijf(cursor, (k) => {
        delete k.sk;
      }),
    ];
    for (const c of fout) {
      const r = await vraagAls(beoordelaar, werkvoorraad(), { jaar: "2020", cursor: c });
      expect(r.status, c).toBe(422);
      expect(r.body).toMatchObject({ veld: "cursor" });
    }
    // The same cursor for another year of the same zorgkantoor is foreign too.
    const jaar = await vraagAls(beoordelaar, werkvoorraad(), { jaar: "2021", cursor });
    expect(jaar.status).toBe(422);
    expect(jaar.body).toMatchObject({ veld: "cursor" });
  });

  it("weigert een limiet buiten 1..200 met 422 op limiet", async () => {
    for (const limiet of ["0", "201", "-1", "drie", "1.5"]) {
      const r = await vraagAls(beoordelaar, werkvoorraad(), { jaar: "2020", limiet });
      expect(r.status, limiet).toBe(422);
      expect(r.body).toMatchObject({ veld: "limiet" });
    }
    const max = await vraagAls(beoordelaar, werkvoorraad(), { jaar: "2020", limiet: "200" });
    expect(max.status).toBe(200);
  });
});

describe("regio-overzicht in pagina's (cursor)", () => {
  const overzicht = (z = zk) => `/api/zorgkantoren/${z}/overzicht/2020`;

  it("ketent met limiet 3 tot precies de 7 ingediende aanvragen; aantal en totalen op elke pagina van de hele lijst", async () => {
    const paginas = await allePaginas(beoordelaar, overzicht(), { limiet: "3" });
    expect(paginas).toHaveLength(3);
    const rijen = paginas.flatMap((p) => p.body!.rijen as { aanvraagId: string }[]);
    const alle = rijen.map((r) => r.aanvraagId);
    expect(new Set(alle).size).toBe(alle.length);
    expect([...alle].sort()).toEqual([...zaakIds].sort());
    expect(alle).not.toContain(conceptId);
    for (const p of paginas) {
      expect(p.body!.aantalAanvragen).toBe(7);
      expect(p.body!.totalen).toEqual(paginas[0]!.body!.totalen);
    }
  });

  it("weigert de cursor van een ander zorgkantoor en een limiet buiten 1..200 met 422 op dat veld", async () => {
    const eerste = await vraagAls(beoordelaar, overzicht(), { limiet: "2" });
    const vreemd = herschrijf(eerste.body!.volgende as string, (k) => {
      k.gsi1pk = k.gsi1pk!.replace(encodeURIComponent(zk), encodeURIComponent(anderZk));
    });
    const r = await vraagAls(beoordelaar, overzicht(), { cursor: vreemd });
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ veld: "cursor" });
    const l = await vraagAls(beoordelaar, overzicht(), { limiet: "201" });
    expect(l.status).toBe(422);
    expect(l.body).toMatchObject({ veld: "limiet" });
  });
});

describe("audittrail in pagina's (cursor)", () => {
  const sleutels = (p: Antwoord) =>
    (p.body!.regels as { gebeurtenis: string; wanneer: string; correlatieId: string }[]).map(
      (r) => `${r.wanneer}|${r.gebeurtenis}|${r.correlatieId}`,
    );

  it("ketent met limiet 2 tot precies het hele spoor, voor het zorgkantoor en voor de aanbieder", async () => {
    for (const wie of [beheer, aanbieder]) {
      const heel = await vraagAls(wie, audit(auditZaak.id), { limiet: "200" });
      expect(heel.status).toBe(200);
      expect(heel.body!.volgende).toBeNull();
      const verwacht = sleutels(heel);
      expect(verwacht.length).toBeGreaterThanOrEqual(4);
      const paginas = await allePaginas(wie, audit(auditZaak.id), { limiet: "2" });
      expect(paginas.length).toBeGreaterThanOrEqual(Math.ceil(verwacht.length / 2));
      const alle = paginas.flatMap(sleutels);
      expect(alle).toEqual(verwacht);
    }
    // The aanbieder does not see the proposal awaiting the second signature (§1), on no page.
    const vanAanbieder = (await allePaginas(aanbieder, audit(auditZaak.id), { limiet: "2" }))
      .flatMap((p) => p.body!.regels as { gebeurtenis: string }[])
      .map((r) => r.gebeurtenis);
    expect(vanAanbieder).not.toContain("toekenning_voorgesteld");
  });

  it("weigert de cursor van een andere zaak of van een andere lijst met 422 op cursor", async () => {
    const eerste = await vraagAls(beheer, audit(auditZaak.id), { limiet: "1" });
    const cursor = eerste.body!.volgende as string;
    const vreemd = await vraagAls(beheer, audit(andereZaak), { cursor });
    expect(vreemd.status).toBe(422);
    expect(vreemd.body).toMatchObject({ veld: "cursor" });
    const werk = await vraagAls(beoordelaar, werkvoorraad(), { jaar: "2020", limiet: "1" });
    const anderLijst = await vraagAls(beheer, audit(auditZaak.id), {
      cursor: werk.body!.volgende as string,
    });
    expect(anderLijst.status).toBe(422);
    expect(anderLijst.body).toMatchObject({ veld: "cursor" });
    const limiet = await vraagAls(beheer, audit(auditZaak.id), { limiet: "500" });
    expect(limiet.status).toBe(422);
    expect(limiet.body).toMatchObject({ veld: "limiet" });
  });
});

describe("betaalopdrachten van een maand in pagina's (cursor)", () => {
  it("ketent met limiet 3 tot precies de 7 opdrachten; totalen zijn van de hele maand", async () => {
    const paginas = await allePaginas(opdrachtBeheer, opdrachten(), { limiet: "3" });
    expect(paginas.map((p) => ids(p, "opdrachten").length)).toEqual([3, 3, 1]);
    const alle = paginas.flatMap((p) => ids(p, "opdrachten"));
    expect(new Set(alle).size).toBe(7);
    const heel = await vraagAls(opdrachtBeheer, opdrachten(), {});
    expect(heel.body!.volgende).toBeNull();
    expect([...alle].sort()).toEqual([...ids(heel, "opdrachten")].sort());
    // The total is of the whole month on every page: the sum of all pages together.
    const som = paginas
      .flatMap((p) => p.body!.opdrachten as { bedrag: string }[])
      .reduce((t, o) => t.plus(o.bedrag), new Decimal(0))
      .toFixed(2);
    expect(som).toBe(new Decimal(paginas[0]!.body!.totaal as string).toFixed(2));
    for (const p of paginas)
      expect(p.body).toMatchObject({ aantal: 7, totaal: som, nietInBatch: 7 });
  });

  it("weigert een cursor van een andere maand of een beschadigde met 422 op cursor", async () => {
    const eerste = await vraagAls(opdrachtBeheer, opdrachten(), { limiet: "3" });
    const cursor = eerste.body!.volgende as string;
    const maand = await vraag(gw, `/api/zorgkantoren/${opdrachtZk}/betaalopdrachten/2020-05`, {
      token: opdrachtBeheer.idToken,
      query: { cursor },
    });
    expect(maand.status).toBe(422);
    expect(maand.body).toMatchObject({ veld: "cursor" });
    const kapot = await vraagAls(opdrachtBeheer, opdrachten(), {
      cursor: herschrijf(cursor, (k) => {
        k.sk = "AFSPRAAK#0001";
      }),
    });
    expect(kapot.status).toBe(422);
    expect(kapot.body).toMatchObject({ veld: "cursor" });
    const limiet = await vraagAls(opdrachtBeheer, opdrachten(), { limiet: "0" });
    expect(limiet.status).toBe(422);
    expect(limiet.body).toMatchObject({ veld: "limiet" });
  });
});
