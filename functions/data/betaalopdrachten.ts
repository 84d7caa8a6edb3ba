// docs/regels.md §6: voorschot payment orders. Each order's key is deterministic
// (shared/voorschot/betaalopdracht.ts: aanbieder, zorgkantoor, jaar, maand, basisversie) and it
// is written put-if-absent inside its case, so the monthly job run twice, or twice at once,
// leaves exactly one order. The orders of a case are read strongly consistently: the next
// month's amount is computed from what was paid, and a replica a moment behind would overpay.
import { bedragTekst } from "#shared/geld/bedrag.js";
import { Decimal } from "#shared/geld/decimal.js";
import { voorschotBesteld } from "#shared/grootboek/afhandeling.js";
import type { Boeking } from "#shared/grootboek/boeking.js";
import type { Zaakscope } from "#shared/toegang/lidmaatschap.js";
import {
  type Betaalopdracht,
  betaalopdrachtSleutel,
  type GedaneOpdracht,
} from "#shared/voorschot/betaalopdracht.js";
import { boekingActies, type Gelezen, type ZaakBoeking } from "./grootboek.js";
import { type Item, type Startsleutel, zoek, zoekPagina } from "./lezen.js";
import {
  aanvraagPk,
  BETAALOPDRACHT_PREFIX,
  betaalopdrachtenGsi2,
  betaalopdrachtItemSleutel,
  nabetalingItemSleutel,
} from "./sleutels.js";

/** A calendar month: the batch month of an order. */
export interface Maand {
  jaar: number;
  maand: number;
}

import {
  type AuditInvoer,
  type Schrijfcontext,
  schrijfTransactie,
  type TransactieUitkomst,
} from "./transactie.js";
import { nieuw, type Schrijfactie } from "./voorwaarden.js";

export interface BetaalopdrachtRecord {
  /** §6 voorschot, or §15.4 nabetaling after a vaststelling (paid through the same batches). */
  soort: "voorschot" | "nabetaling";
  sleutel: string;
  aanvraagId: string;
  aanbiederId: string;
  zorgkantoorId: string;
  jaar: number;
  maand: number;
  basisVersie: number;
  bedrag: string;
  /** T(m): the cumulative paid this order brings it to. */
  doel: string;
  aangemaaktOp: string;
  versie: number;
}

export interface Zaak extends Zaakscope {
  id: string;
}

export const BESTAAT_AL = "BETAALOPDRACHT_BESTAAT_AL";

/** The put-if-absent of one order in its case; a wrong key or case is a bug and throws. */
export function betaalopdrachtActie(zaak: Zaak, o: Betaalopdracht, nu: Date): Schrijfactie {
  if (o.sleutel !== betaalopdrachtSleutel(o))
    throw new Error(`betaalopdracht ${o.sleutel}: de sleutel volgt niet uit zijn delen`);
  if (o.aanbieder !== zaak.aanbiederId || o.zorgkantoor !== zaak.zorgkantoorId)
    throw new Error(`betaalopdracht ${o.sleutel} hoort niet bij aanvraag ${zaak.id}`);
  return nieuw(
    {
      ...betaalopdrachtItemSleutel(zaak.id, o.sleutel),
      soort: "betaalopdracht",
      sleutel: o.sleutel,
      aanvraagId: zaak.id,
      aanbiederId: o.aanbieder,
      zorgkantoorId: o.zorgkantoor,
      jaar: o.jaar,
      maand: o.maand,
      basisVersie: o.basisVersie,
      bedrag: bedragTekst(o.bedrag),
      doel: bedragTekst(o.doel),
      aangemaaktOp: nu.toISOString(),
      gsi2pk: betaalopdrachtenGsi2(o.zorgkantoor, o.jaar, o.maand),
      gsi2sk: `${o.aanbieder}#${o.sleutel}`,
    },
    { status: 409, code: BESTAAT_AL, melding: `betaalopdracht ${o.sleutel} bestaat al` },
  );
}

/**
 * §15.3: the order with its ledger entry (voorschot besteld, keyed by the order's own key) and
 * the balances it moves — one transaction, so an order never exists without its entry.
 */
export const betaalopdrachtMetBoeking = (
  zaak: Zaak,
  o: Betaalopdracht,
  nu: Date,
  verrekening?: { boekingen: readonly ZaakBoeking[]; gelezen: readonly Gelezen[] },
): Schrijfactie[] => [
  betaalopdrachtActie(zaak, o, nu),
  // §15.4: offset pairs against open vorderingen go in the same call, so each balance item is
  // moved once (DynamoDB allows one operation per item in a transaction).
  ...boekingActies(
    [{ aanvraagId: zaak.id, boeking: voorschotBesteld(o, nu) }, ...(verrekening?.boekingen ?? [])],
    verrekening?.gelezen,
  ),
];

/**
 * §15.4: the payment order of a nabetaling, in the month it was decided (its batch month), keyed
 * by its ledger entry (nabetaling besteld), so the release books nabetaling vrijgegeven on it.
 * `jaar` is the case's year; `maand` the month of the batch (of the year after, as a rule).
 */
export function nabetalingOpdrachtActie(
  aanvraagId: string,
  b: Boeking,
  maand: Maand,
): Schrijfactie {
  return nieuw(
    {
      ...nabetalingItemSleutel(aanvraagId, b.sleutel),
      soort: "betaalopdracht",
      opdrachtSoort: "nabetaling",
      sleutel: b.sleutel,
      aanvraagId,
      aanbiederId: b.aanbiederId,
      zorgkantoorId: b.zorgkantoorId,
      jaar: b.jaar,
      maand: maand.maand,
      basisVersie: 0,
      bedrag: bedragTekst(b.bedrag),
      doel: bedragTekst(b.bedrag),
      aangemaaktOp: b.datum.toISOString(),
      gsi2pk: betaalopdrachtenGsi2(b.zorgkantoorId, maand.jaar, maand.maand),
      gsi2sk: `${b.aanbiederId}#${b.sleutel}`,
    },
    { status: 409, code: BESTAAT_AL, melding: `nabetaling ${b.sleutel} bestaat al` },
  );
}

/**
 * Writes one order with its audit record. An order that exists already is a success
 * ("bestond_al"): that is what makes the monthly job safe to repeat.
 */
/** The audit record of a new payment order (§12), the same wherever an order is written. */
export const betaalopdrachtAudit = (zaak: Zaak, o: Betaalopdracht): AuditInvoer => ({
  gebeurtenis: "voorschot_betaalopdracht",
  onderwerp: aanvraagPk(zaak.id),
  betrokken: { aanbiederId: zaak.aanbiederId, zorgkantoorId: zaak.zorgkantoorId },
  na: {
    sleutel: o.sleutel,
    maand: o.maand,
    basisVersie: o.basisVersie,
    bedrag: o.bedrag,
    doel: o.doel,
  },
});

export async function schrijfBetaalopdracht(
  zaak: Zaak,
  o: Betaalopdracht,
  ctx: Schrijfcontext,
): Promise<TransactieUitkomst<"aangemaakt" | "bestond_al">> {
  const r = await schrijfTransactie(
    betaalopdrachtMetBoeking(zaak, o, ctx.nu),
    betaalopdrachtAudit(zaak, o),
    ctx,
  );
  if (r.ok) return { ok: true, waarde: "aangemaakt" };
  return r.weigering.code === BESTAAT_AL ? { ok: true, waarde: "bestond_al" } : r;
}

const alsOpdracht = (i: Item): BetaalopdrachtRecord => ({
  soort: i.opdrachtSoort === "nabetaling" ? "nabetaling" : "voorschot",
  sleutel: String(i.sleutel),
  aanvraagId: String(i.aanvraagId),
  aanbiederId: String(i.aanbiederId),
  zorgkantoorId: String(i.zorgkantoorId),
  jaar: Number(i.jaar),
  maand: Number(i.maand),
  basisVersie: Number(i.basisVersie),
  bedrag: String(i.bedrag),
  doel: String(i.doel),
  aangemaaktOp: String(i.aangemaaktOp),
  versie: Number(i.versie),
});

/** Every order of a case (strongly consistent), in key order. */
export async function betaalopdrachtenVanAanvraag(
  aanvraagId: string,
): Promise<BetaalopdrachtRecord[]> {
  return (await zoek({ pk: aanvraagPk(aanvraagId), begintMet: BETAALOPDRACHT_PREFIX })).map(
    alsOpdracht,
  );
}

/** The input `betalingVoorMaand` needs: the orders already made. */
export const gedaneOpdrachten = (records: readonly BetaalopdrachtRecord[]): GedaneOpdracht[] =>
  records.map((o) => ({
    maand: o.maand,
    basisVersie: o.basisVersie,
    bedrag: new Decimal(o.bedrag),
  }));

/** The orders of a zorgkantoor for one month (gsi2): the payment batch and its export. */
export async function betaalopdrachtenVanMaand(
  zorgkantoorId: string,
  jaar: number,
  maand: number,
): Promise<BetaalopdrachtRecord[]> {
  return (await zoek({ index: "gsi2", pk: betaalopdrachtenGsi2(zorgkantoorId, jaar, maand) })).map(
    alsOpdracht,
  );
}

/** One page of the orders of a zorgkantoor for one month (gsi2), for the voorschotten list. */
export async function betaalopdrachtenPagina(
  zorgkantoorId: string,
  m: Maand,
  limiet: number,
  start?: Startsleutel,
): Promise<{ opdrachten: BetaalopdrachtRecord[]; volgende?: Startsleutel }> {
  const p = await zoekPagina({
    index: "gsi2",
    pk: betaalopdrachtenGsi2(zorgkantoorId, m.jaar, m.maand),
    limiet,
    start,
  });
  return { opdrachten: p.items.map(alsOpdracht), volgende: p.volgende };
}
