// docs/regels.md §15.3: the ledger in the table. Every entry (shared/grootboek/boeking.ts) is an
// immutable item in its case's partition, put only if its deterministic key is new, and written in
// the SAME transaction as its cause (the payment order, the batch release, the vaststelling). The
// same transaction moves three running balances by exact DynamoDB numbers (ADD, no read first):
// the case's (also on gsi1 per zorgkantoor and year, so a regional page reads every case's
// balance with one Query), the zorgkantoor-year's and the national year's. No page sums entries
// of more than one case; a case has a few dozen entries at most.
//
// [portal rule] One transaction holds at most 100 operations (MAX_BEWERKINGEN): an entry costs
// one, each distinct balance item one. Callers that book many entries at once (a batch release)
// keep their batches small enough — see functions/data/betaalbatches.ts.
import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { NumberValue, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { bedragTekst } from "#shared/geld/bedrag.js";
import { Decimal, NUL } from "#shared/geld/decimal.js";
import { type Boeking, BoekingSchema, boekingTekst, type Zaak } from "#shared/grootboek/boeking.js";
import {
  LEEG_SALDO,
  mutatie,
  SALDOVELDEN,
  type Saldo,
  type SaldoVeld,
} from "#shared/grootboek/saldo.js";
import { dynamo, tabel } from "./clients.js";
import { type Item, leesItem, zoek } from "./lezen.js";
import { aanvraagPk, type Sleutel, zorgkantoorPk } from "./sleutels.js";
import { bijwerken, onveranderlijk, type Schrijfactie, type Weigering } from "./voorwaarden.js";

const e = encodeURIComponent;
export const BOEKING_PREFIX = "BOEKING#";
const boekingItemSleutel = (aanvraagId: string, sleutel: string): Sleutel => ({
  pk: aanvraagPk(aanvraagId),
  sk: `${BOEKING_PREFIX}${sleutel}`,
});
export const ZAAKSALDO_SK = "SALDO";
const zaakSaldoSleutel = (aanvraagId: string): Sleutel => ({
  pk: aanvraagPk(aanvraagId),
  sk: ZAAKSALDO_SK,
});
const zorgkantoorSaldoSleutel = (zorgkantoorId: string, jaar: number): Sleutel => ({
  pk: zorgkantoorPk(zorgkantoorId),
  sk: `SALDO#${jaar}`,
});
const landelijkSaldoSleutel = (jaar: number): Sleutel => ({ pk: "LANDELIJK", sk: `SALDO#${jaar}` });
export const saldiGsi1 = (zorgkantoorId: string, jaar: number): string =>
  `SALDI#${e(zorgkantoorId)}#${jaar}`;
/** The balances of every zorgkantoor for a year (the national totals read them in one Query). */
const zorgkantoorSaldiGsi1 = (jaar: number): string => `ZKSALDI#${jaar}`;

/** An entry of the case with this id (the aanvraag of its aanbieder, zorgkantoor and jaar). */
export interface ZaakBoeking {
  aanvraagId: string;
  boeking: Boeking;
}

export const BOEKING_BESTAAT_AL = "BOEKING_BESTAAT_AL";

const getal = (d: Decimal): NumberValue => NumberValue.from(bedragTekst(d));
// The exact client (clients.ts) reads numbers as NumberValue: years back to whole numbers.
const geheel = (x: unknown): number =>
  Number.parseInt(String((x as NumberValue | undefined)?.value ?? x), 10);

/**
 * A read-then-book caller (a receipt checks what is open on the vordering) names the balance
 * fields it read: the case's balance must still hold exactly those values, else 409 — a receipt
 * booked meanwhile could otherwise make two receipts together exceed the vordering.
 */
export interface Gelezen {
  aanvraagId: string;
  velden: Partial<Record<SaldoVeld, Decimal>>;
}

const GELIJKTIJDIG_GEBOEKT: Weigering = {
  status: 409,
  code: "CONFLICT",
  melding: "er is tegelijk op deze zaak geboekt; lees de stand opnieuw en probeer het nog eens",
};

function gelezenVoorwaarde(g: Gelezen["velden"], namen: Record<string, string>, waarden: Item) {
  return Object.entries(g).map(([veld, waarde], i) => {
    namen[`#g${i}`] = veld;
    waarden[`:g${i}`] = getal(waarde);
    const gelijk = `#g${i} = :g${i}`;
    return waarde.isZero() ? `(attribute_not_exists(#g${i}) OR ${gelijk})` : gelijk;
  });
}

/** One ADD per balance item: DynamoDB refuses two operations on one item in a transaction. */
function saldoActie(
  sleutel: Sleutel,
  deltas: Map<string, Decimal>,
  extra: Item = {},
  gelezen?: Gelezen["velden"],
): Schrijfactie {
  const velden = [...deltas.entries()].filter(([, d]) => !d.isZero());
  const namen: Record<string, string> = {};
  const waarden: Record<string, unknown> = {};
  velden.forEach(([veld, d], i) => {
    namen[`#v${i}`] = veld;
    waarden[`:d${i}`] = getal(d);
  });
  const zet = Object.keys(extra).map((k, i) => {
    namen[`#x${i}`] = k;
    waarden[`:x${i}`] = extra[k];
    return `#x${i} = :x${i}`;
  });
  const add = velden.map((_, i) => `#v${i} :d${i}`);
  const bewaakt = gelezen ? gelezenVoorwaarde(gelezen, namen, waarden) : [];
  return bijwerken(
    sleutel,
    {
      expressie: [
        `SET ${["soort = :soort", ...zet].join(", ")}`,
        add.length ? `ADD ${add.join(", ")}` : "",
      ]
        .filter(Boolean)
        .join(" "),
      voorwaarde: ["(attribute_not_exists(pk) OR soort = :soort)", ...bewaakt].join(" AND "),
      namen,
      waarden: { ...waarden, ":soort": "saldo" },
    },
    gelezen
      ? GELIJKTIJDIG_GEBOEKT
      : { status: 409, code: "CONFLICT", melding: "het saldo kon niet worden bijgewerkt" },
  );
}

function telDeltas(per: Map<string, Map<string, Decimal>>, sleutel: string, b: Boeking) {
  const { veld, delta } = mutatie(b);
  const m = per.get(sleutel) ?? new Map<string, Decimal>();
  m.set(veld, (m.get(veld) ?? NUL).plus(delta));
  per.set(sleutel, m);
}

/**
 * The writes of these entries: each put only if its key is new, and the balances of every case,
 * zorgkantoor-year and national year they touch moved once by the sum of their deltas.
 */
export function boekingActies(
  boekingen: readonly ZaakBoeking[],
  gelezen?: Gelezen | readonly Gelezen[],
): Schrijfactie[] {
  // Several cases may be guarded at once (a later offset reads each vordering it settles).
  const bewaakt = new Map(
    (gelezen === undefined ? [] : "aanvraagId" in gelezen ? [gelezen] : gelezen).map((g) => [
      g.aanvraagId,
      g.velden,
    ]),
  );
  const zaken = new Map<string, Map<string, Decimal>>();
  const zorgkantoren = new Map<string, Map<string, Decimal>>();
  const landelijk = new Map<string, Map<string, Decimal>>();
  const zaakVanId = new Map<string, Zaak>();
  const puts = boekingen.map(({ aanvraagId, boeking: b }) => {
    zaakVanId.set(aanvraagId, b);
    telDeltas(zaken, aanvraagId, b);
    telDeltas(zorgkantoren, JSON.stringify([b.zorgkantoorId, b.jaar]), b);
    telDeltas(landelijk, String(b.jaar), b);
    // The item's `soort` names the kind of item, as everywhere in the table: the entry's own
    // kind is kept as `boekingSoort`.
    const { soort, ...tekst } = boekingTekst(b);
    return onveranderlijk(
      {
        ...boekingItemSleutel(aanvraagId, b.sleutel),
        ...tekst,
        soort: "boeking",
        boekingSoort: soort,
        aanvraagId,
      },
      { status: 409, code: BOEKING_BESTAAT_AL, melding: `boeking ${b.sleutel} bestaat al` },
    );
  });
  return [
    ...puts,
    ...[...zaken].map(([id, d]) => {
      const z = zaakVanId.get(id)!;
      return saldoActie(
        zaakSaldoSleutel(id),
        d,
        {
          aanvraagId: id,
          aanbiederId: z.aanbiederId,
          zorgkantoorId: z.zorgkantoorId,
          jaar: z.jaar,
          gsi1pk: saldiGsi1(z.zorgkantoorId, z.jaar),
          gsi1sk: `${e(z.aanbiederId)}#${e(id)}`,
        },
        bewaakt.get(id),
      );
    }),
    ...[...zorgkantoren].map(([k, d]) => {
      const [zk, jaar] = JSON.parse(k) as [string, number];
      return saldoActie(zorgkantoorSaldoSleutel(zk, jaar), d, {
        zorgkantoorId: zk,
        jaar,
        gsi1pk: zorgkantoorSaldiGsi1(jaar),
        gsi1sk: e(zk),
      });
    }),
    ...[...landelijk].map(([j, d]) => saldoActie(landelijkSaldoSleutel(Number(j)), d)),
  ];
}

export const alsSaldo = (i: Item | undefined): Saldo =>
  i
    ? (Object.fromEntries(
        SALDOVELDEN.map((v) => {
          const x = i[v] as NumberValue | string | undefined;
          return [v, x === undefined ? NUL : new Decimal(String((x as NumberValue).value ?? x))];
        }),
      ) as Saldo)
    : LEEG_SALDO;

/** Every entry of a case, in key order (strongly consistent: a release checks what is open). */
export async function boekingenVanZaak(aanvraagId: string): Promise<Boeking[]> {
  const items = await zoek({ pk: aanvraagPk(aanvraagId), begintMet: BOEKING_PREFIX });
  return items.map(alsBoeking);
}

export function alsBoeking(i: Item): Boeking {
  const { pk: _p, sk: _s, soort: _t, aanvraagId: _a, boekingSoort, jaar, verrekening, ...rest } = i;
  const v = verrekening as { jaar: unknown; tegenboeking: string } | undefined;
  return BoekingSchema.parse({
    ...rest,
    soort: boekingSoort,
    jaar: geheel(jaar),
    ...(v && { verrekening: { jaar: geheel(v.jaar), tegenboeking: v.tegenboeking } }),
  });
}

export const saldoVanZaak = async (aanvraagId: string): Promise<Saldo> =>
  alsSaldo(await leesItem(zaakSaldoSleutel(aanvraagId)));

/** The balance of every case of a zorgkantoor and year, by aanvraag id: one Query on gsi1. */
export async function saldiVanZorgkantoor(
  zorgkantoorId: string,
  jaar: number,
): Promise<Map<string, Saldo>> {
  const items = await zoek({ index: "gsi1", pk: saldiGsi1(zorgkantoorId, jaar) });
  return new Map(items.map((i) => [String(i.aanvraagId), alsSaldo(i)]));
}

export const saldoVanZorgkantoorJaar = async (zorgkantoorId: string, jaar: number) =>
  alsSaldo(await leesItem(zorgkantoorSaldoSleutel(zorgkantoorId, jaar)));

/**
 * The balance of every zorgkantoor for a year, by zorgkantoor id: one Query on gsi1 (a balance
 * booked before the index keys existed is found after its next entry, or after
 * `npm run herbereken:totalen`).
 */
export async function saldiVanZorgkantoren(jaar: number): Promise<Map<string, Saldo>> {
  const items = await zoek({ index: "gsi1", pk: zorgkantoorSaldiGsi1(jaar) });
  return new Map(items.map((i) => [String(i.zorgkantoorId), alsSaldo(i)]));
}

/**
 * Gives a zorgkantoor's balance of a year its index keys (saldiVanZorgkantoren) when it was
 * booked before they existed; nothing when it has no balance. The rebuild of the totals calls it.
 */
export async function indexeerZorgkantoorSaldo(zorgkantoorId: string, jaar: number) {
  try {
    await dynamo().send(
      new UpdateCommand({
        TableName: tabel(),
        Key: zorgkantoorSaldoSleutel(zorgkantoorId, jaar),
        UpdateExpression: "SET zorgkantoorId = :z, jaar = :j, gsi1pk = :p, gsi1sk = :s",
        ConditionExpression: "attribute_exists(pk)",
        ExpressionAttributeValues: {
          ":z": zorgkantoorId,
          ":j": jaar,
          ":p": zorgkantoorSaldiGsi1(jaar),
          ":s": e(zorgkantoorId),
        },
      }),
    );
  } catch (x) {
    if (!(x instanceof ConditionalCheckFailedException)) throw x;
  }
}

export const landelijkSaldo = async (jaar: number): Promise<Saldo> =>
  alsSaldo(await leesItem(landelijkSaldoSleutel(jaar)));

/** §15.3: per order key, what the ledger says was released on it (paid). */
export function betaaldPerOpdracht(boekingen: readonly Boeking[]): Map<string, Decimal> {
  const per = new Map<string, Decimal>();
  for (const b of boekingen)
    if (b.betreft && (b.soort === "betaling_vrijgegeven" || b.soort === "nabetaling_vrijgegeven"))
      per.set(b.betreft, (per.get(b.betreft) ?? NUL).plus(b.bedrag));
  return per;
}
