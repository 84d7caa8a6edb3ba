// docs/regels.md §2, §4.3: the case — one aanvraag per (aanbieder, zorgkantoor, jaar), enforced by a
// uniqueness item in the creating transaction — its versions, and the reads: by id, per triple,
// the work list of a zorgkantoor (gsi1) and the aanvragen of an aanbieder (gsi2). State changes
// (through the state machine, freezing submitted versions) are in overgangen.ts.
import { randomUUID } from "node:crypto";
import type { AanvraagInvoer } from "#shared/indiening/aanvraag.js";
import type { Toestand } from "#shared/indiening/toestanden.js";
import type { Zaakscope } from "#shared/toegang/lidmaatschap.js";
import { leesVooruit, type VooruitLezen, vooruitGelezen, vooruitLeesbaar } from "../lib/vooruit.js";
import { leesAanbieder, zetInAanbiederslijst } from "./aanbieders.js";
import {
  type Item,
  leesItem,
  type Startsleutel,
  zoek,
  zoekPagina,
  zonderSleutels,
} from "./lezen.js";
import { regiobijdrage, regioTeller } from "./regiototalen.js";
import {
  AANVRAAG_PREFIX_PK,
  aanbiederAanvraagGsi2sk,
  aanbiederSleutel,
  aanvraagPk,
  aanvraagSleutel,
  aanvragenVanAanbiederGsi2,
  drieslagSleutel,
  VERSIE_PREFIX,
  versieSleutel,
  werklijstGsi1,
  zorgkantoorSleutel,
} from "./sleutels.js";
import { type Schrijfcontext, schrijfTransactie, type TransactieUitkomst } from "./transactie.js";
import {
  alsJson,
  bestaat,
  nieuw,
  onveranderlijk,
  type Schrijfactie,
  type Weigering,
  wijzig,
} from "./voorwaarden.js";
import type { ZaakGegevens, ZaakGegevensWijziging } from "./zaakgegevens.js";

/** §15.1: the agreed amount of one overige line of year t. */
export interface OverigeRegelAfspraak {
  id: string;
  bedrag: string;
}

/** The agreement in force, on the case for lists and the herschikking (§8); history in afspraken.ts. */
export interface AfspraakSamenvatting {
  nummer: number;
  soort: "initieel" | "herschikking" | "vaststelling";
  personeel: string;
  overige: string;
  compensatie: string;
  totaal: string;
  /** §15.1: per overige line, summing to `overige`; absent on agreements made before §15.1. */
  overigeRegels?: OverigeRegelAfspraak[];
}

export interface AanvraagRecord extends Zaakscope {
  id: string;
  jaar: number;
  toestand: Toestand;
  mediation: boolean;
  laatsteVersie: number;
  laatsteVersieIngediend: boolean;
  /** First submission: the receipt date of the beoordelingstermijn (§5). ISO instant. */
  ontvangenOp?: string;
  laatstIngediendOp?: string;
  afspraak?: AfspraakSamenvatting;
  aangemaaktOp: string;
  gewijzigdOp: string;
  versie: number;
  /** What the use cases keep on the case, each field typed (zaakgegevens.ts). */
  overig: ZaakGegevens;
}

export type VersieStatus = "concept" | "ingediend";
export interface VersieRecord {
  aanvraagId: string;
  nummer: number;
  status: VersieStatus;
  /** The aanvraag as entered (amounts as text): shared/indiening/aanvraag.ts AanvraagSchema. */
  inhoud: AanvraagInvoer;
  aangemaaktOp: string;
  gewijzigdOp: string;
  ingediendOp?: string;
}

const BEKEND = new Set([
  "soort",
  "id",
  "aanbiederId",
  "zorgkantoorId",
  "jaar",
  "toestand",
  "mediation",
  "laatsteVersie",
  "laatsteVersieIngediend",
  "ontvangenOp",
  "laatstIngediendOp",
  "afspraak",
  "aangemaaktOp",
  "gewijzigdOp",
  "versie",
]);

export function alsAanvraag(i: Item): AanvraagRecord {
  const r = zonderSleutels(i);
  const overig = Object.fromEntries(Object.entries(r).filter(([k]) => !BEKEND.has(k)));
  const { soort: _s, ...bekend } = Object.fromEntries(
    Object.entries(r).filter(([k]) => BEKEND.has(k)),
  );
  return { ...(bekend as Omit<AanvraagRecord, "overig">), overig: overig as ZaakGegevens };
}

const alsVersie = (i: Item): VersieRecord => {
  const { soort: _s, versie: _v, ...r } = zonderSleutels(i);
  return r as unknown as VersieRecord;
};

/** The index keys follow from the record: the work list is sorted by state, then aanbieder. */
const indexSleutels = (
  r: Pick<AanvraagRecord, "zorgkantoorId" | "aanbiederId" | "jaar" | "toestand">,
) => ({
  gsi1pk: werklijstGsi1(r.zorgkantoorId, r.jaar),
  gsi1sk: `${r.toestand}#${r.aanbiederId}`,
  gsi2pk: aanvragenVanAanbiederGsi2(r.aanbiederId),
  gsi2sk: aanbiederAanvraagGsi2sk(r.jaar, r.zorgkantoorId),
});

export const scopeVan = (r: AanvraagRecord): Zaakscope => ({
  aanbiederId: r.aanbiederId,
  zorgkantoorId: r.zorgkantoorId,
});

export interface NieuweAanvraag extends Zaakscope {
  jaar: number;
  inhoud?: AanvraagInvoer;
}

/** Creates a concept with version 1; refused when the triple already has an aanvraag (§2). */
export async function maakConcept(
  invoer: NieuweAanvraag,
  ctx: Schrijfcontext,
): Promise<TransactieUitkomst<AanvraagRecord>> {
  const nu = ctx.nu.toISOString();
  const id = randomUUID();
  const { aanbiederId, zorgkantoorId, jaar } = invoer;
  const record: AanvraagRecord = {
    id,
    aanbiederId,
    zorgkantoorId,
    jaar,
    toestand: "concept",
    mediation: false,
    laatsteVersie: 1,
    laatsteVersieIngediend: false,
    aangemaaktOp: nu,
    gewijzigdOp: nu,
    versie: 1,
    overig: { rapportBijgehouden: true, herinneringsfeitenBijgehouden: true },
  };
  const { overig: _o, versie: _v, ...velden } = record;
  // Missing: the `bestaat` guard below refuses the case with a field error.
  const aanbieder = await leesAanbieder(aanbiederId);
  const r = await schrijfTransactie(
    [
      ...(aanbieder ? [zetInAanbiederslijst(zorgkantoorId, aanbieder)] : []),
      bestaat(aanbiederSleutel(aanbiederId), {
        status: 422,
        code: "ONBEKENDE_AANBIEDER",
        veld: "aanbiederId",
        melding: `aanbiederId: aanbieder ${aanbiederId} bestaat niet`,
      }),
      bestaat(zorgkantoorSleutel(zorgkantoorId), {
        status: 422,
        code: "ONBEKEND_ZORGKANTOOR",
        veld: "zorgkantoorId",
        melding: `zorgkantoorId: zorgkantoor ${zorgkantoorId} bestaat niet`,
      }),
      onveranderlijk(
        { ...drieslagSleutel(aanbiederId, zorgkantoorId, jaar), soort: "uniek", aanvraagId: id },
        {
          status: 409,
          code: "AANVRAAG_BESTAAT_AL",
          melding: `Er is al een aanvraag van deze aanbieder bij dit zorgkantoor voor ${jaar}; per aanbieder, zorgkantoor en jaar is er één (§2).`,
        },
      ),
      nieuw({
        ...aanvraagSleutel(id),
        soort: "aanvraag",
        ...velden,
        rapportBijgehouden: true,
        herinneringsfeitenBijgehouden: true,
        ...indexSleutels(record),
      }),
      nieuw({
        ...versieSleutel(id, 1),
        soort: "aanvraagversie",
        aanvraagId: id,
        nummer: 1,
        status: "concept",
        inhoud: alsJson(invoer.inhoud ?? {}),
        aangemaaktOp: nu,
        gewijzigdOp: nu,
      }),
    ],
    {
      gebeurtenis: "aanvraag_aangemaakt",
      onderwerp: aanvraagPk(id),
      betrokken: { aanbiederId, zorgkantoorId },
      na: { jaar },
    },
    ctx,
  );
  return r.ok ? { ok: true, waarde: record } : r;
}

/** The fields a write may set on the case: its mutable fixed fields and the typed case data. */
export type ZaakWijziging = Partial<
  Pick<
    AanvraagRecord,
    | "toestand"
    | "mediation"
    | "laatsteVersie"
    | "laatsteVersieIngediend"
    | "ontvangenOp"
    | "laatstIngediendOp"
    | "afspraak"
    | "gewijzigdOp"
  >
> &
  ZaakGegevensWijziging;

/** The record after an update of `velden`: known fields in place, the rest under `overig`. */
export function bijgewerkt(
  r: AanvraagRecord,
  velden: Readonly<ZaakWijziging>,
  versie: number,
): AanvraagRecord {
  const bekend = Object.fromEntries(Object.entries(velden).filter(([k]) => BEKEND.has(k)));
  const extra = Object.fromEntries(Object.entries(velden).filter(([k]) => !BEKEND.has(k)));
  return { ...r, ...bekend, versie, overig: { ...r.overig, ...extra } };
}

/**
 * The update of the case item read at `verwachteVersie` (fields set, `undefined` removes); the
 * index keys move with the state, the zorgkantoor's totals with what the case adds to them
 * (regiototalen.ts). Scope and keys never change.
 */
export function wijzigAanvraag(
  r: AanvraagRecord,
  verwachteVersie: number,
  velden: Readonly<ZaakWijziging>,
  weigering?: Weigering,
): Schrijfactie {
  for (const v of ["id", "aanbiederId", "zorgkantoorId", "jaar", "soort"])
    if (v in velden) throw new Error(`wijzigAanvraag: ${v} van een aanvraag verandert nooit`);
  const toestand: Toestand = velden.toestand ?? r.toestand;
  return {
    ...wijzig(
      aanvraagSleutel(r.id),
      verwachteVersie,
      { ...velden, gsi1sk: indexSleutels({ ...r, toestand }).gsi1sk },
      { weigering },
    ),
    // The zorgkantoor's running totals move with the case, in the same transaction.
    tellers: regioTeller(
      r,
      regiobijdrage(r),
      regiobijdrage(bijgewerkt(r, velden, verwachteVersie + 1)),
    ),
  };
}

export function leesAanvraag(id: string): Promise<AanvraagRecord | undefined> {
  return vooruitGelezen(`aanvraag:${id}`, async () => {
    const i = await leesItem(aanvraagSleutel(id));
    return i ? alsAanvraag(i) : undefined;
  });
}

/** Starts the read of the aanvraag a route addresses beside the membership lookup (lib/vooruit.ts). */
export const leesAanvraagVooruit: VooruitLezen = (params) => {
  const id = params.aanvraagId?.trim();
  if (id && id.length <= 200) leesVooruit(`aanvraag:${id}`, () => leesAanvraag(id));
};

export async function leesVersie(id: string, nummer: number): Promise<VersieRecord | undefined> {
  const i = await leesItem(versieSleutel(id, nummer));
  return i ? alsVersie(i) : undefined;
}

/** All versions, oldest first (the reviewer compares them, §4.3). */
export async function leesVersies(id: string): Promise<VersieRecord[]> {
  return (await zoek({ pk: aanvraagPk(id), begintMet: VERSIE_PREFIX })).map(alsVersie);
}

/** The aanvraag of a triple, if any (one GetItem on the uniqueness item). */
export async function zoekAanvraag(
  aanbiederId: string,
  zorgkantoorId: string,
  jaar: number,
): Promise<string | undefined> {
  const i = await leesItem(drieslagSleutel(aanbiederId, zorgkantoorId, jaar));
  return typeof i?.aanvraagId === "string" ? i.aanvraagId : undefined;
}

/** The work list of a zorgkantoor for a year (gsi1), optionally in one state. */
export function werklijst(
  zorgkantoorId: string,
  jaar: number,
  toestand?: Toestand,
): Promise<AanvraagRecord[]> {
  if (toestand) return leesWerklijst(zorgkantoorId, jaar, toestand);
  return heleWerklijst.lees(zorgkantoorId, jaar);
}

/** The whole work list, which a route that lists it starts beside the membership lookup. */
const heleWerklijst = vooruitLeesbaar("werklijst", (zorgkantoorId: string, jaar: number) =>
  leesWerklijst(zorgkantoorId, jaar),
);
export const werklijstVooruit = heleWerklijst.vooruit;

async function leesWerklijst(
  zorgkantoorId: string,
  jaar: number,
  toestand?: Toestand,
): Promise<AanvraagRecord[]> {
  const items = await zoek({
    index: "gsi1",
    pk: werklijstGsi1(zorgkantoorId, jaar),
    begintMet: toestand ? `${toestand}#` : undefined,
  });
  return items.map(alsAanvraag);
}

/**
 * One page of the work list without concepts (§5; [portal rule] a concept is the aanbieder's own
 * work). The concepts are left out by a FilterExpression, not by the gsi1sk order: "concept#"
 * sits between other states, so no single key range excludes it, and filtering after the page
 * would make pages and cursors disagree. A page can so hold fewer rows than `limiet`.
 */
export async function werklijstPagina(
  zorgkantoorId: string,
  jaar: number,
  limiet: number,
  start?: Startsleutel,
): Promise<{ aanvragen: AanvraagRecord[]; volgende?: Startsleutel }> {
  const p = await zoekPagina({
    index: "gsi1",
    pk: werklijstGsi1(zorgkantoorId, jaar),
    limiet,
    start,
    filter: {
      expressie: "#toestand <> :concept",
      namen: { "#toestand": "toestand" },
      waarden: { ":concept": "concept" },
    },
  });
  return { aanvragen: p.items.map(alsAanvraag), volgende: p.volgende };
}

/**
 * The key shape of a work-list page's cursor (functions/lib/paginering.ts): the gsi1 key of a case
 * of this zorgkantoor and year, so a cursor can only continue this list.
 */
export const werklijstCursor = (zorgkantoorId: string, jaar: number) => ({
  pk: (w: string) => w.startsWith(AANVRAAG_PREFIX_PK),
  sk: (w: string) => w === "META",
  gsi1pk: (w: string) => w === werklijstGsi1(zorgkantoorId, jaar),
  gsi1sk: (w: string) => /^[a-z_]+#/.test(w),
});

/** The work-list key of a case (table and gsi1): what a werkvoorraad cursor names as its last row. */
export const werklijstSleutel = (r: AanvraagRecord): Record<string, string> => {
  const { gsi1pk, gsi1sk } = indexSleutels(r);
  return { ...aanvraagSleutel(r.id), gsi1pk, gsi1sk };
};

/** The aanvragen of an aanbieder (gsi2), optionally of one year. */
export async function aanvragenVanAanbieder(
  aanbiederId: string,
  jaar?: number,
): Promise<AanvraagRecord[]> {
  const items = await zoek({
    index: "gsi2",
    pk: aanvragenVanAanbiederGsi2(aanbiederId),
    begintMet: jaar ? `${jaar}#` : undefined,
  });
  return items.map(alsAanvraag);
}
