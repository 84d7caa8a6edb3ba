// The money figures of one case as the regional overview and the national totals show
// them, read from the stored data (docs/regels.md §5 agreement, §6 voorschot, §7 realisatie, §9.3
// vaststelling). No rule is computed here: every figure is a stored amount or a sum of them.
//
// Choices where docs/regels.md is silent [portal rule]:
// - afgesproken: the agreement in force (incl. compensatie, §6 "B"); after the vaststelling the
//   last agreement before it (initieel or herschikking), so "agreed" never silently becomes
//   "vastgesteld".
// - betaald and opgedragen (§15.3): the case's ledger balance — released in a batch with second
//   signature, and ordered (released or still waiting); the ledger is "now", not a clock filter.
// - gerealiseerd: realised to date in the latest tussentijdse window submitted at or before "now"
//   (oktober, else juli, else mei; the latest version): Σ personeel costs + Σ overige spend, as
//   the realisatie computed them at submission. The year report holds no amounts (§7).
// - vastgesteld: the vaststelling's amount once approved (§9.3), else 0.
import { bedragTekst, bedragUit } from "#shared/geld/bedrag.js";
import type { Decimal } from "#shared/geld/decimal.js";
import type { Saldo } from "#shared/grootboek/saldo.js";
import type { AanvraagRecord, AfspraakSamenvatting } from "../data/aanvragen.js";
import { leesAfspraken } from "../data/afspraken.js";
import { leesRealisaties, rapportSamenvatting } from "../data/realisaties.js";

export interface Zaakcijfers {
  afgesproken: Decimal;
  betaald: Decimal;
  opgedragen: Decimal;
  gerealiseerd: Decimal;
  vastgesteld: Decimal;
  realisatieVenster: string | null;
  isVastgesteld: boolean;
}

export const CIJFERS = [
  "afgesproken",
  "betaald",
  "opgedragen",
  "gerealiseerd",
  "vastgesteld",
] as const;
export type Cijfer = (typeof CIJFERS)[number];

/** The agreement before the vaststelling: the one "agreed" refers to (see the choices above). */
export async function afspraakVoorVaststelling(
  r: AanvraagRecord,
): Promise<AfspraakSamenvatting | undefined> {
  const nodig = r.afspraak?.soort === "vaststelling" && !r.overig.vaststelling?.afspraakVoor;
  return afspraakVoorVaststellingUit(r, nodig ? await leesAfspraken(r.id) : []);
}

/** The same from a history already read, for a caller that reads it anyway (no extra round). */
export function afspraakVoorVaststellingUit(
  r: AanvraagRecord,
  historie: readonly AfspraakSamenvatting[],
): AfspraakSamenvatting | undefined {
  if (r.afspraak?.soort !== "vaststelling") return r.afspraak;
  const bewaard = r.overig.vaststelling?.afspraakVoor;
  if (bewaard) return bewaard;
  return [...historie].reverse().find((a) => a.soort !== "vaststelling");
}

/**
 * §15.3: "opgedragen" (ordered) and "betaald" (released in a batch with second signature) are
 * the ledger's balances of the case, as on every other page; no order is counted twice.
 */
export async function zaakcijfers(r: AanvraagRecord, saldo: Saldo, nu: Date): Promise<Zaakcijfers> {
  // The summary kept on the case answers unless the clock is set before its submission.
  const bewaard = r.overig.rapport;
  const actueel =
    bewaard === undefined
      ? r.overig.rapportBijgehouden === true
      : new Date(bewaard.ingediendOp) <= nu;
  const [afspraak, realisaties] = await Promise.all([
    afspraakVoorVaststelling(r),
    // Realisatie follows the agreement (§4.3): a case without one has none.
    r.afspraak && !actueel ? leesRealisaties(r.id) : Promise.resolve([]),
  ]);
  const laatste = actueel ? bewaard : rapportSamenvatting(realisaties, r.jaar, nu);
  const vaststelling = r.overig.vaststelling;
  return {
    afgesproken: bedragUit(afspraak?.totaal),
    betaald: saldo.betaald,
    opgedragen: saldo.besteld,
    gerealiseerd: bedragUit(laatste?.gerealiseerd),
    vastgesteld: bedragUit(vaststelling?.vastgesteld),
    realisatieVenster: laatste ? `${laatste.soort} (versie ${laatste.nummer})` : null,
    isVastgesteld: vaststelling !== undefined,
  };
}

/** The figures as the API answers them: strings with two decimals (§11). */
export const cijferTekst = (c: Readonly<Record<Cijfer, Decimal>>): Record<Cijfer, string> =>
  Object.fromEntries(CIJFERS.map((k) => [k, bedragTekst(c[k])])) as Record<Cijfer, string>;
