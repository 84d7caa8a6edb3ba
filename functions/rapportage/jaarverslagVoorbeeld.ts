// docs/regels.md §9.1–§9.3: a live preview of the nacalculatie with a year report that is being
// filled in (§7) — the same berekening (shared/nacalculatie) on the case's stored agreement,
// overige judgements and voorschotten, computed by the same function as the stored one
// (nacalculatieMetVerslag in functions/nacalculatie/stand.ts) with the report from the request.
// Nothing is stored; a §9 input error (e.g. no weighted client days in the base year) is part of
// the answer, so the form can show it at the field.

import type { Operatie } from "../lib/verzoek.js";
import { laadZaakMetRol } from "../lib/zaak.js";
import { nacalculatieMetVerslag, nacalculatieStand } from "../nacalculatie/stand.js";
import { eisAfspraak } from "../realisatie/afspraak.js";
import { jaarverslagOpslag } from "../realisatie/jaarverslagIndienen.js";
import type { RouteVan } from "../routes.js";

export const jaarverslagVoorbeeld: Operatie<RouteVan<"jaarverslagVoorbeeld">> = async (v) => {
  const { aanvraag: r } = await laadZaakMetRol(v.gebruiker, v.params.aanvraagId);
  eisAfspraak(r);
  const stand = await nacalculatieStand(r);
  const uitkomst = nacalculatieMetVerslag(r.jaar, jaarverslagOpslag(v.body.verslag), stand);
  return {
    body: {
      aanvraagId: r.id,
      jaar: r.jaar,
      // The year report and its overige lines are the ones in the request, not the stored ones.
      ontbreekt: stand.ontbreekt.filter(
        (o) => !o.startsWith("jaarverslag:") && !o.startsWith("overige."),
      ),
      berekening: uitkomst.ok ? uitkomst.waarde : null,
      fout: uitkomst.ok
        ? null
        : {
            code: uitkomst.fout.code,
            veld: `verslag.${uitkomst.fout.veld}`,
            melding: uitkomst.fout.melding,
          },
    },
  };
};
