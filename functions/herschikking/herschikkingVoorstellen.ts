// docs/regels.md §8, §15.2: zorgkantoor-beheer lays down the (possibly edited) herschikking as a
// proposal — ONE record for the zorgkantoor and year, audited — that another zorgkantoor-beheer
// user approves (herschikkingGoedkeuren.ts: four eyes). Each aanbieder reads its line through its
// case and may respond in writing before the decision (herschikkingReageren.ts).
//
// [portal rule] A new proposal REPLACES the open one (under its version lock); there is no
// separate withdrawal. Responses given on the replaced proposal stay, marked with the version they
// answered; after a decision a new proposal starts without responses.
import { leesHerschikkingsvoorstel, schrijfVoorstel } from "../data/herschikkingen.js";
import { herschikkingsinvoer } from "../data/herschikkingsinvoer.js";
import { voltooiHerschikking } from "../data/herschikkingtoepassing.js";
import { zorgkantoorPk } from "../data/sleutels.js";
import { ofWeiger, schrijfTransactie } from "../data/transactie.js";
import { type Operatie, schrijfcontext } from "../lib/verzoek.js";
import { rolBijZorgkantoor } from "../lib/zorgkantoor.js";
import type { RouteVan } from "../routes.js";
import { overtredingenAntwoord } from "./overtredingen.js";
import { bouwVoorstel, vastgelegdAntwoord } from "./vastgelegd.js";
import { eisHerschikkingsvenster } from "./venster.js";

export const herschikkingVoorstellen: Operatie<RouteVan<"herschikkingVoorstellen">> = async (v) => {
  const { zorgkantoorId, jaar } = v.params;
  const rol = rolBijZorgkantoor(v.gebruiker, zorgkantoorId, "herschikken");
  // §15.2: only in November t, or while zorgkantoor-beheer has reopened it.
  await eisHerschikkingsvenster(zorgkantoorId, jaar, v.nu);
  // A new proposal rests on the agreements in force: an earlier decision is applied first.
  await voltooiHerschikking(zorgkantoorId, jaar, v);
  const [invoer, vorige] = await Promise.all([
    herschikkingsinvoer(zorgkantoorId, jaar),
    leesHerschikkingsvoorstel(zorgkantoorId, jaar),
  ]);
  const gebouwd = bouwVoorstel(invoer, v.body.voorstel);
  if (!gebouwd.ok) return overtredingenAntwoord(gebouwd.fouten, v.correlatieId);
  const record = {
    zorgkantoorId,
    jaar,
    status: "voorgesteld" as const,
    reden: v.body.reden,
    voorgesteldDoor: { sub: v.gebruiker.sub, rol },
    op: v.nu.toISOString(),
    regels: gebouwd.regels,
    reacties: vorige?.status === "voorgesteld" ? vorige.reacties : {},
  };
  const gewijzigd = gebouwd.regels
    .filter(
      (l) => l.nieuw.personeel !== l.afspraak.personeel || l.nieuw.overige !== l.afspraak.overige,
    )
    .map((l) => ({ aanvraagId: l.aanvraagId, vorige: l.afspraak, nieuw: l.nieuw }));
  ofWeiger(
    await schrijfTransactie(
      [schrijfVoorstel(record, vorige)],
      {
        gebeurtenis: "herschikking_voorgesteld",
        onderwerp: zorgkantoorPk(zorgkantoorId),
        betrokken: { zorgkantoorId },
        voor: vorige?.status === "voorgesteld" ? { jaar, versie: vorige.versie } : undefined,
        na: { jaar, versie: (vorige?.versie ?? 0) + 1, gewijzigd },
        reden: v.body.reden,
      },
      schrijfcontext(v, rol),
    ),
  );
  const opgeslagen = { ...record, versie: (vorige?.versie ?? 0) + 1 };
  return { status: 201, body: vastgelegdAntwoord(opgeslagen, v.gebruiker.sub)! };
};
