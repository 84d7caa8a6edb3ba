// docs/regels.md §15.3–§15.4: the open items (posten) of a ledger. An order (voorschot or nabetaling)
// stays open until it is released or offset; a vordering stays open until it is received or
// offset (its status in the vaststellingsbrief: open / ontvangen / verrekend). Every settling
// entry names its claim with `betreft` and takes |bedrag| off it; going below zero would pay or
// receive money nobody decided on, so that is an error, never a negative open amount.
import { type Decimal, NUL } from "../geld/decimal.js";
import { fout, ok, type Resultaat } from "../resultaat.js";
import { BESTELLINGEN, type Boeking, type BoekingSoort, zelfdeZaak } from "./boeking.js";

export type PostSoort = "bestelling" | "vordering";

export interface Post {
  sleutel: string;
  soort: PostSoort;
  /** The entry that opened the claim (…_besteld or vordering_opgelegd). */
  boeking: Boeking;
  open: Decimal;
  /** Received (vordering) or released (bestelling) so far, as a positive amount. */
  afgehandeld: Decimal;
  /** Settled by offset so far, as a positive amount. */
  verrekend: Decimal;
  /** Taken off by a correctie (§15.6), as a positive amount. */
  gecorrigeerd: Decimal;
}

/**
 * Vordering status for letters (§15.4): open / ontvangen / verrekend, "deels" for a mix, and
 * "vervallen" when a herziening (§15.6) took all of it off.
 */
export type VorderingStatus = "open" | "ontvangen" | "verrekend" | "deels" | "vervallen";

export function vorderingStatus(p: Post): VorderingStatus {
  if (p.open.gt(0)) return p.afgehandeld.gt(0) || p.verrekend.gt(0) ? "deels" : "open";
  if (p.afgehandeld.gt(0)) return p.verrekend.gt(0) ? "deels" : "ontvangen";
  return p.verrekend.gt(0) ? "verrekend" : "vervallen";
}

const postSoort = (soort: BoekingSoort): PostSoort | undefined =>
  BESTELLINGEN.includes(soort)
    ? "bestelling"
    : soort === "vordering_opgelegd"
      ? "vordering"
      : undefined;

/** Which claim a settling entry must name, and which bucket of the Post it fills. */
function doel(
  b: Boeking,
):
  | { post: PostSoort; orde?: BoekingSoort; veld: "afgehandeld" | "verrekend" | "gecorrigeerd" }
  | undefined {
  switch (b.soort) {
    case "betaling_vrijgegeven":
      return { post: "bestelling", orde: "voorschot_besteld", veld: "afgehandeld" };
    case "nabetaling_vrijgegeven":
      return { post: "bestelling", orde: "nabetaling_besteld", veld: "afgehandeld" };
    case "vordering_ontvangen":
      return { post: "vordering", veld: "afgehandeld" };
    case "verrekening":
      if (!b.betreft) return undefined;
      return { post: b.bedrag.gt(0) ? "bestelling" : "vordering", veld: "verrekend" };
    case "correctie":
      return { post: b.bedrag.lt(0) ? "bestelling" : "vordering", veld: "gecorrigeerd" };
    default:
      return undefined;
  }
}

/**
 * The claims of one case's ledger with what is still open, in ledger order. Fouten name the
 * entry as `boekingen[i].…`, the index in the list given.
 */
export function openPosten(boekingen: readonly Boeking[]): Resultaat<Post[]> {
  const posten = new Map<string, Post>();
  const gezien = new Set<string>();
  for (const [i, b] of boekingen.entries()) {
    if (gezien.has(b.sleutel))
      return fout(
        "DUBBELE_BOEKING",
        `boekingen[${i}].sleutel`,
        `boekingen[${i}].sleutel: de boeking ${b.sleutel} staat er twee keer in`,
      );
    gezien.add(b.sleutel);
    const soort = postSoort(b.soort);
    if (soort)
      posten.set(b.sleutel, {
        sleutel: b.sleutel,
        soort,
        boeking: b,
        open: b.bedrag.abs(),
        afgehandeld: NUL,
        verrekend: NUL,
        gecorrigeerd: NUL,
      });
  }
  // Second pass: a release may be listed before its order (the ledger is a set, not a queue).
  for (const [i, b] of boekingen.entries()) {
    const d = doel(b);
    if (!d) continue;
    const veld = `boekingen[${i}].betreft`;
    const post = posten.get(b.betreft ?? "");
    if (!post || !zelfdeZaak(post.boeking, b))
      return fout(
        "BETREFT_ONBEKEND",
        veld,
        `${veld}: ${b.betreft} is geen bestelling of vordering van deze zaak`,
      );
    if (post.soort !== d.post || (d.orde && post.boeking.soort !== d.orde))
      return fout(
        "BETREFT_VERKEERD",
        veld,
        `${veld}: een boeking ${b.soort} kan ${post.boeking.soort} ${post.sleutel} niet afhandelen`,
      );
    const bedrag = b.bedrag.abs();
    if (bedrag.gt(post.open))
      return fout(
        "POST_OVERSCHREDEN",
        `boekingen[${i}].bedrag`,
        `boekingen[${i}].bedrag: ${bedrag.toFixed(2)} is meer dan er open staat op ${post.sleutel} (${post.open.toFixed(2)})`,
      );
    posten.set(post.sleutel, {
      ...post,
      open: post.open.minus(bedrag),
      [d.veld]: post[d.veld].plus(bedrag),
    });
  }
  return ok([...posten.values()]);
}

/**
 * §15.4: each offset is a pair of entries. Over all entries of one aanbieder (any years, any
 * zorgkantoor) every verrekening has its tegenboeking: the same aanbieder and zorgkantoor, the
 * year it names, pointing back, with the opposite amount; so the pairs net to zero.
 */
export function verrekeningenSluiten(boekingen: readonly Boeking[]): Resultaat<true> {
  const opSleutel = new Map(boekingen.map((b) => [b.sleutel, b]));
  for (const [i, b] of boekingen.entries()) {
    if (b.soort !== "verrekening" || !b.verrekening) continue;
    const t = opSleutel.get(b.verrekening.tegenboeking);
    const past =
      t?.soort === "verrekening" &&
      t.aanbiederId === b.aanbiederId &&
      t.zorgkantoorId === b.zorgkantoorId &&
      t.jaar === b.verrekening.jaar &&
      t.verrekening?.jaar === b.jaar &&
      t.verrekening.tegenboeking === b.sleutel &&
      t.bedrag.plus(b.bedrag).isZero();
    if (!past) {
      const veld = `boekingen[${i}].verrekening.tegenboeking`;
      return fout(
        "VERREKENING_ONGEPAARD",
        veld,
        `${veld}: de verrekening ${b.sleutel} heeft geen passende tegenboeking ${b.verrekening.tegenboeking}`,
      );
    }
  }
  return ok(true);
}
