// §15.5: the pain.001 file of a batch — amounts exact to the cent, control sums from Decimal,
// deterministic ids within SEPA's 35 characters; parsed back with fast-xml-parser.
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import {
  betaalbatchSepa,
  eindTotEindId,
  type SepaOpdrachtInvoer,
} from "#functions/lib/export/sepa.js";

const debiteur = { iban: "NL02ABNA0123456789", bic: "ABNANL2A", naam: "Zorgkantoor Noord" };
const opdracht = (i: number, bedrag: string): SepaOpdrachtInvoer => ({
  sleutel: `voorschot#aanbieder-${i}#zk#2020-03#v1`,
  iban: "NL91ABNA0417164300",
  tenaamstelling: `Zorggroep ${i}`,
  bedrag,
  omschrijving: "Voorschot kwaliteitsbudget 2020-03",
});
const opties = {
  nu: new Date("2020-04-06T08:00:00Z"),
  uitvoerdatum: new Date("2020-04-06T12:00:00Z"),
};
const lees = (b: Buffer) =>
  new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    isArray: (n) => n === "CdtTrfTxInf",
  }).parse(b.toString("utf8")).Document.CstmrCdtTrfInitn;

describe("SEPA-overboekingsbestand pain.001.001.09 (§15.5)", () => {
  it("telt 1000 × 0,10 + 999.999.999,99 exact op in beide controletotalen", () => {
    const opdrachten = [
      ...Array.from({ length: 1000 }, (_, i) => opdracht(i, "0.10")),
      opdracht(1000, "999999999.99"),
    ];
    const r = betaalbatchSepa(
      { batchSleutel: "zk#2020-03#1", batchLabel: "202003B1", debiteur, opdrachten },
      opties,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const d = lees(r.waarde);
    expect(d.GrpHdr.NbOfTxs).toBe("1001");
    expect(d.GrpHdr.CtrlSum).toBe("1000000099.99");
    expect(d.PmtInf.CtrlSum).toBe("1000000099.99");
    expect(d.PmtInf.CdtTrfTxInf).toHaveLength(1001);
    for (const tx of d.PmtInf.CdtTrfTxInf) {
      expect(tx.PmtId.EndToEndId.length).toBeLessThanOrEqual(35);
      expect(tx.PmtId.InstrId.length).toBeLessThanOrEqual(35);
    }
    expect(d.PmtInf.CdtTrfTxInf[1000].Amt.InstdAmt["#text"]).toBe("999999999.99");
  });

  it("geeft dezelfde batch en opdracht steeds dezelfde ids", () => {
    expect(eindTotEindId("voorschot#a#zk#2020-03#v1")).toBe(
      eindTotEindId("voorschot#a#zk#2020-03#v1"),
    );
    expect(eindTotEindId("voorschot#a#zk#2020-03#v1")).not.toBe(
      eindTotEindId("voorschot#a#zk#2020-03#v2"),
    );
    expect(eindTotEindId("x")).toMatch(/^KB[0-9a-f]{33}$/);
  });

  it("weigert een opdracht van 0,00 en een lege batch, met het veld", () => {
    const nul = betaalbatchSepa(
      { batchSleutel: "b", batchLabel: "L", debiteur, opdrachten: [opdracht(1, "0.00")] },
      opties,
    );
    expect(!nul.ok && nul.fout.veld).toBe("opdrachten[0].bedrag");
    const leeg = betaalbatchSepa(
      { batchSleutel: "b", batchLabel: "L", debiteur, opdrachten: [] },
      opties,
    );
    expect(!leeg.ok && leeg.fout.veld).toBe("opdrachten");
  });
});
