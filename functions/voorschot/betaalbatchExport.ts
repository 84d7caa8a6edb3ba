// docs/regels.md §6, §1: a RELEASED payment batch for the finance department — XLSX for people, CSV
// for the finance package (functions/lib/export/betaalopdrachten.ts), or its lines as JSON for the
// screen. A batch that still waits for its second signature is not exported.
import { bedragTekst, som } from "#shared/geld/bedrag.js";
import { Decimal } from "#shared/geld/decimal.js";
import { maandTekst } from "#shared/voorschot/maand.js";
import { leesAanbiederslijst, leesOntbrekende } from "../data/aanbiederslijst.js";
import { leesZorgkantoor } from "../data/zorgkantoren.js";
import {
  betaalopdrachtenCsv,
  betaalopdrachtenXlsx,
  type ExportOpdrachtInvoer,
  exportBestandsnaam,
  XLSX_CONTENT_TYPE,
} from "../lib/export/betaalopdrachten.js";
import { CSV_CONTENT_TYPE } from "../lib/export/csv.js";
import { uitFout } from "../lib/probleem.js";
import type { Operatie } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";
import { vrijgegevenBatch } from "./vrijgegevenBatch.js";

export const betaalbatchExport: Operatie<RouteVan<"betaalbatchExport">> = async (v) => {
  const { zorgkantoorId, maand } = v.params;
  // The zorgkantoor beside the batch: one DynamoDB round less (vrijgegevenBatch checks the scope first).
  const [b, zorgkantoor, lijst] = await Promise.all([
    vrijgegevenBatch(v.gebruiker, v.params),
    leesZorgkantoor(zorgkantoorId),
    leesAanbiederslijst(zorgkantoorId),
  ]);
  const aanbieders = await leesOntbrekende(
    lijst,
    b.opdrachten.map((o) => o.aanbiederId),
  );
  const regels: ExportOpdrachtInvoer[] = b.opdrachten.map((o) => {
    const a = aanbieders.get(o.aanbiederId);
    // An order exists only for a case of an existing aanbieder (maakConcept checks it).
    if (!a) throw new Error(`betaalbatch ${b.nummer}: aanbieder ${o.aanbiederId} bestaat niet`);
    return {
      sleutel: o.sleutel,
      aanbiederNaam: a.naam,
      nzaNummer: a.nzaNummer,
      agbCode: a.agbCode,
      zorgkantoor: zorgkantoor?.naam ?? zorgkantoorId,
      jaar: o.jaar,
      maand: maandTekst(o.jaar, o.maand),
      bedrag: o.bedrag,
      basisVersie: o.basisVersie,
      aangemaaktOp: o.aangemaaktOp,
      // §15.5: written onto the batch at its release.
      ...(o.iban ? { iban: o.iban } : {}),
      ...(o.tenaamstelling ? { tenaamstelling: o.tenaamstelling } : {}),
    };
  });
  const m = maandTekst(maand.jaar, maand.maand);
  const formaat = v.query.formaat;
  if (formaat === "json") {
    return {
      body: {
        bestandsnaam: exportBestandsnaam(m, "xlsx"),
        regels: regels.map((r) => ({
          ...r,
          bedrag: String(r.bedrag),
          aangemaaktOp: String(r.aangemaaktOp),
          iban: r.iban ?? null,
          tenaamstelling: r.tenaamstelling ?? null,
        })),
        totaal: bedragTekst(som(b.opdrachten.map((o) => new Decimal(o.bedrag)))),
      },
    };
  }
  const titel = `Betaalopdrachten voorschot ${m} ${zorgkantoor?.naam ?? zorgkantoorId} batch ${b.nummer}`;
  const r =
    formaat === "xlsx"
      ? await betaalopdrachtenXlsx(regels, { nu: v.nu, titel })
      : betaalopdrachtenCsv(regels);
  // The stored orders were valid when written: a refusal here is a 409 on the data, never a 500.
  if (!r.ok) throw uitFout(r.fout, 409);
  const naam = exportBestandsnaam(m, formaat).replace(
    `.${formaat}`,
    `-batch-${b.nummer}.${formaat}`,
  );
  return {
    body: r.waarde,
    headers: {
      "content-type": formaat === "xlsx" ? XLSX_CONTENT_TYPE : CSV_CONTENT_TYPE,
      "content-disposition": `attachment; filename="${naam}"`,
    },
  };
};
