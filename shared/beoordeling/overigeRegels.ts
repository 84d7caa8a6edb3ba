// docs/regels.md §15.1: a toekenning agrees each overige line of year t separately — each at most the
// requested amount of that line (0 = not granted) — and the agreed overige is the sum of its lines.
// The nacalculatie caps the realised spend of each line at its agreed amount (§9.2), so an
// agreement per line is what makes "never more than agreed" hold per line, not only in total.
//
// [portal rule] The lines may be left out where they follow from the total without a choice: the
// whole requested overige (every line in full) or nothing (every line 0). Any other total needs
// the lines, because which line is lowered is the beoordelaar's decision, not the portal's.
import { som } from "../geld/bedrag.js";
import { Decimal } from "../geld/decimal.js";
import { euro } from "../geld/weergave.js";
import { type Fout, fout, ok, type Resultaat } from "../resultaat.js";

export interface AangevraagdeOverigeRegel {
  id: string;
  omschrijving: string;
  bedrag: Decimal;
}

export interface OverigeRegelToekenning {
  id: string;
  bedrag: Decimal;
}

export interface AfgesprokenOverigeRegel {
  id: string;
  omschrijving: string;
  aangevraagd: Decimal;
  toegekend: Decimal;
}

export interface OverigeRegelUitkomst {
  regels: AfgesprokenOverigeRegel[];
  fouten: Fout[];
}

const NUL = new Decimal(0);

function zonderRegels(
  aangevraagd: readonly AangevraagdeOverigeRegel[],
  overige: Decimal,
  basis: string,
): OverigeRegelUitkomst {
  const totaal = som(aangevraagd.map((r) => r.bedrag));
  const volledig = overige.eq(totaal);
  if (volledig || overige.isZero())
    return {
      regels: aangevraagd.map((r) => ({
        id: r.id,
        omschrijving: r.omschrijving,
        aangevraagd: r.bedrag,
        toegekend: volledig ? r.bedrag : NUL,
      })),
      fouten: [],
    };
  return {
    regels: [],
    fouten: [
      {
        code: "OVERIGE_REGELS_NODIG",
        veld: `${basis}.overigeRegels`,
        melding: `Er wordt ${euro(overige)} overige toegekend van de ${euro(totaal)} die is aangevraagd; leg per overige regel vast welk bedrag wordt toegekend.`,
      },
    ],
  };
}

function regelFouten(
  aangevraagd: ReadonlyMap<string, AangevraagdeOverigeRegel>,
  regels: readonly OverigeRegelToekenning[],
  basis: string,
): Fout[] {
  const gezien = new Set<string>();
  return regels.flatMap((r, i): Fout[] => {
    const veld = `${basis}.overigeRegels[${i}]`;
    const gevraagd = aangevraagd.get(r.id);
    if (!gevraagd)
      return [
        {
          code: "ONBEKENDE_OVERIGE_REGEL",
          veld: `${veld}.id`,
          melding: `De aanvraag heeft geen overige regel "${r.id}" in het begrotingsjaar.`,
        },
      ];
    if (gezien.has(r.id))
      return [
        {
          code: "OVERIGE_REGEL_DUBBEL",
          veld: `${veld}.id`,
          melding: `De overige regel "${gevraagd.omschrijving}" staat meer dan één keer in de toekenning.`,
        },
      ];
    gezien.add(r.id);
    if (!r.bedrag.gt(gevraagd.bedrag)) return [];
    return [
      {
        code: "REGEL_BOVEN_AANVRAAG",
        veld: `${veld}.bedrag`,
        melding: `Voor "${gevraagd.omschrijving}" wordt ${euro(r.bedrag)} toegekend, meer dan de aangevraagde ${euro(gevraagd.bedrag)}; per regel wordt nooit meer toegekend dan aangevraagd.`,
      },
    ];
  });
}

function ontbrekend(
  aangevraagd: readonly AangevraagdeOverigeRegel[],
  regels: readonly OverigeRegelToekenning[],
  basis: string,
): Fout[] {
  const genoemd = new Set(regels.map((r) => r.id));
  const mist = aangevraagd.filter((r) => !genoemd.has(r.id));
  if (mist.length === 0) return [];
  return [
    {
      code: "OVERIGE_REGEL_ONTBREEKT",
      veld: `${basis}.overigeRegels`,
      melding: `Geef voor elke overige regel het toegekende bedrag (0 = niet toegekend); er ontbreekt: ${mist
        .map((r) => `"${r.omschrijving}"`)
        .join(", ")}.`,
    },
  ];
}

/**
 * §15.1: the agreed overige lines of a toekenning with total `overige`, and every violation. With
 * `regels` the lines are as given (each requested line exactly once, each ≤ its request, summing
 * to `overige`); without them see the portal rule above.
 */
export function overigeRegelsVanToekenning(
  aangevraagd: readonly AangevraagdeOverigeRegel[],
  overige: Decimal,
  regels: readonly OverigeRegelToekenning[] | undefined,
  basis = "toekenning",
): OverigeRegelUitkomst {
  if (regels === undefined) return zonderRegels(aangevraagd, overige, basis);
  const perId = new Map(aangevraagd.map((r) => [r.id, r]));
  const fouten = [...regelFouten(perId, regels, basis), ...ontbrekend(aangevraagd, regels, basis)];
  const totaal = som(regels.map((r) => r.bedrag));
  if (!totaal.eq(overige))
    fouten.push({
      code: "OVERIGE_NIET_GELIJK_AAN_REGELS",
      veld: `${basis}.overige`,
      melding: `Het toegekende overige bedrag (${euro(overige)}) is niet de som van de overige regels (${euro(totaal)}).`,
    });
  if (fouten.length > 0) return { regels: [], fouten };
  const toegekend = new Map(regels.map((r) => [r.id, r.bedrag]));
  return {
    regels: aangevraagd.map((r) => ({
      id: r.id,
      omschrijving: r.omschrijving,
      aangevraagd: r.bedrag,
      toegekend: toegekend.get(r.id) ?? NUL,
    })),
    fouten: [],
  };
}

export interface AfspraakPerRegel {
  overige: Decimal;
  overigeRegels?: readonly { id: string; bedrag: Decimal }[];
}

/**
 * §15.1, §9.2: the agreed amount of each requested overige line under the agreement in force (a
 * line the agreement does not name is agreed at 0). [portal rule] An agreement made before
 * §15.1 has no lines: it agreed every line in full when its overige equals the request; any other
 * such agreement cannot say which line was lowered, and that is an error to report, not a guess.
 */
export function afgesprokenPerRegel(
  aangevraagd: readonly AangevraagdeOverigeRegel[],
  afspraak: AfspraakPerRegel,
): Resultaat<{ id: string; omschrijving: string; afgesproken: Decimal }[]> {
  if (afspraak.overigeRegels) {
    const perId = new Map(afspraak.overigeRegels.map((r) => [r.id, r.bedrag]));
    return ok(
      aangevraagd.map((r) => ({
        id: r.id,
        omschrijving: r.omschrijving,
        afgesproken: perId.get(r.id) ?? NUL,
      })),
    );
  }
  const totaal = som(aangevraagd.map((r) => r.bedrag));
  if (afspraak.overige.eq(totaal))
    return ok(
      aangevraagd.map((r) => ({ id: r.id, omschrijving: r.omschrijving, afgesproken: r.bedrag })),
    );
  return fout(
    "AFSPRAAK_PER_REGEL_ONTBREEKT",
    "afspraak.overigeRegels",
    `De afspraak noemt ${euro(afspraak.overige)} overige van de aangevraagde ${euro(totaal)}, maar niet per overige regel; het zorgkantoor legt de afspraak per regel vast voordat de nacalculatie kan worden berekend.`,
  );
}
