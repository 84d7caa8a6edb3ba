// docs/regels.md §3.1: a year's parameters entered by landelijk-beheer are what the use cases compute
// with from then on — here the reserveringspercentage of §5 in the beoordeling Lambda.
import { beforeAll, describe, expect, it } from "vitest";
import { metApi, uniek, zaakIn } from "../fixture/index.js";
import { gebruiker, type TestGebruiker, vraag } from "../http/api.js";
import { zelfdeParameters } from "../http/voorbeelden/parameters.js";

// A year no other test file writes parameters for (see parameters.test.ts and the matrix).
const JAAR = 2038;
const gw = metApi();
let landelijk: TestGebruiker;
let beoordelaar: TestGebruiker;
const scope = { aanbiederId: uniek("aanbieder"), zorgkantoorId: uniek("zk") };

beforeAll(async () => {
  [landelijk, beoordelaar] = await Promise.all([
    gebruiker([{ rol: "landelijk-beheer" }]),
    gebruiker([{ rol: "beoordelaar", zorgkantoorId: scope.zorgkantoorId }]),
  ]);
});

describe("ingevoerde jaarparameters (§3.1) in gebruik", () => {
  it("rekent de reservering (§5) met het reserveringspercentage van de nieuwste versie", async () => {
    const zaak = await zaakIn("ingediend", { ...scope, jaar: JAAR });
    const pad = `/api/aanvragen/${zaak.id}/reservering`;
    const voor = await vraag(gw, pad, { token: beoordelaar.idToken });
    expect(voor.status, JSON.stringify(voor.body)).toBe(200);
    expect(voor.body).toMatchObject({ bedrag: "110000.00" }); // 11% of € 1.000.000 production

    const nieuw = { ...zelfdeParameters(JAAR), reserveringspercentage: "0.12" };
    const put = await vraag(gw, `/api/parameters/${JAAR}`, {
      methode: "PUT",
      token: landelijk.idToken,
      body: nieuw,
    });
    expect(put.status, JSON.stringify(put.body)).toBe(201);

    const na = await vraag(gw, pad, { token: beoordelaar.idToken });
    expect(na.body).toMatchObject({ bedrag: "120000.00" });
  });
});
