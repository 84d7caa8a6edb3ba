// National scale (§10): what the obligation rule needs of a case's reports and documents
// — which realisatie kinds of its year were submitted, and whether the accountant's report was
// accepted — kept on the case item in the transaction that submits the report or accepts the
// document, so the obligations of a zorgkantoor are read from its work list, not from every
// case's item collection after it. A case made before these fields (no `herinneringsfeiten-
// Bijgehouden`) is read as before until `npm run herbereken:totalen` fills them in.
import type { RealisatieSoort } from "#shared/herinneringen/afleiding.js";
import type { AanvraagRecord } from "./aanvragen.js";
import { aanvraagSleutel } from "./sleutels.js";
import { bijwerken, type Schrijfactie } from "./voorwaarden.js";
import { documentenEnRealisaties } from "./zaakverzameling.js";

export interface Herinneringsfeiten {
  realisaties: RealisatieSoort[];
  accountantsrapport: boolean;
}

/** The facts kept on the case, or undefined for a case from before them. */
export function bijgehoudenFeiten(a: AanvraagRecord): Herinneringsfeiten | undefined {
  const o = a.overig;
  if (o.herinneringsfeitenBijgehouden !== true) return undefined;
  return {
    realisaties: [...new Set(o.realisatieSoorten ?? [])],
    accountantsrapport: o.accountantsrapportGeaccepteerd === true,
  };
}

/** For a case from before the facts were kept on it: from its reports and documents. */
export async function leesHerinneringsfeiten(a: AanvraagRecord): Promise<Herinneringsfeiten> {
  const { realisaties, documenten } = await documentenEnRealisaties(a.id);
  return {
    realisaties: [
      ...new Set<RealisatieSoort>(realisaties.filter((r) => r.jaar === a.jaar).map((r) => r.soort)),
    ],
    // The same test as the vaststelling's requirement (functions/nacalculatie/stand.ts).
    accountantsrapport: documenten.some(
      (d) => d.soort === "accountantsrapport" && d.status === "geaccepteerd",
    ),
  };
}

/** The update part that records a submitted realisatie kind (duplicates are read as one). */
export const realisatieFeit = (soort: RealisatieSoort) => ({
  expressie:
    "realisatieSoorten = list_append(if_not_exists(realisatieSoorten, :geenSoorten), :soort)",
  waarden: { ":geenSoorten": [], ":soort": [soort] },
});

const FOUT = {
  status: 409,
  code: "CONFLICT",
  melding: "de aanvraag is intussen gewijzigd; probeer het opnieuw",
} as const;

/** The same as an action of its own, for a submission that does not update the case otherwise. */
export function realisatieFeitActie(aanvraagId: string, soort: RealisatieSoort): Schrijfactie {
  const f = realisatieFeit(soort);
  return bijwerken(
    aanvraagSleutel(aanvraagId),
    { expressie: `SET ${f.expressie}`, voorwaarde: "attribute_exists(pk)", waarden: f.waarden },
    FOUT,
  );
}

/** Records that the case's accountant's report was accepted. */
export const accountantsrapportFeit = (aanvraagId: string): Schrijfactie =>
  bijwerken(
    aanvraagSleutel(aanvraagId),
    {
      expressie: "SET accountantsrapportGeaccepteerd = :ja",
      voorwaarde: "attribute_exists(pk)",
      waarden: { ":ja": true },
    },
    FOUT,
  );

/** The rebuild (rapportage/herberekening.ts): the facts as read, and from now on kept. */
export const zetHerinneringsfeiten = (aanvraagId: string, f: Herinneringsfeiten): Schrijfactie =>
  bijwerken(
    aanvraagSleutel(aanvraagId),
    {
      expressie:
        "SET realisatieSoorten = :soorten, accountantsrapportGeaccepteerd = :rapport, herinneringsfeitenBijgehouden = :ja",
      voorwaarde: "attribute_exists(pk)",
      waarden: { ":soorten": f.realisaties, ":rapport": f.accountantsrapport, ":ja": true },
    },
    FOUT,
  );
