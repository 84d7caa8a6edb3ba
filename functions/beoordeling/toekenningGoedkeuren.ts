import type { Rol } from "#shared/rollen.js";
import { legAfspraakVast } from "../data/afspraken.js";
import { wachtWeg } from "../data/goedkeuringen.js";
import { alsVoorstel } from "../data/opgeslagenBesluiten.js";
import { ofWeiger } from "../data/transactie.js";
import { type Operatie, schrijfcontext } from "../lib/verzoek.js";
import { eisTweedeHandtekening } from "../lib/vierogen.js";
import type { RouteVan } from "../routes.js";
import { controleer, overtredingenAntwoord } from "./toekenningscontext.js";
import { eisVoorstel, laadZaak, zaakstand } from "./zaak.js";

export const toekenningGoedkeuren: Operatie<RouteVan<"toekenningGoedkeuren">> = async (v) => {
  const { zaak } = await laadZaak(v.gebruiker, v.params.aanvraagId, "tweedeHandtekening");
  const voorstel = eisVoorstel(
    zaak,
    "Er is geen voorgestelde toekenning om goed te keuren; een beoordelaar stelt eerst een toekenning voor.",
  );
  const door = { sub: voorstel.voorgesteldDoor.sub, rol: voorstel.voorgesteldDoor.rol as Rol };
  eisTweedeHandtekening("toekenning", door, { sub: v.gebruiker.sub, rol: "zorgkantoor-beheer" });
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
      {
        actie: "goedkeuren",
        velden: { toekenningsvoorstel: undefined, besluit },
        acties: [wachtWeg(zaak, "toekenning")],
      },
    ),
  );
  return { body: { ...zaakstand(na), afspraak: na.afspraak ?? null } };
};
