// docs/regels.md §10 at national size: a daily run does work in proportion to what became due since
// the previous run (no re-claim of every reminder still in its window), tries its failed sends
// again until their obligation is met, looks each address up once per run, and sends in parallel
// within SES's rate.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dynamo, sluitClients } from "#functions/data/clients.js";
import { teHerhalenHerinneringen } from "#functions/data/herinneringen.js";
import {
  aanbiederSleutel,
  aanbiederslijstSleutel,
  zorgkantoorSleutel,
} from "#functions/data/sleutels.js";
import { sluitAdressen } from "#functions/herinneringen/adressen.js";
import type { Instellingen } from "#functions/herinneringen/instellingen.js";
import { voerHerinneringenUit } from "#functions/herinneringen/job.js";
import { herinneringSleutel } from "#shared/herinneringen/herinneringen.js";
import { amsterdam } from "#shared/kalender/tijd.js";
import { zoekCodes } from "../../site/codes.js";
import { gebruikEmulators, uniek } from "../fixture/index.js";
import {
  aanvraag,
  instellingen,
  lid,
  mails,
  namen,
  onbereikbareSes,
  realisatie,
} from "./omgeving.js";

gebruikEmulators();
afterAll(() => {
  sluitClients();
  sluitAdressen();
});

const sinds = Math.floor(Date.now() / 1000) - 5;
let opties: Instellingen;
beforeAll(() => {
  opties = instellingen();
});

/** A zorgkantoor with `n` aanbieder users on one agreed case of 2020 (they owe the realisaties). */
async function zaak(n = 1) {
  const zorgkantoorId = uniek("zk");
  const aanbiederId = uniek("aanbieder");
  const leden = [];
  for (let i = 0; i < n; i++) leden.push(await lid({ rol: "aanbieder", aanbiederId }));
  const id = await aanvraag({
    aanbiederId,
    zorgkantoorId,
    jaar: 2020,
    toestand: "vastgelegd",
    ontvangenOp: "2019-10-01T10:00:00.000Z",
    afspraak: true,
  });
  return { zorgkantoorId, aanbiederId, leden, id };
}

describe("de dagelijkse herinneringenrun", () => {
  it("claimt de dag erna niets opnieuw wat al verstuurd is", async () => {
    const z = await zaak();
    const run = (op: Date) =>
      voerHerinneringenUit({ op, zorgkantoorIds: [z.zorgkantoorId], instellingen: opties });
    expect(await run(amsterdam(2020, 5, 17, 8, 30))).toEqual({
      verstuurd: 1,
      overgeslagen: 0,
      mislukt: 0,
    });
    // Before: the 14-day reminder was still the latest due moment, so every later day claimed it
    // again and the conditional write failed (overgeslagen: 1 a day until the 3-day moment).
    for (const dag of [18, 19, 20, 27])
      expect(await run(amsterdam(2020, 5, dag, 8, 30)), `${dag} mei`).toEqual({
        verstuurd: 0,
        overgeslagen: 0,
        mislukt: 0,
      });
    // The 3-day moment (28 May 08:00) came after the previous run: sent on the 28th.
    expect(await run(amsterdam(2020, 5, 28, 8, 30))).toMatchObject({ verstuurd: 1 });
    expect(await mails(sinds, [z.leden[0]!.email])).toHaveLength(2);
  });

  it("probeert een mislukte verzending opnieuw tot de verplichting voldaan is, en vergeet haar dan", async () => {
    const z = await zaak();
    const sleutel = herinneringSleutel(
      z.leden[0]!.sub,
      `realisatie_mei:${z.id}`,
      amsterdam(2020, 5, 17, 8),
    );
    const dicht = await onbereikbareSes();
    try {
      const s = await voerHerinneringenUit({
        op: amsterdam(2020, 5, 17, 8, 30),
        zorgkantoorIds: [z.zorgkantoorId],
        instellingen: opties,
        ses: dicht,
      });
      expect(s.mislukt).toBe(1);
    } finally {
      dicht.destroy();
    }
    expect([...(await teHerhalenHerinneringen(z.zorgkantoorId))]).toEqual([sleutel]);
    await realisatie(z.id, 2020, "mei");
    const s = await voerHerinneringenUit({
      op: amsterdam(2020, 5, 18, 8, 30),
      zorgkantoorIds: [z.zorgkantoorId],
      instellingen: opties,
    });
    expect(s).toEqual({ verstuurd: 0, overgeslagen: 0, mislukt: 0 });
    expect([...(await teHerhalenHerinneringen(z.zorgkantoorId))]).toEqual([]);
    expect(await mails(sinds, [z.leden[0]!.email])).toHaveLength(0);
  });

  it("zoekt elk adres één keer per run op en verstuurt parallel binnen het SES-tempo", async () => {
    const z = await zaak(25);
    // The same aanbieder at a second zorgkantoor: its users are reminded twice in this run.
    const tweede = uniek("zk");
    await aanvraag({
      aanbiederId: z.aanbiederId,
      zorgkantoorId: tweede,
      jaar: 2020,
      toestand: "vastgelegd",
      ontvangenOp: "2019-10-01T10:00:00.000Z",
      afspraak: true,
    });
    const adres = new Map(z.leden.map((l) => [l.sub, l.email]));
    const opgezocht: string[] = [];
    const t0 = performance.now();
    const s = await voerHerinneringenUit({
      op: amsterdam(2020, 5, 17, 8, 30),
      zorgkantoorIds: [z.zorgkantoorId, tweede],
      instellingen: { ...opties, mailsPerSeconde: 20 },
      adresVan: async (sub) => {
        opgezocht.push(sub);
        return adres.get(sub);
      },
    });
    const duur = performance.now() - t0;
    expect(s).toEqual({ verstuurd: 50, overgeslagen: 0, mislukt: 0 });
    expect(opgezocht.sort()).toEqual([...adres.keys()].sort());
    // 50 mails at 20 a second: never faster than two full seconds, whatever the machine.
    expect(duur).toBeGreaterThanOrEqual(2000);
    expect(
      await mails(
        sinds,
        z.leden.map((l) => l.email),
      ),
    ).toHaveLength(50);
  });

  it("stuurt de beoordelingsherinnering aan de behandelaar; zonder behandelaar aan beheer, nooit aan elke beoordelaar", async () => {
    const zorgkantoorId = uniek("zk");
    const [a, b, beheer] = await Promise.all([
      lid({ rol: "beoordelaar", zorgkantoorId }),
      lid({ rol: "beoordelaar", zorgkantoorId }),
      lid({ rol: "zorgkantoor-beheer", zorgkantoorId }),
    ]);
    const ontvangen = { jaar: 2020, toestand: "in_beoordeling" as const, zorgkantoorId };
    const ontvangenOp = "2019-11-15T10:00:00.000Z";
    const baken = uniek("aanbieder");
    // The aanbieder without a behandelaar is missing from the list (a case from before it).
    await namen({ id: zorgkantoorId, naam: "Zorgkantoor Zuid" }, [
      { id: baken, naam: "Zorgcentrum Het Baken" },
    ]);
    const metBehandelaar = await aanvraag({
      ...ontvangen,
      aanbiederId: baken,
      ontvangenOp,
      behandelaar: a.sub,
    });
    const zonder = await aanvraag({ ...ontvangen, aanbiederId: uniek("aanbieder"), ontvangenOp });
    // §5: received 15-11-2019, streefdatum 27-12-2019: its 14-day reminder on 13-12 08:00.
    const s = await voerHerinneringenUit({
      op: amsterdam(2019, 12, 13, 8, 30),
      zorgkantoorIds: [zorgkantoorId],
      instellingen: opties,
    });
    expect(s).toEqual({ verstuurd: 2, overgeslagen: 0, mislukt: 0 });
    const aan = async (wie: { email: string }) =>
      (await mails(sinds, [wie.email])).map((m) => m.body.text);
    expect(await aan(a)).toHaveLength(1);
    expect((await aan(a))[0]).toContain(metBehandelaar);
    expect(await aan(b)).toHaveLength(0);
    expect(await aan(beheer)).toHaveLength(1);
    expect((await aan(beheer))[0]).toContain(zonder);
    // The mail names the aanbieder and the year of the case; an unknown name in words, no id.
    const [naarA] = await mails(sinds, [a.email]);
    expect(naarA!.subject).toBe(
      "Herinnering: aanvraag beoordelen (streefdatum: zes weken na ontvangst) voor Zorgcentrum Het Baken (aanvraag 2020) uiterlijk 27-12-2019",
    );
    expect(naarA!.body.text).toContain("Voor: Zorgcentrum Het Baken, aanvraag 2020.");
    expect((await aan(beheer))[0]).toContain("Voor: de zorgaanbieder, aanvraag 2020.");
    for (const m of await mails(sinds, [a.email, beheer.email]))
      expect(zoekCodes(m.subject + m.body.text.replace(/https?:\/\/\S+/g, ""))).toEqual([]);
  });

  it("leest de namen voor de mails per zorgkantoor één keer, niet per mail", async () => {
    const zorgkantoorId = uniek("zk");
    const aanbieders = [1, 2, 3].map((i) => ({ id: uniek("aanbieder"), naam: `Zorggroep ${i}` }));
    await namen({ id: zorgkantoorId, naam: "Zorgkantoor Oost" }, aanbieders);
    const adressen: string[] = [];
    for (const a of aanbieders) {
      adressen.push((await lid({ rol: "aanbieder", aanbiederId: a.id })).email);
      await aanvraag({
        aanbiederId: a.id,
        zorgkantoorId,
        jaar: 2020,
        toestand: "vastgelegd",
        ontvangenOp: "2019-10-01T10:00:00.000Z",
        afspraak: true,
      });
    }
    const gelezen: string[] = [];
    dynamo().middlewareStack.add(
      (next) => async (args) => {
        const k = (args.input as { Key?: { pk: string; sk: string } }).Key;
        if (k) gelezen.push(`${k.pk}|${k.sk}`);
        return next(args);
      },
      { step: "initialize", name: "kbSleutelTeller", override: true },
    );
    try {
      const s = await voerHerinneringenUit({
        op: amsterdam(2020, 5, 17, 8, 30),
        zorgkantoorIds: [zorgkantoorId],
        instellingen: opties,
      });
      expect(s).toEqual({ verstuurd: 3, overgeslagen: 0, mislukt: 0 });
    } finally {
      dynamo().middlewareStack.remove("kbSleutelTeller");
    }
    const keer = (k: { pk: string; sk: string }) =>
      gelezen.filter((g) => g === `${k.pk}|${k.sk}`).length;
    expect(keer(aanbiederslijstSleutel(zorgkantoorId))).toBe(1);
    expect(keer(zorgkantoorSleutel(zorgkantoorId))).toBe(1);
    for (const a of aanbieders) expect(keer(aanbiederSleutel(a.id)), a.naam).toBe(0);
    // ... and each mail still names its own aanbieder and the zorgkantoor.
    expect(
      (await mails(sinds, adressen)).map((m) => m.body.text.match(/^Voor: .*$/m)?.[0]).sort(),
    ).toEqual(aanbieders.map((a) => `Voor: ${a.naam}, aanvraag 2020 bij Zorgkantoor Oost.`));
  });
});
