// docs/regels.md §1, §6: payment batches. The voorschot orders of one month of a zorgkantoor are paid
// in a batch that one zorgkantoor user proposes and a DIFFERENT zorgkantoor-beheer user releases
// (four eyes: money leaves the zorgkantoor); only a released batch goes to finance. A batch lists
// the orders it pays (orders are immutable, so the list stays true), numbered per month: orders
// that appear after a release (e.g. a higher basis from that month on) go into the next batch.
import { bedragTekst, som } from "#shared/geld/bedrag.js";
import { Decimal } from "#shared/geld/decimal.js";
import { afhandelSleutel } from "#shared/grootboek/boeking.js";
import { maandTekst } from "#shared/voorschot/maand.js";
import { vierOgenWeigering } from "../lib/vierogen.js";
import { rekeningenVoorVrijgave } from "./bankrekeningen.js";
import type { BetaalopdrachtRecord } from "./betaalopdrachten.js";
import { wachtId, wachtWeg, wachtZetten } from "./goedkeuringen.js";
import { boekingActies, type ZaakBoeking } from "./grootboek.js";
import { type Item, leesItem, zoek, zonderSleutels } from "./lezen.js";
import { betaalbatchPrefix, betaalbatchSleutel, zorgkantoorPk } from "./sleutels.js";
import {
  type Actor,
  type Schrijfcontext,
  schrijfTransactie,
  type TransactieUitkomst,
} from "./transactie.js";
import { controleer, nieuw, type Weigering, wijzig } from "./voorwaarden.js";

export type BatchStatus = "voorgesteld" | "vrijgegeven";

/** What a batch keeps of each order: enough for the export without reading the orders again. */
export type BatchOpdracht = Pick<
  BetaalopdrachtRecord,
  | "soort"
  | "sleutel"
  | "aanvraagId"
  | "aanbiederId"
  | "jaar"
  | "maand"
  | "basisVersie"
  | "bedrag"
  | "aangemaaktOp"
> & {
  /** §15.5: the account valid when the batch was released (absent while only proposed). */
  iban?: string;
  tenaamstelling?: string;
};

export interface BetaalbatchRecord {
  zorgkantoorId: string;
  jaar: number;
  maand: number;
  nummer: number;
  status: BatchStatus;
  opdrachten: BatchOpdracht[];
  aantal: number;
  totaal: string;
  voorgesteldDoor: Actor;
  voorgesteldOp: string;
  vrijgegevenDoor?: Actor;
  vrijgegevenOp?: string;
  versie: number;
}

const alsBatch = (i: Item): BetaalbatchRecord => {
  const { soort: _s, ...r } = zonderSleutels(i);
  return {
    ...(r as unknown as BetaalbatchRecord),
    jaar: Number(r.jaar),
    maand: Number(r.maand),
    nummer: Number(r.nummer),
    aantal: Number(r.aantal),
    versie: Number(r.versie),
  };
};

/** The batches of a month, oldest first (strongly consistent: the four-eyes check reads it). */
export async function betaalbatchesVanMaand(
  zorgkantoorId: string,
  jaar: number,
  maand: number,
): Promise<BetaalbatchRecord[]> {
  const items = await zoek({
    pk: zorgkantoorPk(zorgkantoorId),
    begintMet: betaalbatchPrefix(jaar, maand),
  });
  return items.map(alsBatch);
}

export async function leesBetaalbatch(
  zorgkantoorId: string,
  jaar: number,
  maand: number,
  nummer: number,
): Promise<BetaalbatchRecord | undefined> {
  const i = await leesItem(betaalbatchSleutel(zorgkantoorId, jaar, maand, nummer));
  return i ? alsBatch(i) : undefined;
}

const batchOpdracht = (o: BetaalopdrachtRecord): BatchOpdracht => ({
  soort: o.soort,
  sleutel: o.sleutel,
  aanvraagId: o.aanvraagId,
  aanbiederId: o.aanbiederId,
  jaar: o.jaar,
  maand: o.maand,
  basisVersie: o.basisVersie,
  bedrag: o.bedrag,
  aangemaaktOp: o.aangemaaktOp,
});

const VORIGE_OPEN: Weigering = {
  status: 409,
  code: "BATCH_WACHT_OP_VRIJGAVE",
  melding:
    "de vorige betaalbatch van deze maand wacht nog op vrijgave; geef die eerst vrij voordat u een nieuwe voorstelt",
};

/**
 * Proposes batch `nummer` (the next one of the month) with these orders. The previous batch must
 * be released by then — checked in the transaction, so two proposals never overlap — and the
 * number is put-if-absent, so of two concurrent proposals one wins.
 */
export async function stelBetaalbatchVoor(
  zorgkantoorId: string,
  jaar: number,
  maand: number,
  nummer: number,
  opdrachten: readonly BetaalopdrachtRecord[],
  ctx: Schrijfcontext,
): Promise<TransactieUitkomst<BetaalbatchRecord>> {
  if (opdrachten.length > MAX_OPDRACHTEN_PER_BATCH)
    throw new Error(`een betaalbatch heeft ten hoogste ${MAX_OPDRACHTEN_PER_BATCH} opdrachten`);
  const record: BetaalbatchRecord = {
    zorgkantoorId,
    jaar,
    maand,
    nummer,
    status: "voorgesteld",
    opdrachten: opdrachten.map(batchOpdracht),
    aantal: opdrachten.length,
    totaal: bedragTekst(som(opdrachten.map((o) => new Decimal(o.bedrag)))),
    voorgesteldDoor: { sub: ctx.wie.sub, rol: ctx.wie.rol },
    voorgesteldOp: ctx.nu.toISOString(),
    versie: 1,
  };
  const { versie: _v, ...velden } = record;
  const vorige =
    nummer > 1
      ? [
          controleer(
            betaalbatchSleutel(zorgkantoorId, jaar, maand, nummer - 1),
            {
              expressie: "#bs = :vrij",
              namen: { "#bs": "status" },
              waarden: { ":vrij": "vrijgegeven" },
            },
            VORIGE_OPEN,
          ),
        ]
      : [];
  const r = await schrijfTransactie(
    [
      ...vorige,
      nieuw(
        {
          ...betaalbatchSleutel(zorgkantoorId, jaar, maand, nummer),
          soort: "betaalbatch",
          ...velden,
        },
        {
          status: 409,
          code: "CONFLICT",
          melding:
            "intussen is door een collega een betaalbatch voorgesteld; laad de maand opnieuw",
        },
      ),
      // §1: the zorgkantoor's list of what waits, in the same transaction (goedkeuringen.ts).
      wachtZetten(
        {
          soort: "betaalbatch",
          batch: { maand: maandTekst(jaar, maand), nummer, versie: 1, aantal: record.aantal },
          zorgkantoorId,
          jaar,
          motivering: "",
          tegenover: "aangevraagd",
          bedragen: [],
          totaal: record.totaal,
        },
        ctx,
      ),
    ],
    {
      gebeurtenis: "betaalbatch_voorgesteld",
      onderwerp: zorgkantoorPk(zorgkantoorId),
      betrokken: { zorgkantoorId },
      na: { jaar, maand, nummer, aantal: record.aantal, totaal: record.totaal },
    },
    ctx,
  );
  return r.ok ? { ok: true, waarde: record } : r;
}

/**
 * [portal rule] §15.3: a release books, in its own transaction, every order's ledger entry and
 * the balances of its cases (two operations per order, at most 100 in all): so a batch holds at
 * most this many orders; a month with more is paid in several batches, one after another.
 */
export const MAX_OPDRACHTEN_PER_BATCH = 45;

// Batches stored before orders had a kind hold voorschot orders only.
const vrijgaveSoort = (o: BatchOpdracht) =>
  o.soort === "nabetaling"
    ? ("nabetaling_vrijgegeven" as const)
    : ("betaling_vrijgegeven" as const);

/** §15.3, §15.4: "paid" — the ledger entry of each order the batch releases. */
const vrijgaveBoekingen = (b: BetaalbatchRecord, op: Date): ZaakBoeking[] => {
  const oorzaak = { soort: "betaalbatch" as const, id: batchId(b) };
  return b.opdrachten.map((o) => ({
    aanvraagId: o.aanvraagId,
    boeking: {
      sleutel: afhandelSleutel(vrijgaveSoort(o), oorzaak, o.sleutel),
      aanbiederId: o.aanbiederId,
      zorgkantoorId: b.zorgkantoorId,
      jaar: o.jaar,
      soort: vrijgaveSoort(o),
      bedrag: new Decimal(o.bedrag),
      datum: op,
      oorzaak,
      betreft: o.sleutel,
    },
  }));
};

/** The batch's identity in the ledger: zorgkantoor, month and number. */
export const batchId = (
  b: Pick<BetaalbatchRecord, "zorgkantoorId" | "jaar" | "maand" | "nummer">,
) => `${encodeURIComponent(b.zorgkantoorId)}#${maandTekst(b.jaar, b.maand)}#${b.nummer}`;

const batchWacht = (b: BetaalbatchRecord) => ({
  maand: maandTekst(b.jaar, b.maand),
  nummer: b.nummer,
  versie: b.versie,
  aantal: b.aantal,
});

/** Releases a proposed batch read at `verwachteVersie` (four eyes checked here too). */
export async function geefBetaalbatchVrij(
  b: BetaalbatchRecord,
  verwachteVersie: number,
  ctx: Schrijfcontext,
): Promise<TransactieUitkomst<BetaalbatchRecord>> {
  // §1: who releases is a zorgkantoor-beheer user other than the one who proposed.
  const vierOgen = vierOgenWeigering("betaalbatch", b.voorgesteldDoor, ctx.wie);
  if (vierOgen) return { ok: false, weigering: vierOgen };
  // §15.5: every order carries the IBAN and holder valid at this release, written with it.
  const rekeningen = await rekeningenVoorVrijgave(b);
  if (!rekeningen.ok) return rekeningen;
  const velden = {
    opdrachten: rekeningen.waarde,
    status: "vrijgegeven" as const,
    vrijgegevenDoor: { sub: ctx.wie.sub, rol: ctx.wie.rol },
    vrijgegevenOp: ctx.nu.toISOString(),
  };
  const r = await schrijfTransactie(
    [
      wijzig(
        betaalbatchSleutel(b.zorgkantoorId, b.jaar, b.maand, b.nummer),
        verwachteVersie,
        velden,
        {
          voorwaarde: {
            expressie: "#bs = :voorgesteld",
            namen: { "#bs": "status" },
            waarden: { ":voorgesteld": "voorgesteld" },
          },
        },
      ),
      ...boekingActies(vrijgaveBoekingen(b, ctx.nu)),
      wachtWeg(
        { zorgkantoorId: b.zorgkantoorId, id: wachtId({ batch: batchWacht(b) }) },
        "betaalbatch",
      ),
    ],
    {
      gebeurtenis: "betaalbatch_vrijgegeven",
      onderwerp: zorgkantoorPk(b.zorgkantoorId),
      betrokken: { zorgkantoorId: b.zorgkantoorId },
      voor: { status: b.status },
      na: {
        jaar: b.jaar,
        maand: b.maand,
        nummer: b.nummer,
        totaal: b.totaal,
        status: velden.status,
      },
    },
    ctx,
  );
  return r.ok ? { ok: true, waarde: { ...b, ...velden, versie: verwachteVersie + 1 } } : r;
}
