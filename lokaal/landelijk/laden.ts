// National-scale issue: loads the national dataset (plan.ts) into a FRESH local stack through the
// data layer and the handlers' own operations — not over HTTP, and many cases at once — so
// 31 zorgkantoren, 1.000 aanbieders, ~3.400 cases of three years with their money trail and ~300
// users load in minutes. `npm run demo:landelijk` and bench/api-landelijk.ts use it; the small
// size (plan.ts KLEIN) is the integration test's.
import { maakAanbieder } from "#functions/data/aanbieders.js";
import { legBankrekeningVast } from "#functions/data/bankrekeningen.js";
import { stelKaderIn } from "#functions/data/kaders.js";
import { schrijfLidmaatschap } from "#functions/data/lidmaatschappen.js";
import { ZORGKANTOORREGIOS } from "#functions/data/regios.js";
import type { Actor } from "#functions/data/transactie.js";
import { maakZorgkantoor, zetRegios } from "#functions/data/zorgkantoren.js";
import { Decimal } from "#shared/geld/decimal.js";
import { amsterdam } from "#shared/kalender/tijd.js";
import { parametersVoor } from "#shared/parameters/jaarparameters.js";
import { type DemoOmgeving, gebruikLokaleStack } from "../demo.js";
import { c, SYSTEEM, zeker } from "../demozaken.js";
import { maakGebruiker } from "../inrichten.js";
import { betaalMaand, jaarverslag, maandrun, parallel, stelVast } from "./geld.js";
import {
  type GeplandeZaak,
  JAREN,
  LANDELIJK,
  LANDELIJK_NU,
  maakPlan,
  type Omvang,
  type Plan,
  STANDAARD_ZAAD,
  WACHTWOORD,
} from "./plan.js";
import { bouwZaak, type Spelers } from "./zaken.js";

/** Cases built at once: DynamoDB Local serialises transactions, more only queues. */
const TEGELIJK = 12;
/** cognito-local writes one JSON file per pool: a few users at once is what it takes. */
const GEBRUIKERS_TEGELIJK = 6;

export interface LandelijkeGebruiker {
  email: string;
  rol: Actor["rol"];
  sub: string;
}

export interface Landelijk {
  plan: Plan;
  nu: Date;
  wachtwoord: string;
  gebruikers: LandelijkeGebruiker[];
  /** Case id per planned case, as `sleutelVan`. */
  aanvragen: Map<string, string>;
  /** Seconds per phase. */
  tijden: Record<string, number>;
}

export const sleutelVan = (z: Pick<GeplandeZaak, "aanbiederId" | "zorgkantoorId" | "jaar">) =>
  `${z.aanbiederId}#${z.zorgkantoorId}#${z.jaar}`;

export interface LaadOpties {
  omvang?: Omvang;
  zaad?: number;
  meld?: (tekst: string) => void;
}

export async function laadLandelijk(o: DemoOmgeving, opties: LaadOpties = {}): Promise<Landelijk> {
  const plan = maakPlan(opties.omvang ?? LANDELIJK, opties.zaad ?? STANDAARD_ZAAD);
  const meld = opties.meld ?? (() => {});
  gebruikLokaleStack(o);
  const tijden: Record<string, number> = {};
  let t0 = performance.now();
  const fase = (naam: string) => {
    tijden[naam] = (performance.now() - t0) / 1000;
    meld(`  ${naam}: ${tijden[naam]!.toFixed(1)} s`);
    t0 = performance.now();
  };

  // §2: reference data, as on 1 August 2018 (before the first cycle).
  const t = amsterdam(2018, 8, 1, 9, 0);
  zeker(await zetRegios(ZORGKANTOORREGIOS, c(SYSTEEM, t)), "regio's");
  await parallel(plan.zorgkantoren, TEGELIJK, async (zk) => {
    zeker(await maakZorgkantoor(zk, c(SYSTEEM, t)), zk.naam);
  });
  await parallel(plan.aanbieders, TEGELIJK, async (a) => {
    zeker(await maakAanbieder(a, c(SYSTEEM, t)), a.naam);
    const rekening = plan.bankrekeningen[a.id]!;
    const door: Actor = { sub: "landelijk-aanbieder", rol: "aanbieder" };
    zeker(await legBankrekeningVast(a.id, rekening, door, c(SYSTEEM, t)), `bankrekening ${a.id}`);
  });
  // The national amount is tracked per year on one item: kaders one after another.
  for (const jaar of JAREN)
    for (const [zk, bedrag] of Object.entries(plan.kaders[jaar]!))
      zeker(
        await stelKaderIn(
          zk,
          jaar,
          new Decimal(bedrag),
          parametersVoor(jaar).landelijkBudget,
          c(SYSTEEM, amsterdam(jaar - 1, 9, 15, 9, 0)),
        ),
        `kader ${zk} ${jaar}`,
      );
  fase("referentiedata");

  const gebruikers: LandelijkeGebruiker[] = new Array(plan.gebruikers.length);
  await parallel(plan.gebruikers, GEBRUIKERS_TEGELIJK, async (g, i) => {
    const { sub } = await maakGebruiker(o.lokaal, g.email, WACHTWOORD, [g.rol]);
    for (const l of g.lid)
      zeker(await schrijfLidmaatschap(sub, l, c(SYSTEEM, t)), `lid ${g.email}`);
    gebruikers[i] = { email: g.email, rol: g.rol, sub };
  });
  fase("gebruikers");

  const actorVan = (email: string): Actor => {
    const g = gebruikers.find((x) => x.email === email)!;
    return { sub: g.sub, rol: g.rol };
  };
  const aanbiederGebruiker = new Map<string, Actor>();
  for (const g of plan.gebruikers)
    for (const l of g.lid)
      if (l.rol === "aanbieder") aanbiederGebruiker.set(l.aanbiederId, actorVan(g.email));
  const spelersVan = (z: Pick<GeplandeZaak, "aanbiederId" | "zorgkantoorId">): Spelers => {
    const code = z.zorgkantoorId.slice(3);
    return {
      aanbieder: aanbiederGebruiker.get(z.aanbiederId)!,
      beoordelaar: actorVan(`beoordelaar.${code}@landelijk.example`),
      beheer: [
        actorVan(`beheer1.${code}@landelijk.example`),
        actorVan(`beheer2.${code}@landelijk.example`),
      ],
    };
  };
  const aanbieder = new Map(plan.aanbieders.map((a) => [a.id, a]));
  const aanvragen = new Map<string, string>();
  const records = new Map<string, Awaited<ReturnType<typeof bouwZaak>>>();
  await parallel(plan.zaken, TEGELIJK, async (z, i) => {
    const r = await bouwZaak(z, aanbieder.get(z.aanbiederId)!, spelersVan(z), i);
    aanvragen.set(sleutelVan(z), r.id);
    records.set(sleutelVan(z), r);
  });
  fase(`zaken (${plan.zaken.length})`);

  // §6, §15: month by month up to "now", as the jobs and the beheer users would have done.
  const nu = LANDELIJK_NU;
  let orders = 0;
  let batches = 0;
  for (const jaar of JAREN)
    for (let maand = 3; maand <= 12; maand++) {
      if (amsterdam(jaar, maand, 1, 6, 0) > nu) break;
      orders += await maandrun(jaar, maand);
      if (jaar === 2020 && maand === 5) {
        // §9.3: the 2019 cases are vastgesteld in early May 2020, before May's batches.
        const vast = plan.zaken.filter((z) => z.eindstand === "vastgesteld");
        await parallel(vast, TEGELIJK, async (z, i) => {
          await stelVast(records.get(sleutelVan(z))!, z, spelersVan(z), i);
        });
        fase(`vaststellingen 2019 (${vast.length})`);
      }
      const dag = maand === 3 ? 25 : 6;
      // May's batches are paid after the vaststellingen of 4–6 May (nabetalingen with them).
      const batchdag = jaar === 2020 && maand === 5 ? 8 : dag;
      await parallel(plan.zorgkantoren, 4, async (zk) => {
        const s = spelersVan({ aanbiederId: "", zorgkantoorId: zk.id });
        // Not `batches += await …`: that reads the counter before the await and loses updates.
        const n = await betaalMaand(zk.id, jaar, maand, s.beheer, batchdag);
        batches += n;
      });
    }
  fase(`voorschotten en batches (${orders} opdrachten, ${batches} batches)`);

  // §7: half of the 2020 cases submitted their year report in March 2021.
  const verslagen = plan.zaken.filter((z) => z.eindstand === "jaarverslag");
  await parallel(verslagen, TEGELIJK, async (z, i) => {
    const op = amsterdam(2021, 3, 1 + (i % 25), 14, 0);
    await jaarverslag(records.get(sleutelVan(z))!, z, spelersVan(z).aanbieder, op);
  });
  fase(`jaarverslagen 2020 (${verslagen.length})`);

  return { plan, nu, wachtwoord: WACHTWOORD, gebruikers, aanvragen, tijden };
}
