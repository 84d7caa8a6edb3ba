// docs/regels.md §15.4: a new payment order for an aanbieder first offsets the open vorderingen of its
// other years at the same zorgkantoor (shared/grootboek/verrekening.ts decides the pairs). Here
// they are read and become the writes of the order's own transaction: the pair entries with their
// balances, and per settled vordering an audit record on its case. Each vordering's case balance
// is guarded as read (Gelezen): a receipt booked meanwhile makes the transaction fail (409
// CONFLICT) instead of offsetting money that already came in; the caller reads again.
import { bedragTekst } from "#shared/geld/bedrag.js";
import type { Decimal } from "#shared/geld/decimal.js";
import { cijfers } from "#shared/grootboek/saldo.js";
import { type Verrekening, verrekenMetOpdracht } from "#shared/grootboek/verrekening.js";
import { aanvragenVanAanbieder, scopeVan } from "../data/aanvragen.js";
import {
  boekingenVanZaak,
  type Gelezen,
  saldoVanZaak,
  type ZaakBoeking,
} from "../data/grootboek.js";
import { aanvraagPk } from "../data/sleutels.js";
import { auditActies, type Schrijfcontext } from "../data/transactie.js";
import type { Schrijfactie } from "../data/voorwaarden.js";
import { uitFout } from "./probleem.js";

export interface Opdrachtzaak {
  id: string;
  aanbiederId: string;
  zorgkantoorId: string;
  jaar: number;
}

export interface OpdrachtVerrekening {
  verrekening: Verrekening;
  boekingen: ZaakBoeking[];
  gelezen: Gelezen[];
  /** The audit records on the cases whose vordering was offset. */
  audit: (ctx: Schrijfcontext) => Schrijfactie[];
}

/** The vordering fields of a case's balance an offset depends on. */
const VELDEN = ["vorderingOpgelegd", "vorderingOntvangen", "vorderingVerrekend"] as const;

/**
 * §15.4: the offsets a new order of `bedrag` (ledger key `sleutel`) on case `zaak` makes at `op`;
 * undefined when no other year of the aanbieder at this zorgkantoor has a vordering open (the
 * usual case: one Query of the aanbieder's cases and one balance read per other year).
 */
export async function verrekeningVoorOpdracht(
  zaak: Opdrachtzaak,
  sleutel: string,
  bedrag: Decimal,
  op: Date,
): Promise<OpdrachtVerrekening | undefined> {
  const anderen = (await aanvragenVanAanbieder(zaak.aanbiederId)).filter(
    (a) => a.zorgkantoorId === zaak.zorgkantoorId && a.jaar !== zaak.jaar,
  );
  const saldi = await Promise.all(anderen.map((a) => saldoVanZaak(a.id)));
  const metVordering = anderen
    .map((a, i) => ({ a, saldo: saldi[i]! }))
    .filter((x) => cijfers(x.saldo).vorderingOpen.gt(0));
  if (metVordering.length === 0) return undefined;
  const ledgers = await Promise.all(metVordering.map((x) => boekingenVanZaak(x.a.id)));
  const r = verrekenMetOpdracht(
    { zaak, sleutel, bedrag, op },
    metVordering.map((x, i) => ({ zaak: x.a, boekingen: ledgers[i]! })),
  );
  if (!r.ok) throw uitFout(r.fout, 409);
  if (r.waarde.boekingen.length === 0) return undefined;
  const perJaar = new Map(metVordering.map((x) => [x.a.jaar, x]));
  const geraakt = [...new Set(r.waarde.vorderingen.map((v) => v.jaar))].map((j) => perJaar.get(j)!);
  return {
    verrekening: r.waarde,
    boekingen: r.waarde.boekingen.map((b) => ({
      aanvraagId: b.jaar === zaak.jaar ? zaak.id : perJaar.get(b.jaar)!.a.id,
      boeking: b,
    })),
    gelezen: geraakt.map((x) => ({
      aanvraagId: x.a.id,
      velden: Object.fromEntries(VELDEN.map((v) => [v, x.saldo[v]])),
    })),
    audit: (ctx) =>
      geraakt.flatMap((x) =>
        auditActies(
          {
            gebeurtenis: "vordering_verrekend",
            onderwerp: aanvraagPk(x.a.id),
            betrokken: scopeVan(x.a),
            na: {
              opdracht: sleutel,
              opdrachtJaar: zaak.jaar,
              verrekend: r.waarde.vorderingen
                .filter((v) => v.jaar === x.a.jaar)
                .map((v) => ({ vordering: v.sleutel, bedrag: bedragTekst(v.bedrag) })),
            },
          },
          ctx,
        ),
      ),
  };
}
