// docs/regels.md §3.1 and §9.1 over HTTP: the nacalculatie computes with the year parameters in use.
// landelijk-beheer enters a version with other weights (all 1) and a lower production-warning
// threshold (1 procentpunt); the same stored §13 E year report then gives I = 37.230 / 36.500 =
// 1,02 exactly instead of 1,0380…, and production (9,3 / 9,0 mln = 1,0333…) now differs from I
// by more than the threshold: PRODUCTIE_AFWIJKEND (and Pᵣ 875.000 now exceeds the agreement).
import { beforeAll, describe, expect, it } from "vitest";
import type { AanvraagRecord } from "#functions/data/aanvragen.js";
import { metApi } from "../fixture/index.js";
import { gebruiker, type TestGebruiker, vraag } from "../http/api.js";
import { zelfdeParameters } from "../http/voorbeelden/parameters.js";
import { nacalculatieZaak } from "./opzet.js";

// A year no other test file writes parameters or cases for.
const JAAR = 2081;
const gw = metApi();
let zaak: AanvraagRecord;
let landelijk: TestGebruiker;
let beoordelaar: TestGebruiker;

beforeAll(async () => {
  zaak = await nacalculatieZaak(JAAR);
  [landelijk, beoordelaar] = await Promise.all([
    gebruiker([{ rol: "landelijk-beheer" }]),
    gebruiker([{ rol: "beoordelaar", zorgkantoorId: zaak.zorgkantoorId }]),
  ]);
}, 60_000);

interface Berekening {
  index: string;
  personeelGerealiseerd: string;
  signalen: { code: string }[];
}
const berekening = async (): Promise<Berekening> => {
  const r = await vraag(gw, `/api/aanvragen/${zaak.id}/nacalculatie`, {
    token: beoordelaar.idToken,
  });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body!.berekening as Berekening;
};

describe("de nacalculatie rekent met de jaarparameters in gebruik (§3.1, §9.1)", () => {
  it("een ingevoerde versie met andere gewichten en drempel verandert index en signalen", async () => {
    const voor = await berekening();
    expect(voor.index).toMatch(/^1\.0380073800/);
    expect(voor.signalen).toEqual([]);

    const gewichten = Object.fromEntries(
      Object.keys(zelfdeParameters(JAAR).gewichten).map((k) => [k, "1"]),
    );
    const put = await vraag(gw, `/api/parameters/${JAAR}`, {
      methode: "PUT",
      token: landelijk.idToken,
      body: { ...zelfdeParameters(JAAR), gewichten, productieAfwijkingSignaal: "0.01" },
    });
    expect(put.status, JSON.stringify(put.body)).toBe(201);

    const na = await berekening();
    expect(na.index).toBe("1.02");
    // Extra eigen (56.000 − 50.000 × 1,02) × 163,80 = 819.000 plus inhuur 260.000 − 204.000.
    expect(na.personeelGerealiseerd).toBe("875000.00");
    expect(na.signalen.map((s) => s.code)).toEqual([
      "PRODUCTIE_AFWIJKEND",
      "PERSONEEL_BOVEN_AFSPRAAK",
    ]);
  });
});
