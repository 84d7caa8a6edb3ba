// docs/regels.md §15.2 [portal rule]: "The zorgkantoor may change the split within these caps." In the
// herschikkingsvoorstel zorgkantoor-beheer may give, for a case whose total changes, its own split
// of the new total over personeel and overige (per overige line when the agreement names lines,
// §15.1) instead of the computed one. The caps are those of §15.1: no category and no line above
// what the approved aanvraag requests, none negative, and the parts add up to the new total to the
// cent. All violations are listed at once, each naming its field, so the user fixes them in one go.
//
// [portal rule] An agreement with overige lines whose split gives only the overige total gets its
// lines by the §15.2 rule (verdeling.ts); the user need not split what they did not want to touch.
import * as z from "zod";
import { BedragSchema, som } from "../geld/bedrag.js";
import type { Decimal } from "../geld/decimal.js";
import { euro } from "../geld/weergave.js";
import { LIMIETEN } from "../limieten.js";
import type { Fout } from "../resultaat.js";
import type { AfspraakPerCategorie, NieuweAfspraakPerCategorie } from "./categorieverdeling.js";
import { verdeelNieuwTotaal } from "./verdeling.js";

// Negative amounts pass the schema on purpose: the check names them as a violation of the split.
export const EigenVerdelingSchema = z.strictObject({
  personeel: BedragSchema,
  /** Required unless overigeRegels is given; when both are given they must agree. */
  overige: BedragSchema.optional(),
  overigeRegels: z
    .array(
      z.strictObject({
        id: z
          .string()
          .min(1, { error: "verwacht de id van de overige regel" })
          .max(LIMIETEN.idTekens, { error: "de id van de overige regel is te lang" }),
        bedrag: BedragSchema,
      }),
    )
    .max(200, { error: "te veel overige regels" })
    .optional(),
});
export type EigenVerdeling = z.output<typeof EigenVerdelingSchema>;

export type VerdelingUitkomst =
  | { ok: true; waarde: NieuweAfspraakPerCategorie }
  | { ok: false; fouten: Fout[] };

const f = (code: string, veld: string, tekst: string): Fout => ({
  code,
  veld,
  melding: `${veld}: ${tekst}`,
});

/** A part must be ≥ 0 and ≤ its requested amount; the violation, if any. */
function binnenAanvraag(
  bedrag: Decimal,
  aangevraagd: Decimal,
  veld: string,
  wat: string,
): Fout | undefined {
  if (bedrag.isNegative() && !bedrag.isZero())
    return f("VERDELING_NEGATIEF", veld, `${wat} kan niet negatief zijn (${euro(bedrag)})`);
  if (bedrag.gt(aangevraagd))
    return f(
      "VERDELING_BOVEN_AANVRAAG",
      veld,
      `${wat} (${euro(bedrag)}) is hoger dan de goedgekeurde aanvraag (${euro(aangevraagd)})`,
    );
  return undefined;
}

/** The overige lines of an own split, checked against the agreement's lines. */
function controleerRegels(
  a: AfspraakPerCategorie,
  regels: NonNullable<EigenVerdeling["overigeRegels"]>,
  pad: string,
  fouten: Fout[],
): void {
  if (!a.overigeRegels) {
    fouten.push(
      f(
        "VERDELING_ZONDER_REGELS",
        `${pad}.overigeRegels`,
        "deze afspraak kent geen overige regels; geef alleen het bedrag voor overige",
      ),
    );
    return;
  }
  const gevraagd = new Map(a.overigeRegels.map((o) => [o.id, o.aangevraagd]));
  const gezien = new Set<string>();
  for (const [i, r] of regels.entries()) {
    const veld = `${pad}.overigeRegels[${i}]`;
    const q = gevraagd.get(r.id);
    if (gezien.has(r.id)) {
      fouten.push(f("VERDELING_DUBBELE_REGEL", `${veld}.id`, `"${r.id}" staat er twee keer in`));
      continue;
    }
    gezien.add(r.id);
    if (q === undefined) {
      fouten.push(
        f("VERDELING_ONBEKENDE_REGEL", `${veld}.id`, `"${r.id}" is geen regel van deze afspraak`),
      );
      continue;
    }
    const x = binnenAanvraag(r.bedrag, q, `${veld}.bedrag`, `de regel "${r.id}"`);
    if (x) fouten.push(x);
  }
  for (const o of a.overigeRegels)
    if (!gezien.has(o.id))
      fouten.push(
        f(
          "VERDELING_REGEL_ONTBREEKT",
          `${pad}.overigeRegels`,
          `het bedrag voor de regel "${o.id}" ontbreekt`,
        ),
      );
}

/**
 * §15.2 [portal rule]: checks an own split `v` of `nieuwTotaal` against the agreement `a` (its caps
 * per category and per overige line) and answers the new agreement per category, or every
 * violation. `pad` names the split in the caller's JSON, e.g. "voorstel[0].verdeling".
 */
export function controleerEigenVerdeling(
  a: AfspraakPerCategorie,
  nieuwTotaal: Decimal,
  v: EigenVerdeling,
  pad = "verdeling",
): VerdelingUitkomst {
  const fouten: Fout[] = [];
  const p = binnenAanvraag(v.personeel, a.personeel.aangevraagd, `${pad}.personeel`, "personeel");
  if (p) fouten.push(p);
  if (v.overigeRegels) controleerRegels(a, v.overigeRegels, pad, fouten);
  const regelsSom = v.overigeRegels ? som(v.overigeRegels.map((r) => r.bedrag)) : undefined;
  const overige = v.overige ?? regelsSom;
  if (overige === undefined) {
    fouten.push(f("VERDELING_OVERIGE_ONTBREEKT", `${pad}.overige`, "geef het bedrag voor overige"));
    return { ok: false, fouten };
  }
  if (v.overige && regelsSom && !v.overige.equals(regelsSom))
    fouten.push(
      f(
        "VERDELING_REGELS_WIJKEN_AF",
        `${pad}.overige`,
        `overige (${euro(v.overige)}) is niet de som van de overige regels (${euro(regelsSom)})`,
      ),
    );
  const o = binnenAanvraag(overige, a.overige.aangevraagd, `${pad}.overige`, "overige");
  if (o) fouten.push(o);
  const samen = v.personeel.plus(overige);
  if (!samen.equals(nieuwTotaal))
    fouten.push(
      f(
        "VERDELING_TELT_NIET_OP",
        pad,
        `personeel en overige zijn samen ${euro(samen)}, de nieuwe afspraak is ${euro(nieuwTotaal)}`,
      ),
    );
  if (fouten.length > 0) return { ok: false, fouten };
  if (!a.overigeRegels) return { ok: true, waarde: { personeel: v.personeel, overige } };
  if (v.overigeRegels) {
    const bedrag = new Map(v.overigeRegels.map((r) => [r.id, r.bedrag]));
    return {
      ok: true,
      waarde: {
        personeel: v.personeel,
        overige,
        overigeRegels: a.overigeRegels.map((l) => {
          const nieuw = bedrag.get(l.id)!;
          return {
            id: l.id,
            afgesproken: l.afgesproken,
            nieuw,
            mutatie: nieuw.minus(l.afgesproken),
          };
        }),
      },
    };
  }
  // Only the overige total given: its lines follow the §15.2 rule.
  const regels = verdeelNieuwTotaal(a.overigeRegels, overige, `${pad}.overigeRegels`);
  if (!regels.ok) return { ok: false, fouten: [regels.fout] };
  return { ok: true, waarde: { personeel: v.personeel, overige, overigeRegels: regels.waarde } };
}
