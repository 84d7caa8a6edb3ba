// docs/regels.md §1: who the caller is and which memberships the server holds for them (the answer of
// GET /api/mij); the screens derive menus and scope from it. Plain JSON schemas: also used for
// the OpenAPI document.
import * as z from "zod";
import { LidmaatschapSchema } from "#shared/toegang/lidmaatschap.js";

export const MijSchema = z
  .object({
    sub: z.string().meta({ description: "Cognito-gebruikers-id (claim sub)" }),
    email: z.string().nullable().meta({ description: "E-mailadres uit het ID-token, of null" }),
    lidmaatschappen: z.array(LidmaatschapSchema),
  })
  .meta({ id: "Mij", description: "De ingelogde gebruiker en zijn lidmaatschappen (§1)" });
export type Mij = z.input<typeof MijSchema>;
