// docs/regels.md §15.2: "The proposal is visible to each aanbieder for its own case, who may respond in
// writing before the decision (overleg)." The aanbieder (and the zorgkantoor) read the open
// proposal's line for one case — A, Q, P per category, old and new, per overige line — and the
// aanbieder responds in writing (audited, shown to the zorgkantoor on the herschikking page).
// A case outside the caller's scope answers 404 (laadZaakMetRol), as if it did not exist (§1).

import { scopeVan } from "../data/aanvragen.js";
import { leesHerschikkingsvoorstel, schrijfReactie } from "../data/herschikkingen.js";
import { naVoltooiing } from "../data/herschikkingtoepassing.js";
import { aanvraagPk } from "../data/sleutels.js";
import { ofWeiger, schrijfTransactie } from "../data/transactie.js";
import { conflict, HttpProbleem } from "../lib/probleem.js";
import { type Operatie, schrijfcontext } from "../lib/verzoek.js";
import { laadZaakMetRol } from "../lib/zaak.js";
import type { RouteVan } from "../routes.js";
import { regelAntwoord } from "./vastgelegd.js";

async function open(zorgkantoorId: string, jaar: number, aanvraagId: string) {
  const v = await leesHerschikkingsvoorstel(zorgkantoorId, jaar);
  const regel =
    v?.status === "voorgesteld" ? v.regels.find((l) => l.aanvraagId === aanvraagId) : undefined;
  return regel ? { v: v!, regel } : undefined;
}

export const herschikkingRegel: Operatie<RouteVan<"herschikkingRegel">> = async (v) => {
  const { aanvraag: r } = await laadZaakMetRol(v.gebruiker, v.params.aanvraagId, "lezen");
  // The proposal is read beside the check for a decision still being applied (one round).
  const o = await naVoltooiing(r.zorgkantoorId, r.jaar, v, () =>
    open(r.zorgkantoorId, r.jaar, r.id),
  );
  return {
    body: {
      aanvraagId: r.id,
      jaar: r.jaar,
      voorstel: o
        ? {
            versie: o.v.versie,
            reden: o.v.reden,
            op: o.v.op,
            regel: regelAntwoord(o.regel, o.v.reacties[r.id]),
          }
        : null,
    },
  };
};

export const herschikkingReageren: Operatie<RouteVan<"herschikkingReageren">> = async (v) => {
  // [portal rule] Responding is the aanbieder's writing on its own case, like indienen.
  const { aanvraag: r, rol } = await laadZaakMetRol(v.gebruiker, v.params.aanvraagId, "indienen");
  const o = await open(r.zorgkantoorId, r.jaar, r.id);
  if (!o)
    throw new HttpProbleem(
      409,
      "GEEN_VOORSTEL",
      "Er ligt geen herschikkingsvoorstel voor deze aanvraag waarop u kunt reageren.",
    );
  if (o.v.versie !== v.body.versie)
    throw conflict(
      `versie: het herschikkingsvoorstel is intussen vervangen (nu versie ${o.v.versie}); lees het nieuwe voorstel en reageer opnieuw`,
    );
  const reactie = {
    tekst: v.body.tekst,
    door: v.gebruiker.sub,
    op: v.nu.toISOString(),
    voorstelVersie: o.v.versie,
  };
  ofWeiger(
    await schrijfTransactie(
      [schrijfReactie(o.v, r.id, reactie)],
      {
        gebeurtenis: "herschikking_reactie",
        onderwerp: aanvraagPk(r.id),
        betrokken: scopeVan(r),
        voor: { reactie: o.v.reacties[r.id]?.tekst },
        na: { reactie: reactie.tekst, voorstelVersie: o.v.versie },
      },
      schrijfcontext(v, rol),
    ),
  );
  return {
    status: 201,
    body: {
      aanvraagId: r.id,
      jaar: r.jaar,
      voorstel: {
        versie: o.v.versie,
        reden: o.v.reden,
        op: o.v.op,
        regel: regelAntwoord(o.regel, reactie),
      },
    },
  };
};
