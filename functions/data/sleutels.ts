// Every key of the single table (functions/data/tabel.ts) is built here and nowhere
// else, so the access patterns of functions/data/README.md stay true. Ids inside keys are percent-encoded: an id
// containing "#" can never make two different things share a key (as betaalopdrachtSleutel does).
import { maandTekst } from "#shared/voorschot/maand.js";

export interface Sleutel {
  readonly pk: string;
  readonly sk: string;
}

const e = encodeURIComponent;

/** Fixed-width numbers sort as text in the order of the numbers. */
export const volgnummer = (n: number): string => String(n).padStart(4, "0");

// --- reference data (§2) ---
export const REGIOS_PK = "REGIOS";
export const REGIO_PREFIX = "REGIO#";
export const regioSleutel = (code: string): Sleutel => ({
  pk: REGIOS_PK,
  sk: `${REGIO_PREFIX}${e(code)}`,
});

export const zorgkantoorPk = (id: string): string => `ZORGKANTOOR#${e(id)}`;
export const zorgkantoorSleutel = (id: string): Sleutel => ({ pk: zorgkantoorPk(id), sk: "META" });
export const ZORGKANTOREN_GSI1 = "ZORGKANTOREN";

export const aanbiederPk = (id: string): string => `AANBIEDER#${e(id)}`;
export const aanbiederSleutel = (id: string): Sleutel => ({ pk: aanbiederPk(id), sk: "META" });
export const AANBIEDERS_GSI1 = "AANBIEDERS";
/** Uniqueness guards: one aanbieder per NZa-nummer and per AGB-code (§2). */
export const nzaSleutel = (nza: string): Sleutel => ({ pk: `NZA#${e(nza)}`, sk: "UNIEK" });
export const agbSleutel = (agb: string): Sleutel => ({ pk: `AGB#${e(agb)}`, sk: "UNIEK" });

// --- users and memberships (§1) ---
export const gebruikerPk = (sub: string): string => `GEBRUIKER#${e(sub)}`;
export const LID_PREFIX = "LID#";
export type Organisatie =
  | { soort: "aanbieder"; id: string }
  | { soort: "zorgkantoor"; id: string }
  | { soort: "landelijk" };
export const organisatieTekst = (o: Organisatie): string =>
  o.soort === "landelijk" ? "LANDELIJK" : `${o.soort.toUpperCase()}#${e(o.id)}`;
export const lidSleutel = (sub: string, rol: string, o: Organisatie): Sleutel => ({
  pk: gebruikerPk(sub),
  sk: `${LID_PREFIX}${rol}#${organisatieTekst(o)}`,
});
export const ledenGsi1 = (o: Organisatie): string => `LEDEN#${organisatieTekst(o)}`;

// --- the case: one aanvraag per (aanbieder, zorgkantoor, jaar) (§2), and all that hangs on it ---
export const AANVRAAG_PREFIX_PK = "AANVRAAG#";
export const aanvraagPk = (id: string): string => `${AANVRAAG_PREFIX_PK}${e(id)}`;
export const aanvraagSleutel = (id: string): Sleutel => ({ pk: aanvraagPk(id), sk: "META" });
export const drieslagSleutel = (aanbiederId: string, zorgkantoorId: string, jaar: number) => ({
  pk: `AANVRAAGDRIESLAG#${e(aanbiederId)}#${e(zorgkantoorId)}#${jaar}`,
  sk: "UNIEK",
});
export const VERSIE_PREFIX = "VERSIE#";
export const versieSleutel = (id: string, nummer: number): Sleutel => ({
  pk: aanvraagPk(id),
  sk: `${VERSIE_PREFIX}${volgnummer(nummer)}`,
});
export const AFSPRAAK_PREFIX = "AFSPRAAK#";
export const afspraakSleutel = (id: string, nummer: number): Sleutel => ({
  pk: aanvraagPk(id),
  sk: `${AFSPRAAK_PREFIX}${volgnummer(nummer)}`,
});
export const werklijstGsi1 = (zorgkantoorId: string, jaar: number): string =>
  `WERKLIJST#${e(zorgkantoorId)}#${jaar}`;
export const aanvragenVanAanbiederGsi2 = (aanbiederId: string): string =>
  `AANVRAGEN#${e(aanbiederId)}`;
export const aanbiederAanvraagGsi2sk = (jaar: number, zorgkantoorId: string): string =>
  `${jaar}#${e(zorgkantoorId)}`;

export const DOCUMENT_PREFIX = "DOCUMENT#";
export const documentSleutel = (aanvraagId: string, documentId: string): Sleutel => ({
  pk: aanvraagPk(aanvraagId),
  sk: `${DOCUMENT_PREFIX}${e(documentId)}`,
});

export const BETAALOPDRACHT_PREFIX = "BETAALOPDRACHT#";
/** §6: the deterministic key of shared/voorschot/betaalopdracht.ts, inside the case. */
export const betaalopdrachtItemSleutel = (aanvraagId: string, sleutel: string): Sleutel => ({
  pk: aanvraagPk(aanvraagId),
  sk: `${BETAALOPDRACHT_PREFIX}${sleutel}`,
});
/** §15.4: a nabetaling payment order, kept apart from the voorschot orders §6 counts. */
export const NABETALING_PREFIX = "NABETALING#";
export const nabetalingItemSleutel = (aanvraagId: string, sleutel: string): Sleutel => ({
  pk: aanvraagPk(aanvraagId),
  sk: `${NABETALING_PREFIX}${sleutel}`,
});
export const betaalopdrachtenGsi2 = (zorgkantoorId: string, jaar: number, maand: number): string =>
  `BETAALOPDRACHTEN#${e(zorgkantoorId)}#${maandTekst(jaar, maand)}`;
/** §6: how many voorschot orders the case had when the last one was written (a lock, see voorschotstand.ts). */
export const voorschotstandSleutel = (aanvraagId: string): Sleutel => ({
  pk: aanvraagPk(aanvraagId),
  sk: "VOORSCHOTSTAND",
});
/** §1, §6: the payment batches of a zorgkantoor for one month, numbered 1, 2, … */
export const betaalbatchPrefix = (jaar: number, maand: number): string =>
  `BETAALBATCH#${maandTekst(jaar, maand)}#`;
export const betaalbatchSleutel = (
  zorgkantoorId: string,
  jaar: number,
  maand: number,
  nummer: number,
): Sleutel => ({
  pk: zorgkantoorPk(zorgkantoorId),
  sk: `${betaalbatchPrefix(jaar, maand)}${volgnummer(nummer)}`,
});

// --- realisatie (§7) and reopened windows (§3.2) ---
export const REALISATIE_PREFIX = "REALISATIE#";
/** One immutable submission of a window ("mei", "juli", "oktober", "jaarverslag") of year t. */
export const realisatieSleutel = (
  aanvraagId: string,
  jaar: number,
  soort: string,
  nummer: number,
): Sleutel => ({
  pk: aanvraagPk(aanvraagId),
  sk: `${REALISATIE_PREFIX}${jaar}#${e(soort)}#${volgnummer(nummer)}`,
});
export const HEROPENING_PREFIX = "HEROPENING#";
export const heropeningSleutel = (aanvraagId: string, jaar: number, soort: string): Sleutel => ({
  pk: aanvraagPk(aanvraagId),
  sk: `${HEROPENING_PREFIX}${jaar}#${e(soort)}`,
});

// --- money totals (§5) ---
export const kaderSleutel = (zorgkantoorId: string, jaar: number): Sleutel => ({
  pk: zorgkantoorPk(zorgkantoorId),
  sk: `KADER#${jaar}`,
});
export const kadersGsi1 = (jaar: number): string => `KADERS#${jaar}`;

// --- herschikking (§15.2): the one proposal per zorgkantoor and year, and its decisions ---
export const herschikkingsvoorstelSleutel = (zorgkantoorId: string, jaar: number): Sleutel => ({
  pk: zorgkantoorPk(zorgkantoorId),
  sk: `HERSCHIKKING#${jaar}#VOORSTEL`,
});
/** §15.2: the reopening of the herschikking window of a zorgkantoor for a year (one, versioned). */
export const herschikkingsheropeningSleutel = (zorgkantoorId: string, jaar: number): Sleutel => ({
  pk: zorgkantoorPk(zorgkantoorId),
  sk: `HERSCHIKKING#${jaar}#HEROPENING`,
});
export const herschikkingsbesluitPrefix = (jaar: number): string => `HERSCHIKKING#${jaar}#BESLUIT#`;
export const herschikkingsbesluitSleutel = (
  zorgkantoorId: string,
  jaar: number,
  nummer: number,
): Sleutel => ({
  pk: zorgkantoorPk(zorgkantoorId),
  sk: `${herschikkingsbesluitPrefix(jaar)}${volgnummer(nummer)}`,
});
export const landelijkKaderSleutel = (jaar: number): Sleutel => ({
  pk: "LANDELIJK",
  sk: `KADERS#${jaar}`,
});

// --- audit trail (§12) and notifications ---
export const AUDIT_PREFIX = "AUDIT#";
/** gsi2 of an audit record: the trail of one zorgkantoor, across its cases, batches and kader. */
export const auditZorgkantoorGsi2 = (zorgkantoorId: string): string =>
  `AUDITZK#${e(zorgkantoorId)}`;
/** gsi1 of an audit record: everything of one month (Amsterdam, "2021-05"), for landelijk-beheer. */
export const auditMaandGsi1 = (maand: string): string => `AUDITMAAND#${maand}`;
export const auditSleutel = (onderwerpPk: string, moment: string): Sleutel => ({
  pk: onderwerpPk,
  sk: `${AUDIT_PREFIX}${moment}`,
});
export const meldingenPk = (o: Organisatie): string => `MELDINGEN#${organisatieTekst(o)}`;
/** Sparse gsi1 partition of the notifications still to be mailed (§10 style mail). */
export const MAIL_TE_VERSTUREN_GSI1 = "MAIL#TE_VERSTUREN";

// --- year parameters (§3.1): entered versions, immutable, one item per (jaar, versie) ---
export const parametersPk = (jaar: number): string => `PARAMETERS#${jaar}`;
export const PARAMETERVERSIE_PREFIX = "VERSIE#";
export const parameterversieSleutel = (jaar: number, versie: number): Sleutel => ({
  pk: parametersPk(jaar),
  sk: `${PARAMETERVERSIE_PREFIX}${volgnummer(versie)}`,
});

// --- bank accounts (§15.5): the approved account and at most one pending change per aanbieder ---
export const bankrekeningSleutel = (aanbiederId: string): Sleutel => ({
  pk: aanbiederPk(aanbiederId),
  sk: "BANKREKENING",
});
export const bankwijzigingSleutel = (aanbiederId: string): Sleutel => ({
  pk: aanbiederPk(aanbiederId),
  sk: "BANKWIJZIGING",
});
/** Sparse gsi1 partition of the pending changes: the list zorgkantoor-beheer approves from. */
export const BANKWIJZIGINGEN_GSI1 = "BANKWIJZIGINGEN";

// --- the aanbieders a zorgkantoor has cases of: name, NZa, AGB for its lists (national scale) ---
export const aanbiederslijstSleutel = (zorgkantoorId: string): Sleutel => ({
  pk: zorgkantoorPk(zorgkantoorId),
  sk: "AANBIEDERS",
});

// --- §1 four eyes: what waits for a second signature at a zorgkantoor, in any year ---
export const WACHT_PREFIX = "WACHT#";
/** One item per pending proposal, written and removed with it (functions/data/goedkeuringen.ts). */
export const wachtSleutel = (zorgkantoorId: string, soort: string, id: string): Sleutel => ({
  pk: zorgkantoorPk(zorgkantoorId),
  sk: `${WACHT_PREFIX}${e(soort)}#${e(id)}`,
});
