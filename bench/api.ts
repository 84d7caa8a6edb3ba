// bench: tsx
// Benchmark (not a timed test): latency of the main API routes on the local stack
// with 20 concurrent clients (autocannon), p50 and p99, beside a bare DynamoDB GetItem against
// the same emulator in the same run, with the same concurrency; the ratio says what the portal
// adds on top of the database. The handlers run as esbuild bundles, as the Lambdas do. Runs
// under tsx because it starts the emulator stack (lokaal/).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { routeVoorSleutel } from "#functions/routes.js";
import { bouwBundels, functiesMetHandler } from "#lokaal/bundels.js";
import { DEMO_WACHTWOORD, type Demodata, laadDemodata } from "#lokaal/demo.js";
import { ZORGKANTOREN } from "#lokaal/demodata.js";
import { omgevingVan, startEmulators } from "#lokaal/emulators.js";
import { startGateway } from "#lokaal/gateway.js";
import { inrichten, logIn } from "#lokaal/inrichten.js";
import { kaleGetItem } from "./lib/getitem.js";

const VERBINDINGEN = 20;
const SECONDEN = 5;

interface Meting {
  naam: string;
  p50: number;
  p99: number;
  perSeconde: number;
  fouten: number;
}

/** The routes users hit most, with the demo user who calls them; absent routes are skipped. */
function routes(demo: Demodata): { naam: string; sleutel: string; pad: string; email: string }[] {
  const email = (rol: string) => demo.gebruikers.find((g) => g.rol === rol)!.email;
  const id = demo.aanvragen.afgesproken;
  return [
    { naam: "wie ben ik", sleutel: "GET /api/mij", pad: "/api/mij", email: email("aanbieder") },
    {
      naam: "aanvraag lezen",
      sleutel: "GET /api/aanvragen/{aanvraagId}",
      pad: `/api/aanvragen/${id}`,
      email: email("aanbieder"),
    },
    {
      naam: "voorschotschema",
      sleutel: "GET /api/aanvragen/{aanvraagId}/voorschot",
      pad: `/api/aanvragen/${id}/voorschot`,
      email: email("aanbieder"),
    },
    {
      naam: "werkvoorraad",
      sleutel: "GET /api/zorgkantoren/{zorgkantoorId}/werkvoorraad",
      pad: `/api/zorgkantoren/${ZORGKANTOREN[0]!.id}/werkvoorraad?jaar=2020`,
      email: email("beoordelaar"),
    },
  ].filter((r) => {
    const route = routeVoorSleutel(r.sleutel);
    return route !== undefined && functiesMetHandler().includes(route.functie);
  });
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
  };
}

async function meetRoute(url: string, token: string, naam: string): Promise<Meting> {
  const opties = { url, connections: VERBINDINGEN, headers: { authorization: `Bearer ${token}` } };
  await autocannon({ ...opties, amount: 200 }); // warm-up: cold handler import, JIT
  const r = await autocannon({ ...opties, duration: SECONDEN });
  return {
    naam,
    p50: r.latency.p50,
    p99: r.latency.p99,
    perSeconde: r.requests.average,
    fouten: r.non2xx + r.errors,
  };
}

async function main(): Promise<void> {
  process.env.POWERTOOLS_LOG_LEVEL = "ERROR";
  const stack = await startEmulators({ meld: () => {} });
  try {
    const inrichting = await inrichten(stack);
    const lokaal = omgevingVan(stack);
    const demo = await laadDemodata({ lokaal, inrichting });
    const bundelMap = mkdtempSync(join(tmpdir(), "kb-bundels-"));
    await bouwBundels(bundelMap);
    const gw = await startGateway({ omgeving: lokaal, inrichting, bundelMap });
    try {
      const basis = await getItemBaseline(lokaal, inrichting.tabelNaam, demo.aanvragen.afgesproken);
      const metingen: Meting[] = [];
      for (const r of routes(demo)) {
        const { idToken } = await logIn(stack, r.email, DEMO_WACHTWOORD);
        metingen.push(await meetRoute(`${gw.url}${r.pad}`, idToken, `${r.sleutel} (${r.naam})`));
      }
      console.log(`API-latentie, ${VERBINDINGEN} gelijktijdige clients, ${SECONDEN} s per route:`);
      for (const m of [basis, ...metingen]) {
        console.log(
          `  ${m.naam.padEnd(68)} p50 ${m.p50.toFixed(1).padStart(6)} ms  p99 ${m.p99.toFixed(1).padStart(6)} ms  ` +
            `${Math.round(m.perSeconde).toString().padStart(5)}/s  p50 × ${(m.p50 / basis.p50).toFixed(1)} GetItem` +
            (m.fouten ? `  (${m.fouten} fouten!)` : ""),
        );
      }
    } finally {
      // Requests autocannon abandoned at the end of a run are still being served: let them end
      // before the database goes away, or they log connection errors.
      await new Promise((r) => setTimeout(r, 2000));
      await gw.stop();
    }
  } finally {
    await stack.stop();
  }
}

await main();
