// docs/regels.md §5 (seed §4.2.8) and §6: the addendum is signed by both parties — the aanbieder and,
// for the zorgkantoor, zorgkantoor-beheer (state machine). The transition asks both signatures
// (beidePartijen), so the first is recorded on the case; the second moves the state to
// addendum_getekend — the data layer checks both are there, by two people — and its calendar day
// (Europe/Amsterdam) is the signing date the voorschot counts from (§6), stored as the
// voorschot's agreement.
import { magActie, OVERGANGEN } from "#shared/indiening/toestanden.js";
import { dagTekst, dagVan } from "#shared/kalender/tijd.js";
import type { Rol } from "#shared/rollen.js";
import { type AanvraagRecord, wijzigAanvraag } from "../data/aanvragen.js";
import { voerOvergangUit } from "../data/overgangen.js";
import { parametersInGebruik } from "../data/parameters.js";
import { aanvraagPk } from "../data/sleutels.js";
import { ofWeiger, schrijfTransactie } from "../data/transactie.js";
import type { Handtekening } from "../data/zaakgegevens.js";
import { HttpProbleem } from "../lib/probleem.js";
import { type Operatie, schrijfcontext } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";
import { laadZaak, zaakstand } from "./zaak.js";

type Partij = "aanbieder" | "zorgkantoor";
const VELD: Record<Partij, "addendumAanbieder" | "addendumZorgkantoor"> = {
  aanbieder: "addendumAanbieder",
  zorgkantoor: "addendumZorgkantoor",
};
const ROL: Record<Partij, Rol> = { aanbieder: "aanbieder", zorgkantoor: "zorgkantoor-beheer" };
const handtekening = (z: AanvraagRecord, p: Partij) => z.overig[VELD[p]] ?? null;

function antwoord(z: AanvraagRecord) {
  const voorschot = z.overig.voorschot;
  return {
    ...zaakstand(z),
    handtekeningen: {
      aanbieder: handtekening(z, "aanbieder"),
      zorgkantoor: handtekening(z, "zorgkantoor"),
    },
    getekendOp: voorschot?.getekendOp ?? null,
  };
}

export const addendumTekenen: Operatie<RouteVan<"addendumTekenen">> = async (v) => {
  const { zaak, rollen } = await laadZaak(v.gebruiker, v.params.aanvraagId, "addendumTekenen");
  // The party the caller signs for: the one of its roles at this case that has not signed yet.
  const partijen = (["zorgkantoor", "aanbieder"] as const).filter((p) => rollen.includes(ROL[p]));
  const partij = partijen.find((p) => !handtekening(zaak, p)) ?? partijen[0]!;
  const rol = ROL[partij];
  const mag = magActie(zaak.toestand, "addendumTekenen", rol);
  if (!mag.toegestaan)
    throw OVERGANGEN[zaak.toestand].addendumTekenen
      ? new HttpProbleem(403, "GEEN_TOEGANG", mag.reden)
      : new HttpProbleem(409, "OVERGANG_NIET_MOGELIJK", mag.reden);
  if (handtekening(zaak, partij))
    throw new HttpProbleem(409, "AL_GETEKEND", `Het addendum is al getekend namens de ${partij}.`);
  const ander = handtekening(zaak, partij === "aanbieder" ? "zorgkantoor" : "aanbieder");
  const ctx = schrijfcontext(v, rol);
  const mijn: Handtekening = { door: v.gebruiker.sub, op: v.nu.toISOString() };
  if (mag.overgang.beidePartijen && !ander) {
    const velden = { [VELD[partij]]: mijn, gewijzigdOp: mijn.op };
    ofWeiger(
      await schrijfTransactie(
        [wijzigAanvraag(zaak, v.body.versie, velden)],
        {
          gebeurtenis: "addendum_handtekening",
          onderwerp: aanvraagPk(zaak.id),
          betrokken: { aanbiederId: zaak.aanbiederId, zorgkantoorId: zaak.zorgkantoorId },
          na: { partij, handtekening: mijn },
        },
        ctx,
      ),
    );
    return {
      body: antwoord({ ...zaak, versie: v.body.versie + 1, overig: { ...zaak.overig, ...velden } }),
    };
  }
  // The second signature: what the voorschot (§6) is computed from, in its stored form
  // (shared/voorschot/afspraak.ts VoorschotAfspraakSchema): basis = the agreement from January.
  const voorschot = {
    jaar: zaak.jaar,
    percentage: (await parametersInGebruik(zaak.jaar)).voorschotpercentage.toString(),
    getekendOp: dagTekst(dagVan(v.nu)),
    basis: [{ vanafMaand: `${zaak.jaar}-01`, bedrag: zaak.afspraak?.totaal ?? "0.00", versie: 1 }],
  };
  const na = ofWeiger(
    await voerOvergangUit(zaak, v.body.versie, "addendumTekenen", ctx, {
      velden: { [VELD[partij]]: mijn, voorschot },
      na: { partij, handtekening: mijn, getekendOp: voorschot.getekendOp },
    }),
  );
  return { body: antwoord(na) };
};
