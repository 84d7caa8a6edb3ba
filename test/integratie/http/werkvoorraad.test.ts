// §5 werkvoorraad over HTTP: filter by state, deadline status and aanbieder (name, case and
// diacritics ignored), sort (urgency, name, final date, receipt; up and down), paged by a keyset
// cursor that chains to exactly the unpaged list for any page size (fast-check), the concepts that
// need a late window for zorgkantoor-beheer only (§3.2), and bad parameters a 422 naming them.

import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { leesAanvraag } from "#functions/data/aanvragen.js";
import {
  WERKVOORRAAD_SORTERINGEN,
  WERKVOORRAAD_TERMIJNEN,
} from "#shared/beoordeling/werkvoorraad.js";
import { veldNaam } from "#shared/veldnamen.js";
import {
  metApi,
  openLaatVenster,
  uniek,
  zaakIn,
  zorgVoorAanbieder,
  zorgVoorZorgkantoor,
} from "../fixture/index.js";
import { type Antwoord, gebruiker, type TestGebruiker, vraag } from "./api.js";

const gw = metApi();
const zk = uniek("zk-wv");
let beoordelaar: TestGebruiker;
let beheer: TestGebruiker;
const naamVan = new Map<string, string>();
const id: Record<string, string> = {};

// 10 January 2020: the indieningsperiode of 2020 closed on 31 December 2019.
const klok = { "x-kb-klok": "2020-01-10T10:00:00+01:00" };
const op = (s: string) => new Date(`${s}T10:00:00+01:00`);

/** name, state, receipt → at the clock: the deadline status in the comment. */
const ZAKEN = [
  ["linde", "Zorggroep De Linde", "ingediend", "2019-10-01"], // uiterste datum 01-01 verstreken
  ["baken", "Zorggroep Het Baken", "in_beoordeling", "2019-11-15"], // streefdatum 27-12 verstreken
  ["elan", "Stichting Zórgrijk Élan", "ingediend", "2019-12-20"], // binnen termijn
  ["kastanje", "De Kastanje", "goedgekeurd", "2019-11-01"], // afgerond
  ["a1", "Amstelhof", "ingediend", "2019-12-02"],
  ["a2", "Zorggroep Ouderenzorg Noord", "ingediend", "2019-10-20"],
  ["a3", "Verpleeghuis Aaltje", "in_beoordeling", "2019-12-02"],
  ["concept", "Zorgcentrum Laatkomer", "concept", "2019-12-01"],
] as const;

beforeAll(async () => {
  await zorgVoorZorgkantoor(zk);
  await Promise.all(
    ZAKEN.map(async ([k, naam, toestand, ontvangen]) => {
      const aanbiederId = uniek(`aanbieder-${k}`);
      await zorgVoorAanbieder(aanbiederId, { naam, productie: true });
      const z = await zaakIn(toestand, {
        aanbiederId,
        zorgkantoorId: zk,
        jaar: 2020,
        ontvangen: op(ontvangen),
      });
      id[k] = z.id;
      naamVan.set(z.id, naam);
    }),
  );
  [beoordelaar, beheer] = await Promise.all([
    gebruiker([{ rol: "beoordelaar", zorgkantoorId: zk }]),
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: zk }]),
  ]);
}, 120_000);

const pad = `/api/zorgkantoren/${zk}/werkvoorraad`;
const lijst = (wie: TestGebruiker, query: Record<string, string>) =>
  vraag(gw, pad, { token: wie.idToken, query: { jaar: "2020", ...query }, headers: klok });
type Rij = {
  id: string;
  toestand: string;
  termijn: { status: string; ontvangen: string; uitersteDatum: string } | null;
};
const rijen = (r: Antwoord) => r.body!.aanvragen as Rij[];
const ids = (r: Antwoord) => rijen(r).map((x) => x.id);
const namen = (r: Antwoord) => ids(r).map((x) => naamVan.get(x));

async function ok(wie: TestGebruiker, query: Record<string, string>): Promise<Antwoord> {
  const r = await lijst(wie, query);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r;
}

/** Follows `volgende` from the first page to the last. */
async function allePaginas(wie: TestGebruiker, query: Record<string, string>) {
  const paginas: Antwoord[] = [];
  let cursor: string | null = null;
  do {
    paginas.push(await ok(wie, cursor ? { ...query, cursor } : query));
    cursor = paginas.at(-1)!.body!.volgende as string | null;
    expect(paginas.length).toBeLessThan(20);
  } while (cursor);
  return paginas;
}

describe("werkvoorraad: wat erin staat", () => {
  it("toont de beoordelaar alle aanvragen behalve concepten, het meest urgent eerst", async () => {
    const r = await ok(beoordelaar, {});
    expect(r.body!.aantal).toBe(7);
    expect(ids(r)).not.toContain(id.concept);
    const statussen = rijen(r).map((x) => x.termijn?.status);
    expect(statussen.slice(0, 3)).toEqual([
      "uiterste_datum_verstreken",
      "streefdatum_verstreken",
      "streefdatum_verstreken",
    ]);
    expect(statussen.at(-1)).toBe("afgerond");
    expect(ids(r)[0]).toBe(id.linde);
    // Within one urgency the earliest final date first: Noord (20-01) before Het Baken (15-02).
    expect(ids(r).slice(1, 3)).toEqual([id.a2, id.baken]);
  });

  it("toont zorgkantoor-beheer ook het concept dat een laat venster nodig heeft (§3.2)", async () => {
    const r = await ok(beheer, { toestand: "concept" });
    expect(ids(r)).toEqual([id.concept]);
    expect(rijen(r)[0]).toMatchObject({ laatVenster: { nodig: true, tot: null }, termijn: null });
    expect((await ok(beheer, {})).body!.aantal).toBe(8);
    expect(ids(await ok(beoordelaar, { toestand: "concept" }))).toEqual([]);
    // Before 1 January the aanbieder can still submit it: not in beheer's list.
    const vroeg = await vraag(gw, pad, {
      token: beheer.idToken,
      query: { jaar: "2020", toestand: "concept" },
      headers: { "x-kb-klok": "2019-12-20T10:00:00+01:00" },
    });
    expect(vroeg.status).toBe(200);
    expect(ids(vroeg)).toEqual([]);
  });
});

describe("werkvoorraad: filters", () => {
  it("filtert op toestand", async () => {
    expect(ids(await ok(beoordelaar, { toestand: "in_beoordeling" })).sort()).toEqual(
      [id.baken, id.a3].sort(),
    );
    expect(ids(await ok(beoordelaar, { toestand: "goedgekeurd" }))).toEqual([id.kastanje]);
  });

  it("filtert op termijnstatus", async () => {
    const verwacht: Record<string, string[]> = {
      uiterste_datum_verstreken: [id.linde!],
      streefdatum_verstreken: [id.a2!, id.baken!],
      binnen_termijn: [id.a1!, id.a3!, id.elan!],
      afgerond: [id.kastanje!],
      niet_ontvangen: [id.concept!],
    };
    for (const termijn of WERKVOORRAAD_TERMIJNEN) {
      const r = await ok(beheer, { termijn });
      expect(ids(r).sort(), termijn).toEqual([...verwacht[termijn]!].sort());
      expect(r.body!.aantal).toBe(verwacht[termijn]!.length);
    }
  });

  it("zoekt de aanbieder op een deel van de naam, zonder op hoofdletters en accenten te letten", async () => {
    const zoek = async (aanbieder: string) =>
      namen(await ok(beoordelaar, { aanbieder, sorteer: "aanbieder" }));
    expect(await zoek("Zorggroep")).toEqual([
      "Zorggroep De Linde",
      "Zorggroep Het Baken",
      "Zorggroep Ouderenzorg Noord",
    ]);
    expect(await zoek("zorggroep de")).toEqual(["Zorggroep De Linde"]);
    expect(await zoek("ZORGRIJK elan")).toEqual(["Stichting Zórgrijk Élan"]);
    expect(await zoek("élan")).toEqual(["Stichting Zórgrijk Élan"]);
    expect(await zoek("  baken ")).toEqual(["Zorggroep Het Baken"]);
    expect(await zoek("bestaat niet")).toEqual([]);
    // An empty search box is no search.
    expect((await ok(beoordelaar, { aanbieder: "" })).body!.aantal).toBe(7);
  });

  it("combineert filters", async () => {
    const r = await ok(beoordelaar, {
      aanbieder: "zorggroep",
      termijn: "streefdatum_verstreken",
      toestand: "in_beoordeling",
    });
    expect(ids(r)).toEqual([id.baken]);
  });
});

describe("werkvoorraad: volgorde", () => {
  it("sorteert op naam, uiterste datum en ontvangst, op- en aflopend", async () => {
    const op = namen(await ok(beoordelaar, { sorteer: "aanbieder" }));
    expect(op).toEqual([...op].sort((a, b) => a!.localeCompare(b!, "nl")));
    expect(op[0]).toBe("Amstelhof");
    const af = namen(await ok(beoordelaar, { sorteer: "aanbieder", richting: "af" }));
    expect(af).toEqual([...op].reverse());

    const ontvangen = await ok(beoordelaar, { sorteer: "ontvangen" });
    expect(ids(ontvangen)[0]).toBe(id.linde);
    expect(ids(ontvangen).at(-1)).toBe(id.elan);
    const dagen = rijen(ontvangen).map((x) => x.termijn!.ontvangen);
    expect(dagen).toEqual([...dagen].sort());

    const uiterst = await ok(beoordelaar, { sorteer: "uiterste_datum", richting: "af" });
    const data = rijen(uiterst).map((x) => x.termijn!.uitersteDatum);
    expect(data).toEqual([...data].sort().reverse());
  });

  it("zet een aanvraag zonder datum (het concept) achteraan, in beide richtingen", async () => {
    for (const richting of ["op", "af"])
      expect(ids(await ok(beheer, { sorteer: "ontvangen", richting })).at(-1)).toBe(id.concept);
  });

  it("toont het geopende late venster bij het concept", async () => {
    await openLaatVenster((await leesAanvraag(id.concept!))!, "2020-02-01T00:00:00.000Z");
    const r = await ok(beheer, { toestand: "concept" });
    expect(rijen(r)[0]).toMatchObject({
      laatVenster: { nodig: true, tot: "2020-02-01T00:00:00.000Z" },
    });
  });
});

describe("werkvoorraad: pagina's", () => {
  it("ketent voor elke limiet, volgorde en filter tot precies de hele lijst, zonder dubbel of gat", async () => {
    const keuze = fc.record(
      {
        limiet: fc.integer({ min: 1, max: 4 }),
        sorteer: fc.constantFrom(...WERKVOORRAAD_SORTERINGEN),
        richting: fc.constantFrom("op", "af"),
        toestand: fc.constantFrom("ingediend", "in_beoordeling", "concept"),
        aanbieder: fc.constantFrom("zorg", "e", "ZORGGROEP"),
        beheer: fc.boolean(),
      },
      { requiredKeys: ["limiet", "sorteer", "richting", "beheer"] },
    );
    await fc.assert(
      fc.asyncProperty(keuze, async ({ limiet, beheer: alsBeheer, ...rest }) => {
        const wie = alsBeheer ? beheer : beoordelaar;
        const query = Object.fromEntries(
          Object.entries(rest).filter(([, w]) => w !== undefined),
        ) as Record<string, string>;
        const heel = await ok(wie, { ...query, limiet: "200" });
        expect(heel.body!.volgende).toBeNull();
        const paginas = await allePaginas(wie, { ...query, limiet: String(limiet) });
        for (const p of paginas) {
          expect(ids(p).length).toBeLessThanOrEqual(limiet);
          expect(p.body!.aantal).toBe(heel.body!.aantal);
        }
        expect(paginas.flatMap(ids)).toEqual(ids(heel));
        // Only the last page says there is no next one, and no page is empty but a lone first.
        if (paginas.length > 1) for (const p of paginas) expect(ids(p).length).toBeGreaterThan(0);
      }),
      { numRuns: 15 },
    );
  }, 120_000);

  it("weigert een cursor van een andere volgorde of filter met 422 op cursor", async () => {
    const eerste = await ok(beoordelaar, { sorteer: "aanbieder", limiet: "2" });
    const cursor = eerste.body!.volgende as string;
    expect(cursor).toEqual(expect.any(String));
    for (const anders of [
      { sorteer: "ontvangen" },
      { sorteer: "aanbieder", richting: "af" },
      { sorteer: "aanbieder", toestand: "ingediend" },
      { sorteer: "aanbieder", aanbieder: "zorg" },
    ] as Record<string, string>[]) {
      const r = await lijst(beoordelaar, { ...anders, cursor });
      expect(r.status, JSON.stringify(anders)).toBe(422);
      expect(r.body).toMatchObject({ veld: "cursor" });
    }
    // The cursor of beoordelaar's list does not continue beheer's (which holds the concept).
    expect((await lijst(beheer, { sorteer: "aanbieder", cursor })).status).toBe(422);
    const verder = await ok(beoordelaar, { sorteer: "aanbieder", limiet: "2", cursor });
    expect(ids(verder)).toHaveLength(2);
    expect(ids(verder)).not.toContain(ids(eerste)[0]);
  });
});

describe("werkvoorraad: foute parameters", () => {
  it("weigert een onbekende waarde met 422 en een Nederlandse melding die de parameter noemt", async () => {
    for (const [veld, waarde] of [
      ["toestand", "klaar"],
      ["termijn", "bijna"],
      ["sorteer", "naam"],
      ["richting", "omhoog"],
      ["aanbieder", "x".repeat(101)],
      ["toestand", ""],
    ] as const) {
      const r = await lijst(beoordelaar, { [veld]: waarde });
      expect(r.status, `${veld}=${waarde}`).toBe(422);
      expect(r.body).toMatchObject({ veld });
      // The detail names the parameter by its label (shared/veldnamen.ts), the path is in `veld`.
      expect(String(r.body!.detail)).toContain(veldNaam(veld));
      expect(String(r.body!.detail)).toMatch(/kies een van|hoogstens/);
    }
    const onbekend = await lijst(beoordelaar, { zoek: "linde" });
    expect(onbekend.status).toBe(422);
  });
});
