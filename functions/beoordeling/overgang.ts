// docs/regels.md §4.3: the zorgkantoor's state changes of a case go through the state machine
// (shared/indiening/toestanden.ts) via the data layer's transition, in one transaction with the
// audit record; the caller states the `versie` it read (409 when the case moved on meanwhile).
import type { Actie } from "#shared/indiening/toestanden.js";
import type { Rol } from "#shared/rollen.js";
import type { Handeling } from "#shared/toegang/rechten.js";
import type { AanvraagRecord } from "../data/aanvragen.js";
import { type OvergangOpties, voerOvergangUit } from "../data/overgangen.js";
import { ofWeiger, type Schrijfcontext } from "../data/transactie.js";
import { type Gebruiker, schrijfcontext } from "../lib/verzoek.js";
import { actieRol, laadZaak } from "./zaak.js";

export interface ZaakActie {
  actie: Actie;
  handeling: Handeling;
  /** The role to act in when the caller holds several at this case. */
  voorkeur: readonly Rol[];
  opties?: (zaak: AanvraagRecord, wie: Schrijfcontext["wie"]) => OvergangOpties;
}

export async function voerZaakActieUit(
  v: {
    gebruiker: Gebruiker;
    nu: Date;
    correlatieId: string;
    params: { aanvraagId: string };
    body: { versie: number };
  },
  a: ZaakActie,
): Promise<AanvraagRecord> {
  const { zaak, rollen } = await laadZaak(v.gebruiker, v.params.aanvraagId, a.handeling);
  const ctx = schrijfcontext(v, actieRol(rollen, a.voorkeur));
  return ofWeiger(
    await voerOvergangUit(zaak, v.body.versie, a.actie, ctx, a.opties?.(zaak, ctx.wie)),
  );
}
