// docs/regels.md §12: request and answer schemas of the documenten Lambda. The announcement of an
// upload is shared/documenten/controle.ts's; answers are plain JSON.
import * as z from "zod";
import { DOCUMENTSOORTEN } from "#shared/documenten/soorten.js";

// As functions/data/documenten.ts stores them; repeated here so the route table loads no data
// layer (the public routes' Lambdas must not load the AWS SDK).
const DOCUMENT_STATUSSEN = ["wacht_op_upload", "geaccepteerd", "afgekeurd", "ingetrokken"] as const;

const IdSchema = z
  .string({ error: "verwacht een id als tekst" })
  .trim()
  .min(1, { error: "een id mag niet leeg zijn" })
  .max(200, { error: "een id is hoogstens 200 tekens" });

export const ZaakParamsSchema = z.strictObject({ aanvraagId: IdSchema });
export const DocumentParamsSchema = ZaakParamsSchema.extend({ documentId: IdSchema });

export const DocumentAntwoordSchema = z
  .object({
    id: z.string(),
    aanvraagId: z.string(),
    soort: z.enum(DOCUMENTSOORTEN),
    naam: z.string().meta({ description: "De naam die de gebruiker gaf (alleen als label)" }),
    status: z.enum(DOCUMENT_STATUSSEN),
    contentType: z.string().nullable(),
    grootte: z.number().int().nullable().meta({ description: "Bytes" }),
    reden: z.string().nullable().meta({ description: "Waarom afgekeurd" }),
    aangemaaktOp: z.string(),
  })
  .meta({ id: "Document", description: "Een document bij een zaak (§12)" });

export const UploadverzoekAntwoordSchema = z
  .object({
    document: DocumentAntwoordSchema,
    upload: z.object({
      url: z.string().meta({ description: "POST hier het formulier: eerst de velden, dan file" }),
      velden: z.record(z.string(), z.string()),
      geldigSeconden: z.number().int(),
      maxBytes: z.number().int(),
    }),
  })
  .meta({ id: "Uploadverzoek", description: "Een presigned POST voor één document (§12)" });

export const DocumentenAntwoordSchema = z
  .object({ aanvraagId: z.string(), documenten: z.array(DocumentAntwoordSchema) })
  .meta({ id: "Documenten" });

export const DownloadlinkSchema = z
  .object({
    url: z.string().meta({ description: "Kortlevende presigned GET" }),
    geldigSeconden: z.number().int(),
    naam: z.string(),
  })
  .meta({ id: "Downloadlink" });
