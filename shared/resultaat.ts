import * as z from "zod";
// Only the Dutch locale: `z.locales.nl()` would bundle every locale zod ships (~250 KB per Lambda).
import nl from "zod/v4/locales/nl.js";

// Invalid input never throws in shared/: every rule returns a Resultaat, and a Fout names the
// field in the caller's own terms (dotted path, as in the JSON the caller sent).
export interface Fout {
  code: string;
  veld: string;
  melding: string;
}

export type Resultaat<T> = { ok: true; waarde: T } | { ok: false; fout: Fout };

export const ok = <T>(waarde: T): Resultaat<T> => ({ ok: true, waarde });

export const fout = <T = never>(code: string, veld: string, melding: string): Resultaat<T> => ({
  ok: false,
  fout: { code, veld, melding },
});

z.config(nl());

export function veldpad(pad: readonly PropertyKey[]): string {
  return pad
    .map((deel, i) =>
      typeof deel === "number" ? `[${deel}]` : `${i === 0 ? "" : "."}${String(deel)}`,
    )
    .join("");
}

/** Parses with a zod schema; the first issue becomes a Fout `ONGELDIGE_INVOER` naming its field. */
export function valideer<S extends z.ZodType>(schema: S, invoer: unknown): Resultaat<z.output<S>> {
  const r = schema.safeParse(invoer);
  if (r.success) return ok(r.data);
  const issue = r.error.issues[0]!;
  // An unknown field is named itself, not its parent: "geheim: onbekend veld".
  if (issue.code === "unrecognized_keys") {
    const veld = veldpad([...issue.path, issue.keys[0]!]);
    return fout("ONGELDIGE_INVOER", veld, `${veld}: onbekend veld; dit veld bestaat hier niet`);
  }
  const veld = veldpad(issue.path) || "(invoer)";
  return fout("ONGELDIGE_INVOER", veld, `${veld}: ${issue.message}`);
}

/** Chains Resultaten: the first Fout wins. */
export function dan<A, B>(r: Resultaat<A>, f: (a: A) => Resultaat<B>): Resultaat<B> {
  return r.ok ? f(r.waarde) : r;
}
