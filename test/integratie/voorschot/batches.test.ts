// docs/regels.md §1, §6 over HTTP: the voorschot orders of a month form a payment batch that one
// zorgkantoor-beheer user proposes and ANOTHER releases; only a released batch is exported for
// finance, as XLSX (read back with exceljs) and CSV (bytes checked).
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { leesAanbieder } from "#functions/data/aanbieders.js";
import { leesAudit } from "#functions/data/audit.js";
import { zorgkantoorPk } from "#functions/data/sleutels.js";
import { TEST_IBAN } from "../bank/opzet.js";
import { metApi, zaakIn } from "../fixture/index.js";
import { gebruiker, type TestGebruiker, vraag } from "../http/api.js";

const gw = metApi();
let zk: string;
let aanvraagId: string;
let aanbiederId: string;
let eerste: TestGebruiker;
let tweede: TestGebruiker;

const klok = { "x-kb-klok": "2020-04-06T10:00:00+02:00" };

beforeAll(async () => {
  const zaak = await zaakIn("addendum_getekend", { inhoud: "voorbeeldA" });
  zk = zaak.zorgkantoorId;
  aanvraagId = zaak.id;
  aanbiederId = zaak.aanbiederId;
  [eerste, tweede] = await Promise.all([
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: zk }]),
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: zk }]),
  ]);
  for (const maand of [3, 4]) {
    const r = await vraag(gw, `/api/zorgkantoren/${zk}/voorschot/maandrun`, {
      methode: "POST",
      token: eerste.idToken,
      headers: klok,
      body: { jaar: 2020, maand },
    });
    if (r.status !== 200) throw new Error(JSON.stringify(r.body));
  }
});

const batches = (maand = "2020-03") => `/api/zorgkantoren/${zk}/betaalopdrachten/${maand}/batches`;

async function bestand(pad: string, token: string) {
  const r = await fetch(new URL(pad, gw.url), { headers: { authorization: `Bearer ${token}` } });
  return { status: r.status, headers: r.headers, bytes: Buffer.from(await r.arrayBuffer()) };
}

describe("betaalbatches met vier ogen (§1, §6)", () => {
  it("laat de opdrachten van een maand zien, nog in geen batch", async () => {
    const r = await vraag(gw, `/api/zorgkantoren/${zk}/betaalopdrachten/2020-03`, {
      token: eerste.idToken,
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      maand: "2020-03",
      totaal: "192000.00",
      nietInBatch: 1,
      batches: [],
      opdrachten: [{ aanvraagId, bedrag: "192000.00", maand: "2020-03", batch: null }],
    });
  });

  it("weigert vrijgave door wie voorstelde (403 met reden), geeft vrij door een tweede gebruiker en exporteert dan", async () => {
    const voorstel = await vraag(gw, batches(), {
      methode: "POST",
      token: eerste.idToken,
      headers: klok,
    });
    expect(voorstel.status, JSON.stringify(voorstel.body)).toBe(201);
    expect(voorstel.body).toMatchObject({
      nummer: 1,
      status: "voorgesteld",
      aantal: 1,
      totaal: "192000.00",
      voorgesteldDoor: eerste.sub,
      versie: 1,
    });
    const nogEen = await vraag(gw, batches(), { methode: "POST", token: tweede.idToken });
    expect(nogEen.status).toBe(409);
    expect(nogEen.body).toMatchObject({ code: "BATCH_WACHT_OP_VRIJGAVE" });

    const exportTeVroeg = await vraag(gw, `${batches()}/1/export`, {
      token: tweede.idToken,
      query: { formaat: "json" },
    });
    expect(exportTeVroeg.status).toBe(409);
    expect(exportTeVroeg.body).toMatchObject({ code: "BATCH_NIET_VRIJGEGEVEN" });

    const zelf = await vraag(gw, `${batches()}/1/vrijgave`, {
      methode: "POST",
      token: eerste.idToken,
      body: { versie: 1 },
    });
    expect(zelf.status).toBe(403);
    expect(zelf.body).toMatchObject({ code: "VIER_OGEN" });
    expect(String(zelf.body!.detail)).toContain("andere medewerker");

    const vrij = await vraag(gw, `${batches()}/1/vrijgave`, {
      methode: "POST",
      token: tweede.idToken,
      headers: klok,
      body: { versie: 1 },
    });
    expect(vrij.status, JSON.stringify(vrij.body)).toBe(200);
    expect(vrij.body).toMatchObject({
      status: "vrijgegeven",
      vrijgegevenDoor: tweede.sub,
      versie: 2,
    });
    const nogmaals = await vraag(gw, `${batches()}/1/vrijgave`, {
      methode: "POST",
      token: tweede.idToken,
      body: { versie: 2 },
    });
    expect(nogmaals.status).toBe(409);

    const audit = await leesAudit(zorgkantoorPk(zk));
    expect(audit.map((a) => a.gebeurtenis)).toEqual(
      expect.arrayContaining(["betaalbatch_voorgesteld", "betaalbatch_vrijgegeven"]),
    );

    const aanbieder = (await leesAanbieder(aanbiederId))!;
    const xlsx = await bestand(`${batches()}/1/export?formaat=xlsx`, tweede.idToken);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(xlsx.headers.get("content-disposition")).toBe(
      'attachment; filename="betaalopdrachten-2020-03-batch-1.xlsx"',
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const blad = wb.getWorksheet("Betaalopdrachten")!;
    const rij = (n: number) => (blad.getRow(n).values as unknown[]).slice(1);
    expect(rij(1)[0]).toBe("Sleutel");
    expect(rij(2).slice(1, 9)).toEqual([
      aanbieder.naam,
      aanbieder.nzaNummer,
      aanbieder.agbCode,
      expect.stringContaining("Zorgkantoor"),
      2020,
      "2020-03",
      192000,
      1,
    ]);
    expect(rij(2).slice(10)).toEqual(["NL91 ABNA 0417 1643 00", aanbieder.naam]);
    expect(blad.getRow(3).getCell(1).value).toBe("Totaal");
    expect(blad.getRow(3).getCell(8).value).toMatchObject({ result: 192000 });

    const csv = await bestand(`${batches()}/1/export?formaat=csv`, eerste.idToken);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toBe(
      'attachment; filename="betaalopdrachten-2020-03-batch-1.csv"',
    );
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const regels = csv.bytes.toString("utf8").slice(1).split("\r\n");
    expect(regels[0]).toBe(
      "Sleutel;Aanbieder;NZa-nummer;AGB-code;Zorgkantoor;Jaar;Maand;Bedrag;Basisversie;Aangemaakt op;IBAN;Tenaamstelling",
    );
    // §15.5: the account valid at the release (test aanbieders get one in zaak.ts).
    expect(regels[1]!.split(";").slice(10)).toEqual([TEST_IBAN, aanbieder.naam]);
    expect(regels[1]!.split(";").slice(2, 10)).toEqual([
      aanbieder.nzaNummer,
      aanbieder.agbCode,
      expect.stringContaining("Zorgkantoor"),
      "2020",
      "2020-03",
      "192000,00",
      "1",
      "06-04-2020 10:00",
    ]);
    expect(regels.slice(2)).toEqual([""]);

    const json = await vraag(gw, `${batches()}/1/export`, {
      token: eerste.idToken,
      query: { formaat: "json" },
    });
    expect(json.body).toMatchObject({ totaal: "192000.00", regels: [{ bedrag: "192000.00" }] });

    // Everything of March is paid: no second batch without new orders.
    const leeg = await vraag(gw, batches(), { methode: "POST", token: eerste.idToken });
    expect(leeg.status).toBe(422);
    expect(leeg.body).toMatchObject({ code: "GEEN_OPEN_OPDRACHTEN", veld: "maand" });
    const maand = await vraag(gw, `/api/zorgkantoren/${zk}/betaalopdrachten/2020-03`, {
      token: eerste.idToken,
    });
    expect(maand.body).toMatchObject({ nietInBatch: 0, opdrachten: [{ batch: 1 }] });
  });

  it("weigert een beoordelaar (403) en beheer van een ander zorgkantoor (404)", async () => {
    const [beoordelaar, ander] = await Promise.all([
      gebruiker([{ rol: "beoordelaar", zorgkantoorId: zk }]),
      gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: "zk-ander-batch" }]),
    ]);
    expect(
      (await vraag(gw, batches("2020-04"), { methode: "POST", token: beoordelaar.idToken })).status,
    ).toBe(403);
    expect(
      (await vraag(gw, batches("2020-04"), { methode: "POST", token: ander.idToken })).status,
    ).toBe(404);
    const lijst = await vraag(gw, `/api/zorgkantoren/${zk}/betaalopdrachten/2020-04`, {
      token: ander.idToken,
    });
    expect(lijst.status).toBe(404);
    const fout = await vraag(gw, `/api/zorgkantoren/${zk}/betaalopdrachten/2020-13`, {
      token: eerste.idToken,
    });
    expect(fout.status).toBe(422);
    expect(fout.body).toMatchObject({ veld: "maand" });
  });
});
