// docs/regels.md §15.2: the herschikking is decided in November t "unless zorgkantoor-beheer reopens it
// with a reason". As the other windows (§3.2, functions/realisatie/vensterHeropenen.ts): a reason
// and a last day (23:59:59 Amsterdam), audited (herschikking_heropend); a second reopening moves
// the end. Only a closed window is reopened, for at most 30 days (shared/kalender).
import { herschikkingHeropenenTot, magHerschikken } from "#shared/kalender/herschikkingsvenster.js";
import {
  alsVensterHeropening,
  heropenHerschikking,
  leesHerschikkingsheropening,
} from "../data/herschikkingsheropening.js";
import { ofWeiger } from "../data/transactie.js";
import { uitFout } from "../lib/probleem.js";
import { type Operatie, schrijfcontext } from "../lib/verzoek.js";
import { rolBijZorgkantoor } from "../lib/zorgkantoor.js";
import type { RouteVan } from "../routes.js";

export const herschikkingHeropenen: Operatie<RouteVan<"herschikkingHeropenen">> = async (v) => {
  const { zorgkantoorId, jaar } = v.params;
  const rol = rolBijZorgkantoor(v.gebruiker, zorgkantoorId, "herschikken");
  const tot = herschikkingHeropenenTot(jaar, v.body.uiterlijk, v.nu);
  if (!tot.ok) throw uitFout(tot.fout);
  const bestaande = await leesHerschikkingsheropening(zorgkantoorId, jaar);
  const h = ofWeiger(
    await heropenHerschikking(
      { zorgkantoorId, jaar, tot: tot.waarde, reden: v.body.reden },
      bestaande,
      schrijfcontext(v, rol),
    ),
  );
  const status = magHerschikken(jaar, v.nu, alsVensterHeropening(h));
  return {
    body: {
      zorgkantoorId,
      jaar,
      tot: h.tot,
      reden: h.reden,
      status: status.ok ? status.waarde.status : "gesloten",
      versie: h.versie,
    },
  };
};
