// A horizontal bar chart as inline SVG built with createElementNS (no library: the 50 KB budget
//). role="img" with an aria-label that states every value, and each page shows the
// same numbers in a table next to it, so nothing depends on seeing the chart. Bars also carry
// their value as text (no colour-only meaning).
import { euro } from "./bedrag.js";

const NS = "http://www.w3.org/2000/svg";

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributen: Record<string, string | number>,
  tekst?: string,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attributen)) el.setAttribute(k, String(v));
  if (tekst !== undefined) el.textContent = tekst;
  return el;
}

export interface Staaf {
  label: string;
  centen: bigint;
}

export function staafdiagram(titel: string, staven: readonly Staaf[]): SVGSVGElement {
  const breedte = 640;
  const labelBreedte = 150;
  const waardeBreedte = 130;
  const hoogte = 28;
  const max = staven.reduce((m, s) => (s.centen > m ? s.centen : m), 1n);
  const ruimte = BigInt(breedte - labelBreedte - waardeBreedte);
  const beschrijving = `${titel}: ${staven.map((s) => `${s.label} ${euro(s.centen)}`).join(", ")}`;
  const root = svg("svg", {
    class: "kb-grafiek",
    viewBox: `0 0 ${breedte} ${staven.length * hoogte + 8}`,
    role: "img",
    "aria-label": beschrijving,
  });
  root.append(svg("title", {}, beschrijving));
  staven.forEach((s, i) => {
    const y = 4 + i * hoogte;
    // Scaled in BigInt (cents can exceed 2^53 for national totals); pixels are small numbers.
    const lengte = Number(((s.centen < 0n ? 0n : s.centen) * ruimte) / max);
    root.append(
      svg("text", { x: 0, y: y + 17 }, s.label),
      svg("rect", {
        x: labelBreedte,
        y,
        width: Math.max(lengte, 1),
        height: hoogte - 8,
        fill: i % 2 === 0 ? "#154273" : "#39870c",
      }),
      svg("text", { x: labelBreedte + lengte + 6, y: y + 17 }, euro(s.centen)),
    );
  });
  return root;
}
