// docs/regels.md §7, §9.2: what a realisatie is measured against — the agreement in force (personeel,
// overige, compensatie) and the agreed amount per overige line (§15.1). [portal rule] An agreement
// made before §15.1 without lines measures each line against its requested amount; the sum stays
// capped at the agreed overige total (aangepasteBasis does).

import { afgesprokenPerRegel } from "#shared/beoordeling/overigeRegels.js";
import { Decimal } from "#shared/geld/decimal.js";
import { AanvraagSchema } from "#shared/indiening/aanvraag.js";
import { isAfgesproken } from "#shared/indiening/toestanden.js";
import type { AfgesprokenBegroting } from "#shared/realisatie/afspraak.js";
import { valideer } from "#shared/resultaat.js";
import { type AanvraagRecord, leesVersie } from "../data/aanvragen.js";
import { HttpProbleem } from "../lib/probleem.js";

/** 409 when the case has no signed agreement yet: realisatie follows the addendum (§4.3). */
export function eisAfspraak(r: AanvraagRecord): NonNullable<AanvraagRecord["afspraak"]> {
  if (!isAfgesproken(r) || !r.afspraak)
    throw new HttpProbleem(
      409,
      "GEEN_AFSPRAAK",
      `de aanvraag is "${r.toestand}": realisatie wordt gemeld zodra het addendum door beide partijen is ondertekend`,
    );
  return r.afspraak;
}

export async function afgesprokenBegroting(r: AanvraagRecord): Promise<AfgesprokenBegroting> {
  const a = eisAfspraak(r);
  const versie = await leesVersie(r.id, r.laatsteVersie);
  const inhoud = valideer(AanvraagSchema, versie?.inhoud ?? {});
  // A submitted version was valid when it was stored; if not, that is a bug, not the caller's.
  if (!inhoud.ok)
    throw new Error(`aanvraag ${r.id} versie ${r.laatsteVersie}: ${inhoud.fout.melding}`);
  const jaar = inhoud.waarde.begroting.find((b) => b.jaar === r.jaar);
  const gevraagd = jaar?.overige ?? [];
  const perRegel = afgesprokenPerRegel(gevraagd, {
    overige: new Decimal(a.overige),
    ...(a.overigeRegels && {
      overigeRegels: a.overigeRegels.map((o) => ({ id: o.id, bedrag: new Decimal(o.bedrag) })),
    }),
  });
  return {
    personeel: new Decimal(a.personeel),
    overige: new Decimal(a.overige),
    compensatie: new Decimal(a.compensatie),
    overigeRegels: perRegel.ok
      ? perRegel.waarde.map((o) => ({ regelId: o.id, bedrag: o.afgesproken }))
      : gevraagd.map((o) => ({ regelId: o.id, bedrag: o.bedrag })),
  };
}
