// DOMAIN.md §12: answer schemas of the audit Lambda — the trail of a case (who, when, event,
// before, after, reason) and the caller's notifications. Plain JSON, also for the OpenAPI document.
import * as z from "zod";
import { GebeurtenisSchema, PARTIJEN } from "../../shared/gebeurtenissen.js";
import { ROLLEN } from "../../shared/rollen.js";
import { PaginaQueryVelden, VolgendeSchema } from "../lib/paginering.js";

export const AanvraagParamsSchema = z.strictObject({
  aanvraagId: z.string().trim().min(1).max(200),
});

/** The trail is paged (functions/lib/paginering.ts). */
export const AuditQuerySchema = z.strictObject({ ...PaginaQueryVelden });

export const AuditRegelSchema = z
  .object({
    gebeurtenis: GebeurtenisSchema,
    omschrijving: z.string(),
    wie: z.object({ sub: z.string(), rol: z.enum([...ROLLEN, "systeem"]) }),
    wanneer: z.string().meta({ description: "ISO-tijdstip (het 'nu' van het verzoek, §3.1)" }),
    voor: z.unknown().optional(),
    na: z.unknown().optional(),
    reden: z.string().optional(),
    correlatieId: z.string(),
  })
  .meta({ id: "AuditRegel" });

export const AuditTrailSchema = z
  .object({
    aanvraagId: z.string(),
    regels: z.array(AuditRegelSchema),
    volgende: VolgendeSchema,
  })
  .meta({
    id: "AuditTrail",
    description:
      "Het audit-spoor van een zaak, oudste eerst, voor zover zichtbaar voor u (§12), één pagina; een pagina kan minder regels hebben dan de limiet",
  });

export const MeldingSchema = z
  .object({
    gebeurtenis: GebeurtenisSchema,
    omschrijving: z.string(),
    onderwerp: z.string(),
    partij: z.enum(PARTIJEN),
    wanneer: z.string(),
    aanbiederId: z.string().optional(),
    zorgkantoorId: z.string().optional(),
    email: z.boolean(),
  })
  .meta({ id: "Melding" });

export const MeldingenSchema = z
  .object({ meldingen: z.array(MeldingSchema) })
  .meta({ id: "Meldingen", description: "De meldingen van uw organisatie(s), nieuwste eerst" });
