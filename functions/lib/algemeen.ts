// Schemas shared by the API as a whole: the problem document of RFC 9457 as this API
// fills it, and the answers of the two public routes. Plain JSON schemas (no transforms): they
// document the wire format in the OpenAPI document.
import * as z from "zod";

export const ProbleemSchema = z
  .object({
    type: z.string().meta({ description: "URI van het soort probleem (urn:kwaliteitsbudget:…)" }),
    title: z.string().meta({ description: "Korte Nederlandse titel bij de HTTP-status" }),
    status: z.number().int(),
    detail: z.string().meta({ description: "Nederlandse uitleg, met het veld waar het om gaat" }),
    code: z.string().meta({ description: "Stabiele code, bijvoorbeeld ONGELDIGE_INVOER" }),
    veld: z.string().optional().meta({ description: "Pad van het veld, bijv. begroting[0].jaar" }),
    correlatieId: z.string().meta({ description: "Noem dit id bij vragen aan de servicedesk" }),
  })
  .meta({ id: "Probleem", description: "application/problem+json (RFC 9457)" });
export type Probleem = z.output<typeof ProbleemSchema>;

export const GezondheidSchema = z.object({ status: z.literal("ok") }).meta({ id: "Gezondheid" });

export const OpenApiDocumentSchema = z
  .record(z.string(), z.unknown())
  .meta({ description: "OpenAPI 3.1-document" });
