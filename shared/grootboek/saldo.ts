// docs/regels.md §15.3: the balances of the ledger. Each boeking moves exactly one field of a Saldo
// (see the sign convention in boeking.ts), so a balance is a plain sum and the same `pasToe`
// maintains a case, a zorgkantoor-year and the national year: the data layer updates those three
// items in the transaction that writes the entry, and no page has to sum thousands of entries.
import * as z from "zod";
import { BedragSchema, bedragTekst } from "../geld/bedrag.js";
import { type Decimal, NUL } from "../geld/decimal.js";
import { dan, fout, ok, type Resultaat } from "../resultaat.js";
import { type Boeking, type Zaak, zelfdeZaak } from "./boeking.js";
import { openPosten } from "./posten.js";

/** Every field is a sum of amounts, shown as a non-negative number in normal use. */
export const SALDOVELDEN = [
  /** Ordered (voorschot + nabetaling), minus orders cancelled by a correctie. */
  "besteld",
  /** Released in a batch with second signature: "paid" of §9.3 and §15.3. */
  "betaald",
  /** Orders of this case settled by an offset instead of a payment (the + half of a pair). */
  "verrekendAlsBetaling",
  /** Vorderingen raised, minus what a correctie took off. */
  "vorderingOpgelegd",
  "vorderingOntvangen",
  /** Open vorderingen of this case settled later by an offset (− half naming the vordering). */
  "vorderingVerrekend",
  /** A negative saldo offset at its settlement, before any vordering (− half without betreft). */
  "verrekendAlsTerugbetaling",
] as const;
export type SaldoVeld = (typeof SALDOVELDEN)[number];
export type Saldo = Readonly<Record<SaldoVeld, Decimal>>;

export const LEEG_SALDO: Saldo = Object.fromEntries(SALDOVELDEN.map((v) => [v, NUL])) as Saldo;

/** The stored form of a running balance item: strings. */
export const SaldoSchema = z.strictObject(
  Object.fromEntries(SALDOVELDEN.map((v) => [v, BedragSchema])) as Record<
    SaldoVeld,
    typeof BedragSchema
  >,
);

export const saldoTekst = (s: Saldo): Record<SaldoVeld, string> =>
  Object.fromEntries(SALDOVELDEN.map((v) => [v, bedragTekst(s[v])])) as Record<SaldoVeld, string>;

/**
 * The one field a boeking changes and by how much (may be negative: a correctie). For a data
 * layer that keeps balances as exact decimal numbers (DynamoDB numbers are 38-digit decimals),
 * this is an `ADD veld :delta`, which needs no read of the hot national item first.
 */
export function mutatie(b: Boeking): { veld: SaldoVeld; delta: Decimal } {
  switch (b.soort) {
    case "voorschot_besteld":
    case "nabetaling_besteld":
      return { veld: "besteld", delta: b.bedrag };
    case "betaling_vrijgegeven":
    case "nabetaling_vrijgegeven":
      return { veld: "betaald", delta: b.bedrag };
    case "vordering_opgelegd":
      return { veld: "vorderingOpgelegd", delta: b.bedrag.negated() };
    case "vordering_ontvangen":
      return { veld: "vorderingOntvangen", delta: b.bedrag.negated() };
    case "verrekening":
      if (b.bedrag.gt(0)) return { veld: "verrekendAlsBetaling", delta: b.bedrag };
      return b.betreft
        ? { veld: "vorderingVerrekend", delta: b.bedrag.negated() }
        : { veld: "verrekendAlsTerugbetaling", delta: b.bedrag.negated() };
    case "correctie":
      // §15.6: a correctie only reduces an open claim; its sign says which kind (boeking.ts).
      return b.bedrag.lt(0)
        ? { veld: "besteld", delta: b.bedrag }
        : { veld: "vorderingOpgelegd", delta: b.bedrag.negated() };
  }
}

/** The running balance after one more entry: the same for a case, a zorgkantoor-year and national. */
export function pasToe(saldo: Saldo, b: Boeking): Saldo {
  const { veld, delta } = mutatie(b);
  return { ...saldo, [veld]: saldo[veld].plus(delta) };
}

export const saldoVan = (boekingen: readonly Boeking[]): Saldo =>
  boekingen.reduce(pasToe, LEEG_SALDO);

/** Adds balances field by field (cases into a zorgkantoor-year, zorgkantoor-years into national). */
export const telOp = (a: Saldo, b: Saldo): Saldo =>
  Object.fromEntries(SALDOVELDEN.map((v) => [v, a[v].plus(b[v])])) as Saldo;

export interface Cijfers {
  /** Ordered and neither paid nor settled by offset yet. */
  openstaandBesteld: Decimal;
  /** Raised and neither received nor settled by offset yet. */
  vorderingOpen: Decimal;
  /** §15.3 "offset", signed: + where this case's orders were offset, − where it paid back by offset. */
  verrekend: Decimal;
  /** §15.3: paid − received + offset. */
  positie: Decimal;
  /** The positie once every open order is paid and every open vordering received. */
  eindpositie: Decimal;
}

export function cijfers(s: Saldo): Cijfers {
  const openstaandBesteld = s.besteld.minus(s.betaald).minus(s.verrekendAlsBetaling);
  const vorderingOpen = s.vorderingOpgelegd.minus(s.vorderingOntvangen).minus(s.vorderingVerrekend);
  const verrekend = s.verrekendAlsBetaling
    .minus(s.vorderingVerrekend)
    .minus(s.verrekendAlsTerugbetaling);
  const positie = s.betaald.minus(s.vorderingOntvangen).plus(verrekend);
  return {
    openstaandBesteld,
    vorderingOpen,
    verrekend,
    positie,
    eindpositie: positie.plus(openstaandBesteld).minus(vorderingOpen),
  };
}

/**
 * §15.4 "a case is afgewikkeld when its ledger balance is zero", made precise [portal rule]:
 * vastgesteld − positie = 0 and nothing is open (no order waiting for a batch, no vordering
 * waiting for money). Without the second part a case with an unpaid nabetaling whose amount
 * happens to match would count as done.
 */
export function afgewikkeld(vastgesteld: Decimal, s: Saldo): boolean {
  const c = cijfers(s);
  return (
    vastgesteld.minus(c.positie).isZero() &&
    c.openstaandBesteld.isZero() &&
    c.vorderingOpen.isZero()
  );
}

/** Keys of the three running balance items an entry updates (case, zorgkantoor-year, national). */
export function saldoSleutels(z: Zaak): { zaak: string; zorgkantoor: string; landelijk: string } {
  const a = encodeURIComponent(z.aanbiederId);
  const k = encodeURIComponent(z.zorgkantoorId);
  return {
    zaak: `saldo#zaak#${a}#${k}#${z.jaar}`,
    zorgkantoor: `saldo#zorgkantoor#${k}#${z.jaar}`,
    landelijk: `saldo#landelijk#${z.jaar}`,
  };
}

export interface Reconciliatie {
  saldo: Saldo;
  cijfers: Cijfers;
  /** vastgesteld − eindpositie; 0 from the moment the settlement is booked (§15.3). */
  verschil: Decimal | undefined;
  /** The ledger is consistent and, with a vastgesteld amount, settles on exactly that amount. */
  klopt: boolean;
  afgewikkeld: boolean;
}

/**
 * §15.3 for one case: "paid − received + offset reconciles with the ledger; after settlement it
 * equals the vastgesteld amount". The ledger must be consistent (one case, every settling entry
 * within its claim), a maintained running balance (`bijgehouden`) must equal the sum of the
 * entries, and with a vastgesteld amount the eindpositie must equal it: then, as batches are
 * released and money is received, the positie walks to exactly vastgesteld. Before the
 * vaststelling pass no amount: only consistency is checked.
 */
export function reconcilieert(
  vastgesteld: Decimal | undefined,
  boekingen: readonly Boeking[],
  bijgehouden?: Saldo,
): Resultaat<Reconciliatie> {
  const eerste = boekingen[0];
  const ander = boekingen.findIndex((b) => eerste && !zelfdeZaak(b, eerste));
  if (ander >= 0)
    return fout(
      "ANDERE_ZAAK",
      `boekingen[${ander}]`,
      `boekingen[${ander}]: hoort bij een andere zaak dan boekingen[0] (aanbieder, zorgkantoor, jaar)`,
    );
  return dan(openPosten(boekingen), () => {
    const saldo = saldoVan(boekingen);
    const afwijkend = bijgehouden && SALDOVELDEN.find((v) => !bijgehouden[v].equals(saldo[v]));
    if (afwijkend)
      return fout(
        "SALDO_WIJKT_AF",
        `bijgehouden.${afwijkend}`,
        `bijgehouden.${afwijkend}: het bijgehouden saldo ${bedragTekst(bijgehouden[afwijkend])} wijkt af van de som van de boekingen ${bedragTekst(saldo[afwijkend])}`,
      );
    const c = cijfers(saldo);
    const verschil = vastgesteld?.minus(c.eindpositie);
    return ok({
      saldo,
      cijfers: c,
      verschil,
      klopt: verschil === undefined || verschil.isZero(),
      afgewikkeld: vastgesteld !== undefined && afgewikkeld(vastgesteld, saldo),
    });
  });
}
