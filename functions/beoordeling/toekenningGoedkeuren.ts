// DOMAIN.md §5 and §1 (four eyes): the second signature on a proposed toekenning, by a
// zorgkantoor-beheer user OTHER than the proposer. In ONE transaction (functions/data/afspraken.ts):
// state → goedgekeurd, the initial agreement appended to the history, the regional kader's agreed
// total raised under the condition that it stays within the kader, the audit record. When the
// kader has no room left the answer is 409 BOVEN_REGIONAAL_KADER and nothing changes.
import { tweedeHandtekening } from "../../shared/indiening/toestanden.js";
import type { Rol } from "../../shared/rollen.js";
import { legAfspraakVast } from "../data/afspraken.js";
import { ofWeiger } from "../data/transactie.js";
import { HttpProbleem } from "../lib/probleem.js";
import type { Operatie } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";
import {
  alsVoorstel,
  controleer,
  overtredingenAntwoord,
  type VoorstelOpslag,
} from "./toekenningscontext.js";
import { laadZaak, schrijfcontext, zaakstand } from "./zaak.js";

export const toekenningGoedkeuren: Operatie<RouteVan<"toekenningGoedkeuren">> = async (v) => {
  const { zaak } = await laadZaak(v.gebruiker, v.params.aanvraagId, "tweedeHandtekening");
  const voorstel = zaak.overig.toekenningsvoorstel as VoorstelOpslag | undefined;
  if (!voorstel)
    throw new HttpProbleem(
      409,
      "GEEN_VOORSTEL",
      "Er is geen voorgestelde toekenning om goed te keuren; een beoordelaar stelt eerst een toekenning voor.",
    );
  const door = { sub: voorstel.voorgesteldDoor.sub, rol: voorstel.voorgesteldDoor.rol as Rol };
  const h = tweedeHandtekening(
    { gebruiker: door.sub, rol: door.rol },
    { gebruiker: v.gebruiker.sub, rol: "zorgkantoor-beheer" },
  );
  if (!h.toegestaan) throw new HttpProbleem(403, "VIER_OGEN", h.reden);
  // The §5 checks again at the moment of the decision — except the kader, which the transaction
  // itself guards atomically (concurrent approvals cannot both take the last euro).
  const { fouten } = await controleer(zaak, alsVoorstel(voorstel), v.nu);
  const rest = fouten.filter((f) => f.code !== "BOVEN_REGIONAAL_KADER");
  if (rest.length > 0) return overtredingenAntwoord(rest, v.correlatieId);
  const besluit = { ...voorstel, op: v.nu.toISOString(), goedgekeurdDoor: v.gebruiker.sub };
  const na = ofWeiger(
    await legAfspraakVast(
      zaak,
      v.body.versie,
      {
        soort: "initieel",
        ...alsVoorstel(voorstel),
        reden: voorstel.motivering || undefined,
        voorgesteldDoor: door,
      },
      schrijfcontext(v, "zorgkantoor-beheer"),
      { actie: "goedkeuren", velden: { toekenningsvoorstel: undefined, besluit } },
    ),
  );
  return { body: { ...zaakstand(na), afspraak: na.afspraak ?? null } };
};
