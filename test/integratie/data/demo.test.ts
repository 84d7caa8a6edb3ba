// `npm start` loads demo data — idempotently: loading it twice creates nothing twice.
// This file uses a table and a user pool of its own, so it can count every item.
// §15: two zorgkantoor-beheer users per demo zorgkantoor, and 2019 cases in every settlement
// state (lokaal/demogeld.ts) with the ledger figures of §13 E less its compensatie (2019 had none):
// vastgesteld 868.918,08 on 750.000,00 paid → nabetaling 118.918,08; or with both overige lines
// not conform, a negative saldo.
import { ListUsersCommand } from "@aws-sdk/client-cognito-identity-provider";
import { ListObjectsV2Command } from "@aws-sdk/client-s3";
import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { leesAanvraag } from "#functions/data/aanvragen.js";
import { betaalbatchesVanMaand } from "#functions/data/betaalbatches.js";
import { betaalopdrachtenVanAanvraag } from "#functions/data/betaalopdrachten.js";
import { dynamo, s3Client, sluitClients, tabel } from "#functions/data/clients.js";
import { saldoVanZaak } from "#functions/data/grootboek.js";
import { leesHerschikkingsvoorstel } from "#functions/data/herschikkingen.js";
import {
  alsVensterHeropening,
  leesHerschikkingsheropening,
} from "#functions/data/herschikkingsheropening.js";
import { leesKader } from "#functions/data/kaders.js";
import { leesLidmaatschappen } from "#functions/data/lidmaatschappen.js";
import { leesRegios, lijstZorgkantoren } from "#functions/data/zorgkantoren.js";
import { nacalculatieAntwoord } from "#functions/nacalculatie/antwoord.js";
import { nacalculatieStand } from "#functions/nacalculatie/stand.js";
import { lokaleClients } from "#lokaal/aws.js";
import { type Demodata, type DemoOmgeving, laadDemodata } from "#lokaal/demo.js";
import { inrichten, logIn, maakUserPool } from "#lokaal/inrichten.js";
import { Decimal, NUL } from "#shared/geld/decimal.js";
import { magHerschikken } from "#shared/kalender/herschikkingsvenster.js";
import { omgeving, uniek } from "../fixture/index.js";

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
    expect(tweede.geld).toEqual(eerste.geld);
    expect(tweede.gebruikers.map((g) => g.sub)).toEqual(eerste.gebruikers.map((g) => g.sub));
    const { cognito } = lokaleClients(o.lokaal);
    const users = await cognito.send(
      new ListUsersCommand({ UserPoolId: o.lokaal.cognito.userPoolId }),
    );
    expect(users.Users).toHaveLength(10); // GEBRUIKERS: one per role, five more zorgkantoor-beheer, a second landelijk-beheer
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

  it("geeft elke rol een gebruiker, met lidmaatschappen en een werkend wachtwoord", async () => {
    expect(eerste.gebruikers.map((g) => g.rol)).toEqual([
      "aanbieder",
      "beoordelaar",
      "zorgkantoor-beheer",
      "landelijk-beheer",
      ...Array<string>(5).fill("zorgkantoor-beheer"),
      "landelijk-beheer", // the second signature of the remainder round (§15.7)
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

  it("geeft elk demozorgkantoor twee zorgkantoor-beheer-gebruikers (vier ogen, §15)", async () => {
    const perZorgkantoor = new Map<string, string[]>();
    for (const g of eerste.gebruikers)
      for (const l of await leesLidmaatschappen(g.sub))
        if (l.rol === "zorgkantoor-beheer")
          perZorgkantoor.set(l.zorgkantoorId, [
            ...(perZorgkantoor.get(l.zorgkantoorId) ?? []),
            g.email,
          ]);
    expect([...perZorgkantoor.keys()].sort()).toEqual(["zk-cz", "zk-vgz", "zk-zilveren-kruis"]);
    for (const [zk, emails] of perZorgkantoor) expect(new Set(emails).size, zk).toBe(2);
    expect(perZorgkantoor.get("zk-zilveren-kruis")?.[0]).toBe(
      "beheer@demo.kwaliteitsbudget.example",
    );
  });

  const afwikkeling = async (id: string) => {
    const r = (await leesAanvraag(id))!;
    return nacalculatieAntwoord(r, await nacalculatieStand(r, NUL)).afwikkeling;
  };

  it("zet zaken van 2019 in elke stand van de afwikkeling (§15.4), vastgesteld met vier ogen", async () => {
    const { zaken, verrekendMet } = eerste.geld;
    for (const id of Object.values(zaken)) {
      const r = (await leesAanvraag(id))!;
      expect(r.jaar, id).toBe(2019);
      const v = r.overig.vaststelling!;
      expect(v.goedgekeurdDoor, id).not.toBe(v.voorgesteldDoor);
    }
    // Maasduinen: the nabetaling released in a batch by the second VGZ beheer user.
    expect(await afwikkeling(zaken.afgewikkeld)).toEqual({
      betaald: "868918.08",
      openstaandBesteld: "0.00",
      vorderingOpen: "0.00",
      vordering: null,
      afgewikkeld: true,
    });
    const [batch] = await betaalbatchesVanMaand("zk-vgz", 2020, 4);
    expect(batch?.status).toBe("vrijgegeven");
    expect(batch?.vrijgegevenDoor?.sub).not.toBe(batch?.voorgesteldDoor.sub);
    // De Schelde: the nabetaling ordered in May 2020 and still open.
    expect(await afwikkeling(zaken.nabetaling)).toEqual({
      betaald: "750000.00",
      openstaandBesteld: "118918.08",
      vorderingOpen: "0.00",
      vordering: null,
      afgewikkeld: false,
    });
    // De Waal: a vordering with its due date, open on the demo's "now".
    const vordering = await afwikkeling(zaken.terugvordering);
    expect(vordering?.afgewikkeld).toBe(false);
    expect(Number(vordering?.vorderingOpen)).toBeGreaterThan(0);
    const terug = (await leesAanvraag(zaken.terugvordering))!.overig.vaststelling!;
    expect(terug.terugvordering).toBe(vordering?.vorderingOpen);
    expect(terug.vervaldatum).toBe("2020-05-21");
    expect(vordering?.vordering).toEqual({
      bedrag: terug.terugvordering,
      vervaldatum: "2020-05-21",
      ontvangen: "0.00",
      verrekend: "0.00",
      open: terug.terugvordering,
      status: "open",
    });
    // De Biesbosch: the negative saldo offset against its open 2020 voorschot: nothing to reclaim.
    const verrekening = (await leesAanvraag(zaken.verrekening))!.overig.vaststelling!;
    expect(Number(verrekening.verrekening)).toBeGreaterThan(0);
    expect(verrekening.terugvordering).toBe("0.00");
    expect(await afwikkeling(zaken.verrekening)).toMatchObject({
      vorderingOpen: "0.00",
      vordering: null,
      afgewikkeld: true,
    });
    const biesbosch2020 = (await leesAanvraag(verrekendMet))!;
    expect([biesbosch2020.jaar, biesbosch2020.toestand]).toEqual([2020, "addendum_getekend"]);
  });

  it("zet een heropende herschikking van 2019 bij VGZ klaar die op de tweede handtekening wacht (§15.2)", async () => {
    const { zorgkantoorId, jaar, aanvraagId } = eerste.herschikking;
    expect(tweede.herschikking).toEqual(eerste.herschikking);
    const h = (await leesHerschikkingsheropening(zorgkantoorId, jaar))!;
    expect(magHerschikken(jaar, eerste.nu, alsVensterHeropening(h))).toMatchObject({
      ok: true,
      waarde: { status: "heropend" },
    });
    const v = (await leesHerschikkingsvoorstel(zorgkantoorId, jaar))!;
    expect(v).toMatchObject({ status: "voorgesteld", versie: 1 });
    const r = (await leesAanvraag(aanvraagId))!;
    expect([r.jaar, r.aanbiederId]).toEqual([2019, "aanb-de-peel"]);
    expect(v.regels).toEqual([
      expect.objectContaining({
        aanvraagId,
        afspraak: { personeel: r.afspraak!.personeel, overige: r.afspraak!.overige },
      }),
    ]);
    const oud = new Decimal(r.afspraak!.personeel).plus(r.afspraak!.overige);
    const nieuw = new Decimal(v.regels[0]!.nieuw.personeel).plus(v.regels[0]!.nieuw.overige);
    expect(oud.minus(nieuw).toFixed(2)).toBe("100000.00");
    // Its 2019 voorschotten were paid with the other VGZ cases of 2019.
    expect((await betaalopdrachtenVanAanvraag(aanvraagId)).length).toBeGreaterThan(0);
    const saldo = await saldoVanZaak(aanvraagId);
    expect(saldo.betaald.gt(0) && saldo.betaald.equals(saldo.besteld)).toBe(true);
    const beheer = await leesLidmaatschappen(v.voorgesteldDoor.sub);
    expect(beheer.some((l) => l.rol === "zorgkantoor-beheer" && l.zorgkantoorId === "zk-vgz")).toBe(
      true,
    );
  });
});
