// Setup for the beoordeling tests (DOMAIN.md §4.3, §5): organisations, kaders and cases in a
// given state, built through the data layer (functions/data) as the aanbieder and the zorgkantoor
// would — so these tests do not depend on the indiening routes. Call after startApi() (the data
// layer reads its configuration from the environment the gateway set).
import { randomUUID } from "node:crypto";
import {
  aangevraagdVoorJaar,
  besluitOpslag,
  type VoorstelOpslag,
} from "../../../functions/beoordeling/toekenningscontext.js";
import { leesAanbieder, maakAanbieder } from "../../../functions/data/aanbieders.js";
import {
  type AanvraagRecord,
  maakConcept,
  wijzigAanvraag,
} from "../../../functions/data/aanvragen.js";
import { legAfspraakVast } from "../../../functions/data/afspraken.js";
import { leesKader, stelKaderIn } from "../../../functions/data/kaders.js";
import { dienIn, voerOvergangUit } from "../../../functions/data/overgangen.js";
import { aanvraagPk } from "../../../functions/data/sleutels.js";
import {
  type Actor,
  type Schrijfcontext,
  schrijfTransactie,
  type TransactieUitkomst,
} from "../../../functions/data/transactie.js";
import {
  leesZorgkantoor,
  maakZorgkantoor,
  zetRegios,
} from "../../../functions/data/zorgkantoren.js";
import { Decimal } from "../../../shared/geld/decimal.js";
import { type AanvraagInvoer, AanvraagSchema } from "../../../shared/indiening/aanvraag.js";
import { parametersVoor } from "../../../shared/parameters/jaarparameters.js";
import type { Zaakscope } from "../../../shared/toegang/lidmaatschap.js";
import { TEST_BETAALREKENING, zorgVoorBankrekening } from "../bank/opzet.js";

export const uniek = (prefix: string): string => `${prefix}-${randomUUID()}`;

export const ctx = (wie: Actor, nu = new Date("2020-01-15T09:00:00+01:00")): Schrijfcontext => ({
  wie,
  nu,
  correlatieId: uniek("opzet"),
});

export function zeker<T>(r: TransactieUitkomst<T>, wat: string): T {
  if (!r.ok) throw new Error(`opzet: ${wat}: ${r.weigering.code} ${r.weigering.melding}`);
  return r.waarde;
}

const BEHEER: Actor = { sub: "opzet-landelijk", rol: "landelijk-beheer" };
const cijfers = (n: number): string =>
  Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join("");

const gemaakt = new Map<string, Promise<void>>();
const eenmaal = (sleutel: string, maak: () => Promise<void>): Promise<void> => {
  let p = gemaakt.get(sleutel);
  if (!p) {
    p = maak();
    gemaakt.set(sleutel, p);
  }
  return p;
};

/** The aanbieder exists (made with production VV4 € 1.000.000 → reservering € 110.000,00). */
export const zorgVoorAanbieder = (id: string): Promise<void> =>
  eenmaal(`a:${id}`, async () => {
    const naam = `Zorggroep ${id.slice(-6)}`;
    // §15.5: a batch release needs an approved account (test data adapted for that rule).
    if (await leesAanbieder(id)) return zorgVoorBankrekening(id, naam);
    for (;;) {
      const r = await maakAanbieder(
        {
          id,
          naam,
          nzaNummer: `${cijfers(3)}-${cijfers(4)}`,
          agbCode: cijfers(8),
          productie: { jaar: 2018, bedragen: { VV4: "1000000.00" } },
        },
        ctx(BEHEER),
      );
      if (r.ok || r.weigering.code === "AANBIEDER_BESTAAT_AL")
        return zorgVoorBankrekening(id, naam);
      if (!["NZA_NUMMER_IN_GEBRUIK", "AGB_CODE_IN_GEBRUIK"].includes(r.weigering.code))
        throw new Error(r.weigering.melding);
    }
  });

/** The zorgkantoor exists, serving a fresh region of its own. */
export const zorgVoorZorgkantoor = (id: string): Promise<void> =>
  eenmaal(`z:${id}`, async () => {
    if (await leesZorgkantoor(id)) return;
    const code = `regio-${randomUUID()}`;
    zeker(await zetRegios([{ code, naam: `Regio ${code}` }], ctx(BEHEER)), "regio");
    const r = await maakZorgkantoor(
      {
        id,
        naam: `Zorgkantoor ${id.slice(-6)}`,
        concern: "Testconcern",
        regios: [code],
        betaalrekening: TEST_BETAALREKENING,
      },
      ctx(BEHEER),
    );
    if (!r.ok && r.weigering.code !== "ZORGKANTOOR_BESTAAT_AL")
      throw new Error(r.weigering.melding);
  });

export const zorgVoorPartijen = (s: Zaakscope): Promise<unknown> =>
  Promise.all([zorgVoorAanbieder(s.aanbiederId), zorgVoorZorgkantoor(s.zorgkantoorId)]);

/** A regional kader for (zorgkantoor, jaar) of `bedrag`, when it has none yet. */
export const zorgVoorKader = (zorgkantoorId: string, jaar: number, bedrag = "10000000.00") =>
  eenmaal(`k:${zorgkantoorId}:${jaar}`, async () => {
    if (await leesKader(zorgkantoorId, jaar)) return;
    zeker(
      await stelKaderIn(
        zorgkantoorId,
        jaar,
        new Decimal(bedrag),
        new Decimal(parametersVoor(jaar).landelijkBudget),
        ctx({ sub: "opzet-zk-beheer", rol: "zorgkantoor-beheer" }),
      ),
      "kader",
    );
  });

/**
 * A complete aanvraag for year t: `fte` extra verzorgenden from January at € 85.000 per fte
 * (personeel = fte × 85.000) and overige = fte × 15.000 — the richtlijn's 85/15.
 */
export function inhoud(jaar: number, fte = 1): AanvraagInvoer {
  const f = new Decimal(fte);
  const invoer: AanvraagInvoer = {
    begroting: [
      {
        jaar,
        personeel: [
          {
            id: "p1",
            soort: "loondienst",
            functiegroep: "verzorgende",
            locatie: "organisatiebreed",
            fte: f.toFixed(2),
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
            smart: {
              specifiekDoel: "alle verzorgenden geschoold",
              meetbaarResultaat: "aantal certificaten per kwartaal",
              haalbaarheid: "opleider gecontracteerd",
              relevantie: "thema uit het kwaliteitsplan",
              startdatum: `${jaar}-01-01`,
              einddatum: `${jaar}-12-31`,
            },
            bedrag: f.times(15000).toFixed(2),
          },
        ],
      },
    ],
  } as AanvraagInvoer;
  AanvraagSchema.parse(invoer); // a typo here should fail the setup, not a test far away
  return invoer;
}

export const AANBIEDER: Actor = { sub: "opzet-aanbieder", rol: "aanbieder" };
export const BEOORDELAAR: Actor = { sub: "opzet-beoordelaar", rol: "beoordelaar" };
export const ZK_BEHEER: Actor = { sub: "opzet-zk-beheer", rol: "zorgkantoor-beheer" };

export type Stand =
  | "ingediend"
  | "in_beoordeling"
  | "voorgesteld"
  | "goedgekeurd"
  | "addendum_getekend";
const VOLGORDE: readonly Stand[] = [
  "ingediend",
  "in_beoordeling",
  "voorgesteld",
  "goedgekeurd",
  "addendum_getekend",
];

export interface ZaakOpties {
  fte?: number;
  /** Who proposed the toekenning (default: a setup beoordelaar, not a test user). */
  voorgesteldDoor?: Actor;
  /** Receipt of the aanvraag (default 1 Nov t−1). */
  ontvangen?: Date;
}

/**
 * A case of (aanbieder, zorgkantoor, jaar) brought to `stand` through the data layer. At
 * "voorgesteld" a toekenning as requested (personeel, overige, no compensatie) awaits the second
 * signature. A kader exists for (zorgkantoor, jaar): the default one unless set before.
 */
export async function zaakIn(
  scope: Zaakscope,
  jaar: number,
  stand: Stand,
  o: ZaakOpties = {},
): Promise<AanvraagRecord> {
  await zorgVoorPartijen(scope);
  await zorgVoorKader(scope.zorgkantoorId, jaar);
  const tot = VOLGORDE.indexOf(stand);
  const ontvangen = o.ontvangen ?? new Date(`${jaar - 1}-11-01T10:00:00+01:00`);
  const inh = inhoud(jaar, o.fte);
  let r = zeker(
    await maakConcept({ ...scope, jaar, inhoud: inh }, ctx(AANBIEDER, ontvangen)),
    "concept",
  );
  r = zeker(await dienIn(r, r.versie, ctx(AANBIEDER, ontvangen), { bevindingen: [] }), "indienen");
  if (tot < 1) return r;
  r = zeker(
    await voerOvergangUit(r, r.versie, "inBehandelingNemen", ctx(BEOORDELAAR)),
    "in behandeling",
  );
  if (tot < 2) return r;
  const f = new Decimal(o.fte ?? 1);
  const voorstel = {
    besluit: "toekennen" as const,
    personeel: f.times(85000),
    overige: f.times(15000),
    compensatie: new Decimal(0),
    motivering: "",
  };
  const door = o.voorgesteldDoor ?? BEOORDELAAR;
  const opslag: VoorstelOpslag = {
    ...besluitOpslag(voorstel, await aangevraagdVoorJaar(r), ctx(door).nu),
    voorgesteldDoor: { sub: door.sub, rol: door.rol },
  };
  zeker(
    await schrijfTransactie(
      [wijzigAanvraag(r, r.versie, { toekenningsvoorstel: opslag })],
      {
        gebeurtenis: "toekenning_voorgesteld",
        onderwerp: aanvraagPk(r.id),
        betrokken: scope,
        na: { toekenningsvoorstel: opslag },
      },
      ctx(door),
    ),
    "voorstel",
  );
  r = { ...r, versie: r.versie + 1, overig: { ...r.overig, toekenningsvoorstel: opslag } };
  if (tot < 3) return r;
  r = zeker(
    await legAfspraakVast(
      r,
      r.versie,
      { soort: "initieel", ...voorstel, voorgesteldDoor: door },
      ctx(ZK_BEHEER, new Date("2020-02-20T15:00:00+01:00")),
      { actie: "goedkeuren", velden: { toekenningsvoorstel: undefined, besluit: opslag } },
    ),
    "goedkeuren",
  );
  if (tot < 4) return r;
  const op = new Date(`${jaar}-03-20T12:00:00+01:00`);
  return zeker(
    await voerOvergangUit(r, r.versie, "addendumTekenen", ctx(ZK_BEHEER, op), {
      velden: {
        addendumAanbieder: { door: AANBIEDER.sub, op: op.toISOString() },
        addendumZorgkantoor: { door: ZK_BEHEER.sub, op: op.toISOString() },
        voorschot: {
          jaar,
          percentage: parametersVoor(jaar).voorschotpercentage.toString(),
          getekendOp: `${jaar}-03-20`,
          basis: [{ vanafMaand: `${jaar}-01`, bedrag: r.afspraak!.totaal, versie: 1 }],
        },
      },
    }),
    "addendum",
  );
}
