// DOMAIN.md §9.4: the national remainder of year t computed from the stored data with the rule of
// shared/nacalculatie/landelijkRestant.ts — R = landelijk kwaliteitsbudget − Σ vastgesteld, and
// the claims of the aanbieders whose realised extra personeel exceeds the agreement.
//
// Choices where §9.4 is silent [portal rule]:
// - One claimant per case (aanvraag): an aanbieder with cases at two zorgkantoren claims twice.
// - Pᵣ is the nacalculatie's personeelGerealiseerd on the stored year report (as the vaststelling
//   computed it, functions/nacalculatie/stand.ts); the agreed personeel is the agreement before
//   the vaststelling; the aanvraag's personeel is what the toekenning was checked against.
// - "Extra staff still employed" is what the zorgkantoor records per case in the nacalculatie
//   (§15.7, PUT …/nacalculatie/personeel-in-dienst, functions/nacalculatie/inDienst.ts); without
//   a recorded "yes" the claim is 0, and the answer shows personeelInDienst false.
// - "After all vaststellingen": the answer is computed at any time but says `definitief: false`
//   and lists the agreed cases without vaststelling.
// - Recording the distribution is NOT offered: paying it moves money and needs four eyes (§1) and
//   a payment order of its own; this route computes, the decision comes in a later release.
import { bedragTekst, som } from "../../shared/geld/bedrag.js";
import { Decimal } from "../../shared/geld/decimal.js";
import {
  type RestantAanbieder,
  verdeelLandelijkRestant,
} from "../../shared/nacalculatie/landelijkRestant.js";
import { aangevraagdVoorJaar } from "../beoordeling/toekenningscontext.js";
import { type AanvraagRecord, werklijst } from "../data/aanvragen.js";
import { parametersInGebruik } from "../data/parameters.js";
import { lijstZorgkantoren } from "../data/zorgkantoren.js";
import { uitFout } from "../lib/probleem.js";
import type { Operatie } from "../lib/verzoek.js";
import { isPersoneelInDienst } from "../nacalculatie/inDienst.js";
import { nacalculatieStand } from "../nacalculatie/stand.js";
import type { RouteVan } from "../routes.js";
import { isAfgesproken } from "../voorschot/zaak.js";
import { bedragUit } from "./cijfers.js";

interface Claimant extends RestantAanbieder {
  r: AanvraagRecord;
}

async function claimant(r: AanvraagRecord): Promise<Claimant> {
  const besluit = r.overig.besluit;
  const [stand, aangevraagd] = await Promise.all([
    nacalculatieStand(r),
    besluit
      ? Promise.resolve(new Decimal(besluit.aangevraagd.personeel))
      : aangevraagdVoorJaar(r).then((a) => a.personeel),
  ]);
  const u = stand.uitkomst?.ok ? stand.uitkomst.waarde : undefined;
  return {
    r,
    id: r.id,
    personeelGerealiseerd: bedragUit(u?.personeelGerealiseerd),
    afgesprokenPersoneel: stand.afgesprokenPersoneel,
    aangevraagdPersoneel: aangevraagd,
    personeelInDienst: isPersoneelInDienst(r),
  };
}

export const landelijkRestant: Operatie<RouteVan<"landelijkRestant">> = async (v) => {
  const { jaar } = v.params;
  const [zorgkantoren, parameters] = await Promise.all([
    lijstZorgkantoren(),
    parametersInGebruik(jaar),
  ]);
  const zaken = (await Promise.all(zorgkantoren.map((z) => werklijst(z.id, jaar))))
    .flat()
    .filter(isAfgesproken);
  const vastgesteld = zaken.filter((r) => r.overig.vaststelling !== undefined);
  const claimants = await Promise.all(vastgesteld.map(claimant));
  const bedragen = vastgesteld.map((r) => bedragUit(r.overig.vaststelling?.vastgesteld));
  const u = verdeelLandelijkRestant({
    landelijkBudget: parameters.landelijkBudget,
    vastgesteld: bedragen,
    aanbieders: claimants,
  });
  // Ids are case ids, unique by construction: a refusal here is a 409 on the data, never a 500.
  if (!u.ok) throw uitFout(u.fout, 409);
  const w = u.waarde;
  return {
    body: {
      jaar,
      landelijkBudget: bedragTekst(parameters.landelijkBudget),
      totaalVastgesteld: bedragTekst(som(bedragen)),
      definitief: vastgesteld.length === zaken.length,
      nogNietVastgesteld: zaken.filter((r) => r.overig.vaststelling === undefined).map((r) => r.id),
      restant: bedragTekst(w.restant),
      totaalClaims: bedragTekst(w.totaalClaims),
      totaalToegekend: bedragTekst(w.totaalToegekend),
      naarRato: w.naarRato,
      aanbieders: claimants.map((c, i) => ({
        aanvraagId: c.r.id,
        aanbiederId: c.r.aanbiederId,
        zorgkantoorId: c.r.zorgkantoorId,
        personeelGerealiseerd: bedragTekst(c.personeelGerealiseerd),
        afgesprokenPersoneel: bedragTekst(c.afgesprokenPersoneel),
        aangevraagdPersoneel: bedragTekst(c.aangevraagdPersoneel),
        personeelInDienst: c.personeelInDienst,
        claim: bedragTekst(w.toekenningen[i]!.claim),
        toegekend: bedragTekst(w.toekenningen[i]!.toegekend),
      })),
    },
  };
};
