// docs/regels.md §15.2: the herschikking of a zorgkantoor for a year as stored — ONE proposal item
// (the lines as proposed, the reason, who proposed it, the aanbieders' written responses) and,
// once another zorgkantoor-beheer user approves it, ONE decision item per decision holding all
// decided lines. The decision item is written in the same transaction as the kader's net move,
// so "decided" is atomic for the whole zorgkantoor; functions/herschikking/toepassen.ts then
// applies its lines to the cases (status `besloten` → `toegepast`).
import type { Rol } from "#shared/rollen.js";
import { vooruitLeesbaar } from "../lib/vooruit.js";
import { type Item, leesItem, zoek } from "./lezen.js";
import {
  herschikkingsbesluitPrefix,
  herschikkingsbesluitSleutel,
  herschikkingsvoorstelSleutel,
  zorgkantoorPk,
} from "./sleutels.js";
import {
  bijwerken,
  nieuw,
  type Schrijfactie,
  VERSIECONFLICT,
  vervang,
  type Weigering,
} from "./voorwaarden.js";

/** Per category, amounts as text (§11). */
export interface Categorieen {
  personeel: string;
  overige: string;
}

/** One line of the proposal: A, Q, P per category and the proposed new agreement (§8, §15.2). */
export interface VoorstelRegel {
  aanvraagId: string;
  aanbiederId: string;
  /** The case's versie when proposed: the approval refuses a case changed since. */
  versie: number;
  /** The agreement number in force when proposed. */
  afspraakNummer: number;
  afspraak: Categorieen;
  aangevraagd: Categorieen;
  /** §15.2: per category from the October window; null without it. */
  prognose: Categorieen | null;
  /** P in total (§8), whatever window it came from. */
  prognoseTotaal: string;
  nieuw: Categorieen & { overigeRegels?: { id: string; bedrag: string }[] };
  /** §15.2 [portal rule]: the split `nieuw` was given by the zorgkantoor, not computed. */
  eigenVerdeling?: true;
  /** Per overige line in force, when the agreement names its lines (§15.1). */
  vorigeRegels?: { id: string; bedrag: string }[];
}

export interface Reactie {
  tekst: string;
  door: string;
  op: string;
  /** The proposal version the aanbieder responded to. */
  voorstelVersie: number;
}

export interface HerschikkingsvoorstelRecord {
  zorgkantoorId: string;
  jaar: number;
  versie: number;
  status: "voorgesteld" | "besloten";
  reden: string;
  voorgesteldDoor: { sub: string; rol: Rol };
  op: string;
  regels: VoorstelRegel[];
  /** §15.2 overleg: the aanbieder's written response per case, before the decision. */
  reacties: Record<string, Reactie>;
}

/** A decided line: only cases whose agreement changes. */
export interface BesluitRegel {
  aanvraagId: string;
  aanbiederId: string;
  afspraakNummer: number;
  vorige: Categorieen;
  nieuw: Categorieen & { overigeRegels?: { id: string; bedrag: string }[] };
  /** New total excl. compensatie minus the old one. */
  mutatie: string;
}

export interface HerschikkingsbesluitRecord {
  id: string;
  nummer: number;
  zorgkantoorId: string;
  jaar: number;
  status: "besloten" | "toegepast";
  reden: string;
  voorgesteldDoor: { sub: string; rol: Rol };
  goedgekeurdDoor: { sub: string; rol: Rol };
  /** ISO instant of the approval: the decision is in force from then on. */
  op: string;
  /** Net move of the kader's agreed total, written with this record. */
  netto: string;
  regels: BesluitRegel[];
  versie: number;
}

const alsVoorstel = (i: Item): HerschikkingsvoorstelRecord => ({
  zorgkantoorId: String(i.zorgkantoorId),
  jaar: Number(i.jaar),
  versie: Number(i.versie),
  status: i.status as HerschikkingsvoorstelRecord["status"],
  reden: String(i.reden),
  voorgesteldDoor: i.voorgesteldDoor as HerschikkingsvoorstelRecord["voorgesteldDoor"],
  op: String(i.op),
  regels: i.regels as VoorstelRegel[],
  reacties: (i.reacties ?? {}) as Record<string, Reactie>,
});

const alsBesluit = (i: Item): HerschikkingsbesluitRecord => ({
  id: String(i.id),
  nummer: Number(i.nummer),
  zorgkantoorId: String(i.zorgkantoorId),
  jaar: Number(i.jaar),
  status: i.status as HerschikkingsbesluitRecord["status"],
  reden: String(i.reden),
  voorgesteldDoor: i.voorgesteldDoor as HerschikkingsbesluitRecord["voorgesteldDoor"],
  goedgekeurdDoor: i.goedgekeurdDoor as HerschikkingsbesluitRecord["goedgekeurdDoor"],
  op: String(i.op),
  netto: String(i.netto),
  regels: i.regels as BesluitRegel[],
  versie: Number(i.versie),
});

const voorstel = vooruitLeesbaar("herschikkingsvoorstel", leesVoorstel);
export const leesHerschikkingsvoorstel = voorstel.lees;
/** Started beside the membership lookup by the herschikking page (lib/vooruit.ts). */
export const herschikkingsvoorstelVooruit = voorstel.vooruit;

async function leesVoorstel(
  zorgkantoorId: string,
  jaar: number,
): Promise<HerschikkingsvoorstelRecord | undefined> {
  const i = await leesItem(herschikkingsvoorstelSleutel(zorgkantoorId, jaar));
  return i ? alsVoorstel(i) : undefined;
}

/** All decisions of the year, oldest first (a handful at most). */
const besluiten = vooruitLeesbaar("herschikkingsbesluiten", leesBesluiten);
export const leesHerschikkingsbesluiten = besluiten.lees;
/** Started beside the membership lookup by the herschikking page (lib/vooruit.ts). */
export const herschikkingsbesluitenVooruit = besluiten.vooruit;

async function leesBesluiten(
  zorgkantoorId: string,
  jaar: number,
): Promise<HerschikkingsbesluitRecord[]> {
  const items = await zoek({
    pk: zorgkantoorPk(zorgkantoorId),
    begintMet: herschikkingsbesluitPrefix(jaar),
  });
  return items.map(alsBesluit);
}

/** Decisions taken but not yet fully applied to the cases: in force all the same (§15.2). */
export async function lopendeHerschikkingsbesluiten(
  zorgkantoorId: string,
  jaar: number,
): Promise<HerschikkingsbesluitRecord[]> {
  return (await leesHerschikkingsbesluiten(zorgkantoorId, jaar)).filter(
    (b) => b.status === "besloten",
  );
}

/**
 * Writes a (new or replacing) proposal. A proposal read at `vorige` is replaced under its version
 * lock, so two users proposing at once cannot silently overwrite each other; the version keeps
 * counting across decisions, so it numbers the decisions too.
 */
export function schrijfVoorstel(
  r: Omit<HerschikkingsvoorstelRecord, "versie">,
  vorige: HerschikkingsvoorstelRecord | undefined,
): Schrijfactie {
  const item = {
    ...herschikkingsvoorstelSleutel(r.zorgkantoorId, r.jaar),
    soort: "herschikkingsvoorstel",
    ...r,
  };
  return vorige ? vervang(item, vorige.versie) : nieuw(item, VERSIECONFLICT);
}

const VERVANGEN: Weigering = {
  status: 409,
  code: "CONFLICT",
  veld: "versie",
  melding:
    "versie: het herschikkingsvoorstel is intussen vervangen of al besloten; bekijk het opnieuw",
};

/** The proposal becomes decided (under its version and status): part of the approval. */
export const markeerVoorstelBesloten = (v: HerschikkingsvoorstelRecord): Schrijfactie =>
  bijwerken(
    herschikkingsvoorstelSleutel(v.zorgkantoorId, v.jaar),
    {
      expressie: "SET #status = :besloten, versie = versie + :een",
      voorwaarde: "versie = :v AND #status = :voorgesteld",
      namen: { "#status": "status" },
      waarden: {
        ":besloten": "besloten",
        ":voorgesteld": "voorgesteld",
        ":v": v.versie,
        ":een": 1,
      },
    },
    VERVANGEN,
  );

/** One aanbieder's written response on the open proposal it read (§15.2 overleg). */
export const schrijfReactie = (
  v: HerschikkingsvoorstelRecord,
  aanvraagId: string,
  reactie: Reactie,
): Schrijfactie =>
  bijwerken(
    herschikkingsvoorstelSleutel(v.zorgkantoorId, v.jaar),
    {
      // The response does not bump the version: the approver signs the lines, not the overleg.
      expressie: "SET reacties.#zaak = :r",
      voorwaarde: "versie = :v AND #status = :voorgesteld",
      namen: { "#zaak": aanvraagId, "#status": "status" },
      waarden: { ":r": reactie, ":v": v.versie, ":voorgesteld": "voorgesteld" },
    },
    VERVANGEN,
  );

/** The decision item, put-if-absent (its number comes from the proposal version). */
export const schrijfBesluit = (b: Omit<HerschikkingsbesluitRecord, "versie">): Schrijfactie =>
  nieuw(
    {
      ...herschikkingsbesluitSleutel(b.zorgkantoorId, b.jaar, b.nummer),
      soort: "herschikkingsbesluit",
      ...b,
    },
    VERSIECONFLICT,
  );

/** `besloten` → `toegepast`, in the transaction that applies its last lines. */
export const markeerBesluitToegepast = (b: HerschikkingsbesluitRecord): Schrijfactie =>
  bijwerken(
    herschikkingsbesluitSleutel(b.zorgkantoorId, b.jaar, b.nummer),
    {
      expressie: "SET #status = :toegepast, versie = versie + :een",
      voorwaarde: "#status = :besloten",
      namen: { "#status": "status" },
      waarden: { ":toegepast": "toegepast", ":besloten": "besloten", ":een": 1 },
    },
    VERSIECONFLICT,
  );
