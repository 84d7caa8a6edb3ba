// DOMAIN.md §7, §9.2: what a realisatie is measured against — the agreement in force (personeel,
// overige, compensatie) and the agreed amount per overige line. [portal rule] The agreement
// records totals per category only, so a line's agreed amount is its amount in the submitted
// begroting of year t; the sum stays capped at the agreed overige total (aangepasteBasis does).
import { Decimal } from "../../shared/geld/decimal.js";
import { AanvraagSchema } from "../../shared/indiening/aanvraag.js";
import type { AfgesprokenBegroting } from "../../shared/realisatie/afspraak.js";
import { valideer } from "../../shared/resultaat.js";
import { type AanvraagRecord, leesVersie } from "../data/aanvragen.js";
import { HttpProbleem } from "../lib/probleem.js";
import { isAfgesproken } from "../voorschot/zaak.js";

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
  return {
    personeel: new Decimal(a.personeel),
    overige: new Decimal(a.overige),
    compensatie: new Decimal(a.compensatie),
    overigeRegels: (jaar?.overige ?? []).map((o) => ({ regelId: o.id, bedrag: o.bedrag })),
  };
}
