// docs/regels.md §15.2 and §1: the herschikking's decision needs four eyes — a zorgkantoor-beheer user
// OTHER than the proposer approves the laid-down proposal at the version they read (403 VIER_OGEN
// for the proposer, shared/herschikking/vierogen.ts). The lines are checked again against what is
// stored now (a changed case: 409, propose again; a broken constraint: 422 listing all).
//
// Atomic for the whole zorgkantoor (see toepassen.ts): ONE transaction writes the decision record
// with every decided line, the proposal marked decided, the kader's net move under its condition
// (never above the kader) and the audit record; the lines are then applied to the cases in
// idempotent chunks. A retry of the same approval (same version) after a crash finishes what is
// pending and answers the same decision.
import { bedragTekst, som } from "#shared/geld/bedrag.js";
import { Decimal } from "#shared/geld/decimal.js";
import { magHerschikkingGoedkeuren } from "#shared/herschikking/vierogen.js";
import { leesAanvraag } from "../data/aanvragen.js";
import {
  type BesluitRegel,
  type HerschikkingsbesluitRecord,
  type HerschikkingsvoorstelRecord,
  leesHerschikkingsbesluiten,
  leesHerschikkingsvoorstel,
  markeerVoorstelBesloten,
  schrijfBesluit,
  type VoorstelRegel,
} from "../data/herschikkingen.js";
import { herschikkingsinvoer } from "../data/herschikkingsinvoer.js";
import { voltooiHerschikking } from "../data/herschikkingtoepassing.js";
import { kaderMutatie, leesKader } from "../data/kaders.js";
import { zorgkantoorPk } from "../data/sleutels.js";
import { ofWeiger, schrijfTransactie } from "../data/transactie.js";
import { conflict, HttpProbleem } from "../lib/probleem.js";
import { type Operatie, schrijfcontext } from "../lib/verzoek.js";
import { rolBijZorgkantoor } from "../lib/zorgkantoor.js";
import type { RouteVan } from "../routes.js";
import { overtredingenAntwoord } from "./overtredingen.js";
import { bouwVoorstel, totaalVan } from "./vastgelegd.js";
import { eisHerschikkingsvenster } from "./venster.js";

const eigenVerdelingVan = (n: VoorstelRegel["nieuw"]) => ({
  personeel: new Decimal(n.personeel),
  overige: new Decimal(n.overige),
  ...(n.overigeRegels && {
    overigeRegels: n.overigeRegels.map((o) => ({ id: o.id, bedrag: new Decimal(o.bedrag) })),
  }),
});

async function antwoord(b: HerschikkingsbesluitRecord) {
  const [kader, zaken] = await Promise.all([
    leesKader(b.zorgkantoorId, b.jaar),
    Promise.all(b.regels.map((l) => leesAanvraag(l.aanvraagId))),
  ]);
  return {
    zorgkantoorId: b.zorgkantoorId,
    jaar: b.jaar,
    besluit: b.nummer,
    status: b.status,
    gewijzigd: b.regels.map((l, i) => {
      const aanpassing = zaken[i]?.overig.voorschotAanpassingen?.find(
        (a) => a.soort === "herschikking" && a.op === b.op,
      );
      return {
        aanvraagId: l.aanvraagId,
        afspraakNummer: l.afspraakNummer + 1,
        vorige: bedragTekst(totaalVan(l.vorige)),
        nieuweAfspraak: bedragTekst(totaalVan(l.nieuw)),
        mutatie: l.mutatie,
        basisVanafMaand: aanpassing?.vanafMaand ?? null,
        perCategorie: {
          personeel: { vorige: l.vorige.personeel, nieuw: l.nieuw.personeel },
          overige: { vorige: l.vorige.overige, nieuw: l.nieuw.overige },
        },
      };
    }),
    regionaalKader: bedragTekst(kader?.kader ?? new Decimal(0)),
    afgesproken: bedragTekst(kader?.afgesproken ?? new Decimal(0)),
  };
}

/**
 * The §8 checks again on what is stored now: a case changed since the proposal is a conflict
 * (409); the broken constraints are returned to be answered all at once (422).
 */
async function controleerOpnieuw(vs: HerschikkingsvoorstelRecord) {
  const invoer = await herschikkingsinvoer(vs.zorgkantoorId, vs.jaar);
  const nu = new Map(invoer.deelnemers.map((d) => [d.aanvraag.id, d.aanvraag]));
  for (const l of vs.regels)
    if (nu.get(l.aanvraagId)?.versie !== l.versie)
      throw conflict(
        `versie: de aanvraag ${l.aanvraagId} is gewijzigd sinds het voorstel; leg een nieuw voorstel vast`,
      );
  const opnieuw = bouwVoorstel(
    invoer,
    vs.regels.map((l) => ({
      aanvraagId: l.aanvraagId,
      versie: l.versie,
      nieuweAfspraak: totaalVan(l.nieuw),
      // §15.2: the zorgkantoor's own split is checked again against the caps as stored now.
      ...(l.eigenVerdeling && { verdeling: eigenVerdelingVan(l.nieuw) }),
    })),
  );
  return opnieuw.ok ? undefined : opnieuw.fouten;
}

/** The decided lines: the cases whose agreement changes, each with its mutatie. */
const besluitRegels = (regels: readonly VoorstelRegel[]): BesluitRegel[] =>
  regels
    .filter((l) => !totaalVan(l.nieuw).equals(totaalVan(l.afspraak)))
    // Decreases first: the order the cases are applied in (no reader relies on it; see toepassen.ts).
    .sort((a, b) =>
      totaalVan(a.nieuw)
        .minus(totaalVan(a.afspraak))
        .comparedTo(totaalVan(b.nieuw).minus(totaalVan(b.afspraak))),
    )
    .map((l) => ({
      aanvraagId: l.aanvraagId,
      aanbiederId: l.aanbiederId,
      afspraakNummer: l.afspraakNummer,
      vorige: l.afspraak,
      nieuw: l.nieuw,
      mutatie: bedragTekst(totaalVan(l.nieuw).minus(totaalVan(l.afspraak))),
    }));

async function besluitNummer(zorgkantoorId: string, jaar: number, nummer: number) {
  const b = (await leesHerschikkingsbesluiten(zorgkantoorId, jaar)).find(
    (x) => x.nummer === nummer,
  );
  if (!b) throw new Error(`herschikkingsbesluit ${nummer} ontbreekt bij een besloten voorstel`);
  return b;
}

export const herschikkingGoedkeuren: Operatie<RouteVan<"herschikkingGoedkeuren">> = async (v) => {
  const { zorgkantoorId, jaar } = v.params;
  const rol = rolBijZorgkantoor(v.gebruiker, zorgkantoorId, "tweedeHandtekening");
  await eisHerschikkingsvenster(zorgkantoorId, jaar, v.nu);
  // Finish any decision still being applied (also this one, when this is a retry).
  await voltooiHerschikking(zorgkantoorId, jaar, v);
  const voorstel = await leesHerschikkingsvoorstel(zorgkantoorId, jaar);
  // The retry of an approval that was written: its decision is the answer (idempotent).
  if (voorstel?.status === "besloten" && voorstel.versie === v.body.versie + 1)
    return { body: await antwoord(await besluitNummer(zorgkantoorId, jaar, v.body.versie)) };
  const mag = magHerschikkingGoedkeuren(voorstel, { sub: v.gebruiker.sub, rol }, v.body.versie);
  if (!mag.toegestaan) throw new HttpProbleem(mag.status, mag.code, mag.reden);
  const vs = voorstel!;
  const fouten = await controleerOpnieuw(vs);
  if (fouten) return overtredingenAntwoord(fouten, v.correlatieId);
  const regels = besluitRegels(vs.regels);
  const netto = som(regels.map((l) => new Decimal(l.mutatie)));
  const besluit = {
    id: `${jaar}-${vs.versie}`,
    nummer: vs.versie,
    zorgkantoorId,
    jaar,
    // Nothing to apply: the decision is complete the moment it is written.
    status: regels.length === 0 ? ("toegepast" as const) : ("besloten" as const),
    reden: vs.reden,
    voorgesteldDoor: vs.voorgesteldDoor,
    goedgekeurdDoor: { sub: v.gebruiker.sub, rol },
    op: v.nu.toISOString(),
    netto: bedragTekst(netto),
    regels,
  };
  ofWeiger(
    await schrijfTransactie(
      [
        markeerVoorstelBesloten(vs),
        schrijfBesluit(besluit),
        ...kaderMutatie(zorgkantoorId, jaar, netto),
      ],
      {
        gebeurtenis: "herschikking_goedgekeurd",
        onderwerp: zorgkantoorPk(zorgkantoorId),
        betrokken: { zorgkantoorId },
        voor: { jaar, voorstel: vs.versie },
        na: {
          jaar,
          besluit: besluit.id,
          netto: besluit.netto,
          aanvragen: regels.map((l) => l.aanvraagId),
        },
        reden: vs.reden,
      },
      schrijfcontext(v, rol),
    ),
  );
  await voltooiHerschikking(zorgkantoorId, jaar, v);
  return { body: await antwoord(await besluitNummer(zorgkantoorId, jaar, vs.versie)) };
};
