// docs/regels.md §15.8: the financial overview of one aanvraag for the aanbieder and its zorgkantoor —
// the agreement per category and per overige line (§5, §15.1), the voorschot schedule per month
// with what the ledger has ordered, paid and still open (§6, §15.3), the realisatie per window with
// its projection (§7), the expected and the final saldo (§9.3, §15.8) and the open vordering
// (§15.4). Pure: the route reads the case and hands everything in; nothing is rounded here except
// what the rules it calls round (§11).
import { som, bedragTekst as t } from "../geld/bedrag.js";
import { Decimal, NUL } from "../geld/decimal.js";
import type { Boeking } from "../grootboek/boeking.js";
import { openPosten, type Post } from "../grootboek/posten.js";
import type { Vordering } from "../grootboek/vordering.js";
import { dagTekst } from "../kalender/tijd.js";
import { RealisatieUitvoerSchema } from "../realisatie/berekening.js";
import { MAANDEN_GEDEKT, VENSTERS, type Venster } from "../realisatie/venster.js";
import { dan, fout, ok, type Resultaat } from "../resultaat.js";
import type { VoorschotAfspraak } from "../voorschot/afspraak.js";
import { betaalschema } from "../voorschot/betaalschema.js";
import { maandTekst } from "../voorschot/maand.js";
import type { FinancieelOverzicht, Verwachtingsbron } from "./schema.js";

export interface OverzichtAfspraak {
  personeel: Decimal;
  overige: Decimal;
  compensatie: Decimal;
  overigeRegels: readonly { omschrijving: string; afgesproken: Decimal }[];
}

export interface OverzichtRealisatie {
  soort: Venster | "jaarverslag";
  nummer: number;
  ingediendOp: string;
  /** As stored at submission: the `realisatie` berekening's output (shared/realisatie). */
  berekening: unknown;
}

export interface OverzichtInvoer {
  jaar: number;
  /** The agreement in force before any vaststelling; undefined before a toekenning. */
  afspraak?: OverzichtAfspraak;
  voorschot?: VoorschotAfspraak;
  /** The month of each voorschot order, by its key (the ledger entry carries the same key). */
  opdrachten: readonly { sleutel: string; maand: number }[];
  boekingen: readonly Boeking[];
  realisaties: readonly OverzichtRealisatie[];
  /** §9: the outcome on the year report (or the one laid down), and whether it is laid down. */
  nacalculatie?: {
    uitkomst: { vastgesteld: string; betaaldeVoorschotten: string; saldo: string };
    vastgesteld: boolean;
  };
  vordering?: Vordering;
}

interface Bedragen {
  gepland: Decimal;
  besteld: Decimal;
  betaald: Decimal;
  verrekend: Decimal;
  gecorrigeerd: Decimal;
  open: Decimal;
}

const LEEG: Bedragen = {
  gepland: NUL,
  besteld: NUL,
  betaald: NUL,
  verrekend: NUL,
  gecorrigeerd: NUL,
  open: NUL,
};

const plusPost = (b: Bedragen, p: Post): Bedragen => ({
  ...b,
  besteld: b.besteld.plus(p.boeking.bedrag),
  betaald: b.betaald.plus(p.afgehandeld),
  verrekend: b.verrekend.plus(p.verrekend),
  gecorrigeerd: b.gecorrigeerd.plus(p.gecorrigeerd),
  open: b.open.plus(p.open),
});

const alsTekst = (b: Bedragen) => ({
  gepland: t(b.gepland),
  besteld: t(b.besteld),
  betaald: t(b.betaald),
  verrekend: t(b.verrekend),
  gecorrigeerd: t(b.gecorrigeerd),
  open: t(b.open),
});

/** §7: the latest report of each window, its totals to date and projected, in window order. */
function perVenster(
  realisaties: readonly OverzichtRealisatie[],
): Resultaat<FinancieelOverzicht["realisatie"]> {
  const uit: FinancieelOverzicht["realisatie"] = [];
  for (const venster of VENSTERS) {
    const laatste = realisaties
      .filter((r) => r.soort === venster)
      .reduce<OverzichtRealisatie | undefined>(
        (m, r) => (!m || r.nummer > m.nummer ? r : m),
        undefined,
      );
    if (!laatste) continue;
    const b = RealisatieUitvoerSchema.safeParse(laatste.berekening);
    if (!b.success)
      return fout(
        "REALISATIE_ONGELDIG",
        `realisaties.${venster}`,
        `realisaties.${venster}: de opgeslagen berekening van versie ${laatste.nummer} is onleesbaar`,
      );
    const w = b.data;
    uit.push({
      venster,
      maandenGedekt: MAANDEN_GEDEKT[venster],
      ingediendOp: laatste.ingediendOp,
      gerealiseerd: t(
        som(
          [...w.personeel.map((p) => p.kostenTotNu), ...w.overige.map((o) => o.uitgavenTotNu)].map(
            dec,
          ),
        ),
      ),
      projectie: t(dec(w.projectiePersoneel).plus(som(w.overige.map((o) => dec(o.projectie))))),
      verwachtVastgesteld: w.aangepasteBasis,
    });
  }
  return ok(uit);
}

// The stored berekening holds amounts as text; Decimal parses them exactly.
const dec = (s: string): Decimal => new Decimal(s);

export function financieelOverzicht(invoer: OverzichtInvoer): Resultaat<FinancieelOverzicht> {
  const schema = invoer.voorschot ? betaalschema(invoer.voorschot) : undefined;
  if (schema && !schema.ok) return schema;
  const posten = openPosten(invoer.boekingen);
  if (!posten.ok) return posten;
  const vensters = perVenster(invoer.realisaties);
  return dan(vensters, (realisatie) => {
    const s = schema?.waarde;
    const maandVan = new Map(invoer.opdrachten.map((o) => [o.sleutel, o.maand]));
    const maanden: Bedragen[] = Array.from({ length: 12 }, () => LEEG);
    for (const betaling of s?.betalingen ?? []) {
      const i = betaling.maand - 1;
      maanden[i] = { ...maanden[i]!, gepland: betaling.bedrag };
    }
    let totaal: Bedragen = { ...LEEG, gepland: s?.totaal ?? NUL };
    for (const p of posten.waarde) {
      if (p.soort !== "bestelling" || p.boeking.soort !== "voorschot_besteld") continue;
      totaal = plusPost(totaal, p);
      const m = maandVan.get(p.sleutel);
      if (m !== undefined) maanden[m - 1] = plusPost(maanden[m - 1]!, p);
    }
    const a = invoer.afspraak;
    const afspraakTotaal = a ? a.personeel.plus(a.overige).plus(a.compensatie) : undefined;
    const n = invoer.nacalculatie;
    const v = invoer.vordering;
    return ok({
      jaar: invoer.jaar,
      afspraak: a
        ? {
            personeel: t(a.personeel),
            overige: t(a.overige),
            compensatie: t(a.compensatie),
            totaal: t(afspraakTotaal!),
            overigeRegels: a.overigeRegels.map((r) => ({
              omschrijving: r.omschrijving,
              afgesproken: t(r.afgesproken),
            })),
          }
        : null,
      voorschot: {
        percentage: invoer.voorschot ? invoer.voorschot.percentage.toString() : null,
        maanden: maanden.map((b, i) => ({ maand: maandTekst(invoer.jaar, i + 1), ...alsTekst(b) })),
        totaal: alsTekst(totaal),
        jaardoel: t(s?.jaardoel ?? NUL),
      },
      realisatie,
      verwacht: verwachting(afspraakTotaal, s?.totaal ?? NUL, realisatie, n),
      definitief:
        n?.vastgesteld === true
          ? {
              vastgesteld: n.uitkomst.vastgesteld,
              voorschotten: n.uitkomst.betaaldeVoorschotten,
              saldo: n.uitkomst.saldo,
            }
          : null,
      vordering: v
        ? {
            bedrag: t(v.bedrag),
            ontvangen: t(v.ontvangen),
            verrekend: t(v.verrekend),
            open: t(v.open),
            vervaldatum: v.vervaldatum ? dagTekst(v.vervaldatum) : null,
            status: v.status,
          }
        : null,
    });
  });
}

/**
 * §15.8 [portal rule]: the expected outcome until the vaststelling, from the best source there is:
 * the nacalculatie on the submitted year report (§9, against the voorschotten paid); else the
 * latest window's projected eligible spend plus compensatie, capped at the agreement (§6, §7); else
 * the agreement itself — the last two against the voorschotten the schedule pays in the year (§6).
 */
function verwachting(
  afspraakTotaal: Decimal | undefined,
  voorschotJaar: Decimal,
  realisatie: FinancieelOverzicht["realisatie"],
  n: OverzichtInvoer["nacalculatie"],
): FinancieelOverzicht["verwacht"] {
  if (!afspraakTotaal || n?.vastgesteld) return null;
  if (n)
    return {
      bron: "jaarverslag",
      vastgesteld: n.uitkomst.vastgesteld,
      voorschotten: n.uitkomst.betaaldeVoorschotten,
      saldo: n.uitkomst.saldo,
    };
  const laatste = realisatie.at(-1);
  const bron: Verwachtingsbron = laatste ? "realisatie" : "afspraak";
  const vastgesteld = laatste ? dec(laatste.verwachtVastgesteld) : afspraakTotaal;
  return {
    bron,
    vastgesteld: t(vastgesteld),
    voorschotten: t(voorschotJaar),
    saldo: t(vastgesteld.minus(voorschotJaar)),
  };
}
