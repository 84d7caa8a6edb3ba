// docs/regels.md §1: the authorisation matrix over HTTP — every route of the table × every
// role (and no token) × own and other tenant, against the running gateway and real tokens.
import { beforeAll, describe, expect, it } from "vitest";
import type { Rol } from "#shared/rollen.js";
import type { Zaakscope } from "#shared/toegang/lidmaatschap.js";
import { metApi, uniek } from "../fixture/index.js";
import { gebruiker, lidmaatschapIn, vraag } from "./api.js";
import { contractbreuk } from "./contract.js";
import { autorisatieMatrix, type Beller, gevalNaam } from "./matrix.js";
import { VOORBEELDEN } from "./voorbeelden.js";

const gw = metApi();
// Every caller belongs to tenant "eigen"; "ander" is an organisation none of them belongs to.
const eigen: Zaakscope = { aanbiederId: uniek("aanbieder"), zorgkantoorId: uniek("zk") };
const ander: Zaakscope = { aanbiederId: uniek("aanbieder"), zorgkantoorId: uniek("zk") };
const tokens = new Map<Beller, string | undefined>();

beforeAll(async () => {
  tokens.set("anoniem", undefined);
  const rollen: Rol[] = ["aanbieder", "beoordelaar", "zorgkantoor-beheer", "landelijk-beheer"];
  const gebruikers = await Promise.all(rollen.map((r) => gebruiker([lidmaatschapIn(r, eigen)])));
  for (const [i, r] of rollen.entries()) tokens.set(r, gebruikers[i]!.idToken);
});

describe("autorisatiematrix (§1): elke route × elke rol × eigen en andere organisatie, en elk 2xx-antwoord volgt het schema van zijn route", () => {
  for (const g of autorisatieMatrix(VOORBEELDEN)) {
    it(gevalNaam(g), async () => {
      const v = VOORBEELDEN[g.route.operatie];
      const req = await v.verzoek({ beller: g.beller, zaak: g.tenant === "eigen" ? eigen : ander });
      const r = await vraag(gw, req.pad, {
        methode: g.route.methode,
        token: tokens.get(g.beller),
        query: req.query,
        body: req.body,
        headers: req.headers,
      });
      if (g.verwacht === "succes") {
        expect(r.status, JSON.stringify(r.body)).toBeGreaterThanOrEqual(200);
        expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
        // The answer schema is the contract the OpenAPI document and the site's types rely on.
        expect(contractbreuk(g.route, r.status, r.body)).toBeUndefined();
      } else {
        expect(r.status, JSON.stringify(r.body)).toBe(g.verwacht);
      }
    });
  }
});
