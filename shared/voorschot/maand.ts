// docs/regels.md §6: a voorschot is paid per calendar month; at the edges a month is "YYYY-MM".
import * as z from "zod";

export interface Maand {
  jaar: number;
  maand: number; // 1–12
}

/** "2020-03": the edge form of a month (sorts as text, reads as a month). */
export const maandTekst = (jaar: number, maand: number): string =>
  `${jaar}-${String(maand).padStart(2, "0")}`;

/** A month "YYYY-MM". Output: {jaar, maand}. */
export const MaandTekstSchema = z
  .string({ error: 'verwacht een maand als tekst, bijvoorbeeld "2020-08"' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "geen geldige maand: gebruik JJJJ-MM" })
  .transform((s): Maand => {
    const [jaar, maand] = s.split("-").map(Number) as [number, number];
    return { jaar, maand };
  });
