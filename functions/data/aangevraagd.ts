// docs/regels.md §5, §15.1: what a case asked for in year t of its submitted version (personeel,
// overige and the overige lines), and the agreed overige lines — each at the amount the agreement
// in force names for it (afgesprokenPerRegel). Read by the beoordeling (toekenning checks), the
// realisatie (the year report names exactly these lines), the nacalculatie, the herschikking
// and the exports; here so none of them bundles another's code.
import {
  type AangevraagdeOverigeRegel,
  afgesprokenPerRegel,
} from "#shared/beoordeling/overigeRegels.js";
import { bedragTekst } from "#shared/geld/bedrag.js";
import { Decimal } from "#shared/geld/decimal.js";
import { AanvraagSchema } from "#shared/indiening/aanvraag.js";
import { totalenVoorJaar } from "#shared/indiening/begroting.js";
import type { AfgesprokenRegel } from "#shared/nacalculatie/overigeMelding.js";
import { valideer } from "#shared/resultaat.js";
import { type AanvraagRecord, type AfspraakSamenvatting, leesVersie } from "./aanvragen.js";
import { leesAfspraken } from "./afspraken.js";

export interface Aangevraagd {
  personeel: Decimal;
  overige: Decimal;
  /** §15.1: the overige lines of year t. */
  overigeRegels: AangevraagdeOverigeRegel[];
}

/** Year t of the submitted version: the requested totals and overige lines. */
export async function aangevraagdVoorJaar(r: AanvraagRecord): Promise<Aangevraagd> {
  const versie = await leesVersie(r.id, r.laatsteVersie);
  const inhoud = valideer(AanvraagSchema, versie?.inhoud ?? {});
  if (!inhoud.ok)
    throw new Error(`aanvraag ${r.id} versie ${r.laatsteVersie}: ${inhoud.fout.melding}`);
  const t = totalenVoorJaar(inhoud.waarde.begroting, r.jaar);
  const jaar = inhoud.waarde.begroting.find((b) => b.jaar === r.jaar);
  const overigeRegels = (jaar?.overige ?? []).map((o) => ({
    id: o.id,
    omschrijving: o.omschrijving,
    bedrag: o.bedrag,
  }));
  return { personeel: t.personeel, overige: t.overige, overigeRegels };
}

/** The overige lines of year t as requested (id, description, requested amount). */
export const overigeRegels = async (r: AanvraagRecord): Promise<AangevraagdeOverigeRegel[]> =>
  (await aangevraagdVoorJaar(r)).overigeRegels;

/** §15.1: each line at its agreed amount; on an agreement without lines, the reason why not. */
export function perRegel(
  regels: AangevraagdeOverigeRegel[],
  geldend: AfspraakSamenvatting | undefined,
) {
  const u = afgesprokenPerRegel(regels, {
    overige: new Decimal(geldend?.overige ?? 0),
    ...(geldend?.overigeRegels && {
      overigeRegels: geldend.overigeRegels.map((o) => ({
        id: o.id,
        bedrag: new Decimal(o.bedrag),
      })),
    }),
  });
  const lijst = u.ok
    ? u.waarde
    : regels.map((o) => ({ id: o.id, omschrijving: o.omschrijving, afgesproken: o.bedrag }));
  return {
    lijst: lijst.map((o) => ({ ...o, afgesproken: bedragTekst(o.afgesproken) })),
    fout: u.ok ? undefined : u.fout,
  };
}

/** §15.1: the agreed overige lines of the case (the year report names exactly these). */
export async function afgesprokenOverigeRegels(r: AanvraagRecord): Promise<AfgesprokenRegel[]> {
  const [afspraken, regels] = await Promise.all([leesAfspraken(r.id), overigeRegels(r)]);
  const geldend = [...afspraken].reverse().find((a) => a.soort !== "vaststelling") ?? r.afspraak;
  return perRegel(regels, geldend).lijst;
}
