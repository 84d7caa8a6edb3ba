// Test set-up for the voorschot and realisatie routes: an AGREED case (submitted, assessed,
// approved with four eyes, addendum signed by both parties) built through the data layer, as
// lokaal/demozaken.ts builds "De Linde" (DOMAIN.md §13 A: B = 1.024.000,00, signed 20-03-2020).
// Call after startApi(): the data layer reads the configuration the gateway put in process.env.
import { randomUUID } from "node:crypto";
import { maakAanbieder } from "../../../functions/data/aanbieders.js";
import {
  type AanvraagRecord,
  leesAanvraag,
  maakConcept,
} from "../../../functions/data/aanvragen.js";
import { legAfspraakVast } from "../../../functions/data/afspraken.js";
import { leesKader, stelKaderIn } from "../../../functions/data/kaders.js";
import { dienIn, voerOvergangUit, wijzigInhoud } from "../../../functions/data/overgangen.js";
import type {
  Actor,
  Schrijfcontext,
  TransactieUitkomst,
} from "../../../functions/data/transactie.js";
import { maakZorgkantoor, zetRegios } from "../../../functions/data/zorgkantoren.js";
import { Decimal } from "../../../shared/geld/decimal.js";
import type { AanvraagInvoer } from "../../../shared/indiening/aanvraag.js";
import { amsterdam, dagTekst, dagVan } from "../../../shared/kalender/tijd.js";
import { TEST_BETAALREKENING, zorgVoorBankrekening } from "../bank/opzet.js";

export const uniek = (prefix: string): string => `${prefix}-${randomUUID()}`;

const BEHEER_LANDELIJK: Actor = { sub: "test-landelijk", rol: "landelijk-beheer" };
const LANDELIJK = new Decimal("1100000000.00");
/** Room for a few §13 A agreements (1.024.000,00 each) per zorgkantoor and year. */
const KADER = new Decimal("5000000.00");
const RUIMTE = new Decimal("1024000.00");

const c = (wie: Actor, nu: Date): Schrijfcontext => ({ wie, nu, correlatieId: uniek("test") });

function zeker<T>(r: TransactieUitkomst<T>, wat: string): T {
  if (!r.ok) throw new Error(`${wat}: ${r.weigering.code} ${r.weigering.melding}`);
  return r.waarde;
}

const cijfers = (n: number): string =>
  Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join("");

const gemaakt = new Map<string, Promise<void>>();
const eenmaal = (sleutel: string, f: () => Promise<void>): Promise<void> => {
  let p = gemaakt.get(sleutel);
  if (!p) {
    p = f();
    gemaakt.set(sleutel, p);
  }
  return p;
};

/** The aanbieder with this id (made once; NZa-nummer and AGB-code drawn until free). */
export const zorgAanbieder = (id: string): Promise<void> =>
  eenmaal(`a:${id}`, async () => {
    const naam = `Zorggroep ${id.slice(0, 20)}`;
    for (;;) {
      const r = await maakAanbieder(
        {
          id,
          naam,
          nzaNummer: `${cijfers(3)}-${cijfers(4)}`,
          agbCode: cijfers(8),
        },
        c(BEHEER_LANDELIJK, new Date()),
      );
      // §15.5: a batch release needs an approved account (test data adapted for that rule).
      if (r.ok || r.weigering.code === "AANBIEDER_BESTAAT_AL")
        return zorgVoorBankrekening(id, naam);
      if (!["NZA_NUMMER_IN_GEBRUIK", "AGB_CODE_IN_GEBRUIK"].includes(r.weigering.code))
        throw new Error(r.weigering.melding);
    }
  });

/** The zorgkantoor with this id, serving a region of its own, with a kader for `jaar`. */
export const zorgkantoor = (id: string, jaar: number): Promise<void> =>
  eenmaal(`z:${id}:${jaar}`, async () => {
    await eenmaal(`z:${id}`, async () => {
      const code = uniek("regio");
      zeker(
        await zetRegios([{ code, naam: `Regio ${code}` }], c(BEHEER_LANDELIJK, new Date())),
        "regio",
      );
      const r = await maakZorgkantoor(
        {
          id,
          naam: `Zorgkantoor ${id.slice(0, 20)}`,
          concern: "Testconcern",
          regios: [code],
          betaalrekening: TEST_BETAALREKENING,
        },
        c(BEHEER_LANDELIJK, new Date()),
      );
      // Other examples of the authorisation matrix may have made the tenant's zorgkantoor.
      if (!r.ok && r.weigering.code !== "ZORGKANTOOR_BESTAAT_AL") zeker(r, "zorgkantoor");
    });
    const beheer: Actor = { sub: "test-beheer", rol: "zorgkantoor-beheer" };
    const huidig = await leesKader(id, jaar);
    if (huidig?.ruimte.gte(RUIMTE)) return;
    const bedrag = (huidig?.kader ?? new Decimal(0)).plus(KADER);
    zeker(
      await stelKaderIn(id, jaar, bedrag, LANDELIJK, c(beheer, new Date()), huidig?.versie),
      "kader",
    );
  });

/** §13 A's agreement: personeel 850.000, overige 150.000 (two lines), compensatie 24.000. */
export const inhoud = (jaar: number): AanvraagInvoer => ({
  begroting: [
    {
      jaar,
      personeel: [
        {
          id: "p1",
          soort: "loondienst",
          functiegroep: "verzorgende",
          locatie: "organisatiebreed",
          fte: "10.00",
          ingangsmaand: 1,
          loonkostenPerFte: { direct: "60000.00", indirect: "12500.00", premies: "12500.00" },
        },
      ],
      overige: [
        {
          id: "o1",
          categorie: "deskundigheid",
          omschrijving: "Scholing dementiezorg",
          locatie: "organisatiebreed",
          bedrag: "60000.00",
        },
        {
          id: "o2",
          categorie: "technologie",
          omschrijving: "Leefcirkels",
          locatie: "organisatiebreed",
          bedrag: "90000.00",
        },
      ],
    },
  ],
  verklaringen: {
    geenDubbeleBekostiging: true,
    uitsluitendVv4TotVv10: true,
    extraFteTovBasisjaar: true,
  },
});

export interface ZaakOpties {
  aanbiederId?: string;
  zorgkantoorId?: string;
  jaar?: number;
  /** When both parties have signed; default 20 March of the year, 12:00 (§13 A). */
  getekendOp?: Date;
}

/** The §13 A aanvraag submitted on 1 October t−1 and taken in behandeling (§4.3). */
export async function zaakInBeoordeling(o: ZaakOpties = {}): Promise<AanvraagRecord> {
  const jaar = o.jaar ?? 2020;
  const aanbiederId = o.aanbiederId ?? uniek("aanbieder");
  const zorgkantoorId = o.zorgkantoorId ?? uniek("zk");
  await Promise.all([zorgAanbieder(aanbiederId), zorgkantoor(zorgkantoorId, jaar)]);
  const aanbieder: Actor = { sub: uniek("aanbieder"), rol: "aanbieder" };
  const t0 = amsterdam(jaar - 1, 10, 1, 10, 0);
  let r = zeker(
    await maakConcept({ aanbiederId, zorgkantoorId, jaar }, c(aanbieder, t0)),
    "concept",
  );
  r = zeker(await wijzigInhoud(r, r.versie, inhoud(jaar), c(aanbieder, t0)), "inhoud");
  // A fixture: the content is known to pass §4.2; the checks themselves are tested elsewhere.
  r = zeker(await dienIn(r, r.versie, c(aanbieder, t0), { bevindingen: [] }), "indienen");
  return zeker(
    await voerOvergangUit(r, r.versie, "inBehandelingNemen", c(BEOORDELAAR, t0)),
    "behandeling",
  );
}

const BEOORDELAAR: Actor = { sub: "zaak-beoordelaar", rol: "beoordelaar" };

/** §5, §6: both parties sign the addendum on `getekendOp`; the voorschot agreement is stored. */
export async function tekenAddendum(r: AanvraagRecord, getekendOp: Date): Promise<AanvraagRecord> {
  const beheer: Actor = { sub: uniek("beheer"), rol: "zorgkantoor-beheer" };
  const voorschot = {
    jaar: r.jaar,
    percentage: "0.75",
    getekendOp: dagTekst(dagVan(getekendOp)),
    basis: [{ vanafMaand: `${r.jaar}-01`, bedrag: r.afspraak!.totaal, versie: 1 }],
  };
  zeker(
    await voerOvergangUit(r, r.versie, "addendumTekenen", c(beheer, getekendOp), {
      // The transition asks both parties' signatures (beidePartijen), by two people.
      velden: {
        addendumAanbieder: { door: uniek("aanbieder"), op: getekendOp.toISOString() },
        addendumZorgkantoor: { door: beheer.sub, op: getekendOp.toISOString() },
        voorschot,
      },
    }),
    "addendum",
  );
  return (await leesAanvraag(r.id))!;
}

/** An agreed case (addendum_getekend) with the `voorschot` agreement on it, as the addendum stores it. */
export async function afgesprokenZaak(o: ZaakOpties = {}): Promise<AanvraagRecord> {
  const jaar = o.jaar ?? 2020;
  const getekendOp = o.getekendOp ?? amsterdam(jaar, 3, 20, 12, 0);
  const beoordelaar = BEOORDELAAR;
  const beheer: Actor = { sub: uniek("beheer"), rol: "zorgkantoor-beheer" };
  const t0 = amsterdam(jaar - 1, 10, 1, 10, 0);
  let r = await zaakInBeoordeling(o);
  r = zeker(
    await legAfspraakVast(
      r,
      r.versie,
      {
        soort: "initieel",
        personeel: new Decimal("850000.00"),
        overige: new Decimal("150000.00"),
        compensatie: new Decimal("24000.00"),
        reden: "toegekend zoals aangevraagd",
        voorgesteldDoor: beoordelaar,
      },
      c(beheer, t0),
      { actie: "goedkeuren" },
    ),
    "goedkeuren",
  );
  return tekenAddendum(r, getekendOp);
}
