// Issue #5: the site that was built is the site shared/paginas.ts promises — every address of
// PAGINAS is a folder with an index.html in web/dist (mails and menus link there) — and no built
// page carries what the CSP (infra/inhoudsbeleid.ts: script-src/style-src 'self', no
// 'unsafe-inline') would block: an inline <script>, a <style> element or a style="" attribute.
// The web project's globalSetup has just built web/dist.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { PAGINAS } from "../../shared/paginas.js";

const DIST = join(import.meta.dirname, "../../web/dist");

function htmlBestanden(map: string): string[] {
  return readdirSync(map, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? htmlBestanden(join(map, d.name))
      : d.name.endsWith(".html")
        ? [join(map, d.name)]
        : [],
  );
}

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
});
