// docs/regels.md §8: the live check of an edited herschikking proposal, for the editable table — the
// same constraints the decision checks (shared/herschikking/gewijzigdVoorstel.ts) on the same
// stored input (functions/data/herschikkingsinvoer.ts), answered per line; nothing is stored. Versions
// are not compared: the decision does that when it is laid down.
import { bedragTekst, som } from "#shared/geld/bedrag.js";
import { controleerGewijzigdVoorstel } from "#shared/herschikking/gewijzigdVoorstel.js";
import type { Fout } from "#shared/resultaat.js";
import { herschikkingsinvoer } from "../data/herschikkingsinvoer.js";
import type { Operatie } from "../lib/verzoek.js";
import { eisZorgkantoorInScope } from "../lib/zorgkantoorscope.js";
import type { RouteVan } from "../routes.js";

/** shared/ names a line's id "id"; the request body calls it "aanvraagId". */
const inBody = (f: Fout): Fout => ({
  ...f,
  veld: f.veld.replace(/^(voorstel\[\d+\])\.id$/, "$1.aanvraagId"),
});
const regelVan = (f: Fout): number | undefined => {
  const m = /^voorstel\[(\d+)\]/.exec(f.veld);
  return m ? Number(m[1]) : undefined;
};

export const herschikkingControle: Operatie<RouteVan<"herschikkingControle">> = async (v) => {
  const { zorgkantoorId, jaar } = v.params;
  eisZorgkantoorInScope(v.gebruiker, zorgkantoorId);
  const invoer = await herschikkingsinvoer(zorgkantoorId, jaar);
  const fouten = controleerGewijzigdVoorstel({
    kader: invoer.kader,
    aanbieders: invoer.deelnemers.map((d) => ({ id: d.aanvraag.id, aangevraagd: d.aangevraagd })),
    voorstel: v.body.voorstel.map((l) => ({ id: l.aanvraagId, nieuweAfspraak: l.nieuweAfspraak })),
  }).map(inBody);
  return {
    body: {
      zorgkantoorId,
      jaar,
      toegestaan: fouten.length === 0,
      totaalNieuweAfspraken: bedragTekst(som(v.body.voorstel.map((l) => l.nieuweAfspraak))),
      kader: bedragTekst(invoer.kader),
      regels: v.body.voorstel.map((l, i) => ({
        aanvraagId: l.aanvraagId,
        nieuweAfspraak: bedragTekst(l.nieuweAfspraak),
        overtredingen: fouten.filter((f) => regelVan(f) === i),
      })),
      overtredingen: fouten.filter((f) => regelVan(f) === undefined),
    },
  };
};
