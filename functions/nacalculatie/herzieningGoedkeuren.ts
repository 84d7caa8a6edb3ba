// docs/regels.md §15.6 and §1 (four eyes): a zorgkantoor-beheer user OTHER than the proposer approves
// a herziening. The corrected outcome is computed again (changed since the proposal → 409). In ONE
// transaction (legAfspraakVast): a new agreement version of kind vaststelling (afspraakhistorie
// allows it after a vaststelling, [portal rule]), the kader moved by the difference, the case's
// `vaststelling` replaced by the new version while the replaced one is appended to
// `vaststellingen` (earlier versions stay readable, also in GET nacalculatie), the corrected
// overige judgements, the settlement of oorzaak herziening through the same path as the
// vaststelling (afwikkeling.ts: correctie entries on open orders / open vorderingen, a nabetaling
// or a vordering), and the audit record with before/after and the reason.
import { bedragTekst } from "#shared/geld/bedrag.js";
import { Decimal } from "#shared/geld/decimal.js";
import type { Rol } from "#shared/rollen.js";
import { legAfspraakVast } from "../data/afspraken.js";
import { wachtWeg } from "../data/goedkeuringen.js";
import { ofWeiger } from "../data/transactie.js";
import type { VaststellingOpslag } from "../data/zaakgegevens.js";
import { HttpProbleem } from "../lib/probleem.js";
import { type Operatie, schrijfcontext } from "../lib/verzoek.js";
import { eisTweedeHandtekening } from "../lib/vierogen.js";
import { laadZaakMetRol } from "../lib/zaak.js";
import type { RouteVan } from "../routes.js";
import { afwikkelingVan, vaststellingOpslag } from "./afwikkeling.js";
import { eisVaststelling, herbereken, versieVan } from "./herziening.js";

export const herzieningGoedkeuren: Operatie<RouteVan<"herzieningGoedkeuren">> = async (v) => {
  const { aanvraag: r } = await laadZaakMetRol(
    v.gebruiker,
    v.params.aanvraagId,
    "tweedeHandtekening",
  );
  const huidig = eisVaststelling(r);
  const voorstel = r.overig.herzieningsvoorstel;
  if (!voorstel)
    throw new HttpProbleem(
      409,
      "GEEN_VOORSTEL",
      "Er is geen voorgestelde herziening om goed te keuren; een zorgkantoormedewerker stelt eerst de herziening voor.",
    );
  const door = { sub: voorstel.voorgesteldDoor.sub, rol: voorstel.voorgesteldDoor.rol as Rol };
  eisTweedeHandtekening("herziening", door, { sub: v.gebruiker.sub, rol: "zorgkantoor-beheer" });
  const h = await herbereken(r, voorstel.correcties, voorstel.reden);
  if (
    voorstel.vanVersie !== versieVan(huidig) ||
    h.uitkomst.vastgesteld !== voorstel.uitkomst.vastgesteld ||
    h.uitkomst.saldo !== voorstel.uitkomst.saldo
  )
    throw new HttpProbleem(
      409,
      "VOORSTEL_VEROUDERD",
      "De vaststelling of het grootboek is sinds het voorstel gewijzigd; stel de herziening opnieuw voor.",
    );
  const u = h.uitkomst;
  const versie = versieVan(huidig) + 1;
  // Unique per version, so the settlement's entry keys differ from the vaststelling's (§15.3).
  const oorzaak = { soort: "herziening" as const, id: `${r.id}:v${versie}` };
  const ctx = schrijfcontext(v, "zorgkantoor-beheer");
  const {
    afwikkeling: a,
    acties,
    nabetalingVerrekend,
  } = await afwikkelingVan(r, new Decimal(u.vastgesteld), v.nu, ctx, oorzaak);
  const nieuw: VaststellingOpslag = {
    ...vaststellingOpslag(
      u,
      a,
      { voorgesteld: door.sub, goedgekeurd: v.gebruiker.sub },
      v.nu,
      nabetalingVerrekend,
    ),
    versie,
    herziening: {
      reden: voorstel.reden,
      vorigVastgesteld: huidig.vastgesteld,
      gecorrigeerd: bedragTekst(a.gecorrigeerd),
      correcties: voorstel.correcties,
      jaarverslag: h.jaarverslag,
    },
  };
  const { uitkomst: _, ...figuren } = nieuw;
  const { uitkomst: __, ...vorigeFiguren } = huidig;
  const na = ofWeiger(
    await legAfspraakVast(
      r,
      v.body.versie,
      {
        soort: "vaststelling",
        personeel: new Decimal(u.personeelVergoedbaar),
        overige: new Decimal(u.overigeVergoedbaar),
        compensatie: new Decimal(u.compensatie),
        reden: `herziening ${r.jaar} (versie ${versie}): ${voorstel.reden}`,
        voorgesteldDoor: door,
      },
      schrijfcontext(v, "zorgkantoor-beheer"),
      {
        gebeurtenis: "vaststelling_herzien",
        velden: {
          herzieningsvoorstel: undefined,
          vaststelling: {
            ...nieuw,
            uitkomst: u,
            ...(huidig.afspraakVoor ? { afspraakVoor: huidig.afspraakVoor } : {}),
          },
          vaststellingen: [...(r.overig.vaststellingen ?? []), huidig],
          nacalculatieOverige: h.oordelen,
        },
        acties: [...acties, wachtWeg(r, "herziening")],
        voor: { vaststelling: vorigeFiguren },
        na: { vaststelling: figuren },
      },
    ),
  );
  return {
    body: {
      aanvraagId: r.id,
      versie: na.versie,
      afspraakNummer: na.afspraak!.nummer,
      vaststelling: nieuw,
    },
  };
};
