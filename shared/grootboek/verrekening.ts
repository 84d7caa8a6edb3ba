// docs/regels.md §15.4: "first offset against payments the same zorgkantoor still owes the same
// aanbieder (later voorschot months of another year, or a nabetaling of another year)". A
// vordering left open after its settlement is offset LATER too: when a new payment order for the
// same aanbieder at the same zorgkantoor is made (the monthly voorschot run, a nabetaling), the
// order first settles the open vorderingen of the aanbieder's other years, as pairs of verrekening
// entries written in the order's own transaction; the batch then pays only what stays open on the
// order (betaalbatchVoorstellen pays the ledger's open amount). The vordering's status follows
// from the ledger: verrekend when fully offset, else still open with less outstanding.
//
// [portal rule] Oldest vordering first (earliest year, then the oldest entry); the order's year
// itself is left out (a vordering of that year is settled by its own vaststelling or herziening,
// and an offset pair always spans two years). Keys follow from the order (cause "verrekening", id
// = the order's ledger key), so the same order computed twice gives the same entries.
import { min, som } from "../geld/bedrag.js";
import type { Decimal } from "../geld/decimal.js";
import { fout, ok, type Resultaat } from "../resultaat.js";
import { type Boeking, boekingSleutel, type Oorzaak, type Zaak, zaakVan } from "./boeking.js";
import { openPosten, type Post } from "./posten.js";

/** The new order: its case, the key of its ledger entry (…_besteld) and its amount. */
export interface NieuweOpdracht {
  zaak: Zaak;
  sleutel: string;
  bedrag: Decimal;
  op: Date;
}

/** A case of the same aanbieder and zorgkantoor in another year, with its ledger. */
export interface AndereZaak {
  zaak: Zaak;
  boekingen: readonly Boeking[];
}

export interface Verrekening {
  /** The pairs: − on the vordering's case (betreft the vordering), + on the order (betreft it). */
  boekingen: Boeking[];
  verrekend: Decimal;
  /** What the order still pays through a batch. */
  rest: Decimal;
  /** Per vordering post: its case's year, key and the amount offset now. */
  vorderingen: { jaar: number; sleutel: string; bedrag: Decimal }[];
}

const oudsteEerst = (a: { jaar: number; p: Post }, b: { jaar: number; p: Post }): number =>
  a.jaar - b.jaar ||
  a.p.boeking.datum.getTime() - b.p.boeking.datum.getTime() ||
  (a.p.sleutel < b.p.sleutel ? -1 : 1);

/** §15.4: the offset pairs a new order makes against open vorderingen of other years. */
export function verrekenMetOpdracht(
  o: NieuweOpdracht,
  anderen: readonly AndereZaak[],
): Resultaat<Verrekening> {
  const open: { jaar: number; p: Post }[] = [];
  for (const [i, a] of anderen.entries()) {
    const z = a.zaak;
    if (z.aanbiederId !== o.zaak.aanbiederId || z.zorgkantoorId !== o.zaak.zorgkantoorId)
      return fout(
        "ANDERE_ZAAK",
        `anderen[${i}].zaak`,
        `anderen[${i}].zaak: verrekenen gaat alleen tussen zaken van dezelfde aanbieder bij hetzelfde zorgkantoor`,
      );
    if (z.jaar === o.zaak.jaar) continue;
    const posten = openPosten(a.boekingen);
    if (!posten.ok) return posten;
    for (const p of posten.waarde)
      if (p.soort === "vordering" && p.open.gt(0)) open.push({ jaar: z.jaar, p });
  }
  open.sort(oudsteEerst);
  const oorzaak: Oorzaak = { soort: "verrekening", id: o.sleutel };
  const boekingen: Boeking[] = [];
  const vorderingen: Verrekening["vorderingen"] = [];
  let rest = o.bedrag;
  for (const { jaar, p } of open) {
    if (!rest.gt(0)) break;
    const bedrag = min(rest, p.open);
    const vorderingZaak: Zaak = { ...zaakVan(o.zaak), jaar };
    const min1 = boekingSleutel("verrekening", vorderingZaak, oorzaak, boekingen.length + 1);
    const plus1 = boekingSleutel("verrekening", o.zaak, oorzaak, boekingen.length + 2);
    boekingen.push(
      {
        sleutel: min1,
        ...vorderingZaak,
        soort: "verrekening",
        bedrag: bedrag.negated(),
        datum: o.op,
        oorzaak,
        betreft: p.sleutel,
        verrekening: { jaar: o.zaak.jaar, tegenboeking: plus1 },
      },
      {
        sleutel: plus1,
        ...zaakVan(o.zaak),
        soort: "verrekening",
        bedrag,
        datum: o.op,
        oorzaak,
        betreft: o.sleutel,
        verrekening: { jaar, tegenboeking: min1 },
      },
    );
    vorderingen.push({ jaar, sleutel: p.sleutel, bedrag });
    rest = rest.minus(bedrag);
  }
  const verrekend = som(vorderingen.map((v) => v.bedrag));
  return ok({ boekingen, verrekend, rest, vorderingen });
}
