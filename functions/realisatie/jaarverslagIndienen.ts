// docs/regels.md §7 [seed §4.2.12]: the realisatie over the whole year with the rondrekening inputs,
// from 1 January to 31 March t+1 (or while reopened); stored as immutable versions, like the
// tussentijdse windows. The nacalculatie (§9) computes with the latest version. §15.1: the report
// holds the realised spend of every overige line of the agreement, and no other line (422).
import { bedragTekst } from "#shared/geld/bedrag.js";
import type { Decimal } from "#shared/geld/decimal.js";
import { controleerGemeldeRegels } from "#shared/nacalculatie/overigeMelding.js";
import type { Jaarverslag } from "#shared/realisatie/jaarverslag.js";
import { afgesprokenOverigeRegels } from "../data/aangevraagd.js";
import {
  dienRealisatieIn,
  laatsteVan,
  leesHeropeningen,
  leesRealisaties,
} from "../data/realisaties.js";
import { ofWeiger } from "../data/transactie.js";
import { conflict, uitFout } from "../lib/probleem.js";
import { eisNietVastgesteld } from "../lib/vastgesteld.js";
import { type Operatie, schrijfcontext } from "../lib/verzoek.js";
import { laadZaakMetRol } from "../lib/zaak.js";
import type { RouteVan } from "../routes.js";
import { eisAfspraak } from "./afspraak.js";
import { realisatieAntwoord } from "./antwoord.js";
import { eisOpenVenster } from "./vensters.js";

const paar = <T>(p: { basis: T; jaar: T }, f: (x: T) => unknown) => ({
  basis: f(p.basis),
  jaar: f(p.jaar),
});
// Day counts are whole numbers, not amounts: stored as JSON numbers, as JaarverslagSchema reads them.
const dagen = (d: Decimal): number => d.toNumber();
const clientdagen = (c: Jaarverslag["clientdagen"]["basis"]) =>
  Object.fromEntries(Object.entries(c).map(([k, d]) => [k, dagen(d)]));

/** The stored form: what JaarverslagSchema reads back (amounts as text with two decimals). */
export const jaarverslagOpslag = (j: Jaarverslag) => ({
  svLoon: paar(j.svLoon, bedragTekst),
  svDagen: paar(j.svDagen, dagen),
  werkgeverslasten: bedragTekst(j.werkgeverslasten),
  inhuur: paar(j.inhuur, bedragTekst),
  omzet: paar(j.omzet, bedragTekst),
  clientdagen: paar(j.clientdagen, clientdagen),
  overige: j.overige.map((o) => ({
    regelId: o.regelId,
    gerealiseerd: bedragTekst(o.gerealiseerd),
  })),
});

export const jaarverslagIndienen: Operatie<RouteVan<"jaarverslagIndienen">> = async (v) => {
  const { aanvraag: r, rol } = await laadZaakMetRol(
    v.gebruiker,
    v.params.aanvraagId,
    "realisatieMelden",
  );
  eisAfspraak(r);
  eisNietVastgesteld(r, "het jaarverslag");
  const [heropeningen, alle] = await Promise.all([leesHeropeningen(r.id), leesRealisaties(r.id)]);
  eisOpenVenster(
    "jaarverslag",
    r.jaar,
    v.nu,
    heropeningen.find((h) => h.jaar === r.jaar && h.soort === "jaarverslag"),
  );
  const regels = controleerGemeldeRegels(
    await afgesprokenOverigeRegels(r),
    v.body.verslag.overige,
    "verslag.overige",
  );
  if (!regels.ok) throw uitFout(regels.fout);
  const huidige = laatsteVan(alle, r.jaar, "jaarverslag").laatste?.nummer ?? 0;
  if (v.body.vorigeVersie !== huidige)
    throw conflict(
      `vorigeVersie: de laatste versie van het jaarverslag is ${huidige}, niet ${v.body.vorigeVersie}; laad het opnieuw`,
    );
  const opgeslagen = ofWeiger(
    await dienRealisatieIn(
      r,
      {
        jaar: r.jaar,
        soort: "jaarverslag",
        nummer: huidige + 1,
        inhoud: jaarverslagOpslag(v.body.verslag),
      },
      schrijfcontext(v, rol),
    ),
  );
  return { status: 201, body: realisatieAntwoord(opgeslagen) };
};
