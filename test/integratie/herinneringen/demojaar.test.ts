// Tests, "a simulated year", against the emulators: the demo data of `npm start` loaded
// into a table and user pool of this file's own, then the reminder job itself run as of chosen
// days between 1 September 2019 and 1 July 2021 (09:00 Amsterdam). Every run must send exactly
// the mails of test/shared/herinneringen/demojaar.ts for that day (hand-written from §3.2 and
// §5): recipient, obligation and moment; nothing for obligations already met. The chosen days
// follow each other so that no earlier moment is still due (§10 would then send that one).
// §15 demo (lokaal/demogeld.ts): De Biesbosch's agreed 2020 case at CZ gives CZ's two beheer
// users CZ's zorgkantoor reminders of 2020, on the same days as Zilveren Kruis's (demojaar.ts);
// the vastgestelde 2019 cases at VGZ and CZ owe nothing on the chosen days.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sluitClients } from "#functions/data/clients.js";
import { herinneringenVan } from "#functions/data/herinneringen.js";
import { sluitAdressen } from "#functions/herinneringen/adressen.js";
import { feitenVanZorgkantoor } from "#functions/herinneringen/feiten.js";
import { voerHerinneringenUit } from "#functions/herinneringen/job.js";
import { type Demodata, type DemoOmgeving, laadDemodata } from "#lokaal/demo.js";
import { inrichten, maakUserPool } from "#lokaal/inrichten.js";
import { amsterdam, dagTekst, dagVan } from "#shared/kalender/tijd.js";
import { demoFeiten, verwachteMails, ZK } from "../../shared/herinneringen/demojaar.js";
import { zoekCodes } from "../../site/codes.js";
import { omgeving, uniek } from "../fixture/index.js";
import { mails } from "./omgeving.js";

const basis = omgeving();
let o: DemoOmgeving;
let demo: Demodata;
const sinds = Math.floor(Date.now() / 1000) - 5;

beforeAll(async () => {
  const pool = await maakUserPool(basis.lokaal, uniek("demojaar").slice(0, 40));
  const lokaal = { ...basis.lokaal, cognito: { ...basis.lokaal.cognito, ...pool } };
  const inrichting = await inrichten(lokaal, { tabelNaam: uniek("kb-demojaar") });
  o = { lokaal, inrichting };
  demo = await laadDemodata(o);
}, 120_000);
afterAll(() => {
  sluitClients();
  sluitAdressen();
});

const subVan = (rol: string) => demo.gebruikers.find((g) => g.rol === rol)!.sub;
const ids = () => ({
  kastanje: demo.aanvragen.concept,
  baken: demo.aanvragen.ingediend,
  linde: demo.aanvragen.afgesproken,
});
const subs = () => ({
  aanbieder: subVan("aanbieder"),
  beoordelaar: subVan("beoordelaar"),
  beheer: subVan("zorgkantoor-beheer"),
  // §15 four eyes: the second zorgkantoor-beheer user of Zilveren Kruis.
  beheer2: demo.gebruikers.find((g) => g.email === "beheer-2@demo.kwaliteitsbudget.example")!.sub,
});

const subVanEmail = (email: string) => demo.gebruikers.find((g) => g.email === email)!.sub;
const cz = () => [
  subVanEmail("beheer-cz@demo.kwaliteitsbudget.example"),
  subVanEmail("beheer-cz-2@demo.kwaliteitsbudget.example"),
];
const czMails = () =>
  cz().flatMap((w) => [
    ...["2020-10-18", "2020-10-29"].map((d) => `${w} herschikking:2020:zk-cz ${d}`),
    ...["2021-05-18", "2021-05-29"].map((d) => `${w} nacalculatie:2020:zk-cz ${d}`),
  ]);

const DAGEN = [
  "2019-09-01",
  "2019-12-13",
  "2019-12-28",
  "2020-02-12",
  "2020-03-31",
  "2020-05-17",
  "2020-09-01",
  "2020-10-17",
  "2020-10-18",
  "2020-10-28",
  "2020-10-29",
  "2021-04-28",
  "2021-05-29",
  "2021-07-01",
];

describe("het gesimuleerde jaar over de demodata, met de job tegen de emulators (§10)", () => {
  it("leest uit de geladen demodata precies de feiten van de eenheidstest", async () => {
    const f = await feitenVanZorgkantoor(ZK, [2019, 2020, 2021]);
    const opId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect([...f.zaken].sort(opId)).toEqual([...demoFeiten(ids()).zaken].sort(opId));
    expect(f.herschikt).toEqual([]);
  });

  it("verstuurt op de gekozen dagen precies de verwachte mails", async () => {
    const verwacht = [...verwachteMails(ids(), subs()), ...czMails()].sort();
    const l = o.lokaal;
    const instellingen = {
      portaalUrl: "http://localhost:4321",
      afzender: o.inrichting.afzender,
      userPoolId: l.cognito.userPoolId,
      cognitoEndpoint: l.cognito.endpoint,
      mailsPerSeconde: 14,
    };
    const adressen = demo.gebruikers.map((g) => g.email);
    let gezien = 0;
    for (const dag of DAGEN) {
      const [j, m, d] = dag.split("-").map(Number) as [number, number, number];
      const s = await voerHerinneringenUit({ op: amsterdam(j, m, d, 9), instellingen });
      const vandaag = verwacht.filter((x) => x.endsWith(` ${dag}`));
      // overgeslagen counts the earlier moments already recorded (the claim refuses them).
      expect({ verstuurd: s.verstuurd, mislukt: s.mislukt }, dag).toEqual({
        verstuurd: vandaag.length,
        mislukt: 0,
      });
      const records = (
        await Promise.all([...Object.values(subs()), ...cz()].map((sub) => herinneringenVan(sub)))
      ).flat();
      const vanDag = records
        .filter((r) => r.moment && dagTekst(dagVan(new Date(r.moment))) === dag)
        .map((r) => `${r.ontvanger} ${r.verplichting} ${dag}`);
      expect(vanDag.sort(), dag).toEqual(vandaag);
      expect(records.every((r) => r.status === "verstuurd")).toBe(true);
      gezien += vandaag.length;
      // The SES emulator holds every mail, with the demo address of the recipient.
      expect(await mails(sinds, adressen), dag).toHaveLength(gezien);
    }
    // 26 before §10 named the behandelaar: Baken's beoordelaar no longer gets beheer's reminders.
    expect(gezien).toBe(24);
    // Every mail names its case by the demo's names; no id or code outside the links.
    for (const m of await mails(sinds, adressen)) {
      expect(m.body.text).toMatch(/^Voor: .*(aanvraag|budgetjaar) 20\d\d/m);
      expect(m.body.text).not.toMatch(/^Voor: (uw organisatie|de zorgaanbieder|uw zorgkantoor)/m);
      const leesbaar = [m.subject, m.body.text, m.body.html.replace(/<[^>]*>/g, " ")].join("\n");
      expect(zoekCodes(leesbaar.replace(/https?:\/\/\S+/g, "")), m.subject).toEqual([]);
    }
  }, 120_000);
});
