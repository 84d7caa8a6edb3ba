// Issue #3: `npm start` loads demo data — idempotently: loading it twice creates nothing twice.
// This file uses a table and a user pool of its own, so it can count every item.
import { ListUsersCommand } from "@aws-sdk/client-cognito-identity-provider";
import { ListObjectsV2Command } from "@aws-sdk/client-s3";
import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { leesAanvraag } from "../../../functions/data/aanvragen.js";
import { betaalopdrachtenVanAanvraag } from "../../../functions/data/betaalopdrachten.js";
import { dynamo, s3Client, sluitClients, tabel } from "../../../functions/data/clients.js";
import { leesKader } from "../../../functions/data/kaders.js";
import { leesLidmaatschappen } from "../../../functions/data/lidmaatschappen.js";
import { leesRegios, lijstZorgkantoren } from "../../../functions/data/zorgkantoren.js";
import { lokaleClients } from "../../../lokaal/aws.js";
import { type Demodata, type DemoOmgeving, laadDemodata } from "../../../lokaal/demo.js";
import { inrichten, logIn, maakUserPool } from "../../../lokaal/inrichten.js";
import { omgeving, uniek } from "../omgeving.js";

const basis = omgeving();
let o: DemoOmgeving;
let eerste: Demodata;
let tweede: Demodata;
const tellingen: number[] = [];

async function telItems(): Promise<number> {
  let n = 0;
  let start: Record<string, unknown> | undefined;
  do {
    // A Scan is fine in a test of a table of its own; no request path scans.
    const r = await dynamo().send(
      new ScanCommand({ TableName: tabel(), Select: "COUNT", ExclusiveStartKey: start }),
    );
    n += r.Count ?? 0;
    start = r.LastEvaluatedKey;
  } while (start);
  return n;
}

beforeAll(async () => {
  const pool = await maakUserPool(basis.lokaal, uniek("demo").slice(0, 40));
  const cognito = {
    ...basis.lokaal.cognito,
    ...pool,
    issuer: basis.lokaal.cognito.issuer.replace(basis.lokaal.cognito.userPoolId, pool.userPoolId),
    jwksUri: basis.lokaal.cognito.jwksUri.replace(basis.lokaal.cognito.userPoolId, pool.userPoolId),
  };
  const lokaal = { ...basis.lokaal, cognito };
  const inrichting = await inrichten(lokaal, { tabelNaam: uniek("kb-demo") });
  o = { lokaal, inrichting };
  eerste = await laadDemodata(o);
  tellingen.push(await telItems());
  tweede = await laadDemodata(o);
  tellingen.push(await telItems());
}, 120_000);
afterAll(() => sluitClients());

describe("demodata", () => {
  it("maakt bij een tweede keer laden niets dubbel", async () => {
    expect(tellingen[0]).toBeGreaterThan(50);
    expect(tellingen[1]).toBe(tellingen[0]);
    expect(tweede.aanvragen).toEqual(eerste.aanvragen);
    expect(tweede.gebruikers.map((g) => g.sub)).toEqual(eerste.gebruikers.map((g) => g.sub));
    const { cognito } = lokaleClients(o.lokaal);
    const users = await cognito.send(
      new ListUsersCommand({ UserPoolId: o.lokaal.cognito.userPoolId }),
    );
    expect(users.Users).toHaveLength(4);
    for (const id of Object.values(eerste.aanvragen)) {
      const objecten = await s3Client().send(
        new ListObjectsV2Command({ Bucket: o.inrichting.bucket, Prefix: `zaken/${id}/` }),
      );
      expect(objecten.KeyCount, id).toBe(1);
    }
  });

  it("laadt de 31 zorgkantoorregio's en zorgkantoren met concern en regio's", async () => {
    const regios = await leesRegios();
    expect(regios).toHaveLength(31);
    expect(regios.find((r) => r.code === "amsterdam")?.zorgkantoorId).toBe("zk-zilveren-kruis");
    const zk = await lijstZorgkantoren();
    expect(zk.map((z) => z.concern).sort()).toEqual(["CZ", "VGZ", "Zilveren Kruis"]);
  });

  it("geeft één gebruiker per rol met lidmaatschappen en een werkend wachtwoord", async () => {
    expect(eerste.gebruikers.map((g) => g.rol)).toEqual([
      "aanbieder",
      "beoordelaar",
      "zorgkantoor-beheer",
      "landelijk-beheer",
    ]);
    for (const g of eerste.gebruikers) {
      expect((await leesLidmaatschappen(g.sub)).length, g.email).toBeGreaterThan(0);
      const tokens = await logIn(o.lokaal, g.email, g.wachtwoord);
      expect(tokens.idToken.split(".")).toHaveLength(3);
    }
  });

  it("zet de zaken van 2020 in hun stadium, met voorschotten tot en met mei (§13 voorbeeld A)", async () => {
    expect((await leesAanvraag(eerste.aanvragen.concept))?.toestand).toBe("concept");
    expect((await leesAanvraag(eerste.aanvragen.ingediend))?.toestand).toBe("ingediend");
    const afgesproken = await leesAanvraag(eerste.aanvragen.afgesproken);
    expect(afgesproken?.toestand).toBe("addendum_getekend");
    expect(afgesproken?.afspraak?.totaal).toBe("1024000.00");
    const opdrachten = await betaalopdrachtenVanAanvraag(eerste.aanvragen.afgesproken);
    expect(opdrachten.map((x) => [x.maand, x.bedrag])).toEqual([
      [3, "192000.00"],
      [4, "64000.00"],
      [5, "64000.00"],
    ]);
    const kader = await leesKader("zk-zilveren-kruis", 2020);
    expect(kader?.afgesproken.toFixed(2)).toBe("1024000.00");
  });
});
