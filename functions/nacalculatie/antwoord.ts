// docs/regels.md §9: the nacalculatie of a case as the API answers it (plain JSON, amounts as text),
// with the proposal awaiting its second signature and the vaststelling once laid down.
import { bedragTekst } from "#shared/geld/bedrag.js";
import { Decimal } from "#shared/geld/decimal.js";
import { afgewikkeld, cijfers } from "#shared/grootboek/saldo.js";
import type { Vordering } from "#shared/grootboek/vordering.js";
import { dagTekst } from "#shared/kalender/tijd.js";
import type { AanvraagRecord } from "../data/aanvragen.js";
import { vaststellingVan, voorstelVan } from "../data/opgeslagenBesluiten.js";
import type { VaststellingOpslag, VaststellingsvoorstelOpslag } from "../data/zaakgegevens.js";
import { uitFout } from "../lib/probleem.js";
import { personeelInDienstVan } from "./inDienst.js";
import type { Nacalculatiestand } from "./stand.js";

export type { VaststellingOpslag, VaststellingsvoorstelOpslag as VoorstelOpslag };

/** The stored vaststelling as answered: its figures; the full outcome is `berekening`. */
export function vaststellingWeergave(r: AanvraagRecord) {
  const v = vaststellingVan(r);
  if (!v) return null;
  const { uitkomst: _, ...figuren } = v;
  return figuren;
}

export const vorderingWeergave = (v: Vordering) => ({
  bedrag: bedragTekst(v.bedrag),
  vervaldatum: v.vervaldatum ? dagTekst(v.vervaldatum) : null,
  ontvangen: bedragTekst(v.ontvangen),
  verrekend: bedragTekst(v.verrekend),
  open: bedragTekst(v.open),
  status: v.status,
});

/** §15.4: paid, open and afgewikkeld as the ledger has them, once there is a vaststelling. */
function afwikkelingWeergave(r: AanvraagRecord, s: Nacalculatiestand) {
  const v = vaststellingVan(r);
  if (!v) return null;
  const c = cijfers(s.saldo);
  return {
    betaald: bedragTekst(c.positie),
    openstaandBesteld: bedragTekst(c.openstaandBesteld),
    vorderingOpen: bedragTekst(c.vorderingOpen),
    vordering: s.vordering ? vorderingWeergave(s.vordering) : null,
    // §15.7: an allotment from the national remainder is paid on top of vastgesteld.
    afgewikkeld: afgewikkeld(
      new Decimal(v.vastgesteld).plus(r.overig.restanttoekenning?.bedrag ?? "0"),
      s.saldo,
    ),
  };
}

/** §9.2 per line: agreed, reported, corrected, judged, and what the outcome counts. */
function overigeWeergave(s: Nacalculatiestand) {
  const geteld = new Map(
    (s.uitkomst?.ok ? s.uitkomst.waarde.overige : []).map((o) => [o.id, o.vergoedbaar]),
  );
  return s.overige.map((o) => ({ ...o, vergoedbaar: geteld.get(o.id) ?? null }));
}

export function nacalculatieAntwoord(r: AanvraagRecord, s: Nacalculatiestand) {
  // A stored year report that breaks a §9 rule (e.g. no weighted client days in the base year)
  // is the aanbieder's input error: 422 naming the field, as the berekening reports it.
  if (s.uitkomst && !s.uitkomst.ok) throw uitFout(s.uitkomst.fout);
  return {
    aanvraagId: r.id,
    jaar: r.jaar,
    versie: r.versie,
    jaarverslagVersie: s.jaarverslagVersie,
    rapportAanwezig: s.rapportAanwezig,
    afgesprokenPersoneel: bedragTekst(s.afgesprokenPersoneel),
    compensatie: bedragTekst(s.compensatie),
    betaaldeVoorschotten: bedragTekst(s.betaaldeVoorschotten),
    overige: overigeWeergave(s),
    ontbreekt: s.ontbreekt,
    berekening: s.uitkomst?.ok ? s.uitkomst.waarde : null,
    voorstel: voorstelVan(r) ?? null,
    vaststelling: vaststellingWeergave(r),
    personeelInDienst: personeelInDienstVan(r) ?? null,
    afwikkeling: afwikkelingWeergave(r, s),
    herzieningsvoorstel: r.overig.herzieningsvoorstel ?? null,
    // §15.6: the earlier versions stay readable, oldest first, each with its own figures.
    eerdereVaststellingen: (r.overig.vaststellingen ?? []).map(({ uitkomst: _, ...f }) => f),
  };
}
