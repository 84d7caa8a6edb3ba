// docs/regels.md §8: the proposal of the November herschikking for one zorgkantoor and year, built from
// the stored agreements, aanvragen and realisaties (invoer.ts) by shared/herschikking. Σ agreements
// above the kader is an error to report (422), not a proposal. §15.2: a decision still being
// applied is finished first (toepassen.ts), and the proposal laid down for the second signature
// is answered beside the computed one, with the aanbieders' responses.

import { bedragTekst } from "#shared/geld/bedrag.js";
import type { Decimal } from "#shared/geld/decimal.js";
import { verdeelOverCategorieen } from "#shared/herschikking/categorieverdeling.js";
import { stelHerschikkingVoor } from "#shared/herschikking/herschikkingsvoorstel.js";
import { leesAanbiederslijst, leesOntbrekende } from "../data/aanbiederslijst.js";
import { werklijst } from "../data/aanvragen.js";
import { leesHerschikkingsvoorstel } from "../data/herschikkingen.js";
import {
  alsAanbieder,
  type Deelnemer,
  herschikkingsinvoer,
  neemtDeel,
  perCategorie,
} from "../data/herschikkingsinvoer.js";
import { naVoltooiing } from "../data/herschikkingtoepassing.js";
import { uitFout } from "../lib/probleem.js";
import type { Operatie } from "../lib/verzoek.js";
import { rolBijZorgkantoor } from "../lib/zorgkantoor.js";
import type { RouteVan } from "../routes.js";
import { vastgelegdAntwoord } from "./vastgelegd.js";
import { herschikkingsvensterStand } from "./venster.js";

/** §15.2: the computed split of a new total, with what is in force and the caps per category. */
function verdelingVan(d: Deelnemer, nieuwTotaal: Decimal) {
  const a = perCategorie(d);
  const s = verdeelOverCategorieen(a, nieuwTotaal);
  if (!s.ok) return null;
  const t = bedragTekst;
  return {
    personeel: {
      afspraak: t(a.personeel.afgesproken),
      aangevraagd: t(a.personeel.aangevraagd),
      nieuw: t(s.waarde.personeel),
    },
    overige: {
      afspraak: t(a.overige.afgesproken),
      aangevraagd: t(a.overige.aangevraagd),
      nieuw: t(s.waarde.overige),
    },
  };
}

/** §8, §15.2: A, Q and P per category as answered (P null without an October projection). */
function categorieenVan(d: Deelnemer) {
  const a = perCategorie(d);
  const t = bedragTekst;
  const cat = (c: (typeof a)["personeel"]) => ({
    afspraak: t(c.afgesproken),
    aangevraagd: t(c.aangevraagd),
    prognose: c.prognose ? t(c.prognose) : null,
  });
  return { personeel: cat(a.personeel), overige: cat(a.overige) };
}

/**
 * Everything the page shows, in one round after the work list (handler.ts starts the work list,
 * kader, proposal, window and aanbiederslijst beside the membership lookup): the per-case reads
 * and the names of the participants missing from the list run side by side.
 */
function lezen(zorgkantoorId: string, jaar: number, nu: Date) {
  const zaken = werklijst(zorgkantoorId, jaar);
  const lijst = leesAanbiederslijst(zorgkantoorId);
  const deelnemers = zaken.then((z) => z.filter(neemtDeel).map((r) => r.aanbiederId));
  return Promise.all([
    herschikkingsinvoer(zorgkantoorId, jaar, zaken),
    leesHerschikkingsvoorstel(zorgkantoorId, jaar),
    herschikkingsvensterStand(zorgkantoorId, jaar, nu),
    Promise.all([lijst, deelnemers]).then(([l, ids]) => leesOntbrekende(l, ids)),
  ]);
}

export const herschikkingsvoorstel: Operatie<RouteVan<"herschikkingsvoorstel">> = async (v) => {
  const { zorgkantoorId, jaar } = v.params;
  rolBijZorgkantoor(v.gebruiker, zorgkantoorId, "lezen");
  const [invoer, vastgelegd, venster, namen] = await naVoltooiing(zorgkantoorId, jaar, v, () =>
    lezen(zorgkantoorId, jaar, v.nu),
  );
  const r = stelHerschikkingVoor(invoer.kader, invoer.deelnemers.map(alsAanbieder));
  if (!r.ok) throw uitFout(r.fout);
  const w = r.waarde;
  return {
    body: {
      zorgkantoorId,
      jaar,
      regionaalKader: bedragTekst(invoer.regionaalKader),
      kader: bedragTekst(invoer.kader),
      regels: w.regels.map((regel, i) => {
        const d = invoer.deelnemers[i]!;
        return {
          aanvraagId: d.aanvraag.id,
          aanbiederId: d.aanvraag.aanbiederId,
          aanbiederNaam: namen.get(d.aanvraag.aanbiederId)?.naam ?? null,
          versie: d.aanvraag.versie,
          afspraak: bedragTekst(regel.afspraak),
          compensatie: bedragTekst(d.compensatie),
          aangevraagd: bedragTekst(d.aangevraagd),
          prognose: bedragTekst(d.prognose),
          prognoseBron: d.bron,
          verlaging: bedragTekst(regel.verlaging),
          vraag: bedragTekst(regel.vraag),
          verhoging: bedragTekst(regel.verhoging),
          nieuweAfspraak: bedragTekst(regel.nieuweAfspraak),
          mutatie: bedragTekst(regel.mutatie),
          perCategorie: categorieenVan(d),
          verdeling: verdelingVan(d, regel.nieuweAfspraak),
        };
      }),
      ruimte: bedragTekst(w.ruimte),
      verlagingen: bedragTekst(w.verlagingen),
      vraag: bedragTekst(w.vraag),
      verhogingen: bedragTekst(w.verhogingen),
      naarRato: w.naarRato,
      totaalAfspraken: bedragTekst(w.totaalNieuw),
      vastgelegd: vastgelegdAntwoord(vastgelegd, v.gebruiker.sub),
      venster,
    },
  };
};
