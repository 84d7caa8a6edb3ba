// docs/regels.md §15.4 (with §9.3, §15.6): the settlement of one case after its vaststelling or
// herziening, as the new ledger entries the decision's transaction writes. The amount to book is
// vastgesteld − eindpositie: what the case still has to receive (+) or give back (−) on top of
// what is paid, received, offset and still open. Saldo of §9.3 is vastgesteld − positie, "paid"
// meaning released only (§15.3). [portal rule] An order still open at the vaststelling counts
// as to be paid (it is in the eindpositie), so nothing is paid twice; the §9.3 saldo is reported
// beside what is booked.
//   + : first lower open vorderingen of this case (correctie), the rest one nabetaling_besteld,
//       paid later through the batch mechanism like a voorschot.
//   − : first cancel open orders of this case (correctie) [portal rule: money not yet out the
//       door is not paid rather than reclaimed; latest order first]; then offset pairs against
//       payments the same zorgkantoor owes the same aanbieder in other years [portal rule: the
//       earliest year first, within a year by sleutel, which for voorschotten is month order];
//       the rest one vordering_opgelegd due termijnDagen (default 30) after the vaststelling day
//       (Europe/Amsterdam) [portal rule of §15.4].
// Whatever offset capacity is left also settles vorderingen still open from an earlier
// settlement [portal rule: §15.4 offsets before it reclaims, also later]. Entry keys follow from
// the cause (boekingSleutel), so computing the same decision twice gives the same entries.
import * as z from "zod";
import { min, NietNegatiefBedragSchema, som } from "../geld/bedrag.js";
import type { Decimal } from "../geld/decimal.js";
import { type Dag, dagVan, JaarSchema, plusDagen } from "../kalender/tijd.js";
import { dan, fout, ok, type Resultaat } from "../resultaat.js";
import {
  type Boeking,
  BoekingSleutelSchema,
  type BoekingSoort,
  boekingSleutel,
  type Oorzaak,
  type OorzaakSoort,
  type Zaak,
  zaakVan,
  zelfdeZaak,
} from "./boeking.js";
import { openPosten, type Post } from "./posten.js";
import { afgewikkeld, cijfers, pasToe, saldoVan } from "./saldo.js";

/** [portal rule] §15.4: a vordering is due 30 days after the vaststelling; configurable. */
export const VORDERING_TERMIJN_DAGEN = 30;

/**
 * The decisions a settlement follows: §9.3/§15.4, §15.6, a §15.7 allotment, and a later offset
 * of an open vordering once a payment to the aanbieder falls due (same vastgesteld amount).
 */
export const AFWIKKELOORZAKEN: readonly OorzaakSoort[] = [
  "vaststelling",
  "herziening",
  "restantverdeling",
  "verrekening",
];

/** A payment the zorgkantoor still owes the aanbieder in another year: an open order there. */
export const TeVerrekenenSchema = z.strictObject({
  jaar: JaarSchema,
  soort: z.enum(["voorschot", "nabetaling"], { error: "verwacht voorschot of nabetaling" }),
  /** The amount still open on that order. */
  bedrag: NietNegatiefBedragSchema,
  /** The sleutel of the order's boeking (…_besteld) in the ledger of that year. */
  sleutel: BoekingSleutelSchema,
});
export type TeVerrekenen = z.output<typeof TeVerrekenenSchema>;

export interface AfwikkelingInvoer {
  zaak: Zaak;
  /** The vastgesteld amount of this version (incl. any §15.7 allotment already decided). */
  vastgesteld: Decimal;
  /** The ledger of this case. */
  boekingen: readonly Boeking[];
  teVerrekenen: readonly TeVerrekenen[];
  /** The instant of the decision (the second signature). */
  op: Date;
  oorzaak: Oorzaak;
  termijnDagen?: number;
}

export interface Afwikkeling {
  /** §9.3: vastgesteld − positie (paid = released). */
  saldo: Decimal;
  /** vastgesteld − eindpositie before this settlement: what it books. */
  teBoeken: Decimal;
  /** Taken off open orders (as a positive amount) or off open vorderingen. */
  gecorrigeerd: Decimal;
  nabetaling: Decimal;
  /** Offset against payments owed in other years (this saldo and older open vorderingen). */
  verrekend: Decimal;
  vordering: Decimal;
  vervaldatum: Dag | undefined;
  /** The new entries; verrekening pairs put their + half on the other year's case. */
  boekingen: Boeking[];
  /** True when, after these entries, the case is afgewikkeld (§15.4). */
  afgewikkeld: boolean;
}

const nieuwsteEerst = (a: Post, b: Post): number =>
  b.boeking.datum.getTime() - a.boeking.datum.getTime() || (a.sleutel < b.sleutel ? 1 : -1);

const vroegsteEerst = (a: TeVerrekenen, b: TeVerrekenen): number =>
  a.jaar - b.jaar || (a.sleutel < b.sleutel ? -1 : a.sleutel > b.sleutel ? 1 : 0);

function controleer(invoer: AfwikkelingInvoer): Resultaat<Post[]> {
  const ander = invoer.boekingen.findIndex((b) => !zelfdeZaak(b, invoer.zaak));
  if (ander >= 0)
    return fout(
      "ANDERE_ZAAK",
      `boekingen[${ander}]`,
      `boekingen[${ander}]: hoort niet bij deze zaak`,
    );
  if (!AFWIKKELOORZAKEN.includes(invoer.oorzaak.soort))
    return fout(
      "ONGELDIGE_INVOER",
      "oorzaak.soort",
      `oorzaak.soort: een afwikkeling volgt op een ${AFWIKKELOORZAKEN.join(", ")}`,
    );
  const sleutels = new Set<string>();
  for (const [i, t] of invoer.teVerrekenen.entries()) {
    if (t.jaar === invoer.zaak.jaar)
      return fout(
        "ZELFDE_JAAR",
        `teVerrekenen[${i}].jaar`,
        `teVerrekenen[${i}].jaar: verrekenen gaat tegen een ander jaar; open bestellingen van ${t.jaar} zelf staan al in het grootboek van deze zaak`,
      );
    if (sleutels.has(t.sleutel))
      return fout(
        "DUBBELE_SLEUTEL",
        `teVerrekenen[${i}].sleutel`,
        `teVerrekenen[${i}].sleutel: ${t.sleutel} staat er twee keer in`,
      );
    sleutels.add(t.sleutel);
  }
  const termijn = invoer.termijnDagen ?? VORDERING_TERMIJN_DAGEN;
  if (!Number.isInteger(termijn) || termijn < 0 || termijn > 366)
    return fout(
      "ONGELDIGE_INVOER",
      "termijnDagen",
      "termijnDagen: een geheel aantal dagen van 0 tot en met 366",
    );
  if (
    invoer.vastgesteld.isNegative() ||
    !invoer.vastgesteld.equals(invoer.vastgesteld.toDecimalPlaces(2))
  )
    return fout(
      "ONGELDIGE_INVOER",
      "vastgesteld",
      "vastgesteld: een niet-negatief bedrag in hele centen",
    );
  return openPosten(invoer.boekingen);
}

/** Takes up to `rest` off each item in turn with `neem`; returns what is left of `rest`. */
function verdeel<T>(
  rest: Decimal,
  items: readonly T[],
  open: (t: T) => Decimal,
  neem: (t: T, bedrag: Decimal) => void,
): Decimal {
  let over = rest;
  for (const t of items) {
    const bedrag = min(over, open(t));
    if (!bedrag.gt(0)) continue;
    neem(t, bedrag);
    over = over.minus(bedrag);
  }
  return over;
}

/**
 * The entries of one settlement, with deterministic keys in the order they are made. It keeps
 * what is still open on this case's posts and on the payments owed elsewhere as it books.
 */
function boeker(invoer: AfwikkelingInvoer, posten: readonly Post[]) {
  const boekingen: Boeking[] = [];
  const open = new Map(posten.map((p) => [p.sleutel, p.open]));
  const ruimte = new Map(invoer.teVerrekenen.map((t) => [t.sleutel, t.bedrag]));
  const schulden = [...invoer.teVerrekenen].sort(vroegsteEerst);
  const openPosten = (soort: Post["soort"]) =>
    posten.filter((p) => p.soort === soort && open.get(p.sleutel)!.gt(0)).sort(nieuwsteEerst);
  const postOpen = (p: Post) => open.get(p.sleutel)!;
  const vrij = (t: TeVerrekenen) => ruimte.get(t.sleutel)!;
  const volgende = (soort: BoekingSoort, zaak: Zaak) =>
    boekingSleutel(soort, zaak, invoer.oorzaak, boekingen.length + 1);

  const boek = (soort: BoekingSoort, zaak: Zaak, bedrag: Decimal, velden: Partial<Boeking> = {}) =>
    boekingen.push({
      sleutel: volgende(soort, zaak),
      ...zaakVan(zaak),
      soort,
      bedrag,
      datum: invoer.op,
      oorzaak: invoer.oorzaak,
      ...velden,
    });

  /** §15.6: − cancels part of an open order, + lowers an open vordering. */
  const corrigeer = (teken: 1 | -1) => (p: Post, bedrag: Decimal) => {
    boek("correctie", invoer.zaak, teken === 1 ? bedrag : bedrag.negated(), { betreft: p.sleutel });
    open.set(p.sleutel, postOpen(p).minus(bedrag));
  };

  /** One offset pair: − on this case (against its vordering if named), + on the owed order. */
  const verreken = (vordering?: Post) => (t: TeVerrekenen, bedrag: Decimal) => {
    const ander: Zaak = { ...invoer.zaak, jaar: t.jaar };
    const min1 = volgende("verrekening", invoer.zaak);
    const plus1 = boekingSleutel("verrekening", ander, invoer.oorzaak, boekingen.length + 2);
    boek("verrekening", invoer.zaak, bedrag.negated(), {
      verrekening: { jaar: t.jaar, tegenboeking: plus1 },
      ...(vordering && { betreft: vordering.sleutel }),
    });
    boek("verrekening", ander, bedrag, {
      betreft: t.sleutel,
      verrekening: { jaar: invoer.zaak.jaar, tegenboeking: min1 },
    });
    ruimte.set(t.sleutel, vrij(t).minus(bedrag));
    if (vordering) open.set(vordering.sleutel, postOpen(vordering).minus(bedrag));
  };

  return {
    boekingen,
    /** Paid too much: cancel open orders, offset, and reclaim the rest. */
    teVeel(bedrag: Decimal) {
      let rest = verdeel(bedrag, openPosten("bestelling"), postOpen, corrigeer(-1));
      rest = verdeel(rest, schulden, vrij, verreken());
      if (!rest.gt(0)) return;
      const termijn = invoer.termijnDagen ?? VORDERING_TERMIJN_DAGEN;
      const vervaldatum = plusDagen(dagVan(invoer.op), termijn);
      boek("vordering_opgelegd", invoer.zaak, rest.negated(), { vervaldatum });
    },
    /** Paid too little: lower open vorderingen, and order the rest as a nabetaling. */
    teWeinig(bedrag: Decimal) {
      const rest = verdeel(bedrag, openPosten("vordering"), postOpen, corrigeer(1));
      if (rest.gt(0)) boek("nabetaling_besteld", invoer.zaak, rest);
    },
    /** Older vorderingen still open: offset them with whatever room is left. */
    verrekenOpenVorderingen() {
      for (const p of openPosten("vordering")) verdeel(postOpen(p), schulden, vrij, verreken(p));
    },
  };
}

const somVan = (boekingen: readonly Boeking[], soort: BoekingSoort): Decimal =>
  som(boekingen.filter((b) => b.soort === soort).map((b) => b.bedrag.abs()));

export function wikkelAf(invoer: AfwikkelingInvoer): Resultaat<Afwikkeling> {
  return dan(controleer(invoer), (posten) => {
    const voor = saldoVan(invoer.boekingen);
    const c = cijfers(voor);
    const teBoeken = invoer.vastgesteld.minus(c.eindpositie);
    const b = boeker(invoer, posten);
    if (teBoeken.lt(0)) b.teVeel(teBoeken.negated());
    if (teBoeken.gt(0)) b.teWeinig(teBoeken);
    b.verrekenOpenVorderingen();
    const eigen = b.boekingen.filter((x) => zelfdeZaak(x, invoer.zaak));
    return ok({
      saldo: invoer.vastgesteld.minus(c.positie),
      teBoeken,
      gecorrigeerd: somVan(eigen, "correctie"),
      nabetaling: somVan(eigen, "nabetaling_besteld"),
      verrekend: somVan(eigen, "verrekening"),
      vordering: somVan(eigen, "vordering_opgelegd"),
      vervaldatum: eigen.find((x) => x.soort === "vordering_opgelegd")?.vervaldatum,
      boekingen: b.boekingen,
      afgewikkeld: afgewikkeld(invoer.vastgesteld, eigen.reduce(pasToe, voor)),
    });
  });
}
