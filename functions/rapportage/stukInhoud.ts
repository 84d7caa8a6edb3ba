// The beoordelingsbrief (docs/regels.md §5.4), the addendum (§5, §6), the vaststelling
// (§9.3) and the herschikkingsbrief (§15.2) of a case as a letter in JSON (functions/lib/stukbrief.ts), readable within the case's scope (§1).
// The brief has the content of the JSON route (functions/beoordeling/beoordelingsbrief.ts:
// shared/beoordeling on the stored decision); a document that does not exist yet answers 409 with
// a Dutch reason, as that route does.: the PDF is made from this answer by the stukken
// Lambda (functions/stukken/), so this bundle carries no pdf-lib; authorisation and tenant scope
// (404 outside it) stay here, with the data.

import { beoordelingsbrief } from "#shared/beoordeling/beoordelingsbrief.js";
import { adresregels } from "#shared/brieven/brief.js";
import { Decimal } from "#shared/geld/decimal.js";
import { vorderingVan } from "#shared/grootboek/vordering.js";
import { isAfgesproken } from "#shared/indiening/toestanden.js";
import { leesAanbieder } from "../data/aanbieders.js";
import type { AanvraagRecord } from "../data/aanvragen.js";
import { leesAfspraken } from "../data/afspraken.js";
import { boekingenVanZaak } from "../data/grootboek.js";
import { briefBesluit, vaststellingVan } from "../data/opgeslagenBesluiten.js";
import { parametersInGebruik } from "../data/parameters.js";
import type { VaststellingOpslag } from "../data/zaakgegevens.js";
import { leesZorgkantoor } from "../data/zorgkantoren.js";
import { HttpProbleem, uitFout } from "../lib/probleem.js";
import type { Brief, Stuk } from "../lib/stukbrief.js";
import type { Operatie } from "../lib/verzoek.js";
import { laadZaakMetRol } from "../lib/zaak.js";
import type { RouteVan } from "../routes.js";
import { afspraakVoorVaststellingUit } from "./cijfers.js";
import { herschikkingsbrief } from "./stukken/herschikkingsbrief.js";
import { addendum, briefVan, datum, type Partijen, vaststelling } from "./stukken/inhoud.js";

const nogNiet = (code: string, melding: string) => new HttpProbleem(409, code, melding);

async function partijen(r: AanvraagRecord): Promise<Partijen> {
  const [a, z] = await Promise.all([
    leesAanbieder(r.aanbiederId),
    leesZorgkantoor(r.zorgkantoorId),
  ]);
  return {
    // Never an id in a letter: an aanbieder or zorgkantoor without a record is named generically.
    aanbieder: a?.naam ?? "de zorgaanbieder",
    aanbiederAdres: adresregels(a?.postadres),
    zorgkantoorId: r.zorgkantoorId,
    nzaNummer: a?.nzaNummer ?? null,
    agbCode: a?.agbCode ?? null,
    zorgkantoor: z?.naam ?? "het zorgkantoor",
    jaar: r.jaar,
  };
}

async function brief(r: AanvraagRecord): Promise<Brief> {
  const besluit = r.overig.besluit;
  // A proposal awaiting its second signature is not a decision: no letter yet.
  if (!besluit)
    throw nogNiet(
      "NOG_GEEN_BESLUIT",
      "Over deze aanvraag is nog niet besloten; de beoordelingsbrief volgt op het besluit.",
    );
  const [p, parameters] = await Promise.all([partijen(r), parametersInGebruik(r.jaar)]);
  const b = briefBesluit(besluit);
  return briefVan(
    beoordelingsbrief({
      aanbieder: p.aanbieder,
      zorgkantoor: p.zorgkantoor,
      jaar: r.jaar,
      ...b,
      richtlijnPersoneel: parameters.richtlijnPersoneel,
    }),
    p,
    b.datum,
  );
}

/**
 * [portal rule] The addendum exists once the toekenning is approved (it is then signed). It lays
 * down the initial agreement; a later herschikking is named beside it. A signed case whose
 * signatures were not kept one by one shows both parties signed on the signing day (§6).
 */
async function addendumBrief(r: AanvraagRecord): Promise<Brief> {
  // One round after the case: the history is read beside what the letter needs besides it.
  const [historie, p, parameters] = await Promise.all([
    leesAfspraken(r.id),
    partijen(r),
    parametersInGebruik(r.jaar),
  ]);
  const initieel = historie.find((a) => a.soort === "initieel");
  if (!initieel)
    throw nogNiet(
      "GEEN_ADDENDUM",
      "Er is nog geen addendum: het addendum volgt op een goedgekeurde toekenning.",
    );
  const geldend = afspraakVoorVaststellingUit(r, historie);
  const voorschot = r.overig.voorschot;
  const getekend = isAfgesproken(r) ? (voorschot?.getekendOp ?? null) : null;
  const partij = (veld: "addendumAanbieder" | "addendumZorgkantoor") =>
    r.overig[veld]?.op ?? getekend;
  return addendum({
    ...p,
    afspraak: initieel,
    overigeRegels: (r.overig.besluit?.overigeRegels ?? []).map((o) => ({
      omschrijving: o.omschrijving,
      bedrag: o.toegekend,
    })),
    ...(geldend ? { geldend } : {}),
    voorschotpercentage: new Decimal(voorschot?.percentage ?? parameters.voorschotpercentage),
    getekend: {
      aanbieder: partij("addendumAanbieder"),
      zorgkantoor: partij("addendumZorgkantoor"),
    },
    datum: datum(getekend ?? initieel.besluitOp),
  });
}

/** §15.4: the vordering of the case from its ledger, at the moment the letter is made. */
function vorderingNu(boekingen: Awaited<ReturnType<typeof boekingenVanZaak>>, nu: Date) {
  const v = vorderingVan(boekingen);
  if (!v.ok) throw uitFout(v.fout, 409);
  return v.waarde && { stand: v.waarde, op: nu };
}

async function vaststellingBrief(r: AanvraagRecord, nu: Date): Promise<Brief> {
  const v: VaststellingOpslag | undefined = vaststellingVan(r);
  // One round after the case: the ledger and the parties are read beside the history, and only
  // used once the history shows the vaststelling.
  const [historie, p, boekingen] = await Promise.all([
    leesAfspraken(r.id),
    partijen(r),
    boekingenVanZaak(r.id),
  ]);
  const vastgesteld = [...historie].reverse().find((a) => a.soort === "vaststelling");
  if (!v || !vastgesteld)
    throw nogNiet(
      "NOG_NIET_VASTGESTELD",
      "Het kwaliteitsbudget van deze aanvraag is nog niet vastgesteld; de vaststelling volgt op de nacalculatie.",
    );
  const afgesproken = afspraakVoorVaststellingUit(r, historie);
  const vordering = vorderingNu(boekingen, nu);
  return vaststelling({
    ...p,
    afgesproken,
    vastgesteldeAfspraak: vastgesteld,
    ...v,
    ...(vordering && { vordering }),
  });
}

/** §15.2: the letter of the last herschikking that changed this case's agreement. */
async function herschikkingBrief(r: AanvraagRecord): Promise<Brief> {
  const [historie, p] = await Promise.all([leesAfspraken(r.id), partijen(r)]);
  const i = historie.findLastIndex((a) => a.soort === "herschikking");
  if (i < 1)
    throw nogNiet(
      "GEEN_HERSCHIKKING",
      "De afspraak van deze aanvraag is niet herschikt; de herschikkingsbrief volgt op een herschikkingsbesluit dat haar wijzigt.",
    );
  const nieuw = historie[i]!;
  return herschikkingsbrief({
    ...p,
    vorige: historie[i - 1]!,
    nieuw,
    reden: nieuw.reden,
    op: nieuw.besluitOp,
    omschrijvingen: new Map(
      (r.overig.besluit?.overigeRegels ?? []).map((o) => [o.id, o.omschrijving]),
    ),
  });
}

const MAKERS: Record<Stuk, (r: AanvraagRecord, nu: Date) => Promise<Brief>> = {
  beoordelingsbrief: brief,
  addendum: addendumBrief,
  vaststelling: vaststellingBrief,
  herschikkingsbrief: herschikkingBrief,
};

export const stukInhoud: Operatie<RouteVan<"stukInhoud">> = async (v) => {
  const { aanvraag: r } = await laadZaakMetRol(v.gebruiker, v.params.aanvraagId);
  return { body: { ...(await MAKERS[v.params.stuk](r, v.nu)), jaar: r.jaar } };
};
