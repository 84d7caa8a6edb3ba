// DOMAIN.md §8: zorgkantoor-beheer lays down the (possibly edited) herschikking. The lines are
// checked with shared/herschikking (all violations → 422, nothing stored); then every changed
// agreement gets a new version of kind `herschikking` (functions/data/afspraken.ts), the case a new
// voorschot basis version from next month (voorschotbasis.ts), and the kader's agreed total moves
// by the net change under its condition (never above the kader) — with the audit records, in ONE
// transaction per chunk of cases (DynamoDB takes at most 100 operations; a region has ~30).
//
// §1 asks four eyes for toekenning, vaststelling and payment batches only, so the herschikking is
// one zorgkantoor-beheer user's decision (shared/toegang/rechten.ts "herschikken").
//
// [portal rule] More than one chunk is not atomic as a whole: the decreases go first, so each
// chunk written leaves the kader intact; if a later chunk is refused the answer (409) names the
// cases already recorded, and a new proposal starts from there.
import { bedragTekst, round2 } from "../../shared/geld/bedrag.js";
import { Decimal } from "../../shared/geld/decimal.js";
import { controleerGewijzigdVoorstel } from "../../shared/herschikking/gewijzigdVoorstel.js";
import { scopeVan, wijzigAanvraag } from "../data/aanvragen.js";
import { afspraakBijdrage } from "../data/afspraken.js";
import { kaderMutatie, leesKader } from "../data/kaders.js";
import { aanvraagPk, kaderSleutel, zorgkantoorPk } from "../data/sleutels.js";
import { auditActies, MAX_BEWERKINGEN, ofWeiger, schrijfTransactie } from "../data/transactie.js";
import { type Schrijfactie, sleutelVan } from "../data/voorwaarden.js";
import { conflict, HttpProbleem } from "../lib/probleem.js";
import { type Operatie, schrijfcontext } from "../lib/verzoek.js";
import { rolBijZorgkantoor } from "../lib/zorgkantoor.js";
import type { RouteVan } from "../routes.js";
import { type Deelnemer, herschikkingsinvoer } from "./invoer.js";
import { overtredingenAntwoord } from "./overtredingen.js";
import { basisVelden } from "./voorschotbasis.js";

interface Wijziging {
  d: Deelnemer;
  nieuw: Decimal;
  verschil: Decimal;
  acties: Schrijfactie[];
  nummer: number;
  vanafMaand: string | null;
}

/** Room for the chunk's kader update and its own audit record with notifications. */
const PER_TRANSACTIE = MAX_BEWERKINGEN - 6;

/**
 * [portal rule] The agreement records personeel and overige; a new total keeps the split of the
 * agreement in force (personeel share rounded to cents, overige the rest).
 */
function splits(d: Deelnemer, nieuw: Decimal): { personeel: Decimal; overige: Decimal } {
  const personeel = d.afspraak.isZero()
    ? nieuw
    : round2(nieuw.times(d.personeel).dividedBy(d.afspraak));
  return { personeel, overige: nieuw.minus(personeel) };
}

export const herschikkingBesluiten: Operatie<RouteVan<"herschikkingBesluiten">> = async (v) => {
  const { zorgkantoorId, jaar } = v.params;
  const rol = rolBijZorgkantoor(v.gebruiker, zorgkantoorId, "herschikken");
  const invoer = await herschikkingsinvoer(zorgkantoorId, jaar);
  const fouten = controleerGewijzigdVoorstel({
    kader: invoer.kader,
    aanbieders: invoer.deelnemers.map((d) => ({ id: d.aanvraag.id, aangevraagd: d.aangevraagd })),
    voorstel: v.body.voorstel.map((l) => ({ id: l.aanvraagId, nieuweAfspraak: l.nieuweAfspraak })),
  });
  if (fouten.length > 0) return overtredingenAntwoord(fouten, v.correlatieId);

  const ctx = schrijfcontext(v, rol);
  const reden = v.body.reden ?? `herschikking ${jaar}`;
  const perId = new Map(invoer.deelnemers.map((d) => [d.aanvraag.id, d]));
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
      { soort: "herschikking", ...splits(d, l.nieuweAfspraak), compensatie: d.compensatie, reden },
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
      })),
      transacties: delen.length,
      regionaalKader: bedragTekst(kader?.kader ?? new Decimal(0)),
      afgesproken: bedragTekst(kader?.afgesproken ?? new Decimal(0)),
    },
  };
};
