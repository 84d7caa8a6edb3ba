// docs/regels.md §15.5: request and answer schemas of the bank-account routes. Answers are plain JSON
// schemas (also used for the OpenAPI document); the request body reuses the shared rule's schema,
// so the API refuses exactly what shared/bank/rekening.ts refuses, naming the field.
import * as z from "zod";
import { BankafschriftSchema } from "#shared/bank/bankafschrift.js";
import { BankrekeningSchema } from "#shared/bank/rekening.js";
import { Id } from "../lib/padschemas.js";

export const AanbiederParamsSchema = z.strictObject({ aanbiederId: Id("de aanbieder") });

export const BankwijzigingBodySchema = z.strictObject({
  ...BankrekeningSchema.shape,
  /** Why the account changes (e.g. "nieuwe huisbank"); shown to the one who approves. */
  toelichting: z
    .string({ error: "verwacht een toelichting als tekst" })
    .trim()
    .max(500, { error: "de toelichting is hoogstens 500 tekens" })
    .optional(),
  /** §15.5: the bank statement as PDF, base64; required of the aanbieder (the handler checks). */
  bankafschrift: BankafschriftSchema.optional().meta({
    description:
      "Bankafschrift als PDF (base64, hoogstens 2 MB na decoderen); verplicht als de aanbieder aanvraagt",
  }),
});

const Versie = z
  .number({ error: "verwacht de versie die u las" })
  .int({ error: "versie is een geheel getal" })
  .min(1, { error: "versie begint bij 1" });
export const BankgoedkeuringBodySchema = z.strictObject({ versie: Versie });
export const BankafwijzingBodySchema = z.strictObject({
  versie: Versie,
  reden: z
    .string({ error: "verwacht een reden als tekst" })
    .trim()
    .min(1, { error: "geef een reden voor de afwijzing" })
    .max(500, { error: "de reden is hoogstens 500 tekens" }),
});

const RekeningSchema = z.object({
  iban: z.string().meta({ description: "IBAN, elektronisch formaat (NL91ABNA0417164300)" }),
  ibanWeergave: z.string().meta({ description: "IBAN in groepjes van vier" }),
  tenaamstelling: z.string(),
});

export const BankwijzigingSchema = RekeningSchema.extend({
  aanbiederId: z.string(),
  aanbiederNaam: z.string(),
  aangevraagdOp: z.string(),
  aangevraagdDoorRol: z.string(),
  /** The caller asked for it: they can never approve it (§15.5 four eyes). */
  doorMij: z.boolean(),
  toelichting: z.string().nullable(),
  /** The statement sent with the request (download: .../wijziging/bankafschrift). */
  bankafschrift: z.object({ naam: z.string(), grootte: z.number(), sha256: z.string() }).nullable(),
  versie: z.number(),
}).meta({
  id: "Bankwijziging",
  description: "Een aangevraagde wijziging van de bankrekening, wacht op de tweede handtekening",
});

export const BankrekeningAntwoordSchema = z
  .object({
    aanbiederId: z.string(),
    aanbiederNaam: z.string(),
    rekening: RekeningSchema.extend({ goedgekeurdOp: z.string() }).nullable(),
    wijziging: BankwijzigingSchema.nullable(),
  })
  .meta({
    id: "Bankrekening",
    description:
      "De goedgekeurde bankrekening van een aanbieder en een wachtende wijziging (§15.5)",
  });

export const BankwijzigingenSchema = z
  .object({ zorgkantoorId: z.string(), wijzigingen: z.array(BankwijzigingSchema) })
  .meta({
    id: "Bankwijzigingen",
    description: "Wachtende wijzigingen van bankrekeningen van aanbieders met een zaak hier",
  });
