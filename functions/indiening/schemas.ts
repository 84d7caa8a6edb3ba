// docs/regels.md §4 (indiening): the request and answer schemas of the indiening Lambda. Request
// bodies reuse shared/indiening/aanvraag.ts; answers are plain JSON (amounts as text, §11).
import * as z from "zod";
import { AanvraagSchema } from "#shared/indiening/aanvraag.js";
import { BevindingUitvoerSchema } from "#shared/indiening/bevinding.js";
import { TOESTANDEN } from "#shared/indiening/toestanden.js";
import { TERMIJN_STATUSSEN } from "#shared/kalender/beoordelingstermijn.js";
import { JaarSchema } from "#shared/kalender/tijd.js";

const IdSchema = z
  .string({ error: "verwacht een id als tekst" })
  .trim()
  .min(1, { error: "een id mag niet leeg zijn" })
  .max(200, { error: "een id is hoogstens 200 tekens" });

/** Path and query numbers arrive as text. */
const Volgnummer = z.coerce
  .number({ error: "verwacht een versienummer" })
  .int({ error: "een versienummer is een geheel getal" })
  .min(1, { error: "versienummers beginnen bij 1" })
  .max(9999, { error: "versienummer te groot" });

export const AanvraagParamsSchema = z.strictObject({ aanvraagId: IdSchema });
export const VersieParamsSchema = AanvraagParamsSchema.extend({ nummer: Volgnummer });
export const VerschilQuerySchema = z.strictObject({ van: Volgnummer, naar: Volgnummer });
export const MijnAanvragenQuerySchema = z.strictObject({
  aanbiederId: IdSchema.optional(),
  jaar: z.coerce.number({ error: "verwacht een jaartal" }).pipe(JaarSchema).optional(),
});

/**
 * The content the aanbieder enters (§4.1), validated as AanvraagSchema but kept as entered
 * (amounts and dates as text), because that is what a version stores. `documenten` is the
 * server's (see toetsing.ts): documents are uploaded and confirmed through the documenten routes.
 */
export const InhoudSchema = z
  // The keys are checked by AanvraagSchema (strict); the bound keeps a hostile key cheap.
  .record(z.string().max(100), z.unknown())
  .superRefine((inhoud, ctx) => {
    if ("documenten" in inhoud) {
      ctx.addIssue({
        code: "custom",
        path: ["documenten"],
        message:
          "documenten worden niet in de inhoud meegestuurd: upload ze via /api/aanvragen/{aanvraagId}/documenten; een bevestigd document telt vanzelf mee",
      });
      return;
    }
    const r = AanvraagSchema.safeParse(inhoud);
    if (!r.success)
      for (const i of r.error.issues)
        ctx.addIssue({ code: "custom", path: i.path, message: i.message });
  })
  .meta({
    id: "AanvraagInhoud",
    description:
      "De inhoud van de aanvraag (§4.1): locaties met verbeterparagraaf, meerjarenbegroting, verklaringen, onderbouwing; bedragen als tekst",
  });

const VersieNummerSchema = z
  .number({ error: "verwacht de versie die u las, als getal" })
  .int({ error: "versie is een geheel getal" })
  .min(1, { error: "versie begint bij 1" });

export const NieuweAanvraagSchema = z.strictObject({
  aanbiederId: IdSchema,
  zorgkantoorId: IdSchema,
  jaar: JaarSchema,
  inhoud: InhoudSchema.optional(),
});

export const InhoudWijzigingSchema = z.strictObject({
  versie: VersieNummerSchema,
  inhoud: InhoudSchema,
});

export const IndieningSchema = z.strictObject({ versie: VersieNummerSchema });

const VersieSamenvattingSchema = z.object({
  nummer: z.number().int(),
  status: z.enum(["concept", "ingediend"]),
  aangemaaktOp: z.string(),
  gewijzigdOp: z.string(),
  ingediendOp: z.string().nullable(),
});

export const VersieSchema = VersieSamenvattingSchema.extend({
  inhoud: z.record(z.string(), z.unknown()).meta({ description: "De inhoud zoals ingevoerd" }),
}).meta({ id: "Aanvraagversie" });

export const VersiesSchema = z
  .object({ aanvraagId: z.string(), versies: z.array(VersieSamenvattingSchema) })
  .meta({ id: "Aanvraagversies" });

export const VersieverschilSchema = z
  .object({
    aanvraagId: z.string(),
    van: z.number().int(),
    naar: z.number().int(),
    verschillen: z.array(
      z.object({
        pad: z.string(),
        voor: z.unknown().meta({ description: "Waarde in versie van; ontbreekt als nieuw" }),
        na: z.unknown().meta({ description: "Waarde in versie naar; ontbreekt als verwijderd" }),
      }),
    ),
  })
  .meta({ id: "Versieverschil", description: "Verschillen tussen twee versies (§4.3)" });

export const AanvraagSamenvattingSchema = z.object({
  id: z.string(),
  aanbiederId: z.string(),
  zorgkantoorId: z.string(),
  jaar: z.number().int(),
  toestand: z.enum(TOESTANDEN),
  mediation: z.boolean(),
  versie: z.number().int().meta({ description: "Stuur deze mee bij wijzigen en indienen" }),
  laatsteVersie: z.number().int(),
  ontvangenOp: z.string().nullable(),
  laatstIngediendOp: z.string().nullable(),
  aangemaaktOp: z.string(),
  gewijzigdOp: z.string(),
});

/** Screens show names, not ids; null only if the organisation's record is missing. */
const NamenSchema = {
  aanbiederNaam: z.string().nullable(),
  zorgkantoorNaam: z.string().nullable(),
};

export const AanvraagLijstSchema = z
  .object({ aanvragen: z.array(AanvraagSamenvattingSchema.extend(NamenSchema)) })
  .meta({ id: "AanvraagLijst" });

export const TermijnSchema = z.object({
  ontvangen: z.string(),
  streefdatum: z.string(),
  uitersteDatum: z.string(),
  status: z.enum(TERMIJN_STATUSSEN),
});

export const AanvraagAntwoordSchema = AanvraagSamenvattingSchema.extend({
  ...NamenSchema,
  huidigeVersie: VersieSchema.nullable().meta({
    description: "De laatste versie die de beller mag zien (null: nog niets ingediend)",
  }),
  bevindingen: z.array(BevindingUitvoerSchema),
  kanIndienen: z.boolean(),
  reservering: z.string().meta({ description: "Gereserveerd bedrag (§5), in euro's" }),
  beoordelingstermijn: TermijnSchema.nullable().meta({
    description: "Ontvangst, streefdatum (+6 weken), uiterste datum (+3 maanden), §5",
  }),
  aanvulling: z.object({ reden: z.string() }).nullable().meta({
    description:
      "Waarom het zorgkantoor om aanvulling vraagt, zolang de aanvraag op aanvulling wacht (§4.3)",
  }),
  laatVenster: z.object({ tot: z.string() }).nullable().meta({
    description:
      "Laat indieningsvenster van zorgkantoor-beheer: indienen kan tot dit tijdstip (exclusief), §3.2",
  }),
}).meta({ id: "Aanvraag", description: "Een aanvraag met haar huidige versie en toetsing (§4)" });
export type AanvraagAntwoord = z.input<typeof AanvraagAntwoordSchema>;
