// The path parameters the route tables share: the id of a named object, and a year as text
// ("2020" → 2020, then the shared year rule, so a year before the regeling is a field error and
// never a 500). One copy, so the Dutch messages of every route agree.
import * as z from "zod";
import { JaarSchema } from "#shared/kalender/tijd.js";

export const Id = (wat: string) =>
  z
    .string({ error: `verwacht het id van ${wat}` })
    .min(1, { error: `het id van ${wat} mag niet leeg zijn` })
    .max(200, { error: `het id van ${wat} is te lang` });

export const JaarTekst = z
  .string({ error: "verwacht een jaartal, bijvoorbeeld 2020" })
  .regex(/^20\d{2}$/, { error: "het jaar is een jaartal van vier cijfers, bijvoorbeeld 2020" })
  .transform(Number)
  .pipe(JaarSchema);

export const AanvraagParamsSchema = z.strictObject({ aanvraagId: Id("de aanvraag") });
export const ZorgkantoorParamsSchema = z.strictObject({ zorgkantoorId: Id("het zorgkantoor") });
export const JaarParamsSchema = z.strictObject({ jaar: JaarTekst });
export const ZorgkantoorJaarParamsSchema = z.strictObject({
  zorgkantoorId: Id("het zorgkantoor"),
  jaar: JaarTekst,
});
