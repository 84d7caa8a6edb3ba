// docs/regels.md §7, §3.2: the aanbieder submits a tussentijdse realisatie — only while its window is
// open (or reopened for them); each submission is a new immutable version, and the answer holds
// the projection to the year and the adjusted voorschot basis (shared/realisatie/).
import { bedragTekst } from "#shared/geld/bedrag.js";
import { realisatie } from "#shared/realisatie/berekening.js";
import {
  dienRealisatieIn,
  laatsteVan,
  leesHeropeningen,
  leesRealisaties,
} from "../data/realisaties.js";
import { ofWeiger } from "../data/transactie.js";
import { conflict, uitFout } from "../lib/probleem.js";
import { type Operatie, schrijfcontext } from "../lib/verzoek.js";
import { laadZaakMetRol } from "../lib/zaak.js";
import type { RouteVan } from "../routes.js";
import { afgesprokenBegroting, eisAfspraak } from "./afspraak.js";
import { realisatieAntwoord } from "./antwoord.js";
import { eisOpenVenster } from "./vensters.js";

export const realisatieIndienen: Operatie<RouteVan<"realisatieIndienen">> = async (v) => {
  const { venster } = v.params;
  const { aanvraag: r, rol } = await laadZaakMetRol(
    v.gebruiker,
    v.params.aanvraagId,
    "realisatieMelden",
  );
  eisAfspraak(r);
  const [heropeningen, alle] = await Promise.all([leesHeropeningen(r.id), leesRealisaties(r.id)]);
  eisOpenVenster(
    venster,
    r.jaar,
    v.nu,
    heropeningen.find((h) => h.jaar === r.jaar && h.soort === venster),
  );
  const { laatste } = laatsteVan(alle, r.jaar, venster);
  const huidige = laatste?.nummer ?? 0;
  if (v.body.vorigeVersie !== huidige)
    throw conflict(
      `vorigeVersie: de laatste versie van deze realisatie is ${huidige}, niet ${v.body.vorigeVersie}; laad de realisatie opnieuw`,
    );
  const rapport = { jaar: r.jaar, venster, personeel: v.body.personeel, overige: v.body.overige };
  const b = realisatie.bereken({ afspraak: await afgesprokenBegroting(r), rapport });
  if (!b.ok) throw uitFout(b.fout);
  const inhoud = {
    personeel: v.body.personeel.map((p) => ({
      regelId: p.regelId,
      extraFte: p.extraFte.toString(),
      kostenTotNu: bedragTekst(p.kostenTotNu),
    })),
    overige: v.body.overige.map((o) => ({
      regelId: o.regelId,
      uitgavenTotNu: bedragTekst(o.uitgavenTotNu),
    })),
  };
  const opgeslagen = ofWeiger(
    await dienRealisatieIn(
      r,
      { jaar: r.jaar, soort: venster, nummer: huidige + 1, inhoud, berekening: b.waarde },
      schrijfcontext(v, rol),
      alle,
    ),
  );
  return { status: 201, body: realisatieAntwoord(opgeslagen) };
};
