// docs/regels.md §10 as a berekening: given the open obligations, the instant of the run and the keys
// already sent, which reminder mails are due now. Instants come out with the Amsterdam offset.
import * as z from "zod";
import { defineer } from "../berekening.js";
import { dagTekst, InstantSchema, isoAmsterdam } from "../kalender/tijd.js";
import { ok } from "../resultaat.js";
import { verschuldigdeHerinneringen } from "./herinneringen.js";
import { AANLEIDINGEN } from "./momenten.js";
import { VERPLICHTING_SOORTEN } from "./soorten.js";
import { VerplichtingSchema } from "./verplichting.js";

const HerinneringenInvoerSchema = z.object({
  op: InstantSchema,
  verplichtingen: z.array(VerplichtingSchema).superRefine((lijst, ctx) => {
    // Two obligations with one sleutel would share reminder keys: one of them would go unsent.
    const eerder = new Set<string>();
    lijst.forEach((v, i) => {
      if (eerder.has(v.sleutel)) {
        ctx.addIssue({
          code: "custom",
          path: [i, "sleutel"],
          message: `de sleutel "${v.sleutel}" komt al eerder voor; elke verplichting heeft een eigen sleutel`,
        });
      }
      eerder.add(v.sleutel);
    });
  }),
  verstuurd: z.array(z.string()).default([]),
});

const HerinneringUitvoerSchema = z.object({
  sleutel: z.string(),
  ontvanger: z.string(),
  verplichting: z.string(),
  soort: z.enum(VERPLICHTING_SOORTEN),
  aanleiding: z.enum(AANLEIDINGEN),
  moment: z.string(),
  deadline: z.string(),
  link: z.string(),
});

const HerinneringenUitvoerSchema = z.object({ teVersturen: z.array(HerinneringUitvoerSchema) });
type HerinneringenUitvoer = z.infer<typeof HerinneringenUitvoerSchema>;

export const herinneringenBerekening = defineer({
  naam: "herinneringen",
  omschrijving:
    "Welke herinneringsmails een run op moment 'op' verstuurt: per verplichting en ontvanger hooguit één, het laatste verstreken moment dat nog niet verstuurd is.",
  bron: "docs/regels.md §10",
  invoer: HerinneringenInvoerSchema,
  uitvoer: HerinneringenUitvoerSchema,
  bereken({ op, verplichtingen, verstuurd }) {
    const teVersturen = verschuldigdeHerinneringen(verplichtingen, op, new Set(verstuurd)).map(
      (h) => ({
        sleutel: h.sleutel,
        ontvanger: h.ontvanger,
        verplichting: h.verplichting,
        soort: h.soort,
        aanleiding: h.aanleiding,
        moment: isoAmsterdam(h.moment),
        deadline: dagTekst(h.deadline),
        link: h.link,
      }),
    );
    const uitvoer: HerinneringenUitvoer = { teVersturen };
    return ok(uitvoer);
  },
});
