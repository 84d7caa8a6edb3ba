// docs/regels.md §15.5: a RELEASED payment batch as a SEPA credit transfer file (pain.001) for the
// zorgkantoor's bank — beside the XLSX/CSV export for finance. Debtor: the zorgkantoor's own
// account (its reference data); creditors: the IBAN and holder written onto each order when the
// batch was released. A batch still waiting for its second signature, a zorgkantoor without an
// account, or an order released before accounts existed gives 409, never a file.
import { dagTekst, dagVan } from "#shared/kalender/tijd.js";
import { maandTekst } from "#shared/voorschot/maand.js";
import { leesAanbieder } from "../data/aanbieders.js";
import { leesZorgkantoor } from "../data/zorgkantoren.js";
import { betaalbatchSepa, SEPA_CONTENT_TYPE, SEPA_FORMAAT } from "../lib/export/sepa.js";
import { HttpProbleem, uitFout } from "../lib/probleem.js";
import type { Operatie } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";
import { vrijgegevenBatch } from "./vrijgegevenBatch.js";

export const betaalbatchSepaBestand: Operatie<RouteVan<"betaalbatchSepa">> = async (v) => {
  const { zorgkantoorId } = v.params;
  // The zorgkantoor beside the batch: one DynamoDB round less (vrijgegevenBatch checks the scope first).
  const [b, zorgkantoor] = await Promise.all([
    vrijgegevenBatch(v.gebruiker, v.params),
    leesZorgkantoor(zorgkantoorId),
  ]);
  if (!zorgkantoor?.betaalrekening)
    throw new HttpProbleem(
      409,
      "BETAALREKENING_ONTBREEKT",
      `van ${zorgkantoor?.naam ?? "dit zorgkantoor"} is geen eigen bankrekening (IBAN, BIC) vastgelegd; zonder die rekening kan geen SEPA-bestand worden gemaakt`,
    );
  const zonder = b.opdrachten.filter((o) => !o.iban || !o.tenaamstelling);
  if (zonder.length > 0) {
    const namen = await Promise.all(
      [...new Set(zonder.map((o) => o.aanbiederId))].map(
        async (id) => (await leesAanbieder(id))?.naam ?? id,
      ),
    );
    throw new HttpProbleem(
      409,
      "OPDRACHT_ZONDER_IBAN",
      `batch ${b.nummer} werd vrijgegeven zonder IBAN voor ${namen.join(", ")}; betaal deze opdrachten via de XLSX- of CSV-export`,
    );
  }
  const m = maandTekst(b.jaar, b.maand);
  const vandaag = dagTekst(dagVan(v.nu));
  const r = betaalbatchSepa(
    {
      batchSleutel: `${zorgkantoorId}#${m}#${b.nummer}`,
      batchLabel: `${m.replace("-", "")}B${b.nummer}`,
      debiteur: zorgkantoor.betaalrekening,
      opdrachten: b.opdrachten.map((o) => ({
        sleutel: o.sleutel,
        iban: o.iban!,
        tenaamstelling: o.tenaamstelling!,
        bedrag: o.bedrag,
        omschrijving: `Voorschot kwaliteitsbudget ${maandTekst(o.jaar, o.maand)} basisversie ${o.basisVersie}`,
      })),
    },
    // Noon of the Amsterdam day: the library writes the execution date in the process's zone.
    { nu: v.nu, uitvoerdatum: new Date(`${vandaag}T12:00:00`) },
  );
  // The stored orders were valid when released: a refusal here is a 409 on the data, never a 500.
  if (!r.ok) throw uitFout(r.fout, 409);
  return {
    body: r.waarde,
    headers: {
      "content-type": SEPA_CONTENT_TYPE,
      "content-disposition": `attachment; filename="betaalopdrachten-${m}-batch-${b.nummer}-${SEPA_FORMAAT}.xml"`,
    },
  };
};
