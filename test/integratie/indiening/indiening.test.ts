// docs/regels.md §4 over HTTP, as the aanbieder does it: create the aanvraag, save the concept, upload
// the kwaliteitsplan through the presigned POST, submit (refused with findings, then accepted),
// and the frozen version afterwards; the zorgkantoor's view, versions and their differences.
import { beforeAll, describe, expect, it } from "vitest";
import { leesAudit } from "#functions/data/audit.js";
import { voerOvergangUit } from "#functions/data/overgangen.js";
import { aanvraagPk } from "#functions/data/sleutels.js";
import type { AanvraagInvoer } from "#shared/indiening/aanvraag.js";
import { kleinePdf, uploadViaFormulier } from "../documenten/hulp.js";
import { actueel, metApi, uniek, volledigeInhoud, zorgVoorPartijen } from "../fixture/index.js";
import { gebruiker, type TestGebruiker, type Verzoekopties, vraag } from "../http/api.js";

const gw = metApi();
const scope = { aanbiederId: uniek("aanbieder"), zorgkantoorId: uniek("zk") };
let aanbieder: TestGebruiker;
let beoordelaar: TestGebruiker;

// 15 November 2019: inside the indieningsperiode for 2020 (§3.2).
const KLOK = "2019-11-15T10:00:00+01:00";
const als = (g: TestGebruiker, o: Verzoekopties = {}): Verzoekopties => ({
  ...o,
  token: g.idToken,
  headers: { "x-kb-klok": KLOK, ...o.headers },
});

beforeAll(async () => {
  await zorgVoorPartijen(scope, { bankrekening: false });
  [aanbieder, beoordelaar] = await Promise.all([
    gebruiker([{ rol: "aanbieder", aanbiederId: scope.aanbiederId }]),
    gebruiker([{ rol: "beoordelaar", zorgkantoorId: scope.zorgkantoorId }]),
  ]);
});

type Json = Record<string, unknown> & {
  id: string;
  versie: number;
  toestand: string;
  bevindingen: { code: string; veld: string; ernst: string }[];
  huidigeVersie: { nummer: number; status: string; inhoud: AanvraagInvoer } | null;
};
const json = (b: unknown) => b as Json;

/** The content without the verklaringen and with a SMART part missing: two blocking findings. */
function onvolledig(jaar: number): AanvraagInvoer {
  const v = volledigeInhoud(jaar);
  const jaarregels = v.begroting![0]!;
  return {
    ...v,
    verklaringen: {
      geenDubbeleBekostiging: false,
      uitsluitendVv4TotVv10: true,
      extraFteTovBasisjaar: true,
    },
    begroting: [
      {
        ...jaarregels,
        overige: [{ ...jaarregels.overige![0]!, smart: { specifiekDoel: "Scholing" } }],
      },
    ],
  };
}

describe("indiening van een aanvraag over HTTP (§4)", () => {
  it("maakt, bewaart, uploadt het kwaliteitsplan en dient in; de ingediende versie ligt vast", async () => {
    // Create the concept; a second for the same triple is refused (§2).
    const nieuw = { ...scope, jaar: 2020 };
    const gemaakt = await vraag(
      gw,
      "/api/aanvragen",
      als(aanbieder, { methode: "POST", body: nieuw }),
    );
    expect(gemaakt.status, JSON.stringify(gemaakt.body)).toBe(201);
    const a = json(gemaakt.body);
    expect(a).toMatchObject({
      toestand: "concept",
      versie: 1,
      laatsteVersie: 1,
      kanIndienen: false,
    });
    expect(a.bevindingen.map((b) => b.code)).toContain("KWALITEITSPLAN_ONTBREEKT");
    const tweede = await vraag(
      gw,
      "/api/aanvragen",
      als(aanbieder, { methode: "POST", body: nieuw }),
    );
    expect(tweede.status).toBe(409);
    expect(tweede.body).toMatchObject({ code: "AANVRAAG_BESTAAT_AL" });
    expect(String(tweede.body?.detail)).toMatch(/al een aanvraag .* voor 2020/);

    // Save the concept; a second save on the versie read before is stale → 409.
    const pad = `/api/aanvragen/${a.id}`;
    const opgeslagen = await vraag(
      gw,
      `${pad}/inhoud`,
      als(aanbieder, { methode: "PUT", body: { versie: 1, inhoud: onvolledig(2020) } }),
    );
    expect(opgeslagen.status, JSON.stringify(opgeslagen.body)).toBe(200);
    expect(json(opgeslagen.body)).toMatchObject({ versie: 2, toestand: "concept" });
    const verouderd = await vraag(
      gw,
      `${pad}/inhoud`,
      als(aanbieder, { methode: "PUT", body: { versie: 1, inhoud: volledigeInhoud(2020) } }),
    );
    expect(verouderd.status).toBe(409);
    expect(verouderd.body).toMatchObject({ code: "CONFLICT" });

    // Upload a real PDF through the presigned POST and confirm it (§12).
    const pdf = kleinePdf("Kwaliteitsplan 2020");
    const aangevraagd = await vraag(
      gw,
      `${pad}/documenten`,
      als(aanbieder, {
        methode: "POST",
        body: {
          soort: "kwaliteitsplan",
          bestandsnaam: "Kwaliteitsplan 2020.pdf",
          grootte: pdf.length,
          contentType: "application/pdf",
        },
      }),
    );
    expect(aangevraagd.status, JSON.stringify(aangevraagd.body)).toBe(201);
    const { document, upload } = aangevraagd.body as {
      document: { id: string; status: string };
      upload: {
        url: string;
        velden: Record<string, string>;
        geldigSeconden: number;
        maxBytes: number;
      };
    };
    expect(document.status).toBe("wacht_op_upload");
    expect(upload.maxBytes).toBe(25 * 1024 * 1024);
    expect(Object.values(upload.velden).join(" ")).not.toContain("Kwaliteitsplan 2020");
    await uploadViaFormulier(upload, pdf, "Kwaliteitsplan 2020.pdf");
    const bevestigd = await vraag(
      gw,
      `${pad}/documenten/${document.id}/bevestiging`,
      als(aanbieder, { methode: "POST" }),
    );
    expect(bevestigd.status, JSON.stringify(bevestigd.body)).toBe(200);
    expect(bevestigd.body).toMatchObject({
      status: "geaccepteerd",
      contentType: "application/pdf",
      grootte: pdf.length,
    });

    // Submit with blocking findings → 422 listing them; nothing changed.
    const geweigerd = await vraag(
      gw,
      `${pad}/indiening`,
      als(aanbieder, { methode: "POST", body: { versie: 2 } }),
    );
    expect(geweigerd.status, JSON.stringify(geweigerd.body)).toBe(422);
    expect(geweigerd.headers.get("content-type")).toMatch(/application\/problem\+json/);
    const p = geweigerd.body as { code: string; bevindingen: { code: string; veld: string }[] };
    expect(p.code).toBe("AANVRAAG_NIET_INDIENBAAR");
    expect(p.bevindingen).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: "VERKLARING_ONTBREEKT",
          veld: "verklaringen.geenDubbeleBekostiging",
        }),
        expect.objectContaining({ code: "SMART_ONVOLLEDIG" }),
      ]),
    );
    // The confirmed kwaliteitsplan counts: that finding is gone.
    expect(p.bevindingen.map((b) => b.code)).not.toContain("KWALITEITSPLAN_ONTBREEKT");
    const nogConcept = json((await vraag(gw, pad, als(aanbieder))).body);
    expect(nogConcept).toMatchObject({ toestand: "concept", versie: 2, ontvangenOp: null });

    // Complete and submit.
    const volledig = await vraag(
      gw,
      `${pad}/inhoud`,
      als(aanbieder, { methode: "PUT", body: { versie: 2, inhoud: volledigeInhoud(2020) } }),
    );
    expect(volledig.status, JSON.stringify(volledig.body)).toBe(200);
    expect(json(volledig.body)).toMatchObject({ versie: 3, kanIndienen: true });
    const ingediend = await vraag(
      gw,
      `${pad}/indiening`,
      als(aanbieder, { methode: "POST", body: { versie: 3 } }),
    );
    expect(ingediend.status, JSON.stringify(ingediend.body)).toBe(200);
    const na = json(ingediend.body);
    expect(na).toMatchObject({
      toestand: "ingediend",
      versie: 4,
      ontvangenOp: "2019-11-15T09:00:00.000Z",
      kanIndienen: false,
      beoordelingstermijn: {
        ontvangen: "2019-11-15",
        streefdatum: "2019-12-27",
        uitersteDatum: "2020-02-15",
        status: "binnen_termijn",
      },
    });
    expect(na.bevindingen.filter((b) => b.ernst === "blokkeert")).toEqual([]);

    // The version is frozen with the plan it was checked with.
    const versie = await vraag(gw, `${pad}/versies/1`, als(aanbieder));
    expect(versie.body).toMatchObject({
      nummer: 1,
      status: "ingediend",
      ingediendOp: "2019-11-15T09:00:00.000Z",
    });
    expect((versie.body as { inhoud: AanvraagInvoer }).inhoud.documenten).toEqual([
      { id: document.id, soort: "kwaliteitsplan", naam: "Kwaliteitsplan 2020.pdf" },
    ]);
    // A further change is refused with the state machine's reason.
    const daarna = await vraag(
      gw,
      `${pad}/inhoud`,
      als(aanbieder, { methode: "PUT", body: { versie: 4, inhoud: volledigeInhoud(2020) } }),
    );
    expect(daarna.status).toBe(409);
    expect(daarna.body).toMatchObject({ code: "OVERGANG_NIET_MOGELIJK" });
    expect(String(daarna.body?.detail)).toContain('toestand "ingediend"');
    const nogmaals = await vraag(
      gw,
      `${pad}/indiening`,
      als(aanbieder, { methode: "POST", body: { versie: 4 } }),
    );
    expect(nogmaals.status).toBe(409);

    // The audit trail has every step, and the refused submission left none.
    const trail = (await leesAudit(aanvraagPk(a.id))).map((r) => r.gebeurtenis);
    expect(trail).toEqual([
      "aanvraag_aangemaakt",
      "aanvraag_gewijzigd",
      "document_aangemeld",
      "document_toegevoegd",
      "aanvraag_gewijzigd",
      "aanvraag_ingediend",
    ]);

    // The beoordelaar of the zorgkantoor sees the submitted version and its deadlines (§5).
    const zk = json((await vraag(gw, pad, als(beoordelaar))).body);
    expect(zk).toMatchObject({
      toestand: "ingediend",
      huidigeVersie: { nummer: 1, status: "ingediend" },
    });
    expect(zk.beoordelingstermijn).toMatchObject({ streefdatum: "2019-12-27" });
  });

  it("laat de zorgkantoor een concept niet zien, wel de ingediende versies (§1)", async () => {
    const eigen = { aanbiederId: scope.aanbiederId, zorgkantoorId: uniek("zk") };
    await zorgVoorPartijen(eigen, { bankrekening: false });
    const bekijker = await gebruiker([{ rol: "beoordelaar", zorgkantoorId: eigen.zorgkantoorId }]);
    const a = json(
      (
        await vraag(
          gw,
          "/api/aanvragen",
          als(aanbieder, { methode: "POST", body: { ...eigen, jaar: 2021 } }),
        )
      ).body,
    );
    const gezien = await vraag(gw, `/api/aanvragen/${a.id}`, als(bekijker));
    expect(gezien.status).toBe(200);
    expect(gezien.body).toMatchObject({
      toestand: "concept",
      huidigeVersie: null,
      bevindingen: [],
    });
    expect((await vraag(gw, `/api/aanvragen/${a.id}/versies/1`, als(bekijker))).status).toBe(404);
    expect((await vraag(gw, `/api/aanvragen/${a.id}/versies`, als(bekijker))).body).toMatchObject({
      versies: [],
    });
    const lijst = await vraag(gw, "/api/aanvragen", als(aanbieder, { query: { jaar: "2021" } }));
    expect((lijst.body as { aanvragen: { id: string }[] }).aanvragen.map((x) => x.id)).toContain(
      a.id,
    );
  });

  it("maakt na een verzoek om aanvulling een nieuwe versie en toont de verschillen (§4.3)", async () => {
    const eigen = { aanbiederId: scope.aanbiederId, zorgkantoorId: uniek("zk") };
    await zorgVoorPartijen(eigen, { bankrekening: false });
    const a = json(
      (
        await vraag(
          gw,
          "/api/aanvragen",
          als(aanbieder, {
            methode: "POST",
            body: { ...eigen, jaar: 2020, inhoud: volledigeInhoud(2020) },
          }),
        )
      ).body,
    );
    const pad = `/api/aanvragen/${a.id}`;
    const pdf = kleinePdf();
    const aangevraagd = await vraag(
      gw,
      `${pad}/documenten`,
      als(aanbieder, {
        methode: "POST",
        body: {
          soort: "kwaliteitsplan",
          bestandsnaam: "plan.pdf",
          grootte: pdf.length,
          contentType: "application/pdf",
        },
      }),
    );
    const { document, upload } = aangevraagd.body as { document: { id: string }; upload: never };
    await uploadViaFormulier(upload, pdf, "plan.pdf");
    expect(
      (
        await vraag(
          gw,
          `${pad}/documenten/${document.id}/bevestiging`,
          als(aanbieder, { methode: "POST" }),
        )
      ).status,
    ).toBe(200);
    const ingediend = await vraag(
      gw,
      `${pad}/indiening`,
      als(aanbieder, { methode: "POST", body: { versie: 1 } }),
    );
    expect(ingediend.status, JSON.stringify(ingediend.body)).toBe(200);

    // The zorgkantoor takes it up and asks for aanvulling (its own Lambda; here the data layer).
    const ctx = {
      wie: { sub: beoordelaar.sub, rol: "beoordelaar" as const },
      nu: new Date(),
      correlatieId: uniek("t"),
    };
    let z = await actueel(a.id);
    const r1 = await voerOvergangUit(z, z.versie, "inBehandelingNemen", ctx);
    expect(r1.ok).toBe(true);
    z = await actueel(a.id);
    expect((await voerOvergangUit(z, z.versie, "aanvullingVragen", ctx)).ok).toBe(true);
    z = await actueel(a.id);

    const gewijzigd = volledigeInhoud(2020);
    gewijzigd.begroting![0]!.overige![0]!.bedrag = "12000.00";
    const nieuw = await vraag(
      gw,
      `${pad}/inhoud`,
      als(aanbieder, { methode: "PUT", body: { versie: z.versie, inhoud: gewijzigd } }),
    );
    expect(nieuw.status, JSON.stringify(nieuw.body)).toBe(200);
    expect(json(nieuw.body)).toMatchObject({
      toestand: "aanvulling_gevraagd",
      laatsteVersie: 2,
      huidigeVersie: { nummer: 2, status: "concept" },
    });
    // Version 1 stays as submitted.
    const v1 = await vraag(gw, `${pad}/versies/1`, als(aanbieder));
    expect(v1.body).toMatchObject({ status: "ingediend" });
    expect((v1.body as { inhoud: AanvraagInvoer }).inhoud.begroting![0]!.overige![0]!.bedrag).toBe(
      "15000.00",
    );
    const verschil = await vraag(
      gw,
      `${pad}/verschil`,
      als(aanbieder, { query: { van: "1", naar: "2" } }),
    );
    expect(verschil.status).toBe(200);
    expect(verschil.body).toMatchObject({
      van: 1,
      naar: 2,
      verschillen: [{ pad: "begroting[0].overige[0].bedrag", voor: "15000.00", na: "12000.00" }],
    });
    // The zorgkantoor does not see the new concept yet: a difference with it is 404, version 1 is there.
    const zk = await gebruiker([{ rol: "beoordelaar", zorgkantoorId: eigen.zorgkantoorId }]);
    expect((await vraag(gw, `${pad}/versies/1`, als(zk))).status).toBe(200);
    expect(
      (await vraag(gw, `${pad}/verschil`, als(zk, { query: { van: "1", naar: "2" } }))).status,
    ).toBe(404);
  });
});
