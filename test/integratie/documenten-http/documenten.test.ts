// docs/regels.md §12 over HTTP: an upload counts only after the server's check (size, content type,
// %PDF- signature); a refused file is deleted and the answer names the problem; documents are
// listed per case and downloaded through short-lived links issued after authorisation (§1).
import { createHash } from "node:crypto";
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import { beforeAll, describe, expect, it } from "vitest";
import { s3Client } from "#functions/data/clients.js";
import { documentenVanAanvraag, leesDocument } from "#functions/data/documenten.js";
import { verwijder } from "#functions/data/documentopslag.js";
import { config } from "#functions/lib/config.js";
import { kleinePdf, PNG, uploadViaFormulier } from "../documenten/hulp.js";
import { metApi, uniek, zaakIn, zorgVoorPartijen } from "../fixture/index.js";
import { gebruiker, type TestGebruiker, type Verzoekopties, vraag } from "../http/api.js";

const gw = metApi();
const scope = { aanbiederId: uniek("aanbieder"), zorgkantoorId: uniek("zk") };
let a: TestGebruiker;
let b: TestGebruiker;
let beoordelaar: TestGebruiker;
let zaakId: string;

const als = (g: TestGebruiker, o: Verzoekopties = {}): Verzoekopties => ({
  ...o,
  token: g.idToken,
});

beforeAll(async () => {
  const anderScope = { aanbiederId: uniek("aanbieder-b"), zorgkantoorId: scope.zorgkantoorId };
  await Promise.all([
    zorgVoorPartijen(scope, { bankrekening: false }),
    zorgVoorPartijen(anderScope, { bankrekening: false }),
  ]);
  [a, b, beoordelaar] = await Promise.all([
    gebruiker([{ rol: "aanbieder", aanbiederId: scope.aanbiederId }]),
    gebruiker([{ rol: "aanbieder", aanbiederId: anderScope.aanbiederId }]),
    gebruiker([{ rol: "beoordelaar", zorgkantoorId: scope.zorgkantoorId }]),
  ]);
  const r = await vraag(
    gw,
    "/api/aanvragen",
    als(a, { methode: "POST", body: { ...scope, jaar: 2020 } }),
  );
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  zaakId = String(r.body?.id);
});

interface Uploadantwoord {
  document: { id: string; status: string };
  upload: { url: string; velden: Record<string, string>; geldigSeconden: number; maxBytes: number };
}

const aankondiging = (o: Partial<Record<string, unknown>> = {}) => ({
  soort: "kwaliteitsplan",
  bestandsnaam: "Kwaliteitsplan.pdf",
  grootte: 1234,
  contentType: "application/pdf",
  ...o,
});

async function vraagAan(body = aankondiging()): Promise<Uploadantwoord> {
  const r = await vraag(
    gw,
    `/api/aanvragen/${zaakId}/documenten`,
    als(a, { methode: "POST", body }),
  );
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body as unknown as Uploadantwoord;
}

const bestaat = async (sleutel: string): Promise<boolean> => {
  try {
    await s3Client().send(
      new HeadObjectCommand({ Bucket: config().documentenBucket, Key: sleutel }),
    );
    return true;
  } catch {
    return false;
  }
};

const sha256 = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

/** The bytes and sha256 metadata of a stored object. */
async function inhoud(sleutel: string) {
  const a = await s3Client().send(
    new GetObjectCommand({ Bucket: config().documentenBucket, Key: sleutel }),
  );
  return { bytes: await a.Body!.transformToByteArray(), sha256: a.Metadata?.sha256 };
}

/** The hash the document record keeps (beoordeelDocument writes it with the acceptance). */
const vastgelegdeHash = (d: object | undefined) => (d as { sha256?: string } | undefined)?.sha256;

describe("documenten bij een zaak over HTTP (§12)", () => {
  it("accepteert een echte PDF en geeft daarna een kortlevende downloadlink", async () => {
    const pdf = kleinePdf("Bijlage business case");
    const { document, upload } = await vraagAan(
      aankondiging({
        soort: "bijlage",
        bestandsnaam: "../../Business case.pdf",
        grootte: pdf.length,
      }),
    );
    // Before the check the document cannot be downloaded.
    const teVroeg = await vraag(
      gw,
      `/api/aanvragen/${zaakId}/documenten/${document.id}/download`,
      als(a),
    );
    expect(teVroeg.status).toBe(409);
    expect(teVroeg.body).toMatchObject({ code: "DOCUMENT_NIET_GECONTROLEERD" });
    await uploadViaFormulier(upload, pdf, "Business case.pdf");
    const ok = await vraag(
      gw,
      `/api/aanvragen/${zaakId}/documenten/${document.id}/bevestiging`,
      als(a, { methode: "POST" }),
    );
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    // The user's path is gone from the label; the key holds server ids only.
    expect(ok.body).toMatchObject({
      soort: "bijlage",
      naam: "Business case.pdf",
      status: "geaccepteerd",
    });
    const opgeslagen = await leesDocument(zaakId, document.id);
    expect(opgeslagen?.objectSleutel).toBe(`zaken/${zaakId}/documenten/${document.id}`);
    expect(await bestaat(opgeslagen!.uploadSleutel)).toBe(false);
    // The final key holds exactly the uploaded bytes, with the hash the record keeps.
    const bewaard = await inhoud(opgeslagen!.objectSleutel);
    expect(bewaard.bytes).toEqual(pdf);
    expect(vastgelegdeHash(opgeslagen)).toBe(sha256(pdf));
    expect(bewaard.sha256).toBe(sha256(pdf));
    // Confirming again changes nothing.
    const weer = await vraag(
      gw,
      `/api/aanvragen/${zaakId}/documenten/${document.id}/bevestiging`,
      als(a, { methode: "POST" }),
    );
    expect(weer.status).toBe(200);

    for (const g of [a, beoordelaar]) {
      const link = await vraag(
        gw,
        `/api/aanvragen/${zaakId}/documenten/${document.id}/download`,
        als(g),
      );
      expect(link.status, JSON.stringify(link.body)).toBe(200);
      expect(link.body).toMatchObject({ geldigSeconden: 60, naam: "Business case.pdf" });
      const bestand = await fetch(String(link.body?.url));
      expect(bestand.status).toBe(200);
      expect(new TextDecoder().decode((await bestand.arrayBuffer()).slice(0, 5))).toBe("%PDF-");
    }
  });

  it("keurt een bestand af dat geen PDF is: 422 met het probleem, en het object is weg", async () => {
    const { document, upload } = await vraagAan(aankondiging({ grootte: PNG.length }));
    // The browser claims a PDF, the bytes are a PNG: only the signature check catches it.
    await uploadViaFormulier(upload, PNG, "plaatje.pdf");
    const doc = await leesDocument(zaakId, document.id);
    expect(await bestaat(doc!.uploadSleutel)).toBe(true);
    const r = await vraag(
      gw,
      `/api/aanvragen/${zaakId}/documenten/${document.id}/bevestiging`,
      als(a, { methode: "POST" }),
    );
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ code: "DOCUMENT_GEEN_PDF", veld: "bestand" });
    expect(String(r.body?.detail)).toContain("%PDF-");
    expect(await bestaat(doc!.uploadSleutel)).toBe(false);
    expect(await bestaat(doc!.objectSleutel)).toBe(false);
    // The refusal is recorded (the aanbieder sees why), the zorgkantoor does not see the document.
    const lijstA = (await vraag(gw, `/api/aanvragen/${zaakId}/documenten`, als(a))).body as {
      documenten: { id: string; status: string; reden: string | null }[];
    };
    expect(lijstA.documenten.find((d) => d.id === document.id)).toMatchObject({
      status: "afgekeurd",
    });
    const lijstZk = (await vraag(gw, `/api/aanvragen/${zaakId}/documenten`, als(beoordelaar)))
      .body as {
      documenten: { id: string }[];
    };
    expect(lijstZk.documenten.map((d) => d.id)).not.toContain(document.id);
    const nogmaals = await vraag(
      gw,
      `/api/aanvragen/${zaakId}/documenten/${document.id}/bevestiging`,
      als(a, { methode: "POST" }),
    );
    expect(nogmaals.status).toBe(409);
    expect(nogmaals.body).toMatchObject({ code: "DOCUMENT_AFGEKEURD" });
  });

  it("zegt dat er nog niets is ontvangen als de upload ontbreekt (422), zonder af te keuren", async () => {
    const { document } = await vraagAan();
    const r = await vraag(
      gw,
      `/api/aanvragen/${zaakId}/documenten/${document.id}/bevestiging`,
      als(a, { methode: "POST" }),
    );
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ code: "DOCUMENT_NIET_ONTVANGEN", veld: "bestand" });
    expect(await leesDocument(zaakId, document.id)).toMatchObject({ status: "wacht_op_upload" });
  });

  it.each([
    ["een te groot bestand", { grootte: 40 * 1024 * 1024 }, "DOCUMENT_TE_GROOT", "grootte"],
    [
      "een ander type dan PDF",
      { contentType: "image/png" },
      "DOCUMENT_TYPE_NIET_TOEGESTAAN",
      "contentType",
    ],
    ["een onbekende soort", { soort: "foto" }, "ONGELDIGE_INVOER", "soort"],
    [
      "een soort die het portaal zelf maakt",
      { soort: "addendum" },
      "DOCUMENTSOORT_NIET_UPLOADBAAR",
      "soort",
    ],
    ["een grootte als tekst", { grootte: "groot" }, "ONGELDIGE_INVOER", "grootte"],
  ])("weigert bij aanmelden %s met 422 en het veld", async (_n, extra, code, veld) => {
    const r = await vraag(
      gw,
      `/api/aanvragen/${zaakId}/documenten`,
      als(a, { methode: "POST", body: aankondiging(extra) }),
    );
    expect(r.status, JSON.stringify(r.body)).toBe(422);
    expect(r.body).toMatchObject({ code, veld });
  });

  it("weigert een rapport van feitelijke bevindingen zolang er geen afspraak is (409)", async () => {
    const r = await vraag(
      gw,
      `/api/aanvragen/${zaakId}/documenten`,
      als(a, { methode: "POST", body: aankondiging({ soort: "rapport_feitelijke_bevindingen" }) }),
    );
    expect(r.status).toBe(409);
    expect(r.body).toMatchObject({ code: "NOG_GEEN_AFSPRAAK", veld: "soort" });
  });

  it("weigert het rapport over 2020 tot 1 januari 2021, ook met een getekend addendum (409), en neemt het daarna aan", async () => {
    const getekend = await zaakIn("addendum_getekend", { jaar: 2020 });
    const eigenaar = await gebruiker([{ rol: "aanbieder", aanbiederId: getekend.aanbiederId }]);
    const meld = (klok: string) =>
      vraag(
        gw,
        `/api/aanvragen/${getekend.id}/documenten`,
        als(eigenaar, {
          methode: "POST",
          headers: { "x-kb-klok": klok },
          body: aankondiging({ soort: "rapport_feitelijke_bevindingen" }),
        }),
      );
    const tijdens = await meld("2020-12-31T23:59:59+01:00");
    expect(tijdens.status, JSON.stringify(tijdens.body)).toBe(409);
    expect(tijdens.body).toMatchObject({ code: "JAAR_NOG_NIET_VOORBIJ", veld: "soort" });
    expect(String((tijdens.body as { detail: string }).detail)).toContain("vanaf 1 januari 2021");
    expect(await documentenVanAanvraag(getekend.id)).toEqual([]);
    const daarna = await meld("2021-01-01T00:00:00+01:00");
    expect(daarna.status, JSON.stringify(daarna.body)).toBe(201);
  });

  it("laat aanbieder B niets van de documenten van A zien of aanvragen (404), en de beoordelaar niet uploaden (403)", async () => {
    const pdf = kleinePdf();
    const { document, upload } = await vraagAan(aankondiging({ grootte: pdf.length }));
    await uploadViaFormulier(upload, pdf, "plan.pdf");
    expect(
      (
        await vraag(
          gw,
          `/api/aanvragen/${zaakId}/documenten/${document.id}/bevestiging`,
          als(b, { methode: "POST" }),
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await vraag(
          gw,
          `/api/aanvragen/${zaakId}/documenten/${document.id}/bevestiging`,
          als(a, { methode: "POST" }),
        )
      ).status,
    ).toBe(200);
    const link = await vraag(
      gw,
      `/api/aanvragen/${zaakId}/documenten/${document.id}/download`,
      als(b),
    );
    expect(link.status).toBe(404);
    expect(link.body).toMatchObject({ code: "NIET_GEVONDEN" });
    expect((await vraag(gw, `/api/aanvragen/${zaakId}/documenten`, als(b))).status).toBe(404);
    expect(
      (
        await vraag(
          gw,
          `/api/aanvragen/${zaakId}/documenten`,
          als(b, { methode: "POST", body: aankondiging() }),
        )
      ).status,
    ).toBe(404);
    // A document id of another case answers as a missing one.
    expect(
      (await vraag(gw, `/api/aanvragen/${zaakId}/documenten/${uniek("doc")}/download`, als(a)))
        .status,
    ).toBe(404);
    expect(
      (
        await vraag(
          gw,
          `/api/aanvragen/${zaakId}/documenten`,
          als(beoordelaar, { methode: "POST", body: aankondiging() }),
        )
      ).status,
    ).toBe(403);
  });

  it("laat een nieuwe upload van een niet-PDF tijdens de bevestiging nooit het document worden (20 pogingen)", async () => {
    // Issue problem 6: with a copy under x-amz-copy-source-if-match, which s3rver ignores, the
    // PNG became the accepted document in 1–2 of 15 tries. Whatever the moment of the re-upload,
    // an accepted document is the PDF, and its bytes hash to the sha256 on its record.
    const pdf = kleinePdf("Kwaliteitsplan, race");
    const uitkomsten: Record<string, number> = {};
    for (let poging = 0; poging < 20; poging++) {
      const { document, upload } = await vraagAan(aankondiging({ grootte: pdf.length }));
      await uploadViaFormulier(upload, pdf, "plan.pdf");
      const voor = await leesDocument(zaakId, document.id);
      // Keeps the upload's folder in s3rver (see test/integratie/documenten/documenten.test.ts).
      const anker = `${voor!.uploadSleutel}-anker`;
      await s3Client().send(
        new PutObjectCommand({ Bucket: config().documentenBucket, Key: anker, Body: "anker" }),
      );
      const [r] = await Promise.all([
        vraag(
          gw,
          `/api/aanvragen/${zaakId}/documenten/${document.id}/bevestiging`,
          als(a, { methode: "POST" }),
        ),
        new Promise((klaar) => setTimeout(klaar, (poging * 11) % 120)).then(() =>
          uploadViaFormulier(upload, PNG, "plan.pdf"),
        ),
      ]);
      const code = r.status === 200 ? "geaccepteerd" : String(r.body?.code);
      uitkomsten[code] = (uitkomsten[code] ?? 0) + 1;
      const na = await leesDocument(zaakId, document.id);
      if (r.status === 200) {
        expect(na?.status).toBe("geaccepteerd");
        const bewaard = await inhoud(na!.objectSleutel);
        expect(new TextDecoder().decode(bewaard.bytes.subarray(0, 5))).toBe("%PDF-");
        expect(sha256(bewaard.bytes)).toBe(vastgelegdeHash(na));
        expect(bewaard.sha256).toBe(vastgelegdeHash(na));
        expect(bewaard.bytes).toEqual(pdf);
      } else {
        // Re-uploaded during the check (409, keeps waiting) or the PNG itself was judged (422);
        // s3rver writes an object in place, so a check may also catch it empty.
        expect([409, 422], JSON.stringify(r.body)).toContain(r.status);
        expect(["DOCUMENT_GEWIJZIGD", "DOCUMENT_GEEN_PDF", "DOCUMENT_LEEG"]).toContain(
          r.body?.code,
        );
        expect(na?.status).toBe(r.status === 409 ? "wacht_op_upload" : "afgekeurd");
        expect(await bestaat(na!.objectSleutel)).toBe(false);
      }
      for (const sleutel of [na!.uploadSleutel, anker])
        await verwijder({ s3: s3Client(), bucket: config().documentenBucket }, sleutel);
    }
    console.log("[probleem 6, HTTP] uitkomsten van 20 pogingen:", uitkomsten);
  });
});
