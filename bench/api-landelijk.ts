// bench: tsx
// bench: apart — `npm run bench:landelijk` (loading the national dataset takes a while)
// Benchmark (not a timed test) of the national-scale issue. Loads the national dataset
// (lokaal/landelijk/: 31 zorgkantoren, 1.000 aanbieders, ~3.400 cases, ~300 users) into fresh
// emulators, then measures:
// - the main API routes at 20 concurrent clients (autocannon): p50/p99 beside a bare DynamoDB
//   GetItem on the same emulator in the same run (target: p99 ≤ 3× the GetItem p99), and the
//   DynamoDB calls per request, counted on the client (bench/lib/dynamotelling.ts);
// - the jobs at national size, run in-process from the sources: wall time, DynamoDB calls and
//   consumed read/write capacity units (ReturnConsumedCapacity).
// The handlers behind the gateway run as esbuild bundles, as the Lambdas do. LANDELIJK_OMVANG=klein
// runs it at the integration test's size (to try the benchmark itself quickly).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { DescribeTableCommand } from "@aws-sdk/client-dynamodb";
import autocannon from "autocannon";
import { leesAanvraag } from "#functions/data/aanvragen.js";
import { betaalbatchesVanMaand } from "#functions/data/betaalbatches.js";
import { leesHerschikkingsvoorstel } from "#functions/data/herschikkingen.js";
import { voerHerinneringenUit } from "#functions/herinneringen/job.js";
import { herschikkingGoedkeuren } from "#functions/herschikking/herschikkingGoedkeuren.js";
import { herschikkingVoorstellen } from "#functions/herschikking/herschikkingVoorstellen.js";
import { HerschikkingVoorstelBodySchema } from "#functions/herschikking/schemas.js";
import { budgetrondeExport } from "#functions/rapportage/budgetrondeExport.js";
import { betaalbatchExport } from "#functions/voorschot/betaalbatchExport.js";
import { betaalbatchSepaBestand } from "#functions/voorschot/betaalbatchSepa.js";
import { voerMaandrunUit } from "#functions/voorschot/maandrun.js";
import { lokaleClients } from "#lokaal/aws.js";
import { bouwBundels } from "#lokaal/bundels.js";
import { omgevingVan, startEmulators } from "#lokaal/emulators.js";
import { startGateway } from "#lokaal/gateway.js";
import { inrichten, logIn } from "#lokaal/inrichten.js";
import { verzoek } from "#lokaal/landelijk/geld.js";
import { type Landelijk, laadLandelijk, sleutelVan } from "#lokaal/landelijk/laden.js";
import { KLEIN, LANDELIJK, LANDELIJK_NU } from "#lokaal/landelijk/plan.js";
import { amsterdam, isoAmsterdam } from "#shared/kalender/tijd.js";
import {
  lees,
  meetCapaciteit,
  type Telling,
  telDynamoAanroepen,
  wachtOpRust,
} from "./lib/dynamotelling.js";
import { kaleGetItem } from "./lib/getitem.js";

const OMVANG = process.env.LANDELIJK_OMVANG === "klein" ? KLEIN : LANDELIJK;
const VERBINDINGEN = 20;
const SECONDEN = Number(process.env.BENCH_SECONDEN ?? 5);

interface Meting {
  naam: string;
  /** Read units one request consumes (in-process handlers, ReturnConsumedCapacity). */
  leeseenheden?: number;
  /** One request on its own (ms) and its HTTP status. */
  alleen: number;
  status: number;
  p50: number;
  p99: number;
  perSeconde: number;
  fouten: number;
  aanroepen: number;
}

async function getItemBaseline(
  lokaal: ReturnType<typeof omgevingVan>,
  tabel: string,
  id: string,
): Promise<Meting> {
  const m = await kaleGetItem(lokaal, tabel, id, {
    verbindingen: VERBINDINGEN,
    seconden: SECONDEN,
  });
  return {
    naam: "GetItem (kaal, SDK)",
    ...m,
    fouten: 0,
    aanroepen: 1,
    alleen: m.p50,
    status: 200,
  };
}

/** One request alone takes longer than this: no 20 clients at once (they would hog the emulator). */
const TE_TRAAG_MS = 3000;

async function meetRoute(url: string, token: string, naam: string): Promise<Meting> {
  const opties = { url, connections: VERBINDINGEN, headers: { authorization: `Bearer ${token}` } };
  await fetch(url, { headers: opties.headers }); // cold handler import
  // One request on its own: its time, and exactly its DynamoDB calls.
  await wachtOpRust();
  lees();
  const t0 = performance.now();
  const proef = await fetch(url, { headers: opties.headers });
  const tekst = await proef.text();
  const alleen = performance.now() - t0;
  const aanroepen = lees().aanroepen;
  if (proef.status !== 200) console.log(`  ! ${naam}: ${proef.status} ${tekst.slice(0, 160)}`);
  const meting = { naam, alleen, aanroepen, status: proef.status };
  if (alleen > TE_TRAAG_MS)
    return { ...meting, p50: Number.NaN, p99: Number.NaN, perSeconde: 0, fouten: 0 };
  await autocannon({ ...opties, amount: 100 }); // warm-up: JIT
  await wachtOpRust();
  const r = await autocannon({ ...opties, duration: SECONDEN });
  await wachtOpRust();
  return {
    ...meting,
    p50: r.latency.p50,
    p99: r.latency.p99,
    perSeconde: r.requests.average,
    fouten: r.non2xx + r.errors,
  };
}

function routes(l: Landelijk) {
  const p = l.plan;
  const code = p.grootste.slice(3);
  const zaak = (jaar: number, eindstand: string) => {
    const z =
      p.zaken.find(
        (x) => x.zorgkantoorId === p.grootste && x.jaar === jaar && x.eindstand === eindstand,
      ) ?? p.zaken.find((x) => x.jaar === jaar && x.eindstand === eindstand)!;
    return { id: l.aanvragen.get(sleutelVan(z))!, aanbiederId: z.aanbiederId };
  };
  const lopend = zaak(2021, "addendum_getekend");
  const vastgesteld = zaak(2019, "vastgesteld");
  const aanbiederEmail = p.gebruikers.find((g) =>
    g.lid.some((x) => x.rol === "aanbieder" && x.aanbiederId === lopend.aanbiederId),
  )!.email;
  const beheer = `beheer1.${code}@landelijk.example`;
  return [
    { naam: "mij", pad: "/api/mij", email: aanbiederEmail },
    { naam: "aanvraag lezen", pad: `/api/aanvragen/${lopend.id}`, email: aanbiederEmail },
    {
      naam: "voorschotschema",
      pad: `/api/aanvragen/${lopend.id}/voorschot`,
      email: aanbiederEmail,
    },
    {
      naam: "werkvoorraad (grootste regio)",
      pad: `/api/zorgkantoren/${p.grootste}/werkvoorraad?jaar=2021`,
      email: `beoordelaar.${code}@landelijk.example`,
    },
    {
      naam: "regio-overzicht",
      pad: `/api/zorgkantoren/${p.grootste}/overzicht/2020`,
      email: beheer,
    },
    {
      naam: "landelijke totalen",
      pad: "/api/landelijk/2020/totalen",
      email: "landelijk1@landelijk.example",
    },
    {
      naam: "audit trail (eerste pagina)",
      pad: `/api/aanvragen/${vastgesteld.id}/audit`,
      email: beheer,
    },
    { naam: "nacalculatie", pad: `/api/aanvragen/${vastgesteld.id}/nacalculatie`, email: beheer },
  ];
}

/** An operation that answers a refusal (422 with violations) instead of throwing it. */
function geslaagd(wat: string, antwoord: unknown): void {
  const a = antwoord as { status?: number; body?: unknown };
  if ((a.status ?? 200) >= 400)
    throw new Error(`${wat} geweigerd (${a.status}): ${JSON.stringify(a.body).slice(0, 200)}`);
}

interface Job {
  naam: string;
  seconden: number;
  telling: Telling;
  uitkomst: string;
}

async function job(naam: string, werk: () => Promise<string>): Promise<Job> {
  lees();
  const t0 = performance.now();
  let uitkomst: string;
  try {
    uitkomst = await werk();
  } catch (e) {
    uitkomst = `MISLUKT: ${e instanceof Error ? e.message : String(e)}`.slice(0, 200);
  }
  const j = { naam, seconden: (performance.now() - t0) / 1000, telling: lees(), uitkomst };
  console.log(
    `| ${j.naam} | ${j.seconden.toFixed(1)} | ${j.telling.aanroepen} | ${j.telling.leeseenheden.toFixed(0)} | ` +
      `${j.telling.schrijfeenheden.toFixed(0)} | ${j.uitkomst} |`,
  );
  return j;
}

async function jobs(l: Landelijk): Promise<Job[]> {
  meetCapaciteit();
  const p = l.plan;
  const beheer = (zk: string, n: 1 | 2) => {
    const g = l.gebruikers.find((x) => x.email === `beheer${n}.${zk.slice(3)}@landelijk.example`)!;
    return { sub: g.sub, rol: g.rol };
  };
  const uit: Job[] = [];
  uit.push(
    await job("voorschot-maandrun juni 2021, alle zorgkantoren", async () => {
      const r = await voerMaandrunUit({
        jaar: 2021,
        maand: 6,
        nu: amsterdam(2021, 6, 1, 6, 0),
        wie: { sub: "voorschotjob", rol: "systeem" },
      });
      if (!r.ok) throw new Error(r.fout.melding);
      return `${r.waarde.aantalAangemaakt} opdrachten, ${r.waarde.aantalFouten} fouten`;
    }),
  );
  uit.push(
    await job("herinneringen (dagelijkse run)", async () => {
      const s = await voerHerinneringenUit({ op: LANDELIJK_NU });
      return `${s.verstuurd} verstuurd, ${s.overgeslagen} overgeslagen, ${s.mislukt} mislukt`;
    }),
  );
  uit.push(
    await job("herschikking grootste regio (voorstel + besluit)", async () => {
      const zk = p.grootste;
      const zaken = p.zaken.filter(
        (z) => z.jaar === 2021 && z.zorgkantoorId === zk && z.eindstand === "addendum_getekend",
      );
      const regels = [];
      for (const [i, z] of zaken.entries()) {
        const r = (await leesAanvraag(l.aanvragen.get(sleutelVan(z))!))!;
        const a = r.afspraak!;
        const zonder = Number(a.personeel) + Number(a.overige);
        // Every other case 5% lower: money that goes back into the regional room.
        const nieuw = i % 2 === 0 ? Math.round(zonder * 0.95) : zonder;
        regels.push({ aanvraagId: r.id, nieuweAfspraak: `${nieuw}.00`, versie: r.versie });
      }
      const params = { zorgkantoorId: zk, jaar: 2021 };
      const reden = "Herschikking november (benchmark landelijke omvang).";
      const voorstel = await herschikkingVoorstellen(
        await verzoek(
          beheer(zk, 1),
          amsterdam(2021, 11, 10, 10, 0),
          params,
          HerschikkingVoorstelBodySchema.parse({ voorstel: regels, reden }),
        ),
      );
      geslaagd("voorstel", voorstel);
      const v = (await leesHerschikkingsvoorstel(zk, 2021))!;
      const besluit = await herschikkingGoedkeuren(
        await verzoek(beheer(zk, 2), amsterdam(2021, 11, 12, 10, 0), params, { versie: v.versie }),
      );
      geslaagd("besluit", besluit);
      return `${regels.length} afspraken, waarvan ${Math.ceil(regels.length / 2)} gewijzigd`;
    }),
  );
  uit.push(
    await job("budgetronde-export 2021, alle zorgkantoren", async () => {
      let bytes = 0;
      for (const zk of p.zorgkantoren) {
        const r = await budgetrondeExport(
          await verzoek(
            beheer(zk.id, 1),
            LANDELIJK_NU,
            { zorgkantoorId: zk.id, jaar: 2021 },
            undefined,
          ),
        );
        bytes += String((r as { body?: unknown }).body ?? "").length;
      }
      return `${p.zorgkantoren.length} werkmappen, ${Math.round(bytes / 1024)} kB`;
    }),
  );
  uit.push(
    await job("grootboekexports mei 2021 (xlsx + SEPA), alle batches", async () => {
      let n = 0;
      for (const zk of p.zorgkantoren)
        for (const b of await betaalbatchesVanMaand(zk.id, 2021, 5)) {
          const params = {
            zorgkantoorId: zk.id,
            maand: { jaar: 2021, maand: 5 },
            nummer: b.nummer,
          };
          const wie = beheer(zk.id, 1);
          await betaalbatchExport({
            ...(await verzoek(wie, LANDELIJK_NU, params, undefined)),
            query: { formaat: "xlsx" },
          });
          await betaalbatchSepaBestand(await verzoek(wie, LANDELIJK_NU, params, undefined));
          n++;
        }
      return `${n} batches`;
    }),
  );
  return uit;
}

async function main(): Promise<void> {
  process.env.POWERTOOLS_LOG_LEVEL = "ERROR";
  const stack = await startEmulators({ meld: () => {} });
  try {
    const inrichting = await inrichten(stack);
    const lokaal = omgevingVan(stack);
    telDynamoAanroepen(lokaal.dynamodb.endpoint);
    console.log(
      `Landelijke dataset laden (${OMVANG.regios} regio's, ${OMVANG.aanbieders} aanbieders):`,
    );
    const t0 = performance.now();
    const l = await laadLandelijk({ lokaal, inrichting }, { omvang: OMVANG, meld: console.log });
    const laadtijd = (performance.now() - t0) / 1000;
    const laden = lees();
    const { dynamodb } = lokaleClients(lokaal);
    const tabel = await dynamodb.send(
      new DescribeTableCommand({ TableName: inrichting.tabelNaam }),
    );
    console.log(
      `Geladen in ${laadtijd.toFixed(0)} s: ${l.aanvragen.size} aanvragen, ${l.gebruikers.length} gebruikers, ` +
        `${tabel.Table?.ItemCount ?? "?"} items, ${laden.aanroepen} DynamoDB-aanroepen`,
    );
    // The portal's clock at the dataset's "now" (§3.1), for the gateway's handlers.
    process.env.KB_KLOK = isoAmsterdam(LANDELIJK_NU);
    const bundelMap = mkdtempSync(join(tmpdir(), "kb-bundels-"));
    await bouwBundels(bundelMap);
    const gw = await startGateway({ omgeving: lokaal, inrichting, bundelMap });
    const metingen: Meting[] = [];
    try {
      const eerste = [...l.aanvragen.values()][0]!;
      lees();
      metingen.push(await getItemBaseline(lokaal, inrichting.tabelNaam, eerste));
      for (const r of routes(l)) {
        const { idToken } = await logIn(stack, r.email, l.wachtwoord);
        metingen.push(
          await meetRoute(
            `${gw.url}${r.pad}`,
            idToken,
            `${r.naam} (${r.pad.replace(/[0-9a-f-]{36}/, "{id}")})`,
          ),
        );
      }
    } finally {
      await new Promise((r) => setTimeout(r, 2000));
      await gw.stop();
    }
    // Units per route: the same request once more against a gateway that runs the handlers from
    // the sources in this process, so they use the data layer's client, which asks DynamoDB for
    // the consumed capacity (the bundles above have clients of their own).
    const bron = await startGateway({ omgeving: lokaal, inrichting });
    try {
      for (const [i, r] of routes(l).entries()) {
        const { idToken } = await logIn(stack, r.email, l.wachtwoord);
        const opties = { headers: { authorization: `Bearer ${idToken}` } };
        await fetch(`${bron.url}${r.pad}`, opties); // cold import
        // After the gateway configured the data layer: its clients are the ones the handlers use.
        meetCapaciteit();
        lees();
        await fetch(`${bron.url}${r.pad}`, opties);
        metingen[i + 1]!.leeseenheden = lees().leeseenheden;
      }
    } finally {
      await bron.stop();
    }
    const basis = metingen[0]!;
    console.log(`\nAPI-latentie, ${VERBINDINGEN} gelijktijdige clients, ${SECONDEN} s per route:`);
    console.log(
      "| route | alleen (ms) | p50 (ms) | p99 (ms) | per s | p99 ÷ GetItem-p99 | DynamoDB-aanroepen per verzoek | leeseenheden per verzoek |",
    );
    console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
    const ms = (x: number) => (Number.isNaN(x) ? "—" : x.toFixed(1));
    for (const m of metingen) {
      const verhouding = Number.isNaN(m.p99)
        ? `te traag (> ${TE_TRAAG_MS / 1000} s alleen) ✗`
        : `${(m.p99 / basis.p99).toFixed(1)}${m.p99 > 3 * basis.p99 ? " ✗" : ""}`;
      const fout =
        m.status !== 200 ? ` (status ${m.status}!)` : m.fouten ? ` (${m.fouten} fouten!)` : "";
      console.log(
        `| ${m.naam} | ${ms(m.alleen)} | ${ms(m.p50)} | ${ms(m.p99)} | ${Math.round(m.perSeconde)} | ` +
          `${verhouding} | ${m.aanroepen}${fout} | ${m.leeseenheden?.toFixed(1) ?? "—"} |`,
      );
    }
    Object.assign(process.env, {
      PORTAAL_URL: "http://localhost:4321",
      MAIL_AFZENDER: inrichting.afzender,
      COGNITO_USER_POOL_ID: stack.cognito.userPoolId,
      COGNITO_ENDPOINT: stack.cognito.endpoint,
    });
    console.log("\nTaken op landelijke omvang (in-process, vanaf de bronnen):");
    console.log(
      "| taak | wandtijd (s) | DynamoDB-aanroepen | leeseenheden | schrijfeenheden | uitkomst |",
    );
    console.log("|---|---:|---:|---:|---:|---|");
    // Each row is printed as soon as its job ends: a job that brings the process down (the
    // national run once ran out of heap here) leaves the rows before it.
    await jobs(l);
    console.log(`\nAanroepen per soort tijdens het laden: ${JSON.stringify(laden.perSoort)}`);
  } finally {
    await stack.stop();
  }
}

await main();
