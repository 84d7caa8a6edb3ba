// docs/regels.md §5 as the werkvoorraad and the export of all aanvragen show it (functions/beoordeling/
// termijn.ts): the beoordelingstermijn counts from the first receipt and runs while the
// zorgkantoor has the case — also while an aanvulling is asked [portal rule] — and is
// "afgerond" once decided. A concept has none.
import { describe, expect, it } from "vitest";
import type { AanvraagRecord } from "#functions/data/aanvragen.js";
import { termijnVan } from "#functions/lib/termijn.js";
import { TOESTANDEN, type Toestand } from "#shared/indiening/toestanden.js";

const zaak = (toestand: Toestand, ontvangenOp?: string) =>
  ({ toestand, ontvangenOp }) as AanvraagRecord;
// Received 01-11-2019: streefdatum 13-12-2019 (+6 weeks), uiterste datum 01-02-2020 (+3 months).
const ONTVANGEN = "2019-11-01T09:30:00+01:00";
const OP_15_JANUARI = new Date("2020-01-15T12:00:00+01:00");
const LOPEND: Toestand[] = ["ingediend", "in_beoordeling", "aanvulling_gevraagd"];

describe("beoordelingstermijn van een aanvraag in de werkvoorraad (§5)", () => {
  it("geeft de data (JJJJ-MM-DD) en de stand op 'nu' zolang het zorgkantoor de zaak heeft", () => {
    for (const t of LOPEND)
      expect(termijnVan(zaak(t, ONTVANGEN), OP_15_JANUARI), t).toEqual({
        ontvangen: "2019-11-01",
        streefdatum: "2019-12-13",
        uitersteDatum: "2020-02-01",
        status: "streefdatum_verstreken",
      });
  });

  it("loopt door vanaf de eerste ontvangst terwijl om aanvulling is gevraagd", () => {
    const na = new Date("2020-02-02T08:00:00+01:00");
    expect(termijnVan(zaak("aanvulling_gevraagd", ONTVANGEN), na)?.status).toBe(
      "uiterste_datum_verstreken",
    );
  });

  it("is afgerond zodra er besloten is, welke datum het ook is", () => {
    const besloten = TOESTANDEN.filter((t) => t !== "concept" && !LOPEND.includes(t));
    expect(besloten.length).toBeGreaterThan(0);
    for (const t of besloten)
      expect(termijnVan(zaak(t, ONTVANGEN), OP_15_JANUARI)?.status, t).toBe("afgerond");
  });

  it("bestaat niet voor een concept dat nooit is ontvangen", () => {
    expect(termijnVan(zaak("concept"), OP_15_JANUARI)).toBeNull();
  });
});
