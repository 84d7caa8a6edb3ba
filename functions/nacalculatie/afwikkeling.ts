// docs/regels.md §15.4: the settlement of a vaststelling, as the writes of its approval's transaction.
// shared/grootboek/afwikkeling.ts decides the entries from the case's ledger and the payments the
// same zorgkantoor still owes the same aanbieder in other years (their open orders); here they
// become items: the entries with their balances (functions/data/grootboek.ts) and, for a
// nabetaling, a payment order in the month of the decision so it is paid through a batch with a
// second signature like every other payment.
import { bedragTekst, som } from "#shared/geld/bedrag.js";
import { type Decimal, NUL } from "#shared/geld/decimal.js";
import { type Afwikkeling, type TeVerrekenen, wikkelAf } from "#shared/grootboek/afwikkeling.js";
import type { Oorzaak } from "#shared/grootboek/boeking.js";
import { openPosten } from "#shared/grootboek/posten.js";
import { dagTekst, dagVan } from "#shared/kalender/tijd.js";
import { type AanvraagRecord, aanvragenVanAanbieder } from "../data/aanvragen.js";
import { nabetalingOpdrachtActie } from "../data/betaalopdrachten.js";
import { boekingActies, boekingenVanZaak } from "../data/grootboek.js";
import type { Schrijfcontext } from "../data/transactie.js";
import type { Schrijfactie } from "../data/voorwaarden.js";
import type { VaststellingOpslag } from "../data/zaakgegevens.js";
import { uitFout } from "../lib/probleem.js";
import { verrekeningVoorOpdracht } from "../lib/verrekening.js";

/** Open orders of the aanbieder's other years at this zorgkantoor: what an offset can settle. */
async function teVerrekenenVan(r: AanvraagRecord) {
  const anderen = (await aanvragenVanAanbieder(r.aanbiederId)).filter(
    (a) => a.zorgkantoorId === r.zorgkantoorId && a.jaar !== r.jaar,
  );
  const perJaar = new Map(anderen.map((a) => [a.jaar, a.id]));
  const lijsten = await Promise.all(
    anderen.map(async (a): Promise<TeVerrekenen[]> => {
      const posten = openPosten(await boekingenVanZaak(a.id));
      if (!posten.ok) throw uitFout(posten.fout, 409);
      return posten.waarde
        .filter((p) => p.soort === "bestelling" && p.open.gt(0))
        .map((p) => ({
          jaar: a.jaar,
          soort: p.boeking.soort === "nabetaling_besteld" ? "nabetaling" : "voorschot",
          bedrag: p.open,
          sleutel: p.sleutel,
        }));
    }),
  );
  return { teVerrekenen: lijsten.flat(), perJaar };
}

export interface AfwikkelingSchrijven {
  afwikkeling: Afwikkeling;
  acties: Schrijfactie[];
  /** §15.4: what of the nabetaling settles open vorderingen of the aanbieder's other years. */
  nabetalingVerrekend: Decimal;
}

/**
 * §15.4 at the moment `op` of the second signature on a vaststelling of `vastgesteld` — or, with
 * oorzaak herziening (§15.6), on a new vaststelling version: the same path books the difference
 * with the ledger's eindpositie, incl. the correctie entries.
 */
export async function afwikkelingVan(
  r: AanvraagRecord,
  vastgesteld: Decimal,
  op: Date,
  ctx: Schrijfcontext,
  oorzaak: Oorzaak = { soort: "vaststelling", id: r.id },
): Promise<AfwikkelingSchrijven> {
  const [boekingen, { teVerrekenen, perJaar }] = await Promise.all([
    boekingenVanZaak(r.id),
    teVerrekenenVan(r),
  ]);
  const u = wikkelAf({
    zaak: { aanbiederId: r.aanbiederId, zorgkantoorId: r.zorgkantoorId, jaar: r.jaar },
    vastgesteld,
    boekingen,
    teVerrekenen,
    op,
    oorzaak,
  });
  if (!u.ok) throw uitFout(u.fout, 409);
  const metZaak = u.waarde.boekingen.map((b) => ({
    aanvraagId: b.jaar === r.jaar ? r.id : perJaar.get(b.jaar)!,
    boeking: b,
  }));
  const besteld = u.waarde.boekingen.filter((b) => b.soort === "nabetaling_besteld");
  // §15.4: a nabetaling, like a voorschot order, first settles open vorderingen of other years.
  const verrekeningen = (
    await Promise.all(besteld.map((b) => verrekeningVoorOpdracht(r, b.sleutel, b.bedrag, op)))
  ).filter((v) => v !== undefined);
  return {
    afwikkeling: u.waarde,
    acties: [
      ...boekingActies(
        [...metZaak, ...verrekeningen.flatMap((v) => v.boekingen)],
        verrekeningen.flatMap((v) => v.gelezen),
      ),
      ...besteld.map((b) => nabetalingOpdrachtActie(r.id, b, dagVan(op))),
      ...verrekeningen.flatMap((v) => v.audit(ctx)),
    ],
    nabetalingVerrekend: som(verrekeningen.map((v) => v.verrekening.verrekend)),
  };
}

/**
 * §9.3, §15.4: the vaststelling as the case keeps it — the §9 figures of `u`, the split of the
 * settlement as the ledger books it, who proposed and who approved. One shape for the
 * vaststelling and each herziening.
 */
export const vaststellingOpslag = (
  u: { vastgesteld: string; saldo: string; saldoSoort: string },
  a: Afwikkeling,
  door: { voorgesteld: string; goedgekeurd: string },
  op: Date,
  nabetalingVerrekend: Decimal = NUL,
): VaststellingOpslag => ({
  vastgesteld: u.vastgesteld,
  saldo: u.saldo,
  saldoSoort: u.saldoSoort,
  nabetaling: bedragTekst(a.nabetaling),
  ...(nabetalingVerrekend.gt(0) && { nabetalingVerrekend: bedragTekst(nabetalingVerrekend) }),
  verrekening: bedragTekst(a.verrekend),
  terugvordering: bedragTekst(a.vordering),
  ...(a.vervaldatum && { vervaldatum: dagTekst(a.vervaldatum) }),
  voorgesteldDoor: door.voorgesteld,
  goedgekeurdDoor: door.goedgekeurd,
  op: op.toISOString(),
});
