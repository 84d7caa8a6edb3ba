// docs/regels.md §6: voorschot payment orders exported for the finance department, as
// CSV (for import into the finance package) and as XLSX (for people). Presentation at the edge:
// the orders come in as stored (amounts as decimal strings) and are validated here; amounts stay
// Decimals until the very cell (spreadsheetgetal.ts), and the XLSX total's cached value is the
// Decimal sum, so a reader that does not recalculate still sees the exact cents.
import type { Cell, Row } from "write-excel-file/node";
import * as z from "zod";
import { IbanSchema, ibanWeergave } from "#shared/bank/rekening.js";
import { OpgeslagenBedragSchema, som } from "#shared/geld/bedrag.js";
import type { Decimal } from "#shared/geld/decimal.js";
import {
  InstantSchema,
  isoAmsterdam,
  JaarSchema,
  tijdstipWeergave,
} from "#shared/kalender/tijd.js";
import { ok, type Resultaat, valideer } from "#shared/resultaat.js";
import { alsTekst, csvBestand, decimaleKomma } from "./csv.js";
import { spreadsheetGetal } from "./spreadsheetgetal.js";
import { autoFilter, eigenschappen, formuleUitkomst, xlsxSchrijver } from "./werkmap.js";

const Tekst = z.string({ error: "verwacht tekst" }).trim().min(1, { error: "mag niet leeg zijn" });

/** One payment order as the export reads it (the repository's record plus the names). */
export const ExportOpdrachtSchema = z
  .object({
    sleutel: Tekst,
    aanbiederNaam: Tekst,
    nzaNummer: Tekst,
    agbCode: Tekst,
    /** The zorgkantoor's name. */
    zorgkantoor: Tekst,
    jaar: JaarSchema,
    maand: z
      .string({ error: 'verwacht een maand als tekst, bijvoorbeeld "2020-03"' })
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "geen geldige maand: gebruik JJJJ-MM" }),
    bedrag: OpgeslagenBedragSchema,
    basisVersie: z.number({ error: "verwacht een versienummer" }).int().min(1),
    aangemaaktOp: z.union([z.date(), InstantSchema], {
      error: "verwacht een tijdstip (ISO 8601 met tijdzone)",
    }),
    /**
     * §15.5: the account valid when the batch was released. Optional: a batch released before
     * accounts existed has none (its cells stay empty; the SEPA file refuses such a batch).
     */
    iban: IbanSchema.optional(),
    tenaamstelling: Tekst.optional(),
  })
  .refine((o) => o.maand.startsWith(`${o.jaar}-`), {
    error: "de maand hoort niet bij het jaar van de opdracht",
    path: ["maand"],
  });
export type ExportOpdrachtInvoer = z.input<typeof ExportOpdrachtSchema>;
type ExportOpdracht = z.output<typeof ExportOpdrachtSchema>;

const ExportSchema = z.object({ opdrachten: z.array(ExportOpdrachtSchema) });

/** The columns, in order, with their Dutch header and width in characters (XLSX). */
const KOLOMMEN = [
  { kop: "Sleutel", breedte: 48 },
  { kop: "Aanbieder", breedte: 36 },
  { kop: "NZa-nummer", breedte: 12 },
  { kop: "AGB-code", breedte: 11 },
  { kop: "Zorgkantoor", breedte: 28 },
  { kop: "Jaar", breedte: 7 },
  { kop: "Maand", breedte: 9 },
  { kop: "Bedrag", breedte: 18 },
  { kop: "Basisversie", breedte: 12 },
  { kop: "Aangemaakt op", breedte: 17 },
  // §15.5, at the end so the columns before keep their letters.
  { kop: "IBAN", breedte: 27 },
  { kop: "Tenaamstelling", breedte: 36 },
] as const;
export const KOPPEN: readonly string[] = KOLOMMEN.map((k) => k.kop);
const BEDRAGKOLOM = "H"; // the 8th column
const KOLOMLETTERS = "ABCDEFGHIJKL"; // one per column above

export const XLSX_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** Euro with a space, thousands grouped, two decimals; Dutch Excel shows "€ 1.234,56" (§11). */
export const EURO_FORMAAT = '"€ "#,##0.00';
export const TIJDSTIP_FORMAAT = "dd-mm-yyyy hh:mm";
export const BLADNAAM = "Betaalopdrachten";
const MAKER = "Portaal Kwaliteitsbudget Verpleeghuiszorg";

function lees(opdrachten: readonly ExportOpdrachtInvoer[]): Resultaat<ExportOpdracht[]> {
  const r = valideer(ExportSchema, { opdrachten });
  return r.ok ? ok(r.waarde.opdrachten) : r;
}

/**
 * CSV for the finance package: a Dutch header row and one record per order, in the given order.
 * [portal rule] No total row: a finance import would read it as one more order. The month stays
 * "2020-03" and codes stay text: the CSV carries the exact data; the XLSX is the file for Excel.
 */
export function betaalopdrachtenCsv(
  opdrachten: readonly ExportOpdrachtInvoer[],
): Resultaat<Buffer> {
  const r = lees(opdrachten);
  if (!r.ok) return r;
  const records = r.waarde.map((o) => [
    o.sleutel,
    alsTekst(o.aanbiederNaam),
    o.nzaNummer,
    o.agbCode,
    alsTekst(o.zorgkantoor),
    String(o.jaar),
    o.maand,
    decimaleKomma(o.bedrag),
    String(o.basisVersie),
    tijdstipWeergave(o.aangemaaktOp),
    o.iban ?? "",
    alsTekst(o.tenaamstelling ?? ""),
  ]);
  return ok(csvBestand([KOPPEN, ...records]));
}

/** The Amsterdam wall-clock time as a Date whose UTC fields are that time: Excel has no zone. */
const wandklok = (instant: Date): Date => new Date(`${isoAmsterdam(instant).slice(0, 19)}Z`);

export interface XlsxOpties {
  /** "Now" for the workbook's created/modified properties (an input, as everywhere). */
  nu: Date;
  /** Title property, e.g. "Betaalopdrachten voorschot 2020-03 Zorgkantoor Noord". */
  titel?: string;
}

/**
 * XLSX: bold frozen header, amounts as numbers in euro format, a total row whose SUM formula
 * carries the exact Decimal total as its cached value, column widths, an auto-filter over the
 * orders (not the total), and workbook properties. Refuses (Fout) any amount, or total, that a
 * cell cannot hold exactly to the cent.
 */
export async function betaalopdrachtenXlsx(
  opdrachten: readonly ExportOpdrachtInvoer[],
  opties: XlsxOpties,
): Promise<Resultaat<Buffer>> {
  const r = lees(opdrachten);
  if (!r.ok) return r;
  const bedragen: number[] = [];
  for (const [i, o] of r.waarde.entries()) {
    const g = spreadsheetGetal(o.bedrag, `opdrachten[${i}].bedrag`);
    if (!g.ok) return g;
    bedragen.push(g.waarde);
  }
  const totaal = spreadsheetGetal(som(r.waarde.map((o): Decimal => o.bedrag)), "totaal");
  if (!totaal.ok) return totaal;

  const kop = (tekst: string): Cell => ({ value: tekst, fontWeight: "bold" });
  const rijen: Row[] = r.waarde.map((o, i) => [
    o.sleutel,
    o.aanbiederNaam,
    o.nzaNummer,
    o.agbCode,
    o.zorgkantoor,
    o.jaar,
    o.maand,
    { value: bedragen[i]!, type: Number, format: EURO_FORMAAT },
    o.basisVersie,
    { value: wandklok(o.aangemaaktOp), type: Date, format: TIJDSTIP_FORMAAT },
    // For people: in groups of four, as on the screens (the CSV keeps the electronic format).
    o.iban ? ibanWeergave(o.iban) : null,
    o.tenaamstelling ?? null,
  ]);
  const n = r.waarde.length;
  // A total of 0 is a plain 0: for an empty export SUM(H2:H1) would be read by Excel as H1:H2 (the
  // header), and a reader may drop a cached formula result of exactly 0, leaving no value.
  const formule = `SUM(${BEDRAGKOLOM}2:${BEDRAGKOLOM}${n + 1})`;
  const totaalCel: Cell =
    totaal.waarde === 0
      ? { value: 0, type: Number, format: EURO_FORMAAT, fontWeight: "bold" }
      : { value: formule, type: "Formula", format: EURO_FORMAAT, fontWeight: "bold" };
  const totaalRij: Row = [kop("Totaal"), null, null, null, null, null, null, totaalCel];
  const kenmerken = [
    autoFilter(BLADNAAM, `A1:${KOLOMLETTERS.at(-1)}${n + 1}`),
    eigenschappen({
      maker: MAKER,
      titel: opties.titel ?? "Betaalopdrachten voorschot",
      onderwerp: "Voorschot kwaliteitsbudget: betaalopdrachten",
      trefwoorden: "kwaliteitsbudget voorschot betaalopdrachten",
      nu: opties.nu,
    }),
    ...(totaal.waarde === 0 ? [] : [formuleUitkomst(formule, totaal.waarde)]),
  ];
  const writeXlsxFile = await xlsxSchrijver();
  const bestand = writeXlsxFile(
    [KOLOMMEN.map((k) => kop(k.kop)), ...rijen, totaalRij],
    {
      sheet: BLADNAAM,
      columns: KOLOMMEN.map((k) => ({ width: k.breedte })),
      stickyRowsCount: 1,
    },
    { features: kenmerken },
  );
  return ok(await bestand.toBuffer());
}

/** "betaalopdrachten-2020-03.csv": a download name made from the month only, never user text. */
export const exportBestandsnaam = (maand: string, soort: "csv" | "xlsx"): string =>
  `betaalopdrachten-${maand.replace(/[^0-9-]/g, "")}.${soort}`;
