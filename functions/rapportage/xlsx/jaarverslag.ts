// DOMAIN.md §7 (year report): the rondrekening inputs of the latest year report as a sheet of the
// case's XLSX — per figure the base year and year t; amounts in euro format, day counts as whole
// numbers. The stored report was valid when filed; one that no longer parses is left out.
import type { Decimal } from "../../../shared/geld/decimal.js";
import { type Jaarverslag, JaarverslagSchema } from "../../../shared/realisatie/jaarverslag.js";
import { valideer } from "../../../shared/resultaat.js";
import type { RealisatieRecord } from "../../data/realisaties.js";
import { type Blad, bedragCel, kopRij, tekst } from "./werkboek.js";

// Day counts are whole numbers below 2^53 (JaarverslagSchema): exact as a number.
const dagenCel = (d: Decimal) => ({ value: d.toNumber(), type: Number, format: "#,##0" }) as const;

function rijen(j: Jaarverslag): Blad["rijen"] {
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
  ];
}

/** The sheet of the latest year report of year t, or none. */
export function jaarverslagBlad(r: RealisatieRecord | undefined): Blad[] {
  if (!r) return [];
  const j = valideer(JaarverslagSchema, r.inhoud);
  if (!j.ok) return [];
  return [
    {
      naam: "Jaarverslag",
      rijen: [
        kopRij([`Jaarverslag ${r.jaar} (versie ${r.nummer})`, "Basisjaar", `${r.jaar}`]),
        ...rijen(j.waarde),
      ],
      breedtes: [30, 18, 18],
    },
  ];
}
