// docs/regels.md §1: what a user may see follows from their memberships, stored on the server (never
// from the token alone). A user can hold several: an aanbieder-user of two organisations, or a
// beoordelaar at one zorgkantoor who is also zorgkantoor-beheer there.
import * as z from "zod";
import { ROLLEN } from "../rollen.js";

export const LidmaatschapSchema = z.discriminatedUnion("rol", [
  z.object({ rol: z.literal("aanbieder"), aanbiederId: z.string().min(1) }),
  z.object({ rol: z.literal("beoordelaar"), zorgkantoorId: z.string().min(1) }),
  z.object({ rol: z.literal("zorgkantoor-beheer"), zorgkantoorId: z.string().min(1) }),
  z.object({ rol: z.literal("landelijk-beheer") }),
]);
export type Lidmaatschap = z.output<typeof LidmaatschapSchema>;

/** The scope of a case: one aanvraag per (aanbieder, zorgkantoor, jaar) (§2). */
export interface Zaakscope {
  aanbiederId: string;
  zorgkantoorId: string;
}

export const RolSchema = z.enum(ROLLEN);
