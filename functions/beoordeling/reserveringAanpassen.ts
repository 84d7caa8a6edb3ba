// docs/regels.md §5: "the zorgkantoor can set a different reserved amount with a reason" — by
// zorgkantoor-beheer (budgetBeheren, shared/toegang/rechten.ts), audited with before and after.

import { bedragTekst } from "#shared/geld/bedrag.js";
import type { Toestand } from "#shared/indiening/toestanden.js";
import { wijzigAanvraag } from "../data/aanvragen.js";
import { aanvraagPk } from "../data/sleutels.js";
import { ofWeiger, schrijfTransactie } from "../data/transactie.js";
import { HttpProbleem } from "../lib/probleem.js";
import {
  type AfwijkendeReserveringOpslag,
  afwijkendeReservering,
  reserveringVan,
} from "../lib/reservering.js";
import { type Operatie, schrijfcontext } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";
import { reserveringAntwoord } from "./reserveringVan.js";
import { laadZaak } from "./zaak.js";

// [portal rule] once decided, the reservering the decision was checked against stays as it was.
const NOG_OPEN: readonly Toestand[] = [
  "concept",
  "ingediend",
  "in_beoordeling",
  "aanvulling_gevraagd",
];

export const reserveringAanpassen: Operatie<RouteVan<"reserveringAanpassen">> = async (v) => {
  const { zaak } = await laadZaak(v.gebruiker, v.params.aanvraagId, "budgetBeheren");
  if (!NOG_OPEN.includes(zaak.toestand))
    throw new HttpProbleem(
      409,
      "AL_BESLOTEN",
      "Over deze aanvraag is al besloten; het gereserveerde bedrag kan niet meer worden aangepast.",
    );
  const ctx = schrijfcontext(v, "zorgkantoor-beheer");
  const nieuw: AfwijkendeReserveringOpslag = {
    bedrag: bedragTekst(v.body.bedrag),
    reden: v.body.reden,
    door: v.gebruiker.sub,
    op: v.nu.toISOString(),
  };
  const voor = await reserveringVan(zaak);
  const na = await reserveringVan(zaak, nieuw);
  ofWeiger(
    await schrijfTransactie(
      [
        wijzigAanvraag(zaak, zaak.versie, {
          reservering: nieuw,
          gewijzigdOp: ctx.nu.toISOString(),
        }),
      ],
      {
        gebeurtenis: "reservering_afwijkend",
        onderwerp: aanvraagPk(zaak.id),
        betrokken: { aanbiederId: zaak.aanbiederId, zorgkantoorId: zaak.zorgkantoorId },
        voor: {
          reservering: bedragTekst(voor.bedrag),
          bron: voor.bron,
          eerder: afwijkendeReservering(zaak),
        },
        na: { reservering: nieuw.bedrag, berekend: bedragTekst(na.berekend) },
        reden: nieuw.reden,
      },
      ctx,
    ),
  );
  return { body: reserveringAntwoord(zaak, na) };
};
