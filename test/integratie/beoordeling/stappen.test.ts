// docs/regels.md §5 and §4.3 over HTTP, the smaller steps of the beoordeling: afwijzen with its
// motivation, the mediation flag, the reservering and its override by zorgkantoor-beheer, and bad
// bodies (422 naming the field, nothing changed).
import { beforeAll, describe, expect, it } from "vitest";
import { leesAanvraag } from "#functions/data/aanvragen.js";
import { leesAudit } from "#functions/data/audit.js";
import { aanvraagPk } from "#functions/data/sleutels.js";
import { veldNaam } from "#shared/veldnamen.js";
import { metApi, uniek, zaakIn, zorgVoorPartijen } from "../fixture/index.js";
import { gebruiker, type TestGebruiker } from "../http/api.js";
import { verzoeker } from "./verzoeken.js";

const gw = metApi();
const scope = { aanbiederId: uniek("aanbieder"), zorgkantoorId: uniek("zk") };
let beoordelaar: TestGebruiker;
let beheer1: TestGebruiker;
const { als, post } = verzoeker(() => gw);

beforeAll(async () => {
  await zorgVoorPartijen(scope);
  [beoordelaar, beheer1] = await Promise.all([
    gebruiker([{ rol: "beoordelaar", zorgkantoorId: scope.zorgkantoorId }]),
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: scope.zorgkantoorId }]),
  ]);
});

describe("afwijzing, mediation, reservering en foute invoer (§5, §4.3)", () => {
  it("maakt de beoordelaar die de aanvraag in behandeling neemt haar behandelaar, beheer niet (§10)", async () => {
    const door = async (wie: TestGebruiker) => {
      const z = await zaakIn("ingediend", {
        ...scope,
        aanbiederId: uniek("aanbieder"),
        jaar: 2020,
      });
      const r = await post(wie, `/api/aanvragen/${z.id}/in-behandeling`, { versie: z.versie });
      expect(r.status).toBe(200);
      return (await leesAanvraag(z.id))!;
    };
    const genomen = await door(beoordelaar);
    expect(genomen.toestand).toBe("in_beoordeling");
    expect(genomen.overig.behandelaar).toMatchObject({ sub: beoordelaar.sub });
    const trail = await leesAudit(aanvraagPk(genomen.id));
    expect(trail.at(-1)!.na).toMatchObject({ behandelaar: { sub: beoordelaar.sub } });
    expect((await door(beheer1)).overig.behandelaar).toBeUndefined();
  });

  it("wijst af met motivering; zonder motivering 422 op het veld motivering", async () => {
    const z = await zaakIn("in_beoordeling", {
      ...scope,
      aanbiederId: uniek("aanbieder"),
      jaar: 2020,
    });
    const pad = `/api/aanvragen/${z.id}`;
    let r = await post(beoordelaar, `${pad}/afwijzing`, { versie: z.versie });
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ code: "TOEKENNING_VOLDOET_NIET", veld: "motivering" });
    expect(r.body!.overtredingen).toEqual([
      expect.objectContaining({ code: "MOTIVERING_ONTBREEKT", veld: "motivering" }),
    ]);
    r = await post(beoordelaar, `${pad}/afwijzing`, {
      versie: z.versie,
      motivering: "Het kwaliteitsplan sluit niet aan op het kwaliteitskader.",
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ toestand: "afgewezen" });
    r = await als(beoordelaar, `${pad}/beoordelingsbrief`);
    expect(r.status).toBe(200);
    expect(JSON.stringify(r.body)).toContain("besloten haar af te wijzen");
    // Afgewezen is final: no toekenning any more (state machine → 409).
    r = await post(beoordelaar, `${pad}/toekenning`, {
      versie: (await leesAanvraag(z.id))!.versie,
      personeel: "85000.00",
      overige: "15000.00",
    });
    expect(r.status).toBe(409);
  });

  it("meldt en beëindigt mediation; dubbel melden is een conflict", async () => {
    const z = await zaakIn("in_beoordeling", {
      ...scope,
      aanbiederId: uniek("aanbieder"),
      jaar: 2020,
    });
    const pad = `/api/aanvragen/${z.id}/mediation`;
    const zet = (versie: number, actief: boolean) =>
      als(beoordelaar, pad, { methode: "PUT", body: { versie, actief } });
    let r = await zet(z.versie, true);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ toestand: "in_beoordeling", mediation: true });
    const versie = r.body!.versie as number;
    expect((await zet(versie, true)).status).toBe(409);
    r = await zet(versie, false);
    expect(r.body).toMatchObject({ mediation: false });
    // A stale versie: optimistic locking answers 409.
    expect((await zet(versie, true)).status).toBe(409);
  });

  it("toont de reservering en laat beheer haar met reden aanpassen (geaudit)", async () => {
    const z = await zaakIn("ingediend", { ...scope, aanbiederId: uniek("aanbieder"), jaar: 2020 });
    const pad = `/api/aanvragen/${z.id}/reservering`;
    let r = await als(beoordelaar, pad);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      bedrag: "110000.00",
      berekend: "110000.00",
      bron: "berekend",
      productieTotaal: "1000000.00",
    });
    const put = (wie: TestGebruiker, body: unknown) => als(wie, pad, { methode: "PUT", body });
    expect((await put(beoordelaar, { bedrag: "120000.00", reden: "x" })).status).toBe(403);
    r = await put(beheer1, { bedrag: "120000.00" });
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ veld: "reden" });
    r = await put(beheer1, { bedrag: "120000.005", reden: "nieuwe locatie" });
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ veld: "bedrag" });
    r = await put(beheer1, { bedrag: "120000.00", reden: "Nieuwe locatie geopend in 2020" });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({
      bedrag: "120000.00",
      berekend: "110000.00",
      bron: "zorgkantoor",
    });
    expect((await als(beoordelaar, pad)).body).toMatchObject({ bedrag: "120000.00" });
    const audit = (await leesAudit(aanvraagPk(z.id))).find(
      (a) => a.gebeurtenis === "reservering_afwijkend",
    );
    expect(audit).toMatchObject({
      wie: { sub: beheer1.sub, rol: "zorgkantoor-beheer" },
      reden: "Nieuwe locatie geopend in 2020",
      voor: { reservering: "110000.00" },
      na: { reservering: "120000.00" },
    });
  });

  it("weigert foute invoer met 422 op het genoemde veld en wijzigt niets", async () => {
    const z = await zaakIn("in_beoordeling", {
      ...scope,
      aanbiederId: uniek("aanbieder"),
      jaar: 2020,
    });
    const pad = `/api/aanvragen/${z.id}`;
    const gevallen: [string, unknown, string][] = [
      [`${pad}/toekenning`, { versie: z.versie, personeel: "12,50", overige: "0.00" }, "personeel"],
      [`${pad}/toekenning`, { versie: z.versie, personeel: "-1.00", overige: "0.00" }, "personeel"],
      [`${pad}/toekenning`, { personeel: "1.00", overige: "0.00" }, "versie"],
      [`${pad}/toekenning`, { versie: z.versie, personeel: "1.00" }, "overige"],
      [`${pad}/toekenning`, { versie: "1", personeel: "1.00", overige: "1.00" }, "versie"],
      [`${pad}/in-behandeling`, { versie: 0 }, "versie"],
      [`${pad}/afwijzing`, { versie: z.versie, motivering: 12 }, "motivering"],
      [`${pad}/toekenning/goedkeuring`, { versie: z.versie, extra: true }, "extra"],
    ];
    for (const [p, body, veld] of gevallen) {
      const r = await post(beheer1, p, body);
      expect(r.status, `${p} ${JSON.stringify(body)}`).toBe(422);
      expect(r.body, JSON.stringify(r.body)).toMatchObject({ veld });
      // Named by its Dutch label on screen (the path is in `veld`, above).
      expect(String(r.body!.detail).toLowerCase()).toContain(veldNaam(veld).toLowerCase());
    }
    const r = await als(beoordelaar, `/api/zorgkantoren/${scope.zorgkantoorId}/werkvoorraad`);
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ veld: "jaar" });
    expect((await leesAanvraag(z.id))!.versie).toBe(z.versie);
  });
});
