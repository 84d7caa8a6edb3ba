// docs/regels.md §4.3: ingediend → in_beoordeling, by a beoordelaar or zorgkantoor-beheer. A
// beoordelaar who takes the case becomes its behandelaar (§10: the beoordeling reminders go to
// that person); beheer taking it assigns nobody, so the reminders stay with beheer.
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
      opties: (_zaak, wie) => {
        if (wie.rol !== "beoordelaar") return {};
        const behandelaar = { sub: wie.sub, sinds: v.nu.toISOString() };
        return { velden: { behandelaar }, na: { behandelaar } };
      },
    }),
  ),
});
