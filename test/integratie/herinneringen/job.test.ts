// docs/regels.md §10: the reminder job against the emulators — recorded before it is sent,
// so a repeated or concurrent run sends nothing twice; nothing for an obligation already met; a
// failed send is never marked sent and goes out on the next run; a month of daily runs sends
// exactly the expected mails.
import type { SESv2Client } from "@aws-sdk/client-sesv2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sluitClients } from "#functions/data/clients.js";
import { leesHerinnering } from "#functions/data/herinneringen.js";
import { sluitAdressen } from "#functions/herinneringen/adressen.js";
import { voerHerinneringenUit } from "#functions/herinneringen/job.js";
import { herinneringSleutel } from "#shared/herinneringen/herinneringen.js";
import { amsterdam } from "#shared/kalender/tijd.js";
import { link as paginaLink } from "#shared/paginas.js";
import { zoekCodes } from "../../site/codes.js";
import { gebruikEmulators, uniek } from "../fixture/index.js";
import {
  aanvraag,
  instellingen,
  lid,
  mails,
  namen,
  type OpgeslagenMail,
  onbereikbareSes,
  realisatie,
} from "./omgeving.js";

gebruikEmulators();
afterAll(() => {
  sluitClients();
  sluitAdressen();
});

const sinds = Math.floor(Date.now() / 1000) - 5;
let opties: ReturnType<typeof instellingen>;
beforeAll(() => {
  opties = instellingen();
});

/** What a reader sees of a mail: the text without its links (a deep link carries an id by design). */
const leesbaar = (m: OpgeslagenMail): string =>
  [m.subject, m.body.text, m.body.html.replace(/<[^>]*>/g, " ")]
    .join("\n")
    .replace(/https?:\/\/\S+/g, "");

/** One zorgkantoor with one aanbieder whose agreement of 2020 owes the realisaties (§7). */
async function zaak() {
  const zorgkantoorId = uniek("zk");
  const aanbiederId = uniek("aanbieder");
  await namen({ id: zorgkantoorId, naam: "Zorgkantoor Noord" }, [
    { id: aanbiederId, naam: "Zorggroep De Linde" },
  ]);
  const aanbieder = await lid({ rol: "aanbieder", aanbiederId });
  const id = await aanvraag({
    aanbiederId,
    zorgkantoorId,
    jaar: 2020,
    toestand: "vastgelegd",
    ontvangenOp: "2019-10-01T10:00:00.000Z",
    afspraak: true,
  });
  return { zorgkantoorId, aanbiederId, aanbieder, id };
}

const run = (zorgkantoorId: string, op: Date, extra: { ses?: SESv2Client } = {}) =>
  voerHerinneringenUit({ op, zorgkantoorIds: [zorgkantoorId], instellingen: opties, ...extra });

const op17mei = amsterdam(2020, 5, 17, 8, 30);

describe("herinneringen versturen", () => {
  it("verstuurt de herinnering één keer, ook bij een tweede run op hetzelfde moment", async () => {
    const z = await zaak();
    expect(await run(z.zorgkantoorId, op17mei)).toEqual({
      verstuurd: 1,
      overgeslagen: 0,
      mislukt: 0,
    });
    expect(await run(z.zorgkantoorId, op17mei)).toEqual({
      verstuurd: 0,
      overgeslagen: 1,
      mislukt: 0,
    });
    const m = await mails(sinds, [z.aanbieder.email]);
    expect(m).toHaveLength(1);
    expect(m[0]!.from).toBe(opties.afzender);
    expect(m[0]!.subject).toBe(
      "Herinnering: realisatie januari t/m april invullen voor Zorggroep De Linde (aanvraag 2020) uiterlijk 31-05-2020",
    );
    expect(m[0]!.body.text).toContain(
      "Voor: Zorggroep De Linde, aanvraag 2020 bij Zorgkantoor Noord.",
    );
    expect(zoekCodes(leesbaar(m[0]!))).toEqual([]);
    const link = `https://portaal.test${paginaLink.realisatie(z.id, "mei")}`;
    expect(m[0]!.body.text).toContain("Over veertien dagen verloopt de termijn.");
    expect(m[0]!.body.text).toContain(link);
    expect(m[0]!.body.html).toContain(`<a href="${link.replaceAll("&", "&amp;")}">`);
    const record = await leesHerinnering(
      herinneringSleutel(z.aanbieder.sub, `realisatie_mei:${z.id}`, amsterdam(2020, 5, 17, 8)),
    );
    expect(record).toMatchObject({ status: "verstuurd", pogingen: 1, email: z.aanbieder.email });
  });

  it("verstuurt bij twee gelijktijdige runs geen dubbele mail", async () => {
    const z = await zaak();
    const tweede = await lid({ rol: "aanbieder", aanbiederId: z.aanbiederId });
    const [a, b] = await Promise.all([
      run(z.zorgkantoorId, op17mei),
      run(z.zorgkantoorId, op17mei),
    ]);
    expect(a.verstuurd + b.verstuurd).toBe(2);
    expect(a.overgeslagen + b.overgeslagen).toBe(2);
    expect(a.mislukt + b.mislukt).toBe(0);
    const m = await mails(sinds, [z.aanbieder.email, tweede.email]);
    expect(m.map((x) => x.destination.to[0]).sort()).toEqual(
      [z.aanbieder.email, tweede.email].sort(),
    );
  });

  it("stuurt niets voor een verplichting die voldaan is (realisatie mei ingediend)", async () => {
    const z = await zaak();
    await realisatie(z.id, 2020, "mei");
    expect(await run(z.zorgkantoorId, op17mei)).toEqual({
      verstuurd: 0,
      overgeslagen: 0,
      mislukt: 0,
    });
    expect(await mails(sinds, [z.aanbieder.email])).toHaveLength(0);
  });

  it("markeert een mislukte verzending nooit als verstuurd en verstuurt haar bij de volgende run", async () => {
    const z = await zaak();
    const dicht = await onbereikbareSes();
    try {
      expect(await run(z.zorgkantoorId, op17mei, { ses: dicht })).toEqual({
        verstuurd: 0,
        overgeslagen: 0,
        mislukt: 1,
      });
    } finally {
      dicht.destroy();
    }
    const sleutel = herinneringSleutel(
      z.aanbieder.sub,
      `realisatie_mei:${z.id}`,
      amsterdam(2020, 5, 17, 8),
    );
    const mislukt = await leesHerinnering(sleutel);
    expect(mislukt).toMatchObject({ status: "mislukt", pogingen: 1 });
    expect(mislukt?.fout).toBeTruthy();
    expect(await mails(sinds, [z.aanbieder.email])).toHaveLength(0);

    expect(await run(z.zorgkantoorId, amsterdam(2020, 5, 18, 8, 30))).toEqual({
      verstuurd: 1,
      overgeslagen: 0,
      mislukt: 0,
    });
    expect(await leesHerinnering(sleutel)).toMatchObject({ status: "verstuurd", pogingen: 2 });
    expect(await mails(sinds, [z.aanbieder.email])).toHaveLength(1);
  });

  it("geeft na drie mislukte runs op (definitief) en bewaart het adres waarheen het misging", async () => {
    const z = await zaak();
    const dicht = await onbereikbareSes();
    try {
      for (const dag of [17, 18, 19])
        expect(
          await run(z.zorgkantoorId, amsterdam(2020, 5, dag, 8, 30), { ses: dicht }),
        ).toMatchObject({ verstuurd: 0, mislukt: 1 });
    } finally {
      dicht.destroy();
    }
    const sleutel = herinneringSleutel(
      z.aanbieder.sub,
      `realisatie_mei:${z.id}`,
      amsterdam(2020, 5, 17, 8),
    );
    expect(await leesHerinnering(sleutel)).toMatchObject({
      status: "definitief_mislukt",
      pogingen: 3,
      email: z.aanbieder.email,
    });
    // Never claimed again: the next run leaves it to zorgkantoor-beheer.
    expect(await run(z.zorgkantoorId, amsterdam(2020, 5, 20, 8, 30))).toMatchObject({
      verstuurd: 0,
    });
    expect(await mails(sinds, [z.aanbieder.email])).toHaveLength(0);
  });
});

describe("een gesimuleerde maand: elke dag van mei 2020 om 08:30", () => {
  it("verstuurt precies de verwachte mails (ontvanger, verplichting, moment)", async () => {
    const z = await zaak();
    // A second aanbieder that already submitted its mei realisatie: no mail at all.
    const klaarId = uniek("aanbieder");
    const klaar = await lid({ rol: "aanbieder", aanbiederId: klaarId });
    const klaarZaak = await aanvraag({
      aanbiederId: klaarId,
      zorgkantoorId: z.zorgkantoorId,
      jaar: 2020,
      toestand: "vastgelegd",
      ontvangenOp: "2019-10-01T10:00:00.000Z",
      afspraak: true,
    });
    await realisatie(klaarZaak, 2020, "mei");
    // An aanvraag received 20 April 2020 and taken by the beoordelaar, not yet decided:
    // streefdatum 1 June (§5).
    const beoordelaar = await lid({ rol: "beoordelaar", zorgkantoorId: z.zorgkantoorId });
    const open = await aanvraag({
      aanbiederId: uniek("aanbieder"),
      zorgkantoorId: z.zorgkantoorId,
      jaar: 2020,
      toestand: "in_beoordeling",
      ontvangenOp: "2020-04-20T09:00:00.000Z",
      behandelaar: beoordelaar.sub,
    });
    const adressen = [z.aanbieder.email, klaar.email, beoordelaar.email];
    const gezien: string[] = [];
    for (let dag = 1; dag <= 31; dag++) {
      const voor = (await mails(sinds, adressen)).length;
      await run(z.zorgkantoorId, amsterdam(2020, 5, dag, 8, 30));
      for (const m of (await mails(sinds, adressen)).slice(voor)) {
        const wat = m.body.text.includes(paginaLink.realisatie(z.id, "mei"))
          ? "realisatie_mei"
          : m.body.text.includes(paginaLink.beoordeling(open))
            ? "beoordeling_streefdatum"
            : "onbekend";
        gezien.push(`${m.destination.to[0]} ${wat} ${dag}-5`);
      }
    }
    expect(gezien).toEqual([
      `${z.aanbieder.email} realisatie_mei 1-5`,
      `${z.aanbieder.email} realisatie_mei 17-5`,
      `${beoordelaar.email} beoordeling_streefdatum 18-5`,
      `${z.aanbieder.email} realisatie_mei 28-5`,
      `${beoordelaar.email} beoordeling_streefdatum 29-5`,
    ]);
  });
});
