// bench: tsx
// Benchmark (not a timed test) of issues #4/#5: the weight and the Lighthouse scores of the
// site's main pages on the local stack, logged in as the demo user each page is for.
// (a) JS and CSS per page from the network events of a real page load in Debian's Chromium
//     (playwright-core, a fresh context per page: empty cache), uncompressed and transferred. The
//     local gateway does not compress; CloudFront does (gzip/brotli for 1 KB–10 MB, not /api/*
//     whose cache policy is CachingDisabled), so every page is also loaded through a small proxy
//     that gzips like CloudFront: "transferred" is measured both ways. The target (≤ 50 KB JS per
//     page) is checked against the uncompressed bytes, the strict reading.
// (b) Lighthouse performance and accessibility with the desktop preset (the portal's users work
//     at an office desktop), through the compressing proxy (KB_BENCH_ONGECOMPRIMEERD=1: straight
//     at the gateway): one user flow per demo user on ONE puppeteer page, logged in first (the
//     session lives in sessionStorage, per tab), then flow.navigate per page.
// The site is built into a private folder, so a build by a parallel test run cannot interfere.
// Runs under tsx because it starts the emulator stack (lokaal/).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { desktopConfig, generateReport, startFlow } from "lighthouse";
import { chromium } from "playwright-core";
import puppeteer, { type Page } from "puppeteer-core";
import { CHROMIUM, CHROMIUM_VLAGGEN } from "#lokaal/chromium.js";
import { DEMO_NU, type Demodata } from "#lokaal/demo.js";
import { startPortaal } from "#lokaal/portaal.js";
import { isoAmsterdam } from "#shared/kalender/tijd.js";
import { link, PAGINAS } from "#shared/paginas.js";

const ZORGKANTOOR = "zk-zilveren-kruis"; // the demo beoordelaar's and beheerder's (lokaal/demodata.ts)
const JAAR = 2020;
const JS_DOEL = 50 * 1024;
// The Lighthouse flow reports (HTML), one per user, to see where a score comes from.
const RAPPORTEN = join(import.meta.dirname, "../.test-artefacten/bench-paginas");
const LIGHTHOUSE_VERSIE = (
  JSON.parse(
    readFileSync(join(import.meta.dirname, "../node_modules/lighthouse/package.json"), "utf8"),
  ) as { version: string }
).version;

type Rol = "aanbieder" | "beoordelaar" | "zorgkantoor-beheer" | "landelijk-beheer";
interface Pagina {
  naam: keyof typeof PAGINAS;
  rol: Rol | null;
  /** The address with the demo object in its query string. */
  adres: string;
}

/** The main pages, each as the demo user it is for, on a demo case of May 2020. */
function hoofdpaginas(demo: Demodata): Pagina[] {
  const a = demo.aanvragen;
  return [
    { naam: "inloggen", rol: null, adres: PAGINAS.inloggen },
    { naam: "aanbiederDashboard", rol: "aanbieder", adres: PAGINAS.aanbiederDashboard },
    { naam: "aanvraag", rol: "aanbieder", adres: link.aanvraag(a.concept) },
    { naam: "realisatie", rol: "aanbieder", adres: link.realisatie(a.afgesproken, "mei") },
    { naam: "jaarverslag", rol: "aanbieder", adres: link.jaarverslag(a.afgesproken) },
    { naam: "werkvoorraad", rol: "beoordelaar", adres: link.werkvoorraad(ZORGKANTOOR, JAAR) },
    { naam: "beoordeling", rol: "beoordelaar", adres: link.beoordeling(a.ingediend) },
    { naam: "regio", rol: "zorgkantoor-beheer", adres: PAGINAS.regio },
    { naam: "voorschotten", rol: "zorgkantoor-beheer", adres: PAGINAS.voorschotten },
    {
      naam: "herschikking",
      rol: "zorgkantoor-beheer",
      adres: link.herschikking(ZORGKANTOOR, JAAR),
    },
    { naam: "parameters", rol: "landelijk-beheer", adres: PAGINAS.parameters },
  ];
}

interface Gewicht {
  js: number;
  jsOverdracht: number;
  css: number;
  cssOverdracht: number;
  eindpad: string;
}
interface Scores {
  prestaties: number | null;
  toegankelijkheid: number | null;
  /** First and largest contentful paint, total blocking time, speed index (ms); layout shift. */
  fcp: number;
  lcp: number;
  tbt: number;
  si: number;
  cls: number;
  eindpad: string;
}

const COMPRIMEERBAAR = /^(text\/|application\/(javascript|json)|image\/svg)/;

/**
 * A proxy in front of the gateway that compresses as CloudFront does: gzip (level 6) when the
 * browser accepts it, for text types of 1.000 B – 10 MB, never for /api/* (CachingDisabled).
 */
async function comprimerendeProxy(doel: string): Promise<{ url: string; server: Server }> {
  const d = new URL(doel);
  const server = createServer((req, res) => {
    const naar = request(
      { host: d.hostname, port: d.port, path: req.url, method: req.method, headers: req.headers },
      (op) => {
        const delen: Buffer[] = [];
        op.on("data", (b: Buffer) => delen.push(b));
        op.on("end", () => {
          const body = Buffer.concat(delen);
          const koppen = { ...op.headers };
          const mag =
            !req.url?.startsWith("/api/") &&
            /gzip/.test(String(req.headers["accept-encoding"] ?? "")) &&
            COMPRIMEERBAAR.test(String(op.headers["content-type"] ?? "")) &&
            body.length >= 1000 &&
            body.length <= 10_000_000;
          const uit = mag ? gzipSync(body, { level: 6 }) : body;
          if (mag) koppen["content-encoding"] = "gzip";
          koppen["content-length"] = String(uit.length);
          delete koppen["transfer-encoding"];
          res.writeHead(op.statusCode ?? 502, koppen);
          res.end(uit);
        });
      },
    );
    naar.on("error", () => res.writeHead(502).end());
    req.pipe(naar);
  });
  await new Promise<void>((klaar) => server.listen(0, "127.0.0.1", klaar));
  const adres = server.address() as { port: number };
  return { url: `http://localhost:${adres.port}`, server };
}

/** (a): one load per page in a fresh context, the session copied into the tab before any script. */
async function meetGewichten(
  url: string,
  paginas: Pagina[],
  sessies: Map<Rol, Record<string, string>>,
): Promise<Map<string, Gewicht>> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", ...CHROMIUM_VLAGGEN],
  });
  const uit = new Map<string, Gewicht>();
  try {
    for (const p of paginas) {
      const context = await browser.newContext({ locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
      const opslag = p.rol ? sessies.get(p.rol) : undefined;
      if (opslag)
        await context.addInitScript((s: Record<string, string>) => {
          for (const [k, v] of Object.entries(s)) sessionStorage.setItem(k, v);
        }, opslag);
      const page = await context.newPage();
      const g: Gewicht = { js: 0, jsOverdracht: 0, css: 0, cssOverdracht: 0, eindpad: "" };
      const wachten: Promise<void>[] = [];
      page.on("response", (r) => {
        const soort = r.request().resourceType();
        if (soort !== "script" && soort !== "stylesheet") return;
        wachten.push(
          (async () => {
            const body = await r.body();
            const { responseBodySize } = await r.request().sizes();
            if (soort === "script") {
              g.js += body.length;
              g.jsOverdracht += responseBodySize;
            } else {
              g.css += body.length;
              g.cssOverdracht += responseBodySize;
            }
          })(),
        );
      });
      await page.goto(`${url}${p.adres}`, { waitUntil: "load" });
      // Scripts are all requested by "load"; a page that keeps the network busy must not stop the
      // benchmark — it is named in the output instead.
      await page.waitForLoadState("networkidle", { timeout: 15_000 }).catch(() => {
        console.log(`let op: ${p.naam} kwam niet tot rust op het netwerk (15 s)`);
      });
      await Promise.all(wachten);
      g.eindpad = new URL(page.url()).pathname;
      uit.set(p.naam, g);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return uit;
}

/** Logs in through the real form in this tab and returns the tab's sessionStorage. */
async function logIn(page: Page, url: string, email: string, wachtwoord: string) {
  await page.goto(`${url}${PAGINAS.inloggen}`, { waitUntil: "networkidle0" });
  await page.type("#email", email);
  await page.type("#wachtwoord", wachtwoord);
  await page.click("#kb-inlogformulier button[type=submit]");
  // Login goes to "/", which sends the user on to their role's page: wait for that page.
  // (A string: this file is type-checked without the DOM library; it runs in the page.)
  await page.waitForFunction(
    '!["/inloggen/", "/"].includes(location.pathname) && document.readyState === "complete"',
    { timeout: 60_000 },
  );
  return page.evaluate(() => Object.fromEntries(Object.entries(sessionStorage)));
}

/** (b): a Lighthouse user flow per user on one page; also hands back each user's session. */
async function meetLighthouse(url: string, paginas: Pagina[], demo: Demodata) {
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_VLAGGEN],
  });
  const scores = new Map<string, Scores>();
  const sessies = new Map<Rol, Record<string, string>>();
  try {
    const rollen = [...new Set(paginas.map((p) => p.rol))];
    for (const rol of rollen) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      if (rol) {
        const g = demo.gebruikers.find((x) => x.rol === rol)!;
        sessies.set(rol, await logIn(page, url, g.email, g.wachtwoord));
      }
      const flow = await startFlow(page, {
        config: desktopConfig,
        flags: { disableStorageReset: true, onlyCategories: ["performance", "accessibility"] },
      });
      const eigen = paginas.filter((p) => p.rol === rol);
      for (const p of eigen) await flow.navigate(`${url}${p.adres}`, { name: p.naam });
      const resultaat = await flow.createFlowResult();
      mkdirSync(RAPPORTEN, { recursive: true });
      writeFileSync(join(RAPPORTEN, `${rol ?? "publiek"}.html`), generateReport(resultaat, "html"));
      resultaat.steps.forEach((stap, i) => {
        const c = stap.lhr.categories;
        const score = (s: number | null | undefined) => (s == null ? null : Math.round(s * 100));
        const ms = (id: string) => Math.round(stap.lhr.audits[id]?.numericValue ?? Number.NaN);
        scores.set(eigen[i]!.naam, {
          prestaties: score(c.performance?.score),
          toegankelijkheid: score(c.accessibility?.score),
          fcp: ms("first-contentful-paint"),
          lcp: ms("largest-contentful-paint"),
          tbt: ms("total-blocking-time"),
          si: ms("speed-index"),
          cls: stap.lhr.audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN,
          eindpad: new URL(stap.lhr.finalDisplayedUrl).pathname,
        });
      });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { scores, sessies };
}

const kb = (n: number) => `${(n / 1024).toFixed(1).replace(".", ",")} KB`;

interface Meting {
  gewichten: Map<string, Gewicht>;
  /** The same loads through the compressing proxy (as CloudFront). */
  gezipt: Map<string, Gewicht>;
  scores: Map<string, Scores>;
}

function tabel(paginas: Pagina[], m: Meting): string {
  const regels = [
    "| pagina | gebruiker | JS onverpakt | JS over de lijn: lokaal / gzip | CSS onverpakt | CSS over de lijn: lokaal / gzip | FCP | LCP | TBT | SI | CLS | prestaties | toegankelijkheid | doelen |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
  ];
  for (const p of paginas) {
    const g = m.gewichten.get(p.naam)!;
    const z = m.gezipt.get(p.naam)!;
    const s = m.scores.get(p.naam)!;
    const pad = p.adres.split("?")[0]!;
    const verwezen = [g.eindpad, z.eindpad, s.eindpad].find((e) => e !== pad);
    const gehaald =
      g.js <= JS_DOEL && s.toegankelijkheid === 100 && (s.prestaties ?? 0) >= 95 && !verwezen;
    regels.push(
      `| ${p.naam} (\`${pad}\`) | ${p.rol ?? "—"} | ${kb(g.js)} | ${kb(g.jsOverdracht)} / ${kb(z.jsOverdracht)} | ${kb(g.css)} | ${kb(g.cssOverdracht)} / ${kb(z.cssOverdracht)} | ${s.fcp} ms | ${s.lcp} ms | ${s.tbt} ms | ${s.si} ms | ${s.cls.toFixed(3).replace(".", ",")} | ${s.prestaties ?? "—"} | ${s.toegankelijkheid ?? "—"} | ${gehaald ? "ja" : "nee"}${verwezen ? ` (doorverwezen naar ${verwezen})` : ""} |`,
    );
  }
  return regels.join("\n");
}

async function main(): Promise<void> {
  const dist = mkdtempSync(join(tmpdir(), "kb-bench-site-"));
  const t0 = performance.now();
  execFileSync("astro", ["build", "--root", "web", "--silent", "--outDir", dist], {
    stdio: "inherit",
  });
  console.log(`site gebouwd in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  // The demo moment of `npm start` (§3.1): the cases are those of May 2020.
  process.env.KB_KLOK ??= isoAmsterdam(DEMO_NU);
  process.env.POWERTOOLS_LOG_LEVEL ??= "WARN";
  const portaal = await startPortaal({ site: dist });
  try {
    const { url, gateway, demo } = portaal;
    const proxy = await comprimerendeProxy(gateway.url);
    try {
      const alle = hoofdpaginas(demo);
      const paginas = alle.filter((p) => existsSync(join(dist, PAGINAS[p.naam], "index.html")));
      const ontbreekt = alle
        .filter((p) => !paginas.includes(p))
        .map((p) => `${p.naam} (${PAGINAS[p.naam]})`);
      console.log(
        `Ontbreekt nog in web/dist: ${ontbreekt.length ? ontbreekt.join(", ") : "niets"}`,
      );
      const ongecomprimeerd = process.env.KB_BENCH_ONGECOMPRIMEERD === "1";
      const lh = ongecomprimeerd ? url : proxy.url;
      const { scores, sessies } = await meetLighthouse(lh, paginas, demo);
      const gewichten = await meetGewichten(url, paginas, sessies);
      const gezipt = await meetGewichten(proxy.url, paginas, sessies);
      console.log(
        `\nbench/paginas.ts: Lighthouse ${LIGHTHOUSE_VERSIE}, voorinstelling desktop, ${ongecomprimeerd ? "ongecomprimeerd" : "gzip zoals CloudFront"}, ${CHROMIUM}\n`,
      );
      console.log(tabel(paginas, { gewichten, gezipt, scores }));
    } finally {
      proxy.server.close();
    }
  } finally {
    await portaal.stop();
    rmSync(dist, { recursive: true, force: true });
  }
}

await main();
