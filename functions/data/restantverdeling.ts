// docs/regels.md §15.7 with §9.4: the distribution of the national remainder of a year as stored —
// ONE item per year in the national partition, holding every allotment. It is written as a
// proposal (status `voorgesteld`, replaced under its version lock by a new proposal), becomes the
// decision when ANOTHER landelijk-beheer user approves it (`besloten`: one conditional update in
// the approval's transaction, so the whole distribution is decided at once or not at all), and
// `toegepast` in the transaction that books its last allotments on the cases
// (functions/nacalculatie/restantToepassen.ts).
import type { Rol } from "#shared/rollen.js";
import { vooruitLeesbaar } from "../lib/vooruit.js";
import { type Item, leesItem } from "./lezen.js";
import type { Sleutel } from "./sleutels.js";
import {
  bijwerken,
  nieuw,
  type Schrijfactie,
  VERSIECONFLICT,
  vervang,
  type Weigering,
} from "./voorwaarden.js";

export const restantverdelingSleutel = (jaar: number): Sleutel => ({
  pk: "LANDELIJK",
  sk: `RESTANTVERDELING#${jaar}`,
});

/** One case's line of the distribution, amounts as text (§11). */
export interface VerdelingRegel {
  aanvraagId: string;
  aanbiederId: string;
  zorgkantoorId: string;
  claim: string;
  toegekend: string;
}

export interface Ondertekenaar {
  sub: string;
  rol: Rol;
  /** Kept so the booking of the decision names the approver in the audit trail (§12). */
  email?: string;
}

export interface RestantverdelingRecord {
  jaar: number;
  versie: number;
  status: "voorgesteld" | "besloten" | "toegepast";
  restant: string;
  totaalClaims: string;
  totaalToegekend: string;
  naarRato: boolean;
  voorgesteldDoor: Ondertekenaar;
  voorgesteldOp: string;
  goedgekeurdDoor?: Ondertekenaar;
  /** ISO instant of the approval: the entries are dated then and ordered in its month. */
  besluitOp?: string;
  regels: VerdelingRegel[];
}

const alsVerdeling = (i: Item): RestantverdelingRecord => ({
  jaar: Number(i.jaar),
  versie: Number(i.versie),
  status: i.status as RestantverdelingRecord["status"],
  restant: String(i.restant),
  totaalClaims: String(i.totaalClaims),
  totaalToegekend: String(i.totaalToegekend),
  naarRato: Boolean(i.naarRato),
  voorgesteldDoor: i.voorgesteldDoor as Ondertekenaar,
  voorgesteldOp: String(i.voorgesteldOp),
  ...(i.goedgekeurdDoor ? { goedgekeurdDoor: i.goedgekeurdDoor as Ondertekenaar } : {}),
  ...(i.besluitOp ? { besluitOp: String(i.besluitOp) } : {}),
  regels: i.regels as VerdelingRegel[],
});

const verdeling = vooruitLeesbaar("restantverdeling", leesVerdeling);
export const leesRestantverdeling = verdeling.lees;
/** Started beside the membership lookup by the national remainder (lib/vooruit.ts). */
export const restantverdelingVooruit = verdeling.vooruit;

async function leesVerdeling(jaar: number): Promise<RestantverdelingRecord | undefined> {
  const i = await leesItem(restantverdelingSleutel(jaar));
  return i ? alsVerdeling(i) : undefined;
}

const VERVANGEN: Weigering = {
  status: 409,
  code: "CONFLICT",
  veld: "versie",
  melding:
    "versie: de verdeling van het landelijk restant is intussen opnieuw voorgesteld of al besloten; bekijk haar opnieuw",
};

/** A new proposal, or one replacing the open proposal read at `vorige` (version lock). */
export function schrijfVerdelingsvoorstel(
  r: Omit<RestantverdelingRecord, "versie" | "status" | "goedgekeurdDoor" | "besluitOp">,
  vorige: RestantverdelingRecord | undefined,
): Schrijfactie {
  const item = {
    ...restantverdelingSleutel(r.jaar),
    soort: "restantverdeling",
    ...r,
    status: "voorgesteld",
  };
  return vorige ? vervang(item, vorige.versie, VERVANGEN) : nieuw(item, VERVANGEN);
}

/** The decision: `voorgesteld` → `besloten` under the version the approver read. */
export const besluitVerdeling = (
  jaar: number,
  versie: number,
  door: Ondertekenaar,
  op: Date,
): Schrijfactie =>
  bijwerken(
    restantverdelingSleutel(jaar),
    {
      expressie:
        "SET #status = :besloten, goedgekeurdDoor = :door, besluitOp = :op, versie = versie + :een",
      voorwaarde: "versie = :v AND #status = :voorgesteld",
      namen: { "#status": "status" },
      waarden: {
        ":besloten": "besloten",
        ":voorgesteld": "voorgesteld",
        ":door": door,
        ":op": op.toISOString(),
        ":v": versie,
        ":een": 1,
      },
    },
    VERVANGEN,
  );

/** `besloten` → `toegepast`, in the transaction that books its last allotments. */
export const markeerVerdelingToegepast = (jaar: number): Schrijfactie =>
  bijwerken(
    restantverdelingSleutel(jaar),
    {
      expressie: "SET #status = :toegepast, versie = versie + :een",
      voorwaarde: "#status = :besloten",
      namen: { "#status": "status" },
      waarden: { ":toegepast": "toegepast", ":besloten": "besloten", ":een": 1 },
    },
    VERSIECONFLICT,
  );
