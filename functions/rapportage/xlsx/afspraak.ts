// docs/regels.md §5 and §15.1: the toekenning as a sheet of the case's XLSX — per category and per
// overige line what was asked and what was granted, so a controller sees the agreement per line
// beside the begroting. Without a decision there is no sheet.
import { Decimal } from "#shared/geld/decimal.js";
import type { BesluitOpslag } from "../../data/zaakgegevens.js";
import { type Blad, bedragCel, kopRij, tekst, vet } from "./werkboek.js";

export function afspraakBlad(b: BesluitOpslag | undefined): Blad[] {
  if (!b) return [];
  const rij = (naam: string, gevraagd: string | null, toegekend: string, veld: string) => [
    tekst(naam),
    gevraagd === null ? null : bedragCel(new Decimal(gevraagd), `besluit.${veld}.aangevraagd`),
    bedragCel(new Decimal(toegekend), `besluit.${veld}.toegekend`),
  ];
  const totaal = new Decimal(b.personeel).plus(b.overige).plus(b.compensatie);
  return [
    {
      naam: "Toekenning",
      rijen: [
        kopRij(["Onderdeel", "Aangevraagd", "Toegekend"]),
        rij("Extra personeel", b.aangevraagd.personeel, b.personeel, "personeel"),
        rij("Overige kosten", b.aangevraagd.overige, b.overige, "overige"),
        ...(b.overigeRegels ?? []).map((r) =>
          rij(`– ${r.omschrijving}`, r.aangevraagd, r.toegekend, `overigeRegels.${r.id}`),
        ),
        rij("Compensatiecomponent", null, b.compensatie, "compensatie"),
        vet([tekst("Totaal"), null, bedragCel(totaal, "besluit.totaal")]),
      ],
      breedtes: [40, 18, 18],
    },
  ];
}
