// docs/regels.md §4.3–§9, §15: what the use cases keep on the case item beside its fixed fields
// (aanvragen.ts), each with its own type. Amounts are text (§11). A field is set by exactly one
// use case; the comment names it. Reading goes through `AanvraagRecord.overig`, typed here, so no
// reader casts; writing through `wijzigAanvraag` with a `ZaakWijziging`, so a misspelt field
// name is a compile error instead of a silent new attribute.
import type { RealisatieSoort } from "#shared/herinneringen/afleiding.js";
import type { NacalculatieUitvoer } from "#shared/nacalculatie/berekening.js";
import type { OverigeOordeel } from "#shared/nacalculatie/overigeMelding.js";
import type { AfspraakSamenvatting } from "./aanvragen.js";

export type { OverigeOordeel };

/** §15.1: one overige line of year t as decided: what was asked and what is agreed. */
export interface OverigeRegelBesluit {
  id: string;
  omschrijving: string;
  aangevraagd: string;
  toegekend: string;
}

/** §5: a decision on the aanvraag (amounts as text); the beoordelingsbrief is made from it. */
export interface BesluitOpslag {
  besluit: "toekennen" | "afwijzen";
  personeel: string;
  overige: string;
  compensatie: string;
  motivering: string;
  aangevraagd: { personeel: string; overige: string };
  /** §15.1: per overige line of year t; absent on decisions taken before §15.1. */
  overigeRegels?: OverigeRegelBesluit[];
  op: string;
  goedgekeurdDoor?: string;
}

/** §1: a toekenning proposal awaiting the second signature (functions/beoordeling). */
export interface ToekenningsvoorstelOpslag extends BesluitOpslag {
  voorgesteldDoor: { sub: string; rol: string };
}

/**
 * National scale: the latest tussentijdse realisatie report of the case's year (oktober before juli
 * before mei, then the highest version) with what it realised to date, kept on the case in the
 * transaction of each submission, so the overviews need not read every case's reports.
 */
export interface RapportSamenvatting {
  soort: "mei" | "juli" | "oktober";
  nummer: number;
  ingediendOp: string;
  gerealiseerd: string;
}

/** §9.3: a vaststelling proposal awaiting the second signature (functions/nacalculatie). */
export interface VaststellingsvoorstelOpslag {
  voorgesteldDoor: { sub: string; rol: string };
  op: string;
  teVerrekenen: string;
  uitkomst: NacalculatieUitvoer;
}

/** §9.3: the vaststelling as laid down (functions/nacalculatie). */
export interface VaststellingOpslag {
  vastgesteld: string;
  saldo: string;
  saldoSoort: string;
  nabetaling: string;
  /** §15.4: what of the nabetaling was offset against open vorderingen of other years. */
  nabetalingVerrekend?: string;
  verrekening: string;
  terugvordering: string;
  /** §15.4: the day the vordering (terugvordering) falls due, "YYYY-MM-DD". */
  vervaldatum?: string;
  voorgesteldDoor: string;
  goedgekeurdDoor: string;
  op: string;
  /**
   * §15.6: the whole §9 outcome as vastgesteld, so the nacalculatie keeps showing it instead of
   * a recomputation; absent on vaststellingen stored before it was kept.
   */
  uitkomst?: NacalculatieUitvoer;
  /** §15.6: 1 for the vaststelling, +1 per herziening; absent = 1. */
  versie?: number;
  /**
   * The agreement in force before the vaststelling replaced it, for the lists that show "agreed"
   * (rapportage/cijfers.ts) without reading the agreement history; absent on older vaststellingen.
   */
  afspraakVoor?: AfspraakSamenvatting;
  /** §15.6: set on a version made by a herziening (functions/nacalculatie/herziening*.ts). */
  herziening?: HerzieningOpslag;
}

/** §15.6: the year-report figures of year t a herziening may correct (accountant's report). */
export interface JaarverslagCorrecties {
  svLoon?: string;
  werkgeverslasten?: string;
  inhuur?: string;
}

/** §15.6: what a herziening corrects; overige lines replace the frozen judgement of that line. */
export interface HerzieningCorrecties {
  overige?: HerzieningOverige[];
  jaarverslag?: JaarverslagCorrecties;
}

/** §15.6: why and from what a vaststelling version was herzien. */
export interface HerzieningOpslag {
  reden: string;
  vorigVastgesteld: string;
  /** Open orders cancelled or open vorderingen lowered by its settlement (correctie entries). */
  gecorrigeerd: string;
  correcties: HerzieningCorrecties;
  /** Year-report corrections in force after it (this and earlier herzieningen together). */
  jaarverslag: JaarverslagCorrecties;
}

/** §15.6: a herziening proposal awaiting the second signature (functions/nacalculatie). */
export interface HerzieningsvoorstelOpslag {
  voorgesteldDoor: { sub: string; rol: string };
  op: string;
  reden: string;
  /** The vaststelling version it corrects; a proposal on an older version is stale. */
  vanVersie: number;
  correcties: HerzieningCorrecties;
  uitkomst: NacalculatieUitvoer;
}

/** §15.7: the zorgkantoor's record whether the extra staff are still employed. */
export interface PersoneelInDienstOpslag {
  personeelInDienst: boolean;
  /** The day the zorgkantoor established it, "YYYY-MM-DD". */
  datum: string;
  toelichting: string;
  vastgelegdDoor: string;
  /** ISO instant of the record. */
  op: string;
}

/** §15.6: a herziening's correction of one overige line: the realised amount and the judgement. */
export interface HerzieningOverige {
  id: string;
  gerealiseerd: string;
  conform: boolean;
  reden?: string;
}

/**
 * §9.2: the zorgkantoor's judgement of one overige line (functions/nacalculatie). `gerealiseerd`
 * is the form of before the per-line year report, when the zorgkantoor typed the realised amount:
 * it is read as a correction (stand.ts oordelenVan), never written any more.
 */
export type OpgeslagenOverigeOordeel = OverigeOordeel & { gerealiseerd?: string };

/** §6, §7, §8: a new voorschot basis version (realisatie or herschikking). */
export interface VoorschotAanpassing {
  soort: string;
  jaar: number;
  realisatieVersie: number;
  basisVersie: number;
  vanafMaand: string;
  bedrag: string;
  door: string;
  op: string;
}

/** §5: a reserved amount set by the zorgkantoor with a reason (functions/beoordeling). */
export interface AfwijkendeReserveringOpslag {
  bedrag: string;
  reden: string;
  door: string;
  op: string;
}

/** §3.2, §4.2: a late indieningsvenster opened by zorgkantoor-beheer (functions/beoordeling). */
export interface LaatVensterOpslag {
  tot: string;
  reden: string;
  door: string;
  op: string;
}

/** §6: the voorschot agreement as stored when the addendum is signed (functions/data/voorschotafspraak.ts). */
export interface VoorschotAfspraakOpslag {
  jaar: number;
  percentage: string;
  getekendOp: string;
  basis: { vanafMaand: string; bedrag: string; versie: number }[];
}

/** §5 (seed §4.2.8): one party's signature of the addendum. */
export interface Handtekening {
  door: string;
  op: string;
}

/**
 * §5, §10: the beoordelaar who took the case in behandeling (functions/beoordeling/
 * inBehandelingNemen.ts): the beoordelingstermijn's reminders go to this person, not to every
 * beoordelaar of the zorgkantoor.
 */
export interface BehandelaarOpslag {
  sub: string;
  sinds: string;
}

export interface ZaakGegevens {
  behandelaar?: BehandelaarOpslag;
  toekenningsvoorstel?: ToekenningsvoorstelOpslag;
  besluit?: BesluitOpslag;
  /** §4.3: why the zorgkantoor asked for an aanvulling. */
  aanvullingReden?: string;
  reservering?: AfwijkendeReserveringOpslag;
  laatVenster?: LaatVensterOpslag;
  addendumAanbieder?: Handtekening;
  addendumZorgkantoor?: Handtekening;
  /** §6: stored when the addendum is signed by both parties. */
  voorschot?: VoorschotAfspraakOpslag;
  voorschotAanpassingen?: VoorschotAanpassing[];
  /** §9.2, per overige line id. */
  nacalculatieOverige?: Record<string, OpgeslagenOverigeOordeel>;
  vaststellingsvoorstel?: VaststellingsvoorstelOpslag;
  /** The latest tussentijdse report of year t (rapportage/cijfers.ts); absent before the first. */
  rapport?: RapportSamenvatting;
  /**
   * Set at creation: this case has kept `rapport` from the start, so its absence means "no report
   * yet". A case from before the summary has to read its reports.
   */
  rapportBijgehouden?: boolean;
  /** §10: the realisatie kinds of the case's year submitted so far (data/herinneringsfeiten.ts). */
  realisatieSoorten?: RealisatieSoort[];
  /** §10: the accountant's report was accepted (data/herinneringsfeiten.ts). */
  accountantsrapportGeaccepteerd?: boolean;
  /** Set at creation (or by the rebuild): the two facts above are kept; else read them. */
  herinneringsfeitenBijgehouden?: boolean;
  vaststelling?: VaststellingOpslag;
  /** §15.6: earlier vaststelling versions, oldest first; the herziening appends the replaced one. */
  vaststellingen?: VaststellingOpslag[];
  herzieningsvoorstel?: HerzieningsvoorstelOpslag;
  /** §9.4, §15.7: the zorgkantoor records whether the extra staff are still employed. */
  personeelInDienst?: PersoneelInDienstOpslag;
  /**
   * §15.2: the id of the last herschikkingsbesluit applied to this case (functions/herschikking/
   * toepassen.ts) — the per-case marker that makes applying a decision idempotent.
   */
  herschikkingsbesluit?: string;
  /**
   * §15.7: the case's allotment from the national remainder, booked as a nabetaling
   * (functions/nacalculatie/restantToepassen.ts) — also the per-case marker that makes applying
   * the year's decision idempotent, and what the settlement adds to vastgesteld (§15.4).
   */
  restanttoekenning?: RestanttoekenningOpslag;
}

export interface RestanttoekenningOpslag {
  /** The oorzaak id of the decision (shared/nacalculatie/restantverdeling.ts restantOorzaak). */
  besluit: string;
  bedrag: string;
  /** The ledger entry (nabetaling_besteld) and its payment order's key. */
  sleutel: string;
  /** ISO instant of the decision. */
  op: string;
  /** §15.4: what of it settled open vorderingen of the aanbieder's other years (absent: none). */
  verrekend?: string;
}

/** A write of case fields: a value sets the field, `undefined` removes it. */
export type ZaakGegevensWijziging = { [K in keyof ZaakGegevens]?: ZaakGegevens[K] | undefined };
