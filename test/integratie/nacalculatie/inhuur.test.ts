// docs/regels.md §15.6 over HTTP: an aanbieder that only hires staff files a year report with
// SV-dagen_t = 0. That is allowed: the nacalculatie has no cost per SV-dag (null) and 0 extra
// eigen personeel, and the extra inhuur of §13 E (52.398,52) is all of Pᵣ — no 422.
import { beforeAll, describe, expect, it } from "vitest";
import type { AanvraagRecord } from "#functions/data/aanvragen.js";
import { metApi } from "../fixture/index.js";
import { gebruiker, type TestGebruiker, vraag } from "../http/api.js";
import { JAARVERSLAG_E, nacalculatieZaak } from "./opzet.js";

const gw = metApi();
let zaak: AanvraagRecord;
let aanbieder: TestGebruiker;
const klok = { "x-kb-klok": "2021-02-15T10:00:00+01:00" };

beforeAll(async () => {
  zaak = await nacalculatieZaak(2020, {}, { voorschotten: true, rapport: true, overige: true });
  aanbieder = await gebruiker([{ rol: "aanbieder", aanbiederId: zaak.aanbiederId }]);
}, 60_000);

describe("nacalculatie van een aanbieder met alleen inhuur (§15.6)", () => {
  it("neemt een jaarverslag met 0 SV-dagen in het jaar aan; extra eigen personeel is 0", async () => {
    const verslag = {
      ...JAARVERSLAG_E,
      svLoon: { basis: "0.00", jaar: "0.00" },
      svDagen: { basis: 0, jaar: 0 },
      werkgeverslasten: "0.00",
    };
    const jv = await vraag(gw, `/api/aanvragen/${zaak.id}/jaarverslag`, {
      methode: "PUT",
      token: aanbieder.idToken,
      headers: klok,
      body: { verslag, vorigeVersie: 0 },
    });
    expect(jv.status, JSON.stringify(jv.body)).toBe(201);
    const n = await vraag(gw, `/api/aanvragen/${zaak.id}/nacalculatie`, {
      token: aanbieder.idToken,
      headers: klok,
    });
    expect(n.status, JSON.stringify(n.body)).toBe(200);
    expect(n.body!.berekening).toMatchObject({
      kostenPerSvDag: null,
      extraSvDagen: "0",
      extraEigen: "0.00",
      extraInhuur: "52398.52",
      personeelGerealiseerd: "52398.52",
      personeelVergoedbaar: "52398.52",
      vastgesteld: "221398.52",
    });
  });
});
