// docs/regels.md §4.2, the checks on the meerjarenbegroting: a year t with lines (seed §4.2.3), only
// the years t..t+2 (§4.1.3), the 85/15 richtlijn (seed §4.2.4–§4.2.7), overhead only with extra
// fte (seed §4.2.5), the reserved amount (seed §4.2.1, §4.2.3) and plausible loonkosten (§4.2).
import { euro } from "../geld/weergave.js";
import { type Aanvraag, ingevuld, TOETSPUNTEN, type Toetspunt } from "./aanvraag.js";
import { jaartotalen, kostenPerFte, totalenVoorJaar } from "./begroting.js";
import { type Bevinding, bevinding, type Toetscontext } from "./bevinding.js";
import { overigeRegelNaam, personeelsregelNaam, procent, veldVoor } from "./omschrijving.js";

const indexVanJaar = (aanvraag: Aanvraag, jaar: number): number =>
  aanvraag.begroting.findIndex((j) => j.jaar === jaar);

export function begrotingLeeg(aanvraag: Aanvraag, ctx: Toetscontext): Bevinding[] {
  const i = indexVanJaar(aanvraag, ctx.jaar);
  const jaar = aanvraag.begroting[i];
  const regels = jaar ? jaar.personeel.length + jaar.overige.length : 0;
  if (regels > 0) return [];
  return [
    bevinding(
      "BEGROTING_LEEG",
      "blokkeert",
      jaar ? `begroting[${i}]` : "begroting",
      `De begroting heeft geen enkele regel voor ${ctx.jaar}; neem ten minste één personeelsregel of overige regel op.`,
    ),
  ];
}

/** [portal rule] §4.1.3: the meerjarenbegroting covers t and up to two later years, no others. */
export function begrotingsjaren(aanvraag: Aanvraag, ctx: Toetscontext): Bevinding[] {
  const tot = ctx.jaar + 2;
  return aanvraag.begroting.flatMap((j, i) =>
    j.jaar >= ctx.jaar && j.jaar <= tot
      ? []
      : [
          bevinding(
            "BEGROTINGSJAAR_ONGELDIG",
            "blokkeert",
            `begroting[${i}].jaar`,
            `De begroting bevat het jaar ${j.jaar}; voor de aanvraag ${ctx.jaar} zijn alleen ${ctx.jaar} tot en met ${tot} mogelijk.`,
          ),
        ],
  );
}

const TOETSPUNT_SLEUTELS = Object.keys(TOETSPUNTEN) as Toetspunt[];

/** Share below the richtlijn: blocks until all ten toetspunten are answered, then informs. */
export function verhouding(aanvraag: Aanvraag, ctx: Toetscontext): Bevinding[] {
  const t = totalenVoorJaar(aanvraag.begroting, ctx.jaar);
  const richtlijn = ctx.parameters.richtlijnPersoneel;
  if (t.aandeelPersoneel === undefined || t.aandeelPersoneel.gte(richtlijn)) return [];
  const feit = `Het aandeel personeel in ${ctx.jaar} is ${procent(t.aandeelPersoneel)} (personeel ${euro(
    t.personeel,
  )}, overige ${euro(t.overige)}), onder de richtlijn van ${procent(richtlijn)}.`;
  const ontbrekend = TOETSPUNT_SLEUTELS.filter((k) => !ingevuld(aanvraag.onderbouwing[k]));
  if (ontbrekend.length === 0) {
    return [
      bevinding(
        "VERHOUDING_AFWIJKEND",
        "informeert",
        "onderbouwing",
        `${feit} De onderbouwing beantwoordt alle tien toetspunten; het zorgkantoor beoordeelt haar en licht de uitkomst schriftelijk toe.`,
      ),
    ];
  }
  return [
    bevinding(
      "VERHOUDING_AFWIJKEND",
      "blokkeert",
      veldVoor("onderbouwing", ontbrekend),
      `${feit} Een afwijkende verhouding vraagt een onderbouwing op alle tien toetspunten; nog niet beantwoord: ${ontbrekend.map((k) => TOETSPUNTEN[k]).join("; ")}.`,
    ),
  ];
}

/** Overhead must relate to extra fte (seed §4.2.5): overhead costs in a year without extra fte block. */
export function overheadZonderExtraFte(aanvraag: Aanvraag): Bevinding[] {
  return aanvraag.begroting.flatMap((jaar, i) => {
    if (jaartotalen(jaar).extraFte.gt(0)) return [];
    return jaar.overige.flatMap((r, j) =>
      r.categorie === "overhead" && r.bedrag.gt(0)
        ? [
            bevinding(
              "OVERHEAD_ZONDER_EXTRA_FTE",
              "blokkeert",
              `begroting[${i}].overige[${j}].categorie`,
              `${overigeRegelNaam(r, j, jaar.jaar)} vraagt ${euro(r.bedrag)} overheadkosten, maar de begroting heeft in ${jaar.jaar} geen extra fte; overhead moet betrekking hebben op extra zorgpersoneel.`,
            ),
          ]
        : [],
    );
  });
}

/** Asking more than reserved is allowed (seed §4.2.3): it only informs. */
export function bovenReservering(aanvraag: Aanvraag, ctx: Toetscontext): Bevinding[] {
  const t = totalenVoorJaar(aanvraag.begroting, ctx.jaar);
  if (!t.totaal.gt(ctx.reservering)) return [];
  return [
    bevinding(
      "BOVEN_RESERVERING",
      "informeert",
      `begroting[${indexVanJaar(aanvraag, ctx.jaar)}]`,
      `De aanvraag voor ${ctx.jaar} (${euro(t.totaal)}) ligt ${euro(
        t.totaal.minus(ctx.reservering),
      )} boven het gereserveerde bedrag van ${euro(ctx.reservering)}; dat mag, het zorgkantoor beoordeelt het deel erboven na sluiting van de aanvraagperiode.`,
    ),
  ];
}

/** Cost per fte outside the configurable plausible band (inclusive bounds) warns. */
export function loonkosten(aanvraag: Aanvraag, ctx: Toetscontext): Bevinding[] {
  const { min, max } = ctx.parameters.loonkostenBand;
  return aanvraag.begroting.flatMap((jaar, i) =>
    jaar.personeel.flatMap((r, j) => {
      const kosten = kostenPerFte(r);
      if (kosten.gte(min) && kosten.lte(max)) return [];
      const veld = r.soort === "inhuur" ? "kostenPerFte" : "loonkostenPerFte";
      return [
        bevinding(
          "LOONKOSTEN_AFWIJKEND",
          "waarschuwt",
          `begroting[${i}].personeel[${j}].${veld}`,
          `De kosten per fte van ${personeelsregelNaam(aanvraag, r, j, jaar.jaar)} zijn ${euro(
            kosten,
          )}, buiten de gebruikelijke bandbreedte van ${euro(min)} tot ${euro(max)}; controleer het bedrag.`,
        ),
      ];
    }),
  );
}
