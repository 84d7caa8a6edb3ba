// docs/regels.md §3.2 and §4.2 BUITEN_INDIENINGSPERIODE: after the aanvraag window closed (31 December
// t−1) zorgkantoor-beheer can open a late window for this aanvraag, with a reason, until a day it
// names (23:59:59 Amsterdam); audited (venster_heropend, which tells the aanbieder). It is kept on
// the case as `laatVenster`, which the checks of the indiening Lambda read (toetsing.ts). A second
// opening replaces the first, so the end can be moved. An aanvulling asked after 31 December is
// submitted through such a window too: the period of §4.2 holds for every submission.

import {
  indieningsperiode,
  indieningsperiodeGesloten,
} from "#shared/indiening/indieningsperiode.js";
import { magActie } from "#shared/indiening/toestanden.js";
import { dagWeergave } from "#shared/kalender/tijd.js";
import { heropeningTot } from "#shared/kalender/venster.js";
import { wijzigAanvraag } from "../data/aanvragen.js";
import { aanvraagPk } from "../data/sleutels.js";
import { ofWeiger, schrijfTransactie } from "../data/transactie.js";
import { HttpProbleem, uitFout } from "../lib/probleem.js";
import { type Operatie, schrijfcontext } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";
import { laadZaak, zaakstand } from "./zaak.js";

export const laatVensterOpenen: Operatie<RouteVan<"laatVensterOpenen">> = async (v) => {
  const { zaak } = await laadZaak(v.gebruiker, v.params.aanvraagId, "vensterHeropenen");
  if (!magActie(zaak.toestand, "indienen", "aanbieder").toegestaan)
    throw new HttpProbleem(
      409,
      "NIETS_IN_TE_DIENEN",
      `bij deze aanvraag valt niets in te dienen (toestand ${zaak.toestand}); een laat venster helpt alleen een concept of een gevraagde aanvulling`,
    );
  if (!indieningsperiodeGesloten(zaak.jaar, v.nu))
    throw new HttpProbleem(
      422,
      "INDIENINGSPERIODE_NOG_OPEN",
      `uiterlijk: de indieningsperiode voor ${zaak.jaar} loopt nog tot en met ${dagWeergave(indieningsperiode(zaak.jaar).laatsteDag)}; een laat venster is pas daarna nodig`,
      "uiterlijk",
    );
  const tot = heropeningTot(v.body.uiterlijk, v.nu);
  if (!tot.ok) throw uitFout(tot.fout);
  const laatVenster = {
    tot: tot.waarde.toISOString(),
    reden: v.body.reden,
    door: v.gebruiker.sub,
    op: v.nu.toISOString(),
  };
  ofWeiger(
    await schrijfTransactie(
      [wijzigAanvraag(zaak, zaak.versie, { laatVenster })],
      {
        gebeurtenis: "venster_heropend",
        onderwerp: aanvraagPk(zaak.id),
        betrokken: { aanbiederId: zaak.aanbiederId, zorgkantoorId: zaak.zorgkantoorId },
        voor: { venster: "indiening", laatVenster: zaak.overig.laatVenster ?? null },
        na: { venster: "indiening", laatVenster: { tot: laatVenster.tot } },
        reden: v.body.reden,
      },
      schrijfcontext(v, "zorgkantoor-beheer"),
    ),
  );
  // The write moved the case one versie on (optimistic locking); nothing else of it changed.
  return {
    body: {
      ...zaakstand({ ...zaak, versie: zaak.versie + 1 }),
      laatVenster: { tot: laatVenster.tot, reden: laatVenster.reden },
    },
  };
};
