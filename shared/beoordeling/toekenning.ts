// docs/regels.md §5, Toekenning: the constraints on a proposed toekenning for year t (personeel,
// overige, plus the fixed compensatiecomponent) — (1) never above the aanvraag per category
// [seed §4.2.11]; (2) before the aanvraag window closed not above the reserved amount unless
// zorgkantoor-beheer released the regional margin [seed §4.2.8]; (3) within the regional kader,
// and the regional kaders within the national amount [seed §4.2, §4.2.10]; (4) a written
// motivation where the verhouding deviates, less is granted than asked, or on afwijzing [§4.2.7].
// Every violation is returned, not just the first, so the beoordelaar can fix them in one go.
import { som } from "../geld/bedrag.js";
import type { Decimal } from "../geld/decimal.js";
import { euro } from "../geld/weergave.js";
import { aandeelPersoneel } from "../indiening/begroting.js";
import { indieningsperiode, indieningsperiodeGesloten } from "../indiening/indieningsperiode.js";
import { tijdstipWeergave } from "../kalender/tijd.js";
import type { Fout } from "../resultaat.js";
import {
  type AangevraagdeOverigeRegel,
  type OverigeRegelToekenning,
  overigeRegelsVanToekenning,
} from "./overigeRegels.js";

export const BESLUITEN = ["toekennen", "afwijzen"] as const;
export type Besluit = (typeof BESLUITEN)[number];

export interface ToekenningVoorstel {
  besluit: Besluit;
  personeel: Decimal;
  overige: Decimal;
  /** Entered by the zorgkantoor, fixed; outside the personeel/overige split (§5). */
  compensatie: Decimal;
  motivering: string;
  /** §15.1: the agreed amount per overige line; see overigeRegels.ts for when it may be left out. */
  overigeRegels?: readonly OverigeRegelToekenning[];
}

export interface Toekenningscontext {
  /** Budget year t. */
  jaar: number;
  /** The instant of the decision. */
  op: Date;
  /** What the aanvraag asks for year t, per category (begroting totals). */
  aangevraagd: { personeel: Decimal; overige: Decimal };
  reservering: Decimal;
  /** zorgkantoor-beheer released the regional margin (§5.2). */
  margeVrijgegeven: boolean;
  regionaalKader: Decimal;
  /** Σ agreed amounts incl. compensatie of this zorgkantoor for year t, other aanbieders only. */
  overigeAfspraken: Decimal;
  richtlijnPersoneel: Decimal;
  /** §15.1: the overige lines of year t as requested; without them the lines are not checked. */
  aangevraagdeOverigeRegels?: readonly AangevraagdeOverigeRegel[];
}

export const toegekendTotaal = (v: ToekenningVoorstel): Decimal =>
  som([v.personeel, v.overige, v.compensatie]);

const CATEGORIEEN = ["personeel", "overige"] as const;

function bovenAanvraag(v: ToekenningVoorstel, ctx: Toekenningscontext, basis: string): Fout[] {
  return CATEGORIEEN.flatMap((c) =>
    v[c].gt(ctx.aangevraagd[c])
      ? [
          {
            code: "BOVEN_AANVRAAG",
            veld: `${basis}.${c}`,
            melding: `Toegekend ${c} ${euro(v[c])} is meer dan de aanvraag voor ${ctx.jaar} (${euro(
              ctx.aangevraagd[c],
            )}); er wordt nooit meer toegekend dan aangevraagd.`,
          },
        ]
      : [],
  );
}

function bovenReservering(v: ToekenningVoorstel, ctx: Toekenningscontext, basis: string): Fout[] {
  if (indieningsperiodeGesloten(ctx.jaar, ctx.op) || ctx.margeVrijgegeven) return [];
  const sluiting = indieningsperiode(ctx.jaar).tot;
  const gevraagd = v.personeel.plus(v.overige);
  if (!gevraagd.gt(ctx.reservering)) return [];
  return [
    {
      code: "BOVEN_RESERVERING_VOOR_SLUITING",
      veld: basis,
      melding: `Personeel plus overige (${euro(gevraagd)}) ligt boven het gereserveerde bedrag van ${euro(
        ctx.reservering,
      )}. Vóór sluiting van de aanvraagperiode (${tijdstipWeergave(
        sluiting,
      )} Amsterdamse tijd) kan daarboven pas worden toegekend als zorgkantoor-beheer de regionale ruimte heeft vrijgegeven.`,
    },
  ];
}

function bovenKader(v: ToekenningVoorstel, ctx: Toekenningscontext, basis: string): Fout[] {
  const na = ctx.overigeAfspraken.plus(toegekendTotaal(v));
  if (!na.gt(ctx.regionaalKader)) return [];
  return [
    {
      code: "BOVEN_REGIONAAL_KADER",
      veld: basis,
      melding: `Met deze toekenning (${euro(toegekendTotaal(v))}, inclusief compensatie) komen de afspraken van het zorgkantoor voor ${ctx.jaar} op ${euro(
        na,
      )}, ${euro(na.minus(ctx.regionaalKader))} boven het regionale kader van ${euro(ctx.regionaalKader)}.`,
    },
  ];
}

/** Why a written motivation is required; empty when it is not. */
export function redenenVoorMotivering(v: ToekenningVoorstel, ctx: Toekenningscontext): string[] {
  const redenen: string[] = [];
  if (v.besluit === "afwijzen") redenen.push("de aanvraag wordt afgewezen");
  const gevraagdAandeel = aandeelPersoneel(ctx.aangevraagd.personeel, ctx.aangevraagd.overige);
  const toegekendAandeel = aandeelPersoneel(v.personeel, v.overige);
  const wijktAf = (a: Decimal | undefined) => a?.lt(ctx.richtlijnPersoneel) === true;
  if (wijktAf(gevraagdAandeel) || (v.besluit === "toekennen" && wijktAf(toegekendAandeel)))
    redenen.push("de verhouding personeel/overige wijkt af van de richtlijn");
  if (v.besluit === "toekennen" && CATEGORIEEN.some((c) => v[c].lt(ctx.aangevraagd[c])))
    redenen.push("er wordt minder toegekend dan aangevraagd");
  return redenen;
}

function motivering(v: ToekenningVoorstel, ctx: Toekenningscontext, basis: string): Fout[] {
  const redenen = redenenVoorMotivering(v, ctx);
  if (redenen.length === 0 || v.motivering.trim() !== "") return [];
  return [
    {
      code: "MOTIVERING_ONTBREEKT",
      veld: `${basis}.motivering`,
      melding: `Een schriftelijke motivering is verplicht, want ${redenen.join(" en ")}; zij wordt de beoordelingsbrief aan de aanbieder.`,
    },
  ];
}

/** [portal rule] an afwijzing grants no personeel or overige; the compensatie stays (it is fixed). */
function afwijzingMetBedrag(v: ToekenningVoorstel, basis: string): Fout[] {
  if (v.besluit !== "afwijzen") return [];
  return CATEGORIEEN.filter((c) => !v[c].isZero()).map((c) => ({
    code: "AFWIJZING_MET_BEDRAG",
    veld: `${basis}.${c}`,
    melding: `Bij afwijzing wordt geen ${c} toegekend, maar het voorstel noemt ${euro(v[c])}.`,
  }));
}

/** §15.1: each overige line within its request, the lines summing to the overige granted. */
function perRegel(v: ToekenningVoorstel, ctx: Toekenningscontext, basis: string): Fout[] {
  if (!ctx.aangevraagdeOverigeRegels) return [];
  return overigeRegelsVanToekenning(
    ctx.aangevraagdeOverigeRegels,
    v.overige,
    v.overigeRegels,
    basis,
  ).fouten;
}

/** All violations of the §5 constraints; an empty list means the toekenning may be proposed. */
export function controleerToekenning(
  v: ToekenningVoorstel,
  ctx: Toekenningscontext,
  basis = "toekenning",
): Fout[] {
  return [
    ...afwijzingMetBedrag(v, basis),
    ...bovenAanvraag(v, ctx, basis),
    ...perRegel(v, ctx, basis),
    ...bovenReservering(v, ctx, basis),
    ...bovenKader(v, ctx, basis),
    ...motivering(v, ctx, basis),
  ];
}

/** §5.3: the regional kaders of a year together never exceed the national amount of §3.1. */
export function controleerRegionaleKaders(
  kaders: readonly { zorgkantoor: string; bedrag: Decimal }[],
  landelijkBudget: Decimal,
  jaar: number,
): Fout[] {
  const totaal = som(kaders.map((k) => k.bedrag));
  if (!totaal.gt(landelijkBudget)) return [];
  return [
    {
      code: "KADERS_BOVEN_LANDELIJK",
      veld: "kaders",
      melding: `De regionale kaders voor ${jaar} komen samen op ${euro(totaal)}, ${euro(
        totaal.minus(landelijkBudget),
      )} boven het landelijke kwaliteitsbudget van ${euro(landelijkBudget)}.`,
    },
  ];
}
