// What a user must never read on a screen (UX issue "no internal codes"): ids instead of names,
// state/reason codes instead of Dutch labels, JSON paths instead of field labels, references to
// the rulebook, API date forms and JavaScript artefacts. Pure, so its own test can pin each
// pattern with examples; test/web/geenCodes.test.ts runs it over every page.

export interface Treffer {
  soort: string;
  tekst: string;
  /** A little of the text around it, so the report says where on the page it was. */
  omgeving: string;
}

const PATRONEN: readonly (readonly [string, RegExp])[] = [
  ["organisatie-id", /\b(?:aanb|zk)-[a-z0-9]+(?:-[a-z0-9]+)*/g],
  ["uuid", /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi],
  // Lower-case hex of 8 or more with a digit and a letter: a sub or id ("aanbieder 0f8ead5d").
  ["hex-id", /\b(?=[0-9a-f]*[0-9])(?=[0-9a-f]*[a-f])[0-9a-f]{8,}\b/g],
  ["code met underscore", /\b[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+\b/g],
  ["JSON-pad", /\b[A-Za-z]\w*\[\d+\](?:\.\w+|\[\d+\])*/g],
  ["JSON-veld", /\b[a-z]+[A-Z][A-Za-z0-9]*(?:\.[A-Za-z]\w*)*:/g],
  ["regelboek", /§\s*\d*(?:\.\d+)*|\bDOMAIN\.md\b|\bregels\.md\b/g],
  ["ISO-datum", /\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+)?/g],
  ["ISO-maand", /\b(?:19|20)\d{2}-(?:0[1-9]|1[0-2])\b(?!-)/g],
  // A binary float's tail (0.30000000000000004, 1.1999999999999999); an exact decimal stays.
  ["rekenfout", /\d[.,]\d*(?:0{6,}|9{6,})\d/g],
  ["leeg", /\b(?:undefined|null|NaN|Infinity)\b|\[object \w+\]/g],
];

/** Every forbidden pattern in `tekst`, in the order found. */
export function zoekCodes(tekst: string): Treffer[] {
  const treffers: Treffer[] = [];
  for (const [soort, patroon] of PATRONEN)
    for (const m of tekst.matchAll(patroon)) {
      const van = Math.max(0, m.index - 30);
      const omgeving = tekst
        .slice(van, m.index + m[0].length + 30)
        .replace(/\s+/g, " ")
        .trim();
      treffers.push({ soort, tekst: m[0], omgeving });
    }
  return treffers;
}
