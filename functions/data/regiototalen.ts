// docs/regels.md §1 (landelijke totalen), §15.3: the running totals per zorgkantoor and year of what
// its listed cases add up to — how many, agreed, realised, vastgesteld — so the national totals
// read 31 small items instead of every case of the country. Paid and ordered are not kept here:
// they are the ledger's balance per zorgkantoor and year (grootboek.ts), read beside these.
//
// Kept exact without anyone remembering it: every write of a case item goes through
// wijzigAanvraag (aanvragen.ts) or, for the realisatie summary, dienRealisatieIn; each attaches
// the difference between the case's contribution before and after (regiobijdrage) as a counter
// (`tellers`) of its Schrijfactie, and schrijfTransactie adds the counters of one transaction to
// the totals item as one ADD — in the same transaction as the change, so they never disagree.
// Both writers are version- or state-guarded, so "before" is what was stored.
//
// All totals of a year share one partition (one Query); the portal's write rate is far below
// DynamoDB's per-partition limit. `herberekenRegiototalen` rebuilds a year from the cases, for
// data stored before these items existed.
import { NumberValue, PutCommand } from "@aws-sdk/lib-dynamodb";
import { bedragUit } from "#shared/geld/bedrag.js";
import { Decimal, NUL } from "#shared/geld/decimal.js";
import type { AanvraagRecord } from "./aanvragen.js";
import { dynamoExact, tabel } from "./clients.js";
import { type Item, leesItem, zoek } from "./lezen.js";
import type { Sleutel } from "./sleutels.js";
import type { Teller } from "./voorwaarden.js";

export const REGIOTOTALEN = ["aantal", "afgesproken", "gerealiseerd", "vastgesteld"] as const;
export type Regiototaal = (typeof REGIOTOTALEN)[number];
export type Regiobijdrage = Record<Regiototaal, Decimal>;

export interface Regiototalen extends Regiobijdrage {
  zorgkantoorId: string;
  jaar: number;
}

const e = encodeURIComponent;
const pkVan = (jaar: number) => `REGIOTOTALEN#${jaar}`;
export const regiototalenSleutel = (zorgkantoorId: string, jaar: number): Sleutel => ({
  pk: pkVan(jaar),
  sk: e(zorgkantoorId),
});

const GEEN: Regiobijdrage = { aantal: NUL, afgesproken: NUL, gerealiseerd: NUL, vastgesteld: NUL };

/**
 * What one case adds to its zorgkantoor's totals, as the regional overview counts it
 * (rapportage/cijfers.ts): a concept is not listed; agreed is the agreement before the
 * vaststelling; realised is the latest tussentijdse summary; vastgesteld once approved.
 */
export function regiobijdrage(r: AanvraagRecord): Regiobijdrage {
  if (r.toestand === "concept") return GEEN;
  const afspraak =
    r.afspraak?.soort === "vaststelling" ? r.overig.vaststelling?.afspraakVoor : r.afspraak;
  return {
    aantal: new Decimal(1),
    afgesproken: bedragUit(afspraak?.totaal),
    gerealiseerd: bedragUit(r.overig.rapport?.gerealiseerd),
    vastgesteld: bedragUit(r.overig.vaststelling?.vastgesteld),
  };
}

/** The counter moving the totals from `voor` to `na` of one case; none when nothing changes. */
export function regioTeller(
  zaak: Pick<AanvraagRecord, "zorgkantoorId" | "jaar">,
  voor: Partial<Regiobijdrage>,
  na: Partial<Regiobijdrage>,
): Teller[] {
  const deltas = Object.fromEntries(
    REGIOTOTALEN.map((k) => [k, (na[k] ?? voor[k] ?? NUL).minus(voor[k] ?? NUL)]),
  );
  if (Object.values(deltas).every((d) => d.isZero())) return [];
  return [
    {
      sleutel: regiototalenSleutel(zaak.zorgkantoorId, zaak.jaar),
      deltas,
      velden: { soort: "regiototalen", zorgkantoorId: zaak.zorgkantoorId, jaar: zaak.jaar },
    },
  ];
}

const decimaal = (x: unknown): Decimal =>
  x === undefined ? NUL : new Decimal(String((x as { value?: string }).value ?? x));

const alsTotalen = (i: Item): Regiototalen => ({
  zorgkantoorId: String(i.zorgkantoorId),
  jaar: Number(decimaal(i.jaar)),
  ...(Object.fromEntries(REGIOTOTALEN.map((k) => [k, decimaal(i[k])])) as Regiobijdrage),
});

/** Every zorgkantoor's totals of a year, by zorgkantoor id: one Query. */
export async function regiototalenVanJaar(jaar: number): Promise<Map<string, Regiototalen>> {
  const items = await zoek({ pk: pkVan(jaar) }, dynamoExact());
  return new Map(items.map((i) => [String(i.zorgkantoorId), alsTotalen(i)]));
}

/** One zorgkantoor's totals of a year (nothing counted yet: zeros). */
export async function leesRegiototalen(
  zorgkantoorId: string,
  jaar: number,
): Promise<Regiobijdrage> {
  const i = await leesItem(regiototalenSleutel(zorgkantoorId, jaar), dynamoExact());
  return i ? alsTotalen(i) : GEEN;
}

export { GEEN as GEEN_BIJDRAGE };

/**
 * Overwrites a zorgkantoor's totals with `t` (the rebuild of rapportage/herberekening.ts). Not a
 * domain change, so no audit record: the figures follow from the cases, which are unchanged.
 */
export async function zetRegiototalen(t: Regiototalen): Promise<void> {
  await dynamoExact().send(
    new PutCommand({
      TableName: tabel(),
      Item: {
        ...regiototalenSleutel(t.zorgkantoorId, t.jaar),
        soort: "regiototalen",
        zorgkantoorId: t.zorgkantoorId,
        jaar: t.jaar,
        ...Object.fromEntries(REGIOTOTALEN.map((k) => [k, NumberValue.from(t[k].toFixed())])),
      },
    }),
  );
}
