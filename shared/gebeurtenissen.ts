// docs/regels.md §12 (audit: who, when, what, why; visible to the zorgkantoor and, for their own case,
// to the aanbieder) and §10 (mail in Dutch): ONE list of event types. Each state change writes
// one audit record of one type; the same entry says who may see it, who gets an in-portal
// notification and who also gets an e-mail — so the trail, the notifications and the mails
// cannot drift apart. Which events notify whom is a [portal rule] choice, see the comments.
import * as z from "zod";
import type { Actie } from "./indiening/toestanden.js";
import type { Rol } from "./rollen.js";

/** The three parties of §1: the aanbieder's staff, the zorgkantoor's staff, landelijk beheer. */
export const PARTIJEN = ["aanbieder", "zorgkantoor", "landelijk"] as const;
export type Partij = (typeof PARTIJEN)[number];

/** What an event is about: its audit record is stored with that subject. */
export const ONDERWERPEN = ["zaak", "organisatie", "gebruiker", "kader", "parameters"] as const;
export type Onderwerp = (typeof ONDERWERPEN)[number];

export interface GebeurtenisDefinitie {
  /** Dutch, lower case, for the audit trail and the subject line of a notification. */
  readonly omschrijving: string;
  readonly onderwerp: Onderwerp;
  /** Parties that see the audit record (the aanbieder only for its own case, §12). */
  readonly zichtbaarVoor: readonly Partij[];
  /** Parties that get an in-portal notification: always a subset of zichtbaarVoor. */
  readonly melding: readonly Partij[];
  /** Parties that also get an e-mail: always a subset of melding (a mail never says more). */
  readonly email: readonly Partij[];
}

const A = "aanbieder";
const Z = "zorgkantoor";
const L = "landelijk";

const zaak = (
  omschrijving: string,
  zichtbaarVoor: readonly Partij[],
  melding: readonly Partij[] = [],
  email: readonly Partij[] = [],
): GebeurtenisDefinitie => ({ omschrijving, onderwerp: "zaak", zichtbaarVoor, melding, email });

export const GEBEURTENISSEN = {
  // §4 indiening. A concept is the aanbieder's own work: logged, nobody is notified.
  aanvraag_aangemaakt: zaak("aanvraag aangemaakt", [A, Z]),
  aanvraag_gewijzigd: zaak("aanvraag gewijzigd", [A, Z]),
  // The receipt starts the beoordelingstermijn (§5): both parties get it in writing.
  aanvraag_ingediend: zaak("aanvraag ingediend", [A, Z], [A, Z], [A, Z]),
  aanvraag_in_behandeling: zaak("aanvraag in behandeling genomen", [A, Z], [A]),
  aanvulling_gevraagd: zaak("aanvulling gevraagd", [A, Z], [A], [A]),
  mediation_gemeld: zaak("mediation gemeld", [A, Z], [A, Z], [A]),
  mediation_beeindigd: zaak("mediation beëindigd", [A, Z], [A, Z]),
  // §5 beoordeling. A proposal awaiting the second signature (§1 four-eyes) is internal to the
  // zorgkantoor: the aanbieder sees the decision, not the draft.
  reservering_afwijkend: zaak("gereserveerd bedrag afwijkend vastgesteld", [A, Z], [A]),
  toekenning_voorgesteld: zaak(
    "toekenning voorgesteld, wacht op tweede handtekening",
    [Z],
    [Z],
    [Z],
  ),
  // [portal rule] the return goes back to the proposer's zorgkantoor, with the reason (§1).
  toekenning_teruggestuurd: zaak("voorgestelde toekenning teruggestuurd", [Z], [Z]),
  aanvraag_goedgekeurd: zaak("aanvraag goedgekeurd", [A, Z], [A, Z], [A]),
  aanvraag_afgewezen: zaak("aanvraag afgewezen", [A, Z], [A, Z], [A]),
  addendum_handtekening: zaak(
    "addendum door één partij ondertekend, wacht op de andere partij",
    [A, Z],
    [A, Z],
    [A, Z],
  ),
  addendum_getekend: zaak("addendum door beide partijen ondertekend", [A, Z], [A, Z], [A, Z]),
  aanvraag_vastgelegd: zaak("afspraak vastgelegd voor de budgetronde van de NZa", [A, Z], [A]),
  // §6 voorschot: a monthly order is routine, shown to the aanbieder without a mail.
  voorschot_betaalopdracht: zaak("betaalopdracht voorschot aangemaakt", [A, Z], [A]),
  voorschot_aangepast: zaak("voorschotbasis aangepast", [A, Z], [A, Z], [A]),
  betaalbatch_voorgesteld: {
    omschrijving: "betaalbatch voorgesteld, wacht op tweede handtekening",
    onderwerp: "kader",
    zichtbaarVoor: [Z],
    melding: [Z],
    email: [Z],
  },
  betaalbatch_vrijgegeven: {
    omschrijving: "betaalbatch vrijgegeven voor betaling",
    onderwerp: "kader",
    zichtbaarVoor: [Z],
    melding: [Z],
    email: [],
  },
  // §7 realisatie, §3.2 windows.
  realisatie_ingediend: zaak("realisatie ingediend", [A, Z], [Z]),
  jaarverslag_ingediend: zaak("realisatie gehele jaar ingediend", [A, Z], [Z]),
  venster_heropend: zaak("invoervenster heropend", [A, Z], [A], [A]),
  // §8 herschikking: the proposal is the zorgkantoor's working document until decided. §15.2:
  // it waits for a second signature (four eyes); each aanbieder reads its own line through its
  // case and may respond in writing, which the zorgkantoor hears of. The approval writes one
  // decision for the whole zorgkantoor; applying it records the new agreement on each case
  // (herschikking_besloten, told to the aanbieder) in chunks, logged on the zorgkantoor.
  herschikking_voorgesteld: zaak("herschikkingsvoorstel gemaakt", [Z], [Z]),
  herschikking_reactie: zaak("reactie op het herschikkingsvoorstel", [A, Z], [Z], [Z]),
  herschikking_goedgekeurd: {
    omschrijving: "herschikking goedgekeurd met tweede handtekening",
    onderwerp: "kader",
    zichtbaarVoor: [Z],
    melding: [Z],
    email: [],
  },
  herschikking_toegepast: {
    omschrijving: "herschikkingsbesluit toegepast op de afspraken",
    onderwerp: "kader",
    zichtbaarVoor: [Z],
    melding: [],
    email: [],
  },
  // §15.2: zorgkantoor-beheer reopens the closed November window with a reason.
  herschikking_heropend: {
    omschrijving: "herschikkingsvenster heropend",
    onderwerp: "kader",
    zichtbaarVoor: [Z],
    melding: [Z],
    email: [],
  },
  herschikking_besloten: zaak("herschikking besloten", [A, Z], [A, Z], [A]),
  // §9 nacalculatie and vaststelling (four-eyes, like the toekenning).
  nacalculatie_ingediend: zaak("nacalculatie ingediend", [A, Z], [Z], [Z]),
  vaststelling_voorgesteld: zaak(
    "vaststelling voorgesteld, wacht op tweede handtekening",
    [Z],
    [Z],
    [Z],
  ),
  vaststelling_vastgesteld: zaak("kwaliteitsbudget vastgesteld", [A, Z, L], [A, Z], [A]),
  // §15.6: a herziening is a new vaststelling version with four eyes; the aanbieder gets the letter.
  herziening_voorgesteld: zaak(
    "herziening voorgesteld, wacht op tweede handtekening",
    [Z],
    [Z],
    [Z],
  ),
  vaststelling_herzien: zaak("vaststelling herzien", [A, Z, L], [A, Z], [A]),
  // §15.7: the zorgkantoor's record that the extra staff are (not) still employed decides the
  // aanbieder's claim on the national remainder (§9.4): landelijk-beheer sees it, the aanbieder
  // hears of it in the portal (no mail: nothing to do yet).
  personeel_in_dienst_vastgelegd: zaak(
    "vastgelegd of het extra personeel nog in dienst is (landelijk restant)",
    [A, Z, L],
    [A],
  ),
  // §15.4: money received back on a terugvordering, booked by zorgkantoor-beheer. The aanbieder
  // sees its payment arrive in the portal (no mail: nothing to do); landelijk sees the ledger.
  vordering_ontvangen: zaak("ontvangst op de terugvordering geboekt", [A, Z, L], [A]),
  // §15.4: a later payment order offset (part of) the open terugvordering of this case.
  vordering_verrekend: zaak("terugvordering verrekend met een nieuwe betaling", [A, Z, L], [A]),
  landelijk_restant_toegekend: zaak(
    "aandeel in het landelijk restant toegekend",
    [A, Z, L],
    [A],
    [A],
  ),
  // §15.7 the national remainder round, decided by landelijk-beheer with four eyes (§1). Stored
  // with the year (the subject of the year parameters, onderwerp "parameters"): the proposal
  // waits for ANOTHER landelijk-beheer user, who hears of it; the zorgkantoren hear of the
  // decision, because each allotment is a nabetaling in their batches. Per case the aanbieder
  // hears of its allotment (landelijk_restant_toegekend, above).
  restantverdeling_voorgesteld: {
    omschrijving: "verdeling van het landelijk restant voorgesteld, wacht op tweede handtekening",
    onderwerp: "parameters",
    zichtbaarVoor: [L],
    melding: [L],
    email: [],
  },
  restantverdeling_besloten: {
    omschrijving: "verdeling van het landelijk restant besloten met tweede handtekening",
    onderwerp: "parameters",
    zichtbaarVoor: [Z, L],
    melding: [L],
    email: [],
  },
  restantverdeling_toegepast: {
    omschrijving: "toekenningen uit het landelijk restant geboekt als nabetalingen",
    onderwerp: "parameters",
    zichtbaarVoor: [Z, L],
    melding: [],
    email: [],
  },
  // §12 documents: a refused upload is told to the one who uploaded it (the aanbieder).
  document_aangemeld: zaak("document aangemeld, wacht op upload en controle", [A, Z]),
  document_toegevoegd: zaak("document toegevoegd na controle", [A, Z]),
  document_afgekeurd: zaak("document afgekeurd: type, grootte of inhoud klopt niet", [A, Z], [A]),
  // [portal rule] withdrawn before submission: in both trails (the zorgkantoor may have seen it
  // during an aanvulling), nobody is notified — it is the aanbieder's own act.
  document_ingetrokken: zaak("document ingetrokken door de aanbieder", [A, Z]),
  // Reference data and administration.
  kader_ingesteld: {
    omschrijving: "regionaal kader ingesteld",
    onderwerp: "kader",
    zichtbaarVoor: [Z, L],
    melding: [Z],
    email: [],
  },
  marge_vrijgegeven: {
    omschrijving: "regionale ruimte boven de reservering vrijgegeven",
    onderwerp: "kader",
    zichtbaarVoor: [Z],
    melding: [Z],
    email: [],
  },
  parameters_gewijzigd: {
    omschrijving: "jaarparameters gewijzigd",
    onderwerp: "parameters",
    zichtbaarVoor: [Z, L],
    melding: [Z, L],
    email: [],
  },
  // An operator rebuilt what follows from the cases (totals, the aanbieders per zorgkantoor).
  afgeleide_gegevens_herberekend: {
    omschrijving: "afgeleide gegevens herberekend uit de zaken",
    onderwerp: "organisatie",
    zichtbaarVoor: [Z, L],
    melding: [],
    email: [],
  },
  organisatie_gewijzigd: {
    omschrijving: "organisatiegegevens gewijzigd",
    onderwerp: "organisatie",
    zichtbaarVoor: [A, Z, L],
    melding: [],
    email: [],
  },
  // §15.5 bank accounts. Payment redirection is the classic fraud: every user of the aanbieder
  // gets an e-mail when a change is requested and when it takes effect, so a change nobody there
  // asked for is noticed before the next payment. The zorgkantoor involved hears of it in the portal.
  bankrekening_wijziging_aangevraagd: {
    omschrijving: "wijziging van de bankrekening aangevraagd, wacht op tweede handtekening",
    onderwerp: "organisatie",
    zichtbaarVoor: [A, Z],
    melding: [A, Z],
    email: [A],
  },
  bankrekening_gewijzigd: {
    omschrijving: "bankrekening gewijzigd",
    onderwerp: "organisatie",
    zichtbaarVoor: [A, Z],
    melding: [A, Z],
    email: [A],
  },
  bankrekening_wijziging_afgewezen: {
    omschrijving: "wijziging van de bankrekening afgewezen",
    onderwerp: "organisatie",
    zichtbaarVoor: [A, Z],
    melding: [A, Z],
    email: [A],
  },
  // Seen by the organisation the membership belongs to (the reader filters by organisation).
  lidmaatschap_gewijzigd: {
    omschrijving: "lidmaatschap gewijzigd",
    onderwerp: "gebruiker",
    zichtbaarVoor: [A, Z, L],
    melding: [],
    email: [],
  },
  // A user's own switches for optional reminders (§10); logged on the user, no notice.
  meldingsvoorkeuren_gewijzigd: {
    omschrijving: "voorkeuren voor optionele herinneringen gewijzigd",
    onderwerp: "gebruiker",
    zichtbaarVoor: [A, Z, L],
    melding: [],
    email: [],
  },
} as const satisfies Record<string, GebeurtenisDefinitie>;

export type Gebeurtenis = keyof typeof GEBEURTENISSEN;

/**
 * The money decisions and payment steps an operator follows as metrics (a count per event,
 * functions/lib/metrieken.ts): every decision that sets or changes what is paid, and every step
 * of a payment (§5, §6, §8, §9.3, §15). Part of this one list, so a new money event is counted by
 * naming it here.
 */
export const GELDGEBEURTENISSEN = [
  "aanvraag_goedgekeurd",
  "voorschot_betaalopdracht",
  "voorschot_aangepast",
  "betaalbatch_vrijgegeven",
  "herschikking_besloten",
  "vaststelling_vastgesteld",
  "vaststelling_herzien",
  "vordering_ontvangen",
  "vordering_verrekend",
  "landelijk_restant_toegekend",
  "restantverdeling_besloten",
  "bankrekening_gewijzigd",
] as const satisfies readonly Gebeurtenis[];
export const GEBEURTENIS_TYPES = Object.keys(GEBEURTENISSEN) as [Gebeurtenis, ...Gebeurtenis[]];
export const GebeurtenisSchema = z.enum(GEBEURTENIS_TYPES);

export const definitie = (g: Gebeurtenis): GebeurtenisDefinitie => GEBEURTENISSEN[g];

/** The party a role acts for (§1). */
export function partijVan(rol: Rol): Partij {
  if (rol === "aanbieder") return "aanbieder";
  if (rol === "landelijk-beheer") return "landelijk";
  return "zorgkantoor";
}

export const zichtbaarVoor = (g: Gebeurtenis, p: Partij): boolean =>
  definitie(g).zichtbaarVoor.includes(p);

/** Who hears of an event: per party whether in-portal only or also by e-mail. */
export const ontvangers = (g: Gebeurtenis): { partij: Partij; email: boolean }[] =>
  definitie(g).melding.map((partij) => ({ partij, email: definitie(g).email.includes(partij) }));

/** §4.3: the event each action of the state machine records. */
export const GEBEURTENIS_VAN_ACTIE: Readonly<Record<Actie, Gebeurtenis>> = {
  wijzigen: "aanvraag_gewijzigd",
  indienen: "aanvraag_ingediend",
  inBehandelingNemen: "aanvraag_in_behandeling",
  aanvullingVragen: "aanvulling_gevraagd",
  goedkeuren: "aanvraag_goedgekeurd",
  afwijzen: "aanvraag_afgewezen",
  addendumTekenen: "addendum_getekend",
  vastleggen: "aanvraag_vastgelegd",
  mediationMelden: "mediation_gemeld",
  mediationBeeindigen: "mediation_beeindigd",
  voorstelTerugsturen: "toekenning_teruggestuurd",
};
