// docs/regels.md §3.1 and §2: landelijk-beheer enters a new version of a year's parameters. The server
// assigns versie = newest + 1 (the shipped or carried version counts as 1, so an entered version
// never shares a number with the one earlier decisions may name); the item is put-if-absent, so
// of two concurrent entries one gets 409. Audited with before/after in the same transaction, in
// which the national counter of the kaders follows a changed landelijk budget.
import { controleerParameters } from "#shared/parameters/controle.js";
import { parametersVoor } from "#shared/parameters/jaarparameters.js";
import { kadersVanJaar, volgLandelijkBudget } from "../data/kaders.js";
import { ingevoerdeVersies, voerParametersIn } from "../data/parameters.js";
import { ofWeiger } from "../data/transactie.js";
import { HttpProbleem, uitFout } from "../lib/probleem.js";
import { type Operatie, schrijfcontext } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";
import { parametersJson } from "./weergave.js";

export const parametersInvoeren: Operatie<RouteVan<"parametersInvoeren">> = async (v) => {
  const jaar = v.params.jaar;
  if (v.body.jaar !== jaar)
    throw new HttpProbleem(
      422,
      "JAAR_WIJKT_AF",
      `jaar: het jaar in de inhoud (${v.body.jaar}) is niet het jaar van het adres (${jaar})`,
      "jaar",
    );
  const kaders = (await kadersVanJaar(jaar)).map((k) => ({
    zorgkantoor: k.zorgkantoorId,
    bedrag: k.kader,
  }));
  const fouten = controleerParameters(v.body, kaders);
  if (fouten.length > 0) throw uitFout(fouten[0]!);
  const ingevoerd = (await ingevoerdeVersies(jaar)).map((i) => i.parameters);
  const huidig = parametersVoor(jaar, ingevoerd);
  const nieuw = parametersJson({ ...v.body, versie: huidig.versie + 1 });
  const versie = ofWeiger(
    await voerParametersIn(
      nieuw,
      parametersJson(huidig),
      schrijfcontext(v, "landelijk-beheer"),
      await volgLandelijkBudget(jaar, v.body.landelijkBudget),
    ),
  );
  return {
    status: 201,
    body: {
      bron: "ingevoerd",
      ingevoerdOp: versie.ingevoerdOp,
      ingevoerdDoor: versie.ingevoerdDoor,
      parameters: nieuw,
    },
  };
};
