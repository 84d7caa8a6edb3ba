// docs/regels.md §1 four eyes: what waits for a second signature at a zorgkantoor, in ANY year.
//
// [choice] A proposal lives on its case item (toekenningsvoorstel, vaststellingsvoorstel), and the
// case items are indexed per zorgkantoor AND year (gsi1 WERKLIJST#<z>#<t>); gsi2 is the
// aanbieder's list. No Query finds "every case of Z with a proposal", and a third index (or a
// Scan) for one list is not worth it. So each proposal also writes a small item under the
// zorgkantoor (`ZORGKANTOOR#<z>` / `WACHT#<soort>#<id>`) in the SAME transaction as the proposal,
// carrying what the list shows; the approval, the return and every action that drops the
// proposal delete it in their own transaction. The list is one Query on that prefix. The put and
// delete are unconditional: the case item's versie condition already guards the transaction, so
// the waiting item follows the case exactly (and deleting one that a proposal from before this
// item never wrote is harmless).
import { bedragTekst, som } from "#shared/geld/bedrag.js";
import { Decimal } from "#shared/geld/decimal.js";
import type { AanvraagRecord } from "./aanvragen.js";
import { zoek, zonderSleutels } from "./lezen.js";
import { WACHT_PREFIX, wachtSleutel, zorgkantoorPk } from "./sleutels.js";
import type { Schrijfcontext } from "./transactie.js";
import type { Schrijfactie } from "./voorwaarden.js";
import type { BesluitOpslag } from "./zaakgegevens.js";

/** The kinds of proposal kept here; each has its own approval route. */
export type WachtSoort = "toekenning" | "vaststelling" | "herziening" | "betaalbatch";

/** One amount of the proposal against what it is compared to (asked, or agreed before). */
export interface WachtBedrag {
  omschrijving: string;
  voorgesteld: string;
  tegenover: string | null;
  /** An overige line under "Overige kosten". */
  regel: boolean;
}

export interface WachtRecord {
  soort: WachtSoort;
  /** The case, for the three case decisions; a payment batch has none. */
  aanvraagId?: string;
  aanbiederId?: string;
  /** §1, §15.3: a payment batch — its month "2021-03", number and versie at the proposal. */
  batch?: { maand: string; nummer: number; versie: number; aantal: number };
  /** §15.6: a herziening's vaststelling now, and the version it lays down. */
  was?: string;
  nieuweVersie?: number;
  zorgkantoorId: string;
  jaar: number;
  /** The proposer; `naam` is the e-mail address from the ID token, as the audit trail names people. */
  voorgesteldDoor: { sub: string; rol: string; naam?: string };
  op: string;
  motivering: string;
  /** What `tegenover` is: "aangevraagd" (toekenning) or "afgesproken" (vaststelling, herziening). */
  tegenover: "aangevraagd" | "afgesproken" | "vastgesteld";
  bedragen: WachtBedrag[];
  totaal: string;
}

/** Writes (or replaces) the waiting item of a proposal, in the proposal's transaction. */
export function wachtZetten(
  w: Omit<WachtRecord, "voorgesteldDoor" | "op">,
  ctx: Schrijfcontext,
): Schrijfactie {
  const item: WachtRecord = {
    ...w,
    voorgesteldDoor: {
      sub: ctx.wie.sub,
      rol: ctx.wie.rol,
      ...(ctx.wie.email && { naam: ctx.wie.email }),
    },
    op: ctx.nu.toISOString(),
  };
  return {
    bewerking: {
      soort: "Put",
      Item: { ...wachtSleutel(w.zorgkantoorId, w.soort, wachtId(w)), ...item },
    },
    weigering: {
      status: 409,
      code: "CONFLICT",
      melding: "het voorstel kon niet worden opgeslagen",
    },
  };
}

/** The item's id within its kind: the case, or the batch's month and number. */
export const wachtId = (w: Pick<WachtRecord, "aanvraagId" | "batch">): string =>
  w.batch ? `${w.batch.maand}#${w.batch.nummer}` : (w.aanvraagId ?? "");

/** Removes the waiting item, in the transaction that approves, returns or drops the proposal. */
export const wachtWeg = (
  zaak: { zorgkantoorId: string; id: string },
  soort: WachtSoort,
): Schrijfactie => ({
  bewerking: { soort: "Delete", Key: wachtSleutel(zaak.zorgkantoorId, soort, zaak.id) },
  weigering: { status: 409, code: "CONFLICT", melding: "het voorstel kon niet worden verwijderd" },
});

/** Everything waiting at a zorgkantoor, any year: one Query. */
export async function leesWachtend(zorgkantoorId: string): Promise<WachtRecord[]> {
  const items = await zoek({ pk: zorgkantoorPk(zorgkantoorId), begintMet: WACHT_PREFIX });
  return items.map((i) => zonderSleutels(i) as unknown as WachtRecord);
}

/** §1: the waiting item of a toekenning proposal — the amounts against what was asked. */
export const toekenningWacht = (
  zaak: { id: string; aanbiederId: string; zorgkantoorId: string; jaar: number },
  o: BesluitOpslag,
): Omit<WachtRecord, "voorgesteldDoor" | "op"> => ({
  soort: "toekenning",
  aanvraagId: zaak.id,
  aanbiederId: zaak.aanbiederId,
  zorgkantoorId: zaak.zorgkantoorId,
  jaar: zaak.jaar,
  motivering: o.motivering,
  tegenover: "aangevraagd",
  bedragen: [
    {
      omschrijving: "Personeel",
      voorgesteld: o.personeel,
      tegenover: o.aangevraagd.personeel,
      regel: false,
    },
    {
      omschrijving: "Overige kosten",
      voorgesteld: o.overige,
      tegenover: o.aangevraagd.overige,
      regel: false,
    },
    ...(o.overigeRegels ?? []).map((r) => ({
      omschrijving: r.omschrijving,
      voorgesteld: r.toegekend,
      tegenover: r.aangevraagd,
      regel: true,
    })),
    { omschrijving: "Compensatie", voorgesteld: o.compensatie, tegenover: null, regel: false },
  ],
  totaal: bedragTekst(som([o.personeel, o.overige, o.compensatie].map((b) => new Decimal(b)))),
});

/** The amounts of a nacalculatie outcome, as a vaststelling (proposal) keeps them. */
interface Uitkomst {
  personeelVergoedbaar: string;
  overigeVergoedbaar: string;
  overige: readonly { id: string; vergoedbaar: string }[];
  compensatie: string;
  vastgesteld: string;
}
interface Tegenover {
  personeel: string;
  overige: string;
  compensatie: string;
  regels: ReadonlyMap<string, string>;
}

/**
 * §1, §9.3, §15.6: the waiting item of a vaststelling (against the agreement in force) or a
 * herziening (against the vaststelling it corrects). An overige line is named as the toekenning
 * named it; its id is never shown.
 */
export function nacalculatieWacht(
  zaak: AanvraagRecord,
  soort: "vaststelling" | "herziening",
  u: Uitkomst,
  tegenover: Tegenover | null,
  motivering: string,
): Omit<WachtRecord, "voorgesteldDoor" | "op"> {
  const namen = new Map(
    (zaak.overig.besluit?.overigeRegels ?? []).map((r) => [r.id, r.omschrijving]),
  );
  return {
    soort,
    aanvraagId: zaak.id,
    aanbiederId: zaak.aanbiederId,
    zorgkantoorId: zaak.zorgkantoorId,
    jaar: zaak.jaar,
    motivering,
    tegenover: soort === "vaststelling" ? "afgesproken" : "vastgesteld",
    bedragen: [
      b("Personeel", u.personeelVergoedbaar, tegenover?.personeel),
      b("Overige kosten", u.overigeVergoedbaar, tegenover?.overige),
      ...u.overige.map((o, i) => ({
        ...b(
          namen.get(o.id) ?? `Overige regel ${i + 1}`,
          o.vergoedbaar,
          tegenover?.regels.get(o.id),
        ),
        regel: true,
      })),
      b("Compensatie", u.compensatie, tegenover?.compensatie),
    ],
    totaal: u.vastgesteld,
  };
}

const b = (
  omschrijving: string,
  voorgesteld: string,
  tegenover: string | undefined,
): WachtBedrag => ({
  omschrijving,
  voorgesteld,
  tegenover: tegenover ?? null,
  regel: false,
});

/** What a vaststelling is set against: the agreement in force. */
export const afspraakTegenover = (zaak: AanvraagRecord): Tegenover | null =>
  zaak.afspraak
    ? {
        personeel: zaak.afspraak.personeel,
        overige: zaak.afspraak.overige,
        compensatie: zaak.afspraak.compensatie,
        regels: new Map((zaak.afspraak.overigeRegels ?? []).map((r) => [r.id, r.bedrag])),
      }
    : null;

/** What a herziening is set against: the outcome of the vaststelling it corrects. */
export const uitkomstTegenover = (u: Uitkomst | undefined): Tegenover | null =>
  u
    ? {
        personeel: u.personeelVergoedbaar,
        overige: u.overigeVergoedbaar,
        compensatie: u.compensatie,
        regels: new Map(u.overige.map((o) => [o.id, o.vergoedbaar])),
      }
    : null;
