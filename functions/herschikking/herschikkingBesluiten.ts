// DOMAIN.md §8: zorgkantoor-beheer lays down the (possibly edited) herschikking. The lines are
// checked with shared/herschikking (all violations → 422, nothing stored), each changed total is
// split over personeel and overige by the §15.2 rule (shared/herschikking/verdeling.ts); then every
// changed agreement gets a new version of kind `herschikking` (functions/data/afspraken.ts), the case a new
// voorschot basis version from next month (voorschotbasis.ts), and the kader's agreed total moves
// by the net change under its condition (never above the kader) — with the audit records, in ONE
// transaction per chunk of cases (DynamoDB takes at most 100 operations; a region has ~30).
//
// §15.2: the decision needs a reason (schemas.ts) and is only taken in November t
// (shared/kalender/herschikkingsvenster.ts); outside it 422 on `jaar`, nothing stored.
//
// §1 asks four eyes for toekenning, vaststelling and payment batches; §15.2 adds the herschikking,
// which is not built yet: it is still one zorgkantoor-beheer user's decision
// (shared/toegang/rechten.ts "herschikken").
//
// [portal rule] More than one chunk is not atomic as a whole: the decreases go first, so each
// chunk written leaves the kader intact; if a later chunk is refused the answer (409) names the
// cases already recorded, and a new proposal starts from there.
import { bedragTekst } from "../../shared/geld/bedrag.js";
import { Decimal } from "../../shared/geld/decimal.js";
import {
  type NieuweAfspraakPerCategorie,
  verdeelOverCategorieen,
} from "../../shared/herschikking/categorieverdeling.js";
import { controleerGewijzigdVoorstel } from "../../shared/herschikking/gewijzigdVoorstel.js";
import { magHerschikken } from "../../shared/kalender/herschikkingsvenster.js";
import type { Fout } from "../../shared/resultaat.js";
import { scopeVan, wijzigAanvraag } from "../data/aanvragen.js";
import { afspraakBijdrage } from "../data/afspraken.js";
import { kaderMutatie, leesKader } from "../data/kaders.js";
import { aanvraagPk, kaderSleutel, zorgkantoorPk } from "../data/sleutels.js";
import { auditActies, MAX_BEWERKINGEN, ofWeiger, schrijfTransactie } from "../data/transactie.js";
import { type Schrijfactie, sleutelVan } from "../data/voorwaarden.js";
import { conflict, HttpProbleem, uitFout } from "../lib/probleem.js";
import { type Operatie, schrijfcontext } from "../lib/verzoek.js";
import { rolBijZorgkantoor } from "../lib/zorgkantoor.js";
import type { RouteVan } from "../routes.js";
import { type Deelnemer, herschikkingsinvoer, perCategorie } from "./invoer.js";
import { overtredingenAntwoord } from "./overtredingen.js";
import { basisVelden } from "./voorschotbasis.js";

interface Wijziging {
  d: Deelnemer;
  nieuw: Decimal;
  verschil: Decimal;
  acties: Schrijfactie[];
  nummer: number;
  vanafMaand: string | null;
  /** §15.2: the new agreement per category (the herschikkingsbrief names old and new). */
  splitsing: Splitsing;
}

/** Room for the chunk's kader update and its own audit record with notifications. */
const PER_TRANSACTIE = MAX_BEWERKINGEN - 6;

type Splitsing = NieuweAfspraakPerCategorie;

/**
 * §15.2: every changed line's new total split over personeel and overige by the shared rule
 * (never above the aanvraag per category); the violations of all lines at once, nothing stored.
 */
function splitsingen(
  voorstel: readonly { aanvraagId: string; nieuweAfspraak: Decimal }[],
  perId: ReadonlyMap<string, Deelnemer>,
): { perId: Map<string, Splitsing>; fouten: Fout[] } {
  const uit = new Map<string, Splitsing>();
  const fouten: Fout[] = [];
  for (const [i, l] of voorstel.entries()) {
    const d = perId.get(l.aanvraagId)!;
    if (l.nieuweAfspraak.equals(d.afspraak)) continue;
    const r = verdeelOverCategorieen(perCategorie(d), l.nieuweAfspraak);
    if (r.ok) uit.set(l.aanvraagId, r.waarde);
    else {
      const veld = `voorstel[${i}].nieuweAfspraak`;
      fouten.push({ code: r.fout.code, veld, melding: `${veld}: ${r.fout.melding}` });
    }
  }
  return { perId: uit, fouten };
}

/** The split as an agreement: per category, and per overige line where the agreement has lines. */
const nieuweAfspraak = (s: Splitsing) => ({
  personeel: s.personeel,
  overige: s.overige,
  ...(s.overigeRegels && {
    overigeRegels: s.overigeRegels.map((o) => ({ id: o.id, bedrag: o.nieuw })),
  }),
});

export const herschikkingBesluiten: Operatie<RouteVan<"herschikkingBesluiten">> = async (v) => {
  const { zorgkantoorId, jaar } = v.params;
  const rol = rolBijZorgkantoor(v.gebruiker, zorgkantoorId, "herschikken");
  // §15.2: only in November t. No reopening is stored for the herschikking yet, so none is passed.
  const venster = magHerschikken(jaar, v.nu);
  if (!venster.ok) throw uitFout(venster.fout);
  const invoer = await herschikkingsinvoer(zorgkantoorId, jaar);
  const fouten = controleerGewijzigdVoorstel({
    kader: invoer.kader,
    aanbieders: invoer.deelnemers.map((d) => ({ id: d.aanvraag.id, aangevraagd: d.aangevraagd })),
    voorstel: v.body.voorstel.map((l) => ({ id: l.aanvraagId, nieuweAfspraak: l.nieuweAfspraak })),
  });
  if (fouten.length > 0) return overtredingenAntwoord(fouten, v.correlatieId);

  const perId = new Map(invoer.deelnemers.map((d) => [d.aanvraag.id, d]));
  const verdeeld = splitsingen(v.body.voorstel, perId);
  if (verdeeld.fouten.length > 0) return overtredingenAntwoord(verdeeld.fouten, v.correlatieId);

  const ctx = schrijfcontext(v, rol);
  const reden = v.body.reden;
  const wijzigingen: Wijziging[] = [];
  for (const [i, l] of v.body.voorstel.entries()) {
    const d = perId.get(l.aanvraagId)!;
    const verschil = l.nieuweAfspraak.minus(d.afspraak);
    if (verschil.isZero()) continue;
    const r = d.aanvraag;
    if (l.versie !== r.versie)
      throw conflict(
        `voorstel[${i}].versie: de aanvraag ${r.id} is intussen gewijzigd (versie ${r.versie}); vraag het voorstel opnieuw op`,
      );
    const b = afspraakBijdrage(
      r,
      {
        soort: "herschikking",
        ...nieuweAfspraak(verdeeld.perId.get(r.id)!),
        compensatie: d.compensatie,
        reden,
      },
      ctx,
    );
    if (!b.ok) throw new HttpProbleem(b.weigering.status, b.weigering.code, b.weigering.melding);
    // The kader moves once per transaction by the net change (one item, one update).
    const kader = kaderSleutel(zorgkantoorId, jaar);
    const eigen = b.acties.filter((a) => {
      const s = sleutelVan(a.bewerking);
      return s.pk !== kader.pk || s.sk !== kader.sk;
    });
    const basis = await basisVelden(r, new Decimal(b.samenvatting.totaal), v.nu, v.gebruiker.sub);
    const velden = { ...basis?.velden, afspraak: b.samenvatting, gewijzigdOp: v.nu.toISOString() };
    const audit = auditActies(
      {
        gebeurtenis: "herschikking_besloten",
        onderwerp: aanvraagPk(r.id),
        betrokken: scopeVan(r),
        voor: { afspraak: r.afspraak },
        na: { afspraak: b.samenvatting, voorschotVanaf: basis?.vanafMaand },
        reden,
      },
      ctx,
    );
    wijzigingen.push({
      d,
      nieuw: l.nieuweAfspraak,
      verschil,
      acties: [...eigen, wijzigAanvraag(r, l.versie, velden), ...audit],
      nummer: b.samenvatting.nummer,
      vanafMaand: basis?.vanafMaand ?? null,
      splitsing: verdeeld.perId.get(r.id)!,
    });
  }

  // Decreases first: every prefix of chunks written keeps Σ agreements within the kader.
  wijzigingen.sort((a, b) => a.verschil.comparedTo(b.verschil));
  const delen: Wijziging[][] = [[]];
  let omvang = 0;
  for (const w of wijzigingen) {
    if (omvang + w.acties.length > PER_TRANSACTIE && delen.at(-1)!.length > 0) {
      delen.push([]);
      omvang = 0;
    }
    delen.at(-1)!.push(w);
    omvang += w.acties.length;
  }
  const vastgelegd: string[] = [];
  for (const [n, deel] of delen.entries()) {
    const netto = deel.reduce((s, w) => s.plus(w.verschil), new Decimal(0));
    const u = await schrijfTransactie(
      [...deel.flatMap((w) => w.acties), ...kaderMutatie(zorgkantoorId, jaar, netto)],
      {
        gebeurtenis: "herschikking_besloten",
        onderwerp: zorgkantoorPk(zorgkantoorId),
        betrokken: { zorgkantoorId },
        na: {
          jaar,
          deel: n + 1,
          delen: delen.length,
          mutaties: deel.map((w) => ({
            aanvraagId: w.d.aanvraag.id,
            mutatie: bedragTekst(w.verschil),
          })),
        },
        reden,
      },
      ctx,
    );
    if (!u.ok && n > 0)
      throw new HttpProbleem(
        409,
        "HERSCHIKKING_DEELS_VASTGELEGD",
        `De herschikking is deels vastgelegd (aanvragen ${vastgelegd.join(", ")}); de rest werd geweigerd: ${u.weigering.melding} Vraag een nieuw voorstel op.`,
      );
    ofWeiger(u);
    vastgelegd.push(...deel.map((w) => w.d.aanvraag.id));
  }
  const kader = await leesKader(zorgkantoorId, jaar);
  return {
    body: {
      zorgkantoorId,
      jaar,
      gewijzigd: wijzigingen.map((w) => ({
        aanvraagId: w.d.aanvraag.id,
        afspraakNummer: w.nummer,
        vorige: bedragTekst(w.d.afspraak),
        nieuweAfspraak: bedragTekst(w.nieuw),
        mutatie: bedragTekst(w.verschil),
        basisVanafMaand: w.vanafMaand,
        perCategorie: {
          personeel: {
            vorige: bedragTekst(w.d.personeel),
            nieuw: bedragTekst(w.splitsing.personeel),
          },
          overige: {
            vorige: bedragTekst(w.d.afspraak.minus(w.d.personeel)),
            nieuw: bedragTekst(w.splitsing.overige),
          },
        },
      })),
      transacties: delen.length,
      regionaalKader: bedragTekst(kader?.kader ?? new Decimal(0)),
      afgesproken: bedragTekst(kader?.afgesproken ?? new Decimal(0)),
    },
  };
};
