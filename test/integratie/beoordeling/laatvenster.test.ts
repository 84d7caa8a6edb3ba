// docs/regels.md §3.2 and §4.2 BUITEN_INDIENINGSPERIODE over HTTP: after 31 December t−1 an aanvraag
// can only be submitted in a late window that zorgkantoor-beheer opens for it — with a reason,
// audited and told to the aanbieder, only after the period closed, only until a future day, only
// for a case with something to submit — and the window ends when it says.
import { beforeAll, describe, expect, it } from "vitest";
import { leesAanvraag } from "#functions/data/aanvragen.js";
import { leesAudit } from "#functions/data/audit.js";
import { aanvraagPk } from "#functions/data/sleutels.js";
import { geaccepteerdDocument, metApi, uniek, zaakIn } from "../fixture/index.js";
import { gebruiker, type TestGebruiker } from "../http/api.js";
import { verzoeker } from "./verzoeken.js";

const gw = metApi();
const scope = { aanbiederId: uniek("aanbieder"), zorgkantoorId: uniek("zk") };
let aanbieder: TestGebruiker;
let beoordelaar: TestGebruiker;
let beheer: TestGebruiker;
let beheerElders: TestGebruiker;

beforeAll(async () => {
  [aanbieder, beoordelaar, beheer, beheerElders] = await Promise.all([
    gebruiker([{ rol: "aanbieder", aanbiederId: scope.aanbiederId }]),
    gebruiker([{ rol: "beoordelaar", zorgkantoorId: scope.zorgkantoorId }]),
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: scope.zorgkantoorId }]),
    gebruiker([{ rol: "zorgkantoor-beheer", zorgkantoorId: uniek("zk") }]),
  ]);
});

const { als, post } = verzoeker(() => gw);
const reden = "De aanbieder had een storing bij de indiening op 31 december.";

describe("laat indieningsvenster (§3.2, §4.2)", () => {
  it("na 31 december dient de aanbieder alleen in binnen het late venster dat beheer opent", async () => {
    const concept = await zaakIn("concept", { ...scope, jaar: 2020, inhoud: "volledig" });
    await geaccepteerdDocument(concept);
    const pad = `/api/aanvragen/${concept.id}`;
    const indienen = async (op: string) =>
      post(aanbieder, `${pad}/indiening`, { versie: (await leesAanvraag(concept.id))!.versie }, op);

    let r = await indienen("2020-01-10T10:00:00+01:00");
    expect(r.status).toBe(422);
    expect(r.body!.bevindingen).toContainEqual(
      expect.objectContaining({ code: "BUITEN_INDIENINGSPERIODE", ernst: "blokkeert" }),
    );

    const openen = (wie: TestGebruiker, body: unknown, op = "2020-01-10T10:00:00+01:00") =>
      post(wie, `${pad}/laat-venster`, body, op);
    const geldig = { uiterlijk: "2020-01-17", reden };
    // Refused, each with its reason, and nothing changes.
    r = await openen(beheer, geldig, "2019-12-20T10:00:00+01:00");
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ code: "INDIENINGSPERIODE_NOG_OPEN", veld: "uiterlijk" });
    expect(r.body!.detail).toContain("31-12-2019");
    expect((await openen(beoordelaar, geldig)).status).toBe(403);
    expect((await openen(beheerElders, geldig)).status).toBe(404);
    r = await openen(beheer, { uiterlijk: "2020-01-17" });
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ veld: "reden" });
    r = await openen(beheer, { uiterlijk: "2020-01-05", reden });
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ code: "HEROPENING_VERLOPEN", veld: "uiterlijk" });
    r = await openen(beheer, { uiterlijk: "17-01-2020", reden });
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ veld: "uiterlijk" });
    expect((await leesAanvraag(concept.id))!.overig.laatVenster).toBeUndefined();
    const gebeurtenissen = async () =>
      (await leesAudit(aanvraagPk(concept.id))).map((a) => a.gebeurtenis);
    expect(await gebeurtenissen()).not.toContain("venster_heropend");

    // Opened until 17 January 23:59:59 Amsterdam = 18 January 00:00 CET.
    r = await openen(beheer, geldig);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({
      id: concept.id,
      toestand: "concept",
      laatVenster: { tot: "2020-01-17T23:00:00.000Z", reden },
    });
    const audit = (await leesAudit(aanvraagPk(concept.id), "aanbieder")).find(
      (a) => a.gebeurtenis === "venster_heropend",
    );
    expect(audit).toMatchObject({
      wie: { sub: beheer.sub, rol: "zorgkantoor-beheer" },
      reden,
      na: { venster: "indiening", laatVenster: { tot: "2020-01-17T23:00:00.000Z" } },
    });

    const gelezen = await als(aanbieder, pad, { op: "2020-01-10T10:00:00+01:00" });
    expect(gelezen.body).toMatchObject({ laatVenster: { tot: "2020-01-17T23:00:00.000Z" } });

    // The window ends when it says; within it the aanvraag is submitted.
    r = await indienen("2020-01-18T00:00:00+01:00");
    expect(r.status).toBe(422);
    const buiten = (r.body!.bevindingen as { code: string; melding: string }[]).find(
      (b) => b.code === "BUITEN_INDIENINGSPERIODE",
    );
    expect(buiten?.melding).toContain("Het late venster van het zorgkantoor liep tot");
    r = await indienen("2020-01-17T23:59:00+01:00");
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ toestand: "ingediend" });

    // Submitted: nothing left to open a window for.
    r = await openen(beheer, { uiterlijk: "2020-01-31", reden }, "2020-01-20T10:00:00+01:00");
    expect(r.status).toBe(409);
    expect(r.body).toMatchObject({ code: "NIETS_IN_TE_DIENEN" });
  });
});
