// Hardening: the largest input a body schema allows, grown from a valid example. Walks the
// route's JSON Schema (zod 4's z.toJSONSchema, io "input") beside the example: every free text
// to its maxLength, every list to its maxItems by repeating its elements (ids made unique),
// every optional field present. Texts with a format (pattern, enum, base64) keep the example's
// value: their length is bounded by the format, and their meaning (a date, an amount, a
// reference) decides whether the request can succeed at all; so do the ids the example has (they
// refer to what it set up). Stops growing at a byte budget.

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Knoop = Record<string, unknown>;

export interface Groei {
  readonly waarde: Json | undefined;
  /** Paths of texts and lists without a maximum (grown to the budget, or kept). */
  readonly onbegrensd: string[];
}

export interface GroeiOpties {
  /** Stop growing lists once the body would be about this many bytes of JSON. */
  readonly budget: number;
  /** Schemas for $refs whose JSON Schema is opaque (a record checked in a refinement). */
  readonly vervangingen?: Readonly<Record<string, Knoop>>;
}

/** Values for a formatted text the example lacks: the first its pattern accepts. */
const GEVORMD = ["0.00", "0", "2020-01-01", "2020-01", ""];
const past = (k: Knoop, w: string): boolean =>
  typeof k.pattern === "string" && new RegExp(k.pattern).test(w);

const vasteGrootte = (k: Knoop): boolean =>
  ["number", "integer", "boolean"].includes(k.type as string) ||
  (k.type === "string" && (k.pattern !== undefined || k.format !== undefined || !!k.enum));

const grootte = (w: Json | undefined): number => (w === undefined ? 0 : JSON.stringify(w).length);

const isIdSleutel = (k: string): boolean => k === "id" || /Id$/.test(k);

/** Element `i` of a repeated list: its id-like texts end in `-i`, within their maxLength. */
function metUniekeId(w: Json, i: number, items: Knoop): Json {
  if (!w || typeof w !== "object" || Array.isArray(w)) return w;
  const takken = ((items.oneOf ?? items.anyOf) as Knoop[] | undefined) ?? [items];
  const props = Object.assign({}, ...takken.map((t) => t.properties ?? {})) as Record<
    string,
    Knoop
  >;
  const uit: Record<string, Json> = { ...w };
  for (const [k, v] of Object.entries(w))
    if (isIdSleutel(k) && typeof v === "string") {
      const max = (props[k]?.maxLength as number | undefined) ?? Number.POSITIVE_INFINITY;
      const staart = `-${i}`;
      uit[k] =
        v.length + staart.length <= max ? v + staart : v.slice(0, max - staart.length) + staart;
    }
  return uit;
}

/** The largest value `schema` allows, grown from `voorbeeld` (undefined: none could be made). */
export function grootsteInvoer(schema: Knoop, voorbeeld: Json | undefined, o: GroeiOpties): Groei {
  const onbegrensd: string[] = [];
  const defs: Record<string, Knoop> = { ...((schema.$defs ?? {}) as Record<string, Knoop>) };

  const los = (k: Knoop): Knoop => {
    const ref = k.$ref;
    if (typeof ref !== "string") return k;
    const naam = ref.replace("#/$defs/", "");
    const vervanging = o.vervangingen?.[naam];
    if (vervanging) {
      Object.assign(defs, vervanging.$defs ?? {});
      return vervanging;
    }
    return defs[naam] ?? {};
  };

  /** The branch of a union the example is in: its const fields match. */
  const tak = (takken: Knoop[], v: Json | undefined): Knoop =>
    takken.find((t) =>
      Object.entries((t.properties ?? {}) as Record<string, Knoop>).every(
        ([k, p]) =>
          p.const === undefined ||
          (v && typeof v === "object" && !Array.isArray(v) && v[k] === p.const),
      ),
    ) ?? takken[0]!;

  function groei(k0: Knoop, v: Json | undefined, pad: string, budget: number): Json | undefined {
    const k = los(k0);
    const takken = (k.oneOf ?? k.anyOf) as Knoop[] | undefined;
    if (takken) return groei(tak(takken, v), v, pad, budget);
    if (k.const !== undefined) return k.const as Json;
    if (k.type === "object" || k.properties || k.additionalProperties)
      return object(k, v, pad, budget);
    if (k.type === "array") return lijst(k, v, pad, budget);
    if (k.type === "string") return tekst(k, v, pad);
    // Numbers and booleans: their size is fixed; the example's value, the default, the minimum.
    return v ?? (k.default as Json | undefined) ?? (k.minimum as number | undefined);
  }

  function tekst(k: Knoop, v: Json | undefined, pad: string): Json | undefined {
    if (k.enum) return v ?? (k.enum as string[]).reduce((a, b) => (b.length > a.length ? b : a));
    if (k.pattern !== undefined || k.format !== undefined)
      return v ?? (k.default as Json | undefined) ?? GEVORMD.find((g) => past(k, g));
    // A number written as text (checked in a refinement): bounded by LIMIETEN.getalTekens.
    if (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v)) return v;
    // An id the example has refers to what it set up (an organisation, a line): kept, or the
    // request is only refused as unknown. A new id starts with its path, so the ids of different
    // lists differ (personeel and overige lines share one namespace per year).
    const sleutel = pad.slice(pad.lastIndexOf(".") + 1);
    if (isIdSleutel(sleutel) && typeof v === "string") return v;
    const nieuw = isIdSleutel(sleutel) ? pad.replace(/[^A-Za-z0-9]/g, "") : "";
    const oud = typeof v === "string" ? v : typeof k.default === "string" ? k.default : nieuw;
    if (typeof k.maxLength !== "number") {
      onbegrensd.push(`${pad} (tekst)`);
      return v;
    }
    return oud + "x".repeat(Math.max(0, k.maxLength - oud.length));
  }

  function object(k: Knoop, v: Json | undefined, pad: string, budget: number): Json | undefined {
    const voor = v && typeof v === "object" && !Array.isArray(v) ? v : undefined;
    const uit: Record<string, Json> = { ...voor };
    let over = budget - 2;
    const zet = (sleutel: string, s: Knoop, w: Json | undefined) => {
      const n = groei(s, w, `${pad}.${sleutel}`, over);
      if (n === undefined) return;
      uit[sleutel] = n;
      over -= grootte(n) + sleutel.length + 4;
    };
    const verplicht = new Set((k.required ?? []) as string[]);
    for (const [sleutel, s] of Object.entries((k.properties ?? {}) as Record<string, Knoop>)) {
      // An absent optional value of a fixed size (a number, a date, an amount) adds nothing to
      // the size but a meaning the example did without (e.g. a month of another year).
      if (voor?.[sleutel] === undefined && !verplicht.has(sleutel) && vasteGrootte(los(s)))
        continue;
      zet(sleutel, s, voor?.[sleutel]);
    }
    // A record with a closed set of keys (propertyNames enum): every key present.
    const namen = (k.propertyNames as Knoop | undefined)?.enum as string[] | undefined;
    const extra = k.additionalProperties as Knoop | undefined;
    if (namen && extra && typeof extra === "object")
      for (const sleutel of namen)
        zet(sleutel, extra, voor?.[sleutel] ?? Object.values(voor ?? {})[0]);
    return voor || Object.keys(uit).length > 0 ? uit : undefined;
  }

  function lijst(k: Knoop, v: Json | undefined, pad: string, budget: number): Json | undefined {
    const voor = Array.isArray(v) ? v : [];
    const items = (k.items ?? {}) as Knoop;
    // Each element grows within what the ones before it left of the budget.
    let over = budget;
    const gegroeid = voor.map((e, i) => {
      const n = groei(items, e, `${pad}[${i}]`, over) as Json;
      over -= grootte(n) + 1;
      return n;
    });
    if (gegroeid.length === 0) {
      const nieuw = groei(items, undefined, `${pad}[0]`, budget);
      if (nieuw === undefined) return v;
      gegroeid.push(nieuw);
    }
    const max = typeof k.maxItems === "number" ? k.maxItems : Number.POSITIVE_INFINITY;
    if (max === Number.POSITIVE_INFINITY) onbegrensd.push(`${pad} (lijst)`);
    const per = Math.max(1, grootte(gegroeid) / gegroeid.length);
    const aantal = Math.max(gegroeid.length, Math.min(max, Math.floor(budget / per)));
    return Array.from({ length: aantal }, (_, i) =>
      i < gegroeid.length
        ? gegroeid[i]!
        : metUniekeId(gegroeid[i % gegroeid.length]!, i, los(items)),
    );
  }

  const waarde = groei(schema, voorbeeld, "", o.budget);
  return { waarde, onbegrensd };
}
