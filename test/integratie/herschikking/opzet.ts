// Test set-up for the herschikking routes (docs/regels.md §8, §13 D): a zorgkantoor of its own with a
// regional kader of exactly 7.500.000 for 2020, fully agreed over four aanbieders A–D (no
// compensatie, so the kader is the herschikking's), each with an aanvraag whose year-2020 begroting
// totals Q — built through the data layer as the voorschot tests build theirs.
import type { AanvraagRecord } from "#functions/data/aanvragen.js";
import { maakConcept } from "#functions/data/aanvragen.js";
import { stelKaderIn } from "#functions/data/kaders.js";
import { dienIn, wijzigInhoud } from "#functions/data/overgangen.js";
import type { Actor } from "#functions/data/transactie.js";
import { maakZorgkantoor, zetRegios } from "#functions/data/zorgkantoren.js";
import { keurToekenningGoed, neemInBehandeling } from "#lokaal/zaakfabriek.js";
import { Decimal } from "#shared/geld/decimal.js";
import { amsterdam } from "#shared/kalender/tijd.js";
import {
  ctx as c,
  voorbeeldAInhoud as inhoud,
  tekenAddendum,
  testnaam,
  uniek,
  zeker,
  zorgVoorAanbieder,
} from "../fixture/index.js";

const JAAR = 2020;
const landelijk: Actor = { sub: "test-landelijk", rol: "landelijk-beheer" };
const beoordelaar: Actor = { sub: uniek("beoordelaar"), rol: "beoordelaar" };
const beheer: Actor = { sub: uniek("beheer"), rol: "zorgkantoor-beheer" };

export interface Aanbieder {
  naam: string;
  /** fte at 85.000 per fte: Q personeel. */
  fte: number;
  /** Q overige (one line o1). */
  overigeQ: string;
  /** The agreement A, split personeel / overige. */
  personeel: string;
  overige: string;
  /** §15.1: the agreed amount of line o1, when the agreement names its lines. */
  overigeO1?: string;
}

/** §13 D: A, B, C, D with Q = 1.000.000, 2.300.000, 1.700.000, 3.000.000. */
export const D: readonly Aanbieder[] = [
  { naam: "A", fte: 10, overigeQ: "150000.00", personeel: "850000.00", overige: "150000.00" },
  { naam: "B", fte: 20, overigeQ: "600000.00", personeel: "1700000.00", overige: "300000.00" },
  { naam: "C", fte: 15, overigeQ: "425000.00", personeel: "1275000.00", overige: "225000.00" },
  { naam: "D", fte: 30, overigeQ: "450000.00", personeel: "2550000.00", overige: "450000.00" },
];

/** The aanvraag of year 2020 with one personeel line (fte × 85.000) and one overige line o1. */
function aanvraagInhoud(a: Aanbieder) {
  const basis = inhoud(JAAR);
  const jaar = basis.begroting![0]!;
  return {
    ...basis,
    begroting: [
      {
        ...jaar,
        personeel: [{ ...jaar.personeel![0]!, fte: `${a.fte}.00` }],
        overige: [{ ...jaar.overige![0]!, bedrag: a.overigeQ }],
      },
    ],
  };
}

export async function zorgkantoorMetKader(kader = "7500000.00"): Promise<string> {
  const id = uniek("zk-herschikking");
  const code = uniek("regio");
  zeker(await zetRegios([{ code, naam: testnaam("Regio", code) }], c(landelijk)), "regio");
  zeker(
    await maakZorgkantoor(
      { id, naam: "Zorgkantoor herschikking", concern: "Testconcern", regios: [code] },
      c(landelijk),
    ),
    "zorgkantoor",
  );
  zeker(
    await stelKaderIn(id, JAAR, new Decimal(kader), new Decimal("1100000000.00"), c(beheer)),
    "kader",
  );
  return id;
}

/** An agreed case (addendum signed 20-03-2020, no compensatie) of aanbieder `a` at `zorgkantoorId`. */
export async function afgesproken(zorgkantoorId: string, a: Aanbieder): Promise<AanvraagRecord> {
  const aanbiederId = uniek(`aanbieder-${a.naam}`);
  // The name the site test reads back (test/web/zorgkantoor-herschikking.test.ts).
  await zorgVoorAanbieder(aanbiederId);
  const t0 = amsterdam(JAAR - 1, 10, 1, 10, 0);
  const indiener: Actor = { sub: uniek("aanbieder"), rol: "aanbieder" };
  let r = zeker(
    await maakConcept({ aanbiederId, zorgkantoorId, jaar: JAAR }, c(indiener, t0)),
    "concept",
  );
  r = zeker(await wijzigInhoud(r, r.versie, aanvraagInhoud(a), c(indiener, t0)), "inhoud");
  r = zeker(await dienIn(r, r.versie, c(indiener, t0), { bevindingen: [] }), "indienen");
  r = await neemInBehandeling(r, c(beoordelaar, t0));
  r = await keurToekenningGoed(
    r,
    {
      soort: "initieel",
      personeel: new Decimal(a.personeel),
      overige: new Decimal(a.overige),
      compensatie: new Decimal(0),
      ...(a.overigeO1 && { overigeRegels: [{ id: "o1", bedrag: new Decimal(a.overigeO1) }] }),
      voorgesteldDoor: beoordelaar,
    },
    c(beheer, t0),
  );
  // The same addendum as the voorschot tests' agreed case: 75 %, signed 20-03-2020.
  return tekenAddendum(r, amsterdam(JAAR, 3, 20, 12, 0));
}
