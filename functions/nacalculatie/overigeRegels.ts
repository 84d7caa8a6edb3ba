// docs/regels.md §15.1: the agreed overige lines of a case — the lines of year t of the submitted
// version, each at the amount the agreement in force names for it (afgesprokenPerRegel). Apart
// from stand.ts so the realisatie function (the year report names exactly these lines) does not
// bundle the whole nacalculatie.
import {
  type AangevraagdeOverigeRegel,
  afgesprokenPerRegel,
} from "#shared/beoordeling/overigeRegels.js";
import { bedragTekst } from "#shared/geld/bedrag.js";
import { Decimal } from "#shared/geld/decimal.js";
import { AanvraagSchema } from "#shared/indiening/aanvraag.js";
import type { AfgesprokenRegel } from "#shared/nacalculatie/overigeMelding.js";
import { valideer } from "#shared/resultaat.js";
import { type AanvraagRecord, type AfspraakSamenvatting, leesVersie } from "../data/aanvragen.js";
import { leesAfspraken } from "../data/afspraken.js";

/** The overige lines of year t as requested (id, description, requested amount). */
export async function overigeRegels(r: AanvraagRecord): Promise<AangevraagdeOverigeRegel[]> {
  const versie = await leesVersie(r.id, r.laatsteVersie);
  const inhoud = valideer(AanvraagSchema, versie?.inhoud ?? {});
  if (!inhoud.ok)
    throw new Error(`aanvraag ${r.id} versie ${r.laatsteVersie}: ${inhoud.fout.melding}`);
  const jaar = inhoud.waarde.begroting.find((b) => b.jaar === r.jaar);
  return (jaar?.overige ?? []).map((o) => ({
    id: o.id,
    omschrijving: o.omschrijving,
    bedrag: o.bedrag,
  }));
}

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
