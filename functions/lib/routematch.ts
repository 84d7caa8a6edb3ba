// Matches a request path to the route table as API Gateway does for an HTTP API — the
// most specific route wins (a literal segment over {param}, {param} over a greedy {proxy+}); a
// known path with another method is a 405 (with the allowed methods), anything else a 404.
// Used by the local gateway; in AWS API Gateway itself does this and passes `routeKey`.
import { type Methode, ROUTES, type Route } from "../routes.js";

export type Zoekresultaat =
  | { soort: "gevonden"; route: Route; params: Record<string, string> }
  | { soort: "andereMethode"; toegestaan: Methode[] }
  | { soort: "onbekend" };

type Deel = { soort: "letterlijk"; tekst: string } | { soort: "param" | "rest"; naam: string };

function delenVan(pad: string): Deel[] {
  return pad
    .split("/")
    .slice(1)
    .map((d): Deel => {
      const m = /^\{([^}+]+)(\+?)\}$/.exec(d);
      if (!m) return { soort: "letterlijk", tekst: d };
      return { soort: m[2] ? "rest" : "param", naam: m[1]! };
    });
}

/** Path parameters if `pad` (already split, decoded) fits the pattern; else undefined. */
function past(
  patroon: readonly Deel[],
  segmenten: readonly string[],
): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < patroon.length; i++) {
    const deel = patroon[i]!;
    const segment = segmenten[i];
    if (deel.soort === "rest") {
      const rest = segmenten.slice(i);
      if (rest.length === 0 || rest.some((s) => s === "")) return undefined;
      params[deel.naam] = rest.join("/");
      return params;
    }
    if (segment === undefined) return undefined;
    if (deel.soort === "letterlijk") {
      if (deel.tekst !== segment) return undefined;
    } else {
      if (segment === "") return undefined;
      params[deel.naam] = segment;
    }
  }
  return segmenten.length === patroon.length ? params : undefined;
}

const GEWICHT = { letterlijk: 2, param: 1, rest: 0 } as const;

/** Negative when a is more specific than b (compared segment by segment, left to right). */
function specifieker(a: readonly Deel[], b: readonly Deel[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const verschil = (GEWICHT[b[i]?.soort ?? "rest"] ?? 0) - (GEWICHT[a[i]?.soort ?? "rest"] ?? 0);
    if (verschil !== 0) return verschil;
  }
  return 0;
}

function decodeer(pad: string): string[] | undefined {
  try {
    return pad.split("/").slice(1).map(decodeURIComponent);
  } catch {
    return undefined; // malformed %-escape: no route can match it
  }
}

/** Finds the route for a method and a raw path (without query string). */
export function zoekRoute(
  methode: string,
  rawPath: string,
  routes: readonly Route[] = ROUTES,
): Zoekresultaat {
  const segmenten = decodeer(rawPath);
  if (!segmenten) return { soort: "onbekend" };
  const treffers = routes
    .map((route) => ({ route, patroon: delenVan(route.pad) }))
    .map((t) => ({ ...t, params: past(t.patroon, segmenten) }))
    .filter((t) => t.params !== undefined);
  if (treffers.length === 0) return { soort: "onbekend" };
  const metMethode = treffers
    .filter((t) => t.route.methode === methode)
    .sort((a, b) => specifieker(a.patroon, b.patroon));
  const beste = metMethode[0];
  if (beste) return { soort: "gevonden", route: beste.route, params: beste.params! };
  return { soort: "andereMethode", toegestaan: [...new Set(treffers.map((t) => t.route.methode))] };
}
