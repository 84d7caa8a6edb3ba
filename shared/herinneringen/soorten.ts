// docs/regels.md §10: the kinds of obligation that get reminders, who carries each, and how its window
// and deadline derive from the calendar of budget year t (§3.2) or from the receipt day of an
// aanvraag (beoordelingstermijn, §5).
import * as z from "zod";
import { beoordelingstermijn } from "../kalender/beoordelingstermijn.js";
import { type StapCode, stapVan } from "../kalender/kalender.js";
import type { Dag } from "../kalender/tijd.js";
import type { Venster } from "../kalender/venster.js";

export const KALENDER_SOORTEN = [
  "aanvraag",
  "realisatie_mei",
  "realisatie_juli",
  "realisatie_oktober",
  "jaarverslag",
  "accountantsrapport",
  "addendum",
  "herschikking",
  "nacalculatie",
] as const;
export type KalenderSoort = (typeof KALENDER_SOORTEN)[number];

export const TERMIJN_SOORTEN = ["beoordeling_streefdatum", "beoordeling_uiterste"] as const;
export type TermijnSoort = (typeof TERMIJN_SOORTEN)[number];

export const VERPLICHTING_SOORTEN = [...KALENDER_SOORTEN, ...TERMIJN_SOORTEN] as const;
export const VerplichtingSoortSchema = z.enum(VERPLICHTING_SOORTEN);
export type VerplichtingSoort = z.infer<typeof VerplichtingSoortSchema>;

/** §10 groups the reminders by party; the users of that party on the case are the recipients. */
export const ROLLEN = ["aanbieder", "zorgkantoor"] as const;
export const RolSchema = z.enum(ROLLEN);
export type Rol = z.infer<typeof RolSchema>;

interface SoortDefinitie {
  rol: Rol;
  /** Dutch, for the subject line of the mail. */
  omschrijving: string;
}

export const SOORTEN: Readonly<Record<VerplichtingSoort, SoortDefinitie>> = {
  aanvraag: { rol: "aanbieder", omschrijving: "aanvraag kwaliteitsbudget indienen" },
  realisatie_mei: { rol: "aanbieder", omschrijving: "realisatie januari t/m april invullen" },
  realisatie_juli: { rol: "aanbieder", omschrijving: "realisatie januari t/m juni invullen" },
  realisatie_oktober: {
    rol: "aanbieder",
    omschrijving: "realisatie januari t/m september invullen",
  },
  jaarverslag: { rol: "aanbieder", omschrijving: "realisatie gehele jaar (jaarverslag) invullen" },
  accountantsrapport: {
    rol: "aanbieder",
    omschrijving: "rapport van feitelijke bevindingen van de accountant aanleveren",
  },
  addendum: { rol: "zorgkantoor", omschrijving: "addendum laten ondertekenen" },
  herschikking: { rol: "zorgkantoor", omschrijving: "herschikking vaststellen" },
  nacalculatie: { rol: "zorgkantoor", omschrijving: "nacalculatie indienen bij de NZa" },
  beoordeling_streefdatum: {
    rol: "zorgkantoor",
    omschrijving: "aanvraag beoordelen (streefdatum: zes weken na ontvangst)",
  },
  beoordeling_uiterste: {
    rol: "zorgkantoor",
    omschrijving: "aanvraag beoordelen (uiterste datum: drie maanden na ontvangst)",
  },
};

/** The §3.2 step whose window a calendar obligation follows. */
const STAP_VAN_SOORT: Readonly<Record<KalenderSoort, StapCode>> = {
  aanvraag: "indienen_aanvraag",
  realisatie_mei: "realisatie_mei",
  realisatie_juli: "realisatie_juli",
  realisatie_oktober: "realisatie_oktober",
  jaarverslag: "realisatie_gehele_jaar",
  accountantsrapport: "accountantsrapport",
  addendum: "addendum_ondertekend",
  herschikking: "herschikking",
  nacalculatie: "nacalculatie_nza",
};

/**
 * Window of a calendar obligation of budget year t. Steps without an opening in §3.2 (addendum,
 * herschikking, accountantsrapport, nacalculatie) have opent null: they only get the two
 * reminders before the deadline — there is no moment at which they "open".
 */
export function kalenderVenster(soort: KalenderSoort, jaar: number): Venster {
  const stap = stapVan(STAP_VAN_SOORT[soort], jaar);
  return { opent: stap.opent, uiterlijk: stap.uiterlijk };
}

/**
 * Window of a beoordeling obligation: from the receipt day to the target or latest date. Its
 * opent is null on purpose: the beoordelaar learns of the receipt from the indiening itself, and
 * the two beoordeling obligations "opening" at the same instant would only send the same news twice.
 */
export function termijnVenster(soort: TermijnSoort, ontvangen: Dag): Venster {
  const termijn = beoordelingstermijn(ontvangen);
  const uiterlijk =
    soort === "beoordeling_streefdatum" ? termijn.streefdatum : termijn.uitersteDatum;
  return { opent: null, uiterlijk };
}
