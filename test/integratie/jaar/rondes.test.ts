// National scale on a real case: a zorgkantoor's lists answer in two sequential DynamoDB rounds
// also when they hold a case with realisaties, payments and a vaststelling — the aanbieder's name
// from the zorgkantoor's aanbiederslijst, the latest realisatie and the agreement before the
// vaststelling from the summaries kept on the case. Without those summaries (a case stored before
// them) the overview reads the history and shows the same figures.
import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dynamo, dynamoExact, sluitClients, tabel } from "#functions/data/clients.js";
import { aanvraagSleutel } from "#functions/data/sleutels.js";
import { meetAanroepen, rondesVan } from "../http/rondes.js";
import { MEI, OKTOBER, type Wandeling, wandeling, winter, zomer } from "./wandeling.js";

let w: Wandeling;
let meter: ReturnType<typeof meetAanroepen>;
let id = "";

beforeAll(async () => {
  w = await wandeling("rondes");
  meter = meetAanroepen([dynamo(), dynamoExact()]);
  id = await w.totAfspraak(2020);
  expect(await w.maandrun(2020, 3, winter("2020-03-25"))).toBe("192000.00");
  for (const [venster, body, op] of [
    ["mei", MEI, zomer("2020-05-12")],
    ["oktober", OKTOBER, zomer("2020-10-15")],
  ] as const) {
    const r = await w.put(w.aanbieder, `/api/aanvragen/${id}/realisaties/${venster}`, op, {
      ...body,
      vorigeVersie: 0,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
  }
  expect(await w.maandrun(2020, 12, winter("2020-12-02"))).toBe("576000.00");
  await w.stelVastMetTeVeelBetaald(id, 2020);
}, 120_000);
afterAll(async () => {
  await w?.gw.stop();
  sluitClients();
});

const op = zomer("2021-05-20");

async function gemeten(pad: string) {
  meter.start();
  const r = await w.als(w.beheer1, pad, op);
  const aanroepen = meter.stop();
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return { r, rondes: rondesVan(aanroepen), aanroepen: aanroepen.length };
}

describe("de lijsten van een zorgkantoor met een vastgestelde zaak", () => {
  it("werkvoorraad, regio-overzicht en exports: twee rondes, de naam van de aanbieder erbij", async () => {
    const zk = `/api/zorgkantoren/${w.scope.zorgkantoorId}`;
    for (const pad of [
      `${zk}/werkvoorraad?jaar=2020`,
      // Search, filter and order run in memory over the same one Query: no extra round.
      `${zk}/werkvoorraad?jaar=2020&aanbieder=zorg&termijn=afgerond&sorteer=aanbieder&richting=af`,
      `${zk}/overzicht/2020`,
      `${zk}/exports/2020/aanvragen?formaat=json`,
      `${zk}/exports/2020/budgetronde?formaat=json`,
      `${zk}/betaalopdrachten/2020-03/batches/1/export?formaat=json`,
    ]) {
      const { rondes } = await gemeten(pad);
      expect(rondes, pad).toBeLessThanOrEqual(2);
    }
    const { r } = await gemeten(`${zk}/werkvoorraad?jaar=2020`);
    const [rij] = r.body!.aanvragen as { aanbiederNaam: string | null }[];
    expect(rij!.aanbiederNaam).toMatch(/\S/);
  });

  it("het regio-overzicht toont de oktoberrealisatie, de afspraak vóór de vaststelling en het vastgestelde bedrag", async () => {
    const { r } = await gemeten(`/api/zorgkantoren/${w.scope.zorgkantoorId}/overzicht/2020`);
    expect(r.body!.rijen).toEqual([
      expect.objectContaining({
        aanvraagId: id,
        afgesproken: "1024000.00",
        gerealiseerd: "750000.00",
        realisatieVenster: "oktober (versie 1)",
        betaald: "768000.00",
        vastgesteld: "747918.08",
      }),
    ]);
  });

  it("zonder de samenvattingen op de zaak (een oudere zaak) leest het overzicht de historie: dezelfde cijfers", async () => {
    const pad = `/api/zorgkantoren/${w.scope.zorgkantoorId}/overzicht/2020`;
    const met = (await gemeten(pad)).r.body;
    await dynamo().send(
      new UpdateCommand({
        TableName: tabel(),
        Key: aanvraagSleutel(id),
        UpdateExpression: "REMOVE rapport, rapportBijgehouden, vaststelling.afspraakVoor",
      }),
    );
    const zonder = await gemeten(pad);
    expect(zonder.r.body).toEqual(met);
    expect(zonder.rondes).toBe(3);
  });
});
