// DOMAIN.md §9: the nacalculatie of a case as the API answers it (plain JSON, amounts as text),
// with the proposal awaiting its second signature and the vaststelling once laid down.
import { bedragTekst } from "../../shared/geld/bedrag.js";
import type { NacalculatieUitvoer } from "../../shared/nacalculatie/berekening.js";
import type { AanvraagRecord } from "../data/aanvragen.js";
import { uitFout } from "../lib/probleem.js";
import { personeelInDienstVan } from "./inDienst.js";
import type { Nacalculatiestand } from "./stand.js";

export interface VoorstelOpslag {
  voorgesteldDoor: { sub: string; rol: string };
  op: string;
  teVerrekenen: string;
  uitkomst: NacalculatieUitvoer;
}

export interface VaststellingOpslag {
  vastgesteld: string;
  saldo: string;
  saldoSoort: string;
  nabetaling: string;
  verrekening: string;
  terugvordering: string;
  voorgesteldDoor: string;
  goedgekeurdDoor: string;
  op: string;
  /**
   * §15.6: the whole §9 outcome as vastgesteld, so the nacalculatie keeps showing it (stand.ts)
   * instead of a recomputation; absent on vaststellingen stored before it was kept.
   */
  uitkomst?: NacalculatieUitvoer;
}

export const voorstelVan = (r: AanvraagRecord): VoorstelOpslag | undefined =>
  r.overig.vaststellingsvoorstel as VoorstelOpslag | undefined;

export const vaststellingVan = (r: AanvraagRecord): VaststellingOpslag | undefined =>
  r.overig.vaststelling as VaststellingOpslag | undefined;

/** The stored vaststelling as answered: its figures; the full outcome is `berekening`. */
export function vaststellingWeergave(r: AanvraagRecord) {
  const v = vaststellingVan(r);
  if (!v) return null;
  const { uitkomst: _, ...figuren } = v;
  return figuren;
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
    overige: s.overige,
    ontbreekt: s.ontbreekt,
    berekening: s.uitkomst?.ok ? s.uitkomst.waarde : null,
    voorstel: voorstelVan(r) ?? null,
    vaststelling: vaststellingWeergave(r),
    personeelInDienst: personeelInDienstVan(r) ?? null,
  };
}
