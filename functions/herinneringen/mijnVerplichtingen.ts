// The open obligations of the caller's organisation(s) — an aanbieder's own duties, a
// zorgkantoor's duties for its region — with deadline and deep link, for the dashboards. The
// same pure rule as the reminder job (shared/herinneringen/afleiding.ts) decides.
import {
  type AfgeleideVerplichting,
  geenOntvangers,
  openOp,
  verplichtingenUit,
} from "#shared/herinneringen/afleiding.js";
import { SOORTEN } from "#shared/herinneringen/soorten.js";
import { dagTekst } from "#shared/kalender/tijd.js";
import { scopeVan } from "#shared/toegang/scope.js";
import type { Operatie } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";
import { feitenVanAanbieder, feitenVanZorgkantoor, jarenRond } from "./feiten.js";

export const mijnVerplichtingen: Operatie<RouteVan<"mijnVerplichtingen">> = async (v) => {
  const s = scopeVan(v.gebruiker.lidmaatschappen);
  const jaren = jarenRond(v.nu);
  const lijsten = await Promise.all([
    ...s.aanbiederIds.map(async (id) =>
      verplichtingenUit(await feitenVanAanbieder(id, jaren), geenOntvangers).filter(
        (x) => x.rol === "aanbieder" && x.aanbiederId === id,
      ),
    ),
    ...s.zorgkantoorIds.map(async (id) =>
      verplichtingenUit(await feitenVanZorgkantoor(id, jaren), geenOntvangers).filter(
        (x) => x.rol === "zorgkantoor" && x.zorgkantoorId === id,
      ),
    ),
  ]);
  // A user who is aanbieder at one organisation and staff at another sees both, each once.
  const uniek = new Map<string, AfgeleideVerplichting>(lijsten.flat().map((x) => [x.sleutel, x]));
  return {
    body: {
      verplichtingen: openOp([...uniek.values()], v.nu).map((x) => ({
        sleutel: x.sleutel,
        soort: x.soort,
        omschrijving: SOORTEN[x.soort].omschrijving,
        rol: x.rol,
        aanbiederId: x.aanbiederId,
        zorgkantoorId: x.zorgkantoorId,
        aanvraagId: x.aanvraagId,
        jaar: x.jaar,
        opent: x.opent ? dagTekst(x.opent) : null,
        deadline: dagTekst(x.deadline),
        link: x.link,
      })),
    },
  };
};
