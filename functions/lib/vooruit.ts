// National scale: a read answers in at most two sequential DynamoDB rounds. The object a route
// addresses (the aanvraag of `{aanvraagId}`) does not depend on the caller, so its read starts
// beside the membership lookup instead of after it; the operation's own read of it then takes
// that promise. Scoped to one request (AsyncLocalStorage), taken at most once, so nothing read
// for one request — or one caller — is ever served to another, and a second read in the same
// request (after a write) goes to DynamoDB again.
import { AsyncLocalStorage } from "node:async_hooks";

type Vooraf = Map<string, Promise<unknown>>;

const verzoek = new AsyncLocalStorage<Vooraf>();

/** Runs one request with its own (empty) set of reads started ahead. */
export const binnenVerzoek = <T>(f: () => Promise<T>): Promise<T> => verzoek.run(new Map(), f);

/** Starts `lees` now, for a later `vooruitGelezen(sleutel, …)` of the same request. */
export function leesVooruit(sleutel: string, lees: () => Promise<unknown>): void {
  const vooraf = verzoek.getStore();
  if (!vooraf || vooraf.has(sleutel)) return;
  const p = lees();
  // Whoever takes it sees the error; unclaimed, it must not become an unhandled rejection.
  p.catch(() => undefined);
  vooraf.set(sleutel, p);
}

/** The read started ahead for `sleutel` in this request (once), else `lees()` now. */
export function vooruitGelezen<T>(sleutel: string, lees: () => Promise<T>): Promise<T> {
  const vooraf = verzoek.getStore();
  const p = vooraf?.get(sleutel);
  if (!p) return lees();
  vooraf!.delete(sleutel);
  return p as Promise<T>;
}

/** Raw path parameters, before validation: a read ahead must check what it uses itself. */
export type RuweParams = Readonly<Record<string, string | undefined>>;

/**
 * What a Lambda may read ahead from the raw path parameters, knowing the route's operation (so a
 * route reads ahead only what it will take; functions/data/aanvragen.ts leesAanvraagVooruit).
 */
export type VooruitLezen = (params: RuweParams, operatie: string) => void;

/**
 * The zorgkantoor and year a route addresses, if the raw parameters can be valid ones (the same
 * bounds as the params schemas; a read ahead for a request that validation refuses is harmless,
 * but never made for anything longer).
 */
export function zorgkantoorJaarUit(
  params: RuweParams,
): { zorgkantoorId: string; jaar: number } | undefined {
  const { zorgkantoorId, jaar } = params;
  if (!zorgkantoorId || zorgkantoorId.length > 200 || !/^20\d{2}$/.test(jaar ?? "")) return;
  return { zorgkantoorId, jaar: Number(jaar) };
}

/**
 * A data-layer read that a route can start ahead: `lees(...)` takes the read started by
 * `vooruit(...)` with the same arguments in this request (once), else reads now.
 */
export function vooruitLeesbaar<A extends readonly unknown[], T>(
  naam: string,
  lees: (...a: A) => Promise<T>,
): { lees: (...a: A) => Promise<T>; vooruit: (...a: A) => void } {
  const sleutel = (a: A) => `${naam}:${JSON.stringify(a)}`;
  return {
    lees: (...a) => vooruitGelezen(sleutel(a), () => lees(...a)),
    vooruit: (...a) => leesVooruit(sleutel(a), () => lees(...a)),
  };
}
