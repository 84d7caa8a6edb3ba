// docs/regels.md §8: the zorgkantoor may change any line of the herschikkingsvoorstel "within the same
// constraints": no agreement below zero, none above the approved aanvraag (seed §4.2.11: "nooit
// meer toegekend dan begroot is in de (goedgekeurde) aanvraag"), and the regional kader is never
// exceeded. All violations are listed at once, so the user can fix them in one go.
import * as z from "zod";
import { BedragSchema, NietNegatiefBedragSchema, som } from "../geld/bedrag.js";
import type { Decimal } from "../geld/decimal.js";
import { euro } from "../geld/weergave.js";
import type { Fout } from "../resultaat.js";

export const GewijzigdVoorstelSchema = z.strictObject({
  kader: NietNegatiefBedragSchema,
  aanbieders: z.array(
    z.strictObject({
      id: z.string().min(1, { error: "verwacht de id van de aanbieder" }),
      /** Q: the approved aanvraag amount. */
      aangevraagd: NietNegatiefBedragSchema,
    }),
  ),
  voorstel: z.array(
    z.strictObject({
      id: z.string().min(1, { error: "verwacht de id van de aanbieder" }),
      // Negative amounts pass the schema on purpose: the check reports them as a violation.
      nieuweAfspraak: BedragSchema,
    }),
  ),
});
export type GewijzigdVoorstel = z.output<typeof GewijzigdVoorstelSchema>;

const overtreding = (code: string, veld: string, tekst: string): Fout => ({
  code,
  veld,
  melding: `${veld}: ${tekst}`,
});

/** The violations of an edited proposal; an empty list means it may be laid down. */
export function controleerGewijzigdVoorstel(invoer: GewijzigdVoorstel): Fout[] {
  const { kader, aanbieders, voorstel } = invoer;
  const aanvraag = new Map<string, Decimal>(aanbieders.map((a) => [a.id, a.aangevraagd]));
  const fouten: Fout[] = [];
  const bekend = new Set<string>();
  for (const [i, a] of aanbieders.entries()) {
    if (bekend.has(a.id)) {
      fouten.push(
        overtreding("DUBBELE_AANBIEDER", `aanbieders[${i}].id`, `"${a.id}" staat er twee keer in`),
      );
    }
    bekend.add(a.id);
  }
  const gezien = new Set<string>();
  for (const [i, regel] of voorstel.entries()) {
    const pad = `voorstel[${i}]`;
    const q = aanvraag.get(regel.id);
    if (gezien.has(regel.id)) {
      fouten.push(
        overtreding("DUBBELE_AANBIEDER", `${pad}.id`, `"${regel.id}" staat er twee keer in`),
      );
    }
    gezien.add(regel.id);
    if (q === undefined) {
      fouten.push(
        overtreding(
          "ONBEKENDE_AANBIEDER",
          `${pad}.id`,
          `"${regel.id}" heeft geen afspraak in deze herschikking`,
        ),
      );
    }
    if (regel.nieuweAfspraak.lt(0)) {
      fouten.push(
        overtreding(
          "AFSPRAAK_NEGATIEF",
          `${pad}.nieuweAfspraak`,
          "een afspraak kan niet negatief zijn",
        ),
      );
    } else if (q !== undefined && regel.nieuweAfspraak.gt(q)) {
      fouten.push(
        overtreding(
          "AFSPRAAK_BOVEN_AANVRAAG",
          `${pad}.nieuweAfspraak`,
          `${euro(regel.nieuweAfspraak)} is hoger dan de goedgekeurde aanvraag (${euro(q)})`,
        ),
      );
    }
  }
  // Every aanbieder keeps a line: a missing line would silently drop an agreement [portal rule].
  for (const id of bekend) {
    if (!gezien.has(id)) {
      fouten.push(
        overtreding("AANBIEDER_ONTBREEKT", "voorstel", `de regel voor "${id}" ontbreekt`),
      );
    }
  }
  const totaal = som(voorstel.map((r) => r.nieuweAfspraak));
  if (totaal.gt(kader)) {
    fouten.push(
      overtreding(
        "AFSPRAKEN_BOVEN_KADER",
        "voorstel",
        `de nieuwe afspraken (${euro(totaal)}) gaan boven het regionale kader (${euro(kader)})`,
      ),
    );
  }
  return fouten;
}
