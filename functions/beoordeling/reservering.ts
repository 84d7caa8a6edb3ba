// docs/regels.md §5: the reserved amount of the aanbieder of a case, for everyone who may see the case
// (the aanbieder knows its reservering from 1 November t−1, §3.2).

import { reserveringVan } from "../lib/reservering.js";
import type { Operatie } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";
import { reserveringAntwoord } from "./reserveringVan.js";
import { laadZaak } from "./zaak.js";

export const reservering: Operatie<RouteVan<"reservering">> = async (v) => {
  const { zaak } = await laadZaak(v.gebruiker, v.params.aanvraagId);
  return { body: reserveringAntwoord(zaak, await reserveringVan(zaak)) };
};
