// docs/regels.md §1: "who am I" — the caller's identity and the memberships the server holds for
// them (loaded by the middleware on every request). The screens build menus and scope from it.
import type { Operatie } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";

export const mij: Operatie<RouteVan<"mij">> = ({ gebruiker }) => ({
  body: {
    sub: gebruiker.sub,
    email: gebruiker.email,
    lidmaatschappen: [...gebruiker.lidmaatschappen],
  },
});
