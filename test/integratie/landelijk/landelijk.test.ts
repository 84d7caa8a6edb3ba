// National-scale issue: the national dataset's generator (lokaal/landelijk/) at SMALL size —
// 2 zorgkantoren, 20 aanbieders, three years — loaded twice into tables and user pools of its
// own. Proves the generator's output is consistent: every case reads through the API as its
// aanbieder and its zorgkantoor see it, every case's ledger reconciles with its running balance
// (and, once vastgesteld, settles on the vastgesteld amount), the zorgkantoor and national
// balances and the kaders equal the sums of their cases, the national totals route agrees, and
// the same seed gives the same items (ids, subs and audit write times aside).
import { DeleteCommand, ScanCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AANBIEDERSLIJST_ATTRIBUUT } from "#functions/data/aanbieders.js";
import { leesAanbiederslijst } from "#functions/data/aanbiederslijst.js";
import { leesAanvraag } from "#functions/data/aanvragen.js";
import { dynamo, sluitClients, tabel } from "#functions/data/clients.js";
import {
  boekingenVanZaak,
  landelijkSaldo,
  saldoVanZaak,
  saldoVanZorgkantoorJaar,
} from "#functions/data/grootboek.js";
import { leesKader } from "#functions/data/kaders.js";
import { regiototalenSleutel, regiototalenVanJaar } from "#functions/data/regiototalen.js";
import { aanbiederslijstSleutel } from "#functions/data/sleutels.js";
import {
  berekenRegiototalen,
  herberekenRegiototalen,
} from "#functions/rapportage/herberekening.js";
import type { DemoOmgeving } from "#lokaal/demo.js";
import { type Gateway, startGateway } from "#lokaal/gateway.js";
import { inrichten, logIn, maakUserPool } from "#lokaal/inrichten.js";
import { type Landelijk, laadLandelijk, sleutelVan } from "#lokaal/landelijk/laden.js";
import {
  isAfgesproken,
  KLEIN,
  maakPlan,
  STANDAARD_ZAAD,
  totaalVan,
} from "#lokaal/landelijk/plan.js";
import { Decimal, NUL } from "#shared/geld/decimal.js";
import {
  LEEG_SALDO,
  reconcilieert,
  type Saldo,
  saldoTekst,
  telOp,
} from "#shared/grootboek/saldo.js";
import { omgeving, uniek } from "../fixture/index.js";
import { vraag } from "../http/api.js";

const basis = omgeving();

async function eigenOmgeving(naam: string): Promise<DemoOmgeving> {
  const pool = await maakUserPool(basis.lokaal, uniek(naam).slice(0, 40));
  const cognito = {
    ...basis.lokaal.cognito,
    ...pool,
    issuer: basis.lokaal.cognito.issuer.replace(basis.lokaal.cognito.userPoolId, pool.userPoolId),
    jwksUri: basis.lokaal.cognito.jwksUri.replace(basis.lokaal.cognito.userPoolId, pool.userPoolId),
  };
  const lokaal = { ...basis.lokaal, cognito };
  return { lokaal, inrichting: await inrichten(lokaal, { tabelNaam: uniek(`kb-${naam}`) }) };
}

type Item = Record<string, unknown>;
async function alleItems(): Promise<Item[]> {
  const uit: Item[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    // A Scan is fine in a test of a table of its own; no request path scans.
    const r = await dynamo().send(
      new ScanCommand({ TableName: tabel(), ExclusiveStartKey: start }),
    );
    uit.push(...((r.Items ?? []) as Item[]));
    start = r.LastEvaluatedKey;
  } while (start);
  return uit;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
/**
 * The items as text with what is random by design made stable: case ids become their triple,
 * user subs their e-mail, document ids their case and kind, and an audit key keeps its "now" but
 * loses the real write time and random tail (functions/data/transactie.ts `moment`).
 */
function genormaliseerd(items: Item[], l: Landelijk): string[] {
  const namen = new Map<string, string>();
  for (const [sleutel, id] of l.aanvragen) namen.set(id, `zaak:${sleutel}`);
  for (const g of l.gebruikers) namen.set(g.sub, `gebruiker:${g.email}`);
  for (const i of items)
    if (i.soort === "document" && typeof i.documentId === "string")
      namen.set(i.documentId, `document:${namen.get(String(i.aanvraagId))}:${i.documentSoort}`);
  return items
    .map((i) =>
      JSON.stringify(i, (_k, v) => (v instanceof Set ? [...v].sort() : v))
        .replace(/(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)#\d{15}\.\d{4}#[0-9a-f]{8}/g, "$1")
        .replace(UUID, (u) => namen.get(u) ?? "onbekend-id"),
    )
    .sort();
}

let o: DemoOmgeving;
let l: Landelijk;
let eersteItems: string[];
let tweedeItems: string[];
let gw: Gateway;

beforeAll(async () => {
  o = await eigenOmgeving("landelijk");
  l = await laadLandelijk(o, { omvang: KLEIN });
  eersteItems = genormaliseerd(await alleItems(), l);
  const tweede = await eigenOmgeving("landelijk2");
  const l2 = await laadLandelijk(tweede, { omvang: KLEIN });
  tweedeItems = genormaliseerd(await alleItems(), l2);
  // Back to the first table for the checks below (the loader points the data layer at its stack).
  const { gebruikLokaleStack } = await import("#lokaal/demo.js");
  gebruikLokaleStack(o);
  gw = await startGateway({ omgeving: o.lokaal, inrichting: o.inrichting });
}, 300_000);
afterAll(async () => {
  await gw?.stop();
  sluitClients();
});

describe("landelijke dataset (klein)", () => {
  it("is een plan dat alleen van het zaad afhangt", () => {
    expect(maakPlan(KLEIN, STANDAARD_ZAAD)).toEqual(maakPlan(KLEIN, STANDAARD_ZAAD));
    expect(maakPlan(KLEIN, STANDAARD_ZAAD + 1)).not.toEqual(maakPlan(KLEIN, STANDAARD_ZAAD));
    const p = l.plan;
    expect(p.zorgkantoren).toHaveLength(2);
    expect(p.aanbieders).toHaveLength(20);
    expect(new Set(p.zaken.map((z) => z.eindstand)).size).toBeGreaterThanOrEqual(6);
    expect(l.aanvragen.size).toBe(p.zaken.length);
  });

  it("geeft met hetzelfde zaad dezelfde items", () => {
    expect(eersteItems.length).toBeGreaterThan(500);
    expect(tweedeItems).toEqual(eersteItems);
  });

  it("laat elke zaak lezen door haar aanbieder en haar zorgkantoor, via de API", async () => {
    const tokens = new Map<string, string>();
    const token = async (email: string) => {
      if (!tokens.has(email))
        tokens.set(email, (await logIn(o.lokaal, email, l.wachtwoord)).idToken);
      return tokens.get(email)!;
    };
    const aanbiederVan = new Map(
      l.plan.gebruikers.flatMap((g) =>
        g.lid.flatMap((x) => (x.rol === "aanbieder" ? [[x.aanbiederId, g.email] as const] : [])),
      ),
    );
    for (const z of l.plan.zaken) {
      const id = l.aanvragen.get(sleutelVan(z))!;
      const pad = `/api/aanvragen/${id}`;
      const a = await vraag(gw, pad, { token: await token(aanbiederVan.get(z.aanbiederId)!) });
      expect(a.status, `${pad} als aanbieder`).toBe(200);
      const code = z.zorgkantoorId.slice(3);
      const b = await vraag(gw, pad, {
        token: await token(`beoordelaar.${code}@landelijk.example`),
      });
      expect(b.status, `${pad} als beoordelaar`).toBe(200);
      const toestand = (await leesAanvraag(id))!.toestand;
      const verwacht = {
        concept: "concept",
        ingediend: "ingediend",
        in_beoordeling: "in_beoordeling",
        aanvulling_gevraagd: "aanvulling_gevraagd",
        afgewezen: "afgewezen",
        goedgekeurd: "goedgekeurd",
      }[z.eindstand as string];
      expect(toestand).toBe(verwacht ?? "addendum_getekend");
    }
    const landelijk = await token("landelijk1@landelijk.example");
    const totalen = await vraag(gw, "/api/landelijk/2019/totalen", { token: landelijk });
    expect(totalen.status).toBe(200);
    // "Afgesproken" is the agreement before the vaststelling (rapportage/cijfers.ts): the plan's.
    const afgesproken = l.plan.zaken
      .filter((z) => z.jaar === 2019 && isAfgesproken(z.eindstand))
      .reduce((s, z) => s.plus(totaalVan(z)), NUL);
    const t = totalen.body!.totalen as Record<string, string>;
    expect(new Decimal(t.afgesproken!).toFixed(2)).toBe(afgesproken.toFixed(2));
    // Paid and ordered come from the ledger: the national balance of the year.
    const saldo = await landelijkSaldo(2019);
    expect(new Decimal(t.betaald!).toFixed(2)).toBe(saldo.betaald.toFixed(2));
    expect(new Decimal(t.opgedragen!).toFixed(2)).toBe(saldo.besteld.toFixed(2));
  });

  it("laat elk grootboek kloppen met zijn saldo, en de saldi en kaders met de som van de zaken", async () => {
    for (const jaar of [2019, 2020, 2021]) {
      let landelijk: Saldo = LEEG_SALDO;
      for (const zk of l.plan.zorgkantoren) {
        let zkSaldo: Saldo = LEEG_SALDO;
        let afgesproken = NUL;
        for (const z of l.plan.zaken.filter((x) => x.jaar === jaar && x.zorgkantoorId === zk.id)) {
          const id = l.aanvragen.get(sleutelVan(z))!;
          const [r, boekingen, saldo] = await Promise.all([
            leesAanvraag(id),
            boekingenVanZaak(id),
            saldoVanZaak(id),
          ]);
          const vastgesteld = r!.overig.vaststelling as { vastgesteld?: string } | undefined;
          const rec = reconcilieert(
            vastgesteld?.vastgesteld ? new Decimal(vastgesteld.vastgesteld) : undefined,
            boekingen,
            saldo,
          );
          expect(rec.ok && rec.waarde.klopt, `${id} ${z.eindstand}`).toBe(true);
          if (z.eindstand === "vastgesteld") expect(vastgesteld?.vastgesteld).toBeDefined();
          if (z.eindstand === "addendum_getekend" || z.eindstand === "jaarverslag")
            expect(boekingen.length).toBeGreaterThan(0);
          zkSaldo = telOp(zkSaldo, saldo);
          if (r!.afspraak) afgesproken = afgesproken.plus(r!.afspraak.totaal);
        }
        expect(saldoTekst(await saldoVanZorgkantoorJaar(zk.id, jaar))).toEqual(saldoTekst(zkSaldo));
        const kader = (await leesKader(zk.id, jaar))!;
        expect(kader.afgesproken.equals(afgesproken), `${zk.id} ${jaar}`).toBe(true);
        expect(kader.kader.equals(new Decimal(l.plan.kaders[jaar]![zk.id]!))).toBe(true);
        landelijk = telOp(landelijk, zkSaldo);
      }
      expect(saldoTekst(await landelijkSaldo(jaar))).toEqual(saldoTekst(landelijk));
    }
  });

  it("houdt per zorgkantoor en jaar de totalen bij die de som van zijn zaken zijn", async () => {
    const tekst = (t: object) =>
      Object.fromEntries(Object.entries(t).map(([k, v]) => [k, String(v)]));
    for (const jaar of [2019, 2020, 2021]) {
      const bijgehouden = await regiototalenVanJaar(jaar);
      for (const zk of l.plan.zorgkantoren) {
        const { aanbiederIds: _, ...berekend } = await berekenRegiototalen(zk.id, jaar, new Date());
        expect(tekst(bijgehouden.get(zk.id)!), `${zk.id} ${jaar}`).toEqual(tekst(berekend));
        expect(berekend.aantal.toNumber()).toBe(
          l.plan.zaken.filter(
            (z) => z.jaar === jaar && z.zorgkantoorId === zk.id && z.eindstand !== "concept",
          ).length,
        );
      }
    }
  });

  it("herberekent totalen en aanbiederslijst uit de zaken (gegevens van vóór die items)", async () => {
    const zk = l.plan.zorgkantoren[0]!;
    const aanbieder = l.plan.zaken.find((z) => z.zorgkantoorId === zk.id)!.aanbiederId;
    // As stored before: no totals item, an aanbieder missing from the list.
    await dynamo().send(
      new DeleteCommand({ TableName: tabel(), Key: regiototalenSleutel(zk.id, 2020) }),
    );
    await dynamo().send(
      new UpdateCommand({
        TableName: tabel(),
        Key: aanbiederslijstSleutel(zk.id),
        UpdateExpression: "REMOVE #a",
        ExpressionAttributeNames: { "#a": `${AANBIEDERSLIJST_ATTRIBUUT}${aanbieder}` },
      }),
    );
    expect((await regiototalenVanJaar(2020)).has(zk.id)).toBe(false);
    const uit = await herberekenRegiototalen(2020, new Date());
    expect(uit.find((t) => t.zorgkantoorId === zk.id)?.aanbiedersToegevoegd).toBe(1);
    const { aanbiederIds: _, ...berekend } = await berekenRegiototalen(zk.id, 2020, new Date());
    const tekst = (t: object) =>
      Object.fromEntries(Object.entries(t).map(([k, v]) => [k, String(v)]));
    expect(tekst((await regiototalenVanJaar(2020)).get(zk.id)!)).toEqual(tekst(berekend));
    expect((await leesAanbiederslijst(zk.id)).has(aanbieder)).toBe(true);
  });
});
