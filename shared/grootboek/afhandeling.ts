// docs/regels.md §15.3: the entries the data layer writes outside a settlement — a voorschot order
// (§6 monthly job), the release of an order in a batch with second signature (§15.4: that is
// "paid"), and money received on a vordering. Each checks against the open post it settles, so a
// batch can never release more than was ordered, nor a receipt exceed what is owed.
import type { Decimal } from "../geld/decimal.js";
import { fout, ok, type Resultaat } from "../resultaat.js";
import type { Betaalopdracht } from "../voorschot/betaalopdracht.js";
import { afhandelSleutel, type Boeking, type BoekingSoort, type Oorzaak } from "./boeking.js";
import type { Post } from "./posten.js";

/** The ledger entry of a voorschot order: its key is the order's own key (§6), so one per order. */
export const voorschotBesteld = (o: Betaalopdracht, op: Date): Boeking => ({
  sleutel: o.sleutel,
  aanbiederId: o.aanbieder,
  zorgkantoorId: o.zorgkantoor,
  jaar: o.jaar,
  soort: "voorschot_besteld",
  bedrag: o.bedrag,
  datum: op,
  oorzaak: { soort: "betaalopdracht", id: o.sleutel },
});

function afhandeling(
  post: Post,
  soort: BoekingSoort,
  bedrag: Decimal,
  oorzaak: Oorzaak,
  op: Date,
): Resultaat<Boeking> {
  if (!bedrag.gt(0) || bedrag.gt(post.open))
    return fout(
      "POST_OVERSCHREDEN",
      "bedrag",
      `bedrag: ${bedrag.toFixed(2)} moet groter dan 0 zijn en ten hoogste wat er open staat op ${post.sleutel} (${post.open.toFixed(2)})`,
    );
  const b = post.boeking;
  return ok({
    sleutel: afhandelSleutel(soort, oorzaak, post.sleutel),
    aanbiederId: b.aanbiederId,
    zorgkantoorId: b.zorgkantoorId,
    jaar: b.jaar,
    soort,
    bedrag: soort === "vordering_ontvangen" ? bedrag.negated() : bedrag,
    datum: op,
    oorzaak,
    betreft: post.sleutel,
  });
}

/** §15.4: a released batch pays an order: by default all that is still open on it. */
export function vrijgave(
  post: Post,
  batchId: string,
  op: Date,
  bedrag = post.open,
): Resultaat<Boeking> {
  if (post.soort !== "bestelling")
    return fout("GEEN_BESTELLING", "betreft", `betreft: ${post.sleutel} is geen betaalopdracht`);
  const soort =
    post.boeking.soort === "voorschot_besteld" ? "betaling_vrijgegeven" : "nabetaling_vrijgegeven";
  return afhandeling(post, soort, bedrag, { soort: "betaalbatch", id: batchId }, op);
}

/** Money received on a vordering (a positive amount; booked negative, see boeking.ts). */
export function ontvangst(
  post: Post,
  bedrag: Decimal,
  ontvangstId: string,
  op: Date,
): Resultaat<Boeking> {
  if (post.soort !== "vordering")
    return fout("GEEN_VORDERING", "betreft", `betreft: ${post.sleutel} is geen vordering`);
  return afhandeling(
    post,
    "vordering_ontvangen",
    bedrag,
    { soort: "ontvangst", id: ontvangstId },
    op,
  );
}
