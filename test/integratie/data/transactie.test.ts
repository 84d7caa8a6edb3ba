// / docs/regels.md §12: a state change and its audit record are written together or not at
// all; optimistic locking turns a stale write into a 409 instead of a lost update.
import { afterAll, describe, expect, it } from "vitest";
import { leesAudit } from "#functions/data/audit.js";
import { sluitClients } from "#functions/data/clients.js";
import { leesItem } from "#functions/data/lezen.js";
import { aanvraagPk } from "#functions/data/sleutels.js";
import { alsProbleem, schrijfTransactie } from "#functions/data/transactie.js";
import { bestaat, nieuw, VERSIECONFLICT, wijzig } from "#functions/data/voorwaarden.js";
import { HttpProbleem } from "#functions/lib/probleem.js";
import { gebruikEmulators, uniek } from "../fixture/index.js";
import { ctx } from "./omgeving.js";

gebruikEmulators();
afterAll(() => sluitClients());

const beoordelaar = { sub: "beoordelaar-1", rol: "beoordelaar" } as const;

async function testItem() {
  const pk = aanvraagPk(uniek("aanvraag"));
  const sleutel = { pk, sk: "META" };
  const r = await schrijfTransactie(
    [nieuw({ ...sleutel, toestand: "ingediend" })],
    { gebeurtenis: "aanvraag_aangemaakt", onderwerp: pk },
    ctx(beoordelaar),
  );
  expect(r.ok).toBe(true);
  return sleutel;
}

describe("schrijfTransactie", () => {
  it("schrijft de wijziging en precies één auditrecord samen", async () => {
    const sleutel = await testItem();
    const r = await schrijfTransactie(
      [wijzig(sleutel, 1, { toestand: "in_beoordeling" })],
      {
        gebeurtenis: "aanvraag_in_behandeling",
        onderwerp: sleutel.pk,
        voor: { toestand: "ingediend" },
        na: { toestand: "in_beoordeling" },
        reden: "start beoordeling",
      },
      { ...ctx(beoordelaar), correlatieId: "corr-42" },
    );
    expect(r.ok).toBe(true);
    expect(await leesItem(sleutel)).toMatchObject({ toestand: "in_beoordeling", versie: 2 });
    const audit = await leesAudit(sleutel.pk);
    expect(audit.map((a) => a.gebeurtenis)).toEqual([
      "aanvraag_aangemaakt",
      "aanvraag_in_behandeling",
    ]);
    expect(audit[1]).toMatchObject({
      wie: beoordelaar,
      wanneer: "2020-02-20T09:00:00.000Z",
      voor: { toestand: "ingediend" },
      na: { toestand: "in_beoordeling" },
      reden: "start beoordeling",
      correlatieId: "corr-42",
    });
  });

  it("schrijft niets, ook geen audit, als één voorwaarde faalt", async () => {
    const sleutel = await testItem();
    const weigering = {
      status: 422,
      code: "ONBEKENDE_AANBIEDER",
      melding: "bestaat niet",
    } as const;
    const r = await schrijfTransactie(
      [
        wijzig(sleutel, 1, { toestand: "in_beoordeling" }),
        bestaat({ pk: uniek("AANBIEDER"), sk: "META" }, weigering),
      ],
      { gebeurtenis: "aanvraag_in_behandeling", onderwerp: sleutel.pk },
      ctx(beoordelaar),
    );
    expect(r).toEqual({ ok: false, weigering });
    expect(await leesItem(sleutel)).toMatchObject({ toestand: "ingediend", versie: 1 });
    expect((await leesAudit(sleutel.pk)).map((a) => a.gebeurtenis)).toEqual([
      "aanvraag_aangemaakt",
    ]);
  });

  it("weigert een wijziging op een verouderde versie met 409 CONFLICT", async () => {
    const sleutel = await testItem();
    const eerste = await schrijfTransactie(
      [wijzig(sleutel, 1, { toestand: "in_beoordeling" })],
      { gebeurtenis: "aanvraag_in_behandeling", onderwerp: sleutel.pk },
      ctx(beoordelaar),
    );
    expect(eerste.ok).toBe(true);
    const oud = await schrijfTransactie(
      [wijzig(sleutel, 1, { toestand: "aanvulling_gevraagd" })],
      { gebeurtenis: "aanvulling_gevraagd", onderwerp: sleutel.pk },
      ctx(beoordelaar),
    );
    expect(oud).toEqual({ ok: false, weigering: VERSIECONFLICT });
    const p = alsProbleem(VERSIECONFLICT);
    expect(p).toBeInstanceOf(HttpProbleem);
    expect([p.status, p.code]).toEqual([409, "CONFLICT"]);
    expect(await leesItem(sleutel)).toMatchObject({ toestand: "in_beoordeling", versie: 2 });
  });

  it("maakt een nieuw item alleen als het nog niet bestaat", async () => {
    const sleutel = await testItem();
    const r = await schrijfTransactie(
      [nieuw({ ...sleutel, toestand: "concept" })],
      { gebeurtenis: "aanvraag_aangemaakt", onderwerp: sleutel.pk },
      ctx(beoordelaar),
    );
    expect(r).toMatchObject({ ok: false, weigering: { status: 409, code: "BESTAAT_AL" } });
    expect(await leesItem(sleutel)).toMatchObject({ toestand: "ingediend" });
  });

  it("legt meldingen voor de betrokken partijen vast in dezelfde transactie", async () => {
    const { leesMeldingen } = await import("#functions/data/audit.js");
    const sleutel = await testItem();
    const aanbiederId = uniek("a");
    const zorgkantoorId = uniek("z");
    await schrijfTransactie(
      [wijzig(sleutel, 1, { toestand: "aanvulling_gevraagd" })],
      {
        gebeurtenis: "aanvulling_gevraagd",
        onderwerp: sleutel.pk,
        betrokken: { aanbiederId, zorgkantoorId },
      },
      ctx(beoordelaar),
    );
    const a = await leesMeldingen({ soort: "aanbieder", id: aanbiederId });
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({
      gebeurtenis: "aanvulling_gevraagd",
      email: true,
      partij: "aanbieder",
    });
    // aanvulling_gevraagd is the aanbieder's to act on; the zorgkantoor asked for it itself.
    expect(await leesMeldingen({ soort: "zorgkantoor", id: zorgkantoorId })).toEqual([]);
  });
});
