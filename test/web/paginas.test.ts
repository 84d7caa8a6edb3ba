// The site that was built is the site shared/paginas.ts promises — every address of
// PAGINAS is a folder with an index.html in web/dist (mails and menus link there) — and no built
// page carries what the CSP (infra/inhoudsbeleid.ts: script-src/style-src 'self', no
// 'unsafe-inline') would block: an inline <script>, a <style> element or a style="" attribute.
// Nor does any built script carry zod: the site's API types are type-only imports of the route
// table's schemas. The web project's globalSetup has just built web/dist.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { PAGINAS } from "#shared/paginas.js";

const DIST = join(import.meta.dirname, "../../web/dist");

function bestanden(map: string, soort: string): string[] {
  return readdirSync(map, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? bestanden(join(map, d.name), soort)
      : d.name.endsWith(soort)
        ? [join(map, d.name)]
        : [],
  );
}
const htmlBestanden = (map: string): string[] => bestanden(map, ".html");

/**
 * Markers of zod in built code: its error class and the `_zod` internals of every schema. The
 * site's API types come from the route table's zod schemas (web/src/scripts/lib/apiTypen.ts) by
 * type-only imports; a value import would put zod (~60 KB) in the browser.
 */
const ZOD = /ZodError|_zod\b/;

/** What the CSP forbids in one HTML text, as readable findings. */
function inlineInhoud(html: string): string[] {
  const bevindingen: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>/gi))
    if (!/\ssrc\s*=/i.test(m[1] ?? "")) bevindingen.push(`inline <script${m[1]}>`);
  for (const m of html.matchAll(/<style\b[^>]*>/gi)) bevindingen.push(`<style>-element ${m[0]}`);
  for (const m of html.matchAll(/<[a-z][\w-]*\b[^>]*\sstyle\s*=[^>]*>/gi))
    bevindingen.push(`style-attribuut in ${m[0].slice(0, 80)}`);
  return bevindingen;
}

describe("de gebouwde site", () => {
  it.each(Object.entries(PAGINAS))("heeft de pagina %s (%s)", (_naam, pad) => {
    expect(existsSync(join(DIST, pad, "index.html")), `web/dist${pad}index.html`).toBe(true);
  });

  it("herkent wat de CSP verbiedt", () => {
    expect(inlineInhoud('<script type="module" src="/_astro/a.js"></script>')).toEqual([]);
    expect(inlineInhoud('<script type="module">alert(1)</script>')).toHaveLength(1);
    expect(inlineInhoud("<style>p{}</style>")).toHaveLength(1);
    expect(inlineInhoud('<p class="x" style="color:red">')).toHaveLength(1);
    expect(inlineInhoud('<p data-style="x">')).toEqual([]);
  });

  it("heeft geen inline scripts of stijlen in enige pagina", () => {
    const bestanden = htmlBestanden(DIST);
    expect(bestanden.length).toBeGreaterThan(0);
    const fout = bestanden.flatMap((b) =>
      inlineInhoud(readFileSync(b, "utf8")).map((f) => `${relative(DIST, b)}: ${f}`),
    );
    expect(fout).toEqual([]);
  });

  it("herkent zod in gebouwde code", () => {
    expect(ZOD.test("class ZodError extends Error{}")).toBe(true);
    expect(ZOD.test("s._zod.def")).toBe(true);
    expect(ZOD.test("const zodiak = 1")).toBe(false);
  });

  it("bevat geen zod in enig script: de API-typen zijn alleen typen", () => {
    const scripts = bestanden(DIST, ".js");
    expect(scripts.length).toBeGreaterThan(0);
    const metZod = scripts.filter((b) => ZOD.test(readFileSync(b, "utf8")));
    expect(metZod.map((b) => relative(DIST, b))).toEqual([]);
  });
});
