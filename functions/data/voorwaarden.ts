// The write operations a transaction is made of, as plain data — each with the
// condition that guards it and the refusal (Weigering) a handler answers when that condition
// fails. Optimistic locking (`versie`): a new item is put only if absent and starts at 1; a change
// states the versie it was read at and increments it, so a stale write fails instead of
// overwriting someone else's change.
import { NumberValue } from "@aws-sdk/lib-dynamodb";
import type { Decimal } from "#shared/geld/decimal.js";
import { conflict } from "../lib/probleem.js";
import type { Sleutel } from "./sleutels.js";

/** Why a write was refused: becomes a problem+json answer (see transactie.ts `alsProbleem`). */
export interface Weigering {
  readonly status: 403 | 404 | 409 | 413 | 422 | 503;
  readonly code: string;
  readonly melding: string;
  readonly veld?: string;
}

/** The standard optimistic-locking refusal: 409 as `conflict()` of functions/lib/probleem.ts. */
export const VERSIECONFLICT: Weigering = {
  status: 409,
  code: conflict().code,
  melding: conflict().melding,
};

export const BESTAAT_AL: Weigering = {
  status: 409,
  code: "BESTAAT_AL",
  melding: "dit object bestaat al",
};

export const BESTAAT_NIET: Weigering = {
  status: 409,
  code: "CONFLICT",
  melding: "het object bestaat niet (meer); laad het opnieuw",
};

/**
 * Stored as JSON: Decimals become strings (§11), undefined fields disappear, Dates become ISO
 * text. Exact DynamoDB Numbers (kaders.ts) pass as they are.
 */
export const alsJson = (x: unknown): unknown =>
  x === undefined || x instanceof NumberValue ? x : JSON.parse(JSON.stringify(x));

type Waarden = Readonly<Record<string, unknown>>;
type Namen = Readonly<Record<string, string>>;

export type Bewerking =
  | {
      readonly soort: "Put";
      readonly Item: Record<string, unknown>;
      readonly ConditionExpression?: string;
      readonly ExpressionAttributeNames?: Namen;
      readonly ExpressionAttributeValues?: Waarden;
    }
  | {
      readonly soort: "Update";
      readonly Key: Sleutel;
      readonly UpdateExpression: string;
      readonly ConditionExpression?: string;
      readonly ExpressionAttributeNames?: Namen;
      readonly ExpressionAttributeValues?: Waarden;
    }
  | {
      readonly soort: "ConditionCheck";
      readonly Key: Sleutel;
      readonly ConditionExpression: string;
      readonly ExpressionAttributeNames?: Namen;
      readonly ExpressionAttributeValues?: Waarden;
    }
  | {
      readonly soort: "Delete";
      readonly Key: Sleutel;
      readonly ConditionExpression?: string;
      readonly ExpressionAttributeNames?: Namen;
      readonly ExpressionAttributeValues?: Waarden;
    };

/**
 * A running total a write moves (e.g. regiototalen.ts): exact deltas added to numeric fields of
 * one item, which is created on first use with `velden`. schrijfTransactie adds the counters of
 * all operations of a transaction per item, as one ADD (DynamoDB allows one operation per item).
 */
export interface Teller {
  readonly sleutel: Sleutel;
  readonly deltas: Readonly<Record<string, Decimal>>;
  readonly velden: Readonly<Record<string, unknown>>;
}

/** One operation of a transaction and what to answer when its condition fails. */
export interface Schrijfactie {
  readonly bewerking: Bewerking;
  readonly weigering: Weigering;
  /** Running totals that move with this operation, in the same transaction. */
  readonly tellers?: readonly Teller[];
}

/** The counters of `acties`, summed per item, as one unguarded ADD each (zero deltas dropped). */
export function tellerActies(acties: readonly Schrijfactie[]): Schrijfactie[] {
  const per = new Map<string, { t: Teller; deltas: Map<string, Decimal> }>();
  for (const t of acties.flatMap((a) => a.tellers ?? [])) {
    const k = `${t.sleutel.pk}\u0000${t.sleutel.sk}`;
    const x = per.get(k) ?? { t, deltas: new Map<string, Decimal>() };
    for (const [veld, d] of Object.entries(t.deltas))
      x.deltas.set(veld, x.deltas.has(veld) ? x.deltas.get(veld)!.plus(d) : d);
    per.set(k, x);
  }
  return [...per.values()].flatMap(({ t, deltas }) => {
    const add = [...deltas].filter(([, d]) => !d.isZero());
    if (add.length === 0) return [];
    const namen: Record<string, string> = {};
    const waarden: Record<string, unknown> = {};
    const zet = Object.entries(t.velden).map(([k, v], i) => {
      namen[`#z${i}`] = k;
      waarden[`:z${i}`] = v;
      return `#z${i} = :z${i}`;
    });
    const adds = add.map(([veld, d], i) => {
      namen[`#t${i}`] = veld;
      waarden[`:t${i}`] = NumberValue.from(d.toFixed());
      return `#t${i} :t${i}`;
    });
    return [
      bijwerken(
        t.sleutel,
        {
          expressie: `${zet.length ? `SET ${zet.join(", ")} ` : ""}ADD ${adds.join(", ")}`,
          namen,
          waarden,
        },
        { status: 409, code: "CONFLICT", melding: "een totaal kon niet worden bijgewerkt" },
      ),
    ];
  });
}

export const sleutelVan = (b: Bewerking): Sleutel =>
  b.soort === "Put" ? { pk: String(b.Item.pk), sk: String(b.Item.sk) } : b.Key;

/** Put-if-absent; the item starts at versie 1. */
export const nieuw = (
  item: Sleutel & Record<string, unknown>,
  weigering: Weigering = BESTAAT_AL,
): Schrijfactie => ({
  bewerking: {
    soort: "Put",
    Item: { ...item, versie: 1 },
    ConditionExpression: "attribute_not_exists(pk)",
  },
  weigering,
});

/** Append-only records (audit, notifications, history): put-if-absent, no versie (immutable). */
export const onveranderlijk = (
  item: Sleutel & Record<string, unknown>,
  weigering: Weigering = BESTAAT_AL,
): Schrijfactie => ({
  bewerking: { soort: "Put", Item: { ...item }, ConditionExpression: "attribute_not_exists(pk)" },
  weigering,
});

/** Replaces a whole item read at `verwachteVersie`. */
export const vervang = (
  item: Sleutel & Record<string, unknown>,
  verwachteVersie: number,
  weigering: Weigering = VERSIECONFLICT,
): Schrijfactie => ({
  bewerking: {
    soort: "Put",
    Item: { ...item, versie: verwachteVersie + 1 },
    ConditionExpression: "versie = :verwacht",
    ExpressionAttributeValues: { ":verwacht": verwachteVersie },
  },
  weigering,
});

export interface ExtraVoorwaarde {
  /** Condition over `#naam`/`:waarde` placeholders of its own (prefix them to avoid clashes). */
  readonly expressie: string;
  readonly namen?: Namen;
  readonly waarden?: Waarden;
}

/**
 * Sets (or, for `undefined`, removes) top-level fields of an item read at `verwachteVersie`, and
 * increments its versie. An extra condition (e.g. "still a concept") is ANDed to the version check.
 */
export function wijzig(
  sleutel: Sleutel,
  verwachteVersie: number,
  velden: Readonly<Record<string, unknown>>,
  opties: { voorwaarde?: ExtraVoorwaarde; weigering?: Weigering } = {},
): Schrijfactie {
  const zet: string[] = ["#versie = :nieuweVersie"];
  const weg: string[] = [];
  const namen: Record<string, string> = { "#versie": "versie" };
  const waarden: Record<string, unknown> = {
    ":nieuweVersie": verwachteVersie + 1,
    ":verwachteVersie": verwachteVersie,
  };
  Object.entries(velden).forEach(([veld, waarde], i) => {
    if (veld === "pk" || veld === "sk" || veld === "versie")
      throw new Error(`wijzig: het veld ${veld} wordt niet met wijzig gezet`);
    namen[`#v${i}`] = veld;
    if (waarde === undefined) weg.push(`#v${i}`);
    else {
      zet.push(`#v${i} = :v${i}`);
      waarden[`:v${i}`] = alsJson(waarde);
    }
  });
  const v = opties.voorwaarde;
  return {
    bewerking: {
      soort: "Update",
      Key: sleutel,
      UpdateExpression: `SET ${zet.join(", ")}${weg.length ? ` REMOVE ${weg.join(", ")}` : ""}`,
      ConditionExpression: `#versie = :verwachteVersie${v ? ` AND (${v.expressie})` : ""}`,
      ExpressionAttributeNames: { ...namen, ...v?.namen },
      ExpressionAttributeValues: { ...waarden, ...v?.waarden },
    },
    weigering: opties.weigering ?? VERSIECONFLICT,
  };
}

/** A condition on another item that must hold for the transaction (nothing is written there). */
export const controleer = (
  sleutel: Sleutel,
  voorwaarde: ExtraVoorwaarde,
  weigering: Weigering,
): Schrijfactie => ({
  bewerking: {
    soort: "ConditionCheck",
    Key: sleutel,
    ConditionExpression: voorwaarde.expressie,
    ExpressionAttributeNames: voorwaarde.namen,
    ExpressionAttributeValues: voorwaarde.waarden,
  },
  weigering,
});

/** The item must exist (e.g. the aanbieder an aanvraag is made for). */
export const bestaat = (sleutel: Sleutel, weigering: Weigering): Schrijfactie =>
  controleer(sleutel, { expressie: "attribute_exists(pk)" }, weigering);

/** Deletes an existing item, at `verwachteVersie` when given. */
export const verwijder = (
  sleutel: Sleutel,
  verwachteVersie?: number,
  weigering: Weigering = verwachteVersie === undefined ? BESTAAT_NIET : VERSIECONFLICT,
): Schrijfactie => ({
  bewerking: {
    soort: "Delete",
    Key: sleutel,
    ConditionExpression:
      verwachteVersie === undefined ? "attribute_exists(pk)" : "versie = :verwachteVersie",
    ExpressionAttributeValues:
      verwachteVersie === undefined ? undefined : { ":verwachteVersie": verwachteVersie },
  },
  weigering,
});

/** Any other (guarded) update (counters: kaders): the caller writes the expressions. */
export const bijwerken = (
  sleutel: Sleutel,
  update: {
    expressie: string;
    /** Absent: an unguarded upsert (a denormalised summary the transaction itself keeps right). */
    voorwaarde?: string;
    namen?: Namen;
    waarden?: Waarden;
  },
  weigering: Weigering,
): Schrijfactie => ({
  bewerking: {
    soort: "Update",
    Key: sleutel,
    UpdateExpression: update.expressie,
    ConditionExpression: update.voorwaarde,
    ExpressionAttributeNames: update.namen,
    ExpressionAttributeValues: update.waarden,
  },
  weigering,
});
