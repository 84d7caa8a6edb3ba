// docs/regels.md §15.7: each allotment of the decided national remainder becomes a nabetaling of its
// zorgkantoor — a ledger entry `nabetaling_besteld` (oorzaak restantverdeling) with the balances,
// and a payment order in the month of the decision, paid through that zorgkantoor's batches with
// a second signature like every nabetaling (§15.4).
//
// Why the round is atomic for any number of cases (DynamoDB: ≤ 100 operations per transaction),
// the herschikking's design (functions/herschikking/toepassen.ts):
// 1. The approval (restantGoedkeuren.ts) moves the ONE distribution item of the year to
//    `besloten` — with every allotment in it — and writes its audit record, in one transaction.
//    From that commit on the decision is taken in full; before it nothing of it exists.
// 2. This file books the allotments in transactions of at most MAX_ACTIES operations, cut at case
//    boundaries (pakIn). Per case: the entry, the payment order, the case item with the marker
//    `restanttoekenning` (under the case's version) and the case's audit record; and, when the
//    aanbieder has a vordering of another year open at the same zorgkantoor, the offset of §15.4
//    (pair entries, the vordering case's balance guarded as read, its audit record) — like the
//    voorschot run and the vaststelling's nabetaling. The balances of all entries of a transaction
//    are moved once (boekingActies: one operation per balance item). A case carrying the marker is skipped, and
//    entry and order are put-if-absent on deterministic keys, so applying again after a crash (or
//    twice at once) only books what is missing. The chunk with the last cases marks the
//    distribution `toegepast`.
// 3. Every route of the round (proposal, approval, its retry) finishes a pending decision first;
//    the GET answer shows `besloten` (not yet fully booked) apart from `toegepast`.
import { bedragTekst } from "#shared/geld/bedrag.js";
import { Decimal } from "#shared/geld/decimal.js";
import { toepassingsdelen } from "#shared/herschikking/vierogen.js";
import { dagVan } from "#shared/kalender/tijd.js";
import { restantBoeking, restantOorzaak, teBoeken } from "#shared/nacalculatie/restantverdeling.js";
import { leesAanvraag, scopeVan, wijzigAanvraag } from "../data/aanvragen.js";
import { nabetalingOpdrachtActie } from "../data/betaalopdrachten.js";
import { boekingActies, type Gelezen, type ZaakBoeking } from "../data/grootboek.js";
import {
  leesRestantverdeling,
  markeerVerdelingToegepast,
  type RestantverdelingRecord,
  type VerdelingRegel,
} from "../data/restantverdeling.js";
import { aanvraagPk, parametersPk } from "../data/sleutels.js";
import { auditActies, type Schrijfcontext, schrijfTransactie } from "../data/transactie.js";
import type { Schrijfactie } from "../data/voorwaarden.js";
import { HttpProbleem } from "../lib/probleem.js";
import { verrekeningVoorOpdracht } from "../lib/verrekening.js";

/** Cases read at once; their writes are then packed into transactions by pakIn. */
export const PER_DEEL = 12;
/**
 * DynamoDB allows 100 operations per transaction; the transaction's own audit record (with its
 * notifications) and the distribution's `toegepast` mark take the rest.
 */
const MAX_ACTIES = 94;
const POGINGEN = 4;

export interface ZaakActies {
  acties: Schrijfactie[];
  boekingen: ZaakBoeking[];
  gelezen: Gelezen[];
}

const telActies = (zaken: readonly ZaakActies[]) =>
  boekingActies(
    zaken.flatMap((z) => z.boekingen),
    zaken.flatMap((z) => z.gelezen),
  ).length + zaken.reduce((n, z) => n + z.acties.length, 0);

/**
 * The cases' writes in transactions of ≤ `max` operations, in order, never splitting a case (its
 * marker must land with its entries). Balance items shared by cases count once, as boekingActies
 * merges them.
 */
export function pakIn(zaken: readonly ZaakActies[], max = MAX_ACTIES): ZaakActies[][] {
  const pakken: ZaakActies[][] = [];
  let huidig: ZaakActies[] = [];
  for (const z of zaken) {
    if (huidig.length > 0 && telActies([...huidig, z]) > max) {
      pakken.push(huidig);
      huidig = [];
    }
    huidig.push(z);
  }
  if (huidig.length > 0) pakken.push(huidig);
  return pakken;
}

/** The writes of one case's allotment, or undefined when the case already carries it. */
async function zaakActies(
  d: RestantverdelingRecord,
  l: VerdelingRegel,
  ctx: Schrijfcontext,
): Promise<ZaakActies | undefined> {
  const r = await leesAanvraag(l.aanvraagId);
  if (!r) throw new Error(`Restantverdeling ${d.jaar}: aanvraag ${l.aanvraagId} bestaat niet`);
  const oorzaak = restantOorzaak(d.jaar);
  if (r.overig.restanttoekenning?.besluit === oorzaak.id) return undefined;
  const b = restantBoeking({ ...l, jaar: d.jaar, toegekend: new Decimal(l.toegekend) }, ctx.nu);
  // §15.4: the nabetaling first settles open vorderingen of the aanbieder's other years here.
  const v = await verrekeningVoorOpdracht(r, b.sleutel, b.bedrag, ctx.nu);
  const toekenning = {
    besluit: oorzaak.id,
    bedrag: bedragTekst(b.bedrag),
    sleutel: b.sleutel,
    op: ctx.nu.toISOString(),
    ...(v && { verrekend: bedragTekst(v.verrekening.verrekend) }),
  };
  return {
    boekingen: [{ aanvraagId: r.id, boeking: b }, ...(v?.boekingen ?? [])],
    gelezen: v?.gelezen ?? [],
    acties: [
      ...(v?.audit(ctx) ?? []),
      nabetalingOpdrachtActie(r.id, b, dagVan(ctx.nu)),
      wijzigAanvraag(r, r.versie, {
        restanttoekenning: toekenning,
        gewijzigdOp: ctx.nu.toISOString(),
      }),
      ...auditActies(
        {
          gebeurtenis: "landelijk_restant_toegekend",
          onderwerp: aanvraagPk(r.id),
          betrokken: scopeVan(r),
          na: { ...toekenning, claim: l.claim },
          reden: `toekenning uit het landelijk restant ${d.jaar} (§9.4)`,
        },
        ctx,
      ),
    ],
  };
}

/** Books what is missing of the decision; true when it is fully applied. */
async function pasToe(d: RestantverdelingRecord, ctx: Schrijfcontext): Promise<boolean> {
  const regels = teBoeken(d.regels.map((l) => ({ ...l, toegekend: new Decimal(l.toegekend) })));
  const zaken = await Promise.all(regels.map((l) => leesAanvraag(l.aanvraagId)));
  const id = restantOorzaak(d.jaar).id;
  const geboekt = new Set(
    zaken.filter((r) => r?.overig.restanttoekenning?.besluit === id).map((r) => r!.id),
  );
  const delen = toepassingsdelen(regels, geboekt, PER_DEEL);
  if (delen.length === 0) delen.push([]); // all booked, status still `besloten`: close it
  for (const [n, deel] of delen.entries()) {
    const perZaak = (
      await Promise.all(
        deel.map((l) => zaakActies(d, { ...l, toegekend: bedragTekst(l.toegekend) }, ctx)),
      )
    ).filter((x) => x !== undefined);
    const pakken = pakIn(perZaak);
    if (pakken.length === 0) pakken.push([]);
    for (const [m, pak] of pakken.entries()) {
      const laatste = n === delen.length - 1 && m === pakken.length - 1;
      const u = await schrijfTransactie(
        [
          ...boekingActies(
            pak.flatMap((x) => x.boekingen),
            pak.flatMap((x) => x.gelezen),
          ),
          ...pak.flatMap((x) => x.acties),
          ...(laatste ? [markeerVerdelingToegepast(d.jaar)] : []),
        ],
        {
          gebeurtenis: "restantverdeling_toegepast",
          onderwerp: parametersPk(d.jaar),
          na: {
            jaar: d.jaar,
            deel: n + 1,
            delen: delen.length,
            aanvragen: pak.map((x) => x.boekingen[0]!.aanvraagId),
          },
        },
        ctx,
      );
      // Someone else booked (part of) it meanwhile, or a receipt landed on a vordering this
      // round offsets (its balance guard): start over from what is stored.
      if (!u.ok) return false;
    }
  }
  return true;
}

/** §15.7: finishes the year's decided-but-not-booked distribution. Idempotent; one read if none. */
export async function voltooiRestantverdeling(
  jaar: number,
  ctx: Pick<Schrijfcontext, "correlatieId">,
): Promise<void> {
  for (let poging = 1; ; poging++) {
    const d = await leesRestantverdeling(jaar);
    if (d?.status !== "besloten" || !d.goedgekeurdDoor || !d.besluitOp) return;
    const c: Schrijfcontext = {
      wie: d.goedgekeurdDoor,
      nu: new Date(d.besluitOp),
      correlatieId: ctx.correlatieId,
    };
    if (await pasToe(d, c)) return;
    if (poging >= POGINGEN)
      throw new HttpProbleem(
        409,
        "CONFLICT",
        "De verdeling van het landelijk restant wordt nog geboekt; probeer het over enkele seconden opnieuw.",
      );
  }
}
