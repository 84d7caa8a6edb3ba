// DOMAIN.md §4.3: ingediend → in_beoordeling, by a beoordelaar or zorgkantoor-beheer.
import type { Operatie } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";
import { voerZaakActieUit } from "./overgang.js";
import { zaakstand } from "./zaak.js";

export const inBehandelingNemen: Operatie<RouteVan<"inBehandelingNemen">> = async (v) => ({
  body: zaakstand(
    await voerZaakActieUit(v, {
      actie: "inBehandelingNemen",
      handeling: "beoordelen",
      voorkeur: ["beoordelaar", "zorgkantoor-beheer"],
    }),
  ),
});
