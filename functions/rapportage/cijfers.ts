// Issue #5: the money figures of one case as the regional overview and the national totals show
// them, read from the stored data (DOMAIN.md §5 agreement, §6 voorschot, §7 realisatie, §9.3
// vaststelling). No rule is computed here: every figure is a stored amount or a sum of them.
//
// Choices where DOMAIN.md is silent [portal rule]:
// - afgesproken: the agreement in force (incl. compensatie, §6 "B"); after the vaststelling the
//   last agreement before it (initieel or herschikking), so "agreed" never silently becomes
//   "vastgesteld".
// - betaald: voorschot orders in a payment batch RELEASED (second signature, §1) at or before
//   "now"; opgedragen: every order made at or before "now" (released or still waiting).
// - gerealiseerd: realised to date in the latest tussentijdse window submitted at or before "now"
//   (oktober, else juli, else mei; the latest version): Σ personeel costs + Σ overige spend, as
//   the realisatie computed them at submission. The year report holds no amounts (§7).
// - vastgesteld: the vaststelling's amount once approved (§9.3), else 0.
import { bedragTekst, som } from "../../shared/geld/bedrag.js";
import { Decimal, NUL } from "../../shared/geld/decimal.js";
import type { AanvraagRecord, AfspraakSamenvatting } from "../data/aanvragen.js";
import { leesAfspraken } from "../data/afspraken.js";
import { betaalbatchesVanMaand } from "../data/betaalbatches.js";
import { betaalopdrachtenVanAanvraag } from "../data/betaalopdrachten.js";
import { leesRealisaties, type RealisatieRecord } from "../data/realisaties.js";

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

/** A stored amount as a Decimal; anything unreadable counts 0 (stored amounts were validated). */
export function bedragUit(x: unknown): Decimal {
  if (typeof x !== "string" && typeof x !== "number") return NUL;
  try {
    const d = new Decimal(String(x));
    return d.isFinite() ? d : NUL;
  } catch {
    return NUL;
  }
}

/**
 * Per aanvraag: Σ voorschot orders in the zorgkantoor's payment batches of year t released at or
 * before `nu` (12 queries, one per month: the batches are kept per zorgkantoor and month).
 */
export async function vrijgegevenPerAanvraag(
  zorgkantoorId: string,
  jaar: number,
  nu: Date,
): Promise<Map<string, Decimal>> {
  const maanden = await Promise.all(
    Array.from({ length: 12 }, (_, i) => betaalbatchesVanMaand(zorgkantoorId, jaar, i + 1)),
  );
  const per = new Map<string, Decimal>();
  for (const b of maanden.flat()) {
    if (b.status !== "vrijgegeven" || !b.vrijgegevenOp || new Date(b.vrijgegevenOp) > nu) continue;
    for (const o of b.opdrachten)
      per.set(o.aanvraagId, (per.get(o.aanvraagId) ?? NUL).plus(bedragUit(o.bedrag)));
  }
  return per;
}

const VENSTERVOLGORDE = ["oktober", "juli", "mei"] as const;

/** The latest tussentijdse report of year t submitted at or before `nu`, if any. */
export function laatsteRapport(
  alle: readonly RealisatieRecord[],
  jaar: number,
  nu: Date,
): RealisatieRecord | undefined {
  for (const venster of VENSTERVOLGORDE) {
    const eigen = alle.filter(
      (r) => r.jaar === jaar && r.soort === venster && new Date(r.ingediendOp) <= nu,
    );
    if (eigen.length > 0) return eigen.reduce((m, r) => (r.nummer > m.nummer ? r : m));
  }
  return undefined;
}

/** Realised to date as the realisatie computed it: Σ personeel kostenTotNu + Σ overige uitgavenTotNu. */
export function gerealiseerdVan(r: RealisatieRecord | undefined): Decimal {
  const b = r?.berekening as
    | { personeel?: { kostenTotNu?: unknown }[]; overige?: { uitgavenTotNu?: unknown }[] }
    | undefined;
  return som([
    ...(b?.personeel ?? []).map((p) => bedragUit(p.kostenTotNu)),
    ...(b?.overige ?? []).map((o) => bedragUit(o.uitgavenTotNu)),
  ]);
}

/** The agreement before the vaststelling: the one "agreed" refers to (see the choices above). */
export async function afspraakVoorVaststelling(
  r: AanvraagRecord,
): Promise<AfspraakSamenvatting | undefined> {
  if (r.afspraak?.soort !== "vaststelling") return r.afspraak;
  const historie = await leesAfspraken(r.id);
  return [...historie].reverse().find((a) => a.soort !== "vaststelling");
}

export async function zaakcijfers(
  r: AanvraagRecord,
  vrijgegeven: ReadonlyMap<string, Decimal>,
  nu: Date,
): Promise<Zaakcijfers> {
  const [afspraak, opdrachten, realisaties] = await Promise.all([
    afspraakVoorVaststelling(r),
    // Orders and realisatie follow the agreement (§4.3): a case without one has neither.
    r.afspraak ? betaalopdrachtenVanAanvraag(r.id) : Promise.resolve([]),
    r.afspraak ? leesRealisaties(r.id) : Promise.resolve([]),
  ]);
  const rapport = laatsteRapport(realisaties, r.jaar, nu);
  const vaststelling = r.overig.vaststelling;
  return {
    afgesproken: bedragUit(afspraak?.totaal),
    betaald: vrijgegeven.get(r.id) ?? NUL,
    opgedragen: som(
      opdrachten
        .filter((o) => o.jaar === r.jaar && new Date(o.aangemaaktOp) <= nu)
        .map((o) => bedragUit(o.bedrag)),
    ),
    gerealiseerd: gerealiseerdVan(rapport),
    vastgesteld: bedragUit(vaststelling?.vastgesteld),
    realisatieVenster: rapport ? `${rapport.soort} (versie ${rapport.nummer})` : null,
    isVastgesteld: vaststelling !== undefined,
  };
}

/** Σ of each figure over the rows. */
export const totalenVan = (rijen: readonly Zaakcijfers[]): Record<Cijfer, Decimal> =>
  Object.fromEntries(CIJFERS.map((c) => [c, som(rijen.map((r) => r[c]))])) as Record<
    Cijfer,
    Decimal
  >;

/** The figures as the API answers them: strings with two decimals (§11). */
export const cijferTekst = (c: Readonly<Record<Cijfer, Decimal>>): Record<Cijfer, string> =>
  Object.fromEntries(CIJFERS.map((k) => [k, bedragTekst(c[k])])) as Record<Cijfer, string>;
