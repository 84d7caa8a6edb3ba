// What a herschikking changes, for the confirmation before it is laid down or approved: per
// aanbieder whose agreement changes the agreement now, the new one and the difference, and the
// total over all aanbieders — in exact cents, as the page adds up everywhere.
import { euro, som } from "../../lib/bedrag.js";
import { tabel } from "../../lib/dom.js";

export interface Wijziging {
  naam: string;
  afspraak: bigint;
  nieuw: bigint;
}

/** A difference with its sign: "+€ 60.000,00", "−€ 40.000,00", "€ 0,00". */
export const verschil = (c: bigint): string => `${c > 0n ? "+" : ""}${euro(c)}`;

const meervoud = (n: number, een: string, meer: string) => `${n} ${n === 1 ? een : meer}`;

/** One sentence on what changes, and the table of the changed agreements with the total. */
export function wijzigingen(regels: readonly Wijziging[]): {
  zin: string;
  tabel: HTMLElement | null;
} {
  const gewijzigd = regels.filter((r) => r.nieuw !== r.afspraak);
  const nu = som(regels.map((r) => r.afspraak));
  const straks = som(regels.map((r) => r.nieuw));
  if (gewijzigd.length === 0)
    return {
      zin: `Er verandert geen enkele afspraak: ${meervoud(regels.length, "afspraak blijft", "afspraken blijven")} samen ${euro(nu)}.`,
      tabel: null,
    };
  return {
    zin: `${gewijzigd.length} van de ${meervoud(regels.length, "afspraak", "afspraken")} ${gewijzigd.length === 1 ? "verandert" : "veranderen"}; samen gaan de afspraken van ${euro(nu)} naar ${euro(straks)} (${verschil(straks - nu)}).`,
    tabel: tabel(
      "Wat verandert per aanbieder",
      ["Aanbieder", "Afspraak nu", "Nieuwe afspraak", "Verschil"],
      [
        ...gewijzigd.map((r) => [
          r.naam,
          euro(r.afspraak),
          euro(r.nieuw),
          verschil(r.nieuw - r.afspraak),
        ]),
        [
          `Totaal (${regels.length === 1 ? "1 aanbieder" : `alle ${regels.length} aanbieders`})`,
          euro(nu),
          euro(straks),
          verschil(straks - nu),
        ],
      ],
      [1, 2, 3],
    ),
  };
}
