// docs/regels.md §5.4: the beoordelingsbrief — the written outcome for the aanbieder, made from the
// decision and its motivation by shared/beoordeling/beoordelingsbrief.ts. Served as JSON once the
// case is decided; the PDF rendering of this content comes with the web issue.
import { beoordelingsbrief as brief } from "#shared/beoordeling/beoordelingsbrief.js";
import { leesAanbieder } from "../data/aanbieders.js";
import { briefBesluit } from "../data/opgeslagenBesluiten.js";
import { parametersInGebruik } from "../data/parameters.js";
import { leesZorgkantoor } from "../data/zorgkantoren.js";
import { HttpProbleem } from "../lib/probleem.js";
import type { Operatie } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";
import { laadZaak } from "./zaak.js";

export const beoordelingsbrief: Operatie<RouteVan<"beoordelingsbrief">> = async (v) => {
  const { zaak } = await laadZaak(v.gebruiker, v.params.aanvraagId);
  const besluit = zaak.overig.besluit;
  // A proposal awaiting its second signature is not a decision: the aanbieder sees nothing yet.
  if (!besluit)
    throw new HttpProbleem(
      409,
      "NOG_GEEN_BESLUIT",
      "Over deze aanvraag is nog niet besloten; de beoordelingsbrief volgt op het besluit.",
    );
  // One round after the case: everything below depends only on it.
  const [aanbieder, zorgkantoor, parameters] = await Promise.all([
    leesAanbieder(zaak.aanbiederId),
    leesZorgkantoor(zaak.zorgkantoorId),
    parametersInGebruik(zaak.jaar),
  ]);
  return {
    body: brief({
      aanbieder: aanbieder?.naam ?? zaak.aanbiederId,
      zorgkantoor: zorgkantoor?.naam ?? zaak.zorgkantoorId,
      jaar: zaak.jaar,
      ...briefBesluit(besluit),
      richtlijnPersoneel: parameters.richtlijnPersoneel,
    }),
  };
};
