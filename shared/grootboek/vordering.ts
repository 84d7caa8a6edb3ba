// docs/regels.md §15.3–§15.4: the terugvordering of one case as the ledger has it — what is owed, the
// due date, what was received and offset so far, what is still open, and its status for the
// nacalculatie page and the vaststellingsbrief — and the booking of money received on it.
//
// [portal rule] A case may hold more than one vordering post (a herziening can raise another,
// §15.6); the page and the letter show them as one: amounts summed, the due date of the oldest
// post still open (else of the newest). What a correctie took off is no longer owed, so `bedrag`
// is raised − gecorrigeerd; a vordering corrected away entirely is no vordering (undefined).
import { som } from "../geld/bedrag.js";
import { type Decimal, NUL } from "../geld/decimal.js";
import { euro } from "../geld/weergave.js";
import type { Dag } from "../kalender/tijd.js";
import { fout, ok, type Resultaat } from "../resultaat.js";
import { ontvangst } from "./afhandeling.js";
import type { Boeking } from "./boeking.js";
import { openPosten, type Post } from "./posten.js";

export const VORDERINGSTATUSSEN = ["open", "deels_ontvangen", "ontvangen", "verrekend"] as const;
export type VorderingStatus = (typeof VORDERINGSTATUSSEN)[number];

/** Dutch, for screens and letters (§11). */
export const VORDERINGSTATUS_LABEL: Readonly<Record<VorderingStatus, string>> = {
  open: "open",
  deels_ontvangen: "deels ontvangen",
  ontvangen: "ontvangen",
  verrekend: "verrekend",
};

export interface Vordering {
  /** Raised, minus what a herziening took off: what the aanbieder owes in all. */
  bedrag: Decimal;
  vervaldatum: Dag | undefined;
  ontvangen: Decimal;
  verrekend: Decimal;
  open: Decimal;
  status: VorderingStatus;
}

/**
 * [portal rule] Still open: "deels ontvangen" once money came in, else "open" (a partial offset
 * alone leaves it "open"; the offset amount is shown beside it). Settled: "verrekend" when no
 * money came in at all, else "ontvangen".
 */
export function vorderingStatus(v: Pick<Vordering, "open" | "ontvangen">): VorderingStatus {
  if (v.open.gt(0)) return v.ontvangen.gt(0) ? "deels_ontvangen" : "open";
  return v.ontvangen.gt(0) ? "ontvangen" : "verrekend";
}

const vorderingen = (posten: readonly Post[]) => posten.filter((p) => p.soort === "vordering");

/** The case's vordering from its ledger; undefined when it has none (or none left owed). */
export function vorderingVan(boekingen: readonly Boeking[]): Resultaat<Vordering | undefined> {
  const r = openPosten(boekingen);
  if (!r.ok) return r;
  const posten = vorderingen(r.waarde);
  const bedrag = som(posten.map((p) => p.boeking.bedrag.abs().minus(p.gecorrigeerd)));
  if (!bedrag.gt(0)) return ok(undefined);
  const ontvangen = som(posten.map((p) => p.afgehandeld));
  const open = som(posten.map((p) => p.open));
  const eerstOpen = posten.find((p) => p.open.gt(0)) ?? posten.at(-1);
  return ok({
    bedrag,
    vervaldatum: eerstOpen?.boeking.vervaldatum,
    ontvangen,
    verrekend: som(posten.map((p) => p.verrekend)),
    open,
    status: vorderingStatus({ open, ontvangen }),
  });
}

const oudsteEerst = (a: Post, b: Post): number =>
  a.boeking.datum.getTime() - b.boeking.datum.getTime() || (a.sleutel < b.sleutel ? -1 : 1);

/**
 * Money received on the case's vordering (`bedrag` > 0): one vordering_ontvangen entry per post
 * it settles, oldest post first, each keyed by the receipt's id and its post (afhandelSleutel),
 * so the same receipt booked again gives the same keys. More than is open is refused naming
 * `bedrag`; nothing open is GEEN_OPEN_VORDERING.
 */
export function ontvangstBoekingen(
  boekingen: readonly Boeking[],
  bedrag: Decimal,
  ontvangstId: string,
  op: Date,
): Resultaat<Boeking[]> {
  const r = openPosten(boekingen);
  if (!r.ok) return r;
  const open = vorderingen(r.waarde)
    .filter((p) => p.open.gt(0))
    .sort(oudsteEerst);
  const totaal = som(open.map((p) => p.open));
  if (open.length === 0)
    return fout(
      "GEEN_OPEN_VORDERING",
      "bedrag",
      "Er staat op deze zaak geen vordering open; er valt geen ontvangst te boeken.",
    );
  if (!bedrag.gt(0) || bedrag.gt(totaal))
    return fout(
      "ONTVANGST_TE_HOOG",
      "bedrag",
      `bedrag: de ontvangst moet groter dan € 0,00 zijn en ten hoogste wat er op de vordering open staat (${euro(totaal)})`,
    );
  const uit: Boeking[] = [];
  let rest: Decimal = bedrag;
  for (const p of open) {
    if (!rest.gt(0)) break;
    const deel = rest.lt(p.open) ? rest : p.open;
    const b = ontvangst(p, deel, ontvangstId, op);
    if (!b.ok) return b;
    uit.push(b.waarde);
    rest = rest.minus(deel);
  }
  return ok(uit);
}

/**
 * The id of a receipt is its bank reference (kenmerk): the same transfer booked twice is the same
 * receipt. Percent-encoded, because a ledger key holds no whitespace (boeking.ts).
 */
export const ontvangstIdVan = (kenmerk: string): string =>
  encodeURIComponent(kenmerk.trim().replace(/\s+/g, " "));

/** The entries of an earlier receipt with this id (a repeated request books nothing new). */
export const eerdereOntvangst = (boekingen: readonly Boeking[], ontvangstId: string): Boeking[] =>
  boekingen.filter(
    (b) =>
      b.soort === "vordering_ontvangen" &&
      b.oorzaak.soort === "ontvangst" &&
      b.oorzaak.id === ontvangstId,
  );

/** Σ |bedrag| of entries (for comparing a repeated receipt with the first). */
export const ontvangen = (boekingen: readonly Boeking[]): Decimal =>
  boekingen.reduce((s, b) => s.plus(b.bedrag.abs()), NUL);
