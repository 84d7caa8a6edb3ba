// docs/regels.md §9.4: the national remainder of year t computed from the stored data
// (functions/nacalculatie/restantBerekening.ts, where the choices §9.4 leaves open are written),
// with the §15.7 round: the stored distribution (proposed / decided, by whom, when) and per case
// whether its allotment is ordered or paid, from the ledger. Proposing and approving are the
// nacalculatie functie's routes (this Lambda only reads); a decision still being booked shows as
// `besloten` until its last chunk is written (restantToepassen.ts).
import { bedragTekst } from "#shared/geld/bedrag.js";
import { aanbiedersBij } from "../data/aanbiederslijst.js";
import type { AanvraagRecord } from "../data/aanvragen.js";
import { leesRestantverdeling } from "../data/restantverdeling.js";
import type { Operatie } from "../lib/verzoek.js";
import { restantNabetaling, verdelingAntwoord } from "../nacalculatie/restantAntwoord.js";
import {
  berekenRestant,
  restantZaken,
  vastgesteldeZaken,
} from "../nacalculatie/restantBerekening.js";
import type { RouteVan } from "../routes.js";

/** The names of the claimants' aanbieders, per zorgkantoor from its list. */
function namenVan(zaken: readonly AanvraagRecord[]) {
  const perZorgkantoor = new Map<string, string[]>();
  for (const r of zaken)
    perZorgkantoor.set(r.zorgkantoorId, [
      ...(perZorgkantoor.get(r.zorgkantoorId) ?? []),
      r.aanbiederId,
    ]);
  return Promise.all([...perZorgkantoor].map(([zk, ids]) => aanbiedersBij(zk, ids)));
}

export const landelijkRestant: Operatie<RouteVan<"landelijkRestant">> = async (v) => {
  const { jaar } = v.params;
  // The claimants' payments and names are read beside their claims, once the cases are known.
  const gelezen = restantZaken(jaar);
  const vastgesteld = gelezen.then((g) => vastgesteldeZaken(g.zaken));
  const verder = Promise.all([
    vastgesteld.then((zaken) => Promise.all(zaken.map(restantNabetaling))),
    vastgesteld.then(namenVan),
  ]);
  // A refusal of the computation still comes first, as when these were read after it.
  verder.catch(() => undefined);
  const [s, verdeling] = await Promise.all([
    berekenRestant(jaar, gelezen),
    leesRestantverdeling(jaar),
  ]);
  const [nabetalingen, namen] = await verder;
  const w = s.uitkomst;
  const naamVan = (id: string) => namen.find((m) => m.has(id))?.get(id)?.naam ?? null;
  return {
    body: {
      jaar,
      landelijkBudget: bedragTekst(s.landelijkBudget),
      totaalVastgesteld: bedragTekst(s.totaalVastgesteld),
      definitief: s.nogNietVastgesteld.length === 0,
      nogNietVastgesteld: s.nogNietVastgesteld,
      restant: bedragTekst(w.restant),
      totaalClaims: bedragTekst(w.totaalClaims),
      totaalToegekend: bedragTekst(w.totaalToegekend),
      naarRato: w.naarRato,
      verdeling: verdeling ? verdelingAntwoord(verdeling) : null,
      aanbieders: s.claimants.map((c, i) => ({
        aanvraagId: c.r.id,
        aanbiederId: c.r.aanbiederId,
        aanbiederNaam: naamVan(c.r.aanbiederId),
        zorgkantoorId: c.r.zorgkantoorId,
        zorgkantoorNaam: s.zorgkantoorNamen.get(c.r.zorgkantoorId) ?? null,
        personeelGerealiseerd: bedragTekst(c.personeelGerealiseerd),
        afgesprokenPersoneel: bedragTekst(c.afgesprokenPersoneel),
        aangevraagdPersoneel: bedragTekst(c.aangevraagdPersoneel),
        personeelInDienst: c.personeelInDienst,
        claim: bedragTekst(w.toekenningen[i]!.claim),
        toegekend: bedragTekst(w.toekenningen[i]!.toegekend),
        nabetaling: nabetalingen[i]!,
      })),
    },
  };
};
