// docs/regels.md §6, §7: the berekening `realisatie` — projection of a tussentijdse realisatie to the
// year and the voorschot basis that follows from it (`npm run kb -- realisatie --input f.json`).
import * as z from "zod";
import { type Berekening, defineer } from "../berekening.js";
import { bedragTekst } from "../geld/bedrag.js";
import { dan, ok, type Resultaat } from "../resultaat.js";
import { aangepasteBasis } from "./aangepasteBasis.js";
import { AfgesprokenBegrotingSchema } from "./afspraak.js";
import { TussentijdseRealisatieSchema } from "./rapport.js";

export const RealisatieInvoerSchema = z.strictObject({
  afspraak: AfgesprokenBegrotingSchema,
  rapport: TussentijdseRealisatieSchema,
});
type RealisatieInvoer = z.output<typeof RealisatieInvoerSchema>;

export const RealisatieUitvoerSchema = z.object({
  maandenGedekt: z.number(),
  personeel: z.array(
    z.object({ regelId: z.string(), kostenTotNu: z.string(), projectie: z.string() }),
  ),
  overige: z.array(
    z.object({
      regelId: z.string(),
      uitgavenTotNu: z.string(),
      projectie: z.string(),
      afgesproken: z.string(),
      subsidiabel: z.string(),
    }),
  ),
  projectiePersoneel: z.string(),
  subsidiabelPersoneel: z.string(),
  subsidiabelOverige: z.string(),
  compensatie: z.string(),
  afspraak: z.string(),
  aangepasteBasis: z.string(),
  vanafMaand: z.string(),
  nietAfgesproken: z.array(z.string()),
});
type RealisatieUitvoer = z.output<typeof RealisatieUitvoerSchema>;

const t = bedragTekst;

function bereken(invoer: RealisatieInvoer): Resultaat<RealisatieUitvoer> {
  return dan(aangepasteBasis(invoer.afspraak, invoer.rapport), (a) =>
    ok({
      maandenGedekt: a.maandenGedekt,
      personeel: a.personeel.map((r) => ({
        regelId: r.regelId,
        kostenTotNu: t(r.kostenTotNu),
        projectie: t(r.projectie),
      })),
      overige: a.overige.map((r) => ({
        regelId: r.regelId,
        uitgavenTotNu: t(r.uitgavenTotNu),
        projectie: t(r.projectie),
        afgesproken: t(r.afgesproken),
        subsidiabel: t(r.subsidiabel),
      })),
      projectiePersoneel: t(a.projectiePersoneel),
      subsidiabelPersoneel: t(a.subsidiabelPersoneel),
      subsidiabelOverige: t(a.subsidiabelOverige),
      compensatie: t(a.compensatie),
      afspraak: t(a.afspraak),
      aangepasteBasis: t(a.aangepasteBasis),
      vanafMaand: a.vanafMaand,
      nietAfgesproken: a.nietAfgesproken,
    }),
  );
}

export const realisatie: Berekening<typeof RealisatieInvoerSchema, RealisatieUitvoer> = defineer({
  naam: "realisatie",
  omschrijving:
    "Projectie van een tussentijdse realisatie naar het jaar en de aangepaste voorschotbasis die daaruit volgt",
  bron: "docs/regels.md §6, §7",
  invoer: RealisatieInvoerSchema,
  uitvoer: RealisatieUitvoerSchema,
  bereken,
});
