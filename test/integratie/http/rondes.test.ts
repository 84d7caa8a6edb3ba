// National scale: every read route answers in at most two sequential DynamoDB round trips
// (memberships and the object in the first, what depends on them in the second), measured on the
// Lambdas' own clients while the example request of the authorisation matrix runs through the
// local gateway. Generated from the route table, so a new read route is measured from day one.
import { beforeAll, describe, expect, it } from "vitest";
import { dynamo, dynamoExact } from "#functions/data/clients.js";
import { ROUTES } from "#functions/routes.js";
import type { Rol } from "#shared/rollen.js";
import type { Zaakscope } from "#shared/toegang/lidmaatschap.js";
import { metApi, uniek } from "../fixture/index.js";
import { gebruiker, lidmaatschapIn, vraag } from "./api.js";
import { meetAanroepen, rondesVan } from "./rondes.js";
import { VOORBEELDEN } from "./voorbeelden.js";

const MAX_RONDES = 2;

/**
 * Not there yet (docs/open-punten.md): the most rounds each still takes, and why. Held
 * there, so they do not get worse; lower or remove an entry when a route gets faster.
 */
const NOG_NIET: Readonly<Record<string, { rondes: number; waarom: string }>> = {
  // The stukken Lambda asks /api/mij and the letter at once; the letter's route takes two rounds,
  // but when /api/mij's lookup ends before that route's first read starts, they count after it.
  "/api/aanvragen/{aanvraagId}/pdf/{stuk}": {
    rondes: 3,
    waarom: "vraagt de eigen API: de brief kan na /api/mij beginnen",
  },
  // Two here (no case of the year has a vaststelling); three once one has.
  "/api/landelijk/{jaar}/restant": {
    rondes: 3,
    waarom: "de werklijst per zorgkantoor na de lijst, per vastgestelde zaak daarna",
  },
};

const gw = metApi();
let meter: ReturnType<typeof meetAanroepen>;
const eigen: Zaakscope = { aanbiederId: uniek("aanbieder"), zorgkantoorId: uniek("zk") };
const tokens = new Map<Rol, string>();

beforeAll(async () => {
  meter = meetAanroepen([dynamo(), dynamoExact()]);
  const rollen: Rol[] = ["aanbieder", "beoordelaar", "zorgkantoor-beheer", "landelijk-beheer"];
  const gebruikers = await Promise.all(rollen.map((r) => gebruiker([lidmaatschapIn(r, eigen)])));
  for (const [i, r] of rollen.entries()) tokens.set(r, gebruikers[i]!.idToken);
});

const leesroutes = ROUTES.filter((r) => r.methode === "GET" && r.rollen !== "publiek");

describe(`elke leesroute doet ten hoogste ${MAX_RONDES} DynamoDB-rondes na elkaar`, () => {
  for (const route of leesroutes) {
    // The roles in the order a tenant-bound object is most work for: the zorgkantoor's first.
    const rol = (
      ["zorgkantoor-beheer", "beoordelaar", "aanbieder", "landelijk-beheer"] as const
    ).find((r) => (route.rollen as readonly Rol[]).includes(r))!;
    it(`${route.methode} ${route.pad} als ${rol}`, async () => {
      const req = await VOORBEELDEN[route.operatie].verzoek({ beller: rol, zaak: eigen });
      meter.start();
      const r = await vraag(gw, req.pad, {
        token: tokens.get(rol),
        query: req.query,
        headers: req.headers,
      });
      const aanroepen = meter.stop();
      expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
      const rondes = rondesVan(aanroepen);
      const volgorde = [...aanroepen].sort((a, b) => a.begin - b.begin).map((a) => a.commando);
      const max = NOG_NIET[route.pad]?.rondes ?? MAX_RONDES;
      expect(rondes, volgorde.join(", ")).toBeLessThanOrEqual(max);
    });
  }
});
