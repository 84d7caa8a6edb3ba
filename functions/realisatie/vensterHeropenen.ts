// docs/regels.md §3.2: zorgkantoor-beheer reopens a closed realisatie window for the aanbieder of this
// case, with a reason, until a day it names (23:59:59 Amsterdam); audited (venster_heropend). A
// second reopening replaces the first (versioned), so the window's end can be moved again.
import { heropeningTot } from "#shared/kalender/venster.js";
import { heropenVenster, leesHeropeningen } from "../data/realisaties.js";
import { ofWeiger } from "../data/transactie.js";
import { uitFout } from "../lib/probleem.js";
import { type Operatie, schrijfcontext } from "../lib/verzoek.js";
import { laadZaakMetRol } from "../lib/zaak.js";
import type { RouteVan } from "../routes.js";
import { statusVan } from "./vensters.js";

export const vensterHeropenen: Operatie<RouteVan<"vensterHeropenen">> = async (v) => {
  const soort = v.params.venster;
  const { aanvraag: r, rol } = await laadZaakMetRol(
    v.gebruiker,
    v.params.aanvraagId,
    "vensterHeropenen",
  );
  const einde = heropeningTot(v.body.uiterlijk, v.nu);
  if (!einde.ok) throw uitFout(einde.fout);
  const tot = einde.waarde;
  const bestaande = (await leesHeropeningen(r.id)).find(
    (h) => h.jaar === r.jaar && h.soort === soort,
  );
  const h = ofWeiger(
    await heropenVenster(
      r,
      { jaar: r.jaar, soort, tot, reden: v.body.reden },
      bestaande,
      schrijfcontext(v, rol),
    ),
  );
  return {
    body: {
      aanvraagId: r.id,
      jaar: h.jaar,
      soort: h.soort,
      tot: h.tot,
      reden: h.reden,
      status: statusVan(soort, r.jaar, v.nu, h).status,
      versie: h.versie,
    },
  };
};
