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

/** What a Lambda may read ahead from the raw path parameters (functions/data/vooruit.ts). */
export type VooruitLezen = (params: Readonly<Record<string, string | undefined>>) => void;
