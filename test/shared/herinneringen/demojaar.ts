// test data: the demo data of `npm start` (lokaal/demo*.ts, budget year t = 2020) as the
// facts the obligation rule reads, and the mails a daily run from 1 September 2019 to 1 July 2021
// must send over them — written out by hand from the dates of docs/regels.md §3.2 and §5, NOT computed
// by the rule under test. The data stay as loaded (the state of 12 May 2020); only the clock moves.
import type { Feiten } from "#shared/herinneringen/afleiding.js";

export interface DemoIds {
  kastanje: string;
  baken: string;
  linde: string;
}
export interface DemoSubs {
  aanbieder: string;
  beoordelaar: string;
  beheer: string;
  /** §15 four eyes: the second zorgkantoor-beheer user of Zilveren Kruis gets the same mails. */
  beheer2: string;
}

export const ZK = "zk-zilveren-kruis";

/** What lokaal/demozaken.ts builds: a concept, a submitted aanvraag and an agreed one. */
export const demoFeiten = (ids: DemoIds): Feiten => ({
  zaken: [
    {
      id: ids.kastanje,
      aanbiederId: "aanb-de-kastanje",
      zorgkantoorId: ZK,
      jaar: 2020,
      toestand: "concept",
      ontvangen: null,
      afspraak: false,
      realisaties: [],
      accountantsrapport: false,
      vastgesteld: false,
      behandelaar: null,
    },
    {
      id: ids.baken,
      aanbiederId: "aanb-het-baken",
      zorgkantoorId: ZK,
      jaar: 2020,
      toestand: "ingediend",
      ontvangen: { jaar: 2019, maand: 11, dag: 15 },
      afspraak: false,
      realisaties: [],
      accountantsrapport: false,
      vastgesteld: false,
      behandelaar: null,
    },
    {
      id: ids.linde,
      aanbiederId: "aanb-de-linde",
      zorgkantoorId: ZK,
      jaar: 2020,
      toestand: "addendum_getekend",
      ontvangen: { jaar: 2019, maand: 10, dag: 15 },
      afspraak: true,
      realisaties: [],
      accountantsrapport: false,
      vastgesteld: false,
      behandelaar: null,
    },
  ],
  herschikt: [],
});

/** "<recipient> <obligation> <JJJJ-MM-DD of the 08:00 moment>", sorted. */
export function verwachteMails(ids: DemoIds, s: DemoSubs): string[] {
  const m = (wie: string, verplichting: string, dagen: string[]) =>
    dagen.map((d) => `${wie} ${verplichting} ${d}`);
  return [
    // §3.2 aanvraag 2020: 1 Sep – 31 Dec 2019. Kastanje never submitted; Baken and Linde did (met).
    ...m(s.aanbieder, `aanvraag:2020:aanb-de-kastanje:${ZK}`, [
      "2019-09-01",
      "2019-12-17",
      "2019-12-28",
    ]),
    // Aanvraag 2021 (1 Sep – 31 Dec 2020): expected of the aanbieders that applied for 2020.
    ...m(s.aanbieder, `aanvraag:2021:aanb-het-baken:${ZK}`, [
      "2020-09-01",
      "2020-12-17",
      "2020-12-28",
    ]),
    ...m(s.aanbieder, `aanvraag:2021:aanb-de-linde:${ZK}`, [
      "2020-09-01",
      "2020-12-17",
      "2020-12-28",
    ]),
    // §5 Baken received 15 Nov 2019, undecided: streefdatum 27 Dec 2019, uiterste datum 15 Feb 2020.
    // Nobody took it in behandeling, so beheer is reminded, not the beoordelaar (§10).
    ...[s.beheer, s.beheer2].flatMap((w) => [
      ...m(w, `beoordeling_streefdatum:${ids.baken}`, ["2019-12-13", "2019-12-24"]),
      ...m(w, `beoordeling_uiterste:${ids.baken}`, ["2020-02-01", "2020-02-12"]),
    ]),
    // §3.2 realisatie windows of Linde's agreement: May, July, October 2020; year report Q1 2021.
    ...m(s.aanbieder, `realisatie_mei:${ids.linde}`, ["2020-05-01", "2020-05-17", "2020-05-28"]),
    ...m(s.aanbieder, `realisatie_juli:${ids.linde}`, ["2020-07-01", "2020-07-17", "2020-07-28"]),
    ...m(s.aanbieder, `realisatie_oktober:${ids.linde}`, [
      "2020-10-01",
      "2020-10-17",
      "2020-10-28",
    ]),
    ...m(s.aanbieder, `jaarverslag:${ids.linde}`, ["2021-01-01", "2021-03-17", "2021-03-28"]),
    // Accountant's report by 1 May 2021 (no opening: two reminders).
    ...m(s.aanbieder, `accountantsrapport:${ids.linde}`, ["2021-04-17", "2021-04-28"]),
    // The zorgkantoor: herschikking by 1 Nov 2020, nacalculatie at the NZa by 1 Jun 2021 (beheer).
    ...[s.beheer, s.beheer2].flatMap((w) => [
      ...m(w, `herschikking:2020:${ZK}`, ["2020-10-18", "2020-10-29"]),
      ...m(w, `nacalculatie:2020:${ZK}`, ["2021-05-18", "2021-05-29"]),
    ]),
  ].sort();
}
