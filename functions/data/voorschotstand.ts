// docs/regels.md §6: "paid before m" must be what the order was computed from. Deterministic keys stop
// a second order for the SAME month; this guards runs for DIFFERENT months of one case at once
// (e.g. the scheduler's retry of April while beheer runs May): both read the same orders, and
// without a guard both would pay on that, overpaying until later months catch up. Each order is
// written together with the case's voorschotstand — the number of orders it was computed from
// — under the condition that no order was added since; the loser recomputes on the new state.
// The count is the stand's version (it only grows); `versie` mirrors it (optimistic locking).
// Orders written without the stand (older data) only make it lag, which the "≤" tolerates.

import type { Betaalopdracht } from "#shared/voorschot/betaalopdracht.js";
import {
  BESTAAT_AL,
  betaalopdrachtAudit,
  betaalopdrachtMetBoeking,
  type Zaak,
} from "./betaalopdrachten.js";
import type { Gelezen, ZaakBoeking } from "./grootboek.js";
import { voorschotstandSleutel } from "./sleutels.js";
import { type Schrijfcontext, schrijfTransactie, type TransactieUitkomst } from "./transactie.js";
import { bijwerken, type Schrijfactie } from "./voorwaarden.js";

const GEWIJZIGD = "VOORSCHOTSTAND_GEWIJZIGD";

export type StandUitkomst = "aangemaakt" | "bestond_al" | "stand_gewijzigd";

/**
 * Writes one order computed from `gelezen` orders of the case, with its audit record. "bestond_al":
 * the key is taken (a repeated run); "stand_gewijzigd": another order was written meanwhile —
 * read the orders again and recompute.
 */
export async function schrijfBetaalopdrachtNaStand(
  zaak: Zaak,
  o: Betaalopdracht,
  gelezen: number,
  ctx: Schrijfcontext,
  verrekening?: {
    boekingen: readonly ZaakBoeking[];
    gelezen: readonly Gelezen[];
    audit: (ctx: Schrijfcontext) => Schrijfactie[];
    verrekend: string;
  },
): Promise<TransactieUitkomst<StandUitkomst>> {
  const stand = bijwerken(
    voorschotstandSleutel(zaak.id),
    {
      expressie: "SET aantal = :nieuw, versie = :nieuw, soort = :soort",
      voorwaarde: "attribute_not_exists(aantal) OR aantal <= :gelezen",
      waarden: { ":nieuw": gelezen + 1, ":gelezen": gelezen, ":soort": "voorschotstand" },
    },
    {
      status: 409,
      code: GEWIJZIGD,
      melding: "intussen is een andere betaalopdracht voor deze aanvraag geschreven",
    },
  );
  const audit = betaalopdrachtAudit(zaak, o);
  const r = await schrijfTransactie(
    [
      ...betaalopdrachtMetBoeking(zaak, o, ctx.nu, verrekening),
      stand,
      ...(verrekening?.audit(ctx) ?? []),
    ],
    verrekening
      ? { ...audit, na: { ...(audit.na as object), verrekend: verrekening.verrekend } }
      : audit,
    ctx,
  );
  if (r.ok) return { ok: true, waarde: "aangemaakt" };
  if (r.weigering.code === BESTAAT_AL) return { ok: true, waarde: "bestond_al" };
  if (r.weigering.code === GEWIJZIGD) return { ok: true, waarde: "stand_gewijzigd" };
  return r;
}
