// docs/regels.md §1: memberships are stored on the server and read on every request.
import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, describe, expect, it } from "vitest";
import { dynamo, sluitClients, tabel } from "#functions/data/clients.js";
import {
  ledenVan,
  leesLidmaatschappen,
  schrijfLidmaatschap,
  verwijderLidmaatschap,
} from "#functions/data/lidmaatschappen.js";
import { gebruikerPk } from "#functions/data/sleutels.js";
import { gebruikEmulators, uniek } from "../fixture/index.js";
import { ctx } from "./omgeving.js";

gebruikEmulators();
afterAll(() => sluitClients());

const beheer = { sub: "beheer-1", rol: "zorgkantoor-beheer" } as const;

describe("lidmaatschappen", () => {
  it("geeft een onbekende gebruiker geen lidmaatschappen (standaard geen toegang)", async () => {
    expect(await leesLidmaatschappen(uniek("onbekend"))).toEqual([]);
  });

  it("leest alle lidmaatschappen van een gebruiker terug, ook meerdere rollen", async () => {
    const sub = uniek("sub");
    const zk = uniek("zk");
    const a1 = uniek("aanbieder");
    await schrijfLidmaatschap(sub, { rol: "beoordelaar", zorgkantoorId: zk }, ctx(beheer));
    await schrijfLidmaatschap(sub, { rol: "zorgkantoor-beheer", zorgkantoorId: zk }, ctx(beheer));
    await schrijfLidmaatschap(sub, { rol: "aanbieder", aanbiederId: a1 }, ctx(beheer));
    const l = await leesLidmaatschappen(sub);
    expect(l).toHaveLength(3);
    expect(l).toEqual(
      expect.arrayContaining([
        { rol: "beoordelaar", zorgkantoorId: zk },
        { rol: "zorgkantoor-beheer", zorgkantoorId: zk },
        { rol: "aanbieder", aanbiederId: a1 },
      ]),
    );
    const leden = await ledenVan({ soort: "zorgkantoor", id: zk });
    expect(leden.map((x) => x.lidmaatschap.rol).sort()).toEqual([
      "beoordelaar",
      "zorgkantoor-beheer",
    ]);
  });

  it("kent een bestaand lidmaatschap nogmaals toe zonder iets te veranderen", async () => {
    const sub = uniek("sub");
    const l = { rol: "landelijk-beheer" } as const;
    expect(await schrijfLidmaatschap(sub, l, ctx(beheer))).toEqual({
      ok: true,
      waarde: "aangemaakt",
    });
    expect(await schrijfLidmaatschap(sub, l, ctx(beheer))).toEqual({
      ok: true,
      waarde: "bestond_al",
    });
    expect(await leesLidmaatschappen(sub)).toEqual([l]);
    // One audit record: the second grant changed nothing and so recorded nothing.
    const audit = await dynamo().send(
      new QueryCommand({
        TableName: tabel(),
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :a)",
        ExpressionAttributeValues: { ":pk": gebruikerPk(sub), ":a": "AUDIT#" },
      }),
    );
    expect(audit.Items).toHaveLength(1);
    expect(audit.Items?.[0]).toMatchObject({
      gebeurtenis: "lidmaatschap_gewijzigd",
      wie: beheer,
      na: { toegekend: l },
    });
  });

  it("trekt een lidmaatschap in; intrekken van een afwezig lidmaatschap is niet gevonden", async () => {
    const sub = uniek("sub");
    const l = { rol: "aanbieder", aanbiederId: uniek("a") } as const;
    await schrijfLidmaatschap(sub, l, ctx(beheer));
    expect((await verwijderLidmaatschap(sub, l, ctx(beheer))).ok).toBe(true);
    expect(await leesLidmaatschappen(sub)).toEqual([]);
    const opnieuw = await verwijderLidmaatschap(sub, l, ctx(beheer));
    expect(opnieuw).toMatchObject({ ok: false, weigering: { status: 404, code: "NIET_GEVONDEN" } });
  });
});
