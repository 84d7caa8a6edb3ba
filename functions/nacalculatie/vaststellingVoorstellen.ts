// docs/regels.md §9.3 and §1: the first signature of the vaststelling — a beoordelaar or
// zorgkantoor-beheer user proposes it on the computed nacalculatie. Preconditions: the year report
// is in, every agreed overige line is judged, and the accountant's rapport van feitelijke
// bevindingen is present (`magVaststellen`) — else 422, nothing stored. The proposal waits on the
// case for a second signature by another zorgkantoor-beheer user (vaststellingGoedkeuren.ts).
import { bedragTekst } from "#shared/geld/bedrag.js";
import { Decimal } from "#shared/geld/decimal.js";
import { magVaststellen } from "#shared/nacalculatie/vaststelling.js";
import type { Rol } from "#shared/rollen.js";
import { type AanvraagRecord, scopeVan, wijzigAanvraag } from "../data/aanvragen.js";
import { afspraakTegenover, nacalculatieWacht, wachtZetten } from "../data/goedkeuringen.js";
import { aanvraagPk } from "../data/sleutels.js";
import {
  ofWeiger,
  type Schrijfcontext,
  schrijfTransactie,
  type TransactieUitkomst,
} from "../data/transactie.js";
import { HttpProbleem, uitFout } from "../lib/probleem.js";
import { type Operatie, schrijfcontext } from "../lib/verzoek.js";
import { laadZaakMetRol } from "../lib/zaak.js";
import type { RouteVan } from "../routes.js";
import type { VoorstelOpslag } from "./antwoord.js";
import { eisOpenNacalculatie } from "./eisen.js";
import { type Nacalculatiestand, nacalculatieStand } from "./stand.js";

/** The §9.3 preconditions on the computed stand; the outcome to propose or approve. */
export function uitkomstOfWeiger(s: Nacalculatiestand) {
  const rapport = magVaststellen({ rapportFeitelijkeBevindingen: s.rapportAanwezig });
  if (!rapport.ok) throw uitFout(rapport.fout);
  if (!s.uitkomst)
    throw new HttpProbleem(
      422,
      "JAARVERSLAG_ONTBREEKT",
      "jaarverslag: het jaarverslag over het jaar is nog niet ingediend; de nacalculatie kan nog niet worden vastgesteld",
      "jaarverslag",
    );
  if (!s.uitkomst.ok) throw uitFout(s.uitkomst.fout);
  const open = s.overige.find((o) => o.gerealiseerd === null);
  if (open)
    throw new HttpProbleem(
      422,
      "OVERIGE_NIET_BEOORDEELD",
      `overige.${open.id}: het gerealiseerde bedrag van deze overige regel is nog niet vastgelegd`,
      `overige.${open.id}`,
    );
  return s.uitkomst.waarde;
}

/** Stores the proposal on the case read at `versie`, with its audit record. */
export async function legVoorstelVast(
  r: AanvraagRecord,
  versie: number,
  teVerrekenen: Decimal,
  ctx: Schrijfcontext,
): Promise<TransactieUitkomst<VoorstelOpslag>> {
  eisOpenNacalculatie(r);
  const uitkomst = uitkomstOfWeiger(await nacalculatieStand(r, teVerrekenen));
  const voorstel: VoorstelOpslag = {
    voorgesteldDoor: { sub: ctx.wie.sub, rol: ctx.wie.rol },
    op: ctx.nu.toISOString(),
    teVerrekenen: bedragTekst(teVerrekenen),
    uitkomst,
  };
  const w = await schrijfTransactie(
    [
      wijzigAanvraag(r, versie, {
        vaststellingsvoorstel: voorstel,
        gewijzigdOp: ctx.nu.toISOString(),
      }),
      // §1: the zorgkantoor's list of what waits, in the same transaction (data/goedkeuringen.ts).
      wachtZetten(nacalculatieWacht(r, "vaststelling", uitkomst, afspraakTegenover(r), ""), ctx),
    ],
    {
      gebeurtenis: "vaststelling_voorgesteld",
      onderwerp: aanvraagPk(r.id),
      betrokken: scopeVan(r),
      voor: { vaststellingsvoorstel: r.overig.vaststellingsvoorstel },
      na: {
        vastgesteld: uitkomst.vastgesteld,
        saldo: uitkomst.saldo,
        saldoSoort: uitkomst.saldoSoort,
      },
    },
    ctx,
  );
  return w.ok ? { ok: true, waarde: voorstel } : w;
}

export const vaststellingVoorstellen: Operatie<RouteVan<"vaststellingVoorstellen">> = async (v) => {
  const { aanvraag: r, rol } = await laadZaakMetRol(v.gebruiker, v.params.aanvraagId, "beoordelen");
  // A user who is both signs the proposal as beoordelaar where possible; either may propose.
  const voorkeur: Rol = v.gebruiker.lidmaatschappen.some(
    (l) => l.rol === "zorgkantoor-beheer" && l.zorgkantoorId === r.zorgkantoorId,
  )
    ? "zorgkantoor-beheer"
    : rol;
  const voorstel = ofWeiger(
    await legVoorstelVast(
      r,
      v.body.versie,
      v.body.teVerrekenen ?? new Decimal(0),
      schrijfcontext(v, voorkeur),
    ),
  );
  return { status: 201, body: { aanvraagId: r.id, versie: v.body.versie + 1, voorstel } };
};
