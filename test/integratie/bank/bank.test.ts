// docs/regels.md §15.5 over HTTP: a bank-account change with four eyes and a mail to every user of the
// aanbieder (read back from the SES emulator); a batch release refused for an aanbieder without an
// approved account; the IBAN valid at the release on the orders; the pain.001 file, parsed.
import { DeleteCommand } from "@aws-sdk/lib-dynamodb";
import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { leesAanbieder } from "#functions/data/aanbieders.js";
import { leesAudit } from "#functions/data/audit.js";
import { leesBetaalbatch } from "#functions/data/betaalbatches.js";
import { dynamo, tabel } from "#functions/data/clients.js";
import { aanbiederPk, bankrekeningSleutel } from "#functions/data/sleutels.js";
import { verstuurMeldingsmails } from "#functions/herinneringen/meldingsmails.js";
import { eindTotEindId } from "#functions/lib/export/sepa.js";
import { metApi, zaakIn } from "../fixture/index.js";
import { instellingen, mails } from "../herinneringen/omgeving.js";
import { gebruiker, type TestGebruiker, vraag } from "../http/api.js";
import { TEST_BETAALREKENING, TEST_IBAN } from "./opzet.js";

const gw = metApi();
let zk: string;
let aanbiederId: string;
let naam: string;
let aanbieder1: TestGebruiker;
let aanbieder2: TestGebruiker;
let beheer1: TestGebruiker;
let beheer2: TestGebruiker;
const klok = { "x-kb-klok": "2020-04-06T10:00:00+02:00" };
const NIEUW = "DE89370400440532013000";

beforeAll(async () => {
  const zaak = await zaakIn("addendum_getekend", { inhoud: "voorbeeldA" });
  zk = zaak.zorgkantoorId;
  aanbiederId = zaak.aanbiederId;
  naam = (await leesAanbieder(aanbiederId))!.naam;
  const a = { rol: "aanbieder" as const, aanbiederId };
  const b = { rol: "zorgkantoor-beheer" as const, zorgkantoorId: zk };
  [aanbieder1, aanbieder2, beheer1, beheer2] = await Promise.all([
    gebruiker([a]),
    gebruiker([a]),
    gebruiker([b]),
    gebruiker([b]),
  ]);
  for (const maand of [3, 4]) {
    const r = await vraag(gw, `/api/zorgkantoren/${zk}/voorschot/maandrun`, {
      methode: "POST",
      token: beheer1.idToken,
      headers: klok,
      body: { jaar: 2020, maand },
    });
    if (r.status !== 200) throw new Error(JSON.stringify(r.body));
  }
});

const rekening = `/api/aanbieders/${"{a}"}/bankrekening`;
const pad = (rest = "") => `${rekening.replace("{a}", aanbiederId)}${rest}`;
/** §15.5: a small real PDF (one empty A4 page), as the aanbieder sends it: base64. */
const PDF_BYTES = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/MediaBox[0 0 595 842]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);
const afschrift = (bytes: Uint8Array = PDF_BYTES, naam = "afschrift-nieuwe-bank.pdf") => ({
  naam,
  inhoud: Buffer.from(bytes).toString("base64"),
});
const batches = (maand: string) => `/api/zorgkantoren/${zk}/betaalopdrachten/${maand}/batches`;

describe("bankrekening wijzigen met vier ogen (§15.5)", () => {
  it("weigert een ongeldig IBAN met 422 op het veld, zonder iets te wijzigen", async () => {
    const r = await vraag(gw, pad("/wijziging"), {
      methode: "POST",
      token: aanbieder1.idToken,
      body: { iban: "NL92ABNA0417164300", tenaamstelling: naam },
    });
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ veld: "iban" });
    expect(String(r.body?.detail)).toMatch(/IBAN klopt niet/);
    const l = await vraag(gw, pad(), { token: aanbieder1.idToken });
    expect(l.body).toMatchObject({ wijziging: null, rekening: { iban: TEST_IBAN } });
  });

  it("aanvraag door de aanbieder, goedkeuring door zorgkantoor-beheer; mail naar elke gebruiker van de aanbieder", async () => {
    const sinds = Math.floor(Date.now() / 1000) - 1;
    const aanvraag = await vraag(gw, pad("/wijziging"), {
      methode: "POST",
      token: aanbieder1.idToken,
      body: {
        iban: "DE89 3704 0044 0532 0130 00",
        tenaamstelling: naam,
        toelichting: "Nieuwe huisbank",
        bankafschrift: afschrift(),
      },
    });
    expect(aanvraag.status, JSON.stringify(aanvraag.body)).toBe(201);
    expect(aanvraag.body).toMatchObject({
      iban: NIEUW,
      ibanWeergave: "DE89 3704 0044 0532 0130 00",
      doorMij: true,
      versie: 1,
    });
    // Still the old account until the second signature.
    const tussen = await vraag(gw, pad(), { token: beheer1.idToken });
    expect(tussen.body).toMatchObject({
      rekening: { iban: TEST_IBAN },
      wijziging: { iban: NIEUW, doorMij: false },
    });
    // A second request while one waits is refused.
    const nogEen = await vraag(gw, pad("/wijziging"), {
      methode: "POST",
      token: aanbieder2.idToken,
      body: { iban: TEST_IBAN, tenaamstelling: naam, bankafschrift: afschrift() },
    });
    expect(nogEen.status).toBe(409);
    // Only zorgkantoor-beheer approves.
    const doorAanbieder = await vraag(gw, pad("/wijziging/goedkeuring"), {
      methode: "POST",
      token: aanbieder2.idToken,
      body: { versie: 1 },
    });
    expect(doorAanbieder.status).toBe(403);
    const lijst = await vraag(gw, `/api/zorgkantoren/${zk}/bankwijzigingen`, {
      token: beheer1.idToken,
    });
    expect(lijst.body).toMatchObject({
      wijzigingen: [{ aanbiederId, aanbiederNaam: naam, iban: NIEUW }],
    });
    const goed = await vraag(gw, pad("/wijziging/goedkeuring"), {
      methode: "POST",
      token: beheer1.idToken,
      body: { versie: 1 },
    });
    expect(goed.status, JSON.stringify(goed.body)).toBe(200);
    expect(goed.body).toMatchObject({
      rekening: { iban: NIEUW, tenaamstelling: naam },
      wijziging: null,
    });
    const audit = await leesAudit(aanbiederPk(aanbiederId));
    expect(audit.map((x) => x.gebeurtenis)).toEqual(
      expect.arrayContaining(["bankrekening_wijziging_aangevraagd", "bankrekening_gewijzigd"]),
    );
    const gewijzigd = audit.find(
      (x) => x.gebeurtenis === "bankrekening_gewijzigd" && x.wie.sub === beheer1.sub,
    )!;
    expect(gewijzigd.voor).toMatchObject({ iban: TEST_IBAN });
    expect(gewijzigd.na).toMatchObject({ iban: NIEUW });

    const s = await verstuurMeldingsmails({
      nu: new Date(),
      instellingen: instellingen(),
      organisatie: { soort: "aanbieder", id: aanbiederId },
    });
    expect(s.meldingen).toBeGreaterThanOrEqual(2);
    const ontvangen = await mails(sinds, [aanbieder1.email, aanbieder2.email]);
    for (const wie of [aanbieder1.email, aanbieder2.email]) {
      const aanWie = ontvangen.filter((m) => m.destination.to.includes(wie));
      expect(aanWie.map((m) => m.subject)).toEqual(
        expect.arrayContaining([
          `Kwaliteitsbudget: bankrekening gewijzigd — ${naam}`,
          `Kwaliteitsbudget: wijziging van de bankrekening aangevraagd, wacht op tweede handtekening — ${naam}`,
        ]),
      );
      const gewijzigdMail = aanWie.find((m) => m.subject.includes("bankrekening gewijzigd"))!;
      expect(gewijzigdMail.body.text).toMatch(/Neem dan direct contact op met uw zorgkantoor/);
      expect(gewijzigdMail.body.text).toContain("/aanbieder/bankrekening/");
    }
    // A second run sends nothing again.
    const opnieuw = await verstuurMeldingsmails({
      nu: new Date(),
      instellingen: instellingen(),
      organisatie: { soort: "aanbieder", id: aanbiederId },
    });
    expect(opnieuw.meldingen).toBe(0);
  });

  it("wie de wijziging invoerde kan haar nooit goedkeuren (403 VIER_OGEN)", async () => {
    const r = await vraag(gw, pad("/wijziging"), {
      methode: "POST",
      token: beheer2.idToken,
      body: { iban: TEST_IBAN, tenaamstelling: naam },
    });
    expect(r.status).toBe(201);
    const zelf = await vraag(gw, pad("/wijziging/goedkeuring"), {
      methode: "POST",
      token: beheer2.idToken,
      body: { versie: 1 },
    });
    expect(zelf.status).toBe(403);
    expect(zelf.body).toMatchObject({ code: "VIER_OGEN" });
    const af = await vraag(gw, pad("/wijziging/afwijzing"), {
      methode: "POST",
      token: beheer1.idToken,
      body: { versie: 1, reden: "Geen afschrift ontvangen" },
    });
    expect(af.status).toBe(200);
    expect(af.body).toMatchObject({ rekening: { iban: NIEUW }, wijziging: null });
  });
});

describe("IBAN op elke betaling en het SEPA-bestand (§15.5)", () => {
  it("weigert de vrijgave zonder goedgekeurde bankrekening, met de naam van de aanbieder", async () => {
    const opgeslagen = (
      await dynamo().send(
        new DeleteCommand({
          TableName: tabel(),
          Key: bankrekeningSleutel(aanbiederId),
          ReturnValues: "ALL_OLD",
        }),
      )
    ).Attributes!;
    try {
      const v = await vraag(gw, batches("2020-04"), {
        methode: "POST",
        token: beheer1.idToken,
        headers: klok,
      });
      expect(v.status).toBe(201);
      const vrij = await vraag(gw, `${batches("2020-04")}/1/vrijgave`, {
        methode: "POST",
        token: beheer2.idToken,
        body: { versie: 1 },
      });
      expect(vrij.status).toBe(409);
      expect(vrij.body).toMatchObject({ code: "BANKREKENING_ONTBREEKT" });
      expect(String(vrij.body?.detail)).toContain(naam);
      expect((await leesBetaalbatch(zk, 2020, 4, 1))?.status).toBe("voorgesteld");
    } finally {
      const { PutCommand } = await import("@aws-sdk/lib-dynamodb");
      await dynamo().send(new PutCommand({ TableName: tabel(), Item: opgeslagen }));
    }
  });

  it("schrijft het IBAN van de vrijgave op de opdrachten en maakt er een pain.001 van", async () => {
    const v = await vraag(gw, batches("2020-03"), {
      methode: "POST",
      token: beheer1.idToken,
      headers: klok,
    });
    expect(v.status).toBe(201);
    const teVroeg = await vraag(gw, `${batches("2020-03")}/1/sepa`, { token: beheer1.idToken });
    expect(teVroeg.status).toBe(409);
    const vrij = await vraag(gw, `${batches("2020-03")}/1/vrijgave`, {
      methode: "POST",
      token: beheer2.idToken,
      body: { versie: 1 },
    });
    expect(vrij.status, JSON.stringify(vrij.body)).toBe(200);
    const b = (await leesBetaalbatch(zk, 2020, 3, 1))!;
    expect(b.opdrachten.map((o) => [o.iban, o.tenaamstelling])).toEqual([[NIEUW, naam]]);

    const r = await fetch(new URL(`${batches("2020-03")}/1/sepa`, gw.url), {
      headers: { authorization: `Bearer ${beheer1.idToken}` },
    });
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    const xml = await r.text();
    const doc = new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(xml);
    expect(doc.Document["@_xmlns"]).toBe("urn:iso:std:iso:20022:tech:xsd:pain.001.001.09");
    const init = doc.Document.CstmrCdtTrfInitn;
    expect(init.GrpHdr.NbOfTxs).toBe("1");
    expect(init.GrpHdr.CtrlSum).toBe("192000.00");
    expect(init.GrpHdr.MsgId.length).toBeLessThanOrEqual(35);
    const pmt = init.PmtInf;
    expect(pmt.DbtrAcct.Id.IBAN).toBe(TEST_BETAALREKENING.iban);
    expect(pmt.DbtrAgt.FinInstnId.BICFI).toBe(TEST_BETAALREKENING.bic);
    expect(pmt.CtrlSum).toBe("192000.00");
    const tx = pmt.CdtTrfTxInf;
    expect(tx.CdtrAcct.Id.IBAN).toBe(NIEUW);
    expect(tx.Cdtr.Nm).toBe(naam);
    expect(tx.Amt.InstdAmt["#text"]).toBe("192000.00");
    expect(tx.Amt.InstdAmt["@_Ccy"]).toBe("EUR");
    expect(tx.PmtId.EndToEndId).toBe(eindTotEindId(b.opdrachten[0]!.sleutel));
    expect(tx.PmtId.EndToEndId).toHaveLength(35);
  });
});
