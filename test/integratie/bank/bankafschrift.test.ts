// docs/regels.md §15.5 over HTTP: the aanbieder's change of bank account carries a bank statement as
// PDF (base64 in the JSON body). Refused without one, with a non-PDF or above 2 MB, each naming
// the field `bankafschrift`; with one, the server stores exactly the checked bytes, records their
// hash on the request and in the audit record, and the other zorgkantoor-beheer user downloads
// the same bytes. Outside the bank scope the statement answers 404 (§1).
import { createHash } from "node:crypto";
import { ListObjectsV2Command } from "@aws-sdk/client-s3";
import { beforeAll, describe, expect, it } from "vitest";
import { leesAanbieder } from "#functions/data/aanbieders.js";
import { leesAudit } from "#functions/data/audit.js";
import { leesBankwijziging } from "#functions/data/bankrekeningen.js";
import { opslag } from "#functions/data/documentbucket.js";
import { leesBytes } from "#functions/data/documentopslag.js";
import { aanbiederPk } from "#functions/data/sleutels.js";
import { BANKAFSCHRIFT_MAX_BYTES } from "#shared/bank/bankafschrift.js";
import { metApi, zaakIn } from "../fixture/index.js";
import { gebruiker, type TestGebruiker, vraag } from "../http/api.js";

const gw = metApi();
let aanbiederId: string;
let naam: string;
let aanbieder: TestGebruiker;
let beheer1: TestGebruiker;
let beheer2: TestGebruiker;
let andereAanbieder: TestGebruiker;
let anderZorgkantoor: TestGebruiker;

const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/MediaBox[0 0 595 842]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);
const IBAN = "DE89370400440532013000";
const afschrift = (bytes: Uint8Array, bestand = "afschrift.pdf") => ({
  naam: bestand,
  inhoud: Buffer.from(bytes).toString("base64"),
});

beforeAll(async () => {
  const [zaak, ander] = await Promise.all([
    zaakIn("in_beoordeling", { inhoud: "voorbeeldA" }),
    zaakIn("in_beoordeling", { inhoud: "voorbeeldA" }),
  ]);
  aanbiederId = zaak.aanbiederId;
  naam = (await leesAanbieder(aanbiederId))!.naam;
  const b = { rol: "zorgkantoor-beheer" as const, zorgkantoorId: zaak.zorgkantoorId };
  [aanbieder, beheer1, beheer2, andereAanbieder, anderZorgkantoor] = await Promise.all([
    gebruiker([{ rol: "aanbieder", aanbiederId }]),
    gebruiker([b]),
    gebruiker([b]),
    gebruiker([{ rol: "aanbieder", aanbiederId: ander.aanbiederId }]),
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: ander.zorgkantoorId }]),
  ]);
});

const pad = (rest = "") => `/api/aanbieders/${aanbiederId}/bankrekening${rest}`;
const aanvragen = (token: string, body: Record<string, unknown>) =>
  vraag(gw, pad("/wijziging"), {
    methode: "POST",
    token,
    body: { iban: IBAN, tenaamstelling: naam, ...body },
  });
const downloaden = (token: string) =>
  fetch(new URL(pad("/wijziging/bankafschrift"), gw.url), {
    headers: { authorization: `Bearer ${token}` },
  });

describe("bankafschrift bij een wijziging van de bankrekening (§15.5)", () => {
  it("weigert de aanvraag van de aanbieder zonder bankafschrift (422 op het veld)", async () => {
    const r = await aanvragen(aanbieder.idToken, {});
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ code: "BANKAFSCHRIFT_ONTBREEKT", veld: "bankafschrift" });
    expect(await leesBankwijziging(aanbiederId)).toBeUndefined();
  });

  it("weigert een bestand dat geen PDF is (422) en ongeldige base64 (422)", async () => {
    const tekst = await aanvragen(aanbieder.idToken, {
      bankafschrift: afschrift(Buffer.from("Dit is geen PDF maar platte tekst.")),
    });
    expect(tekst.status).toBe(422);
    expect(tekst.body).toMatchObject({ code: "DOCUMENT_GEEN_PDF", veld: "bankafschrift" });
    expect(String(tekst.body?.detail)).toMatch(/^Bankafschrift: de inhoud is geen PDF/);
    const kapot = await aanvragen(aanbieder.idToken, {
      bankafschrift: { naam: "a.pdf", inhoud: "geen base64!" },
    });
    expect(kapot.status).toBe(422);
    expect(String(kapot.body?.veld)).toMatch(/^bankafschrift/);
    const leeg = await aanvragen(aanbieder.idToken, { bankafschrift: afschrift(new Uint8Array()) });
    expect(leeg.status).toBe(422);
    expect(leeg.body).toMatchObject({ code: "DOCUMENT_LEEG", veld: "bankafschrift" });
    expect(await leesBankwijziging(aanbiederId)).toBeUndefined();
  });

  it("weigert een PDF boven 2 MB met 413 op het veld; precies 2 MB gaat door de controle", async () => {
    const groot = Buffer.concat([PDF, Buffer.alloc(BANKAFSCHRIFT_MAX_BYTES + 1 - PDF.length)]);
    const r = await aanvragen(aanbieder.idToken, { bankafschrift: afschrift(groot) });
    expect(r.status).toBe(413);
    expect(r.body).toMatchObject({ code: "DOCUMENT_TE_GROOT", veld: "bankafschrift" });
    expect(String(r.body?.detail)).toContain("hoogstens 2 MB");
    expect(await leesBankwijziging(aanbiederId)).toBeUndefined();
  });

  it("bewaart het afschrift met zijn hash; de andere beheerder downloadt dezelfde bytes", async () => {
    const sha256 = createHash("sha256").update(PDF).digest("hex");
    const r = await aanvragen(aanbieder.idToken, {
      bankafschrift: afschrift(PDF, "C:\\fakepath\\Afschrift ING.pdf"),
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({
      bankafschrift: { naam: "Afschrift ING.pdf", grootte: PDF.length, sha256 },
    });
    const w = (await leesBankwijziging(aanbiederId))!;
    expect(w.bankafschrift).toMatchObject({ sha256, grootte: PDF.length });
    expect(w.bankafschrift!.sleutel).toMatch(new RegExp(`^bankafschriften/${aanbiederId}/`));
    const audit = (await leesAudit(aanbiederPk(aanbiederId))).find(
      (x) => x.gebeurtenis === "bankrekening_wijziging_aangevraagd",
    )!;
    expect(audit.na).toMatchObject({ bankafschrift: { sha256, naam: "Afschrift ING.pdf" } });

    for (const wie of [beheer2, aanbieder]) {
      const d = await downloaden(wie.idToken);
      expect(d.status).toBe(200);
      expect(d.headers.get("content-type")).toBe("application/pdf");
      expect(d.headers.get("content-disposition")).toContain('filename="Afschrift ING.pdf"');
      const bytes = Buffer.from(await d.arrayBuffer());
      expect(bytes.equals(PDF)).toBe(true);
    }
  });

  it("een tweede aanvraag terwijl er een wacht (409) laat geen afschrift achter in S3", async () => {
    const r = await aanvragen(beheer1.idToken, { bankafschrift: afschrift(PDF, "tweede.pdf") });
    expect(r.status).toBe(409);
    const w = (await leesBankwijziging(aanbiederId))!;
    expect(w.bankafschrift?.naam).toBe("Afschrift ING.pdf");
    // The first statement is still there and intact; the refused one was deleted again.
    const o = opslag();
    await expect(leesBytes(o, w.bankafschrift!.sleutel, w.bankafschrift!.sha256)).resolves.toEqual(
      new Uint8Array(PDF),
    );
    const l = await o.s3.send(
      new ListObjectsV2Command({ Bucket: o.bucket, Prefix: `bankafschriften/${aanbiederId}/` }),
    );
    expect((l.Contents ?? []).map((x) => x.Key)).toEqual([w.bankafschrift!.sleutel]);
  });

  it("een andere aanbieder en een ander zorgkantoor krijgen 404", async () => {
    for (const wie of [andereAanbieder, anderZorgkantoor]) {
      const d = await downloaden(wie.idToken);
      expect(d.status).toBe(404);
    }
  });

  it("zorgkantoor-beheer mag zonder afschrift invoeren; dan is er niets te downloaden (404)", async () => {
    const w = (await leesBankwijziging(aanbiederId))!;
    const af = await vraag(gw, pad("/wijziging/afwijzing"), {
      methode: "POST",
      token: beheer1.idToken,
      body: { versie: w.versie, reden: "Afschrift hoort bij een andere rekening" },
    });
    expect(af.status).toBe(200);
    const r = await aanvragen(beheer1.idToken, {});
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({ bankafschrift: null });
    expect((await downloaden(beheer2.idToken)).status).toBe(404);
  });
});
