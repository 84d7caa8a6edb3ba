// Hardening: fuzz at depth. For every write route, 1.000 inputs made from its valid example
// (../http/voorbeelden.ts) by seeded mutations — a wrong type, a boundary, an oversize text or
// list, a missing or unknown field, `__proto__`/`constructor`, a duplicate key, broken JSON —
// sent as an allowed caller of the own organisation. Never a 5xx; every refusal is problem+json;
// and a refused request stored nothing: every change writes its audit record in the same
// transaction (test/integratie/audit/elkeWijziging.test.ts), so no audit record may carry the
// correlation id of a refused request. The routes are dealt round-robin over `delen` test files
// (diepte-1.test.ts, …) so the ~3 minutes spread over both workers; each file has a table of its
// own, and route i keeps its seed whichever file runs it.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sluitClients } from "#functions/data/clients.js";
import type { Rol } from "#shared/rollen.js";
import { uniek } from "../fixture/index.js";
import { auditRecords, type EigenTabel, eigenTabel, SCHRIJFROUTES } from "../http/schrijfroutes.js";
import { VOORBEELDEN } from "../http/voorbeelden.js";

const PER_ROUTE = Number(process.env.FUZZ_PER_ROUTE ?? 1000);
const ALLEEN = process.env.FUZZ_ROUTE;
const TEGELIJK = 8;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Pad = (string | number)[];

/** Every node of a JSON value with its path (the root is []). */
function paden(w: Json, pad: Pad = []): Pad[] {
  const kinderen = Array.isArray(w)
    ? w.flatMap((x, i) => paden(x, [...pad, i]))
    : w && typeof w === "object"
      ? Object.entries(w).flatMap(([k, x]) => paden(x, [...pad, k]))
      : [];
  return [pad, ...kinderen];
}

function metWaarde(w: Json, pad: Pad, f: (oud: Json) => Json | undefined): Json {
  if (pad.length === 0) return f(w) ?? null;
  const [kop, ...rest] = pad;
  if (Array.isArray(w)) {
    const kopie = [...w];
    const nieuw = metWaarde(kopie[kop as number]!, rest, f);
    if (rest.length === 0 && f(kopie[kop as number]!) === undefined) kopie.splice(kop as number, 1);
    else kopie[kop as number] = nieuw;
    return kopie;
  }
  const o = { ...(w as Record<string, Json>) };
  if (rest.length === 0) {
    const n = f(o[kop as string]!);
    if (n === undefined) delete o[kop as string];
    else o[kop as string] = n;
  } else o[kop as string] = metWaarde(o[kop as string]!, rest, f);
  return o;
}

const GRENS = fc.constantFrom<Json>(
  "",
  " ",
  "-1",
  "0",
  "-0",
  "0.001",
  "1e309",
  "NaN",
  "Infinity",
  "9".repeat(40),
  "2020-02-30",
  "\u0000",
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "x".repeat(70_000),
  -1,
  0,
  2 ** 53 + 1,
  1e308,
  -0.5,
);
const LEEF = fc.oneof(
  GRENS,
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.string({ maxLength: 30 }),
  fc.constant([] as Json),
  fc.constant({} as Json),
);

const Plan = fc.record({
  soort: fc.constantFrom(
    "vervang",
    "vervang",
    "vervang",
    "weg",
    "onbekend",
    "lijst",
    "dubbel",
    "proto",
    "rauw",
  ),
  pad: fc.nat(),
  waarde: LEEF,
  sleutel: fc.constantFrom("__proto__", "constructor", "extra", "toString", "prototype"),
});
type PlanT = typeof Plan extends fc.Arbitrary<infer T> ? T : never;

/** The request body text of one mutation of `basis`. */
function muteer(basis: Json, p: PlanT): string {
  const alle = paden(basis);
  const pad = alle[p.pad % alle.length]!;
  switch (p.soort) {
    case "vervang":
      return JSON.stringify(metWaarde(basis, pad, () => p.waarde));
    case "weg":
      return JSON.stringify(pad.length ? metWaarde(basis, pad, () => undefined) : {});
    case "onbekend":
      return JSON.stringify(
        metWaarde(basis, pad, (oud) =>
          oud && typeof oud === "object" && !Array.isArray(oud)
            ? { ...oud, [p.sleutel]: p.waarde }
            : { [p.sleutel]: p.waarde },
        ),
      );
    case "lijst":
      // Oversize: the node repeated 3.000 times.
      return JSON.stringify(metWaarde(basis, pad, (oud) => Array(3000).fill(oud)));
    case "dubbel": {
      // A duplicate key, the mutated value last: JSON.parse keeps it, and it must be checked.
      const tekst = JSON.stringify(basis);
      const k = Object.keys(basis && typeof basis === "object" ? basis : {})[0];
      return k && tekst.endsWith("}")
        ? `${tekst.slice(0, -1)},${JSON.stringify(k)}:${JSON.stringify(p.waarde)}}`
        : tekst;
    }
    case "proto":
      return JSON.stringify(basis).replace(
        /^\{/,
        `{"__proto__":{"isAdmin":true,"rol":"landelijk-beheer"},`,
      );
    default:
      return ['{"a":', "[1,", "nul", "\u0000", "{}}", "", "null", "[]"][p.pad % 8]!;
  }
}

async function inPoel<T>(taken: (() => Promise<T>)[], n: number): Promise<void> {
  let i = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (i < taken.length) await taken[i++]!();
    }),
  );
}

/** Registers the fuzz of part `deel` (1-based) of `delen` of the write routes. */
export function fuzzInDeDiepte(deel: number, delen: number): void {
  let t: EigenTabel;
  /** Correlation ids of refused requests: none may be on an audit record. */
  const geweigerd = new Set<string>();
  const telling = { verzoeken: 0, geweigerd: 0, geslaagd: 0 };
  beforeAll(async () => {
    t = await eigenTabel(`diepte-${deel}`);
  }, 60_000);
  afterAll(async () => {
    await t?.gw.stop();
    sluitClients();
    console.log(`fuzz in de diepte, deel ${deel}: ${JSON.stringify(telling)}`);
  });

  const routes = SCHRIJFROUTES.map((r, i) => ({ naam: `${r.methode} ${r.pad}`, route: r, zaad: i }))
    .filter((r) => r.zaad % delen === deel - 1)
    .filter((r) => ALLEEN === undefined || r.route.pad.includes(ALLEEN));

  describe(`fuzz in de diepte: ${PER_ROUTE} invoeren per schrijfroute (deel ${deel} van ${delen})`, () => {
    it.each(routes)(
      "$naam: nooit een 5xx",
      async ({ route, zaad }) => {
        const rol = (route.rollen as readonly Rol[])[0]!;
        const wie = t.bellers.get(rol)!;
        const req = await VOORBEELDEN[route.operatie].verzoek({ beller: rol, zaak: t.eigen });
        const basis = (req.body ?? {}) as Json;
        const plannen = fc.sample(Plan, { numRuns: PER_ROUTE, seed: 20261207 + zaad });
        const url = new URL(req.pad, t.gw.url);
        for (const [k, v] of Object.entries(req.query ?? {})) url.searchParams.set(k, v);
        const fouten: string[] = [];
        await inPoel(
          plannen.map((p) => async () => {
            const correlatieId = uniek("diepte");
            const r = await fetch(url, {
              method: route.methode,
              headers: {
                authorization: `Bearer ${wie.idToken}`,
                "content-type": "application/json",
                "x-correlation-id": correlatieId,
                ...req.headers,
              },
              body: muteer(basis, p),
            });
            const tekst = await r.text();
            telling.verzoeken++;
            if (r.status >= 500) fouten.push(`${r.status} bij ${p.soort}: ${tekst.slice(0, 200)}`);
            else if (r.status >= 400) {
              telling.geweigerd++;
              geweigerd.add(r.headers.get("x-correlation-id") ?? correlatieId);
              if (!/application\/problem\+json/.test(r.headers.get("content-type") ?? ""))
                fouten.push(`${r.status} zonder problem+json bij ${p.soort}`);
            } else telling.geslaagd++;
          }),
          TEGELIJK,
        );
        expect(fouten.slice(0, 5)).toEqual([]);
      },
      240_000,
    );

    it("een geweigerd verzoek sloeg niets op (geen auditrecord met zijn correlatie-id)", async () => {
      const opgeslagen = new Set(
        (await auditRecords(t.tabelNaam)).map((a) => String(a.correlatieId)),
      );
      const lek = [...geweigerd].filter((c) => opgeslagen.has(c));
      expect(lek).toEqual([]);
      expect(geweigerd.size).toBeGreaterThan(0);
    });
  });
}
