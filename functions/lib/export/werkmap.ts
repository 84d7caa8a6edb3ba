// What the payment-order XLSX needs beyond write-excel-file's own options, as its
// "features" (hooks that edit the XML parts of the file): the cached value of a total formula, an
// auto-filter, and the workbook properties. write-excel-file replaced exceljs for WRITING because
// exceljs alone was 860 KB of the voorschot Lambda's bundle (target < 1 MB); exceljs still reads
// the files back in the tests.
import type { Blob } from "node:buffer";
import type { Stream } from "node:stream";
import type { Feature } from "write-excel-file/node";

/**
 * write-excel-file itself, loaded with the first workbook: its module code and fflate's (which
 * builds its compression tables on load, ~7 ms) stay out of the cold start of the voorschot and
 * rapportage Lambdas, where most requests write no XLSX. Only this library is loaded lazily, not
 * an operation module: esbuild wraps every dependency of a lazily loaded module, see
 * functions/lib/lui.ts.
 */
export const xlsxSchrijver = async () => (await import("write-excel-file/node")).default;

/** write-excel-file/node's file content type (node/FileContent.d.ts, not exported by name). */
type Kenmerk = Feature<Stream | Buffer | Blob>;

const xmlTekst = (tekst: string): string =>
  tekst.replace(/[&<>"']/g, (t) => `&#${t.charCodeAt(0)};`).replace(/[^\t\n\r\P{Cc}]/gu, "");

/** Fails loudly when write-excel-file's markup is not what the hook expects (tests catch it). */
function vervang(xml: string, anker: string, door: string, deel: string): string {
  if (!xml.includes(anker)) throw new Error(`XLSX ${deel}: ${anker} niet gevonden`);
  return xml.replace(anker, door);
}

/**
 * A formula cell with its cached result, so a reader that does not recalculate (a finance
 * import, a preview) sees the total; Excel recalculates on opening anyway. `waarde` is the exact
 * Decimal total as a number (spreadsheetgetal.ts): String() gives its shortest exact form.
 */
export const formuleUitkomst = (formule: string, waarde: number): Kenmerk => ({
  files: {
    transform: {
      "xl/worksheets/sheet{id}.xml": {
        transform: (xml) =>
          vervang(
            xml,
            `<f>${xmlTekst(formule)}</f>`,
            `<f>${xmlTekst(formule)}</f><v>${String(waarde)}</v>`,
            "formule",
          ),
      },
    },
  },
});

/**
 * An auto-filter over `bereik` ("A1:J3") of the first sheet, with the hidden defined name Excel
 * itself writes for it. In a worksheet <autoFilter> follows <sheetData> (ECMA-376 part 1, §18.3.1.99).
 */
export const autoFilter = (blad: string, bereik: string): Kenmerk => {
  const absoluut = bereik.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  const naam = `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'${xmlTekst(blad.replace(/'/g, "''"))}'!${absoluut}</definedName>`;
  return {
    files: {
      transform: {
        "xl/worksheets/sheet{id}.xml": {
          transform: (xml) =>
            vervang(xml, "</sheetData>", `</sheetData><autoFilter ref="${bereik}"/>`, "autofilter"),
        },
        "xl/workbook.xml": {
          transform: (xml) =>
            vervang(xml, "<definedNames/>", `<definedNames>${naam}</definedNames>`, "autofilter"),
        },
      },
    },
  };
};

export interface Eigenschappen {
  maker: string;
  titel: string;
  onderwerp: string;
  trefwoorden: string;
  /** Created and modified: "now" is an input, as everywhere. */
  nu: Date;
}

const CORE_TYPE =
  "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";

function coreXml(e: Eigenschappen): string {
  const tijd = `${e.nu.toISOString().slice(0, 19)}Z`;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${xmlTekst(e.titel)}</dc:title>`,
    `<dc:subject>${xmlTekst(e.onderwerp)}</dc:subject>`,
    `<dc:creator>${xmlTekst(e.maker)}</dc:creator>`,
    `<cp:keywords>${xmlTekst(e.trefwoorden)}</cp:keywords>`,
    `<cp:lastModifiedBy>${xmlTekst(e.maker)}</cp:lastModifiedBy>`,
    `<dcterms:created xsi:type="dcterms:W3CDTF">${tijd}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${tijd}</dcterms:modified>`,
    "</cp:coreProperties>",
  ].join("");
}

/** The workbook properties (docProps/core.xml), as Excel shows them under File › Info. */
export const eigenschappen = (e: Eigenschappen): Kenmerk => ({
  files: {
    write: { files: () => ({ "docProps/core.xml": coreXml(e) }) },
    transform: {
      "_rels/.rels": {
        transform: (xml) =>
          vervang(
            xml,
            "</Relationships>",
            `<Relationship Id="rId-kb-core" Type="${CORE_TYPE}" Target="docProps/core.xml"/></Relationships>`,
            "eigenschappen",
          ),
      },
      "[Content_Types].xml": {
        transform: (xml) =>
          vervang(
            xml,
            "</Types>",
            '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>',
            "eigenschappen",
          ),
      },
    },
  },
});
