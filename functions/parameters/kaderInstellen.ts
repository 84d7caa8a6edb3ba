// docs/regels.md §5.3 and §3.1: landelijk-beheer sets the regional kader of a zorgkantoor for a year.
// The regional kaders together never exceed the national amount: checked first with the shared
// rule (422 naming the field), and again inside the write by the national counter of
// functions/data/kaders.ts (a concurrent setting that slips past the check → 409).
import { controleerRegionaleKaders } from "#shared/beoordeling/toekenning.js";
import { kadersVanJaar, stelKaderIn } from "../data/kaders.js";
import { parametersInGebruik } from "../data/parameters.js";
import { ofWeiger } from "../data/transactie.js";
import { leesZorgkantoor } from "../data/zorgkantoren.js";
import { HttpProbleem, nietGevonden } from "../lib/probleem.js";
import { type Operatie, schrijfcontext } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";
import { kaderJson } from "./weergave.js";

export const kaderInstellen: Operatie<RouteVan<"kaderInstellen">> = async (v) => {
  const { jaar, zorgkantoorId } = v.params;
  if (!(await leesZorgkantoor(zorgkantoorId))) throw nietGevonden("zorgkantoor");
  const { landelijkBudget } = await parametersInGebruik(jaar);
  const kaders = [
    ...(await kadersVanJaar(jaar))
      .filter((k) => k.zorgkantoorId !== zorgkantoorId)
      .map((k) => ({ zorgkantoor: k.zorgkantoorId, bedrag: k.kader })),
    { zorgkantoor: zorgkantoorId, bedrag: v.body.bedrag },
  ];
  const fout = controleerRegionaleKaders(kaders, landelijkBudget, jaar)[0];
  if (fout) throw new HttpProbleem(422, fout.code, `bedrag: ${fout.melding}`, "bedrag");
  const kader = ofWeiger(
    await stelKaderIn(
      zorgkantoorId,
      jaar,
      v.body.bedrag,
      landelijkBudget,
      schrijfcontext(v, "landelijk-beheer"),
      v.body.versie,
    ),
  );
  return { body: kaderJson(kader) };
};
