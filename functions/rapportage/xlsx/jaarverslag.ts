// docs/regels.md §7 (year report): the rondrekening inputs of the latest year report as a sheet of the
// case's XLSX — per figure the base year and year t; amounts in euro format, day counts as whole
// numbers; then the realised spend per overige line of year t (§15.1), by its description. The
// stored report was valid when filed; one that no longer parses is left out. A report filed before
// the overige lines were asked reads as one without lines.
import type { Decimal } from "#shared/geld/decimal.js";
import { type Jaarverslag, JaarverslagSchema } from "#shared/realisatie/jaarverslag.js";
import { valideer } from "#shared/resultaat.js";
import type { RealisatieRecord } from "../../data/realisaties.js";
import { type Blad, bedragCel, kopRij, tekst } from "./werkboek.js";

// Day counts are whole numbers below 2^53 (JaarverslagSchema): exact as a number.
const dagenCel = (d: Decimal) => ({ value: d.toNumber(), type: Number, format: "#,##0" }) as const;

function rijen(j: Jaarverslag, omschrijvingen: ReadonlyMap<string, string>): Blad["rijen"] {
  const bedrag = (naam: string, p: { basis: Decimal; jaar: Decimal }, veld: string) => [
    tekst(naam),
    bedragCel(p.basis, `jaarverslag.${veld}.basis`),
    bedragCel(p.jaar, `jaarverslag.${veld}.jaar`),
  ];
  const profielen = Object.keys(j.clientdagen.jaar) as (keyof Jaarverslag["clientdagen"]["jaar"])[];
  return [
    bedrag("SV-loon", j.svLoon, "svLoon"),
    [tekst("SV-dagen"), dagenCel(j.svDagen.basis), dagenCel(j.svDagen.jaar)],
    [
      tekst("Werkgeverslasten"),
      null,
      bedragCel(j.werkgeverslasten, "jaarverslag.werkgeverslasten"),
    ],
    bedrag("Facturen inhuur", j.inhuur, "inhuur"),
    bedrag("Omzet VV4-VV10", j.omzet, "omzet"),
    ...profielen.map((p) => [
      tekst(`Cliëntdagen ${p}`),
      dagenCel(j.clientdagen.basis[p]),
      dagenCel(j.clientdagen.jaar[p]),
    ]),
    ...j.overige.map((o, i) => [
      tekst(`Overige: ${omschrijvingen.get(o.regelId) ?? o.regelId}`),
      null,
      bedragCel(o.gerealiseerd, `jaarverslag.overige[${i}].gerealiseerd`),
    ]),
  ];
}

/** The sheet of the latest year report of year t, or none. */
export function jaarverslagBlad(
  r: RealisatieRecord | undefined,
  omschrijvingen: ReadonlyMap<string, string> = new Map(),
): Blad[] {
  if (!r) return [];
  const j = valideer(JaarverslagSchema, { overige: [], ...(r.inhoud as object) });
  if (!j.ok) return [];
  return [
    {
      naam: "Jaarverslag",
      rijen: [
        kopRij([`Jaarverslag ${r.jaar} (versie ${r.nummer})`, "Basisjaar", `${r.jaar}`]),
        ...rijen(j.waarde, omschrijvingen),
      ],
      breedtes: [30, 18, 18],
    },
  ];
}
