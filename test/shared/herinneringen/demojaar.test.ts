// Tests, "a simulated year": the clock moved day by day from 1 September t−1 to 1 July
// t+1 (t = 2020) over the demo data → exactly the expected mails (recipient, obligation, moment),
// none for obligations already met. Unit level: the pure rules over the demo facts, every day.
import { describe, expect, it } from "vitest";
import { verplichtingenUit } from "#shared/herinneringen/afleiding.js";
import {
  type TeVersturenHerinnering,
  verschuldigdeHerinneringen,
} from "#shared/herinneringen/herinneringen.js";
import { amsterdam, dagTekst, dagVan } from "#shared/kalender/tijd.js";
import { demoFeiten, verwachteMails, ZK } from "./demojaar.js";

const ids = { kastanje: "zaak-kastanje", baken: "zaak-baken", linde: "zaak-linde" };
const subs = {
  aanbieder: "sub-aanbieder",
  beoordelaar: "sub-beoordelaar",
  beheer: "sub-beheer",
  beheer2: "sub-beheer-2",
};

/** The demo's members (lokaal/demodata.ts GEBRUIKERS): one user per role, two beheer (§15). */
const wie = (o: { soort: string; id: string }, rollen: readonly string[]): string[] => {
  if (o.soort === "aanbieder") return rollen.includes("aanbieder") ? [subs.aanbieder] : [];
  if (o.id !== ZK) return [];
  return [
    ...(rollen.includes("beoordelaar") ? [subs.beoordelaar] : []),
    ...(rollen.includes("zorgkantoor-beheer") ? [subs.beheer, subs.beheer2] : []),
  ];
};

/** One run a day at hh:00 Amsterdam, the facts derived anew each day as the job does. */
function simuleer(uur: number): { run: Date; h: TeVersturenHerinnering }[] {
  const verstuurd = new Set<string>();
  const uit: { run: Date; h: TeVersturenHerinnering }[] = [];
  for (let i = 0; ; i++) {
    const run = amsterdam(2019, 9, 1 + i, uur);
    if (run > amsterdam(2021, 7, 1, 23)) return uit;
    const verplichtingen = verplichtingenUit(demoFeiten(ids), wie);
    for (const h of verschuldigdeHerinneringen(verplichtingen, run, verstuurd)) {
      verstuurd.add(h.sleutel);
      uit.push({ run, h });
    }
  }
}

describe("het gesimuleerde jaar over de demodata (§10, §3.2)", () => {
  const mails = simuleer(9);

  it("verstuurt precies de verwachte mails: ontvanger, verplichting en moment", () => {
    const gezien = mails.map(
      ({ h }) => `${h.ontvanger} ${h.verplichting} ${dagTekst(dagVan(h.moment))}`,
    );
    expect(gezien.sort()).toEqual(verwachteMails(ids, subs));
  });

  it("verstuurt elke herinnering op de dag van haar moment, om 08:00 Amsterdamse tijd", () => {
    for (const { run, h } of mails) {
      expect(dagTekst(dagVan(run))).toBe(dagTekst(dagVan(h.moment)));
      expect(h.moment.toLocaleTimeString("nl-NL", { timeZone: "Europe/Amsterdam" })).toBe(
        "08:00:00",
      );
    }
  });

  it("stuurt niets voor verplichtingen die al voldaan zijn", () => {
    const voldaan = verplichtingenUit(demoFeiten(ids), wie).filter((v) => v.voldaan);
    // aanvraag 2020 van Het Baken en De Linde, beoordeling en addendum van De Linde
    expect(voldaan.map((v) => v.sleutel).sort()).toEqual(
      [
        `aanvraag:2020:aanb-de-linde:${ZK}`,
        `aanvraag:2020:aanb-het-baken:${ZK}`,
        `addendum:${ids.linde}`,
        `beoordeling_streefdatum:${ids.linde}`,
        `beoordeling_uiterste:${ids.linde}`,
      ].sort(),
    );
    const gestuurd = new Set(mails.map(({ h }) => h.verplichting));
    for (const v of voldaan) expect(gestuurd.has(v.sleutel), v.sleutel).toBe(false);
  });

  it("verstuurt hetzelfde bij een run om 23:00 (elk moment nog op zijn eigen dag)", () => {
    const laat = simuleer(23).map(({ h }) => h.sleutel);
    expect(laat.sort()).toEqual(mails.map(({ h }) => h.sleutel).sort());
  });
});
