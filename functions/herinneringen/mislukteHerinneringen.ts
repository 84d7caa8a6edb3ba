// The permanent failures (fout.ts) of reminders about a zorgkantoor's cases and users,
// for zorgkantoor-beheer of that zorgkantoor only; any other zorgkantoor answers 404 (§1).
import { mislukteHerinneringen as leesMislukt } from "../data/herinneringen.js";
import type { Operatie } from "../lib/verzoek.js";
import { rolBijZorgkantoor } from "../lib/zorgkantoor.js";
import type { RouteVan } from "../routes.js";

export const mislukteHerinneringen: Operatie<RouteVan<"mislukteHerinneringen">> = async (v) => {
  const { zorgkantoorId } = v.params;
  // Reminders concern the zorgkantoor's users and cases: beheer's, like the users (§1).
  rolBijZorgkantoor(v.gebruiker, zorgkantoorId, "gebruikersBeheren");
  const records = await leesMislukt(zorgkantoorId);
  return {
    body: {
      zorgkantoorId,
      mislukt: records.map((r) => ({
        sleutel: r.sleutel,
        ontvanger: r.ontvanger,
        email: r.email ?? null,
        verplichting: r.verplichting,
        soort: r.verplichtingSoort,
        aanleiding: r.aanleiding,
        moment: r.moment,
        deadline: r.deadline,
        link: r.link,
        pogingen: r.pogingen,
        fout: r.fout,
        bijgewerktOp: r.bijgewerktOp,
      })),
    },
  };
};
