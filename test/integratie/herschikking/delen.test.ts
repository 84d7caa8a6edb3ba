// DOMAIN.md §8 with a region of 20 aanbieders: the decision does not fit one DynamoDB transaction
// (at most 100 operations), so it is written in chunks — decreases first — and the kader's agreed
// total stays within the kader after every chunk and equal to it at the end.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AanvraagRecord } from "../../../functions/data/aanvragen.js";
import { leesAfspraken } from "../../../functions/data/afspraken.js";
import { sluitClients } from "../../../functions/data/clients.js";
import { leesKader } from "../../../functions/data/kaders.js";
import { dienRealisatieIn } from "../../../functions/data/realisaties.js";
import type { Gateway } from "../../../lokaal/gateway.js";
import { gebruiker, startApi, type TestGebruiker, uniek, vraag } from "../http/api.js";
import { type Aanbieder, afgesproken, zorgkantoorMetKader } from "./opzet.js";

let gw: Gateway;
let zk: string;
let zaken: AanvraagRecord[];
let beheer: TestGebruiker;

/** A = 100.000 (85.000 personeel + 15.000 overige), Q = 150.000 (1 fte + 65.000 overige). */
const ELK: Aanbieder = {
  naam: "x",
  fte: 1,
  overigeQ: "65000.00",
  personeel: "85000.00",
  overige: "15000.00",
};

beforeAll(async () => {
  gw = await startApi();
  zk = await zorgkantoorMetKader("2000000.00");
  zaken = await Promise.all(Array.from({ length: 20 }, () => afgesproken(zk, ELK)));
  beheer = await gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: zk }]);
  // October projections (data layer): the even ones spend 80.000, the odd ones 150.000.
  await Promise.all(
    zaken.map(async (z, i) => {
      const r = await dienRealisatieIn(
        z,
        {
          jaar: 2020,
          soort: "oktober",
          nummer: 1,
          inhoud: {},
          berekening: { projectiePersoneel: i % 2 === 0 ? "80000.00" : "150000.00", overige: [] },
        },
        {
          wie: { sub: "test-aanbieder", rol: "aanbieder" },
          nu: new Date(),
          correlatieId: uniek("t"),
        },
      );
      if (!r.ok) throw new Error(r.weigering.melding);
    }),
  );
}, 60_000);
afterAll(async () => {
  await gw?.stop();
  sluitClients();
});

describe("herschikking van een hele regio (§8)", () => {
  it("legt 20 wijzigingen vast in delen van hoogstens 100 bewerkingen; het kader klopt", async () => {
    const pad = `/api/zorgkantoren/${zk}/herschikking/2020`;
    const klok = { "x-kb-klok": "2020-11-10T10:00:00+01:00" };
    const v = await vraag(gw, pad, { token: beheer.idToken, headers: klok });
    expect(v.status, JSON.stringify(v.body)).toBe(200);
    // Room 10 × 20.000 = 200.000 for a demand of 10 × 50.000: 20.000 each.
    const regels = v.body!.regels as {
      aanvraagId: string;
      versie: number;
      nieuweAfspraak: string;
    }[];
    expect(new Set(regels.map((r) => r.nieuweAfspraak))).toEqual(
      new Set(["80000.00", "120000.00"]),
    );
    const r = await vraag(gw, `${pad}/besluit`, {
      methode: "POST",
      token: beheer.idToken,
      headers: klok,
      body: {
        voorstel: regels.map(({ aanvraagId, versie, nieuweAfspraak }) => ({
          aanvraagId,
          versie,
          nieuweAfspraak,
        })),
        reden: "herschikking november 2020",
      },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body!.transacties).toBe(2);
    expect(r.body!.gewijzigd).toHaveLength(20);
    expect((await leesKader(zk, 2020))!.afgesproken.toFixed(2)).toBe("2000000.00");
    const laatste = await Promise.all(zaken.map(async (z) => (await leesAfspraken(z.id)).at(-1)!));
    expect(laatste.every((a) => a.soort === "herschikking")).toBe(true);
  });
});
