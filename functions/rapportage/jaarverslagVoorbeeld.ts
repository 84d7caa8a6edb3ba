// DOMAIN.md §9.1–§9.3: a live preview of the nacalculatie with a year report that is being
// filled in (§7) — the same berekening (shared/nacalculatie) on the case's stored agreement,
// overige judgements and voorschotten (functions/nacalculatie/stand.ts), with the report from
// the request instead of the stored one. Nothing is stored; a §9 input error (e.g. no weighted
// client days in the base year) is part of the answer, so the form can show it at the field.

import { voerUit } from "../../shared/berekening.js";
import { bedragTekst } from "../../shared/geld/bedrag.js";
import { nacalculatie } from "../../shared/nacalculatie/berekening.js";
import type { Operatie } from "../lib/verzoek.js";
import { nacalculatieStand } from "../nacalculatie/stand.js";
import { eisAfspraak } from "../realisatie/afspraak.js";
import { jaarverslagOpslag } from "../realisatie/jaarverslagIndienen.js";
import type { RouteVan } from "../routes.js";
import { laadZaak } from "../voorschot/zaak.js";

export const jaarverslagVoorbeeld: Operatie<RouteVan<"jaarverslagVoorbeeld">> = async (v) => {
  const { aanvraag: r } = await laadZaak(v.gebruiker, v.params.aanvraagId);
  eisAfspraak(r);
  const stand = await nacalculatieStand(r);
  const j = jaarverslagOpslag(v.body.verslag);
  // The same input as stand.ts builds from the stored report (kept in step with it by the
  // integration test that compares both on the §13 E report).
  const uitkomst = voerUit(nacalculatie, {
    jaar: r.jaar,
    clientdagen: j.clientdagen,
    svDagen: j.svDagen,
    svLoon: j.svLoon.jaar,
    werkgeverslasten: j.werkgeverslasten,
    inhuur: j.inhuur,
    omzet: j.omzet,
    afspraak: {
      personeel: bedragTekst(stand.afgesprokenPersoneel),
      overige: stand.overige.map((o) => ({
        id: o.id,
        afgesproken: o.afgesproken,
        gerealiseerd: o.gerealiseerd ?? "0.00",
        conform: o.conform,
        ...(o.reden === undefined ? {} : { reden: o.reden }),
      })),
    },
    compensatie: bedragTekst(stand.compensatie),
    betaaldeVoorschotten: bedragTekst(stand.betaaldeVoorschotten),
    teVerrekenen: "0.00",
  });
  return {
    body: {
      aanvraagId: r.id,
      jaar: r.jaar,
      ontbreekt: stand.ontbreekt.filter((o) => !o.startsWith("jaarverslag:")),
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
