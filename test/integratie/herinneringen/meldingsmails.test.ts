// docs/regels.md §12: the mails of the event list against the emulators. A notification about a case
// names the case (aanbieder and year; to the aanbieder also the zorgkantoor) and links to that
// case's own page: the aanbieder's dossier, the zorgkantoor's beoordeling. No id or code outside
// the link.
import { afterAll, describe, expect, it } from "vitest";
import { leesAanbieder } from "#functions/data/aanbieders.js";
import { sluitClients } from "#functions/data/clients.js";
import { leesZorgkantoor } from "#functions/data/zorgkantoren.js";
import { sluitAdressen } from "#functions/herinneringen/adressen.js";
import { verstuurMeldingsmails } from "#functions/herinneringen/meldingsmails.js";
import { link } from "#shared/paginas.js";
import { zoekCodes } from "../../site/codes.js";
import { gebruikEmulators, zaakIn } from "../fixture/index.js";
import { instellingen, lid, mails } from "./omgeving.js";

gebruikEmulators();
afterAll(() => {
  sluitClients();
  sluitAdressen();
});

const sinds = Math.floor(Date.now() / 1000) - 5;

describe("meldingsmails over een zaak", () => {
  it("noemen bij een indiening aan beide partijen de zaak en linken naar haar eigen pagina", async () => {
    const zaak = await zaakIn("ingediend", { jaar: 2021 });
    const [aanbieder, beoordelaar] = await Promise.all([
      lid({ rol: "aanbieder", aanbiederId: zaak.aanbiederId }),
      lid({ rol: "beoordelaar", zorgkantoorId: zaak.zorgkantoorId }),
    ]);
    const naam = (await leesAanbieder(zaak.aanbiederId))!.naam;
    const zk = (await leesZorgkantoor(zaak.zorgkantoorId))!.naam;
    for (const organisatie of [
      { soort: "aanbieder" as const, id: zaak.aanbiederId },
      { soort: "zorgkantoor" as const, id: zaak.zorgkantoorId },
    ]) {
      const s = await verstuurMeldingsmails({
        nu: new Date(),
        instellingen: instellingen(),
        organisatie,
      });
      // The aanbieder also hears of its bank account, set up with the fixture's aanbieder.
      expect(s.meldingen, organisatie.soort).toBeGreaterThanOrEqual(1);
    }
    const ingediend = async (email: string) =>
      (await mails(sinds, [email])).filter((m) => m.subject.includes("aanvraag ingediend"));
    const [naarAanbieder, ...nogEen] = await ingediend(aanbieder.email);
    expect(nogEen).toEqual([]);
    expect(naarAanbieder!.subject).toBe(
      `Kwaliteitsbudget: aanvraag ingediend — ${naam} (aanvraag 2021)`,
    );
    expect(naarAanbieder!.body.text).toContain(`Het gaat om: ${naam}, aanvraag 2021 bij ${zk}.`);
    expect(naarAanbieder!.body.text).toContain(`https://portaal.test${link.dossier(zaak.id)}`);
    const [naarZorgkantoor] = await ingediend(beoordelaar.email);
    expect(naarZorgkantoor!.subject).toBe(
      `Kwaliteitsbudget: aanvraag ingediend — ${naam} (aanvraag 2021)`,
    );
    expect(naarZorgkantoor!.body.text).toContain(`voor ${zk} het volgende gebeurd`);
    expect(naarZorgkantoor!.body.text).toContain(`Het gaat om: ${naam}, aanvraag 2021.`);
    expect(naarZorgkantoor!.body.text).toContain(
      `https://portaal.test${link.beoordeling(zaak.id)}`,
    );
    // Every mail of this case's parties, the bank account's too.
    for (const m of await mails(sinds, [aanbieder.email, beoordelaar.email])) {
      const leesbaar = [m.subject, m.body.text, m.body.html.replace(/<[^>]*>/g, " ")].join("\n");
      expect(zoekCodes(leesbaar.replace(/https?:\/\/\S+/g, ""))).toEqual([]);
    }
  });
});
