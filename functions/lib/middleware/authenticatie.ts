// docs/regels.md §1: every route except the public ones needs an identity, and every
// request is authorised against the memberships the SERVER holds (DynamoDB), never against the
// token's groups. In AWS the HTTP API's JWT authorizer has verified the token; locally the
// gateway has. So here the claims are trusted: no `sub` → 401; no membership in one of the
// route's roles → 403 with the reason (deny by default).
import type { Lidmaatschap } from "#shared/toegang/lidmaatschap.js";
import { magRoute } from "#shared/toegang/route.js";
import { zin } from "../http.js";
import { geenToegang, HttpProbleem } from "../probleem.js";
import type { VooruitLezen } from "../vooruit.js";
import { type KbMiddleware, staatVan } from "./staat.js";

/** The data layer's contract (functions/data/lidmaatschappen.ts). */
export type LeesLidmaatschappen = (sub: string) => Promise<Lidmaatschap[]>;

export const nietIngelogd = (): HttpProbleem =>
  new HttpProbleem(401, "NIET_INGELOGD", "Log in om deze gegevens te zien of te wijzigen");

const tekstClaim = (w: unknown): string | null => (typeof w === "string" && w !== "" ? w : null);

export const authenticatie = (lees: LeesLidmaatschappen, vooruit?: VooruitLezen): KbMiddleware => ({
  name: "authenticatie",
  async before(request) {
    const staat = staatVan(request);
    const rollen = staat.route!.rollen;
    if (rollen === "publiek") return;
    const claims = request.event.requestContext?.authorizer?.jwt?.claims;
    const sub = tekstClaim(claims?.sub);
    if (sub === null) throw nietIngelogd();
    // Only for a caller with an identity: an anonymous request never costs a read.
    vooruit?.(request.event.pathParameters ?? {}, staat.route!.operatie);
    const lidmaatschappen = await lees(sub);
    const toegang = magRoute(lidmaatschappen, rollen);
    if (!toegang.toegestaan) throw geenToegang(zin(toegang.reden));
    staat.gebruiker = { sub, email: tekstClaim(claims?.email), lidmaatschappen };
  },
});
