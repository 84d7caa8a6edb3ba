// docs/regels.md §4.3, §5 and §1 over HTTP: the zorgkantoor reviews an aanvraag — in behandeling,
// aanvulling gevraagd (the aanbieder submits a new version), a toekenning proposed with violations
// (422, nothing stored), a valid proposal, the four-eyes refusal, the second signature (agreement,
// kader total and audit in one transaction), the addendum signed by both parties, vastgelegd.
import { beforeAll, describe, expect, it } from "vitest";
import { leesAanvraag } from "#functions/data/aanvragen.js";
import { leesAfspraken } from "#functions/data/afspraken.js";
import { leesAudit } from "#functions/data/audit.js";
import { leesKader } from "#functions/data/kaders.js";
import { dienIn, wijzigInhoud } from "#functions/data/overgangen.js";
import { aanvraagPk } from "#functions/data/sleutels.js";
import { VoorschotAfspraakSchema } from "#shared/voorschot/afspraak.js";
import {
  AANBIEDER,
  opzetCtx as ctx,
  metApi,
  richtlijnInhoud,
  uniek,
  zaakIn,
  zeker,
  zorgVoorKader,
  zorgVoorPartijen,
} from "../fixture/index.js";
import { gebruiker, type TestGebruiker } from "../http/api.js";
import { verzoeker } from "./verzoeken.js";

const gw = metApi();
const scope = { aanbiederId: uniek("aanbieder"), zorgkantoorId: uniek("zk") };
const anderZk = uniek("zk");
let beoordelaar: TestGebruiker;
let beheer1: TestGebruiker;
let beheer2: TestGebruiker;
let aanbieder: TestGebruiker;
let vreemde: TestGebruiker;

beforeAll(async () => {
  await zorgVoorPartijen(scope);
  await zorgVoorKader(scope.zorgkantoorId, 2020, "5000000.00");
  [beoordelaar, beheer1, beheer2, aanbieder, vreemde] = await Promise.all([
    gebruiker([{ rol: "beoordelaar", zorgkantoorId: scope.zorgkantoorId }]),
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: scope.zorgkantoorId }]),
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: scope.zorgkantoorId }]),
    gebruiker([{ rol: "aanbieder", aanbiederId: scope.aanbiederId }]),
    gebruiker([{ rol: "beoordelaar", zorgkantoorId: anderZk }]),
  ]);
});

const { als, post } = verzoeker(() => gw);

describe("beoordeling van een aanvraag (§4.3, §5)", () => {
  it("neemt in behandeling, vraagt aanvulling, kent toe met vier ogen, tekent en legt vast", async () => {
    const z0 = await zaakIn("ingediend", { ...scope, jaar: 2020, fte: 10 });
    const pad = `/api/aanvragen/${z0.id}`;

    // Werkvoorraad: received 1-11-2019 → streefdatum 13-12-2019 passed on 15-01-2020.
    const lijst = await als(beoordelaar, `/api/zorgkantoren/${scope.zorgkantoorId}/werkvoorraad`, {
      query: { jaar: "2020" },
    });
    expect(lijst.status).toBe(200);
    const regel = (lijst.body!.aanvragen as Record<string, unknown>[]).find((a) => a.id === z0.id);
    expect(regel).toMatchObject({
      toestand: "ingediend",
      aanbiederId: scope.aanbiederId,
      termijn: {
        ontvangen: "2019-11-01",
        streefdatum: "2019-12-13",
        uitersteDatum: "2020-02-01",
        status: "streefdatum_verstreken",
      },
    });

    let r = await post(beoordelaar, `${pad}/in-behandeling`, { versie: z0.versie });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ toestand: "in_beoordeling" });

    // Aanvulling without a reason: 422 naming the field, nothing changed.
    r = await post(beoordelaar, `${pad}/aanvulling`, { versie: r.body!.versie });
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ code: "ONGELDIGE_INVOER", veld: "reden" });
    r = await post(beoordelaar, `${pad}/aanvulling`, {
      versie: (await leesAanvraag(z0.id))!.versie,
      reden: "Graag de onderbouwing van de scholing aanvullen.",
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ toestand: "aanvulling_gevraagd" });
    // §4.3: the aanbieder reads the question with the aanvraag itself, while it waits for aanvulling.
    const gelezen = await als(aanbieder, pad);
    expect(gelezen.body).toMatchObject({
      aanvulling: { reden: "Graag de onderbouwing van de scholing aanvullen." },
    });

    // The aanbieder makes a new version and submits it again (data layer, as the indiening does).
    let z = (await leesAanvraag(z0.id))!;
    z = zeker(
      await wijzigInhoud(z, z.versie, richtlijnInhoud(2020, 10), ctx(AANBIEDER)),
      "wijzigen",
    );
    z = zeker(await dienIn(z, z.versie, ctx(AANBIEDER), { bevindingen: [] }), "opnieuw indienen");
    expect(z.laatsteVersie).toBe(2);
    expect((await als(aanbieder, pad)).body).toMatchObject({ aanvulling: null });
    r = await post(beoordelaar, `${pad}/in-behandeling`, { versie: z.versie });
    expect(r.status, JSON.stringify(r.body)).toBe(200);

    // A toekenning with violations: every one listed, nothing stored.
    const voor = (await leesAanvraag(z0.id))!;
    r = await post(beheer1, `${pad}/toekenning`, {
      versie: voor.versie,
      personeel: "900000.00",
      overige: "100000.00",
    });
    expect(r.status).toBe(422);
    expect(r.headers.get("content-type")).toContain("application/problem+json");
    expect(r.body).toMatchObject({ code: "TOEKENNING_VOLDOET_NIET", veld: "personeel" });
    const overtredingen = r.body!.overtredingen as { code: string; veld: string }[];
    expect(overtredingen.map((o) => [o.code, o.veld])).toEqual([
      ["BOVEN_AANVRAAG", "personeel"],
      // §15.1: less overige than asked needs the lines that are lowered.
      ["OVERIGE_REGELS_NODIG", "overigeRegels"],
      ["MOTIVERING_ONTBREEKT", "motivering"],
    ]);
    const naWeigering = (await leesAanvraag(z0.id))!;
    expect(naWeigering.versie).toBe(voor.versie);
    expect(naWeigering.overig.toekenningsvoorstel).toBeUndefined();

    // A valid proposal by beheer1: it waits for a second signature, unseen by the aanbieder.
    r = await post(beheer1, `${pad}/toekenning`, {
      versie: voor.versie,
      personeel: "850000.00",
      overige: "150000.00",
      compensatie: "24000.00",
      motivering: "Toegekend zoals aangevraagd; de verhouding voldoet aan de richtlijn.",
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({
      toestand: "in_beoordeling",
      voorstel: { totaal: "1024000.00", voorgesteldDoor: { sub: beheer1.sub } },
    });
    const versie = r.body!.versie as number;
    // The work list shows the proposal to the colleague who must sign second (§1).
    const wacht = await als(beheer2, `/api/zorgkantoren/${scope.zorgkantoorId}/werkvoorraad`, {
      query: { jaar: "2020" },
    });
    expect(
      (wacht.body!.aanvragen as Record<string, unknown>[]).find((a) => a.id === z0.id),
    ).toMatchObject({
      voorstelWachtOpTweedeHandtekening: true,
      voorstel: { totaal: "1024000.00", voorgesteldDoor: { sub: beheer1.sub } },
    });
    expect((await als(aanbieder, `${pad}/beoordelingsbrief`)).status).toBe(409);
    const audit = await leesAudit(aanvraagPk(z0.id), "aanbieder");
    expect(audit.map((a) => a.gebeurtenis)).not.toContain("toekenning_voorgesteld");

    // Four eyes: the proposer cannot approve; a beoordelaar has no second signature.
    r = await post(beheer1, `${pad}/toekenning/goedkeuring`, { versie });
    expect(r.status).toBe(403);
    expect(r.body).toMatchObject({ code: "VIER_OGEN" });
    expect(r.body!.detail).toContain("andere medewerker");
    r = await post(beoordelaar, `${pad}/toekenning/goedkeuring`, { versie });
    expect(r.status).toBe(403);

    const kaderVoor = (await leesKader(scope.zorgkantoorId, 2020))!;
    r = await post(
      beheer2,
      `${pad}/toekenning/goedkeuring`,
      { versie },
      "2020-02-20T15:00:00+01:00",
    );
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({
      toestand: "goedgekeurd",
      afspraak: { soort: "initieel", totaal: "1024000.00", compensatie: "24000.00" },
    });
    const kaderNa = (await leesKader(scope.zorgkantoorId, 2020))!;
    expect(kaderNa.afgesproken.minus(kaderVoor.afgesproken).toFixed(2)).toBe("1024000.00");
    expect(kaderNa.ruimte.plus(kaderNa.afgesproken).toFixed(2)).toBe("5000000.00");
    const afspraken = await leesAfspraken(z0.id);
    expect(afspraken).toHaveLength(1);
    expect(afspraken[0]).toMatchObject({
      soort: "initieel",
      totaal: "1024000.00",
      voorgesteldDoor: { sub: beheer1.sub },
      besloten: { sub: beheer2.sub, rol: "zorgkantoor-beheer" },
    });
    const goedgekeurd = (await leesAudit(aanvraagPk(z0.id))).find(
      (a) => a.gebeurtenis === "aanvraag_goedgekeurd",
    );
    expect(goedgekeurd).toMatchObject({
      wie: { sub: beheer2.sub },
      voor: { toestand: "in_beoordeling" },
      na: { toestand: "goedgekeurd", afspraak: { totaal: "1024000.00" } },
    });

    // The beoordelingsbrief is there for the aanbieder now (content; the PDF comes with the web).
    r = await als(aanbieder, `${pad}/beoordelingsbrief`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(JSON.stringify(r.body)).toContain("€ 1.024.000,00");
    expect(r.body).toMatchObject({ datum: "20-02-2020" });

    // The addendum: the aanbieder signs first, zorgkantoor-beheer second → addendum_getekend.
    let z2 = (await leesAanvraag(z0.id))!;
    r = await post(
      aanbieder,
      `${pad}/addendum/handtekening`,
      { versie: z2.versie },
      "2020-03-18T10:00:00+01:00",
    );
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ toestand: "goedgekeurd", getekendOp: null });
    r = await post(aanbieder, `${pad}/addendum/handtekening`, { versie: r.body!.versie });
    expect(r.status).toBe(409);
    expect(r.body).toMatchObject({ code: "AL_GETEKEND" });
    z2 = (await leesAanvraag(z0.id))!;
    r = await post(
      beheer1,
      `${pad}/addendum/handtekening`,
      { versie: z2.versie },
      "2020-03-20T12:00:00+01:00",
    );
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ toestand: "addendum_getekend", getekendOp: "2020-03-20" });
    const getekend = (await leesAanvraag(z0.id))!;
    expect(getekend.overig.voorschot).toEqual({
      jaar: 2020,
      percentage: "0.75",
      getekendOp: "2020-03-20",
      basis: [{ vanafMaand: "2020-01", bedrag: "1024000.00", versie: 1 }],
    });
    // The stored form the voorschot (§6) reads.
    expect(VoorschotAfspraakSchema.safeParse(getekend.overig.voorschot).success).toBe(true);

    r = await post(beoordelaar, `${pad}/vastlegging`, { versie: getekend.versie });
    expect(r.status).toBe(403);
    r = await post(beheer2, `${pad}/vastlegging`, { versie: getekend.versie });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ toestand: "vastgelegd" });

    // A beoordelaar of another zorgkantoor: 404 on everything of this case, as if it did not exist.
    const v = (await leesAanvraag(z0.id))!.versie;
    const vreemd = [
      await als(vreemde, `${pad}/reservering`),
      await als(vreemde, `${pad}/beoordelingsbrief`),
      await post(vreemde, `${pad}/in-behandeling`, { versie: v }),
      await post(vreemde, `${pad}/aanvulling`, { versie: v, reden: "x" }),
      await als(vreemde, `${pad}/mediation`, { methode: "PUT", body: { versie: v, actief: true } }),
      await post(vreemde, `${pad}/toekenning`, { versie: v, personeel: "1.00", overige: "0.00" }),
      await post(vreemde, `${pad}/afwijzing`, { versie: v, motivering: "x" }),
      await als(vreemde, `/api/zorgkantoren/${scope.zorgkantoorId}/werkvoorraad`, {
        query: { jaar: "2020" },
      }),
    ];
    for (const a of vreemd) {
      expect(a.status, JSON.stringify(a.body)).toBe(404);
      expect(a.body).toMatchObject({ code: "NIET_GEVONDEN" });
    }
    expect((await leesAanvraag(z0.id))!.versie).toBe(v);
  });
});
