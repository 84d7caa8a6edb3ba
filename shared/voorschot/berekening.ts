// docs/regels.md §6: the berekening `voorschot` — the monthly voorschot payments of one year, as a
// controller can reproduce them with `npm run kb -- voorschot --input file.json`.
import * as z from "zod";
import { type Berekening, defineer } from "../berekening.js";
import { bedragTekst, NietNegatiefBedragSchema, PercentageSchema } from "../geld/bedrag.js";
import { DatumSchema, JaarSchema } from "../kalender/tijd.js";
import { parametersVoor } from "../parameters/jaarparameters.js";
import { dan, ok, type Resultaat } from "../resultaat.js";
import type { VoorschotAfspraak } from "./afspraak.js";
import type { BasisVersie } from "./basisversie.js";
import { betaalschema } from "./betaalschema.js";
import { MaandTekstSchema, maandTekst } from "./maand.js";

const AanpassingSchema = z.strictObject({
  vanafMaand: MaandTekstSchema,
  bedrag: NietNegatiefBedragSchema,
});

export const VoorschotInvoerSchema = z
  .strictObject({
    /** B: the agreed kwaliteitsbudget incl. compensatie. */
    bedrag: NietNegatiefBedragSchema,
    /** p; when left out, the voorschotpercentage of the year's parameters (§3.1). */
    percentage: PercentageSchema.optional(),
    jaar: JaarSchema,
    getekendOp: DatumSchema,
    /** New bases after a realisatie window or herschikking: versions 2, 3, … in this order. */
    aanpassingen: z.array(AanpassingSchema).optional(),
  })
  .superRefine((a, ctx) => {
    a.aanpassingen?.forEach((x, i) => {
      if (x.vanafMaand.jaar !== a.jaar)
        ctx.addIssue({
          code: "custom",
          path: ["aanpassingen", i, "vanafMaand"],
          message: `moet een maand van ${a.jaar} zijn`,
        });
    });
  });
type VoorschotInvoer = z.output<typeof VoorschotInvoerSchema>;

export const VoorschotUitvoerSchema = z.object({
  betalingen: z.array(z.object({ maand: z.string(), bedrag: z.string() })),
  totaal: z.string(),
  /** Only with aanpassingen: T(12) on the last basis. */
  jaardoel: z.string().optional(),
  /** Only with aanpassingen: paid above the last basis, settled in the nacalculatie. */
  teVerrekenen: z.string().optional(),
});
type VoorschotUitvoer = z.output<typeof VoorschotUitvoerSchema>;

/** The agreement is version 1 from January; aanpassing i is version i + 2 from its month. */
export function naarAfspraak(invoer: VoorschotInvoer): VoorschotAfspraak {
  const basis: BasisVersie[] = [
    { vanafMaand: 1, bedrag: invoer.bedrag, versie: 1 },
    ...(invoer.aanpassingen ?? []).map((x, i) => ({
      vanafMaand: x.vanafMaand.maand,
      bedrag: x.bedrag,
      versie: i + 2,
    })),
  ];
  return {
    jaar: invoer.jaar,
    percentage: invoer.percentage ?? parametersVoor(invoer.jaar).voorschotpercentage,
    getekendOp: invoer.getekendOp,
    basis,
  };
}

function bereken(invoer: VoorschotInvoer): Resultaat<VoorschotUitvoer> {
  return dan(betaalschema(naarAfspraak(invoer)), (s) =>
    ok({
      betalingen: s.betalingen.map((b) => ({
        maand: maandTekst(invoer.jaar, b.maand),
        bedrag: bedragTekst(b.bedrag),
      })),
      totaal: bedragTekst(s.totaal),
      ...(invoer.aanpassingen
        ? { jaardoel: bedragTekst(s.jaardoel), teVerrekenen: bedragTekst(s.teVerrekenen) }
        : {}),
    }),
  );
}

export const voorschot: Berekening<typeof VoorschotInvoerSchema, VoorschotUitvoer> = defineer({
  naam: "voorschot",
  omschrijving:
    "Maandelijkse voorschotten op het kwaliteitsbudget vanaf de ondertekening van het addendum, met eventuele aanpassingen van de basis",
  bron: "docs/regels.md §6",
  invoer: VoorschotInvoerSchema,
  uitvoer: VoorschotUitvoerSchema,
  bereken,
});
