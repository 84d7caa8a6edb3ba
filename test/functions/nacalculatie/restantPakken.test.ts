// §15.7 with §15.4: the remainder's allotments are booked in transactions DynamoDB accepts (≤ 100
// operations), cut only between cases — also when some allotments carry the extra writes of an
// offset against a vordering of another year.
import { describe, expect, it } from "vitest";
import { nabetalingOpdrachtActie } from "#functions/data/betaalopdrachten.js";
import { boekingActies, type ZaakBoeking } from "#functions/data/grootboek.js";
import { pakIn, type ZaakActies } from "#functions/nacalculatie/restantToepassen.js";
import { Decimal } from "#shared/geld/decimal.js";
import { restantBoeking } from "#shared/nacalculatie/restantverdeling.js";

const op = new Date("2084-09-10T08:00:00Z");

function zaak(n: number, zorgkantoorId: string, verrekening: boolean): ZaakActies {
  const id = `zaak-${n}`;
  const b = restantBoeking(
    {
      aanvraagId: id,
      aanbiederId: `aanb-${n}`,
      zorgkantoorId,
      jaar: 2083,
      toegekend: new Decimal("1000.00"),
    },
    op,
  );
  const boekingen: ZaakBoeking[] = [{ aanvraagId: id, boeking: b }];
  if (verrekening)
    boekingen.push({
      aanvraagId: `${id}-2080`,
      boeking: { ...b, jaar: 2080, soort: "verrekening", bedrag: new Decimal("-10.00") },
    });
  const opdracht = nabetalingOpdrachtActie(id, b, { jaar: 2084, maand: 9 });
  // order, case item, audit record (+ one more for the vordering's audit when offset)
  return { boekingen, gelezen: [], acties: Array(verrekening ? 4 : 3).fill(opdracht) };
}

const aantal = (p: ZaakActies[][]) => p.reduce((n, x) => n + x.length, 0);
const bewerkingen = (p: ZaakActies[]) =>
  boekingActies(p.flatMap((z) => z.boekingen)).length + p.reduce((n, z) => n + z.acties.length, 0);

describe("de restantverdeling in transacties van hoogstens 100 bewerkingen (§15.7)", () => {
  it("zonder verrekening passen veel zaken in één transactie", () => {
    const zaken = Array.from({ length: 12 }, (_, i) => zaak(i, `zk-${i % 3}`, false));
    const pakken = pakIn(zaken);
    expect(pakken).toHaveLength(1);
    expect(aantal(pakken)).toBe(12);
  });

  it("met verrekeningen wordt tussen zaken geknipt, in volgorde, elke transactie binnen de grens", () => {
    const zaken = Array.from({ length: 12 }, (_, i) => zaak(i, `zk-${i}`, true));
    const pakken = pakIn(zaken, 40);
    expect(pakken.length).toBeGreaterThan(1);
    expect(pakken.flat().map((z) => z.boekingen[0]!.aanvraagId)).toEqual(
      zaken.map((z) => z.boekingen[0]!.aanvraagId),
    );
    for (const p of pakken) {
      expect(p.length).toBeGreaterThan(0);
      expect(bewerkingen(p)).toBeLessThanOrEqual(40);
    }
    expect(pakken.flat()).toHaveLength(12);
  });

  it("één zaak die alleen al meer acties vraagt, krijgt een eigen transactie (de schrijver weigert)", () => {
    const pakken = pakIn([zaak(1, "zk-1", true), zaak(2, "zk-2", true)], 5);
    expect(pakken.map((p) => p.length)).toEqual([1, 1]);
  });

  it("leeg blijft leeg", () => {
    expect(pakIn([])).toEqual([]);
  });
});
