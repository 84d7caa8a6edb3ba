// docs/regels.md §6: zorgkantoor-beheer runs (or previews, `proef`) the monthly voorschot job for
// their own zorgkantoor — the same voerMaandrunUit as the scheduled Lambda.

import { leesAanbiederslijst, leesOntbrekende } from "../data/aanbiederslijst.js";
import { uitFout } from "../lib/probleem.js";
import type { Operatie } from "../lib/verzoek.js";
import { rolBijZorgkantoor } from "../lib/zorgkantoor.js";
import type { RouteVan } from "../routes.js";
import { voerMaandrunUit } from "./maandrun.js";

export const voorschotMaandrun: Operatie<RouteVan<"voorschotMaandrun">> = async (v) => {
  const rol = rolBijZorgkantoor(v.gebruiker, v.params.zorgkantoorId, "betalingenBeheren");
  // The names for the screen, read beside the run (one item per zorgkantoor). Awaited together, so
  // a refused run never leaves the read's failure unhandled.
  const [r, lijst] = await Promise.all([
    voerMaandrunUit({
      jaar: v.body.jaar,
      maand: v.body.maand,
      zorgkantoorId: v.params.zorgkantoorId,
      nu: v.nu,
      proef: v.body.proef,
      wie: { sub: v.gebruiker.sub, rol, ...(v.gebruiker.email && { email: v.gebruiker.email }) },
      correlatieId: v.correlatieId,
    }),
    leesAanbiederslijst(v.params.zorgkantoorId),
  ]);
  if (!r.ok) throw uitFout(r.fout);
  const namen = await leesOntbrekende(
    lijst,
    r.waarde.regels.map((x) => x.aanbiederId),
  );
  const regels = r.waarde.regels.map((x) => ({
    ...x,
    aanbiederNaam: namen.get(x.aanbiederId)?.naam ?? null,
  }));
  return { body: { ...r.waarde, regels } };
};
