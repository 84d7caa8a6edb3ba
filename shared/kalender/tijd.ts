import { TZDate } from "@date-fns/tz";
import { formatISO, lightFormat } from "date-fns";
import * as z from "zod";

// Every deadline is Europe/Amsterdam (docs/regels.md §3.2). Instants are plain Dates (UTC inside);
// calendar days are {jaar, maand, dag}. This module is the only place that knows the zone.
export const TIJDZONE = "Europe/Amsterdam";

export interface Dag {
  jaar: number;
  maand: number; // 1–12
  dag: number; // 1–31
}

/** The instant of a wall-clock time in Amsterdam. */
export function amsterdam(jaar: number, maand: number, dag: number, uur = 0, minuut = 0): Date {
  return new Date(new TZDate(jaar, maand - 1, dag, uur, minuut, 0, 0, TIJDZONE).getTime());
}

/** Start of a calendar day in Amsterdam. */
export const begin = (d: Dag): Date => amsterdam(d.jaar, d.maand, d.dag);

/** "uiterlijk D" means until D 23:59:59 inclusive: the exclusive end is the next day 00:00. */
export const eindeExclusief = (d: Dag): Date => amsterdam(d.jaar, d.maand, d.dag + 1);

/** The Amsterdam calendar day of an instant. */
export function dagVan(instant: Date): Dag {
  const t = new TZDate(instant.getTime(), TIJDZONE);
  return { jaar: t.getFullYear(), maand: t.getMonth() + 1, dag: t.getDate() };
}

/** Calendar arithmetic on days (month overflow normalises: 31 Jan + 1 month = 3 Mar in leap-less years). */
export function plusDagen(d: Dag, dagen: number): Dag {
  return dagVan(amsterdam(d.jaar, d.maand, d.dag + dagen, 12));
}

/** Add months; the day is clamped to the month's last day (receipt 30 Nov + 3 months = 28/29 Feb). */
export function plusMaanden(d: Dag, maanden: number): Dag {
  const doel = new Date(Date.UTC(d.jaar, d.maand - 1 + maanden, 1));
  const laatste = new Date(Date.UTC(doel.getUTCFullYear(), doel.getUTCMonth() + 1, 0)).getUTCDate();
  return {
    jaar: doel.getUTCFullYear(),
    maand: doel.getUTCMonth() + 1,
    dag: Math.min(d.dag, laatste),
  };
}

export const vergelijkDag = (a: Dag, b: Dag): number =>
  a.jaar - b.jaar || a.maand - b.maand || a.dag - b.dag;

export const dagTekst = (d: Dag): string =>
  `${d.jaar}-${String(d.maand).padStart(2, "0")}-${String(d.dag).padStart(2, "0")}`;

/** Display form of §11: 31-12-2019. */
export const dagWeergave = (d: Dag): string =>
  `${String(d.dag).padStart(2, "0")}-${String(d.maand).padStart(2, "0")}-${d.jaar}`;

/** An instant as ISO 8601 with the Amsterdam offset of that moment: 2020-05-17T08:00:00+02:00. */
export const isoAmsterdam = (instant: Date): string =>
  formatISO(new TZDate(instant.getTime(), TIJDZONE));

/** Display form of an instant on the Amsterdam wall clock (§11): 15-06-2020 17:00. */
export const tijdstipWeergave = (instant: Date): string =>
  lightFormat(new TZDate(instant.getTime(), TIJDZONE), "dd-MM-yyyy HH:mm");

/** A calendar date "YYYY-MM-DD" that exists. Output: Dag. */
export const DatumSchema = z
  .string({ error: 'verwacht een datum als tekst, bijvoorbeeld "2020-03-20"' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "geen geldige datum: gebruik JJJJ-MM-DD" })
  .transform((s) => {
    const [jaar, maand, dag] = s.split("-").map(Number) as [number, number, number];
    return { jaar, maand, dag };
  })
  .refine(
    (d) => {
      const t = new Date(Date.UTC(d.jaar, d.maand - 1, d.dag));
      return (
        t.getUTCFullYear() === d.jaar && t.getUTCMonth() === d.maand - 1 && t.getUTCDate() === d.dag
      );
    },
    { error: "deze datum bestaat niet" },
  );

/** An ISO 8601 instant with offset or Z ("2020-05-01T08:00:00+02:00"). Output: Date. */
export const InstantSchema = z
  .string({ error: 'verwacht een tijdstip als tekst, bijvoorbeeld "2020-05-01T08:00:00+02:00"' })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, {
    error:
      "geen geldig tijdstip: gebruik ISO 8601 met tijdzone, bijvoorbeeld 2020-05-01T08:00:00+02:00",
  })
  .transform((s) => new Date(s))
  .refine((d) => !Number.isNaN(d.getTime()), { error: "dit tijdstip bestaat niet" });

export const JaarSchema = z
  .number({ error: "verwacht een jaartal als getal, bijvoorbeeld 2020" })
  .int({ error: "moet een geheel jaartal zijn" })
  .min(2019, { error: "het kwaliteitsbudget bestaat vanaf 2019" })
  .max(2100, { error: "jaartal te groot" });

export const MaandSchema = z
  .number({ error: "verwacht een maandnummer 1–12" })
  .int({ error: "moet een geheel maandnummer zijn" })
  .min(1, { error: "maand moet tussen 1 en 12 liggen" })
  .max(12, { error: "maand moet tussen 1 en 12 liggen" });
