// docs/regels.md §5 and §1 (four eyes): a toekenning proposal as the answers show it — the amounts as
// stored, their total and who proposed it when — in the proposal's own answer and in the work
// list, where the approving colleague finds it.
import { bedragTekst, som } from "#shared/geld/bedrag.js";
import { Decimal } from "#shared/geld/decimal.js";
import type { VoorstelOpslag } from "./toekenningscontext.js";

export const voorstelAntwoord = (o: VoorstelOpslag) => ({
  personeel: o.personeel,
  overige: o.overige,
  compensatie: o.compensatie,
  totaal: bedragTekst(som([o.personeel, o.overige, o.compensatie].map((b) => new Decimal(b)))),
  motivering: o.motivering,
  voorgesteldDoor: o.voorgesteldDoor,
  op: o.op,
});
