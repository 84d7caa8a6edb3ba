// docs/regels.md §4.3: "the reviewer can see the differences between versions". Works on the stored
// JSON form of two versions of an aanvraag and lists every leaf that changed, was added or was
// removed, with its dotted path. Lines are matched by `id` and begroting years by `jaar`, so a
// line inserted in the middle shows as one added line, not as every later line changed.
import { veldpad } from "../resultaat.js";

export interface Verschil {
  /** Path in the newer version; for a line that no longer exists, its path in the older one. */
  pad: string;
  voor: unknown;
  na: unknown;
}

type Pad = (string | number)[];

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);
const isContainer = (x: unknown): x is Record<string, unknown> | unknown[] =>
  Array.isArray(x) || isObject(x);

/** Decimals and Dates (a parsed version) compare by value; other objects are walked. */
function blad(x: unknown): unknown {
  if (x instanceof Date) return x.toISOString();
  if (isObject(x) && typeof x.toFixed === "function" && typeof x.isZero === "function")
    return String(x);
  return x;
}

/** The leaves of one side, for an added or removed subtree; an empty container is a leaf itself. */
function bladeren(x: unknown, pad: Pad): { pad: Pad; waarde: unknown }[] {
  const w = blad(x);
  if (!isContainer(w)) return [{ pad, waarde: w }];
  const kinderen = Array.isArray(w)
    ? w.flatMap((v, i) => bladeren(v, [...pad, i]))
    : Object.keys(w).flatMap((k) => bladeren(w[k], [...pad, k]));
  return kinderen.length ? kinderen : [{ pad, waarde: w }];
}

/** The key lines are matched on: `id`, else `jaar`, when unique on both sides; else the index. */
function sleutelVan(voor: unknown[], na: unknown[]): "id" | "jaar" | undefined {
  for (const k of ["id", "jaar"] as const) {
    const uniek = (xs: unknown[]) => {
      const s = xs.map((x) => (isObject(x) ? x[k] : undefined));
      return (
        s.every((v) => typeof v === "string" || typeof v === "number") &&
        new Set(s).size === s.length
      );
    };
    if (uniek(voor) && uniek(na)) return k;
  }
  return undefined;
}

function vergelijk(voor: unknown, na: unknown, pad: Pad, uit: Verschil[]): void {
  const a = blad(voor);
  const b = blad(na);
  if (Array.isArray(a) && Array.isArray(b)) {
    vergelijkLijsten(a, b, pad, uit);
    return;
  }
  if (isObject(a) && isObject(b)) {
    const sleutels = [...Object.keys(b), ...Object.keys(a).filter((k) => !(k in b))];
    for (const k of sleutels) vergelijk(a[k], b[k], [...pad, k], uit);
    return;
  }
  if (!isContainer(a) && !isContainer(b)) {
    if (a !== b) uit.push({ pad: veldpad(pad), voor: a, na: b });
    return;
  }
  // A container against a leaf or nothing: what was there is removed, what is there is added.
  if (a !== undefined)
    for (const l of bladeren(a, pad))
      uit.push({ pad: veldpad(l.pad), voor: l.waarde, na: undefined });
  if (b !== undefined)
    for (const l of bladeren(b, pad))
      uit.push({ pad: veldpad(l.pad), voor: undefined, na: l.waarde });
}

function vergelijkLijsten(a: unknown[], b: unknown[], pad: Pad, uit: Verschil[]): void {
  const k = sleutelVan(a, b);
  if (k === undefined) {
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) vergelijk(a[i], b[i], [...pad, i], uit);
    return;
  }
  const sleutel = (x: unknown) => (x as Record<string, unknown>)[k];
  b.forEach((x, i) => {
    const oud = a.find((y) => sleutel(y) === sleutel(x));
    vergelijk(oud, x, [...pad, i], uit);
  });
  a.forEach((y, i) => {
    if (!b.some((x) => sleutel(x) === sleutel(y))) vergelijk(y, undefined, [...pad, i], uit);
  });
}

/**
 * Every changed, added or removed leaf between two versions. Order: the newer version's order,
 * then what was removed, in the older version's order — stable for the same two inputs.
 */
export function versieverschil(voor: unknown, na: unknown): Verschil[] {
  const uit: Verschil[] = [];
  vergelijk(voor, na, [], uit);
  return uit;
}
