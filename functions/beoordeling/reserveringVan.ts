// The reservering of a case as the beoordeling Lambda answers it (§5); computed in
// functions/lib/reservering.ts.
import { bedragTekst } from "#shared/geld/bedrag.js";
import type { AanvraagRecord } from "../data/aanvragen.js";
import type { ReserveringVanZaak } from "../lib/reservering.js";

export const reserveringAntwoord = (z: AanvraagRecord, r: ReserveringVanZaak) => ({
  aanvraagId: z.id,
  aanbiederId: z.aanbiederId,
  jaar: z.jaar,
  bedrag: bedragTekst(r.bedrag),
  berekend: bedragTekst(r.berekend),
  bron: r.bron,
  reden: r.reden ?? null,
  productieTotaal: bedragTekst(r.productieTotaal),
  percentage: r.percentage.toString(),
});
