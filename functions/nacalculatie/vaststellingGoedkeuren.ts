import { Decimal } from "#shared/geld/decimal.js";
import type { Rol } from "#shared/rollen.js";
import { leesAanvraag } from "../data/aanvragen.js";
import { legAfspraakVast } from "../data/afspraken.js";
import { wachtWeg } from "../data/goedkeuringen.js";
import { voltooiHerschikking } from "../data/herschikkingtoepassing.js";
import { voorstelVan } from "../data/opgeslagenBesluiten.js";
import { ofWeiger } from "../data/transactie.js";
import { HttpProbleem } from "../lib/probleem.js";
import { type Operatie, schrijfcontext } from "../lib/verzoek.js";
import { eisTweedeHandtekening } from "../lib/vierogen.js";
import { laadZaakMetRol } from "../lib/zaak.js";
import type { RouteVan } from "../routes.js";
import { afwikkelingVan, vaststellingOpslag } from "./afwikkeling.js";
import type { VaststellingOpslag } from "./antwoord.js";
import { eisOpenNacalculatie } from "./eisen.js";
import { nacalculatieStand } from "./stand.js";
import { uitkomstOfWeiger } from "./vaststellingVoorstellen.js";

/** What the approval must find unchanged since the proposal (stored maps keep no key order). */
const BEDRAGEN = [
  "personeelVergoedbaar",
  "overigeVergoedbaar",
  "compensatie",
  "vastgesteld",
  "betaaldeVoorschotten",
  "saldo",
  "nabetaling",
  "verrekening",
  "terugvordering",
] as const;

export const vaststellingGoedkeuren: Operatie<RouteVan<"vaststellingGoedkeuren">> = async (v) => {
  const { aanvraag: gelezen } = await laadZaakMetRol(
    v.gebruiker,
    v.params.aanvraagId,
    "tweedeHandtekening",
  );
  // §15.2: a decided herschikking is in force; one still being applied is finished first.
  await voltooiHerschikking(gelezen.zorgkantoorId, gelezen.jaar, v);
  const r = (await leesAanvraag(gelezen.id)) ?? gelezen;
  eisOpenNacalculatie(r);
  const voorstel = voorstelVan(r);
  if (!voorstel)
    throw new HttpProbleem(
      409,
      "GEEN_VOORSTEL",
      "Er is geen voorgestelde vaststelling om goed te keuren; een zorgkantoormedewerker stelt eerst de vaststelling voor.",
    );
  const door = { sub: voorstel.voorgesteldDoor.sub, rol: voorstel.voorgesteldDoor.rol as Rol };
  eisTweedeHandtekening("vaststelling", door, { sub: v.gebruiker.sub, rol: "zorgkantoor-beheer" });
  const u = uitkomstOfWeiger(await nacalculatieStand(r, new Decimal(voorstel.teVerrekenen)));
  if (BEDRAGEN.some((k) => u[k] !== voorstel.uitkomst[k]))
    throw new HttpProbleem(
      409,
      "VOORSTEL_VEROUDERD",
      "De gegevens van de nacalculatie zijn sinds het voorstel gewijzigd; stel de vaststelling opnieuw voor.",
    );
  const ctx = schrijfcontext(v, "zorgkantoor-beheer");
  const {
    afwikkeling: a,
    acties,
    nabetalingVerrekend,
  } = await afwikkelingVan(r, new Decimal(u.vastgesteld), v.nu, ctx);
  const vaststelling: VaststellingOpslag = {
    ...vaststellingOpslag(
      u,
      a,
      { voorgesteld: door.sub, goedgekeurd: v.gebruiker.sub },
      v.nu,
      nabetalingVerrekend,
    ),
  };
  const na = ofWeiger(
    await legAfspraakVast(
      r,
      v.body.versie,
      {
        soort: "vaststelling",
        personeel: new Decimal(u.personeelVergoedbaar),
        overige: new Decimal(u.overigeVergoedbaar),
        compensatie: new Decimal(u.compensatie),
        reden: `vaststelling ${r.jaar}: ${u.saldoSoort} saldo ${u.saldo}`,
        voorgesteldDoor: door,
      },
      ctx,
      // §15.6: the outcome is kept with it, so the nacalculatie shows what was vastgesteld.
      {
        velden: {
          vaststellingsvoorstel: undefined,
          vaststelling: {
            ...vaststelling,
            uitkomst: u,
            ...(r.afspraak ? { afspraakVoor: r.afspraak } : {}),
          },
        },
        acties: [...acties, wachtWeg(r, "vaststelling")],
      },
    ),
  );
  return {
    body: {
      aanvraagId: r.id,
      versie: na.versie,
      afspraakNummer: na.afspraak!.nummer,
      vaststelling,
    },
  };
};
