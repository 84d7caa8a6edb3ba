// docs/regels.md §3.2 as a berekening: the calendar of budget year t, and with `op` the state of every
// window at that instant, so a controller can check what the portal will allow on a given day.
import * as z from "zod";
import { defineer } from "../berekening.js";
import { ok } from "../resultaat.js";
import { kalenderVoor, STAP_CODES, WIE } from "./kalender.js";
import { dagTekst, InstantSchema, isoAmsterdam, JaarSchema } from "./tijd.js";
import { VENSTER_STATUSSEN, vensterStatus } from "./venster.js";

const KalenderInvoerSchema = z.object({
  jaar: JaarSchema,
  op: InstantSchema.optional(),
});

const StapUitvoerSchema = z.object({
  code: z.enum(STAP_CODES),
  omschrijving: z.string(),
  wie: z.enum(WIE),
  opent: z.string().nullable(),
  uiterlijk: z.string(),
  bron: z.string(),
  maandenGedekt: z.number().optional(),
  status: z.enum(VENSTER_STATUSSEN).optional(),
  reden: z.string().optional(),
});

const KalenderUitvoerSchema = z.object({
  jaar: z.number(),
  op: z.string().optional(),
  stappen: z.array(StapUitvoerSchema),
});
type KalenderUitvoer = z.infer<typeof KalenderUitvoerSchema>;

export const kalenderBerekening = defineer({
  naam: "kalender",
  omschrijving:
    "De kalender van begrotingsjaar t met alle vensters en uiterste data, en met 'op' de status van elk venster op dat moment.",
  bron: "docs/regels.md §3.2",
  invoer: KalenderInvoerSchema,
  uitvoer: KalenderUitvoerSchema,
  bereken({ jaar, op }) {
    const stappen = kalenderVoor(jaar).map((s) => ({
      code: s.code,
      omschrijving: s.omschrijving,
      wie: s.wie,
      opent: s.opent === null ? null : dagTekst(s.opent),
      uiterlijk: dagTekst(s.uiterlijk),
      bron: s.bron,
      ...(s.maandenGedekt === undefined ? {} : { maandenGedekt: s.maandenGedekt }),
      ...(op === undefined ? {} : vensterStatus(s, op)),
    }));
    const uitvoer: KalenderUitvoer = {
      jaar,
      ...(op === undefined ? {} : { op: isoAmsterdam(op) }),
      stappen,
    };
    return ok(uitvoer);
  },
});
